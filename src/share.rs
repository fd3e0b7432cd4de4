//! Share links and embedding, as plain data: the versioned URL-fragment format, base64url,
//! the query options a wiki page sets, and the `<iframe>` snippet. Compression is the
//! browser's (`CompressionStream`, see `platform`); everything else is here and pure.
//!
//! A share link is `<page URL>#plan=1.<base64url of deflate-raw of the plan file>`. The plan
//! rides in the fragment, which browsers never send to a server.

use crate::engine::RuleEdition;
use crate::i18n::Lang;

/// The fragment key that carries a plan.
pub const FRAGMENT_KEY: &str = "plan=";
/// The link format this build writes and reads.
pub const LINK_VERSION: u32 = 1;
/// The `type` of the height message sent to a parent page.
pub const HEIGHT_MESSAGE_TYPE: &str = "resource-account-calculator:height";

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// `#plan=` without `version.payload`.
    Malformed,
    /// Made by a newer version of the calculator.
    NewerVersion(u32),
    /// Not base64url, or cut short.
    BadEncoding,
    /// The bytes did not decompress (a truncated or altered link).
    Damaged,
    /// It decompressed, but is not a valid plan.
    NotAPlan(crate::plan_file::PlanFileError),
}

/// The fragment for a compressed plan, with its leading `#`.
pub fn fragment_for(compressed: &[u8]) -> String {
    format!("#{FRAGMENT_KEY}{LINK_VERSION}.{}", base64url_encode(compressed))
}

/// The compressed plan a fragment carries: `None` when the fragment has no plan at all.
pub fn parse_fragment(hash: &str) -> Option<Result<Vec<u8>, LinkError>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let rest = hash.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY))?;
    let Some((version, payload)) = rest.split_once('.') else { return Some(Err(LinkError::Malformed)) };
    Some(match version.parse::<u32>() {
        Ok(LINK_VERSION) => base64url_decode(payload).ok_or(LinkError::BadEncoding),
        Ok(v) if v > LINK_VERSION => Err(LinkError::NewerVersion(v)),
        _ => Err(LinkError::Malformed),
    })
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// RFC 4648 §5 base64url, without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

/// Decodes base64url with or without padding; `None` for anything else.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// What a page's query string asks for (`?embed=1&readonly=1&lang=en&rules=original`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// Compact, without page chrome, for an iframe.
    pub embed: bool,
    /// Figures only: the plan cannot be edited (published examples).
    pub read_only: bool,
    pub lang: Option<Lang>,
    pub rules: Option<RuleEdition>,
}

/// Reads the options from `location.search`. Unknown keys and values are ignored.
pub fn parse_query(search: &str) -> PageOptions {
    let mut o = PageOptions::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let on = matches!(v, "" | "1" | "true" | "yes");
        match k {
            "embed" => o.embed = on,
            "readonly" => o.read_only = on,
            "lang" => o.lang = Lang::parse(v),
            "rules" => o.rules = RuleEdition::parse(v),
            _ => {}
        }
    }
    o
}

/// The query string for options (empty when there are none), with its `?`.
pub fn query_for(o: &PageOptions) -> String {
    let mut parts = Vec::new();
    if o.embed {
        parts.push("embed=1".to_owned());
    }
    if o.read_only {
        parts.push("readonly=1".to_owned());
    }
    if let Some(l) = o.lang {
        parts.push(format!("lang={}", l.tag()));
    }
    if let Some(r) = o.rules {
        parts.push(format!("rules={}", r.as_str()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Escapes text for an HTML attribute value or text node.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for a single-quoted JavaScript string inside a `<script>` element.
fn escape_js(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The `<iframe>` a wiki page pastes, and the host script that sizes it from the height
/// messages. `src` is the full calculator URL (options and fragment included); `origin` is
/// the calculator's origin, which the host script checks messages against.
///
/// The plain frame works from any static host. A `sandboxed` frame (without
/// `allow-same-origin`) gets an opaque origin and loads the app's module script and wasm
/// in CORS mode, so it works only where the calculator's host sends
/// `Access-Control-Allow-Origin: *`; it may still open the full calculator in a new tab.
pub fn embed_snippet(src: &str, origin: &str, title: &str, sandboxed: bool) -> (String, String) {
    let sandbox = if sandboxed {
        " sandbox=\"allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox\""
    } else {
        ""
    };
    let iframe = format!(
        "<iframe id=\"resource-account-calculator\" src=\"{}\" title=\"{}\"{sandbox} loading=\"lazy\" style=\"width:100%;height:400px;border:0\"></iframe>",
        escape_html(src),
        escape_html(title)
    );
    // A sandboxed frame without allow-same-origin reports the origin "null".
    let origin_check = if sandboxed {
        format!("e.origin !== '{}' && e.origin !== 'null'", escape_js(origin))
    } else {
        format!("e.origin !== '{}'", escape_js(origin))
    };
    let script = format!(
        "<script>\nwindow.addEventListener('message', function (e) {{\n  var frame = document.getElementById('resource-account-calculator');\n  if (!frame || e.source !== frame.contentWindow) return;\n  if ({origin_check}) return;\n  if (e.data && e.data.type === '{HEIGHT_MESSAGE_TYPE}' && typeof e.data.height === 'number') {{\n    frame.style.height = Math.ceil(e.data.height) + 'px';\n  }}\n}});\n</script>"
    );
    (iframe, script)
}
