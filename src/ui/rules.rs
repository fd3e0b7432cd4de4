//! The rule edition (with its period), where the licenses are bought, and whom the plan
//! is for.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::state::{use_ctx, Action};
use crate::engine::{Channel, RuleEdition};
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct RulesProps {
    pub rules: RuleEdition,
    pub channel: Channel,
    pub customer: Option<String>,
}

#[function_component(Rules)]
pub fn rules(p: &RulesProps) -> Html {
    let ctx = use_ctx();
    let on_rules = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            if let Some(rules) = RuleEdition::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                ctx.send(Action::SetRules(rules));
            }
        })
    };
    let on_channel = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            if let Some(c) = Channel::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                ctx.send(Action::SetChannel(c));
            }
        })
    };
    let on_customer = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            ctx.send(Action::SetCustomer(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    html! {
        <section class="panel rules" aria-labelledby="rules-title">
            <h2 id="rules-title">{ ctx.t(Msg::RulesHeading) }</h2>
            <div class="field">
                <label for="rules-edition">{ ctx.t(Msg::RulesLabel) }</label>
                <select id="rules-edition" data-testid="rules-edition" onchange={on_rules} aria-describedby="rules-explain" data-value={p.rules.as_str()}>
                    { for RuleEdition::ALL.into_iter().map(|r| html! {
                        <option value={r.as_str()} selected={p.rules == r}>{ ctx.t(Msg::RulesOption(r)) }</option>
                    }) }
                </select>
            </div>
            <p id="rules-explain" class="hint" data-testid="rules-explain">{ ctx.t(Msg::RulesExplain(p.rules)) }</p>
            <p class="hint">{ ctx.t(Msg::RulesDisagree) }</p>
            <div class="field">
                <label for="channel">{ ctx.t(Msg::ChannelLabel) }</label>
                <select id="channel" data-testid="channel" onchange={on_channel} aria-describedby="channel-hint" data-value={p.channel.as_str()}>
                    { for Channel::ALL.into_iter().map(|c| html! {
                        <option value={c.as_str()} selected={p.channel == c}>{ ctx.t(Msg::ChannelName(c)) }</option>
                    }) }
                </select>
                <span id="channel-hint" class="field-hint">{ ctx.t(Msg::ChannelHint) }</span>
            </div>
            <div class="field">
                <label for="customer">{ ctx.t(Msg::CustomerLabel) }</label>
                <input id="customer" type="text" autocomplete="organization" data-testid="customer"
                    value={p.customer.clone().unwrap_or_default()} oninput={on_customer}
                    placeholder={ctx.t(Msg::CustomerPlaceholder)} />
            </div>
        </section>
    }
}
