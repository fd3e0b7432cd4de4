//! The two rule editions and the allotment arithmetic. Each rule names its source.

use serde::{Deserialize, Serialize};

use super::sku::SkuRole;

/// Which of Microsoft's two published rule sets to apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleEdition {
    /// Since 30 August 2022: every resource account needs a license; Teams Shared Devices
    /// count toward the allotment; beyond it, buy Resource Account licenses at a cost.
    /// Source: learn.microsoft.com/microsoftteams/teams-add-on-licensing/virtual-user
    /// (2023-02-24) and …/teams-phone-licensing (2025-04-25).
    #[default]
    Current,
    /// The seed documents (2020–2022): only accounts with a phone number need a license;
    /// beyond the allotment, assign a paid Phone System user license.
    /// Source: shared/seeds/000, 002, 003 ("Phone System – Virtual User license").
    Original,
}

impl RuleEdition {
    pub const ALL: [RuleEdition; 2] = [RuleEdition::Current, RuleEdition::Original];

    /// The value used in plan files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleEdition::Current => "current",
            RuleEdition::Original => "original",
        }
    }

    pub fn parse(s: &str) -> Option<RuleEdition> {
        RuleEdition::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn other(self) -> RuleEdition {
        match self {
            RuleEdition::Current => RuleEdition::Original,
            RuleEdition::Original => RuleEdition::Current,
        }
    }

    /// Whether licenses of this role count toward the per-10 part of the allotment.
    /// Current: "25 + 1 per 10 Teams Phone user licenses or Teams Shared Devices licenses"
    /// (teams-phone-licensing, 2025). Original: "for every 10 Phone System user licenses"
    /// (seed 003).
    pub fn counts_toward_allotment(self, role: SkuRole) -> bool {
        matches!((self, role), (_, SkuRole::PhoneSystemUser) | (RuleEdition::Current, SkuRole::SharedDevice))
    }

    /// Whether a resource account needs a license. Current: every one, number or not
    /// (virtual-user, changed 30 Aug 2022). Original: only those with a phone number
    /// ("No license is needed for resource accounts … that don't have a phone number",
    /// seed 003).
    pub fn account_needs_license(self, has_phone_number: bool) -> bool {
        match self {
            RuleEdition::Current => true,
            RuleEdition::Original => has_phone_number,
        }
    }
}

/// Free Resource Account licenses an organisation is entitled to.
/// "Any organization that has at least one license including Phone System … has 25
/// Virtual User licenses available at no cost. When you add 10 Phone System user
/// licenses … one more … becomes available" (seed 003). No cap is stated; "one more per
/// 10" is floor(n / 10) (LICENSING.md §1).
pub fn allotment(eligible: bool, qualifying: u64) -> u64 {
    if eligible {
        BASE_ALLOTMENT + qualifying / LICENSES_PER_EXTRA
    } else {
        0
    }
}

/// The fixed part of the allotment (seed 003: "25 Virtual User licenses").
pub const BASE_ALLOTMENT: u64 = 25;
/// One more free license per this many qualifying licenses (seed 003).
pub const LICENSES_PER_EXTRA: u64 = 10;

/// The fewest extra qualifying licenses that make the allotment cover `needing`.
/// Adding a qualifying license also makes an ineligible organisation eligible.
/// LICENSING.md §1: "licenses needed to cover N accounts for free = 10 × (N − 25)".
pub fn licenses_to_cover_all(eligible: bool, qualifying: u64, needing: u64) -> u64 {
    if allotment(eligible, qualifying) >= needing {
        return 0;
    }
    let beyond_base = needing.saturating_sub(BASE_ALLOTMENT);
    let target = beyond_base.saturating_mul(LICENSES_PER_EXTRA);
    // An ineligible organisation has no qualifying licenses yet and needs at least one.
    target.saturating_sub(qualifying).max(1)
}
