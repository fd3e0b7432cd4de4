//! The SKU catalog and the phone-number parser.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use resource_account_calculator::engine::sku::{self, Cloud, SkuRole, CATALOG};
use resource_account_calculator::engine::{PhoneNumber, PhoneNumberError};

#[test]
fn catalog_sku_ids_are_unique_lowercase_guids() {
    let mut seen = HashSet::new();
    for s in CATALOG {
        assert!(seen.insert(s.sku_id), "{} repeats skuId {}", s.part_number, s.sku_id);
        let groups: Vec<usize> = s.sku_id.split('-').map(str::len).collect();
        assert_eq!(groups, vec![8, 4, 4, 4, 12], "{}", s.part_number);
        assert!(s.sku_id.chars().all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
    }
}

#[test]
fn catalog_has_every_product_of_licensing_md_with_its_role() {
    let expect = [
        ("PHONESYSTEM_VIRTUALUSER", "440eaaa8-b3e0-484b-a8be-62870b9ba70a", SkuRole::ResourceAccount),
        ("PHONESYSTEM_VIRTUALUSER_GOV", "2cf22bcb-0c9e-4bc6-8daf-7e7654c0f285", SkuRole::ResourceAccount),
        ("PHONESYSTEM_VIRTUALUSER_USGOV_GCCHIGH", "e3f0522e-ebb7-4561-9f90-b44516d65b77", SkuRole::ResourceAccount),
        ("PHONESYSTEM_VIRTUALUSER_FACULTY", "0e142028-345e-45da-8d92-8bfd4093bbb9", SkuRole::ResourceAccount),
        ("MCOEV", "e43b5b99-8dfb-405f-9987-dc307f34bcbd", SkuRole::PhoneSystemUser),
        ("MCOEV_GOV", "a460366a-ade7-4791-b581-9fbff1bdaa85", SkuRole::PhoneSystemUser),
        ("MCOTEAMS_ESSENTIALS", "ae2343d1-0999-43f6-ae18-d816516f6e78", SkuRole::PhoneSystemUser),
        ("MCOCAP", "295a8eb0-f78d-45c7-8b5b-1eed5ed02dff", SkuRole::SharedDevice),
        ("SPE_E5", "06ebc4ee-1bb5-47dd-8120-11324bc54e06", SkuRole::PhoneSystemUser),
        ("ENTERPRISEPREMIUM", "c7df2760-2c81-4ef7-b578-5b5392b571df", SkuRole::PhoneSystemUser),
        ("ENTERPRISEPREMIUM_NOPSTNCONF", "26d45bd9-adf1-46cd-a9e1-51e9a5524128", SkuRole::PhoneSystemUser),
        ("M365EDU_A5_STUDENT", "46c119d4-0379-4a9d-85e4-97c66d3f909e", SkuRole::PhoneSystemUser),
        ("BUSINESS_VOICE_MED2", "a6051f20-9cbc-47d2-930d-419183bf6cf1", SkuRole::PhoneSystemUser),
        ("BUSINESS_VOICE_DIRECTROUTING", "d52db95a-5ecb-46b6-beb0-190ab5cda4a8", SkuRole::PhoneSystemUser),
        ("SPE_E3", "05e9a617-0261-4cee-bb44-138d3ef5d965", SkuRole::NoTeamsPhone),
        ("MCOPSTN1", "0dab259f-bf13-4952-b7f8-7db8f131b28d", SkuRole::CallingPlan),
        ("MCOPSTN2", "d3b4fe1f-9992-4930-8acb-ca6ec609365e", SkuRole::CallingPlan),
        ("MCOPSTN5", "54a152dc-90de-4996-93d2-bc47e670fc06", SkuRole::CallingPlan),
        ("MCOPSTN_6", "729dbb8f-8d56-4994-8e33-2f218f549544", SkuRole::CallingPlan),
        ("MCOPSTNC", "47794cd0-f0e5-45c5-9033-2eb6b5fc84e0", SkuRole::CommunicationsCredits),
        ("MCOMEETADV", "0c266dff-15dd-4b49-8397-2bb16070ed52", SkuRole::NoTeamsPhone),
    ];
    for (part, id, role) in expect {
        let s = sku::by_part_number(part).unwrap_or_else(|| panic!("{part} missing"));
        assert_eq!((s.sku_id, s.role), (id, role), "{part}");
        assert_eq!(sku::by_sku_id(id).map(|s| s.part_number), Some(part));
    }
    for part in ["ENTERPRISEPACK", "STANDARDPACK"] {
        assert_eq!(sku::by_part_number(part).map(|s| s.role), Some(SkuRole::NoTeamsPhone), "{part}");
    }
}

#[test]
fn catalog_covers_government_and_education_variants_of_teams_phone() {
    let clouds: HashSet<Cloud> =
        CATALOG.iter().filter(|s| s.role == SkuRole::PhoneSystemUser).map(|s| s.cloud).collect();
    assert_eq!(clouds.len(), 4, "commercial, GCC, GCC High and DoD");
    for part in ["MCOEV_FACULTY", "MCOEV_STUDENT", "MCOEV_USGOV_GCCHIGH", "MCOEV_USGOV_DOD", "MCOCAP_GOV"] {
        assert!(sku::by_part_number(part).is_some(), "{part}");
    }
    for (cloud, part) in [
        (Cloud::Commercial, "PHONESYSTEM_VIRTUALUSER"),
        (Cloud::Gcc, "PHONESYSTEM_VIRTUALUSER_GOV"),
        (Cloud::GccHigh, "PHONESYSTEM_VIRTUALUSER_USGOV_GCCHIGH"),
    ] {
        assert_eq!(sku::resource_account_license(cloud).map(|s| s.part_number), Some(part));
    }
    assert_eq!(sku::resource_account_license(Cloud::Dod), None, "Microsoft lists no DoD Resource Account product");
}

#[test]
fn doc_spellings_and_other_cases_of_part_numbers_find_the_same_product() {
    assert_eq!(sku::by_part_number("MCOPSTN6").map(|s| s.part_number), Some("MCOPSTN_6"));
    assert_eq!(sku::by_sku_id("{E43B5B99-8DFB-405F-9987-DC307F34BCBD}").map(|s| s.part_number), Some("MCOEV"));
    assert_eq!(sku::resolve("mcoev").map(|s| s.key), Some("MCOEV"));
    assert_eq!(sku::resolve("e43b5b99-8dfb-405f-9987-dc307f34bcbd").map(|s| s.key), Some("MCOEV"));
}

#[test]
fn mcopstnpp_is_a_calling_plan_not_communications_credits() {
    let pp = sku::by_part_number("MCOPSTNPP").unwrap();
    assert_eq!((pp.role, pp.product_name), (SkuRole::CallingPlan, "Skype for Business PSTN Usage Calling Plan"));
    assert_eq!(sku::by_part_number("MCOPSTNC").map(|s| s.role), Some(SkuRole::CommunicationsCredits));
}

#[test]
fn both_products_named_mcopstn5_and_the_newer_mcopstn_5_are_told_apart() {
    let first = sku::by_sku_id("54a152dc-90de-4996-93d2-bc47e670fc06").unwrap();
    let second = sku::by_sku_id("d43177b5-475b-4880-92d4-d54c27b5efbd").unwrap();
    assert_eq!((first.part_number, second.part_number), ("MCOPSTN5", "MCOPSTN5"));
    assert_eq!(first.key, "MCOPSTN5");
    assert_eq!(second.key, "d43177b5-475b-4880-92d4-d54c27b5efbd", "the second is keyed by its skuId");
    assert_eq!(second.product_name, "Skype for Business PSTN Calling Domestic Small");
    assert_eq!(sku::resolve(second.key), Some(second));
    let today = sku::by_part_number("MCOPSTN_5").unwrap();
    assert_eq!((today.sku_id, today.role), ("11dee6af-eca8-419f-8061-6864517c1875", SkuRole::CallingPlan));
}

/// The role a skus.csv row must end up with: the file's own role, except that Teams Rooms
/// (which carry Phone System) make a tenant eligible without counting per 10.
fn expected_role(csv_role: &str, name: &str) -> SkuRole {
    match csv_role {
        "PhoneSystemUser" if name.contains("Teams Rooms") => SkuRole::TeamsRooms,
        "PhoneSystemUser" => SkuRole::PhoneSystemUser,
        "SharedDevice" => SkuRole::SharedDevice,
        "ResourceAccount" => SkuRole::ResourceAccount,
        "CallingPlan" => SkuRole::CallingPlan,
        "CommunicationsCredits" => SkuRole::CommunicationsCredits,
        "NoTeamsPhone" => SkuRole::NoTeamsPhone,
        other => panic!("unknown role {other}"),
    }
}

#[test]
fn every_row_of_skus_csv_resolves_by_part_number_and_sku_id_to_its_role() {
    let csv = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine/skus.csv")).unwrap();
    let mut rows = 0;
    let mut that_matter = 0;
    for line in csv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 6, "{line}");
        let (part, id, name, role) = (f[0], f[1], f[2], expected_role(f[3], f[2]));
        rows += 1;
        that_matter += usize::from(role != SkuRole::NoTeamsPhone);
        let by_id = sku::by_sku_id(id).unwrap_or_else(|| panic!("{id} ({name}) not found by skuId"));
        assert_eq!((by_id.part_number, by_id.product_name, by_id.role), (part, name, role), "{id}");
        assert_eq!(sku::resolve(by_id.key), Some(by_id), "{part}: its key finds it");
        let by_part = sku::by_part_number(part).unwrap_or_else(|| panic!("{part} not found by part number"));
        assert_eq!((by_part.part_number, by_part.role), (part, role), "{part}");
        assert!(CATALOG.iter().any(|s| s.product_name.contains(name) && s.matches(name)), "{name} found by name");
    }
    assert_eq!(rows, 110);
    assert_eq!(CATALOG.len(), 110);
    assert_eq!(that_matter, 71, "products with Phone System, Shared Devices, Resource Account, Calling Plans, credits");
}

#[test]
fn teams_rooms_make_a_tenant_eligible_but_never_count_per_10() {
    for part in ["Microsoft_Teams_Rooms_Pro", "MTR_PREM", "MEETING_ROOM"] {
        let s = sku::by_part_number(part).unwrap();
        assert_eq!(s.role, SkuRole::TeamsRooms, "{part}");
        assert!(s.role.includes_phone_system());
    }
    assert_eq!(sku::by_part_number("Microsoft_Teams_Rooms_Basic").map(|s| s.role), Some(SkuRole::NoTeamsPhone));
    assert_eq!(
        sku::by_part_number("Microsoft_365_E5_(no_Teams)").map(|s| s.role),
        Some(SkuRole::PhoneSystemUser),
        "E5 (no Teams) still includes Phone System"
    );
    assert_eq!(sku::by_part_number("Microsoft_365_E3_(no_Teams)").map(|s| s.role), Some(SkuRole::NoTeamsPhone));
}

#[test]
fn phone_numbers_normalise_separators_and_extensions() {
    let cases = [
        ("+1 250 555 0012", "+12505550012"),
        ("+1 (250) 555-0012", "+12505550012"),
        (" +44.20.7946.0958 ", "+442079460958"),
        ("+1 250 555 0012;ext=123", "+12505550012;ext=123"),
        ("+12505550012 ;EXT=9", "+12505550012;ext=9"),
    ];
    for (input, want) in cases {
        assert_eq!(PhoneNumber::parse(input).map(|n| n.normalized()), Ok(want.to_owned()), "{input}");
    }
}

#[test]
fn phone_number_errors_say_what_and_where() {
    use PhoneNumberError::*;
    let cases = [
        ("", Empty),
        ("   ", Empty),
        ("250 555 0012", MissingPlus),
        ("+1 250 555 00x2", UnexpectedCharacter { character: 'x', position: 14 }),
        ("+1 250", TooFewDigits { digits: 4 }),
        ("+1234567", TooFewDigits { digits: 7 }),
        ("+1234567890123456", TooManyDigits { digits: 16 }),
        ("+0 250 555 0012", CountryCodeStartsWithZero),
        ("+12505550012;ext=", EmptyExtension),
        ("+12505550012;ext=12a", ExtensionNotDigits { character: 'a', position: 20 }),
        ("+12505550012;ext=1234567890123456", ExtensionTooLong { digits: 16 }),
        ("+12505550012;é", UnexpectedCharacter { character: ';', position: 13 }),
        ("++12505550012", UnexpectedCharacter { character: '+', position: 2 }),
    ];
    for (input, want) in cases {
        assert_eq!(PhoneNumber::parse(input), Err(want), "{input:?}");
    }
}

#[test]
fn phone_numbers_at_the_digit_limits_are_accepted() {
    assert_eq!(PhoneNumber::parse("+12345678").map(|n| n.digits().len()), Ok(8));
    assert_eq!(PhoneNumber::parse("+123456789012345").map(|n| n.digits().len()), Ok(15));
}
