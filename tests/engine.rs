//! Engine tests: the documented examples, the allotment's boundaries, both rule editions.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use resource_account_calculator::engine::rules::{allotment, licenses_to_cover_all};
use resource_account_calculator::engine::*;
use resource_account_calculator::examples::{contoso_2019, contoso_2022};

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
        licenses: licenses.iter().map(|(k, v)| (k.to_string(), *v)).collect::<BTreeMap<_, _>>(),
        call_flows: plan::roots(call_flows),
        ..Plan::default()
    }
}

/// A main-line AA with a number and a nested CQ without one.
fn main_line_with_nested_queue() -> Vec<CallFlowNode> {
    vec![node(
        NodeKind::AutoAttendant,
        "Main line",
        vec![account("Main AA", Some("+1 250 555 0012"))],
        vec![node(NodeKind::CallQueue, "Sales", vec![account("Sales CQ", None)], vec![])],
    )]
}

#[test]
fn contoso_600_licenses_give_85_free_and_90_numbered_accounts_need_5_paid() {
    let out = evaluate(&contoso_2019());
    let f = out.figures;
    assert_eq!(f.qualifying_licenses, 600);
    assert_eq!(f.free_allotment, 85);
    assert_eq!(f.accounts_needing_license, 90);
    assert_eq!(f.accounts_without_license_need, 0);
    assert_eq!(f.free_used, 85);
    assert_eq!(f.paid_needed, 5);
    assert_eq!(f.licenses_to_cover_all, 50, "650 licenses cover 90 accounts: 10 × (90 − 25)");
}

#[test]
fn contoso_2022_500_users_and_100_shared_devices_give_85_free() {
    let out = evaluate(&contoso_2022());
    assert_eq!(out.figures.qualifying_licenses, 600);
    assert_eq!(out.figures.free_allotment, 85);
    assert_eq!(out.figures.paid_needed, 5);
    assert!(out.steps.contains(&Step::AcquirePaidLicenses {
        quantity: 5,
        kind: PaidLicenseKind::ResourceAccount,
        channel: Channel::WebDirect
    }));
}

#[test]
fn contoso_2019_advice_names_nesting_and_more_licenses_and_cost() {
    let out = evaluate(&contoso_2019());
    assert!(out.advice.contains(&Advice::NestWithoutNumbers { accounts: 5 }));
    assert!(out.advice.contains(&Advice::AddQualifyingLicenses { licenses: 50 }));
    assert_eq!(out.cost.monthly, 40.0);
    assert_eq!(out.cost.yearly, 480.0);
    let paid = out.cost.lines.iter().find(|l| l.item == CostItem::PaidLicense(PaidLicenseKind::PhoneSystem)).unwrap();
    assert_eq!((paid.quantity, paid.unit_monthly, paid.default_price), (5, Some(8.0), true));
    assert_eq!(out.cost.currency, "USD");
    assert!(!out.cost.missing_prices);
}

#[test]
fn allotment_boundaries_at_0_1_9_10_19_qualifying_licenses() {
    for (licenses, expected) in [(0, 0), (1, 25), (9, 25), (10, 26), (19, 26), (20, 27)] {
        let p = plan(RuleEdition::E2022, &[("MCOEV", licenses)], vec![]);
        assert_eq!(evaluate(&p).figures.free_allotment, expected, "{licenses} licenses");
    }
}

#[test]
fn licenses_without_teams_phone_give_no_allotment_and_a_warning() {
    let p = plan(RuleEdition::E2022, &[("SPE_E3", 5000), ("ENTERPRISEPACK", 100)], main_line_with_nested_queue());
    let out = evaluate(&p);
    assert_eq!(out.figures.qualifying_licenses, 0);
    assert_eq!(out.figures.free_allotment, 0);
    assert_eq!(out.figures.paid_needed, 2);
    assert_eq!(out.figures.licenses_to_cover_all, 1, "one Teams Phone license unlocks 25 free");
    assert!(out.warnings.contains(&Warning::NoPhoneSystemLicense));
}

#[test]
fn shared_devices_alone_count_under_current_rules_only() {
    let current = evaluate(&plan(RuleEdition::E2022, &[("MCOCAP", 100)], vec![]));
    assert_eq!(current.figures.qualifying_licenses, 100);
    assert_eq!(current.figures.free_allotment, 35);

    let original = evaluate(&plan(RuleEdition::E2019, &[("MCOCAP", 100)], vec![]));
    assert_eq!(original.figures.qualifying_licenses, 0);
    assert_eq!(original.figures.free_allotment, 25, "shared devices include Phone System: eligible, nothing per 10");
    assert!(original.advice.contains(&Advice::SharedDevicesNotCounted { licenses: 100 }));
}

#[test]
fn nested_account_without_number_needs_a_license_under_current_rules() {
    let out = evaluate(&plan(RuleEdition::E2022, &[("SPE_E5", 10)], main_line_with_nested_queue()));
    assert_eq!(out.figures.accounts_needing_license, 2);
    assert_eq!(out.figures.accounts_without_license_need, 0);
    assert!(out.accounts.iter().all(|a| a.decision == Decision::Free));
}

#[test]
fn nested_account_without_number_needs_none_under_original_rules() {
    let out = evaluate(&plan(RuleEdition::E2019, &[("SPE_E5", 10)], main_line_with_nested_queue()));
    assert_eq!(out.figures.accounts_needing_license, 1);
    assert_eq!(out.figures.accounts_without_license_need, 1);
    let decisions: Vec<_> = out.accounts.iter().map(|a| a.decision).collect();
    assert_eq!(decisions, vec![Decision::Free, Decision::NotNeeded]);
    let e2022 = out.editions.iter().find(|e| e.rules == RuleEdition::E2022).unwrap();
    assert_eq!(e2022.figures.accounts_needing_license, 2);
}

#[test]
fn accounts_are_listed_in_preorder_with_node_ids() {
    let tree = vec![
        node(
            NodeKind::AutoAttendant,
            "A",
            vec![account("a0", None), account("a1", None)],
            vec![node(NodeKind::CallQueue, "B", vec![account("b0", None)], vec![])],
        ),
        node(NodeKind::CallQueue, "C", vec![account("c0", None)], vec![]),
    ];
    let out = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 1)], tree));
    let refs: Vec<(u32, u32)> = out.accounts.iter().map(|a| (a.at.node, a.at.account)).collect();
    assert_eq!(refs, vec![(0, 0), (0, 1), (1, 0), (2, 0)]);
}

#[test]
fn paid_part_falls_on_accounts_already_on_phone_system() {
    let mut tree = Vec::new();
    for i in 0..27 {
        let mut ra = account(&format!("ra{i}"), Some(&format!("+1425555{:04}", 2000 + i)));
        if i < 2 {
            ra.current_license = CurrentLicense::PhoneSystem;
        }
        tree.push(node(NodeKind::CallQueue, &format!("q{i}"), vec![ra], vec![]));
    }
    let out = evaluate(&plan(RuleEdition::E2019, &[("MCOEV", 9)], tree));
    assert_eq!(out.figures.paid_needed, 2);
    let paid: Vec<u32> = out.accounts.iter().filter(|a| a.decision == Decision::Paid).map(|a| a.at.node).collect();
    assert_eq!(paid, vec![0, 1], "the two on Phone System keep it; nobody swaps");
    assert!(!out.warnings.iter().any(|w| matches!(w, Warning::SwitchToFreeLicense { .. })));
}

#[test]
fn phone_system_on_a_covered_account_must_switch_in_one_operation_under_original_rules() {
    let mut ra = account("Main", Some("+12505550012"));
    ra.current_license = CurrentLicense::PhoneSystem;
    let tree = vec![node(NodeKind::AutoAttendant, "Main", vec![ra], vec![])];
    let out = evaluate(&plan(RuleEdition::E2019, &[("MCOEV", 10)], tree));
    let at = AccountRef { node: 0, account: 0 };
    assert!(out.warnings.contains(&Warning::SwitchToFreeLicense { accounts: vec![at] }));
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
fn teams_phone_standard_on_a_resource_account_must_be_replaced_under_current_rules() {
    let mut ra = account("Main", None);
    ra.current_license = CurrentLicense::PhoneSystem;
    let tree = vec![node(NodeKind::AutoAttendant, "Main", vec![ra], vec![])];
    let out = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 10)], tree));
    assert!(out
        .warnings
        .contains(&Warning::ReplaceTeamsPhoneStandard { accounts: vec![AccountRef { node: 0, account: 0 }] }));
}

#[test]
fn node_without_resource_account_is_warned() {
    let tree = vec![node(
        NodeKind::AutoAttendant,
        "Main",
        vec![account("Main", None)],
        vec![node(NodeKind::CallQueue, "Orphan", vec![], vec![])],
    )];
    let out = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 10)], tree));
    assert!(out.warnings.contains(&Warning::NodesWithoutResourceAccount { nodes: vec![1], top_level_only: false }));
}

#[test]
fn duplicate_numbers_are_warned_whatever_their_formatting() {
    let tree = vec![
        node(NodeKind::AutoAttendant, "A", vec![account("A", Some("+1 (250) 555-0012"))], vec![]),
        node(NodeKind::CallQueue, "B", vec![account("B", Some("+1.250.555.0012"))], vec![]),
    ];
    let out = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 10)], tree));
    assert!(out.warnings.contains(&Warning::DuplicatePhoneNumber {
        number: "+12505550012".into(),
        accounts: vec![AccountRef { node: 0, account: 0 }, AccountRef { node: 1, account: 0 }],
    }));
}

#[test]
fn toll_free_needs_credits_and_a_purchase_step_unless_credits_are_in_the_plan() {
    let mut ra = account("Toll-free", Some("+18005550100"));
    ra.toll_free = true;
    let tree = vec![node(NodeKind::AutoAttendant, "Main", vec![ra], vec![])];
    let out = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 10)], tree.clone()));
    assert!(out.warnings.iter().any(|w| matches!(w, Warning::TollFreeUsage { credits_in_plan: false, .. })));
    assert!(out
        .steps
        .contains(&Step::PrepareTollFree { toll_free_accounts: 1, billing: TollFreeBilling::CommunicationsCredits }));

    let with_credits = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 10), ("MCOPSTNC", 1)], tree));
    assert!(with_credits.warnings.iter().any(|w| matches!(w, Warning::TollFreeUsage { credits_in_plan: true, .. })));
    assert!(!with_credits.steps.iter().any(|s| matches!(s, Step::PrepareTollFree { .. })));
}

#[test]
fn caller_id_accounts_need_what_their_number_type_requires() {
    let mut calling_plan = account("CP", Some("+12505550012"));
    calling_plan.outbound_caller_id = true;
    let mut operator_connect = account("OC", Some("+12505550013"));
    operator_connect.number_type = Some(NumberType::OperatorConnect);
    operator_connect.outbound_caller_id = true;
    let mut bare = account("None", None);
    bare.outbound_caller_id = true;
    let tree = vec![node(NodeKind::CallQueue, "Q", vec![calling_plan, operator_connect, bare], vec![])];
    let out = evaluate(&plan(RuleEdition::E2022, &[("MCOEV", 10)], tree));
    let needs: Vec<_> = out
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::PstnUseNeedsSetup { need, accounts } => Some((*need, accounts.len())),
            _ => None,
        })
        .collect();
    assert_eq!(needs, vec![(PstnNeed::CallingPlanLicense, 1), (PstnNeed::NumberOrPolicy, 1)]);
}

#[test]
fn invalid_number_is_warned_and_still_counts_as_a_number() {
    let tree = vec![node(NodeKind::AutoAttendant, "A", vec![account("A", Some("250 555 0012"))], vec![])];
    let out = evaluate(&plan(RuleEdition::E2019, &[("MCOEV", 10)], tree));
    assert_eq!(out.figures.accounts_needing_license, 1);
    assert!(out.warnings.contains(&Warning::InvalidPhoneNumbers {
        accounts: vec![(AccountRef { node: 0, account: 0 }, PhoneNumberError::MissingPlus)]
    }));
}

#[test]
fn steps_for_a_small_tenant_come_in_admin_order() {
    let out = evaluate(&plan(RuleEdition::E2022, &[("SPE_E5", 50)], main_line_with_nested_queue()));
    let kinds: Vec<&str> = out
        .steps
        .iter()
        .map(|s| match s {
            Step::CheckSubscriptions => "check",
            Step::AcquireFreeLicenses { .. } => "free",
            Step::AcquirePaidLicenses { .. } => "paid",
            Step::AcquireCallingPlans { .. } => "calling plans",
            Step::PrepareTollFree { .. } => "toll-free",
            Step::TargetNestedDirectly { .. } => "target nested",
            Step::CreateResourceAccounts { .. } => "create",
            Step::AssignLicenses { .. } => "license",
            Step::WaitForLicenses { .. } => "wait",
            Step::AssignPhoneNumbers { .. } => "number",
            Step::SetUpPstnUse { .. } => "pstn",
            Step::AssociateWithCallFlows { .. } => "associate",
        })
        .collect();
    assert_eq!(kinds, vec!["check", "free", "create", "license", "wait", "number", "associate"]);
    assert!(out.steps.contains(&Step::AcquireFreeLicenses {
        quantity: 2,
        allotment: Some(30),
        already_owned: 0,
        channel: Channel::WebDirect
    }));
}

#[test]
fn free_licenses_already_owned_reduce_the_quantity_to_buy() {
    let out = evaluate(&plan(
        RuleEdition::E2022,
        &[("SPE_E5", 50), ("PHONESYSTEM_VIRTUALUSER", 1)],
        main_line_with_nested_queue(),
    ));
    assert!(out.steps.contains(&Step::AcquireFreeLicenses {
        quantity: 1,
        allotment: Some(30),
        already_owned: 1,
        channel: Channel::WebDirect
    }));
}

#[test]
fn unknown_part_numbers_count_for_nothing_and_are_named() {
    let out = evaluate(&plan(RuleEdition::E2022, &[("NOT_A_SKU", 1000)], vec![]));
    assert_eq!(out.figures.free_allotment, 0);
    assert!(out.warnings.contains(&Warning::UnknownSkus { part_numbers: vec!["NOT_A_SKU".into()] }));
}

#[test]
fn licenses_to_cover_all_formula_matches_the_documented_10_times_n_minus_25() {
    assert_eq!(licenses_to_cover_all(true, 600, 90), 50);
    assert_eq!(licenses_to_cover_all(true, 650, 90), 0);
    assert_eq!(licenses_to_cover_all(true, 0, 25), 0);
    assert_eq!(licenses_to_cover_all(false, 0, 0), 0);
    assert_eq!(licenses_to_cover_all(false, 0, 26), 10);
    assert_eq!(allotment(true, 649), 89);
}

#[test]
fn deep_trees_evaluate_without_recursion() {
    let mut n = node(NodeKind::CallQueue, "leaf", vec![account("leaf", None)], vec![]);
    for i in 0..5000 {
        n = node(NodeKind::AutoAttendant, &format!("level {i}"), vec![account("x", None)], vec![n]);
    }
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            // The plan is built on the small stack too (Rc is not Send).
            let p = plan(RuleEdition::E2022, &[("MCOEV", 10)], vec![n]);
            let f = evaluate(&p).figures;
            // Drop the deep tree on a big stack: dropping is recursive, evaluating is not.
            std::mem::forget(p);
            f
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(out.accounts_needing_license, 5001);
}
