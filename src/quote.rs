//! The quote as text for emails and tickets: figures, cost, assumptions, rule edition,
//! date and the link that reproduces it. Plain text or Markdown; numbers come formatted by
//! the caller (the browser's Intl in the page).

use crate::engine::{Outcome, DEFAULT_PRICE_SEEN};
use crate::i18n::{t, Figure, Lang, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteFormat {
    Plain,
    Markdown,
}

/// Markdown would read `*`, `_`, `[`… in user-influenced text as formatting.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_{}[]()#+-.!|<>".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub struct QuoteInput<'a> {
    pub lang: Lang,
    pub outcome: &'a Outcome,
    pub date: &'a str,
    pub link: Option<&'a str>,
    pub count: &'a dyn Fn(u64) -> String,
    pub money: &'a dyn Fn(f64, &str) -> String,
}

pub fn quote(q: &QuoteInput<'_>, format: QuoteFormat) -> String {
    let tr = |m: Msg| t(q.lang, &m);
    let o = q.outcome;
    let f = o.figures;
    let esc = |s: String| match format {
        QuoteFormat::Plain => s,
        QuoteFormat::Markdown => md_escape(&s),
    };
    let mut lines = Vec::new();
    let title = tr(Msg::AppTitle);
    lines.push(match format {
        QuoteFormat::Plain => title,
        QuoteFormat::Markdown => format!("## {}", md_escape(&title)),
    });
    lines.push(esc(tr(Msg::QuotePrepared { date: q.date.to_owned(), rules: o.rules })));
    lines.push(String::new());
    let figures = [
        (Figure::QualifyingLicenses, f.qualifying_licenses),
        (Figure::FreeAllotment, f.free_allotment),
        (Figure::AccountsNeedingLicense, f.accounts_needing_license),
        (Figure::AccountsWithoutLicenseNeed, f.accounts_without_license_need),
        (Figure::FreeUsed, f.free_used),
        (Figure::PaidNeeded, f.paid_needed),
        (Figure::LicensesToCoverAll, f.licenses_to_cover_all),
    ];
    if format == QuoteFormat::Markdown {
        lines.push(format!("| {} | |", md_escape(&tr(Msg::ResultsHeading))));
        lines.push("|---|---:|".to_owned());
    }
    for (which, value) in figures {
        let label = tr(Msg::FigureLabel(which));
        lines.push(match format {
            QuoteFormat::Plain => format!("{label}: {}", (q.count)(value)),
            QuoteFormat::Markdown => format!("| {} | {} |", md_escape(&label), md_escape(&(q.count)(value))),
        });
    }
    lines.push(String::new());
    let cost = &o.cost;
    lines.push(esc(if f.paid_needed == 0 {
        tr(Msg::CostNone)
    } else {
        tr(Msg::QuoteCost {
            monthly: (q.money)(cost.monthly, &cost.currency),
            yearly: (q.money)(cost.yearly, &cost.currency),
        })
    }));
    lines.push(esc(tr(Msg::QuoteAssumptions {
        price: (q.money)(cost.unit_monthly, &cost.currency),
        default_seen: cost.default_price.then(|| DEFAULT_PRICE_SEEN.to_owned()),
    })));
    if let Some(link) = q.link {
        lines.push(String::new());
        lines.push(match format {
            QuoteFormat::Plain => format!("{}: {link}", tr(Msg::QuoteLink)),
            QuoteFormat::Markdown => format!("[{}](<{link}>)", md_escape(&tr(Msg::QuoteLink))),
        });
    }
    lines.join("\n")
}
