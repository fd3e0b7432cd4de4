//! The generated PowerShell (engine::script). PowerShell is not run here, so the text is
//! tested: golden files a reviewer reads (`UPDATE_GOLDEN=1 cargo test --test script`
//! rewrites tests/golden/script/*.ps1), a small PowerShell lexer that shows user text only
//! ever inside single-quoted strings, and the data tables checked row by row against the
//! engine's steps.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;

use resource_account_calculator::engine::country::{iso_country, prefixes};
use resource_account_calculator::engine::plan::{check_upn, has_control_characters, roots};
use resource_account_calculator::engine::script::{powershell, quote, ScriptHeader, Template};
use resource_account_calculator::engine::*;
use resource_account_calculator::examples::{contoso_2019, contoso_2025, contoso_nested_2025, synthetic};
use resource_account_calculator::state::*;

const DATE: &str = "2025-06-01";

/// The script's text besides the plan, as the page fetches it.
const TEMPLATE: &Template = &Template {
    script: include_str!("../assets/script/powershell-template.txt"),
    calling_codes: include_str!("../assets/script/calling-codes.txt"),
};

fn script(plan: &Plan) -> String {
    let out = evaluate(plan);
    powershell(plan, &out.steps, &ScriptHeader { customer: plan.customer.as_deref(), date: DATE }, TEMPLATE)
}

// ---------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------

fn ra(name: &str, upn: &str) -> ResourceAccount {
    ResourceAccount { display_name: name.into(), user_principal_name: Some(upn.into()), ..ResourceAccount::default() }
}

fn numbered(name: &str, upn: &str, number: &str, ty: Option<NumberType>) -> ResourceAccount {
    ResourceAccount { phone_number: Some(number.into()), number_type: ty, ..ra(name, upn) }
}

fn node(kind: NodeKind, name: &str, accounts: Vec<ResourceAccount>, children: Vec<CallFlowNode>) -> CallFlowNode {
    CallFlowNode { kind, name: name.into(), resource_accounts: accounts, children }
}

fn plan(rules: RuleEdition, customer: &str, licenses: &[(&str, u32)], call_flows: Vec<CallFlowNode>) -> Plan {
    Plan {
        rules,
        customer: Some(customer.into()),
        licenses: licenses.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect(),
        call_flows: roots(call_flows),
        ..Plan::default()
    }
}

/// 2025, German numbers: a main line whose nested queues can drop their accounts (one
/// exists already, one is not created), a nested queue with a number and a nested AA that
/// dials out (both keep their accounts), and a top-level queue without a number.
fn nested_2025() -> Plan {
    let support = ResourceAccount {
        current_license: CurrentLicense::ResourceAccount,
        ..ra("Support CQ", "cq-support@fabrikam.de")
    };
    let after_hours = ResourceAccount { outbound_caller_id: true, ..ra("After hours AA", "aa-afterhours@fabrikam.de") };
    plan(
        RuleEdition::E2025,
        "Fabrikam",
        &[("SPE_E5", 100)],
        vec![
            node(
                NodeKind::AutoAttendant,
                "Main line",
                vec![numbered(
                    "Main line AA",
                    "aa-main@fabrikam.de",
                    "+49 30 1234 5670",
                    Some(NumberType::DirectRouting),
                )],
                vec![
                    node(NodeKind::CallQueue, "Sales", vec![ra("Sales CQ", "cq-sales@fabrikam.de")], vec![]),
                    node(NodeKind::CallQueue, "Support", vec![support], vec![]),
                    node(
                        NodeKind::CallQueue,
                        "Billing",
                        vec![numbered(
                            "Billing CQ",
                            "cq-billing@fabrikam.de",
                            "+49 30 1234 5671",
                            Some(NumberType::DirectRouting),
                        )],
                        vec![],
                    ),
                    node(NodeKind::AutoAttendant, "After hours", vec![after_hours], vec![]),
                ],
            ),
            node(NodeKind::CallQueue, "Callback queue", vec![ra("Callback CQ", "cq-callback@fabrikam.de")], vec![]),
        ],
    )
}

/// 2019 in an E5 tenant: accounts on a paid Phone System license that the free allotment
/// covers switch to the free license in one operation; an account without a number needs
/// none.
fn swap_2019() -> Plan {
    let on_phone_system = |name: &str, upn: &str, number: &str| ResourceAccount {
        current_license: CurrentLicense::PhoneSystem,
        ..numbered(name, upn, number, Some(NumberType::CallingPlan))
    };
    plan(
        RuleEdition::E2019,
        "Contoso",
        &[("SPE_E5", 600)],
        vec![
            node(
                NodeKind::AutoAttendant,
                "Contoso main",
                vec![on_phone_system("Contoso main", "main@contoso.com", "+1 425 555 0100")],
                vec![node(
                    NodeKind::CallQueue,
                    "Contoso sales",
                    vec![ra("Contoso sales", "sales@contoso.com")],
                    vec![],
                )],
            ),
            node(
                NodeKind::CallQueue,
                "Contoso support",
                vec![on_phone_system("Contoso support", "support@contoso.com", "+1 425 555 0101")],
                vec![],
            ),
            node(
                NodeKind::AutoAttendant,
                "Contoso new",
                vec![numbered("Contoso new", "new@contoso.com", "+1 425 555 0102", Some(NumberType::CallingPlan))],
                vec![],
            ),
        ],
    )
}

/// Dial-out with each number type, none, a toll-free number, a number without type, and
/// numbers of several countries (usage locations US, GB, FR, IT, TW).
fn dial_out_2025() -> Plan {
    let out = |a: ResourceAccount| ResourceAccount { outbound_caller_id: true, ..a };
    let mut p = plan(
        RuleEdition::E2025,
        "Northwind",
        &[("SPE_E5", 200), ("Microsoft_Teams_Calling_Plan_pay_as_you_go_(country_zone_1)", 1)],
        vec![
            node(
                NodeKind::CallQueue,
                "Sales",
                vec![out(numbered("Sales", "sales@northwind.com", "+1 425 555 0100", Some(NumberType::CallingPlan)))],
                vec![],
            ),
            node(
                NodeKind::CallQueue,
                "Support UK",
                vec![out(numbered(
                    "Support UK",
                    "support-uk@northwind.com",
                    "+44 20 7946 0000;ext=12",
                    Some(NumberType::DirectRouting),
                ))],
                vec![],
            ),
            node(
                NodeKind::AutoAttendant,
                "Orders FR",
                vec![out(numbered(
                    "Orders FR",
                    "orders-fr@northwind.com",
                    "+33 1 23 45 67 89",
                    Some(NumberType::OperatorConnect),
                ))],
                vec![],
            ),
            node(NodeKind::CallQueue, "Helpdesk", vec![out(ra("Helpdesk", "helpdesk@northwind.com"))], vec![]),
            node(
                NodeKind::AutoAttendant,
                "Free line",
                vec![ResourceAccount {
                    toll_free: true,
                    ..numbered("Free line", "tollfree@northwind.com", "+1 800 555 0199", Some(NumberType::CallingPlan))
                }],
                vec![],
            ),
            node(
                NodeKind::AutoAttendant,
                "Roma",
                vec![numbered("Roma", "roma@northwind.com", "+39 06 1234 5678", None)],
                vec![],
            ),
            node(
                NodeKind::CallQueue,
                "Taipei",
                vec![numbered("Taipei", "taipei@northwind.com", "+886 2 1234 5678", Some(NumberType::OperatorConnect))],
                vec![],
            ),
        ],
    );
    p.channel = Channel::Partner;
    p
}

/// Text that would run as code anywhere but in a single-quoted string.
const EVIL_NAME: &str = "O'Neil’s ‘line’ ‚x‛ $(Remove-Item x) `whoami` \"q\" #> ; <# a";
const EVIL_DISPLAY: &str = "Zürich Empfang 接待 ${env:TEMP} @(1) & | > x";
const EVIL_UPN: &str = "o'ne`il$(x)#@contoso.com";
const EVIL_CUSTOMER: &str = "Contoso ’Ops‘ $(Remove-Item C:\\ -Recurse) #> `n";
const EVIL_NESTED: &str = "Queue \"$x\" '; Remove-Item y; '";

/// Names with quotes, `$`, backticks, comment markers, non-ASCII; and text with control
/// characters, which is left out.
fn hostile_names() -> Plan {
    names_plan(EVIL_CUSTOMER, EVIL_NAME, EVIL_DISPLAY, EVIL_UPN, EVIL_NESTED)
}

/// The plan of [`hostile_names`] with the given customer, AA name, account name and user
/// principal name, and nested queue name; the other call flows as there.
fn names_plan(customer: &str, name: &str, display: &str, upn: &str, nested: &str) -> Plan {
    plan(
        RuleEdition::E2025,
        customer,
        &[("SPE_E5", 10)],
        vec![
            node(
                NodeKind::AutoAttendant,
                name,
                vec![numbered(display, upn, "+41 44 668 18 00", Some(NumberType::OperatorConnect))],
                vec![node(NodeKind::CallQueue, nested, vec![ra("Nested", "nested@contoso.com")], vec![])],
            ),
            node(NodeKind::CallQueue, "Tab\tname", vec![ra("Bad\u{0085}name", "bad@contoso.com")], vec![]),
            node(
                NodeKind::CallQueue,
                "No UPN",
                vec![ResourceAccount { display_name: "No UPN".into(), ..ResourceAccount::default() }],
                vec![],
            ),
            node(NodeKind::CallQueue, "Bad UPN", vec![ra("Bad UPN", "not an upn")], vec![]),
        ],
    )
}

/// No numbers at all: no usage location can be derived, and none is invented.
fn no_numbers_2025() -> Plan {
    plan(
        RuleEdition::E2025,
        "Tailspin",
        &[("SPE_E5", 20)],
        vec![
            node(NodeKind::AutoAttendant, "Reception", vec![ra("Reception", "reception@tailspin.com")], vec![]),
            node(NodeKind::CallQueue, "Service", vec![ra("Service", "service@tailspin.com")], vec![]),
        ],
    )
}

/// 2019 with 26 numbered accounts and one Teams Phone license: 25 free, one paid Phone
/// System license to assign.
fn paid_2019() -> Plan {
    let flows = (1..=26)
        .map(|i| {
            node(
                NodeKind::CallQueue,
                &format!("Queue {i}"),
                vec![numbered(
                    &format!("Queue {i}"),
                    &format!("q{i}@contoso.com"),
                    &format!("+1 425 555 {:04}", 2000 + i),
                    Some(NumberType::CallingPlan),
                )],
                vec![],
            )
        })
        .collect();
    plan(RuleEdition::E2019, "Contoso", &[("MCOEV", 1)], flows)
}

fn golden_plans() -> Vec<(&'static str, Plan)> {
    vec![
        ("contoso-2025", contoso_2025()),
        ("nested-2025", nested_2025()),
        ("swap-2019", swap_2019()),
        ("dial-out-2025", dial_out_2025()),
        ("hostile-names", hostile_names()),
        ("no-numbers-2025", no_numbers_2025()),
    ]
}

// ---------------------------------------------------------------------------------------
// Golden files
// ---------------------------------------------------------------------------------------

#[test]
fn scripts_match_the_reviewed_golden_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/script");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    if update {
        std::fs::create_dir_all(dir).unwrap();
    }
    for (name, plan) in golden_plans() {
        let got = script(&plan);
        let path = format!("{dir}/{name}.ps1");
        if update {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{path} is missing: UPDATE_GOLDEN=1 cargo test --test script writes it"));
        if got != want {
            let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
            let at = g.iter().zip(&w).position(|(a, b)| a != b).unwrap_or(g.len().min(w.len()));
            panic!(
                "{path} differs first at line {}:\n- golden:    {:?}\n+ generated: {:?}\n({} lines generated, {} golden; UPDATE_GOLDEN=1 rewrites it, then review the diff)",
                at + 1,
                w.get(at),
                g.get(at),
                g.len(),
                w.len()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// A PowerShell lexer: enough of about_Parsing and about_Quoting_Rules to tell code,
// comments and each kind of string apart.
// ---------------------------------------------------------------------------------------

const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];
const DOUBLE_QUOTES: [char; 4] = ['"', '\u{201C}', '\u{201D}', '\u{201E}'];
const PUNCTUATION: [char; 11] = ['(', ')', '{', '}', '[', ']', ';', ',', '|', '@', '='];

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Newline,
    LineComment(String),
    BlockComment(String),
    /// A single-quoted string and its value (quotes undoubled).
    Single(String),
    /// A double-quoted (expandable) string, as written.
    Double(String),
    HereString(String),
    /// `$name`, `${name}`, or `$(` (a subexpression).
    Variable(String),
    Punct(char),
    Word(String),
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |i: usize| c.get(i).copied();
    while let Some(ch) = at(i) {
        match ch {
            '\n' => {
                out.push(Tok::Newline);
                i += 1;
            }
            w if w.is_whitespace() || w == '\u{FEFF}' => i += 1,
            '<' if at(i + 1) == Some('#') => {
                let start = i + 2;
                let mut j = start;
                while !(at(j) == Some('#') && at(j + 1) == Some('>')) {
                    if at(j).is_none() {
                        return Err(format!("unterminated block comment at char {i}"));
                    }
                    j += 1;
                }
                out.push(Tok::BlockComment(c[start..j].iter().collect()));
                i = j + 2;
            }
            '#' => {
                let mut j = i;
                while at(j).is_some_and(|x| x != '\n') {
                    j += 1;
                }
                out.push(Tok::LineComment(c[i..j].iter().collect()));
                i = j;
            }
            '@' if at(i + 1).is_some_and(|q| SINGLE_QUOTES.contains(&q) || DOUBLE_QUOTES.contains(&q))
                && matches!(at(i + 2), Some('\n' | '\r')) =>
            {
                let mut j = i + 2;
                loop {
                    match at(j) {
                        None => return Err(format!("unterminated here-string at char {i}")),
                        Some('\n') if at(j + 1).is_some_and(|q| q == c[i + 1]) && at(j + 2) == Some('@') => break,
                        _ => j += 1,
                    }
                }
                out.push(Tok::HereString(c[i..j + 3].iter().collect()));
                i = j + 3;
            }
            q if SINGLE_QUOTES.contains(&q) => {
                let mut value = String::new();
                i += 1;
                loop {
                    let Some(d) = at(i) else { return Err("unterminated single-quoted string".into()) };
                    if SINGLE_QUOTES.contains(&d) {
                        if let Some(e) = at(i + 1).filter(|e| SINGLE_QUOTES.contains(e)) {
                            value.push(e);
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    value.push(d);
                    i += 1;
                }
                out.push(Tok::Single(value));
            }
            q if DOUBLE_QUOTES.contains(&q) => {
                let start = i;
                i += 1;
                loop {
                    let Some(d) = at(i) else { return Err("unterminated double-quoted string".into()) };
                    if d == '`' {
                        i += 2;
                    } else if DOUBLE_QUOTES.contains(&d) {
                        if at(i + 1).is_some_and(|e| DOUBLE_QUOTES.contains(&e)) {
                            i += 2;
                        } else {
                            i += 1;
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                out.push(Tok::Double(c[start..i].iter().collect()));
            }
            '$' => {
                let start = i;
                match at(i + 1) {
                    Some('(') => i += 2,
                    Some('{') => {
                        while at(i).is_some_and(|x| x != '}') {
                            i += 1;
                        }
                        i += 1;
                    }
                    _ => {
                        i += 1;
                        while at(i).is_some_and(|x| x.is_alphanumeric() || matches!(x, '_' | ':' | '?' | '^')) {
                            i += 1;
                        }
                    }
                }
                out.push(Tok::Variable(c[start..i.min(c.len())].iter().collect()));
            }
            p if PUNCTUATION.contains(&p) => {
                out.push(Tok::Punct(p));
                i += 1;
            }
            _ => {
                let start = i;
                while let Some(x) = at(i) {
                    if x == '`' {
                        i += 2;
                        continue;
                    }
                    if x.is_whitespace()
                        || SINGLE_QUOTES.contains(&x)
                        || DOUBLE_QUOTES.contains(&x)
                        || PUNCTUATION.contains(&x)
                        || x == '$'
                    {
                        break;
                    }
                    i += 1;
                }
                out.push(Tok::Word(c[start..i.min(c.len())].iter().collect()));
            }
        }
    }
    Ok(out)
}

/// The script's structure: every token, with each single-quoted string's value hidden.
fn skeleton(tokens: &[Tok]) -> Vec<Tok> {
    tokens.iter().map(|t| if let Tok::Single(_) = t { Tok::Single(String::new()) } else { t.clone() }).collect()
}

fn singles(tokens: &[Tok]) -> Vec<&str> {
    tokens.iter().filter_map(|t| if let Tok::Single(v) = t { Some(v.as_str()) } else { None }).collect()
}

/// The text of every token that is not a single-quoted string.
fn outside_singles(tokens: &[Tok]) -> Vec<&str> {
    tokens
        .iter()
        .filter_map(|t| match t {
            Tok::LineComment(x)
            | Tok::BlockComment(x)
            | Tok::Double(x)
            | Tok::HereString(x)
            | Tok::Variable(x)
            | Tok::Word(x) => Some(x.as_str()),
            _ => None,
        })
        .collect()
}

/// The invariant: `user` appears only as the whole value of single-quoted strings (at
/// least once), and there is nothing expandable in the script.
fn assert_only_in_single_quotes(script: &str, user: &[&str]) {
    let tokens = lex(script).unwrap_or_else(|e| panic!("{e}\n{script}"));
    for t in &tokens {
        assert!(!matches!(t, Tok::Double(_) | Tok::HereString(_)), "no expandable strings: {t:?}");
        assert!(t != &Tok::Variable("$(".into()), "no subexpressions");
    }
    let values = singles(&tokens);
    for u in user {
        assert!(values.contains(u), "{u:?} is the value of a single-quoted string");
        for v in &values {
            assert!(v == u || !v.contains(u) || u.len() < 4, "{u:?} is a whole string, not part of {v:?}");
        }
        for x in outside_singles(&tokens) {
            assert!(!x.contains(u), "{u:?} outside single quotes, in {x:?}");
        }
    }
}

#[test]
fn the_lexer_reads_each_kind_of_token() {
    let t = lex("a 'b''c’’d' \"e`\"f\" # g\n<# h #> $i.j @{ k = ${l} } $(m) @'\nn\n'@").unwrap();
    assert_eq!(
        t,
        vec![
            Tok::Word("a".into()),
            Tok::Single("b'c’d".into()),
            Tok::Double("\"e`\"f\"".into()),
            Tok::LineComment("# g".into()),
            Tok::Newline,
            Tok::BlockComment(" h ".into()),
            Tok::Variable("$i".into()),
            Tok::Word(".j".into()),
            Tok::Punct('@'),
            Tok::Punct('{'),
            Tok::Word("k".into()),
            Tok::Punct('='),
            Tok::Variable("${l}".into()),
            Tok::Punct('}'),
            Tok::Variable("$(".into()),
            Tok::Word("m".into()),
            Tok::Punct(')'),
            Tok::HereString("@'\nn\n'@".into()),
        ]
    );
    assert!(lex("'open").is_err());
}

#[test]
fn user_text_is_only_ever_a_whole_single_quoted_string() {
    let s = script(&hostile_names());
    assert_only_in_single_quotes(&s, &[EVIL_NAME, EVIL_DISPLAY, EVIL_UPN, EVIL_CUSTOMER, EVIL_NESTED]);
    // The same plan with plain names has the same structure, token for token.
    let plain = names_plan("P", "A", "D", "u@contoso.com", "N");
    assert_eq!(skeleton(&lex(&s).unwrap()), skeleton(&lex(&script(&plain)).unwrap()));
}

#[test]
fn text_with_control_characters_and_unusable_accounts_are_left_out_and_named_by_position() {
    let s = script(&hostile_names());
    for gone in ["Tab\tname", "Bad\u{0085}name", "No UPN", "Bad UPN", "not an upn"] {
        assert!(!s.contains(gone), "{gone:?} is left out");
    }
    assert!(s.contains("    @{ Missing = 'call flow 3 account 1' }  # needs a user principal name"), "{s}");
    assert!(s.contains("    @{ Missing = 'call flow 4 account 1' }"));
    assert!(s.contains("    @{ Missing = 'call flow 5 account 1' }"));
    // The customer with control characters is left out too.
    let mut p = no_numbers_2025();
    p.customer = Some("Bad\ncustomer".into());
    let s = script(&p);
    assert!(s.contains("$PlanName = $null  # left out"), "{s}");
    assert!(!s.contains("customer"));
    // A nested node whose name has control characters.
    let p = plan(
        RuleEdition::E2025,
        "X",
        &[("SPE_E5", 10)],
        vec![node(
            NodeKind::AutoAttendant,
            "Top",
            vec![numbered("Top", "top@x.com", "+1 425 555 0100", Some(NumberType::CallingPlan))],
            vec![node(NodeKind::CallQueue, "Bad\u{7}queue", vec![ra("Q", "q@x.com")], vec![])],
        )],
    );
    let s = script(&p);
    assert!(s.contains("    @{ Missing = 'call flow 2' }  # its name has control characters"), "{s}");
    assert!(!s.contains("queue'"));
}

/// Characters rich in quotes, `$`, backticks, comment and redirection marks, dashes,
/// separators and non-ASCII.
fn tricky_text() -> impl Strategy<Value = String> {
    let chars: Vec<char> = "'‘’‚‛\"“”„$()`#<>;{}@|&=,.-–—\\ aZ0äß中😀\u{2028}\u{2029}\u{00A0}".chars().collect();
    proptest::collection::vec(proptest::sample::select(chars), 0..24).prop_map(|v| v.into_iter().collect())
}

/// A user principal name's local part: tricky text without white space or `@`.
fn tricky_upn() -> impl Strategy<Value = String> {
    let chars: Vec<char> = "'‘’‚‛\"“”„$()`#<>;{}|&=-–—\\aZ0äß中".chars().collect();
    proptest::collection::vec(proptest::sample::select(chars), 1..16)
        .prop_map(|v| format!("{}@contoso.com", v.into_iter().collect::<String>()))
}

fn one_of_each(customer: &str, aa: &str, display: &str, upn: &str, nested: &str) -> Plan {
    plan(
        RuleEdition::E2025,
        customer,
        &[("SPE_E5", 10)],
        vec![node(
            NodeKind::AutoAttendant,
            aa,
            vec![ResourceAccount {
                outbound_caller_id: true,
                ..numbered(display, upn, "+1 425 555 0100", Some(NumberType::DirectRouting))
            }],
            vec![node(
                NodeKind::CallQueue,
                nested,
                vec![ResourceAccount { current_license: CurrentLicense::ResourceAccount, ..ra(display, upn) }],
                vec![],
            )],
        )],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_stays_a_single_quoted_string(
        customer in tricky_text(), aa in tricky_text(), display in tricky_text(), upn in tricky_upn(), nested in tricky_text()
    ) {
        prop_assume!(check_upn(&upn).is_ok());
        let s = script(&one_of_each(&customer, &aa, &display, &upn, &nested));
        let tokens = lex(&s).map_err(|e| TestCaseError::fail(format!("{e}\n{s}")))?;
        let plain = script(&one_of_each("c", "a", "d", "u@contoso.com", "n"));
        prop_assert_eq!(skeleton(&tokens), skeleton(&lex(&plain).unwrap()), "user text changed the script's structure");
        let values = singles(&tokens);
        for u in [&customer, &aa, &display, &upn, &nested] {
            prop_assert!(values.contains(&u.as_str()), "{:?} is a whole single-quoted string", u);
        }
        for t in &tokens {
            prop_assert!(!matches!(t, Tok::Double(_) | Tok::HereString(_)));
        }
    }
}

// ---------------------------------------------------------------------------------------
// The data tables, row by row
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Val {
    Str(String),
    Null,
    Bool(bool),
}

type Row = BTreeMap<String, Val>;

/// The rows of `$name = @( … )`.
fn table(script: &str, name: &str) -> Vec<Row> {
    let opener = format!("\n{name} = @(\n");
    let start = script.find(&opener).unwrap_or_else(|| panic!("no table {name}")) + opener.len();
    let end = if script[start..].starts_with(")\n") {
        start
    } else {
        start + script[start..].find("\n)\n").expect("the table ends")
    };
    let mut rows = Vec::new();
    for line in script[start..end].lines() {
        let t = lex(line).unwrap();
        assert_eq!(&t[..2], &[Tok::Punct('@'), Tok::Punct('{')], "{line}");
        let mut row = Row::new();
        let mut i = 2;
        while t[i] != Tok::Punct('}') {
            let Tok::Word(key) = &t[i] else { panic!("a key in {line}") };
            assert_eq!(t[i + 1], Tok::Punct('='));
            let value = match &t[i + 2] {
                Tok::Single(v) => Val::Str(v.clone()),
                Tok::Variable(v) if v == "$null" => Val::Null,
                Tok::Variable(v) if v == "$true" => Val::Bool(true),
                Tok::Variable(v) if v == "$false" => Val::Bool(false),
                other => panic!("a value in {line}: {other:?}"),
            };
            row.insert(key.clone(), value);
            i += 3;
            if t[i] == Tok::Punct(';') {
                i += 1;
            }
        }
        assert!(t[i + 1..].iter().all(|x| matches!(x, Tok::LineComment(_))), "{line}");
        rows.push(row);
    }
    rows
}

fn q(v: &str) -> Val {
    Val::Str(v.into())
}

fn row(pairs: &[(&str, Val)]) -> Row {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
}

fn kind(k: NodeKind) -> &'static str {
    match k {
        NodeKind::AutoAttendant => "AutoAttendant",
        NodeKind::CallQueue => "CallQueue",
    }
}

/// What the tables must hold for a plan, from its steps.
fn assert_tables_follow_the_steps(plan: &Plan) {
    let out = evaluate(plan);
    let script = powershell(plan, &out.steps, &ScriptHeader { customer: None, date: DATE }, TEMPLATE);
    let nodes = flatten(&plan.call_flows);
    let account = |at: AccountRef| &nodes[at.node as usize].node.resource_accounts[at.account as usize];
    let usable = |at: AccountRef| {
        let r = account(at);
        let upn = r.user_principal_name.as_deref().filter(|u| check_upn(u).is_ok() && !has_control_characters(u))?;
        (!has_control_characters(&r.display_name)).then(|| upn.to_owned())
    };
    let missing =
        |at: AccountRef| row(&[("Missing", q(&format!("call flow {} account {}", at.node + 1, at.account + 1)))]);
    let (mut create, mut licenses, mut numbers, mut dial_out, mut associations, mut nested) =
        (Vec::new(), BTreeMap::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut dropped = Vec::new();
    for step in &out.steps {
        match step {
            Step::CreateResourceAccounts { accounts } => {
                for (at, k) in accounts {
                    create.push(match usable(*at) {
                        Some(u) => row(&[
                            ("Upn", q(&u)),
                            ("DisplayName", q(&account(*at).display_name)),
                            ("Kind", q(kind(*k))),
                        ]),
                        None => missing(*at),
                    });
                }
            }
            Step::AssignLicenses { assignments } => {
                for a in assignments {
                    let license = match a.license {
                        LicenseToAssign::PhoneSystem => "PhoneSystem",
                        _ => "ResourceAccount",
                    };
                    licenses.insert(a.at, (Some((license, a.replaces_phone_system)), false));
                }
            }
            Step::AssignPhoneNumbers { accounts } => {
                for (at, ty) in accounts {
                    let r = account(*at);
                    numbers.push(match usable(*at) {
                        Some(u) => row(&[
                            ("Upn", q(&u)),
                            ("Number", q(&PhoneNumber::parse(r.phone_text().unwrap()).unwrap().normalized())),
                            ("NumberType", ty.map_or(Val::Null, |t| q(t.powershell_name()))),
                            ("TollFree", Val::Bool(r.toll_free)),
                        ]),
                        None => missing(*at),
                    });
                }
            }
            Step::SetUpPstnUse { accounts } => {
                for (at, need) in accounts {
                    if *need == PstnNeed::CallingPlanLicense {
                        licenses.entry(*at).or_insert((None, false)).1 = true;
                    }
                    dial_out.push(match usable(*at) {
                        Some(u) => row(&[("Upn", q(&u)), ("Need", q(&format!("{need:?}")))]),
                        None => missing(*at),
                    });
                }
            }
            Step::AssociateWithCallFlows { accounts } => {
                for at in accounts {
                    let n = nodes[at.node as usize].node;
                    associations.push(match usable(*at).filter(|_| !has_control_characters(&n.name)) {
                        Some(u) => row(&[("Upn", q(&u)), ("Kind", q(kind(n.kind))), ("Target", q(&n.name))]),
                        None => missing(*at),
                    });
                }
            }
            Step::TargetNestedDirectly { accounts } => {
                for d in accounts {
                    dropped.push(account(d.at).user_principal_name.clone());
                    let flat = &nodes[d.at.node as usize];
                    let parent = flat.parent.map(|p| nodes[p as usize].node.name.clone());
                    nested.push(row(&[
                        ("Kind", q(kind(flat.node.kind))),
                        ("Name", q(&flat.node.name)),
                        ("Parent", parent.map_or(Val::Null, |p| q(&p))),
                        ("Exists", Val::Bool(d.exists)),
                        ("Upn", usable(d.at).map_or(Val::Null, |u| q(&u))),
                    ]));
                }
            }
            _ => {}
        }
    }
    assert_eq!(table(&script, "$create"), create, "phase 1: exactly the accounts to create");
    let got_licenses = table(&script, "$licenses");
    assert_eq!(got_licenses.len(), licenses.len(), "phase 1: exactly the accounts to license");
    for (got, (at, (license, calling_plan))) in got_licenses.iter().zip(&licenses) {
        if usable(*at).is_none() {
            assert_eq!(got, &missing(*at));
            continue;
        }
        assert_eq!(got["Upn"], q(&usable(*at).unwrap()));
        assert_eq!(got["License"], license.map_or(Val::Null, |(l, _)| q(l)));
        assert_eq!(got["Swap"], Val::Bool(license.is_some_and(|(_, swap)| swap)));
        assert_eq!(got["CallingPlan"], Val::Bool(*calling_plan));
        assert!(matches!(&got["UsageLocation"], Val::Null | Val::Str(_)));
    }
    assert_eq!(table(&script, "$numbers"), numbers, "phase 2: exactly the numbers");
    assert_eq!(table(&script, "$dialOut"), dial_out, "phase 2: exactly the dial-out setups");
    assert_eq!(table(&script, "$associations"), associations, "phase 2: exactly the associations");
    assert_eq!(table(&script, "$nested"), nested, "phase 2: the nested AAs/CQs, read-only");
    // Accounts the 2025 rules let go are neither created, licensed nor associated.
    for t in ["$create", "$licenses", "$associations"] {
        let upns: std::collections::BTreeSet<Val> =
            table(&script, t).into_iter().filter_map(|r| r.get("Upn").cloned()).collect();
        for upn in dropped.iter().flatten() {
            assert!(!upns.contains(&q(upn)), "{upn} in {t}");
        }
    }
}

#[test]
fn each_table_lists_exactly_the_accounts_of_its_step() {
    for (_, p) in golden_plans() {
        assert_tables_follow_the_steps(&p);
    }
    for p in [contoso_nested_2025(), contoso_2019(), paid_2019(), synthetic(2_000)] {
        assert_tables_follow_the_steps(&p);
    }
}

#[test]
fn nested_accounts_under_2025_are_not_created_and_the_existing_one_is_to_be_removed_by_hand() {
    let s = script(&nested_2025());
    let create: Vec<Val> = table(&s, "$create").into_iter().map(|r| r["Upn"].clone()).collect();
    assert_eq!(
        create,
        ["aa-main@fabrikam.de", "cq-billing@fabrikam.de", "aa-afterhours@fabrikam.de", "cq-callback@fabrikam.de"]
            .map(q)
    );
    assert_eq!(
        table(&s, "$nested"),
        vec![
            row(&[
                ("Kind", q("CallQueue")),
                ("Name", q("Sales")),
                ("Parent", q("Main line")),
                ("Exists", Val::Bool(false)),
                ("Upn", q("cq-sales@fabrikam.de"))
            ]),
            row(&[
                ("Kind", q("CallQueue")),
                ("Name", q("Support")),
                ("Parent", q("Main line")),
                ("Exists", Val::Bool(true)),
                ("Upn", q("cq-support@fabrikam.de"))
            ]),
        ]
    );
    assert!(s.contains("retarget the parent first, then remove the account"));
    assert!(s.contains(
        "New-CsAutoAttendantCallableEntity -Identity ' + $found[0].Identity + ' -Type ConfigurationEndpoint"
    ));
}

#[test]
fn the_2019_swap_and_the_paid_phone_system_license() {
    let s = script(&swap_2019());
    let licenses = table(&s, "$licenses");
    assert_eq!(licenses.len(), 3, "the two swaps and the new account; the account without a number needs none");
    assert_eq!(licenses[0]["Swap"], Val::Bool(true));
    assert_eq!(licenses[0]["License"], q("ResourceAccount"));
    assert!(s.contains("Set-MgUserLicense -UserId $a.Upn -AddLicenses @($add | ForEach-Object { @{ SkuId = $_ } }) -RemoveLicenses $remove"));
    let paid = script(&paid_2019());
    let licenses = table(&paid, "$licenses");
    assert_eq!(licenses.iter().filter(|r| r["License"] == q("PhoneSystem")).count(), 1);
    assert!(paid.contains("buy 1 Teams Phone Standard licenses"));
}

#[test]
fn dial_out_rows_and_the_voice_routing_policy_only_from_a_parameter() {
    let s = script(&dial_out_2025());
    assert_eq!(
        table(&s, "$dialOut"),
        vec![
            row(&[("Upn", q("sales@northwind.com")), ("Need", q("CallingPlanLicense"))]),
            row(&[("Upn", q("support-uk@northwind.com")), ("Need", q("VoiceRoutingPolicy"))]),
            row(&[("Upn", q("helpdesk@northwind.com")), ("Need", q("NumberOrPolicy"))]),
        ]
    );
    let calling_plan: Vec<Val> = table(&s, "$licenses")
        .into_iter()
        .filter(|r| r["CallingPlan"] == Val::Bool(true))
        .map(|r| r["Upn"].clone())
        .collect();
    assert_eq!(calling_plan, vec![q("sales@northwind.com")]);
    assert!(s.contains("Grant-CsOnlineVoiceRoutingPolicy -Identity $d.Upn -PolicyName $VoiceRoutingPolicy"));
    assert!(s.contains("if (-not $VoiceRoutingPolicy) {"));
    assert!(!s.contains("<your"), "no placeholder anywhere");
    let numbers = table(&s, "$numbers");
    assert_eq!(numbers[1]["Number"], q("+442079460000;ext=12"));
    assert_eq!(numbers.iter().find(|r| r["Upn"] == q("roma@northwind.com")).unwrap()["NumberType"], Val::Null);
    assert_eq!(numbers.iter().find(|r| r["Upn"] == q("tollfree@northwind.com")).unwrap()["TollFree"], Val::Bool(true));
    assert!(s.contains("billed as pay-as-you-go overage"));
}

#[test]
fn usage_locations_come_from_each_numbers_country_or_the_most_common_one() {
    let location = |s: &str, upn: &str| {
        table(s, "$licenses").into_iter().find(|r| r["Upn"] == q(upn)).map(|r| r["UsageLocation"].clone()).unwrap()
    };
    let d = script(&dial_out_2025());
    assert_eq!(location(&d, "sales@northwind.com"), q("US"));
    assert_eq!(location(&d, "support-uk@northwind.com"), q("GB"));
    assert_eq!(location(&d, "orders-fr@northwind.com"), q("FR"));
    assert_eq!(location(&d, "roma@northwind.com"), q("IT"));
    assert_eq!(location(&d, "taipei@northwind.com"), q("TW"));
    assert_eq!(location(&d, "helpdesk@northwind.com"), q("US"), "no number: the plan's most common country");
    let n = script(&nested_2025());
    assert_eq!(location(&n, "cq-callback@fabrikam.de"), q("DE"));
    // Without any number no country is invented: the script asks for -UsageLocation.
    let s = script(&no_numbers_2025());
    assert!(table(&s, "$licenses").iter().all(|r| r["UsageLocation"] == Val::Null));
    assert!(s.contains("'usage location unknown: run again with -UsageLocation XX'"));
    assert!(s.contains("#   - no account's country follows from the plan's numbers: run with -UsageLocation XX"));
    assert!(s.contains("    [ValidatePattern('^[A-Z]{2}$')]\n    [string] $UsageLocation,"));
}

// ---------------------------------------------------------------------------------------
// The script's shape
// ---------------------------------------------------------------------------------------

/// The cmdlets that change something.
const CHANGES: [&str; 6] = [
    "New-CsOnlineApplicationInstance",
    "Update-MgUser",
    "Set-MgUserLicense",
    "Set-CsPhoneNumberAssignment",
    "Grant-CsOnlineVoiceRoutingPolicy",
    "New-CsOnlineApplicationInstanceAssociation",
];

#[test]
fn every_change_is_guarded_by_should_process_and_nothing_is_deleted() {
    let s = script(&dial_out_2025());
    let tokens = lex(&s).unwrap();
    // For each open brace: whether its line asks $PSCmdlet.ShouldProcess.
    let mut blocks: Vec<bool> = Vec::new();
    let mut line_asks = false;
    let mut seen = BTreeMap::new();
    for (i, t) in tokens.iter().enumerate() {
        match t {
            Tok::Newline => line_asks = false,
            Tok::Variable(v) if v == "$PSCmdlet" => {
                line_asks |= tokens.get(i + 1) == Some(&Tok::Word(".ShouldProcess".into()));
            }
            Tok::Punct('{') => blocks.push(line_asks),
            Tok::Punct('}') => {
                blocks.pop().expect("balanced braces");
            }
            Tok::Word(w) if CHANGES.contains(&w.as_str()) => {
                assert!(blocks.iter().any(|b| *b), "{w} outside a ShouldProcess block");
                *seen.entry(w.clone()).or_insert(0) += 1;
            }
            Tok::Word(w) => {
                assert!(!w.starts_with("Remove-"), "nothing is deleted: {w}");
                assert!(w != "Set-CsOnlineApplicationInstance", "an existing account is never changed");
            }
            _ => {}
        }
    }
    assert!(blocks.is_empty(), "balanced braces");
    assert_eq!(seen.len(), CHANGES.len(), "every change is in the script: {seen:?}");
    assert!(s.contains("[CmdletBinding(SupportsShouldProcess)]"));
    // Lookups that take -WhatIf themselves keep running under the script's -WhatIf.
    for line in
        s.lines().filter(|l| l.contains("Connect-MicrosoftTeams ") || l.contains("Get-CsOnlineApplicationInstance "))
    {
        assert!(line.trim_start().starts_with('#') || line.contains("-WhatIf:$false"), "{line}");
    }
    // Each change stops on error so that its account's catch reports it.
    for line in s.lines().filter(|l| CHANGES.iter().any(|c| l.trim_start().starts_with(c))) {
        assert!(line.contains("-ErrorAction Stop"), "{line}");
    }
}

#[test]
fn auto_attendants_and_call_queues_are_found_by_exact_name_only() {
    let s = script(&contoso_2025());
    assert!(!s.contains("Select-Object -First"), "never the first of a partial match");
    assert!(s.contains("$all = @(Get-CsAutoAttendant -NameFilter $Name -ErrorAction Stop)"));
    assert!(s.contains("$all = @(Get-CsCallQueue -NameFilter $Name -ErrorAction Stop)"));
    assert!(s.contains("@($all | Where-Object Name -eq $Name)"));
    assert!(s.contains("it must exist; create it in the Teams admin center first"));
    assert!(s.contains("'ambiguous: ' + $found.Count"));
}

#[test]
fn the_header_names_the_plan_date_rules_phases_modules_roles_and_usage() {
    let s = script(&contoso_2025());
    assert!(!s.starts_with('\u{FEFF}'), "the byte order mark is added at download only");
    for want in [
        "# Generated: 2025-06-01.",
        "# Rules: 2025 (since 3 Apr 2025, in force)",
        "#   -Phase 1  creates the resource accounts",
        "#   -Phase 2  assigns the phone numbers",
        "up to 24 hours",
        "Install-Module MicrosoftTeams, Microsoft.Graph",
        "Teams Administrator and User Administrator",
        "#   .\\resource-accounts-2025-06-01.ps1 -Phase 1 -WhatIf",
        "$PlanName = 'Contoso'",
        "    [Parameter(Mandatory)]\n    [ValidateSet(1, 2)]\n    [int] $Phase,",
        "$ResourceAccountSkuPart = 'PHONESYSTEM_VIRTUALUSER'",
        "exit 1",
    ] {
        assert!(s.contains(want), "{want:?} in\n{}", &s[..3000]);
    }
    let comments: String =
        lex(&s).unwrap().into_iter().filter_map(|t| if let Tok::LineComment(c) = t { Some(c) } else { None }).collect();
    assert!(!comments.contains("Contoso"), "the plan's name is a quoted variable, not a comment");
    assert!(script(&contoso_2019()).contains("# Rules: 2019 (until 29 Aug 2022)"));
    assert!(script(&contoso_2019()).contains("#   Not the rules in force"));
    // A date that is not a date is left out.
    let p = contoso_2025();
    let out = evaluate(&p);
    let s = powershell(&p, &out.steps, &ScriptHeader { customer: None, date: "'; rm x #" }, TEMPLATE);
    assert!(!s.contains("rm x") && !s.contains("# Generated"));
    assert!(s.contains("$PlanName = $null"));
}

#[test]
fn generation_is_linear_enough_for_20000_accounts() {
    let p = synthetic(20_000);
    let out = evaluate(&p);
    let s = powershell(&p, &out.steps, &ScriptHeader { customer: None, date: DATE }, TEMPLATE);
    let rows = table(&s, "$create").len() + table(&s, "$associations").len();
    assert!(rows > 20_000, "{rows}");
    assert!(s.len() < 20_000 * 500, "about a few hundred bytes per account: {}", s.len());
}

/// The old editor test, adapted: a plan made with the editor's actions.
#[test]
fn script_creates_licenses_numbers_and_associates_with_quoted_user_text() {
    let mut st = AppState::default();
    st.apply(Action::AddNode { parent: None, kind: NodeKind::AutoAttendant, name: "O'Neil's line".into() });
    for field in [
        AccountField::UserPrincipalName("oneil@contoso.com".into()),
        AccountField::PhoneNumber("+1 425 555 0100".into()),
        AccountField::NumberType(Some(NumberType::CallingPlan)),
        AccountField::CurrentLicense(CurrentLicense::None),
    ] {
        st.apply(Action::UpdateAccount { path: vec![0], index: 0, field });
    }
    st.apply(Action::AddNode { parent: None, kind: NodeKind::CallQueue, name: "No UPN".into() });
    st.apply(Action::SetLicense { part_number: "MCOEV".into(), count: 10 });
    let s = script(&st.plan);
    assert!(
        s.contains("    @{ Upn = 'oneil@contoso.com'; DisplayName = 'O''Neil''s line'; Kind = 'AutoAttendant' }"),
        "{s}"
    );
    assert!(s.contains("    @{ Upn = 'oneil@contoso.com'; License = 'ResourceAccount'; Swap = $false; CallingPlan = $false; UsageLocation = 'US' }"));
    assert!(s.contains(
        "    @{ Upn = 'oneil@contoso.com'; Number = '+14255550100'; NumberType = 'CallingPlan'; TollFree = $false }"
    ));
    assert!(s.contains("    @{ Upn = 'oneil@contoso.com'; Kind = 'AutoAttendant'; Target = 'O''Neil''s line' }"));
    assert!(s.contains("    @{ Missing = 'call flow 2 account 1' }  # needs a user principal name"));
    assert!(!s.contains("No UPN"), "text of unusable accounts is left out");
    assert!(s.contains("New-CsOnlineApplicationInstance -UserPrincipalName $a.Upn -ApplicationId $AppId[$a.Kind] -DisplayName $a.DisplayName -ErrorAction Stop"));
    assert!(s.contains("Set-CsPhoneNumberAssignment -Identity $n.Upn -PhoneNumber $n.Number -PhoneNumberType $n.NumberType -ErrorAction Stop"));
    assert_eq!(quote("x"), Some("'x'".into()));
}

// ---------------------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------------------

#[test]
fn calling_codes_give_iso_countries_by_longest_prefix() {
    for (digits, want) in [
        ("4930123456", Some("DE")),
        ("442079460000", Some("GB")),
        ("441534123456", Some("JE")),
        ("33123456789", Some("FR")),
        ("390612345678", Some("IT")),
        ("886212345678", Some("TW")),
        ("861012345678", Some("CN")),
        ("85212345678", Some("HK")),
        ("85328123456", Some("MO")),
        ("14255550100", Some("US")),
        ("18005550199", Some("US")),
        ("14165550100", Some("CA")),
        ("16045550100", Some("CA")),
        ("12425550100", Some("BS")),
        ("17875550100", Some("PR")),
        ("74951234567", Some("RU")),
        ("77271234567", Some("KZ")),
        ("41446681800", Some("CH")),
        ("4721234567", Some("NO")),
        ("35312345678", Some("IE")),
        ("35212345678", Some("LU")),
        ("4231234567", Some("LI")),
        ("3541234567", Some("IS")),
        ("6561234567", Some("SG")),
        ("81312345678", Some("JP")),
        ("82212345678", Some("KR")),
        ("911123456789", Some("IN")),
        ("61212345678", Some("AU")),
        ("6491234567", Some("NZ")),
        ("27211234567", Some("ZA")),
        ("97141234567", Some("AE")),
        ("97231234567", Some("IL")),
        ("902121234567", Some("TR")),
        ("551112345678", Some("BR")),
        ("525512345678", Some("MX")),
        ("541112345678", Some("AR")),
        ("80012345678", None),
        ("2812345678", None),
        ("", None),
        ("49x", None),
    ] {
        assert_eq!(iso_country(TEMPLATE.calling_codes, digits), want, "+{digits}");
    }
}

#[test]
fn the_calling_code_table_is_sorted_unique_and_covers_the_eu_eea() {
    let t: Vec<(&str, &str)> = prefixes(TEMPLATE.calling_codes).collect();
    assert_eq!(t.len(), 290);
    assert_eq!(t.len(), TEMPLATE.calling_codes.split_ascii_whitespace().count(), "every entry reads");
    assert!(t.windows(2).all(|w| w[0].0 < w[1].0), "sorted, no duplicates");
    assert!(t.iter().all(|(p, c)| p.bytes().all(|b| b.is_ascii_digit())
        && c.len() == 2
        && c.bytes().all(|b| b.is_ascii_uppercase())));
    let countries: Vec<&str> = t.iter().map(|(_, c)| *c).collect();
    for c in "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH US CA MX BR AR CL CO CN TW HK MO SG JP KR IN AU NZ ZA AE IL TR".split(' ') {
        assert!(countries.contains(&c), "{c}");
    }
}

proptest! {
    #[test]
    fn a_number_s_country_is_that_of_its_longest_listed_prefix(digits in "[1-9][0-9]{0,11}") {
        let want = prefixes(TEMPLATE.calling_codes)
            .filter(|(p, _)| digits.starts_with(p))
            .max_by_key(|(p, _)| p.len())
            .map(|(_, c)| c);
        prop_assert_eq!(iso_country(TEMPLATE.calling_codes, &digits), want);
    }
}

/// The page checks what it fetched: a host's own page (served for any address) is not
/// taken for the files, and no text makes the table panic.
#[test]
fn the_template_files_are_recognised_and_other_text_is_not() {
    assert!(TEMPLATE.is_valid());
    let page = "<!doctype html><html><body>Not found</body></html>";
    assert!(!Template { script: page, ..*TEMPLATE }.is_valid());
    assert!(!Template { calling_codes: page, ..*TEMPLATE }.is_valid());
    assert!(!Template { script: "", calling_codes: "" }.is_valid());
    for junk in ["", "1", "é", "1é", "12 ab 1US", "1'X 1US", "1\u{FEFF}US"] {
        assert!(iso_country(junk, "1234").is_none_or(|c| c == "US"), "{junk:?}");
    }
    assert_eq!(iso_country("1'X", "1"), None, "a country is two capital letters");
}

#[test]
fn every_placeholder_of_the_template_is_filled() {
    assert!(TEMPLATE.script.contains("{{create}}"));
    for (name, plan) in golden_plans() {
        assert!(!script(&plan).contains("{{"), "{name}");
    }
}
