//! The browser's edges: number formatting (Intl), downloads, file reading, focus, print.
//! The only module that calls web-sys and js-sys directly; everything here degrades to a
//! plain fallback instead of failing, because a panic in wasm kills the page.

use wasm_bindgen::{JsCast, JsValue};

/// `n` formatted for the reader's locale (the browser's default), e.g. 1,234 or 1 234.
pub fn format_number(n: f64) -> String {
    let nf = js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    nf.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(n))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

pub fn format_count(n: u64) -> String {
    format_number(n as f64)
}

/// An amount of money in the reader's locale. `currency` must already be a valid ISO 4217
/// code (three capital letters): Intl throws on anything else, so callers check first.
pub fn format_money(amount: f64, currency: &str) -> String {
    if !crate::plan_file::is_currency_code(currency) {
        return format!("{} {currency}", format_number(amount));
    }
    let options = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&options, &JsValue::from_str(k), v).is_ok();
    if !(set("style", &"currency".into()) && set("currency", &currency.into())) {
        return format!("{} {currency}", format_number(amount));
    }
    let nf = js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &options);
    nf.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(amount))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{} {currency}", format_number(amount)))
}

/// Offers `text` as a file download named `file_name`. Returns false if the browser
/// refused (the caller says so).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = gloo::utils::document();
        let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        document.body().ok_or(JsValue::NULL)?.append_child(&a)?;
        a.click();
        a.remove();
        web_sys::Url::revoke_object_url(&url)?;
        Ok(())
    };
    run().is_ok()
}

/// Reads a file the user picked, as bytes.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, ()> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| ())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Scrolls to the element with this id and moves keyboard focus to it (or its first field).
pub fn focus_element(id: &str) {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else { return };
    el.scroll_into_view();
    let target = el.query_selector("input, select, button").ok().flatten().unwrap_or(el);
    if let Ok(h) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Today's date as YYYY-MM-DD (for file names).
pub fn today() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    iso.get(..10).unwrap_or("plan").to_owned()
}
