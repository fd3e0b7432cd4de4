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
