//! Reading numbers as people type them: the reader's own grouping ("1,200" in English,
//! "1.200" in German, "1 200" in French) and decimal separator, never a prefix of what was
//! typed. Pure, so every locale's rules are tested natively; the page gets the separators
//! from the browser's `Intl.NumberFormat`.

/// How the reader's locale writes 1,234.5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Separators {
    pub group: char,
    pub decimal: char,
}

impl Default for Separators {
    fn default() -> Self {
        Separators { group: ',', decimal: '.' }
    }
}

impl Separators {
    /// The separators of a few locales, for tests and as a fallback.
    pub const EN: Separators = Separators { group: ',', decimal: '.' };
    pub const DE: Separators = Separators { group: '.', decimal: ',' };
    /// French groups with a narrow no-break space (U+202F).
    pub const FR: Separators = Separators { group: '\u{202f}', decimal: ',' };
}

/// A whole number with the reader's grouping: 1200 → "1,200", "1.200" or "1 200".
pub fn format_whole(n: u64, seps: Separators) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(seps.group);
        }
        out.push(c);
    }
    out
}

/// Why typed text is not the number wanted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Letters or symbols that are not part of a number.
    NotANumber,
    /// A minus sign: counts and prices are 0 or more.
    Negative,
    /// A fraction where only whole numbers make sense.
    NotWhole,
    /// More than the field can hold.
    TooLarge { max: u64 },
    /// Group separators in the wrong places ("1,20,0").
    Grouping,
}

/// Spaces of every kind, and apostrophes (Swiss grouping), always group digits.
fn is_soft_group(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// A number split into its whole digits and its fraction digits, separators removed.
struct Digits {
    whole: String,
    fraction: Option<String>,
}

/// Full-width digits and separators (what Chinese and Japanese input methods type) as
/// their ASCII forms.
fn half_width(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return text.into();
    }
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '，' => ',',
            '．' => '.',
            '＋' => '+',
            '－' => '-',
            c => c,
        })
        .collect::<String>()
        .into()
}

fn split(text: &str, seps: Separators) -> Result<Option<Digits>, NumberError> {
    let text = half_width(text);
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let t = match t.strip_prefix(['-', '−']) {
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit()) => return Err(NumberError::Negative),
        Some(_) => return Err(NumberError::NotANumber),
        None => t.strip_prefix('+').unwrap_or(t),
    };
    if t.chars().any(|c| !(c.is_ascii_digit() || c == '.' || c == ',' || c == seps.group || is_soft_group(c))) {
        return Err(NumberError::NotANumber);
    }
    // The other of "." and "," is the decimal separator where it cannot be grouping: in
    // English "12,75" is 12.75, but "1,200" is 1200.
    let other = if seps.decimal == ',' { '.' } else { ',' };
    let other_is_decimal = t.contains(other)
        && (other != seps.group
            || (t.matches(other).count() == 1 && !valid_grouping(&t.replace(is_soft_group, ""), other)));
    let decimal = if t.contains(seps.decimal) {
        Some(seps.decimal)
    } else if other_is_decimal {
        Some(other)
    } else {
        None
    };
    let (whole, fraction) = match decimal {
        Some(d) => {
            let mut parts = t.splitn(2, d);
            let whole = parts.next().unwrap_or_default();
            let fraction = parts.next().unwrap_or_default();
            if fraction.contains(d) || !fraction.chars().all(|c| c.is_ascii_digit()) {
                return Err(NumberError::NotANumber);
            }
            (whole, Some(fraction.to_owned()))
        }
        None => (t, None),
    };
    let whole = whole.replace(is_soft_group, "");
    let group = seps.group;
    if whole.contains(group) && !valid_grouping(&whole, group) {
        return Err(NumberError::Grouping);
    }
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() && fraction.as_deref().is_none_or(str::is_empty) {
        return Err(NumberError::NotANumber);
    }
    Ok(Some(Digits { whole, fraction }))
}

/// `1,234,567`: a first group of 1–3 digits, then groups of exactly 3.
fn valid_grouping(text: &str, group: char) -> bool {
    let mut groups = text.split(group);
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()));
    first_ok && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// A whole number of at most `max`, as typed. Blank is `None`.
pub fn parse_whole(text: &str, seps: Separators, max: u64) -> Result<Option<u64>, NumberError> {
    let Some(d) = split(text, seps)? else { return Ok(None) };
    match d.fraction.as_deref() {
        // "1," on the way to "1,200": unfinished, not 1.
        Some("") => return Err(NumberError::Grouping),
        // "10.000" or "10,000" where the reader does not group so: ten thousand to some,
        // ten to others; never read as either.
        Some("000") => return Err(NumberError::Grouping),
        Some(f) if f.chars().any(|c| c != '0') => return Err(NumberError::NotWhole),
        _ => {}
    }
    let digits = d.whole.trim_start_matches('0');
    if digits.len() > 20 {
        return Err(NumberError::TooLarge { max });
    }
    let mut n: u64 = 0;
    for b in digits.bytes() {
        n = n.checked_mul(10).and_then(|n| n.checked_add(u64::from(b - b'0'))).ok_or(NumberError::TooLarge { max })?;
    }
    if n > max {
        return Err(NumberError::TooLarge { max });
    }
    Ok(Some(n))
}

/// Most digits kept after the decimal separator of a price.
pub const MAX_FRACTION_DIGITS: usize = 6;
/// Largest price accepted, per license per month.
pub const MAX_PRICE: u64 = 1_000_000;

/// A price of 0 or more, as typed, with up to [`MAX_FRACTION_DIGITS`] decimals. Blank is
/// `None`. Computed from its digits, so "8." is 8 and "8.99" is 8.99 on the way.
pub fn parse_decimal(text: &str, seps: Separators) -> Result<Option<f64>, NumberError> {
    let Some(d) = split(text, seps)? else { return Ok(None) };
    let whole =
        if d.whole.is_empty() { Some(0) } else { parse_whole(&d.whole, Separators::EN, MAX_PRICE).ok().flatten() };
    let Some(whole) = whole else { return Err(NumberError::TooLarge { max: MAX_PRICE }) };
    let fraction = d.fraction.unwrap_or_default();
    if fraction.len() > MAX_FRACTION_DIGITS {
        return Err(NumberError::NotANumber);
    }
    let mut value = whole as f64;
    if !fraction.is_empty() {
        let digits = fraction.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        value += digits as f64 / 10f64.powi(fraction.len() as i32);
    }
    Ok(Some(value))
}
