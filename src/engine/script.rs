//! The PowerShell that carries out the steps (MicrosoftTeams and Microsoft Graph cmdlets;
//! the MSOnline cmdlets of the 2019 pages stopped working in 2025).
//!
//! One script, run twice, as Microsoft's licensing works: `-Phase 1` creates the resource
//! accounts and licenses them; after the license sync (up to 24 hours), `-Phase 2` assigns
//! the numbers, sets up dial-out and associates each account with its auto attendant or
//! call queue. The plan becomes data tables (one line per account, so a plan of 20,000
//! accounts stays readable and the script is generated in one pass); the cmdlets are one
//! loop per table, the same for every plan. Every change goes through
//! `$PSCmdlet.ShouldProcess` (so `-WhatIf` shows it and changes nothing), is checked first
//! (what is done already is skipped and said so), and runs in a per-account `try`, so one
//! account's failure is reported and the others go on; a summary table ends the run, with
//! exit code 1 if anything failed. Nothing is ever deleted.
//!
//! Cmdlets and parameters, from their references under
//! <https://learn.microsoft.com/powershell/module/>: New-/Get-CsOnlineApplicationInstance
//! (`-UserPrincipalName -ApplicationId -DisplayName`; `-Identity`, which also takes
//! `-WhatIf`), Set-/Get-CsPhoneNumberAssignment (`-Identity -PhoneNumber -PhoneNumberType`;
//! `-TelephoneNumber`, giving `AssignedPstnTargetId`), New-/Get-CsOnlineApplicationInstanceAssociation
//! (`-Identities -ConfigurationId -ConfigurationType`; `-Identity`, giving `ConfigurationId`),
//! Get-CsAutoAttendant and Get-CsCallQueue (`-NameFilter`, a partial match: the exact name is
//! picked afterwards), New-CsAutoAttendantCallableEntity (`-Type ConfigurationEndpoint`),
//! Grant-CsOnlineVoiceRoutingPolicy (`-Identity -PolicyName`), Get-MgSubscribedSku (`-All`;
//! `PrepaidUnits.Enabled`, `ConsumedUnits`, `ServicePlans`, `AppliesTo`),
//! Get-MgUserLicenseDetail (`-UserId -All`), Set-MgUserLicense (`-UserId -AddLicenses
//! -RemoveLicenses`, both in one call) and Update-MgUser (`-UsageLocation`).
//!
//! Text a user typed only ever appears inside single-quoted strings with every quote
//! doubled, never in a comment, a double-quoted string or a here-string; text with control
//! characters is left out (the account is named by its position), so the script never runs
//! anything the user typed.
//!
//! The text that is the same for every plan (the header's prose, the `param` block, the
//! tables' comments, the helper functions and both phases' loops: most of the script's
//! weight) is not in the page's code, nor is the calling-code table usage locations come
//! from: they are the files of assets/script/ (see [`Template`]), which the page fetches
//! the first time the script is asked for (few visitors do) and the tests read from disk.
//! [`powershell`] fills the template's placeholders:
//! - `{{name}}` becomes what the plan gives `name` (see `Generator::fill`);
//! - a line with a placeholder the plan gives no value is left out: the `{{if-…}}`
//!   placeholders give the empty text or nothing, so they keep or drop their line;
//! - a table's placeholder (`{{create}}`, `{{licenses}}`…) starts a line and becomes the
//!   table's rows, a line each;
//! - an unknown name is left as it is (`{{name}}`), to show in the script and in the tests.

use std::fmt::Write;

use super::country;
use super::evaluate::{
    AccountRef, DropAccount, LicenseAssignment, LicenseToAssign, PstnNeed, Step, LICENSE_PROPAGATION_HOURS,
};
use super::phone::PhoneNumber;
use super::plan::{
    check_upn, flatten, has_control_characters, FlatNode, NodeKind, NumberType, Plan, ResourceAccount, TollFreeBilling,
};
use super::rules::{PaidLicenseKind, RuleEdition};
use super::sku::{self, Cloud};

/// The characters PowerShell reads as a single quote (about_Quoting_Rules).
const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// `text` as a single-quoted PowerShell string, or `None` if it holds control characters.
pub fn quote(text: &str) -> Option<String> {
    if has_control_characters(text) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        if SINGLE_QUOTES.contains(&c) {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    Some(out)
}

/// The cloud the plan's Teams Phone licenses are sold in (commercial if none says).
pub fn plan_cloud(plan: &Plan) -> Cloud {
    plan.licenses
        .iter()
        .filter(|(_, &n)| n > 0)
        .filter_map(|(p, _)| sku::by_part_number(p))
        .filter(|s| s.role.includes_phone_system())
        .map(|s| s.cloud)
        .find(|c| *c != Cloud::Commercial)
        .unwrap_or(Cloud::Commercial)
}

/// What the script's header says besides the plan itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScriptHeader<'a> {
    /// The plan's name (its `customer` field): a quoted variable, never a comment.
    pub customer: Option<&'a str>,
    /// The day the script is made, `YYYY-MM-DD`; anything but digits and dashes is left out.
    pub date: &'a str,
}

/// The script's text besides the plan: the files of assets/script/.
#[derive(Clone, Copy, Debug)]
pub struct Template<'a> {
    /// powershell-template.txt: the script, with placeholders.
    pub script: &'a str,
    /// calling-codes.txt: the table of [`country::iso_country`].
    pub calling_codes: &'a str,
}

impl Template<'_> {
    /// Whether these are the files (a host that answers every address with a page of its
    /// own sends something else).
    pub fn is_valid(&self) -> bool {
        self.script.starts_with("# Teams Phone resource accounts")
            && country::iso_country(self.calling_codes, "1").is_some()
    }
}

/// The script for a plan and its outcome (the steps [`super::evaluate()`] gave for it): the
/// template with its placeholders filled. Accounts without a usable user principal name, or
/// with control characters in their text, are table rows that name the account by position
/// and are reported, not run.
pub fn powershell(plan: &Plan, steps: &[Step], header: &ScriptHeader<'_>, template: &Template<'_>) -> String {
    let nodes = flatten(&plan.call_flows);
    let accounts: usize = nodes.iter().map(|n| n.node.resource_accounts.len()).sum();
    let g = Generator::new(plan, &nodes, steps, header, template.calling_codes);
    let mut s = String::with_capacity(template.script.len() + 400 * accounts);
    for line in template.script.split_inclusive('\n') {
        let start = s.len();
        let (mut rest, mut keep) = (line, true);
        while let Some((before, after)) = rest.split_once("{{") {
            let Some((name, after)) = after.split_once('}') else { break };
            s.push_str(before);
            keep &= g.fill(&mut s, name);
            rest = after.strip_prefix('}').unwrap_or(after);
        }
        s.push_str(rest);
        if !keep {
            s.truncate(start);
        }
    }
    s
}

/// Where the comment starts in a line that begins with placeholders and then a comment
/// (`{{if-2025}}# Rules: …`): such a line is kept or dropped on its own, so it is its own block.
fn directive_comment(line: &str) -> Option<usize> {
    let mut rest = line.strip_prefix("{{")?;
    loop {
        let (_, after) = rest.split_once("}}")?;
        match after.strip_prefix("{{") {
            Some(more) => rest = more,
            None => return after.starts_with('#').then(|| line.len() - after.len()),
        }
    }
}

/// A whole-line comment (not `#Requires`, which PowerShell reads).
fn is_comment_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') && !t.starts_with("#Requires")
}

/// The script's comments, as a translation is keyed: each run of whole-line comments is
/// one block (its lines joined by `\n`, indentation and `#` included), and a comment after
/// leading placeholders is a block of its own (from its `#`). Code, and comments after
/// code on the same line, are not comments here.
pub fn comment_blocks(script: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    each_comment(script, |block| blocks.push(block), |_| {});
    blocks
}

/// `script` with each comment block replaced by `translate`'s text for it (the block as
/// it is when there is none). Only comments change: code, placeholders and the user's
/// text never come from a translation.
pub fn translate_comments<'t>(script: &str, translate: impl Fn(&str) -> Option<&'t str>) -> String {
    let out = std::cell::RefCell::new(String::with_capacity(script.len() + script.len() / 2));
    each_comment(
        script,
        |block| {
            let text = translate(block).filter(|t| t.lines().all(is_comment_line)).unwrap_or(block);
            out.borrow_mut().push_str(text);
        },
        |code| out.borrow_mut().push_str(code),
    );
    out.into_inner()
}

/// Walks `script` calling `comment` for each comment block and `code` for everything
/// between (line ends included), in order: together they give the script back.
fn each_comment<'s>(script: &'s str, mut comment: impl FnMut(&'s str), mut code: impl FnMut(&'s str)) {
    let mut block: Option<(usize, usize)> = None;
    let mut at = 0;
    for line in script.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.strip_suffix('\n').unwrap_or(line);
        let directive = directive_comment(body);
        if directive.is_none() && is_comment_line(body) {
            // The block's last line end is code, after it.
            block = Some((block.map_or(start, |b| b.0), start + body.len()));
            continue;
        }
        if let Some((from, to)) = block.take() {
            comment(&script[from..to]);
            code(&script[to..start]);
        }
        match directive {
            Some(hash) => {
                code(&body[..hash]);
                comment(&body[hash..]);
                code(&line[body.len()..]);
            }
            None => code(line),
        }
    }
    if let Some((from, to)) = block {
        comment(&script[from..to]);
        code(&script[to..]);
    }
}

/// The country of a number as typed, if it parses and its calling code names one.
fn number_country<'t>(calling_codes: &'t str, ra: &ResourceAccount) -> Option<&'t str> {
    let number = PhoneNumber::parse(ra.phone_text()?).ok()?;
    country::iso_country(calling_codes, number.digits())
}

/// The country most of the plan's numbers are in (the first in alphabetical order on a
/// tie), for accounts without a number of their own.
fn most_common_country<'t>(calling_codes: &'t str, nodes: &[FlatNode<'_>]) -> Option<&'t str> {
    let mut counts: Vec<(&'t str, usize)> = Vec::new();
    for c in
        nodes.iter().flat_map(|n| n.node.resource_accounts.iter()).filter_map(|ra| number_country(calling_codes, ra))
    {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    // The most numbers; on a tie, the first in alphabetical order.
    counts.into_iter().max_by(|(a, m), (b, n)| m.cmp(n).then(b.cmp(a))).map(|(c, _)| c)
}

fn kind_name(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::AutoAttendant => "AutoAttendant",
        NodeKind::CallQueue => "CallQueue",
    }
}

fn bool_value(b: bool) -> &'static str {
    if b {
        "$true"
    } else {
        "$false"
    }
}

/// A row for an account whose text cannot go into the script. Named by position only:
/// its own text may not be safe even in a comment.
const MISSING_ACCOUNT: &str = "  # needs a user principal name (name@domain), and no control characters in its names";

/// The placeholders of what to get before phase 1 (the purchase steps), in the order of
/// [`Generator::to_get`].
const TO_GET: [&str; 6] = [
    "free-licenses",
    "paid-phone-system-licenses",
    "paid-resource-account-licenses",
    "calling-plan-licenses",
    "toll-free-credits",
    "toll-free-overage",
];

struct Generator<'a> {
    plan: &'a Plan,
    nodes: &'a [FlatNode<'a>],
    calling_codes: &'a str,
    common_country: Option<&'a str>,
    header: &'a ScriptHeader<'a>,
    /// The header's date, if it is only digits and dashes.
    date: Option<&'a str>,
    hours: u32,
    /// The quantities of the purchase steps the plan has, as [`TO_GET`] names them.
    to_get: [Option<u64>; 6],
    create: &'a [(AccountRef, NodeKind)],
    assign: &'a [LicenseAssignment],
    numbers: &'a [(AccountRef, Option<NumberType>)],
    pstn: &'a [(AccountRef, PstnNeed)],
    associate: &'a [AccountRef],
    nested: &'a [DropAccount],
}

impl<'a> Generator<'a> {
    fn new(
        plan: &'a Plan,
        nodes: &'a [FlatNode<'a>],
        steps: &'a [Step],
        header: &'a ScriptHeader<'a>,
        calling_codes: &'a str,
    ) -> Self {
        let mut g = Generator {
            plan,
            nodes,
            calling_codes,
            common_country: most_common_country(calling_codes, nodes),
            header,
            date: Some(header.date).filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit() || b == b'-')),
            hours: LICENSE_PROPAGATION_HOURS,
            to_get: [None; 6],
            create: &[],
            assign: &[],
            numbers: &[],
            pstn: &[],
            associate: &[],
            nested: &[],
        };
        for step in steps {
            match step {
                Step::AcquireFreeLicenses { quantity, .. } => g.to_get[0] = Some(*quantity),
                Step::AcquirePaidLicenses { quantity, kind, .. } => {
                    g.to_get[if *kind == PaidLicenseKind::PhoneSystem { 1 } else { 2 }] = Some(*quantity);
                }
                Step::AcquireCallingPlans { quantity, .. } => g.to_get[3] = Some(*quantity),
                Step::PrepareTollFree { toll_free_accounts, billing } => {
                    g.to_get[if *billing == TollFreeBilling::CommunicationsCredits { 4 } else { 5 }] =
                        Some(*toll_free_accounts);
                }
                Step::CreateResourceAccounts { accounts } => g.create = accounts,
                Step::AssignLicenses { assignments } => g.assign = assignments,
                Step::WaitForLicenses { hours } => g.hours = *hours,
                Step::AssignPhoneNumbers { accounts } => g.numbers = accounts,
                Step::SetUpPstnUse { accounts } => g.pstn = accounts,
                Step::AssociateWithCallFlows { accounts } => g.associate = accounts,
                Step::TargetNestedDirectly { accounts } => g.nested = accounts,
                Step::CheckSubscriptions => {}
            }
        }
        g
    }

    /// Writes the value of the placeholder `name`; false if the plan gives it none (its
    /// line is left out).
    fn fill(&self, s: &mut String, name: &str) -> bool {
        let rules = self.plan.rules;
        match name {
            "if-2025" => return rules == RuleEdition::E2025,
            "if-2022" => return rules == RuleEdition::E2022,
            "if-2019" => return rules == RuleEdition::E2019,
            "if-old-rules" => return rules != RuleEdition::E2025,
            "if-no-country" => return self.common_country.is_none(),
            "if-before-phase-1" => return self.common_country.is_none() || self.to_get.iter().any(Option::is_some),
            "date" => match self.date {
                Some(d) => s.push_str(d),
                None => return false,
            },
            "file" => {
                s.push_str("resource-accounts");
                if let Some(d) = self.date {
                    s.push('-');
                    s.push_str(d);
                }
                s.push_str(".ps1");
            }
            "hours" => {
                let _ = write!(s, "{}", self.hours);
            }
            "customer" => match self.header.customer.map(quote) {
                None => s.push_str("$null"),
                Some(Some(q)) => s.push_str(&q),
                Some(None) => s.push_str("$null  # left out: the plan's name has control characters"),
            },
            "resource-account-sku" => match sku::resource_account_license(plan_cloud(self.plan)) {
                Some(sku) => {
                    let _ = write!(s, "'{}'", sku.part_number);
                }
                None => s.push_str("$null  # Microsoft lists no Resource Account license for DoD"),
            },
            "auto-attendant-app-id" => s.push_str(NodeKind::AutoAttendant.application_id()),
            "call-queue-app-id" => s.push_str(NodeKind::CallQueue.application_id()),
            "create" => self.create_rows(s),
            "licenses" => self.license_rows(s),
            "numbers" => self.number_rows(s),
            "dial-out" => self.dial_out_rows(s),
            "associations" => self.association_rows(s),
            "nested" => self.nested_rows(s),
            _ => match TO_GET.iter().position(|n| *n == name) {
                Some(i) => match self.to_get[i] {
                    Some(quantity) => {
                        let _ = write!(s, "{quantity}");
                    }
                    None => return false,
                },
                None => {
                    s.push_str("{{");
                    s.push_str(name);
                    s.push_str("}}");
                }
            },
        }
        true
    }

    fn account(&self, at: AccountRef) -> &ResourceAccount {
        &self.nodes[at.node as usize].node.resource_accounts[at.account as usize]
    }

    /// The account's user principal name, quoted, if it is `name@domain` and printable.
    /// An account whose display name has control characters is left out everywhere, like
    /// one without a usable user principal name.
    fn upn(&self, at: AccountRef) -> Option<String> {
        let ra = self.account(at);
        if has_control_characters(&ra.display_name) {
            return None;
        }
        ra.user_principal_name.as_deref().filter(|u| check_upn(u).is_ok()).and_then(quote)
    }

    fn missing(&self, s: &mut String, at: AccountRef) {
        let _ =
            writeln!(s, "    @{{ Missing = 'call flow {} account {}' }}{MISSING_ACCOUNT}", at.node + 1, at.account + 1);
    }

    /// Phase 1: the resource accounts to create.
    fn create_rows(&self, s: &mut String) {
        for (at, kind) in self.create {
            match (self.upn(*at), quote(&self.account(*at).display_name)) {
                (Some(u), Some(d)) => {
                    let _ = writeln!(s, "    @{{ Upn = {u}; DisplayName = {d}; Kind = '{}' }}", kind_name(*kind));
                }
                _ => self.missing(s, *at),
            }
        }
    }

    /// Phase 1: the accounts to license, and those that dial out with a Calling Plan number
    /// (their Calling Plan license needs the same sync), in preorder.
    fn license_rows(&self, s: &mut String) {
        // Each account's assignment and whether it dials out with a Calling Plan number, in
        // preorder (by its place in a list of every account of the plan).
        let mut first = Vec::with_capacity(self.nodes.len());
        let mut total = 0;
        for n in self.nodes {
            first.push(total);
            total += n.node.resource_accounts.len();
        }
        let index = |at: AccountRef| first[at.node as usize] + at.account as usize;
        let mut licenses: Vec<(Option<&LicenseAssignment>, bool)> = vec![(None, false); total];
        for a in self.assign {
            licenses[index(a.at)].0 = Some(a);
        }
        for (at, need) in self.pstn {
            if *need == PstnNeed::CallingPlanLicense {
                licenses[index(*at)].1 = true;
            }
        }
        let refs = self.nodes.iter().zip(0..).flat_map(|(n, node)| {
            (0..n.node.resource_accounts.len() as u32).map(move |account| AccountRef { node, account })
        });
        for (at, (assignment, calling_plan)) in refs.zip(licenses) {
            if assignment.is_none() && !calling_plan {
                continue;
            }
            let Some(u) = self.upn(at) else {
                self.missing(s, at);
                continue;
            };
            let license = match assignment.map(|a| a.license) {
                Some(LicenseToAssign::FreeResourceAccount | LicenseToAssign::PaidResourceAccount) => {
                    "'ResourceAccount'"
                }
                Some(LicenseToAssign::PhoneSystem) => "'PhoneSystem'",
                None => "$null",
            };
            let swap = assignment.is_some_and(|a| a.replaces_phone_system);
            let location = number_country(self.calling_codes, self.account(at))
                .or(self.common_country)
                .map_or_else(|| "$null".to_owned(), |c| format!("'{c}'"));
            let _ = writeln!(
                s,
                "    @{{ Upn = {u}; License = {license}; Swap = {}; CallingPlan = {}; UsageLocation = {location} }}",
                bool_value(swap),
                bool_value(calling_plan)
            );
        }
    }

    /// Phase 2: the phone numbers.
    fn number_rows(&self, s: &mut String) {
        for (at, ty) in self.numbers {
            let ra = self.account(*at);
            let number = ra.phone_text().and_then(|t| PhoneNumber::parse(t).ok()).and_then(|n| quote(&n.normalized()));
            match (self.upn(*at), number) {
                (Some(u), Some(n)) => {
                    let ty = ty.map_or_else(|| "$null".to_owned(), |t| format!("'{}'", t.powershell_name()));
                    let _ = writeln!(
                        s,
                        "    @{{ Upn = {u}; Number = {n}; NumberType = {ty}; TollFree = {} }}",
                        bool_value(ra.toll_free)
                    );
                }
                _ => self.missing(s, *at),
            }
        }
    }

    /// Phase 2: the accounts that dial out, and what they need.
    fn dial_out_rows(&self, s: &mut String) {
        for (at, need) in self.pstn {
            let Some(u) = self.upn(*at) else {
                self.missing(s, *at);
                continue;
            };
            let need = match need {
                PstnNeed::CallingPlanLicense => "CallingPlanLicense",
                PstnNeed::VoiceRoutingPolicy => "VoiceRoutingPolicy",
                PstnNeed::NumberOrPolicy => "NumberOrPolicy",
            };
            let _ = writeln!(s, "    @{{ Upn = {u}; Need = '{need}' }}");
        }
    }

    /// Phase 2: each account with its auto attendant or call queue.
    fn association_rows(&self, s: &mut String) {
        for at in self.associate {
            let node = self.nodes[at.node as usize].node;
            match (self.upn(*at), quote(&node.name)) {
                (Some(u), Some(name)) => {
                    let _ = writeln!(s, "    @{{ Upn = {u}; Kind = '{}'; Target = {name} }}", kind_name(node.kind));
                }
                _ => self.missing(s, *at),
            }
        }
    }

    /// Phase 2, read-only: the nested auto attendants and call queues to target directly.
    fn nested_rows(&self, s: &mut String) {
        for d in self.nested {
            let flat = &self.nodes[d.at.node as usize];
            let Some(name) = quote(&flat.node.name) else {
                let _ = writeln!(
                    s,
                    "    @{{ Missing = 'call flow {}' }}  # its name has control characters",
                    d.at.node + 1
                );
                continue;
            };
            let parent = flat
                .parent
                .and_then(|p| quote(&self.nodes[p as usize].node.name))
                .unwrap_or_else(|| "$null".to_owned());
            let upn = self.upn(d.at).unwrap_or_else(|| "$null".to_owned());
            let _ = writeln!(
                s,
                "    @{{ Kind = '{}'; Name = {name}; Parent = {parent}; Exists = {}; Upn = {upn} }}",
                kind_name(flat.node.kind),
                bool_value(d.exists)
            );
        }
    }
}
