//! Invariants of the engine and the plan file, over generated plans.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;

use resource_account_calculator::engine::rules::allotment;
use resource_account_calculator::engine::*;
use resource_account_calculator::plan_file::{read_plan, read_plan_bytes, write_plan};

const PART_NUMBERS: &[&str] =
    &["SPE_E5", "MCOEV", "MCOCAP", "SPE_E3", "ENTERPRISEPREMIUM", "PHONESYSTEM_VIRTUALUSER", "MCOPSTNC", "MCOPSTN1"];

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
        licenses(),
        call_flows(),
        prop::option::of(("[A-Z]{3}", 0u32..100_000)),
    )
        .prop_map(|(rules, licenses, call_flows, pricing)| Plan {
            rules,
            licenses,
            call_flows,
            pricing: pricing
                .map(|(currency, cents)| Pricing { currency, paid_license_monthly: f64::from(cents) / 100.0 }),
        })
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
