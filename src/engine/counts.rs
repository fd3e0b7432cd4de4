//! Counts mode: a quote needs how many auto attendants and call queues there are, how many
//! have numbers, toll-free numbers or dial out, and how many are nested, not the tree
//! itself. [`call_flows_from`] turns those counts into call flows the tree view shows and
//! edits, and [`counts_of`] reads them back from any plan, so the two views never disagree.

use super::plan::{CallFlowNode, NodeKind, NumberType, ResourceAccount};

/// What counts mode asks for. Every node gets one resource account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallFlowCounts {
    /// Top-level auto attendants (they answer calls).
    pub auto_attendants: u32,
    /// Top-level call queues.
    pub call_queues: u32,
    /// Call queues reached only from an auto attendant (under 2025 they need no resource
    /// account unless they have a number or dial out).
    pub nested: u32,
    /// Accounts with a phone number: top-level ones first.
    pub numbers: u32,
    /// Of the numbered accounts, how many have toll-free numbers.
    pub toll_free: u32,
    /// Accounts that dial out (outbound caller ID, transfer to an external number):
    /// numbered ones first.
    pub dial_out: u32,
}

/// Why counts cannot make call flows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountsError {
    /// Nested call queues need an auto attendant or call queue to sit under.
    NestedWithoutTopLevel,
    /// More numbers than auto attendants and call queues (one account each).
    TooManyNumbers { max: u32 },
    /// More toll-free numbers than numbers.
    TooManyTollFree { max: u32 },
    /// More accounts dialling out than accounts.
    TooManyDialOut { max: u32 },
    /// More nodes than a plan may hold.
    TooMany { max: u32 },
}

/// Most nodes counts mode makes (a plan file may hold more, from a tenant).
pub const MAX_COUNTED_NODES: u32 = 20_000;

impl CallFlowCounts {
    pub fn nodes(&self) -> u64 {
        u64::from(self.auto_attendants) + u64::from(self.call_queues) + u64::from(self.nested)
    }

    pub fn check(&self) -> Result<(), CountsError> {
        let nodes = self.nodes();
        if nodes > u64::from(MAX_COUNTED_NODES) {
            return Err(CountsError::TooMany { max: MAX_COUNTED_NODES });
        }
        let nodes = nodes as u32;
        if self.nested > 0 && self.auto_attendants + self.call_queues == 0 {
            return Err(CountsError::NestedWithoutTopLevel);
        }
        if self.numbers > nodes {
            return Err(CountsError::TooManyNumbers { max: nodes });
        }
        if self.toll_free > self.numbers {
            return Err(CountsError::TooManyTollFree { max: self.numbers });
        }
        if self.dial_out > nodes {
            return Err(CountsError::TooManyDialOut { max: nodes });
        }
        Ok(())
    }
}

/// How the made call flows are named and numbered.
pub struct Naming<'a> {
    pub auto_attendant: &'a str,
    pub call_queue: &'a str,
    pub nested: &'a str,
    /// The first number's digits (after `+`); the others count up from it.
    pub first_number: u64,
    pub number_type: NumberType,
}

/// Call flows for the counts: top-level auto attendants, then top-level call queues, the
/// nested call queues spread over the auto attendants (over the call queues when there is
/// none). Numbers go to top-level accounts first, toll-free to the first numbered ones,
/// dialling out to numbered accounts first.
pub fn call_flows_from(c: &CallFlowCounts, naming: &Naming<'_>) -> Result<Vec<CallFlowNode>, CountsError> {
    c.check()?;
    let node = |kind, name: String| CallFlowNode {
        kind,
        resource_accounts: vec![ResourceAccount { display_name: name.clone(), ..ResourceAccount::default() }],
        name,
        children: Vec::new(),
    };
    let mut roots: Vec<CallFlowNode> = (1..=c.auto_attendants)
        .map(|i| node(NodeKind::AutoAttendant, format!("{} {i}", naming.auto_attendant)))
        .chain((1..=c.call_queues).map(|i| node(NodeKind::CallQueue, format!("{} {i}", naming.call_queue))))
        .collect();
    // Auto attendants come first, so the first `parents` roots are the parents.
    let parents = if c.auto_attendants > 0 { c.auto_attendants } else { c.call_queues } as usize;
    for i in 0..c.nested as usize {
        let child = node(NodeKind::CallQueue, format!("{} {}", naming.nested, i + 1));
        roots[i % parents].children.push(child);
    }
    // Accounts in the order numbers are handed out: top level first, then nested.
    let mut order: Vec<&mut ResourceAccount> = Vec::with_capacity(c.nodes() as usize);
    let mut nested: Vec<&mut ResourceAccount> = Vec::new();
    for root in &mut roots {
        let CallFlowNode { resource_accounts, children, .. } = root;
        order.extend(resource_accounts.iter_mut());
        nested.extend(children.iter_mut().flat_map(|n| n.resource_accounts.iter_mut()));
    }
    order.extend(nested);
    let mut digits = naming.first_number;
    for (i, ra) in order.into_iter().enumerate() {
        let i = i as u32;
        if i < c.numbers {
            ra.phone_number = Some(format!("+{digits}"));
            ra.number_type = Some(naming.number_type);
            ra.toll_free = i < c.toll_free;
            digits += 1;
        }
        ra.outbound_caller_id = i < c.dial_out;
    }
    Ok(roots)
}

/// The counts of any plan's call flows: top-level nodes by kind, nested nodes, and the
/// accounts with numbers, toll-free numbers and dialling out (every account, not one per
/// node, so a hand-made tree is read as it is).
pub fn counts_of<N: std::borrow::Borrow<CallFlowNode>>(roots: &[N]) -> CallFlowCounts {
    let mut c = CallFlowCounts::default();
    for flat in super::plan::flatten(roots) {
        match (flat.depth, flat.node.kind) {
            (0, NodeKind::AutoAttendant) => c.auto_attendants += 1,
            (0, NodeKind::CallQueue) => c.call_queues += 1,
            _ => c.nested += 1,
        }
        for ra in &flat.node.resource_accounts {
            let numbered = ra.phone_text().is_some();
            c.numbers += u32::from(numbered);
            c.toll_free += u32::from(numbered && ra.toll_free);
            c.dial_out += u32::from(ra.outbound_caller_id);
        }
    }
    c
}

/// Whether a tree is exactly what [`call_flows_from`] makes from its counts: then changing
/// a count loses nothing the user typed into the tree.
pub fn made_from_counts<N: std::borrow::Borrow<CallFlowNode>>(roots: &[N], naming: &Naming<'_>) -> bool {
    // What counts mode makes has one account per node and no user principal names: most
    // trees fail this at once, without building the tree to compare with (the quote asks
    // on every change of a plan that can hold 20,000 accounts).
    let plausible = super::plan::flatten(roots)
        .iter()
        .all(|f| f.node.resource_accounts.len() == 1 && f.node.resource_accounts[0].user_principal_name.is_none());
    if !plausible {
        return false;
    }
    let made = call_flows_from(&counts_of(roots), naming);
    made.is_ok_and(|made| made.len() == roots.len() && made.iter().zip(roots).all(|(a, b)| a == b.borrow()))
}

/// The first number of a tree's accounts (digits after `+`) and its type, where there is
/// a valid one: counts mode counts up from it.
pub fn first_number<N: std::borrow::Borrow<CallFlowNode>>(roots: &[N]) -> Option<(u64, Option<NumberType>)> {
    super::plan::flatten(roots).iter().flat_map(|f| f.node.resource_accounts.iter()).find_map(|ra| {
        let n = super::phone::PhoneNumber::parse(ra.phone_text()?).ok()?;
        Some((n.digits().parse().ok()?, ra.number_type))
    })
}
