//! Why the three editions give different answers for the same plan: the facts behind the
//! editions side by side, as data (the UI words them).

use super::evaluate::{EditionSummary, Outcome};
use super::rules::RuleEdition;

/// One reason the editions' figures differ for this plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// From 2022 every resource account needs a license, not only those with a number
    /// (virtual-user, 2023): these accounts without a number count from 2022 on.
    NumberlessAccountsCount { accounts: u64 },
    /// From 2022 Teams Shared Devices (Shared Space) licenses count toward the per-10
    /// part: these licenses add `extra_free` free licenses.
    SharedDevicesCount { licenses: u64, extra_free: u64 },
    /// Since 3 Apr 2025 Resource Account licenses cost nothing: the paid part of the older
    /// editions is gone.
    NoCostSince2025 { paid_2022: u64, paid_2019: u64 },
    /// Since Nov/Dec 2024 nested AAs/CQs can be targeted directly: these accounts can go.
    NestedAccountsDroppable { accounts: u64 },
    /// Teams Rooms make the tenant eligible in every edition but never count per 10.
    TeamsRoomsNotCounted { licenses: u64 },
}

fn summary(outcome: &Outcome, rules: RuleEdition) -> Option<&EditionSummary> {
    outcome.editions.iter().find(|e| e.rules == rules)
}

/// The differences that apply to this plan, oldest change first. Empty when the editions
/// agree on every figure.
pub fn differences(outcome: &Outcome) -> Vec<Difference> {
    let mut out = Vec::new();
    let (Some(e2019), Some(e2022)) = (summary(outcome, RuleEdition::E2019), summary(outcome, RuleEdition::E2022))
    else {
        return out;
    };
    let numberless = outcome.counts.accounts - outcome.counts.numbered;
    if numberless > 0 {
        out.push(Difference::NumberlessAccountsCount { accounts: numberless });
    }
    let shared = outcome.tally.shared_device;
    if shared > 0 {
        out.push(Difference::SharedDevicesCount {
            licenses: shared,
            extra_free: e2022.figures.free_allotment.saturating_sub(e2019.figures.free_allotment),
        });
    }
    if (e2022.figures.paid_needed > 0 || e2019.figures.paid_needed > 0) && outcome.tally.eligible() {
        out.push(Difference::NoCostSince2025 {
            paid_2022: e2022.figures.paid_needed,
            paid_2019: e2019.figures.paid_needed,
        });
    }
    if outcome.counts.nested_droppable > 0 {
        out.push(Difference::NestedAccountsDroppable { accounts: outcome.counts.nested_droppable });
    }
    if outcome.tally.teams_rooms > 0 {
        out.push(Difference::TeamsRoomsNotCounted { licenses: outcome.tally.teams_rooms });
    }
    out
}
