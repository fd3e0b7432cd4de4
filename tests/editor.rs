//! The editor's actions, the CSV import and PowerShell quoting (the script: tests/script.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::rc::Rc;

use resource_account_calculator::engine::plan::check_upn;

use resource_account_calculator::engine::csv::{known_upns, read_resource_accounts, CsvProblem, CsvProblemKind};
use resource_account_calculator::engine::script::quote;
use resource_account_calculator::engine::*;
use resource_account_calculator::state::*;

fn names(roots: &[std::rc::Rc<CallFlowNode>]) -> Vec<String> {
    preorder_paths(roots).iter().map(|p| format!("{p:?} {}", node(roots, p).unwrap().name)).collect()
}

fn add(s: &mut AppState, parent: Option<NodePath>, kind: NodeKind, name: &str) {
    s.apply(Action::AddNode { parent, kind, name: name.into() });
}

fn three_top_level() -> AppState {
    let mut s = AppState::default();
    add(&mut s, None, NodeKind::AutoAttendant, "A");
    add(&mut s, None, NodeKind::CallQueue, "B");
    add(&mut s, None, NodeKind::CallQueue, "C");
    s
}

#[test]
fn a_new_node_gets_one_resource_account_named_like_it() {
    let mut s = AppState::default();
    add(&mut s, None, NodeKind::AutoAttendant, "Main line");
    add(&mut s, Some(vec![0]), NodeKind::CallQueue, "Sales");
    let sales = node(&s.plan.call_flows, &[0, 0]).unwrap();
    assert_eq!(sales.kind, NodeKind::CallQueue);
    assert_eq!(sales.resource_accounts.len(), 1);
    assert_eq!(sales.resource_accounts[0].display_name, "Sales");
}

#[test]
fn moves_up_down_indent_outdent() {
    let mut s = three_top_level();
    s.apply(Action::MoveNode { path: vec![2], to: Move::Up });
    assert_eq!(names(&s.plan.call_flows), ["[0] A", "[1] C", "[2] B"]);
    s.apply(Action::MoveNode { path: vec![1], to: Move::Indent });
    assert_eq!(names(&s.plan.call_flows), ["[0] A", "[0, 0] C", "[1] B"]);
    s.apply(Action::MoveNode { path: vec![0, 0], to: Move::Outdent });
    assert_eq!(names(&s.plan.call_flows), ["[0] A", "[1] C", "[2] B"]);
    s.apply(Action::MoveNode { path: vec![0], to: Move::Down });
    assert_eq!(names(&s.plan.call_flows), ["[0] C", "[1] A", "[2] B"]);
}

#[test]
fn impossible_moves_change_nothing() {
    let mut s = three_top_level();
    let before = s.plan.clone();
    for (path, to) in [
        (vec![0], Move::Up),
        (vec![2], Move::Down),
        (vec![0], Move::Indent),
        (vec![1], Move::Outdent),
        (vec![9], Move::Up),
    ] {
        s.apply(Action::MoveNode { path, to });
    }
    assert_eq!(s.plan, before);
}

#[test]
fn delete_then_undo_restores_the_subtree() {
    let mut s = three_top_level();
    add(&mut s, Some(vec![0]), NodeKind::CallQueue, "A1");
    let before = s.plan.clone();
    s.apply(Action::DeleteNode { path: vec![0] });
    assert_eq!(names(&s.plan.call_flows), ["[0] B", "[1] C"]);
    assert_eq!(s.undo.last().map(|u| u.what), Some(UndoWhat::DeleteNode));
    s.apply(Action::Undo);
    assert_eq!(s.plan, before);
}

#[test]
fn editing_account_fields_reaches_the_engine() {
    let mut s = AppState::default();
    add(&mut s, None, NodeKind::AutoAttendant, "Main");
    let set = |s: &mut AppState, field| s.apply(Action::UpdateAccount { path: vec![0], index: 0, field });
    set(&mut s, AccountField::PhoneNumber("+1 250 555 0012".into()));
    set(&mut s, AccountField::NumberType(Some(NumberType::DirectRouting)));
    set(&mut s, AccountField::UserPrincipalName("  main@contoso.com ".into()));
    s.apply(Action::SetRules(RuleEdition::E2019));
    s.apply(Action::SetLicense { part_number: "MCOEV".into(), count: 10 });
    let ra = &s.plan.call_flows[0].resource_accounts[0];
    assert_eq!(
        ra.user_principal_name.as_deref(),
        Some("  main@contoso.com "),
        "kept as typed: trimming under the cursor would eat the space before the next key"
    );
    assert!(check_upn(ra.user_principal_name.as_deref().unwrap()).is_err(), "and reported at the field");
    let out = evaluate(&s.plan);
    assert_eq!((out.figures.free_allotment, out.figures.accounts_needing_license), (26, 1));
    set(&mut s, AccountField::PhoneNumber("   ".into()));
    assert_eq!(s.plan.call_flows[0].resource_accounts[0].phone_number, None, "blank is no number");
    assert_eq!(evaluate(&s.plan).figures.accounts_needing_license, 0);
    s.apply(Action::SetLicense { part_number: "MCOEV".into(), count: 0 });
    assert!(s.plan.licenses.is_empty(), "a count of 0 removes the license");
}

#[test]
fn quick_entry_adds_numbered_nodes_in_one_step_and_undoes_in_one() {
    let mut s = AppState::default();
    add(&mut s, None, NodeKind::AutoAttendant, "Main");
    s.apply(Action::AddNodes {
        parent: Some(vec![0]),
        kind: NodeKind::CallQueue,
        count: 3,
        prefix: "Queue".into(),
        first_number: Some(FirstNumber { digits: 14255550100, number_type: NumberType::CallingPlan, toll_free: false }),
    });
    let kids = &s.plan.call_flows[0].children;
    assert_eq!(kids.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(), ["Queue 1", "Queue 2", "Queue 3"]);
    assert_eq!(kids[2].resource_accounts[0].phone_number.as_deref(), Some("+14255550102"));
    s.apply(Action::Undo);
    assert!(s.plan.call_flows[0].children.is_empty());
}

#[test]
fn nesting_stops_at_the_plan_file_limit() {
    let mut s = AppState::default();
    add(&mut s, None, NodeKind::AutoAttendant, "L1");
    let mut path = vec![0];
    for level in 2..=40 {
        add(&mut s, Some(path.clone()), NodeKind::CallQueue, &format!("L{level}"));
        path.push(0);
    }
    assert_eq!(preorder_paths(&s.plan.call_flows).len(), 25, "the plan file's limit holds in the editor too");
    let mut q = AppState::default();
    add(&mut q, None, NodeKind::AutoAttendant, "top");
    let deep: NodePath = vec![0; resource_account_calculator::plan_file::MAX_NESTING];
    q.apply(Action::AddNodes {
        parent: Some(deep),
        kind: NodeKind::CallQueue,
        count: 2,
        prefix: "x".into(),
        first_number: None,
    });
    assert_eq!(q.undo.len(), 1, "refused beyond the limit: only the first add is a step");
    assert!(!depth_allows(Some(&[0; 25])));
    assert!(depth_allows(Some(&[0; 24])));
}

#[test]
fn undo_reverses_exactly_the_latest_change_and_keeps_what_came_before() {
    let mut s = three_top_level();
    s.apply(Action::DeleteNode { path: vec![2] });
    s.apply(Action::RenameNode { path: vec![0], name: "Main line".into() });
    s.apply(Action::SetLicense { part_number: "SPE_E5".into(), count: 600 });
    let after_all = s.plan.clone();
    assert_eq!(s.undo.last().map(|u| u.what), Some(UndoWhat::LicenseCount), "the button names the latest change");
    s.apply(Action::Undo);
    assert!(s.plan.licenses.is_empty(), "the license count is undone");
    assert_eq!(names(&s.plan.call_flows), ["[0] Main line", "[1] B"], "the rename and the delete stay");
    assert_eq!(s.undo.last().map(|u| u.what), Some(UndoWhat::RenameNode));
    s.apply(Action::Undo);
    assert_eq!(names(&s.plan.call_flows), ["[0] A", "[1] B"], "the delete still stays");
    s.apply(Action::Undo);
    assert_eq!(names(&s.plan.call_flows), ["[0] A", "[1] B", "[2] C"]);
    assert!(s.undo.is_empty() || s.undo.last().map(|u| u.what) == Some(UndoWhat::AddNode));
    // Redo brings the three back in order.
    for _ in 0..3 {
        s.apply(Action::Redo);
    }
    assert_eq!(s.plan, after_all);
    assert!(s.redo.is_empty());
}

#[test]
fn typing_in_one_field_is_one_step_and_a_new_change_clears_redo() {
    let mut s = three_top_level();
    let steps = s.undo.len();
    for typed in ["M", "Ma", "Mai", "Main"] {
        s.apply(Action::RenameNode { path: vec![0], name: typed.into() });
    }
    for count in [6, 60, 600] {
        s.apply(Action::SetLicense { part_number: "SPE_E5".into(), count });
    }
    assert_eq!(s.undo.len(), steps + 2, "four keystrokes in the name, three in the count: two steps");
    s.apply(Action::Undo);
    assert!(s.plan.licenses.is_empty());
    s.apply(Action::Undo);
    assert_eq!(s.plan.call_flows[0].name, "A", "back to before the first keystroke");
    s.apply(Action::Redo);
    assert_eq!(s.plan.call_flows[0].name, "Main");
    s.apply(Action::SetRules(RuleEdition::E2019));
    assert!(s.redo.is_empty(), "a new change ends what could be redone");
    // A change that changes nothing is no step.
    let n = s.undo.len();
    s.apply(Action::SetRules(RuleEdition::E2019));
    s.apply(Action::RenameNode { path: vec![0], name: "Main".into() });
    s.apply(Action::MoveNode { path: vec![0], to: Move::Up });
    assert_eq!(s.undo.len(), n);
}

#[test]
fn a_long_session_keeps_a_bounded_history() {
    let mut s = AppState::default();
    for i in 0..(UNDO_DEPTH + 50) {
        s.apply(Action::SetRules(if i % 2 == 0 { RuleEdition::E2019 } else { RuleEdition::E2022 }));
    }
    assert_eq!(s.undo.len(), UNDO_DEPTH);
    for _ in 0..UNDO_DEPTH + 10 {
        s.apply(Action::Undo);
    }
    assert_eq!(s.redo.len(), UNDO_DEPTH);
    assert!(s.undo.is_empty());
}

#[test]
fn a_renamed_node_takes_its_default_account_name_along_but_not_an_edited_one() {
    let mut s = AppState::default();
    add(&mut s, None, NodeKind::AutoAttendant, "Auto attendant 1");
    s.apply(Action::AddAccount { path: vec![0], display_name: "Auto attendant 1".into() });
    s.apply(Action::UpdateAccount {
        path: vec![0],
        index: 1,
        field: AccountField::DisplayName("Main toll-free".into()),
    });
    s.apply(Action::RenameNode { path: vec![0], name: "Main line".into() });
    let names: Vec<&str> = s.plan.call_flows[0].resource_accounts.iter().map(|r| r.display_name.as_str()).collect();
    assert_eq!(names, ["Main line", "Main toll-free"]);
}

#[test]
fn replace_plan_keeps_the_old_one_for_undo_and_clears_import_problems() {
    let mut s = three_top_level();
    s.apply(Action::ImportFailed(ImportProblem {
        file_name: "x.json".into(),
        reason: ImportReason::Text("bad".into()),
    }));
    let before = s.plan.clone();
    s.apply(Action::ReplacePlan(resource_account_calculator::examples::contoso_2019()));
    assert_eq!(s.import_problem, None);
    assert_eq!(s.plan.call_flows.len(), 90);
    s.apply(Action::Undo);
    assert_eq!(s.plan, before);
}

fn tenant_fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/tenant/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn opening_a_snapshot_replaces_the_plan_with_its_report_and_one_undo_goes_back() {
    let mut s = three_top_level();
    Rc::make_mut(&mut s.plan).customer = Some("Contoso".into());
    let before = s.plan.clone();
    let bytes: Rc<[u8]> = Rc::from(tenant_fixture("01_nested_basic.json"));
    s.apply(Action::OpenFile { name: "snap.json".into(), bytes: bytes.clone() });
    assert_eq!(s.import_problem, None);
    assert_eq!(s.plan.rules, RuleEdition::E2025);
    assert_eq!(s.plan.customer.as_deref(), Some("Contoso"), "the user's settings stay");
    let report = s.tenant.clone().expect("a report");
    assert!(report.changes.is_none(), "nothing to compare with the first time");
    // The same snapshot again: compared, nothing changed.
    s.apply(Action::OpenFile { name: "snap.json".into(), bytes });
    assert_eq!(s.tenant.as_ref().and_then(|t| t.changes.clone()), Some(vec![]));
    s.apply(Action::Undo);
    assert_eq!(s.plan, before);
    assert!(s.tenant.is_none(), "the report goes with its plan");
}

#[test]
fn a_bad_file_changes_nothing_and_says_where() {
    let mut s = three_top_level();
    let (before, steps) = (s.plan.clone(), s.undo.len());
    let mut text = String::from_utf8(tenant_fixture("01_nested_basic.json")).unwrap();
    text.truncate(text.len() / 3);
    s.apply(Action::OpenFile { name: "cut.json".into(), bytes: Rc::from(text.into_bytes()) });
    assert!(Rc::ptr_eq(&s.plan, &before));
    assert_eq!(s.undo.len(), steps, "no undo step");
    let problem = s.import_problem.clone().expect("a problem");
    assert_eq!(problem.file_name, "cut.json");
    assert!(
        matches!(&problem.reason, ImportReason::File(e) if e.kind == resource_account_calculator::plan_file::ErrorKind::EndsEarly)
    );
}

const EXPORT_CSV: &str = "#TYPE Microsoft.Rtc.Management.Hosted.Online.Models.OnlineApplicationInstance\r\n\
\"RunspaceId\",\"ObjectId\",\"TenantId\",\"UserPrincipalName\",\"ApplicationId\",\"DisplayName\",\"PhoneNumber\"\r\n\
\"1\",\"a\",\"t\",\"aa-main@contoso.com\",\"ce933385-9390-45d1-9512-c8d228074e07\",\"Main line, \"\"HQ\"\"\",\"tel:+14255550100\"\r\n\
\"1\",\"b\",\"t\",\"cq-sales@contoso.com\",\"11cd3e2e-fccb-42ad-ad00-878b93575e07\",\"Sales\",\"\"\r\n\
\"1\",\"c\",\"t\",\"x@contoso.com\",\"00000000-0000-0000-0000-000000000000\",\"Mystery\",\"\"\r\n\
\"1\",\"d\",\"t\",\"dr@contoso.com\",\"11cd3e2e-fccb-42ad-ad00-878b93575e07\",\"Direct\",\"tel:+14255550101;ext=12\"\r\n\
\"1\",\"e\",\"t\",\"bad@contoso.com\",\"11cd3e2e-fccb-42ad-ad00-878b93575e07\",\"Bad\",\"555-0100\"\r\n\
\"1\",\"f\",\"t\"\r\n";

#[test]
fn csv_from_export_csv_reads_kinds_numbers_and_quotes() {
    let got = read_resource_accounts(EXPORT_CSV, NumberType::CallingPlan, &HashSet::new());
    let read: Vec<(NodeKind, &str, Option<&str>, Option<NumberType>)> = got
        .nodes
        .iter()
        .map(|n| {
            let ra = &n.resource_accounts[0];
            (n.kind, ra.display_name.as_str(), ra.phone_number.as_deref(), ra.number_type)
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (NodeKind::AutoAttendant, "Main line, \"HQ\"", Some("+14255550100"), Some(NumberType::CallingPlan)),
            (NodeKind::CallQueue, "Sales", None, None),
            (NodeKind::CallQueue, "Direct", Some("+14255550101;ext=12"), Some(NumberType::DirectRouting)),
        ]
    );
    let problems: Vec<(usize, CsvProblemKind)> = got.problems.into_iter().map(|p| (p.line, p.kind)).collect();
    assert_eq!(
        problems,
        vec![
            (5, CsvProblemKind::UnknownApplicationId("00000000-0000-0000-0000-000000000000".into())),
            (7, CsvProblemKind::InvalidPhoneNumber(PhoneNumberError::MissingPlus)),
            (8, CsvProblemKind::FieldCount { expected: 7, found: 3 }),
        ]
    );
}

#[test]
fn importing_the_same_csv_twice_adds_nothing_the_second_time() {
    let mut s = AppState::with_plan(Plan::default());
    let first = read_resource_accounts(EXPORT_CSV, NumberType::CallingPlan, &known_upns(&s.plan));
    assert_eq!((first.nodes.len(), first.duplicates), (3, 0));
    s.apply(Action::ImportCallFlows(first.nodes));
    let again = read_resource_accounts(EXPORT_CSV, NumberType::CallingPlan, &known_upns(&s.plan));
    assert_eq!((again.nodes.len(), again.duplicates), (0, 3), "skipped by user principal name");
    assert_eq!(again.problems.len(), 3, "the unreadable rows are still named");
    let upper = EXPORT_CSV.replace("cq-sales@contoso.com", "CQ-Sales@Contoso.com");
    let case = read_resource_accounts(&upper, NumberType::CallingPlan, &known_upns(&s.plan));
    assert_eq!(case.duplicates, 3, "user principal names ignore case");
    let twice_in_one = "DisplayName,UserPrincipalName,ApplicationId\nA,a@c.com,ce933385-9390-45d1-9512-c8d228074e07\nA again,A@C.com,ce933385-9390-45d1-9512-c8d228074e07\nNo UPN,,ce933385-9390-45d1-9512-c8d228074e07\nNo UPN,,ce933385-9390-45d1-9512-c8d228074e07\n";
    let got = read_resource_accounts(twice_in_one, NumberType::CallingPlan, &HashSet::new());
    assert_eq!((got.nodes.len(), got.duplicates), (3, 1), "rows without a name to compare are all kept");
}

#[test]
fn an_unclosed_quote_spoils_its_row_only() {
    let text = "DisplayName,UserPrincipalName,ApplicationId,PhoneNumber,Notes\n\
A,a@c.com,ce933385-9390-45d1-9512-c8d228074e07,,\n\
\"Broken,b@c.com,ce933385-9390-45d1-9512-c8d228074e07,,\n\
C,c@c.com,11cd3e2e-fccb-42ad-ad00-878b93575e07,+14255550100,\n\
D,d@c.com,11cd3e2e-fccb-42ad-ad00-878b93575e07,,\"two\nlines\"\n";
    let got = read_resource_accounts(text, NumberType::CallingPlan, &HashSet::new());
    let names: Vec<&str> = got.nodes.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, vec!["A", "C", "D"], "a quoted field may still span lines");
    assert_eq!(got.problems, vec![CsvProblem { line: 3, kind: CsvProblemKind::UnterminatedQuote }]);
}

#[test]
fn csv_with_semicolons_from_french_windows_reads_too() {
    let text = "DisplayName;UserPrincipalName;ApplicationId;PhoneNumber\nStandard;std@contoso.fr;ce933385-9390-45d1-9512-c8d228074e07;+33 1 23 45 67 89\n";
    let got = read_resource_accounts(text, NumberType::OperatorConnect, &HashSet::new());
    assert_eq!(got.problems, vec![]);
    assert_eq!(got.nodes[0].resource_accounts[0].phone_number.as_deref(), Some("+33123456789"));
}

#[test]
fn csv_without_application_id_column_says_which_column() {
    let got =
        read_resource_accounts("DisplayName,PhoneNumber\nX,+14255550100\n", NumberType::CallingPlan, &HashSet::new());
    assert_eq!(got.problems[0].kind, CsvProblemKind::MissingColumn("ApplicationId"));
    assert!(got.nodes.is_empty());
}

#[test]
fn powershell_quoting_doubles_every_kind_of_single_quote_and_refuses_control_characters() {
    assert_eq!(quote("O'Brien"), Some("'O''Brien'".into()));
    assert_eq!(quote("a\u{2019}b"), Some("'a\u{2019}\u{2019}b'".into()));
    assert_eq!(quote("x'; Remove-Item C:\\ -Recurse; '"), Some("'x''; Remove-Item C:\\ -Recurse; '''".into()));
    assert_eq!(quote("line\nbreak"), None);
    assert_eq!(quote("$(Get-Process)"), Some("'$(Get-Process)'".into()), "single quotes do not expand");
}

#[test]
fn form_values_of_kinds_and_number_types_match_the_plan_file() {
    for t in NumberType::ALL {
        assert_eq!(NumberType::parse(t.as_str()), Some(t));
        assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{}\"", t.as_str()));
    }
    for k in NodeKind::ALL {
        assert_eq!(NodeKind::parse(k.as_str()), Some(k));
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.as_str()));
    }
    assert_eq!(NumberType::parse("CallingPlan"), None);
}
