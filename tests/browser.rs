//! Component tests in headless Chromium (wasm-bindgen-test): mount the app, use its
//! controls as a user would (events bubble, as real ones do), read the contract figures.
#![cfg(target_arch = "wasm32")]

use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

use resource_account_calculator::engine::{CallFlowNode, NodeKind, NumberType, Plan, ResourceAccount, RuleEdition};
use resource_account_calculator::examples::contoso_2019;
use resource_account_calculator::input::Separators;
use resource_account_calculator::ui::{App, AppProps};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(initial: Option<Plan>) -> Element {
    mount_with(initial, None).await
}

async fn mount_with(initial: Option<Plan>, separators: Option<Separators>) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial, separators }).render();
    yew::scheduler::flush().await;
    // The editor and the panels below the figures are built once the figures are painted
    // (the page marks the editor busy until then).
    for _ in 0..200 {
        if root.query_selector("main.inputs[aria-busy]").unwrap().is_none() {
            break;
        }
        next_task().await;
        yew::scheduler::flush().await;
    }
    assert!(root.query_selector("main.inputs[aria-busy]").unwrap().is_none(), "the page never finished building");
    root
}

async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| {
        let stale = root.query_selector("[data-testid=result-stale]").ok().flatten().and_then(|e| e.text_content());
        panic!("nothing matches {selector} (stale: {stale:?})")
    })
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}

fn figure(root: &Element, test_id: &str) -> u64 {
    let el = find(root, &format!("[data-testid='{test_id}']"));
    el.get_attribute("data-value").expect("data-value").parse().unwrap()
}

fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

async fn type_into(el: &Element, text: &str) {
    let input = el.clone().dyn_into::<HtmlInputElement>().unwrap();
    input.focus().unwrap();
    input.set_value(text);
    fire(el, "input");
    yew::scheduler::flush().await;
}

async fn choose(el: &Element, value: &str) {
    el.clone().dyn_into::<HtmlSelectElement>().unwrap().set_value(value);
    fire(el, "change");
    yew::scheduler::flush().await;
}

async fn click(el: &Element) {
    el.clone().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

fn empty_with(licenses: &[(&str, u32)]) -> Plan {
    Plan { licenses: licenses.iter().map(|(k, v)| (k.to_string(), *v)).collect::<BTreeMap<_, _>>(), ..Plan::default() }
}

#[wasm_bindgen_test]
async fn a_first_visit_shows_the_2025_rules_on_the_contoso_example_marked_as_one() {
    // Other tests in this page may have saved a plan: a first visit has none.
    gloo::utils::window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = mount(None).await;
    let rules = find(&root, "[data-testid='rules-edition']").dyn_into::<HtmlSelectElement>().unwrap();
    assert_eq!(rules.value(), "2025");
    let marker = find(&root, "[data-testid='example-marker']").text_content().unwrap();
    assert!(marker.contains("Example: Contoso, 600 Teams Phone licenses, 90 auto attendants"), "{marker}");
    assert_eq!(figure(&root, "accounts-needing-license"), 90);
    assert_eq!(figure(&root, "free-used"), 90);
    assert_eq!(figure(&root, "paid-needed"), 0);
    assert_eq!(figure(&root, "accounts-removable"), 0);
    assert_eq!(figure(&root, "edition-2019-paid-needed"), 5, "the seeds' answer beside today's");
    assert_eq!(figure(&root, "edition-2022-paid-needed"), 5);
    let formula = find(&root, "[data-testid='allotment-formula']").text_content().unwrap();
    assert!(formula.contains("No allotment since 3 April 2025"), "{formula}");
    click(&find(&root, "[data-testid='start-empty']")).await;
    assert!(root.query_selector("[data-testid='example-marker']").unwrap().is_none());
    assert_eq!(figure(&root, "accounts-needing-license"), 0);
}

#[wasm_bindgen_test]
async fn page_shows_the_seeds_contoso_85_free_and_5_paid_with_formula() {
    let root = mount(Some(contoso_2019())).await;
    assert_eq!(figure(&root, "qualifying-licenses"), 600);
    assert_eq!(figure(&root, "free-allotment"), 85);
    assert_eq!(figure(&root, "accounts-needing-license"), 90);
    assert_eq!(figure(&root, "accounts-without-license-need"), 0);
    assert_eq!(figure(&root, "free-used"), 85);
    assert_eq!(figure(&root, "paid-needed"), 5);
    assert_eq!(figure(&root, "licenses-to-cover-all"), 50);
    let formula = find(&root, "[data-testid='allotment-formula']").text_content().unwrap();
    assert!(formula.contains("25 + ⌊600 ÷ 10⌋ = 25 + 60 = 85"), "{formula}");
    assert_eq!(all(&root, "[data-testid='account-decision']").len(), 20, "one page of 20 call flows is rendered");
}

#[wasm_bindgen_test]
async fn typing_a_license_count_recomputes_and_a_bad_count_keeps_the_old_value() {
    let root = mount(Some(Plan { rules: RuleEdition::E2022, ..empty_with(&[]) })).await;
    assert_eq!(figure(&root, "free-allotment"), 0);
    let e5 = find(&root, "[data-testid='license-SPE_E5']");
    type_into(&e5, "600").await;
    assert_eq!(figure(&root, "free-allotment"), 85);
    type_into(&e5, "6x0").await;
    assert_eq!(e5.clone().dyn_into::<HtmlInputElement>().unwrap().value(), "6x0", "what was typed stays");
    assert!(
        root.query_selector(".count-field.invalid .field-error").unwrap().is_some(),
        "the reason shows at the field"
    );
    assert!(
        root.query_selector("[data-testid='free-allotment']").unwrap().is_none(),
        "no figure from a value nobody typed"
    );
    assert!(find(&root, "[data-testid='result-stale']").text_content().unwrap().contains("Fix 1 field"));
    type_into(&e5, "600").await;
    assert_eq!(figure(&root, "free-allotment"), 85);
    assert!(root.query_selector("[data-testid='result-stale']").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn adding_nesting_and_switching_editions() {
    let root = mount(Some(empty_with(&[("MCOEV", 10)]))).await;
    click(&find(&root, "[data-testid='add-auto-attendant']")).await;
    assert_eq!(all(&root, "[data-testid='call-flow-node']").len(), 1);
    type_into(&find(&root, "[data-testid='account-phone']"), "+1 250 555 0012").await;
    click(&find(&root, "[data-testid='nest-call-queue']")).await;
    assert_eq!(all(&root, "[data-testid='call-flow-node']").len(), 2);
    assert_eq!(all(&root, "[data-testid='call-flow-node'][data-depth='2']").len(), 1, "the queue is nested");

    assert_eq!(figure(&root, "accounts-removable"), 1, "2025: the nested queue without a number can go");
    assert_eq!(all(&root, "[data-testid='account-droppable']").len(), 1);
    let rules = find(&root, "[data-testid='rules-edition']");
    choose(&rules, "2022").await;
    assert_eq!(figure(&root, "accounts-needing-license"), 2);
    assert_eq!(figure(&root, "accounts-removable"), 0);
    choose(&rules, "2019").await;
    assert_eq!(figure(&root, "accounts-needing-license"), 1);
    assert_eq!(figure(&root, "accounts-without-license-need"), 1);
    let badges: Vec<String> = all(&root, "[data-testid='resource-account']")
        .iter()
        .map(|a| a.get_attribute("data-decision").unwrap())
        .collect();
    assert_eq!(badges, ["free", "none"]);
}

#[wasm_bindgen_test]
async fn an_invalid_number_is_marked_at_the_field_and_the_rest_still_computes() {
    let root = mount(Some(Plan { rules: RuleEdition::E2022, ..empty_with(&[("MCOEV", 10)]) })).await;
    click(&find(&root, "[data-testid='add-call-queue']")).await;
    type_into(&find(&root, "[data-testid='account-phone']"), "250 555 0012").await;
    let error = find(&root, "[data-testid='phone-error']");
    assert!(error.class_name().contains("field-error"));
    assert!(error.text_content().unwrap().contains("Start with +"), "{:?}", error.text_content());
    assert_eq!(figure(&root, "free-allotment"), 26);
    assert_eq!(figure(&root, "accounts-needing-license"), 1);
    assert!(root.query_selector("[data-testid='warn-invalid-numbers']").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn delete_then_undo_brings_the_node_back() {
    let plan = Plan {
        rules: RuleEdition::E2022,
        call_flows: resource_account_calculator::engine::plan::roots([CallFlowNode {
            kind: NodeKind::AutoAttendant,
            name: "Main".into(),
            resource_accounts: vec![ResourceAccount {
                display_name: "Main".into(),
                phone_number: Some("+12505550012".into()),
                number_type: Some(NumberType::CallingPlan),
                ..Default::default()
            }],
            children: vec![],
        }]),
        ..empty_with(&[("MCOEV", 10)])
    };
    let root = mount(Some(plan)).await;
    click(&find(&root, "[data-testid='delete-node']")).await;
    assert_eq!(all(&root, "[data-testid='call-flow-node']").len(), 0);
    assert_eq!(figure(&root, "accounts-needing-license"), 0);
    let undo = find(&root, "[data-testid='undo']");
    assert!(undo.text_content().unwrap().contains("Undo delete"));
    click(&undo).await;
    assert_eq!(all(&root, "[data-testid='call-flow-node']").len(), 1);
    assert_eq!(figure(&root, "accounts-needing-license"), 1);
}

#[wasm_bindgen_test]
async fn results_show_cost_warnings_advice_and_steps_for_contoso() {
    let root = mount(Some(contoso_2019())).await;
    let monthly = find(&root, "[data-testid='cost-monthly']");
    assert_eq!(monthly.get_attribute("data-value").as_deref(), Some("40"));
    assert!(monthly.text_content().unwrap().contains("$40.00"), "{:?}", monthly.text_content());
    assert!(root.query_selector("[data-testid='advice-nest']").unwrap().is_some());
    assert!(root.query_selector("[data-testid='advice-more-licenses']").unwrap().is_some());
    let steps: Vec<String> =
        all(&root, "[data-testid='step'] .step-head label").iter().map(|l| l.text_content().unwrap()).collect();
    assert!(steps.iter().any(|s| s.contains("Get 85 free Resource Account licenses")), "{steps:?}");
    assert!(steps.iter().any(|s| s.contains("Get 5 paid Phone System")), "{steps:?}");

    let price = find(&root, "[data-testid='price']");
    type_into(&price, "10").await;
    assert_eq!(find(&root, "[data-testid='cost-monthly']").get_attribute("data-value").as_deref(), Some("50"));
    type_into(&price, "-3").await;
    assert!(root.query_selector("[data-testid='cost-monthly']").unwrap().is_none(), "no cost from a refused price");
    assert!(find(&root, "[data-testid='result-stale']").text_content().unwrap().contains("Phone System license"));
    type_into(&price, "10").await;
    assert_eq!(find(&root, "[data-testid='cost-monthly']").get_attribute("data-value").as_deref(), Some("50"));
}

#[wasm_bindgen_test]
async fn counts_read_with_the_readers_grouping_in_english_german_and_french() {
    for (seps, typed) in [(Separators::EN, "1,200"), (Separators::DE, "1.200"), (Separators::FR, "1\u{202f}200")] {
        let root = mount_with(Some(empty_with(&[])), Some(seps)).await;
        let e5 = find(&root, "[data-testid='license-SPE_E5']");
        type_into(&e5, typed).await;
        assert!(root.query_selector("[data-testid='result-stale']").unwrap().is_none(), "{typed:?} read as a number");
        assert_eq!(figure(&root, "qualifying-licenses"), 1200, "{typed}");
        assert_eq!(e5.clone().dyn_into::<HtmlInputElement>().unwrap().value(), typed, "kept as typed");
        root.remove();
    }
    let root = mount_with(Some(empty_with(&[])), Some(Separators::EN)).await;
    let e5 = find(&root, "[data-testid='license-SPE_E5']");
    type_into(&e5, "99999999999").await;
    let error = find(&root, ".count-field.invalid .field-error").text_content().unwrap();
    assert!(error.contains("Too large: at most"), "{error}");
    type_into(&e5, "-4").await;
    assert!(find(&root, ".count-field.invalid .field-error").text_content().unwrap().contains("0 or more"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_german_price_keeps_its_decimal_comma() {
    let root = mount_with(Some(contoso_2019()), Some(Separators::DE)).await;
    let price = find(&root, "[data-testid='price']");
    type_into(&price, "8,99").await;
    let got: f64 = find(&root, "[data-testid='cost-monthly']").get_attribute("data-value").unwrap().parse().unwrap();
    assert!((got - 44.95).abs() < 1e-9, "{got}");
    assert_eq!(price.dyn_into::<HtmlInputElement>().unwrap().value(), "8,99");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_price_keeps_its_decimal_point_while_typed() {
    let root = mount(Some(contoso_2019())).await;
    let price = find(&root, "[data-testid='price']");
    for (typed, monthly) in [("8", "40"), ("8.", "40"), ("8.9", "44.5"), ("8.99", "44.95")] {
        type_into(&price, typed).await;
        let input = price.clone().dyn_into::<HtmlInputElement>().unwrap();
        assert_eq!(input.value(), typed, "the field keeps what was typed");
        let got = find(&root, "[data-testid='cost-monthly']").get_attribute("data-value").unwrap();
        assert_eq!(got.parse::<f64>().unwrap(), monthly.parse::<f64>().unwrap(), "{typed}");
    }
}

/// Plurals and numbers through the browser's Intl, per language: French takes the singular
/// for 0 and 1 and groups with a narrow no-break space; Italian groups from five digits
/// with a dot; Chinese has one form.
#[wasm_bindgen_test]
fn plurals_numbers_and_dates_follow_each_language() {
    use resource_account_calculator::i18n::template::Value::Count;
    use resource_account_calculator::i18n::{format_template, Lang};
    use resource_account_calculator::platform::{format_date, set_locale};
    let accounts = "{n, plural, one {# compte} other {# comptes}}";
    let cases: [(Lang, &str, u64, &str); 12] = [
        (Lang::Fr, "fr-FR", 0, "0 compte"),
        (Lang::Fr, "fr-FR", 1, "1 compte"),
        (Lang::Fr, "fr-FR", 2, "2 comptes"),
        (Lang::Fr, "fr-FR", 1234, "1\u{202f}234 comptes"),
        (Lang::It, "it-IT", 0, "0 comptes"),
        (Lang::It, "it-IT", 1, "1 compte"),
        (Lang::It, "it-IT", 1234, "1234 comptes"),
        (Lang::It, "it-IT", 12345, "12.345 comptes"),
        (Lang::ZhTw, "zh-TW", 1, "1 comptes"),
        (Lang::ZhCn, "zh-CN", 12345, "12,345 comptes"),
        (Lang::En, "en", 0, "0 comptes"),
        (Lang::En, "en", 1, "1 compte"),
    ];
    for (lang, locale, n, want) in cases {
        set_locale(locale);
        assert_eq!(format_template(lang, accounts, &[("n", Count(n))]).unwrap(), want, "{locale} {n}");
    }
    for (locale, want) in [
        ("fr-FR", "24 novembre 2026"),
        ("it-IT", "24 novembre 2026"),
        ("zh-TW", "2026年11月24日"),
        ("zh-CN", "2026年11月24日"),
        ("en", "November 24, 2026"),
    ] {
        set_locale(locale);
        assert_eq!(format_date("2026-11-24"), want, "{locale}");
    }
    set_locale("");
}

/// The real catalogs: a French count of one and of none take the singular, a Chinese
/// message has no English left, and a catalog with a broken template shows English for
/// that message only.
#[wasm_bindgen_test]
fn catalogs_render_counts_in_their_language() {
    use resource_account_calculator::i18n::{fallbacks, install, t, Lang, Msg};
    use resource_account_calculator::platform::set_locale;
    install(Lang::Fr, include_str!("../assets/i18n/fr-FR.json")).unwrap();
    install(Lang::ZhTw, include_str!("../assets/i18n/zh-TW.json")).unwrap();
    set_locale("fr-FR");
    let one = t(Lang::Fr, &Msg::StaleResult { count: 1 });
    let none = t(Lang::Fr, &Msg::StaleResult { count: 0 });
    let two = t(Lang::Fr, &Msg::StaleResult { count: 2 });
    assert!(one.contains('1') && none.contains('0'), "{one} / {none}");
    assert_eq!(one.replace('1', "0"), none, "French: 0 takes the singular as 1 does");
    assert_ne!(two.replace('2', "0"), none, "2 takes the plural");
    set_locale("zh-TW");
    let zh = t(Lang::ZhTw, &Msg::QualifyingTotal { total: 1234 });
    assert!(zh.contains("1,234") && !zh.contains("qualifying"), "{zh}");
    // A catalog with another version's keys is refused; one with a broken template shows
    // English for that message only.
    assert!(install(Lang::It, r#"{"app.title": "Licenze", "app.lede": "Quante licenze"}"#).is_err());
    let mut it: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("../assets/i18n/it-IT.json")).unwrap();
    it.insert("app.title".into(), "Licenze {broken".into());
    install(Lang::It, &serde_json::to_string(&it).unwrap()).unwrap();
    let before = fallbacks();
    assert_eq!(t(Lang::It, &Msg::AppTitle), t(Lang::En, &Msg::AppTitle));
    assert_eq!(fallbacks(), before + 1);
    assert_eq!(t(Lang::It, &Msg::AppLede), it["app.lede"].as_str().unwrap());
    set_locale("");
}
