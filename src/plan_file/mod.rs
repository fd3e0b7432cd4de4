//! The plan file (docs/plan-format.md): JSON, `"format": "resource-account-plan"`, version 2
//! written, versions 1 and 2 read. Reading names the exact field path of any problem;
//! writing then reading gives the same plan.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use std::rc::Rc;

use crate::engine::plan::DEFAULT_CURRENCY;
use crate::engine::plan::{check_upn, has_control_characters, UpnError};
use crate::engine::{sku, CallFlowNode, Channel, PhoneNumber, PhoneNumberError, Plan, Pricing, RuleEdition};

/// The `format` every plan file carries.
pub const FORMAT: &str = "resource-account-plan";
/// The newest version this build reads and the one it writes.
pub const VERSION: u64 = 2;
/// The oldest version this build reads.
pub const OLDEST_VERSION: u64 = 1;
/// Deepest nesting of call flows accepted: a top-level node is level 1. Real tenants
/// nest a few levels; the limit keeps hostile files from exhausting the stack.
pub const MAX_NESTING: usize = 25;
/// Largest file read (bytes); plans of 100,000 resource accounts are about 20 MB.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// What was wrong with a plan file, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanFileError {
    /// Field path such as `callFlows[2].resourceAccounts[0].phoneNumber`; empty for the
    /// file as a whole.
    pub path: String,
    pub kind: ErrorKind,
    /// 1-based line and column in the file, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ErrorKind {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        byte_offset: usize,
    },
    /// The JSON stops before it is complete (a file cut short).
    EndsEarly,
    /// Not valid JSON: what is wrong at the line and column.
    Syntax(SyntaxProblem),
    NotAnObject,
    /// `format` missing or not `resource-account-plan`.
    NotAPlan {
        found: Option<String>,
    },
    MissingVersion,
    /// Written by a newer version of the app.
    NewerVersion {
        version: u64,
    },
    BadVersion,
    UnknownField {
        field: String,
    },
    MissingField {
        field: String,
    },
    DuplicateField {
        field: String,
    },
    /// A value of the wrong kind: text where a number belongs, and so on.
    WrongType {
        expected: Expected,
        found: Found,
    },
    /// A negative number where counts start at 0.
    Negative {
        found: String,
    },
    /// A whole number beyond what the field holds.
    TooBig {
        found: String,
        max: u64,
    },
    /// A fraction where only whole numbers make sense.
    NotWhole {
        found: String,
    },
    /// A value outside a fixed list.
    NotOneOf {
        found: String,
        allowed: Vec<String>,
    },
    /// Any other value problem, in the JSON reader's words (not expected in practice).
    InvalidValue {
        message: String,
    },
    UnknownSku {
        part_number: String,
    },
    DuplicateSku {
        part_number: String,
    },
    TooDeep {
        max: usize,
    },
    InvalidPhoneNumber(PhoneNumberError),
    NumberTypeMissing,
    InvalidUpn(UpnError),
    ControlCharacters,
    InvalidCurrency {
        found: String,
    },
    InvalidPrice,
    /// A tenant snapshot written with too little `ConvertTo-Json -Depth`: a .NET type name
    /// stands where an object belongs.
    DepthTruncated {
        type_name: String,
    },
}

/// What is wrong with JSON that does not parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// A `,` or `}` is missing after a value inside `{ … }`.
    MissingCommaOrBrace,
    /// A `,` or `]` is missing after a value inside `[ … ]`.
    MissingCommaOrBracket,
    /// A `:` is missing after a field name.
    MissingColon,
    /// A comma right before `}` or `]`.
    TrailingComma,
    /// A field name without double quotes.
    KeyNotQuoted,
    /// Something that is not a JSON value (text without quotes, a misspelt `true`…).
    NotAValue,
    /// A malformed number (a leading zero, a lone minus…).
    BadNumber,
    /// A line break or control character inside quotes.
    ControlCharacterInText,
    /// A backslash that starts no valid escape.
    BadEscape,
    /// More text after the end of the plan.
    TrailingCharacters,
    /// Another problem, in the JSON reader's words.
    Other(String),
}

/// The kind of value a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    WholeNumber,
    Number,
    TrueOrFalse,
    Text,
    List,
    Object,
}

/// The kind of value found instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A number, as written.
    Number(String),
    /// Text, as written (without its quotes).
    Text(String),
    Boolean(bool),
    Null,
    List,
    Object,
}

impl fmt::Display for PlanFileError {
    /// English, for logs, tests and the command line. The UI words [`ErrorKind`] itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        match &self.kind {
            ErrorKind::Empty => write!(f, "the file is empty")?,
            ErrorKind::TooLarge { bytes } => write!(f, "the file is {bytes} bytes; at most {MAX_FILE_BYTES} are read")?,
            ErrorKind::NotUtf8 { byte_offset } => write!(f, "the file is not UTF-8 text (byte {byte_offset})")?,
            ErrorKind::EndsEarly => write!(f, "the file ends too early")?,
            ErrorKind::Syntax(p) => write!(f, "not valid JSON: {p:?}")?,
            ErrorKind::DuplicateField { field } => write!(f, "the field \"{field}\" is there twice")?,
            ErrorKind::WrongType { expected, found } => write!(f, "expected {expected:?}, found {found:?}")?,
            ErrorKind::Negative { found } => write!(f, "must be 0 or more, not {found}")?,
            ErrorKind::TooBig { found, max } => write!(f, "{found} is too large: at most {max}")?,
            ErrorKind::NotWhole { found } => write!(f, "must be a whole number, not {found}")?,
            ErrorKind::NotOneOf { found, allowed } => write!(f, "\"{found}\" is not one of {}", allowed.join(", "))?,
            ErrorKind::NotAnObject => write!(f, "a plan file is a JSON object {{ … }}")?,
            ErrorKind::NotAPlan { found: None } => write!(f, "this is not a resource-account plan (no \"format\" field)")?,
            ErrorKind::NotAPlan { found: Some(x) } => {
                write!(f, "this is not a resource-account plan (format is \"{}\")", x.escape_debug())?
            }
            ErrorKind::MissingVersion => write!(f, "the \"version\" field is missing")?,
            ErrorKind::NewerVersion { version } => write!(
                f,
                "this plan was made by a newer version of the calculator (file version {version}, this one reads {VERSION}); update the calculator"
            )?,
            ErrorKind::BadVersion => write!(f, "\"version\" must be a whole number such as {VERSION}")?,
            ErrorKind::UnknownField { field } => write!(f, "unknown field \"{}\" (check its spelling)", field.escape_debug())?,
            ErrorKind::MissingField { field } => write!(f, "the required field \"{field}\" is missing")?,
            ErrorKind::InvalidValue { message } => write!(f, "{message}")?,
            ErrorKind::UnknownSku { part_number } => {
                write!(f, "unknown license part number \"{}\"", part_number.escape_debug())?
            }
            ErrorKind::DuplicateSku { part_number } => write!(f, "the license \"{part_number}\" is listed twice")?,
            ErrorKind::TooDeep { max } => write!(f, "call flows are nested more than {max} levels deep")?,
            ErrorKind::InvalidPhoneNumber(e) => write!(f, "{e}")?,
            ErrorKind::NumberTypeMissing => {
                write!(f, "a number needs \"numberType\": callingPlan, directRouting or operatorConnect")?
            }
            ErrorKind::InvalidUpn(_) => write!(f, "a user principal name looks like name@contoso.com")?,
            ErrorKind::ControlCharacters => write!(f, "the text holds control characters")?,
            ErrorKind::InvalidCurrency { found } => {
                write!(f, "\"{}\" is not a currency code such as USD or EUR", found.escape_debug())?
            }
            ErrorKind::InvalidPrice => write!(f, "the price must be a number of at least 0")?,
            ErrorKind::DepthTruncated { type_name } => write!(
                f,
                "the file was written with too little depth (\"{}\" where an object belongs); run the script again as shown",
                type_name.escape_debug()
            )?,
        }
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, " (line {line}, column {column})")?,
            (Some(line), None) => write!(f, " (line {line})")?,
            _ => {}
        }
        Ok(())
    }
}

impl std::error::Error for PlanFileError {}

fn error(path: impl Into<String>, kind: ErrorKind) -> PlanFileError {
    PlanFileError { path: path.into(), kind, line: None, column: None }
}

/// The fields every version has, read before the rest so a newer file is reported as
/// such rather than as a list of unknown fields.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<VersionField>,
}

/// `version`: a whole number, or something else (reported as a bad version).
struct VersionField(Option<u64>);

impl<'de> Deserialize<'de> for VersionField {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = VersionField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a version number")
            }
            fn visit_u64<E>(self, v: u64) -> Result<VersionField, E> {
                Ok(VersionField(Some(v)))
            }
            fn visit_i64<E>(self, _: i64) -> Result<VersionField, E> {
                Ok(VersionField(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<VersionField, E> {
                Ok(VersionField(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<VersionField, E> {
                Ok(VersionField(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<VersionField, E> {
                Ok(VersionField(None))
            }
            fn visit_unit<E>(self) -> Result<VersionField, E> {
                Ok(VersionField(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// Both versions as read: one shape, so the JSON reader is compiled once. What a version
/// does not allow (a year in version 1, a channel…) is refused afterwards by
/// [`FileIn::check_version`], with the field's path.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileIn {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u64,
    #[serde(default)]
    rules: Option<RulesIn>,
    #[serde(default)]
    channel: Option<Channel>,
    #[serde(default)]
    customer: Option<String>,
    #[serde(default)]
    licenses: LicenseEntries,
    #[serde(default)]
    call_flows: Vec<CallFlowNode>,
    #[serde(default)]
    pricing: Option<PricingIn>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PricingIn {
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    paid_license_monthly: Option<f64>,
    #[serde(default)]
    calling_plan_monthly: Option<f64>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PricingOut<'a> {
    currency: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    paid_license_monthly: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    calling_plan_monthly: Option<f64>,
}

/// `rules` as written: version 1's names, or version 2's years (also as numbers, since a
/// hand-written file easily drops the quotes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum RulesIn {
    Current,
    Original,
    Year(RuleEdition),
}

const YEARS: [&str; 3] = ["2019", "2022", "2025"];

impl<'de> Deserialize<'de> for RulesIn {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = RulesIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one of `2019`, `2022`, `2025`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RulesIn, E> {
                match v {
                    "current" => Ok(RulesIn::Current),
                    "original" => Ok(RulesIn::Original),
                    y if YEARS.contains(&y) => Ok(RulesIn::Year(RuleEdition::parse(y).unwrap_or_default())),
                    _ => Err(E::unknown_variant(v, &YEARS)),
                }
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RulesIn, E> {
                match v {
                    2019 | 2022 | 2025 => self.visit_str(&v.to_string()),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// The `licenses` object in file order, duplicates kept so they can be reported.
#[derive(Default)]
struct LicenseEntries(Vec<(String, u32)>);

impl<'de> Deserialize<'de> for LicenseEntries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = LicenseEntries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of license part numbers and counts, e.g. {\"SPE_E5\": 600}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<LicenseEntries, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, u32>()? {
                    out.push((k, v));
                }
                Ok(LicenseEntries(out))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    rules: RuleEdition,
    channel: Channel,
    #[serde(skip_serializing_if = "Option::is_none")]
    customer: Option<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    licenses: &'a BTreeMap<String, u32>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    call_flows: &'a [Rc<CallFlowNode>],
    #[serde(skip_serializing_if = "Option::is_none")]
    pricing: Option<PricingOut<'a>>,
}

/// Writes a plan as a version-2 plan file (pretty-printed JSON).
pub fn write_plan(plan: &Plan) -> Result<String, serde_json::Error> {
    let p = &plan.pricing;
    serde_json::to_string_pretty(&FileOut {
        format: FORMAT,
        version: VERSION,
        rules: plan.rules,
        channel: plan.channel,
        customer: plan.customer.as_deref(),
        licenses: &plan.licenses,
        call_flows: &plan.call_flows,
        pricing: (!p.is_default()).then_some(PricingOut {
            currency: &p.currency,
            paid_license_monthly: p.paid_license_monthly,
            calling_plan_monthly: p.calling_plan_monthly,
        }),
    })
}

/// What a file opened in the page turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Plan(Plan),
    Tenant(crate::engine::tenant::TenantImport),
}

/// Opens what the user gave the page (file, drop or paste): a tenant snapshot when its
/// `format` says so, else a plan file. Text in UTF-8 or UTF-16 (Windows PowerShell writes
/// both). `before` and `tenant` are the plan shown and the tenant it came from, for a
/// snapshot to keep the user's settings and list what changed.
pub fn open_file(bytes: &[u8], before: &Plan, tenant: Option<&str>) -> Result<Opened, PlanFileError> {
    use crate::engine::tenant;
    let text = decode_text(bytes)?;
    if tenant::is_snapshot(&text) {
        tenant::read_snapshot_text(&text, before, tenant).map(Opened::Tenant)
    } else {
        read_plan(&text).map(Opened::Plan)
    }
}

/// Reads a plan file from raw bytes (as a file input gives them).
pub fn read_plan_bytes(bytes: &[u8]) -> Result<Plan, PlanFileError> {
    read_plan(&decode_text(bytes)?)
}

/// Text as PowerShell writes it: UTF-8 with or without a BOM, or UTF-16 (Windows
/// PowerShell 5.1's `Out-File` and `>`), with or without its BOM; plan files and tenant
/// snapshots alike. Files over [`MAX_FILE_BYTES`] are refused unread.
pub fn decode_text(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, PlanFileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(error("", ErrorKind::TooLarge { bytes: bytes.len() }));
    }
    let utf16 = |body: &[u8], little: bool| -> Result<String, PlanFileError> {
        let units = body.chunks(2).map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        char::decode_utf16(units).enumerate().map(|(i, c)| c.map_err(|_| not_text(i * 2))).collect()
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, true).map(Into::into),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, false).map(Into::into),
        // No BOM: `{` followed by a zero byte is UTF-16 LE; a zero byte first, BE.
        [a, 0, ..] if *a != 0 => utf16(bytes, true).map(Into::into),
        [0, b, ..] if *b != 0 => utf16(bytes, false).map(Into::into),
        _ => {
            let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            std::str::from_utf8(body).map(Into::into).map_err(|e| not_text(e.valid_up_to()))
        }
    }
}

fn not_text(byte_offset: usize) -> PlanFileError {
    error("", ErrorKind::NotUtf8 { byte_offset })
}

/// Reads a plan file. Any problem comes back with the field path and, for JSON-level
/// problems, the line and column.
pub fn read_plan(text: &str) -> Result<Plan, PlanFileError> {
    read(text, Check::Strict)
}

/// Reads a plan the app saved for itself: the shape, version and licenses are checked as
/// strictly, but values the user is still typing (a half-entered number, a number without
/// its type, an unfinished user name) are kept as they are rather than refused, so that
/// work in progress survives a reload. Imports use [`read_plan`].
pub fn read_plan_lenient(text: &str) -> Result<Plan, PlanFileError> {
    read(text, Check::Shape)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Strict,
    Shape,
}

fn read(text: &str, check: Check) -> Result<Plan, PlanFileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(error("", ErrorKind::TooLarge { bytes: text.len() }));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let body = text.trim_start();
    if body.is_empty() {
        return Err(error("", ErrorKind::Empty));
    }
    if !body.starts_with('{') {
        // Valid JSON of another shape, or not JSON at all: say which.
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => error("", ErrorKind::NotAnObject),
            Err(e) => json_error(String::new(), &e),
        });
    }
    // The header reads whenever the JSON does (a syntax error is found, with its path, by
    // the full pass below).
    let version = match serde_json::from_str::<Header>(text) {
        Ok(header) => Some(check_header(&header)?),
        Err(_) => None,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let file: FileIn = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = display_path(e.path());
        json_error(path, e.inner())
    })?;
    de.end().map_err(|e| json_error(String::new(), &e))?;
    let version = version.unwrap_or(file.version);
    let file = file.check_version(version)?;
    validate(file, check)
}

/// What both versions hold, before validation.
struct FileAny {
    version: u64,
    rules: RuleEdition,
    channel: Channel,
    customer: Option<String>,
    licenses: LicenseEntries,
    call_flows: Vec<CallFlowNode>,
    pricing: Pricing,
}

impl FileIn {
    /// Refuses what the file's version does not have, and maps version 1's names.
    fn check_version(self, version: u64) -> Result<FileAny, PlanFileError> {
        let unknown = |field: &str| {
            error(field, ErrorKind::UnknownField { field: field.rsplit('.').next().unwrap_or(field).to_owned() })
        };
        let not_one_of = |found: &str, allowed: &[&str]| {
            error(
                "rules",
                ErrorKind::NotOneOf {
                    found: found.to_owned(),
                    allowed: allowed.iter().map(|s| (*s).to_owned()).collect(),
                },
            )
        };
        let v1 = version == 1;
        let rules = match (self.rules, v1) {
            (None, true) | (Some(RulesIn::Current), true) => RuleEdition::E2022,
            (Some(RulesIn::Original), true) => RuleEdition::E2019,
            (Some(RulesIn::Year(y)), true) => return Err(not_one_of(y.as_str(), &["current", "original"])),
            (None, false) => RuleEdition::default(),
            (Some(RulesIn::Year(y)), false) => y,
            (Some(RulesIn::Current), false) => return Err(not_one_of("current", &YEARS)),
            (Some(RulesIn::Original), false) => return Err(not_one_of("original", &YEARS)),
        };
        if v1 && self.channel.is_some() {
            return Err(unknown("channel"));
        }
        if v1 && self.customer.is_some() {
            return Err(unknown("customer"));
        }
        let pricing = match self.pricing {
            None => Pricing::default(),
            Some(p) => {
                if v1 {
                    if p.calling_plan_monthly.is_some() {
                        return Err(unknown("pricing.callingPlanMonthly"));
                    }
                    for (field, missing) in
                        [("currency", p.currency.is_none()), ("paidLicenseMonthly", p.paid_license_monthly.is_none())]
                    {
                        if missing {
                            return Err(error("pricing", ErrorKind::MissingField { field: field.to_owned() }));
                        }
                    }
                }
                Pricing {
                    currency: p.currency.unwrap_or_else(|| DEFAULT_CURRENCY.to_owned()),
                    paid_license_monthly: p.paid_license_monthly,
                    calling_plan_monthly: p.calling_plan_monthly,
                }
            }
        };
        Ok(FileAny {
            version,
            rules,
            channel: self.channel.unwrap_or_default(),
            customer: self.customer,
            licenses: self.licenses,
            call_flows: self.call_flows,
            pricing,
        })
    }
}

/// The file's version, once format and version are known to be readable.
fn check_header(h: &Header) -> Result<u64, PlanFileError> {
    match &h.format {
        Some(s) if s == FORMAT => {}
        Some(s) => return Err(error("format", ErrorKind::NotAPlan { found: Some(s.clone()) })),
        None => return Err(error("", ErrorKind::NotAPlan { found: None })),
    }
    match &h.version {
        None => Err(error("", ErrorKind::MissingVersion)),
        Some(VersionField(Some(n))) if (OLDEST_VERSION..=VERSION).contains(n) => Ok(*n),
        Some(VersionField(Some(n))) if *n > VERSION => Err(error("version", ErrorKind::NewerVersion { version: *n })),
        Some(_) => Err(error("version", ErrorKind::BadVersion)),
    }
}

/// serde_path_to_error writes the root as "."; the contract's paths have no leading dot.
fn display_path(path: &serde_path_to_error::Path) -> String {
    let s = path.to_string();
    if s == "." {
        String::new()
    } else {
        s
    }
}

/// Turns a serde_json error into our kinds. serde's messages are stable and specific
/// ("invalid type: string \"10\", expected u32"), so they are recognised by their words and
/// turned into something a user understands, with the same place.
pub(crate) fn json_error(path: String, e: &serde_json::Error) -> PlanFileError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    let quoted = |prefix: &str| message.strip_prefix(prefix).and_then(|rest| rest.split('`').next()).map(str::to_owned);
    // serde_path_to_error writes "?" for a place it could not name.
    let path = path.replace(".?", "").replace('?', "");
    let (path, kind) = if let Some(field) = quoted("unknown field `") {
        // serde_path_to_error names the unknown key itself; older versions stop before it.
        let path = match path.rsplit('.').next() {
            Some(last) if last == field => path,
            _ if path.is_empty() => field.clone(),
            _ => format!("{path}.{field}"),
        };
        (path, ErrorKind::UnknownField { field })
    } else if let Some(field) = quoted("missing field `") {
        (path, ErrorKind::MissingField { field })
    } else if let Some(field) = quoted("duplicate field `") {
        (path, ErrorKind::DuplicateField { field })
    } else if message.starts_with("recursion limit exceeded") {
        (path, ErrorKind::TooDeep { max: MAX_NESTING })
    } else if e.is_eof() {
        (path, ErrorKind::EndsEarly)
    } else if e.is_syntax() {
        (path, ErrorKind::Syntax(syntax_problem(&message)))
    } else {
        (path, value_problem(&message))
    };
    PlanFileError { path, kind, line: Some(e.line()).filter(|&l| l > 0), column: Some(e.column()).filter(|&c| c > 0) }
}

fn syntax_problem(message: &str) -> SyntaxProblem {
    match message {
        "expected `,` or `}`" => SyntaxProblem::MissingCommaOrBrace,
        "expected `,` or `]`" => SyntaxProblem::MissingCommaOrBracket,
        "expected `:`" => SyntaxProblem::MissingColon,
        "trailing comma" => SyntaxProblem::TrailingComma,
        "key must be a string" => SyntaxProblem::KeyNotQuoted,
        "expected value" | "expected ident" => SyntaxProblem::NotAValue,
        "invalid number" | "number out of range" => SyntaxProblem::BadNumber,
        "invalid escape" | "invalid unicode code point" | "lone leading surrogate in hex escape" => {
            SyntaxProblem::BadEscape
        }
        "trailing characters" => SyntaxProblem::TrailingCharacters,
        m if m.starts_with("control character") => SyntaxProblem::ControlCharacterInText,
        m => SyntaxProblem::Other(m.to_owned()),
    }
}

/// serde's "invalid type: X, expected Y", "invalid value: X, expected Y" and "unknown
/// variant `x`, expected …", as kinds.
fn value_problem(message: &str) -> ErrorKind {
    let backticked = |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (found, allowed) = rest.split_once('`').unwrap_or((rest, ""));
        return ErrorKind::NotOneOf { found: found.to_owned(), allowed: backticked(allowed) };
    }
    let (is_type, rest) = match (message.strip_prefix("invalid type: "), message.strip_prefix("invalid value: ")) {
        (Some(r), _) => (true, r),
        (_, Some(r)) => (false, r),
        _ => return ErrorKind::InvalidValue { message: message.to_owned() },
    };
    let Some((unexpected, expected)) = rest.rsplit_once(", expected ") else {
        return ErrorKind::InvalidValue { message: message.to_owned() };
    };
    let found = found(unexpected);
    if expected.starts_with("one of `") {
        let shown = match &found {
            Found::Number(n) | Found::Text(n) => n.clone(),
            Found::Boolean(b) => b.to_string(),
            Found::Null => "null".into(),
            Found::List => "[ … ]".into(),
            Found::Object => "{ … }".into(),
        };
        return ErrorKind::NotOneOf { found: shown, allowed: backticked(expected) };
    }
    let expected = match expected {
        "u32" | "u64" | "usize" => Expected::WholeNumber,
        "f64" | "f32" | "a number" => Expected::Number,
        "a boolean" => Expected::TrueOrFalse,
        "a string" => Expected::Text,
        "a sequence" => Expected::List,
        e if e.starts_with("struct ") || e.starts_with("a map") || e.starts_with("an object") => Expected::Object,
        _ => return ErrorKind::InvalidValue { message: message.to_owned() },
    };
    match (is_type, expected, &found) {
        (false, Expected::WholeNumber, Found::Number(n)) if n.starts_with('-') => {
            ErrorKind::Negative { found: n.clone() }
        }
        (false, Expected::WholeNumber, Found::Number(n)) => {
            ErrorKind::TooBig { found: n.clone(), max: u64::from(u32::MAX) }
        }
        (true, Expected::WholeNumber, Found::Number(n)) => ErrorKind::NotWhole { found: n.clone() },
        _ => ErrorKind::WrongType { expected, found },
    }
}

/// serde's description of the value it met: "integer `5`", "string \"10\"", "map"…
/// What a JSON value is, to say what was found instead.
pub(crate) fn found_of(v: &serde_json::Value) -> Found {
    use serde_json::Value;
    match v {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Boolean(*b),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::String(s) => Found::Text(s.clone()),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}

fn found(unexpected: &str) -> Found {
    let inner = |s: &str| s.trim_matches('`').to_owned();
    if let Some(n) = unexpected.strip_prefix("integer ").or_else(|| unexpected.strip_prefix("floating point ")) {
        Found::Number(inner(n))
    } else if let Some(t) = unexpected.strip_prefix("string ") {
        Found::Text(t.trim_matches('"').to_owned())
    } else if let Some(b) = unexpected.strip_prefix("boolean ") {
        Found::Boolean(inner(b) == "true")
    } else if unexpected == "sequence" {
        Found::List
    } else if unexpected == "map" {
        Found::Object
    } else {
        Found::Null
    }
}

/// Checks what the JSON shape cannot: known SKUs, nesting, numbers, names, pricing.
fn validate(file: FileAny, check: Check) -> Result<Plan, PlanFileError> {
    let mut licenses = BTreeMap::new();
    for (key, count) in file.licenses.0 {
        let path = format!("licenses.{key}");
        // Version 1 names products by part number; version 2 also by skuId.
        let found = if file.version == 1 { sku::by_part_number(&key) } else { sku::resolve(&key) };
        let Some(found) = found else {
            return Err(error(path, ErrorKind::UnknownSku { part_number: key }));
        };
        if licenses.insert(found.key.to_owned(), count).is_some() {
            return Err(error(path, ErrorKind::DuplicateSku { part_number: found.part_number.to_owned() }));
        }
    }
    if let Some(customer) = &file.customer {
        if check == Check::Strict && has_control_characters(customer) {
            return Err(error("customer", ErrorKind::ControlCharacters));
        }
    }

    // Iterative walk carrying each node's index path, so depth cannot overflow the stack.
    // The text of a path is made only for an error.
    let mut stack: Vec<(&CallFlowNode, Vec<usize>)> =
        file.call_flows.iter().enumerate().rev().map(|(i, n)| (n, vec![i])).collect();
    while let Some((node, at)) = stack.pop() {
        if at.len() > MAX_NESTING {
            return Err(error(node_path(&at), ErrorKind::TooDeep { max: MAX_NESTING }));
        }
        if check == Check::Shape {
            stack.extend(node.children.iter().enumerate().rev().map(|(i, c)| (c, [at.as_slice(), &[i]].concat())));
            continue;
        }
        let path = || node_path(&at);
        if has_control_characters(&node.name) {
            return Err(error(format!("{}.name", path()), ErrorKind::ControlCharacters));
        }
        for (i, ra) in node.resource_accounts.iter().enumerate() {
            let ra_path = || format!("{}.resourceAccounts[{i}]", path());
            if has_control_characters(&ra.display_name) {
                return Err(error(format!("{}.displayName", ra_path()), ErrorKind::ControlCharacters));
            }
            if let Some(upn) = &ra.user_principal_name {
                check_upn(upn)
                    .map_err(|e| error(format!("{}.userPrincipalName", ra_path()), ErrorKind::InvalidUpn(e)))?;
            }
            if let Some(number) = &ra.phone_number {
                PhoneNumber::parse(number)
                    .map_err(|e| error(format!("{}.phoneNumber", ra_path()), ErrorKind::InvalidPhoneNumber(e)))?;
                if ra.number_type.is_none() {
                    return Err(error(format!("{}.numberType", ra_path()), ErrorKind::NumberTypeMissing));
                }
            }
        }
        for (i, child) in node.children.iter().enumerate().rev() {
            let mut child_at = at.clone();
            child_at.push(i);
            stack.push((child, child_at));
        }
    }

    let p = &file.pricing;
    if !is_currency_code(&p.currency) {
        return Err(error("pricing.currency", ErrorKind::InvalidCurrency { found: p.currency.clone() }));
    }
    for (field, price) in
        [("paidLicenseMonthly", p.paid_license_monthly), ("callingPlanMonthly", p.calling_plan_monthly)]
    {
        if price.is_some_and(|v| !(v.is_finite() && v >= 0.0)) {
            return Err(error(format!("pricing.{field}"), ErrorKind::InvalidPrice));
        }
    }

    Ok(Plan {
        rules: file.rules,
        channel: file.channel,
        customer: file.customer.filter(|c| !c.trim().is_empty()),
        licenses,
        call_flows: crate::engine::plan::roots(file.call_flows),
        pricing: file.pricing,
    })
}

/// ISO 4217 codes are three capital letters.
pub fn is_currency_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// `callFlows[0].children[2]…` for a node's index path.
pub fn node_path(at: &[usize]) -> String {
    let mut s = String::new();
    for (depth, i) in at.iter().enumerate() {
        if depth == 0 {
            s.push_str(&format!("callFlows[{i}]"));
        } else {
            s.push_str(&format!(".children[{i}]"));
        }
    }
    s
}
