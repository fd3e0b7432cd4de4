//! Every message, in every form it takes, rendered in English and compared with the
//! reviewed text in tests/golden/en.txt. A wording change shows up here as a diff to
//! review; a message that fails to render (a missing template, a placeholder left
//! unreplaced) fails the test. Regenerate after a deliberate change with
//! `UPDATE_GOLDEN=1 cargo test --test i18n`.

use resource_account_calculator::engine::compare::Difference;
use resource_account_calculator::engine::counts::CountsError;
use resource_account_calculator::engine::csv::CsvProblemKind;
use resource_account_calculator::engine::plan::{CurrentLicense, UpnError};
use resource_account_calculator::engine::tenant::{Change, Finding};
use resource_account_calculator::engine::{
    Channel, CostItem, NodeKind, NumberType, PaidLicenseKind, PhoneNumberError, PstnNeed, Reason, RuleEdition,
    TollFreeBilling,
};
use resource_account_calculator::examples::Example;
use resource_account_calculator::i18n::{t, CountsField, DecisionLabel, Figure, Lang, LicenseLabel, Msg};
use resource_account_calculator::input::NumberError;
use resource_account_calculator::plan_file::{ErrorKind, Expected, Found, SyntaxProblem};
use resource_account_calculator::state::{EditorMode, UndoWhat};

const EDITIONS: [RuleEdition; 3] = [RuleEdition::E2019, RuleEdition::E2022, RuleEdition::E2025];
const CHANNELS: [Channel; 4] =
    [Channel::WebDirect, Channel::EnterpriseAgreement, Channel::Partner, Channel::CustomerAgreement];
const KINDS: [NodeKind; 2] = [NodeKind::AutoAttendant, NodeKind::CallQueue];
const BILLING: [TollFreeBilling; 2] = [TollFreeBilling::CommunicationsCredits, TollFreeBilling::PayAsYouGoOverage];
const COST_ITEMS: [CostItem; 4] = [
    CostItem::FreeResourceAccount,
    CostItem::PaidLicense(PaidLicenseKind::PhoneSystem),
    CostItem::PaidLicense(PaidLicenseKind::ResourceAccount),
    CostItem::CallingPlan,
];
const PAID_KINDS: [PaidLicenseKind; 2] = [PaidLicenseKind::PhoneSystem, PaidLicenseKind::ResourceAccount];
const NUMBER_TYPES: [NumberType; 3] = [NumberType::CallingPlan, NumberType::DirectRouting, NumberType::OperatorConnect];
const PSTN: [PstnNeed; 3] = [PstnNeed::CallingPlanLicense, PstnNeed::VoiceRoutingPolicy, PstnNeed::NumberOrPolicy];
const FIGURES: [Figure; 8] = [
    Figure::QualifyingLicenses,
    Figure::FreeAllotment,
    Figure::AccountsNeedingLicense,
    Figure::AccountsWithoutLicenseNeed,
    Figure::FreeUsed,
    Figure::PaidNeeded,
    Figure::LicensesToCoverAll,
    Figure::AccountsRemovable,
];
const EXAMPLES: [Example; 4] =
    [Example::Contoso2025, Example::ContosoNested2025, Example::Contoso2022, Example::Contoso2019];
const UNDO: [UndoWhat; 19] = [
    UndoWhat::Rules,
    UndoWhat::Channel,
    UndoWhat::Customer,
    UndoWhat::LicenseCount,
    UndoWhat::AddNode,
    UndoWhat::AddNodes,
    UndoWhat::RenameNode,
    UndoWhat::NodeKind,
    UndoWhat::MoveNode,
    UndoWhat::DeleteNode,
    UndoWhat::AddAccount,
    UndoWhat::RemoveAccount,
    UndoWhat::EditAccount,
    UndoWhat::Prices,
    UndoWhat::ReplacePlan,
    UndoWhat::LoadExample,
    UndoWhat::ImportCsv,
    UndoWhat::Counts,
    UndoWhat::ImportTenant,
];
const DECISIONS: [DecisionLabel; 3] = [DecisionLabel::Free, DecisionLabel::Paid, DecisionLabel::NotNeeded];

/// The counts each counted message is shown with: one, several, and a large one that the
/// locale groups.
const COUNTS: [u64; 3] = [1, 7, 12_345];

fn phone_errors() -> Vec<PhoneNumberError> {
    vec![
        PhoneNumberError::Empty,
        PhoneNumberError::MissingPlus,
        PhoneNumberError::UnexpectedCharacter { character: 'x', position: 4 },
        PhoneNumberError::TooFewDigits { digits: 5 },
        PhoneNumberError::TooManyDigits { digits: 17 },
        PhoneNumberError::CountryCodeStartsWithZero,
        PhoneNumberError::EmptyExtension,
        PhoneNumberError::ExtensionNotDigits { character: 'a', position: 18 },
        PhoneNumberError::ExtensionTooLong { digits: 12 },
    ]
}

fn error_kinds() -> Vec<ErrorKind> {
    let mut v = vec![
        ErrorKind::Empty,
        ErrorKind::TooLarge { bytes: 12_000_000 },
        ErrorKind::NotUtf8 { byte_offset: 17 },
        ErrorKind::EndsEarly,
    ];
    for p in [
        SyntaxProblem::MissingCommaOrBrace,
        SyntaxProblem::MissingCommaOrBracket,
        SyntaxProblem::MissingColon,
        SyntaxProblem::TrailingComma,
        SyntaxProblem::KeyNotQuoted,
        SyntaxProblem::NotAValue,
        SyntaxProblem::BadNumber,
        SyntaxProblem::ControlCharacterInText,
        SyntaxProblem::BadEscape,
        SyntaxProblem::TrailingCharacters,
        SyntaxProblem::Other("recursion limit exceeded".into()),
    ] {
        v.push(ErrorKind::Syntax(p));
    }
    v.extend([
        ErrorKind::NotAnObject,
        ErrorKind::NotAPlan { found: None },
        ErrorKind::NotAPlan { found: Some("other".into()) },
        ErrorKind::MissingVersion,
        ErrorKind::NewerVersion { version: 9 },
        ErrorKind::BadVersion,
        ErrorKind::UnknownField { field: "licences".into() },
        ErrorKind::MissingField { field: "kind".into() },
        ErrorKind::DuplicateField { field: "name".into() },
    ]);
    let founds = [
        Found::Number("-3".into()),
        Found::Text("600".into()),
        Found::Boolean(true),
        Found::Null,
        Found::List,
        Found::Object,
    ];
    for expected in [
        Expected::WholeNumber,
        Expected::Number,
        Expected::TrueOrFalse,
        Expected::Text,
        Expected::List,
        Expected::Object,
    ] {
        for found in &founds {
            v.push(ErrorKind::WrongType { expected, found: found.clone() });
        }
    }
    v.extend([
        ErrorKind::Negative { found: "-1".into() },
        ErrorKind::TooBig { found: "99999999999".into(), max: 4_294_967_295 },
        ErrorKind::NotWhole { found: "2.5".into() },
        ErrorKind::NotOneOf { found: "x".into(), allowed: vec!["autoAttendant".into(), "callQueue".into()] },
        ErrorKind::InvalidValue { message: "something else".into() },
        ErrorKind::UnknownSku { part_number: "NOPE".into() },
        ErrorKind::DuplicateSku { part_number: "SPE_E5".into() },
        ErrorKind::TooDeep { max: 12 },
    ]);
    v.extend(phone_errors().into_iter().map(ErrorKind::InvalidPhoneNumber));
    v.extend([
        ErrorKind::NumberTypeMissing,
        ErrorKind::InvalidUpn(UpnError::NotNameAtDomain),
        ErrorKind::ControlCharacters,
        ErrorKind::InvalidCurrency { found: "usd".into() },
        ErrorKind::InvalidPrice,
        ErrorKind::DepthTruncated { type_name: "Microsoft.Rtc.Management.Hosted.OAA.Models.CallableEntity".into() },
    ]);
    v
}

/// Every message variant with every value of its enum parameters, and each count as one,
/// several and many.
fn tenant_samples() -> Vec<Msg> {
    let s = |x: &str| x.to_owned();
    let names = |n: usize| (1..=n).map(|i| format!("Queue {i}")).collect::<Vec<_>>();
    let mut v = Vec::new();
    for &n in &COUNTS {
        v.push(Msg::TenantSummary {
            tenant: s("977c9d5b"),
            read: s("2026-11-24"),
            auto_attendants: n,
            call_queues: n,
            accounts: n,
        });
    }
    let mut findings = vec![
        Finding::IgnoredInstance { account: s("Recording bot"), application_id: s("0c1f4a2b") },
        Finding::NotAssociated { account: s("Spare") },
        Finding::ListedTwice { account: s("Sales line"), kept_on: s("Sales"), also_on: s("Sales EU") },
        Finding::MissingAccount { node: s("Main"), id: s("e1000000") },
        Finding::TransferToUnusedAccount { path: s("Main › Default call flow › Tone2"), account: s("Old") },
        Finding::TransferToMissing { path: s("Sales › OverflowActionTarget"), id: s("gone") },
        Finding::Unreachable { node: s("Orphan queue") },
        Finding::Loop { path: s("A → B → A") },
        Finding::SharedTarget { node: s("Support"), from: s("Branch › Operator"), shown_under: s("Main") },
        Finding::TooDeep { node: s("Deep") },
        Finding::CountryMismatch {
            account: s("Paris"),
            number: s("+33155550100"),
            number_country: s("FR"),
            usage_location: s("US"),
        },
        Finding::ResourceAccountLicenses { owned: 5, assigned: 2, needed: 3 },
        Finding::ResourceAccountLicenses { owned: 1, assigned: 1, needed: 3 },
    ];
    for &n in &COUNTS {
        let units = n as u32;
        findings.push(Finding::ClassifiedProduct { part_number: s("FUTURE_E9"), units, counted_as: "MCOEV" });
        findings.push(Finding::NotCounted { part_number: s("SPE_E5"), units: n });
        findings.push(Finding::NumericValues { count: n });
    }
    for n in [1, 3, 12] {
        findings.push(Finding::Unlicensed { accounts: names(n) });
        findings.push(Finding::TeamsPhoneStandard { accounts: names(n) });
        findings.push(Finding::Droppable { accounts: names(n) });
    }
    v.extend(findings.into_iter().map(Msg::TenantFinding));
    let changes = vec![
        Change::NodeAdded { node: s("Sales EMEA") },
        Change::NodeRemoved { node: s("Sales") },
        Change::NodeMoved { node: s("Support"), from: s("Main"), to: String::new() },
        Change::NodeMoved { node: s("Support"), from: String::new(), to: s("Main") },
        Change::AccountAdded { account: s("New line") },
        Change::AccountRemoved { account: s("Old line") },
        Change::NumberChanged { account: s("Sales line"), from: String::new(), to: s("+14255550111") },
        Change::NumberChanged { account: s("Sales line"), from: s("+14255550111"), to: String::new() },
        Change::LicenseChanged {
            account: s("Support"),
            from: CurrentLicense::None,
            to: CurrentLicense::ResourceAccount,
        },
        Change::LicenseCount { key: s("PHONESYSTEM_VIRTUALUSER"), from: 5, to: 6 },
    ];
    v.extend(changes.into_iter().map(Msg::TenantChange));
    v
}

fn samples() -> Vec<Msg> {
    let s = |x: &str| x.to_owned();
    let mut v = vec![
        Msg::AppTitle,
        Msg::AppLede,
        Msg::PrivacyNote,
        Msg::Language,
        Msg::NodeKindShort(NodeKind::AutoAttendant),
        Msg::NodeKindShort(NodeKind::CallQueue),
        Msg::LangUnavailable(Lang::ZhTw),
        Msg::LangUnavailable(Lang::It),
        Msg::LabelValue { label: s("Customer or tenant"), value: s("Contoso") },
        Msg::Sentences { first: s("US$40.00 a month."), second: s("Not included yet: lines without a price.") },
        Msg::SentenceEnd { text: s("2025 rules (since 3 Apr 2025)") },
        Msg::Examples,
        Msg::ExampleEmpty,
        Msg::ExampleStartEmpty,
        Msg::ExportJson,
        Msg::ImportJson,
        Msg::Print,
        Msg::UndoNothing,
        Msg::RedoNothing,
        Msg::UndoKeys,
        Msg::Deleted { name: s("Main line") },
        Msg::ImportFailed { file: s("plan.json"), reason: s("The file is empty.") },
        Msg::Dismiss,
        Msg::ExportWarning { reason: s("A reason.") },
        Msg::RulesHeading,
        Msg::RulesLabel,
        Msg::RulesDisagree,
        Msg::UseRulesInForce,
        Msg::ChannelLabel,
        Msg::ChannelHint,
        Msg::CustomerLabel,
        Msg::CustomerPlaceholder,
        Msg::LicensesHeading,
        Msg::LicensesIntro,
        Msg::LicenseFilter,
        Msg::LicenseFilterPlaceholder,
        Msg::LicenseGroupTeamsPhone,
        Msg::LicenseGroupTeamsRooms,
        Msg::LicenseGroupTeamsRoomsNote,
        Msg::LicenseGroupSharedDevices,
        Msg::LicenseGroupOther,
        Msg::LicenseGroupNoTeamsPhone,
        Msg::LicenseGroupNoTeamsPhoneNote,
        Msg::LicenseCountLabel { product: s("Microsoft 365 E5") },
        Msg::LicenseNoMatch,
        Msg::AllotmentNoCost,
        Msg::AllotmentNone,
        Msg::StaleField { label: s("Microsoft 365 E5") },
        Msg::CallFlowsHeading,
        Msg::CallFlowsIntro,
        Msg::AddAutoAttendant,
        Msg::AddCallQueue,
        Msg::NoCallFlows,
        Msg::NodeKindLabel,
        Msg::NodeName,
        Msg::NodeActions { name: s("Main line") },
        Msg::AddAccount,
        Msg::MoveUp,
        Msg::MoveDown,
        Msg::Indent,
        Msg::Outdent,
        Msg::Delete,
        Msg::DeleteNamed { name: s("Main line") },
        Msg::NestedUnder { parent: s("Main line") },
        Msg::AccountDisplayName,
        Msg::AccountUpn,
        Msg::AccountPhone,
        Msg::AccountPhoneHint,
        Msg::AccountNumberType,
        Msg::NumberTypeUnset,
        Msg::AccountTollFree,
        Msg::AccountCallerId,
        Msg::AccountCurrentLicense,
        Msg::RemoveAccount,
        Msg::NoAccountWarning { top_level_only: false },
        Msg::NoAccountWarning { top_level_only: true },
        Msg::NestedWithoutAccount,
        Msg::UpnError(UpnError::NotNameAtDomain),
        Msg::UpnError(UpnError::InvalidCharacter),
        Msg::UpnError(UpnError::BadDomain),
        Msg::Droppable,
        Msg::PreviousPage,
        Msg::NextPage,
        Msg::FindCallFlow,
        Msg::QuickHeading,
        Msg::QuickCount,
        Msg::QuickKind,
        Msg::QuickUnder,
        Msg::QuickTopLevel,
        Msg::QuickWithNumbers,
        Msg::QuickFirstNumber,
        Msg::QuickNumberType,
        Msg::QuickAdd,
        Msg::QuickCountInvalid,
        Msg::QuickNestLimit,
        Msg::CsvHeading,
        Msg::CsvIntro,
        Msg::CsvPasteLabel,
        Msg::CsvFileLabel,
        Msg::CsvNumberType,
        Msg::CsvImport,
        Msg::ResultsHeading,
        Msg::BarUnused { count: 0 },
        Msg::BarUnused { count: 1 },
        Msg::BarUnused { count: 12 },
        Msg::PaidSideHeading,
        Msg::PaidSideNothing,
        Msg::LicenseStatusHeading,
        Msg::CostHeading,
        Msg::CostCurrency,
        Msg::CostDefaultNote { seen: s("1 August 2026") },
        Msg::CostMonthly { amount: s("$40.00") },
        Msg::CostYearly { amount: s("$480.00") },
        Msg::CostIncomplete,
        Msg::CostNone,
        Msg::CurrencyInvalid,
        Msg::WarningsHeading,
        Msg::AdviceHeading,
        Msg::NoWarnings,
        Msg::GoTo { name: s("Main line") },
        Msg::WarnUnknownSkus { list: s("FOO, BAR") },
        Msg::AdviceNone,
        Msg::EditionsHeading,
        Msg::EditionsIntro,
        Msg::EditionInForce,
        Msg::EditionsCostRow,
        Msg::EditionsCostUnpriced,
        Msg::EditionsWhyHeading,
        Msg::EditionsSame,
        Msg::EditionsSources,
        Msg::EditionsAccountsHeading,
        Msg::EditionsAccountColumn,
        Msg::StepsHeading,
        Msg::StepsIntro,
        Msg::StepCheck,
        Msg::StepCheckDetail,
        Msg::StepCreateDetail,
        Msg::StepLicenseDetail,
        Msg::StepSwapWarning,
        Msg::StepNumbersDetail,
        Msg::StepAssociateDetail,
        Msg::StepTargetNestedDetail,
        Msg::NoUpn,
        Msg::NoNumber,
        Msg::PowerShellHeading,
        Msg::PowerShellIntro,
        Msg::DownloadScript,
        Msg::ScriptUnavailable,
        Msg::QuoteCost { monthly: s("$40.00"), yearly: s("$480.00") },
        Msg::QuoteLink,
        Msg::ShareHeading,
        Msg::ShareLinkLabel,
        Msg::ShareLinkPending,
        Msg::Copy,
        Msg::Copied,
        Msg::CopyFailed,
        Msg::CopySummaryText,
        Msg::CopySummaryMarkdown,
        Msg::EmbedHeading,
        Msg::EmbedIntro,
        Msg::EmbedReadOnly,
        Msg::EmbedWithPlan,
        Msg::EmbedSandboxed,
        Msg::EmbedSandboxNote,
        Msg::EmbedIframeLabel,
        Msg::EmbedScriptLabel,
        Msg::EmbedTitle,
        Msg::StorageUnavailable,
        Msg::StorageFull,
        Msg::SavedPlanUnreadable { reason: s("A reason.") },
        Msg::DownloadUnreadable,
        Msg::LinkOpened,
        Msg::BackToMyPlan,
        Msg::KeepThisPlan,
        Msg::LinkLoading,
        Msg::LinkDamaged { reason: s("A reason.") },
        Msg::LinkErrorMalformed,
        Msg::LinkErrorEncoding,
        Msg::LinkErrorDamaged,
        Msg::ReadOnlyNote,
        Msg::OpenFullCalculator,
        Msg::FileReadFailed,
        Msg::Unnamed,
        Msg::TenantHeading,
        Msg::TenantIntro,
        Msg::TenantReads,
        Msg::TenantRoles,
        Msg::TenantPrivacy,
        Msg::TenantScriptLabel,
        Msg::TenantDownloadScript,
        Msg::TenantOpen,
        Msg::TenantDropHint,
        Msg::TenantPasteLabel,
        Msg::TenantPasteOpen,
        Msg::PastedText,
        Msg::TenantFindingsHeading,
        Msg::TenantChangesHeading,
        Msg::TenantNoChanges,
        Msg::SkipToResult,
        Msg::QuoteHeading,
        Msg::QuoteActions,
        Msg::QuoteDownloadCsv,
        Msg::QuotePreview { open: false },
        Msg::QuotePreview { open: true },
        Msg::QuoteInputs,
        Msg::NodeKindPlural(NodeKind::AutoAttendant),
        Msg::NodeKindPlural(NodeKind::CallQueue),
        Msg::QuoteNested,
        Msg::QuoteAccounts,
        Msg::QuoteNumbers,
        Msg::QuoteTollFree,
        Msg::QuoteDialOut,
        Msg::QuoteLicenses,
        Msg::QuoteProduct,
        Msg::QuoteLines,
        Msg::QuoteSection,
        Msg::QuoteItem,
        Msg::QuoteQuantity,
        Msg::QuoteUnit,
        Msg::QuoteMonthly,
        Msg::QuoteNoPrice,
        Msg::QuoteNothingButWarnings { count: 1 },
        Msg::QuoteNothingButWarnings { count: 3 },
        Msg::QuoteWatch,
        Msg::QuoteEditions,
        Msg::QuoteEdition { rules: RuleEdition::E2022, needing: 90, paid: 5 },
        Msg::QuoteAssumptions,
        Msg::QuoteAssumeRules { rules: RuleEdition::E2025, channel: Channel::Partner },
        Msg::QuoteAssumePrices { currency: s("EUR") },
        Msg::QuoteMore { count: 32 },
        Msg::NodeNameOf { name: s("Sales") },
        Msg::NodeKindOf { name: s("Sales") },
        Msg::ToolWord("move-up"),
        Msg::ToolWord("move-down"),
        Msg::ToolWord("indent"),
        Msg::ToolWord("outdent"),
        Msg::ToolWord("delete-node"),
        Msg::CallFlowsMode,
        Msg::CallFlowsModeName(EditorMode::Tree),
        Msg::CallFlowsModeName(EditorMode::Table),
        Msg::CallFlowsModeName(EditorMode::Counts),
        Msg::TableCallFlow,
        Msg::TableFlags,
        Msg::TableAccount,
        Msg::TableAnswer,
        Msg::TableDialsOut,
        Msg::TableNoAccount,
        Msg::TableEditColumn,
        Msg::TableEdit { open: false },
        Msg::TableEdit { open: true },
        Msg::TableEditNamed { name: s("Sales"), open: false },
        Msg::TableEditNamed { name: s("Sales"), open: true },
        Msg::CountsIntro,
        Msg::CountsLabel(CountsField::AutoAttendants),
        Msg::CountsLabel(CountsField::CallQueues),
        Msg::CountsLabel(CountsField::Nested),
        Msg::CountsLabel(CountsField::Numbers),
        Msg::CountsLabel(CountsField::TollFree),
        Msg::CountsLabel(CountsField::DialOut),
        Msg::CountsNestedName,
        Msg::CountsHandMade,
        Msg::CountsError(CountsError::NestedWithoutTopLevel),
        Msg::CountsError(CountsError::TooManyNumbers { max: 2 }),
        Msg::CountsError(CountsError::TooManyTollFree { max: 1 }),
        Msg::CountsError(CountsError::TooManyDialOut { max: 3 }),
        Msg::CountsError(CountsError::TooMany { max: 20_000 }),
        Msg::QuickTollFree,
        Msg::CopyScript,
        Msg::QuoteFromCounts,
        Msg::CountsFirstNumber,
        Msg::AccountGroup { n: 2, node: s("Sales") },
    ];
    for e in EXAMPLES {
        v.push(Msg::ExampleName(e));
        v.push(Msg::ExampleMarker(e));
    }
    for u in UNDO {
        v.push(Msg::Undo(u));
        v.push(Msg::Redo(u));
    }
    for r in EDITIONS {
        v.extend([
            Msg::RulesOption(r),
            Msg::RulesPeriod(r),
            Msg::RulesExplain(r),
            Msg::RulesNotInForce { shown: r },
            Msg::LicenseGroupSharedDevicesNote(r),
            Msg::WarnNoPhoneSystem(r),
            Msg::EditionColumn(r),
            Msg::QuotePrepared { date: s("24 November 2026"), rules: r },
        ]);
        for f in FIGURES {
            v.push(Msg::FigureExplain(f, r));
        }
    }
    for c in CHANNELS {
        v.extend([Msg::ChannelName(c), Msg::StepFreeDetail(c), Msg::StepCallingPlansDetail(c)]);
        for k in PAID_KINDS {
            v.push(Msg::StepPaidDetail(k, c));
        }
    }
    for k in KINDS {
        v.extend([
            Msg::NodeKindName(k),
            Msg::DefaultNodeName { kind: k, n: 3 },
            Msg::AddChild { kind: k },
            Msg::StepCreateLine {
                kind: k,
                name: s("Main line"),
                upn: s("aa-main@contoso.com"),
                number: s("+1 425 555 0100"),
            },
            Msg::StepAssociateLine { name: s("Main line"), node: s("Sales"), kind: k },
        ]);
        for exists in [false, true] {
            v.push(Msg::StepTargetNestedLine {
                node: s("Sales"),
                kind: k,
                parent: s("Main line"),
                account: s("cq-sales@contoso.com"),
                exists,
            });
        }
    }
    for t in NUMBER_TYPES {
        v.push(Msg::NumberTypeName(t));
        v.push(Msg::StepNumberLine { name: s("Main line"), number: s("+1 425 555 0100"), number_type: Some(t) });
    }
    v.push(Msg::StepNumberLine { name: s("Main line"), number: s("+1 425 555 0100"), number_type: None });
    for l in [CurrentLicense::None, CurrentLicense::ResourceAccount, CurrentLicense::PhoneSystem] {
        v.push(Msg::CurrentLicenseName(l));
    }
    for e in phone_errors() {
        v.push(Msg::PhoneError(e));
    }
    for d in DECISIONS {
        v.push(Msg::Decision(d));
    }
    for f in FIGURES {
        v.push(Msg::FigureLabel(f));
    }
    for i in COST_ITEMS {
        v.extend([Msg::CostItemName(i), Msg::CostPriceLabel(i), Msg::CostPriceNotPublished(i)]);
        v.push(Msg::CostLine { quantity: c(7), item: i, unit: s("$8.00"), total: s("$56.00") });
    }
    for r in [Reason::HasNumber, Reason::NoNumber, Reason::EveryAccount, Reason::CanBeDropped] {
        v.push(Msg::ReasonText(r));
    }
    for p in PSTN {
        v.push(Msg::StepPstnLine { name: s("Main line"), need: p });
    }
    for l in [LicenseLabel::FreeResourceAccount, LicenseLabel::PaidResourceAccount, LicenseLabel::PhoneSystem] {
        for swap in [false, true] {
            v.push(Msg::StepLicenseLine { name: s("Main line"), license: l, swap });
        }
    }
    for b in BILLING {
        v.push(Msg::StepTollFreeDetail(b));
    }
    for e in [
        NumberError::NotANumber,
        NumberError::Negative,
        NumberError::NotWhole,
        NumberError::TooLarge { max: 1_000_000 },
        NumberError::Grouping,
    ] {
        v.push(Msg::NumberError { error: e, sample: s("1,234"), max: s("1,000,000") });
    }
    for kind in [
        CsvProblemKind::MissingColumn("ApplicationId"),
        CsvProblemKind::NoHeader,
        CsvProblemKind::UnterminatedQuote,
        CsvProblemKind::FieldCount { expected: 4, found: 3 },
        CsvProblemKind::UnknownApplicationId("1234".into()),
        CsvProblemKind::EmptyDisplayName,
        CsvProblemKind::InvalidPhoneNumber(PhoneNumberError::MissingPlus),
        CsvProblemKind::InvalidUpn,
        CsvProblemKind::ControlCharacters,
    ] {
        v.push(Msg::CsvProblem { line: c(12), kind });
    }
    for path in ["", "callFlows[0].resourceAccounts[1].phoneNumber"] {
        for kind in error_kinds() {
            v.push(Msg::PlanError { path: path.into(), kind });
        }
    }
    v.push(Msg::PlanErrorAt { line: c(3), column: c(14) });
    v.push(Msg::PlanErrorAtLine { line: c(3) });
    v.extend(tenant_samples());
    v.push(Msg::LinkErrorNewer { version: c(3) });
    v.push(Msg::DefaultNodeName { kind: NodeKind::CallQueue, n: 12_345 });
    v.push(Msg::AccountHeading { n: 2 });
    v.push(Msg::ShowingPage { from: c(1), to: c(50), total: c(12_345) });
    v.push(Msg::AllotmentFormula { qualifying: c(600), extra: c(60), total: c(85) });
    v.push(Msg::AllotmentFormula { qualifying: c(12_345), extra: c(1_234), total: c(1_259) });
    v.push(Msg::BarLabel { used: c(85), allotment: c(85), paid: c(5) });
    v.push(Msg::CostLineUnpriced { quantity: c(5), item: CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) });
    v.push(Msg::WarnDuplicate { number: s("+1 425 555 0100"), count: c(2) });
    for d in [
        Difference::SharedDevicesCount { licenses: 100, extra_free: 10 },
        Difference::NoCostSince2025 { paid_2022: 0, paid_2019: 5 },
        Difference::NoCostSince2025 { paid_2022: 5, paid_2019: 0 },
        Difference::NoCostSince2025 { paid_2022: 5, paid_2019: 1 },
        Difference::TeamsRoomsNotCounted { licenses: 3 },
    ] {
        v.push(Msg::Difference(d));
    }
    for allotment in [None, Some(c(85))] {
        for owned in [0, 1, 30] {
            for q in COUNTS {
                v.push(Msg::StepFree { quantity: c(q), allotment, owned: c(owned) });
            }
        }
    }
    for (read, skipped, problems) in [(1, 0, 0), (7, 1, 0), (7, 0, 1), (12_345, 3, 2)] {
        v.push(Msg::CsvResult { read: c(read), skipped: c(skipped), problems: c(problems) });
    }
    for removable in [0, 1, 40] {
        for n in COUNTS {
            v.push(Msg::SummaryNoCost { needing: c(n), removable: c(removable) });
        }
    }
    for n in COUNTS {
        v.extend([
            Msg::QualifyingTotal { total: c(n) },
            Msg::StaleResult { count: c(n) },
            Msg::Summary { free: c(n), paid: c(n), needing: c(n) },
            Msg::SummaryNotEligible { needing: c(n) },
            Msg::ShowAll { count: c(n) },
            Msg::PaidSideCallingPlan { count: c(n) },
            Msg::PaidSideVoiceRouting { count: c(n) },
            Msg::PaidSideOperatorConnect { count: c(n) },
            Msg::PaidSideUndecided { count: c(n) },
            Msg::LicenseStatusResourceAccount { count: c(n) },
            Msg::LicenseStatusPhoneSystem { count: c(n) },
            Msg::LicenseStatusNone { count: c(n) },
            Msg::WarnNodesWithoutAccount { count: c(n), top_level_only: false },
            Msg::WarnNodesWithoutAccount { count: c(n), top_level_only: true },
            Msg::WarnInvalidNumbers { count: c(n) },
            Msg::WarnNumberTypeMissing { count: c(n) },
            Msg::WarnExtension { count: c(n) },
            Msg::WarnSwitch { count: c(n) },
            Msg::WarnReplaceStandard { count: c(n) },
            Msg::WarnUnneeded { count: c(n) },
            Msg::AdviceNest { count: c(n) },
            Msg::AdviceMoreLicenses { count: c(n) },
            Msg::AdviceDropNested { count: c(n) },
            Msg::AdviceNoCostToday { paid: c(n) },
            Msg::AdviceSharedDevices { count: c(n) },
            Msg::AdvicePayAsYouGo { count: c(n) },
            Msg::StepCallingPlans { quantity: c(n) },
            Msg::StepCreate { count: c(n) },
            Msg::StepLicense { count: c(n) },
            Msg::StepWait { hours: c(n) },
            Msg::StepNumbers { count: c(n) },
            Msg::StepPstn { count: c(n) },
            Msg::StepAssociate { count: c(n) },
            Msg::StepTargetNested { count: c(n) },
            Msg::ShareLinkLong { length: c(n) },
            Msg::Difference(Difference::NumberlessAccountsCount { accounts: n }),
            Msg::Difference(Difference::NestedAccountsDroppable { accounts: n }),
        ]);
        for d in DECISIONS {
            v.push(Msg::DecisionCount { label: d, count: c(n) });
        }
        for k in PAID_KINDS {
            v.push(Msg::StepPaid { quantity: c(n), kind: k });
        }
        for b in BILLING {
            v.push(Msg::PaidSideTollFree { count: c(n), billing: b });
            v.push(Msg::CostTollFreeUsage { count: c(n), billing: b });
            v.push(Msg::StepTollFree { count: c(n), billing: b });
            for credits_in_plan in [false, true] {
                v.push(Msg::WarnTollFree { count: c(n), billing: b, credits_in_plan });
            }
        }
        for p in PSTN {
            v.push(Msg::WarnPstn { count: c(n), need: p });
        }
    }
    v
}

/// A count as the message takes it.
fn c(n: u64) -> u64 {
    n
}

#[test]
fn every_english_message_matches_the_reviewed_text() {
    let rendered: String = samples().iter().map(|m| format!("{}\n", t(Lang::En, m))).collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/en.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &rendered).unwrap();
    }
    let golden = std::fs::read_to_string(path).expect("tests/golden/en.txt (UPDATE_GOLDEN=1 writes it)");
    for (i, (got, want)) in rendered.lines().zip(golden.lines()).enumerate() {
        assert_eq!(got, want, "message {} of tests/golden/en.txt differs", i + 1);
    }
    assert_eq!(rendered.lines().count(), golden.lines().count(), "number of messages");
}

#[test]
fn no_message_is_empty_or_leaves_a_placeholder() {
    for m in samples() {
        let text = t(Lang::En, &m);
        assert!(!text.trim().is_empty(), "{m:?} is empty");
        for bad in ["{", "}", "#"] {
            // Literal braces appear only in the plan-file error texts that show JSON.
            if text.contains(bad) && !text.contains("{ … }") && !text.contains("closing }") && !text.contains("{\"") {
                panic!("{m:?} leaves {bad:?}: {text}");
            }
        }
    }
}

mod templates {
    use resource_account_calculator::i18n::template::{check, render, Locale, Value};

    fn french_like(n: u64) -> &'static str {
        match n {
            0 | 1 => "one",
            n if n != 0 && n % 1_000_000 == 0 => "many",
            _ => "other",
        }
    }

    fn run(template: &str, args: &[(&str, Value)]) -> Result<String, &'static str> {
        let number = |n: u64| format!("<{n}>");
        let locale = Locale { number: &number, plural: &french_like };
        render(template, args, &locale).map_err(|e| e.problem)
    }

    #[test]
    fn arguments_counts_and_plurals() {
        let args = [("name", Value::Text("Main")), ("n", Value::Count(1))];
        assert_eq!(run("Delete {name}.", &args).unwrap(), "Delete Main.");
        assert_eq!(run("{ n } items", &args).unwrap(), "<1> items");
        let t = "{n, plural, =0 {none} one {# item} many {# items (many)} other {# items}}";
        assert_eq!(run(t, &[("n", Value::Count(0))]).unwrap(), "none", "an exact match beats the category");
        assert_eq!(run(t, &[("n", Value::Count(1))]).unwrap(), "<1> item");
        assert_eq!(run(t, &[("n", Value::Count(2_000_000))]).unwrap(), "<2000000> items (many)");
        assert_eq!(run(t, &[("n", Value::Count(7))]).unwrap(), "<7> items");
        let nested = "{n, plural, one {{name} has # item} other {{name} has # items}}";
        assert_eq!(
            run(nested, &[("n", Value::Count(3)), ("name", Value::Text("Sales"))]).unwrap(),
            "Sales has <3> items"
        );
    }

    #[test]
    fn select_and_quotes() {
        let t = "{kind, select, aa {Auto attendant} other {Call queue}}";
        assert_eq!(run(t, &[("kind", Value::Text("aa"))]).unwrap(), "Auto attendant");
        assert_eq!(run(t, &[("kind", Value::Text("cq"))]).unwrap(), "Call queue");
        assert_eq!(run("A JSON object '{ … }'.", &[]).unwrap(), "A JSON object { … }.");
        assert_eq!(run("Microsoft's page, l''article", &[]).unwrap(), "Microsoft's page, l'article");
        assert_eq!(
            run("'{'n'}' is # and {n, plural, other {'#' is #}}", &[("n", Value::Count(2))]).unwrap(),
            "{n} is # and # is <2>"
        );
        assert_eq!(run("« {name} » — 今日は", &[("name", Value::Text("é"))]).unwrap(), "« é » — 今日は");
    }

    #[test]
    fn malformed_templates_are_errors_not_panics() {
        for (template, problem) in [
            ("Hello {name", "a } is missing after the argument's name"),
            ("Hello name}", "a } without its {"),
            ("{n, plural, one {# item}}", "plural and select need an \"other\" option"),
            ("{n, plural, one {# item} other {# items}", "a { that never closes"),
            ("{n, ordinal, other {#}}", "only plural and select are known"),
            ("{}", "an argument without a name"),
            ("'{ unclosed", "a quote ' that never closes"),
            ("{n, plural, one # item}", "an option needs its message in { }"),
        ] {
            assert_eq!(check(template).map(|_| ()).map_err(|e| e.problem), Err(problem), "{template}");
            assert_eq!(run(template, &[("n", Value::Count(1)), ("name", Value::Text("x"))]).err(), Some(problem));
        }
        assert_eq!(run("{missing}", &[]).err(), Some("an argument the message does not have"));
        assert_eq!(run("{n, plural, other {#}}", &[("n", Value::Text("x"))]).err(), Some("a plural needs a count"));
        assert_eq!(check("{a} {b, plural, one {{c}} other {#}} {a}").unwrap(), ["a", "b", "c"]);
    }
}

/// Every English template is used by the code: a key nobody renders is a translation
/// nobody needs.
#[test]
fn every_english_key_is_used() {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/en.json")).unwrap();
    let keys: std::collections::BTreeMap<String, String> = serde_json::from_str(&json).unwrap();
    let code = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/mod.rs")).unwrap();
    for key in keys.keys() {
        let name = format!("k::{}", resource_account_calculator::i18n::template::const_name(key));
        let used = code
            .match_indices(&name)
            .any(|(i, _)| !code[i + name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'));
        assert!(used, "{key} ({name}) is not used in src/i18n/mod.rs");
    }
}

/// The four translations, read as the page reads them.
mod languages {
    use std::collections::BTreeMap;

    use resource_account_calculator::i18n::{fallbacks, install, key_count, t, Lang, Msg};

    const OTHERS: [Lang; 4] = [Lang::ZhTw, Lang::ZhCn, Lang::Fr, Lang::It];

    fn read(file: &str) -> BTreeMap<String, String> {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn catalog(lang: Lang) -> BTreeMap<String, String> {
        read(&format!("assets/i18n/{}.json", lang.tag()))
    }

    fn english() -> BTreeMap<String, String> {
        read("src/i18n/en.json")
    }

    /// Product names, cmdlets, part numbers, codes: the words a translation keeps. A value
    /// is "left in English" when, with these and the arguments taken out, it still has an
    /// English word of four letters or more.
    const KEPT: &[&str] = &[
        "Microsoft",
        "Teams",
        "Phone",
        "Resource",
        "Account",
        "Standard",
        "Rooms",
        "Premium",
        "Shared",
        "Space",
        "Devices",
        "Operator",
        "Connect",
        "Direct",
        "Routing",
        "Calling",
        "Plan",
        "Communications",
        "Credits",
        "PowerShell",
        "Graph",
        "Entra",
        "Virtual",
        "User",
        "System",
        "Enterprise",
        "Agreement",
        "Web",
        "Partner",
        "Center",
        "Cloud",
        "Solution",
        "Provider",
        "Customer",
        "Essentials",
        "Business",
        "Voice",
        "Basic",
        "Pro",
        "Markdown",
        "JSON",
        "CSV",
        "Unblock",
        "File",
        "Marketplace",
        "Office",
        "Global",
        "Reader",
        "Directory",
        "Readers",
        "Administrator",
        "License",
        "Licenses",
        "Organization",
        "Read",
        "All",
        "ReadWrite",
        "Kingdom",
        "United",
        "States",
        "Redirect",
        "Details",
        "apps",
        "Commerce",
        "Country",
        "Zone",
        "Domestic",
        "International",
        "with",
        "Calling",
        "Pay",
        "As",
        "You",
        "Go",
        "pay",
        "as",
        "you",
        "go",
        "Teams",
        "Enterprise",
        "Frontline",
        "Government",
        "Education",
        "true",
        "false",
        "null",
    ];

    /// Messages that are the same word in English and a translation: a product name Microsoft
    /// does not translate, and French words spelt as English ones.
    /// Contract names Microsoft keeps in English. (And samples that are nothing but their
    /// arguments.)
    const SAME_WORD: &[&str] = &[
        "Operator Connect",
        "Teams Rooms",
        // The table's badges: the abbreviations of Microsoft's PowerShell and docs.
        "AA",
        "CQ",
        "Type",
        "Section",
        "Enterprise Agreement (EA, EAS, EES)",
        "Microsoft Customer Agreement (MCA)",
        "something else.",
        "Main line: +1 425 555 0100 (Operator Connect)",
    ];

    /// Words of four letters or more that are English and neither French nor Italian.
    const ENGLISH_ONLY: &[&str] = &[
        "that",
        "this",
        "with",
        "from",
        "which",
        "have",
        "needs",
        "need",
        "licenses",
        "license",
        "when",
        "each",
        "will",
        "would",
        "into",
        "only",
        "more",
        "than",
        "what",
        "there",
        "they",
        "their",
        "been",
        "must",
        "should",
        "cannot",
        "does",
        "here",
        "your",
        "number",
        "numbers",
        "queue",
        "queues",
        "attendant",
        "attendants",
        "free",
        "paid",
        "still",
        "without",
        "first",
        "shown",
        "these",
        "those",
        "about",
    ];

    fn english_words(text: &str) -> Vec<String> {
        // Arguments, English quoted in parentheses or quotes (menu labels as the English
        // admin center shows them, a checkbox's text), cmdlets (Verb-Noun), part numbers,
        // field names (camelCase) and URLs out.
        let mut plain = String::new();
        let (mut depth, mut aside) = (0, 0);
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '(' | '（' | '「' | '“' | '«' => aside += 1,
                ')' | '）' | '」' | '”' | '»' => aside -= 1,
                _ if depth == 0 && aside <= 0 => plain.push(c),
                _ => {}
            }
        }
        plain
            .split(|c: char| c.is_whitespace() || "()[]«»“”\"'’,.;:!?/…—–>›·、，。：；（）「」".contains(c))
            .filter(|w| !w.contains('-') && !w.contains('_') && !w.contains('$') && !w.starts_with("http"))
            .filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_ascii_alphabetic()))
            .filter(|w| w.chars().any(|c| c.is_ascii_lowercase()) && !KEPT.contains(w))
            .filter(|w| !w.chars().skip(1).any(|c| c.is_ascii_uppercase()))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_language_has_every_message_and_renders_it_without_english() {
        let en = english();
        for lang in OTHERS {
            let cat = catalog(lang);
            assert_eq!(cat.len(), en.len(), "{}: number of messages", lang.tag());
            assert_eq!(install(lang, &serde_json::to_string(&cat).unwrap()).unwrap(), key_count());
            let before = fallbacks();
            let mut same = Vec::new();
            for m in super::samples() {
                let text = t(lang, &m);
                assert!(!text.trim().is_empty(), "{}: {m:?} is empty", lang.tag());
                // Punctuation around the sample's own (English) texts.
                let punctuation = matches!(m, Msg::Sentences { .. } | Msg::SentenceEnd { .. } | Msg::LabelValue { .. });
                if !punctuation && !SAME_WORD.contains(&text.as_str()) && text == t(Lang::En, &m) {
                    same.push(format!("{m:?}: {text}"));
                }
            }
            assert!(same.is_empty(), "{}: the English text:\n{}", lang.tag(), same.join("\n"));
            assert_eq!(fallbacks(), before, "{}: a translation did not render and fell back to English", lang.tag());
        }
    }

    #[test]
    fn no_message_is_left_in_english_by_mistake() {
        let en = english();
        for lang in OTHERS {
            let mut left = Vec::new();
            let chinese = matches!(lang, Lang::ZhTw | Lang::ZhCn);
            for (key, value) in catalog(lang) {
                let words = english_words(&value);
                // Chinese: three English words are a sentence left over. French and Italian
                // share most of the alphabet's words with nothing, but not English's
                // function words: two of them are a sentence left over.
                let leftover = if chinese {
                    words.len() >= 3
                } else {
                    words.iter().filter(|w| ENGLISH_ONLY.contains(&w.to_ascii_lowercase().as_str())).count() >= 2
                };
                let unchanged =
                    value == en[&key] && !english_words(&en[&key]).is_empty() && !SAME_WORD.contains(&value.as_str());
                if leftover || unchanged {
                    left.push(format!("{key}: {value}"));
                }
            }
            assert!(left.is_empty(), "{}: left in English:\n{}", lang.tag(), left.join("\n"));
        }
    }

    /// Microsoft's own term wherever English names the thing (glossary.csv), and none of
    /// the seeds' mistakes anywhere.
    #[test]
    fn microsoft_terms_not_the_seeds_mistakes() {
        let en = english();
        // English term (lower case) → per language, the stems a translation must contain.
        let terms: [(&str, [&[&str]; 4]); 5] = [
            (
                "auto attendant",
                [
                    &["自動語音應答"],
                    &["自动助理"],
                    &["standard automatique", "standards automatiques"],
                    &["operatore automatico", "operatori automatici"],
                ],
            ),
            (
                "call queue",
                [
                    &["通話佇列"],
                    &["呼叫队列"],
                    &["file d’attente", "files d’attente", "file d'attente", "files d'attente"],
                    &["coda di chiamata", "code di chiamata"],
                ],
            ),
            (
                "resource account",
                [
                    &["資源帳戶"],
                    &["资源帐户"],
                    &["compte de ressources", "comptes de ressources", "compte de ressource"],
                    &["account delle risorse", "account di risorse", "account risorse"],
                ],
            ),
            (
                "calling plan",
                [
                    &["通話方案"],
                    &["通话套餐"],
                    &["forfait d’appels", "forfaits d’appels", "forfait d'appels", "forfaits d'appels"],
                    &["piano per chiamate", "piani per chiamate"],
                ],
            ),
            (
                "communications credits",
                [&["通訊點數"], &["通信点数"], &["crédits de communication"], &["crediti comunicazioni"]],
            ),
        ];
        let mistakes = [
            "自動電話機",
            "通话计划",
            "attendant automatique",
            "piano di chiamata",
            "piani di chiamata",
            "Microsoft 團隊",
            "Microsoft 团队",
            "服务编号",
            "巢式",
        ];
        for (i, lang) in OTHERS.into_iter().enumerate() {
            let cat = catalog(lang);
            let mut missing = Vec::new();
            for (key, value) in &cat {
                let lower = value.to_lowercase();
                for m in mistakes {
                    assert!(!value.contains(m), "{}: {key} uses the seeds' mistake {m:?}", lang.tag());
                }
                let english = en[key].to_lowercase();
                for (term, stems) in &terms {
                    if english.contains(term) && !stems[i].iter().any(|s| lower.contains(&s.to_lowercase())) {
                        missing.push(format!("{key} ({term}): {value}"));
                    }
                }
            }
            // A message may say "it" or "each one" where English repeats the term; most must not.
            assert!(
                missing.len() <= 12,
                "{}: Microsoft's term missing in {} messages:\n{}",
                lang.tag(),
                missing.len(),
                missing.join("\n")
            );
        }
    }

    #[test]
    fn select_options_are_kept() {
        use resource_account_calculator::i18n::template::check;
        let en = english();
        for lang in OTHERS {
            for (key, value) in catalog(lang) {
                let options = |t: &str| -> Vec<String> {
                    // The words before each option's `{` inside a select.
                    let mut out = Vec::new();
                    if let Some(i) = t.find(", select,") {
                        let rest = &t[i + 9..];
                        let mut depth = 0;
                        let mut word = String::new();
                        for c in rest.chars() {
                            match c {
                                '{' => {
                                    if depth == 0 {
                                        out.push(word.trim().to_owned());
                                    }
                                    depth += 1;
                                    word.clear();
                                }
                                '}' if depth == 0 => break,
                                '}' => depth -= 1,
                                c if depth == 0 => word.push(c),
                                _ => {}
                            }
                        }
                    }
                    out.sort();
                    out
                };
                check(&value).unwrap_or_else(|e| panic!("{}: {key}: {e:?}", lang.tag()));
                assert_eq!(options(&value), options(&en[&key]), "{}: {key}: select options", lang.tag());
            }
        }
    }
}

/// Which language a reader gets: the browser's list, first match; Chinese by script or
/// region; `?lang=` tags in any case.
#[test]
fn a_browser_language_picks_the_first_language_the_page_has() {
    let pick = |tags: &[&str]| Lang::negotiate(tags.iter().copied());
    assert_eq!(pick(&["zh-HK"]), Lang::ZhTw);
    assert_eq!(pick(&["zh-MO"]), Lang::ZhTw);
    assert_eq!(pick(&["zh-Hant-CN"]), Lang::ZhTw);
    assert_eq!(pick(&["zh-TW"]), Lang::ZhTw);
    assert_eq!(pick(&["zh-SG"]), Lang::ZhCn);
    assert_eq!(pick(&["zh"]), Lang::ZhCn);
    assert_eq!(pick(&["zh-Hans-HK"]), Lang::ZhCn, "the script decides before the region");
    assert_eq!(pick(&["zh_CN"]), Lang::ZhCn);
    assert_eq!(pick(&["fr-CA"]), Lang::Fr);
    assert_eq!(pick(&["fr-BE"]), Lang::Fr);
    assert_eq!(pick(&["it-CH"]), Lang::It);
    assert_eq!(pick(&["de-DE", "it-IT", "en"]), Lang::It, "the first the page has");
    assert_eq!(pick(&["en-GB", "fr-FR"]), Lang::En);
    assert_eq!(pick(&["de-DE", "ja"]), Lang::En, "none: English");
    assert_eq!(pick(&[]), Lang::En);
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.tag()), Some(lang));
        assert_eq!(Lang::parse(&lang.tag().to_ascii_lowercase()), Some(lang));
    }
    assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
    assert_eq!(Lang::parse("xx"), None);
    assert_eq!(Lang::parse(""), None);
}

/// Numbers follow the browser when it reads the same language (fr-CA keeps its own
/// conventions), or when the page is in English for a reader it has no language for.
#[test]
fn numbers_are_written_in_the_readers_own_locale_where_it_is_the_same_language() {
    assert_eq!(Lang::Fr.number_locale("fr-CA"), "fr-CA");
    assert_eq!(Lang::Fr.number_locale("en-US"), "fr-FR");
    assert_eq!(Lang::ZhTw.number_locale("zh-HK"), "zh-HK");
    assert_eq!(Lang::ZhCn.number_locale("zh-TW"), "zh-CN");
    assert_eq!(Lang::En.number_locale("de-DE"), "de-DE", "a German reader keeps 1.234,5");
    assert_eq!(Lang::En.number_locale("fr-FR"), "en", "a French reader who chose English");
    assert_eq!(Lang::En.number_locale("en-GB"), "en-GB");
    assert_eq!(Lang::It.number_locale(""), "it-IT");
}

/// The rules the component tests check against the browser's Intl, outside the browser.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn native_plurals_and_grouping_match_intl() {
    use resource_account_calculator::i18n::{native_number, native_plural};
    assert_eq!(native_plural(Lang::Fr, 0), "one");
    assert_eq!(native_plural(Lang::Fr, 1), "one");
    assert_eq!(native_plural(Lang::Fr, 2), "other");
    assert_eq!(native_plural(Lang::Fr, 1_000_000), "many");
    assert_eq!(native_plural(Lang::It, 0), "other");
    assert_eq!(native_plural(Lang::It, 1), "one");
    assert_eq!(native_plural(Lang::ZhTw, 1), "other");
    assert_eq!(native_plural(Lang::En, 0), "other");
    assert_eq!(native_number(Lang::Fr, 1234), "1\u{202F}234");
    assert_eq!(native_number(Lang::It, 1234), "1234");
    assert_eq!(native_number(Lang::It, 12345), "12.345");
    assert_eq!(native_number(Lang::ZhCn, 1234567), "1,234,567");
}

/// A catalog is matched by position and its keys' hash: another version's file (a key
/// more, a key less, a key renamed) is refused, not shown in the wrong places.
#[test]
fn a_catalog_of_another_version_is_refused() {
    use resource_account_calculator::i18n::{install, CatalogError};
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/i18n/fr-FR.json")).unwrap();
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
    assert!(install(Lang::Fr, &text).is_ok());
    let mut more = map.clone();
    more.insert("zzz.new".into(), "x".into());
    let mut less = map.clone();
    less.remove("app.title");
    let mut renamed = map.clone();
    let v = renamed.remove("app.title").unwrap();
    renamed.insert("app.titles".into(), v);
    for other in [more, less, renamed] {
        let json = serde_json::to_string(&other).unwrap();
        assert_eq!(install(Lang::Fr, &json), Err(CatalogError::OtherVersion));
    }
    assert_eq!(install(Lang::Fr, "<!doctype html>"), Err(CatalogError::NotACatalog));
    assert_eq!(install(Lang::Fr, "[1, 2]"), Err(CatalogError::NotACatalog));
    assert_eq!(install(Lang::En, &text), Err(CatalogError::English));
}
