//! License entry: the catalog grouped by what each license does, with a filter, the
//! running total and the allotment formula with the user's numbers.

use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::NumberField;
use super::state::{use_ctx, Action};
use crate::engine::sku::{Sku, SkuRole, CATALOG};
use crate::engine::{Figures, RuleEdition};
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct LicensesProps {
    pub licenses: BTreeMap<String, u32>,
    pub rules: RuleEdition,
    pub figures: Figures,
    pub eligible: bool,
}

/// Products shown per group before "Show all".
const COMMON_SHOWN: usize = 10;

struct Group {
    title: Msg,
    note: Option<Msg>,
    roles: &'static [SkuRole],
    open_by_default: bool,
    test_id: &'static str,
}

#[function_component(Licenses)]
pub fn licenses(p: &LicensesProps) -> Html {
    let ctx = use_ctx();
    let filter = use_state(String::new);
    // Groups showing every product, not only the common ones.
    let expanded = use_state(Vec::<&'static str>::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let needle = filter.trim();
    let groups = [
        Group {
            title: Msg::LicenseGroupTeamsPhone,
            note: None,
            roles: &[SkuRole::PhoneSystemUser],
            open_by_default: true,
            test_id: "licenses-teams-phone",
        },
        Group {
            title: Msg::LicenseGroupTeamsRooms,
            note: Some(Msg::LicenseGroupTeamsRoomsNote),
            roles: &[SkuRole::TeamsRooms],
            open_by_default: false,
            test_id: "licenses-teams-rooms",
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
            let skus: Vec<&Sku> = CATALOG.iter().filter(|s| g.roles.contains(&s.role) && s.matches(needle)).collect();
            if skus.is_empty() {
                return html! {};
            }
            any = true;
            let has_counts = skus.iter().any(|s| p.licenses.get(s.key).is_some_and(|&n| n > 0));
            let open = g.open_by_default || has_counts || !needle.is_empty();
            // The most common products first; the rest (government, education, regional
            // variants) on request, unless the filter or a count asks for them.
            let all = !needle.is_empty() || expanded.contains(&g.test_id) || skus.len() <= COMMON_SHOWN + 2;
            let total = skus.len();
            let skus: Vec<&Sku> = skus
                .into_iter()
                .enumerate()
                .filter(|(i, s)| all || *i < COMMON_SHOWN || p.licenses.get(s.key).is_some_and(|&n| n > 0))
                .map(|(_, s)| s)
                .collect();
            let show_all = (skus.len() < total).then(|| {
                let (expanded, id) = (expanded.clone(), g.test_id);
                Callback::from(move |_: MouseEvent| {
                    let mut next = (*expanded).clone();
                    next.push(id);
                    expanded.set(next);
                })
            });
            html! {
                <details class="license-group" open={open} data-testid={g.test_id}>
                    <summary>{ ctx.t_ref(&g.title) }</summary>
                    if let Some(note) = &g.note { <p class="hint">{ ctx.t_ref(note) }</p> }
                    <ul class="license-list">
                        { for skus.iter().map(|s| license_row(s, p.licenses.get(s.key).copied().unwrap_or(0), &ctx)) }
                    </ul>
                    if let Some(onclick) = show_all {
                        <button type="button" class="link" {onclick} data-testid={format!("{}-show-all", g.test_id)}>{ ctx.t(Msg::ShowAll { count: total as u64 }) }</button>
                    }
                </details>
            }
        })
        .collect();

    let f = p.figures;
    let formula = if !p.eligible {
        ctx.t(Msg::AllotmentNone)
    } else if p.rules.has_allotment() {
        ctx.t(Msg::AllotmentFormula {
            qualifying: f.qualifying_licenses,
            extra: f.qualifying_licenses / 10,
            total: f.free_allotment,
        })
    } else {
        ctx.t(Msg::AllotmentNoCost)
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
                <strong>{ ctx.t(Msg::QualifyingTotal { total: f.qualifying_licenses }) }</strong>
                { " · " }{ formula }
            </p>
        </section>
    }
}

fn license_row(sku: &'static Sku, count: u32, ctx: &super::state::Ctx) -> Html {
    let dispatch = ctx.dispatch.clone();
    let key = sku.key;
    let on_change = Callback::from(move |n: Option<f64>| {
        let count = n.map_or(0, |n| n as u32);
        dispatch.dispatch(Action::SetLicense { part_number: key.to_owned(), count })
    });
    // Part numbers hold spaces and slashes, which an element id may not.
    let id: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect();
    html! {
        <li class="license-row" key={key}>
            <span class="license-name">
                <span>{ sku.product_name }</span>
                <span class="part-number">{ sku.part_number }</span>
            </span>
            <NumberField id={format!("license-{id}")} label={ctx.t(Msg::LicenseCountLabel { product: sku.product_name.to_owned() })}
                label_hidden=true value={Some(f64::from(count))} whole=true {on_change} class="count-field" placeholder="0"
                test_id={AttrValue::from(format!("license-{key}"))} />
        </li>
    }
}
