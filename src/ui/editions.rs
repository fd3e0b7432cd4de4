//! The three rule editions side by side: the figures and cost of this plan under each,
//! why they differ, and each account's answer under each.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use super::call_flows::Shared;
use super::fields::StaleNotice;
use super::results::{figure_test_id, figure_value};
use super::state::use_ctx;
use crate::engine::compare::differences;
use crate::engine::{decisions_under, flatten, Decision, Outcome, Plan, Reason, RuleEdition, IN_FORCE};
use crate::i18n::{Figure, Msg};
use crate::platform::{format_count, format_money, number_to_string};
use crate::state::InvalidField;

/// Account rows shown before "Show all".
const ROWS_SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct EditionsProps {
    pub plan: Shared<Plan>,
    pub outcome: Shared<Outcome>,
    /// Fields whose text is not valid: no figures until they are fixed.
    pub invalid: Vec<InvalidField>,
}

const ROWS: [Figure; 7] = [
    Figure::AccountsNeedingLicense,
    Figure::FreeAllotment,
    Figure::FreeUsed,
    Figure::PaidNeeded,
    Figure::AccountsRemovable,
    Figure::AccountsWithoutLicenseNeed,
    Figure::QualifyingLicenses,
];

#[function_component(Editions)]
pub fn editions(p: &EditionsProps) -> Html {
    let ctx = use_ctx();
    let accounts_open = use_state(|| false);
    let show_all = use_state(|| false);
    let out = &p.outcome.0;
    let header = out.editions.iter().map(|e| {
        let current = e.rules == out.rules;
        html! {
            <th scope="col" class={classes!(current.then_some("current"))} aria-current={current.then_some("true")}>
                { ctx.t(Msg::EditionColumn(e.rules)) }
                if e.rules == IN_FORCE { <span class="badge badge-free">{ ctx.t(Msg::EditionInForce) }</span> }
                <span class="period">{ ctx.t(Msg::RulesPeriod(e.rules)) }</span>
            </th>
        }
    });
    let rows = ROWS.iter().map(|&f| {
        html! {
            <tr>
                <th scope="row">{ ctx.t(Msg::FigureLabel(f)) }</th>
                { for out.editions.iter().map(|e| {
                    let v = figure_value(f, &e.figures);
                    html! {
                        <td class={classes!((e.rules == out.rules).then_some("current"))}
                            data-testid={format!("edition-{}-{}", e.rules.as_str(), figure_test_id(f))} data-value={v.to_string()}>
                            { format_count(v) }
                        </td>
                    }
                }) }
            </tr>
        }
    });
    let cost_row = html! {
        <tr>
            <th scope="row">{ ctx.t(Msg::EditionsCostRow) }</th>
            { for out.editions.iter().map(|e| {
                let c = &e.cost;
                let text = if c.missing_prices && c.monthly == 0.0 {
                    ctx.t(Msg::EditionsCostUnpriced)
                } else if c.missing_prices {
                    format!("{} + {}", format_money(c.monthly, &c.currency), ctx.t(Msg::EditionsCostUnpriced))
                } else {
                    format_money(c.monthly, &c.currency)
                };
                html! {
                    <td class={classes!((e.rules == out.rules).then_some("current"))}
                        data-testid={format!("edition-{}-cost", e.rules.as_str())} data-value={number_to_string(c.monthly)}
                        data-complete={(!c.missing_prices).to_string()}>{ text }</td>
                }
            }) }
        </tr>
    };
    let diffs = differences(out);
    let on_toggle = {
        let open = accounts_open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    let per_account = accounts_open.then(|| account_rows(&ctx, &p.plan.0, out, *show_all));
    let expand = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    html! {
        <section class="panel editions" aria-labelledby="editions-title" data-testid="editions">
            <h2 id="editions-title">{ ctx.t(Msg::EditionsHeading) }</h2>
            <p class="hint">{ ctx.t(Msg::EditionsIntro) }</p>
            if !p.invalid.is_empty() {
                <StaleNotice fields={p.invalid.clone()} test_id="editions-stale" />
            } else {
            <div class="table-wrap">
                <table class="editions-table">
                    <thead><tr><td></td>{ for header }</tr></thead>
                    <tbody>{ for rows }{ cost_row }</tbody>
                </table>
            </div>
            <h3>{ ctx.t(Msg::EditionsWhyHeading) }</h3>
            if diffs.is_empty() {
                <p data-testid="editions-same">{ ctx.t(Msg::EditionsSame) }</p>
            } else {
                <ul data-testid="editions-why">
                    { for diffs.iter().map(|d| html! { <li data-testid="edition-difference">{ ctx.t(Msg::Difference(*d)) }</li> }) }
                </ul>
            }
            <p class="hint" data-testid="editions-sources">{ ctx.t(Msg::EditionsSources) }</p>
            if out.counts.accounts > 0 {
                <details class="editions-accounts" ontoggle={on_toggle} data-testid="editions-accounts">
                    <summary>{ ctx.t(Msg::EditionsAccountsHeading) }</summary>
                    if let Some((rows, total)) = per_account {
                        <div class="table-wrap">
                            <table class="editions-table">
                                <thead><tr>
                                    <th scope="col">{ ctx.t(Msg::EditionsAccountColumn) }</th>
                                    { for RuleEdition::ALL.iter().map(|r| html! { <th scope="col">{ ctx.t(Msg::EditionColumn(*r)) }</th> }) }
                                </tr></thead>
                                <tbody>{ rows }</tbody>
                            </table>
                        </div>
                        if !*show_all && total > ROWS_SHOWN {
                            <button type="button" class="link" onclick={expand}>{ ctx.t(Msg::ShowAll { count: total as u64 }) }</button>
                        }
                    }
                </details>
            }
            }
        </section>
    }
}

/// One row per account: its decision and the reason under each edition. Built only while
/// the section is open (it walks the plan once per edition).
fn account_rows(ctx: &super::state::Ctx, plan: &Plan, out: &Outcome, all: bool) -> (Html, usize) {
    let nodes = flatten(&plan.call_flows);
    let decisions: Vec<Vec<Decision>> = RuleEdition::ALL.iter().map(|r| decisions_under(plan, *r)).collect();
    let total = out.accounts.len();
    let take = if all { total } else { ROWS_SHOWN };
    let rows = out.accounts.iter().enumerate().take(take).map(|(i, a)| {
        let node = nodes[a.at.node as usize].node;
        let name = ctx.name(&node.resource_accounts[a.at.account as usize].display_name);
        let has_number = a.has_number;
        html! {
            <tr data-testid="edition-account">
                <th scope="row">{ name }<span class="part-number">{ ctx.name(&node.name) }</span></th>
                { for RuleEdition::ALL.iter().zip(&decisions).map(|(r, d)| {
                    let reason = Reason::of(*r, has_number, a.droppable);
                    let decision = d.get(i).copied().unwrap_or(Decision::NotNeeded);
                    let (label, class) = super::call_flows::decision_badge(decision);
                    html! {
                        <td data-edition={r.as_str()}>
                            <span class={classes!("badge", class)}>{ ctx.t(Msg::Decision(label)) }</span>
                            <span class="reason">{ ctx.t(Msg::ReasonText(reason)) }</span>
                        </td>
                    }
                }) }
            </tr>
        }
    });
    (rows.collect::<Html>(), total)
}
