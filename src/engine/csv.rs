//! Reads resource accounts from `Get-CsOnlineApplicationInstance | Export-Csv` output.
//!
//! Columns used: DisplayName, UserPrincipalName, ApplicationId (tells an auto attendant
//! from a call queue, New-CsOnlineApplicationInstance) and PhoneNumber (`tel:` prefix allowed). Windows
//! PowerShell's `#TYPE` first line is skipped; the delimiter may be `,`, `;` (what
//! `Export-Csv -UseCulture` writes in French or Italian Windows) or a tab.

use std::collections::HashSet;

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
    /// Rows that could not be read; the others are imported all the same.
    pub problems: Vec<CsvProblem>,
    /// Rows left out because their user principal name is in the plan already, or came
    /// earlier in the file: importing the same file twice adds nothing.
    pub duplicates: usize,
}

const COLUMNS: [&str; 4] = ["DisplayName", "UserPrincipalName", "ApplicationId", "PhoneNumber"];

/// The user principal names a plan holds, in ASCII lower case (UPNs ignore case).
pub fn known_upns(plan: &super::plan::Plan) -> HashSet<String> {
    super::plan::flatten(&plan.call_flows)
        .iter()
        .flat_map(|f| f.node.resource_accounts.iter())
        .filter_map(|ra| ra.user_principal_name.as_deref())
        .map(|u| u.trim().to_ascii_lowercase())
        .collect()
}

/// Reads the CSV text. `number_type` is given to every number (the export does not say
/// which kind a number is); numbers with `;ext=` are Direct Routing whatever it says.
/// `known` holds the user principal names already in the plan, in ASCII lower case: rows
/// with one of them are skipped.
pub fn read_resource_accounts(text: &str, number_type: NumberType, known: &HashSet<String>) -> CsvImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    // The header: the first line that is neither blank nor Windows PowerShell's "#TYPE".
    let Some(h) = lines.iter().position(|l| !l.trim().is_empty() && !l.trim_start().starts_with("#TYPE")) else {
        return CsvImport {
            problems: vec![CsvProblem { line: 1, kind: CsvProblemKind::NoHeader }],
            ..CsvImport::default()
        };
    };
    let delimiter = detect_delimiter(lines[h]);
    let header = split_fields(lines[h], delimiter);
    let col = |name: &str| header.iter().position(|x| x.trim().eq_ignore_ascii_case(name));
    let mut index = [0usize; 4];
    for (i, name) in COLUMNS.iter().enumerate() {
        match col(name) {
            Some(c) => index[i] = c,
            None if *name == "UserPrincipalName" || *name == "PhoneNumber" => index[i] = usize::MAX,
            None => {
                let problems = vec![CsvProblem { line: h + 1, kind: CsvProblemKind::MissingColumn(name) }];
                return CsvImport { problems, ..CsvImport::default() };
            }
        }
    }
    let (records, problems) = split_records(&lines[h + 1..], h + 2, delimiter, header.len());
    let mut out = CsvImport { problems, ..CsvImport::default() };
    let mut seen: HashSet<String> = HashSet::new();
    for (line, fields) in records {
        if fields.len() != header.len() {
            out.problems.push(CsvProblem {
                line,
                kind: CsvProblemKind::FieldCount { expected: header.len(), found: fields.len() },
            });
            continue;
        }
        let get = |i: usize| fields.get(i).map(|s| s.trim()).unwrap_or("");
        match read_row(get(index[0]), get(index[1]), get(index[2]), get(index[3]), number_type) {
            Ok(node) => {
                let upn = node.resource_accounts[0].user_principal_name.as_deref().map(str::to_ascii_lowercase);
                let duplicate = upn.is_some_and(|u| known.contains(&u) || !seen.insert(u));
                if duplicate {
                    out.duplicates += 1;
                } else {
                    out.nodes.push(node);
                }
            }
            Err(kind) => out.problems.push(CsvProblem { line, kind }),
        }
    }
    out.problems.sort_by_key(|p| p.line);
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

/// Splits lines into records of fields, each with the line it starts on (`first_line` is
/// the number of `lines[0]`). A quoted field may span lines; a quote that never closes,
/// or whose closing makes a record of the wrong width, spoils only its own line: that
/// line is reported and reading goes on with the next one.
fn split_records(
    lines: &[&str],
    first_line: usize,
    delimiter: char,
    width: usize,
) -> (Vec<(usize, Vec<String>)>, Vec<CsvProblem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let mut record = lines[i].to_owned();
        let mut quotes = lines[i].matches('"').count();
        i += 1;
        while quotes % 2 == 1 && i < lines.len() {
            record.push('\n');
            record.push_str(lines[i]);
            quotes += lines[i].matches('"').count();
            i += 1;
        }
        let fields = split_fields(&record, delimiter);
        let spans = i - start > 1;
        if quotes % 2 == 1 || (spans && fields.len() != width) {
            problems.push(CsvProblem { line: first_line + start, kind: CsvProblemKind::UnterminatedQuote });
            i = start + 1;
            continue;
        }
        out.push((first_line + start, fields));
    }
    (out, problems)
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
