//! The result: the seven contract figures (each with `data-testid` and `data-value`), a
//! bar of free versus paid, the cost of the paid part, warnings and advice.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::call_flows::Shared;
use super::state::{use_ctx, Action, Ctx};
use crate::engine::{flatten, AccountRef, Advice, FlatNode, Outcome, Plan, Pricing, Warning, DEFAULT_PRICE_SEEN};
use crate::i18n::{DecisionLabel, Figure, Msg};
use crate::plan_file::is_currency_code;
use crate::platform::{format_count, format_money};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub plan: Shared<Plan>,
    pub outcome: Shared<Outcome>,
}

#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let ctx = use_ctx();
    let out = &p.outcome.0;
    let f = out.figures;
    let rules = out.rules;
    let fig = |which: Figure, test_id: &'static str, value: u64, main: bool| {
        html! {
            <div class={classes!("figure", main.then_some("figure-main"), (which == Figure::PaidNeeded && value > 0).then_some("figure-paid"))}>
                <dt>{ ctx.t(Msg::FigureLabel(which)) }</dt>
                <dd class="value" data-testid={test_id} data-value={value.to_string()}>{ format_count(value) }</dd>
                <dd class="explain">{ ctx.t(Msg::FigureExplain(which, rules)) }</dd>
            </div>
        }
    };
    let summary = ctx.t(Msg::Summary {
        free: format_count(f.free_used),
        paid: format_count(f.paid_needed),
        needing: format_count(f.accounts_needing_license),
    });
    html! {
        <section class="panel results" aria-labelledby="results-title">
            <h2 id="results-title">{ ctx.t(Msg::ResultsHeading) }</h2>
            <p class="summary" aria-live="polite" data-testid="summary">{ summary }</p>
            <dl class="figures">
                { fig(Figure::FreeAllotment, "free-allotment", f.free_allotment, true) }
                { fig(Figure::PaidNeeded, "paid-needed", f.paid_needed, true) }
                { fig(Figure::QualifyingLicenses, "qualifying-licenses", f.qualifying_licenses, false) }
                { fig(Figure::AccountsNeedingLicense, "accounts-needing-license", f.accounts_needing_license, false) }
                { fig(Figure::FreeUsed, "free-used", f.free_used, false) }
                { fig(Figure::AccountsWithoutLicenseNeed, "accounts-without-license-need", f.accounts_without_license_need, false) }
                { fig(Figure::LicensesToCoverAll, "licenses-to-cover-all", f.licenses_to_cover_all, false) }
            </dl>
            { bar(&ctx, out) }
            <Cost plan={p.plan.clone()} outcome={p.outcome.clone()} />
            { warnings(&ctx, &p.plan.0, out) }
            { advice(&ctx, out) }
        </section>
    }
}

/// Free used, paid, and unused free licenses as one bar. SVG attributes, not inline
/// styles, so the strict CSP holds.
fn bar(ctx: &Ctx, out: &Outcome) -> Html {
    let f = out.figures;
    let unused = f.free_allotment - f.free_used;
    let total = (f.free_used + f.paid_needed + unused).max(1) as f64;
    let w = |n: u64| n as f64 / total * 100.0;
    let (a, b) = (w(f.free_used), w(f.paid_needed));
    let label = ctx.t(Msg::BarLabel {
        used: format_count(f.free_used),
        allotment: format_count(f.free_allotment),
        paid: format_count(f.paid_needed),
    });
    html! {
        <div class="bar-wrap">
            <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={label.clone()} data-testid="allotment-bar">
                <rect class="bar-free" x="0" y="0" width={format!("{a:.3}")} height="6" />
                <rect class="bar-paid" x={format!("{a:.3}")} y="0" width={format!("{b:.3}")} height="6" />
                <rect class="bar-unused" x={format!("{:.3}", a + b)} y="0" width={format!("{:.3}", (100.0 - a - b).max(0.0))} height="6" />
            </svg>
            <p class="bar-legend">
                <span class="key key-free">{ ctx.t(Msg::DecisionCount { label: DecisionLabel::Free, count: format_count(f.free_used) }) }</span>
                <span class="key key-paid">{ ctx.t(Msg::DecisionCount { label: DecisionLabel::Paid, count: format_count(f.paid_needed) }) }</span>
                <span class="key key-none">{ ctx.t(Msg::DecisionCount { label: DecisionLabel::NotNeeded, count: format_count(f.accounts_without_license_need) }) }</span>
                <span class="key key-unused">{ format!("{} {}", format_count(unused), ctx.t(Msg::BarUnused)) }</span>
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CostProps {
    plan: Shared<Plan>,
    outcome: Shared<Outcome>,
}

#[function_component(Cost)]
fn cost(p: &CostProps) -> Html {
    let ctx = use_ctx();
    let cost = &p.outcome.0.cost;
    let pricing = p.plan.0.pricing.clone().unwrap_or_default();
    let price_draft = use_state(|| None::<String>);
    let currency_draft = use_state(|| None::<String>);
    {
        let (a, b) = (price_draft.clone(), currency_draft.clone());
        use_effect_with(p.plan.0.pricing.clone(), move |_| {
            a.set(None);
            b.set(None);
        });
    }
    let on_price = {
        let (ctx, draft, pricing) = (ctx.clone(), price_draft.clone(), pricing.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match text.trim().replace(',', ".").parse::<f64>() {
                Ok(v) if v.is_finite() && v >= 0.0 => {
                    draft.set(None);
                    ctx.send(Action::SetPricing(Pricing { paid_license_monthly: v, ..pricing.clone() }));
                }
                _ => draft.set(Some(text)),
            }
        })
    };
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
    let price_text = (*price_draft).clone().unwrap_or_else(|| pricing.paid_license_monthly.to_string());
    let currency_text = (*currency_draft).clone().unwrap_or_else(|| pricing.currency.clone());
    let paid = p.outcome.0.figures.paid_needed;
    html! {
        <div class="cost" data-testid="cost">
            <h3>{ ctx.t(Msg::CostHeading) }</h3>
            if ctx.read_only {
                <p data-testid="price-read-only">{ ctx.t(Msg::CostPrice) }{ ": " }{ format_money(pricing.paid_license_monthly, &pricing.currency) }</p>
            } else {
            <div class="cost-fields">
                <div class={classes!("field", price_draft.is_some().then_some("invalid"))}>
                    <label for="price">{ ctx.t(Msg::CostPrice) }</label>
                    <input id="price" type="text" inputmode="decimal" value={price_text} oninput={on_price} data-testid="price" aria-invalid={price_draft.is_some().then_some("true")} />
                    if price_draft.is_some() { <span class="field-error" role="alert">{ ctx.t(Msg::CostInvalid) }</span> }
                </div>
                <div class={classes!("field", currency_draft.is_some().then_some("invalid"))}>
                    <label for="currency">{ ctx.t(Msg::CostCurrency) }</label>
                    <input id="currency" type="text" size="4" maxlength="3" value={currency_text} oninput={on_currency} data-testid="currency" autocomplete="off" aria-invalid={currency_draft.is_some().then_some("true")} />
                    if currency_draft.is_some() { <span class="field-error" role="alert">{ ctx.t(Msg::CurrencyInvalid) }</span> }
                </div>
            </div>
            }
            if paid == 0 {
                <p class="cost-total" data-testid="cost-monthly" data-value="0">{ ctx.t(Msg::CostNone) }</p>
            } else {
                <p class="cost-total">
                    <strong data-testid="cost-monthly" data-value={cost.monthly.to_string()}>{ ctx.t(Msg::CostMonthly { amount: format_money(cost.monthly, &cost.currency) }) }</strong>
                    { " · " }
                    <span data-testid="cost-yearly" data-value={cost.yearly.to_string()}>{ ctx.t(Msg::CostYearly { amount: format_money(cost.yearly, &cost.currency) }) }</span>
                </p>
            }
            <p class="hint">{ ctx.t(Msg::CostPriceNote { seen: DEFAULT_PRICE_SEEN.to_owned() }) }{ " " }{ ctx.t(Msg::CostPriceNoteCurrent) }</p>
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

fn warnings(ctx: &Ctx, plan: &Plan, out: &Outcome) -> Html {
    let n = |len: usize| format_count(len as u64);
    let flat = flatten(&plan.call_flows);
    let items: Vec<Html> = out
        .warnings
        .iter()
        .map(|w| {
            let (text, links, test) = match w {
                Warning::NoPhoneSystemLicense => (ctx.t(Msg::WarnNoPhoneSystem), html! {}, "warn-no-phone-system"),
                Warning::UnknownSkus { part_numbers } => {
                    (ctx.t(Msg::WarnUnknownSkus { list: part_numbers.join(", ") }), html! {}, "warn-unknown-skus")
                }
                Warning::NodesWithoutResourceAccount { nodes } => (
                    ctx.t(Msg::WarnNodesWithoutAccount { count: n(nodes.len()) }),
                    go_to_links(ctx, &flat, nodes.iter().copied()),
                    "warn-no-account",
                ),
                Warning::InvalidPhoneNumbers { accounts } => {
                    let ids: Vec<AccountRef> = accounts.iter().map(|(a, _)| *a).collect();
                    (
                        ctx.t(Msg::WarnInvalidNumbers { count: n(accounts.len()) }),
                        go_to_links(ctx, &flat, refs(&ids)),
                        "warn-invalid-numbers",
                    )
                }
                Warning::NumberTypeMissing { accounts } => (
                    ctx.t(Msg::WarnNumberTypeMissing { count: n(accounts.len()) }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-number-type",
                ),
                Warning::ExtensionWithoutDirectRouting { accounts } => (
                    ctx.t(Msg::WarnExtension { count: n(accounts.len()) }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-extension",
                ),
                Warning::DuplicatePhoneNumber { number, accounts } => (
                    ctx.t(Msg::WarnDuplicate { number: number.clone(), count: n(accounts.len()) }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-duplicate",
                ),
                Warning::TollFreeNeedsCredits { accounts, credits_in_plan } => (
                    ctx.t(Msg::WarnTollFree { count: n(accounts.len()), credits_in_plan: *credits_in_plan }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-toll-free",
                ),
                Warning::PstnUseNeedsSetup { need, accounts } => (
                    ctx.t(Msg::WarnPstn { count: n(accounts.len()), need: *need }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-pstn",
                ),
                Warning::SwitchToFreeLicense { accounts } => (
                    ctx.t(Msg::WarnSwitch { count: n(accounts.len()) }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-switch",
                ),
                Warning::ReplaceTeamsPhoneStandard { accounts } => (
                    ctx.t(Msg::WarnReplaceStandard { count: n(accounts.len()) }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-replace-standard",
                ),
                Warning::UnneededPhoneSystemLicense { accounts } => (
                    ctx.t(Msg::WarnUnneeded { count: n(accounts.len()) }),
                    go_to_links(ctx, &flat, refs(accounts)),
                    "warn-unneeded",
                ),
            };
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
                Advice::NestWithoutNumbers { accounts } => {
                    (ctx.t(Msg::AdviceNest { count: format_count(*accounts) }), "advice-nest")
                }
                Advice::AddQualifyingLicenses { licenses } => {
                    (ctx.t(Msg::AdviceMoreLicenses { count: format_count(*licenses) }), "advice-more-licenses")
                }
                Advice::OtherEditionDiffers { rules, paid_needed, accounts_needing_license } => (
                    ctx.t(Msg::AdviceOtherEdition {
                        other: *rules,
                        paid: format_count(*paid_needed),
                        needing: format_count(*accounts_needing_license),
                    }),
                    "advice-other-edition",
                ),
                Advice::SharedDevicesNotCounted { licenses } => {
                    (ctx.t(Msg::AdviceSharedDevices { count: format_count(*licenses) }), "advice-shared-devices")
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
