//! The browser app: Yew components over one reducer. Figures come from the engine only;
//! every visible string from the message catalog.

pub mod call_flows;
mod counts;
mod editions;
pub mod fields;
mod flow_table;
mod licenses;
mod quick_entry;
mod quote;
mod results;
mod rules;
mod share;
pub mod state;
mod steps;
mod tenant;
mod toolbar;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::engine::{details, summarize, Decision, Outcome, Plan, IN_FORCE};
use crate::examples::Example;
use crate::i18n::{Lang, Msg};
use crate::plan_file::{read_plan_lenient, write_plan};
use crate::platform;
use crate::share::{fragment_for, parse_fragment, parse_query, LinkError, PageOptions};
use crate::state::{moved_path, node, preorder_paths, NodePath};
use call_flows::{CallFlows, Shared, PAGE_SIZE};
use editions::Editions;
use licenses::Licenses;
use quick_entry::QuickEntry;
use quote::QuoteSheet;
use results::{ReadOnlyCard, Results};
use rules::Rules;
use share::SharePanel;
use state::{Action, AppState, Ctx, TreeEdit, UiState};
use steps::Steps;
use tenant::{ReadTenant, TenantFindings};
use toolbar::Toolbar;

/// Where keyboard focus goes after the next render.
#[derive(Clone, Debug, PartialEq)]
pub enum FocusTarget {
    /// A node by its preorder id (a warning's "Go to").
    Node(u32),
    /// A node by its path, and the control in it (after a move, the same button).
    Control { path: NodePath, test_id: &'static str },
    /// Where a deleted node was: the node that took its place, else the one before it,
    /// else its parent, else the button that adds one.
    AfterDelete(NodePath),
}

/// What only the view cares about: which page of call flows, the filter, where to go,
/// what to announce.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub page: usize,
    pub filter: String,
    pub focus: Option<FocusTarget>,
    /// A change just made, said in the live region, with a way to undo it.
    pub announce: Option<String>,
}

pub enum ViewAction {
    Page(usize),
    Filter(String),
    Focus(FocusTarget),
    Arrived { page: usize },
    Announce(Option<String>),
}

impl Reducible for ViewState {
    type Action = ViewAction;
    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ViewAction::Page(p) => next.page = p,
            ViewAction::Filter(f) => next.filter = f,
            ViewAction::Focus(target) => {
                next.focus = Some(target);
                next.filter.clear();
            }
            ViewAction::Arrived { page } => {
                next.focus = None;
                next.page = page;
            }
            ViewAction::Announce(text) => next.announce = text,
        }
        Rc::new(next)
    }
}

/// The node a focus target lands on in the plan now shown, as (path, preorder id,
/// control); `None` for the "add" button.
fn resolve_focus(
    roots: &[Rc<crate::engine::CallFlowNode>],
    target: &FocusTarget,
) -> Option<(NodePath, u32, &'static str)> {
    let paths = preorder_paths(roots);
    let id_of = |p: &[usize]| paths.iter().position(|q| q == p).map(|i| i as u32);
    match target {
        FocusTarget::Node(id) => paths.get(*id as usize).map(|p| (p.clone(), *id, "")),
        FocusTarget::Control { path, test_id } => id_of(path).map(|id| (path.clone(), id, *test_id)),
        FocusTarget::AfterDelete(path) => {
            let (&last, parent) = path.split_last()?;
            let mut candidates = vec![path.clone()];
            if last > 0 {
                candidates.push([parent, &[last - 1]].concat());
            }
            if !parent.is_empty() {
                candidates.push(parent.to_vec());
            }
            candidates.into_iter().find_map(|p| id_of(&p).map(|id| (p, id, "node-name")))
        }
    }
}

/// Where the plan is kept between visits.
pub const PLAN_KEY: &str = "resource-account-calculator:plan";
/// The user's own plan while a shared one is open, so "Back to my plan" can restore it.
pub const BEFORE_LINK_KEY: &str = "resource-account-calculator:plan-before-link";
/// The language the reader chose with the switcher.
pub const LANG_KEY: &str = "resource-account-calculator:lang";
/// A saved plan this version could not read, kept instead of being dropped.
pub const UNREADABLE_KEY: &str = "resource-account-calculator:plan-unreadable";
/// Autosave waits this long after the last change.
const AUTOSAVE_MS: u32 = 400;

/// Why the plan is not being saved in this browser.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StorageNotice {
    Unavailable,
    Full,
}

impl StorageNotice {
    fn msg(self) -> Msg {
        match self {
            StorageNotice::Unavailable => Msg::StorageUnavailable,
            StorageNotice::Full => Msg::StorageFull,
        }
    }
}

/// Things said once, quietly, above the calculator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    pub storage: Option<StorageNotice>,
    pub unreadable: Option<crate::plan_file::PlanFileError>,
    pub link_opened: bool,
    /// Kept as what went wrong, worded in the page's language when shown.
    pub link_error: Option<LinkError>,
}

/// The language to open in: the address's `?lang=`, else the one the reader chose here
/// before, else the first of the browser's languages the page has.
fn wanted_lang(options: &PageOptions) -> Lang {
    options
        .lang
        .or_else(|| platform::storage_get(LANG_KEY).and_then(|t| Lang::parse(&t)))
        .unwrap_or_else(|| Lang::negotiate(platform::browser_languages().iter().map(String::as_str)))
}

/// Where a language's catalog is, relative to the page (Trunk copies assets/i18n/ there).
fn catalog_url(lang: Lang) -> String {
    format!("i18n/{}.json", lang.tag())
}

/// Fetches and installs `lang`'s catalog unless the page has it; whether it can be shown.
async fn load_lang(lang: Lang) -> bool {
    if crate::i18n::is_installed(lang) {
        return true;
    }
    match platform::fetch_text(&catalog_url(lang)).await {
        Ok(text) => crate::i18n::install(lang, &text).is_ok(),
        Err(()) => false,
    }
}

/// The page in `lang` from now on: its numbers, `<html lang>` and title.
fn apply_lang(lang: Lang) {
    let browser = platform::browser_languages().into_iter().next().unwrap_or_default();
    platform::set_locale(&lang.number_locale(&browser));
    platform::set_document_lang(lang.tag(), &crate::i18n::t(lang, &Msg::EmbedTitle));
}

fn link_error_text(lang: Lang, e: &LinkError) -> String {
    let t = |m: Msg| crate::i18n::t(lang, &m);
    match e {
        LinkError::Malformed => t(Msg::LinkErrorMalformed),
        LinkError::NewerVersion(v) => t(Msg::LinkErrorNewer { version: u64::from(*v) }),
        LinkError::BadEncoding => t(Msg::LinkErrorEncoding),
        LinkError::Damaged => t(Msg::LinkErrorDamaged),
        LinkError::NotAPlan(e) => crate::i18n::plan_error_text(lang, e),
    }
}

/// Decodes the plan a share link carries.
async fn plan_from_fragment(payload: Vec<u8>) -> Result<Plan, LinkError> {
    let bytes = platform::inflate(&payload).await.map_err(|_| LinkError::Damaged)?;
    let text = String::from_utf8(bytes).map_err(|_| LinkError::Damaged)?;
    read_plan_lenient(&text).map_err(LinkError::NotAPlan)
}

/// The plan to start with: the one saved in this browser (not when embedded), else the
/// example, marked as such. A saved plan that cannot be read is kept aside, never dropped.
fn startup_state(options: &PageOptions, notices: &mut Notices) -> AppState {
    let mut plan = None;
    if !options.embed {
        // The way back to the user's own plan after a shared one stays until dismissed.
        notices.link_opened = platform::storage_get(BEFORE_LINK_KEY).is_some();
        if !platform::storage_available() {
            notices.storage = Some(StorageNotice::Unavailable);
        } else if let Some(text) = platform::storage_get(PLAN_KEY) {
            match read_plan_lenient(&text) {
                Ok(p) => plan = Some(p),
                Err(e) => {
                    platform::storage_set(UNREADABLE_KEY, &text);
                    platform::storage_remove(PLAN_KEY);
                    notices.unreadable = Some(e);
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

/// Above this many resource accounts the warnings and steps are worked out one task after
/// the figures, so a keystroke shows its figures within a frame.
const DEFERRED_DETAILS_ACCOUNTS: u64 = 2_000;

/// The warnings and steps of a plan (see `engine::details`).
#[derive(PartialEq)]
pub struct Details {
    /// The plan they were worked out for (on a large plan, the figures of the next one
    /// can be shown before these are redone): steps and warnings name its accounts.
    pub plan: Shared<Plan>,
    pub warnings: Vec<crate::engine::Warning>,
    pub steps: Vec<crate::engine::Step>,
}

fn details_of(plan: &Shared<Plan>, outcome: &Outcome) -> Rc<Details> {
    let (warnings, steps) = details(&plan.0, outcome);
    Rc::new(Details { plan: plan.clone(), warnings, steps })
}

/// The figures, once per plan change (plans compare by pointer here).
fn outcome_of(plan: &Shared<Plan>) -> (Rc<Outcome>, Rc<Vec<(Decision, bool)>>) {
    let outcome = summarize(&plan.0);
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
    // The language shown, and whether its catalog is still being fetched at startup (the
    // page waits for it rather than flash English).
    let wanted = *use_memo((), |_| wanted_lang(&options));
    let lang_state = use_state(|| {
        let shown = if crate::i18n::is_installed(wanted) { wanted } else { Lang::En };
        apply_lang(shown);
        shown
    });
    let lang = *lang_state;
    let lang_loading = use_state(|| !crate::i18n::is_installed(wanted));
    let startup = {
        let (initial, options) = (props.initial.clone(), options.clone());
        use_memo((), move |_| {
            let mut n = Notices::default();
            let state = initial.map_or_else(|| startup_state(&options, &mut n), AppState::with_plan);
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
    // Shows a language once its catalog is in (at once if it is); a catalog that cannot be
    // fetched leaves the page as it is, and says so (its own state: the link's reading,
    // running at the same time, writes the other notices). The language asked for last
    // wins, whichever file arrives first; `shown` is the one on screen, for the switcher.
    let lang_unavailable = use_state(|| None::<Lang>);
    let asked = use_mut_ref(|| wanted);
    let shown = use_mut_ref(|| *lang_state);
    let show_lang = {
        let (lang_state, lang_loading, unavailable) =
            (lang_state.clone(), lang_loading.clone(), lang_unavailable.clone());
        let (asked, shown) = (asked.clone(), shown.clone());
        Callback::from(move |(want, chosen): (Lang, bool)| {
            *asked.borrow_mut() = want;
            let (lang_state, lang_loading, unavailable) =
                (lang_state.clone(), lang_loading.clone(), unavailable.clone());
            let (asked, shown) = (asked.clone(), shown.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = load_lang(want).await;
                // A script on screen keeps its comments in the page's language.
                if ok && steps::script_fetched() {
                    steps::script_comments(want).await;
                }
                if *asked.borrow() != want {
                    return;
                }
                if ok {
                    apply_lang(want);
                    *shown.borrow_mut() = want;
                    lang_state.set(want);
                    // The switcher's choice is remembered in this browser and written into
                    // the address (so a reload keeps it where storage is blocked).
                    if chosen {
                        platform::storage_set(LANG_KEY, want.tag());
                        platform::set_query_param("lang", want.tag());
                    }
                } else {
                    // The switcher shows the language the page is still in.
                    let select = gloo::utils::document().query_selector("[data-testid=lang-select]").ok().flatten();
                    if let Some(select) = select.and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                        select.set_value(shown.borrow().tag());
                    }
                }
                unavailable.set((!ok).then_some(want));
                lang_loading.set(false);
            });
        })
    };
    {
        let (show_lang, loading) = (show_lang.clone(), *lang_loading);
        use_effect_with((), move |_| {
            if loading {
                show_lang.emit((wanted, false));
            }
        });
    }
    // The switcher.
    let on_lang = {
        let show_lang = show_lang.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            show_lang.emit((Lang::parse(&value).unwrap_or_default(), true));
        })
    };
    let view = use_reducer(ViewState::default);
    // The figures are painted first; the editor and the panels below them are built once
    // the figures are on screen, so the answer shows without waiting for a thousand
    // elements.
    let rest_ready = use_state(|| false);
    // A link's plan is read before anything is shown: no example flashes first, and an
    // embedding frame is never sized for it.
    let link_loading = use_state(|| parse_fragment(&platform::location_parts().1).is_some());
    // Counted from the first paint of the figures, not of a "loading" screen.
    {
        let rest_ready = rest_ready.clone();
        use_effect_with(*link_loading || *lang_loading, move |waiting| {
            let later = (!*waiting).then(|| platform::after_paint(move || rest_ready.set(true)));
            move || drop(later)
        });
    }
    // The save that waits for a pause in editing, run at once when the page goes away.
    let pending_save = use_mut_ref(|| None::<Rc<dyn Fn()>>);
    // The share fragment and the plan generation it was made for.
    let fragment = use_state(|| None::<(u64, AttrValue)>);
    let autosave = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let generation = use_mut_ref(|| 0u64);

    let go_to_node = {
        let view = view.dispatcher();
        (*use_memo((), move |_| Callback::from(move |id: u32| view.dispatch(ViewAction::Focus(FocusTarget::Node(id))))))
            .clone()
    };
    // The latest plan, for handlers that outlive a render (hashchange, tree edits).
    let latest = use_mut_ref(|| state.0.plan.clone());
    *latest.borrow_mut() = state.0.plan.clone();
    // Moves and deletes in the tree: the change, then focus where a keyboard user expects
    // it, and a delete said aloud with its undo.
    let tree_edit = {
        let (dispatch, view, latest) = (state.dispatcher(), view.dispatcher(), latest.clone());
        (*use_memo((), move |_| {
            Callback::from(move |edit: TreeEdit| match edit {
                TreeEdit::Move { path, to, test_id } => {
                    let dest = moved_path(&latest.borrow().call_flows, &path, to);
                    dispatch.dispatch(Action::MoveNode { path, to });
                    if let Some(dest) = dest {
                        view.dispatch(ViewAction::Focus(FocusTarget::Control { path: dest, test_id }));
                    }
                }
                TreeEdit::Delete { path, name } => {
                    if node(&latest.borrow().call_flows, &path).is_some() {
                        dispatch.dispatch(Action::DeleteNode { path: path.clone() });
                        view.dispatch(ViewAction::Announce(Some(name)));
                        view.dispatch(ViewAction::Focus(FocusTarget::AfterDelete(path)));
                    }
                }
            })
        }))
        .clone()
    };
    let ctx = Ctx {
        lang,
        seps: props.separators.unwrap_or_else(platform::separators),
        dispatch: state.dispatcher(),
        go_to_node,
        tree_edit,
        read_only: options.read_only,
    };

    let plan = Shared(state.0.plan.clone());
    let memo = use_memo(plan.clone(), outcome_of);

    // A plan in the link replaces the shown one, at startup and whenever the fragment
    // changes (a link pasted into this tab); the user's own plan is kept aside. An
    // embedding page is told our height.
    {
        let (dispatch, notices, options, latest, link_loading) =
            (state.dispatcher(), notices.clone(), options.clone(), latest.clone(), link_loading.clone());
        use_effect_with((), move |_| {
            if options.embed {
                platform::start_height_messages();
            }
            let first = Rc::new(std::cell::Cell::new(true));
            let open = Rc::new(move || {
                let Some(parsed) = parse_fragment(&platform::location_parts().1) else { return };
                let (dispatch, notices, options, latest, link_loading) =
                    (dispatch.clone(), notices.clone(), options.clone(), latest.clone(), link_loading.clone());
                let at_startup = first.replace(false);
                wasm_bindgen_futures::spawn_local(async move {
                    let decoded = match parsed {
                        Ok(payload) => plan_from_fragment(payload).await,
                        Err(e) => Err(e),
                    };
                    let mut n = (*notices).clone();
                    match decoded {
                        Ok(mut shared) => {
                            if let Some(rules) = options.rules {
                                shared.rules = rules;
                            }
                            let mine = latest.borrow().clone();
                            // Only a plan of the user's own (saved in this browser) is worth
                            // keeping; a first visit's example is not. A second link keeps the
                            // plan kept aside from the first.
                            let own = platform::storage_get(PLAN_KEY).is_some();
                            let kept = platform::storage_get(BEFORE_LINK_KEY).is_some();
                            if !options.embed && own && !kept && *mine != shared {
                                if let Ok(text) = write_plan(&mine) {
                                    platform::storage_set(BEFORE_LINK_KEY, &text);
                                }
                            }
                            n.link_opened = !options.embed && platform::storage_get(BEFORE_LINK_KEY).is_some();
                            n.link_error = None;
                            dispatch.dispatch(if at_startup {
                                Action::Load(shared)
                            } else {
                                Action::ReplacePlan(shared)
                            });
                            if !options.embed {
                                platform::clear_fragment();
                            }
                        }
                        Err(reason) => n.link_error = Some(reason),
                    }
                    notices.set(n);
                    link_loading.set(false);
                });
            });
            open();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| open());
            move || drop(listener)
        });
    }

    // A file dropped anywhere on the page opens as if chosen with the Open button (a plan
    // or a tenant snapshot). Text dropped into a field is left to the field.
    {
        let ctx = ctx.clone();
        use_effect_with((), move |_| {
            let has_files = |e: &web_sys::Event| {
                e.dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .is_some_and(|t| t.types().includes(&wasm_bindgen::JsValue::from_str("Files"), 0))
            };
            let document = gloo::utils::document();
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let over = gloo::events::EventListener::new_with_options(&document, "dragover", options, move |e| {
                if has_files(e) {
                    e.prevent_default();
                }
            });
            let on_drop = gloo::events::EventListener::new_with_options(&document, "drop", options, move |e| {
                let file = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .and_then(|t| t.files())
                    .and_then(|f| f.get(0));
                if let Some(file) = file {
                    e.prevent_default();
                    toolbar::open_file(ctx.clone(), file);
                }
            });
            move || drop((over, on_drop))
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
        let (notices, options, fragment, autosave, pending) =
            (notices.clone(), options.clone(), fragment.clone(), autosave.clone(), pending_save.clone());
        // An unchanged example is not the user's plan: it is not saved over theirs.
        let is_example = state.0.example.is_some();
        use_effect_with(plan.clone(), move |plan| {
            let plan = plan.0.clone();
            let mine = plan_generation;
            let save: Rc<dyn Fn()> = {
                let (notices, options) = (notices.clone(), options.clone());
                let plan = plan.clone();
                Rc::new(move || {
                    if options.embed || is_example || !platform::storage_available() {
                        return;
                    }
                    let Ok(text) = write_plan(&plan) else { return };
                    if !platform::storage_set(PLAN_KEY, &text) && notices.storage.is_none() {
                        notices.set(Notices { storage: Some(StorageNotice::Full), ..(*notices).clone() });
                    }
                })
            };
            *pending.borrow_mut() = Some(save.clone());
            let pending = pending.clone();
            *autosave.borrow_mut() = Some(gloo::timers::callback::Timeout::new(AUTOSAVE_MS, move || {
                if let Some(save) = pending.borrow_mut().take() {
                    save();
                }
                let Ok(text) = write_plan(&plan) else { return };
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(compressed) = platform::deflate(text.as_bytes()).await {
                        fragment.set(Some((mine, AttrValue::from(fragment_for(&compressed)))));
                    }
                });
            }));
        });
    }
    // Leaving the page (closing the tab, reloading, switching away on a phone) saves what
    // is waiting for the pause: nothing typed is lost.
    {
        let pending = pending_save.clone();
        use_effect_with((), move |_| {
            let flush = move || {
                if let Some(save) = pending.borrow_mut().take() {
                    save();
                }
            };
            let flush2 = flush.clone();
            let window = gloo::utils::window();
            let on_hide = gloo::events::EventListener::new(&window, "pagehide", move |_| flush());
            let on_visibility =
                gloo::events::EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                    if platform::page_hidden() {
                        flush2();
                    }
                });
            move || drop((on_hide, on_visibility))
        });
    }
    // Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, except in a text field,
    // where they belong to the field's own text.
    {
        let (dispatch, read_only) = (state.dispatcher(), options.read_only);
        use_effect_with((), move |_| {
            // Not passive: the browser's own undo must not run as well.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener =
                gloo::events::EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if read_only || !(e.ctrl_key() || e.meta_key()) || e.alt_key() || platform::focus_in_text_field() {
                        return;
                    }
                    let action = match (e.key().as_str(), e.shift_key()) {
                        ("z" | "Z", false) => Action::Undo,
                        ("z" | "Z", true) | ("y" | "Y", false) => Action::Redo,
                        _ => return,
                    };
                    e.prevent_default();
                    dispatch.dispatch(action);
                });
            move || drop(listener)
        });
    }

    let (outcome, decisions) = (Shared(memo.0.clone()), Shared(memo.1.clone()));
    // Warnings and steps: at once for a plan of ordinary size; for a large one, after the
    // new figures are painted, showing the previous ones meanwhile (never a blank that
    // makes the page jump).
    let large = outcome.0.counts.accounts > DEFERRED_DETAILS_ACCOUNTS;
    let immediate =
        use_memo((plan.clone(), outcome.clone(), large), |(p, o, large)| (!*large).then(|| details_of(p, &o.0)));
    let deferred = use_state(|| None::<Rc<Details>>);
    {
        let deferred = deferred.clone();
        use_effect_with((plan.clone(), outcome.clone(), large), move |(p, o, large)| {
            let timeout = large.then(|| {
                let (p, o) = (p.clone(), o.clone());
                platform::after_paint(move || deferred.set(Some(details_of(&p, &o.0))))
            });
            move || drop(timeout)
        });
    }
    let details = (*immediate).clone().or_else(|| (*deferred).clone()).map(Shared);
    use_effect_with((), |_| {
        let sync = platform::sync_selects();
        move || drop(sync)
    });

    // Bring a node into view: its top-level tree decides the page.
    let target = view.focus.as_ref().map(|t| resolve_focus(&plan.0.call_flows, t));
    let target_page = target.as_ref().map(|t| t.as_ref().map_or(view.page, |(p, _, _)| p[0] / PAGE_SIZE));
    let page = target_page.unwrap_or(view.page);
    {
        let dispatcher = view.dispatcher();
        use_effect_with(view.focus.clone(), move |focus| {
            if focus.is_some() {
                match &target.flatten() {
                    Some((_, id, "")) => platform::focus_element(&format!("node-{id}")),
                    Some((_, id, test_id)) => platform::focus_control(&format!("node-{id}"), test_id),
                    None => platform::focus_control("call-flows", "add-auto-attendant"),
                }
                dispatcher.dispatch(ViewAction::Arrived { page: target_page.unwrap_or(page) });
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
    let dismiss_link = {
        let notices = notices.clone();
        Callback::from(move |_: MouseEvent| {
            platform::storage_remove(BEFORE_LINK_KEY);
            notices.set(Notices { link_opened: false, ..(*notices).clone() });
        })
    };
    let undo_delete = {
        let (d, v) = (state.dispatcher(), view.dispatcher());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Undo);
            v.dispatch(ViewAction::Announce(None));
        })
    };
    // A delete is said with its undo only while it is still the latest change.
    let deleted = view
        .announce
        .clone()
        .filter(|_| state.0.undo.last().is_some_and(|u| u.what == crate::state::UndoWhat::DeleteNode));
    let download_unreadable = Callback::from(|_: MouseEvent| {
        if let Some(text) = platform::storage_get(UNREADABLE_KEY) {
            platform::download("resource-account-plan-unreadable.json", "application/json", &text);
        }
    });
    // Not a fragment change: `#…` is the plan's place in the address.
    let skip_to_result = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(el) =
            gloo::utils::document().get_element_by_id("result").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            el.scroll_into_view();
        }
    });
    let embed = options.embed;
    let read_only = options.read_only;
    // The link carries the language, so it opens as it was sent.
    let full_link = fragment.as_ref().map(|(_, f)| format!("{base}?lang={}{f}", lang.tag()));
    let link_pending = fragment.as_ref().is_none_or(|(g, _)| *g != plan_generation);
    // The link of this very plan, for the quote (never one of an earlier plan).
    let link = (!link_pending).then(|| full_link.clone()).flatten().map(AttrValue::from);
    if *link_loading || *lang_loading {
        return html! {
            <div class={classes!("app", "loading", embed.then_some("embedded"))} lang={lang.tag()}>
                <p class="hint" role="status" data-testid="link-loading">{ ctx.t(Msg::LinkLoading) }</p>
            </div>
        };
    }
    if read_only {
        return html! {
            <ContextProvider<Ctx> context={ctx.clone()}>
                <div class={classes!("app", "read-only", embed.then_some("embedded"))} lang={lang.tag()}>
                    <ReadOnlyCard plan={plan.clone()} outcome={outcome.clone()} link={full_link.map(AttrValue::from)} />
                </div>
            </ContextProvider<Ctx>>
        };
    }
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class={classes!("app", embed.then_some("embedded"), read_only.then_some("read-only"))} lang={lang.tag()}>
                <a class="skip-link" href="#result" onclick={skip_to_result} data-testid="skip-to-result">{ ctx.t(Msg::SkipToResult) }</a>
                <header class="app-header">
                    <div class="title-row">
                        <h1>{ ctx.t(Msg::AppTitle) }</h1>
                        if !embed {
                            <label class="lang-switch">
                                <span>{ ctx.t(Msg::Language) }</span>
                                <select onchange={on_lang} data-testid="lang-select">
                                    // Each language named in itself.
                                    { for Lang::ALL.iter().map(|l| html! {
                                        <option value={l.tag()} lang={l.tag()} selected={*l == lang}>{ l.own_name() }</option>
                                    }) }
                                </select>
                            </label>
                        }
                    </div>
                    if !embed {
                        <p class="lede">{ ctx.t(Msg::AppLede) }</p>
                        <p class="privacy">{ ctx.t(Msg::PrivacyNote) }</p>
                    }
                    <div class="notices" data-testid="notices">
                        if let Some(m) = &notices.storage { <p class="notice" data-testid="storage-notice">{ ctx.t(m.msg()) }</p> }
                        if let Some(reason) = &notices.unreadable {
                            <p class="alert" data-testid="saved-unreadable">{ ctx.t(Msg::SavedPlanUnreadable { reason: crate::i18n::plan_error_text(lang, reason) }) }{ " " }
                                <button type="button" class="link" onclick={download_unreadable}>{ ctx.t(Msg::DownloadUnreadable) }</button></p>
                        }
                        if notices.link_opened {
                            <p class="alert" data-testid="link-opened">{ ctx.t(Msg::LinkOpened) }{ " " }
                                <button type="button" class="link" onclick={back_to_mine} data-testid="back-to-my-plan">{ ctx.t(Msg::BackToMyPlan) }</button>
                                <button type="button" class="link" onclick={dismiss_link} data-testid="dismiss-link-opened">{ ctx.t(Msg::KeepThisPlan) }</button></p>
                        }
                        if let Some(l) = *lang_unavailable {
                            <p class="notice" role="alert" data-testid="lang-unavailable">{ ctx.t(Msg::LangUnavailable(l)) }</p>
                        }
                        if let Some(reason) = &notices.link_error {
                            <p class="alert" role="alert" data-testid="link-error">{ ctx.t(Msg::LinkDamaged { reason: link_error_text(lang, reason) }) }</p>
                        }
                        if rules != IN_FORCE && !read_only {
                            <p class="notice" data-testid="rules-not-in-force">{ ctx.t(Msg::RulesNotInForce { shown: rules }) }{ " " }
                                <button type="button" class="link" onclick={use_rules_in_force} data-testid="use-rules-in-force">{ ctx.t(Msg::UseRulesInForce) }</button></p>
                        }
                        if let Some(example) = state.0.example.filter(|_| !read_only) {
                            <p class="example-marker" data-testid="example-marker" data-example={example.as_str()}>{ ctx.t(Msg::ExampleMarker(example)) }{ " " }
                                <button type="button" class="link" onclick={start_empty} data-testid="start-empty">{ ctx.t(Msg::ExampleStartEmpty) }</button></p>
                        }
                    </div>
                    <Toolbar plan={plan.clone()} undo={state.0.undo.last().map(|u| u.what)} redo={state.0.redo.last().map(|u| u.what)} import_problem={state.0.import_problem.clone()} />
                    <div class="announce" role="status" aria-live="polite" data-testid="announce">
                        if let Some(name) = deleted {
                            { ctx.t(Msg::Deleted { name }) }{ " " }
                            <button type="button" class="link" onclick={undo_delete} data-testid="announce-undo">{ ctx.t(Msg::Undo(crate::state::UndoWhat::DeleteNode)) }</button>
                        }
                    </div>
                </header>
                <div class="layout">
                    <aside id="result" class="results-column" tabindex="0" aria-labelledby="results-title">
                        <Results plan={plan.clone()} outcome={outcome.clone()} details={details.clone()} invalid={state.0.invalid_fields.clone()} link={link.clone()} />
                        if let Some(report) = state.0.tenant.clone() { <TenantFindings report={report} /> }
                    </aside>
                    <main class="inputs" aria-busy={(!*rest_ready).then_some("true")}>
                        if *rest_ready {
                            <ReadTenant />
                            <Rules rules={rules} channel={plan.0.channel} customer={plan.0.customer.clone()} />
                            <Licenses licenses={plan.0.licenses.clone()} rules={rules} figures={o.figures} eligible={o.tally.eligible()} />
                            <CallFlows plan={plan.clone()} decisions={decisions} page={page} on_page={on_page} filter={AttrValue::from(view.filter.clone())} on_filter={on_filter} />
                            <QuickEntry plan={plan.clone()} />
                        }
                    </main>
                </div>
                if !*rest_ready {
                    <></>
                } else if !embed {
                    <Editions plan={plan.clone()} outcome={outcome.clone()} invalid={state.0.invalid_fields.clone()} />
                    <SharePanel base={base.clone()} fragment={fragment.as_ref().map(|(_, f)| f.clone())} pending={link_pending} />
                    <Steps details={details.clone()} invalid={state.0.invalid_fields.clone()} />
                    if state.0.invalid_fields.is_empty() {
                        <QuoteSheet plan={plan.clone()} outcome={outcome.clone()} details={details} link={link} />
                    }
                } else {
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
