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
    /// The customer or tenant the plan is for.
    pub customer: Option<&'a str>,
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
    let title = match q.customer {
        Some(c) => format!("{} — {c}", tr(Msg::AppTitle)),
        None => tr(Msg::AppTitle),
    };
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
        (Figure::AccountsRemovable, f.accounts_removable),
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
    for line in &cost.lines {
        let quantity = line.quantity;
        lines.push(esc(match (line.unit_monthly, line.monthly()) {
            (Some(unit), Some(total)) => tr(Msg::CostLine {
                quantity,
                item: line.item,
                unit: (q.money)(unit, &cost.currency),
                total: (q.money)(total, &cost.currency),
            }),
            _ => tr(Msg::CostLineUnpriced { quantity, item: line.item }),
        }));
    }
    lines.push(esc(if cost.nothing_to_pay() {
        tr(Msg::CostNone)
    } else {
        tr(Msg::QuoteCost {
            monthly: (q.money)(cost.monthly, &cost.currency),
            yearly: (q.money)(cost.yearly, &cost.currency),
        })
    }));
    if cost.missing_prices {
        lines.push(esc(tr(Msg::CostIncomplete)));
    }
    if cost.toll_free_numbers > 0 {
        lines.push(esc(tr(Msg::CostTollFreeUsage { count: cost.toll_free_numbers, billing: cost.toll_free_billing })));
    }
    if cost.lines.iter().any(|l| l.default_price) {
        lines.push(esc(tr(Msg::CostDefaultNote { seen: DEFAULT_PRICE_SEEN.to_owned() })));
    }
    if let Some(link) = q.link {
        lines.push(String::new());
        lines.push(match format {
            QuoteFormat::Plain => format!("{}: {link}", tr(Msg::QuoteLink)),
            QuoteFormat::Markdown => format!("[{}](<{link}>)", md_escape(&tr(Msg::QuoteLink))),
        });
    }
    lines.join("\n")
}
