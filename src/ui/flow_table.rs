//! The table view of the call flows: one row per resource account, the tree as
//! indentation (as the Teams admin center lists them), a node's tools and an account's
//! fields on expand. Dense: ninety call flows fit in a few screens.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::call_flows::{AccountFields, NodeHead, Shared};
use super::state::use_ctx;
use crate::engine::plan::CurrentLicense;
use crate::engine::{CallFlowNode, Decision, NodeKind, RuleEdition};
use crate::i18n::Msg;
use crate::plan_file::MAX_NESTING;
use crate::state::subtree_depth;

/// A top-level tree on the page: its index among the roots, the tree, its first node id,
/// and the decisions of its accounts.
pub type PageTree = (usize, Shared<CallFlowNode>, u32, Vec<(Decision, bool)>);

#[derive(Properties, PartialEq)]
pub struct FlowTableProps {
    /// The top-level trees on this page: (index among the roots, tree, first node id,
    /// the decisions of its accounts).
    pub trees: Vec<PageTree>,
    pub siblings: usize,
    pub rules: RuleEdition,
}

#[function_component(FlowTable)]
pub fn flow_table(p: &FlowTableProps) -> Html {
    let ctx = use_ctx();
    // Expanded rows, by node id and account (None: a node without an account).
    let open = use_state(BTreeSet::<(u32, Option<usize>)>::new);
    let mut rows: Vec<Html> = Vec::new();
    for (index, tree, first_id, decisions) in &p.trees {
        // Preorder without recursion: (node, path, parent name).
        let mut stack: Vec<(&CallFlowNode, Vec<usize>, usize, Option<String>)> =
            vec![(&tree.0, vec![*index], p.siblings, None)];
        let (mut id, mut next_decision) = (*first_id, 0usize);
        while let Some((node, path, siblings, parent)) = stack.pop() {
            let depth = path.len();
            let name = ctx.name(&node.name);
            let kind = match node.kind {
                NodeKind::AutoAttendant => (ctx.t(Msg::NodeKindShort(node.kind)), "kind-aa"),
                NodeKind::CallQueue => (ctx.t(Msg::NodeKindShort(node.kind)), "kind-cq"),
            };
            let count = |k: NodeKind| node.children.iter().filter(|c| c.kind == k).count();
            let accounts: Vec<Option<usize>> = if node.resource_accounts.is_empty() {
                vec![None]
            } else {
                (0..node.resource_accounts.len()).map(Some).collect()
            };
            for account in accounts {
                let key = (id, account);
                let expanded = open.contains(&key);
                let toggle = {
                    let open = open.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut set = (*open).clone();
                        if !set.remove(&key) {
                            set.insert(key);
                        }
                        open.set(set);
                    })
                };
                let first = account.is_none_or(|a| a == 0);
                let ra = account.and_then(|a| node.resource_accounts.get(a));
                let decision = ra.map(|_| {
                    let d = decisions.get(next_decision).copied().unwrap_or((Decision::NotNeeded, false));
                    next_decision += 1;
                    d
                });
                let badge = decision.map(|(d, droppable)| {
                    let (label, class) = super::call_flows::decision_badge(d);
                    html! {
                        <>
                            <span class={classes!("badge", class)}>{ ctx.t(Msg::Decision(label)) }</span>
                            if droppable { <span class="badge badge-droppable">{ ctx.t(Msg::Droppable) }</span> }
                        </>
                    }
                });
                // Toll-free, dials out and the license held today: one cell of notes.
                let notes: Vec<String> = ra
                    .map(|ra| {
                        let mut f = Vec::new();
                        if ra.toll_free {
                            f.push(ctx.t(Msg::AccountTollFree));
                        }
                        if ra.outbound_caller_id {
                            f.push(ctx.t(Msg::TableDialsOut));
                        }
                        if ra.current_license != CurrentLicense::None {
                            f.push(ctx.t(Msg::CurrentLicenseName(ra.current_license)));
                        }
                        f
                    })
                    .unwrap_or_default();
                // The account's name only where it says more than the node's.
                let account_name = match ra {
                    None => ctx.t(Msg::TableNoAccount),
                    Some(r) if r.display_name == node.name => String::new(),
                    Some(r) => ctx.name(&r.display_name),
                };
                let row_id = format!("row-{id}-{}", account.map_or(0, |a| a + 1));
                rows.push(html! {
                    <tr class={classes!("flow-row", kind.1, first.then_some("first"))} id={first.then(|| format!("node-{id}"))}
                        data-testid="flow-row" data-depth={depth.to_string()}>
                        <th scope="row" class={format!("depth-{}", (depth - 1).min(6))}>
                            if first {
                                <span class="kind-tag" title={ctx.t(Msg::NodeKindName(node.kind))}>{ kind.0.clone() }</span>{ " " }{ name.clone() }
                            }
                        </th>
                        <td>{ account_name }</td>
                        <td class="phone">{ ra.and_then(|r| r.phone_text()).unwrap_or("").to_owned() }
                            if let Some(t) = ra.and_then(|r| r.number_type).filter(|_| ra.is_some_and(|r| r.phone_text().is_some())) {
                                <span class="sub">{ ctx.t(Msg::NumberTypeName(t)) }</span>
                            }
                        </td>
                        <td class="notes">{ notes.join(" · ") }</td>
                        <td class="answer">{ badge.unwrap_or_default() }</td>
                        <td><button type="button" class="link" aria-expanded={expanded.to_string()} aria-controls={row_id.clone()}
                            aria-label={ctx.t(Msg::TableEditNamed { name: ra.map_or_else(|| name.clone(), |r| ctx.name(&r.display_name)), open: expanded })}
                            onclick={toggle} data-testid="flow-row-edit">{ ctx.t(Msg::TableEdit { open: expanded }) }</button></td>
                    </tr>
                });
                if expanded {
                    rows.push(html! {
                        <tr class="flow-details" id={row_id}>
                            <td colspan="6">
                                if first {
                                    <NodeHead name={AttrValue::from(node.name.clone())} kind={node.kind} path={path.clone()} {siblings}
                                        parent={parent.clone().map(AttrValue::from)}
                                        children_aa={count(NodeKind::AutoAttendant)} children_cq={count(NodeKind::CallQueue)}
                                        indent_too_deep={depth + subtree_depth(node) > MAX_NESTING} />
                                }
                                if let Some(a) = account.filter(|_| ra.is_some()) {
                                    <AccountFields ra={node.resource_accounts[a].clone()} path={path.clone()} index={a} node_id={id} node_name={AttrValue::from(name.clone())} />
                                }
                            </td>
                        </tr>
                    });
                }
            }
            id += 1;
            for (i, child) in node.children.iter().enumerate().rev() {
                let mut child_path = path.clone();
                child_path.push(i);
                stack.push((child, child_path, node.children.len(), Some(name.clone())));
            }
        }
    }
    html! {
        <div class="table-wrap">
            <table class="flow-table" data-testid="call-flow-table">
                <thead>
                    <tr>
                        <th scope="col">{ ctx.t(Msg::TableCallFlow) }</th>
                        <th scope="col">{ ctx.t(Msg::TableAccount) }</th>
                        <th scope="col">{ ctx.t(Msg::AccountPhone) }</th>
                        <th scope="col">{ ctx.t(Msg::TableFlags) }</th>
                        <th scope="col">{ ctx.t(Msg::TableAnswer) }</th>
                        <th scope="col"><span class="visually-hidden">{ ctx.t(Msg::TableEditColumn) }</span></th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
