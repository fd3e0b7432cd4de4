//! The quote a sales engineer sends: a sheet like a pricing calculator's estimate (customer,
//! date, rule edition, the inputs, one line per item with quantity, unit price and total,
//! the costs that have no fixed price, the warnings the screen shows, the assumptions and
//! the link that reproduces it), as data ([`Sheet`]) and as plain text, Markdown and CSV.
//! The page draws the same [`Sheet`] for the screen and for print. Numbers come formatted by
//! the caller (the browser's `Intl` in the page).

use crate::engine::{flatten, AccountRef, CostItem, NodeKind, Outcome, Plan, RuleEdition, Warning, DEFAULT_PRICE_SEEN};
use crate::i18n::{t, Figure, Lang, Msg};
use crate::share::escape_html;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteFormat {
    Plain,
    Markdown,
    /// Comma-separated, one row per line item (and per input), numbers unformatted.
    Csv,
    /// The sheet as HTML for the page (every text escaped).
    Html,
}

/// Names listed under a warning before "+N more".
pub const NAMES_SHOWN: usize = 6;

pub struct QuoteInput<'a> {
    pub lang: Lang,
    pub plan: &'a Plan,
    pub outcome: &'a Outcome,
    /// The warnings of the plan (`crate::engine::details`).
    pub warnings: &'a [Warning],
    pub date: &'a str,
    pub link: Option<&'a str>,
    /// A count for reading (grouped).
    pub count: &'a dyn Fn(u64) -> String,
    /// An amount with its currency for reading.
    pub money: &'a dyn Fn(f64, &str) -> String,
    /// An amount for a spreadsheet: digits and a dot, no grouping.
    pub number: &'a dyn Fn(f64) -> String,
}

/// A label and its value, both as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: String,
    /// The value as a spreadsheet reads it.
    pub raw: String,
}

/// One priced line.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub cost_item: CostItem,
    /// `data-item` of the line ([`CostItem::as_str`]).
    pub id: &'static str,
    pub item: String,
    pub quantity: u64,
    pub quantity_text: String,
    /// Formatted unit price per month, or the words for "no price entered".
    pub unit: String,
    /// Formatted total per month, or empty without a price.
    pub total: String,
    pub unit_raw: Option<String>,
    pub total_raw: Option<String>,
}

/// A warning with the first names it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetWarning {
    pub id: &'static str,
    pub text: String,
    pub names: Vec<String>,
    /// Names left out after [`NAMES_SHOWN`].
    pub more: u64,
}

/// Everything on the quote, as text in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub title: String,
    pub prepared: String,
    pub currency: String,
    /// Who the quote is for and where the licenses are bought.
    pub facts: Vec<Row>,
    /// What the figures are worked out from: counts.
    pub inputs: Vec<Row>,
    /// Products with a count above zero.
    pub licenses: Vec<Row>,
    pub figures: Vec<Row>,
    pub lines: Vec<Line>,
    /// "Cost: … per month, … per year", or "Nothing to pay" (with the warnings named).
    pub total: String,
    pub total_monthly_raw: String,
    pub watch: Vec<String>,
    pub warnings: Vec<SheetWarning>,
    /// The same plan under the other editions.
    pub editions: Vec<String>,
    pub assumptions: Vec<String>,
    pub link: Option<String>,
    /// Headings and column names, in the page's language.
    pub words: Words,
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    pub inputs: String,
    pub licenses: String,
    pub product: String,
    pub figures: String,
    pub lines: String,
    pub section: String,
    pub item: String,
    pub quantity: String,
    pub unit: String,
    pub monthly: String,
    pub watch: String,
    pub warnings: String,
    pub editions: String,
    pub assumptions: String,
    pub link: String,
    pub currency: String,
}

/// The test id and message of a warning: one wording for the screen and the quote.
pub fn warning_message(rules: RuleEdition, w: &Warning) -> (Msg, &'static str) {
    let n = |len: usize| len as u64;
    match w {
        Warning::NoPhoneSystemLicense => (Msg::WarnNoPhoneSystem(rules), "warn-no-phone-system"),
        Warning::UnknownSkus { part_numbers } => {
            (Msg::WarnUnknownSkus { list: part_numbers.join(", ") }, "warn-unknown-skus")
        }
        Warning::NodesWithoutResourceAccount { nodes, top_level_only } => {
            (Msg::WarnNodesWithoutAccount { count: n(nodes.len()), top_level_only: *top_level_only }, "warn-no-account")
        }
        Warning::InvalidPhoneNumbers { accounts } => {
            (Msg::WarnInvalidNumbers { count: n(accounts.len()) }, "warn-invalid-numbers")
        }
        Warning::NumberTypeMissing { accounts } => {
            (Msg::WarnNumberTypeMissing { count: n(accounts.len()) }, "warn-number-type")
        }
        Warning::ExtensionWithoutDirectRouting { accounts } => {
            (Msg::WarnExtension { count: n(accounts.len()) }, "warn-extension")
        }
        Warning::DuplicatePhoneNumber { number, accounts } => {
            (Msg::WarnDuplicate { number: number.clone(), count: n(accounts.len()) }, "warn-duplicate")
        }
        Warning::TollFreeUsage { accounts, billing, credits_in_plan } => (
            Msg::WarnTollFree { count: n(accounts.len()), billing: *billing, credits_in_plan: *credits_in_plan },
            "warn-toll-free",
        ),
        Warning::PstnUseNeedsSetup { need, accounts } => {
            (Msg::WarnPstn { count: n(accounts.len()), need: *need }, "warn-pstn")
        }
        Warning::SwitchToFreeLicense { accounts } => (Msg::WarnSwitch { count: n(accounts.len()) }, "warn-switch"),
        Warning::ReplaceTeamsPhoneStandard { accounts } => {
            (Msg::WarnReplaceStandard { count: n(accounts.len()) }, "warn-replace-standard")
        }
        Warning::UnneededPhoneSystemLicense { accounts } => {
            (Msg::WarnUnneeded { count: n(accounts.len()) }, "warn-unneeded")
        }
    }
}

/// The nodes or accounts a warning names, in preorder.
pub enum Concerns<'a> {
    Nothing,
    Nodes(&'a [u32]),
    Accounts(Vec<AccountRef>),
}

pub fn warning_concerns(w: &Warning) -> Concerns<'_> {
    match w {
        Warning::NoPhoneSystemLicense | Warning::UnknownSkus { .. } => Concerns::Nothing,
        Warning::NodesWithoutResourceAccount { nodes, .. } => Concerns::Nodes(nodes),
        Warning::InvalidPhoneNumbers { accounts } => Concerns::Accounts(accounts.iter().map(|(a, _)| *a).collect()),
        Warning::NumberTypeMissing { accounts }
        | Warning::ExtensionWithoutDirectRouting { accounts }
        | Warning::DuplicatePhoneNumber { accounts, .. }
        | Warning::TollFreeUsage { accounts, .. }
        | Warning::PstnUseNeedsSetup { accounts, .. }
        | Warning::SwitchToFreeLicense { accounts }
        | Warning::ReplaceTeamsPhoneStandard { accounts }
        | Warning::UnneededPhoneSystemLicense { accounts } => Concerns::Accounts(accounts.clone()),
    }
}

/// Works out the sheet. Linear in the plan's nodes; lists are cut at [`NAMES_SHOWN`].
pub fn sheet(q: &QuoteInput<'_>) -> Sheet {
    let tr = |m: Msg| t(q.lang, &m);
    let (o, plan) = (q.outcome, q.plan);
    let cost = &o.cost;
    let count = |n: u64| Row { label: String::new(), value: (q.count)(n), raw: n.to_string() };
    let row = |label: Msg, n: u64| Row { label: tr(label), ..count(n) };
    let nodes = flatten(&plan.call_flows);
    let name = |s: &str| if s.trim().is_empty() { tr(Msg::Unnamed) } else { s.to_owned() };

    let (mut aa, mut cq, mut nested) = (0, 0, 0);
    for n in &nodes {
        match n.node.kind {
            NodeKind::AutoAttendant => aa += 1,
            NodeKind::CallQueue => cq += 1,
        }
        nested += u64::from(n.depth > 0);
    }
    let s = o.paid_side;
    let dial_out = s.calling_plan + s.voice_routing + s.operator_connect + s.undecided;
    let mut facts = Vec::new();
    if let Some(c) = plan.customer.as_deref().filter(|c| !c.trim().is_empty()) {
        facts.push(Row { label: tr(Msg::CustomerLabel), value: c.to_owned(), raw: c.to_owned() });
    }
    let channel = tr(Msg::ChannelName(plan.channel));
    facts.push(Row { label: tr(Msg::ChannelLabel), value: channel.clone(), raw: channel });
    let inputs = vec![
        row(Msg::NodeKindPlural(NodeKind::AutoAttendant), aa),
        row(Msg::NodeKindPlural(NodeKind::CallQueue), cq),
        row(Msg::QuoteNested, nested),
        row(Msg::QuoteAccounts, o.counts.accounts),
        row(Msg::QuoteNumbers, o.counts.numbered),
        row(Msg::QuoteTollFree, s.toll_free),
        row(Msg::QuoteDialOut, dial_out),
    ];

    let licenses = plan
        .licenses
        .iter()
        .filter(|(_, &n)| n > 0)
        .map(|(key, &n)| {
            let product = crate::engine::sku::by_key(key).map_or(key.as_str(), |s| s.product_name);
            Row { label: product.to_owned(), ..count(u64::from(n)) }
        })
        .collect();

    let f = o.figures;
    let figures = figure_order(o.rules)
        .into_iter()
        .enumerate()
        .filter(|&(i, which)| i < 2 || which == Figure::PaidNeeded || figure_value(which, &f) > 0)
        .map(|(_, which)| row(Msg::FigureLabel(which), figure_value(which, &f)))
        .collect();

    let lines = cost
        .lines
        .iter()
        .map(|l| {
            let (unit, total) = match (l.unit_monthly, l.monthly()) {
                (Some(u), Some(m)) => ((q.money)(u, &cost.currency), (q.money)(m, &cost.currency)),
                _ => (tr(Msg::QuoteNoPrice), String::new()),
            };
            Line {
                cost_item: l.item,
                id: l.item.as_str(),
                item: tr(Msg::CostItemName(l.item)),
                quantity: l.quantity,
                quantity_text: (q.count)(l.quantity),
                unit,
                total,
                unit_raw: l.unit_monthly.map(|u| (q.number)(u)),
                total_raw: l.monthly().map(|m| (q.number)(m)),
            }
        })
        .collect();

    let warnings: Vec<SheetWarning> = q
        .warnings
        .iter()
        .map(|w| {
            let (msg, id) = warning_message(o.rules, w);
            let all: Vec<String> = match warning_concerns(w) {
                Concerns::Nothing => Vec::new(),
                Concerns::Nodes(ids) => ids
                    .iter()
                    .take(NAMES_SHOWN)
                    .filter_map(|&id| nodes.get(id as usize).map(|n| name(&n.node.name)))
                    .collect(),
                Concerns::Accounts(refs) => refs
                    .iter()
                    .take(NAMES_SHOWN)
                    .filter_map(|a| {
                        let node = nodes.get(a.node as usize)?;
                        let ra = node.node.resource_accounts.get(a.account as usize)?;
                        Some(name(&ra.display_name))
                    })
                    .collect(),
            };
            let total = match warning_concerns(w) {
                Concerns::Nothing => 0,
                Concerns::Nodes(ids) => ids.len(),
                Concerns::Accounts(refs) => refs.len(),
            };
            SheetWarning { id, text: tr(msg), more: total.saturating_sub(all.len()) as u64, names: all }
        })
        .collect();

    let total = if !cost.nothing_to_pay() || cost.missing_prices {
        let mut total = tr(Msg::QuoteCost {
            monthly: (q.money)(cost.monthly, &cost.currency),
            yearly: (q.money)(cost.yearly, &cost.currency),
        });
        if cost.missing_prices {
            total = tr(Msg::Sentences { first: total, second: tr(Msg::CostIncomplete) });
        }
        total
    } else if warnings.is_empty() {
        tr(Msg::CostNone)
    } else {
        tr(Msg::QuoteNothingButWarnings { count: warnings.len() as u64 })
    };

    let mut watch = Vec::new();
    for l in cost.lines.iter().filter(|l| l.unit_monthly.is_none()) {
        watch.push(tr(Msg::CostLineUnpriced { quantity: l.quantity, item: l.item }));
    }
    if s.toll_free > 0 {
        watch.push(tr(Msg::CostTollFreeUsage { count: s.toll_free, billing: cost.toll_free_billing }));
    }
    for (n, m) in [
        (s.voice_routing, Msg::PaidSideVoiceRouting { count: s.voice_routing }),
        (s.operator_connect, Msg::PaidSideOperatorConnect { count: s.operator_connect }),
        (s.undecided, Msg::PaidSideUndecided { count: s.undecided }),
    ] {
        if n > 0 {
            watch.push(tr(m));
        }
    }

    let editions = o
        .editions
        .iter()
        .filter(|e| e.rules != o.rules)
        .map(|e| {
            tr(Msg::QuoteEdition {
                rules: e.rules,
                needing: e.figures.accounts_needing_license,
                paid: e.figures.paid_needed,
            })
        })
        .collect();

    let mut assumptions = vec![
        tr(Msg::QuoteAssumeRules { rules: o.rules, channel: plan.channel }),
        tr(Msg::QuoteAssumePrices { currency: cost.currency.clone() }),
    ];
    if cost.lines.iter().any(|l| l.default_price) {
        assumptions.push(tr(Msg::CostDefaultNote { seen: DEFAULT_PRICE_SEEN.to_owned() }));
    }
    if o.paid_side.calling_plan > 0 {
        assumptions.push(tr(Msg::PaidSideCallingPlan { count: o.paid_side.calling_plan }));
    }
    if o.figures.accounts_removable > 0 {
        assumptions.push(tr(Msg::AdviceDropNested { count: o.figures.accounts_removable }));
    }
    // Call flows made by counts mode carry made-up names and numbers: say so.
    let names = (
        tr(Msg::NodeKindName(NodeKind::AutoAttendant)),
        tr(Msg::NodeKindName(NodeKind::CallQueue)),
        tr(Msg::CountsNestedName),
    );
    let (first, number_type) = crate::engine::counts::first_number(&plan.call_flows).unwrap_or((0, None));
    let naming = crate::engine::counts::Naming {
        auto_attendant: &names.0,
        call_queue: &names.1,
        nested: &names.2,
        first_number: first,
        number_type: number_type.unwrap_or(crate::engine::NumberType::CallingPlan),
    };
    if !plan.call_flows.is_empty() && crate::engine::counts::made_from_counts(&plan.call_flows, &naming) {
        assumptions.push(tr(Msg::QuoteFromCounts));
    }

    let title = match plan.customer.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(c) => format!("{} — {c}", tr(Msg::AppTitle)),
        None => tr(Msg::AppTitle),
    };
    Sheet {
        title,
        prepared: tr(Msg::QuotePrepared { date: q.date.to_owned(), rules: o.rules }),
        currency: cost.currency.clone(),
        facts,
        inputs,
        licenses,
        figures,
        lines,
        total,
        total_monthly_raw: (q.number)(cost.monthly),
        watch,
        warnings,
        editions,
        assumptions,
        link: q.link.map(str::to_owned),
        lang: q.lang,
        words: Words {
            inputs: tr(Msg::QuoteInputs),
            licenses: tr(Msg::QuoteLicenses),
            product: tr(Msg::QuoteProduct),
            figures: tr(Msg::ResultsHeading),
            lines: tr(Msg::QuoteLines),
            section: tr(Msg::QuoteSection),
            item: tr(Msg::QuoteItem),
            quantity: tr(Msg::QuoteQuantity),
            unit: tr(Msg::QuoteUnit),
            monthly: tr(Msg::QuoteMonthly),
            watch: tr(Msg::QuoteWatch),
            warnings: tr(Msg::WarningsHeading),
            editions: tr(Msg::QuoteEditions),
            assumptions: tr(Msg::QuoteAssumptions),
            link: tr(Msg::QuoteLink),
            currency: tr(Msg::CostCurrency),
        },
    }
}

/// The contract's figures, the two most telling first.
pub fn figure_order(rules: RuleEdition) -> [Figure; 8] {
    use Figure::*;
    if rules.has_allotment() {
        [
            FreeAllotment,
            PaidNeeded,
            QualifyingLicenses,
            AccountsNeedingLicense,
            FreeUsed,
            AccountsWithoutLicenseNeed,
            LicensesToCoverAll,
            AccountsRemovable,
        ]
    } else {
        [
            AccountsNeedingLicense,
            AccountsRemovable,
            PaidNeeded,
            FreeAllotment,
            FreeUsed,
            QualifyingLicenses,
            AccountsWithoutLicenseNeed,
            LicensesToCoverAll,
        ]
    }
}

pub fn figure_value(which: Figure, f: &crate::engine::Figures) -> u64 {
    match which {
        Figure::QualifyingLicenses => f.qualifying_licenses,
        Figure::FreeAllotment => f.free_allotment,
        Figure::AccountsNeedingLicense => f.accounts_needing_license,
        Figure::AccountsWithoutLicenseNeed => f.accounts_without_license_need,
        Figure::FreeUsed => f.free_used,
        Figure::PaidNeeded => f.paid_needed,
        Figure::LicensesToCoverAll => f.licenses_to_cover_all,
        Figure::AccountsRemovable => f.accounts_removable,
    }
}

/// The sheet as text to paste into an email, a ticket or a spreadsheet.
pub fn render(sheet: &Sheet, format: QuoteFormat) -> String {
    match format {
        QuoteFormat::Plain => plain(sheet),
        QuoteFormat::Markdown => markdown(sheet),
        QuoteFormat::Csv => csv(sheet),
        QuoteFormat::Html => html(sheet),
    }
}

/// A warning as one line of text: its words, then the names it concerns.
fn warning_line(sheet: &Sheet, w: &SheetWarning) -> String {
    if w.names.is_empty() {
        w.text.clone()
    } else {
        format!("{} ({})", w.text, names(sheet, w))
    }
}

fn names(sheet: &Sheet, w: &SheetWarning) -> String {
    let mut list = w.names.join(", ");
    if w.more > 0 {
        list.push_str(", ");
        list.push_str(&t(sheet.lang, &Msg::QuoteMore { count: w.more }));
    }
    list
}

fn line_text(sheet: &Sheet, l: &Line) -> String {
    let quantity = l.quantity;
    if l.total_raw.is_some() {
        t(sheet.lang, &Msg::CostLine { quantity, item: l.cost_item, unit: l.unit.clone(), total: l.total.clone() })
    } else {
        t(sheet.lang, &Msg::CostLineUnpriced { quantity, item: l.cost_item })
    }
}

fn plain(sheet: &Sheet) -> String {
    let w = &sheet.words;
    let mut out = vec![sheet.title.clone(), sheet.prepared.clone()];
    let pair =
        |label: &str, value: &str| t(sheet.lang, &Msg::LabelValue { label: label.to_owned(), value: value.to_owned() });
    out.extend(sheet.facts.iter().map(|r| pair(&r.label, &r.value)));
    let rows = |out: &mut Vec<String>, heading: &str, rows: &[Row]| {
        if !rows.is_empty() {
            out.push(String::new());
            out.push(heading.to_owned());
            out.extend(rows.iter().map(|r| format!("  {}", pair(&r.label, &r.value))));
        }
    };
    let list = |out: &mut Vec<String>, heading: &str, items: &mut dyn Iterator<Item = String>| {
        let items: Vec<String> = items.map(|i| format!("  - {i}")).collect();
        if !items.is_empty() {
            out.push(String::new());
            out.push(heading.to_owned());
            out.extend(items);
        }
    };
    rows(&mut out, &w.inputs, &sheet.inputs);
    rows(&mut out, &w.licenses, &sheet.licenses);
    rows(&mut out, &w.figures, &sheet.figures);
    out.push(String::new());
    out.push(w.lines.clone());
    out.extend(sheet.lines.iter().map(|l| format!("  {}", line_text(sheet, l))));
    out.push(format!("  {}", sheet.total));
    list(&mut out, &w.warnings, &mut sheet.warnings.iter().map(|x| warning_line(sheet, x)));
    list(&mut out, &w.watch, &mut sheet.watch.iter().cloned());
    list(&mut out, &w.editions, &mut sheet.editions.iter().cloned());
    list(&mut out, &w.assumptions, &mut sheet.assumptions.iter().cloned());
    if let Some(link) = &sheet.link {
        out.push(String::new());
        out.push(pair(&w.link, link));
    }
    out.join("\n")
}

/// Markdown that shows `text` as written: only what Markdown would read as formatting is
/// escaped (`2026-11-24` and `€10.50` stay as they are).
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    out.push_str(&text[..lead]);
    // What starts a block at the beginning of a line: headings, lists, quotes, numbered lists.
    let mut chars = trimmed.chars().peekable();
    if let Some(&c) = chars.peek() {
        if "#-+>=".contains(c) {
            out.push('\\');
        } else if c.is_ascii_digit() {
            let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
            if matches!(trimmed[digits.len()..].chars().next(), Some('.' | ')')) {
                out.push_str(&digits);
                out.push('\\');
                for _ in 0..digits.len() {
                    chars.next();
                }
            }
        }
    }
    for c in chars {
        if "\\`*_[]<>|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown(sheet: &Sheet) -> String {
    let w = &sheet.words;
    let e = |s: &str| md_escape(s);
    let mut out = vec![format!("## {}", e(&sheet.title)), String::new(), e(&sheet.prepared)];
    for r in &sheet.facts {
        out.push(String::new());
        out.push(t(sheet.lang, &Msg::LabelValue { label: e(&r.label), value: e(&r.value) }));
    }
    let table = |out: &mut Vec<String>, heading: &str, first: &str, second: &str, rows: &[Row]| {
        if !rows.is_empty() {
            out.push(String::new());
            out.push(format!("### {}", e(heading)));
            out.push(String::new());
            out.push(format!("| {} | {} |", e(first), e(second)));
            out.push("|---|---:|".to_owned());
            out.extend(rows.iter().map(|r| format!("| {} | {} |", e(&r.label), e(&r.value))));
        }
    };
    table(&mut out, &w.inputs, "", "", &sheet.inputs);
    table(&mut out, &w.licenses, &w.product, &w.quantity, &sheet.licenses);
    table(&mut out, &w.figures, "", "", &sheet.figures);
    out.push(String::new());
    out.push(format!("### {}", e(&w.lines)));
    out.push(String::new());
    out.push(format!("| {} | {} | {} | {} |", e(&w.item), e(&w.quantity), e(&w.unit), e(&w.monthly)));
    out.push("|---|---:|---:|---:|".to_owned());
    for l in &sheet.lines {
        out.push(format!("| {} | {} | {} | {} |", e(&l.item), e(&l.quantity_text), e(&l.unit), e(&l.total)));
    }
    out.push(String::new());
    out.push(format!("**{}**", e(&sheet.total)));
    let list = |out: &mut Vec<String>, heading: &str, items: Vec<String>| {
        if !items.is_empty() {
            out.push(String::new());
            out.push(format!("### {}", e(heading)));
            out.push(String::new());
            out.extend(items.iter().map(|i| format!("- {}", e(i))));
        }
    };
    list(&mut out, &w.warnings, sheet.warnings.iter().map(|x| warning_line(sheet, x)).collect());
    list(&mut out, &w.watch, sheet.watch.clone());
    list(&mut out, &w.editions, sheet.editions.clone());
    list(&mut out, &w.assumptions, sheet.assumptions.clone());
    if let Some(link) = &sheet.link {
        out.push(String::new());
        out.push(format!("[{}](<{}>)", e(&w.link), link.replace('>', "%3E")));
    }
    out.join("\n")
}

/// A spreadsheet cell: quoted when needed, and text that a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`, tab, return first) is kept as text.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv(sheet: &Sheet) -> String {
    let w = &sheet.words;
    let mut out = Vec::new();
    let mut row = |cells: [&str; 6]| {
        out.push(cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
    };
    row([&w.section, &w.item, &w.quantity, &w.unit, &w.monthly, &w.currency]);
    row([&sheet.title, &sheet.prepared, "", "", "", ""]);
    for (heading, rows) in [
        (&w.inputs, &sheet.facts),
        (&w.inputs, &sheet.inputs),
        (&w.licenses, &sheet.licenses),
        (&w.figures, &sheet.figures),
    ] {
        for r in rows {
            row([heading, &r.label, &r.raw, "", "", ""]);
        }
    }
    for l in &sheet.lines {
        let q = l.quantity.to_string();
        row([
            &w.lines,
            &l.item,
            &q,
            l.unit_raw.as_deref().unwrap_or(""),
            l.total_raw.as_deref().unwrap_or(""),
            &sheet.currency,
        ]);
    }
    row([&w.lines, &sheet.total, "", "", &sheet.total_monthly_raw, &sheet.currency]);
    for x in &sheet.warnings {
        row([&w.warnings, &warning_line(sheet, x), "", "", "", ""]);
    }
    for (heading, items) in
        [(&w.watch, &sheet.watch), (&w.editions, &sheet.editions), (&w.assumptions, &sheet.assumptions)]
    {
        for i in items {
            row([heading, i, "", "", "", ""]);
        }
    }
    if let Some(link) = &sheet.link {
        row([&w.link, link, "", "", "", ""]);
    }
    // CRLF: RFC 4180, and what spreadsheets expect.
    out.join("\r\n") + "\r\n"
}

/// Characters of the link shown on the sheet: the whole plan is in the link, its start is
/// enough to see what it is, and a PDF keeps the whole link behind it.
pub const LINK_SHOWN: usize = 90;

/// The sheet as HTML (one string: far smaller in the page than a tree of elements built one
/// by one). Every text goes through [`escape_html`].
fn html(sheet: &Sheet) -> String {
    use std::fmt::Write;
    let w = &sheet.words;
    let e = escape_html;
    let mut h = String::new();
    let _ = write!(
        h,
        "<h1 id=\"quote-title\">{}</h1><p data-testid=\"sheet-prepared\">{}</p>",
        e(&sheet.title),
        e(&sheet.prepared)
    );
    for r in &sheet.facts {
        // The language's colon and spacing around escaped text (the catalog's own
        // punctuation, nothing a user typed, stays unescaped).
        let label = format!("<strong>{}</strong>", e(&r.label));
        let _ =
            write!(h, "<p class=\"sheet-fact\">{}</p>", t(sheet.lang, &Msg::LabelValue { label, value: e(&r.value) }));
    }
    h.push_str("<div class=\"sheet-columns\">");
    for (heading, rows, id) in [
        (&w.inputs, &sheet.inputs, "sheet-inputs"),
        (&w.licenses, &sheet.licenses, "sheet-licenses"),
        (&w.figures, &sheet.figures, "sheet-figures"),
    ] {
        if rows.is_empty() {
            continue;
        }
        let _ = write!(
            h,
            "<section class=\"sheet-block\" data-testid=\"{id}\"><h3>{}</h3><table class=\"sheet-rows\">",
            e(heading)
        );
        for r in rows {
            let _ = write!(h, "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>", e(&r.label), e(&r.value));
        }
        h.push_str("</table></section>");
    }
    let _ = write!(
        h,
        "</div><section class=\"sheet-block\" data-testid=\"sheet-lines\"><h3>{}</h3><table class=\"sheet-lines\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        e(&w.lines),
        e(&w.item),
        e(&w.quantity),
        e(&w.unit),
        e(&w.monthly)
    );
    for l in &sheet.lines {
        let _ = write!(
            h,
            "<tr data-testid=\"sheet-line\" data-item=\"{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            l.id,
            e(&l.item),
            e(&l.quantity_text),
            e(&l.unit),
            e(&l.total)
        );
    }
    let _ = write!(
        h,
        "</tbody></table><p class=\"sheet-total\" data-testid=\"sheet-total\"><strong>{}</strong></p></section>",
        e(&sheet.total)
    );
    let warnings: Vec<String> = sheet
        .warnings
        .iter()
        .map(|x| {
            let mut li = format!("<li data-testid=\"{}\">{}", x.id, e(&x.text));
            if !x.names.is_empty() {
                let _ = write!(li, " ({}", e(&x.names.join(", ")));
                if x.more > 0 {
                    let _ = write!(
                        li,
                        ", <span data-testid=\"sheet-more\">{}</span>",
                        e(&t(sheet.lang, &Msg::QuoteMore { count: x.more }))
                    );
                }
                li.push(')');
            }
            li + "</li>"
        })
        .collect();
    let plain = |items: &[String]| items.iter().map(|i| format!("<li>{}</li>", e(i))).collect::<Vec<_>>();
    for (heading, items, id) in [
        (&w.warnings, warnings, "sheet-warnings"),
        (&w.watch, plain(&sheet.watch), "sheet-watch"),
        (&w.editions, plain(&sheet.editions), "sheet-editions"),
        (&w.assumptions, plain(&sheet.assumptions), "sheet-assumptions"),
    ] {
        if !items.is_empty() {
            let _ = write!(
                h,
                "<section class=\"sheet-block\" data-testid=\"{id}\"><h3>{}</h3><ul>{}</ul></section>",
                e(heading),
                items.concat()
            );
        }
    }
    if let Some(link) = &sheet.link {
        let shown: String = link.chars().take(LINK_SHOWN).collect();
        let more = if shown.len() < link.len() { "…" } else { "" };
        let anchor = format!("<a href=\"{}\">{}{more}</a>", e(link), e(&shown));
        let _ = write!(
            h,
            "<p class=\"sheet-link\" data-testid=\"sheet-link\">{}</p>",
            t(sheet.lang, &Msg::LabelValue { label: e(&w.link), value: anchor })
        );
    }
    h
}
