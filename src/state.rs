//! The app's state and every change to it, as plain data: one [`Action`] enum handled in
//! one [`AppState::apply`] match. Pure Rust, so the editor's behaviour is tested natively;
//! `ui::state` only wraps it in Yew's `Reducible`.

use std::borrow::Borrow;
use std::rc::Rc;

use crate::engine::tenant::TenantReport;
use crate::engine::{
    CallFlowNode, Channel, CurrentLicense, NodeKind, NumberType, Plan, Pricing, ResourceAccount, RuleEdition,
};
use crate::examples::Example;
use crate::plan_file::{open_file, Opened, PlanFileError, MAX_NESTING};

/// A node's place: indexes from the top level down (`[2, 0]` = first child of the third
/// top-level node).
pub type NodePath = Vec<usize>;

/// How many changes can be undone (and redone): a long session keeps its last 200 steps.
pub const UNDO_DEPTH: usize = 200;

/// One field of a resource account, with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountField {
    DisplayName(String),
    UserPrincipalName(String),
    PhoneNumber(String),
    NumberType(Option<NumberType>),
    TollFree(bool),
    OutboundCallerId(bool),
    CurrentLicense(CurrentLicense),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Before the previous sibling.
    Up,
    /// After the next sibling.
    Down,
    /// Out of its parent, to just after it.
    Outdent,
    /// Into the previous sibling, as its last child.
    Indent,
}

/// What an undo or redo step reverses: every kind of change to the plan, so the button can
/// name it ("Undo rename").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UndoWhat {
    Rules,
    Channel,
    Customer,
    LicenseCount,
    AddNode,
    AddNodes,
    RenameNode,
    NodeKind,
    MoveNode,
    DeleteNode,
    AddAccount,
    RemoveAccount,
    EditAccount,
    Prices,
    ReplacePlan,
    LoadExample,
    ImportCsv,
    Counts,
    ImportTenant,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UndoEntry {
    /// The plan as it was before (undo) or after (redo) the change.
    pub plan: Rc<Plan>,
    pub what: UndoWhat,
}

/// What makes consecutive keystrokes one undo step: the same field of the same thing.
#[derive(Clone, Debug, PartialEq, Eq)]
enum EditKey {
    License(String),
    Customer,
    Rename(NodePath),
    Account(NodePath, usize, std::mem::Discriminant<AccountField>),
    Prices,
    Counts,
}

/// A field whose text is not a valid value: until it is fixed, the result is not shown,
/// since it would be computed from something nobody typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidField {
    /// The element id, to go to the field.
    pub id: String,
    /// The field's label, to name it.
    pub label: String,
}

/// Why an import failed; the plan stays as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportProblem {
    /// Empty for pasted text.
    pub file_name: String,
    pub reason: ImportReason,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportReason {
    /// Already worded.
    Text(String),
    /// What is wrong with the file, and where.
    File(PlanFileError),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetRules(RuleEdition),
    SetChannel(Channel),
    /// Blank clears it.
    SetCustomer(String),
    /// Count 0 removes the license from the plan.
    SetLicense {
        part_number: String,
        count: u32,
    },
    /// A new node with one resource account named like the node.
    AddNode {
        parent: Option<NodePath>,
        kind: NodeKind,
        name: String,
    },
    /// Quick entry: `count` nodes named `{prefix} {n}`, each with one resource account,
    /// numbered from `first_number` upward when given.
    AddNodes {
        parent: Option<NodePath>,
        kind: NodeKind,
        count: usize,
        prefix: String,
        first_number: Option<FirstNumber>,
    },
    RenameNode {
        path: NodePath,
        name: String,
    },
    SetNodeKind {
        path: NodePath,
        kind: NodeKind,
    },
    MoveNode {
        path: NodePath,
        to: Move,
    },
    DeleteNode {
        path: NodePath,
    },
    AddAccount {
        path: NodePath,
        display_name: String,
    },
    RemoveAccount {
        path: NodePath,
        index: usize,
    },
    UpdateAccount {
        path: NodePath,
        index: usize,
        field: AccountField,
    },
    SetPricing(Pricing),
    /// Import or clear: the old plan can be brought back with [`Action::Undo`].
    ReplacePlan(Plan),
    /// A worked example, marked as such until the user changes it.
    LoadExample(Example),
    /// A plan opened from a link when the page loads: it replaces what would have been
    /// shown, with no history (there is nothing of this visit to undo).
    Load(Plan),
    /// A file opened, dropped or pasted: a plan or a tenant snapshot, told apart by its
    /// `format`. A file that cannot be read changes nothing and says why.
    OpenFile {
        /// The file's name; empty for pasted text.
        name: String,
        bytes: Rc<[u8]>,
    },
    /// A tenant snapshot read into a plan ([`Action::OpenFile`] does this).
    ImportTenant(Plan),
    /// The tenant report is closed.
    DismissTenantReport,
    /// Appends call flows read from a CSV.
    ImportCallFlows(Vec<CallFlowNode>),
    /// Counts mode: the call flows made from the counts replace the tree.
    SetCallFlows(Vec<CallFlowNode>),
    ImportFailed(ImportProblem),
    DismissImportProblem,
    /// A field reports whether its text is valid (see [`InvalidField`]).
    FieldValidity {
        field: InvalidField,
        valid: bool,
    },
    /// Reverses the latest change, whatever came before it.
    Undo,
    /// Reapplies the latest undone change.
    Redo,
}

/// How the call flows are entered: a tree of cards, a dense table, or counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorMode {
    Tree,
    Table,
    Counts,
}

/// The start of a block of numbers for quick entry.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstNumber {
    /// Digits after `+`, up to 15.
    pub digits: u64,
    pub number_type: NumberType,
    /// The numbers are toll-free.
    pub toll_free: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// Shared, so views can tell "unchanged" by pointer; changed copy-on-write.
    pub plan: Rc<Plan>,
    /// Newest last; each entry holds the plan before its change.
    pub undo: Vec<UndoEntry>,
    /// Newest last; each entry holds the plan after the undone change.
    pub redo: Vec<UndoEntry>,
    /// The field the latest change typed into, so the next keystroke there joins its step.
    last_edit: Option<EditKey>,
    pub import_problem: Option<ImportProblem>,
    /// The plan shown is this worked example, unchanged: it is marked as an example and not
    /// saved as the user's own.
    pub example: Option<Example>,
    /// Fields whose text is not valid, in the order they became so.
    pub invalid_fields: Vec<InvalidField>,
    /// What the latest tenant import found, while its plan is the one shown.
    pub tenant: Option<Rc<TenantReport>>,
}

impl AppState {
    pub fn with_plan(plan: Plan) -> Self {
        AppState { plan: Rc::new(plan), ..AppState::default() }
    }

    /// A worked example, marked as one.
    pub fn with_example(example: Example) -> Self {
        AppState { example: Some(example), ..AppState::with_plan(example.plan()) }
    }

    fn push(list: &mut Vec<UndoEntry>, entry: UndoEntry) {
        if list.len() == UNDO_DEPTH {
            list.remove(0);
        }
        list.push(entry);
    }

    /// What an action changes, for its undo step, and the field it types into.
    fn undo_kind(action: &Action) -> Option<(UndoWhat, Option<EditKey>)> {
        Some(match action {
            Action::SetRules(_) => (UndoWhat::Rules, None),
            Action::SetChannel(_) => (UndoWhat::Channel, None),
            Action::SetCustomer(_) => (UndoWhat::Customer, Some(EditKey::Customer)),
            Action::SetLicense { part_number, .. } => {
                (UndoWhat::LicenseCount, Some(EditKey::License(part_number.clone())))
            }
            Action::AddNode { .. } => (UndoWhat::AddNode, None),
            Action::AddNodes { .. } => (UndoWhat::AddNodes, None),
            Action::RenameNode { path, .. } => (UndoWhat::RenameNode, Some(EditKey::Rename(path.clone()))),
            Action::SetNodeKind { .. } => (UndoWhat::NodeKind, None),
            Action::MoveNode { .. } => (UndoWhat::MoveNode, None),
            Action::DeleteNode { .. } => (UndoWhat::DeleteNode, None),
            Action::AddAccount { .. } => (UndoWhat::AddAccount, None),
            Action::RemoveAccount { .. } => (UndoWhat::RemoveAccount, None),
            Action::UpdateAccount { path, index, field } => {
                let typed = matches!(
                    field,
                    AccountField::DisplayName(_) | AccountField::UserPrincipalName(_) | AccountField::PhoneNumber(_)
                );
                let key = typed.then(|| EditKey::Account(path.clone(), *index, std::mem::discriminant(field)));
                (UndoWhat::EditAccount, key)
            }
            Action::SetPricing(_) => (UndoWhat::Prices, Some(EditKey::Prices)),
            Action::ReplacePlan(_) => (UndoWhat::ReplacePlan, None),
            Action::ImportTenant(_) => (UndoWhat::ImportTenant, None),
            Action::LoadExample(_) => (UndoWhat::LoadExample, None),
            Action::ImportCallFlows(_) => (UndoWhat::ImportCsv, None),
            Action::SetCallFlows(_) => (UndoWhat::Counts, Some(EditKey::Counts)),
            Action::ImportFailed(_)
            | Action::OpenFile { .. }
            | Action::DismissTenantReport
            | Action::DismissImportProblem
            | Action::FieldValidity { .. }
            | Action::Load(_)
            | Action::Undo
            | Action::Redo => return None,
        })
    }

    /// Applies one change. Changes that make no sense (a path that no longer exists, a move
    /// past the end, nesting beyond [`MAX_NESTING`]) change nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Undo => return self.step(true),
            Action::Redo => return self.step(false),
            Action::OpenFile { name, bytes } => return self.open_file(name, &bytes),
            _ => {}
        }
        let Some((what, key)) = Self::undo_kind(&action) else {
            return self.apply_inner(action);
        };
        let before = self.plan.clone();
        let example = self.example;
        // Any edit makes the plan the user's own.
        self.example = None;
        self.apply_inner(action);
        if Rc::ptr_eq(&before, &self.plan) {
            // Nothing changed: no step to undo, and an example stays one.
            self.example = self.example.or(example);
            return;
        }
        self.redo.clear();
        // Keystrokes in one field make one step; the step keeps the plan before the first.
        if key.is_none() || key != self.last_edit {
            Self::push(&mut self.undo, UndoEntry { plan: before, what });
        }
        self.last_edit = key;
    }

    fn open_file(&mut self, name: String, bytes: &[u8]) {
        let tenant = self.tenant.as_ref().map(|t| t.tenant_id.clone());
        // A worked example's customer and prices are not the user's: a snapshot keeps the
        // settings of the user's own plan only.
        let fresh = Plan::default();
        let before = if self.example.is_some() { &fresh } else { &*self.plan };
        match open_file(bytes, before, tenant.as_deref()) {
            Ok(Opened::Plan(plan)) => {
                self.apply(Action::ReplacePlan(plan));
                self.tenant = None;
            }
            Ok(Opened::Tenant(import)) => {
                self.apply(Action::ImportTenant(import.plan));
                self.import_problem = None;
                self.tenant = Some(Rc::new(import.report));
            }
            Err(e) => self.import_problem = Some(ImportProblem { file_name: name, reason: ImportReason::File(e) }),
        }
    }

    /// Undo (`back`) or redo: swaps the plan with the latest entry of one list, and keeps
    /// the plan shown in the other.
    fn step(&mut self, back: bool) {
        let (from, to) = if back { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        let Some(entry) = from.pop() else { return };
        if entry.what == UndoWhat::ImportTenant {
            // The report speaks of the imported plan, which is no longer (or not yet) shown.
            self.tenant = None;
        }
        let shown = std::mem::replace(&mut self.plan, entry.plan);
        Self::push(to, UndoEntry { plan: shown, what: entry.what });
        self.last_edit = None;
        self.example = None;
    }

    fn apply_inner(&mut self, action: Action) {
        match action {
            Action::SetRules(rules) => {
                if self.plan.rules != rules {
                    Rc::make_mut(&mut self.plan).rules = rules;
                }
            }
            Action::SetChannel(channel) => {
                if self.plan.channel != channel {
                    Rc::make_mut(&mut self.plan).channel = channel;
                }
            }
            Action::SetCustomer(text) => {
                let customer = Some(text).filter(|t| !t.trim().is_empty());
                if self.plan.customer != customer {
                    Rc::make_mut(&mut self.plan).customer = customer;
                }
            }
            Action::SetLicense { part_number, count } => {
                if self.plan.licenses.get(&part_number).copied().unwrap_or(0) == count {
                    return;
                }
                let licenses = &mut Rc::make_mut(&mut self.plan).licenses;
                if count == 0 {
                    licenses.remove(&part_number);
                } else {
                    licenses.insert(part_number, count);
                }
            }
            Action::AddNode { parent, kind, name } => {
                if !self.parent_exists(parent.as_deref()) || !depth_allows(parent.as_deref()) {
                    return;
                }
                let node = new_node(kind, name.clone(), ResourceAccount { display_name: name, ..Default::default() });
                if let Some(mut list) = siblings_mut(&mut Rc::make_mut(&mut self.plan).call_flows, parent.as_deref()) {
                    list.push(node);
                }
            }
            Action::AddNodes { parent, kind, count, prefix, first_number } => {
                if count == 0 || !depth_allows(parent.as_deref()) || !self.parent_exists(parent.as_deref()) {
                    return;
                }
                let Some(mut list) = siblings_mut(&mut Rc::make_mut(&mut self.plan).call_flows, parent.as_deref())
                else {
                    return;
                };
                let start = list.count_kind(kind);
                for i in 0..count {
                    let name = format!("{prefix} {}", start + i + 1);
                    let mut account = ResourceAccount { display_name: name.clone(), ..Default::default() };
                    if let Some(first) = &first_number {
                        let digits = first.digits.saturating_add(i as u64);
                        account.phone_number = Some(format!("+{digits}"));
                        account.number_type = Some(first.number_type);
                        account.toll_free = first.toll_free;
                    }
                    list.push(new_node(kind, name, account));
                }
            }
            Action::RenameNode { path, name } => {
                if node(&self.plan.call_flows, &path).is_none_or(|n| n.name == name) {
                    return;
                }
                if let Some(n) = node_mut(&mut Rc::make_mut(&mut self.plan).call_flows, &path) {
                    // An account still named like its node follows the new name; one the
                    // user named otherwise keeps its own.
                    for ra in n.resource_accounts.iter_mut().filter(|ra| ra.display_name == n.name) {
                        ra.display_name.clone_from(&name);
                    }
                    n.name = name;
                }
            }
            Action::SetNodeKind { path, kind } => {
                if node(&self.plan.call_flows, &path).is_none_or(|n| n.kind == kind) {
                    return;
                }
                if let Some(n) = node_mut(&mut Rc::make_mut(&mut self.plan).call_flows, &path) {
                    n.kind = kind;
                }
            }
            Action::MoveNode { path, to } => {
                if moved_path(&self.plan.call_flows, &path, to).is_some() {
                    move_node(&mut Rc::make_mut(&mut self.plan).call_flows, &path, to);
                }
            }
            Action::DeleteNode { path } => {
                if node(&self.plan.call_flows, &path).is_some() {
                    remove_node(&mut Rc::make_mut(&mut self.plan).call_flows, &path);
                }
            }
            Action::AddAccount { path, display_name } => {
                if node(&self.plan.call_flows, &path).is_none() {
                    return;
                }
                if let Some(n) = node_mut(&mut Rc::make_mut(&mut self.plan).call_flows, &path) {
                    n.resource_accounts.push(ResourceAccount { display_name, ..Default::default() });
                }
            }
            Action::RemoveAccount { path, index } => {
                let exists = node(&self.plan.call_flows, &path).is_some_and(|n| index < n.resource_accounts.len());
                if exists {
                    if let Some(n) = node_mut(&mut Rc::make_mut(&mut self.plan).call_flows, &path) {
                        n.resource_accounts.remove(index);
                    }
                }
            }
            Action::UpdateAccount { path, index, field } => {
                let Some(current) = node(&self.plan.call_flows, &path).and_then(|n| n.resource_accounts.get(index))
                else {
                    return;
                };
                let mut changed = current.clone();
                field.clone().set(&mut changed);
                if changed == *current {
                    return;
                }
                let Some(ra) = node_mut(&mut Rc::make_mut(&mut self.plan).call_flows, &path)
                    .and_then(|n| n.resource_accounts.get_mut(index))
                else {
                    return;
                };
                *ra = changed;
            }
            Action::SetPricing(p) => {
                if self.plan.pricing != p {
                    Rc::make_mut(&mut self.plan).pricing = p;
                }
            }
            Action::ReplacePlan(plan) => {
                if plan != *self.plan {
                    self.plan = Rc::new(plan);
                }
                self.tenant = None;
                self.import_problem = None;
            }
            Action::ImportTenant(plan) => {
                if plan != *self.plan {
                    self.plan = Rc::new(plan);
                }
            }
            Action::DismissTenantReport => self.tenant = None,
            Action::OpenFile { .. } => {}
            Action::LoadExample(example) => {
                self.tenant = None;
                let plan = example.plan();
                if plan != *self.plan {
                    self.plan = Rc::new(plan);
                }
                self.example = Some(example);
                self.import_problem = None;
            }
            Action::ImportCallFlows(nodes) => {
                if !nodes.is_empty() {
                    Rc::make_mut(&mut self.plan).call_flows.extend(nodes.into_iter().map(Rc::new));
                }
            }
            Action::SetCallFlows(nodes) => {
                let same = nodes.len() == self.plan.call_flows.len()
                    && nodes.iter().zip(&self.plan.call_flows).all(|(a, b)| a == b.as_ref());
                if !same {
                    Rc::make_mut(&mut self.plan).call_flows = nodes.into_iter().map(Rc::new).collect();
                }
            }
            Action::ImportFailed(problem) => self.import_problem = Some(problem),
            Action::FieldValidity { field, valid } => {
                self.invalid_fields.retain(|f| f.id != field.id);
                if !valid {
                    self.invalid_fields.push(field);
                }
            }
            Action::DismissImportProblem => self.import_problem = None,
            Action::Load(plan) => *self = AppState::with_plan(plan),
            Action::Undo | Action::Redo => {}
        }
    }
}

impl AccountField {
    /// Writes the value into an account.
    fn set(self, ra: &mut ResourceAccount) {
        match self {
            AccountField::DisplayName(v) => ra.display_name = v,
            // Kept as typed (a space is reported, not removed under the cursor).
            AccountField::UserPrincipalName(v) => ra.user_principal_name = Some(v).filter(|s| !s.trim().is_empty()),
            AccountField::PhoneNumber(v) => {
                let has = !v.trim().is_empty();
                ra.phone_number = has.then_some(v);
                if !has {
                    ra.toll_free = false;
                }
            }
            AccountField::NumberType(v) => ra.number_type = v,
            AccountField::TollFree(v) => ra.toll_free = v,
            AccountField::OutboundCallerId(v) => ra.outbound_caller_id = v,
            AccountField::CurrentLicense(v) => ra.current_license = v,
        }
    }
}

impl AppState {
    /// The top level, or an existing node.
    fn parent_exists(&self, parent: Option<&[usize]>) -> bool {
        parent.is_none_or(|p| node(&self.plan.call_flows, p).is_some())
    }
}

fn new_node(kind: NodeKind, name: String, account: ResourceAccount) -> CallFlowNode {
    CallFlowNode { kind, name, resource_accounts: vec![account], children: Vec::new() }
}

/// Whether a child may be added under `parent` without passing [`MAX_NESTING`].
pub fn depth_allows(parent: Option<&[usize]>) -> bool {
    parent.map_or(0, <[usize]>::len) < MAX_NESTING
}

pub fn node<'a, N: Borrow<CallFlowNode>>(roots: &'a [N], path: &[usize]) -> Option<&'a CallFlowNode> {
    let (first, rest) = path.split_first()?;
    let mut n = roots.get(*first)?.borrow();
    for i in rest {
        n = n.children.get(*i)?;
    }
    Some(n)
}

/// The node at `path`, for changing: only its own top-level tree is copied when shared.
pub fn node_mut<'a>(roots: &'a mut [Rc<CallFlowNode>], path: &[usize]) -> Option<&'a mut CallFlowNode> {
    let (first, rest) = path.split_first()?;
    let mut n = Rc::make_mut(roots.get_mut(*first)?);
    for i in rest {
        n = n.children.get_mut(*i)?;
    }
    Some(n)
}

/// A list of sibling nodes: the top level (each tree shared) or a node's children.
enum Siblings<'a> {
    Top(&'a mut Vec<Rc<CallFlowNode>>),
    Nested(&'a mut Vec<CallFlowNode>),
}

impl Siblings<'_> {
    fn len(&self) -> usize {
        match self {
            Siblings::Top(v) => v.len(),
            Siblings::Nested(v) => v.len(),
        }
    }

    fn count_kind(&self, kind: NodeKind) -> usize {
        match self {
            Siblings::Top(v) => v.iter().filter(|n| n.kind == kind).count(),
            Siblings::Nested(v) => v.iter().filter(|n| n.kind == kind).count(),
        }
    }

    fn insert(&mut self, at: usize, n: CallFlowNode) {
        let at = at.min(self.len());
        match self {
            Siblings::Top(v) => v.insert(at, Rc::new(n)),
            Siblings::Nested(v) => v.insert(at, n),
        }
    }

    fn push(&mut self, n: CallFlowNode) {
        self.insert(usize::MAX, n);
    }

    fn remove(&mut self, at: usize) -> Option<CallFlowNode> {
        (at < self.len()).then(|| match self {
            Siblings::Top(v) => Rc::unwrap_or_clone(v.remove(at)),
            Siblings::Nested(v) => v.remove(at),
        })
    }

    fn swap(&mut self, a: usize, b: usize) {
        match self {
            Siblings::Top(v) => v.swap(a, b),
            Siblings::Nested(v) => v.swap(a, b),
        }
    }
}

/// The list a node's children live in: the top level for `None`.
fn siblings_mut<'a>(roots: &'a mut Vec<Rc<CallFlowNode>>, parent: Option<&[usize]>) -> Option<Siblings<'a>> {
    match parent {
        None => Some(Siblings::Top(roots)),
        Some(p) => node_mut(roots, p).map(|n| Siblings::Nested(&mut n.children)),
    }
}

fn remove_node(roots: &mut Vec<Rc<CallFlowNode>>, path: &[usize]) -> Option<CallFlowNode> {
    let (last, parent) = path.split_last()?;
    siblings_mut(roots, if parent.is_empty() { None } else { Some(parent) })?.remove(*last)
}

/// Depth of the deepest node in a subtree (1 for a leaf).
pub fn subtree_depth(n: &CallFlowNode) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(n, 1usize)];
    while let Some((n, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(n.children.iter().map(|c| (c, d + 1)));
    }
    deepest
}

/// Where a node lands after a move, or `None` if the move is not possible.
pub fn moved_path<N: Borrow<CallFlowNode>>(roots: &[N], path: &[usize], to: Move) -> Option<NodePath> {
    let (&last, parent) = path.split_last()?;
    let siblings = if parent.is_empty() { roots.len() } else { node(roots, parent)?.children.len() };
    let subject = node(roots, path)?;
    match to {
        Move::Up => (last > 0).then(|| [parent, &[last - 1]].concat()),
        Move::Down => (last + 1 < siblings).then(|| [parent, &[last + 1]].concat()),
        Move::Outdent => {
            let (&p_last, grand) = parent.split_last()?;
            Some([grand, &[p_last + 1]].concat())
        }
        Move::Indent => {
            if last == 0 || path.len() + subtree_depth(subject) > MAX_NESTING {
                return None;
            }
            let new_parent = [parent, &[last - 1]].concat();
            let count = node(roots, &new_parent)?.children.len();
            Some([new_parent.as_slice(), &[count]].concat())
        }
    }
}

fn move_node(roots: &mut Vec<Rc<CallFlowNode>>, path: &[usize], to: Move) {
    let Some(dest) = moved_path(roots, path, to) else { return };
    let Some((&last, parent)) = path.split_last() else { return };
    let parent_opt = if parent.is_empty() { None } else { Some(parent) };
    match to {
        Move::Up | Move::Down => {
            if let Some(mut list) = siblings_mut(roots, parent_opt) {
                list.swap(last, dest[dest.len() - 1]);
            }
        }
        Move::Outdent | Move::Indent => {
            let Some(n) = remove_node(roots, path) else { return };
            // Removing shifted nothing before the destination: both moves land at or after
            // a sibling that precedes the removed node.
            let (&at, dest_parent) = dest.split_last().unwrap_or((&0, &[]));
            let dest_parent = if dest_parent.is_empty() { None } else { Some(dest_parent) };
            if let Some(mut list) = siblings_mut(roots, dest_parent) {
                list.insert(at, n);
            }
        }
    }
}

/// Every node's path in preorder, the order `engine::flatten` numbers them in.
pub fn preorder_paths<N: Borrow<CallFlowNode>>(roots: &[N]) -> Vec<NodePath> {
    preorder_paths_iter(roots).collect()
}

/// The same, lazily: callers that need the first few stop without walking the rest.
pub fn preorder_paths_iter<N: Borrow<CallFlowNode>>(roots: &[N]) -> impl Iterator<Item = NodePath> + '_ {
    let mut stack: Vec<(&CallFlowNode, NodePath)> =
        roots.iter().enumerate().rev().map(|(i, n)| (n.borrow(), vec![i])).collect();
    std::iter::from_fn(move || {
        let (n, path) = stack.pop()?;
        for (i, c) in n.children.iter().enumerate().rev() {
            let mut p = path.clone();
            p.push(i);
            stack.push((c, p));
        }
        Some(path)
    })
}
