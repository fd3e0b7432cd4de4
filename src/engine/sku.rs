//! The SKU catalog: which Microsoft 365 products exist, and what each one does for the
//! resource-account question.
//!
//! Source for part numbers, skuIds and product names: Microsoft Entra "Product names and
//! service plan identifiers for licensing" (learn.microsoft.com/entra/identity/users/
//! licensing-service-plan-reference), as summarised in shared/domain/LICENSING.md §3.
//! A product counts toward the allotment when it contains the MCOEV service plan
//! (MCOEV_GOV in GCC); Teams Shared Devices count only under the current rules.

/// What a product contributes to the resource-account calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkuRole {
    /// A user license that includes Teams Phone (Phone System, the MCOEV service plan).
    /// Counts toward the per-10 part of the allotment under both rule editions.
    PhoneSystemUser,
    /// Teams Shared Devices (formerly Common Area Phone). Includes Phone System; counts
    /// toward the per-10 part only under the current rules (teams-phone-licensing, 2025).
    SharedDevice,
    /// The Teams Phone Resource Account license itself (formerly Phone System – Virtual
    /// User): what the allotment hands out.
    ResourceAccount,
    /// A Calling Plan add-on: gives a resource account a Microsoft number for PSTN use.
    CallingPlan,
    /// Communications Credits: needed for toll-free numbers.
    CommunicationsCredits,
    /// Does not include Teams Phone (E1, E3, Business, F plans, Audio Conferencing…).
    NoTeamsPhone,
}

impl SkuRole {
    /// Whether a license of this role makes the organisation eligible for the free
    /// allotment at all ("at least one license that includes Phone System", seed 000/003;
    /// shared devices included per shared/SCENARIO.md "Rules, exactly").
    pub fn includes_phone_system(self) -> bool {
        matches!(self, SkuRole::PhoneSystemUser | SkuRole::SharedDevice)
    }
}

/// The cloud a product is sold in; government clouds have their own part numbers.
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
    /// `skuPartNumber` as Microsoft Graph reports it (`Get-MgSubscribedSku`).
    pub part_number: &'static str,
    /// Other spellings found in Microsoft's docs; accepted on input, never written.
    pub aliases: &'static [&'static str],
    /// `skuId` (GUID). Unique, unlike part numbers.
    pub sku_id: &'static str,
    /// Product name as shown in the Microsoft 365 admin center.
    pub product_name: &'static str,
    pub role: SkuRole,
    pub cloud: Cloud,
}

macro_rules! sku {
    ($pn:literal, $id:literal, $name:literal, $role:ident, $cloud:ident) => {
        sku!($pn, [], $id, $name, $role, $cloud)
    };
    ($pn:literal, [$($alias:literal),*], $id:literal, $name:literal, $role:ident, $cloud:ident) => {
        Sku {
            part_number: $pn,
            aliases: &[$($alias),*],
            sku_id: $id,
            product_name: $name,
            role: SkuRole::$role,
            cloud: Cloud::$cloud,
        }
    };
}

/// Every product the calculator knows, most commonly entered first within each role.
pub static CATALOG: &[Sku] = &[
    // Licenses that include Teams Phone (LICENSING.md §3 "counts: yes").
    sku!("SPE_E5", "06ebc4ee-1bb5-47dd-8120-11324bc54e06", "Microsoft 365 E5", PhoneSystemUser, Commercial),
    sku!(
        "MCOEV",
        "e43b5b99-8dfb-405f-9987-dc307f34bcbd",
        "Microsoft Teams Phone Standard",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "MCOTEAMS_ESSENTIALS",
        "ae2343d1-0999-43f6-ae18-d816516f6e78",
        "Teams Phone with Calling Plan",
        PhoneSystemUser,
        Commercial
    ),
    sku!("ENTERPRISEPREMIUM", "c7df2760-2c81-4ef7-b578-5b5392b571df", "Office 365 E5", PhoneSystemUser, Commercial),
    sku!(
        "ENTERPRISEPREMIUM_NOPSTNCONF",
        "26d45bd9-adf1-46cd-a9e1-51e9a5524128",
        "Office 365 E5 without Audio Conferencing",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "BUSINESS_VOICE_MED2",
        "a6051f20-9cbc-47d2-930d-419183bf6cf1",
        "Microsoft 365 Business Voice (legacy)",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "BUSINESS_VOICE_DIRECTROUTING",
        "d52db95a-5ecb-46b6-beb0-190ab5cda4a8",
        "Microsoft 365 Business Voice (without Calling Plan)",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "M365EDU_A5_FACULTY",
        "e97c048c-37a4-45fb-ab50-922fbf07a370",
        "Microsoft 365 A5 for faculty",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "M365EDU_A5_STUDENT",
        "46c119d4-0379-4a9d-85e4-97c66d3f909e",
        "Microsoft 365 A5 for students",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "ENTERPRISEPREMIUM_FACULTY",
        "a4585165-0533-458a-97e3-c400570268c4",
        "Office 365 A5 for faculty",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "ENTERPRISEPREMIUM_STUDENT",
        "ee656612-49fa-43e5-b67e-cb1fdf7699df",
        "Office 365 A5 for students",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "MCOEV_FACULTY",
        "d979703c-028d-4de5-acbf-7955566b69b9",
        "Microsoft Teams Phone Standard for Faculty",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "MCOEV_STUDENT",
        "1f338bbc-767e-4a1e-a2d4-b73207cc5b93",
        "Microsoft Teams Phone Standard for Students",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "MCOEVSMB_1",
        "aa6791d3-bb09-4bc2-afed-c30c3fe26032",
        "Microsoft Teams Phone Standard for Small and Medium Business",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "MCOEV_TELSTRA",
        "ffaf2d68-1c95-4eb3-9ddd-59b81fba0f61",
        "Microsoft Teams Phone Standard for Telstra",
        PhoneSystemUser,
        Commercial
    ),
    sku!(
        "MCOEV_GOV",
        "a460366a-ade7-4791-b581-9fbff1bdaa85",
        "Microsoft Teams Phone Standard for GCC",
        PhoneSystemUser,
        Gcc
    ),
    sku!(
        "MCOEV_GCCHIGH",
        "7035277a-5e49-4abc-a24f-0ec49c501bb5",
        "Microsoft Teams Phone Standard for GCC High",
        PhoneSystemUser,
        GccHigh
    ),
    sku!(
        "MCOEV_USGOV_GCCHIGH",
        "985fcb26-7b94-475b-b512-89356697be71",
        "Microsoft Teams Phone Standard (US Gov GCC High)",
        PhoneSystemUser,
        GccHigh
    ),
    sku!(
        "MCOEV_DOD",
        "d01d9287-694b-44f3-bcc5-ada78c8d953e",
        "Microsoft Teams Phone Standard for DoD",
        PhoneSystemUser,
        Dod
    ),
    sku!(
        "MCOEV_USGOV_DOD",
        "b0e7de67-e503-4934-b729-53d595ba5cd1",
        "Microsoft Teams Phone Standard (US Gov DoD)",
        PhoneSystemUser,
        Dod
    ),
    // Shared devices: count toward the allotment under the current rules only.
    sku!("MCOCAP", "295a8eb0-f78d-45c7-8b5b-1eed5ed02dff", "Microsoft Teams Shared Devices", SharedDevice, Commercial),
    sku!(
        "MCOCAP_GOV",
        "b1511558-69bd-4e1b-8270-59ca96dba0f3",
        "Microsoft Teams Shared Devices for GCC",
        SharedDevice,
        Gcc
    ),
    // The resource account license itself.
    sku!(
        "PHONESYSTEM_VIRTUALUSER",
        "440eaaa8-b3e0-484b-a8be-62870b9ba70a",
        "Microsoft Teams Phone Resource Account",
        ResourceAccount,
        Commercial
    ),
    sku!(
        "PHONESYSTEM_VIRTUALUSER_GOV",
        "2cf22bcb-0c9e-4bc6-8daf-7e7654c0f285",
        "Microsoft Teams Phone Resource Account for GCC",
        ResourceAccount,
        Gcc
    ),
    sku!(
        "PHONESYSTEM_VIRTUALUSER_USGOV_GCCHIGH",
        "e3f0522e-ebb7-4561-9f90-b44516d65b77",
        "Microsoft Teams Phone Resource Account for GCC High",
        ResourceAccount,
        GccHigh
    ),
    sku!(
        "PHONESYSTEM_VIRTUALUSER_FACULTY",
        "0e142028-345e-45da-8d92-8bfd4093bbb9",
        "Microsoft Teams Phone Resource Account for Faculty",
        ResourceAccount,
        Commercial
    ),
    // Calling plans and credits.
    sku!(
        "MCOPSTN1",
        "0dab259f-bf13-4952-b7f8-7db8f131b28d",
        "Microsoft 365 Domestic Calling Plan",
        CallingPlan,
        Commercial
    ),
    sku!(
        "MCOPSTN2",
        "d3b4fe1f-9992-4930-8acb-ca6ec609365e",
        "Microsoft 365 Domestic and International Calling Plan",
        CallingPlan,
        Commercial
    ),
    sku!(
        "MCOPSTN5",
        "54a152dc-90de-4996-93d2-bc47e670fc06",
        "Microsoft 365 Domestic Calling Plan (120 min, not US)",
        CallingPlan,
        Commercial
    ),
    sku!(
        "MCOPSTN_6",
        ["MCOPSTN6"],
        "729dbb8f-8d56-4994-8e33-2f218f549544",
        "Microsoft 365 Domestic Calling Plan (240 min, not US)",
        CallingPlan,
        Commercial
    ),
    sku!(
        "MCOPSTNC",
        ["MCOPSTNPP"],
        "47794cd0-f0e5-45c5-9033-2eb6b5fc84e0",
        "Communications Credits",
        CommunicationsCredits,
        Commercial
    ),
    // Licenses without Teams Phone: listed so users see why they give nothing.
    sku!("SPE_E3", "05e9a617-0261-4cee-bb44-138d3ef5d965", "Microsoft 365 E3", NoTeamsPhone, Commercial),
    sku!("ENTERPRISEPACK", "6fd2c87f-b296-42f0-b197-1e91e994b900", "Office 365 E3", NoTeamsPhone, Commercial),
    sku!("STANDARDPACK", "18181a46-0d4e-45cd-891e-60aabd171b4e", "Office 365 E1", NoTeamsPhone, Commercial),
    sku!("SPB", "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", "Microsoft 365 Business Premium", NoTeamsPhone, Commercial),
    sku!(
        "O365_BUSINESS_PREMIUM",
        "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
        "Microsoft 365 Business Standard",
        NoTeamsPhone,
        Commercial
    ),
    sku!(
        "O365_BUSINESS_ESSENTIALS",
        "3b555118-da6a-4418-894f-7df1e2096870",
        "Microsoft 365 Business Basic",
        NoTeamsPhone,
        Commercial
    ),
    sku!("SPE_F1", "66b55226-6b4f-492c-910c-a3b7a3c9d993", "Microsoft 365 F3", NoTeamsPhone, Commercial),
    sku!(
        "M365EDU_A3_FACULTY",
        "4b590615-0888-425a-a965-b3bf7789848d",
        "Microsoft 365 A3 for faculty",
        NoTeamsPhone,
        Commercial
    ),
    sku!(
        "M365EDU_A3_STUDENT",
        "7cfd9a2b-e110-4c39-bf20-c6a3f36a3121",
        "Microsoft 365 A3 for students",
        NoTeamsPhone,
        Commercial
    ),
    sku!(
        "SPE_E3_USGOV_GCCHIGH",
        "ca9d1dd9-dfe9-4fef-b97c-9bc1ea3c3658",
        "Microsoft 365 E3 (US Gov GCC High)",
        NoTeamsPhone,
        GccHigh
    ),
    sku!(
        "SPE_E3_USGOV_DOD",
        "d61d61cc-f992-433f-a577-5bd016037eeb",
        "Microsoft 365 E3 (US Gov DoD)",
        NoTeamsPhone,
        Dod
    ),
    sku!(
        "ENTERPRISEPACK_USGOV_GCCHIGH",
        "aea38a85-9bd5-4981-aa00-616b411205bf",
        "Office 365 E3 (US Gov GCC High)",
        NoTeamsPhone,
        GccHigh
    ),
    sku!(
        "ENTERPRISEPACK_USGOV_DOD",
        "b107e5a3-3e60-4c0d-a184-a7e4395eb44c",
        "Office 365 E3 (US Gov DoD)",
        NoTeamsPhone,
        Dod
    ),
    sku!(
        "MCOMEETADV",
        "0c266dff-15dd-4b49-8397-2bb16070ed52",
        "Microsoft 365 Audio Conferencing",
        NoTeamsPhone,
        Commercial
    ),
];

/// Looks a product up by `skuPartNumber`, or by one of the other spellings Microsoft's docs
/// use. Case-sensitive, as Graph is. Where two products share a part number (Microsoft
/// does that), this returns the first; use [`by_part_number_all`] or [`by_sku_id`] to
/// tell them apart.
pub fn by_part_number(part_number: &str) -> Option<&'static Sku> {
    by_part_number_all(part_number).next()
}

/// Every product with this `skuPartNumber` or alias.
pub fn by_part_number_all(part_number: &str) -> impl Iterator<Item = &'static Sku> + '_ {
    CATALOG.iter().filter(move |s| s.part_number == part_number || s.aliases.contains(&part_number))
}

/// Looks a product up by `skuId`, ignoring case and surrounding braces.
pub fn by_sku_id(sku_id: &str) -> Option<&'static Sku> {
    let id = sku_id.trim().trim_start_matches('{').trim_end_matches('}');
    CATALOG.iter().find(|s| s.sku_id.eq_ignore_ascii_case(id))
}

/// The free license to buy for a given cloud (LICENSING.md §3).
pub fn resource_account_license(cloud: Cloud) -> Option<&'static Sku> {
    let wanted = match cloud {
        Cloud::Commercial | Cloud::Dod => "PHONESYSTEM_VIRTUALUSER",
        Cloud::Gcc => "PHONESYSTEM_VIRTUALUSER_GOV",
        Cloud::GccHigh => "PHONESYSTEM_VIRTUALUSER_USGOV_GCCHIGH",
    };
    by_part_number(wanted)
}
