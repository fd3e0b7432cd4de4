//! The scripts' comments in every language: each comment block of both scripts has a
//! translation in `assets/script/comments.<tag>.json`, every translation is comments only
//! (so a translation can never add code), keeps the block's placeholders, and the translated
//! scripts are the English ones with only their comments changed.

use std::collections::BTreeMap;

use resource_account_calculator::engine::script::{comment_blocks, translate_comments};
use resource_account_calculator::i18n::Lang;

const SCRIPTS: [&str; 2] =
    [include_str!("../assets/script/powershell-template.txt"), include_str!("../assets/script/read-tenant.ps1")];

fn table(lang: Lang) -> BTreeMap<String, String> {
    let path = format!("{}/assets/script/comments.{}.json", env!("CARGO_MANIFEST_DIR"), lang.tag());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The code of a script: every line that is not a whole-line comment, comments after code
/// removed from nothing (they are code here).
fn code_lines(script: &str) -> Vec<String> {
    script
        .lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with('#') && !t.starts_with("#Requires") {
                return String::new();
            }
            // A placeholder line's comment.
            match l.find("}}#") {
                Some(i) if l.starts_with("{{") => l[..i + 2].to_owned(),
                _ => l.to_owned(),
            }
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> =
        text.match_indices("{{").filter_map(|(i, _)| text[i..].find("}}").map(|j| &text[i..i + j + 2])).collect();
    out.sort_unstable();
    out
}

#[test]
fn blocks_cover_every_comment_and_give_the_script_back() {
    for script in SCRIPTS {
        let blocks = comment_blocks(script);
        assert!(blocks.len() >= 5, "{} blocks", blocks.len());
        assert_eq!(translate_comments(script, |_| None), script, "no translation: the script unchanged");
        let marked = translate_comments(script, |_| Some("# X"));
        assert_eq!(marked.matches("# X").count(), blocks.len());
        assert_eq!(code_lines(&marked), code_lines(script), "only comments change");
        // A translation that is not all comments is not taken.
        assert_eq!(translate_comments(script, |_| Some("# fine\nRemove-Item C:\\")), script);
    }
}

#[test]
fn every_language_translates_every_comment_block_and_nothing_else() {
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let table = table(lang);
        let mut wanted: Vec<&str> = SCRIPTS.iter().flat_map(|s| comment_blocks(s)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        for block in &wanted {
            let t = table.get(*block).unwrap_or_else(|| panic!("{}: no translation of {block:?}", lang.tag()));
            assert_ne!(t.trim(), "", "{}: empty translation of {block:?}", lang.tag());
            assert!(
                t.lines().all(|l| l.trim_start().starts_with('#') && !l.trim_start().starts_with("#Requires")),
                "{}: a translation with a line that is not a comment: {t:?}",
                lang.tag()
            );
            assert_eq!(placeholders(t), placeholders(block), "{}: placeholders of {block:?}", lang.tag());
            if block.chars().filter(|c| c.is_ascii_lowercase()).count() > 20 {
                assert_ne!(t, block, "{}: left in English: {block:?}", lang.tag());
            }
        }
        for key in table.keys() {
            assert!(wanted.contains(&key.as_str()), "{}: a translation of no block: {key:?}", lang.tag());
        }
        for script in SCRIPTS {
            let translated = translate_comments(script, |b| table.get(b).map(String::as_str));
            assert_eq!(code_lines(&translated), code_lines(script), "{}: only comments change", lang.tag());
            assert!(!translated.contains('\r'));
        }
    }
}
