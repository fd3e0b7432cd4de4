//! Component tests in headless Chromium (wasm-bindgen-test): mount the app, read the
//! contract figures, change the rule edition.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement};

use resource_account_calculator::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_fresh() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn figure(root: &Element, test_id: &str) -> u64 {
    let el = root
        .query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid {test_id}"));
    let value = el.get_attribute("data-value").expect("data-value");
    assert_eq!(el.text_content().unwrap().trim(), value, "{test_id}: visible text matches data-value");
    value.parse().unwrap()
}

#[wasm_bindgen_test]
async fn page_shows_contoso_85_free_and_5_paid() {
    let root = mount_fresh();
    yew::scheduler::flush().await;
    assert_eq!(figure(&root, "qualifying-licenses"), 600);
    assert_eq!(figure(&root, "free-allotment"), 85);
    assert_eq!(figure(&root, "accounts-needing-license"), 90);
    assert_eq!(figure(&root, "accounts-without-license-need"), 0);
    assert_eq!(figure(&root, "free-used"), 85);
    assert_eq!(figure(&root, "paid-needed"), 5);
    assert_eq!(figure(&root, "licenses-to-cover-all"), 50);
}

#[wasm_bindgen_test]
async fn rules_edition_select_offers_both_editions_and_recomputes() {
    let root = mount_fresh();
    yew::scheduler::flush().await;
    let select: HtmlSelectElement =
        root.query_selector("[data-testid='rules-edition']").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(select.value(), "original", "the seed example uses the seeds' rules");
    let values: Vec<String> = (0..select.length())
        .filter_map(|i| select.item(i))
        .map(|o| o.get_attribute("value").unwrap_or_default())
        .collect();
    assert_eq!(values, vec!["current", "original"]);

    select.set_value("current");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
    // Contoso's accounts all have numbers, so both editions need 90; the state changed.
    assert_eq!(select.value(), "current");
    assert_eq!(figure(&root, "accounts-needing-license"), 90);
    assert_eq!(figure(&root, "paid-needed"), 5);
}
