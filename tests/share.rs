//! Share links, page options, the embed snippet and the lenient reader.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use resource_account_calculator::engine::RuleEdition;
use resource_account_calculator::examples::contoso_2019;
use resource_account_calculator::i18n::Lang;
use resource_account_calculator::plan_file::{read_plan, read_plan_lenient, write_plan, ErrorKind};
use resource_account_calculator::share::*;

#[test]
fn base64url_matches_rfc_4648_vectors_without_padding() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url_encode(plain.as_bytes()), encoded);
        assert_eq!(base64url_decode(encoded).as_deref(), Some(plain.as_bytes()));
    }
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8", "the URL-safe alphabet");
    assert_eq!(base64url_decode("Zm9vYg=="), Some(b"foob".to_vec()), "padding is accepted");
    assert_eq!(base64url_decode("Zm9v+"), None);
    assert_eq!(base64url_decode("Zm9vY"), None, "a cut that leaves one character cannot be valid");
}

proptest! {
    #[test]
    fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
    }

    #[test]
    fn fragment_parser_never_panics(s in "\\PC{0,60}") {
        let _ = parse_fragment(&s);
        let _ = parse_query(&s);
    }
}

#[test]
fn fragments_carry_a_version_and_say_what_is_wrong() {
    assert_eq!(parse_fragment(""), None);
    assert_eq!(parse_fragment("#section-2"), None);
    assert_eq!(parse_fragment(&fragment_for(b"foo")), Some(Ok(b"foo".to_vec())));
    assert_eq!(fragment_for(b"foo"), "#plan=1.Zm9v");
    assert_eq!(parse_fragment("#plan=2.Zm9v"), Some(Err(LinkError::NewerVersion(2))));
    assert_eq!(parse_fragment("#plan=Zm9v"), Some(Err(LinkError::Malformed)));
    assert_eq!(parse_fragment("#plan=1.Zm9v*"), Some(Err(LinkError::BadEncoding)));
}

#[test]
fn page_options_from_the_query_string() {
    let o = parse_query("?embed=1&readonly=true&lang=en-GB&rules=original&utm=x");
    assert_eq!(o, PageOptions { embed: true, read_only: true, lang: Some(Lang::En), rules: Some(RuleEdition::E2019) });
    assert_eq!(parse_query("?rules=bogus&lang=xx"), PageOptions::default());
    assert_eq!(query_for(&o), "?embed=1&readonly=1&lang=en&rules=2019");
    // Links and embeds made before the 2025 edition say current/original; both still work.
    assert_eq!(parse_query("?rules=current").rules, Some(RuleEdition::E2022));
    assert_eq!(parse_query("?rules=2025").rules, Some(RuleEdition::E2025));
    assert_eq!(query_for(&PageOptions::default()), "");
}

#[test]
fn embed_snippet_escapes_what_goes_into_html_and_script() {
    let (iframe, script) = embed_snippet(
        "https://x.test/calc/?embed=1\"><script>alert(1)</script>#plan=1.AA",
        "https://x.test'+alert(1)+'",
        "Calc",
        false,
    );
    assert!(
        iframe
            .contains("src=\"https://x.test/calc/?embed=1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;#plan=1.AA\""),
        "{iframe}"
    );
    assert!(!iframe.contains("<script"));
    assert!(script.contains("'https://x.test\\'+alert(1)+\\''"), "{script}");
    assert!(script.contains(HEIGHT_MESSAGE_TYPE));
}

#[test]
fn the_default_snippet_works_on_any_static_host_and_the_sandboxed_one_can_open_the_full_page() {
    let (plain, plain_script) = embed_snippet("https://x.test/calc/?embed=1", "https://x.test", "Calc", false);
    assert!(!plain.contains("sandbox"), "no sandbox: no CORS needed: {plain}");
    assert!(!plain_script.contains("'null'"), "only the calculator's origin is trusted");
    let (sandboxed, script) = embed_snippet("https://x.test/calc/?embed=1", "https://x.test", "Calc", true);
    assert!(
        sandboxed.contains("sandbox=\"allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox\""),
        "{sandboxed}"
    );
    assert!(script.contains("e.origin !== 'null'"), "a sandboxed frame reports the origin null");
}

#[test]
fn work_in_progress_survives_the_lenient_reader_but_not_an_import() {
    let mut plan = contoso_2019();
    std::rc::Rc::make_mut(&mut plan.call_flows[0]).resource_accounts[0].phone_number = Some("+1 425".into());
    std::rc::Rc::make_mut(&mut plan.call_flows[1]).resource_accounts[0].number_type = None;
    let text = write_plan(&plan).unwrap();
    assert_eq!(read_plan_lenient(&text).unwrap(), plan);
    assert!(matches!(read_plan(&text).unwrap_err().kind, ErrorKind::InvalidPhoneNumber(_)));
    let newer = r#"{"format":"resource-account-plan","version":3}"#;
    assert_eq!(read_plan_lenient(newer).unwrap_err().kind, ErrorKind::NewerVersion { version: 3 });
}
