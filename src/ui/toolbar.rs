//! Start from an example, open and save plan files, undo, print.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{use_ctx, Action};
use crate::engine::Plan;
use crate::examples::Example;
use crate::i18n::{plan_error_text, Msg};
use crate::plan_file::{read_plan, write_plan};
use crate::platform::{download, print, read_file, today};
use crate::state::{ImportProblem, ImportReason, UndoWhat};
use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub plan: super::call_flows::Shared<Plan>,
    pub undo: Option<UndoWhat>,
    pub redo: Option<UndoWhat>,
    pub import_problem: Option<ImportProblem>,
}

#[function_component(Toolbar)]
pub fn toolbar(p: &ToolbarProps) -> Html {
    let ctx = use_ctx();
    let export_note = use_state(|| None::<String>);
    let load = |example: Example| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::LoadExample(example)))
    };
    let empty = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::ReplacePlan(Plan::default())))
    };
    let on_export = {
        let (ctx, plan, note) = (ctx.clone(), p.plan.clone(), export_note.clone());
        Callback::from(move |_: MouseEvent| {
            let Ok(text) = write_plan(&plan.0) else { return };
            download(&format!("resource-account-plan-{}.json", today()), "application/json", &text);
            // Warn, not refuse: the user keeps a copy, and learns what to fix first.
            note.set(
                read_plan(&text).err().map(|e| ctx.t(Msg::ExportWarning { reason: plan_error_text(ctx.lang, &e) })),
            );
        })
    };
    let on_import = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            open_file(ctx.clone(), file);
        })
    };
    let on_undo = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::Undo))
    };
    let on_redo = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::Redo))
    };
    let on_dismiss = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::DismissImportProblem))
    };
    let undo_label = match p.undo {
        Some(w) => ctx.t(Msg::Undo(w)),
        None => ctx.t(Msg::UndoNothing),
    };
    let redo_label = match p.redo {
        Some(w) => ctx.t(Msg::Redo(w)),
        None => ctx.t(Msg::RedoNothing),
    };
    html! {
        <div class="app-toolbar">
            <div class="toolbar" role="toolbar" aria-label={ctx.t(Msg::Examples)}>
                <span class="toolbar-label">{ ctx.t(Msg::Examples) }</span>
                { for Example::ALL.into_iter().map(|e| {
                    let test_id = match e {
                        Example::Contoso2025 => "example-contoso-2025",
                        Example::ContosoNested2025 => "example-contoso-nested-2025",
                        Example::Contoso2022 => "example-contoso-2022",
                        Example::Contoso2019 => "example-contoso-2019",
                    };
                    html! { <button type="button" onclick={load(e)} data-testid={test_id}>{ ctx.t(Msg::ExampleName(e)) }</button> }
                }) }
                <button type="button" onclick={empty} data-testid="example-empty">{ ctx.t(Msg::ExampleEmpty) }</button>
            </div>
            <div class="toolbar">
                <label class="button file-button">
                    { ctx.t(Msg::ImportJson) }
                    <input id="import-file" type="file" accept=".json,application/json" onchange={on_import} data-testid="import-file" class="visually-hidden" />
                </label>
                <button type="button" onclick={on_export} data-testid="export-json">{ ctx.t(Msg::ExportJson) }</button>
                <button type="button" onclick={on_undo} disabled={p.undo.is_none()} data-testid="undo" title={ctx.t(Msg::UndoKeys)}>{ undo_label }</button>
                <button type="button" onclick={on_redo} disabled={p.redo.is_none()} data-testid="redo" title={ctx.t(Msg::UndoKeys)}>{ redo_label }</button>
                <button type="button" onclick={Callback::from(|_: MouseEvent| print())} data-testid="print">{ ctx.t(Msg::Print) }</button>
            </div>
            <div data-testid="import-error" class={classes!("alert", p.import_problem.is_none().then_some("empty"))} role="alert" hidden={p.import_problem.is_none()}>
                if let Some(problem) = &p.import_problem {
                    // No name: pasted text, named in the page's language of the moment.
                    <span>{ ctx.t(Msg::ImportFailed { file: if problem.file_name.is_empty() { ctx.t(Msg::PastedText) } else { problem.file_name.clone() }, reason: match &problem.reason {
                        ImportReason::Text(t) => t.clone(),
                        ImportReason::File(e) => plan_error_text(ctx.lang, e),
                    } }) }</span>
                    <button type="button" class="link" onclick={on_dismiss}>{ ctx.t(Msg::Dismiss) }</button>
                }
            </div>
            if let Some(note) = &*export_note { <p class="alert" role="status" data-testid="export-warning">{ note.clone() }</p> }
        </div>
    }
}

/// Reads a file the user opened or dropped and opens it as a plan or a tenant snapshot.
pub(super) fn open_file(ctx: super::state::Ctx, file: web_sys::File) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        match read_file(file).await {
            Err(()) => ctx.send(Action::ImportFailed(ImportProblem {
                file_name: name,
                reason: ImportReason::Text(ctx.t(Msg::FileReadFailed)),
            })),
            Ok(bytes) => ctx.send(Action::OpenFile { name, bytes: Rc::from(bytes) }),
        }
    });
}
