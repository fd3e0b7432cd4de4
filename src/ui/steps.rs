//! The purchase and setup checklist, worded from the engine's structured steps, with one
//! line per account and the same steps as a PowerShell script.

use std::collections::HashSet;

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use super::call_flows::Shared;
use super::fields::StaleNotice;
use super::state::{use_ctx, Ctx};
use crate::engine::script::{powershell, ScriptHeader};
use crate::engine::{flatten, AccountRef, FlatNode, LicenseToAssign, PhoneNumber, Plan, Step};
use crate::i18n::{LicenseLabel, Msg};
use crate::platform::{download, today};
use crate::state::InvalidField;

/// Account lines shown per step before "Show all".
const LINES_SHOWN: usize = 10;

#[derive(Properties, PartialEq)]
pub struct StepsProps {
    /// The steps (absent for a moment on a large plan's first evaluation).
    pub details: Option<Shared<super::Details>>,
    /// Fields whose text is not valid: the quantities are hidden until they are fixed.
    pub invalid: Vec<InvalidField>,
}

#[function_component(Steps)]
pub fn steps(p: &StepsProps) -> Html {
    let ctx = use_ctx();
    let done = use_state(HashSet::<String>::new);
    let expanded = use_state(HashSet::<usize>::new);
    let script_open = use_state(|| false);
    // The plan the steps were worked out for (see `Details`).
    let empty = Plan::default();
    let plan = p.details.as_ref().map_or(&empty, |d| &d.0.plan.0);
    let steps: &[Step] = p.details.as_ref().map_or(&[][..], |d| &d.0.steps[..]);
    let nodes = flatten(&plan.call_flows);

    let items: Vec<Html> = steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            // Only the lines shown are worded: a large plan lists thousands of accounts.
            let limit = if expanded.contains(&i) { usize::MAX } else { LINES_SHOWN };
            let (title, detail, lines, total, warn) = describe(&ctx, step, &nodes, limit);
            let key = format!("{i}:{title}");
            let checked = done.contains(&key);
            let toggle = {
                let done = done.clone();
                let key = key.clone();
                Callback::from(move |_: Event| {
                    let mut next = (*done).clone();
                    if !next.remove(&key) {
                        next.insert(key.clone());
                    }
                    done.set(next);
                })
            };
            let show_all = expanded.contains(&i);
            let expand = {
                let expanded = expanded.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = (*expanded).clone();
                    next.insert(i);
                    expanded.set(next);
                })
            };
            let id = format!("step-{i}");
            html! {
                <li class={classes!("step", checked.then_some("done"))} data-testid="step">
                    <div class="step-head">
                        <input type="checkbox" id={id.clone()} checked={checked} onchange={toggle} />
                        <label for={id}>{ title }</label>
                    </div>
                    if let Some(d) = detail { <p class="step-detail">{ d }</p> }
                    if let Some(w) = warn { <p class="step-warning" role="note">{ w }</p> }
                    if total > 0 {
                        <ul class="step-lines">
                            { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                        </ul>
                        if !show_all && total > LINES_SHOWN {
                            <button type="button" class="link" onclick={expand}>{ ctx.t(Msg::ShowAll { count: total as u64 }) }</button>
                        }
                    }
                </li>
            }
        })
        .collect();

    let on_toggle = {
        let open = script_open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    // The script is only built while its section is open: it is long for large plans.
    let script = script_open.then(|| {
        let date = today();
        powershell(plan, steps, &ScriptHeader { customer: plan.customer.as_deref(), date: &date })
    });
    let on_download = {
        let details = p.details.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(d) = &details else { return };
            let (plan, date) = (&d.0.plan.0, today());
            // A byte order mark: Windows PowerShell 5.1 reads UTF-8 without one as the ANSI
            // code page, which would garble non-ASCII names.
            let text = format!(
                "\u{FEFF}{}",
                powershell(plan, &d.0.steps, &ScriptHeader { customer: plan.customer.as_deref(), date: &date })
            );
            download(&format!("resource-accounts-{date}.ps1"), "text/plain;charset=utf-8", &text);
        })
    };
    let copied = use_state(|| None::<String>);
    let on_copy = {
        let (details, copied, ctx) = (p.details.clone(), copied.clone(), ctx.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(d) = &details else { return };
            let (plan, date) = (&d.0.plan.0, today());
            let text = powershell(plan, &d.0.steps, &ScriptHeader { customer: plan.customer.as_deref(), date: &date });
            let (copied, ctx) = (copied.clone(), ctx.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::platform::copy_text(&text).await;
                copied.set(Some(ctx.t(if ok { Msg::Copied } else { Msg::CopyFailed })));
            });
        })
    };
    html! {
        <section class="panel steps" aria-labelledby="steps-title">
            <h2 id="steps-title">{ ctx.t(Msg::StepsHeading) }</h2>
            <p class="hint">{ ctx.t(Msg::StepsIntro) }</p>
            if !p.invalid.is_empty() { <StaleNotice fields={p.invalid.clone()} test_id="steps-stale" /> }
            // Hidden, not dropped, so the ticks survive.
            <ol class="step-list" data-testid="steps" hidden={!p.invalid.is_empty()}>{ for items }</ol>
            <details class="powershell" ontoggle={on_toggle} data-testid="powershell">
                <summary>{ ctx.t(Msg::PowerShellHeading) }</summary>
                <p class="hint">{ ctx.t(Msg::PowerShellIntro) }</p>
                <div class="toolbar">
                    <button type="button" onclick={on_copy} data-testid="copy-script">{ ctx.t(Msg::CopyScript) }</button>
                    <button type="button" onclick={on_download} data-testid="download-script">{ ctx.t(Msg::DownloadScript) }</button>
                    <span class="copy-status" role="status" data-testid="script-status">{ (*copied).clone().unwrap_or_default() }</span>
                </div>
                if let Some(s) = script { <pre class="script" tabindex="0" aria-label={ctx.t(Msg::PowerShellHeading)} data-testid="script"><code>{ s }</code></pre> }
            </details>
        </section>
    }
}

fn account_name(ctx: &Ctx, nodes: &[FlatNode<'_>], at: AccountRef) -> String {
    ctx.name(&nodes[at.node as usize].node.resource_accounts[at.account as usize].display_name)
}

/// Title, detail, the first `limit` per-account lines, how many there are in all, and a
/// warning, for one step.
fn describe(
    ctx: &Ctx,
    step: &Step,
    nodes: &[FlatNode<'_>],
    limit: usize,
) -> (String, Option<String>, Vec<String>, usize, Option<String>) {
    let n = |len: usize| len as u64;
    let ra = |at: AccountRef| &nodes[at.node as usize].node.resource_accounts[at.account as usize];
    let none = || (Vec::new(), 0);
    let lines = |items: &mut dyn ExactSizeIterator<Item = String>| {
        let total = items.len();
        (items.take(limit).collect::<Vec<_>>(), total)
    };
    let (title, detail, (lines, total), warn) = match step {
        Step::CheckSubscriptions => (ctx.t(Msg::StepCheck), Some(ctx.t(Msg::StepCheckDetail)), none(), None),
        Step::AcquireFreeLicenses { quantity, allotment, already_owned, channel } => (
            ctx.t(Msg::StepFree { quantity: *quantity, allotment: *allotment, owned: *already_owned }),
            Some(ctx.t(Msg::StepFreeDetail(*channel))),
            none(),
            None,
        ),
        Step::AcquirePaidLicenses { quantity, kind, channel } => (
            ctx.t(Msg::StepPaid { quantity: *quantity, kind: *kind }),
            Some(ctx.t(Msg::StepPaidDetail(*kind, *channel))),
            none(),
            None,
        ),
        Step::AcquireCallingPlans { quantity, channel } => (
            ctx.t(Msg::StepCallingPlans { quantity: *quantity }),
            Some(ctx.t(Msg::StepCallingPlansDetail(*channel))),
            none(),
            None,
        ),
        Step::PrepareTollFree { toll_free_accounts, billing } => (
            ctx.t(Msg::StepTollFree { count: *toll_free_accounts, billing: *billing }),
            Some(ctx.t(Msg::StepTollFreeDetail(*billing))),
            none(),
            None,
        ),
        Step::TargetNestedDirectly { accounts } => (
            ctx.t(Msg::StepTargetNested { count: n(accounts.len()) }),
            Some(ctx.t(Msg::StepTargetNestedDetail)),
            lines(&mut accounts.iter().map(|d| {
                let flat = &nodes[d.at.node as usize];
                let parent = flat.parent.map(|p| ctx.name(&nodes[p as usize].node.name)).unwrap_or_default();
                ctx.t(Msg::StepTargetNestedLine {
                    node: ctx.name(&flat.node.name),
                    kind: flat.node.kind,
                    parent,
                    account: account_name(ctx, nodes, d.at),
                    exists: d.exists,
                })
            })),
            None,
        ),
        Step::CreateResourceAccounts { accounts } => (
            ctx.t(Msg::StepCreate { count: n(accounts.len()) }),
            Some(ctx.t(Msg::StepCreateDetail)),
            lines(&mut accounts.iter().map(|(at, kind)| {
                let r = ra(*at);
                ctx.t(Msg::StepCreateLine {
                    kind: *kind,
                    name: account_name(ctx, nodes, *at),
                    upn: r.user_principal_name.clone().unwrap_or_else(|| ctx.t(Msg::NoUpn)),
                    number: r.phone_text().map(str::to_owned).unwrap_or_else(|| ctx.t(Msg::NoNumber)),
                })
            })),
            None,
        ),
        Step::AssignLicenses { assignments } => {
            let swaps = assignments.iter().any(|a| a.replaces_phone_system);
            (
                ctx.t(Msg::StepLicense { count: n(assignments.len()) }),
                Some(ctx.t(Msg::StepLicenseDetail)),
                lines(&mut assignments.iter().map(|a| {
                    let license = match a.license {
                        LicenseToAssign::FreeResourceAccount => LicenseLabel::FreeResourceAccount,
                        LicenseToAssign::PaidResourceAccount => LicenseLabel::PaidResourceAccount,
                        LicenseToAssign::PhoneSystem => LicenseLabel::PhoneSystem,
                    };
                    ctx.t(Msg::StepLicenseLine {
                        name: account_name(ctx, nodes, a.at),
                        license,
                        swap: a.replaces_phone_system,
                    })
                })),
                swaps.then(|| ctx.t(Msg::StepSwapWarning)),
            )
        }
        Step::WaitForLicenses { hours } => (ctx.t(Msg::StepWait { hours: u64::from(*hours) }), None, none(), None),
        Step::AssignPhoneNumbers { accounts } => (
            ctx.t(Msg::StepNumbers { count: n(accounts.len()) }),
            Some(ctx.t(Msg::StepNumbersDetail)),
            lines(&mut accounts.iter().map(|(at, ty)| {
                let number = ra(*at)
                    .phone_text()
                    .and_then(|t| PhoneNumber::parse(t).ok())
                    .map(|p| p.normalized())
                    .unwrap_or_default();
                ctx.t(Msg::StepNumberLine { name: account_name(ctx, nodes, *at), number, number_type: *ty })
            })),
            None,
        ),
        Step::SetUpPstnUse { accounts } => (
            ctx.t(Msg::StepPstn { count: n(accounts.len()) }),
            None,
            lines(
                &mut accounts
                    .iter()
                    .map(|(at, need)| ctx.t(Msg::StepPstnLine { name: account_name(ctx, nodes, *at), need: *need })),
            ),
            None,
        ),
        Step::AssociateWithCallFlows { accounts } => (
            ctx.t(Msg::StepAssociate { count: n(accounts.len()) }),
            Some(ctx.t(Msg::StepAssociateDetail)),
            lines(&mut accounts.iter().map(|at| {
                let node = nodes[at.node as usize].node;
                ctx.t(Msg::StepAssociateLine {
                    name: account_name(ctx, nodes, *at),
                    node: node.name.clone(),
                    kind: node.kind,
                })
            })),
            None,
        ),
    };
    (title, detail, lines, total, warn)
}
