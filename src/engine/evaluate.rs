//! From a plan to the result: figures, per-account decisions, warnings, advice, steps.
//! One pass over the tree; linear in the number of resource accounts.

use std::collections::HashMap;

use super::phone::{PhoneNumber, PhoneNumberError};
use super::plan::{flatten, CurrentLicense, NodeId, NodeKind, NumberType, Plan, Pricing};
use super::rules::{allotment, licenses_to_cover_all, RuleEdition};
use super::sku::{self, SkuRole};

/// Where a resource account sits: its node (preorder id) and its index on that node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountRef {
    pub node: NodeId,
    pub account: u32,
}

/// The licenses of the plan, summed by what they do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LicenseTally {
    pub phone_system_user: u64,
    pub shared_device: u64,
    pub resource_account: u64,
    pub calling_plan: u64,
    pub communications_credits: u64,
    pub no_teams_phone: u64,
}

impl LicenseTally {
    /// Sums the plan's licenses; part numbers the catalog does not know are returned apart.
    pub fn of(plan: &Plan) -> (LicenseTally, Vec<String>) {
        let mut t = LicenseTally::default();
        let mut unknown = Vec::new();
        for (part, &count) in &plan.licenses {
            let n = u64::from(count);
            match sku::by_part_number(part).map(|s| s.role) {
                Some(SkuRole::PhoneSystemUser) => t.phone_system_user += n,
                Some(SkuRole::SharedDevice) => t.shared_device += n,
                Some(SkuRole::ResourceAccount) => t.resource_account += n,
                Some(SkuRole::CallingPlan) => t.calling_plan += n,
                Some(SkuRole::CommunicationsCredits) => t.communications_credits += n,
                Some(SkuRole::NoTeamsPhone) => t.no_teams_phone += n,
                None => unknown.push(part.clone()),
            }
        }
        (t, unknown)
    }

    /// "At least one license that includes Phone System" (seed 003), shared devices
    /// included (SCENARIO.md "Rules, exactly").
    pub fn eligible(&self) -> bool {
        self.phone_system_user + self.shared_device > 0
    }

    /// Licenses counted toward the per-10 part under an edition.
    pub fn qualifying(&self, rules: RuleEdition) -> u64 {
        let mut q = 0;
        if rules.counts_toward_allotment(SkuRole::PhoneSystemUser) {
            q += self.phone_system_user;
        }
        if rules.counts_toward_allotment(SkuRole::SharedDevice) {
            q += self.shared_device;
        }
        q
    }
}

/// The seven figures of the result contract (SCENARIO.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    pub qualifying_licenses: u64,
    pub free_allotment: u64,
    pub accounts_needing_license: u64,
    pub accounts_without_license_need: u64,
    pub free_used: u64,
    pub paid_needed: u64,
    pub licenses_to_cover_all: u64,
}

impl Figures {
    /// SCENARIO.md "Rules, exactly", from counts alone.
    pub fn compute(rules: RuleEdition, tally: &LicenseTally, accounts: u64, numbered: u64) -> Figures {
        let qualifying = tally.qualifying(rules);
        let eligible = tally.eligible();
        let free_allotment = allotment(eligible, qualifying);
        let needing = match rules {
            RuleEdition::Current => accounts,
            RuleEdition::Original => numbered,
        };
        let free_used = needing.min(free_allotment);
        Figures {
            qualifying_licenses: qualifying,
            free_allotment,
            accounts_needing_license: needing,
            accounts_without_license_need: accounts - needing,
            free_used,
            paid_needed: needing - free_used,
            licenses_to_cover_all: licenses_to_cover_all(eligible, qualifying, needing),
        }
    }
}

/// What one resource account needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Covered by the free allotment.
    Free,
    /// Needs a license beyond the allotment, at a cost.
    Paid,
    /// Needs no license under these rules.
    NotNeeded,
}

/// The state of an account's phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberStatus {
    None,
    Valid(PhoneNumber),
    Invalid(PhoneNumberError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountOutcome {
    pub at: AccountRef,
    pub decision: Decision,
    pub number: NumberStatus,
}

/// What an account used for PSTN calls (outbound caller ID, transfer to an external
/// number) needs besides its Resource Account license (LICENSING.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PstnNeed {
    /// Calling Plan number: the account needs a Calling Plan license (pay-as-you-go works).
    CallingPlanLicense,
    /// Direct Routing number: the account needs an online voice routing policy.
    VoiceRoutingPolicy,
    /// No number (or no type): it needs one of a Calling Plan license with a number, an
    /// Operator Connect number, or a voice routing policy.
    NumberOrPolicy,
}

impl PstnNeed {
    /// None where the account already has what it needs (an Operator Connect number).
    fn for_number_type(number_type: Option<NumberType>, has_number: bool) -> Option<PstnNeed> {
        match (has_number, number_type) {
            (true, Some(NumberType::OperatorConnect)) => None,
            (true, Some(NumberType::CallingPlan)) => Some(PstnNeed::CallingPlanLicense),
            (true, Some(NumberType::DirectRouting)) => Some(PstnNeed::VoiceRoutingPolicy),
            _ => Some(PstnNeed::NumberOrPolicy),
        }
    }
}

/// Something the user should know or fix. Lists of accounts are in preorder.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// No license that includes Phone System: the allotment is zero (seed 003).
    NoPhoneSystemLicense,
    /// Part numbers the catalog does not know; they count for nothing.
    UnknownSkus { part_numbers: Vec<String> },
    /// Every AA/CQ needs a resource account (LICENSING.md §2).
    NodesWithoutResourceAccount { nodes: Vec<NodeId> },
    /// Numbers that do not parse; they still count as numbers.
    InvalidPhoneNumbers { accounts: Vec<(AccountRef, PhoneNumberError)> },
    /// A number without its type (Calling Plan, Direct Routing, Operator Connect).
    NumberTypeMissing { accounts: Vec<AccountRef> },
    /// `;ext=` is for Direct Routing numbers only (SCENARIO.md).
    ExtensionWithoutDirectRouting { accounts: Vec<AccountRef> },
    /// The same number on more than one account; Teams assigns a number once.
    DuplicatePhoneNumber { number: String, accounts: Vec<AccountRef> },
    /// Toll-free numbers need a positive Communications Credits balance (LICENSING.md §2).
    TollFreeNeedsCredits { accounts: Vec<AccountRef>, credits_in_plan: bool },
    /// Caller-ID or PSTN-transfer accounts need more than the Resource Account license.
    PstnUseNeedsSetup { need: PstnNeed, accounts: Vec<AccountRef> },
    /// Original rules: accounts on a paid Phone System license that the free allotment
    /// covers; switch in one license operation (seed 003).
    SwitchToFreeLicense { accounts: Vec<AccountRef> },
    /// Current rules: Teams Phone Standard must not be assigned to resource accounts;
    /// replace it in one license operation (virtual-user, 2023).
    ReplaceTeamsPhoneStandard { accounts: Vec<AccountRef> },
    /// Original rules: accounts without a number that hold a paid Phone System license
    /// they do not need.
    UnneededPhoneSystemLicense { accounts: Vec<AccountRef> },
}

/// A way to pay less, with what it takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Advice {
    /// Original rules: this many numbered accounts would have to become nested nodes
    /// without a number to pay nothing (seed 003: "fewer phone numbers and more nested
    /// nodes").
    NestWithoutNumbers { accounts: u64 },
    /// This many more qualifying licenses would make the paid part zero.
    AddQualifyingLicenses { licenses: u64 },
    /// The other edition gives a different result. Microsoft's own current pages still
    /// disagree on nested nodes (OfficeDocs-SkypeForBusiness #8674, #9292, #10437).
    OtherEditionDiffers { rules: RuleEdition, paid_needed: u64, accounts_needing_license: u64 },
    /// Original rules: shared devices do not count toward the allotment (they do since
    /// 2022).
    SharedDevicesNotCounted { licenses: u64 },
}

/// The cost of the paid part.
#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    pub currency: String,
    pub unit_monthly: f64,
    pub monthly: f64,
    pub yearly: f64,
    /// The price is the built-in default, not one the user set.
    pub default_price: bool,
}

/// Which license an account is to get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LicenseToAssign {
    /// Teams Phone Resource Account from the free allotment.
    FreeResourceAccount,
    /// Current rules: a Resource Account license bought at a cost.
    PaidResourceAccount,
    /// Original rules: a paid Phone System (Teams Phone Standard) user license.
    PhoneSystem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LicenseAssignment {
    pub at: AccountRef,
    pub license: LicenseToAssign,
    /// The account holds a Phone System license now: remove it and add the new one in the
    /// same operation, or the account may stop working (seed 003).
    pub replaces_phone_system: bool,
}

/// What the paid part is bought as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaidLicenseKind {
    /// Original rules: Phone System (Teams Phone Standard) user licenses.
    PhoneSystem,
    /// Current rules: more Teams Phone Resource Account licenses, at a cost.
    ResourceAccount,
}

/// One step of the purchase and setup checklist, as data; the UI words it.
/// Admin-center paths: LICENSING.md §4.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Billing › Your products: see what the tenant has.
    CheckSubscriptions,
    /// Billing › Purchase services: "buy" this many free licenses (cost zero).
    AcquireFreeLicenses { quantity: u64, allotment: u64, already_owned: u64 },
    /// Pay for the part beyond the allotment (Web Direct in the admin center; EA/CSP
    /// through their channel).
    AcquirePaidLicenses { quantity: u64, kind: PaidLicenseKind },
    /// Toll-free numbers need Communications Credits.
    AcquireCommunicationsCredits { toll_free_accounts: u64 },
    /// Teams admin center › Voice › Resource accounts › Add. Accounts that hold a
    /// license already exist and are left out.
    CreateResourceAccounts { accounts: Vec<(AccountRef, NodeKind)> },
    /// Microsoft 365 admin center › Users › Active users › Licenses and apps (usage
    /// location first).
    AssignLicenses { assignments: Vec<LicenseAssignment> },
    /// License changes can take up to this many hours to reach Teams (seed 004).
    WaitForLicenses { hours: u32 },
    /// Teams admin center › Resource accounts › Assign/unassign.
    AssignPhoneNumbers { accounts: Vec<(AccountRef, Option<NumberType>)> },
    /// Calling Plan license, Operator Connect number or voice routing policy.
    SetUpPstnUse { accounts: Vec<(AccountRef, PstnNeed)> },
    /// Associate each account with its AA or CQ.
    AssociateWithCallFlows { accounts: Vec<AccountRef> },
}

/// Everything the engine says about a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub rules: RuleEdition,
    pub tally: LicenseTally,
    pub figures: Figures,
    /// Every resource account, in preorder of nodes then order on the node.
    pub accounts: Vec<AccountOutcome>,
    pub warnings: Vec<Warning>,
    pub advice: Vec<Advice>,
    pub cost: Cost,
    pub steps: Vec<Step>,
}

/// License changes take up to 24 hours to reach Teams (seed 004).
pub const LICENSE_PROPAGATION_HOURS: u32 = 24;

/// Computes the whole result for a plan.
pub fn evaluate(plan: &Plan) -> Outcome {
    let rules = plan.rules;
    let (tally, unknown_skus) = LicenseTally::of(plan);
    let nodes = flatten(&plan.call_flows);

    let total: usize = nodes.iter().map(|n| n.node.resource_accounts.len()).sum();
    let mut accounts: Vec<AccountOutcome> = Vec::with_capacity(total);
    let mut numbered = 0u64;
    let mut nodes_without_accounts = Vec::new();
    for flat in &nodes {
        if flat.node.resource_accounts.is_empty() {
            nodes_without_accounts.push(flat.id);
        }
        for (i, ra) in flat.node.resource_accounts.iter().enumerate() {
            let number = match ra.phone_text() {
                None => NumberStatus::None,
                Some(text) => match PhoneNumber::parse(text) {
                    Ok(n) => NumberStatus::Valid(n),
                    Err(e) => NumberStatus::Invalid(e),
                },
            };
            let has_number = number != NumberStatus::None;
            numbered += u64::from(has_number);
            accounts.push(AccountOutcome {
                at: AccountRef { node: flat.id, account: i as u32 },
                decision: if rules.account_needs_license(has_number) { Decision::Paid } else { Decision::NotNeeded },
                number,
            });
        }
    }

    let figures = Figures::compute(rules, &tally, accounts.len() as u64, numbered);
    assign_free_licenses(&nodes, &mut accounts, figures.free_used);

    let account = |at: AccountRef| &nodes[at.node as usize].node.resource_accounts[at.account as usize];

    let warnings = warnings(plan, &tally, unknown_skus, nodes_without_accounts, &accounts, &account);
    let advice = advice(plan, &tally, &figures, accounts.len() as u64, numbered);
    let cost = cost(plan.pricing.as_ref(), figures.paid_needed);
    let steps = steps(rules, &tally, &figures, &accounts, &account, nodes.as_slice());

    Outcome { rules, tally, figures, accounts, warnings, advice, cost, steps }
}

/// Which accounts the free allotment covers. Accounts already on a Resource Account
/// license keep it, accounts with none come next, and accounts on a paid Phone System
/// license come last, so that the paid part falls where a paid license already is and
/// the fewest license swaps are needed. Ties keep preorder.
fn assign_free_licenses(nodes: &[super::plan::FlatNode<'_>], accounts: &mut [AccountOutcome], free: u64) {
    let mut left = free;
    for pass in [CurrentLicense::ResourceAccount, CurrentLicense::None, CurrentLicense::PhoneSystem] {
        for a in accounts.iter_mut() {
            if left == 0 {
                return;
            }
            let ra = &nodes[a.at.node as usize].node.resource_accounts[a.at.account as usize];
            if a.decision == Decision::Paid && ra.current_license == pass {
                a.decision = Decision::Free;
                left -= 1;
            }
        }
    }
}

fn warnings<'a>(
    plan: &Plan,
    tally: &LicenseTally,
    unknown_skus: Vec<String>,
    nodes_without_accounts: Vec<NodeId>,
    accounts: &[AccountOutcome],
    account: &impl Fn(AccountRef) -> &'a super::plan::ResourceAccount,
) -> Vec<Warning> {
    let rules = plan.rules;
    let mut out = Vec::new();
    if !tally.eligible() {
        out.push(Warning::NoPhoneSystemLicense);
    }
    if !unknown_skus.is_empty() {
        out.push(Warning::UnknownSkus { part_numbers: unknown_skus });
    }
    if !nodes_without_accounts.is_empty() {
        out.push(Warning::NodesWithoutResourceAccount { nodes: nodes_without_accounts });
    }

    let mut invalid = Vec::new();
    let mut type_missing = Vec::new();
    let mut ext_misuse = Vec::new();
    let mut toll_free = Vec::new();
    let mut switch = Vec::new();
    let mut unneeded = Vec::new();
    let mut pstn: [Vec<AccountRef>; 3] = Default::default();
    // Keyed by the digits (borrowed, no allocation per number); the extension is ignored,
    // as Teams assigns the number itself once.
    let mut by_number: HashMap<&str, Vec<AccountRef>> = HashMap::new();
    let mut duplicate_order: Vec<&str> = Vec::new();

    for a in accounts {
        let ra = account(a.at);
        let has_number = a.number != NumberStatus::None;
        match &a.number {
            NumberStatus::Invalid(e) => invalid.push((a.at, e.clone())),
            NumberStatus::Valid(n) => {
                if n.extension().is_some() && ra.number_type != Some(NumberType::DirectRouting) {
                    ext_misuse.push(a.at);
                }
                let list = by_number.entry(n.digits()).or_default();
                list.push(a.at);
                if list.len() == 2 {
                    duplicate_order.push(n.digits());
                }
            }
            NumberStatus::None => {}
        }
        if has_number && ra.number_type.is_none() {
            type_missing.push(a.at);
        }
        if ra.toll_free {
            toll_free.push(a.at);
        }
        if ra.outbound_caller_id {
            if let Some(need) = PstnNeed::for_number_type(ra.number_type, has_number) {
                pstn[need as usize].push(a.at);
            }
        }
        if ra.current_license == CurrentLicense::PhoneSystem {
            match (rules, a.decision) {
                (RuleEdition::Current, _) => switch.push(a.at),
                (RuleEdition::Original, Decision::Free) => switch.push(a.at),
                (RuleEdition::Original, Decision::NotNeeded) => unneeded.push(a.at),
                (RuleEdition::Original, Decision::Paid) => {}
            }
        }
    }

    if !invalid.is_empty() {
        out.push(Warning::InvalidPhoneNumbers { accounts: invalid });
    }
    if !type_missing.is_empty() {
        out.push(Warning::NumberTypeMissing { accounts: type_missing });
    }
    if !ext_misuse.is_empty() {
        out.push(Warning::ExtensionWithoutDirectRouting { accounts: ext_misuse });
    }
    for digits in duplicate_order {
        let accounts = by_number.remove(digits).unwrap_or_default();
        out.push(Warning::DuplicatePhoneNumber { number: format!("+{digits}"), accounts });
    }
    if !toll_free.is_empty() {
        out.push(Warning::TollFreeNeedsCredits {
            accounts: toll_free,
            credits_in_plan: tally.communications_credits > 0,
        });
    }
    for (need, list) in
        [PstnNeed::CallingPlanLicense, PstnNeed::VoiceRoutingPolicy, PstnNeed::NumberOrPolicy].into_iter().zip(pstn)
    {
        if !list.is_empty() {
            out.push(Warning::PstnUseNeedsSetup { need, accounts: list });
        }
    }
    if !switch.is_empty() {
        out.push(match rules {
            RuleEdition::Current => Warning::ReplaceTeamsPhoneStandard { accounts: switch },
            RuleEdition::Original => Warning::SwitchToFreeLicense { accounts: switch },
        });
    }
    if !unneeded.is_empty() {
        out.push(Warning::UnneededPhoneSystemLicense { accounts: unneeded });
    }
    out
}

fn advice(plan: &Plan, tally: &LicenseTally, figures: &Figures, accounts: u64, numbered: u64) -> Vec<Advice> {
    let rules = plan.rules;
    let mut out = Vec::new();
    if figures.paid_needed > 0 {
        if rules == RuleEdition::Original {
            out.push(Advice::NestWithoutNumbers { accounts: figures.paid_needed });
        }
        out.push(Advice::AddQualifyingLicenses { licenses: figures.licenses_to_cover_all });
    }
    let other = Figures::compute(rules.other(), tally, accounts, numbered);
    if other.paid_needed != figures.paid_needed || other.accounts_needing_license != figures.accounts_needing_license {
        out.push(Advice::OtherEditionDiffers {
            rules: rules.other(),
            paid_needed: other.paid_needed,
            accounts_needing_license: other.accounts_needing_license,
        });
    }
    if rules == RuleEdition::Original && tally.shared_device > 0 {
        out.push(Advice::SharedDevicesNotCounted { licenses: tally.shared_device });
    }
    out
}

fn cost(pricing: Option<&Pricing>, paid: u64) -> Cost {
    let default = Pricing::default();
    let p = pricing.unwrap_or(&default);
    let monthly = p.paid_license_monthly * paid as f64;
    Cost {
        currency: p.currency.clone(),
        unit_monthly: p.paid_license_monthly,
        monthly,
        yearly: monthly * 12.0,
        default_price: pricing.is_none(),
    }
}

fn steps<'a>(
    rules: RuleEdition,
    tally: &LicenseTally,
    figures: &Figures,
    accounts: &[AccountOutcome],
    account: &impl Fn(AccountRef) -> &'a super::plan::ResourceAccount,
    nodes: &[super::plan::FlatNode<'_>],
) -> Vec<Step> {
    let mut out = vec![Step::CheckSubscriptions];
    let owned = tally.resource_account.min(figures.free_used);
    if figures.free_used > owned {
        out.push(Step::AcquireFreeLicenses {
            quantity: figures.free_used - owned,
            allotment: figures.free_allotment,
            already_owned: tally.resource_account,
        });
    }
    if figures.paid_needed > 0 {
        let kind = match rules {
            RuleEdition::Current => PaidLicenseKind::ResourceAccount,
            RuleEdition::Original => PaidLicenseKind::PhoneSystem,
        };
        out.push(Step::AcquirePaidLicenses { quantity: figures.paid_needed, kind });
    }
    let toll_free = accounts.iter().filter(|a| account(a.at).toll_free).count() as u64;
    if toll_free > 0 && tally.communications_credits == 0 {
        out.push(Step::AcquireCommunicationsCredits { toll_free_accounts: toll_free });
    }

    let mut create = Vec::new();
    let mut assign = Vec::new();
    let mut numbers = Vec::new();
    let mut pstn = Vec::new();
    let mut associate = Vec::with_capacity(accounts.len());
    for a in accounts {
        let ra = account(a.at);
        if ra.current_license == CurrentLicense::None {
            create.push((a.at, nodes[a.at.node as usize].node.kind));
        }
        let license = match (a.decision, rules) {
            (Decision::Free, _) => Some(LicenseToAssign::FreeResourceAccount),
            (Decision::Paid, RuleEdition::Current) => Some(LicenseToAssign::PaidResourceAccount),
            (Decision::Paid, RuleEdition::Original) => Some(LicenseToAssign::PhoneSystem),
            (Decision::NotNeeded, _) => None,
        };
        let already_right = matches!(
            (license, ra.current_license),
            (
                Some(LicenseToAssign::FreeResourceAccount | LicenseToAssign::PaidResourceAccount),
                CurrentLicense::ResourceAccount
            ) | (Some(LicenseToAssign::PhoneSystem), CurrentLicense::PhoneSystem)
        );
        if let (Some(license), false) = (license, already_right) {
            assign.push(LicenseAssignment {
                at: a.at,
                license,
                replaces_phone_system: ra.current_license == CurrentLicense::PhoneSystem,
            });
        }
        if let NumberStatus::Valid(_) = a.number {
            numbers.push((a.at, ra.number_type));
        }
        if ra.outbound_caller_id {
            if let Some(need) = PstnNeed::for_number_type(ra.number_type, a.number != NumberStatus::None) {
                pstn.push((a.at, need));
            }
        }
        associate.push(a.at);
    }
    if !create.is_empty() {
        out.push(Step::CreateResourceAccounts { accounts: create });
    }
    if !assign.is_empty() {
        out.push(Step::AssignLicenses { assignments: assign });
        out.push(Step::WaitForLicenses { hours: LICENSE_PROPAGATION_HOURS });
    }
    if !numbers.is_empty() {
        out.push(Step::AssignPhoneNumbers { accounts: numbers });
    }
    if !pstn.is_empty() {
        out.push(Step::SetUpPstnUse { accounts: pstn });
    }
    if !associate.is_empty() {
        out.push(Step::AssociateWithCallFlows { accounts: associate });
    }
    out
}
