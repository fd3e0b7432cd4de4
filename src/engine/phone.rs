//! The one phone-number parser: E.164 as docs/plan-format.md allows it in plans.
//!
//! Accepted: `+`, then 8 to 15 digits, with spaces, dashes, dots and parentheses anywhere
//! after the `+` (dropped), optionally followed by `;ext=` and digits (Direct Routing).
//! Source: docs/plan-format.md `phoneNumber`; Set-CsPhoneNumberAssignment (numbers are E.164
//! with country code, `;ext=` for Direct Routing).

use std::fmt;

/// Fewest digits an E.164 number may have here (country code included).
pub const MIN_DIGITS: usize = 8;
/// Most digits E.164 allows (ITU-T E.164 §6).
pub const MAX_DIGITS: usize = 15;
/// Longest extension accepted after `;ext=`.
pub const MAX_EXTENSION_DIGITS: usize = 15;

/// A valid phone number, normalised.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PhoneNumber {
    /// ASCII digits, inline: parsing a number allocates nothing (tens of thousands are
    /// parsed on every edit of a large plan).
    digits: [u8; MAX_DIGITS],
    len: u8,
    extension: Option<String>,
}

/// Why a phone number was refused. Positions count characters from 1, as a user would.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneNumberError {
    /// Nothing but white space.
    Empty,
    /// Does not start with `+` (E.164 numbers carry their country code).
    MissingPlus,
    /// A character that is neither a digit nor an allowed separator.
    UnexpectedCharacter { character: char, position: usize },
    /// Fewer than [`MIN_DIGITS`] digits.
    TooFewDigits { digits: usize },
    /// More than [`MAX_DIGITS`] digits.
    TooManyDigits { digits: usize },
    /// Country codes never start with 0.
    CountryCodeStartsWithZero,
    /// `;ext=` with nothing after it.
    EmptyExtension,
    /// An extension with something other than digits in it.
    ExtensionNotDigits { character: char, position: usize },
    /// An extension longer than [`MAX_EXTENSION_DIGITS`].
    ExtensionTooLong { digits: usize },
}

impl fmt::Display for PhoneNumberError {
    /// English text for logs and the command line; the UI has its own message catalog.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the phone number is empty"),
            Self::MissingPlus => write!(f, "a phone number must start with + and the country code, e.g. +1 250 555 0012"),
            Self::UnexpectedCharacter { character, position } => write!(f, "'{}' at position {position} is not allowed; use digits, spaces, dashes, dots or parentheses", character.escape_debug()),
            Self::TooFewDigits { digits } => write!(f, "{digits} digits is too short; E.164 numbers have {MIN_DIGITS} to {MAX_DIGITS} digits including the country code"),
            Self::TooManyDigits { digits } => write!(f, "{digits} digits is too long; E.164 numbers have at most {MAX_DIGITS} digits"),
            Self::CountryCodeStartsWithZero => write!(f, "the country code after + cannot start with 0"),
            Self::EmptyExtension => write!(f, "';ext=' must be followed by the extension digits"),
            Self::ExtensionNotDigits { character, position } => write!(f, "'{}' at position {position} is not a digit; extensions are digits only", character.escape_debug()),
            Self::ExtensionTooLong { digits } => write!(f, "an extension of {digits} digits is too long (at most {MAX_EXTENSION_DIGITS})"),
        }
    }
}

impl std::error::Error for PhoneNumberError {}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')')
}

impl PhoneNumber {
    /// Parses what a user typed or a file holds.
    pub fn parse(input: &str) -> Result<Self, PhoneNumberError> {
        let leading = input.len() - input.trim_start().len();
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        // Positions are reported in characters of the original input.
        let offset = input[..leading].chars().count();
        let (number_part, ext_part) = split_extension(trimmed);
        let mut chars = number_part.chars();
        if chars.next() != Some('+') {
            return Err(PhoneNumberError::MissingPlus);
        }
        let mut digits = [0u8; MAX_DIGITS];
        let mut count = 0usize;
        for (i, c) in chars.enumerate() {
            if c.is_ascii_digit() {
                if count < MAX_DIGITS {
                    digits[count] = c as u8;
                }
                count += 1;
            } else if !is_separator(c) {
                return Err(PhoneNumberError::UnexpectedCharacter { character: c, position: offset + i + 2 });
            }
        }
        if count < MIN_DIGITS {
            return Err(PhoneNumberError::TooFewDigits { digits: count });
        }
        if count > MAX_DIGITS {
            return Err(PhoneNumberError::TooManyDigits { digits: count });
        }
        if digits[0] == b'0' {
            return Err(PhoneNumberError::CountryCodeStartsWithZero);
        }
        let extension = match ext_part {
            None => None,
            Some((ext_at, ext)) => {
                let ext_start = offset + trimmed[..ext_at].chars().count();
                let ext = ext.trim_end();
                if ext.is_empty() {
                    return Err(PhoneNumberError::EmptyExtension);
                }
                if let Some((i, c)) = ext.chars().enumerate().find(|(_, c)| !c.is_ascii_digit()) {
                    return Err(PhoneNumberError::ExtensionNotDigits { character: c, position: ext_start + i + 1 });
                }
                if ext.len() > MAX_EXTENSION_DIGITS {
                    return Err(PhoneNumberError::ExtensionTooLong { digits: ext.len() });
                }
                Some(ext.to_owned())
            }
        };
        Ok(PhoneNumber { digits, len: count as u8, extension })
    }

    /// `+` and the digits, without extension: what Teams shows as the number.
    pub fn e164(&self) -> String {
        format!("+{}", self.digits())
    }

    /// The digits after `+`.
    pub fn digits(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.digits[..usize::from(self.len)]).unwrap_or_default()
    }

    pub fn extension(&self) -> Option<&str> {
        self.extension.as_deref()
    }

    /// The form `Set-CsPhoneNumberAssignment -PhoneNumber` takes: `+digits[;ext=digits]`.
    pub fn normalized(&self) -> String {
        match &self.extension {
            Some(ext) => format!("+{};ext={ext}", self.digits()),
            None => self.e164(),
        }
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.normalized())
    }
}

/// Splits off `;ext=…` (case-insensitive `ext`); gives the byte offset where the
/// extension's digits start.
fn split_extension(s: &str) -> (&str, Option<(usize, &str)>) {
    match s.find(';') {
        Some(i) if s.get(i + 1..i + 5).is_some_and(|t| t.eq_ignore_ascii_case("ext=")) => {
            (s[..i].trim_end(), Some((i + 5, &s[i + 5..])))
        }
        _ => (s, None),
    }
}
