//! "Read my tenant": snapshots become the plans and findings of docs/tenant-snapshot.md.
//! The three examples are ../shared/domain/tenant's (copied to tests/fixtures/tenant), with
//! the trees its README expects; the other cases are built here.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};

use resource_account_calculator::engine::plan::{flatten, CallFlowNode, CurrentLicense};
use resource_account_calculator::engine::tenant::{changes, is_snapshot, read_snapshot, Change, Finding, TenantImport};
use resource_account_calculator::engine::{NumberType, Plan, RuleEdition};
use resource_account_calculator::plan_file::{read_plan, write_plan, ErrorKind, PlanFileError, MAX_NESTING};

const AA_APP: &str = "ce933385-9390-45d1-9512-c8d228074e07";
const CQ_APP: &str = "11cd3e2e-fccb-42ad-ad00-878b93575e07";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/tenant/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn import(bytes: &[u8]) -> TenantImport {
    read_snapshot(bytes, &Plan::default(), None).unwrap_or_else(|e| panic!("refused: {e}"))
}

fn import_json(v: &Value) -> TenantImport {
    import(v.to_string().as_bytes())
}

/// The tree as the fixtures' README prints it.
fn tree(plan: &Plan) -> String {
    let mut out = String::new();
    for f in flatten(&plan.call_flows) {
        let indent = "  ".repeat(f.depth as usize);
        let kind = f.node.kind.as_str();
        let accounts: Vec<String> = f
            .node
            .resource_accounts
            .iter()
            .map(|a| {
                let license = match a.current_license {
                    CurrentLicense::None => "none",
                    CurrentLicense::ResourceAccount => "resourceAccount",
                    CurrentLicense::PhoneSystem => "phoneSystem",
                };
                format!(
                    "{} {} {}{}{} [{license}]",
                    a.display_name,
                    a.phone_number.as_deref().unwrap_or("-"),
                    a.number_type.map_or("", NumberType::powershell_name),
                    if a.toll_free { " tollFree" } else { "" },
                    if a.outbound_caller_id { " callerId" } else { "" },
                )
            })
            .collect();
        let accounts = if accounts.is_empty() { "no resource account".to_owned() } else { accounts.join("; ") };
        out += &format!("{indent}- {kind} '{}': {accounts}\n", f.node.name);
    }
    out
}

fn licenses(plan: &Plan) -> Vec<(String, u32)> {
    plan.licenses.iter().map(|(k, v)| (k.clone(), *v)).collect()
}

fn lic(pairs: &[(&str, u32)]) -> Vec<(String, u32)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

/// An imported plan is one the plan file holds and reads back unchanged.
fn assert_plan_file_round_trip(plan: &Plan) {
    let text = write_plan(plan).unwrap();
    assert_eq!(&read_plan(&text).unwrap_or_else(|e| panic!("{e}\n{text}")), plan);
}

#[test]
fn nested_basic_gives_the_expected_tree() {
    let i = import(&fixture("01_nested_basic.json"));
    assert_eq!(i.plan.rules, RuleEdition::E2025);
    assert_eq!(licenses(&i.plan), lic(&[("MCOPSTN1", 35), ("PHONESYSTEM_VIRTUALUSER", 5), ("SPE_E5", 40)]));
    assert_eq!(
        tree(&i.plan),
        "- autoAttendant 'Main Auto Attendant': Main Auto Attendant +14255550100 CallingPlan [resourceAccount]\n\
         \x20 - callQueue 'Sales': Sales Queue -  [resourceAccount]\n\
         \x20 - autoAttendant 'After-hours Auto Attendant': no resource account\n\
         \x20   - callQueue 'Support': Support Queue -  [none]\n"
    );
    let f = &i.report.findings;
    assert!(!f.iter().any(|x| matches!(x, Finding::Unreachable { .. } | Finding::Loop { .. })), "{f:?}");
    assert!(f.contains(&Finding::Unlicensed { accounts: vec!["Support Queue".into()] }), "{f:?}");
    // Sales and Support are nested without numbers: droppable under 2025.
    assert!(f.contains(&Finding::Droppable { accounts: vec!["Sales Queue".into(), "Support Queue".into()] }), "{f:?}");
    assert!(f.contains(&Finding::ResourceAccountLicenses { owned: 5, assigned: 2, needed: 3 }), "{f:?}");
    assert_eq!((i.report.auto_attendants, i.report.call_queues, i.report.accounts), (2, 2, 3));
    assert_eq!(i.report.tenant_id, "977c9d5b-2dae-5d82-aada-628bc1c14213");
    assert_plan_file_round_trip(&i.plan);
}

#[test]
fn unassociated_accounts_dangling_transfers_and_foreign_apps() {
    let i = import(&fixture("03_unassociated_ra.json"));
    assert_eq!(licenses(&i.plan), lic(&[("BUSINESS_VOICE_MED2", 12), ("PHONESYSTEM_VIRTUALUSER", 4)]));
    assert_eq!(
        tree(&i.plan),
        "- autoAttendant 'Main line': Main line +61255501000 CallingPlan [resourceAccount]\n\
         \x20 - callQueue 'Billing': no resource account\n\
         \x20 - callQueue 'Old Sales queue': Old Sales queue +61255501001 CallingPlan [resourceAccount]\n\
         - autoAttendant 'Spare AA account': Spare AA account -  [resourceAccount]\n\
         - callQueue 'Orphan queue': no resource account\n"
    );
    let structural: Vec<&Finding> = i
        .report
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f,
                Finding::IgnoredInstance { .. }
                    | Finding::NotAssociated { .. }
                    | Finding::TransferToUnusedAccount { .. }
                    | Finding::Unreachable { .. }
            )
        })
        .collect();
    assert_eq!(
        structural,
        vec![
            &Finding::IgnoredInstance {
                account: "Compliance recording bot".into(),
                application_id: "0c1f4a2b-5d6e-4f70-8a91-b2c3d4e5f601".into()
            },
            &Finding::NotAssociated { account: "Spare AA account".into() },
            &Finding::NotAssociated { account: "Old Sales queue".into() },
            &Finding::TransferToUnusedAccount {
                path: "Main line › Default call flow › Tone2".into(),
                account: "Old Sales queue".into()
            },
            &Finding::Unreachable { node: "Orphan queue".into() },
        ]
    );
    assert_plan_file_round_trip(&i.plan);
}

#[test]
fn number_types_toll_free_caller_id_and_licenses_held() {
    let i = import(&fixture("04_number_types.json"));
    // Communications Credits are a company product: counted as present.
    assert_eq!(licenses(&i.plan), lic(&[("MCOEV", 60), ("MCOPSTNC", 1), ("PHONESYSTEM_VIRTUALUSER", 5)]));
    assert_eq!(
        tree(&i.plan),
        "- autoAttendant 'Toll-free line': Toll-free line +18335550100 CallingPlan tollFree [resourceAccount]\n\
         \x20 - autoAttendant 'HQ': HQ (Direct Routing) +12065551000;ext=524 DirectRouting [phoneSystem]\n\
         \x20   - callQueue 'Sales UK': Sales UK (Operator Connect) +441632960123 OperatorConnect [resourceAccount]\n\
         - callQueue 'Sales caller ID': Sales caller ID +441632960124 OperatorConnect callerId [resourceAccount]\n"
    );
    let f = &i.report.findings;
    assert!(f.contains(&Finding::NotAssociated { account: "Sales caller ID".into() }), "{f:?}");
    assert!(f.contains(&Finding::TeamsPhoneStandard { accounts: vec!["HQ (Direct Routing)".into()] }), "{f:?}");
    assert_plan_file_round_trip(&i.plan);
}

// ---- built cases ------------------------------------------------------------------------

fn ra(id: &str, name: &str, app: &str, number: &str) -> Value {
    json!({ "objectId": id, "userPrincipalName": format!("{id}@t.example"), "displayName": name, "applicationId": app, "phoneNumber": number })
}

fn target(id: &str, kind: &str) -> Value {
    json!({ "id": id, "type": kind })
}

/// An AA whose default flow transfers key n to each target in turn.
fn aa(id: &str, name: &str, accounts: &[&str], targets: &[Value]) -> Value {
    let options: Vec<Value> = targets
        .iter()
        .enumerate()
        .map(|(n, t)| json!({ "dtmf": format!("Tone{}", n + 1), "action": "TransferCallToTarget", "target": t }))
        .collect();
    json!({
        "identity": id, "name": name, "applicationInstances": accounts, "defaultCallFlowId": format!("{id}-default"),
        "operator": null,
        "callFlows": [{ "id": format!("{id}-default"), "name": "Default call flow", "menuOptions": options }],
        "callHandlingAssociations": []
    })
}

fn cq(id: &str, name: &str, accounts: &[&str]) -> Value {
    json!({
        "identity": id, "name": name, "applicationInstances": accounts, "oboResourceAccountIds": [],
        "overflowAction": "DisconnectWithBusy", "overflowThreshold": 50, "overflowActionTarget": null,
        "timeoutAction": "Disconnect", "timeoutThreshold": 1200, "timeoutActionTarget": null,
        "noAgentAction": "Queue", "noAgentActionTarget": null
    })
}

fn snapshot(ras: Vec<Value>, aas: Vec<Value>, cqs: Vec<Value>) -> Value {
    json!({
        "format": "teams-tenant-snapshot", "version": 1, "createdUtc": "2026-11-24T09:00:00Z", "tenantId": "t1",
        "subscribedSkus": [{ "skuId": "e43b5b99-8dfb-405f-9987-dc307f34bcbd", "skuPartNumber": "MCOEV", "appliesTo": "User",
            "consumedUnits": 1, "prepaidUnits": { "enabled": 10, "warning": 0, "suspended": 0, "lockedOut": 0 }, "servicePlans": ["MCOEV"] }],
        "applicationInstances": ras, "phoneNumbers": [], "autoAttendants": aas, "callQueues": cqs,
        "callerIdResourceAccountIds": [], "licenses": {}
    })
}

fn names(plan: &Plan) -> Vec<(u32, String)> {
    flatten(&plan.call_flows).iter().map(|f| (f.depth, f.node.name.clone())).collect()
}

fn shape(v: &[(u32, &str)]) -> Vec<(u32, String)> {
    v.iter().map(|(d, n)| (*d, (*n).to_owned())).collect()
}

#[test]
fn a_loop_is_placed_once_and_reported_with_its_path() {
    // A (number) → B (direct) → A (through A's account).
    let s = snapshot(
        vec![ra("ra-a", "A line", AA_APP, "tel:+14255550100")],
        vec![
            aa("aa-a", "A", &["ra-a"], &[target("aa-b", "ConfigurationEndpoint")]),
            aa("aa-b", "B", &[], &[target("ra-a", "ApplicationEndpoint")]),
        ],
        vec![],
    );
    let i = import_json(&s);
    assert_eq!(names(&i.plan), shape(&[(0, "A"), (1, "B")]));
    assert!(i.report.findings.contains(&Finding::Loop { path: "A → B → A".into() }), "{:?}", i.report.findings);
}

#[test]
fn a_loop_with_no_entry_still_places_every_node() {
    // B → C → B, nobody reaches either, no numbers.
    let s = snapshot(
        vec![],
        vec![
            aa("aa-b", "B", &[], &[target("aa-c", "ConfigurationEndpoint")]),
            aa("aa-c", "C", &[], &[target("aa-b", "ConfigurationEndpoint")]),
        ],
        vec![],
    );
    let i = import_json(&s);
    assert_eq!(names(&i.plan), shape(&[(0, "B"), (1, "C")]));
    let f = &i.report.findings;
    assert!(f.contains(&Finding::Loop { path: "B → C → B".into() }), "{f:?}");
    assert!(f.contains(&Finding::Unreachable { node: "B".into() }), "{f:?}");
}

#[test]
fn a_queue_reached_from_two_attendants_is_shown_once() {
    let s = snapshot(
        vec![
            ra("ra-1", "One", AA_APP, "tel:+14255550101"),
            ra("ra-2", "Two", AA_APP, "tel:+14255550102"),
            ra("ra-q", "Queue line", CQ_APP, ""),
        ],
        vec![
            aa("aa-1", "Reception", &["ra-1"], &[target("ra-q", "ApplicationEndpoint")]),
            aa("aa-2", "Branch", &["ra-2"], &[target("cq-1", "ConfigurationEndpoint")]),
        ],
        vec![cq("cq-1", "Support", &["ra-q"])],
    );
    let i = import_json(&s);
    // Branch sorts before Reception (both numbered AAs, by name): it takes the queue.
    assert_eq!(names(&i.plan), shape(&[(0, "Branch"), (1, "Support"), (0, "Reception")]));
    assert!(
        i.report.findings.contains(&Finding::SharedTarget {
            node: "Support".into(),
            from: "Reception › Default call flow › Tone1".into(),
            shown_under: "Branch".into()
        }),
        "{:?}",
        i.report.findings
    );
}

#[test]
fn holiday_flows_count_unreferenced_flows_do_not() {
    let mut main = aa("aa-1", "Main", &["ra-1"], &[]);
    main["callFlows"] = json!([
        { "id": "aa-1-default", "name": "Default call flow", "menuOptions": [] },
        { "id": "holiday", "name": "Christmas", "menuOptions": [
            { "dtmf": "Automatic", "action": "TransferCallToTarget", "target": target("cq-h", "ConfigurationEndpoint") } ] },
        { "id": "stale", "name": "Old flow", "menuOptions": [
            { "dtmf": "Automatic", "action": "TransferCallToTarget", "target": target("cq-x", "ConfigurationEndpoint") } ] }
    ]);
    main["callHandlingAssociations"] = json!([{ "type": "Holiday", "callFlowId": "HOLIDAY", "enabled": true }]);
    let s = snapshot(
        vec![ra("ra-1", "Main line", AA_APP, "tel:+14255550100")],
        vec![main],
        vec![cq("cq-h", "Holiday queue", &[]), cq("cq-x", "Unused queue", &[])],
    );
    let i = import_json(&s);
    assert_eq!(names(&i.plan), shape(&[(0, "Main"), (1, "Holiday queue"), (0, "Unused queue")]));
    assert!(i.report.findings.contains(&Finding::Unreachable { node: "Unused queue".into() }));
}

#[test]
fn queue_targets_count_only_when_the_action_forwards() {
    let mut q = cq("cq-1", "Sales", &["ra-q"]);
    // A stale target left behind after the overflow action changed: not a route.
    q["overflowAction"] = json!("DisconnectWithBusy");
    q["overflowActionTarget"] = target("aa-2", "ConfigurationEndpoint");
    q["timeoutAction"] = json!("Forward");
    q["timeoutActionTarget"] = target("cq-2", "ConfigurationEndpoint");
    q["noAgentAction"] = json!("Voicemail");
    q["noAgentActionTarget"] = target("cq-3", "ConfigurationEndpoint");
    let s = snapshot(
        vec![ra("ra-q", "Sales line", CQ_APP, "tel:+14255550100"), ra("ra-2", "Other", AA_APP, "tel:+14255550199")],
        vec![aa("aa-2", "Other AA", &["ra-2"], &[])],
        vec![q, cq("cq-2", "Overflow queue", &[]), cq("cq-3", "No-agent queue", &[])],
    );
    let i = import_json(&s);
    assert_eq!(names(&i.plan), shape(&[(0, "Other AA"), (0, "Sales"), (1, "Overflow queue"), (0, "No-agent queue")]));
}

#[test]
fn the_operator_counts_only_when_a_menu_uses_it() {
    let mut with = aa("aa-1", "With operator", &["ra-1"], &[]);
    with["operator"] = target("cq-1", "ConfigurationEndpoint");
    with["callFlows"][0]["menuOptions"] =
        json!([{ "dtmf": "Tone0", "action": "TransferCallToOperator", "target": null }]);
    let mut without = aa("aa-2", "Without operator", &["ra-2"], &[]);
    without["operator"] = target("cq-2", "ConfigurationEndpoint");
    let s = snapshot(
        vec![ra("ra-1", "L1", AA_APP, "tel:+14255550101"), ra("ra-2", "L2", AA_APP, "tel:+14255550102")],
        vec![with, without],
        vec![cq("cq-1", "Operator queue", &[]), cq("cq-2", "Configured only", &[])],
    );
    let i = import_json(&s);
    assert_eq!(
        names(&i.plan),
        shape(&[(0, "With operator"), (1, "Operator queue"), (0, "Without operator"), (0, "Configured only")])
    );
}

#[test]
fn stale_targets_to_deleted_objects_are_reported() {
    let s = snapshot(
        vec![ra("ra-1", "L1", AA_APP, "tel:+14255550101")],
        vec![aa("aa-1", "Main", &["ra-1"], &[target("gone-0000", "ConfigurationEndpoint"), target("user-1", "User")])],
        vec![],
    );
    let i = import_json(&s);
    let f = &i.report.findings;
    assert!(
        f.contains(&Finding::TransferToMissing {
            path: "Main › Default call flow › Tone1".into(),
            id: "gone-0000".into()
        }),
        "{f:?}"
    );
    // A user target is no node and no finding.
    assert_eq!(f.iter().filter(|x| matches!(x, Finding::TransferToMissing { .. })).count(), 1);
}

#[test]
fn encodings_powershell_writes_all_read_the_same() {
    let plain = fixture("01_nested_basic.json");
    let expected = import(&plain);
    let text = String::from_utf8(plain.clone()).unwrap();
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("UTF-8 BOM", [&[0xEF, 0xBB, 0xBF][..], &plain].concat()),
        ("UTF-16 LE BOM (Out-File)", [&[0xFF, 0xFE][..], &le].concat()),
        ("UTF-16 BE BOM", [&[0xFE, 0xFF][..], &be].concat()),
        ("UTF-16 LE no BOM", le.clone()),
    ];
    for (what, bytes) in variants {
        let got = read_snapshot(&bytes, &Plan::default(), None).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got.plan, expected.plan, "{what}");
    }
    assert!(is_snapshot(&text));
    assert!(is_snapshot(&text[..200]), "a file cut short is still told apart by its format");
    assert!(!is_snapshot(r#"{"format":"resource-account-plan","version":2}"#));
}

#[test]
fn numbers_for_enums_ids_in_any_case_and_powershell_wrappers() {
    let mut q = cq("CQ-1", "Sales", &["RA-Q"]);
    q["timeoutAction"] = json!(1); // Forward, by the documented order
    q["timeoutActionTarget"] = json!({ "id": "CQ-2", "type": 6 });
    let mut main = aa("AA-1", "Main", &[], &[]);
    // 5.1's wrapped array, and a one-element list that lost its brackets.
    main["applicationInstances"] = json!({ "value": ["ra-1"], "Count": 1 });
    main["callFlows"] = json!({ "id": "AA-1-default", "name": "Default call flow",
        "menuOptions": { "dtmf": 1, "action": 3, "target": { "id": "ra-q", "type": 3 } } });
    main["defaultCallFlowId"] = json!("aa-1-DEFAULT");
    let s = snapshot(
        vec![ra("RA-1", "Main line", AA_APP, "61255501000"), ra("ra-q", "Sales line", CQ_APP, "")],
        vec![main],
        vec![q, cq("cq-2", "Overflow", &[])],
    );
    let i = import_json(&s);
    assert_eq!(names(&i.plan), shape(&[(0, "Main"), (1, "Sales"), (2, "Overflow")]));
    let first = &i.plan.call_flows[0].resource_accounts[0];
    assert_eq!(first.phone_number.as_deref(), Some("+61255501000"), "the missing + is restored");
    assert!(i.report.findings.iter().any(|f| matches!(f, Finding::NumericValues { count } if *count >= 2)));
}

#[test]
fn unknown_products_count_by_their_service_plans() {
    let mut s = snapshot(vec![], vec![], vec![]);
    s["subscribedSkus"] = json!([
        { "skuId": "00000000-0000-0000-0000-00000000aaaa", "skuPartNumber": "FUTURE_SUITE_E9", "appliesTo": "User", "consumedUnits": 3,
          "prepaidUnits": { "enabled": 20, "warning": 5, "suspended": 7, "lockedOut": 0 }, "servicePlans": ["TEAMS1", "MCOEV"] },
        { "skuId": "00000000-0000-0000-0000-00000000bbbb", "skuPartNumber": "SOMETHING_ELSE", "appliesTo": "User", "consumedUnits": 3,
          "prepaidUnits": { "enabled": 9, "warning": 0, "suspended": 0, "lockedOut": 0 }, "servicePlans": ["EXCHANGE_S_STANDARD"] },
        { "skuId": "e43b5b99-8dfb-405f-9987-dc307f34bcbd", "skuPartNumber": "MCOEV", "appliesTo": "User", "consumedUnits": 3,
          "prepaidUnits": { "enabled": 10, "warning": 0, "suspended": 0, "lockedOut": 0 }, "servicePlans": ["MCOEV"] }
    ]);
    let i = import_json(&s);
    assert_eq!(licenses(&i.plan), lic(&[("MCOEV", 35)]));
    let f = &i.report.findings;
    assert!(
        f.contains(&Finding::ClassifiedProduct {
            part_number: "FUTURE_SUITE_E9".into(),
            units: 25,
            counted_as: "MCOEV"
        }),
        "{f:?}"
    );
    assert!(f.contains(&Finding::NotCounted { part_number: "FUTURE_SUITE_E9".into(), units: 7 }), "{f:?}");
}

#[test]
fn a_number_from_another_country_than_the_usage_location_is_found() {
    let mut s = snapshot(
        vec![ra("ra-1", "Paris line", AA_APP, "tel:+33155550100")],
        vec![aa("aa-1", "Paris", &["ra-1"], &[])],
        vec![],
    );
    s["phoneNumbers"] = json!([{ "telephoneNumber": "+33155550100", "numberType": "CallingPlan", "assignedPstnTargetId": "RA-1", "isoCountryCode": "FR" }]);
    s["usageLocations"] = json!({ "RA-1@T.EXAMPLE": "US" });
    s["licenses"] = json!({ "ra-1@t.example": ["PHONESYSTEM_VIRTUALUSER"] });
    let i = import_json(&s);
    let a = &i.plan.call_flows[0].resource_accounts[0];
    assert_eq!((a.number_type, a.current_license), (Some(NumberType::CallingPlan), CurrentLicense::ResourceAccount));
    assert!(i.report.findings.contains(&Finding::CountryMismatch {
        account: "Paris line".into(),
        number: "+33155550100".into(),
        number_country: "FR".into(),
        usage_location: "US".into()
    }));
}

fn refused(bytes: &[u8]) -> PlanFileError {
    read_snapshot(bytes, &Plan::default(), None).expect_err("should be refused")
}

#[test]
fn bad_files_are_refused_with_the_place() {
    let mut deep = snapshot(vec![], vec![aa("aa-1", "Main", &[], &[target("x", "User")])], vec![]);
    deep["autoAttendants"][0]["callFlows"][0]["menuOptions"][0]["target"] =
        json!("Microsoft.Rtc.Management.Hosted.OAA.Models.CallableEntity");
    let e = refused(deep.to_string().as_bytes());
    assert_eq!(
        e.kind,
        ErrorKind::DepthTruncated { type_name: "Microsoft.Rtc.Management.Hosted.OAA.Models.CallableEntity".into() }
    );
    assert_eq!(e.path, "autoAttendants[0].callFlows[0].menuOptions[0].target");

    let mut shallow = snapshot(vec![], vec![aa("aa-1", "Main", &[], &[])], vec![]);
    shallow["autoAttendants"][0]["callFlows"] = json!("System.Object[]");
    assert!(matches!(refused(shallow.to_string().as_bytes()).kind, ErrorKind::DepthTruncated { .. }));

    let text = String::from_utf8(fixture("01_nested_basic.json")).unwrap();
    let cut = &text[..text.len() / 2];
    let e = refused(cut.as_bytes());
    assert_eq!(e.kind, ErrorKind::EndsEarly);
    assert!(e.line.is_some());

    assert!(matches!(refused(br#"{"format":"resource-account-plan","version":2}"#).kind, ErrorKind::NotAPlan { .. }));
    assert_eq!(
        refused(br#"{"format":"teams-tenant-snapshot","version":2}"#).kind,
        ErrorKind::NewerVersion { version: 2 }
    );
    assert_eq!(refused(br#"{"format":"teams-tenant-snapshot"}"#).kind, ErrorKind::MissingVersion);
    assert_eq!(refused(b"[1,2]").kind, ErrorKind::NotAnObject);
    assert_eq!(refused(b"  ").kind, ErrorKind::Empty);
    assert!(matches!(refused(&[0xFF, 0xFE, 0x00, 0xD8]).kind, ErrorKind::NotUtf8 { .. }));
}

#[test]
fn a_reimport_lists_what_changed_and_keeps_the_users_settings() {
    let first = import(&fixture("01_nested_basic.json"));
    let mut before = first.plan.clone();
    before.customer = Some("Contoso".into());
    let mut v: Value = serde_json::from_slice(&fixture("01_nested_basic.json")).unwrap();
    v["licenses"]["cq-support@contoso.com"] = json!(["PHONESYSTEM_VIRTUALUSER"]);
    v["applicationInstances"][1]["phoneNumber"] = json!("tel:+14255550111");
    v["callQueues"][0]["name"] = json!("Sales EMEA");
    v["subscribedSkus"][1]["prepaidUnits"]["enabled"] = json!(6);
    let again = read_snapshot(v.to_string().as_bytes(), &before, Some("977C9D5B-2DAE-5D82-AADA-628BC1C14213")).unwrap();
    assert_eq!(again.plan.customer.as_deref(), Some("Contoso"));
    let c = again.report.changes.expect("same tenant: changes listed");
    for expected in [
        Change::NodeAdded { node: "Sales EMEA".into() },
        Change::NodeRemoved { node: "Sales".into() },
        Change::NumberChanged { account: "Sales Queue".into(), from: String::new(), to: "+14255550111".into() },
        Change::LicenseChanged {
            account: "Support Queue".into(),
            from: CurrentLicense::None,
            to: CurrentLicense::ResourceAccount,
        },
        Change::LicenseCount { key: "PHONESYSTEM_VIRTUALUSER".into(), from: 5, to: 6 },
    ] {
        assert!(c.contains(&expected), "{expected:?} missing from {c:?}");
    }
    assert_eq!(c.len(), 5, "{c:?}");
    // Another tenant: no comparison.
    assert!(read_snapshot(v.to_string().as_bytes(), &before, Some("other")).unwrap().report.changes.is_none());
    assert!(changes(&first.plan, &first.plan).is_empty());
}

/// A tenant of `n` accounts: one numbered AA per 10 accounts with nine nested queues,
/// every second queue reached through its account, the others directly.
pub fn generated_tenant(n: usize) -> Value {
    let mut ras = Vec::new();
    let mut aas = Vec::new();
    let mut cqs = Vec::new();
    let mut lic = serde_json::Map::new();
    for g in 0..n / 10 {
        let aa_ra = format!("ra-{g}-0");
        ras.push(ra(&aa_ra, &format!("Reception {g}"), AA_APP, &format!("tel:+1425{:07}", g)));
        lic.insert(format!("{aa_ra}@t.example"), json!(["PHONESYSTEM_VIRTUALUSER"]));
        let mut targets = Vec::new();
        for q in 1..10 {
            let id = format!("ra-{g}-{q}");
            ras.push(ra(&id, &format!("Queue {g}.{q}"), CQ_APP, ""));
            cqs.push(cq(&format!("cq-{g}-{q}"), &format!("Queue {g}.{q}"), &[&id]));
            targets.push(if q % 2 == 0 {
                target(&id, "ApplicationEndpoint")
            } else {
                target(&format!("cq-{g}-{q}"), "ConfigurationEndpoint")
            });
        }
        aas.push(aa(&format!("aa-{g}"), &format!("Reception {g}"), &[&aa_ra], &targets));
    }
    let mut s = snapshot(ras, aas, cqs);
    s["licenses"] = Value::Object(lic);
    s
}

#[test]
fn a_generated_two_thousand_account_tenant_places_every_account_once() {
    let i = import_json(&generated_tenant(2000));
    let flat = flatten(&i.plan.call_flows);
    assert_eq!(flat.len(), 2000);
    assert_eq!(flat.iter().map(|f| f.node.resource_accounts.len()).sum::<usize>(), 2000);
    assert_eq!(i.plan.call_flows.len(), 200);
    assert!(i.report.findings.contains(&Finding::ResourceAccountLicenses { owned: 0, assigned: 0, needed: 2000 }));
}

fn node_count(nodes: &[std::rc::Rc<CallFlowNode>]) -> usize {
    flatten(nodes).len()
}

proptest! {
    /// Any graph of transfers: every AA/CQ is placed exactly once, nesting stays within
    /// what a plan holds, and every account stays on its node.
    #[test]
    fn every_graph_becomes_a_tree_of_all_its_nodes(
        n in 1usize..40,
        edges in proptest::collection::vec((0usize..40, 0usize..40, any::<bool>()), 0..120),
        numbered in proptest::collection::vec(any::<bool>(), 40),
    ) {
        let ras: Vec<Value> = (0..n).map(|i| ra(&format!("ra-{i}"), &format!("L{i}"), if i % 2 == 0 { AA_APP } else { CQ_APP },
            &if numbered[i] { format!("tel:+1425555{i:04}") } else { String::new() })).collect();
        let mut targets: Vec<Vec<Value>> = vec![Vec::new(); n];
        for (a, b, direct) in edges {
            let (a, b) = (a % n, b % n);
            targets[a].push(if direct { target(&format!("app-{b}"), "ConfigurationEndpoint") } else { target(&format!("ra-{b}"), "ApplicationEndpoint") });
        }
        let mut aas = Vec::new();
        let mut cqs = Vec::new();
        for (i, to) in targets.iter().enumerate() {
            let id = format!("app-{i}");
            let account = format!("ra-{i}");
            if i % 2 == 0 {
                aas.push(aa(&id, &format!("N{i}"), &[&account], to));
            } else {
                // Queues forward their timeout to their first target only.
                let mut q = cq(&id, &format!("N{i}"), &[&account]);
                if let Some(t) = to.first() {
                    q["timeoutAction"] = json!("Forward");
                    q["timeoutActionTarget"] = t.clone();
                }
                cqs.push(q);
            }
        }
        let i = import_json(&snapshot(ras, aas, cqs));
        let flat = flatten(&i.plan.call_flows);
        prop_assert_eq!(node_count(&i.plan.call_flows), n);
        let mut seen: Vec<String> = flat.iter().map(|f| f.node.name.clone()).collect();
        seen.sort();
        seen.dedup();
        prop_assert_eq!(seen.len(), n);
        prop_assert!(flat.iter().all(|f| (f.depth as usize) < MAX_NESTING));
        prop_assert!(flat.iter().all(|f| f.node.resource_accounts.len() == 1));
        prop_assert!(flat.iter().all(|f| f.node.name[1..] == f.node.resource_accounts[0].display_name[1..]));
    }
}
