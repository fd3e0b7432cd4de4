//! Yew's view of [`crate::state`]: the same actions, one reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{self, Lang, Msg};
pub use crate::state::{AccountField, Action, AppState, Move, NodePath};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UiState(pub AppState);

impl Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.0.apply(action);
        Rc::new(next)
    }
}

/// A tree edit that moves keyboard focus.
#[derive(Clone, Debug, PartialEq)]
pub enum TreeEdit {
    /// `test_id`: the button used, to focus it again where the node lands.
    Move { path: NodePath, to: Move, test_id: &'static str },
    /// `name` is said: "Deleted Sales".
    Delete { path: NodePath, name: String },
}

/// What every component may need: the language and the way to change the plan.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub lang: Lang,
    /// How the reader groups digits and writes decimals (from the browser's Intl).
    pub seps: crate::input::Separators,
    pub dispatch: UseReducerDispatcher<UiState>,
    /// Moves the editor to a node (by preorder id) and focuses it.
    pub go_to_node: Callback<u32>,
    /// Moves and deletes in the tree, so focus follows and a delete is announced.
    pub tree_edit: Callback<TreeEdit>,
    /// A published example: show, never edit.
    pub read_only: bool,
}

impl Ctx {
    pub fn t(&self, msg: Msg) -> String {
        i18n::t(self.lang, &msg)
    }

    /// [`Ctx::t`] for a message kept elsewhere (messages are not cloned: a derived
    /// `Clone` of the whole catalog costs the page kilobytes).
    pub fn t_ref(&self, msg: &Msg) -> String {
        i18n::t(self.lang, msg)
    }

    /// A name as shown: "(unnamed)" for a blank one.
    pub fn name(&self, name: &str) -> String {
        if name.trim().is_empty() {
            self.t(Msg::Unnamed)
        } else {
            name.to_owned()
        }
    }

    pub fn send(&self, action: Action) {
        self.dispatch.dispatch(action);
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("Ctx is provided by App")
}
