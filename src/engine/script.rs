//! The PowerShell that carries out the steps (MicrosoftTeams and Microsoft Graph cmdlets;
//! the MSOnline cmdlets of the 2019 pages stopped working in 2025).
//!
//! Text a user typed only ever appears inside single-quoted strings with every quote
//! doubled, and text with control characters is left out, so the script never runs
//! anything the user typed.

use std::fmt::Write;

use super::evaluate::{LicenseToAssign, PstnNeed, Step};
use super::plan::{flatten, has_control_characters, NodeKind, Plan, ResourceAccount};
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

/// The script for a plan and its outcome. Lines for accounts without a user principal name
/// are comments asking for one.
pub fn powershell(plan: &Plan, steps: &[Step]) -> String {
    let nodes = flatten(&plan.call_flows);
    let account = |node: u32, i: u32| -> &ResourceAccount { &nodes[node as usize].node.resource_accounts[i as usize] };
    let upn = |ra: &ResourceAccount| ra.user_principal_name.as_deref().and_then(quote);
    let free_part =
        sku::resource_account_license(plan_cloud(plan)).map_or("PHONESYSTEM_VIRTUALUSER", |s| s.part_number);

    let mut s = String::new();
    let _ = writeln!(s, "# Teams Phone resource accounts: setup script from the resource account calculator.");
    let _ = writeln!(s, "# Review it before running. Needs the MicrosoftTeams and Microsoft.Graph PowerShell modules.");
    let _ = writeln!(s, "$ErrorActionPreference = 'Stop'");
    let _ = writeln!(s, "$UsageLocation = 'US'   # the two-letter country of the phone numbers");
    let _ = writeln!(s, "Connect-MicrosoftTeams");
    let _ = writeln!(s, "Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All");
    let _ = writeln!(s, "$skus = Get-MgSubscribedSku -All");
    let _ = writeln!(s, "$resourceAccountSku = ($skus | Where-Object SkuPartNumber -eq '{free_part}').SkuId");
    let _ = writeln!(
        s,
        "$phoneSystemSku = ($skus | Where-Object SkuPartNumber -like 'MCOEV*' | Select-Object -First 1).SkuId"
    );
    let _ = writeln!(s, "# Free Resource Account seats left: ActiveUnits - ConsumedUnits");
    let _ = writeln!(
        s,
        "$skus | Where-Object SkuId -eq $resourceAccountSku | ForEach-Object {{ $_.PrepaidUnits.Enabled - $_.ConsumedUnits }}"
    );

    for step in steps {
        match step {
            Step::CreateResourceAccounts { accounts } => {
                let _ = writeln!(s, "\n# Create the resource accounts");
                for (at, kind) in accounts {
                    let ra = account(at.node, at.account);
                    match (upn(ra), quote(&ra.display_name)) {
                        (Some(u), Some(d)) => {
                            let _ = writeln!(
                                s,
                                "New-CsOnlineApplicationInstance -UserPrincipalName {u} -ApplicationId {} -DisplayName {d}",
                                kind.application_id()
                            );
                        }
                        _ => missing(&mut s, at.node, at.account),
                    }
                }
            }
            Step::AssignLicenses { assignments } => {
                let _ = writeln!(s, "\n# Usage location, then the license (a swap removes and adds in one operation)");
                for a in assignments {
                    let ra = account(a.at.node, a.at.account);
                    let Some(u) = upn(ra) else {
                        missing(&mut s, a.at.node, a.at.account);
                        continue;
                    };
                    let sku_var = match a.license {
                        LicenseToAssign::FreeResourceAccount | LicenseToAssign::PaidResourceAccount => {
                            "$resourceAccountSku"
                        }
                        LicenseToAssign::PhoneSystem => "$phoneSystemSku",
                    };
                    let remove = if a.replaces_phone_system { "@($phoneSystemSku)" } else { "@()" };
                    let _ = writeln!(s, "Update-MgUser -UserId {u} -UsageLocation $UsageLocation");
                    let _ = writeln!(
                        s,
                        "Set-MgUserLicense -UserId {u} -AddLicenses @(@{{SkuId = {sku_var}}}) -RemoveLicenses {remove}"
                    );
                }
            }
            Step::WaitForLicenses { hours } => {
                let _ = writeln!(
                    s,
                    "\n# License changes can take up to {hours} hours to reach Teams; assign numbers after that."
                );
            }
            Step::AssignPhoneNumbers { accounts } => {
                let _ = writeln!(s, "\n# Phone numbers");
                for (at, ty) in accounts {
                    let ra = account(at.node, at.account);
                    let number = ra.phone_text().and_then(|t| super::phone::PhoneNumber::parse(t).ok());
                    match (upn(ra), number, ty) {
                        (Some(u), Some(n), Some(ty)) => {
                            let _ = writeln!(
                                s,
                                "Set-CsPhoneNumberAssignment -Identity {u} -PhoneNumber '{}' -PhoneNumberType {}",
                                n.normalized(),
                                ty.powershell_name()
                            );
                        }
                        (Some(_), Some(_), None) => {
                            let _ = writeln!(
                                s,
                                "# call flow {} account {}: choose the number type first",
                                at.node + 1,
                                at.account + 1
                            );
                        }
                        _ => missing(&mut s, at.node, at.account),
                    }
                }
            }
            Step::SetUpPstnUse { accounts } => {
                let _ = writeln!(s, "\n# Accounts used for outbound caller ID or PSTN transfer");
                for (at, need) in accounts {
                    let ra = account(at.node, at.account);
                    let Some(u) = upn(ra) else {
                        missing(&mut s, at.node, at.account);
                        continue;
                    };
                    let _ = match need {
                        PstnNeed::CallingPlanLicense => writeln!(
                            s,
                            "# {u}: assign a Calling Plan license (pay-as-you-go works) with Set-MgUserLicense"
                        ),
                        PstnNeed::VoiceRoutingPolicy => {
                            writeln!(s, "Grant-CsOnlineVoiceRoutingPolicy -Identity {u} -PolicyName '<your policy>'")
                        }
                        PstnNeed::NumberOrPolicy => writeln!(
                            s,
                            "# {u}: needs a Calling Plan license with a number, an Operator Connect number or a voice routing policy"
                        ),
                    };
                }
            }
            Step::AssociateWithCallFlows { accounts } => {
                let _ = writeln!(s, "\n# Associate each account with its auto attendant or call queue");
                for at in accounts {
                    let flat = &nodes[at.node as usize];
                    let ra = account(at.node, at.account);
                    match (upn(ra), quote(&flat.node.name)) {
                        (Some(u), Some(name)) => {
                            let (lookup, ty) = match flat.node.kind {
                                NodeKind::AutoAttendant => ("Get-CsAutoAttendant", "AutoAttendant"),
                                NodeKind::CallQueue => ("Get-CsCallQueue", "CallQueue"),
                            };
                            let _ = writeln!(
                                s,
                                "New-CsOnlineApplicationInstanceAssociation -Identities (Get-CsOnlineUser {u}).Identity -ConfigurationId ({lookup} -NameFilter {name} | Select-Object -First 1).Identity -ConfigurationType {ty}"
                            );
                        }
                        _ => missing(&mut s, at.node, at.account),
                    }
                }
            }
            Step::TargetNestedDirectly { accounts } => {
                let _ = writeln!(
                    s,
                    "\n# Nested auto attendants and call queues the parent can target directly (no resource account):"
                );
                let _ = writeln!(
                    s,
                    "# in the parent's call flow use New-CsAutoAttendantCallableEntity -Identity <the nested one's Identity> -Type ConfigurationEndpoint"
                );
                for d in accounts {
                    let _ = writeln!(
                        s,
                        "# call flow {} account {}: {}",
                        d.at.node + 1,
                        d.at.account + 1,
                        if d.exists {
                            "retarget the parent, then remove this account"
                        } else {
                            "do not create this account"
                        }
                    );
                }
            }
            Step::CheckSubscriptions
            | Step::AcquireFreeLicenses { .. }
            | Step::AcquirePaidLicenses { .. }
            | Step::AcquireCallingPlans { .. }
            | Step::PrepareTollFree { .. } => {}
        }
    }
    s
}

/// Accounts are named by position only: their own text may not be safe even in a comment.
fn missing(s: &mut String, node: u32, account: u32) {
    let _ = writeln!(
        s,
        "# call flow {} account {}: needs a user principal name (name@domain) and a name without control characters",
        node + 1,
        account + 1
    );
}
