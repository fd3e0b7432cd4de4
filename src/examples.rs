//! Built-in example plans: the worked examples of Microsoft's documents.

use std::collections::BTreeMap;

use crate::engine::plan::roots;
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

/// The worked examples the page offers under "Start from".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Example {
    /// Contoso under the rules in force: what a first visit shows.
    Contoso2025,
    /// Contoso with 40 of its 90 AAs/CQs nested without numbers (the 2025 rules' case).
    ContosoNested2025,
    /// The 2022 page's Contoso: 500 Teams Phone + 100 Teams Shared Devices licenses.
    Contoso2022,
    /// The seeds' Contoso: 600 Phone System licenses.
    Contoso2019,
}

impl Example {
    /// A stable name for the page (`data-example`).
    pub fn as_str(self) -> &'static str {
        match self {
            Example::Contoso2025 => "contoso-2025",
            Example::ContosoNested2025 => "contoso-nested-2025",
            Example::Contoso2022 => "contoso-2022",
            Example::Contoso2019 => "contoso-2019",
        }
    }

    pub const ALL: [Example; 4] =
        [Example::Contoso2025, Example::ContosoNested2025, Example::Contoso2022, Example::Contoso2019];

    pub fn plan(self) -> Plan {
        match self {
            Example::Contoso2025 => contoso(RuleEdition::E2025, &[("SPE_E5", 600)], numbered_call_flows(90)),
            Example::ContosoNested2025 => contoso_nested_2025(),
            Example::Contoso2022 => {
                contoso(RuleEdition::E2022, &[("SPE_E5", 500), ("MCOCAP", 100)], numbered_call_flows(90))
            }
            Example::Contoso2019 => contoso(RuleEdition::E2019, &[("SPE_E5", 600)], numbered_call_flows(90)),
        }
    }

    /// Which example, if any, a plan is, unchanged. Versions before the 2025 rules saved
    /// the example a first visit showed as if it were the user's plan, without a customer:
    /// such a plan is recognised too, so a returning visitor gets today's example rather
    /// than an old one posing as their own.
    pub fn of(plan: &Plan) -> Option<Example> {
        Example::ALL.into_iter().find(|e| {
            let example = e.plan();
            example == *plan || (plan.customer.is_none() && Plan { customer: None, ..example } == *plan)
        })
    }
}

fn contoso(rules: RuleEdition, licenses: &[(&str, u32)], call_flows: Vec<CallFlowNode>) -> Plan {
    Plan {
        rules,
        customer: Some("Contoso".to_owned()),
        licenses: licenses.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect(),
        call_flows: roots(call_flows),
        ..Plan::default()
    }
}

/// virtual-user, 2019: "Contoso, Inc. purchased 600 licenses that included Phone System …
/// 90 call queues and auto attendants that have phone numbers" → 85 free, 5 paid.
pub fn contoso_2019() -> Plan {
    Example::Contoso2019.plan()
}

/// The 2022 page's version: 500 Teams Phone user licenses and 100 Teams Shared Devices
/// licenses → 85 free; 90 AAs/CQs → 5 more to buy (virtual-user, 2023).
pub fn contoso_2022() -> Plan {
    Example::Contoso2022.plan()
}

/// Contoso under the rules in force: 90 Resource Account licenses at no cost.
pub fn contoso_2025() -> Plan {
    Example::Contoso2025.plan()
}

/// Under the 2025 rules, if 40 of the 90 are nested AAs/CQs that never answer calls
/// directly, they can drop their resource accounts: 50 licenses. 50 numbered top-level
/// AAs/CQs; the first 10 auto attendants each reach 4 call queues without numbers.
pub fn contoso_nested_2025() -> Plan {
    let mut flows = numbered_call_flows(50);
    let mut nested = 0;
    for aa in flows.iter_mut().filter(|n| n.kind == NodeKind::AutoAttendant).take(10) {
        for q in 1..=4 {
            nested += 1;
            let name = format!("{} queue {q}", aa.name);
            aa.children.push(CallFlowNode {
                kind: NodeKind::CallQueue,
                name: name.clone(),
                resource_accounts: vec![ResourceAccount {
                    display_name: name,
                    user_principal_name: Some(format!("cq-nested{nested:02}@contoso.com")),
                    ..ResourceAccount::default()
                }],
                children: Vec::new(),
            });
        }
    }
    contoso(RuleEdition::E2025, &[("SPE_E5", 600)], flows)
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
        rules: RuleEdition::E2025,
        licenses: BTreeMap::from([("SPE_E5".to_owned(), licenses), ("MCOPSTNC".to_owned(), 1)]),
        call_flows: roots(call_flows),
        ..Plan::default()
    }
}
