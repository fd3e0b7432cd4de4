//! The browser app: Yew components over one reducer. Figures come from the engine only;
//! every visible string from the message catalog.

pub mod call_flows;
mod editions;
pub mod fields;
mod licenses;
mod quick_entry;
mod results;
mod rules;
mod share;
pub mod state;
mod steps;
mod toolbar;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{evaluate, Decision, Outcome, Plan, IN_FORCE};
use crate::examples::Example;
use crate::i18n::{Lang, Msg};
use crate::plan_file::{read_plan_lenient, write_plan};
use crate::platform;
use crate::share::{fragment_for, parse_fragment, parse_query, LinkError, PageOptions};
use crate::state::preorder_paths;
use call_flows::{CallFlows, Shared, PAGE_SIZE};
use editions::Editions;
use licenses::Licenses;
use quick_entry::QuickEntry;
use results::Results;
use rules::Rules;
use share::SharePanel;
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

/// Where the plan is kept between visits.
pub const PLAN_KEY: &str = "resource-account-calculator:plan";
/// The user's own plan while a shared one is open, so "Back to my plan" can restore it.
pub const BEFORE_LINK_KEY: &str = "resource-account-calculator:plan-before-link";
/// A saved plan this version could not read, kept instead of being dropped.
pub const UNREADABLE_KEY: &str = "resource-account-calculator:plan-unreadable";
/// Autosave waits this long after the last change.
const AUTOSAVE_MS: u32 = 400;

/// Things said once, quietly, above the calculator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    pub storage: Option<Msg>,
    pub unreadable: Option<String>,
    pub link_opened: bool,
    pub link_error: Option<String>,
}

fn link_error_text(lang: Lang, e: &LinkError) -> String {
    let t = |m: Msg| crate::i18n::t(lang, &m);
    match e {
        LinkError::Malformed => t(Msg::LinkErrorMalformed),
        LinkError::NewerVersion(v) => t(Msg::LinkErrorNewer { version: v.to_string() }),
        LinkError::BadEncoding => t(Msg::LinkErrorEncoding),
        LinkError::Damaged => t(Msg::LinkErrorDamaged),
        LinkError::NotAPlan(reason) => reason.clone(),
    }
}

/// Decodes the plan a share link carries.
async fn plan_from_fragment(payload: Vec<u8>, lang: Lang) -> Result<Plan, String> {
    let bytes = platform::inflate(&payload).await.map_err(|_| link_error_text(lang, &LinkError::Damaged))?;
    let text = String::from_utf8(bytes).map_err(|_| link_error_text(lang, &LinkError::Damaged))?;
    read_plan_lenient(&text)
        .map_err(|e| link_error_text(lang, &LinkError::NotAPlan(crate::i18n::plan_error_text(lang, &e))))
}

/// The plan to start with: the one saved in this browser (not when embedded), else the
/// example, marked as such. A saved plan that cannot be read is kept aside, never dropped.
fn startup_state(options: &PageOptions, notices: &mut Notices, lang: Lang) -> AppState {
    let mut plan = None;
    if !options.embed {
        if !platform::storage_available() {
            notices.storage = Some(Msg::StorageUnavailable);
        } else if let Some(text) = platform::storage_get(PLAN_KEY) {
            match read_plan_lenient(&text) {
                Ok(p) => plan = Some(p),
                Err(e) => {
                    platform::storage_set(UNREADABLE_KEY, &text);
                    platform::storage_remove(PLAN_KEY);
                    notices.unreadable = Some(crate::i18n::plan_error_text(lang, &e));
                }
            }
        }
    }
    // An earlier version saved its example as if it were the user's plan: not their own.
    let mut state = match plan.filter(|p| Example::of(p).is_none()) {
        Some(p) => AppState::with_plan(p),
        None => AppState::with_example(Example::Contoso2025),
    };
    if let Some(rules) = options.rules {
        std::rc::Rc::make_mut(&mut state.plan).rules = rules;
    }
    state
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The plan to start with; the example (or the plan saved in this browser) when none
    /// is given.
    #[prop_or_default]
    pub initial: Option<Plan>,
    /// How numbers are written; the browser's locale when none is given (tests set it).
    #[prop_or_default]
    pub separators: Option<crate::input::Separators>,
}

/// Evaluates once per plan change (plans compare by pointer here).
fn outcome_of(plan: &Shared<Plan>) -> (Rc<Outcome>, Rc<Vec<(Decision, bool)>>) {
    let outcome = evaluate(&plan.0);
    let drop = outcome.rules.nested_may_drop_account();
    let decisions = outcome.accounts.iter().map(|a| (a.decision, drop && a.droppable)).collect();
    (Rc::new(outcome), Rc::new(decisions))
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The page's options and its URL without query or fragment, read once.
    let page = use_memo((), |_| {
        let (search, _, href) = platform::location_parts();
        (Rc::new(parse_query(&search)), AttrValue::from(href.split('?').next().unwrap_or_default().to_owned()))
    });
    let options = page.0.clone();
    let base = page.1.clone();
    let lang = options.lang.unwrap_or_default();
    let startup = {
        let (initial, options) = (props.initial.clone(), options.clone());
        use_memo((), move |_| {
            let mut n = Notices::default();
            let state = initial.map_or_else(|| startup_state(&options, &mut n, lang), AppState::with_plan);
            (state, n)
        })
    };
    let notices = {
        let startup = startup.clone();
        use_state(move || startup.1.clone())
    };
    let state = {
        let startup = startup.clone();
        use_reducer(move || UiState(startup.0.clone()))
    };
    let view = use_reducer(ViewState::default);
    // The share fragment and the plan generation it was made for.
    let fragment = use_state(|| None::<(u64, AttrValue)>);
    let autosave = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let generation = use_mut_ref(|| 0u64);

    let go_to_node = {
        let view = view.dispatcher();
        (*use_memo((), move |_| Callback::from(move |id: u32| view.dispatch(ViewAction::GoTo(id))))).clone()
    };
    let ctx = Ctx {
        lang,
        seps: props.separators.unwrap_or_else(platform::separators),
        dispatch: state.dispatcher(),
        go_to_node,
        read_only: options.read_only,
    };

    let plan = Shared(state.0.plan.clone());
    let memo = use_memo(plan.clone(), outcome_of);

    // The latest plan, for handlers that outlive a render (hashchange).
    let latest = use_mut_ref(|| plan.0.clone());
    *latest.borrow_mut() = plan.0.clone();

    // A plan in the link replaces the shown one, at startup and whenever the fragment
    // changes (a link pasted into this tab); the user's own plan is kept aside. An
    // embedding page is told our height.
    {
        let (dispatch, notices, options, latest) =
            (state.dispatcher(), notices.clone(), options.clone(), latest.clone());
        use_effect_with((), move |_| {
            if options.embed {
                platform::start_height_messages();
            }
            let open = Rc::new(move || {
                let Some(parsed) = parse_fragment(&platform::location_parts().1) else { return };
                let (dispatch, notices, options, latest) =
                    (dispatch.clone(), notices.clone(), options.clone(), latest.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let decoded = match parsed {
                        Ok(payload) => plan_from_fragment(payload, lang).await,
                        Err(e) => Err(link_error_text(lang, &e)),
                    };
                    let mut n = (*notices).clone();
                    match decoded {
                        Ok(mut shared) => {
                            if let Some(rules) = options.rules {
                                shared.rules = rules;
                            }
                            let mine = latest.borrow().clone();
                            // Only a plan of the user's own (saved in this browser) is worth
                            // keeping; a first visit's example is not.
                            let own = platform::storage_get(PLAN_KEY).is_some();
                            if !options.embed && own && *mine != shared {
                                if let Ok(text) = write_plan(&mine) {
                                    platform::storage_set(BEFORE_LINK_KEY, &text);
                                }
                                n.link_opened = true;
                            }
                            n.link_error = None;
                            dispatch.dispatch(Action::ReplacePlan(shared));
                            if !options.embed {
                                platform::clear_fragment();
                            }
                        }
                        Err(reason) => n.link_error = Some(reason),
                    }
                    notices.set(n);
                });
            });
            open();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| open());
            move || drop(listener)
        });
    }

    // Each plan change gets a number, so a link can tell whether it is for the plan shown.
    let plan_generation = {
        let generation = generation.clone();
        *use_memo(plan.clone(), move |_| {
            *generation.borrow_mut() += 1;
            *generation.borrow()
        })
    };

    // After a pause in editing: autosave and a fresh share link. Serializing a large plan
    // takes milliseconds, so it is done once per pause, not once per keystroke.
    {
        let (notices, options, fragment, autosave) =
            (notices.clone(), options.clone(), fragment.clone(), autosave.clone());
        // An unchanged example is not the user's plan: it is not saved over theirs.
        let is_example = state.0.example.is_some();
        use_effect_with(plan.clone(), move |plan| {
            let plan = plan.0.clone();
            let mine = plan_generation;
            *autosave.borrow_mut() = Some(gloo::timers::callback::Timeout::new(AUTOSAVE_MS, move || {
                let Ok(text) = write_plan(&plan) else { return };
                if !options.embed
                    && !is_example
                    && platform::storage_available()
                    && !platform::storage_set(PLAN_KEY, &text)
                    && notices.storage.is_none()
                {
                    notices.set(Notices { storage: Some(Msg::StorageFull), ..(*notices).clone() });
                }
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(compressed) = platform::deflate(text.as_bytes()).await {
                        fragment.set(Some((mine, AttrValue::from(fragment_for(&compressed)))));
                    }
                });
            }));
        });
    }

    let (outcome, decisions) = (Shared(memo.0.clone()), Shared(memo.1.clone()));
    use_effect(platform::sync_selects);

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
    let use_rules_in_force = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SetRules(IN_FORCE)))
    };
    let start_empty = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::ReplacePlan(Plan::default())))
    };
    let rules = plan.0.rules;
    let o = &outcome.0;
    let back_to_mine = {
        let (d, notices) = (state.dispatcher(), notices.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = platform::storage_get(BEFORE_LINK_KEY).and_then(|t| read_plan_lenient(&t).ok()) {
                d.dispatch(Action::ReplacePlan(p));
                platform::storage_remove(BEFORE_LINK_KEY);
            } else {
                d.dispatch(Action::Undo);
            }
            notices.set(Notices { link_opened: false, ..(*notices).clone() });
        })
    };
    let download_unreadable = Callback::from(|_: MouseEvent| {
        if let Some(text) = platform::storage_get(UNREADABLE_KEY) {
            platform::download("resource-account-plan-unreadable.json", "application/json", &text);
        }
    });
    let embed = options.embed;
    let read_only = options.read_only;
    let full_link = fragment.as_ref().map(|(_, f)| format!("{base}{f}"));
    let link_pending = fragment.as_ref().is_none_or(|(g, _)| *g != plan_generation);
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class={classes!("app", embed.then_some("embedded"), read_only.then_some("read-only"))} lang={lang.tag()}>
                <header class="app-header">
                    <h1>{ ctx.t(Msg::AppTitle) }</h1>
                    if !embed {
                        <p class="lede">{ ctx.t(Msg::AppLede) }</p>
                        <p class="privacy">{ ctx.t(Msg::PrivacyNote) }</p>
                    }
                    <div class="notices" data-testid="notices">
                        if let Some(m) = &notices.storage { <p class="notice" data-testid="storage-notice">{ ctx.t(m.clone()) }</p> }
                        if let Some(reason) = &notices.unreadable {
                            <p class="alert" data-testid="saved-unreadable">{ ctx.t(Msg::SavedPlanUnreadable { reason: reason.clone() }) }{ " " }
                                <button type="button" class="link" onclick={download_unreadable}>{ ctx.t(Msg::DownloadUnreadable) }</button></p>
                        }
                        if notices.link_opened {
                            <p class="alert" data-testid="link-opened">{ ctx.t(Msg::LinkOpened) }{ " " }
                                <button type="button" class="link" onclick={back_to_mine} data-testid="back-to-my-plan">{ ctx.t(Msg::BackToMyPlan) }</button></p>
                        }
                        if let Some(reason) = &notices.link_error {
                            <p class="alert" role="alert" data-testid="link-error">{ ctx.t(Msg::LinkDamaged { reason: reason.clone() }) }</p>
                        }
                        if rules != IN_FORCE && !read_only {
                            <p class="notice" data-testid="rules-not-in-force">{ ctx.t(Msg::RulesNotInForce { shown: rules }) }{ " " }
                                <button type="button" class="link" onclick={use_rules_in_force} data-testid="use-rules-in-force">{ ctx.t(Msg::UseRulesInForce) }</button></p>
                        }
                        if let Some(example) = state.0.example.filter(|_| !read_only) {
                            <p class="example-marker" data-testid="example-marker" data-example={format!("{example:?}")}>{ ctx.t(Msg::ExampleMarker(example)) }{ " " }
                                <button type="button" class="link" onclick={start_empty} data-testid="start-empty">{ ctx.t(Msg::ExampleStartEmpty) }</button></p>
                        }
                    </div>
                    if read_only {
                        <p class="hint">{ ctx.t(Msg::ReadOnlyNote) }{ " " }
                            if let Some(l) = &full_link { <a href={l.clone()} target="_blank" rel="noopener">{ ctx.t(Msg::OpenFullCalculator) }</a> }
                        </p>
                    } else {
                        <Toolbar plan={plan.clone()} undo={state.0.undo.last().map(|u| u.what)} import_problem={state.0.import_problem.clone()} />
                    }
                </header>
                <div class="layout">
                    if !read_only {
                    <main class="inputs">
                        <Rules rules={rules} channel={plan.0.channel} customer={plan.0.customer.clone()} />
                        <Licenses licenses={plan.0.licenses.clone()} rules={rules} figures={o.figures} eligible={o.tally.eligible()} />
                        <CallFlows plan={plan.clone()} decisions={decisions} page={page} on_page={on_page} filter={AttrValue::from(view.filter.clone())} on_filter={on_filter} />
                        <QuickEntry plan={plan.clone()} />
                    </main>
                    }
                    <aside class="results-column" tabindex="0" aria-labelledby="results-title">
                        <Results plan={plan.clone()} outcome={outcome.clone()} invalid={state.0.invalid_fields.clone()} />
                    </aside>
                </div>
                if !embed {
                    <Editions plan={plan.clone()} outcome={outcome.clone()} invalid={state.0.invalid_fields.clone()} />
                    <SharePanel plan={plan.clone()} outcome={outcome.clone()} base={base.clone()} fragment={fragment.as_ref().map(|(_, f)| f.clone())} pending={link_pending} />
                    <Steps plan={plan} outcome={outcome} invalid={state.0.invalid_fields.clone()} />
                } else if !read_only {
                    <p class="hint">if let Some(l) = &full_link { <a href={l.clone()} target="_blank" rel="noopener">{ ctx.t(Msg::OpenFullCalculator) }</a> }</p>
                }
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
