//! Counts mode: how many auto attendants, call queues, numbers, toll-free numbers and
//! accounts that dial out, for a quote in a few keystrokes. The counts are read from the
//! plan and written back as call flows, so the tree view shows the same plan.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::call_flows::Shared;
use super::fields::NumberField;
use super::state::{use_ctx, Action};
use crate::engine::counts::{call_flows_from, counts_of, first_number, made_from_counts, CallFlowCounts, Naming};
use crate::engine::{NodeKind, NumberType, PhoneNumber, Plan};
use crate::i18n::{CountsField, Msg};

/// Where numbers start when the plan has none.
const DEFAULT_FIRST: u64 = 14_255_550_100;

#[derive(Properties, PartialEq)]
pub struct CountsProps {
    pub plan: Shared<Plan>,
}

#[function_component(CountsEntry)]
pub fn counts_entry(p: &CountsProps) -> Html {
    let ctx = use_ctx();
    let roots = &p.plan.0.call_flows;
    let counts = counts_of(roots);
    let (first, number_type) = first_number(roots).unwrap_or((DEFAULT_FIRST, None));
    let number_type = number_type.unwrap_or(NumberType::CallingPlan);
    let error = use_state(|| None::<String>);
    let first_draft = use_state(|| None::<String>);
    let names = (
        ctx.t(Msg::NodeKindName(NodeKind::AutoAttendant)),
        ctx.t(Msg::NodeKindName(NodeKind::CallQueue)),
        ctx.t(Msg::CountsNestedName),
    );
    let naming = |first_number, number_type| Naming {
        auto_attendant: &names.0,
        call_queue: &names.1,
        nested: &names.2,
        first_number,
        number_type,
    };
    let hand_made = !roots.is_empty() && !made_from_counts(roots, &naming(first, number_type));

    // Makes the call flows for new counts, or says why it cannot.
    let apply = {
        let (ctx, error, names) = (ctx.clone(), error.clone(), names.clone());
        move |c: CallFlowCounts, first: u64, number_type: NumberType| {
            let naming = Naming {
                auto_attendant: &names.0,
                call_queue: &names.1,
                nested: &names.2,
                first_number: first,
                number_type,
            };
            match call_flows_from(&c, &naming) {
                Ok(nodes) => {
                    error.set(None);
                    ctx.send(Action::SetCallFlows(nodes));
                }
                Err(e) => error.set(Some(ctx.t(Msg::CountsError(e)))),
            }
        }
    };
    let field = |which: CountsField, value: u32, test_id: &'static str| {
        let apply = apply.clone();
        let on_change = Callback::from(move |v: Option<f64>| {
            let n = v.unwrap_or(0.0) as u32;
            let mut c = counts;
            match which {
                CountsField::AutoAttendants => c.auto_attendants = n,
                CountsField::CallQueues => c.call_queues = n,
                CountsField::Nested => c.nested = n,
                CountsField::Numbers => c.numbers = n,
                CountsField::TollFree => c.toll_free = n,
                CountsField::DialOut => c.dial_out = n,
            }
            apply(c, first, number_type);
        });
        html! {
            <NumberField id={test_id} label={ctx.t(Msg::CountsLabel(which))} value={Some(f64::from(value))} whole=true
                max={u64::from(crate::engine::counts::MAX_COUNTED_NODES)} {on_change} test_id={test_id} placeholder="0" />
        }
    };
    let on_first = {
        let (apply, draft) = (apply.clone(), first_draft.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match PhoneNumber::parse(&text).ok().and_then(|n| n.digits().parse::<u64>().ok()) {
                Some(digits) => {
                    draft.set(None);
                    apply(counts, digits, number_type);
                }
                None => draft.set(Some(text)),
            }
        })
    };
    let on_type = {
        let apply = apply.clone();
        Callback::from(move |e: Event| {
            let t = NumberType::parse(&e.target_unchecked_into::<HtmlSelectElement>().value())
                .unwrap_or(NumberType::CallingPlan);
            apply(counts, first, t);
        })
    };
    let first_text = (*first_draft).clone().unwrap_or_else(|| format!("+{first}"));
    html! {
        <div class="counts" data-testid="counts-entry">
            <p class="hint">{ ctx.t(Msg::CountsIntro) }</p>
            if hand_made { <p class="node-warning" data-testid="counts-hand-made">{ ctx.t(Msg::CountsHandMade) }</p> }
            <div class="counts-grid">
                { field(CountsField::AutoAttendants, counts.auto_attendants, "counts-auto-attendants") }
                { field(CountsField::CallQueues, counts.call_queues, "counts-call-queues") }
                { field(CountsField::Nested, counts.nested, "counts-nested") }
                { field(CountsField::Numbers, counts.numbers, "counts-numbers") }
                { field(CountsField::TollFree, counts.toll_free, "counts-toll-free") }
                { field(CountsField::DialOut, counts.dial_out, "counts-dial-out") }
            </div>
            if counts.numbers > 0 {
                <div class="counts-grid">
                    <div class={classes!("field", first_draft.is_some().then_some("invalid"))}>
                        <label for="counts-first-number">{ ctx.t(Msg::CountsFirstNumber) }</label>
                        <input id="counts-first-number" type="tel" value={first_text} oninput={on_first} data-testid="counts-first-number"
                            aria-invalid={first_draft.is_some().then_some("true")} />
                    </div>
                    <div class="field">
                        <label for="counts-number-type">{ ctx.t(Msg::AccountNumberType) }</label>
                        <select id="counts-number-type" onchange={on_type} data-testid="counts-number-type" data-value={number_type.as_str()}>
                            { for NumberType::ALL.into_iter().map(|t| html! {
                                <option value={t.as_str()} selected={number_type == t}>{ ctx.t(Msg::NumberTypeName(t)) }</option>
                            }) }
                        </select>
                    </div>
                </div>
            }
            if let Some(e) = &*error { <p class="field-error" role="alert" data-testid="counts-error">{ e.clone() }</p> }
        </div>
    }
}
