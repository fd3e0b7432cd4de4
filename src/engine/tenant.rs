//! "Read my tenant": a `teams-tenant-snapshot` file (docs/tenant-snapshot.md), written by
//! the read-only script `assets/script/read-tenant.ps1`, turned into a plan under the
//! rules in force, with what was found on the way.
//!
//! Real configurations are graphs, not trees: targets are resolved by id (a
//! `ConfigurationEndpoint` is an AA/CQ identity, an `ApplicationEndpoint` a resource
//! account's object id, reaching the AA/CQ that lists it), and every AA/CQ is placed once,
//! breadth first from the ones that answer a phone number, so loops and shared targets end
//! as findings, never as a loop in the plan. The algorithm and the object shapes:
//! ../shared/domain/TENANT.md §1–§3 (sources there: the cmdlet references of
//! Get-CsAutoAttendant, Get-CsCallQueue, Get-CsOnlineApplicationInstance,
//! Get-CsPhoneNumberAssignment and Get-MgSubscribedSku, Microsoft's bulk provisioning tool,
//! M365 Call Flow Visualizer).

use std::collections::{BTreeMap, VecDeque};

use serde_json::Value;

use super::evaluate::summarize;
use super::plan::{flatten, CallFlowNode, CurrentLicense, NodeKind, NumberType, Plan, ResourceAccount};
use super::rules::IN_FORCE;
use super::sku::{self, SkuRole};
use crate::plan_file::{decode_text, json_error, ErrorKind, PlanFileError, MAX_NESTING};

/// The `format` of a snapshot file.
pub const FORMAT: &str = "teams-tenant-snapshot";
/// The snapshot version this reader knows.
pub const VERSION: u64 = 1;

/// A snapshot read into a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct TenantImport {
    pub plan: Plan,
    pub report: TenantReport,
}

/// What the import says about the tenant, beside the plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TenantReport {
    pub tenant_id: String,
    /// When the script ran, as it wrote it.
    pub created_utc: String,
    pub auto_attendants: u64,
    pub call_queues: u64,
    pub accounts: u64,
    pub findings: Vec<Finding>,
    /// Against the plan that was open before, when that came from the same tenant.
    pub changes: Option<Vec<Change>>,
}

/// One thing found in the tenant. Names are as the tenant spells them; a `path` says
/// where to look: `AA name › call flow › Tone2`, `CQ name › OverflowActionTarget`.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// An application instance of another app (not an AA/CQ), associated with nothing.
    IgnoredInstance { account: String, application_id: String },
    /// A resource account no AA/CQ lists: kept in the plan as its own AA/CQ, since it may
    /// hold a license.
    NotAssociated { account: String },
    /// A resource account listed by two AAs/CQs: kept on the first.
    ListedTwice { account: String, kept_on: String, also_on: String },
    /// An AA/CQ lists a resource account id the tenant does not have.
    MissingAccount { node: String, id: String },
    /// A transfer to a resource account no AA/CQ uses: Teams cannot route it.
    TransferToUnusedAccount { path: String, account: String },
    /// A transfer to an AA/CQ or resource account that does not exist (deleted).
    TransferToMissing { path: String, id: String },
    /// An AA/CQ that no phone number and no other AA/CQ reaches.
    Unreachable { node: String },
    /// A transfer back to an AA/CQ already on the way: `A → B → A`.
    Loop { path: String },
    /// An AA/CQ reached from more than one place: shown once, under `shown_under`.
    SharedTarget { node: String, from: String, shown_under: String },
    /// Nested deeper than a plan holds: placed at the top level.
    TooDeep { node: String },
    /// A product the catalog does not know, counted by the service plans it contains.
    ClassifiedProduct { part_number: String, units: u32, counted_as: &'static str },
    /// Suspended or locked-out units: not counted.
    NotCounted { part_number: String, units: u64 },
    /// Values written as numbers (raw `ConvertTo-Json` output), read by Microsoft's
    /// documented order.
    NumericValues { count: u64 },
    /// Accounts without a license: their AA/CQ takes no calls.
    Unlicensed { accounts: Vec<String> },
    /// Accounts holding Teams Phone Standard: switch to the Resource Account license in the
    /// same operation.
    TeamsPhoneStandard { accounts: Vec<String> },
    /// Nested, no number, not caller ID: the 2025 rules let these accounts go.
    Droppable { accounts: Vec<String> },
    /// A number from another country than the account's usage location.
    CountryMismatch { account: String, number: String, number_country: String, usage_location: String },
    /// The tenant's Resource Account licenses against the accounts that need one.
    ResourceAccountLicenses { owned: u64, assigned: u64, needed: u64 },
}

impl Finding {
    /// Whether the finding needs action (else it is information).
    pub fn is_problem(&self) -> bool {
        match self {
            Finding::ResourceAccountLicenses { owned, needed, .. } => owned < needed,
            Finding::IgnoredInstance { .. }
            | Finding::ClassifiedProduct { .. }
            | Finding::NotCounted { .. }
            | Finding::NumericValues { .. }
            | Finding::SharedTarget { .. }
            | Finding::Droppable { .. } => false,
            _ => true,
        }
    }
}

/// What changed against the plan open before a re-import.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    NodeAdded {
        node: String,
    },
    NodeRemoved {
        node: String,
    },
    /// Now under another AA/CQ (or the top level: empty text).
    NodeMoved {
        node: String,
        from: String,
        to: String,
    },
    AccountAdded {
        account: String,
    },
    AccountRemoved {
        account: String,
    },
    NumberChanged {
        account: String,
        from: String,
        to: String,
    },
    LicenseChanged {
        account: String,
        from: CurrentLicense,
        to: CurrentLicense,
    },
    LicenseCount {
        key: String,
        from: u32,
        to: u32,
    },
}

// ---------------------------------------------------------------------------------------
// Reading what PowerShell writes

/// Whether a JSON text is a tenant snapshot (its `format`). A file cut short still says
/// so in its first lines, so that it is refused as a snapshot, with the place it ends.
pub fn is_snapshot(text: &str) -> bool {
    text.match_indices("\"format\"").any(|(at, key)| {
        let rest = text[at + key.len()..].trim_start();
        rest.strip_prefix(':').is_some_and(|v| {
            let v = v.trim_start().as_bytes();
            v.len() > FORMAT.len() + 1
                && v[0] == b'"'
                && v[1..=FORMAT.len()].eq_ignore_ascii_case(FORMAT.as_bytes())
                && v[FORMAT.len() + 1] == b'"'
        })
    })
}

// The file is read into a `serde_json::Value` and walked by hand: a derived reader per
// shape (with its paths) cost the page about 60 KB gzip, this about 6 KB.

/// Text, whatever PowerShell made of it: a string, a number (an enum written as its
/// value), true/false; null is empty.
#[derive(Clone, Debug, Default, PartialEq)]
struct Text(String);

impl Text {
    fn of(v: Option<&Value>) -> Text {
        Text(match v {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => {
                n.as_u64().map(|n| n.to_string()).or_else(|| n.as_i64().map(|n| n.to_string())).unwrap_or_default()
            }
            Some(Value::Bool(b)) => if *b { "true" } else { "false" }.into(),
            _ => String::new(),
        })
    }

    /// Lower case, trimmed, without braces: how ids are compared.
    fn id(&self) -> String {
        self.0.trim().trim_start_matches('{').trim_end_matches('}').to_ascii_lowercase()
    }
}

/// A count: a number (negative is 0), or digits in text; null is 0.
#[derive(Clone, Copy, Debug, Default)]
struct Count(u64);

impl Count {
    fn of(v: Option<&Value>) -> Count {
        Count(match v {
            Some(Value::Number(n)) => {
                n.as_u64().or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)).unwrap_or(0)
            }
            Some(Value::String(s)) => s.trim().parse().unwrap_or(0),
            _ => 0,
        })
    }
}

/// Whether text stands where `ConvertTo-Json` ran out of depth: a .NET type name.
fn is_type_name(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("Microsoft.") || s.starts_with("System.")) && !s.contains(' ')
}

#[derive(Debug)]
struct List<T>(Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

#[derive(Debug)]
struct Obj<T>(Option<T>);

impl<T> Default for Obj<T> {
    fn default() -> Self {
        Obj(None)
    }
}

/// Where a value is, to say so in an error: `autoAttendants[0].callFlows[1]`.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Field(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Field(At::Root, name) => (*name).to_owned(),
            At::Field(parent, name) => format!("{}.{name}", parent.path()),
            At::Index(parent, i) => format!("{}[{i}]", parent.path()),
        }
    }

    fn error(&self, kind: ErrorKind) -> PlanFileError {
        PlanFileError { path: self.path(), kind, line: None, column: None }
    }

    fn depth(&self, type_name: &str) -> PlanFileError {
        self.error(ErrorKind::DepthTruncated { type_name: type_name.trim().to_owned() })
    }
}

type Read<T> = Result<T, PlanFileError>;

/// The items of a list, as either PowerShell writes it: `[…]`, `null`, one element
/// without brackets (a one-item array sent down the pipeline), or `{"value": […],
/// "Count": n}` (Windows PowerShell 5.1's wrapped arrays).
fn items<'v>(v: Option<&'v Value>, at: &At) -> Read<&'v [Value]> {
    Ok(match v {
        None | Some(Value::Null) => &[],
        Some(Value::Array(a)) => a,
        Some(Value::Object(m)) => match m.iter().find(|(k, _)| k.eq_ignore_ascii_case("value")) {
            Some((_, Value::Array(a))) => a,
            _ => std::slice::from_ref(v.unwrap_or(&Value::Null)),
        },
        Some(Value::String(s)) if is_type_name(s) => return Err(at.depth(s)),
        Some(other) => std::slice::from_ref(other),
    })
}

fn list<T>(v: Option<&Value>, at: &At, read: impl Fn(&Value, &At) -> Read<T>) -> Read<List<T>> {
    items(v, at)?.iter().enumerate().map(|(i, x)| read(x, &At::Index(at, i))).collect::<Read<Vec<T>>>().map(List)
}

fn texts(v: Option<&Value>, at: &At) -> Read<List<Text>> {
    list(v, at, |x, at| match x {
        Value::String(s) if is_type_name(s) => Err(at.depth(s)),
        x => Ok(Text::of(Some(x))),
    })
}

/// An object or null. A .NET type name in its place means the file was written with too
/// little depth: refused, with the place.
fn object<'v>(v: Option<&'v Value>, at: &At) -> Read<Option<&'v serde_json::Map<String, Value>>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m)),
        Some(Value::String(s)) if is_type_name(s) => Err(at.depth(s)),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(other) => Err(at.error(ErrorKind::WrongType {
            expected: crate::plan_file::Expected::Object,
            found: crate::plan_file::found_of(other),
        })),
    }
}

/// The fields of an object, read by name.
struct Fields<'v, 'a> {
    map: Option<&'v serde_json::Map<String, Value>>,
    at: &'a At<'a>,
}

impl<'v, 'a> Fields<'v, 'a> {
    fn of(v: &'v Value, at: &'a At<'a>) -> Read<Self> {
        Ok(Fields { map: object(Some(v), at)?, at })
    }

    fn get(&self, name: &str) -> Option<&'v Value> {
        self.map.and_then(|m| m.get(name))
    }

    fn text(&self, name: &str) -> Read<Text> {
        match self.get(name) {
            Some(Value::String(s)) if is_type_name(s) => Err(At::Field(self.at, name).depth(s)),
            v => Ok(Text::of(v)),
        }
    }

    fn count(&self, name: &str) -> Count {
        Count::of(self.get(name))
    }

    fn texts(&self, name: &str) -> Read<List<Text>> {
        texts(self.get(name), &At::Field(self.at, name))
    }

    fn list<T>(&self, name: &str, read: impl Fn(&Value, &At) -> Read<T>) -> Read<List<T>> {
        list(self.get(name), &At::Field(self.at, name), read)
    }

    fn object<T>(&self, name: &str, read: impl Fn(&Value, &At) -> Read<T>) -> Read<Obj<T>> {
        let (v, at) = (self.get(name), At::Field(self.at, name));
        Ok(Obj(match (object(v, &at)?, v) {
            (Some(_), Some(v)) => Some(read(v, &at)?),
            _ => None,
        }))
    }
}

#[derive(Default, Debug)]
struct Snapshot {
    format: Text,
    version: Text,
    created_utc: Text,
    tenant_id: Text,
    subscribed_skus: List<SubscribedSku>,
    application_instances: List<Instance>,
    phone_numbers: List<NumberRow>,
    auto_attendants: List<AutoAttendant>,
    call_queues: List<CallQueue>,
    caller_id_resource_account_ids: List<Text>,
    licenses: Obj<Vec<(String, List<Text>)>>,
    usage_locations: Obj<Vec<(String, Text)>>,
}

#[derive(Default, Debug)]
struct SubscribedSku {
    sku_id: Text,
    sku_part_number: Text,
    applies_to: Text,
    consumed_units: Count,
    prepaid_units: Obj<Units>,
    service_plans: List<Text>,
}

#[derive(Default, Debug)]
struct Units {
    enabled: Count,
    warning: Count,
    suspended: Count,
    locked_out: Count,
}

#[derive(Default, Debug)]
struct Instance {
    object_id: Text,
    user_principal_name: Text,
    display_name: Text,
    application_id: Text,
    phone_number: Text,
}

#[derive(Default, Debug)]
struct NumberRow {
    telephone_number: Text,
    number_type: Text,
    assigned_pstn_target_id: Text,
    iso_country_code: Text,
}

#[derive(Default, Debug)]
struct Target {
    id: Text,
    kind: Text,
}

#[derive(Default, Debug)]
struct AutoAttendant {
    identity: Text,
    name: Text,
    application_instances: List<Text>,
    default_call_flow_id: Text,
    operator: Obj<Target>,
    call_flows: List<CallFlow>,
    call_handling_associations: List<Association>,
}

#[derive(Default, Debug)]
struct CallFlow {
    id: Text,
    name: Text,
    menu_options: List<MenuOption>,
}

#[derive(Default, Debug)]
struct MenuOption {
    dtmf: Text,
    action: Text,
    target: Obj<Target>,
}

#[derive(Default, Debug)]
struct Association {
    call_flow_id: Text,
}

#[derive(Default, Debug)]
struct CallQueue {
    identity: Text,
    name: Text,
    application_instances: List<Text>,
    obo_resource_account_ids: List<Text>,
    overflow_action: Text,
    overflow_action_target: Obj<Target>,
    timeout_action: Text,
    timeout_action_target: Obj<Target>,
    no_agent_action: Text,
    no_agent_action_target: Obj<Target>,
}

fn target(v: &Value, at: &At) -> Read<Target> {
    let f = Fields::of(v, at)?;
    Ok(Target { id: f.text("id")?, kind: f.text("type")? })
}

fn snapshot(v: &Value) -> Read<Snapshot> {
    let f = Fields::of(v, &At::Root)?;
    let pairs = |name: &str| -> Option<Vec<(String, &Value)>> {
        f.get(name).and_then(Value::as_object).map(|m| m.iter().map(|(k, v)| (k.clone(), v)).collect())
    };
    let at_licenses = At::Field(&At::Root, "licenses");
    let licenses = match pairs("licenses") {
        None => None,
        Some(p) => Some(
            p.into_iter()
                .map(|(upn, v)| texts(Some(v), &At::Field(&at_licenses, &upn)).map(|l| (upn.clone(), l)))
                .collect::<Read<Vec<_>>>()?,
        ),
    };
    let usage_locations =
        pairs("usageLocations").map(|p| p.into_iter().map(|(upn, v)| (upn, Text::of(Some(v)))).collect());
    Ok(Snapshot {
        format: f.text("format")?,
        version: f.text("version")?,
        created_utc: f.text("createdUtc")?,
        tenant_id: f.text("tenantId")?,
        subscribed_skus: f.list("subscribedSkus", |v, at| {
            let f = Fields::of(v, at)?;
            Ok(SubscribedSku {
                sku_id: f.text("skuId")?,
                sku_part_number: f.text("skuPartNumber")?,
                applies_to: f.text("appliesTo")?,
                consumed_units: f.count("consumedUnits"),
                prepaid_units: f.object("prepaidUnits", |v, at| {
                    let f = Fields::of(v, at)?;
                    Ok(Units {
                        enabled: f.count("enabled"),
                        warning: f.count("warning"),
                        suspended: f.count("suspended"),
                        locked_out: f.count("lockedOut"),
                    })
                })?,
                service_plans: f.texts("servicePlans")?,
            })
        })?,
        application_instances: f.list("applicationInstances", |v, at| {
            let f = Fields::of(v, at)?;
            Ok(Instance {
                object_id: f.text("objectId")?,
                user_principal_name: f.text("userPrincipalName")?,
                display_name: f.text("displayName")?,
                application_id: f.text("applicationId")?,
                phone_number: f.text("phoneNumber")?,
            })
        })?,
        phone_numbers: f.list("phoneNumbers", |v, at| {
            let f = Fields::of(v, at)?;
            Ok(NumberRow {
                telephone_number: f.text("telephoneNumber")?,
                number_type: f.text("numberType")?,
                assigned_pstn_target_id: f.text("assignedPstnTargetId")?,
                iso_country_code: f.text("isoCountryCode")?,
            })
        })?,
        auto_attendants: f.list("autoAttendants", |v, at| {
            let f = Fields::of(v, at)?;
            Ok(AutoAttendant {
                identity: f.text("identity")?,
                name: f.text("name")?,
                application_instances: f.texts("applicationInstances")?,
                default_call_flow_id: f.text("defaultCallFlowId")?,
                operator: f.object("operator", target)?,
                call_flows: f.list("callFlows", |v, at| {
                    let f = Fields::of(v, at)?;
                    Ok(CallFlow {
                        id: f.text("id")?,
                        name: f.text("name")?,
                        menu_options: f.list("menuOptions", |v, at| {
                            let f = Fields::of(v, at)?;
                            Ok(MenuOption {
                                dtmf: f.text("dtmf")?,
                                action: f.text("action")?,
                                target: f.object("target", target)?,
                            })
                        })?,
                    })
                })?,
                call_handling_associations: f.list("callHandlingAssociations", |v, at| {
                    Ok(Association { call_flow_id: Fields::of(v, at)?.text("callFlowId")? })
                })?,
            })
        })?,
        call_queues: f.list("callQueues", |v, at| {
            let f = Fields::of(v, at)?;
            Ok(CallQueue {
                identity: f.text("identity")?,
                name: f.text("name")?,
                application_instances: f.texts("applicationInstances")?,
                obo_resource_account_ids: f.texts("oboResourceAccountIds")?,
                overflow_action: f.text("overflowAction")?,
                overflow_action_target: f.object("overflowActionTarget", target)?,
                timeout_action: f.text("timeoutAction")?,
                timeout_action_target: f.object("timeoutActionTarget", target)?,
                no_agent_action: f.text("noAgentAction")?,
                no_agent_action_target: f.object("noAgentActionTarget", target)?,
            })
        })?,
        caller_id_resource_account_ids: f.texts("callerIdResourceAccountIds")?,
        licenses: Obj(licenses),
        usage_locations: Obj(usage_locations),
    })
}

/// Reads a snapshot (bytes as a file gives them) into a plan under the rules in force.
/// `before` is the plan open now: its channel, customer and prices are kept, and when it
/// was imported from the same tenant (`before_tenant`), what changed is listed.
pub fn read_snapshot(bytes: &[u8], before: &Plan, before_tenant: Option<&str>) -> Result<TenantImport, PlanFileError> {
    read_snapshot_text(&decode_text(bytes)?, before, before_tenant)
}

/// [`read_snapshot`] of text already decoded.
pub fn read_snapshot_text(
    text: &str,
    before: &Plan,
    before_tenant: Option<&str>,
) -> Result<TenantImport, PlanFileError> {
    let snapshot = parse(text)?;
    let mut import = build(&snapshot);
    import.plan.channel = before.channel;
    import.plan.customer.clone_from(&before.customer);
    import.plan.pricing = before.pricing.clone();
    if before_tenant.is_some_and(|t| t.eq_ignore_ascii_case(&import.report.tenant_id)) {
        import.report.changes = Some(changes(before, &import.plan));
    }
    Ok(import)
}

fn whole_file(kind: ErrorKind) -> PlanFileError {
    PlanFileError { path: String::new(), kind, line: None, column: None }
}

fn parse(text: &str) -> Result<Snapshot, PlanFileError> {
    if text.trim().is_empty() {
        return Err(whole_file(ErrorKind::Empty));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| json_error(String::new(), &e))?;
    if !value.is_object() {
        return Err(whole_file(ErrorKind::NotAnObject));
    }
    let snapshot = snapshot(&value)?;
    let format = snapshot.format.0.trim();
    if !format.eq_ignore_ascii_case(FORMAT) {
        return Err(whole_file(ErrorKind::NotAPlan { found: (!format.is_empty()).then(|| format.to_owned()) }));
    }
    match snapshot.version.0.trim() {
        "" => Err(whole_file(ErrorKind::MissingVersion)),
        "1" => Ok(snapshot),
        v => Err(whole_file(match v.parse::<u64>() {
            Ok(version) if version > VERSION => ErrorKind::NewerVersion { version },
            _ => ErrorKind::BadVersion,
        })),
    }
}

// ---------------------------------------------------------------------------------------
// Building the plan

/// An AA/CQ, or a resource account no AA/CQ lists (kept as its own node).
struct App {
    kind: NodeKind,
    name: String,
    accounts: Vec<usize>,
    /// A resource account associated with nothing.
    placeholder: bool,
    edges: Vec<Edge>,
}

struct Edge {
    to: usize,
    /// Where the transfer is configured: `call flow › Tone2`, `Operator`, `OverflowActionTarget`.
    via: String,
}

fn is_numeric(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads an enum written as its name or as its value (the documented order, counted from
/// 0). `numeric` counts the values read as numbers.
fn enum_is(value: &Text, name: &str, position: usize, numeric: &mut u64) -> bool {
    let v = value.0.trim();
    if is_numeric(v) {
        *numeric += 1;
        v.parse::<usize>() == Ok(position)
    } else {
        v.eq_ignore_ascii_case(name)
    }
}

/// Service plans and part numbers, compared without case.
fn has_plan(plans: &[Text], wanted: impl Fn(&str) -> bool) -> bool {
    plans.iter().any(|p| wanted(&p.0.trim().to_ascii_uppercase()))
}

fn is_virtual_user(p: &str) -> bool {
    p.starts_with("MCOEV_VIRTUALUSER") || p.starts_with("PHONESYSTEM_VIRTUALUSER")
}

fn is_phone_system(p: &str) -> bool {
    p == "MCOEV" || p.starts_with("MCOEV_") && !is_virtual_user(p) || p.starts_with("MCOEVSMB")
}

/// The catalog key an unknown product is counted as, by the service plans it contains.
fn classify(plans: &[Text]) -> Option<&'static str> {
    if has_plan(plans, is_virtual_user) {
        Some(if has_plan(plans, |p| p.contains("GOV")) {
            "PHONESYSTEM_VIRTUALUSER_GOV"
        } else {
            "PHONESYSTEM_VIRTUALUSER"
        })
    } else if has_plan(plans, |p| p == "MCOEV_GOV") {
        Some("MCOEV_GOV")
    } else if has_plan(plans, |p| p.starts_with("MCOEVSMB")) {
        Some("MCOEVSMB_1")
    } else if has_plan(plans, is_phone_system) {
        Some("MCOEV")
    } else {
        None
    }
}

/// NANP toll-free area codes and the UK's freephone ranges: the numbers the importer marks
/// toll-free (no cmdlet says so; the user can change it).
fn looks_toll_free(e164: &str) -> bool {
    let d = e164.trim_start_matches('+');
    const NANP: [&str; 7] = ["800", "833", "844", "855", "866", "877", "888"];
    d.strip_prefix('1').is_some_and(|rest| NANP.iter().any(|p| rest.starts_with(p)))
        || ["44800", "44808"].iter().any(|p| d.starts_with(p))
}

/// `tel:+1425…` → `+1425…`; a missing `+` restored (the module sometimes drops it).
fn number_of(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t.get(..4).filter(|p| p.eq_ignore_ascii_case("tel:")).map_or(t, |_| &t[4..]).trim();
    if t.is_empty() {
        None
    } else if t.starts_with('+') {
        Some(t.to_owned())
    } else {
        Some(format!("+{t}"))
    }
}

fn dtmf_label(dtmf: &Text) -> String {
    let d = dtmf.0.trim();
    match d.parse::<u32>() {
        Ok(100) => "Automatic".into(),
        Ok(n) if n <= 9 => format!("Tone{n}"),
        _ => d.to_owned(),
    }
}

struct Builder<'s> {
    snap: &'s Snapshot,
    apps: Vec<App>,
    app_by_id: BTreeMap<String, usize>,
    /// Resource account object id → index in `application_instances`.
    ra_by_id: BTreeMap<String, usize>,
    owner: Vec<Option<usize>>,
    /// Resource account object id → its row in `phone_numbers` (the first).
    row_by_target: BTreeMap<String, usize>,
    findings: Vec<Finding>,
    numeric: u64,
}

impl<'s> Builder<'s> {
    fn new(snap: &'s Snapshot) -> Self {
        let instances = &snap.application_instances.0;
        let mut ra_by_id = BTreeMap::new();
        for (i, ra) in instances.iter().enumerate() {
            ra_by_id.entry(ra.object_id.id()).or_insert(i);
        }
        let mut row_by_target = BTreeMap::new();
        for (i, row) in snap.phone_numbers.0.iter().enumerate() {
            row_by_target.entry(row.assigned_pstn_target_id.id()).or_insert(i);
        }
        Builder {
            snap,
            apps: Vec::new(),
            app_by_id: BTreeMap::new(),
            ra_by_id,
            owner: vec![None; instances.len()],
            row_by_target,
            findings: Vec::new(),
            numeric: 0,
        }
    }

    fn ra_name(&self, i: usize) -> String {
        let ra = &self.snap.application_instances.0[i];
        let name = ra.display_name.0.trim();
        if name.is_empty() {
            ra.user_principal_name.0.trim().to_owned()
        } else {
            name.to_owned()
        }
    }

    fn add_app(&mut self, kind: NodeKind, name: &Text, id: &Text, listed: &[Text]) -> Option<usize> {
        let index = self.apps.len();
        let id = id.id();
        let name = if name.0.trim().is_empty() { id.clone() } else { name.0.trim().to_owned() };
        if !id.is_empty() {
            if self.app_by_id.contains_key(&id) {
                return None;
            }
            self.app_by_id.insert(id.clone(), index);
        }
        let mut accounts = Vec::new();
        for ra_id in listed {
            let ra_id = ra_id.id();
            if ra_id.is_empty() {
                continue;
            }
            match self.ra_by_id.get(&ra_id).copied() {
                None => self.findings.push(Finding::MissingAccount { node: name.clone(), id: ra_id }),
                Some(ra) => match self.owner[ra] {
                    Some(first) => self.findings.push(Finding::ListedTwice {
                        account: self.ra_name(ra),
                        kept_on: self.apps[first].name.clone(),
                        also_on: name.clone(),
                    }),
                    None => {
                        self.owner[ra] = Some(index);
                        accounts.push(ra);
                    }
                },
            }
        }
        self.apps.push(App { kind, name, accounts, placeholder: false, edges: Vec::new() });
        Some(index)
    }

    /// The node a target reaches, by id: an AA/CQ identity (direct nesting), or a resource
    /// account, reaching the AA/CQ that lists it. Users, groups and numbers are no node.
    fn resolve(&mut self, target: &Target, path: impl Fn() -> String) -> Option<usize> {
        let id = target.id.id();
        if id.is_empty() || id.starts_with("tel:") {
            return None;
        }
        if let Some(&app) = self.app_by_id.get(&id) {
            return Some(app);
        }
        if let Some(&ra) = self.ra_by_id.get(&id) {
            let owner = self.owner[ra]?;
            if self.apps[owner].placeholder {
                self.findings.push(Finding::TransferToUnusedAccount { path: path(), account: self.ra_name(ra) });
            }
            return Some(owner);
        }
        let kind = target.kind.0.trim();
        if ["ApplicationEndpoint", "ConfigurationEndpoint"].iter().any(|k| k.eq_ignore_ascii_case(kind)) || kind == "6"
        {
            self.findings.push(Finding::TransferToMissing { path: path(), id });
        }
        None
    }

    /// The transfers that route calls; `aa_apps`, `cq_apps`: the node of each AA and CQ
    /// (none for a second one with the same identity).
    fn edges(&mut self, aa_apps: &[Option<usize>], cq_apps: &[Option<usize>]) {
        let snap = self.snap;
        for (aa, &app) in snap.auto_attendants.0.iter().zip(aa_apps) {
            let Some(from) = app else { continue };
            let default_id = aa.default_call_flow_id.id();
            let used: Vec<String> = aa.call_handling_associations.0.iter().map(|c| c.call_flow_id.id()).collect();
            let has_default = aa.call_flows.0.iter().any(|f| f.id.id() == default_id);
            let mut operator_used = false;
            for (i, flow) in aa.call_flows.0.iter().enumerate() {
                let id = flow.id.id();
                let active = (has_default && id == default_id) || (!has_default && i == 0) || used.contains(&id);
                if !active {
                    continue;
                }
                for option in &flow.menu_options.0 {
                    // Action: Announcement, DisconnectCall, TransferCallToOperator,
                    // TransferCallToTarget (New-CsAutoAttendantMenuOption). A value written
                    // as a number is unconfirmed: any option with a target transfers.
                    let action = option.action.0.trim();
                    if is_numeric(action) {
                        self.numeric += 1;
                    }
                    if action.eq_ignore_ascii_case("TransferCallToOperator") {
                        operator_used = true;
                        continue;
                    }
                    let transfers = action.eq_ignore_ascii_case("TransferCallToTarget") || is_numeric(action);
                    let Some(target) = option.target.0.as_ref().filter(|_| transfers) else { continue };
                    let (name, flow_name, key) = (&self.apps[from].name, &flow.name.0, dtmf_label(&option.dtmf));
                    let via = format!("{} › {key}", flow_name.trim());
                    let path = || format!("{name} › {via}");
                    let path = path();
                    if let Some(to) = self.resolve(target, || path.clone()) {
                        self.apps[from].edges.push(Edge { to, via });
                    }
                }
            }
            if operator_used {
                if let Some(target) = aa.operator.0.as_ref() {
                    let path = format!("{} › Operator", self.apps[from].name);
                    if let Some(to) = self.resolve(target, || path.clone()) {
                        self.apps[from].edges.push(Edge { to, via: "Operator".into() });
                    }
                }
            }
        }
        for (cq, &app) in snap.call_queues.0.iter().zip(cq_apps) {
            let Some(from) = app else { continue };
            // Forward is the second overflow and timeout action, the third no-agent one
            // (New-CsCallQueue); only then is the target used.
            let branches = [
                (&cq.overflow_action, &cq.overflow_action_target, 1, "OverflowActionTarget"),
                (&cq.timeout_action, &cq.timeout_action_target, 1, "TimeoutActionTarget"),
                (&cq.no_agent_action, &cq.no_agent_action_target, 2, "NoAgentActionTarget"),
            ];
            for (action, target, forward, field) in branches {
                if !enum_is(action, "Forward", forward, &mut self.numeric) {
                    continue;
                }
                let Some(target) = target.0.as_ref() else { continue };
                let path = format!("{} › {field}", self.apps[from].name);
                if let Some(to) = self.resolve(target, || path.clone()) {
                    self.apps[from].edges.push(Edge { to, via: field.into() });
                }
            }
        }
    }

    fn has_number(&self, app: usize) -> bool {
        self.apps[app].accounts.iter().any(|&ra| self.number(ra).is_some())
    }

    fn number(&self, ra: usize) -> Option<String> {
        let instance = &self.snap.application_instances.0[ra];
        number_of(&instance.phone_number.0).or_else(|| self.row(ra).and_then(|n| number_of(&n.telephone_number.0)))
    }

    /// The number row assigned to a resource account.
    fn row(&self, ra: usize) -> Option<&'s NumberRow> {
        let id = self.snap.application_instances.0[ra].object_id.id();
        self.row_by_target.get(&id).map(|&i| &self.snap.phone_numbers.0[i])
    }

    /// Places every node once, breadth first from the roots: its parent, in placement order.
    fn place(&mut self) -> Vec<(usize, Option<usize>)> {
        let n = self.apps.len();
        let mut indegree = vec![0u32; n];
        for (from, app) in self.apps.iter().enumerate() {
            for e in &app.edges {
                if e.to != from {
                    indegree[e.to] += 1;
                }
            }
        }
        let mut order: Vec<usize> = (0..n).collect();
        let numbered: Vec<bool> = (0..n).map(|a| self.has_number(a)).collect();
        // Numbered first, AAs before CQs, by name; ties in the file's order.
        let keys: Vec<(bool, bool, String)> = (0..n)
            .map(|a| {
                (!numbered[a], self.apps[a].kind != NodeKind::AutoAttendant, self.apps[a].name.to_ascii_lowercase())
            })
            .collect();
        order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]).then(a.cmp(&b)));
        let mut parent: Vec<Option<Option<usize>>> = vec![None; n];
        let mut depth = vec![0usize; n];
        let mut too_deep = vec![false; n];
        let mut placed = Vec::with_capacity(n);
        let mut queue = VecDeque::new();
        let mut roots: VecDeque<usize> = order.iter().copied().filter(|&a| indegree[a] == 0).collect();
        let mut rest = order.iter().copied();
        loop {
            let root = match roots.pop_front() {
                Some(r) => r,
                None => match rest.by_ref().find(|&a| parent[a].is_none()) {
                    Some(r) => r,
                    None => break,
                },
            };
            if parent[root].is_some() {
                continue;
            }
            if !numbered[root] && !self.apps[root].placeholder && !too_deep[root] {
                self.findings.push(Finding::Unreachable { node: self.apps[root].name.clone() });
            }
            parent[root] = Some(None);
            placed.push((root, None));
            queue.push_back(root);
            while let Some(u) = queue.pop_front() {
                for e in 0..self.apps[u].edges.len() {
                    let v = self.apps[u].edges[e].to;
                    let ancestors = {
                        let mut chain = vec![u];
                        while let Some(Some(p)) = parent[*chain.last().unwrap_or(&u)] {
                            chain.push(p);
                        }
                        chain
                    };
                    if let Some(at) = ancestors.iter().position(|&a| a == v) {
                        let names: Vec<&str> =
                            ancestors[..=at].iter().rev().chain([&v]).map(|&a| self.apps[a].name.as_str()).collect();
                        self.findings.push(Finding::Loop { path: names.join(" → ") });
                        continue;
                    }
                    match parent[v] {
                        Some(Some(p)) if p == u => {}
                        Some(p) => {
                            let shown_under = p.map(|p| self.apps[p].name.clone()).unwrap_or_default();
                            self.findings.push(Finding::SharedTarget {
                                node: self.apps[v].name.clone(),
                                from: format!("{} › {}", self.apps[u].name, self.apps[u].edges[e].via),
                                shown_under,
                            });
                        }
                        None if depth[u] + 1 >= MAX_NESTING => {
                            self.findings.push(Finding::TooDeep { node: self.apps[v].name.clone() });
                            // A root when its turn comes; not unreachable for that.
                            roots.push_front(v);
                            too_deep[v] = true;
                        }
                        None => {
                            parent[v] = Some(Some(u));
                            depth[v] = depth[u] + 1;
                            placed.push((v, Some(u)));
                            queue.push_back(v);
                        }
                    }
                }
            }
        }
        placed
    }
}

fn build(snap: &Snapshot) -> TenantImport {
    let mut b = Builder::new(snap);
    let aa_apps: Vec<Option<usize>> = snap
        .auto_attendants
        .0
        .iter()
        .map(|aa| b.add_app(NodeKind::AutoAttendant, &aa.name, &aa.identity, &aa.application_instances.0))
        .collect();
    let cq_apps: Vec<Option<usize>> = snap
        .call_queues
        .0
        .iter()
        .map(|cq| b.add_app(NodeKind::CallQueue, &cq.name, &cq.identity, &cq.application_instances.0))
        .collect();
    // Instances no AA/CQ lists: other apps' are listed and left out (first), AA/CQ ones
    // become their own node.
    let unlisted: Vec<usize> = (0..snap.application_instances.0.len())
        .filter(|&i| {
            b.owner[i].is_none() && b.ra_by_id.get(&snap.application_instances.0[i].object_id.id()) == Some(&i)
        })
        .collect();
    for &i in &unlisted {
        let ra = &snap.application_instances.0[i];
        if NodeKind::from_application_id(&ra.application_id.0).is_none() {
            b.findings.push(Finding::IgnoredInstance {
                account: b.ra_name(i),
                application_id: ra.application_id.0.trim().to_owned(),
            });
        }
    }
    for &i in &unlisted {
        let name = b.ra_name(i);
        match NodeKind::from_application_id(&snap.application_instances.0[i].application_id.0) {
            None => {}
            Some(kind) => {
                b.findings.push(Finding::NotAssociated { account: name.clone() });
                b.owner[i] = Some(b.apps.len());
                b.apps.push(App { kind, name, accounts: vec![i], placeholder: true, edges: Vec::new() });
            }
        }
    }
    b.edges(&aa_apps, &cq_apps);
    let placed = b.place();

    // Facts per account.
    let caller_id: Vec<String> = snap
        .call_queues
        .0
        .iter()
        .flat_map(|q| q.obo_resource_account_ids.0.iter())
        .chain(&snap.caller_id_resource_account_ids.0)
        .map(Text::id)
        .collect();
    // Filled by insertion: collecting into a map sorts, which costs the page a sort per type.
    let mut lic_by_upn: BTreeMap<String, &List<Text>> = BTreeMap::new();
    for (upn, skus) in snap.licenses.0.iter().flatten() {
        lic_by_upn.insert(upn.trim().to_ascii_lowercase(), skus);
    }
    let mut plans_of_part: BTreeMap<String, &[Text]> = BTreeMap::new();
    for s in &snap.subscribed_skus.0 {
        plans_of_part.insert(s.sku_part_number.0.trim().to_ascii_uppercase(), s.service_plans.0.as_slice());
    }
    let current_license = |upn: &str| -> CurrentLicense {
        let Some(parts) = lic_by_upn.get(&upn.trim().to_ascii_lowercase()) else { return CurrentLicense::None };
        let parts: Vec<String> = parts.0.iter().map(|p| p.0.trim().to_ascii_uppercase()).collect();
        let plans = |p: &String| plans_of_part.get(p).copied().unwrap_or(&[]);
        let catalog = |p: &String| sku::by_part_number(p).or_else(|| sku::by_sku_id(p)).map(|s| s.role);
        if parts.iter().any(|p| is_virtual_user(p) || has_plan(plans(p), is_virtual_user))
            || parts.iter().any(|p| catalog(p) == Some(SkuRole::ResourceAccount))
        {
            CurrentLicense::ResourceAccount
        } else if parts.iter().any(|p| {
            is_phone_system(p)
                || has_plan(plans(p), is_phone_system)
                || catalog(p).is_some_and(SkuRole::includes_phone_system)
        }) {
            CurrentLicense::PhoneSystem
        } else {
            CurrentLicense::None
        }
    };
    let account = |ra: usize| -> ResourceAccount {
        let instance = &snap.application_instances.0[ra];
        let id = instance.object_id.id();
        let number = b.number(ra);
        let row = b.row(ra);
        let number_type = row
            .and_then(|r| {
                let t = r.number_type.0.trim();
                NumberType::ALL.into_iter().find(|n| n.powershell_name().eq_ignore_ascii_case(t))
            })
            .or_else(|| number.as_ref().filter(|n| n.contains(";ext=")).map(|_| NumberType::DirectRouting));
        let upn = instance.user_principal_name.0.trim();
        ResourceAccount {
            display_name: b.ra_name(ra),
            user_principal_name: (!upn.is_empty()).then(|| upn.to_owned()),
            toll_free: number.as_deref().is_some_and(looks_toll_free),
            phone_number: number,
            number_type,
            outbound_caller_id: caller_id.contains(&id),
            current_license: current_license(upn),
        }
    };

    // The tree, children in placement order (breadth first keeps a parent before them).
    let mut nodes: Vec<Option<CallFlowNode>> = b
        .apps
        .iter()
        .map(|app| {
            Some(CallFlowNode {
                kind: app.kind,
                name: app.name.clone(),
                resource_accounts: app.accounts.iter().map(|&ra| account(ra)).collect(),
                children: Vec::new(),
            })
        })
        .collect();
    for &(v, p) in placed.iter().rev() {
        if let Some(p) = p {
            let child = nodes[v].take();
            if let (Some(child), Some(parent)) = (child, nodes[p].as_mut()) {
                parent.children.insert(0, child);
            }
        }
    }
    let call_flows: Vec<CallFlowNode> =
        placed.iter().filter(|(_, p)| p.is_none()).filter_map(|&(v, _)| nodes[v].take()).collect();

    // Licenses: enabled + warning units of user products; a product the catalog does not
    // know counts by the service plans it contains. Communications Credits are a company
    // product: present or not.
    let mut licenses: BTreeMap<String, u32> = BTreeMap::new();
    let mut ra_owned = 0u64;
    let mut ra_assigned = 0u64;
    for s in &snap.subscribed_skus.0 {
        let units = s.prepaid_units.0.as_ref();
        let counted = units.map_or(0, |u| u.enabled.0 + u.warning.0);
        let not_counted = units.map_or(0, |u| u.suspended.0 + u.locked_out.0);
        let part = s.sku_part_number.0.trim();
        let known = sku::by_sku_id(&s.sku_id.0).or_else(|| sku::by_part_number(part));
        let company = s.applies_to.0.trim().eq_ignore_ascii_case("Company");
        if not_counted > 0 {
            b.findings.push(Finding::NotCounted { part_number: part.to_owned(), units: not_counted });
        }
        let count = u32::try_from(counted).unwrap_or(u32::MAX);
        let key = match known {
            Some(k) if k.role == SkuRole::CommunicationsCredits => {
                if counted > 0 {
                    *licenses.entry(k.key.to_owned()).or_default() = 1;
                }
                continue;
            }
            _ if company || count == 0 => continue,
            Some(k) => k.key,
            None => match classify(&s.service_plans.0) {
                Some(key) => {
                    b.findings.push(Finding::ClassifiedProduct {
                        part_number: part.to_owned(),
                        units: count,
                        counted_as: key,
                    });
                    key
                }
                None => continue,
            },
        };
        if sku::by_key(key).is_some_and(|k| k.role == SkuRole::ResourceAccount) {
            ra_owned += counted;
            ra_assigned += s.consumed_units.0;
        }
        let entry = licenses.entry(key.to_owned()).or_default();
        *entry = entry.saturating_add(count);
    }
    if b.numeric > 0 {
        b.findings.push(Finding::NumericValues { count: b.numeric });
    }

    let plan = Plan { rules: IN_FORCE, licenses, call_flows: super::plan::roots(call_flows), ..Plan::default() };
    let mut findings = std::mem::take(&mut b.findings);
    licensing_findings(&plan, &b, ra_owned, ra_assigned, &mut findings);
    let (auto_attendants, call_queues) = (snap.auto_attendants.0.len() as u64, snap.call_queues.0.len() as u64);
    let report = TenantReport {
        tenant_id: snap.tenant_id.0.trim().to_owned(),
        created_utc: snap.created_utc.0.trim().to_owned(),
        auto_attendants,
        call_queues,
        accounts: plan.call_flows.iter().map(|n| count_accounts(n)).sum(),
        findings,
        changes: None,
    };
    TenantImport { plan, report }
}

fn count_accounts(node: &CallFlowNode) -> u64 {
    flatten(std::slice::from_ref(node)).iter().map(|f| f.node.resource_accounts.len() as u64).sum()
}

/// The findings admins ask for, from the plan as the engine sees it.
fn licensing_findings(plan: &Plan, b: &Builder, owned: u64, assigned: u64, out: &mut Vec<Finding>) {
    let snap = b.snap;
    let outcome = summarize(plan);
    let flat = flatten(&plan.call_flows);
    let mut unlicensed = Vec::new();
    let mut teams_phone = Vec::new();
    let mut droppable = Vec::new();
    for a in &outcome.accounts {
        let ra = &flat[a.at.node as usize].node.resource_accounts[a.at.account as usize];
        match ra.current_license {
            CurrentLicense::None => unlicensed.push(ra.display_name.clone()),
            CurrentLicense::PhoneSystem => teams_phone.push(ra.display_name.clone()),
            CurrentLicense::ResourceAccount => {}
        }
        if a.droppable {
            droppable.push(ra.display_name.clone());
        }
    }
    if !unlicensed.is_empty() {
        out.push(Finding::Unlicensed { accounts: unlicensed });
    }
    if !teams_phone.is_empty() {
        out.push(Finding::TeamsPhoneStandard { accounts: teams_phone });
    }
    if !droppable.is_empty() {
        out.push(Finding::Droppable { accounts: droppable });
    }
    let mut locations: BTreeMap<String, &str> = BTreeMap::new();
    for (upn, loc) in snap.usage_locations.0.iter().flatten() {
        locations.insert(upn.trim().to_ascii_lowercase(), loc.0.trim());
    }
    for (i, ra) in snap.application_instances.0.iter().enumerate() {
        let Some(row) = b.row(i) else { continue };
        let country = row.iso_country_code.0.trim();
        let upn = ra.user_principal_name.0.trim().to_ascii_lowercase();
        if let Some(&usage) = locations.get(&upn) {
            if !country.is_empty() && !usage.is_empty() && !country.eq_ignore_ascii_case(usage) {
                out.push(Finding::CountryMismatch {
                    account: ra.display_name.0.trim().to_owned(),
                    number: number_of(&row.telephone_number.0).unwrap_or_default(),
                    number_country: country.to_ascii_uppercase(),
                    usage_location: usage.to_ascii_uppercase(),
                });
            }
        }
    }
    out.push(Finding::ResourceAccountLicenses { owned, assigned, needed: outcome.figures.accounts_needing_license });
}

// ---------------------------------------------------------------------------------------
// What changed between two imports

/// What changed from `before` to `after`: AAs/CQs by kind and name, accounts by user
/// principal name (else display name), license counts by product.
pub fn changes(before: &Plan, after: &Plan) -> Vec<Change> {
    struct Seen {
        number: String,
        license: CurrentLicense,
        name: String,
    }
    /// AAs/CQs by kind and name → (name, parent's name).
    type Nodes = BTreeMap<(&'static str, String), (String, String)>;
    fn index(plan: &Plan) -> (Nodes, BTreeMap<String, Seen>) {
        let flat = flatten(&plan.call_flows);
        let mut nodes = BTreeMap::new();
        let mut accounts = BTreeMap::new();
        for f in &flat {
            let parent = f.parent.map(|p| flat[p as usize].node.name.clone()).unwrap_or_default();
            nodes
                .entry((f.node.kind.as_str(), f.node.name.to_ascii_lowercase()))
                .or_insert((f.node.name.clone(), parent.clone()));
            for ra in &f.node.resource_accounts {
                let key = ra.user_principal_name.as_deref().unwrap_or(&ra.display_name).to_ascii_lowercase();
                accounts.entry(key).or_insert(Seen {
                    number: ra.phone_text().unwrap_or("").to_owned(),
                    license: ra.current_license,
                    name: ra.display_name.clone(),
                });
            }
        }
        (nodes, accounts)
    }
    let (old_nodes, old_accounts) = index(before);
    let (new_nodes, new_accounts) = index(after);
    let mut out = Vec::new();
    for (k, (name, parent)) in &new_nodes {
        match old_nodes.get(k) {
            None => out.push(Change::NodeAdded { node: name.clone() }),
            Some((_, old_parent)) if !old_parent.eq_ignore_ascii_case(parent) => {
                out.push(Change::NodeMoved { node: name.clone(), from: old_parent.clone(), to: parent.clone() })
            }
            Some(_) => {}
        }
    }
    for (k, (name, _)) in &old_nodes {
        if !new_nodes.contains_key(k) {
            out.push(Change::NodeRemoved { node: name.clone() });
        }
    }
    for (k, new) in &new_accounts {
        match old_accounts.get(k) {
            None => out.push(Change::AccountAdded { account: new.name.clone() }),
            Some(old) => {
                if old.number != new.number {
                    out.push(Change::NumberChanged {
                        account: new.name.clone(),
                        from: old.number.clone(),
                        to: new.number.clone(),
                    });
                }
                if old.license != new.license {
                    out.push(Change::LicenseChanged { account: new.name.clone(), from: old.license, to: new.license });
                }
            }
        }
    }
    for (k, old) in &old_accounts {
        if !new_accounts.contains_key(k) {
            out.push(Change::AccountRemoved { account: old.name.clone() });
        }
    }
    let added = after.licenses.keys().filter(|k| !before.licenses.contains_key(*k));
    for key in before.licenses.keys().chain(added) {
        let (from, to) =
            (before.licenses.get(key).copied().unwrap_or(0), after.licenses.get(key).copied().unwrap_or(0));
        if from != to {
            out.push(Change::LicenseCount { key: key.clone(), from, to });
        }
    }
    out
}
