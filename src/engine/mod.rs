//! The licensing engine: pure Rust, no browser APIs, tested natively.
//!
//! Data flows one way: a [`Plan`] goes into [`evaluate`], an [`Outcome`] comes out. The
//! engine never formats for a language; the UI words every figure, warning and step.
//!
//! Every rule names its source. The Microsoft pages cited, by the short names used below:
//! - *virtual-user*: "Microsoft Teams Phone Resource Account licenses",
//!   <https://learn.microsoft.com/microsoftteams/teams-add-on-licensing/virtual-user>; its
//!   2019 version ("Microsoft 365 Phone System – Virtual User license", ms.date 2019-07-11)
//!   is the page the product's seed translations came from; later versions of 2023-02-24
//!   (the 2022 rules) and 2025-04-03 (no cost).
//! - *manage-resource-accounts*: "Manage resource accounts for service numbers",
//!   <https://learn.microsoft.com/microsoftteams/manage-resource-accounts>.
//! - *plan-aa-cq*: "Plan for Teams auto attendants and call queues",
//!   <https://learn.microsoft.com/microsoftteams/plan-auto-attendant-call-queue>.
//! - *create-cq*: "Create a call queue",
//!   <https://learn.microsoft.com/microsoftteams/create-a-phone-system-call-queue> (2025-02-05).
//! - *communications-credits*: "What are Communications Credits?",
//!   <https://learn.microsoft.com/microsoftteams/what-are-communications-credits> (2024-11-18).
//! - *assign-add-ons*: "Assign Teams add-on licenses to users",
//!   <https://learn.microsoft.com/microsoftteams/teams-add-on-licensing/assign-teams-add-on-licenses>.
//! - *service-plans*: "Product names and service plan identifiers for licensing",
//!   <https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference>.
//! - The cmdlet references of New-CsOnlineApplicationInstance, Set-CsPhoneNumberAssignment,
//!   New-CsAutoAttendantCallableEntity (MicrosoftTeams) and Set-MgUserLicense (Microsoft
//!   Graph), under <https://learn.microsoft.com/powershell/module/>.
//! - The plan file and the result contract: docs/plan-format.md.

pub mod compare;
pub mod country;
pub mod counts;
pub mod csv;
pub mod evaluate;
pub mod phone;
pub mod plan;
pub mod rules;
pub mod script;
pub mod sku;
pub mod tenant;

pub use evaluate::{
    decisions_under, details, evaluate, summarize, AccountCounts, AccountOutcome, AccountRef, Advice, Cost, CostItem,
    CostLine, Decision, DropAccount, EditionSummary, Figures, LicenseAssignment, LicenseStatus, LicenseTally,
    LicenseToAssign, NumberStatus, Outcome, PaidSide, PstnNeed, Reason, Step, Warning,
};
pub use phone::{PhoneNumber, PhoneNumberError};
pub use plan::{
    flatten, CallFlowNode, Channel, CurrentLicense, FlatNode, NodeId, NodeKind, NumberType, Plan, Pricing,
    ResourceAccount, TollFreeBilling, DEFAULT_PRICE_SEEN,
};
pub use rules::{PaidLicenseKind, RuleEdition, IN_FORCE};
pub use sku::{Sku, SkuRole};
