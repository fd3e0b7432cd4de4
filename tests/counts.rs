//! Counts mode: counts make call flows, the call flows give back the counts, and the
//! figures are those of the same tree built by hand.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use resource_account_calculator::engine::counts::{
    call_flows_from, counts_of, first_number, made_from_counts, CallFlowCounts, CountsError, Naming,
};
use resource_account_calculator::engine::plan::{roots, CallFlowNode, ResourceAccount};
use resource_account_calculator::engine::{evaluate, NodeKind, NumberType, Plan, RuleEdition};

const NAMING: Naming<'static> = Naming {
    auto_attendant: "Auto attendant",
    call_queue: "Call queue",
    nested: "Nested call queue",
    first_number: 14_255_550_100,
    number_type: NumberType::CallingPlan,
};

fn plan_with(call_flows: Vec<CallFlowNode>, rules: RuleEdition) -> Plan {
    Plan { rules, licenses: [("MCOEV".to_owned(), 600)].into(), call_flows: roots(call_flows), ..Plan::default() }
}

#[test]
fn counts_give_the_figures_of_the_same_tree_built_by_hand() {
    let counts =
        CallFlowCounts { auto_attendants: 2, call_queues: 1, nested: 3, numbers: 3, toll_free: 1, dial_out: 1 };
    let made = call_flows_from(&counts, &NAMING).unwrap();
    let ra = |name: &str, number: Option<&str>, toll_free: bool, dial: bool| ResourceAccount {
        display_name: name.into(),
        phone_number: number.map(Into::into),
        number_type: number.map(|_| NumberType::CallingPlan),
        toll_free,
        outbound_caller_id: dial,
        ..ResourceAccount::default()
    };
    let leaf = |kind, name: &str, account| CallFlowNode {
        kind,
        name: name.into(),
        resource_accounts: vec![account],
        children: Vec::new(),
    };
    let nested = |n: &str| leaf(NodeKind::CallQueue, n, ra(n, None, false, false));
    let by_hand = vec![
        CallFlowNode {
            children: vec![nested("Nested call queue 1"), nested("Nested call queue 3")],
            ..leaf(
                NodeKind::AutoAttendant,
                "Auto attendant 1",
                ra("Auto attendant 1", Some("+14255550100"), true, true),
            )
        },
        CallFlowNode {
            children: vec![nested("Nested call queue 2")],
            ..leaf(
                NodeKind::AutoAttendant,
                "Auto attendant 2",
                ra("Auto attendant 2", Some("+14255550101"), false, false),
            )
        },
        leaf(NodeKind::CallQueue, "Call queue 1", ra("Call queue 1", Some("+14255550102"), false, false)),
    ];
    assert_eq!(made, by_hand);
    for rules in RuleEdition::ALL {
        let a = evaluate(&plan_with(made.clone(), rules));
        let b = evaluate(&plan_with(by_hand.clone(), rules));
        assert_eq!((a.figures, a.cost, a.paid_side), (b.figures, b.cost, b.paid_side), "{rules:?}");
    }
    let out = evaluate(&plan_with(made.clone(), RuleEdition::E2025));
    assert_eq!(out.figures.accounts_needing_license, 6);
    assert_eq!(out.figures.accounts_removable, 3, "nested call queues without numbers can go under 2025");
    assert_eq!(out.paid_side.calling_plan, 1, "the account that dials out with a Calling Plan number");
    assert_eq!(out.paid_side.toll_free, 1);
    assert!(made_from_counts(&made, &NAMING));
    assert_eq!(first_number(&made), Some((14_255_550_100, Some(NumberType::CallingPlan))));
}

#[test]
fn inconsistent_counts_are_refused_with_the_limit() {
    let c = |aa, cq, nested, numbers, toll_free, dial_out| CallFlowCounts {
        auto_attendants: aa,
        call_queues: cq,
        nested,
        numbers,
        toll_free,
        dial_out,
    };
    assert_eq!(call_flows_from(&c(0, 0, 2, 0, 0, 0), &NAMING), Err(CountsError::NestedWithoutTopLevel));
    assert_eq!(call_flows_from(&c(1, 1, 0, 3, 0, 0), &NAMING), Err(CountsError::TooManyNumbers { max: 2 }));
    assert_eq!(call_flows_from(&c(1, 1, 0, 2, 3, 0), &NAMING), Err(CountsError::TooManyTollFree { max: 2 }));
    assert_eq!(call_flows_from(&c(1, 1, 1, 0, 0, 4), &NAMING), Err(CountsError::TooManyDialOut { max: 3 }));
    assert_eq!(call_flows_from(&c(20_000, 1, 0, 0, 0, 0), &NAMING), Err(CountsError::TooMany { max: 20_000 }));
    assert_eq!(
        call_flows_from(&c(0, 2, 3, 0, 0, 0), &NAMING).map(|r| r[0].children.len()),
        Ok(2),
        "under call queues when there is no auto attendant"
    );
}

#[test]
fn a_hand_made_tree_is_not_taken_for_a_counted_one() {
    let mut made =
        call_flows_from(&CallFlowCounts { auto_attendants: 2, ..CallFlowCounts::default() }, &NAMING).unwrap();
    made[1].resource_accounts[0].user_principal_name = Some("aa2@contoso.com".into());
    assert!(!made_from_counts(&made, &NAMING), "a user principal name is the user's");
    made[1].resource_accounts[0].user_principal_name = None;
    assert!(made_from_counts(&made, &NAMING));
    made[0].name = "Main line".into();
    assert!(!made_from_counts(&made, &NAMING));
}

proptest! {
    #[test]
    fn counts_survive_the_round_trip(
        aa in 0u32..30, cq in 0u32..30, nested in 0u32..40, n in 0u32..100, t in 0u32..100, d in 0u32..100,
    ) {
        let nodes = aa + cq + nested;
        let nested = if aa + cq == 0 { 0 } else { nested };
        let nodes = nodes.min(aa + cq + nested);
        let numbers = n.min(nodes);
        let c = CallFlowCounts { auto_attendants: aa, call_queues: cq, nested, numbers, toll_free: t.min(numbers), dial_out: d.min(nodes) };
        let made = call_flows_from(&c, &NAMING).unwrap();
        prop_assert_eq!(counts_of(&made), c);
        prop_assert!(made_from_counts(&made, &NAMING));
        let out = evaluate(&plan_with(made, RuleEdition::E2025));
        prop_assert_eq!(out.counts.accounts, u64::from(aa + cq + nested));
        prop_assert_eq!(out.counts.numbered, u64::from(numbers));
    }
}
