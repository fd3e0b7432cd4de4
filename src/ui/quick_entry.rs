//! Quick entry for quotes ("add 12 call queues with numbers under Main line") and the CSV
//! import of `Get-CsOnlineApplicationInstance | Export-Csv`.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::call_flows::Shared;
use super::state::{use_ctx, Action};
use crate::engine::csv::{known_upns, read_resource_accounts, CsvProblem};
use crate::engine::{NodeKind, NumberType, PhoneNumber, Plan};
use crate::i18n::Msg;
use crate::platform::read_file;
use crate::state::{depth_allows, node, preorder_paths_iter, FirstNumber};

/// Most nodes quick entry adds at once.
pub const QUICK_MAX: u32 = 5000;
/// Most nodes offered as parents in the "at" list.
const PARENT_CHOICES: usize = 500;

fn number_type_value(v: &str) -> NumberType {
    NumberType::parse(v).unwrap_or(NumberType::CallingPlan)
}

#[derive(Properties, PartialEq)]
pub struct QuickEntryProps {
    pub plan: Shared<Plan>,
}

#[function_component(QuickEntry)]
pub fn quick_entry(p: &QuickEntryProps) -> Html {
    let ctx = use_ctx();
    let count = use_state(|| "10".to_owned());
    let kind = use_state(|| NodeKind::CallQueue);
    let parent = use_state(String::new);
    let numbered = use_state(|| true);
    let first = use_state(|| "+1 425 555 0100".to_owned());
    let number_type = use_state(|| NumberType::CallingPlan);
    let toll_free = use_state(|| false);
    let error = use_state(|| None::<String>);

    let roots = &p.plan.0.call_flows;
    let parents: Vec<(String, String)> = preorder_paths_iter(roots)
        .take(PARENT_CHOICES)
        .filter(|path| depth_allows(Some(path)))
        .map(|path| {
            let mut label = Vec::new();
            for depth in 1..=path.len() {
                label.push(node(roots, &path[..depth]).map(|n| n.name.clone()).unwrap_or_default());
            }
            (path.iter().map(usize::to_string).collect::<Vec<_>>().join("."), label.join(" › "))
        })
        .collect();

    let text = |s: &UseStateHandle<String>| {
        let s = s.clone();
        Callback::from(move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            kind.set(
                NodeKind::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or(NodeKind::CallQueue),
            )
        })
    };
    let on_parent = {
        let parent = parent.clone();
        Callback::from(move |e: Event| parent.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_toll_free = {
        let t = toll_free.clone();
        Callback::from(move |e: Event| t.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let on_numbered = {
        let numbered = numbered.clone();
        Callback::from(move |e: Event| numbered.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let on_type = {
        let t = number_type.clone();
        Callback::from(move |e: Event| {
            t.set(number_type_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let on_submit = {
        let ctx = ctx.clone();
        let toll_free = toll_free.clone();
        let (count, kind, parent, numbered, first, number_type, error) = (
            count.clone(),
            kind.clone(),
            parent.clone(),
            numbered.clone(),
            first.clone(),
            number_type.clone(),
            error.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = match crate::input::parse_whole(&count, ctx.seps, u64::from(QUICK_MAX)) {
                Ok(Some(n)) if (1..=u64::from(QUICK_MAX)).contains(&n) => n as usize,
                _ => return error.set(Some(ctx.t(Msg::QuickCountInvalid))),
            };
            let parent_path: Option<Vec<usize>> =
                (!parent.is_empty()).then(|| parent.split('.').filter_map(|s| s.parse().ok()).collect());
            if !depth_allows(parent_path.as_deref()) {
                return error.set(Some(ctx.t(Msg::QuickNestLimit)));
            }
            let first_number = if *numbered {
                match PhoneNumber::parse(&first) {
                    Ok(num) => num.digits().parse().ok().map(|digits| FirstNumber {
                        digits,
                        number_type: *number_type,
                        toll_free: *toll_free,
                    }),
                    Err(e) => return error.set(Some(ctx.t(Msg::PhoneError(e)))),
                }
            } else {
                None
            };
            error.set(None);
            // The next batch starts after this one.
            if let Some(f) = &first_number {
                first.set(format!("+{}", f.digits + n as u64));
            }
            let prefix = match *kind {
                NodeKind::AutoAttendant => ctx.t(Msg::NodeKindName(NodeKind::AutoAttendant)),
                NodeKind::CallQueue => ctx.t(Msg::NodeKindName(NodeKind::CallQueue)),
            };
            ctx.send(Action::AddNodes { parent: parent_path, kind: *kind, count: n, prefix, first_number });
        })
    };

    html! {
        <details class="panel quick-entry" data-testid="quick-entry">
            <summary><h2>{ ctx.t(Msg::QuickHeading) }</h2></summary>
            <form class="quick-form" onsubmit={on_submit}>
                <label class="inline-field"><span>{ ctx.t(Msg::QuickCount) }</span>
                    <input type="text" inputmode="numeric" size="5" value={(*count).clone()} oninput={text(&count)} data-testid="quick-count" /></label>
                <label class="inline-field"><span>{ ctx.t(Msg::QuickKind) }</span>
                    <select onchange={on_kind} data-testid="quick-kind">
                        <option value="callQueue" selected={*kind == NodeKind::CallQueue}>{ ctx.t(Msg::NodeKindName(NodeKind::CallQueue)) }</option>
                        <option value="autoAttendant" selected={*kind == NodeKind::AutoAttendant}>{ ctx.t(Msg::NodeKindName(NodeKind::AutoAttendant)) }</option>
                    </select></label>
                <label class="inline-field"><span>{ ctx.t(Msg::QuickUnder) }</span>
                    <select onchange={on_parent} data-testid="quick-parent">
                        <option value="" selected={parent.is_empty()}>{ ctx.t(Msg::QuickTopLevel) }</option>
                        { for parents.iter().map(|(v, label)| html! { <option value={v.clone()} selected={*parent == *v}>{ label.clone() }</option> }) }
                    </select></label>
                <label class="inline-field"><input type="checkbox" checked={*numbered} onchange={on_numbered} data-testid="quick-numbered" /><span>{ ctx.t(Msg::QuickWithNumbers) }</span></label>
                if *numbered {
                    <label class="inline-field"><span>{ ctx.t(Msg::QuickFirstNumber) }</span>
                        <input type="tel" value={(*first).clone()} oninput={text(&first)} data-testid="quick-first-number" /></label>
                    <label class="inline-field"><span>{ ctx.t(Msg::QuickNumberType) }</span>
                        <select onchange={on_type}>
                            { for NumberType::ALL.into_iter().map(|t| html! {
                                <option value={t.as_str()} selected={*number_type == t}>{ ctx.t(Msg::NumberTypeName(t)) }</option>
                            }) }
                        </select></label>
                    <label class="inline-field"><input type="checkbox" checked={*toll_free} onchange={on_toll_free} data-testid="quick-toll-free" /><span>{ ctx.t(Msg::QuickTollFree) }</span></label>
                }
                <button type="submit" class="primary" data-testid="quick-add">{ ctx.t(Msg::QuickAdd) }</button>
                if let Some(e) = &*error { <p class="field-error" role="alert">{ e.clone() }</p> }
            </form>
            <CsvImport plan={p.plan.clone()} />
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct CsvImportProps {
    plan: Shared<Plan>,
}

#[function_component(CsvImport)]
fn csv_import(p: &CsvImportProps) -> Html {
    let ctx = use_ctx();
    let text = use_state(String::new);
    let number_type = use_state(|| NumberType::CallingPlan);
    // Added, skipped as already there, and the rows that could not be read.
    let report = use_state(|| None::<(usize, usize, Vec<CsvProblem>)>);

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_file = {
        let text = text.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(bytes) = read_file(file).await {
                    text.set(String::from_utf8_lossy(&bytes).into_owned());
                }
            });
        })
    };
    let on_type = {
        let t = number_type.clone();
        Callback::from(move |e: Event| {
            t.set(number_type_value(&e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let on_import = {
        let (ctx, text, number_type, report) = (ctx.clone(), text.clone(), number_type.clone(), report.clone());
        let plan = p.plan.clone();
        Callback::from(move |_: MouseEvent| {
            let got = read_resource_accounts(&text, *number_type, &known_upns(&plan.0));
            let added = got.nodes.len();
            ctx.send(Action::ImportCallFlows(got.nodes));
            report.set(Some((added, got.duplicates, got.problems)));
        })
    };
    html! {
        <div class="csv-import">
            <h3>{ ctx.t(Msg::CsvHeading) }</h3>
            <p class="hint">{ ctx.t(Msg::CsvIntro) }</p>
            <label for="csv-text">{ ctx.t(Msg::CsvPasteLabel) }</label>
            <textarea id="csv-text" rows="5" value={(*text).clone()} oninput={on_text} spellcheck="false" data-testid="csv-text" />
            <div class="toolbar">
                <label class="inline-field"><span>{ ctx.t(Msg::CsvFileLabel) }</span>
                    <input type="file" accept=".csv,text/csv" onchange={on_file} data-testid="csv-file" /></label>
                <label class="inline-field"><span>{ ctx.t(Msg::CsvNumberType) }</span>
                    <select onchange={on_type} data-testid="csv-number-type">
                        { for NumberType::ALL.into_iter().map(|t| html! {
                            <option value={t.as_str()} selected={*number_type == t}>{ ctx.t(Msg::NumberTypeName(t)) }</option>
                        }) }
                    </select></label>
                <button type="button" class="primary" onclick={on_import} disabled={text.trim().is_empty()} data-testid="csv-import">{ ctx.t(Msg::CsvImport) }</button>
            </div>
            if let Some((added, skipped, problems)) = &*report {
                <div class="csv-report" role="status" data-testid="csv-report">
                    <p>{ ctx.t(Msg::CsvResult { read: *added as u64, skipped: *skipped as u64, problems: problems.len() as u64 }) }</p>
                    <ul>{ for problems.iter().map(|pr| html! {
                        <li data-testid="csv-problem">{ ctx.t(Msg::CsvProblem { line: pr.line as u64, kind: pr.kind.clone() }) }</li>
                    }) }</ul>
                </div>
            }
        </div>
    }
}
