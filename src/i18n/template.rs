//! Message templates: the subset of ICU MessageFormat that translators' tools know.
//!
//! - `{name}` puts an argument in: text as given, a count formatted for the language.
//! - `{name, plural, one {# account} other {# accounts}}` picks by the language's plural
//!   rule (`=0`, `=1`… match exact counts first); `#` is the count, formatted.
//! - `{name, select, yes {…} other {…}}` picks by the argument's text.
//! - An apostrophe quotes what would otherwise be syntax: `'{ … }'` is literal braces,
//!   `''` an apostrophe; an apostrophe before anything else is itself ("Microsoft's").
//!
//! No dependencies, so build.rs includes this file too and refuses a template that does not
//! parse. Rendering never panics: a malformed template (only possible in a fetched
//! translation) is an error, and the caller falls back to English.

/// An argument's value.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    Text(&'a str),
    Count(u64),
}

/// What rendering needs from the language: its number format and plural rule (the
/// browser's `Intl` in the page).
pub struct Locale<'a> {
    pub number: &'a dyn Fn(u64) -> String,
    /// "zero", "one", "two", "few", "many" or "other".
    pub plural: &'a dyn Fn(u64) -> &'static str,
}

/// Where a template is malformed: the byte offset and what is wrong.
#[derive(Debug, PartialEq, Eq)]
pub struct TemplateError {
    pub at: usize,
    pub problem: &'static str,
}

type Result<T> = std::result::Result<T, TemplateError>;

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    args: &'a [(&'a str, Value<'a>)],
    /// None when only checking.
    locale: Option<&'a Locale<'a>>,
    /// Argument names met, for checking a translation against English.
    names: Vec<&'a str>,
}

impl<'a> Parser<'a> {
    fn error<T>(&self, problem: &'static str) -> Result<T> {
        Err(TemplateError { at: self.pos, problem })
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    /// A message up to an unmatched `}` (when `nested`) or the end; `count` is what `#`
    /// stands for inside a plural.
    fn message(&mut self, mut out: Option<&mut String>, count: Option<u64>, nested: bool) -> Result<()> {
        let mut run = self.pos;
        while let Some(b) = self.peek() {
            let syntax = matches!(b, b'{' | b'}' | b'\'') || (b == b'#' && count.is_some());
            if !syntax {
                self.pos += 1;
                continue;
            }
            if let Some(out) = out.as_deref_mut() {
                out.push_str(&self.text[run..self.pos]);
            }
            match b {
                b'}' if nested => return Ok(()),
                b'}' => return self.error("a } without its {"),
                b'{' => {
                    self.pos += 1;
                    self.argument(out.as_deref_mut())?;
                }
                b'#' => {
                    self.pos += 1;
                    if let (Some(out), Some(locale), Some(n)) = (out.as_deref_mut(), self.locale, count) {
                        out.push_str(&(locale.number)(n));
                    }
                }
                _ => {
                    // An apostrophe: quotes syntax characters, '' is one apostrophe.
                    self.pos += 1;
                    let next = self.peek();
                    let quotes = matches!(next, Some(b'{' | b'}')) || (next == Some(b'#') && count.is_some());
                    if next == Some(b'\'') {
                        self.pos += 1;
                        push(&mut out, "'");
                    } else if quotes {
                        self.quoted(&mut out)?;
                    } else {
                        push(&mut out, "'");
                    }
                }
            }
            run = self.pos;
        }
        if nested {
            return self.error("a { that never closes");
        }
        if let Some(out) = out {
            out.push_str(&self.text[run..]);
        }
        Ok(())
    }

    /// After an opening apostrophe: literal text up to the closing one.
    fn quoted(&mut self, out: &mut Option<&mut String>) -> Result<()> {
        let mut run = self.pos;
        loop {
            match self.peek() {
                None => return self.error("a quote ' that never closes"),
                Some(b'\'') => {
                    push(out, &self.text[run..self.pos]);
                    self.pos += 1;
                    if self.peek() == Some(b'\'') {
                        push(out, "'");
                        self.pos += 1;
                        run = self.pos;
                    } else {
                        return Ok(());
                    }
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    fn word(&mut self) -> &'a str {
        self.skip_space();
        let start = self.pos;
        while self.peek().is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b',' | b'{' | b'}')) {
            self.pos += 1;
        }
        &self.text[start..self.pos]
    }

    /// After `{`: `name}`, or `name, plural|select, options}`.
    fn argument(&mut self, mut out: Option<&mut String>) -> Result<()> {
        let name = self.word();
        if name.is_empty() {
            return self.error("an argument without a name");
        }
        if !self.names.contains(&name) {
            self.names.push(name);
        }
        let value = self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        self.skip_space();
        match self.peek() {
            Some(b'}') => {
                self.pos += 1;
                if let Some(out) = out.as_deref_mut() {
                    match (value, self.locale) {
                        (Some(Value::Text(t)), _) => out.push_str(t),
                        (Some(Value::Count(n)), Some(locale)) => out.push_str(&(locale.number)(n)),
                        _ => return self.error("an argument the message does not have"),
                    }
                }
                Ok(())
            }
            Some(b',') => {
                self.pos += 1;
                let kind = self.word();
                self.skip_space();
                if self.peek() != Some(b',') {
                    return self.error("a , is missing after plural or select");
                }
                self.pos += 1;
                match kind {
                    "plural" => self.options(out, true, value),
                    "select" => self.options(out, false, value),
                    _ => self.error("only plural and select are known"),
                }
            }
            _ => self.error("a } is missing after the argument's name"),
        }
    }

    /// `selector {message} selector {message}… }`: renders the one that applies.
    fn options(&mut self, out: Option<&mut String>, plural: bool, value: Option<Value>) -> Result<()> {
        let count = match value {
            Some(Value::Count(n)) => Some(n),
            _ => None,
        };
        if out.is_some() && plural && count.is_none() {
            return self.error("a plural needs a count");
        }
        let category = match (count, self.locale) {
            (Some(n), Some(locale)) if plural => Some((locale.plural)(n)),
            _ => None,
        };
        // The best match so far: an exact count (3) beats the plural category or the
        // selected text (2), which beats "other" (1).
        let mut chosen: Option<(u8, String)> = None;
        let mut has_other = false;
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                None => return self.error("a { that never closes"),
                _ => {}
            }
            let selector = self.word();
            if selector.is_empty() {
                return self.error("an option without a name");
            }
            self.skip_space();
            if self.peek() != Some(b'{') {
                return self.error("an option needs its message in { }");
            }
            self.pos += 1;
            let rank = if selector == "other" {
                has_other = true;
                1
            } else if let Some(exact) = selector.strip_prefix('=') {
                if count.is_some_and(|n| exact.parse() == Ok(n)) {
                    3
                } else {
                    0
                }
            } else if plural {
                if category == Some(selector) {
                    2
                } else {
                    0
                }
            } else if matches!(value, Some(Value::Text(t)) if t == selector) {
                2
            } else {
                0
            };
            let better = out.is_some() && rank > chosen.as_ref().map_or(0, |(r, _)| *r);
            let mut text = String::new();
            let hash = if plural { Some(count.unwrap_or(0)) } else { None };
            self.message(better.then_some(&mut text), hash, true)?;
            self.pos += 1; // the option's closing }
            if better {
                chosen = Some((rank, text));
            }
        }
        if !has_other {
            return self.error("plural and select need an \"other\" option");
        }
        if let (Some(out), Some((_, text))) = (out, chosen) {
            out.push_str(&text);
        }
        Ok(())
    }
}

fn push(out: &mut Option<&mut String>, s: &str) {
    if let Some(out) = out.as_deref_mut() {
        out.push_str(s);
    }
}

/// `template` with its arguments put in.
pub fn render(template: &str, args: &[(&str, Value)], locale: &Locale) -> Result<String> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut p = Parser { text: template, pos: 0, args, locale: Some(locale), names: Vec::new() };
    p.message(Some(&mut out), None, false)?;
    Ok(out)
}

/// Whether `template` parses; the names of the arguments it uses, in order of appearance.
pub fn check(template: &str) -> Result<Vec<&str>> {
    let mut p = Parser { text: template, pos: 0, args: &[], locale: None, names: Vec::new() };
    p.message(None, None, false)?;
    Ok(p.names)
}
