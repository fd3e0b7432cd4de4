//! Reading and writing plan files: exact error paths, versions, nesting, size.
#![cfg(not(target_arch = "wasm32"))]

use resource_account_calculator::engine::{evaluate, NodeKind, NumberType, PhoneNumberError, RuleEdition};
use resource_account_calculator::examples::contoso_2019;
use resource_account_calculator::i18n::{plan_error_text, Lang};
use resource_account_calculator::plan_file::{
    read_plan, read_plan_bytes, write_plan, ErrorKind, Expected, Found, SyntaxProblem, MAX_NESTING,
};

const SCENARIO_EXAMPLE: &str = r#"{
  "format": "resource-account-plan",
  "version": 1,
  "rules": "current",
  "licenses": { "SPE_E5": 500, "MCOCAP": 100 },
  "callFlows": [
    {
      "kind": "autoAttendant",
      "name": "Main line",
      "resourceAccounts": [
        { "displayName": "Main line AA", "userPrincipalName": "aa-main@contoso.com",
          "phoneNumber": "+12505550012", "numberType": "callingPlan" },
        { "displayName": "Main line toll-free", "phoneNumber": "+18005550100",
          "numberType": "operatorConnect", "tollFree": true }
      ],
      "children": [
        { "kind": "callQueue", "name": "Sales",
          "resourceAccounts": [ { "displayName": "Sales CQ" } ] }
      ]
    }
  ],
  "pricing": { "currency": "USD", "paidLicenseMonthly": 8.0 }
}"#;

fn err(text: &str) -> (String, ErrorKind) {
    let e = read_plan(text).expect_err("should be refused");
    (e.path, e.kind)
}

/// The SCENARIO example with one substitution.
fn example_with(from: &str, to: &str) -> String {
    assert!(SCENARIO_EXAMPLE.contains(from), "{from}");
    SCENARIO_EXAMPLE.replacen(from, to, 1)
}

#[test]
fn scenario_example_reads_into_the_documented_plan() {
    let plan = read_plan(SCENARIO_EXAMPLE).expect("example reads");
    assert_eq!(plan.rules, RuleEdition::E2022);
    assert_eq!(plan.licenses.get("SPE_E5"), Some(&500));
    let main = &plan.call_flows[0];
    assert_eq!(main.kind, NodeKind::AutoAttendant);
    assert_eq!(main.resource_accounts[1].number_type, Some(NumberType::OperatorConnect));
    assert!(main.resource_accounts[1].toll_free);
    assert_eq!(main.children[0].kind, NodeKind::CallQueue);
    let out = evaluate(&plan);
    assert_eq!((out.figures.free_allotment, out.figures.accounts_needing_license), (85, 3));
}

#[test]
fn write_then_read_gives_the_same_plan() {
    let plan = read_plan(SCENARIO_EXAMPLE).unwrap();
    let text = write_plan(&plan).unwrap();
    assert_eq!(read_plan(&text).unwrap(), plan);
    let contoso = contoso_2019();
    assert_eq!(read_plan(&write_plan(&contoso).unwrap()).unwrap(), contoso);
}

#[test]
fn unknown_field_is_named_with_its_full_path() {
    let text = example_with(r#""displayName": "Sales CQ""#, r#""displayName": "Sales CQ", "phonenumber": "+1""#);
    let (path, kind) = err(&text);
    assert_eq!(path, "callFlows[0].children[0].resourceAccounts[0].phonenumber");
    assert_eq!(kind, ErrorKind::UnknownField { field: "phonenumber".into() });
}

#[test]
fn unknown_top_level_field_is_named() {
    let (path, kind) = err(&example_with(r#""rules": "current","#, r#""rules": "current", "extra": 1,"#));
    assert_eq!((path.as_str(), kind), ("extra", ErrorKind::UnknownField { field: "extra".into() }));
}

#[test]
fn unknown_sku_is_named() {
    let (path, kind) = err(&example_with(r#""MCOCAP": 100"#, r#""MCOCAPP": 100"#));
    assert_eq!(path, "licenses.MCOCAPP");
    assert_eq!(kind, ErrorKind::UnknownSku { part_number: "MCOCAPP".into() });
}

#[test]
fn a_sku_listed_twice_under_two_spellings_is_refused() {
    let (path, kind) = err(&example_with(r#""MCOCAP": 100"#, r#""MCOPSTN_6": 1, "MCOPSTN6": 2"#));
    assert_eq!(path, "licenses.MCOPSTN6");
    assert_eq!(kind, ErrorKind::DuplicateSku { part_number: "MCOPSTN_6".into() });
}

#[test]
fn doc_spelling_of_a_part_number_is_read_as_the_graph_one() {
    let plan = read_plan(&example_with(r#""MCOCAP": 100"#, r#""MCOPSTN6": 3"#)).unwrap();
    assert_eq!(plan.licenses.get("MCOPSTN_6"), Some(&3));
}

#[test]
fn negative_fractional_quoted_and_huge_license_counts_say_so_at_their_path() {
    let cases = [
        ("-1", ErrorKind::Negative { found: "-1".into() }),
        ("1.5", ErrorKind::NotWhole { found: "1.5".into() }),
        ("\"10\"", ErrorKind::WrongType { expected: Expected::WholeNumber, found: Found::Text("10".into()) }),
        ("99999999999", ErrorKind::TooBig { found: "99999999999".into(), max: 4_294_967_295 }),
    ];
    for (bad, want) in cases {
        let (path, kind) = err(&example_with(r#""SPE_E5": 500"#, &format!(r#""SPE_E5": {bad}"#)));
        assert_eq!((path.as_str(), kind), ("licenses.SPE_E5", want), "{bad}");
    }
}

#[test]
fn messages_say_what_is_wrong_in_words_and_keep_the_place() {
    let text = |e: &resource_account_calculator::plan_file::PlanFileError| plan_error_text(Lang::En, e);
    let negative = read_plan(&example_with(r#""SPE_E5": 500"#, r#""SPE_E5": -3"#)).unwrap_err();
    assert_eq!(text(&negative), "At licenses.SPE_E5: Must be 0 or more, not -3. (line 5, column 28)");
    // A file cut short names the line where it stops, not "EOF while parsing a value".
    let cut = &SCENARIO_EXAMPLE[..SCENARIO_EXAMPLE.find("\"Sales\"").unwrap()];
    let e = read_plan(cut).unwrap_err();
    assert_eq!(e.kind, ErrorKind::EndsEarly);
    let t = text(&e);
    assert!(t.contains("The file ends too early") && t.contains("(line 17,"), "{t}");
    assert!(!t.contains("EOF"), "{t}");
    let quoted = read_plan(&example_with(r#""paidLicenseMonthly": 8.0"#, r#""paidLicenseMonthly": "8""#)).unwrap_err();
    assert!(
        text(&quoted).contains("Must be a number (without quotes), not “8”. Remove the quotes."),
        "{}",
        text(&quoted)
    );
    let comma = read_plan(&example_with(r#""name": "Sales","#, r#""name": "Sales",}"#)).unwrap_err();
    assert_eq!(comma.kind, ErrorKind::Syntax(SyntaxProblem::TrailingComma));
    let unquoted = read_plan(&example_with(r#""rules": "current","#, r#"rules: "current","#)).unwrap_err();
    assert_eq!(unquoted.kind, ErrorKind::Syntax(SyntaxProblem::KeyNotQuoted));
    assert!(!text(&unquoted).contains('?'), "no ? for an unnamed place: {}", text(&unquoted));
}

#[test]
fn newer_version_is_reported_as_made_by_a_newer_version_even_with_new_fields() {
    let text = r#"{"format":"resource-account-plan","version":3,"somethingNew":{"a":1}}"#;
    assert_eq!(err(text), ("version".into(), ErrorKind::NewerVersion { version: 3 }));
    let e = read_plan(text).unwrap_err();
    assert!(e.to_string().contains("newer version"), "{e}");
}

#[test]
fn files_that_are_not_plans_say_so() {
    assert_eq!(err(""), (String::new(), ErrorKind::Empty));
    assert_eq!(err("[1,2]"), (String::new(), ErrorKind::NotAnObject));
    assert_eq!(err(r#"{"version":1}"#), (String::new(), ErrorKind::NotAPlan { found: None }));
    assert_eq!(
        err(r#"{"format":"something-else","version":1}"#),
        ("format".into(), ErrorKind::NotAPlan { found: Some("something-else".into()) })
    );
    assert_eq!(err(r#"{"format":"resource-account-plan"}"#), (String::new(), ErrorKind::MissingVersion));
    assert_eq!(err(r#"{"format":"resource-account-plan","version":"1"}"#), ("version".into(), ErrorKind::BadVersion));
}

#[test]
fn broken_json_gives_line_and_column() {
    let text = example_with(r#""name": "Sales","#, r#""name": "Sales""#);
    let e = read_plan(&text).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Syntax { .. }), "{e:?}");
    assert_eq!(e.line, Some(18), "the line of the missing comma");
    assert!(e.path.starts_with("callFlows[0].children[0]"), "{}", e.path);
}

#[test]
fn invalid_phone_number_is_refused_at_its_field() {
    let (path, kind) = err(&example_with("+12505550012", "250-555-0012"));
    assert_eq!(path, "callFlows[0].resourceAccounts[0].phoneNumber");
    assert_eq!(kind, ErrorKind::InvalidPhoneNumber(PhoneNumberError::MissingPlus));
}

#[test]
fn number_without_number_type_is_refused() {
    let (path, kind) = err(&example_with(r#", "numberType": "callingPlan""#, ""));
    assert_eq!((path.as_str(), kind), ("callFlows[0].resourceAccounts[0].numberType", ErrorKind::NumberTypeMissing));
}

#[test]
fn bad_enum_values_list_the_allowed_ones() {
    let (path, kind) = err(&example_with(r#""kind": "callQueue""#, r#""kind": "queue""#));
    assert_eq!(path, "callFlows[0].children[0].kind");
    assert_eq!(
        kind,
        ErrorKind::NotOneOf { found: "queue".into(), allowed: vec!["autoAttendant".into(), "callQueue".into()] }
    );
}

#[test]
fn missing_required_field_is_named() {
    let (path, kind) = err(&example_with(r#""name": "Sales","#, ""));
    assert_eq!((path.as_str(), kind), ("callFlows[0].children[0]", ErrorKind::MissingField { field: "name".into() }));
}

#[test]
fn bad_upn_currency_and_price_are_refused() {
    assert_eq!(
        err(&example_with("aa-main@contoso.com", "aa-main")).0,
        "callFlows[0].resourceAccounts[0].userPrincipalName"
    );
    assert_eq!(err(&example_with(r#""USD""#, r#""usd""#)).0, "pricing.currency");
    assert_eq!(err(&example_with("8.0", "-1")).0, "pricing.paidLicenseMonthly");
    assert_eq!(err(&example_with("Main line AA", "Main\\u0007AA")).0, "callFlows[0].resourceAccounts[0].displayName");
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_offset() {
    let e = read_plan_bytes(b"{\"format\": \"\xff\"}").unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotUtf8 { byte_offset: 12 });
    let with_bom = [b"\xef\xbb\xbf".as_slice(), SCENARIO_EXAMPLE.as_bytes()].concat();
    assert!(read_plan_bytes(&with_bom).is_ok(), "a UTF-8 byte-order mark is fine");
}

fn nested(levels: usize) -> String {
    let mut s = String::from(r#"{"format":"resource-account-plan","version":1,"callFlows":["#);
    for _ in 0..levels {
        s.push_str(r#"{"kind":"callQueue","name":"n","children":["#);
    }
    for _ in 0..levels {
        s.push_str("]}");
    }
    s.push_str("]}");
    s
}

#[test]
fn nesting_up_to_the_limit_reads_and_beyond_is_a_clear_error() {
    assert!(read_plan(&nested(MAX_NESTING)).is_ok());
    let e = read_plan(&nested(MAX_NESTING + 1)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooDeep { max: MAX_NESTING });
    assert_eq!(e.path.matches("children").count(), MAX_NESTING);
}

#[test]
fn absurd_nesting_is_an_error_not_a_stack_overflow() {
    // 1 MiB is the stack a wasm32 build gets; run the reader within it.
    let result = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(|| read_plan(&nested(100_000)).map(|_| ()))
        .unwrap()
        .join()
        .expect("no stack overflow");
    assert_eq!(result.unwrap_err().kind, ErrorKind::TooDeep { max: MAX_NESTING });
}

/// How fast is `make bench`'s business; this pins that a file of that size reads whole.
#[test]
fn a_20_megabyte_plan_reads_whole() {
    let plan = resource_account_calculator::examples::synthetic(100_000);
    let text = write_plan(&plan).unwrap();
    assert!(text.len() > 20_000_000, "{} bytes", text.len());
    let back = read_plan(&text).unwrap();
    assert_eq!(back, plan);
    assert_eq!(evaluate(&back).accounts.len(), 100_000);
}
