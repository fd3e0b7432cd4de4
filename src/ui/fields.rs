//! Number fields that mean what the user typed: the text stays exactly as typed while the
//! field has focus (it is read on each keystroke, never rewritten), the reader's grouping
//! and decimal separator are understood, the reason shows beside a bad value, and while a
//! field is invalid the result says so instead of computing from a prefix.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{use_ctx, Action};
use crate::i18n::Msg;
use crate::input::{format_whole, parse_decimal, parse_whole, NumberError, Separators};
use crate::platform::format_count;
use crate::state::InvalidField;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The value held in the plan, shown when the field is not being edited.
    pub value: Option<f64>,
    /// Whole numbers up to `max`; otherwise a price with decimals.
    #[prop_or_default]
    pub whole: bool,
    #[prop_or(u64::from(u32::MAX))]
    pub max: u64,
    /// A valid value (or none, when the field is emptied).
    pub on_change: Callback<Option<f64>>,
    #[prop_or_default]
    pub test_id: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Show the label to screen readers only.
    #[prop_or_default]
    pub label_hidden: bool,
    /// Blank shows as this (e.g. "0" for a count).
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

/// How a value is shown when the field is not being edited, in the reader's notation.
fn display(value: Option<f64>, whole: bool, seps: Separators) -> String {
    match value {
        None => String::new(),
        Some(v) if whole && v == 0.0 => String::new(),
        Some(v) if whole => format_whole(v as u64, seps),
        Some(v) => crate::platform::number_to_string(v).replace('.', &seps.decimal.to_string()),
    }
}

#[function_component(NumberField)]
pub fn number_field(p: &NumberFieldProps) -> Html {
    let ctx = use_ctx();
    // What was typed, kept until the user leaves the field with a valid value.
    let draft = use_state(|| None::<String>);
    let focused = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        // A value changed elsewhere (an opened file, undo) replaces what is shown, unless
        // the user is typing in this very field.
        let (draft, focused) = (draft.clone(), focused.clone());
        use_effect_with(p.value.map(f64::to_bits), move |_| {
            if !focused.get() {
                draft.set(None);
            }
        });
    }
    let seps = ctx.seps;
    let parse = {
        let (whole, max) = (p.whole, p.max);
        move |text: &str| -> Result<Option<f64>, NumberError> {
            if whole {
                parse_whole(text, seps, max).map(|v| v.map(|n| n as f64))
            } else {
                parse_decimal(text, seps)
            }
        }
    };
    let text = (*draft).clone().unwrap_or_else(|| display(p.value, p.whole, seps));
    let error = draft.as_ref().and_then(|t| parse(t).err());

    // Another language reads the text typed with its own separators ("1.234,5" is a price
    // in Italian, not in English): what the field now means goes to the plan.
    {
        let (draft, on_change, parse) = (draft.clone(), p.on_change.clone(), parse);
        let first = use_mut_ref(|| true);
        use_effect_with(seps, move |_| {
            if !first.replace(false) {
                if let Some(Ok(v)) = draft.as_deref().map(&parse) {
                    on_change.emit(v);
                }
            }
        });
    }
    // Tell the app which fields are invalid (by their label in the page's language), and
    // forget this one when it goes away.
    {
        let field = InvalidField { id: p.id.to_string(), label: p.label.to_string() };
        let send = ctx.dispatch.clone();
        use_effect_with((error.is_some(), p.label.clone()), move |(invalid, _)| {
            let invalid = *invalid;
            if invalid {
                send.dispatch(Action::FieldValidity { field: field.clone(), valid: false });
            }
            move || {
                if invalid {
                    send.dispatch(Action::FieldValidity { field, valid: true });
                }
            }
        });
    }

    let oninput = {
        let (draft, on_change) = (draft.clone(), p.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(v) = parse(&text) {
                on_change.emit(v);
            }
            draft.set(Some(text));
        })
    };
    let onfocus = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(true))
    };
    let onblur = {
        let (draft, focused) = (draft.clone(), focused.clone());
        Callback::from(move |_: FocusEvent| {
            focused.set(false);
            // A valid value is shown as the plan holds it; a bad one stays for fixing.
            if draft.as_deref().is_some_and(|t| parse(t).is_ok()) {
                draft.set(None);
            }
        })
    };
    let error_id = format!("{}-error", p.id);
    let hint_id = format!("{}-hint", p.id);
    let sample = if p.whole { format_whole(1200, seps) } else { format!("12{}50", seps.decimal) };
    let described = if error.is_some() { Some(error_id.clone()) } else { p.hint.as_ref().map(|_| hint_id.clone()) };
    html! {
        <div class={classes!("field", "number-field", p.class.clone(), error.is_some().then_some("invalid"))}>
            <label for={p.id.clone()} class={classes!(p.label_hidden.then_some("visually-hidden"))}>{ p.label.clone() }</label>
            <input id={p.id.clone()} type="text" inputmode={if p.whole { "numeric" } else { "decimal" }} autocomplete="off"
                placeholder={p.placeholder.clone()} value={text} {oninput} {onfocus} {onblur}
                data-testid={p.test_id.clone().unwrap_or_else(|| p.id.clone())}
                aria-invalid={error.map(|_| "true")} aria-describedby={described} />
            if let Some(e) = error {
                <span id={error_id} class="field-error" role="alert" data-testid="field-error">
                    { ctx.t(Msg::NumberError { error: e, sample, max: format_count(p.max) }) }
                </span>
            } else if let Some(h) = &p.hint {
                <span id={hint_id} class="field-hint">{ h.clone() }</span>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StaleNoticeProps {
    pub fields: Vec<InvalidField>,
    /// `result-stale` for the result (the one live region), another id elsewhere.
    #[prop_or(AttrValue::Static("result-stale"))]
    pub test_id: AttrValue,
}

/// In place of a result while fields are invalid: which ones, with a way to each.
#[function_component(StaleNotice)]
pub fn stale_notice(p: &StaleNoticeProps) -> Html {
    let ctx = use_ctx();
    html! {
        <div class="alert stale" role={(p.test_id == "result-stale").then_some("status")} data-testid={p.test_id.clone()}>
            <p>{ ctx.t(Msg::StaleResult { count: p.fields.len() as u64 }) }</p>
            <ul>
                { for p.fields.iter().map(|f| {
                    let id = f.id.clone();
                    let go = Callback::from(move |_: MouseEvent| crate::platform::focus_element(&id));
                    html! { <li><button type="button" class="link" onclick={go} data-testid="stale-field">{ ctx.t(Msg::StaleField { label: f.label.clone() }) }</button></li> }
                }) }
            </ul>
        </div>
    }
}
