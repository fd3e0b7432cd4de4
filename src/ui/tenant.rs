//! "Read my tenant": the read-only script to run, the ways to open what it writes, and
//! what the import found (engine::tenant).

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::share::copy_and_say;
use super::state::{use_ctx, Action};
use super::steps::{cached_comments, note_script_fetched, script_comments, translated};
use crate::engine::tenant::TenantReport;
use crate::i18n::Msg;
use crate::platform::{download, fetch_text};

/// The script, copied to dist/script/ by Trunk and fetched when the panel opens: it is
/// text to show, not code the page needs (saves its bytes on every first visit).
const SCRIPT_URL: &str = "script/read-tenant.ps1";

/// Whether a fetch gave the script, not a page a host answers every address with.
fn is_script(text: &str) -> bool {
    text.starts_with('#') && text.contains("teams-tenant-snapshot")
}

#[function_component(ReadTenant)]
pub fn read_tenant() -> Html {
    let ctx = use_ctx();
    // None: not fetched yet; Some(None): the fetch failed.
    let script = use_state(|| None::<Option<AttrValue>>);
    let status = use_state(|| None::<String>);
    let pasted = use_node_ref();
    let on_toggle = {
        let (script, lang) = (script.clone(), ctx.lang);
        Callback::from(move |e: Event| {
            let open = e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open();
            if !open || matches!(*script, Some(Some(_))) {
                return;
            }
            let script = script.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = fetch_text(SCRIPT_URL).await.ok().filter(|t| is_script(t));
                // Its comments in the page's language, and in any chosen later.
                if text.is_some() {
                    note_script_fetched();
                    script_comments(lang).await;
                }
                script.set(Some(text.map(AttrValue::from)));
            });
        })
    };
    let text = (*script).clone().flatten().map(|t| match cached_comments(ctx.lang) {
        Some(c) => AttrValue::from(translated(&t, Some(&c))),
        None => t,
    });
    let on_copy = {
        let (ctx, status, text) = (ctx.clone(), status.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = &text {
                copy_and_say(ctx.clone(), status.clone(), t.to_string());
            }
        })
    };
    let on_download = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = &text {
                // English is ASCII; translated comments are not, and Windows PowerShell 5.1
                // reads UTF-8 without a byte order mark as the ANSI code page.
                let bom = if t.is_ascii() { "" } else { "\u{FEFF}" };
                download("read-tenant.ps1", "text/plain;charset=utf-8", &format!("{bom}{t}"));
            }
        })
    };
    let on_paste_open = {
        let (ctx, pasted) = (ctx.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = pasted.cast::<HtmlTextAreaElement>() else { return };
            let value = area.value();
            if value.trim().is_empty() {
                return;
            }
            ctx.send(Action::OpenFile { name: String::new(), bytes: Rc::from(value.into_bytes()) });
        })
    };
    html! {
        <details class="panel tenant" data-testid="read-tenant" ontoggle={on_toggle}>
            <summary><h2>{ ctx.t(Msg::TenantHeading) }</h2></summary>
            <p>{ ctx.t(Msg::TenantIntro) }</p>
            <p class="hint">{ ctx.t(Msg::TenantReads) }</p>
            <p class="hint">{ ctx.t(Msg::TenantRoles) }</p>
            <p class="hint">{ ctx.t(Msg::TenantPrivacy) }</p>
            <div class="toolbar">
                <button type="button" onclick={on_copy} disabled={text.is_none()} data-testid="copy-tenant-script">{ ctx.t(Msg::CopyScript) }</button>
                <button type="button" onclick={on_download} disabled={text.is_none()} data-testid="download-tenant-script">{ ctx.t(Msg::TenantDownloadScript) }</button>
                <label class="button file-button" for="import-file">{ ctx.t(Msg::TenantOpen) }</label>
            </div>
            if let Some(s) = &*status { <p role="status" data-testid="tenant-script-status">{ s.clone() }</p> }
            { match (&*script, &text) {
                (Some(None), _) => html! { <p class="alert" role="alert" data-testid="tenant-script-unavailable">{ ctx.t(Msg::ScriptUnavailable) }</p> },
                (Some(Some(_)), Some(t)) => html! {
                    <pre class="script" tabindex="0" aria-label={ctx.t(Msg::TenantScriptLabel)} data-testid="tenant-script">{ t.clone() }</pre>
                },
                _ => html! {},
            } }
            <label for="tenant-paste">{ ctx.t(Msg::TenantDropHint) }</label>
            <textarea id="tenant-paste" ref={pasted} rows="3" spellcheck="false" aria-label={ctx.t(Msg::TenantPasteLabel)} data-testid="tenant-paste" />
            <div class="toolbar">
                <button type="button" onclick={on_paste_open} data-testid="tenant-paste-open">{ ctx.t(Msg::TenantPasteOpen) }</button>
            </div>
        </details>
    }
}

#[derive(Properties)]
pub struct FindingsProps {
    pub report: Rc<TenantReport>,
}

/// The same report, not an equal one: comparing findings deeply costs bytes and time.
impl PartialEq for FindingsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

/// What the import found, beside the figures.
#[function_component(TenantFindings)]
pub fn tenant_findings(p: &FindingsProps) -> Html {
    let ctx = use_ctx();
    let r = &p.report;
    let on_dismiss = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::DismissTenantReport))
    };
    // The script writes an ISO 8601 time; the date is what a reader needs.
    let read = r.created_utc.get(..10).unwrap_or(&r.created_utc).to_owned();
    html! {
        <section class="panel tenant-findings" aria-labelledby="tenant-findings-title" data-testid="tenant-findings">
            <h2 id="tenant-findings-title">{ ctx.t(Msg::TenantFindingsHeading) }</h2>
            <p class="hint" data-testid="tenant-summary">{ ctx.t(Msg::TenantSummary {
                tenant: r.tenant_id.clone(),
                read,
                auto_attendants: r.auto_attendants,
                call_queues: r.call_queues,
                accounts: r.accounts,
            }) }</p>
            <ul class="findings">
                { for r.findings.iter().map(|f| html! {
                    <li class={if f.is_problem() { "finding problem" } else { "finding" }} data-testid="tenant-finding">{ ctx.t(Msg::TenantFinding(f.clone())) }</li>
                }) }
            </ul>
            if let Some(changes) = &r.changes {
                <h3>{ ctx.t(Msg::TenantChangesHeading) }</h3>
                if changes.is_empty() {
                    <p data-testid="tenant-no-changes">{ ctx.t(Msg::TenantNoChanges) }</p>
                } else {
                    <ul class="findings" data-testid="tenant-changes">
                        { for changes.iter().map(|c| html! { <li data-testid="tenant-change">{ ctx.t(Msg::TenantChange(c.clone())) }</li> }) }
                    </ul>
                }
            }
            <button type="button" class="link" onclick={on_dismiss} data-testid="dismiss-tenant-findings">{ ctx.t(Msg::Dismiss) }</button>
        </section>
    }
}
