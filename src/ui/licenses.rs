//! License entry: the catalog grouped by what each license does, with a filter, the
//! running total and the allotment formula with the user's numbers.

use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::CountField;
use super::state::{use_ctx, Action};
use crate::engine::sku::{Sku, SkuRole, CATALOG};
use crate::engine::{Figures, RuleEdition};
use crate::i18n::Msg;
use crate::platform::format_count;

#[derive(Properties, PartialEq)]
pub struct LicensesProps {
    pub licenses: BTreeMap<String, u32>,
    pub rules: RuleEdition,
    pub figures: Figures,
    pub eligible: bool,
}

struct Group {
    title: Msg,
    note: Option<Msg>,
    roles: &'static [SkuRole],
    open_by_default: bool,
    test_id: &'static str,
}

fn matches(sku: &Sku, filter: &str) -> bool {
    filter.is_empty()
        || sku.product_name.to_lowercase().contains(filter)
        || sku.part_number.to_lowercase().contains(filter)
        || sku.aliases.iter().any(|a| a.to_lowercase().contains(filter))
}

#[function_component(Licenses)]
pub fn licenses(p: &LicensesProps) -> Html {
    let ctx = use_ctx();
    let filter = use_state(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let needle = filter.trim().to_lowercase();
    let groups = [
        Group {
            title: Msg::LicenseGroupTeamsPhone,
            note: None,
            roles: &[SkuRole::PhoneSystemUser],
            open_by_default: true,
            test_id: "licenses-teams-phone",
        },
        Group {
            title: Msg::LicenseGroupSharedDevices,
            note: Some(Msg::LicenseGroupSharedDevicesNote(p.rules)),
            roles: &[SkuRole::SharedDevice],
            open_by_default: true,
            test_id: "licenses-shared-devices",
        },
        Group {
            title: Msg::LicenseGroupNoTeamsPhone,
            note: Some(Msg::LicenseGroupNoTeamsPhoneNote),
            roles: &[SkuRole::NoTeamsPhone],
            open_by_default: false,
            test_id: "licenses-no-teams-phone",
        },
        Group {
            title: Msg::LicenseGroupOther,
            note: None,
            roles: &[SkuRole::ResourceAccount, SkuRole::CallingPlan, SkuRole::CommunicationsCredits],
            open_by_default: false,
            test_id: "licenses-other",
        },
    ];
    let mut any = false;
    let rendered: Html = groups
        .iter()
        .map(|g| {
            let skus: Vec<&Sku> = CATALOG.iter().filter(|s| g.roles.contains(&s.role) && matches(s, &needle)).collect();
            if skus.is_empty() {
                return html! {};
            }
            any = true;
            let has_counts = skus.iter().any(|s| p.licenses.get(s.part_number).is_some_and(|&n| n > 0));
            let open = g.open_by_default || has_counts || !needle.is_empty();
            html! {
                <details class="license-group" open={open} data-testid={g.test_id}>
                    <summary>{ ctx.t(g.title.clone()) }</summary>
                    if let Some(note) = &g.note { <p class="hint">{ ctx.t(note.clone()) }</p> }
                    <ul class="license-list">
                        { for skus.iter().map(|s| license_row(s, p.licenses.get(s.part_number).copied().unwrap_or(0), &ctx)) }
                    </ul>
                </details>
            }
        })
        .collect();

    let f = p.figures;
    let formula = if p.eligible {
        ctx.t(Msg::AllotmentFormula {
            qualifying: format_count(f.qualifying_licenses),
            extra: format_count(f.qualifying_licenses / 10),
            total: format_count(f.free_allotment),
        })
    } else {
        ctx.t(Msg::AllotmentNone)
    };
    html! {
        <section class="panel licenses" aria-labelledby="licenses-title">
            <h2 id="licenses-title">{ ctx.t(Msg::LicensesHeading) }</h2>
            <p class="hint">{ ctx.t(Msg::LicensesIntro) }</p>
            <div class="field">
                <label for="license-filter">{ ctx.t(Msg::LicenseFilter) }</label>
                <input id="license-filter" type="search" value={(*filter).clone()} oninput={on_filter}
                    placeholder={ctx.t(Msg::LicenseFilterPlaceholder)} autocomplete="off" />
            </div>
            { rendered }
            if !any { <p class="hint">{ ctx.t(Msg::LicenseNoMatch) }</p> }
            <p class="formula" data-testid="allotment-formula">
                <strong>{ ctx.t(Msg::QualifyingTotal { total: format_count(f.qualifying_licenses) }) }</strong>
                { " · " }{ formula }
            </p>
        </section>
    }
}

fn license_row(sku: &'static Sku, count: u32, ctx: &super::state::Ctx) -> Html {
    let dispatch = ctx.dispatch.clone();
    let part = sku.part_number;
    let on_change =
        Callback::from(move |n: u32| dispatch.dispatch(Action::SetLicense { part_number: part.to_owned(), count: n }));
    let id = format!("license-{part}");
    html! {
        <li class="license-row" key={part}>
            <span class="license-name">
                <span>{ sku.product_name }</span>
                <span class="part-number">{ part }</span>
            </span>
            <CountField id={id.clone()} label={ctx.t(Msg::LicenseCountLabel { product: sku.product_name.to_owned() })}
                label_hidden=true value={count} {on_change} test_id={AttrValue::from(id)} />
        </li>
    }
}
