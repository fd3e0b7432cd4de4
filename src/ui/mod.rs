//! The browser app: Yew components over one reducer. Figures come from the engine only.

mod results;
pub mod state;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::engine::{evaluate, RuleEdition};
use results::Results;
use state::{Action, AppState};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let outcome = use_memo(state.plan.clone(), evaluate);

    let on_rules = {
        let state = state.dispatcher();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(rules) = RuleEdition::parse(&select.value()) {
                state.dispatch(Action::SetRules(rules));
            }
        })
    };

    let rules = state.plan.rules;
    html! {
        <main class="app">
            <header class="app-header">
                <h1>{ "Teams Phone resource account licenses" }</h1>
                <p class="lede">{ "How many free Resource Account licenses you get, how many your auto attendants and call queues need, and what to pay for." }</p>
            </header>
            <p class="example-note">{ "Showing Microsoft's worked example: Contoso, 600 licenses that include Teams Phone and 90 auto attendants and call queues with phone numbers." }</p>
            <label class="field">
                <span>{ "Rules" }</span>
                <select data-testid="rules-edition" onchange={on_rules} aria-describedby="rules-explain">
                    <option value="current" selected={rules == RuleEdition::Current}>{ "Current (since August 2022)" }</option>
                    <option value="original" selected={rules == RuleEdition::Original}>{ "Original (before August 2022)" }</option>
                </select>
            </label>
            <p id="rules-explain" class="hint">{ match rules {
                RuleEdition::Current => "Every resource account needs a license, number or not; Teams Shared Devices licenses count toward the free allotment.",
                RuleEdition::Original => "Only resource accounts with a phone number need a license; nested auto attendants and call queues without one need none.",
            } }</p>
            <Results figures={outcome.figures} />
        </main>
    }
}

/// Mounts [`App`] into the page's `#app` element (the body if there is none).
pub fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
