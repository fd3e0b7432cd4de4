//! The three rule editions: the worked examples of each, the 2025 answers (what to get at
//! no cost, what to drop, what still costs money), the editions side by side, and plan
//! files of both versions.
#![cfg(not(target_arch = "wasm32"))]

use resource_account_calculator::engine::compare::{differences, Difference};
use resource_account_calculator::engine::*;
use resource_account_calculator::examples::{contoso_2019, contoso_2022, contoso_2025, contoso_nested_2025, Example};
use resource_account_calculator::plan_file::{read_plan, write_plan, ErrorKind};

fn account(name: &str, number: Option<&str>) -> ResourceAccount {
    ResourceAccount {
        display_name: name.into(),
        phone_number: number.map(str::to_owned),
        number_type: number.map(|_| NumberType::CallingPlan),
        ..ResourceAccount::default()
    }
}

fn node(kind: NodeKind, name: &str, accounts: Vec<ResourceAccount>, children: Vec<CallFlowNode>) -> CallFlowNode {
    CallFlowNode { kind, name: name.into(), resource_accounts: accounts, children }
}

fn plan(rules: RuleEdition, licenses: &[(&str, u32)], call_flows: Vec<CallFlowNode>) -> Plan {
    Plan {
        rules,
        licenses: licenses.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        call_flows: plan::roots(call_flows),
        ..Plan::default()
    }
}

fn summary(out: &Outcome, rules: RuleEdition) -> &EditionSummary {
    out.editions.iter().find(|e| e.rules == rules).unwrap()
}

#[test]
fn a_new_plan_uses_the_2025_rules_in_force() {
    assert_eq!(Plan::default().rules, RuleEdition::E2025);
    assert_eq!(IN_FORCE, RuleEdition::E2025);
    assert_eq!(RuleEdition::ALL.map(RuleEdition::as_str), ["2025", "2022", "2019"]);
}

#[test]
fn contoso_2025_gets_90_resource_account_licenses_at_no_cost() {
    let out = evaluate(&contoso_2025());
    let f = out.figures;
    assert_eq!(f.accounts_needing_license, 90);
    assert_eq!(f.free_allotment, 90);
    assert_eq!(f.free_used, 90);
    assert_eq!(f.paid_needed, 0);
    assert_eq!(f.licenses_to_cover_all, 0);
    assert_eq!(f.accounts_removable, 0, "all 90 are top-level and numbered");
    assert_eq!(f.qualifying_licenses, 600, "shown for information");
    assert!(out.steps.contains(&Step::AcquireFreeLicenses {
        quantity: 90,
        allotment: None,
        already_owned: 0,
        channel: Channel::WebDirect
    }));
    assert!(!out.steps.iter().any(|s| matches!(s, Step::AcquirePaidLicenses { .. })));
    assert_eq!(out.cost.monthly, 0.0);
    assert!(out.cost.nothing_to_pay());
}

#[test]
fn contoso_is_85_free_and_5_paid_under_2019_and_2022_and_nothing_paid_under_2025() {
    // The seeds' Contoso (600 licenses with Phone System), viewed under each edition.
    for p in [contoso_2019(), contoso_2025(), Plan { rules: RuleEdition::E2022, ..contoso_2025() }] {
        let out = evaluate(&p);
        let (e2025, e2022, e2019) =
            (summary(&out, RuleEdition::E2025), summary(&out, RuleEdition::E2022), summary(&out, RuleEdition::E2019));
        assert_eq!((e2019.figures.free_allotment, e2019.figures.paid_needed), (85, 5), "{:?}", p.rules);
        assert_eq!((e2022.figures.free_allotment, e2022.figures.paid_needed), (85, 5), "{:?}", p.rules);
        assert_eq!((e2025.figures.free_used, e2025.figures.paid_needed), (90, 0), "{:?}", p.rules);
        assert_eq!(e2019.figures.licenses_to_cover_all, 50, "10 × (90 − 25) = 650 = 600 + 50");
        // The shown edition's figures are its column.
        assert_eq!(summary(&out, p.rules).figures, out.figures);
    }
}

#[test]
fn the_2022_page_counts_shared_devices_and_the_2019_one_does_not() {
    let out = evaluate(&contoso_2022());
    assert_eq!((out.figures.free_allotment, out.figures.paid_needed), (85, 5), "the 2022 page's own example");
    assert_eq!(summary(&out, RuleEdition::E2022).figures.qualifying_licenses, 600);
    assert_eq!(summary(&out, RuleEdition::E2019).figures.qualifying_licenses, 500);
    assert_eq!(summary(&out, RuleEdition::E2019).figures.free_allotment, 75);
    assert!(differences(&out).contains(&Difference::SharedDevicesCount { licenses: 100, extra_free: 10 }));
    assert!(differences(&out).contains(&Difference::NoCostSince2025 { paid_2022: 5, paid_2019: 15 }));
}

#[test]
fn forty_nested_queues_without_numbers_can_drop_their_accounts_leaving_50_licenses() {
    let out = evaluate(&contoso_nested_2025());
    let f = out.figures;
    assert_eq!(f.accounts_needing_license, 90);
    assert_eq!(f.accounts_removable, 40);
    assert_eq!(f.paid_needed, 0);
    assert!(out.steps.contains(&Step::AcquireFreeLicenses {
        quantity: 50,
        allotment: None,
        already_owned: 0,
        channel: Channel::WebDirect
    }));
    let create = out.steps.iter().find_map(|s| match s {
        Step::CreateResourceAccounts { accounts } => Some(accounts.len()),
        _ => None,
    });
    assert_eq!(create, Some(50), "the 40 nested ones are not created");
    let drop = out.steps.iter().find_map(|s| match s {
        Step::TargetNestedDirectly { accounts } => Some(accounts.clone()),
        _ => None,
    });
    let drop = drop.expect("a step targets the nested ones directly");
    assert_eq!(drop.len(), 40);
    assert!(drop.iter().all(|d| !d.exists));
    assert!(out.advice.contains(&Advice::DropNestedAccounts { accounts: 40 }));
    // The same tree under the older editions: none can go.
    assert_eq!(summary(&out, RuleEdition::E2022).figures.accounts_removable, 0);
    assert_eq!(summary(&out, RuleEdition::E2019).figures.accounts_removable, 0);
    // Under 2019 the 40 without a number need no license at all.
    assert_eq!(summary(&out, RuleEdition::E2019).figures.accounts_needing_license, 50);
}

#[test]
fn accounts_removable_counts_only_nested_numberless_accounts_that_do_not_dial_out() {
    let mut caller_id = account("Nested caller ID", None);
    caller_id.outbound_caller_id = true;
    let tree = vec![node(
        NodeKind::AutoAttendant,
        "Main",
        vec![account("Main AA", Some("+12505550012")), account("Main spare", None)],
        vec![
            node(NodeKind::CallQueue, "Sales", vec![account("Sales CQ", None)], vec![]),
            node(NodeKind::CallQueue, "Direct", vec![account("Direct CQ", Some("+12505550013"))], vec![]),
            node(
                NodeKind::AutoAttendant,
                "Outbound",
                vec![caller_id],
                vec![node(NodeKind::CallQueue, "Deep", vec![account("Deep CQ", None)], vec![])],
            ),
        ],
    )];
    let p = plan(RuleEdition::E2025, &[("MCOEV", 10)], tree);
    let out = evaluate(&p);
    // Sales CQ and Deep CQ: nested, no number, no caller ID. Main spare is top-level;
    // Direct CQ has a number; the caller-ID account dials out.
    assert_eq!(out.figures.accounts_removable, 2);
    let dropped: Vec<u32> = out.accounts.iter().filter(|a| a.droppable).map(|a| a.at.node).collect();
    assert_eq!(dropped, vec![1, 4]);
    for rules in [RuleEdition::E2019, RuleEdition::E2022] {
        assert_eq!(evaluate(&Plan { rules, ..p.clone() }).figures.accounts_removable, 0, "{rules:?}");
    }
}

#[test]
fn existing_droppable_accounts_are_retargeted_then_removed_and_free_their_licenses() {
    let mut licensed = account("Sales CQ", None);
    licensed.current_license = CurrentLicense::ResourceAccount;
    let tree = vec![node(
        NodeKind::AutoAttendant,
        "Main",
        vec![account("Main AA", Some("+12505550012"))],
        vec![node(NodeKind::CallQueue, "Sales", vec![licensed], vec![])],
    )];
    let out = evaluate(&plan(RuleEdition::E2025, &[("MCOEV", 10), ("PHONESYSTEM_VIRTUALUSER", 1)], tree));
    assert!(out.steps.contains(&Step::TargetNestedDirectly {
        accounts: vec![DropAccount { at: AccountRef { node: 1, account: 0 }, exists: true }]
    }));
    // One account kept, one license owned (the dropped account's): nothing to get.
    assert!(!out.steps.iter().any(|s| matches!(s, Step::AcquireFreeLicenses { .. })));
}

#[test]
fn under_2025_a_nested_node_without_an_account_is_normal_and_a_top_level_one_is_warned() {
    let tree = vec![
        node(
            NodeKind::AutoAttendant,
            "Main",
            vec![account("Main", Some("+12505550012"))],
            vec![node(NodeKind::CallQueue, "Nested, no account", vec![], vec![])],
        ),
        node(NodeKind::CallQueue, "Top, no account", vec![], vec![]),
    ];
    let p = plan(RuleEdition::E2025, &[("MCOEV", 10)], tree);
    let out = evaluate(&p);
    assert!(out.warnings.contains(&Warning::NodesWithoutResourceAccount { nodes: vec![2], top_level_only: true }));
    let old = evaluate(&Plan { rules: RuleEdition::E2022, ..p });
    assert!(old.warnings.contains(&Warning::NodesWithoutResourceAccount { nodes: vec![1, 2], top_level_only: false }));
}

#[test]
fn teams_phone_standard_on_a_resource_account_is_wrong_under_2025_too() {
    let mut ra = account("Main", Some("+12505550012"));
    ra.current_license = CurrentLicense::PhoneSystem;
    let out = evaluate(&plan(
        RuleEdition::E2025,
        &[("SPE_E5", 10)],
        vec![node(NodeKind::AutoAttendant, "M", vec![ra], vec![])],
    ));
    let at = AccountRef { node: 0, account: 0 };
    assert!(out.warnings.contains(&Warning::ReplaceTeamsPhoneStandard { accounts: vec![at] }));
    assert_eq!(out.license_status, LicenseStatus { resource_account: 0, phone_system: 1, none: 0 });
    let assign = out.steps.iter().find_map(|s| match s {
        Step::AssignLicenses { assignments } => Some(assignments.clone()),
        _ => None,
    });
    assert_eq!(
        assign,
        Some(vec![LicenseAssignment {
            at,
            license: LicenseToAssign::FreeResourceAccount,
            replaces_phone_system: true
        }])
    );
}

#[test]
fn a_tenant_without_teams_phone_gets_nothing_under_2025_and_one_license_fixes_it() {
    let tree = vec![node(NodeKind::AutoAttendant, "Main", vec![account("Main", Some("+12505550012"))], vec![])];
    let out = evaluate(&plan(RuleEdition::E2025, &[("SPE_E3", 500)], tree));
    assert_eq!((out.figures.free_allotment, out.figures.paid_needed, out.figures.licenses_to_cover_all), (0, 1, 1));
    assert!(out.warnings.contains(&Warning::NoPhoneSystemLicense));
}

#[test]
fn teams_rooms_make_a_tenant_eligible_in_every_edition_but_never_count_per_10() {
    let tree = vec![node(NodeKind::AutoAttendant, "Main", vec![account("Main", Some("+12505550012"))], vec![])];
    let out = evaluate(&plan(RuleEdition::E2022, &[("Microsoft_Teams_Rooms_Pro", 500)], tree));
    assert!(out.tally.eligible());
    assert_eq!(out.tally.teams_rooms, 500);
    for e in &out.editions {
        assert_eq!(e.figures.qualifying_licenses, 0, "{:?}", e.rules);
        assert_eq!(e.figures.paid_needed, 0, "{:?}", e.rules);
    }
    assert_eq!(summary(&out, RuleEdition::E2022).figures.free_allotment, 25);
    assert!(differences(&out).contains(&Difference::TeamsRoomsNotCounted { licenses: 500 }));
}

#[test]
fn what_still_costs_money_dial_out_and_toll_free_by_channel() {
    let mut cp = account("Calling Plan caller ID", Some("+12505550012"));
    cp.outbound_caller_id = true;
    let mut dr = account("Direct Routing caller ID", Some("+12505550013"));
    dr.number_type = Some(NumberType::DirectRouting);
    dr.outbound_caller_id = true;
    let mut oc = account("Operator Connect caller ID", Some("+12505550014"));
    oc.number_type = Some(NumberType::OperatorConnect);
    oc.outbound_caller_id = true;
    let mut undecided = account("No number yet", None);
    undecided.outbound_caller_id = true;
    let mut toll_free = account("Toll-free", Some("+18005550100"));
    toll_free.number_type = Some(NumberType::OperatorConnect);
    toll_free.toll_free = true;
    let tree = vec![node(NodeKind::CallQueue, "Q", vec![cp, dr, oc, undecided, toll_free], vec![])];
    let mut p = plan(RuleEdition::E2025, &[("SPE_E5", 100), ("MCOPSTNC", 1)], tree);
    let out = evaluate(&p);
    assert_eq!(
        out.paid_side,
        PaidSide { calling_plan: 1, voice_routing: 1, operator_connect: 1, undecided: 1, toll_free: 1 }
    );
    // No price given, none invented: the Calling Plan line has no price.
    let line = out.cost.lines.iter().find(|l| l.item == CostItem::CallingPlan).unwrap();
    assert_eq!((line.quantity, line.unit_monthly), (1, None));
    assert!(out.cost.missing_prices);
    assert_eq!(out.cost.toll_free_billing, TollFreeBilling::CommunicationsCredits);
    assert!(out.steps.contains(&Step::AcquireCallingPlans { quantity: 1, channel: Channel::WebDirect }));
    assert!(!out.steps.iter().any(|s| matches!(s, Step::PrepareTollFree { .. })), "credits are in the plan");

    p.pricing.calling_plan_monthly = Some(12.5);
    p.channel = Channel::Partner;
    let priced = evaluate(&p);
    assert_eq!(priced.cost.monthly, 12.5);
    assert!(!priced.cost.missing_prices);
    assert_eq!(priced.cost.toll_free_billing, TollFreeBilling::PayAsYouGoOverage);
    // New Commerce customers cannot buy credits: owned credits do not make the step go away.
    assert!(priced
        .steps
        .contains(&Step::PrepareTollFree { toll_free_accounts: 1, billing: TollFreeBilling::PayAsYouGoOverage }));
}

#[test]
fn the_default_price_applies_only_to_the_2019_phone_system_license_in_usd() {
    let out = evaluate(&contoso_2025());
    let e2019 = &summary(&out, RuleEdition::E2019).cost;
    let e2022 = &summary(&out, RuleEdition::E2022).cost;
    assert_eq!(e2019.monthly, 40.0);
    assert!(e2019.lines.iter().any(|l| l.default_price));
    assert!(e2022.missing_prices, "Microsoft never published the 2022 price");
    assert_eq!(e2022.monthly, 0.0);
    let mut eur = contoso_2025();
    eur.pricing.currency = "EUR".into();
    assert!(summary(&evaluate(&eur), RuleEdition::E2019).cost.missing_prices, "no EUR list price is known");
    let mut own = contoso_2025();
    own.pricing.paid_license_monthly = Some(10.0);
    let out = evaluate(&own);
    assert_eq!(summary(&out, RuleEdition::E2022).cost.monthly, 50.0);
    assert!(!summary(&out, RuleEdition::E2019).cost.lines.iter().any(|l| l.default_price));
}

#[test]
fn per_account_reasons_differ_by_edition() {
    assert_eq!(Reason::of(RuleEdition::E2019, true, false), Reason::HasNumber);
    assert_eq!(Reason::of(RuleEdition::E2019, false, true), Reason::NoNumber);
    assert_eq!(Reason::of(RuleEdition::E2022, false, true), Reason::EveryAccount);
    assert_eq!(Reason::of(RuleEdition::E2025, false, true), Reason::CanBeDropped);
    assert_eq!(Reason::of(RuleEdition::E2025, true, false), Reason::EveryAccount);
    let p = contoso_nested_2025();
    let under_2019 = decisions_under(&p, RuleEdition::E2019);
    assert_eq!(under_2019.iter().filter(|d| **d == Decision::NotNeeded).count(), 40);
    assert_eq!(decisions_under(&p, RuleEdition::E2025).iter().filter(|d| **d == Decision::Free).count(), 90);
}

const V1_ORIGINAL: &str = r#"{
  "format": "resource-account-plan",
  "version": 1,
  "rules": "original",
  "licenses": { "SPE_E5": 600 },
  "callFlows": [
    { "kind": "autoAttendant", "name": "A",
      "resourceAccounts": [ { "displayName": "A", "phoneNumber": "+14255551000", "numberType": "callingPlan" } ],
      "children": [ { "kind": "callQueue", "name": "B", "resourceAccounts": [ { "displayName": "B" } ] } ] }
  ],
  "pricing": { "currency": "USD", "paidLicenseMonthly": 8.0 }
}"#;

#[test]
fn version_1_files_open_under_their_old_editions_with_unchanged_figures() {
    let original = read_plan(V1_ORIGINAL).unwrap();
    assert_eq!(original.rules, RuleEdition::E2019);
    let f = evaluate(&original).figures;
    assert_eq!((f.accounts_needing_license, f.accounts_without_license_need, f.free_allotment), (1, 1, 85));
    assert_eq!(original.pricing.paid_license_monthly, Some(8.0));

    let current = read_plan(&V1_ORIGINAL.replace(r#""rules": "original""#, r#""rules": "current""#)).unwrap();
    assert_eq!(current.rules, RuleEdition::E2022);
    assert_eq!(evaluate(&current).figures.accounts_needing_license, 2);
    let missing = read_plan(&V1_ORIGINAL.replace(r#""rules": "original","#, "")).unwrap();
    assert_eq!(missing.rules, RuleEdition::E2022, "a version 1 file without rules meant the 2022 rules");

    // Version 1 knows neither years nor the new fields.
    let year = read_plan(&V1_ORIGINAL.replace(r#""original""#, r#""2025""#)).unwrap_err();
    assert_eq!(year.path, "rules");
    let channel = read_plan(&V1_ORIGINAL.replace(r#""rules""#, r#""channel": "partner", "rules""#)).unwrap_err();
    assert_eq!(channel.kind, ErrorKind::UnknownField { field: "channel".into() });
}

#[test]
fn seeds_contoso_saved_as_version_1_opens_with_85_free_and_5_paid() {
    let mut text = write_plan(&contoso_2019()).unwrap();
    text = text.replace("\"version\": 2", "\"version\": 1").replace("\"rules\": \"2019\"", "\"rules\": \"original\"");
    text = text.replace("  \"channel\": \"webDirect\",\n", "").replace("  \"customer\": \"Contoso\",\n", "");
    let p = read_plan(&text).unwrap();
    let f = evaluate(&p).figures;
    assert_eq!((p.rules, f.free_allotment, f.paid_needed), (RuleEdition::E2019, 85, 5));
    // Saved by an older version at a first visit, it is recognised as the example.
    assert_eq!(Example::of(&p), Some(Example::Contoso2019));
}

#[test]
fn version_2_round_trips_channel_customer_prices_and_sku_ids() {
    let text = r#"{
      "format": "resource-account-plan",
      "version": 2,
      "rules": "2022",
      "channel": "enterpriseAgreement",
      "customer": "Fabrikam & Söhne",
      "licenses": { "06ebc4ee-1bb5-47dd-8120-11324bc54e06": 300, "d43177b5-475b-4880-92d4-d54c27b5efbd": 2 },
      "pricing": { "currency": "EUR", "callingPlanMonthly": 7.5 }
    }"#;
    let p = read_plan(text).unwrap();
    assert_eq!(p.rules, RuleEdition::E2022);
    assert_eq!(p.channel, Channel::EnterpriseAgreement);
    assert_eq!(p.customer.as_deref(), Some("Fabrikam & Söhne"));
    assert_eq!(p.licenses.get("SPE_E5"), Some(&300), "a skuId key reads as the catalog key");
    assert_eq!(p.licenses.get("d43177b5-475b-4880-92d4-d54c27b5efbd"), Some(&2));
    assert_eq!(
        p.pricing,
        Pricing { currency: "EUR".into(), paid_license_monthly: None, calling_plan_monthly: Some(7.5) }
    );
    let written = write_plan(&p).unwrap();
    assert!(written.contains("\"version\": 2") && written.contains("\"rules\": \"2022\""), "{written}");
    assert_eq!(read_plan(&written).unwrap(), p);
}

#[test]
fn version_2_defaults_to_2025_and_refuses_unknown_editions_by_name() {
    let p = read_plan(r#"{"format":"resource-account-plan","version":2}"#).unwrap();
    assert_eq!((p.rules, p.channel), (RuleEdition::E2025, Channel::WebDirect));
    let n = read_plan(r#"{"format":"resource-account-plan","version":2,"rules":2019}"#).unwrap();
    assert_eq!(n.rules, RuleEdition::E2019, "a year without quotes is read too");
    let e = read_plan(r#"{"format":"resource-account-plan","version":2,"rules":"current"}"#).unwrap_err();
    assert_eq!(e.path, "rules");
    assert_eq!(
        e.kind,
        ErrorKind::NotOneOf { found: "current".into(), allowed: vec!["2019".into(), "2022".into(), "2025".into()] }
    );
    let c = read_plan(r#"{"format":"resource-account-plan","version":2,"channel":"retail"}"#).unwrap_err();
    assert_eq!(c.path, "channel");
}
