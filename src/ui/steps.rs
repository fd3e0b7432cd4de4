//! The purchase and setup checklist, worded from the engine's structured steps, with one
//! line per account and the same steps as a PowerShell script.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use super::call_flows::Shared;
use super::fields::StaleNotice;
use super::state::{use_ctx, Ctx};
use crate::engine::script::{powershell, translate_comments, ScriptHeader, Template};
use crate::engine::{flatten, AccountRef, FlatNode, LicenseToAssign, PhoneNumber, Plan, Step};
use crate::i18n::{Lang, LicenseLabel, Msg};
use crate::platform::{fetch_text, today};
use crate::state::InvalidField;

/// Account lines shown per step before "Show all".
const LINES_SHOWN: usize = 10;

/// The script's text besides the plan (see `engine::script::Template`), relative to the
/// page: Trunk copies assets/script/ there. Not part of the page's first visit: fetched
/// when first needed.
const TEMPLATE_URLS: [&str; 2] = ["script/powershell-template.txt", "script/calling-codes.txt"];

thread_local! {
    /// The files of [`TEMPLATE_URLS`] once fetched, for the page's life.
    static TEMPLATE: RefCell<Option<Rc<[String; 2]>>> = const { RefCell::new(None) };
    /// Whether a script (this one or Read my tenant's) was fetched: its comments then
    /// follow the language.
    static FETCHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Each language's comment translations once fetched.
    static COMMENTS: RefCell<Vec<(Lang, Comments)>> = const { RefCell::new(Vec::new()) };
}

/// Whether the page shows or has shown a script.
pub(super) fn script_fetched() -> bool {
    FETCHED.get()
}

/// Notes that a script was fetched.
pub(super) fn note_script_fetched() {
    FETCHED.set(true);
}

/// A language's translations of the scripts' comments (`assets/script/comments.<tag>.json`,
/// fetched with the script): English block → its translation.
pub(super) type Comments = Rc<serde_json::Map<String, serde_json::Value>>;

/// `lang`'s comment translations, fetched the first time; none for English or when the
/// file cannot be had (the comments then stay English).
pub(super) async fn script_comments(lang: Lang) -> Option<Comments> {
    if lang == Lang::En {
        return None;
    }
    if let Some(c) = cached_comments(lang) {
        return Some(c);
    }
    let text = fetch_text(&format!("script/comments.{}.json", lang.tag())).await.ok()?;
    let serde_json::Value::Object(map) = serde_json::from_str(&text).ok()? else { return None };
    let map = Rc::new(map);
    COMMENTS.with_borrow_mut(|c| c.push((lang, map.clone())));
    Some(map)
}

/// `lang`'s comment translations if they were fetched already.
pub(super) fn cached_comments(lang: Lang) -> Option<Comments> {
    COMMENTS.with_borrow(|c| c.iter().find(|(l, _)| *l == lang).map(|(_, c)| c.clone()))
}

/// `script` with its comments in the language of `comments`.
pub(super) fn translated(script: &str, comments: Option<&Comments>) -> String {
    match comments {
        Some(c) => translate_comments(script, |block| c.get(block).and_then(serde_json::Value::as_str)),
        None => script.to_owned(),
    }
}

fn template(files: &[String; 2]) -> Template<'_> {
    Template { script: &files[0], calling_codes: &files[1] }
}

/// The script for a plan and its steps, made on `date`, its comments in `lang` when they
/// were fetched.
fn script(lang: Lang, plan: &Plan, steps: &[Step], date: &str, files: &[String; 2]) -> String {
    let comments = cached_comments(lang);
    let text = translated(&files[0], comments.as_ref());
    let t = Template { script: &text, calling_codes: &files[1] };
    powershell(plan, steps, &ScriptHeader { customer: plan.customer.as_deref(), date }, &t)
}

/// Fetches the script's template if the page does not have it yet, then copies the script
/// of `act`'s steps, or offers it as a download (`true`); `status` says how it went. If the
/// template cannot be fetched (no network, an error status, or not the template: a host
/// that answers every address with a page of its own), the next try fetches it again.
async fn with_template(act: Option<(Shared<super::Details>, bool)>, status: UseStateHandle<Option<String>>, ctx: Ctx) {
    let mut files = TEMPLATE.with_borrow(Clone::clone);
    if files.is_none() {
        // Clears a failure before, so that another is announced again.
        status.set(None);
        let mut fetched: [String; 2] = Default::default();
        for (file, url) in fetched.iter_mut().zip(TEMPLATE_URLS) {
            *file = fetch_text(url).await.unwrap_or_default();
        }
        if template(&fetched).is_valid() {
            note_script_fetched();
            // The comments in the page's language (English if they cannot be had), before
            // the script is shown.
            script_comments(ctx.lang).await;
            files = Some(Rc::new(fetched));
            TEMPLATE.set(files.clone());
        }
    }
    let msg = match (files, act) {
        (None, _) => Some(Msg::ScriptUnavailable),
        (Some(files), Some((details, download))) => {
            let (plan, date) = (&details.0.plan.0, today());
            let text = script(ctx.lang, plan, &details.0.steps, &date, &files);
            if download {
                // A byte order mark: Windows PowerShell 5.1 reads UTF-8 without one as the
                // ANSI code page, which would garble non-ASCII names.
                let name = format!("resource-accounts-{date}.ps1");
                crate::platform::download(&name, "text/plain;charset=utf-8", &format!("\u{FEFF}{text}"));
                None
            } else if crate::platform::copy_text(&text).await {
                Some(Msg::Copied)
            } else {
                Some(Msg::CopyFailed)
            }
        }
        // Shows the script.
        (Some(_), None) => None,
    };
    status.set(msg.map(|m| ctx.t(m)));
}

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

    // The template is fetched when the section is first opened (or Copy or Download
    // pressed): it is not part of the page's first visit.
    let status = use_state(|| None::<String>);
    let on_toggle = {
        let (open, status, ctx) = (script_open.clone(), status.clone(), ctx.clone());
        Callback::from(move |e: Event| {
            let now_open = e.target_unchecked_into::<HtmlDetailsElement>().open();
            open.set(now_open);
            if now_open {
                wasm_bindgen_futures::spawn_local(with_template(None, status.clone(), ctx.clone()));
            }
        })
    };
    // The script is only built while its section is open: it is long for large plans.
    let files = TEMPLATE.with_borrow(Clone::clone).filter(|_| *script_open);
    let text = files.map(|f| script(ctx.lang, plan, steps, &today(), &f));
    let action = |download: bool| {
        let (details, status, ctx) = (p.details.clone(), status.clone(), ctx.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = details.clone() {
                wasm_bindgen_futures::spawn_local(with_template(Some((d, download)), status.clone(), ctx.clone()));
            }
        })
    };
    let (on_copy, on_download) = (action(false), action(true));
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
                    <span class="copy-status" role="status" data-testid="script-status">{ (*status).clone().unwrap_or_default() }</span>
                </div>
                if let Some(s) = text { <pre class="script" tabindex="0" aria-label={ctx.t(Msg::PowerShellHeading)} data-testid="script"><code>{ s }</code></pre> }
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
