//! The SKU catalog: every Microsoft 365 product that matters to the resource-account
//! question, and what each one does for it.
//!
//! The table is generated at build time (build.rs) from `skus.csv` beside this file: 110
//! products transcribed from Microsoft Entra "Product names and service plan identifiers
//! for licensing" (https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference,
//! version of 19 Aug 2026). A product includes Teams Phone when it contains the MCOEV
//! service plan (MCOEV_GOV in GCC, MCOEVSMB for small business).

/// What a product contributes to the resource-account calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkuRole {
    /// A user license that includes Teams Phone (the MCOEV service plan). Counts toward the
    /// per-10 part of the allotment under the 2019 and 2022 editions.
    PhoneSystemUser,
    /// Teams Rooms Pro, Premium and Standard: they include Phone System, so they make an
    /// organisation eligible, but no Microsoft page counts them toward the per-10 part
    /// (docs/plan-format.md "Rules, exactly").
    TeamsRooms,
    /// Teams Shared Devices, called Teams Shared Space since April 2026 (same SKU). Counts
    /// toward the per-10 part from the 2022 edition on ("Teams Shared Device licensing",
    /// https://learn.microsoft.com/microsoftteams/teams-shared-device-license).
    SharedDevice,
    /// The Teams Phone Resource Account license itself (formerly Phone System – Virtual
    /// User).
    ResourceAccount,
    /// A Calling Plan: gives an account a Microsoft number and PSTN calls, so a resource
    /// account can dial out.
    CallingPlan,
    /// Communications Credits: the prepaid balance toll-free numbers draw on.
    CommunicationsCredits,
    /// Does not include Teams Phone (E1, E3, Business, F plans, "no Teams" suites but E5…).
    NoTeamsPhone,
}

impl SkuRole {
    /// Whether a license of this role makes the organisation eligible for Resource Account
    /// licenses: "at least one license that includes Phone System" (virtual-user, 2019), shared
    /// devices and Teams Rooms included.
    pub fn includes_phone_system(self) -> bool {
        matches!(self, SkuRole::PhoneSystemUser | SkuRole::SharedDevice | SkuRole::TeamsRooms)
    }
}

/// The cloud a product is sold in; government clouds have their own products.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cloud {
    Commercial,
    Gcc,
    GccHigh,
    Dod,
}

/// One product in the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sku {
    /// How plans refer to the product: its part number, or its skuId where Microsoft gives
    /// two products the same part number.
    pub key: &'static str,
    /// `skuPartNumber` as Microsoft Graph reports it (`Get-MgSubscribedSku`). Not unique.
    pub part_number: &'static str,
    /// Other spellings found in Microsoft's docs; accepted on input, never written.
    pub aliases: &'static [&'static str],
    /// `skuId` (lower-case GUID). Unique.
    pub sku_id: &'static str,
    /// Product name as Microsoft's reference lists it.
    pub product_name: &'static str,
    pub role: SkuRole,
    pub cloud: Cloud,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The product a plan key names (see [`Sku::key`]).
pub fn by_key(key: &str) -> Option<&'static Sku> {
    CATALOG.iter().find(|s| s.key == key)
}

/// Looks a product up by `skuPartNumber`, or by one of the other spellings Microsoft's docs
/// use, ignoring ASCII case. Where two products share a part number, this is the first
/// one; [`by_sku_id`] tells them apart.
pub fn by_part_number(part_number: &str) -> Option<&'static Sku> {
    CATALOG.iter().find(|s| {
        s.part_number.eq_ignore_ascii_case(part_number) || s.aliases.iter().any(|a| a.eq_ignore_ascii_case(part_number))
    })
}

/// Looks a product up by `skuId`, ignoring case and surrounding braces.
pub fn by_sku_id(sku_id: &str) -> Option<&'static Sku> {
    let id = sku_id.trim().trim_start_matches('{').trim_end_matches('}');
    CATALOG.iter().find(|s| s.sku_id.eq_ignore_ascii_case(id))
}

/// A product named by its key, part number (or doc spelling) or skuId: how plan files and
/// users refer to products.
pub fn resolve(text: &str) -> Option<&'static Sku> {
    by_key(text).or_else(|| by_part_number(text)).or_else(|| by_sku_id(text))
}

/// Whether `haystack` contains `needle`, ignoring ASCII case (product names and part
/// numbers are ASCII; a needle in another script simply does not match).
pub fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

impl Sku {
    /// Whether a search text finds this product: by name, part number, doc spelling or
    /// skuId, ignoring case.
    pub fn matches(&self, needle: &str) -> bool {
        let needle = needle.trim();
        contains_ignore_ascii_case(self.product_name, needle)
            || contains_ignore_ascii_case(self.part_number, needle)
            || contains_ignore_ascii_case(self.sku_id, needle)
            || self.aliases.iter().any(|a| contains_ignore_ascii_case(a, needle))
    }
}

/// The Resource Account license to acquire in a cloud (service-plans). None for DoD:
/// Microsoft's reference lists no DoD Resource Account product.
pub fn resource_account_license(cloud: Cloud) -> Option<&'static Sku> {
    let wanted = match cloud {
        Cloud::Commercial => "PHONESYSTEM_VIRTUALUSER",
        Cloud::Gcc => "PHONESYSTEM_VIRTUALUSER_GOV",
        Cloud::GccHigh => "PHONESYSTEM_VIRTUALUSER_USGOV_GCCHIGH",
        Cloud::Dod => return None,
    };
    by_key(wanted)
}
