//! Numbers as people type them, in the reader's locale: grouping, decimals on the way,
//! and errors that say what is wrong instead of using a prefix.
#![cfg(not(target_arch = "wasm32"))]

use resource_account_calculator::input::{parse_decimal, parse_whole, NumberError, Separators};

const MAX: u64 = u32::MAX as u64;

#[test]
fn grouped_counts_read_whole_in_english_german_and_french() {
    for (text, seps) in [
        ("1,200", Separators::EN),
        ("1.200", Separators::DE),
        ("1\u{202f}200", Separators::FR),
        ("1\u{a0}200", Separators::FR),
        ("1 200", Separators::FR),
        ("1 200", Separators::EN),
        ("1'200", Separators::DE),
        (" 1200 ", Separators::EN),
        ("+1200", Separators::EN),
    ] {
        assert_eq!(parse_whole(text, seps, MAX), Ok(Some(1200)), "{text:?} with {seps:?}");
    }
    assert_eq!(parse_whole("1,234,567", Separators::EN, MAX), Ok(Some(1_234_567)));
    assert_eq!(parse_whole("", Separators::EN, MAX), Ok(None), "blank is no number, not 0 typed");
}

#[test]
fn each_prefix_of_a_grouped_count_reads_as_itself_or_not_at_all() {
    // Typing "1,200" key by key: "1", "1,", "1,2", "1,20" must never read as 1200 nor as
    // a different whole number that would silently stand for what is being typed.
    assert_eq!(parse_whole("1", Separators::EN, MAX), Ok(Some(1)));
    assert!(parse_whole("1,", Separators::EN, MAX).is_err());
    assert_eq!(parse_whole("1,2", Separators::EN, MAX), Err(NumberError::NotWhole));
    assert_eq!(parse_whole("1,20", Separators::EN, MAX), Err(NumberError::NotWhole));
    assert_eq!(parse_whole("1,200", Separators::EN, MAX), Ok(Some(1200)));
}

#[test]
fn bad_counts_say_why() {
    assert_eq!(parse_whole("-5", Separators::EN, MAX), Err(NumberError::Negative));
    assert_eq!(parse_whole("6x0", Separators::EN, MAX), Err(NumberError::NotANumber));
    assert_eq!(parse_whole("1.5", Separators::EN, MAX), Err(NumberError::NotWhole));
    assert_eq!(parse_whole("1,5", Separators::DE, MAX), Err(NumberError::NotWhole));
    assert_eq!(parse_whole("99999999999", Separators::EN, MAX), Err(NumberError::TooLarge { max: MAX }));
    assert_eq!(parse_whole("4294967295", Separators::EN, MAX), Ok(Some(MAX)));
    assert_eq!(parse_whole("4294967296", Separators::EN, MAX), Err(NumberError::TooLarge { max: MAX }));
    assert_eq!(
        parse_whole("123456789012345678901234567890", Separators::EN, MAX),
        Err(NumberError::TooLarge { max: MAX })
    );
    assert_eq!(parse_whole("1,20,0", Separators::EN, MAX), Err(NumberError::Grouping));
    assert_eq!(parse_whole("1.2.3", Separators::DE, MAX), Err(NumberError::Grouping));
    assert_eq!(parse_whole("12.0", Separators::EN, MAX), Ok(Some(12)), "a zero fraction is whole");
}

#[test]
fn prices_keep_their_decimals_while_typed() {
    let typed = ["8", "8.", "8.9", "8.99"];
    let want = [8.0, 8.0, 8.9, 8.99];
    for (t, w) in typed.iter().zip(want) {
        assert_eq!(parse_decimal(t, Separators::EN), Ok(Some(w)), "{t}");
    }
    assert_eq!(parse_decimal(".99", Separators::EN), Ok(Some(0.99)));
    assert_eq!(parse_decimal("10.50", Separators::EN), Ok(Some(10.5)));
    assert_eq!(parse_decimal("12,75", Separators::EN), Ok(Some(12.75)), "a comma that cannot group is a decimal");
    assert_eq!(parse_decimal("12,75", Separators::DE), Ok(Some(12.75)));
    assert_eq!(parse_decimal("12.75", Separators::DE), Ok(Some(12.75)));
    assert_eq!(parse_decimal("1.234,50", Separators::DE), Ok(Some(1234.5)));
    assert_eq!(parse_decimal("1\u{202f}234,50", Separators::FR), Ok(Some(1234.5)));
    assert_eq!(parse_decimal("1,234.50", Separators::EN), Ok(Some(1234.5)));
    assert_eq!(parse_decimal("", Separators::EN), Ok(None));
    assert_eq!(parse_decimal("-3", Separators::EN), Err(NumberError::Negative));
    assert_eq!(parse_decimal("8.9.9", Separators::EN), Err(NumberError::NotANumber));
    assert_eq!(parse_decimal("abc", Separators::EN), Err(NumberError::NotANumber));
    assert_eq!(parse_decimal("2000000", Separators::EN), Err(NumberError::TooLarge { max: 1_000_000 }));
}

#[test]
fn five_licenses_at_8_99_cost_44_95() {
    let price = parse_decimal("8.99", Separators::EN).unwrap().unwrap();
    assert!((price * 5.0 - 44.95).abs() < 1e-9);
}

/// "10.000" in a French or Chinese browser is ten thousand to some readers and ten to
/// others: refused, never read as 10. Full-width digits from Chinese input methods read as
/// digits.
#[test]
fn an_ambiguous_thousand_is_refused_and_full_width_digits_read() {
    let zh = Separators::EN;
    for (text, seps) in
        [("10.000", Separators::FR), ("10,000", Separators::FR), ("1.000", Separators::FR), ("10.000", Separators::EN)]
    {
        assert_eq!(parse_whole(text, seps, MAX), Err(NumberError::Grouping), "{text:?} with {seps:?}");
    }
    assert_eq!(parse_whole("10.000", Separators::DE, MAX), Ok(Some(10_000)), "German groups with a dot");
    assert_eq!(parse_whole("10,000", Separators::EN, MAX), Ok(Some(10_000)));
    assert_eq!(parse_whole("５.０", Separators::EN, MAX), Ok(Some(5)), "one zero is a whole number");
    assert_eq!(parse_whole("１２００", zh, MAX), Ok(Some(1200)));
    assert_eq!(parse_whole("１，２００", zh, MAX), Ok(Some(1200)));
    assert_eq!(parse_decimal("８．９９", zh), Ok(Some(8.99)));
    assert_eq!(parse_whole("１２a", zh, MAX), Err(NumberError::NotANumber));
}
