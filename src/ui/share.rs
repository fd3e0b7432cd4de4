//! Share link, copy summary, embed snippet.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::use_ctx;
use crate::i18n::Msg;
use crate::platform::{copy_text, origin};
use crate::share::{embed_snippet, query_for, PageOptions};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The page URL without query or fragment.
    pub base: AttrValue,
    /// `#plan=…` for the current plan, once made.
    pub fragment: Option<AttrValue>,
    /// The plan changed since the link was made; a new one is on its way.
    pub pending: bool,
}

/// Links longer than this are cut by some mail, chat and wiki tools.
const LONG_LINK: usize = 8000;

#[function_component(SharePanel)]
pub fn share_panel(p: &ShareProps) -> Html {
    let ctx = use_ctx();
    let status = use_state(|| None::<String>);
    let read_only = use_state(|| false);
    let with_plan = use_state(|| true);
    let sandboxed = use_state(|| false);
    // The link of a large plan runs to hundreds of kilobytes: it and the embed snippet are
    // made once per new link, not on every render.
    // The link carries the language, so it opens as it was sent.
    let link = (*use_memo((p.base.clone(), p.fragment.clone(), ctx.lang), |(base, f, lang)| {
        f.as_ref().map(|f| AttrValue::from(format!("{base}?lang={}{f}", lang.tag())))
    }))
    .clone();

    // What to copy is made when the button is pressed, not on every render.
    let copy = |text: Rc<dyn Fn() -> Option<String>>| {
        let (ctx, status) = (ctx.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = text() {
                copy_and_say(ctx.clone(), status.clone(), text);
            }
        })
    };
    let link_text = {
        let link = link.clone();
        Rc::new(move || link.as_ref().map(|l| l.to_string())) as Rc<dyn Fn() -> Option<String>>
    };
    let toggle = |s: &UseStateHandle<bool>| {
        let s = s.clone();
        Callback::from(move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let (iframe, script) = (*use_memo(
        (p.base.clone(), p.fragment.clone(), *read_only, *with_plan, *sandboxed, ctx.lang),
        |(base, fragment, read_only, with_plan, sandboxed, lang)| {
            let options =
                PageOptions { embed: true, read_only: *read_only, lang: Some(*lang), ..PageOptions::default() };
            let src = format!(
                "{base}{}{}",
                query_for(&options),
                if *with_plan { fragment.as_deref().unwrap_or("") } else { "" }
            );
            let (iframe, script) = embed_snippet(&src, &origin(), &ctx.t(Msg::EmbedTitle), *sandboxed);
            (AttrValue::from(iframe), AttrValue::from(script))
        },
    ))
    .clone();
    html! {
        <section class="panel share" aria-labelledby="share-title">
            <h2 id="share-title">{ ctx.t(Msg::ShareHeading) }</h2>
            <div class="field">
                <label for="share-link">{ ctx.t(Msg::ShareLinkLabel) }</label>
                <div class="share-row">
                    <input id="share-link" type="text" readonly=true data-testid="share-link" data-pending={p.pending.to_string()}
                        value={link.clone().unwrap_or_else(|| ctx.t(Msg::ShareLinkPending).into())} />
                    <button type="button" onclick={copy(link_text)} disabled={link.is_none()} data-testid="copy-link">{ ctx.t(Msg::Copy) }</button>
                </div>
            </div>
            if let Some(l) = link.as_ref().filter(|l| l.len() > LONG_LINK) {
                <p class="hint" data-testid="share-link-long">{ ctx.t(Msg::ShareLinkLong { length: l.len() as u64 }) }</p>
            }
            if let Some(s) = &*status { <p role="status" data-testid="copy-status">{ s.clone() }</p> }
            <details class="embed" data-testid="embed-panel">
                <summary>{ ctx.t(Msg::EmbedHeading) }</summary>
                <p class="hint">{ ctx.t(Msg::EmbedIntro) }</p>
                <div class="toolbar">
                    <label class="inline-field"><input type="checkbox" checked={*read_only} onchange={toggle(&read_only)} />{ ctx.t(Msg::EmbedReadOnly) }</label>
                    <label class="inline-field"><input type="checkbox" checked={*with_plan} onchange={toggle(&with_plan)} />{ ctx.t(Msg::EmbedWithPlan) }</label>
                    <label class="inline-field"><input type="checkbox" checked={*sandboxed} onchange={toggle(&sandboxed)} data-testid="embed-sandboxed" />{ ctx.t(Msg::EmbedSandboxed) }</label>
                </div>
                if *sandboxed { <p class="hint" data-testid="embed-sandbox-note">{ ctx.t(Msg::EmbedSandboxNote) }</p> }
                <label for="embed-iframe">{ ctx.t(Msg::EmbedIframeLabel) }</label>
                <textarea id="embed-iframe" readonly=true rows="3" value={iframe} data-testid="embed-iframe" />
                <label for="embed-script">{ ctx.t(Msg::EmbedScriptLabel) }</label>
                <textarea id="embed-script" readonly=true rows="8" value={script} data-testid="embed-script" />
            </details>
        </section>
    }
}

/// Puts `text` on the clipboard and says in `status` whether it worked.
pub(super) fn copy_and_say(ctx: super::state::Ctx, status: UseStateHandle<Option<String>>, text: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = copy_text(&text).await;
        status.set(Some(ctx.t(if ok { Msg::Copied } else { Msg::CopyFailed })));
    });
}
