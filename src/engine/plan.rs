//! The plan: what a user enters. Field names follow docs/plan-format.md so that the plan
//! file (crate::plan_file) can read and write these types directly.

use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::rules::RuleEdition;

/// Auto attendant or call queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum NodeKind {
    AutoAttendant,
    CallQueue,
}

impl NodeKind {
    pub const ALL: [NodeKind; 2] = [NodeKind::AutoAttendant, NodeKind::CallQueue];

    /// The value used in plan files (and form fields).
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::AutoAttendant => "autoAttendant",
            NodeKind::CallQueue => "callQueue",
        }
    }

    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// `-ApplicationId` for `New-CsOnlineApplicationInstance` (its cmdlet reference).
    pub fn application_id(self) -> &'static str {
        match self {
            NodeKind::AutoAttendant => "ce933385-9390-45d1-9512-c8d228074e07",
            NodeKind::CallQueue => "11cd3e2e-fccb-42ad-ad00-878b93575e07",
        }
    }

    /// The kind whose application id this is, ignoring case.
    pub fn from_application_id(id: &str) -> Option<NodeKind> {
        [NodeKind::AutoAttendant, NodeKind::CallQueue]
            .into_iter()
            .find(|k| k.application_id().eq_ignore_ascii_case(id.trim()))
    }
}

/// How a number reaches Teams (`-PhoneNumberType` of
/// Set-CsPhoneNumberAssignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum NumberType {
    CallingPlan,
    DirectRouting,
    OperatorConnect,
}

impl NumberType {
    pub const ALL: [NumberType; 3] = [NumberType::CallingPlan, NumberType::DirectRouting, NumberType::OperatorConnect];

    /// The value used in plan files (and form fields).
    pub fn as_str(self) -> &'static str {
        match self {
            NumberType::CallingPlan => "callingPlan",
            NumberType::DirectRouting => "directRouting",
            NumberType::OperatorConnect => "operatorConnect",
        }
    }

    pub fn parse(s: &str) -> Option<NumberType> {
        NumberType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The value `Set-CsPhoneNumberAssignment -PhoneNumberType` takes.
    pub fn powershell_name(self) -> &'static str {
        match self {
            NumberType::CallingPlan => "CallingPlan",
            NumberType::DirectRouting => "DirectRouting",
            NumberType::OperatorConnect => "OperatorConnect",
        }
    }
}

/// The license a resource account holds today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum CurrentLicense {
    #[default]
    None,
    /// Teams Phone Resource Account (Virtual User), free or paid.
    ResourceAccount,
    /// A full Phone System (Teams Phone Standard) user license.
    PhoneSystem,
}

impl CurrentLicense {
    pub fn is_none(&self) -> bool {
        *self == CurrentLicense::None
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A resource account: the identity an auto attendant or call queue answers as.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResourceAccount {
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    /// As typed; parsed by [`super::phone::PhoneNumber::parse`]. Blank means no number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_type: Option<NumberType>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub toll_free: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub outbound_caller_id: bool,
    #[serde(default, skip_serializing_if = "CurrentLicense::is_none")]
    pub current_license: CurrentLicense,
}

impl ResourceAccount {
    /// The number as entered, if there is one (blank text is no number).
    pub fn phone_text(&self) -> Option<&str> {
        self.phone_number.as_deref().filter(|s| !s.trim().is_empty())
    }
}

/// An auto attendant or call queue, with the nodes reached from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallFlowNode {
    pub kind: NodeKind,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resource_accounts: Vec<ResourceAccount>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<CallFlowNode>,
}

/// Where the customer buys Microsoft licenses (plan field `channel`, version 2). The
/// Resource Account license is "bought" at no cost through the same channel as the Teams
/// Phone subscription, and toll-free usage is paid differently per channel
/// ("What are Communications Credits?", https://learn.microsoft.com/microsoftteams/what-are-communications-credits,
/// 2024-11-18: New Commerce customers cannot buy credits).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Channel {
    /// Bought online in the Microsoft 365 admin center (also called MOSP).
    #[default]
    WebDirect,
    /// An Enterprise Agreement (EA, EAS, EES) through a Licensing Solution Partner.
    EnterpriseAgreement,
    /// A Cloud Solution Provider partner, New Commerce (NCE) since 2022.
    Partner,
    /// Microsoft Customer Agreement (MCA), bought directly from Microsoft.
    CustomerAgreement,
}

impl Channel {
    pub const ALL: [Channel; 4] =
        [Channel::WebDirect, Channel::EnterpriseAgreement, Channel::Partner, Channel::CustomerAgreement];

    /// The value used in plan files and form fields.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::WebDirect => "webDirect",
            Channel::EnterpriseAgreement => "enterpriseAgreement",
            Channel::Partner => "partner",
            Channel::CustomerAgreement => "customerAgreement",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Toll-free numbers draw on prepaid Communications Credits (EA, Web Direct), or, for
    /// New Commerce (since January 2024) and MCA customers, who cannot buy credits, on
    /// postpaid pay-as-you-go overage (communications-credits, 2024-11-18).
    pub fn toll_free_billing(self) -> TollFreeBilling {
        match self {
            Channel::WebDirect | Channel::EnterpriseAgreement => TollFreeBilling::CommunicationsCredits,
            Channel::Partner | Channel::CustomerAgreement => TollFreeBilling::PayAsYouGoOverage,
        }
    }
}

/// How toll-free minutes are paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TollFreeBilling {
    CommunicationsCredits,
    PayAsYouGoOverage,
}

/// Prices the user enters for the cost estimate. Nothing here is invented: where Microsoft
/// publishes no price the field stays empty and the cost says so.
#[derive(Clone, Debug, PartialEq)]
pub struct Pricing {
    /// ISO 4217 code.
    pub currency: String,
    /// Price of one paid license per month, for the editions that have one: a Phone System
    /// user license (2019) or a Resource Account license beyond the allotment (2022).
    pub paid_license_monthly: Option<f64>,
    /// Price of one Calling Plan license per month, for resource accounts that dial out
    /// with a Calling Plan number (every edition).
    pub calling_plan_monthly: Option<f64>,
}

impl Default for Pricing {
    fn default() -> Self {
        Pricing { currency: DEFAULT_CURRENCY.into(), paid_license_monthly: None, calling_plan_monthly: None }
    }
}

impl Pricing {
    pub fn is_default(&self) -> bool {
        *self == Pricing::default()
    }
}

pub const DEFAULT_CURRENCY: &str = "USD";
/// Microsoft's list price of Teams Phone Standard, USD per user per month with annual
/// commitment, seen 2025-01-24 on Microsoft's Teams Phone pricing page
/// (https://www.microsoft.com/microsoft-teams/microsoft-teams-phone): the paid license of
/// the 2019 edition.
/// Used only there, only in USD, and only until the user enters a price.
pub const DEFAULT_PHONE_SYSTEM_MONTHLY: f64 = 8.0;
/// When the default price was seen on Microsoft's price list.
pub const DEFAULT_PRICE_SEEN: &str = "2025-01-24";

/// Everything the user entered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub rules: RuleEdition,
    pub channel: Channel,
    /// The customer or tenant the plan is for, shown on quotes.
    pub customer: Option<String>,
    /// Catalog key (see `sku::Sku::key`) → count.
    pub licenses: BTreeMap<String, u32>,
    /// The top-level call flows, each tree shared: a change copies only its own tree, so
    /// an edit of a 20,000-account plan (and each undo step) costs little.
    pub call_flows: Vec<Rc<CallFlowNode>>,
    pub pricing: Pricing,
}

/// Where a node sits: its index in preorder (the order [`flatten`] gives), stable for a
/// given tree.
pub type NodeId = u32;

/// A node of the tree with its place in it.
#[derive(Clone, Copy, Debug)]
pub struct FlatNode<'a> {
    pub id: NodeId,
    pub parent: Option<NodeId>,
    /// 0 for top-level nodes.
    pub depth: u32,
    pub node: &'a CallFlowNode,
}

/// Top-level call flows for a plan, from plain nodes.
pub fn roots(nodes: impl IntoIterator<Item = CallFlowNode>) -> Vec<Rc<CallFlowNode>> {
    nodes.into_iter().map(Rc::new).collect()
}

/// The tree in preorder (parent before children, children in order), without recursion so
/// that no tree depth can overflow the stack.
pub fn flatten<N: Borrow<CallFlowNode>>(roots: &[N]) -> Vec<FlatNode<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<(&CallFlowNode, Option<NodeId>, u32)> =
        roots.iter().rev().map(|n| (n.borrow(), None, 0)).collect();
    while let Some((node, parent, depth)) = stack.pop() {
        let id = out.len() as NodeId;
        out.push(FlatNode { id, parent, depth, node });
        stack.extend(node.children.iter().rev().map(|c| (c, Some(id), depth + 1)));
    }
    out
}

/// Why a user principal name was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpnError {
    /// Not exactly one `@` with text on both sides.
    NotNameAtDomain,
    /// White space or control characters.
    InvalidCharacter,
    /// The domain has no dot, or starts or ends with one.
    BadDomain,
}

/// Checks the `name@domain` form of docs/plan-format.md `userPrincipalName`.
pub fn check_upn(upn: &str) -> Result<(), UpnError> {
    // ASCII (nearly every name) is checked byte by byte; a large plan has thousands.
    let bad = if upn.is_ascii() {
        upn.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
    } else {
        upn.chars().any(|c| c.is_whitespace() || c.is_control())
    };
    if bad {
        return Err(UpnError::InvalidCharacter);
    }
    let mut parts = upn.split('@');
    let (Some(name), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(UpnError::NotNameAtDomain);
    };
    if name.is_empty() || domain.is_empty() {
        return Err(UpnError::NotNameAtDomain);
    }
    if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') || domain.contains("..") {
        return Err(UpnError::BadDomain);
    }
    Ok(())
}

/// Free text may not hold control characters: they would break generated scripts
/// (a generated script must never run text the user typed).
pub fn has_control_characters(text: &str) -> bool {
    // Control characters are U+0000–U+001F, U+007F (one byte each in UTF-8) and
    // U+0080–U+009F (0xC2 0x80–0x9F): found in the bytes without decoding characters.
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b < 0x20 || b == 0x7f || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}
