//! The quote: its actions beside the result (copy as text or Markdown, CSV, print, link,
//! show), and the sheet itself, which is what print shows and what "Show the quote" opens.

use std::rc::Rc;

use yew::prelude::*;

use super::call_flows::Shared;
use super::state::use_ctx;
use crate::engine::{details, Outcome, Plan, Warning};
use crate::i18n::{Lang, Msg};
use crate::platform::{download, format_count, format_money, number_to_string, print, today};
use crate::quote::{render, sheet, QuoteFormat, QuoteInput, Sheet};

/// The id of the sheet's dialog, which "Show the quote" opens.
const DIALOG_ID: &str = "quote-dialog";

/// The sheet for a plan. Warnings come from `warnings` when they were worked out for this
/// plan, and are worked out here otherwise.
pub fn make_sheet(
    lang: Lang,
    plan: &Plan,
    outcome: &Outcome,
    warnings: Option<&[Warning]>,
    link: Option<&str>,
) -> Sheet {
    let fresh;
    let warnings = match warnings {
        Some(w) => w,
        None => {
            fresh = details(plan, outcome).0;
            &fresh
        }
    };
    let count = |n: u64| format_count(n);
    let money = |a: f64, c: &str| format_money(a, c);
    let number = |n: f64| number_to_string(n);
    let date = crate::platform::format_date(&today());
    sheet(&QuoteInput {
        lang,
        plan,
        outcome,
        warnings,
        date: &date,
        link,
        count: &count,
        money: &money,
        number: &number,
    })
}

/// The warnings of `details` if they belong to `plan`.
fn warnings_for<'a>(plan: &Shared<Plan>, details: &'a Option<Shared<super::Details>>) -> Option<&'a [Warning]> {
    details.as_ref().filter(|d| d.0.plan == *plan).map(|d| d.0.warnings.as_slice())
}

#[derive(Properties, PartialEq)]
pub struct QuoteBarProps {
    pub plan: Shared<Plan>,
    pub outcome: Shared<Outcome>,
    pub details: Option<Shared<super::Details>>,
    pub link: Option<AttrValue>,
}

/// Copy, print and share, next to the result.
#[function_component(QuoteBar)]
pub fn quote_bar(p: &QuoteBarProps) -> Html {
    let ctx = use_ctx();
    let status = use_state(|| None::<String>);
    // What to copy is made when a button is pressed, not on every render.
    let text_of = |format: QuoteFormat| {
        let (lang, plan, outcome, details, link) =
            (ctx.lang, p.plan.clone(), p.outcome.clone(), p.details.clone(), p.link.clone());
        move || {
            let s = make_sheet(lang, &plan.0, &outcome.0, warnings_for(&plan, &details), link.as_deref());
            render(&s, format)
        }
    };
    let copy = |text: Rc<dyn Fn() -> String>| {
        let (ctx, status) = (ctx.clone(), status.clone());
        Callback::from(move |_: MouseEvent| super::share::copy_and_say(ctx.clone(), status.clone(), text()))
    };
    let on_csv = {
        let csv = text_of(QuoteFormat::Csv);
        Callback::from(move |_: MouseEvent| {
            // The byte order mark makes spreadsheets read the file as UTF-8.
            download(
                &format!("resource-account-quote-{}.csv", today()),
                "text/csv;charset=utf-8",
                &format!("\u{feff}{}", csv()),
            );
        })
    };
    let link = p.link.clone();
    let link_text: Rc<dyn Fn() -> String> = Rc::new(move || link.as_ref().map(|l| l.to_string()).unwrap_or_default());
    let on_show = Callback::from(|_: MouseEvent| crate::platform::show_modal(DIALOG_ID));
    html! {
        <div class="quote-bar" role="group" aria-label={ctx.t(Msg::QuoteActions)} data-testid="quote-bar">
            <button type="button" onclick={on_show} data-testid="show-quote">{ ctx.t(Msg::QuotePreview { open: false }) }</button>
            <button type="button" onclick={Callback::from(|_: MouseEvent| print())} data-testid="print-quote">{ ctx.t(Msg::Print) }</button>
            <button type="button" onclick={copy(Rc::new(text_of(QuoteFormat::Plain)))} data-testid="copy-summary-text">{ ctx.t(Msg::CopySummaryText) }</button>
            <button type="button" onclick={copy(Rc::new(text_of(QuoteFormat::Markdown)))} data-testid="copy-summary-markdown">{ ctx.t(Msg::CopySummaryMarkdown) }</button>
            <button type="button" onclick={on_csv} data-testid="download-quote-csv">{ ctx.t(Msg::QuoteDownloadCsv) }</button>
            <button type="button" onclick={copy(link_text)} disabled={p.link.is_none()} data-testid="copy-link-quick">{ ctx.t(Msg::Copy) }</button>
            <span class="copy-status" role="status" data-testid="quote-status">{ (*status).clone().unwrap_or_default() }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuoteSheetProps {
    pub plan: Shared<Plan>,
    pub outcome: Shared<Outcome>,
    pub details: Option<Shared<super::Details>>,
    pub link: Option<AttrValue>,
}

/// The sheet, in a dialog: shown when opened, and the only thing printed.
#[function_component(QuoteSheet)]
pub fn quote_sheet(p: &QuoteSheetProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // Worked out once the warnings are (on a large plan, one frame after the figures).
    let s = use_memo(
        (p.plan.clone(), p.outcome.clone(), p.details.clone(), p.link.clone(), lang),
        |(plan, o, d, link, lang)| {
            // Escaped throughout by `quote::html` (tests/quote.rs checks it).
            warnings_for(plan, d).map(|w| {
                AttrValue::from(render(&make_sheet(*lang, &plan.0, &o.0, Some(w), link.as_deref()), QuoteFormat::Html))
            })
        },
    );
    let close = Callback::from(|_: MouseEvent| crate::platform::close_dialog(DIALOG_ID));
    let Some(s) = &*s else {
        return html! { <dialog id={DIALOG_ID} class="quote-dialog" data-testid="quote-sheet"></dialog> };
    };
    html! {
        <dialog id={DIALOG_ID} class="quote-dialog" aria-labelledby="quote-title" data-testid="quote-sheet">
            <div class="sheet-actions">
                <button type="button" onclick={Callback::from(|_: MouseEvent| print())}>{ ctx.t(Msg::Print) }</button>
                <button type="button" onclick={close} data-testid="close-quote">{ ctx.t(Msg::QuotePreview { open: true }) }</button>
            </div>
            { Html::from_html_unchecked(s.clone()) }
        </dialog>
    }
}
