//! The three rule editions and the allotment arithmetic. Each rule names its source.
//!
//! An edition is named by the year it took effect:
//! - 2019: the seed documents ("Microsoft 365 Phone System – Virtual User license",
//!   https://learn.microsoft.com/microsoftteams/teams-add-on-licensing/virtual-user, ms.date
//!   2019-07-11, and its zh-TW, zh-CN, fr-FR, it-IT translations);
//! - 2022: the same page from 30 Aug 2022 ("Microsoft Teams Phone Resource Account
//!   licenses", ms.date 2023-02-24): every resource account needs a license;
//! - 2025: the same page, ms.date 2025-04-03: "There is no longer any cost associated with
//!   acquiring Teams Phone Resource Account licenses"; and "Create a call queue"
//!   (https://learn.microsoft.com/microsoftteams/create-a-phone-system-call-queue, 2025-02-05):
//!   nested auto attendants and call queues can be targeted directly, without a resource
//!   account, since 5 Nov 2024 (PowerShell) and 11 Dec 2024 (Teams admin center).

use serde::{Deserialize, Serialize};

use super::sku::SkuRole;

/// Which of Microsoft's published rule sets to apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RuleEdition {
    /// The seed documents: only accounts with a phone number need a license; 25 + 1 per 10
    /// Phone System user licenses are free; beyond that, a paid Phone System user license.
    #[serde(rename = "2019")]
    E2019,
    /// From 30 Aug 2022: every resource account needs a license; Teams Shared Devices count
    /// toward the allotment; beyond it, Resource Account licenses "at a cost" (no price was
    /// ever published).
    #[serde(rename = "2022")]
    E2022,
    /// From 3 Apr 2025 (in force): no cost at all, one Resource Account license per
    /// resource account; nested AAs/CQs that never answer calls directly need no resource
    /// account.
    #[default]
    #[serde(rename = "2025")]
    E2025,
}

/// The edition Microsoft's licensing page applies today.
pub const IN_FORCE: RuleEdition = RuleEdition::E2025;

impl RuleEdition {
    /// Newest first: today's answer leads.
    pub const ALL: [RuleEdition; 3] = [RuleEdition::E2025, RuleEdition::E2022, RuleEdition::E2019];

    /// The value used in plan files (version 2), URLs and form fields.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleEdition::E2019 => "2019",
            RuleEdition::E2022 => "2022",
            RuleEdition::E2025 => "2025",
        }
    }

    /// An edition by its year, or by the names version 1 used (`original` = 2019,
    /// `current` = 2022: docs/plan-format.md, version 1).
    pub fn parse(s: &str) -> Option<RuleEdition> {
        match s {
            "2019" | "original" => Some(RuleEdition::E2019),
            "2022" | "current" => Some(RuleEdition::E2022),
            "2025" => Some(RuleEdition::E2025),
            _ => None,
        }
    }

    /// First day in force (ISO 8601). 2019: the seed page's date; 2022: the change
    /// Microsoft announced for 30 Aug 2022; 2025: the licensing page of 3 Apr 2025.
    pub fn took_effect(self) -> &'static str {
        match self {
            RuleEdition::E2019 => "2019-07-11",
            RuleEdition::E2022 => "2022-08-30",
            RuleEdition::E2025 => "2025-04-03",
        }
    }

    /// The edition that replaced this one, if any.
    pub fn superseded_by(self) -> Option<RuleEdition> {
        match self {
            RuleEdition::E2019 => Some(RuleEdition::E2022),
            RuleEdition::E2022 => Some(RuleEdition::E2025),
            RuleEdition::E2025 => None,
        }
    }

    /// Whether there is a free allotment of 25 + 1 per 10 (2019, 2022). Since 2025 every
    /// resource account gets its license at no cost, so there is nothing to allot.
    pub fn has_allotment(self) -> bool {
        self != RuleEdition::E2025
    }

    /// Whether licenses of this role count toward the per-10 part of the allotment (and,
    /// under 2025, toward the "qualifying" figure shown for information).
    /// 2022+: "For every 10 user licenses of Teams Phone Standard, Teams Phone with Calling
    /// Plan, or devices with Teams Shared Devices license" (virtual-user, 2023).
    /// 2019: "When you add 10 Phone System user licenses" (virtual-user, 2019).
    /// Teams Rooms never count (no Microsoft page says they do).
    pub fn counts_toward_allotment(self, role: SkuRole) -> bool {
        match role {
            SkuRole::PhoneSystemUser => true,
            SkuRole::SharedDevice => self != RuleEdition::E2019,
            _ => false,
        }
    }

    /// Whether a resource account needs a license. 2022+: every one, number or not
    /// (virtual-user, 2023). 2019: only those with a phone number ("No license is needed
    /// for resource accounts … that don't have a phone number", virtual-user, 2019).
    pub fn account_needs_license(self, has_phone_number: bool) -> bool {
        match self {
            RuleEdition::E2019 => has_phone_number,
            RuleEdition::E2022 | RuleEdition::E2025 => true,
        }
    }

    /// Whether a nested AA/CQ may do without a resource account: only since the 2025
    /// edition (ConfigurationEndpoint targets, create-a-phone-system-call-queue 2025-02-05).
    pub fn nested_may_drop_account(self) -> bool {
        self == RuleEdition::E2025
    }

    /// What the accounts beyond the free part are paid with, if anything is.
    pub fn paid_license(self) -> Option<PaidLicenseKind> {
        match self {
            RuleEdition::E2019 => Some(PaidLicenseKind::PhoneSystem),
            RuleEdition::E2022 => Some(PaidLicenseKind::ResourceAccount),
            RuleEdition::E2025 => None,
        }
    }
}

/// What the paid part is bought as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PaidLicenseKind {
    /// 2019: Phone System (Teams Phone Standard) user licenses.
    PhoneSystem,
    /// 2022: more Teams Phone Resource Account licenses, at a cost.
    ResourceAccount,
}

/// Free Resource Account licenses an organisation is entitled to under the 2019 and 2022
/// editions: "Any organization that has at least one license including Phone System … has
/// 25 Virtual User licenses available at no cost. When you add 10 Phone System user
/// licenses … one more … becomes available" (virtual-user, 2019). No cap is stated; "one
/// more per 10" is read as floor(n / 10), which Microsoft's Contoso example bears out
/// (600 → 25 + 60).
pub fn allotment(eligible: bool, qualifying: u64) -> u64 {
    if eligible {
        BASE_ALLOTMENT + qualifying / LICENSES_PER_EXTRA
    } else {
        0
    }
}

/// The fixed part of the allotment (virtual-user, 2019: "25 Virtual User licenses").
pub const BASE_ALLOTMENT: u64 = 25;
/// One more free license per this many qualifying licenses (virtual-user, 2019).
pub const LICENSES_PER_EXTRA: u64 = 10;

/// The fewest extra qualifying licenses that make the allotment cover `needing`.
/// Adding a qualifying license also makes an ineligible organisation eligible.
/// The allotment solved for the licenses: covering N accounts takes 10 × (N − 25).
pub fn licenses_to_cover_all(eligible: bool, qualifying: u64, needing: u64) -> u64 {
    if allotment(eligible, qualifying) >= needing {
        return 0;
    }
    let beyond_base = needing.saturating_sub(BASE_ALLOTMENT);
    let target = beyond_base.saturating_mul(LICENSES_PER_EXTRA);
    // An ineligible organisation has no qualifying licenses yet and needs at least one.
    target.saturating_sub(qualifying).max(1)
}
