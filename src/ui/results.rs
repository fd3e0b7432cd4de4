//! The result: the contract figures (each with `data-testid` and `data-value`), a bar of
//! free versus paid under the editions with an allotment, what still costs money, the
//! licenses accounts hold, the cost, warnings and advice.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::call_flows::Shared;
use super::fields::{NumberField, StaleNotice};
use super::state::{use_ctx, Action, Ctx};
use crate::engine::{
    flatten, AccountRef, Advice, CostItem, FlatNode, Outcome, PaidLicenseKind, Plan, Pricing, DEFAULT_PRICE_SEEN,
};
use crate::i18n::{DecisionLabel, Figure, Msg};
use crate::plan_file::is_currency_code;
use crate::platform::{format_count, format_money, number_to_string};
pub use crate::quote::figure_value;
use crate::quote::{figure_order, warning_message};
use crate::state::InvalidField;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub plan: Shared<Plan>,
    pub outcome: Shared<Outcome>,
    /// The warnings (absent for a moment on a large plan's first evaluation).
    pub details: Option<Shared<super::Details>>,
    /// Fields whose text is not valid: no figures until they are fixed.
    pub invalid: Vec<InvalidField>,
    /// The share link of this plan, once made.
    #[prop_or_default]
    pub link: Option<AttrValue>,
}

pub fn figure_test_id(f: Figure) -> &'static str {
    match f {
        Figure::QualifyingLicenses => "qualifying-licenses",
        Figure::FreeAllotment => "free-allotment",
        Figure::AccountsNeedingLicense => "accounts-needing-license",
        Figure::AccountsWithoutLicenseNeed => "accounts-without-license-need",
        Figure::FreeUsed => "free-used",
        Figure::PaidNeeded => "paid-needed",
        Figure::LicensesToCoverAll => "licenses-to-cover-all",
        Figure::AccountsRemovable => "accounts-removable",
    }
}

#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let ctx = use_ctx();
    let out = &p.outcome.0;
    let f = out.figures;
    let rules = out.rules;
    let figures = figure_order(rules).into_iter().enumerate().map(|(i, which)| {
        let value = figure_value(which, &f);
        let paid = which == Figure::PaidNeeded && value > 0;
        html! {
            <div class={classes!("figure", (i < 2).then_some("figure-main"), paid.then_some("figure-paid"))}>
                <dt>{ ctx.t(Msg::FigureLabel(which)) }</dt>
                <dd class="value" data-testid={figure_test_id(which)} data-value={value.to_string()}>{ format_count(value) }</dd>
                <dd class="explain">{ ctx.t(Msg::FigureExplain(which, rules)) }</dd>
            </div>
        }
    });
    let summary = summary(&ctx, out);
    let stale = !p.invalid.is_empty();
    // The cost keeps its place in both branches, so a price being fixed keeps its focus.
    html! {
        <section class="panel results" aria-labelledby="results-title">
            <h2 id="results-title">{ ctx.t(Msg::ResultsHeading) }</h2>
            if stale {
                <StaleNotice fields={p.invalid.clone()} />
            } else {
                <p class="summary" aria-live="polite" data-testid="summary">{ summary }</p>
                if !ctx.read_only {
                    <super::quote::QuoteBar plan={p.plan.clone()} outcome={p.outcome.clone()} details={p.details.clone()} link={p.link.clone()} />
                }
                <dl class="figures">{ for figures }</dl>
                if rules.has_allotment() { { bar(&ctx, out) } }
                { paid_side(&ctx, out) }
                { license_status(&ctx, out) }
            }
            <Cost plan={p.plan.clone()} outcome={p.outcome.clone()} {stale} />
            if !stale {
                <Warnings details={p.details.clone()} />
                { advice(&ctx, out) }
            }
        </section>
    }
}

/// The answer in one sentence.
fn summary(ctx: &Ctx, out: &Outcome) -> String {
    let f = out.figures;
    if out.rules.has_allotment() {
        ctx.t(Msg::Summary { free: f.free_used, paid: f.paid_needed, needing: f.accounts_needing_license })
    } else if out.tally.eligible() || f.accounts_needing_license == 0 {
        ctx.t(Msg::SummaryNoCost { needing: f.accounts_needing_license, removable: f.accounts_removable })
    } else {
        ctx.t(Msg::SummaryNotEligible { needing: f.accounts_needing_license })
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadOnlyCardProps {
    pub plan: Shared<Plan>,
    pub outcome: Shared<Outcome>,
    /// The plan in the full calculator.
    pub link: Option<AttrValue>,
}

/// A published example in a wiki page: the answer, the figures, the cost and a link, on
/// a card of about 400 px. Nothing to edit, nothing that goes nowhere.
#[function_component(ReadOnlyCard)]
pub fn read_only_card(p: &ReadOnlyCardProps) -> Html {
    let ctx = use_ctx();
    let out = &p.outcome.0;
    let cost = &out.cost;
    let title = match &p.plan.0.customer {
        Some(c) => format!("{} — {c}", ctx.t(Msg::AppTitle)),
        None => ctx.t(Msg::AppTitle),
    };
    html! {
        <section class="panel card" aria-labelledby="card-title" data-testid="read-only-card">
            <h1 id="card-title">{ title }</h1>
            <p class="summary" data-testid="summary">{ summary(&ctx, out) }</p>
            <dl class="figures compact">
                { for figure_order(out.rules).into_iter().map(|which| {
                    let value = figure_value(which, &out.figures);
                    html! {
                        <div class="figure">
                            <dt>{ ctx.t(Msg::FigureLabel(which)) }</dt>
                            <dd class="value" data-testid={figure_test_id(which)} data-value={value.to_string()}>{ format_count(value) }</dd>
                        </div>
                    }
                }) }
            </dl>
            if cost.nothing_to_pay() {
                <p class="cost-total" data-testid="cost-monthly" data-value="0">{ ctx.t(Msg::CostNone) }</p>
            } else {
                <p class="cost-total"><strong data-testid="cost-monthly" data-value={number_to_string(cost.monthly)}>{ ctx.t(Msg::CostMonthly { amount: format_money(cost.monthly, &cost.currency) }) }</strong>
                    if cost.missing_prices { { ctx.t(Msg::Sentences { first: String::new(), second: ctx.t(Msg::CostIncomplete) }) } }</p>
            }
            <p class="hint">{ ctx.t(Msg::Sentences { first: ctx.t(Msg::SentenceEnd { text: ctx.t(Msg::RulesOption(out.rules)) }), second: ctx.t(Msg::ReadOnlyNote) }) }{ " " }
                if let Some(l) = &p.link { <a href={l.clone()} target="_blank" rel="noopener" data-testid="open-full">{ ctx.t(Msg::OpenFullCalculator) }</a> }
            </p>
        </section>
    }
}

/// Free used, paid, and unused free licenses as one bar. SVG attributes, not inline
/// styles, so the strict CSP holds.
fn bar(ctx: &Ctx, out: &Outcome) -> Html {
    let f = out.figures;
    let unused = f.free_allotment - f.free_used;
    // Widths in thousandths, whole numbers: no float formatting in the wasm.
    let total = (f.free_used + f.paid_needed + unused).max(1);
    let w = |n: u64| n * 1000 / total;
    let (a, b) = (w(f.free_used), w(f.paid_needed));
    let label = ctx.t(Msg::BarLabel { used: f.free_used, allotment: f.free_allotment, paid: f.paid_needed });
    html! {
        <div class="bar-wrap">
            <svg class="bar" viewBox="0 0 1000 6" preserveAspectRatio="none" role="img" aria-label={label.clone()} data-testid="allotment-bar">
                <rect class="bar-free" x="0" y="0" width={a.to_string()} height="6" />
                <rect class="bar-paid" x={a.to_string()} y="0" width={b.to_string()} height="6" />
                <rect class="bar-unused" x={(a + b).to_string()} y="0" width={(1000 - a - b).to_string()} height="6" />
            </svg>
            <p class="bar-legend">
                <span class="key key-free">{ ctx.t(Msg::DecisionCount { label: DecisionLabel::Free, count: f.free_used }) }</span>
                <span class="key key-paid">{ ctx.t(Msg::DecisionCount { label: DecisionLabel::Paid, count: f.paid_needed }) }</span>
                <span class="key key-none">{ ctx.t(Msg::DecisionCount { label: DecisionLabel::NotNeeded, count: f.accounts_without_license_need }) }</span>
                <span class="key key-unused">{ ctx.t(Msg::BarUnused { count: unused }) }</span>
            </p>
        </div>
    }
}

/// What costs money whatever the edition: accounts that dial out, toll-free numbers.
fn paid_side(ctx: &Ctx, out: &Outcome) -> Html {
    let s = &out.paid_side;
    let billing = out.cost.toll_free_billing;
    let items: Vec<(Msg, &'static str)> = [
        (s.calling_plan, Msg::PaidSideCallingPlan { count: s.calling_plan }, "paid-calling-plan"),
        (s.undecided, Msg::PaidSideUndecided { count: s.undecided }, "paid-undecided"),
        (s.voice_routing, Msg::PaidSideVoiceRouting { count: s.voice_routing }, "paid-voice-routing"),
        (s.operator_connect, Msg::PaidSideOperatorConnect { count: s.operator_connect }, "paid-operator-connect"),
        (s.toll_free, Msg::PaidSideTollFree { count: s.toll_free, billing }, "paid-toll-free"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(_, m, id)| (m, id))
    .collect();
    html! {
        <div class="paid-side" data-testid="paid-side">
            <h3>{ ctx.t(Msg::PaidSideHeading) }</h3>
            if items.is_empty() {
                <p class="hint">{ ctx.t(Msg::PaidSideNothing) }</p>
            } else {
                <ul>{ for items.into_iter().map(|(m, id)| html! { <li data-testid={id}>{ ctx.t(m) }</li> }) }</ul>
            }
        </div>
    }
}

/// Which licenses the accounts hold today: the wrong one and none are what to fix.
fn license_status(ctx: &Ctx, out: &Outcome) -> Html {
    let s = out.license_status;
    if out.counts.accounts == 0 {
        return html! {};
    }
    let rows = [
        (
            s.resource_account,
            Msg::LicenseStatusResourceAccount { count: s.resource_account },
            "status-resource-account",
        ),
        (s.phone_system, Msg::LicenseStatusPhoneSystem { count: s.phone_system }, "status-phone-system"),
        (s.none, Msg::LicenseStatusNone { count: s.none }, "status-none"),
    ];
    html! {
        <div class="license-status" data-testid="license-status">
            <h3>{ ctx.t(Msg::LicenseStatusHeading) }</h3>
            <ul>
                { for rows.into_iter().filter(|(n, _, _)| *n > 0).map(|(n, m, id)| html! {
                    <li data-testid={id} data-value={n.to_string()}>{ ctx.t(m) }</li>
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CostProps {
    plan: Shared<Plan>,
    outcome: Shared<Outcome>,
    /// Only the price fields, no figures.
    stale: bool,
}

#[function_component(Cost)]
fn cost(p: &CostProps) -> Html {
    let ctx = use_ctx();
    let cost = &p.outcome.0.cost;
    let pricing = p.plan.0.pricing.clone();
    let currency_draft = use_state(|| None::<String>);
    let on_currency = {
        let (ctx, draft, pricing) = (ctx.clone(), currency_draft.clone(), pricing.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let code = text.trim().to_ascii_uppercase();
            if is_currency_code(&code) {
                draft.set(None);
                ctx.send(Action::SetPricing(Pricing { currency: code, ..pricing.clone() }));
            } else {
                draft.set(Some(text));
            }
        })
    };
    let currency_text = (*currency_draft).clone().unwrap_or_else(|| pricing.currency.clone());
    let price_field = |item: CostItem| {
        let value = match item {
            CostItem::PaidLicense(_) => pricing.paid_license_monthly,
            CostItem::CallingPlan => pricing.calling_plan_monthly,
            CostItem::FreeResourceAccount => return html! {},
        };
        let on_change = {
            let (ctx, pricing) = (ctx.clone(), pricing.clone());
            Callback::from(move |v: Option<f64>| {
                let mut next = pricing.clone();
                match item {
                    CostItem::PaidLicense(_) => next.paid_license_monthly = v,
                    _ => next.calling_plan_monthly = v,
                }
                ctx.send(Action::SetPricing(next));
            })
        };
        let id = match item {
            CostItem::PaidLicense(_) => "price",
            _ => "price-calling-plan",
        };
        let hint = match item {
            CostItem::PaidLicense(PaidLicenseKind::PhoneSystem) => None,
            _ => Some(ctx.t(Msg::CostPriceNotPublished(item))),
        };
        if ctx.read_only {
            let text = value.map(|v| format_money(v, &pricing.currency)).unwrap_or_default();
            return html! { <p data-testid={format!("{id}-read-only")}>{ ctx.t(Msg::LabelValue { label: ctx.t(Msg::CostPriceLabel(item)), value: text.to_string() }) }</p> };
        }
        html! {
            <NumberField id={id} label={ctx.t(Msg::CostPriceLabel(item))} {value} {on_change} hint={hint.map(AttrValue::from)} />
        }
    };
    let priced_items: Vec<CostItem> =
        cost.lines.iter().map(|l| l.item).filter(|i| *i != CostItem::FreeResourceAccount).collect();
    let line_text = |l: &crate::engine::CostLine| {
        let quantity = l.quantity;
        match (l.unit_monthly, l.monthly()) {
            (Some(unit), Some(total)) => ctx.t(Msg::CostLine {
                quantity,
                item: l.item,
                unit: format_money(unit, &cost.currency),
                total: format_money(total, &cost.currency),
            }),
            _ => ctx.t(Msg::CostLineUnpriced { quantity, item: l.item }),
        }
    };
    html! {
        <div class="cost" data-testid="cost">
            <h3>{ ctx.t(Msg::CostHeading) }</h3>
            if !priced_items.is_empty() {
                <div class="cost-fields">
                    { for priced_items.iter().map(|i| price_field(*i)) }
                    if !ctx.read_only {
                        <div class={classes!("field", currency_draft.is_some().then_some("invalid"))}>
                            <label for="currency">{ ctx.t(Msg::CostCurrency) }</label>
                            <input id="currency" type="text" size="4" maxlength="3" value={currency_text} oninput={on_currency} data-testid="currency" autocomplete="off" aria-invalid={currency_draft.is_some().then_some("true")} />
                            if currency_draft.is_some() { <span class="field-error" role="alert">{ ctx.t(Msg::CurrencyInvalid) }</span> }
                        </div>
                    }
                </div>
            }
            if p.stale {
                <></>
            } else {
            if !cost.lines.is_empty() {
                <ul class="cost-lines" data-testid="cost-lines">
                    { for cost.lines.iter().map(|l| html! { <li data-testid="cost-line" data-item={l.item.as_str()}>{ line_text(l) }</li> }) }
                </ul>
            }
            if cost.nothing_to_pay() {
                <p class="cost-total" data-testid="cost-monthly" data-value="0">{ ctx.t(Msg::CostNone) }</p>
            } else {
                <p class="cost-total">
                    <strong data-testid="cost-monthly" data-value={number_to_string(cost.monthly)}>{ ctx.t(Msg::CostMonthly { amount: format_money(cost.monthly, &cost.currency) }) }</strong>
                    { " · " }
                    <span data-testid="cost-yearly" data-value={number_to_string(cost.yearly)}>{ ctx.t(Msg::CostYearly { amount: format_money(cost.yearly, &cost.currency) }) }</span>
                </p>
                if cost.missing_prices { <p class="hint" data-testid="cost-incomplete">{ ctx.t(Msg::CostIncomplete) }</p> }
            }
            if cost.toll_free_numbers > 0 {
                <p class="hint" data-testid="cost-toll-free">{ ctx.t(Msg::CostTollFreeUsage { count: cost.toll_free_numbers, billing: cost.toll_free_billing }) }</p>
            }
            if cost.lines.iter().any(|l| l.default_price) {
                <p class="hint" data-testid="cost-default-note">{ ctx.t(Msg::CostDefaultNote { seen: DEFAULT_PRICE_SEEN.to_owned() }) }</p>
            }
            }
        </div>
    }
}

/// Links to the first few nodes a warning concerns.
fn go_to_links(ctx: &Ctx, flat: &[FlatNode<'_>], nodes: impl Iterator<Item = u32>) -> Html {
    let links: Vec<Html> = nodes
        .take(5)
        .filter_map(|id| flat.get(id as usize).map(|f| (id, f.node.name.clone())))
        .map(|(id, name)| {
            let go = ctx.go_to_node.clone();
            let name = ctx.name(&name);
            html! { <button type="button" class="link" onclick={Callback::from(move |_: MouseEvent| go.emit(id))}>{ ctx.t(Msg::GoTo { name }) }</button> }
        })
        .collect();
    html! { <span class="go-to">{ for links }</span> }
}

fn refs(accounts: &[AccountRef]) -> impl Iterator<Item = u32> + '_ {
    let mut last = None;
    accounts.iter().map(|a| a.node).filter(move |n| {
        let fresh = last != Some(*n);
        last = Some(*n);
        fresh
    })
}

#[derive(Properties, PartialEq)]
struct WarningsProps {
    details: Option<Shared<super::Details>>,
}

/// The warnings, re-drawn only when they are worked out again (on a large plan, after the
/// figures), each with links to the nodes it names.
#[function_component(Warnings)]
fn warnings(p: &WarningsProps) -> Html {
    let ctx = &use_ctx();
    let Some(details) = &p.details else {
        return html! {
            <div class="warnings" data-testid="warnings">
                <h3>{ ctx.t(Msg::WarningsHeading) }</h3>
            </div>
        };
    };
    let (plan, list) = (&details.0.plan.0, &details.0.warnings);
    let flat = flatten(&plan.call_flows);
    let items: Vec<Html> = list
        .iter()
        .map(|w| {
            let (msg, test) = warning_message(plan.rules, w);
            let links = match crate::quote::warning_concerns(w) {
                crate::quote::Concerns::Nothing => html! {},
                crate::quote::Concerns::Nodes(nodes) => go_to_links(ctx, &flat, nodes.iter().copied()),
                crate::quote::Concerns::Accounts(accounts) => go_to_links(ctx, &flat, refs(&accounts)),
            };
            let text = ctx.t(msg);
            html! { <li data-testid={test}>{ text }{ " " }{ links }</li> }
        })
        .collect();
    html! {
        <div class="warnings" data-testid="warnings">
            <h3>{ ctx.t(Msg::WarningsHeading) }</h3>
            if items.is_empty() { <p class="hint">{ ctx.t(Msg::NoWarnings) }</p> } else { <ul>{ for items }</ul> }
        </div>
    }
}

fn advice(ctx: &Ctx, out: &Outcome) -> Html {
    let items: Vec<Html> = out
        .advice
        .iter()
        .map(|a| {
            let (text, test) = match a {
                Advice::NestWithoutNumbers { accounts } => (ctx.t(Msg::AdviceNest { count: *accounts }), "advice-nest"),
                Advice::AddQualifyingLicenses { licenses } => {
                    (ctx.t(Msg::AdviceMoreLicenses { count: *licenses }), "advice-more-licenses")
                }
                Advice::DropNestedAccounts { accounts } => {
                    (ctx.t(Msg::AdviceDropNested { count: *accounts }), "advice-drop-nested")
                }
                Advice::NoCostToday { paid_needed } => {
                    (ctx.t(Msg::AdviceNoCostToday { paid: *paid_needed }), "advice-no-cost-today")
                }
                Advice::SharedDevicesNotCounted { licenses } => {
                    (ctx.t(Msg::AdviceSharedDevices { count: *licenses }), "advice-shared-devices")
                }
                Advice::PayAsYouGoCallingPlan { accounts } => {
                    (ctx.t(Msg::AdvicePayAsYouGo { count: *accounts }), "advice-payg")
                }
            };
            html! { <li data-testid={test}>{ text }</li> }
        })
        .collect();
    html! {
        <div class="advice" data-testid="advice">
            <h3>{ ctx.t(Msg::AdviceHeading) }</h3>
            if items.is_empty() { <p class="hint">{ ctx.t(Msg::AdviceNone) }</p> } else { <ul>{ for items }</ul> }
        </div>
    }
}
