//! The quote sheet and its text, Markdown and CSV forms.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use resource_account_calculator::engine::{details, evaluate, Plan, Pricing, RuleEdition};
use resource_account_calculator::examples::{contoso_2019, contoso_2025, synthetic};
use resource_account_calculator::i18n::Lang;
use resource_account_calculator::quote::{md_escape, render, sheet, QuoteFormat, QuoteInput, Sheet, NAMES_SHOWN};

fn sheet_of(plan: &Plan, link: Option<&str>) -> Sheet {
    let out = evaluate(plan);
    let count = |n: u64| n.to_string();
    let money = |a: f64, c: &str| format!("{c} {a:.2}");
    let number = |n: f64| n.to_string();
    sheet(&QuoteInput {
        lang: Lang::En,
        plan,
        outcome: &out,
        warnings: &out.warnings,
        date: "2026-11-24",
        link,
        count: &count,
        money: &money,
        number: &number,
    })
}

#[test]
fn contoso_2019_quote_has_every_line_item_the_total_and_the_default_price_with_its_date() {
    let s = sheet_of(&contoso_2019(), Some("https://x.test/#plan=1.AA"));
    let items: Vec<(&str, u64, &str, &str)> =
        s.lines.iter().map(|l| (l.id, l.quantity, l.unit.as_str(), l.total.as_str())).collect();
    assert_eq!(
        items,
        [("free-resource-account", 85, "USD 0.00", "USD 0.00"), ("paid-phone-system", 5, "USD 8.00", "USD 40.00")]
    );
    let text = render(&s, QuoteFormat::Plain);
    for want in [
        "Teams Phone resource account licenses — Contoso",
        "2026-11-24",
        "2019 rules",
        "Free licenses: 85",
        "To pay for: 5",
        "5 × Phone System (Teams Phone Standard) licenses at USD 8.00 = USD 40.00 per month",
        "USD 40.00 per month, USD 480.00 per year",
        "seen 2025-01-24",
        "2025 rules",
        "https://x.test/#plan=1.AA",
    ] {
        assert!(text.contains(want), "{want} missing from:\n{text}");
    }
    assert!(s.licenses.iter().all(|r| r.raw != "0"), "no zero rows of the catalog");
}

#[test]
fn contoso_2025_quote_prices_resource_accounts_at_zero_and_names_no_stale_price() {
    let s = sheet_of(&contoso_2025(), None);
    assert_eq!(s.lines.len(), 1);
    assert_eq!(
        (s.lines[0].id, s.lines[0].quantity, s.lines[0].unit.as_str()),
        ("free-resource-account", 90, "USD 0.00")
    );
    let text = render(&s, QuoteFormat::Plain);
    assert!(!text.contains("8.00"), "no Teams Phone Standard price where nothing is paid for it:\n{text}");
    assert!(text.contains("Auto attendants: "), "{text}");
}

#[test]
fn nothing_to_pay_never_hides_a_warning() {
    let mut plan = contoso_2025();
    Rc::make_mut(&mut plan.call_flows[0]).resource_accounts[0].phone_number = Some("+1 425 555 01x0".into());
    let s = sheet_of(&plan, None);
    assert!(s.warnings.iter().any(|w| w.id == "warn-invalid-numbers"));
    assert!(s.total.starts_with("Nothing to pay, but check"), "{}", s.total);
}

#[test]
fn long_lists_say_how_many_more() {
    let mut plan = synthetic(200);
    plan.rules = RuleEdition::E2025;
    for n in plan.call_flows.iter_mut() {
        for ra in &mut Rc::make_mut(n).resource_accounts {
            ra.toll_free = true;
        }
    }
    let s = sheet_of(&plan, None);
    let total = evaluate(&plan).paid_side.toll_free;
    assert!(total > 2 * NAMES_SHOWN as u64);
    let w = s.warnings.iter().find(|w| w.id == "warn-toll-free").expect("toll-free warning");
    assert_eq!(w.names.len(), NAMES_SHOWN);
    assert_eq!(w.more, total - NAMES_SHOWN as u64);
    assert!(render(&s, QuoteFormat::Plain).contains(&format!("+{} more", total - NAMES_SHOWN as u64)));
    assert!(s.watch.iter().any(|l| l.contains("toll-free")), "{:?}", s.watch);
}

#[test]
fn markdown_escapes_only_what_markdown_would_read() {
    assert_eq!(md_escape("Prepared 2026-11-24 at €10.50 (a.b)"), "Prepared 2026-11-24 at €10.50 (a.b)");
    assert_eq!(md_escape("# not a heading"), "\\# not a heading");
    assert_eq!(md_escape("- not a list"), "\\- not a list");
    assert_eq!(md_escape("2026. not a list"), "2026\\. not a list");
    assert_eq!(md_escape("a|b *c* _d_ [e](f) <g>"), "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\>");
    let mut plan = contoso_2019();
    plan.customer = Some("Fabrikam | *Ltd*".into());
    plan.pricing = Pricing { currency: "EUR".into(), paid_license_monthly: Some(10.5), calling_plan_monthly: None };
    let md = render(&sheet_of(&plan, Some("https://x.test/#plan=1.A>B")), QuoteFormat::Markdown);
    assert!(md.contains("## Teams Phone resource account licenses — Fabrikam \\| \\*Ltd\\*"), "{md}");
    assert!(md.contains("Prepared 2026-11-24"), "{md}");
    assert!(md.contains("| Phone System (Teams Phone Standard) licenses | 5 | EUR 10.50 | EUR 52.50 |"), "{md}");
    assert!(md.contains("[Open this plan in the calculator](<https://x.test/#plan=1.A%3EB>)"), "{md}");
}

#[test]
fn csv_has_one_row_per_line_item_raw_numbers_and_no_formulas() {
    let mut plan = contoso_2019();
    plan.customer = Some("=HYPERLINK(\"http://evil\",\"x\"), Inc".into());
    let csv = render(&sheet_of(&plan, None), QuoteFormat::Csv);
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(rows[0], "Section,Item,Quantity,Unit price per month,Per month,Currency");
    assert!(rows.contains(&"Line items,Teams Phone Resource Account licenses (no cost),85,0,0,USD"), "{csv}");
    assert!(rows.contains(&"Line items,Phone System (Teams Phone Standard) licenses,5,8,40,USD"), "{csv}");
    assert!(csv.contains("Based on,Customer or tenant,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), Inc\","), "{csv}");
    assert!(!csv.contains(",=") && !csv.contains("\n="), "no cell starts a formula: {csv}");
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn the_sheet_uses_the_warnings_it_is_given() {
    let plan = contoso_2025();
    let out = evaluate(&plan);
    let (warnings, _) = details(&plan, &out);
    assert_eq!(warnings, out.warnings);
}

#[test]
fn the_html_sheet_escapes_every_text() {
    let mut plan = contoso_2025();
    plan.customer = Some("<img src=x onerror=alert(1)> & \"Co\" 'x'".into());
    let node = Rc::make_mut(&mut plan.call_flows[0]);
    node.resource_accounts[0].display_name = "</li><script>alert(2)</script>".into();
    node.resource_accounts[0].phone_number = Some("+1 425 bad".into());
    let html = render(&sheet_of(&plan, Some("https://x.test/?a=1&b=\"2\"#plan=<x>")), QuoteFormat::Html);
    assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("=<x>"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot; &#39;x&#39;"), "{html}");
    assert!(html.contains("&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), "{html}");
    assert!(html.contains("href=\"https://x.test/?a=1&amp;b=&quot;2&quot;#plan=&lt;x&gt;\""), "{html}");
    // Every tag the sheet writes is one of its own.
    let tags: std::collections::BTreeSet<&str> =
        html.split('<').skip(1).map(|t| t.split([' ', '>']).next().unwrap_or("").trim_start_matches('/')).collect();
    let allowed = [
        "h1", "p", "strong", "div", "section", "h3", "table", "tr", "th", "td", "thead", "tbody", "ul", "li", "span",
        "a",
    ];
    assert!(tags.iter().all(|t| allowed.contains(t)), "{tags:?}");
}

#[test]
fn under_2025_the_quote_orders_what_the_steps_get_and_never_minus_zero() {
    use resource_account_calculator::engine::Step;
    let plan = resource_account_calculator::examples::contoso_nested_2025();
    let out = evaluate(&plan);
    let f = out.figures;
    assert!(f.accounts_removable > 0);
    let s = sheet_of(&plan, None);
    assert_eq!(s.lines[0].quantity, f.accounts_needing_license - f.accounts_removable);
    let acquire = out.steps.iter().find_map(|st| match st {
        Step::AcquireFreeLicenses { quantity, already_owned, .. } => Some(quantity + already_owned),
        _ => None,
    });
    assert_eq!(acquire, Some(s.lines[0].quantity));
    let empty = evaluate(&Plan::default());
    assert!(empty.cost.monthly.is_sign_positive() && empty.editions.iter().all(|e| e.cost.monthly.is_sign_positive()));
}

#[test]
fn a_total_without_every_price_says_so() {
    let mut plan = contoso_2025();
    Rc::make_mut(&mut plan.call_flows[0]).resource_accounts[0].outbound_caller_id = true;
    let s = sheet_of(&plan, None);
    assert!(s.lines.iter().any(|l| l.id == "calling-plan" && l.total_raw.is_none()));
    assert!(s.total.contains("Not included yet"), "{}", s.total);
}
