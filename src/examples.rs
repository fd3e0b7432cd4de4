//! Built-in example plans: the worked examples of Microsoft's documents.

use std::collections::BTreeMap;

use crate::engine::{CallFlowNode, NodeKind, NumberType, Plan, ResourceAccount, RuleEdition};

/// `count` top-level auto attendants and call queues (alternating), each with one
/// resource account with a Calling Plan number.
fn numbered_call_flows(count: usize) -> Vec<CallFlowNode> {
    (0..count)
        .map(|i| {
            let (kind, label) = if i % 2 == 0 { (NodeKind::AutoAttendant, "AA") } else { (NodeKind::CallQueue, "CQ") };
            CallFlowNode {
                kind,
                name: format!("Contoso {label} {}", i + 1),
                resource_accounts: vec![ResourceAccount {
                    display_name: format!("Contoso {label} {}", i + 1),
                    user_principal_name: Some(format!("ra{:03}@contoso.com", i + 1)),
                    phone_number: Some(format!("+1 425 555 {:04}", 1000 + i)),
                    number_type: Some(NumberType::CallingPlan),
                    ..ResourceAccount::default()
                }],
                children: Vec::new(),
            }
        })
        .collect()
}

/// Seeds 000/002/003: "Contoso, Inc. purchased 600 licenses that included Phone System …
/// 90 call queues and auto attendants that have phone numbers" → 85 free, 5 paid.
pub fn contoso_seed() -> Plan {
    Plan {
        rules: RuleEdition::Original,
        licenses: BTreeMap::from([("SPE_E5".to_owned(), 600)]),
        call_flows: numbered_call_flows(90),
        pricing: None,
    }
}

/// The current Microsoft doc's version: 500 Teams Phone user licenses and 100 Teams
/// Shared Devices licenses → 85 free; 90 AAs/CQs → 5 more to buy (LICENSING.md §1).
pub fn contoso_current() -> Plan {
    Plan {
        rules: RuleEdition::Current,
        licenses: BTreeMap::from([("SPE_E5".to_owned(), 500), ("MCOCAP".to_owned(), 100)]),
        call_flows: numbered_call_flows(90),
        pricing: None,
    }
}

/// A large, realistic plan for benchmarks and size tests: exactly `accounts` resource
/// accounts in trees of an auto attendant (numbered) over a numbered call queue (with a
/// nested overflow queue without a number) and a second queue without a number; a few
/// toll-free numbers and caller-ID accounts.
pub fn synthetic(accounts: usize) -> Plan {
    fn ra(i: usize, label: &str, numbered: bool) -> ResourceAccount {
        ResourceAccount {
            display_name: format!("{label} {i}"),
            user_principal_name: Some(format!("ra-{i}@contoso.onmicrosoft.com")),
            phone_number: numbered.then(|| format!("+1 425 {:03} {:04}", 200 + i / 10_000 % 800, i % 10_000)),
            number_type: numbered.then_some(NumberType::OperatorConnect),
            toll_free: numbered && i.is_multiple_of(97),
            outbound_caller_id: i.is_multiple_of(53),
            ..ResourceAccount::default()
        }
    }
    fn leaf(kind: NodeKind, name: String, account: ResourceAccount) -> CallFlowNode {
        CallFlowNode { kind, name, resource_accounts: vec![account], children: Vec::new() }
    }
    let mut call_flows: Vec<CallFlowNode> = Vec::new();
    let mut made = 0usize;
    while made < accounts {
        let site = call_flows.len() + 1;
        made += 1;
        let mut aa = leaf(NodeKind::AutoAttendant, format!("Site {site} main line"), ra(made, "Site AA", true));
        if made < accounts {
            made += 1;
            aa.children.push(leaf(NodeKind::CallQueue, format!("Site {site} sales"), ra(made, "Sales CQ", true)));
        }
        if made < accounts {
            made += 1;
            let overflow = leaf(NodeKind::CallQueue, format!("Site {site} overflow"), ra(made, "Overflow CQ", false));
            aa.children[0].children.push(overflow);
        }
        if made < accounts {
            made += 1;
            aa.children.push(leaf(NodeKind::CallQueue, format!("Site {site} support"), ra(made, "Support CQ", false)));
        }
        call_flows.push(aa);
    }
    let licenses = u32::try_from(accounts.saturating_mul(8)).unwrap_or(u32::MAX);
    Plan {
        rules: RuleEdition::Current,
        licenses: BTreeMap::from([("SPE_E5".to_owned(), licenses), ("MCOPSTNC".to_owned(), 1)]),
        call_flows,
        pricing: None,
    }
}
