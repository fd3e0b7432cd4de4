//! The app's state: the plan, changed only through [`Action`]s, one `reduce` match.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::{Plan, RuleEdition};
use crate::examples;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub plan: Plan,
}

impl Default for AppState {
    /// The seeds' Contoso, so a first visit shows a worked example.
    fn default() -> Self {
        AppState { plan: examples::contoso_seed() }
    }
}

pub enum Action {
    SetRules(RuleEdition),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetRules(rules) => next.plan.rules = rules,
        }
        Rc::new(next)
    }
}
