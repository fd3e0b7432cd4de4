//! Fields that validate as the user types: what was typed stays in the field, the reason
//! shows beside it, and the plan only changes when the value is valid.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::use_ctx;
use crate::i18n::Msg;

/// Parses a whole number ≥ 0; spaces are allowed as digit-group separators, blank is 0.
pub fn parse_count(text: &str) -> Option<u32> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Some(0);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[derive(Properties, PartialEq)]
pub struct CountFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: u32,
    pub on_change: Callback<u32>,
    #[prop_or_default]
    pub test_id: Option<AttrValue>,
    /// Show the label to screen readers only.
    #[prop_or_default]
    pub label_hidden: bool,
}

#[function_component(CountField)]
pub fn count_field(p: &CountFieldProps) -> Html {
    let ctx = use_ctx();
    let draft = use_state(|| None::<String>);
    {
        let draft = draft.clone();
        use_effect_with(p.value, move |_| draft.set(None));
    }
    let text = (*draft).clone().unwrap_or_else(|| if p.value == 0 { String::new() } else { p.value.to_string() });
    let invalid = draft.is_some() && parse_count(&text).is_none();
    let oninput = {
        let draft = draft.clone();
        let on_change = p.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_count(&text) {
                Some(n) => {
                    draft.set(None);
                    on_change.emit(n);
                }
                None => draft.set(Some(text)),
            }
        })
    };
    let error_id = format!("{}-error", p.id);
    html! {
        <div class={classes!("count-field", invalid.then_some("invalid"))}>
            <label for={p.id.clone()} class={classes!(p.label_hidden.then_some("visually-hidden"))}>{ p.label.clone() }</label>
            <input id={p.id.clone()} type="text" inputmode="numeric" autocomplete="off" placeholder="0"
                value={text} {oninput} data-testid={p.test_id.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then(|| error_id.clone())} />
            if invalid {
                <span id={error_id} class="field-error" role="alert">{ ctx.t(Msg::CountInvalid) }</span>
            }
        </div>
    }
}

/// Reads a price: digits with one decimal separator, `.` or `,` (blank is no price).
/// `None` inside `Some` means blank; the outer `None` means not a price.
pub fn parse_price(text: &str) -> Option<Option<f64>> {
    let t = text.trim();
    if t.is_empty() {
        return Some(None);
    }
    let normalized = t.replacen(',', ".", 1);
    let ok = normalized.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && normalized.bytes().filter(|&b| b == b'.').count() <= 1
        && normalized.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        return None;
    }
    normalized.parse::<f64>().ok().filter(|v| v.is_finite()).map(Some)
}

#[derive(Properties, PartialEq)]
pub struct PriceFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<f64>,
    /// A valid price (or none, when the field is emptied).
    pub on_change: Callback<Option<f64>>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub read_only: bool,
    #[prop_or_default]
    pub read_only_text: Option<AttrValue>,
}

/// A price: what is typed stays as typed while the field has focus (so "8." stays "8."
/// on the way to "8.99"); the plan takes each valid value; leaving the field shows the
/// plan's value.
#[function_component(PriceField)]
pub fn price_field(p: &PriceFieldProps) -> Html {
    let ctx = use_ctx();
    let draft = use_state(|| None::<String>);
    if p.read_only {
        return html! {
            <p data-testid={format!("{}-read-only", p.id)}>{ p.label.clone() }{ ": " }{ p.read_only_text.clone().unwrap_or_default() }</p>
        };
    }
    let text = (*draft).clone().unwrap_or_else(|| p.value.map(|v| v.to_string()).unwrap_or_default());
    let invalid = parse_price(&text).is_none();
    let oninput = {
        let (draft, on_change) = (draft.clone(), p.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(v) = parse_price(&text) {
                on_change.emit(v);
            }
            draft.set(Some(text));
        })
    };
    let onblur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| {
            if draft.as_deref().is_some_and(|t| parse_price(t).is_some()) {
                draft.set(None);
            }
        })
    };
    let error_id = format!("{}-error", p.id);
    let hint_id = format!("{}-hint", p.id);
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <input id={p.id.clone()} type="text" inputmode="decimal" autocomplete="off" value={text} {oninput} {onblur}
                data-testid={p.id.clone()} aria-invalid={invalid.then_some("true")}
                aria-describedby={if invalid { Some(error_id.clone()) } else { p.hint.as_ref().map(|_| hint_id.clone()) }} />
            if invalid {
                <span id={error_id} class="field-error" role="alert">{ ctx.t(Msg::CostInvalid) }</span>
            } else if let Some(h) = &p.hint {
                <span id={hint_id} class="field-hint">{ h.clone() }</span>
            }
        </div>
    }
}
