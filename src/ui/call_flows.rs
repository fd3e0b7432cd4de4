//! The call-flow editor: auto attendants and call queues as a tree, each with its
//! resource accounts. Long plans are shown a page of top-level trees at a time, and each
//! tree is its own component, so typing re-renders one tree, not the whole plan.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::state::{use_ctx, AccountField, Action, Ctx, Move, NodePath, TreeEdit};
use crate::engine::plan::{check_upn, CurrentLicense};
use crate::engine::{CallFlowNode, Decision, NodeKind, NumberType, PhoneNumber, Plan, ResourceAccount, RuleEdition};
use crate::i18n::{DecisionLabel, Msg};
use crate::plan_file::MAX_NESTING;
use crate::platform::lowercase;
use crate::state::{subtree_depth, EditorMode};

/// Top-level call flows per page.
pub const PAGE_SIZE: usize = 20;

/// The words and badge class of an account's answer: the same in the cards, the table and
/// the editions side by side.
pub fn decision_badge(decision: Decision) -> (DecisionLabel, &'static str) {
    match decision {
        Decision::Free => (DecisionLabel::Free, "badge-free"),
        Decision::Paid => (DecisionLabel::Paid, "badge-paid"),
        Decision::NotNeeded => (DecisionLabel::NotNeeded, "badge-none"),
    }
}

/// Compares by pointer: the parent hands a new one only when the plan changed.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct CallFlowsProps {
    pub plan: Shared<Plan>,
    /// Decision of every account, in preorder (the engine's order), and whether the rules
    /// shown let it be dropped.
    pub decisions: Shared<Vec<(Decision, bool)>>,
    pub page: usize,
    pub on_page: Callback<usize>,
    pub filter: AttrValue,
    pub on_filter: Callback<String>,
}

fn tree_matches(node: &CallFlowNode, needle: &str) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if lowercase(&n.name).contains(needle)
            || n.resource_accounts.iter().any(|ra| {
                lowercase(&ra.display_name).contains(needle)
                    || ra.user_principal_name.as_deref().is_some_and(|u| lowercase(u).contains(needle))
                    || ra.phone_number.as_deref().is_some_and(|p| p.contains(needle))
            })
        {
            return true;
        }
        stack.extend(n.children.iter());
    }
    false
}

/// Nodes, accounts, auto attendants and call queues in a subtree.
#[derive(Clone, Copy, Default)]
struct Size {
    nodes: usize,
    accounts: usize,
    auto_attendants: usize,
    call_queues: usize,
}

fn subtree_size(node: &CallFlowNode) -> Size {
    let mut stack = vec![node];
    let mut size = Size::default();
    while let Some(n) = stack.pop() {
        size.nodes += 1;
        size.accounts += n.resource_accounts.len();
        match n.kind {
            NodeKind::AutoAttendant => size.auto_attendants += 1,
            NodeKind::CallQueue => size.call_queues += 1,
        }
        stack.extend(n.children.iter());
    }
    size
}

#[function_component(CallFlows)]
pub fn call_flows(p: &CallFlowsProps) -> Html {
    let ctx = use_ctx();
    let roots = &p.plan.0.call_flows;

    // One walk: where each top-level tree starts in preorder (for node ids and decisions),
    // how many accounts it has, and how many of each kind the plan holds (for new names).
    let mut trees = Vec::with_capacity(roots.len());
    let mut total = Size::default();
    for n in roots.iter() {
        let size = subtree_size(n);
        trees.push((total.nodes, total.accounts, size.accounts));
        total.nodes += size.nodes;
        total.accounts += size.accounts;
        total.auto_attendants += size.auto_attendants;
        total.call_queues += size.call_queues;
    }
    let add = |kind: NodeKind| {
        let ctx = ctx.clone();
        let n = match kind {
            NodeKind::AutoAttendant => total.auto_attendants,
            NodeKind::CallQueue => total.call_queues,
        } + 1;
        let last_page = roots.len() / PAGE_SIZE;
        let on_page = p.on_page.clone();
        let on_filter = p.on_filter.clone();
        Callback::from(move |_: MouseEvent| {
            let name = ctx.t(Msg::DefaultNodeName { kind, n });
            ctx.send(Action::AddNode { parent: None, kind, name });
            on_filter.emit(String::new());
            on_page.emit(last_page);
        })
    };
    let on_filter = {
        let cb = p.on_filter.clone();
        let on_page = p.on_page.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value());
            on_page.emit(0);
        })
    };

    let needle = lowercase(p.filter.trim());
    let shown: Vec<usize> =
        (0..roots.len()).filter(|&i| needle.is_empty() || tree_matches(&roots[i], &needle)).collect();
    let pages = shown.len().div_ceil(PAGE_SIZE).max(1);
    let page = p.page.min(pages - 1);
    let from = page * PAGE_SIZE;
    let to = (from + PAGE_SIZE).min(shown.len());

    let pager = if shown.len() > PAGE_SIZE {
        let prev = {
            let cb = p.on_page.clone();
            Callback::from(move |_: MouseEvent| cb.emit(page.saturating_sub(1)))
        };
        let next = {
            let cb = p.on_page.clone();
            Callback::from(move |_: MouseEvent| cb.emit(page + 1))
        };
        html! {
            <nav class="pager" aria-label={ctx.t(Msg::CallFlowsHeading)}>
                <button type="button" onclick={prev} disabled={page == 0}>{ ctx.t(Msg::PreviousPage) }</button>
                <span aria-live="polite">{ ctx.t(Msg::ShowingPage { from: from as u64 + 1, to: to as u64, total: shown.len() as u64 }) }</span>
                <button type="button" onclick={next} disabled={page + 1 >= pages}>{ ctx.t(Msg::NextPage) }</button>
            </nav>
        }
    } else {
        html! {}
    };

    let mode = use_state(|| EditorMode::Tree);
    let set_mode = |m: EditorMode| {
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| mode.set(m))
    };
    html! {
        <section class="panel call-flows" id="call-flows" aria-labelledby="call-flows-title">
            <h2 id="call-flows-title">{ ctx.t(Msg::CallFlowsHeading) }</h2>
            <p class="hint">{ ctx.t(Msg::CallFlowsIntro) }</p>
            <div class="mode-switch" role="group" aria-label={ctx.t(Msg::CallFlowsMode)}>
                <span class="toolbar-label">{ ctx.t(Msg::CallFlowsMode) }</span>
                { for [(EditorMode::Tree, "mode-tree"), (EditorMode::Table, "mode-table"), (EditorMode::Counts, "mode-counts")].into_iter().map(|(m, test)| html! {
                    <button type="button" aria-pressed={(*mode == m).to_string()} onclick={set_mode(m)} data-testid={test}>{ ctx.t(Msg::CallFlowsModeName(m)) }</button>
                }) }
            </div>
            if *mode == EditorMode::Counts {
                <super::counts::CountsEntry plan={p.plan.clone()} />
            } else {
                <div class="toolbar">
                    <button type="button" class="primary" onclick={add(NodeKind::AutoAttendant)} data-testid="add-auto-attendant">{ ctx.t(Msg::AddAutoAttendant) }</button>
                    <button type="button" class="primary" onclick={add(NodeKind::CallQueue)} data-testid="add-call-queue">{ ctx.t(Msg::AddCallQueue) }</button>
                    if roots.len() > PAGE_SIZE || !needle.is_empty() {
                        <label class="inline-field">
                            <span>{ ctx.t(Msg::FindCallFlow) }</span>
                            <input type="search" value={p.filter.clone()} oninput={on_filter} data-testid="call-flow-filter" />
                        </label>
                    }
                </div>
                if roots.is_empty() {
                    <p class="empty">{ ctx.t(Msg::NoCallFlows) }</p>
                }
                { pager.clone() }
                if *mode == EditorMode::Table {
                <super::flow_table::FlowTable siblings={roots.len()} rules={p.plan.0.rules}
                    trees={shown[from..to].iter().map(|&i| {
                        let (first_node, first_account, accounts) = trees[i];
                        (i, Shared(roots[i].clone()), first_node as u32, p.decisions.0[first_account..first_account + accounts].to_vec())
                    }).collect::<Vec<_>>()} />
            } else {
            <ul class="tree" data-testid="call-flow-tree">
                    { for shown[from..to].iter().map(|&i| {
                        let (first_node, first_account, accounts) = trees[i];
                        html! {
                            <Tree key={i} index={i} siblings={roots.len()} first_id={first_node as u32}
                                node={Shared(roots[i].clone())} rules={p.plan.0.rules}
                                decisions={p.decisions.0[first_account..first_account + accounts].to_vec()} />
                        }
                    }) }
                </ul>
            }
                { pager }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TreeProps {
    index: usize,
    siblings: usize,
    first_id: u32,
    /// Shared with the plan: a tree nobody changed compares equal by pointer and is not
    /// drawn again.
    node: Shared<CallFlowNode>,
    rules: RuleEdition,
    decisions: Vec<(Decision, bool)>,
}

#[function_component(Tree)]
fn tree(p: &TreeProps) -> Html {
    let ctx = use_ctx();
    let mut next_id = p.first_id;
    let mut next_decision = 0usize;
    let mut cursor =
        Cursor { next_id: &mut next_id, next_decision: &mut next_decision, decisions: &p.decisions, rules: p.rules };
    render_node(&ctx, &p.node.0, vec![p.index], p.siblings, None, &mut cursor)
}

/// Walks a tree in preorder handing out node ids and account decisions.
struct Cursor<'a> {
    next_id: &'a mut u32,
    next_decision: &'a mut usize,
    decisions: &'a [(Decision, bool)],
    rules: RuleEdition,
}

fn render_node(
    ctx: &Ctx,
    node: &CallFlowNode,
    path: NodePath,
    siblings: usize,
    parent_name: Option<&str>,
    cursor: &mut Cursor<'_>,
) -> Html {
    let id = *cursor.next_id;
    *cursor.next_id += 1;
    let depth = path.len();
    let name = ctx.name(&node.name);

    let accounts: Html = node
        .resource_accounts
        .iter()
        .enumerate()
        .map(|(i, ra)| {
            let decision = cursor.decisions.get(*cursor.next_decision).copied().unwrap_or((Decision::NotNeeded, false));
            *cursor.next_decision += 1;
            render_account(ctx, ra, &path, i, id, decision, &name)
        })
        .collect();
    let children: Vec<Html> = node
        .children
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut child_path = path.clone();
            child_path.push(i);
            render_node(ctx, c, child_path, node.children.len(), Some(&name), cursor)
        })
        .collect();

    let kind_class = match node.kind {
        NodeKind::AutoAttendant => "kind-aa",
        NodeKind::CallQueue => "kind-cq",
    };
    let count = |kind: NodeKind| node.children.iter().filter(|c| c.kind == kind).count();
    html! {
        <li class={classes!("node", kind_class)} id={format!("node-{id}")} data-testid="call-flow-node" data-depth={depth.to_string()}>
            <NodeHead name={AttrValue::from(node.name.clone())} kind={node.kind} path={path.clone()} {siblings}
                parent={parent_name.map(|p| AttrValue::from(p.to_owned()))}
                children_aa={count(NodeKind::AutoAttendant)} children_cq={count(NodeKind::CallQueue)}
                indent_too_deep={depth + subtree_depth(node) > MAX_NESTING} />
            if node.resource_accounts.is_empty() {
                if depth > 1 && cursor.rules.nested_may_drop_account() {
                    <p class="node-note" role="note">{ ctx.t(Msg::NestedWithoutAccount) }</p>
                } else {
                    <p class="node-warning" role="note">{ ctx.t(Msg::NoAccountWarning { top_level_only: cursor.rules.nested_may_drop_account() }) }</p>
                }
            }
            <ol class="accounts">{ accounts }</ol>
            if !children.is_empty() {
                <ul class="children">{ for children }</ul>
            }
        </li>
    }
}

/// A node's kind, name and tools. Its own component: a rule change or a count typed
/// elsewhere re-draws the badges of a tree, not its controls.
#[derive(Properties, PartialEq)]
pub(super) struct NodeHeadProps {
    pub(super) name: AttrValue,
    pub(super) kind: NodeKind,
    pub(super) path: NodePath,
    pub(super) siblings: usize,
    pub(super) parent: Option<AttrValue>,
    /// Children of each kind (for the default name of a new one).
    pub(super) children_aa: usize,
    pub(super) children_cq: usize,
    /// Indenting would nest the subtree deeper than the plan format allows.
    pub(super) indent_too_deep: bool,
}

#[function_component(NodeHead)]
pub(super) fn node_head(p: &NodeHeadProps) -> Html {
    let ctx = use_ctx();
    let path = &p.path;
    let index = *path.last().unwrap_or(&0);
    let depth = path.len();
    let name = ctx.name(&p.name);
    let send = |action: Action| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(action.clone()))
    };
    let on_name = {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |e: InputEvent| {
            let name = e.target_unchecked_into::<HtmlInputElement>().value();
            ctx.send(Action::RenameNode { path: path.clone(), name });
        })
    };
    let on_kind = {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |e: Event| {
            let kind = NodeKind::parse(&e.target_unchecked_into::<HtmlSelectElement>().value())
                .unwrap_or(NodeKind::AutoAttendant);
            ctx.send(Action::SetNodeKind { path: path.clone(), kind });
        })
    };
    let can_nest = depth < MAX_NESTING;
    let nest = |kind: NodeKind| {
        let n = match kind {
            NodeKind::AutoAttendant => p.children_aa,
            NodeKind::CallQueue => p.children_cq,
        } + 1;
        send(Action::AddNode {
            parent: Some(path.clone()),
            kind,
            name: format!("{} – {}", p.name, ctx.t(Msg::DefaultNodeName { kind, n })),
        })
    };
    let add_account = send(Action::AddAccount { path: path.clone(), display_name: p.name.to_string() });
    let mv = |to: Move, test_id: &'static str| {
        let (edit, path) = (ctx.tree_edit.clone(), path.clone());
        Callback::from(move |_: MouseEvent| edit.emit(TreeEdit::Move { path: path.clone(), to, test_id }))
    };
    let delete = {
        let (edit, path, name) = (ctx.tree_edit.clone(), path.clone(), name.clone());
        Callback::from(move |_: MouseEvent| edit.emit(TreeEdit::Delete { path: path.clone(), name: name.clone() }))
    };
    // An arrow and a word: the word is the start of the full name, which the button also
    // has (for screen readers and as a tooltip).
    let tool = |label: Msg, text: &'static str, onclick: Callback<MouseEvent>, disabled: bool, test: &'static str| {
        let word = ctx.t(Msg::ToolWord(test));
        let label = ctx.t(label);
        html! {
            <button type="button" class="tool" title={label.clone()} aria-label={label} {onclick} {disabled} data-testid={test}>
                <span aria-hidden="true">{ text }</span>{ word }
            </button>
        }
    };
    html! {
        <div class="node-head">
            <select class="node-kind" aria-label={ctx.t(Msg::NodeKindOf { name: name.clone() })} onchange={on_kind} data-testid="node-kind" data-value={p.kind.as_str()}>
                { for NodeKind::ALL.into_iter().map(|k| html! { <option value={k.as_str()} selected={p.kind == k}>{ ctx.t(Msg::NodeKindName(k)) }</option> }) }
            </select>
            <input class="node-name" type="text" value={p.name.clone()} oninput={on_name}
                aria-label={ctx.t(Msg::NodeNameOf { name: name.clone() })} data-testid="node-name" />
            if let Some(parent) = &p.parent {
                <span class="nested-under">{ ctx.t(Msg::NestedUnder { parent: parent.to_string() }) }</span>
            }
            <div class="node-tools" role="group" aria-label={ctx.t(Msg::NodeActions { name: name.clone() })}>
                <button type="button" onclick={nest(NodeKind::AutoAttendant)} disabled={!can_nest} data-testid="nest-auto-attendant">{ ctx.t(Msg::AddChild { kind: NodeKind::AutoAttendant }) }</button>
                <button type="button" onclick={nest(NodeKind::CallQueue)} disabled={!can_nest} data-testid="nest-call-queue">{ ctx.t(Msg::AddChild { kind: NodeKind::CallQueue }) }</button>
                <button type="button" onclick={add_account} data-testid="add-account">{ ctx.t(Msg::AddAccount) }</button>
                { tool(Msg::MoveUp, "↑", mv(Move::Up, "move-up"), index == 0, "move-up") }
                { tool(Msg::MoveDown, "↓", mv(Move::Down, "move-down"), index + 1 >= p.siblings, "move-down") }
                { tool(Msg::Indent, "→", mv(Move::Indent, "indent"), index == 0 || p.indent_too_deep, "indent") }
                { tool(Msg::Outdent, "←", mv(Move::Outdent, "outdent"), depth == 1, "outdent") }
                { tool(Msg::DeleteNamed { name }, "✕", delete, false, "delete-node") }
            </div>
        </div>
    }
}

fn render_account(
    ctx: &Ctx,
    ra: &ResourceAccount,
    path: &NodePath,
    index: usize,
    node_id: u32,
    (decision, droppable): (Decision, bool),
    node_name: &str,
) -> Html {
    let remove = {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::RemoveAccount { path: path.clone(), index }))
    };
    let (label, class) = decision_badge(decision);
    html! {
        <li class="account" data-testid="resource-account" data-decision={match decision { Decision::Free => "free", Decision::Paid => "paid", Decision::NotNeeded => "none" }}>
            <div class="account-head">
                <span class="account-title">{ ctx.t(Msg::AccountHeading { n: index + 1 }) }</span>
                <span class={classes!("badge", class)} data-testid="account-decision">{ ctx.t(Msg::Decision(label)) }</span>
                if droppable { <span class="badge badge-droppable" data-testid="account-droppable">{ ctx.t(Msg::Droppable) }</span> }
                <button type="button" class="link" onclick={remove} data-testid="remove-account">{ ctx.t(Msg::RemoveAccount) }</button>
            </div>
            <AccountFields ra={ra.clone()} path={path.clone()} {index} {node_id} node_name={AttrValue::from(node_name.to_owned())} />
        </li>
    }
}

/// An account's fields. Its own component: a rule change re-draws the account's badge,
/// not its fields.
#[derive(Properties, PartialEq)]
pub(super) struct AccountFieldsProps {
    pub(super) ra: ResourceAccount,
    pub(super) path: NodePath,
    pub(super) index: usize,
    pub(super) node_id: u32,
    /// Names the fields' group for screen readers ("Resource account 1 of Sales").
    pub(super) node_name: AttrValue,
}

#[function_component(AccountFields)]
pub(super) fn account_fields(p: &AccountFieldsProps) -> Html {
    let ctx = &use_ctx();
    let (ra, path, index, node_id) = (&p.ra, &p.path, p.index, p.node_id);
    let base = format!("ra-{node_id}-{index}");
    let field = |make: fn(String) -> AccountField| {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            ctx.send(Action::UpdateAccount { path: path.clone(), index, field: make(v) });
        })
    };
    let check = |make: fn(bool) -> AccountField| {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().checked();
            ctx.send(Action::UpdateAccount { path: path.clone(), index, field: make(v) });
        })
    };
    let on_number_type = {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |e: Event| {
            let v = NumberType::parse(&e.target_unchecked_into::<HtmlSelectElement>().value());
            ctx.send(Action::UpdateAccount { path: path.clone(), index, field: AccountField::NumberType(v) });
        })
    };
    let on_license = {
        let ctx = ctx.clone();
        let path = path.clone();
        Callback::from(move |e: Event| {
            let v = match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "resourceAccount" => CurrentLicense::ResourceAccount,
                "phoneSystem" => CurrentLicense::PhoneSystem,
                _ => CurrentLicense::None,
            };
            ctx.send(Action::UpdateAccount { path: path.clone(), index, field: AccountField::CurrentLicense(v) });
        })
    };
    let phone_text = ra.phone_number.clone().unwrap_or_default();
    let phone_error = ra.phone_text().and_then(|t| PhoneNumber::parse(t).err());
    let upn_text = ra.user_principal_name.clone().unwrap_or_default();
    let upn_error = ra.user_principal_name.as_deref().and_then(|u| check_upn(u).err());
    let has_number = ra.phone_text().is_some();
    let type_missing = has_number && ra.number_type.is_none();
    let nt = |t: NumberType| html! { <option value={t.as_str()} selected={ra.number_type == Some(t)}>{ ctx.t(Msg::NumberTypeName(t)) }</option> };
    let license_value = match ra.current_license {
        CurrentLicense::None => "none",
        CurrentLicense::ResourceAccount => "resourceAccount",
        CurrentLicense::PhoneSystem => "phoneSystem",
    };
    let cl = |l: CurrentLicense, v: &'static str| html! { <option value={v} selected={ra.current_license == l}>{ ctx.t(Msg::CurrentLicenseName(l)) }</option> };
    html! {
            <div class="account-grid" role="group" aria-label={ctx.t(Msg::AccountGroup { n: index + 1, node: p.node_name.to_string() })}>
                <div class="field">
                    <label for={format!("{base}-name")}>{ ctx.t(Msg::AccountDisplayName) }</label>
                    <input id={format!("{base}-name")} type="text" value={ra.display_name.clone()} oninput={field(AccountField::DisplayName)} data-testid="account-name" />
                </div>
                <div class={classes!("field", upn_error.is_some().then_some("invalid"))}>
                    <label for={format!("{base}-upn")}>{ ctx.t(Msg::AccountUpn) }</label>
                    <input id={format!("{base}-upn")} type="email" value={upn_text} oninput={field(AccountField::UserPrincipalName)}
                        autocomplete="off" spellcheck="false" placeholder="aa-main@contoso.com" data-testid="account-upn"
                        aria-invalid={upn_error.map(|_| "true")} aria-describedby={upn_error.map(|_| format!("{base}-upn-error"))} />
                    if let Some(e) = upn_error { <span id={format!("{base}-upn-error")} class="field-error">{ ctx.t(Msg::UpnError(e)) }</span> }
                </div>
                <div class={classes!("field", phone_error.is_some().then_some("invalid"))}>
                    <label for={format!("{base}-phone")}>{ ctx.t(Msg::AccountPhone) }</label>
                    <input id={format!("{base}-phone")} type="tel" value={phone_text} oninput={field(AccountField::PhoneNumber)}
                        autocomplete="off" placeholder="+1 250 555 0012" data-testid="account-phone"
                        aria-invalid={phone_error.as_ref().map(|_| "true")} aria-describedby={format!("{base}-phone-hint")} />
                    <span id={format!("{base}-phone-hint")} class={if phone_error.is_some() { "field-error" } else { "field-hint" }} data-testid="phone-error">
                        { match &phone_error { Some(e) => ctx.t(Msg::PhoneError(e.clone())), None => ctx.t(Msg::AccountPhoneHint) } }
                    </span>
                </div>
                <div class={classes!("field", type_missing.then_some("invalid"))}>
                    <label for={format!("{base}-type")}>{ ctx.t(Msg::AccountNumberType) }</label>
                    <select id={format!("{base}-type")} onchange={on_number_type} data-testid="account-number-type" data-value={ra.number_type.map_or("", NumberType::as_str)}>
                        <option value="" selected={ra.number_type.is_none()}>{ ctx.t(Msg::NumberTypeUnset) }</option>
                        { for NumberType::ALL.into_iter().map(nt) }
                    </select>
                </div>
                <div class="field">
                    <label for={format!("{base}-license")}>{ ctx.t(Msg::AccountCurrentLicense) }</label>
                    <select id={format!("{base}-license")} onchange={on_license} data-testid="account-current-license" data-value={license_value}>
                        { cl(CurrentLicense::None, "none") }
                        { cl(CurrentLicense::ResourceAccount, "resourceAccount") }
                        { cl(CurrentLicense::PhoneSystem, "phoneSystem") }
                    </select>
                </div>
                <div class="checks">
                    <label><input type="checkbox" checked={ra.toll_free} disabled={!has_number} onchange={check(AccountField::TollFree)} data-testid="account-toll-free" />{ ctx.t(Msg::AccountTollFree) }</label>
                    <label><input type="checkbox" checked={ra.outbound_caller_id} onchange={check(AccountField::OutboundCallerId)} data-testid="account-caller-id" />{ ctx.t(Msg::AccountCallerId) }</label>
                </div>
            </div>
    }
}
