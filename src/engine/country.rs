//! The country of a phone number, from its country calling code: what a resource
//! account's usage location is set to (Microsoft 365 admin center: "Set the usage location
//! to the number's country first"; a Calling Plan number can only be assigned to an account
//! whose usage location is the number's country).
//!
//! Source: ITU-T E.164 "List of ITU-T Recommendation E.164 assigned country codes" (country
//! codes are prefix-free, so the longest listed prefix of a number's digits names its
//! country), with ISO 3166-1 alpha-2 codes. Non-geographic codes (+800 international
//! freephone, +870 Inmarsat, +881/+882/+883 global services, +888, +979) name no country.
//!
//! Where several countries share a calling code, the area code tells them apart:
//! - +1 is the North American Numbering Plan: the United States, Canada and 25 Caribbean
//!   and Pacific countries and territories. Canadian and Caribbean area codes are listed;
//!   any other +1 number (US toll-free numbers too) is taken as the US.
//! - +7 is Russia, and Kazakhstan for +7 6xx and +7 7xx.
//! - +44 is the United Kingdom, and Guernsey (+44 1481), Jersey (+44 1534) and the Isle of
//!   Man (+44 1624) for their fixed lines.
//! - Other shared codes are named by their main country (+47 Norway, not Svalbard; +61
//!   Australia, not Christmas Island; +262 Réunion, not Mayotte; +590 Guadeloupe; +599
//!   Curaçao).
//!
//! The table is not in the page's code: it is assets/script/calling-codes.txt, which the
//! page fetches with the script's template (the script is its only user) and the tests read
//! from disk. Each entry is a prefix (the digits after `+`) followed by its country, e.g.
//! `1204CA`; entries are separated by spaces or line breaks and sorted by prefix.

/// Each entry of `table` as its prefix and country, in order. Text that is not an entry
/// (anything else a host might send) matches nothing.
fn entries(table: &str) -> impl Iterator<Item = (&str, &str)> {
    table.split_ascii_whitespace().filter_map(|e| {
        let (prefix, country) = e.split_at_checked(e.len().checked_sub(2)?)?;
        let entry = prefix.bytes().all(|b| b.is_ascii_digit()) && country.bytes().all(|b| b.is_ascii_uppercase());
        entry.then_some((prefix, country))
    })
}

/// The ISO 3166-1 alpha-2 country of a number given as its digits after `+` (as
/// [`super::phone::PhoneNumber::digits`] gives them), or `None` for a non-geographic or
/// unassigned code.
pub fn iso_country<'t>(table: &'t str, digits: &str) -> Option<&'t str> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // In sorted order, every prefix of `digits` comes before `digits` itself, and a longer
    // prefix after a shorter one: the last that matches is the longest.
    entries(table).take_while(|(p, _)| *p <= digits).filter(|(p, _)| digits.starts_with(p)).last().map(|(_, c)| c)
}

/// Every prefix of `table` with its country, in order, for tests and documentation.
pub fn prefixes(table: &str) -> impl Iterator<Item = (&str, &str)> {
    entries(table)
}
