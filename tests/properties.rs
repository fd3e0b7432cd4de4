//! Invariants of the engine and the plan file, over generated plans.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;

use resource_account_calculator::engine::rules::allotment;
use resource_account_calculator::engine::*;
use resource_account_calculator::plan_file::{read_plan, read_plan_bytes, write_plan};

/// Catalog keys of every role, Teams Rooms and the skuId-keyed second MCOPSTN5 included.
const PART_NUMBERS: &[&str] = &[
    "SPE_E5",
    "MCOEV",
    "MCOCAP",
    "SPE_E3",
    "ENTERPRISEPREMIUM",
    "PHONESYSTEM_VIRTUALUSER",
    "MCOPSTNC",
    "MCOPSTN1",
    "Microsoft_Teams_Rooms_Pro",
    "MEETING_ROOM",
    "Microsoft_365_E5_(no_Teams)",
    "d43177b5-475b-4880-92d4-d54c27b5efbd",
];

fn licenses() -> impl Strategy<Value = BTreeMap<String, u32>> {
    prop::collection::btree_map(prop::sample::select(PART_NUMBERS).prop_map(str::to_owned), 0u32..2000, 0..5)
}

fn phone_number() -> impl Strategy<Value = String> {
    // Valid E.164 with a few separators, sometimes an extension.
    ("[1-9][0-9]{7,14}", prop::option::of("[0-9]{1,6}"), any::<bool>()).prop_map(|(digits, ext, spaced)| {
        let body = if spaced {
            digits.chars().enumerate().map(|(i, c)| if i % 3 == 2 { format!("{c} ") } else { c.to_string() }).collect()
        } else {
            digits
        };
        match ext {
            Some(e) => format!("+{};ext={e}", body.trim_end()),
            None => format!("+{}", body.trim_end()),
        }
    })
}

fn text() -> impl Strategy<Value = String> {
    // Printable text, quotes and non-ASCII included, no control characters.
    "[a-zA-Z0-9 '\"\\\\éß中-]{0,12}"
}

fn resource_account() -> impl Strategy<Value = ResourceAccount> {
    (
        text(),
        prop::option::of("[a-z]{1,8}@[a-z]{1,8}\\.com"),
        prop::option::of(phone_number()),
        prop::sample::select(vec![NumberType::CallingPlan, NumberType::DirectRouting, NumberType::OperatorConnect]),
        any::<(bool, bool)>(),
        prop::sample::select(vec![CurrentLicense::None, CurrentLicense::ResourceAccount, CurrentLicense::PhoneSystem]),
    )
        .prop_map(|(display_name, upn, number, number_type, (toll_free, caller_id), current)| {
            let number_type = number.as_ref().map(|_| number_type);
            ResourceAccount {
                display_name,
                user_principal_name: upn,
                phone_number: number,
                number_type,
                toll_free,
                outbound_caller_id: caller_id,
                current_license: current,
            }
        })
}

fn call_flows() -> impl Strategy<Value = Vec<CallFlowNode>> {
    let leaf =
        (any::<bool>(), text(), prop::collection::vec(resource_account(), 0..3)).prop_map(|(aa, name, accounts)| {
            CallFlowNode {
                kind: if aa { NodeKind::AutoAttendant } else { NodeKind::CallQueue },
                name,
                resource_accounts: accounts,
                children: vec![],
            }
        });
    let tree = leaf.prop_recursive(4, 40, 4, |inner| {
        (any::<bool>(), text(), prop::collection::vec(resource_account(), 0..3), prop::collection::vec(inner, 0..4))
            .prop_map(|(aa, name, accounts, children)| CallFlowNode {
                kind: if aa { NodeKind::AutoAttendant } else { NodeKind::CallQueue },
                name,
                resource_accounts: accounts,
                children,
            })
    });
    prop::collection::vec(tree, 0..5)
}

fn plans() -> impl Strategy<Value = Plan> {
    (
        prop::sample::select(RuleEdition::ALL.to_vec()),
        prop::sample::select(Channel::ALL.to_vec()),
        prop::option::of("[A-Za-z0-9 &'é中-]{1,20}"),
        licenses(),
        call_flows(),
        ("[A-Z]{3}", prop::option::of(0u32..100_000), prop::option::of(0u32..100_000)),
    )
        .prop_map(|(rules, channel, customer, licenses, call_flows, (currency, paid, calling))| Plan {
            rules,
            channel,
            customer: customer.filter(|c| !c.trim().is_empty()),
            licenses,
            call_flows: plan::roots(call_flows),
            pricing: Pricing {
                currency,
                paid_license_monthly: paid.map(|c| f64::from(c) / 100.0),
                calling_plan_monthly: calling.map(|c| f64::from(c) / 100.0),
            },
        })
}

/// Accounts of nested nodes without a number and not dialling out, counted by walking the
/// tree independently of the engine.
fn nested_droppable<N: std::borrow::Borrow<CallFlowNode>>(nodes: &[N], depth: usize) -> u64 {
    nodes
        .iter()
        .map(|n| {
            let n: &CallFlowNode = n.borrow();
            let here = if depth > 0 {
                n.resource_accounts.iter().filter(|ra| ra.phone_text().is_none() && !ra.outbound_caller_id).count()
                    as u64
            } else {
                0
            };
            here + nested_droppable(&n.children, depth + 1)
        })
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn free_used_plus_paid_needed_equals_needing(plan in plans()) {
        let f = evaluate(&plan).figures;
        prop_assert_eq!(f.free_used + f.paid_needed, f.accounts_needing_license);
        prop_assert!(f.free_used <= f.free_allotment);
        let total = evaluate(&plan).accounts.len() as u64;
        prop_assert_eq!(f.accounts_needing_license + f.accounts_without_license_need, total);
    }

    #[test]
    fn decisions_agree_with_the_figures(plan in plans()) {
        let out = evaluate(&plan);
        let count = |d: Decision| out.accounts.iter().filter(|a| a.decision == d).count() as u64;
        prop_assert_eq!(count(Decision::Free), out.figures.free_used);
        prop_assert_eq!(count(Decision::Paid), out.figures.paid_needed);
        prop_assert_eq!(count(Decision::NotNeeded), out.figures.accounts_without_license_need);
    }

    #[test]
    fn allotment_never_falls_when_licenses_rise(plan in plans(), part in prop::sample::select(PART_NUMBERS), more in 1u32..5000) {
        let before = evaluate(&plan).figures.free_allotment;
        let mut bigger = plan.clone();
        *bigger.licenses.entry(part.to_owned()).or_insert(0) += more;
        prop_assert!(evaluate(&bigger).figures.free_allotment >= before);
    }

    #[test]
    fn licenses_to_cover_all_is_the_smallest_number_that_does(plan in plans()) {
        let out = evaluate(&plan);
        let k = out.figures.licenses_to_cover_all;
        let with = |extra: u64| {
            let mut p = plan.clone();
            *p.licenses.entry("MCOEV".into()).or_insert(0) += extra as u32;
            evaluate(&p).figures
        };
        prop_assert_eq!(with(k).paid_needed, 0);
        if k > 0 {
            prop_assert!(out.figures.paid_needed > 0);
            prop_assert!(with(k - 1).paid_needed > 0);
        } else {
            prop_assert_eq!(out.figures.paid_needed, 0);
        }
    }

    #[test]
    fn under_2025_nothing_is_paid_once_eligible_and_only_nested_numberless_accounts_can_go(plan in plans()) {
        let out = evaluate(&plan);
        let f = out.figures;
        prop_assert!(f.accounts_removable <= f.accounts_needing_license + f.accounts_without_license_need);
        if plan.rules == RuleEdition::E2025 {
            prop_assert_eq!(f.accounts_removable, nested_droppable(&plan.call_flows, 0));
            prop_assert_eq!(f.accounts_without_license_need, 0);
            if out.tally.eligible() {
                prop_assert_eq!(f.paid_needed, 0);
                prop_assert_eq!(f.licenses_to_cover_all, 0);
            }
            prop_assert!(!out.cost.lines.iter().any(|l| matches!(l.item, CostItem::PaidLicense(_))));
        } else {
            prop_assert_eq!(f.accounts_removable, 0);
        }
    }

    #[test]
    fn the_editions_side_by_side_are_the_plan_evaluated_under_each(plan in plans()) {
        let out = evaluate(&plan);
        prop_assert_eq!(out.editions.iter().map(|e| e.rules).collect::<Vec<_>>(), RuleEdition::ALL.to_vec());
        for e in &out.editions {
            let under = evaluate(&Plan { rules: e.rules, ..plan.clone() });
            prop_assert_eq!(e.figures, under.figures);
            prop_assert_eq!(&e.cost, &under.cost);
            let decisions: Vec<Decision> = under.accounts.iter().map(|a| a.decision).collect();
            prop_assert_eq!(decisions_under(&plan, e.rules), decisions);
        }
        let paid_2025 = out.editions[0].figures.paid_needed;
        for older in &out.editions[1..] {
            // No edition asks less than today's, and none pays for fewer than 2025 does.
            prop_assert!(older.figures.paid_needed >= paid_2025 || !out.tally.eligible());
        }
    }

    #[test]
    fn allotment_is_25_plus_one_per_ten(q in 0u64..10_000_000) {
        prop_assert_eq!(allotment(true, q), 25 + q / 10);
        prop_assert_eq!(allotment(false, q), 0);
    }

    #[test]
    fn write_then_read_round_trips(plan in plans()) {
        let text = write_plan(&plan).unwrap();
        prop_assert_eq!(read_plan(&text).unwrap(), plan);
    }

    #[test]
    fn plan_reader_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_plan_bytes(&bytes);
    }

    #[test]
    fn plan_reader_never_panics_on_damaged_plans(plan in plans(), cut in any::<prop::sample::Index>(), junk in "[\\[\\]{}\",:0-9a-z\\\\]{0,3}") {
        let text = write_plan(&plan).unwrap();
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) { at -= 1; }
        let damaged = format!("{}{}{}", &text[..at], junk, &text[at..]);
        let _ = read_plan(&damaged);
        let _ = read_plan(&text[..at]);
    }

    #[test]
    fn phone_parser_never_panics_and_valid_numbers_round_trip(s in "\\PC{0,30}") {
        if let Ok(n) = PhoneNumber::parse(&s) {
            prop_assert_eq!(PhoneNumber::parse(&n.normalized()), Ok(n.clone()));
            prop_assert!((8..=15).contains(&n.digits().len()));
        }
    }
}

proptest! {
    /// The byte-level checks that keep large plans fast say what the character-level
    /// definitions say, for any text (ASCII, Latin-1 controls, CJK, emoji).
    #[test]
    fn control_characters_found_by_bytes_as_by_characters(text in "(?s)[\\x00-\\x{a0}a-z@. 自動\\u{2028}\\u{3000}😀]{0,24}") {
        prop_assert_eq!(
            resource_account_calculator::engine::plan::has_control_characters(&text),
            text.chars().any(char::is_control)
        );
        let white_or_control = text.chars().any(|c| c.is_whitespace() || c.is_control());
        if white_or_control {
            prop_assert_eq!(
                resource_account_calculator::engine::plan::check_upn(&text),
                Err(resource_account_calculator::engine::plan::UpnError::InvalidCharacter)
            );
        } else {
            prop_assert_ne!(
                resource_account_calculator::engine::plan::check_upn(&text),
                Err(resource_account_calculator::engine::plan::UpnError::InvalidCharacter)
            );
        }
    }
}
