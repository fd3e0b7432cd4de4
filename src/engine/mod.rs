//! The licensing engine: pure Rust, no browser APIs, tested natively.
//!
//! Data flows one way: a [`Plan`] goes into [`evaluate`], an [`Outcome`] comes out. The
//! engine never formats for a language; the UI words every figure, warning and step.

pub mod csv;
pub mod evaluate;
pub mod phone;
pub mod plan;
pub mod rules;
pub mod script;
pub mod sku;

pub use evaluate::{
    evaluate, AccountOutcome, AccountRef, Advice, Cost, Decision, Figures, LicenseAssignment, LicenseTally,
    LicenseToAssign, NumberStatus, Outcome, PaidLicenseKind, PstnNeed, Step, Warning,
};
pub use phone::{PhoneNumber, PhoneNumberError};
pub use plan::{
    flatten, CallFlowNode, CurrentLicense, FlatNode, NodeId, NodeKind, NumberType, Plan, Pricing, ResourceAccount,
    DEFAULT_PRICE_SEEN,
};
pub use rules::RuleEdition;
pub use sku::{Sku, SkuRole};
