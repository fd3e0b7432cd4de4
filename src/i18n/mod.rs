//! The message catalog: every string the page shows is a [`Msg`], worded per language in
//! one table (`en.rs` now; more languages add a table, not code). Numbers arrive already
//! formatted for the reader's locale (the browser's `Intl`), so tables only place them.

mod en;

use crate::engine::compare::Difference;
use crate::engine::csv::CsvProblemKind;
use crate::engine::plan::{CurrentLicense, UpnError};
use crate::engine::{
    Channel, CostItem, NodeKind, NumberType, PaidLicenseKind, PhoneNumberError, PstnNeed, Reason, RuleEdition,
    TollFreeBilling,
};
use crate::examples::Example;
use crate::input::NumberError;
use crate::plan_file::ErrorKind;

/// A language the page can be read in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// BCP 47 tag, for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Every message. Parameters are plain data or pre-formatted numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    AppTitle,
    AppLede,
    PrivacyNote,
    // Toolbar
    Examples,
    ExampleName(Example),
    ExampleEmpty,
    ExampleMarker(Example),
    ExampleStartEmpty,
    ExportJson,
    ImportJson,
    Print,
    Undo(UndoLabel),
    UndoNothing,
    Redo(UndoLabel),
    RedoNothing,
    UndoKeys,
    Deleted { name: String },
    ImportFailed { file: String, reason: String },
    Dismiss,
    ExportWarning { reason: String },
    // Rules, channel, customer
    RulesHeading,
    RulesLabel,
    RulesOption(RuleEdition),
    RulesPeriod(RuleEdition),
    RulesExplain(RuleEdition),
    RulesDisagree,
    RulesNotInForce { shown: RuleEdition },
    UseRulesInForce,
    ChannelLabel,
    ChannelName(Channel),
    ChannelHint,
    CustomerLabel,
    CustomerPlaceholder,
    // Licenses
    LicensesHeading,
    LicensesIntro,
    LicenseFilter,
    LicenseFilterPlaceholder,
    LicenseGroupTeamsPhone,
    LicenseGroupTeamsRooms,
    LicenseGroupTeamsRoomsNote,
    LicenseGroupSharedDevices,
    LicenseGroupSharedDevicesNote(RuleEdition),
    LicenseGroupOther,
    LicenseGroupNoTeamsPhone,
    LicenseGroupNoTeamsPhoneNote,
    LicenseCountLabel { product: String },
    LicenseNoMatch,
    QualifyingTotal { total: String },
    AllotmentFormula { qualifying: String, extra: String, total: String },
    AllotmentNoCost,
    AllotmentNone,
    NumberError { error: NumberError, sample: String, max: String },
    StaleResult { count: String },
    StaleField { label: String },
    // Call flows
    CallFlowsHeading,
    CallFlowsIntro,
    AddAutoAttendant,
    AddCallQueue,
    NoCallFlows,
    NodeKindName(NodeKind),
    NodeKindLabel,
    NodeName,
    DefaultNodeName { kind: NodeKind, n: usize },
    NodeActions { name: String },
    AddChild { kind: NodeKind },
    AddAccount,
    MoveUp,
    MoveDown,
    Indent,
    Outdent,
    Delete,
    DeleteNamed { name: String },
    NestedUnder { parent: String },
    AccountHeading { n: usize },
    AccountDisplayName,
    AccountUpn,
    AccountPhone,
    AccountPhoneHint,
    AccountNumberType,
    NumberTypeName(NumberType),
    NumberTypeUnset,
    AccountTollFree,
    AccountCallerId,
    AccountCurrentLicense,
    CurrentLicenseName(CurrentLicense),
    RemoveAccount,
    NoAccountWarning { top_level_only: bool },
    NestedWithoutAccount,
    PhoneError(PhoneNumberError),
    UpnError(UpnError),
    Decision(DecisionLabel),
    Droppable,
    ShowingPage { from: String, to: String, total: String },
    PreviousPage,
    NextPage,
    FindCallFlow,
    // Quick entry
    QuickHeading,
    QuickCount,
    QuickKind,
    QuickUnder,
    QuickTopLevel,
    QuickWithNumbers,
    QuickFirstNumber,
    QuickNumberType,
    QuickAdd,
    QuickCountInvalid,
    QuickNestLimit,
    // CSV
    CsvHeading,
    CsvIntro,
    CsvPasteLabel,
    CsvFileLabel,
    CsvNumberType,
    CsvImport,
    CsvResult { read: String, skipped: String, problems: String },
    CsvProblem { line: String, kind: CsvProblemKind },
    // Results
    ResultsHeading,
    FigureLabel(Figure),
    FigureExplain(Figure, RuleEdition),
    Summary { free: String, paid: String, needing: String },
    SummaryNoCost { needing: String, removable: String },
    SummaryNotEligible { needing: String },
    BarLabel { used: String, allotment: String, paid: String },
    BarUnused,
    DecisionCount { label: DecisionLabel, count: String },
    ShowAll { count: String },
    // What still costs money; licenses today
    PaidSideHeading,
    PaidSideCallingPlan { count: String },
    PaidSideVoiceRouting { count: String },
    PaidSideOperatorConnect { count: String },
    PaidSideUndecided { count: String },
    PaidSideTollFree { count: String, billing: TollFreeBilling },
    PaidSideNothing,
    LicenseStatusHeading,
    LicenseStatusResourceAccount { count: String },
    LicenseStatusPhoneSystem { count: String },
    LicenseStatusNone { count: String },
    // Cost
    CostHeading,
    CostItemName(CostItem),
    CostLine { quantity: String, item: CostItem, unit: String, total: String },
    CostLineUnpriced { quantity: String, item: CostItem },
    CostPriceLabel(CostItem),
    CostPriceNotPublished(CostItem),
    CostCurrency,
    CostDefaultNote { seen: String },
    CostMonthly { amount: String },
    CostYearly { amount: String },
    CostIncomplete,
    CostNone,
    CostTollFreeUsage { count: String, billing: TollFreeBilling },
    CurrencyInvalid,
    // Warnings and advice
    WarningsHeading,
    AdviceHeading,
    NoWarnings,
    GoTo { name: String },
    WarnNoPhoneSystem(RuleEdition),
    WarnUnknownSkus { list: String },
    WarnNodesWithoutAccount { count: String, top_level_only: bool },
    WarnInvalidNumbers { count: String },
    WarnNumberTypeMissing { count: String },
    WarnExtension { count: String },
    WarnDuplicate { number: String, count: String },
    WarnTollFree { count: String, billing: TollFreeBilling, credits_in_plan: bool },
    WarnPstn { count: String, need: PstnNeed },
    WarnSwitch { count: String },
    WarnReplaceStandard { count: String },
    WarnUnneeded { count: String },
    AdviceNest { count: String },
    AdviceMoreLicenses { count: String },
    AdviceDropNested { count: String },
    AdviceNoCostToday { paid: String },
    AdviceSharedDevices { count: String },
    AdvicePayAsYouGo { count: String },
    AdviceNone,
    // Editions side by side
    EditionsHeading,
    EditionsIntro,
    EditionColumn(RuleEdition),
    EditionInForce,
    EditionsCostRow,
    EditionsCostUnpriced,
    EditionsWhyHeading,
    EditionsSame,
    Difference(Difference),
    EditionsSources,
    EditionsAccountsHeading,
    EditionsAccountColumn,
    ReasonText(Reason),
    // Steps
    StepsHeading,
    StepsIntro,
    StepCheck,
    StepCheckDetail,
    StepFree { quantity: String, allotment: Option<String>, owned: String },
    StepFreeDetail(Channel),
    StepPaid { quantity: String, kind: PaidLicenseKind },
    StepPaidDetail(PaidLicenseKind, Channel),
    StepCallingPlans { quantity: String },
    StepCallingPlansDetail(Channel),
    StepTollFree { count: String, billing: TollFreeBilling },
    StepTollFreeDetail(TollFreeBilling),
    StepCreate { count: String },
    StepCreateDetail,
    StepCreateLine { kind: NodeKind, name: String, upn: String, number: String },
    StepLicense { count: String },
    StepLicenseDetail,
    StepLicenseLine { name: String, license: LicenseLabel, swap: bool },
    StepSwapWarning,
    StepWait { hours: String },
    StepNumbers { count: String },
    StepNumbersDetail,
    StepNumberLine { name: String, number: String, number_type: Option<NumberType> },
    StepPstn { count: String },
    StepPstnLine { name: String, need: PstnNeed },
    StepAssociate { count: String },
    StepAssociateDetail,
    StepAssociateLine { name: String, node: String, kind: NodeKind },
    StepTargetNested { count: String },
    StepTargetNestedDetail,
    StepTargetNestedLine { node: String, kind: NodeKind, parent: String, account: String, exists: bool },
    NoUpn,
    NoNumber,
    PowerShellHeading,
    PowerShellIntro,
    DownloadScript,
    // Share, save, embed, quote
    QuotePrepared { date: String, rules: RuleEdition },
    QuoteCost { monthly: String, yearly: String },
    QuoteLink,
    ShareHeading,
    ShareLinkLabel,
    ShareLinkPending,
    ShareLinkLong { length: String },
    Copy,
    Copied,
    CopyFailed,
    CopySummaryText,
    CopySummaryMarkdown,
    EmbedHeading,
    EmbedIntro,
    EmbedReadOnly,
    EmbedWithPlan,
    EmbedSandboxed,
    EmbedSandboxNote,
    EmbedIframeLabel,
    EmbedScriptLabel,
    EmbedTitle,
    StorageUnavailable,
    StorageFull,
    SavedPlanUnreadable { reason: String },
    DownloadUnreadable,
    LinkOpened,
    BackToMyPlan,
    KeepThisPlan,
    LinkLoading,
    LinkDamaged { reason: String },
    LinkErrorMalformed,
    LinkErrorNewer { version: String },
    LinkErrorEncoding,
    LinkErrorDamaged,
    ReadOnlyNote,
    OpenFullCalculator,
    // Plan-file errors
    PlanError { path: String, kind: ErrorKind },
    PlanErrorAt { line: String, column: String },
    PlanErrorAtLine { line: String },
    FileReadFailed,
    Unnamed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    QualifyingLicenses,
    FreeAllotment,
    AccountsNeedingLicense,
    AccountsWithoutLicenseNeed,
    FreeUsed,
    PaidNeeded,
    LicensesToCoverAll,
    AccountsRemovable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionLabel {
    Free,
    Paid,
    NotNeeded,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LicenseLabel {
    FreeResourceAccount,
    PaidResourceAccount,
    PhoneSystem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UndoLabel {
    Rules,
    Channel,
    Customer,
    LicenseCount,
    AddNode,
    AddNodes,
    RenameNode,
    NodeKind,
    MoveNode,
    DeleteNode,
    AddAccount,
    RemoveAccount,
    EditAccount,
    Prices,
    ReplacePlan,
    LoadExample,
    ImportCsv,
}

/// The text of a message in a language.
pub fn t(lang: Lang, msg: &Msg) -> String {
    match lang {
        Lang::En => en::text(msg),
    }
}

/// A plan-file error in the reader's words, with its line and column when known.
pub fn plan_error_text(lang: Lang, e: &crate::plan_file::PlanFileError) -> String {
    let mut text = t(lang, &Msg::PlanError { path: e.path.clone(), kind: e.kind.clone() });
    let place = match (e.line, e.column) {
        (Some(line), Some(column)) => Some(Msg::PlanErrorAt { line: line.to_string(), column: column.to_string() }),
        (Some(line), None) => Some(Msg::PlanErrorAtLine { line: line.to_string() }),
        _ => None,
    };
    if let Some(place) = place {
        text.push(' ');
        text.push_str(&t(lang, &place));
    }
    text
}
