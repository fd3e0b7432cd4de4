//! The browser's edges: number formatting (Intl), downloads, file reading, focus, print.
//! The only module that calls web-sys and js-sys directly; everything here degrades to a
//! plain fallback instead of failing, because a panic in wasm kills the page.

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The locale numbers, money and dates are written in (`i18n::Lang::number_locale`);
    /// empty: the browser's default.
    static LOCALE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    /// Building an Intl.NumberFormat is costly and a render formats dozens of numbers:
    /// one formatter per locale, made when the locale is set.
    static NUMBER_FORMAT: std::cell::RefCell<Option<js_sys::Intl::NumberFormat>> = const { std::cell::RefCell::new(None) };
    static SEPARATORS: std::cell::Cell<Option<crate::input::Separators>> = const { std::cell::Cell::new(None) };
    /// Days written out (`dateStyle: long`) in the locale, made when first needed.
    static DATE_FORMAT: std::cell::RefCell<Option<js_sys::Intl::DateTimeFormat>> = const { std::cell::RefCell::new(None) };
}

/// `[locale]` for an `Intl` constructor, or `[]` for the browser's default.
fn locales() -> js_sys::Array {
    LOCALE.with_borrow(|l| if l.is_empty() { js_sys::Array::new() } else { js_sys::Array::of1(&JsValue::from_str(l)) })
}

/// Writes numbers, money and dates in `locale` from now on.
pub fn set_locale(locale: &str) {
    if LOCALE.with_borrow(|l| l == locale) {
        return;
    }
    LOCALE.set(locale.to_owned());
    NUMBER_FORMAT.set(None);
    SEPARATORS.set(None);
    DATE_FORMAT.set(None);
    MONEY.set(None);
}

fn with_number_format<R>(f: impl FnOnce(&js_sys::Intl::NumberFormat) -> R) -> R {
    NUMBER_FORMAT.with_borrow_mut(|nf| {
        f(nf.get_or_insert_with(|| js_sys::Intl::NumberFormat::new(&locales(), &js_sys::Object::new())))
    })
}

/// The reader's languages, most wanted first (`navigator.languages`, else
/// `navigator.language`).
pub fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// `n` formatted for the reader's locale, e.g. 1,234 or 1 234.
pub fn format_number(n: f64) -> String {
    with_number_format(|nf| nf.format().call1(&JsValue::NULL, &JsValue::from_f64(n)).ok().and_then(|v| v.as_string()))
        .unwrap_or_else(|| number_to_string(n))
}

/// A day (`YYYY-MM-DD`) written out in the reader's locale ("24 novembre 2026",
/// "2026年11月24日"); the text as given if it is not such a day.
pub fn format_date(day: &str) -> String {
    let mut parts = day.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next()) else {
        return day.to_owned();
    };
    let date = js_sys::Date::new_with_year_month_day(y, m as i32 - 1, d as i32);
    DATE_FORMAT
        .with_borrow_mut(|f| {
            let format = f.get_or_insert_with(|| {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &JsValue::from_str("dateStyle"), &JsValue::from_str("long"));
                js_sys::Intl::DateTimeFormat::new(&locales(), &options)
            });
            format.format().call1(&JsValue::NULL, &date).ok().and_then(|v| v.as_string())
        })
        .unwrap_or_else(|| day.to_owned())
}

/// `text` in lower case for matching: ASCII here, anything else by the browser's
/// `toLowerCase` (Rust's Unicode tables would add about 9 KB to the page).
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
}

/// The plural category of `n` in language `tag` ("one", "few", "other"…), by the browser's
/// `Intl.PluralRules`; "other" if the browser has none.
pub fn plural_category(tag: &str, n: u64) -> &'static str {
    thread_local! {
        static RULES: std::cell::RefCell<Option<(String, js_sys::Intl::PluralRules)>> = const { std::cell::RefCell::new(None) };
    }
    let category = RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if rules.as_ref().is_none_or(|(t, _)| t != tag) {
            let locales = js_sys::Array::of1(&JsValue::from_str(tag));
            *rules = Some((tag.to_owned(), js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())));
        }
        rules.as_ref().map(|(_, r)| String::from(r.select(n as f64)))
    });
    match category.as_deref() {
        Some("zero") => "zero",
        Some("one") => "one",
        Some("two") => "two",
        Some("few") => "few",
        Some("many") => "many",
        _ => "other",
    }
}

/// The reader's group and decimal separators, as `Intl.NumberFormat` writes 1234567.5
/// (e.g. "1,234,567.5", "1.234.567,5", "1 234 567,5"). Read once per locale.
pub fn separators() -> crate::input::Separators {
    if let Some(s) = SEPARATORS.get() {
        return s;
    }
    let mut seps = crate::input::Separators::default();
    with_number_format(|nf| {
        for part in nf.format_to_parts(1_234_567.5).iter() {
            let get = |k: &str| js_sys::Reflect::get(&part, &JsValue::from_str(k)).ok().and_then(|v| v.as_string());
            let value = get("value").and_then(|v| v.chars().next());
            match (get("type").as_deref(), value) {
                (Some("group"), Some(c)) => seps.group = c,
                (Some("decimal"), Some(c)) => seps.decimal = c,
                _ => {}
            }
        }
    });
    SEPARATORS.set(Some(seps));
    seps
}

pub fn format_count(n: u64) -> String {
    format_number(n as f64)
}

/// The shortest text that reads back as `n` (JavaScript's `Number#toString`), e.g. "8.99":
/// the browser's, so no float formatting is compiled into the page.
pub fn number_to_string(n: f64) -> String {
    js_sys::Number::from(n).to_string_with_radix(10).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

thread_local! {
    /// The last currency's formatter: a page shows one currency at a time.
    static MONEY: std::cell::RefCell<Option<(String, js_sys::Intl::NumberFormat)>> = const { std::cell::RefCell::new(None) };
}

/// An amount of money in the reader's locale. `currency` must already be a valid ISO 4217
/// code (three capital letters): Intl throws on anything else, so callers check first.
pub fn format_money(amount: f64, currency: &str) -> String {
    if !crate::plan_file::is_currency_code(currency) {
        return format!("{} {currency}", format_number(amount));
    }
    let formatted = MONEY.with(|money| {
        let mut money = money.borrow_mut();
        if money.as_ref().is_none_or(|(c, _)| c != currency) {
            let options = js_sys::Object::new();
            let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&options, &JsValue::from_str(k), v).is_ok();
            if !(set("style", &"currency".into()) && set("currency", &currency.into())) {
                return None;
            }
            *money = Some((currency.to_owned(), js_sys::Intl::NumberFormat::new(&locales(), &options)));
        }
        money.as_ref()?.1.format().call1(&JsValue::NULL, &JsValue::from_f64(amount)).ok()?.as_string()
    });
    formatted.unwrap_or_else(|| format!("{} {currency}", format_number(amount)))
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

/// Runs `f` once the frame being prepared has been painted (a timeout queued from the
/// frame's animation callback runs after its rendering), so what is already in the page is
/// seen before slower work starts. Where frames do not come (a hidden tab, an off-screen
/// cross-origin frame) it runs after `FALLBACK_MS` instead. Dropping the handle cancels it.
pub struct AfterPaint {
    /// The work, taken by whichever comes first: the painted frame, the fallback, or drop.
    work: PendingWork,
    _fallback: gloo::timers::callback::Timeout,
}

type PendingWork = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce()>>>>;

const FALLBACK_MS: u32 = 100;

impl Drop for AfterPaint {
    fn drop(&mut self) {
        self.work.take();
    }
}

pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    let work: PendingWork = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f))));
    let run = {
        let work = work.clone();
        move || {
            if let Some(f) = work.take() {
                f();
            }
        }
    };
    let run2 = run.clone();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, run2).forget();
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
    AfterPaint { work, _fallback: gloo::timers::callback::Timeout::new(FALLBACK_MS, run) }
}

/// Keeps every `<select data-value="…">` showing that value. An option's `selected`
/// attribute only sets the default: once the user has picked another option, changing the
/// attribute no longer moves the selection (yewstack/yew#2530), so a value changed from
/// elsewhere (undo, a rule switch from a button, an opened file) is applied here. Only the
/// selects whose `data-value` changed are visited (a MutationObserver, run before the
/// frame is painted), not every select on the page after every render.
pub struct SelectSync {
    observer: web_sys::MutationObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SelectSync {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn sync_selects() -> Option<SelectSync> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
        for record in records.iter() {
            let Some(target) = record.unchecked_into::<web_sys::MutationRecord>().target() else { continue };
            let Ok(select) = target.dyn_into::<web_sys::HtmlSelectElement>() else { continue };
            if let Some(want) = select.get_attribute("data-value") {
                if select.value() != want {
                    select.set_value(&want);
                }
            }
        }
    });
    let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    let init = web_sys::MutationObserverInit::new();
    init.set_subtree(true);
    init.set_attribute_filter(&js_sys::Array::of1(&"data-value".into()));
    observer.observe_with_options(&gloo::utils::document(), &init).ok()?;
    Some(SelectSync { observer, _callback: callback })
}

/// Focuses the control with this `data-testid` inside the element with this id (or the
/// element's name field when the control is disabled, e.g. "Move down" on the last node).
pub fn focus_control(id: &str, test_id: &str) {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else { return };
    let wanted = el.query_selector(&format!("[data-testid=\"{test_id}\"]:not([disabled])")).ok().flatten();
    let target = wanted.or_else(|| el.query_selector("[data-testid=\"node-name\"]").ok().flatten()).unwrap_or(el);
    if let Ok(h) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// Whether keyboard focus is in a field that edits text, where Ctrl+Z belongs to the
/// field's own undo.
pub fn focus_in_text_field() -> bool {
    let Some(el) = gloo::utils::document().active_element() else { return false };
    match el.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let t = el.get_attribute("type").unwrap_or_default();
            matches!(t.as_str(), "" | "text" | "search" | "email" | "tel" | "url" | "number")
        }
        _ => el.get_attribute("contenteditable").is_some_and(|v| v != "false"),
    }
}

/// Whether the page is hidden (another tab, a minimised window, a phone's app switcher).
pub fn page_hidden() -> bool {
    gloo::utils::document().hidden()
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Today's date in the reader's time zone as YYYY-MM-DD (quotes, file names).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    let two = |n: u32| if n < 10 { format!("0{n}") } else { n.to_string() };
    format!("{}-{}-{}", d.get_full_year(), two(d.get_month() + 1), two(d.get_date()))
}

/// Opens the `<dialog>` with this id as a modal (focus moves into it; Escape closes it).
pub fn show_modal(id: &str) {
    if let Some(d) =
        gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    {
        let _ = d.show_modal();
    }
}

pub fn close_dialog(id: &str) {
    if let Some(d) =
        gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    {
        d.close();
    }
}

// ---- Storage: localStorage where the browser allows it, never a panic where it does not.

/// The browser's localStorage, or `None` where it is blocked (sandboxed frames, some
/// private modes): reading `window.localStorage` then throws, which is caught here.
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn storage_available() -> bool {
    storage().is_some()
}

pub fn storage_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// False when the browser refused (no storage, or quota exceeded).
pub fn storage_set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn storage_remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

// ---- Compression: the browser's CompressionStream (deflate-raw), bound here because
// web-sys lists it as unstable.

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type JsCompressionStream;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<JsCompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &JsCompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &JsCompressionStream) -> web_sys::WritableStream;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type JsDecompressionStream;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<JsDecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &JsDecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &JsDecompressionStream) -> web_sys::WritableStream;
}

/// Pipes bytes through a transform stream and collects the output.
async fn pipe(
    bytes: &[u8],
    readable: web_sys::ReadableStream,
    writable: web_sys::WritableStream,
) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let pair = web_sys::ReadableWritablePair::new(&readable, &writable);
    let out = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&out))?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let c = JsCompressionStream::new("deflate-raw")?;
    pipe(bytes, c.readable(), c.writable()).await
}

/// Fails on anything that is not a complete deflate-raw stream (a cut or altered link).
pub async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let d = JsDecompressionStream::new("deflate-raw")?;
    pipe(bytes, d.readable(), d.writable()).await
}

// ---- Clipboard

/// Copies text; false where the browser refuses (sandboxed frames, no permission).
pub async fn copy_text(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

// ---- The page's own URL

/// `location.search`, `location.hash`, and the URL without its fragment.
pub fn location_parts() -> (String, String, String) {
    let loc = gloo::utils::window().location();
    let search = loc.search().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    let href = loc.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default().to_owned();
    (search, hash, base)
}

pub fn origin() -> String {
    gloo::utils::window().location().origin().unwrap_or_default()
}

/// Drops the fragment from the address bar without reloading (the plan it carried is now
/// the page's own), so a reload shows the plan as edited, not as first shared.
pub fn clear_fragment() {
    let window = gloo::utils::window();
    let (_, hash, base) = location_parts();
    if !hash.is_empty() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&base));
        }
    }
}

// ---- Telling a parent page our height

/// Inside a frame, posts `{type, height}` to the parent whenever the content's height
/// changes, down as well as up: the height of the app itself, not of the document (which
/// never falls below the frame's own height). Only the height leaves the page.
pub fn start_height_messages() {
    use wasm_bindgen::closure::Closure;
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app").or_else(|| document.body().map(Into::into)) else { return };
    let Ok(measured) = root.clone().dyn_into::<web_sys::HtmlElement>() else { return };
    let last = std::cell::Cell::new(-1);
    let post = move || {
        // From the top of the document to the bottom of the app: margins above count.
        let height = measured.offset_top() + measured.offset_height();
        if height == last.get() {
            return;
        }
        last.set(height);
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &crate::share::HEIGHT_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &f64::from(height).into());
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // Lives as long as the page.
    callback.forget();
}

// ---- Files fetched when first needed

/// The text of a file of this site, fetched from `url` (relative to the page, so it works
/// from any sub-path). Fails on a network error or an HTTP error status; a sandboxed frame
/// (opaque origin) needs its host to allow CORS, as for the wasm.
pub async fn fetch_text(url: &str) -> Result<String, ()> {
    let response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.map_err(|_| ())?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(());
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| ())?).await.map_err(|_| ())?;
    text.as_string().ok_or(())
}

/// Sets `<html lang>` and the document's title.
pub fn set_document_lang(tag: &str, title: &str) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tag);
    }
    document.set_title(title);
}

/// Sets `key` to `value` in the address's query (replacing it, or adding it), without a
/// reload or a history entry.
pub fn set_query_param(key: &str, value: &str) {
    let (search, hash, base) = location_parts();
    let prefix = format!("{key}=");
    let mut query: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix) && *p != key)
        .map(str::to_owned)
        .collect();
    query.push(format!("{prefix}{value}"));
    let path = base.split('?').next().unwrap_or_default();
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{}{hash}", query.join("&"))));
    }
}
