//! The browser app: Yew components over one reducer. Figures come from the engine only;
//! every visible string from the message catalog.

pub mod call_flows;
pub mod fields;
mod licenses;
mod quick_entry;
mod results;
pub mod state;
mod steps;
mod toolbar;

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::engine::{evaluate, Decision, Outcome, Plan, RuleEdition};
use crate::examples;
use crate::i18n::{Lang, Msg};
use crate::state::preorder_paths;
use call_flows::{CallFlows, Shared, PAGE_SIZE};
use licenses::Licenses;
use quick_entry::QuickEntry;
use results::Results;
use state::{Action, AppState, Ctx, UiState};
use steps::Steps;
use toolbar::Toolbar;

/// What only the view cares about: which page of call flows, the filter, where to go.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub page: usize,
    pub filter: String,
    /// A node (preorder id) to bring into view and focus after the next render.
    pub go_to: Option<u32>,
}

pub enum ViewAction {
    Page(usize),
    Filter(String),
    GoTo(u32),
    Arrived { page: usize },
}

impl Reducible for ViewState {
    type Action = ViewAction;
    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ViewAction::Page(p) => next.page = p,
            ViewAction::Filter(f) => next.filter = f,
            ViewAction::GoTo(id) => {
                next.go_to = Some(id);
                next.filter.clear();
            }
            ViewAction::Arrived { page } => {
                next.go_to = None;
                next.page = page;
            }
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The plan to start with; the seeds' Contoso when none is given.
    #[prop_or_default]
    pub initial: Option<Plan>,
}

/// Evaluates once per plan change (plans compare by pointer here).
fn outcome_of(plan: &Shared<Plan>) -> (Rc<Outcome>, Rc<Vec<Decision>>) {
    let outcome = evaluate(&plan.0);
    let decisions = outcome.accounts.iter().map(|a| a.decision).collect();
    (Rc::new(outcome), Rc::new(decisions))
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || UiState(AppState::with_plan(initial.unwrap_or_else(examples::contoso_seed))));
    let view = use_reducer(ViewState::default);
    let lang = Lang::En;

    let go_to_node = {
        let view = view.dispatcher();
        (*use_memo((), move |_| Callback::from(move |id: u32| view.dispatch(ViewAction::GoTo(id))))).clone()
    };
    let ctx = Ctx { lang, dispatch: state.dispatcher(), go_to_node };

    let plan = Shared(state.0.plan.clone());
    let memo = use_memo(plan.clone(), outcome_of);
    let (outcome, decisions) = (Shared(memo.0.clone()), Shared(memo.1.clone()));

    // Bring a node into view: its top-level tree decides the page.
    let target_page =
        view.go_to.and_then(|id| preorder_paths(&plan.0.call_flows).get(id as usize).map(|p| p[0] / PAGE_SIZE));
    let page = target_page.unwrap_or(view.page);
    {
        let dispatcher = view.dispatcher();
        let go_to = view.go_to;
        use_effect_with(go_to, move |go_to| {
            if let Some(id) = *go_to {
                crate::platform::focus_element(&format!("node-{id}"));
                dispatcher.dispatch(ViewAction::Arrived { page: target_page.unwrap_or(0) });
            }
        });
    }

    let on_page = {
        let v = view.dispatcher();
        Callback::from(move |p: usize| v.dispatch(ViewAction::Page(p)))
    };
    let on_filter = {
        let v = view.dispatcher();
        Callback::from(move |f: String| v.dispatch(ViewAction::Filter(f)))
    };
    let on_rules = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(rules) = RuleEdition::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                d.dispatch(Action::SetRules(rules));
            }
        })
    };
    let rules = plan.0.rules;
    let o = &outcome.0;
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class="app" lang={lang.tag()}>
                <header class="app-header">
                    <h1>{ ctx.t(Msg::AppTitle) }</h1>
                    <p class="lede">{ ctx.t(Msg::AppLede) }</p>
                    <p class="privacy">{ ctx.t(Msg::PrivacyNote) }</p>
                    <Toolbar plan={plan.clone()} undo={state.0.undo.last().map(|u| u.what)} import_problem={state.0.import_problem.clone()} />
                </header>
                <div class="layout">
                    <main class="inputs">
                        <section class="panel rules" aria-labelledby="rules-title">
                            <h2 id="rules-title">{ ctx.t(Msg::RulesHeading) }</h2>
                            <div class="field">
                                <label for="rules-edition">{ ctx.t(Msg::RulesLabel) }</label>
                                <select id="rules-edition" data-testid="rules-edition" onchange={on_rules} aria-describedby="rules-explain">
                                    <option value="current" selected={rules == RuleEdition::Current}>{ ctx.t(Msg::RulesOption(RuleEdition::Current)) }</option>
                                    <option value="original" selected={rules == RuleEdition::Original}>{ ctx.t(Msg::RulesOption(RuleEdition::Original)) }</option>
                                </select>
                            </div>
                            <p id="rules-explain" class="hint">{ ctx.t(Msg::RulesExplain(rules)) }{ " " }{ ctx.t(Msg::RulesChange) }</p>
                        </section>
                        <Licenses licenses={plan.0.licenses.clone()} rules={rules} figures={o.figures} eligible={o.tally.eligible()} />
                        <CallFlows plan={plan.clone()} decisions={decisions} page={page} on_page={on_page} filter={AttrValue::from(view.filter.clone())} on_filter={on_filter} />
                        <QuickEntry plan={plan.clone()} />
                    </main>
                    <aside class="results-column">
                        <Results plan={plan.clone()} outcome={outcome.clone()} />
                    </aside>
                </div>
                <Steps plan={plan} outcome={outcome} />
            </div>
        </ContextProvider<Ctx>>
    }
}

/// Mounts [`App`] into the page's `#app` element (the body if there is none).
pub fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render()
        }
        None => yew::Renderer::<App>::new().render(),
    };
}
