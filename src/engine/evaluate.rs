//! From a plan to the result: figures, per-account decisions, warnings, advice, steps, and
//! the same figures under every rule edition. One pass over the tree; linear in the number
//! of resource accounts.

use std::collections::BTreeMap;

use super::phone::{PhoneNumber, PhoneNumberError};
use super::plan::{
    flatten, Channel, CurrentLicense, FlatNode, NodeId, NodeKind, NumberType, Plan, Pricing, ResourceAccount,
    TollFreeBilling, DEFAULT_CURRENCY, DEFAULT_PHONE_SYSTEM_MONTHLY,
};
use super::rules::{allotment, licenses_to_cover_all, PaidLicenseKind, RuleEdition};
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
    pub teams_rooms: u64,
    pub shared_device: u64,
    pub resource_account: u64,
    pub calling_plan: u64,
    pub communications_credits: u64,
    pub no_teams_phone: u64,
}

impl LicenseTally {
    /// Sums a plan's licenses; keys the catalog does not know are returned apart.
    pub fn of(licenses: &BTreeMap<String, u32>) -> (LicenseTally, Vec<String>) {
        let mut t = LicenseTally::default();
        let mut unknown = Vec::new();
        for (key, &count) in licenses {
            let n = u64::from(count);
            match sku::by_key(key).or_else(|| sku::resolve(key)).map(|s| s.role) {
                Some(SkuRole::PhoneSystemUser) => t.phone_system_user += n,
                Some(SkuRole::TeamsRooms) => t.teams_rooms += n,
                Some(SkuRole::SharedDevice) => t.shared_device += n,
                Some(SkuRole::ResourceAccount) => t.resource_account += n,
                Some(SkuRole::CallingPlan) => t.calling_plan += n,
                Some(SkuRole::CommunicationsCredits) => t.communications_credits += n,
                Some(SkuRole::NoTeamsPhone) => t.no_teams_phone += n,
                None => unknown.push(key.clone()),
            }
        }
        (t, unknown)
    }

    /// "At least one license that includes Phone System" (virtual-user, 2019): user
    /// licenses, shared devices and Teams Rooms (docs/plan-format.md "Rules, exactly").
    pub fn eligible(&self) -> bool {
        self.phone_system_user + self.shared_device + self.teams_rooms > 0
    }

    /// Licenses counted toward the per-10 part under an edition (under 2025: shown for
    /// information, there is no per-10 part).
    pub fn qualifying(&self, rules: RuleEdition) -> u64 {
        let mut q = 0;
        for (role, n) in [
            (SkuRole::PhoneSystemUser, self.phone_system_user),
            (SkuRole::SharedDevice, self.shared_device),
            (SkuRole::TeamsRooms, self.teams_rooms),
        ] {
            if rules.counts_toward_allotment(role) {
                q += n;
            }
        }
        q
    }
}

/// What the figures are computed from: the plan's accounts, counted once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AccountCounts {
    pub accounts: u64,
    /// Accounts with a phone number (valid or not: a typo does not remove the need).
    pub numbered: u64,
    /// Accounts of nested AAs/CQs without a number and not used to dial out: under 2025
    /// the parent can target their AA/CQ directly (docs/plan-format.md, `accounts-removable`).
    pub nested_droppable: u64,
}

/// The figures of the result contract (docs/plan-format.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    pub qualifying_licenses: u64,
    pub free_allotment: u64,
    pub accounts_needing_license: u64,
    pub accounts_without_license_need: u64,
    pub free_used: u64,
    pub paid_needed: u64,
    pub licenses_to_cover_all: u64,
    pub accounts_removable: u64,
}

impl Figures {
    /// docs/plan-format.md "Rules, exactly", from counts alone.
    pub fn compute(rules: RuleEdition, tally: &LicenseTally, counts: &AccountCounts) -> Figures {
        let qualifying = tally.qualifying(rules);
        let eligible = tally.eligible();
        let needing = if rules.account_needs_license(false) { counts.accounts } else { counts.numbered };
        let (free_allotment, licenses_to_cover_all) = if rules.has_allotment() {
            (allotment(eligible, qualifying), licenses_to_cover_all(eligible, qualifying, needing))
        } else {
            // 2025: one license per resource account at no cost; one Teams Phone license
            // makes an ineligible organisation eligible.
            (if eligible { needing } else { 0 }, u64::from(!eligible && needing > 0))
        };
        let free_used = needing.min(free_allotment);
        Figures {
            qualifying_licenses: qualifying,
            free_allotment,
            accounts_needing_license: needing,
            accounts_without_license_need: counts.accounts - needing,
            free_used,
            paid_needed: needing - free_used,
            licenses_to_cover_all,
            accounts_removable: if rules.nested_may_drop_account() { counts.nested_droppable } else { 0 },
        }
    }
}

/// What one resource account needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Covered at no cost (the free allotment; under 2025, every account).
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccountOutcome {
    pub at: AccountRef,
    pub decision: Decision,
    /// Any text in the number field: a number with a typo still counts as one.
    pub has_number: bool,
    /// Nested, no number, not dialling out: the 2025 rules let it go (whatever edition is
    /// shown; [`Figures::accounts_removable`] counts it only under 2025).
    pub droppable: bool,
}

/// Why an account needs a license or not under an edition: the per-account answer of the
/// editions side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// 2019: it has a phone number.
    HasNumber,
    /// 2019: no number, so no license.
    NoNumber,
    /// 2022, 2025: every resource account needs one.
    EveryAccount,
    /// 2025: nested, no number, not dialling out: the account can go altogether.
    CanBeDropped,
}

impl Reason {
    pub fn of(rules: RuleEdition, has_number: bool, droppable: bool) -> Reason {
        match rules {
            RuleEdition::E2019 if has_number => Reason::HasNumber,
            RuleEdition::E2019 => Reason::NoNumber,
            RuleEdition::E2025 if droppable => Reason::CanBeDropped,
            _ => Reason::EveryAccount,
        }
    }
}

/// What an account that dials out (outbound caller ID, transfer to an external number)
/// needs besides its Resource Account license (virtual-user 2025; plan-aa-cq, prerequisites).
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

/// What still costs money whatever the edition: accounts that dial out, and toll-free
/// numbers (virtual-user 2025: "A Microsoft calling plan isn't required unless you want to
/// be able to dial out"; communications-credits).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaidSide {
    /// Dial-out accounts with a Calling Plan number: a Calling Plan license each.
    pub calling_plan: u64,
    /// Dial-out accounts with a Direct Routing number: a voice routing policy (no Microsoft
    /// license; the carrier bills).
    pub voice_routing: u64,
    /// Dial-out accounts with an Operator Connect number: the operator bills, nothing from
    /// Microsoft.
    pub operator_connect: u64,
    /// Dial-out accounts without a number or number type: one of the three, not decided.
    pub undecided: u64,
    /// Toll-free numbers: usage billed to the organisation.
    pub toll_free: u64,
}

/// What accounts hold today ("License today" in the editor).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LicenseStatus {
    pub resource_account: u64,
    /// Teams Phone Standard on a resource account: wrong since 2022, switch in one
    /// operation.
    pub phone_system: u64,
    /// No license yet: the AA/CQ takes no calls until the account has one.
    pub none: u64,
}

/// Something the user should know or fix. Lists of accounts are in preorder.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// No license that includes Phone System: no free licenses (2019, 2022), no Resource
    /// Account licenses at all (2025) (virtual-user, 2019 and 2025).
    NoPhoneSystemLicense,
    /// Keys the catalog does not know; they count for nothing.
    UnknownSkus { part_numbers: Vec<String> },
    /// An AA/CQ without a resource account. 2019, 2022: every AA/CQ needs one. 2025: only
    /// those that answer calls directly, so only top-level ones are listed
    /// (`top_level_only`).
    NodesWithoutResourceAccount { nodes: Vec<NodeId>, top_level_only: bool },
    /// Numbers that do not parse; they still count as numbers.
    InvalidPhoneNumbers { accounts: Vec<(AccountRef, PhoneNumberError)> },
    /// A number without its type (Calling Plan, Direct Routing, Operator Connect).
    NumberTypeMissing { accounts: Vec<AccountRef> },
    /// `;ext=` is for Direct Routing numbers only (Set-CsPhoneNumberAssignment).
    ExtensionWithoutDirectRouting { accounts: Vec<AccountRef> },
    /// The same number on more than one account; Teams assigns a number once.
    DuplicatePhoneNumber { number: String, accounts: Vec<AccountRef> },
    /// Toll-free numbers draw on Communications Credits (EA, Web Direct) or pay-as-you-go
    /// overage (New Commerce, MCA) (communications-credits).
    TollFreeUsage { accounts: Vec<AccountRef>, billing: TollFreeBilling, credits_in_plan: bool },
    /// Accounts that dial out need more than the Resource Account license.
    PstnUseNeedsSetup { need: PstnNeed, accounts: Vec<AccountRef> },
    /// 2019: accounts on a paid Phone System license that the free allotment covers;
    /// switch in one license operation (virtual-user, 2019).
    SwitchToFreeLicense { accounts: Vec<AccountRef> },
    /// 2022, 2025: Teams Phone Standard must not be assigned to resource accounts; replace
    /// it in one license operation (virtual-user, 2023).
    ReplaceTeamsPhoneStandard { accounts: Vec<AccountRef> },
    /// 2019: accounts without a number that hold a paid Phone System license they do not
    /// need.
    UnneededPhoneSystemLicense { accounts: Vec<AccountRef> },
}

/// A way to pay less, or to do less, with what it takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Advice {
    /// 2019: this many numbered accounts would have to become nested nodes without a number
    /// to pay nothing (virtual-user, 2019: nested nodes without a number need none).
    NestWithoutNumbers { accounts: u64 },
    /// This many more qualifying licenses would make the paid part zero.
    AddQualifyingLicenses { licenses: u64 },
    /// 2025: these accounts' AAs/CQs are nested and never answer directly; target them
    /// from their parent and drop the accounts (fewer accounts and licenses to manage).
    DropNestedAccounts { accounts: u64 },
    /// 2019, 2022 shown: since 3 Apr 2025 Resource Account licenses cost nothing, so the
    /// paid part of this edition is gone today.
    NoCostToday { paid_needed: u64 },
    /// 2019: shared devices do not count toward the allotment (they do since 2022).
    SharedDevicesNotCounted { licenses: u64 },
    /// Accounts that dial out with a Calling Plan number: a pay-as-you-go Calling Plan is
    /// enough (plan-aa-cq, prerequisites).
    PayAsYouGoCallingPlan { accounts: u64 },
}

/// What a cost line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostItem {
    /// Resource Account licenses within the free part (every one under 2025): $0.
    FreeResourceAccount,
    /// The paid licenses of the 2019 and 2022 editions.
    PaidLicense(PaidLicenseKind),
    /// Calling Plan licenses for resource accounts that dial out with a Calling Plan number.
    CallingPlan,
}

impl CostItem {
    /// A stable name for the page (`data-item`).
    pub fn as_str(self) -> &'static str {
        match self {
            CostItem::FreeResourceAccount => "free-resource-account",
            CostItem::PaidLicense(PaidLicenseKind::PhoneSystem) => "paid-phone-system",
            CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => "paid-resource-account",
            CostItem::CallingPlan => "calling-plan",
        }
    }
}

/// One line of the cost: quantity × price per month. `unit_monthly` is `None` where the
/// user gave no price and Microsoft publishes none.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLine {
    pub item: CostItem,
    pub quantity: u64,
    pub unit_monthly: Option<f64>,
    /// The price is the built-in list price (Teams Phone Standard, seen
    /// [`super::plan::DEFAULT_PRICE_SEEN`]), not one the user entered.
    pub default_price: bool,
}

impl CostLine {
    pub fn monthly(&self) -> Option<f64> {
        self.unit_monthly.map(|u| u * self.quantity as f64)
    }
}

/// The cost of a plan under one edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    pub currency: String,
    /// Lines with a quantity above zero, licenses first.
    pub lines: Vec<CostLine>,
    /// Sum of the priced lines.
    pub monthly: f64,
    pub yearly: f64,
    /// Some line has a quantity but no price: the total is incomplete.
    pub missing_prices: bool,
    /// Toll-free numbers: billed by use, never a fixed price.
    pub toll_free_numbers: u64,
    pub toll_free_billing: TollFreeBilling,
}

impl Cost {
    /// Nothing has a fixed price to pay and no usage is billed.
    pub fn nothing_to_pay(&self) -> bool {
        self.monthly == 0.0 && !self.missing_prices && self.toll_free_numbers == 0
    }
}

/// Which license an account is to get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LicenseToAssign {
    /// Teams Phone Resource Account at no cost (the allotment; every account since 2025).
    FreeResourceAccount,
    /// 2022: a Resource Account license bought at a cost.
    PaidResourceAccount,
    /// 2019: a paid Phone System (Teams Phone Standard) user license.
    PhoneSystem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LicenseAssignment {
    pub at: AccountRef,
    pub license: LicenseToAssign,
    /// The account holds a Phone System license now: remove it and add the new one in the
    /// same operation, or the account may stop working (virtual-user, 2019 and 2023).
    pub replaces_phone_system: bool,
}

/// A nested AA/CQ whose resource account the 2025 rules let go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DropAccount {
    pub at: AccountRef,
    /// The account exists already (it holds a license): retarget, then remove it. If not,
    /// it is simply not created.
    pub exists: bool,
}

/// One step of the purchase and setup checklist, as data; the UI words it.
/// Admin-center paths: virtual-user and manage-resource-accounts.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Billing › Your products: see what the tenant has.
    CheckSubscriptions,
    /// "Buy" this many Resource Account licenses at no cost through the channel.
    /// `allotment` is the free allotment (2019, 2022), `None` under 2025 (no allotment).
    AcquireFreeLicenses { quantity: u64, allotment: Option<u64>, already_owned: u64, channel: Channel },
    /// Pay for the part beyond the allotment (2019, 2022).
    AcquirePaidLicenses { quantity: u64, kind: PaidLicenseKind, channel: Channel },
    /// Calling Plan licenses for the accounts that dial out with a Calling Plan number.
    AcquireCallingPlans { quantity: u64, channel: Channel },
    /// Toll-free numbers: Communications Credits to buy (EA, Web Direct, when the plan has
    /// none), or pay-as-you-go overage to expect (New Commerce, MCA).
    PrepareTollFree { toll_free_accounts: u64, billing: TollFreeBilling },
    /// Teams admin center › Voice › Resource accounts › Add. Accounts that hold a license
    /// already exist and are left out; so are accounts the 2025 rules let go.
    CreateResourceAccounts { accounts: Vec<(AccountRef, NodeKind)> },
    /// Microsoft 365 admin center › Users › Active users › Licenses and apps (usage
    /// location first).
    AssignLicenses { assignments: Vec<LicenseAssignment> },
    /// License changes can take up to this many hours to reach Teams (assign-add-ons).
    WaitForLicenses { hours: u32 },
    /// Teams admin center › Resource accounts › Assign/unassign.
    AssignPhoneNumbers { accounts: Vec<(AccountRef, Option<NumberType>)> },
    /// Calling Plan license, Operator Connect number or voice routing policy.
    SetUpPstnUse { accounts: Vec<(AccountRef, PstnNeed)> },
    /// Associate each account with its AA or CQ.
    AssociateWithCallFlows { accounts: Vec<AccountRef> },
    /// 2025: the parent transfers to the nested AA/CQ itself (ConfigurationEndpoint), so
    /// these accounts are not created, or are removed after the parent is retargeted.
    TargetNestedDirectly { accounts: Vec<DropAccount> },
}

/// The figures and cost of the plan under one edition.
#[derive(Clone, Debug, PartialEq)]
pub struct EditionSummary {
    pub rules: RuleEdition,
    pub figures: Figures,
    pub cost: Cost,
}

/// Everything the engine says about a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub rules: RuleEdition,
    pub tally: LicenseTally,
    pub counts: AccountCounts,
    pub figures: Figures,
    /// Every resource account, in preorder of nodes then order on the node.
    pub accounts: Vec<AccountOutcome>,
    pub paid_side: PaidSide,
    pub license_status: LicenseStatus,
    pub warnings: Vec<Warning>,
    pub advice: Vec<Advice>,
    pub cost: Cost,
    pub steps: Vec<Step>,
    /// The same plan under every edition, newest first ([`RuleEdition::ALL`]).
    pub editions: Vec<EditionSummary>,
}

/// License changes take up to 24 hours to reach Teams (assign-add-ons).
pub const LICENSE_PROPAGATION_HOURS: u32 = 24;

/// Computes the whole result for a plan: [`summarize`] and [`details`] together.
pub fn evaluate(plan: &Plan) -> Outcome {
    let mut out = summarize(plan);
    let (warnings, steps) = details(plan, &out);
    out.warnings = warnings;
    out.steps = steps;
    out
}

/// The figures, each account's decision, what still costs money, the cost and the editions
/// side by side: everything a keystroke must update at once. No number is parsed here, so
/// it stays fast on large plans; [`details`] adds the warnings and steps (left empty).
pub fn summarize(plan: &Plan) -> Outcome {
    let rules = plan.rules;
    let (tally, _) = LicenseTally::of(&plan.licenses);
    let nodes = flatten(&plan.call_flows);

    let total: usize = nodes.iter().map(|n| n.node.resource_accounts.len()).sum();
    let mut accounts: Vec<AccountOutcome> = Vec::with_capacity(total);
    let mut counts = AccountCounts::default();
    let mut paid_side = PaidSide::default();
    let mut license_status = LicenseStatus::default();
    for flat in &nodes {
        for (i, ra) in flat.node.resource_accounts.iter().enumerate() {
            let has_number = ra.phone_text().is_some();
            let droppable = flat.depth > 0 && !has_number && !ra.outbound_caller_id;
            counts.numbered += u64::from(has_number);
            counts.nested_droppable += u64::from(droppable);
            if ra.outbound_caller_id {
                match PstnNeed::for_number_type(ra.number_type, has_number) {
                    None => paid_side.operator_connect += 1,
                    Some(PstnNeed::CallingPlanLicense) => paid_side.calling_plan += 1,
                    Some(PstnNeed::VoiceRoutingPolicy) => paid_side.voice_routing += 1,
                    Some(PstnNeed::NumberOrPolicy) => paid_side.undecided += 1,
                }
            }
            paid_side.toll_free += u64::from(ra.toll_free);
            match ra.current_license {
                CurrentLicense::ResourceAccount => license_status.resource_account += 1,
                CurrentLicense::PhoneSystem => license_status.phone_system += 1,
                CurrentLicense::None => license_status.none += 1,
            }
            accounts.push(AccountOutcome {
                at: AccountRef { node: flat.id, account: i as u32 },
                decision: if rules.account_needs_license(has_number) { Decision::Paid } else { Decision::NotNeeded },
                has_number,
                droppable,
            });
        }
    }
    counts.accounts = accounts.len() as u64;

    let figures = Figures::compute(rules, &tally, &counts);
    assign_free_licenses(&nodes, &mut accounts, figures.free_used);
    let advice = advice(rules, &tally, &figures, &paid_side);
    let editions: Vec<EditionSummary> = RuleEdition::ALL
        .into_iter()
        .map(|e| {
            let figures = Figures::compute(e, &tally, &counts);
            EditionSummary { rules: e, figures, cost: cost(e, &plan.pricing, plan.channel, &figures, &paid_side) }
        })
        .collect();
    let cost = cost(rules, &plan.pricing, plan.channel, &figures, &paid_side);

    Outcome {
        rules,
        tally,
        counts,
        figures,
        accounts,
        paid_side,
        license_status,
        warnings: Vec::new(),
        advice,
        cost,
        steps: Vec::new(),
        editions,
    }
}

/// The warnings and the steps of a plan, given its [`summarize`]d outcome: the part that
/// parses every number and lists every account, done after the figures are shown.
pub fn details(plan: &Plan, summary: &Outcome) -> (Vec<Warning>, Vec<Step>) {
    let nodes = flatten(&plan.call_flows);
    let (_, unknown_skus) = LicenseTally::of(&plan.licenses);
    let nodes_without_accounts: Vec<NodeId> = nodes
        .iter()
        .filter(|f| f.node.resource_accounts.is_empty() && (!plan.rules.nested_may_drop_account() || f.depth == 0))
        .map(|f| f.id)
        .collect();
    let account = |at: AccountRef| &nodes[at.node as usize].node.resource_accounts[at.account as usize];
    let numbers: Vec<NumberStatus> = summary
        .accounts
        .iter()
        .map(|a| match account(a.at).phone_text() {
            None => NumberStatus::None,
            Some(text) => match PhoneNumber::parse(text) {
                Ok(n) => NumberStatus::Valid(n),
                Err(e) => NumberStatus::Invalid(e),
            },
        })
        .collect();
    let warnings =
        warnings(plan, &summary.tally, unknown_skus, nodes_without_accounts, &summary.accounts, &numbers, &account);
    let steps = steps(
        plan,
        &summary.tally,
        &summary.figures,
        &summary.paid_side,
        &summary.accounts,
        &numbers,
        &account,
        &nodes,
    );
    (warnings, steps)
}

/// The decision of every account under another edition, in the order of
/// [`Outcome::accounts`]: for the per-account view of the editions side by side, built
/// only when that view is open.
pub fn decisions_under(plan: &Plan, rules: RuleEdition) -> Vec<Decision> {
    let (tally, _) = LicenseTally::of(&plan.licenses);
    let nodes = flatten(&plan.call_flows);
    let mut counts = AccountCounts::default();
    let mut accounts = Vec::new();
    for flat in &nodes {
        for (i, ra) in flat.node.resource_accounts.iter().enumerate() {
            let has_number = ra.phone_text().is_some();
            counts.numbered += u64::from(has_number);
            accounts.push(AccountOutcome {
                at: AccountRef { node: flat.id, account: i as u32 },
                decision: if rules.account_needs_license(has_number) { Decision::Paid } else { Decision::NotNeeded },
                has_number,
                droppable: false,
            });
        }
    }
    counts.accounts = accounts.len() as u64;
    let figures = Figures::compute(rules, &tally, &counts);
    assign_free_licenses(&nodes, &mut accounts, figures.free_used);
    accounts.into_iter().map(|a| a.decision).collect()
}

/// Which accounts the free part covers. Accounts already on a Resource Account license
/// keep it, accounts with none come next, and accounts on a paid Phone System license come
/// last, so that the paid part falls where a paid license already is and the fewest
/// license swaps are needed. Ties keep preorder.
fn assign_free_licenses(nodes: &[FlatNode<'_>], accounts: &mut [AccountOutcome], free: u64) {
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
    numbers: &[NumberStatus],
    account: &impl Fn(AccountRef) -> &'a ResourceAccount,
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
        out.push(Warning::NodesWithoutResourceAccount {
            nodes: nodes_without_accounts,
            top_level_only: rules.nested_may_drop_account(),
        });
    }

    let mut invalid = Vec::new();
    let mut type_missing = Vec::new();
    let mut ext_misuse = Vec::new();
    let mut toll_free = Vec::new();
    let mut switch = Vec::new();
    let mut unneeded = Vec::new();
    let mut pstn: [Vec<AccountRef>; 3] = Default::default();
    // Every valid number by its digits (the extension is ignored, as Teams assigns the
    // number itself once), sorted to find the repeats: no hashing, no map.
    let mut by_number: Vec<(&str, AccountRef)> = Vec::new();

    for (a, number) in accounts.iter().zip(numbers) {
        let ra = account(a.at);
        let has_number = a.has_number;
        match number {
            NumberStatus::Invalid(e) => invalid.push((a.at, e.clone())),
            NumberStatus::Valid(n) => {
                if n.extension().is_some() && ra.number_type != Some(NumberType::DirectRouting) {
                    ext_misuse.push(a.at);
                }
                by_number.push((n.digits(), a.at));
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
                (RuleEdition::E2022 | RuleEdition::E2025, _) => switch.push(a.at),
                (RuleEdition::E2019, Decision::Free) => switch.push(a.at),
                (RuleEdition::E2019, Decision::NotNeeded) => unneeded.push(a.at),
                (RuleEdition::E2019, Decision::Paid) => {}
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
    // Stable: accounts stay in preorder within a number; numbers come in the order their
    // first account does.
    by_number.sort_by_key(|(digits, _)| *digits);
    let mut duplicates: Vec<(&str, Vec<AccountRef>)> = by_number
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
        .map(|run| (run[0].0, run.iter().map(|(_, at)| *at).collect()))
        .collect();
    duplicates.sort_by_key(|(_, refs)| refs[0]);
    for (digits, accounts) in duplicates {
        out.push(Warning::DuplicatePhoneNumber { number: format!("+{digits}"), accounts });
    }
    if !toll_free.is_empty() {
        out.push(Warning::TollFreeUsage {
            accounts: toll_free,
            billing: plan.channel.toll_free_billing(),
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
            RuleEdition::E2022 | RuleEdition::E2025 => Warning::ReplaceTeamsPhoneStandard { accounts: switch },
            RuleEdition::E2019 => Warning::SwitchToFreeLicense { accounts: switch },
        });
    }
    if !unneeded.is_empty() {
        out.push(Warning::UnneededPhoneSystemLicense { accounts: unneeded });
    }
    out
}

fn advice(rules: RuleEdition, tally: &LicenseTally, figures: &Figures, paid_side: &PaidSide) -> Vec<Advice> {
    let mut out = Vec::new();
    if figures.paid_needed > 0 {
        if rules == RuleEdition::E2019 {
            out.push(Advice::NestWithoutNumbers { accounts: figures.paid_needed });
        }
        out.push(Advice::AddQualifyingLicenses { licenses: figures.licenses_to_cover_all });
        if rules.superseded_by().is_some() {
            out.push(Advice::NoCostToday { paid_needed: figures.paid_needed });
        }
    }
    if figures.accounts_removable > 0 {
        out.push(Advice::DropNestedAccounts { accounts: figures.accounts_removable });
    }
    if rules == RuleEdition::E2019 && tally.shared_device > 0 {
        out.push(Advice::SharedDevicesNotCounted { licenses: tally.shared_device });
    }
    if paid_side.calling_plan > 0 {
        out.push(Advice::PayAsYouGoCallingPlan { accounts: paid_side.calling_plan });
    }
    out
}

/// The cost under an edition. A price is used only where the user entered one, or for the
/// 2019 paid license (Teams Phone Standard, whose list price Microsoft publishes) in USD.
pub fn cost(rules: RuleEdition, pricing: &Pricing, channel: Channel, figures: &Figures, paid_side: &PaidSide) -> Cost {
    let mut lines = Vec::new();
    // Under 2025 the accounts that can be dropped are not ordered: the line counts the
    // licenses to get, as the steps do.
    let to_get = if rules.nested_may_drop_account() {
        figures.free_used.saturating_sub(figures.accounts_removable)
    } else {
        figures.free_used
    };
    if to_get > 0 {
        lines.push(CostLine {
            item: CostItem::FreeResourceAccount,
            quantity: to_get,
            unit_monthly: Some(0.0),
            default_price: false,
        });
    }
    if let (Some(kind), true) = (rules.paid_license(), figures.paid_needed > 0) {
        let (unit_monthly, default_price) = match (pricing.paid_license_monthly, kind) {
            (Some(p), _) => (Some(p), false),
            (None, PaidLicenseKind::PhoneSystem) if pricing.currency == DEFAULT_CURRENCY => {
                (Some(DEFAULT_PHONE_SYSTEM_MONTHLY), true)
            }
            (None, _) => (None, false),
        };
        lines.push(CostLine {
            item: CostItem::PaidLicense(kind),
            quantity: figures.paid_needed,
            unit_monthly,
            default_price,
        });
    }
    if paid_side.calling_plan > 0 {
        lines.push(CostLine {
            item: CostItem::CallingPlan,
            quantity: paid_side.calling_plan,
            unit_monthly: pricing.calling_plan_monthly,
            default_price: false,
        });
    }
    // `+ 0.0`: an empty f64 sum is -0.0, which would show as "-$0.00".
    let monthly: f64 = lines.iter().filter_map(CostLine::monthly).sum::<f64>() + 0.0;
    Cost {
        currency: pricing.currency.clone(),
        missing_prices: lines.iter().any(|l| l.unit_monthly.is_none()),
        lines,
        monthly,
        yearly: monthly * 12.0,
        toll_free_numbers: paid_side.toll_free,
        toll_free_billing: channel.toll_free_billing(),
    }
}

#[allow(clippy::too_many_arguments)]
fn steps<'a>(
    plan: &Plan,
    tally: &LicenseTally,
    figures: &Figures,
    paid_side: &PaidSide,
    accounts: &[AccountOutcome],
    numbers: &[NumberStatus],
    account: &impl Fn(AccountRef) -> &'a ResourceAccount,
    nodes: &[FlatNode<'_>],
) -> Vec<Step> {
    let rules = plan.rules;
    let channel = plan.channel;
    let drop_nested = rules.nested_may_drop_account();
    let mut out = vec![Step::CheckSubscriptions];
    // Under 2025 the accounts that can go are neither created nor licensed.
    let to_license =
        if drop_nested { figures.free_used.saturating_sub(figures.accounts_removable) } else { figures.free_used };
    let owned = tally.resource_account.min(to_license);
    if to_license > owned {
        out.push(Step::AcquireFreeLicenses {
            quantity: to_license - owned,
            allotment: rules.has_allotment().then_some(figures.free_allotment),
            already_owned: tally.resource_account,
            channel,
        });
    }
    if let (Some(kind), true) = (rules.paid_license(), figures.paid_needed > 0) {
        out.push(Step::AcquirePaidLicenses { quantity: figures.paid_needed, kind, channel });
    }
    if paid_side.calling_plan > 0 {
        out.push(Step::AcquireCallingPlans { quantity: paid_side.calling_plan, channel });
    }
    let billing = channel.toll_free_billing();
    if paid_side.toll_free > 0
        && !(billing == TollFreeBilling::CommunicationsCredits && tally.communications_credits > 0)
    {
        out.push(Step::PrepareTollFree { toll_free_accounts: paid_side.toll_free, billing });
    }

    let mut create = Vec::new();
    let mut assign = Vec::new();
    let mut assign_numbers = Vec::new();
    let mut pstn = Vec::new();
    let mut associate = Vec::with_capacity(accounts.len());
    let mut drop = Vec::new();
    for (a, number) in accounts.iter().zip(numbers) {
        let ra = account(a.at);
        if drop_nested && a.droppable {
            drop.push(DropAccount { at: a.at, exists: ra.current_license != CurrentLicense::None });
            continue;
        }
        if ra.current_license == CurrentLicense::None {
            create.push((a.at, nodes[a.at.node as usize].node.kind));
        }
        let license = match (a.decision, rules.paid_license()) {
            (Decision::Free, _) => Some(LicenseToAssign::FreeResourceAccount),
            (Decision::Paid, Some(PaidLicenseKind::ResourceAccount)) => Some(LicenseToAssign::PaidResourceAccount),
            (Decision::Paid, Some(PaidLicenseKind::PhoneSystem)) => Some(LicenseToAssign::PhoneSystem),
            // 2025 without any Teams Phone license: nothing can be assigned until there is one.
            (Decision::Paid, None) | (Decision::NotNeeded, _) => None,
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
        if let NumberStatus::Valid(_) = number {
            assign_numbers.push((a.at, ra.number_type));
        }
        if ra.outbound_caller_id {
            if let Some(need) = PstnNeed::for_number_type(ra.number_type, a.has_number) {
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
    if !assign_numbers.is_empty() {
        out.push(Step::AssignPhoneNumbers { accounts: assign_numbers });
    }
    if !pstn.is_empty() {
        out.push(Step::SetUpPstnUse { accounts: pstn });
    }
    if !associate.is_empty() {
        out.push(Step::AssociateWithCallFlows { accounts: associate });
    }
    if !drop.is_empty() {
        out.push(Step::TargetNestedDirectly { accounts: drop });
    }
    out
}
