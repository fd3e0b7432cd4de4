//! Reads resource accounts from `Get-CsOnlineApplicationInstance | Export-Csv` output.
//!
//! Columns used: DisplayName, UserPrincipalName, ApplicationId (tells an auto attendant
//! from a call queue, New-CsOnlineApplicationInstance) and PhoneNumber (`tel:` prefix allowed). Windows
//! PowerShell's `#TYPE` first line is skipped; the delimiter may be `,`, `;` (what
//! `Export-Csv -UseCulture` writes in French or Italian Windows) or a tab.

use super::phone::{PhoneNumber, PhoneNumberError};
use super::plan::{check_upn, has_control_characters, CallFlowNode, NodeKind, NumberType, ResourceAccount};

/// A row that could not be read, by its line in the pasted text (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    pub line: usize,
    pub kind: CsvProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblemKind {
    /// The header lacks a column this import needs.
    MissingColumn(&'static str),
    /// No header line at all.
    NoHeader,
    /// A quoted field that never closes.
    UnterminatedQuote,
    /// A row with a different number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// The ApplicationId is neither the auto attendant's nor the call queue's.
    UnknownApplicationId(String),
    EmptyDisplayName,
    InvalidPhoneNumber(PhoneNumberError),
    InvalidUpn,
    ControlCharacters,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvImport {
    /// One top-level node per row read, named after its account.
    pub nodes: Vec<CallFlowNode>,
    pub problems: Vec<CsvProblem>,
}

const COLUMNS: [&str; 4] = ["DisplayName", "UserPrincipalName", "ApplicationId", "PhoneNumber"];

/// Reads the CSV text. `number_type` is given to every number (the export does not say
/// which kind a number is); numbers with `;ext=` are Direct Routing whatever it says.
pub fn read_resource_accounts(text: &str, number_type: NumberType) -> CsvImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = match split_records(text) {
        Ok(r) => r,
        Err(line) => {
            return CsvImport {
                nodes: vec![],
                problems: vec![CsvProblem { line, kind: CsvProblemKind::UnterminatedQuote }],
            }
        }
    };
    let mut records = records.into_iter().filter(|(_, raw)| !raw.trim().is_empty()).peekable();
    if records.peek().is_some_and(|(_, raw)| raw.trim_start().starts_with("#TYPE")) {
        records.next();
    }
    let Some((header_line, header_raw)) = records.next() else {
        return CsvImport { nodes: vec![], problems: vec![CsvProblem { line: 1, kind: CsvProblemKind::NoHeader }] };
    };
    let delimiter = detect_delimiter(&header_raw);
    let header = split_fields(&header_raw, delimiter);
    let col = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let mut index = [0usize; 4];
    for (i, name) in COLUMNS.iter().enumerate() {
        match col(name) {
            Some(c) => index[i] = c,
            None if *name == "UserPrincipalName" || *name == "PhoneNumber" => index[i] = usize::MAX,
            None => {
                return CsvImport {
                    nodes: vec![],
                    problems: vec![CsvProblem { line: header_line, kind: CsvProblemKind::MissingColumn(name) }],
                }
            }
        }
    }
    let mut out = CsvImport::default();
    for (line, raw) in records {
        let fields = split_fields(&raw, delimiter);
        if fields.len() != header.len() {
            out.problems.push(CsvProblem {
                line,
                kind: CsvProblemKind::FieldCount { expected: header.len(), found: fields.len() },
            });
            continue;
        }
        let get = |i: usize| fields.get(i).map(|s| s.trim()).unwrap_or("");
        match read_row(get(index[0]), get(index[1]), get(index[2]), get(index[3]), number_type) {
            Ok(node) => out.nodes.push(node),
            Err(kind) => out.problems.push(CsvProblem { line, kind }),
        }
    }
    out
}

fn read_row(
    display_name: &str,
    upn: &str,
    application_id: &str,
    phone: &str,
    number_type: NumberType,
) -> Result<CallFlowNode, CsvProblemKind> {
    if [display_name, upn, phone].iter().any(|t| has_control_characters(t)) {
        return Err(CsvProblemKind::ControlCharacters);
    }
    let kind = NodeKind::from_application_id(application_id)
        .ok_or_else(|| CsvProblemKind::UnknownApplicationId(application_id.to_owned()))?;
    if display_name.is_empty() {
        return Err(CsvProblemKind::EmptyDisplayName);
    }
    if !upn.is_empty() {
        check_upn(upn).map_err(|_| CsvProblemKind::InvalidUpn)?;
    }
    let phone = phone.strip_prefix("tel:").or_else(|| phone.strip_prefix("TEL:")).unwrap_or(phone).trim();
    let (phone_number, number_type) = if phone.is_empty() {
        (None, None)
    } else {
        let parsed = PhoneNumber::parse(phone).map_err(CsvProblemKind::InvalidPhoneNumber)?;
        let ty = if parsed.extension().is_some() { NumberType::DirectRouting } else { number_type };
        (Some(parsed.normalized()), Some(ty))
    };
    Ok(CallFlowNode {
        kind,
        name: display_name.to_owned(),
        resource_accounts: vec![ResourceAccount {
            display_name: display_name.to_owned(),
            user_principal_name: (!upn.is_empty()).then(|| upn.to_owned()),
            phone_number,
            number_type,
            ..ResourceAccount::default()
        }],
        children: Vec::new(),
    })
}

/// Splits into records (a quoted field may span lines), each with the line it starts on.
/// `Err(line)` where a quote opened and never closed.
fn split_records(text: &str) -> Result<Vec<(usize, String)>, usize> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut start_line = 1;
    for c in text.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                current.push(c);
            }
            '\n' if !in_quotes => {
                if current.ends_with('\r') {
                    current.pop();
                }
                out.push((start_line, std::mem::take(&mut current)));
                line += 1;
                start_line = line;
            }
            '\n' => {
                line += 1;
                current.push(c);
            }
            _ => current.push(c),
        }
    }
    if in_quotes {
        return Err(start_line);
    }
    if !current.is_empty() {
        out.push((start_line, current));
    }
    Ok(out)
}

/// The delimiter the header uses most, outside quotes.
fn detect_delimiter(header: &str) -> char {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for c in header.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => counts[0] += 1,
            ';' if !in_quotes => counts[1] += 1,
            '\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], usize::MAX - i)).unwrap_or(0);
    [',', ';', '\t'][best]
}

/// Splits one record into fields, unquoting `"…"` and `""`.
fn split_fields(record: &str, delimiter: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = record.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' {
            in_quotes = true;
        } else if c == delimiter {
            fields.push(std::mem::take(&mut field));
        } else {
            field.push(c);
        }
    }
    fields.push(field);
    fields
}
