//! The message catalog: every string the page shows is a [`Msg`]. Its words are data, one
//! template per key in `src/i18n/<language>.json` (ICU MessageFormat, see [`template`]);
//! this module only says which template a message uses and what goes into it. English is
//! compiled in (build.rs turns `en.json` into a table); counts are formatted and pluralized
//! for the language by the browser's `Intl`.

pub mod template;

use crate::state::UndoWhat;

mod keys {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

use keys::k;
use template::Value::{self, Count as N, Text as T};

use crate::engine::compare::Difference;
use crate::engine::counts::CountsError;
use crate::engine::csv::CsvProblemKind;
use crate::engine::plan::{CurrentLicense, UpnError};
use crate::engine::tenant::{Change, Finding};
use crate::engine::{
    Channel, CostItem, NodeKind, NumberType, PaidLicenseKind, PhoneNumberError, PstnNeed, Reason, RuleEdition,
    TollFreeBilling,
};
use crate::examples::Example;
use crate::input::NumberError;
use crate::plan_file::{ErrorKind, Expected, Found, SyntaxProblem, MAX_NESTING, VERSION};

/// A language the page can be read in: the seeds' readers (Traditional and Simplified
/// Chinese, French, Italian) and English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    ZhTw,
    ZhCn,
    Fr,
    It,
}

impl Lang {
    /// In the switcher's order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::ZhTw, Lang::ZhCn, Lang::Fr, Lang::It];

    /// BCP 47 tag, for `<html lang>`, `Intl`, `?lang=` and the catalog's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhTw => "zh-TW",
            Lang::ZhCn => "zh-CN",
            Lang::Fr => "fr-FR",
            Lang::It => "it-IT",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhTw => "繁體中文",
            Lang::ZhCn => "简体中文",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
        }
    }

    /// The language a BCP 47 tag asks for, if the page has it: any English, French or
    /// Italian; Chinese by script, else by region (Hant, TW, HK, MO read Traditional; Hans,
    /// CN, SG, MY and plain `zh` Simplified). Case and `_` for `-` do not matter.
    pub fn parse(tag: &str) -> Option<Lang> {
        let has = |s: &str| tag.split(['-', '_']).skip(1).any(|p| p.eq_ignore_ascii_case(s));
        let primary = tag.split(['-', '_']).next()?;
        let is = |s: &str| primary.eq_ignore_ascii_case(s);
        if is("en") {
            Some(Lang::En)
        } else if is("fr") {
            Some(Lang::Fr)
        } else if is("it") {
            Some(Lang::It)
        } else if is("zh") {
            // A script subtag decides; else the region.
            let traditional = !has("hans") && (has("hant") || has("tw") || has("hk") || has("mo"));
            Some(if traditional { Lang::ZhTw } else { Lang::ZhCn })
        } else {
            None
        }
    }

    /// The first of the reader's languages (`navigator.languages`, in order) the page has;
    /// English if none.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or_default()
    }

    /// The locale numbers, money and dates are written in: the browser's own when it is
    /// the same language (fr-CA, en-GB, zh-HK keep their conventions) or when the page is
    /// in English for a reader whose language it does not have (a German reader keeps
    /// 1.234,5); otherwise the language's own.
    pub fn number_locale(self, browser: &str) -> String {
        let same = Lang::parse(browser) == Some(self);
        if !browser.is_empty() && (same || (self == Lang::En && Lang::parse(browser).is_none())) {
            browser.to_owned()
        } else {
            self.tag().to_owned()
        }
    }
}

/// A translation: one template per key, in the order of [`keys::KEYS`].
type Table = std::rc::Rc<[Box<str>]>;

thread_local! {
    /// The translations read so far (English is compiled in).
    static LOADED: std::cell::RefCell<Vec<(Lang, Table)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// How many times a translation did not render and English was shown instead.
    static FELL_BACK: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Why a catalog file was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// Not a JSON object of texts (a host's page of its own, a file cut short).
    NotACatalog,
    /// Made for another version of the page (other keys): a cached file after an update.
    OtherVersion,
    /// English is compiled in.
    English,
}

/// Takes `lang`'s catalog (`assets/i18n/<tag>.json`: key → template). Its keys must be the
/// page's own (build.rs checks the files it ships): they are matched by position, checked
/// by a hash of them all, so the page carries no copy of the keys. Returns how many texts
/// were taken.
pub fn install(lang: Lang, json: &str) -> Result<usize, CatalogError> {
    if lang == Lang::En {
        return Err(CatalogError::English);
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(|_| CatalogError::NotACatalog)?;
    let object = value.as_object().ok_or(CatalogError::NotACatalog)?;
    // serde_json's map iterates in key order, as build.rs hashed them.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut table: Vec<Box<str>> = Vec::with_capacity(keys::COUNT);
    for (key, text) in object {
        for b in key.bytes().chain(std::iter::once(b'\n')) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        table.push(Box::from(text.as_str().unwrap_or_default()));
    }
    if table.len() != keys::COUNT || hash != keys::KEYS_HASH {
        return Err(CatalogError::OtherVersion);
    }
    LOADED.with_borrow_mut(|l| {
        l.retain(|(g, _)| *g != lang);
        l.push((lang, table.into()));
    });
    Ok(keys::COUNT)
}

/// Whether `lang` can be shown now: English, or a language whose catalog is installed.
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::En || LOADED.with_borrow(|l| l.iter().any(|(g, _)| *g == lang))
}

/// How many messages were shown in English because their translation did not render (a
/// fetched file with a mistake); for tests.
pub fn fallbacks() -> u32 {
    FELL_BACK.get()
}

/// How many keys the page has.
pub fn key_count() -> usize {
    keys::COUNT
}

/// A field of counts mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountsField {
    AutoAttendants,
    CallQueues,
    Nested,
    Numbers,
    TollFree,
    DialOut,
}

/// Every message. Counts are numbers (the language formats them and picks the plural);
/// other parameters are text as shown.
#[derive(Debug)]
pub enum Msg {
    AppTitle,
    AppLede,
    PrivacyNote,
    SkipToResult,
    /// The switcher's label.
    Language,
    /// "Customer: Contoso", with the language's colon and spacing.
    LabelValue {
        label: String,
        value: String,
    },
    /// Two sentences one after the other (a space, or none in Chinese).
    Sentences {
        first: String,
        second: String,
    },
    /// A label made a sentence (its full stop).
    SentenceEnd {
        text: String,
    },
    LangUnavailable(Lang),
    // Toolbar
    Examples,
    ExampleName(Example),
    ExampleEmpty,
    ExampleMarker(Example),
    ExampleStartEmpty,
    ExportJson,
    ImportJson,
    Print,
    Undo(UndoWhat),
    UndoNothing,
    Redo(UndoWhat),
    RedoNothing,
    UndoKeys,
    Deleted {
        name: String,
    },
    ImportFailed {
        file: String,
        reason: String,
    },
    Dismiss,
    ExportWarning {
        reason: String,
    },
    // Rules, channel, customer
    RulesHeading,
    RulesLabel,
    RulesOption(RuleEdition),
    RulesPeriod(RuleEdition),
    RulesExplain(RuleEdition),
    RulesDisagree,
    RulesNotInForce {
        shown: RuleEdition,
    },
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
    LicenseCountLabel {
        product: String,
    },
    LicenseNoMatch,
    QualifyingTotal {
        total: u64,
    },
    AllotmentFormula {
        qualifying: u64,
        extra: u64,
        total: u64,
    },
    AllotmentNoCost,
    AllotmentNone,
    NumberError {
        error: NumberError,
        sample: String,
        max: String,
    },
    StaleResult {
        count: u64,
    },
    StaleField {
        label: String,
    },
    // Call flows
    CallFlowsHeading,
    CallFlowsIntro,
    AddAutoAttendant,
    AddCallQueue,
    NoCallFlows,
    NodeKindName(NodeKind),
    /// The table's badge: "AA", "CQ".
    NodeKindShort(NodeKind),
    NodeNameOf {
        name: String,
    },
    NodeKindOf {
        name: String,
    },
    /// The word on a node's tool button, by its test id.
    ToolWord(&'static str),
    CallFlowsMode,
    CallFlowsModeName(crate::state::EditorMode),
    TableCallFlow,
    TableFlags,
    TableAccount,
    TableAnswer,
    TableDialsOut,
    TableNoAccount,
    TableEditColumn,
    /// The expand button of a table row.
    TableEdit {
        open: bool,
    },
    TableEditNamed {
        name: String,
        open: bool,
    },
    CountsIntro,
    CountsLabel(CountsField),
    CountsNestedName,
    CountsHandMade,
    CountsError(CountsError),
    NodeKindLabel,
    NodeName,
    DefaultNodeName {
        kind: NodeKind,
        n: usize,
    },
    NodeActions {
        name: String,
    },
    AddChild {
        kind: NodeKind,
    },
    AddAccount,
    MoveUp,
    MoveDown,
    Indent,
    Outdent,
    Delete,
    DeleteNamed {
        name: String,
    },
    NestedUnder {
        parent: String,
    },
    AccountHeading {
        n: usize,
    },
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
    NoAccountWarning {
        top_level_only: bool,
    },
    NestedWithoutAccount,
    PhoneError(PhoneNumberError),
    UpnError(UpnError),
    Decision(DecisionLabel),
    Droppable,
    ShowingPage {
        from: u64,
        to: u64,
        total: u64,
    },
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
    QuickTollFree,
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
    CsvResult {
        read: u64,
        skipped: u64,
        problems: u64,
    },
    CsvProblem {
        line: u64,
        kind: CsvProblemKind,
    },
    // Results
    ResultsHeading,
    FigureLabel(Figure),
    FigureExplain(Figure, RuleEdition),
    Summary {
        free: u64,
        paid: u64,
        needing: u64,
    },
    SummaryNoCost {
        needing: u64,
        removable: u64,
    },
    SummaryNotEligible {
        needing: u64,
    },
    BarLabel {
        used: u64,
        allotment: u64,
        paid: u64,
    },
    BarUnused {
        count: u64,
    },
    DecisionCount {
        label: DecisionLabel,
        count: u64,
    },
    ShowAll {
        count: u64,
    },
    // What still costs money; licenses today
    PaidSideHeading,
    PaidSideCallingPlan {
        count: u64,
    },
    PaidSideVoiceRouting {
        count: u64,
    },
    PaidSideOperatorConnect {
        count: u64,
    },
    PaidSideUndecided {
        count: u64,
    },
    PaidSideTollFree {
        count: u64,
        billing: TollFreeBilling,
    },
    PaidSideNothing,
    LicenseStatusHeading,
    LicenseStatusResourceAccount {
        count: u64,
    },
    LicenseStatusPhoneSystem {
        count: u64,
    },
    LicenseStatusNone {
        count: u64,
    },
    // Cost
    CostHeading,
    CostItemName(CostItem),
    CostLine {
        quantity: u64,
        item: CostItem,
        unit: String,
        total: String,
    },
    CostLineUnpriced {
        quantity: u64,
        item: CostItem,
    },
    CostPriceLabel(CostItem),
    CostPriceNotPublished(CostItem),
    CostCurrency,
    CostDefaultNote {
        seen: String,
    },
    CostMonthly {
        amount: String,
    },
    CostYearly {
        amount: String,
    },
    CostIncomplete,
    CostNone,
    CostTollFreeUsage {
        count: u64,
        billing: TollFreeBilling,
    },
    CurrencyInvalid,
    // Warnings and advice
    WarningsHeading,
    AdviceHeading,
    NoWarnings,
    GoTo {
        name: String,
    },
    WarnNoPhoneSystem(RuleEdition),
    WarnUnknownSkus {
        list: String,
    },
    WarnNodesWithoutAccount {
        count: u64,
        top_level_only: bool,
    },
    WarnInvalidNumbers {
        count: u64,
    },
    WarnNumberTypeMissing {
        count: u64,
    },
    WarnExtension {
        count: u64,
    },
    WarnDuplicate {
        number: String,
        count: u64,
    },
    WarnTollFree {
        count: u64,
        billing: TollFreeBilling,
        credits_in_plan: bool,
    },
    WarnPstn {
        count: u64,
        need: PstnNeed,
    },
    WarnSwitch {
        count: u64,
    },
    WarnReplaceStandard {
        count: u64,
    },
    WarnUnneeded {
        count: u64,
    },
    AdviceNest {
        count: u64,
    },
    AdviceMoreLicenses {
        count: u64,
    },
    AdviceDropNested {
        count: u64,
    },
    AdviceNoCostToday {
        paid: u64,
    },
    AdviceSharedDevices {
        count: u64,
    },
    AdvicePayAsYouGo {
        count: u64,
    },
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
    StepFree {
        quantity: u64,
        allotment: Option<u64>,
        owned: u64,
    },
    StepFreeDetail(Channel),
    StepPaid {
        quantity: u64,
        kind: PaidLicenseKind,
    },
    StepPaidDetail(PaidLicenseKind, Channel),
    StepCallingPlans {
        quantity: u64,
    },
    StepCallingPlansDetail(Channel),
    StepTollFree {
        count: u64,
        billing: TollFreeBilling,
    },
    StepTollFreeDetail(TollFreeBilling),
    StepCreate {
        count: u64,
    },
    StepCreateDetail,
    StepCreateLine {
        kind: NodeKind,
        name: String,
        upn: String,
        number: String,
    },
    StepLicense {
        count: u64,
    },
    StepLicenseDetail,
    StepLicenseLine {
        name: String,
        license: LicenseLabel,
        swap: bool,
    },
    StepSwapWarning,
    StepWait {
        hours: u64,
    },
    StepNumbers {
        count: u64,
    },
    StepNumbersDetail,
    StepNumberLine {
        name: String,
        number: String,
        number_type: Option<NumberType>,
    },
    StepPstn {
        count: u64,
    },
    StepPstnLine {
        name: String,
        need: PstnNeed,
    },
    StepAssociate {
        count: u64,
    },
    StepAssociateDetail,
    StepAssociateLine {
        name: String,
        node: String,
        kind: NodeKind,
    },
    StepTargetNested {
        count: u64,
    },
    StepTargetNestedDetail,
    StepTargetNestedLine {
        node: String,
        kind: NodeKind,
        parent: String,
        account: String,
        exists: bool,
    },
    NoUpn,
    NoNumber,
    PowerShellHeading,
    PowerShellIntro,
    DownloadScript,
    /// The script's fixed text could not be fetched.
    ScriptUnavailable,
    CopyScript,
    // Share, save, embed, quote
    QuotePrepared {
        date: String,
        rules: RuleEdition,
    },
    QuoteCost {
        monthly: String,
        yearly: String,
    },
    QuoteLink,
    QuoteHeading,
    QuoteActions,
    QuoteDownloadCsv,
    QuotePreview {
        open: bool,
    },
    QuoteInputs,
    NodeKindPlural(NodeKind),
    QuoteNested,
    QuoteAccounts,
    QuoteNumbers,
    QuoteTollFree,
    QuoteDialOut,
    QuoteLicenses,
    QuoteProduct,
    QuoteLines,
    QuoteSection,
    QuoteItem,
    QuoteQuantity,
    QuoteUnit,
    QuoteMonthly,
    QuoteNoPrice,
    QuoteNothingButWarnings {
        count: u64,
    },
    QuoteWatch,
    QuoteEditions,
    QuoteEdition {
        rules: RuleEdition,
        needing: u64,
        paid: u64,
    },
    QuoteAssumptions,
    QuoteAssumeRules {
        rules: RuleEdition,
        channel: Channel,
    },
    QuoteAssumePrices {
        currency: String,
    },
    QuoteMore {
        count: u64,
    },
    QuoteFromCounts,
    CountsFirstNumber,
    AccountGroup {
        n: usize,
        node: String,
    },
    ShareHeading,
    ShareLinkLabel,
    ShareLinkPending,
    ShareLinkLong {
        length: u64,
    },
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
    SavedPlanUnreadable {
        reason: String,
    },
    DownloadUnreadable,
    LinkOpened,
    BackToMyPlan,
    KeepThisPlan,
    LinkLoading,
    LinkDamaged {
        reason: String,
    },
    LinkErrorMalformed,
    LinkErrorNewer {
        version: u64,
    },
    LinkErrorEncoding,
    LinkErrorDamaged,
    ReadOnlyNote,
    OpenFullCalculator,
    // Plan-file errors
    PlanError {
        path: String,
        kind: ErrorKind,
    },
    PlanErrorAt {
        line: u64,
        column: u64,
    },
    PlanErrorAtLine {
        line: u64,
    },
    FileReadFailed,
    Unnamed,
    // Read my tenant
    TenantHeading,
    TenantIntro,
    TenantReads,
    TenantRoles,
    TenantPrivacy,
    TenantScriptLabel,
    TenantDownloadScript,
    TenantOpen,
    TenantDropHint,
    TenantPasteLabel,
    TenantPasteOpen,
    PastedText,
    TenantFindingsHeading,
    TenantSummary {
        tenant: String,
        read: String,
        auto_attendants: u64,
        call_queues: u64,
        accounts: u64,
    },
    TenantFinding(Finding),
    TenantChangesHeading,
    TenantNoChanges,
    TenantChange(Change),
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

/// The number format and plural rule of `lang`.
#[cfg(target_arch = "wasm32")]
fn with_locale<R>(lang: Lang, f: impl FnOnce(&template::Locale) -> R) -> R {
    let number = |n: u64| crate::platform::format_count(n);
    let plural = |n: u64| crate::platform::plural_category(lang.tag(), n);
    f(&template::Locale { number: &number, plural: &plural })
}

/// Outside the browser (tests, tools): CLDR's grouping and plural rules of the five
/// languages, as `Intl` gives them.
#[cfg(not(target_arch = "wasm32"))]
fn with_locale<R>(lang: Lang, f: impl FnOnce(&template::Locale) -> R) -> R {
    let number = |n: u64| native_number(lang, n);
    let plural = |n: u64| native_plural(lang, n);
    f(&template::Locale { number: &number, plural: &plural })
}

/// `n` grouped as `Intl.NumberFormat` groups it in `lang` (outside the browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn native_number(lang: Lang, n: u64) -> String {
    let group = match lang {
        Lang::Fr => "\u{202F}",
        Lang::It => ".",
        _ => ",",
    };
    let digits = n.to_string();
    // Italian does not group four digits (1234, 12.345).
    if lang == Lang::It && digits.len() == 4 {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    out
}

/// `Intl.PluralRules(lang).select(n)` for whole numbers (outside the browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn native_plural(lang: Lang, n: u64) -> &'static str {
    let million = n != 0 && n.is_multiple_of(1_000_000);
    match lang {
        Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr if n < 2 => "one",
        Lang::It if n == 1 => "one",
        Lang::Fr | Lang::It if million => "many",
        Lang::Fr | Lang::It => "other",
        Lang::ZhTw | Lang::ZhCn => "other",
    }
}

/// Any template rendered with `lang`'s numbers and plural rule (for tests of the rules).
pub fn format_template(lang: Lang, text: &str, args: &[(&str, Value)]) -> Result<String, template::TemplateError> {
    with_locale(lang, |locale| template::render(text, args, locale))
}

/// A day (`YYYY-MM-DD`) as the reader writes it (the browser's Intl; as given outside it).
fn day(iso: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return crate::platform::format_date(iso);
    #[cfg(not(target_arch = "wasm32"))]
    iso.to_owned()
}

/// The English template of `key`.
fn english(key: u16) -> &'static str {
    let i = usize::from(key);
    let start = if i == 0 { 0 } else { keys::EN_ENDS.get(i - 1).map_or(0, |e| usize::from(*e)) };
    let end = keys::EN_ENDS.get(i).map_or(0, |e| usize::from(*e));
    keys::EN_TEXT.get(start..end).unwrap_or_default()
}

/// Message `key` with its arguments, in `lang`. A translation that is missing or does not
/// render (a fetched file with a mistake) gives English.
fn render(lang: Lang, key: u16, args: &[(&str, Value)]) -> String {
    let table = if lang == Lang::En {
        None
    } else {
        LOADED.with_borrow(|l| l.iter().find(|(g, _)| *g == lang).map(|(_, t)| t.clone()))
    };
    with_locale(lang, |locale| {
        let translated = table.as_ref().and_then(|t| t.get(usize::from(key))).filter(|t| !t.is_empty());
        if let Some(text) = translated {
            match template::render(text, args, locale) {
                Ok(s) => return s,
                Err(_) => FELL_BACK.set(FELL_BACK.get() + 1),
            }
        }
        template::render(english(key), args, locale).unwrap_or_else(|_| english(key).to_owned())
    })
}

fn edition_key(r: RuleEdition) -> u16 {
    match r {
        RuleEdition::E2019 => k::EDITION_2019,
        RuleEdition::E2022 => k::EDITION_2022,
        RuleEdition::E2025 => k::EDITION_2025,
    }
}

fn period_key(r: RuleEdition) -> u16 {
    match r {
        RuleEdition::E2019 => k::EDITION_PERIOD_2019,
        RuleEdition::E2022 => k::EDITION_PERIOD_2022,
        RuleEdition::E2025 => k::EDITION_PERIOD_2025,
    }
}

fn channel_key(c: Channel) -> u16 {
    match c {
        Channel::WebDirect => k::CHANNEL_WEB_DIRECT,
        Channel::EnterpriseAgreement => k::CHANNEL_ENTERPRISE_AGREEMENT,
        Channel::Partner => k::CHANNEL_PARTNER,
        Channel::CustomerAgreement => k::CHANNEL_CUSTOMER_AGREEMENT,
    }
}

fn cost_item_key(i: CostItem) -> u16 {
    match i {
        CostItem::FreeResourceAccount => k::COST_ITEM_FREE_RESOURCE_ACCOUNT,
        CostItem::PaidLicense(PaidLicenseKind::PhoneSystem) => k::COST_ITEM_PHONE_SYSTEM,
        CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => k::COST_ITEM_PAID_RESOURCE_ACCOUNT,
        CostItem::CallingPlan => k::COST_ITEM_CALLING_PLAN,
    }
}

fn toll_free_key(b: TollFreeBilling) -> u16 {
    match b {
        TollFreeBilling::CommunicationsCredits => k::TOLL_FREE_COMMUNICATIONS_CREDITS,
        TollFreeBilling::PayAsYouGoOverage => k::TOLL_FREE_PAY_AS_YOU_GO_OVERAGE,
    }
}

fn number_type_key(t: NumberType) -> u16 {
    match t {
        NumberType::CallingPlan => k::NUMBER_TYPE_CALLING_PLAN,
        NumberType::DirectRouting => k::NUMBER_TYPE_DIRECT_ROUTING,
        NumberType::OperatorConnect => k::NUMBER_TYPE_OPERATOR_CONNECT,
    }
}

fn pstn_key(need: PstnNeed) -> u16 {
    match need {
        PstnNeed::CallingPlanLicense => k::PSTN_CALLING_PLAN_LICENSE,
        PstnNeed::VoiceRoutingPolicy => k::PSTN_VOICE_ROUTING_POLICY,
        PstnNeed::NumberOrPolicy => k::PSTN_NUMBER_OR_POLICY,
    }
}

fn decision_key(d: DecisionLabel) -> u16 {
    match d {
        DecisionLabel::Free => k::DECISION_FREE,
        DecisionLabel::Paid => k::DECISION_PAID,
        DecisionLabel::NotNeeded => k::DECISION_NOT_NEEDED,
    }
}

fn undo_key(what: UndoWhat) -> u16 {
    match what {
        UndoWhat::Rules => k::UNDO_WHAT_RULES,
        UndoWhat::Channel => k::UNDO_WHAT_CHANNEL,
        UndoWhat::Customer => k::UNDO_WHAT_CUSTOMER,
        UndoWhat::LicenseCount => k::UNDO_WHAT_LICENSE_COUNT,
        UndoWhat::AddNode => k::UNDO_WHAT_ADD_NODE,
        UndoWhat::AddNodes => k::UNDO_WHAT_ADD_NODES,
        UndoWhat::RenameNode => k::UNDO_WHAT_RENAME_NODE,
        UndoWhat::NodeKind => k::UNDO_WHAT_NODE_KIND,
        UndoWhat::MoveNode => k::UNDO_WHAT_MOVE_NODE,
        UndoWhat::DeleteNode => k::UNDO_WHAT_DELETE_NODE,
        UndoWhat::AddAccount => k::UNDO_WHAT_ADD_ACCOUNT,
        UndoWhat::RemoveAccount => k::UNDO_WHAT_REMOVE_ACCOUNT,
        UndoWhat::EditAccount => k::UNDO_WHAT_EDIT_ACCOUNT,
        UndoWhat::Prices => k::UNDO_WHAT_PRICES,
        UndoWhat::ReplacePlan => k::UNDO_WHAT_REPLACE_PLAN,
        UndoWhat::LoadExample => k::UNDO_WHAT_LOAD_EXAMPLE,
        UndoWhat::ImportCsv => k::UNDO_WHAT_IMPORT_CSV,
        UndoWhat::Counts => k::UNDO_WHAT_COUNTS,
        UndoWhat::ImportTenant => k::UNDO_WHAT_IMPORT_TENANT,
    }
}

fn figure_key(f: Figure) -> u16 {
    match f {
        Figure::QualifyingLicenses => k::FIGURE_QUALIFYING_LICENSES,
        Figure::FreeAllotment => k::FIGURE_FREE_ALLOTMENT,
        Figure::AccountsNeedingLicense => k::FIGURE_ACCOUNTS_NEEDING_LICENSE,
        Figure::AccountsWithoutLicenseNeed => k::FIGURE_ACCOUNTS_WITHOUT_LICENSE_NEED,
        Figure::FreeUsed => k::FIGURE_FREE_USED,
        Figure::PaidNeeded => k::FIGURE_PAID_NEEDED,
        Figure::LicensesToCoverAll => k::FIGURE_LICENSES_TO_COVER_ALL,
        Figure::AccountsRemovable => k::FIGURE_ACCOUNTS_REMOVABLE,
    }
}

fn figure_explain_key(f: Figure, rules: RuleEdition) -> u16 {
    use RuleEdition::{E2019, E2022, E2025};
    match (f, rules) {
        (Figure::QualifyingLicenses, E2025) => k::FIGURE_EXPLAIN_QUALIFYING_LICENSES_2025,
        (Figure::QualifyingLicenses, E2022) => k::FIGURE_EXPLAIN_QUALIFYING_LICENSES_2022,
        (Figure::QualifyingLicenses, E2019) => k::FIGURE_EXPLAIN_QUALIFYING_LICENSES_2019,
        (Figure::FreeAllotment, E2025) => k::FIGURE_EXPLAIN_FREE_ALLOTMENT_2025,
        (Figure::FreeAllotment, _) => k::FIGURE_EXPLAIN_FREE_ALLOTMENT,
        (Figure::AccountsNeedingLicense, E2019) => k::FIGURE_EXPLAIN_ACCOUNTS_NEEDING_LICENSE_2019,
        (Figure::AccountsNeedingLicense, _) => k::FIGURE_EXPLAIN_ACCOUNTS_NEEDING_LICENSE,
        (Figure::AccountsWithoutLicenseNeed, E2019) => k::FIGURE_EXPLAIN_ACCOUNTS_WITHOUT_LICENSE_NEED_2019,
        (Figure::AccountsWithoutLicenseNeed, _) => k::FIGURE_EXPLAIN_ACCOUNTS_WITHOUT_LICENSE_NEED,
        (Figure::FreeUsed, E2025) => k::FIGURE_EXPLAIN_FREE_USED_2025,
        (Figure::FreeUsed, _) => k::FIGURE_EXPLAIN_FREE_USED,
        (Figure::PaidNeeded, E2025) => k::FIGURE_EXPLAIN_PAID_NEEDED_2025,
        (Figure::PaidNeeded, E2022) => k::FIGURE_EXPLAIN_PAID_NEEDED_2022,
        (Figure::PaidNeeded, E2019) => k::FIGURE_EXPLAIN_PAID_NEEDED_2019,
        (Figure::LicensesToCoverAll, E2025) => k::FIGURE_EXPLAIN_LICENSES_TO_COVER_ALL_2025,
        (Figure::LicensesToCoverAll, _) => k::FIGURE_EXPLAIN_LICENSES_TO_COVER_ALL,
        (Figure::AccountsRemovable, E2025) => k::FIGURE_EXPLAIN_ACCOUNTS_REMOVABLE_2025,
        (Figure::AccountsRemovable, _) => k::FIGURE_EXPLAIN_ACCOUNTS_REMOVABLE,
    }
}

fn phone_error(lang: Lang, e: &PhoneNumberError) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    let ch;
    match e {
        PhoneNumberError::Empty => r(k::PHONE_EMPTY, &[]),
        PhoneNumberError::MissingPlus => r(k::PHONE_MISSING_PLUS, &[]),
        PhoneNumberError::UnexpectedCharacter { character, position } => {
            ch = character.to_string();
            r(k::PHONE_UNEXPECTED_CHARACTER, &[("character", T(&ch)), ("position", N(*position as u64))])
        }
        PhoneNumberError::TooFewDigits { digits } => r(k::PHONE_TOO_FEW_DIGITS, &[("digits", N(*digits as u64))]),
        PhoneNumberError::TooManyDigits { digits } => r(k::PHONE_TOO_MANY_DIGITS, &[("digits", N(*digits as u64))]),
        PhoneNumberError::CountryCodeStartsWithZero => r(k::PHONE_COUNTRY_CODE_ZERO, &[]),
        PhoneNumberError::EmptyExtension => r(k::PHONE_EMPTY_EXTENSION, &[]),
        PhoneNumberError::ExtensionNotDigits { character, position } => {
            ch = character.to_string();
            r(k::PHONE_EXTENSION_NOT_DIGITS, &[("character", T(&ch)), ("position", N(*position as u64))])
        }
        PhoneNumberError::ExtensionTooLong { digits } => {
            r(k::PHONE_EXTENSION_TOO_LONG, &[("digits", N(*digits as u64))])
        }
    }
}

fn csv_problem(lang: Lang, kind: &CsvProblemKind) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    match kind {
        CsvProblemKind::MissingColumn(c) => r(k::CSV_MISSING_COLUMN, &[("column", T(c))]),
        CsvProblemKind::NoHeader => r(k::CSV_NO_HEADER, &[]),
        CsvProblemKind::UnterminatedQuote => r(k::CSV_UNTERMINATED_QUOTE, &[]),
        CsvProblemKind::FieldCount { expected, found } => {
            r(k::CSV_FIELD_COUNT, &[("expected", N(*expected as u64)), ("found", N(*found as u64))])
        }
        CsvProblemKind::UnknownApplicationId(id) => r(k::CSV_UNKNOWN_APPLICATION_ID, &[("id", T(id))]),
        CsvProblemKind::EmptyDisplayName => r(k::CSV_EMPTY_DISPLAY_NAME, &[]),
        CsvProblemKind::InvalidPhoneNumber(e) => {
            r(k::CSV_INVALID_PHONE_NUMBER, &[("problem", T(&phone_error(lang, e)))])
        }
        CsvProblemKind::InvalidUpn => r(k::CSV_INVALID_UPN, &[]),
        CsvProblemKind::ControlCharacters => r(k::CSV_CONTROL_CHARACTERS, &[]),
    }
}

fn syntax_key(p: &SyntaxProblem) -> u16 {
    match p {
        SyntaxProblem::MissingCommaOrBrace => k::SYNTAX_MISSING_COMMA_OR_BRACE,
        SyntaxProblem::MissingCommaOrBracket => k::SYNTAX_MISSING_COMMA_OR_BRACKET,
        SyntaxProblem::MissingColon => k::SYNTAX_MISSING_COLON,
        SyntaxProblem::TrailingComma => k::SYNTAX_TRAILING_COMMA,
        SyntaxProblem::KeyNotQuoted => k::SYNTAX_KEY_NOT_QUOTED,
        SyntaxProblem::NotAValue => k::SYNTAX_NOT_A_VALUE,
        SyntaxProblem::BadNumber => k::SYNTAX_BAD_NUMBER,
        SyntaxProblem::ControlCharacterInText => k::SYNTAX_CONTROL_CHARACTER,
        SyntaxProblem::BadEscape => k::SYNTAX_BAD_ESCAPE,
        SyntaxProblem::TrailingCharacters => k::SYNTAX_TRAILING_CHARACTERS,
        SyntaxProblem::Other(_) => k::SYNTAX_OTHER,
    }
}

fn found(lang: Lang, f: &Found) -> String {
    match f {
        Found::Number(n) => n.clone(),
        Found::Text(t) => render(lang, k::FOUND_TEXT, &[("text", T(t))]),
        Found::Boolean(b) => b.to_string(),
        Found::Null => "null".into(),
        Found::List => render(lang, k::FOUND_LIST, &[]),
        Found::Object => render(lang, k::FOUND_OBJECT, &[]),
    }
}

fn plan_error(lang: Lang, path: &str, kind: &ErrorKind) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    let plain: String;
    let what = match kind {
        ErrorKind::Empty => r(k::PLAN_ERROR_EMPTY, &[]),
        ErrorKind::TooLarge { bytes } => {
            plain = bytes.to_string();
            r(k::PLAN_ERROR_TOO_LARGE, &[("bytes", T(&plain))])
        }
        ErrorKind::NotUtf8 { byte_offset } => {
            plain = byte_offset.to_string();
            r(k::PLAN_ERROR_NOT_UTF8, &[("offset", T(&plain))])
        }
        ErrorKind::EndsEarly => r(k::PLAN_ERROR_ENDS_EARLY, &[]),
        ErrorKind::Syntax(p) => {
            let message = match p {
                SyntaxProblem::Other(m) => m.as_str(),
                _ => "",
            };
            let problem = r(syntax_key(p), &[("message", T(message))]);
            r(k::PLAN_ERROR_SYNTAX, &[("problem", T(&problem))])
        }
        ErrorKind::NotAnObject => r(k::PLAN_ERROR_NOT_AN_OBJECT, &[]),
        ErrorKind::NotAPlan { .. } => r(k::PLAN_ERROR_NOT_A_PLAN, &[]),
        ErrorKind::MissingVersion => r(k::PLAN_ERROR_MISSING_VERSION, &[]),
        ErrorKind::NewerVersion { version } => {
            plain = version.to_string();
            let supported = VERSION.to_string();
            r(k::PLAN_ERROR_NEWER_VERSION, &[("version", T(&plain)), ("supported", T(&supported))])
        }
        ErrorKind::BadVersion => r(k::PLAN_ERROR_BAD_VERSION, &[]),
        ErrorKind::UnknownField { field } => r(k::PLAN_ERROR_UNKNOWN_FIELD, &[("field", T(field))]),
        ErrorKind::MissingField { field } => r(k::PLAN_ERROR_MISSING_FIELD, &[("field", T(field))]),
        ErrorKind::DuplicateField { field } => r(k::PLAN_ERROR_DUPLICATE_FIELD, &[("field", T(field))]),
        ErrorKind::WrongType { expected, found: f } => {
            let want = r(
                match expected {
                    Expected::WholeNumber => k::EXPECTED_WHOLE_NUMBER,
                    Expected::Number => k::EXPECTED_NUMBER,
                    Expected::TrueOrFalse => k::EXPECTED_TRUE_OR_FALSE,
                    Expected::Text => k::EXPECTED_TEXT,
                    Expected::List => k::EXPECTED_LIST,
                    Expected::Object => k::EXPECTED_OBJECT,
                },
                &[],
            );
            let quoted_number = matches!((expected, f), (Expected::WholeNumber | Expected::Number, Found::Text(_)));
            let key = if quoted_number { k::PLAN_ERROR_WRONG_TYPE_QUOTED } else { k::PLAN_ERROR_WRONG_TYPE };
            r(key, &[("expected", T(&want)), ("found", T(&found(lang, f)))])
        }
        ErrorKind::Negative { found } => r(k::PLAN_ERROR_NEGATIVE, &[("found", T(found))]),
        ErrorKind::TooBig { found, max } => {
            plain = max.to_string();
            r(k::PLAN_ERROR_TOO_BIG, &[("found", T(found)), ("max", T(&plain))])
        }
        ErrorKind::NotWhole { found } => r(k::PLAN_ERROR_NOT_WHOLE, &[("found", T(found))]),
        ErrorKind::NotOneOf { found, allowed } => {
            plain = allowed.join(", ");
            r(k::PLAN_ERROR_NOT_ONE_OF, &[("found", T(found)), ("allowed", T(&plain))])
        }
        ErrorKind::InvalidValue { message } => r(k::PLAN_ERROR_INVALID_VALUE, &[("message", T(message))]),
        ErrorKind::UnknownSku { part_number } => r(k::PLAN_ERROR_UNKNOWN_SKU, &[("part", T(part_number))]),
        ErrorKind::DuplicateSku { part_number } => r(k::PLAN_ERROR_DUPLICATE_SKU, &[("part", T(part_number))]),
        ErrorKind::TooDeep { max } => {
            plain = max.to_string();
            r(k::PLAN_ERROR_TOO_DEEP, &[("max", T(&plain))])
        }
        ErrorKind::InvalidPhoneNumber(e) => phone_error(lang, e),
        ErrorKind::NumberTypeMissing => r(k::PLAN_ERROR_NUMBER_TYPE_MISSING, &[]),
        ErrorKind::InvalidUpn(_) => r(k::PLAN_ERROR_INVALID_UPN, &[]),
        ErrorKind::ControlCharacters => r(k::PLAN_ERROR_CONTROL_CHARACTERS, &[]),
        ErrorKind::InvalidCurrency { found } => r(k::PLAN_ERROR_INVALID_CURRENCY, &[("found", T(found))]),
        ErrorKind::InvalidPrice => r(k::PLAN_ERROR_INVALID_PRICE, &[]),
        ErrorKind::DepthTruncated { type_name } => r(k::PLAN_ERROR_DEPTH_TRUNCATED, &[("type", T(type_name))]),
    };
    if path.is_empty() {
        what
    } else {
        r(k::PLAN_ERROR_AT, &[("path", T(path)), ("what", T(&what))])
    }
}

fn difference(lang: Lang, d: &Difference) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    match *d {
        Difference::NumberlessAccountsCount { accounts } => {
            r(k::DIFFERENCE_NUMBERLESS_ACCOUNTS, &[("accounts", N(accounts))])
        }
        Difference::SharedDevicesCount { licenses, extra_free } => {
            r(k::DIFFERENCE_SHARED_DEVICES, &[("licenses", N(licenses)), ("extraFree", N(extra_free))])
        }
        Difference::NoCostSince2025 { paid_2022, paid_2019 } => {
            let key = match (paid_2022, paid_2019) {
                (0, _) => k::DIFFERENCE_NO_COST2019,
                (_, 0) => k::DIFFERENCE_NO_COST2022,
                _ => k::DIFFERENCE_NO_COST_BOTH,
            };
            r(key, &[("paid2022", N(paid_2022)), ("paid2019", N(paid_2019))])
        }
        Difference::NestedAccountsDroppable { accounts } => {
            r(k::DIFFERENCE_NESTED_DROPPABLE, &[("accounts", N(accounts))])
        }
        Difference::TeamsRoomsNotCounted { licenses } => r(k::DIFFERENCE_TEAMS_ROOMS, &[("licenses", N(licenses))]),
    }
}

/// The text of a message in a language.
pub fn t(lang: Lang, msg: &Msg) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    let s = |key| render(lang, key, &[]);
    let kind_of = |kind: NodeKind, aa: u16, cq: u16| match kind {
        NodeKind::AutoAttendant => aa,
        NodeKind::CallQueue => cq,
    };
    let edition = |e: RuleEdition| [("edition", s(edition_key(e))), ("period", s(period_key(e)))];
    let plain: String;
    match msg {
        Msg::AppTitle => s(k::APP_TITLE),
        Msg::AppLede => s(k::APP_LEDE),
        Msg::PrivacyNote => s(k::APP_PRIVACY),
        Msg::SkipToResult => s(k::APP_SKIP_TO_RESULT),
        Msg::Language => s(k::APP_LANGUAGE),
        Msg::LabelValue { label, value } => r(k::PUNCT_LABEL_VALUE, &[("label", T(label)), ("value", T(value))]),
        Msg::Sentences { first, second } => r(k::PUNCT_SENTENCES, &[("first", T(first)), ("second", T(second))]),
        Msg::SentenceEnd { text } => r(k::PUNCT_SENTENCE_END, &[("text", T(text))]),
        Msg::LangUnavailable(l) => r(k::NOTICE_LANG_UNAVAILABLE, &[("language", T(l.own_name()))]),
        Msg::Examples => s(k::TOOLBAR_EXAMPLES),
        Msg::ExampleName(e) => s(match e {
            Example::Contoso2025 => k::EXAMPLE_CONTOSO2025,
            Example::ContosoNested2025 => k::EXAMPLE_CONTOSO_NESTED2025,
            Example::Contoso2022 => k::EXAMPLE_CONTOSO2022,
            Example::Contoso2019 => k::EXAMPLE_CONTOSO2019,
        }),
        Msg::ExampleEmpty => s(k::EXAMPLE_EMPTY),
        Msg::ExampleMarker(e) => s(match e {
            Example::Contoso2025 => k::EXAMPLE_MARKER_CONTOSO2025,
            Example::ContosoNested2025 => k::EXAMPLE_MARKER_CONTOSO_NESTED2025,
            Example::Contoso2022 => k::EXAMPLE_MARKER_CONTOSO2022,
            Example::Contoso2019 => k::EXAMPLE_MARKER_CONTOSO2019,
        }),
        Msg::ExampleStartEmpty => s(k::EXAMPLE_START_EMPTY),
        Msg::ExportJson => s(k::TOOLBAR_EXPORT_JSON),
        Msg::ImportJson => s(k::TOOLBAR_IMPORT_JSON),
        Msg::Print => s(k::TOOLBAR_PRINT),
        Msg::Undo(what) => r(k::UNDO_UNDO, &[("what", T(&s(undo_key(*what))))]),
        Msg::UndoNothing => s(k::UNDO_NOTHING_TO_UNDO),
        Msg::Redo(what) => r(k::UNDO_REDO, &[("what", T(&s(undo_key(*what))))]),
        Msg::RedoNothing => s(k::UNDO_NOTHING_TO_REDO),
        Msg::UndoKeys => s(k::UNDO_KEYS),
        Msg::Deleted { name } => r(k::NOTICE_DELETED, &[("name", T(name))]),
        Msg::ImportFailed { file, reason } => r(k::NOTICE_IMPORT_FAILED, &[("file", T(file)), ("reason", T(reason))]),
        Msg::Dismiss => s(k::NOTICE_DISMISS),
        Msg::ExportWarning { reason } => r(k::NOTICE_EXPORT_WARNING, &[("reason", T(reason))]),
        Msg::RulesHeading => s(k::RULES_HEADING),
        Msg::RulesLabel => s(k::RULES_LABEL),
        Msg::RulesOption(e) => {
            let [(a, x), (b, y)] = edition(*e);
            r(k::RULES_OPTION, &[(a, T(&x)), (b, T(&y))])
        }
        Msg::RulesPeriod(e) => s(period_key(*e)),
        Msg::RulesExplain(e) => s(match e {
            RuleEdition::E2019 => k::RULES_EXPLAIN_2019,
            RuleEdition::E2022 => k::RULES_EXPLAIN_2022,
            RuleEdition::E2025 => k::RULES_EXPLAIN_2025,
        }),
        Msg::RulesDisagree => s(k::RULES_DISAGREE),
        Msg::RulesNotInForce { shown } => {
            let [(a, x), (b, y)] = edition(*shown);
            r(k::RULES_NOT_IN_FORCE, &[(a, T(&x)), (b, T(&y))])
        }
        Msg::UseRulesInForce => s(k::RULES_USE_IN_FORCE),
        Msg::ChannelLabel => s(k::CHANNEL_LABEL),
        Msg::ChannelName(c) => s(channel_key(*c)),
        Msg::ChannelHint => s(k::CHANNEL_HINT),
        Msg::CustomerLabel => s(k::CUSTOMER_LABEL),
        Msg::CustomerPlaceholder => s(k::CUSTOMER_PLACEHOLDER),
        Msg::LicensesHeading => s(k::LICENSES_HEADING),
        Msg::LicensesIntro => s(k::LICENSES_INTRO),
        Msg::LicenseFilter => s(k::LICENSES_FILTER),
        Msg::LicenseFilterPlaceholder => s(k::LICENSES_FILTER_PLACEHOLDER),
        Msg::LicenseGroupTeamsPhone => s(k::LICENSES_GROUP_TEAMS_PHONE),
        Msg::LicenseGroupTeamsRooms => s(k::LICENSES_GROUP_TEAMS_ROOMS),
        Msg::LicenseGroupTeamsRoomsNote => s(k::LICENSES_GROUP_TEAMS_ROOMS_NOTE),
        Msg::LicenseGroupSharedDevices => s(k::LICENSES_GROUP_SHARED_DEVICES),
        Msg::LicenseGroupSharedDevicesNote(e) => s(match e {
            RuleEdition::E2019 => k::LICENSES_GROUP_SHARED_DEVICES_NOTE_2019,
            RuleEdition::E2022 => k::LICENSES_GROUP_SHARED_DEVICES_NOTE_2022,
            RuleEdition::E2025 => k::LICENSES_GROUP_SHARED_DEVICES_NOTE_2025,
        }),
        Msg::LicenseGroupOther => s(k::LICENSES_GROUP_OTHER),
        Msg::LicenseGroupNoTeamsPhone => s(k::LICENSES_GROUP_NO_TEAMS_PHONE),
        Msg::LicenseGroupNoTeamsPhoneNote => s(k::LICENSES_GROUP_NO_TEAMS_PHONE_NOTE),
        Msg::LicenseCountLabel { product } => r(k::LICENSES_COUNT_LABEL, &[("product", T(product))]),
        Msg::LicenseNoMatch => s(k::LICENSES_NO_MATCH),
        Msg::QualifyingTotal { total } => r(k::LICENSES_QUALIFYING_TOTAL, &[("total", N(*total))]),
        Msg::AllotmentFormula { qualifying, extra, total } => r(
            k::LICENSES_ALLOTMENT_FORMULA,
            &[("qualifying", N(*qualifying)), ("extra", N(*extra)), ("total", N(*total))],
        ),
        Msg::AllotmentNoCost => s(k::LICENSES_ALLOTMENT_NO_COST),
        Msg::AllotmentNone => s(k::LICENSES_ALLOTMENT_NONE),
        Msg::NumberError { error, sample, max } => {
            let key = match error {
                NumberError::NotANumber => k::FIELD_NOT_A_NUMBER,
                NumberError::Negative => k::FIELD_NEGATIVE,
                NumberError::NotWhole => k::FIELD_NOT_WHOLE,
                NumberError::TooLarge { .. } => k::FIELD_TOO_LARGE,
                NumberError::Grouping => k::FIELD_GROUPING,
            };
            r(key, &[("sample", T(sample)), ("max", T(max))])
        }
        Msg::StaleResult { count } => r(k::FIELD_STALE_RESULT, &[("count", N(*count))]),
        Msg::StaleField { label } => r(k::FIELD_STALE_GO_TO, &[("label", T(label))]),
        Msg::CallFlowsHeading => s(k::CALL_FLOWS_HEADING),
        Msg::CallFlowsIntro => s(k::CALL_FLOWS_INTRO),
        Msg::AddAutoAttendant => s(k::CALL_FLOWS_ADD_AUTO_ATTENDANT),
        Msg::AddCallQueue => s(k::CALL_FLOWS_ADD_CALL_QUEUE),
        Msg::NoCallFlows => s(k::CALL_FLOWS_EMPTY),
        Msg::NodeKindShort(kind) => s(kind_of(*kind, k::KIND_SHORT_AUTO_ATTENDANT, k::KIND_SHORT_CALL_QUEUE)),
        Msg::NodeKindName(kind) => s(kind_of(*kind, k::KIND_AUTO_ATTENDANT, k::KIND_CALL_QUEUE)),
        Msg::NodeNameOf { name } => r(k::NODE_NAME_OF, &[("name", T(name))]),
        Msg::NodeKindOf { name } => r(k::NODE_KIND_OF, &[("name", T(name))]),
        Msg::ToolWord(test) => s(match *test {
            "move-up" => k::NODE_TOOL_MOVE_UP,
            "move-down" => k::NODE_TOOL_MOVE_DOWN,
            "indent" => k::NODE_TOOL_INDENT,
            "outdent" => k::NODE_TOOL_OUTDENT,
            _ => k::NODE_TOOL_DELETE,
        }),
        Msg::CallFlowsMode => s(k::CALL_FLOWS_MODE),
        Msg::CallFlowsModeName(m) => s(match m {
            crate::state::EditorMode::Tree => k::CALL_FLOWS_MODE_TREE,
            crate::state::EditorMode::Table => k::CALL_FLOWS_MODE_TABLE,
            crate::state::EditorMode::Counts => k::CALL_FLOWS_MODE_COUNTS,
        }),
        Msg::TableCallFlow => s(k::TABLE_CALL_FLOW),
        Msg::TableFlags => s(k::TABLE_FLAGS),
        Msg::TableAccount => s(k::TABLE_ACCOUNT),
        Msg::TableAnswer => s(k::TABLE_ANSWER),
        Msg::TableDialsOut => s(k::TABLE_DIALS_OUT),
        Msg::TableNoAccount => s(k::TABLE_NO_ACCOUNT),
        Msg::TableEditColumn => s(k::TABLE_EDIT_COLUMN),
        Msg::TableEdit { open } => s(if *open { k::TABLE_CLOSE } else { k::TABLE_EDIT }),
        Msg::TableEditNamed { name, open } => {
            r(if *open { k::TABLE_CLOSE_NAMED } else { k::TABLE_EDIT_NAMED }, &[("name", T(name))])
        }
        Msg::CountsIntro => s(k::COUNTS_INTRO),
        Msg::CountsLabel(f) => s(match f {
            CountsField::AutoAttendants => k::COUNTS_AUTO_ATTENDANTS,
            CountsField::CallQueues => k::COUNTS_CALL_QUEUES,
            CountsField::Nested => k::COUNTS_NESTED,
            CountsField::Numbers => k::COUNTS_NUMBERS,
            CountsField::TollFree => k::COUNTS_TOLL_FREE,
            CountsField::DialOut => k::COUNTS_DIAL_OUT,
        }),
        Msg::CountsNestedName => s(k::COUNTS_NESTED_NAME),
        Msg::QuickTollFree => s(k::QUICK_TOLL_FREE),
        Msg::CountsHandMade => s(k::COUNTS_HAND_MADE),
        Msg::CountsError(e) => match e {
            CountsError::NestedWithoutTopLevel => s(k::COUNTS_ERROR_NESTED_WITHOUT_TOP_LEVEL),
            CountsError::TooManyNumbers { max } => r(k::COUNTS_ERROR_TOO_MANY_NUMBERS, &[("max", N(u64::from(*max)))]),
            CountsError::TooManyTollFree { max } => {
                r(k::COUNTS_ERROR_TOO_MANY_TOLL_FREE, &[("max", N(u64::from(*max)))])
            }
            CountsError::TooManyDialOut { max } => r(k::COUNTS_ERROR_TOO_MANY_DIAL_OUT, &[("max", N(u64::from(*max)))]),
            CountsError::TooMany { max } => r(k::COUNTS_ERROR_TOO_MANY, &[("max", N(u64::from(*max)))]),
        },
        Msg::NodeKindLabel => s(k::NODE_KIND_LABEL),
        Msg::NodeName => s(k::NODE_NAME),
        Msg::DefaultNodeName { kind, n } => {
            plain = n.to_string();
            r(kind_of(*kind, k::NODE_DEFAULT_NAME_AUTO_ATTENDANT, k::NODE_DEFAULT_NAME_CALL_QUEUE), &[("n", T(&plain))])
        }
        Msg::NodeActions { name } => r(k::NODE_ACTIONS, &[("name", T(name))]),
        Msg::AddChild { kind } => s(kind_of(*kind, k::NODE_NEST_AUTO_ATTENDANT, k::NODE_NEST_CALL_QUEUE)),
        Msg::AddAccount => s(k::NODE_ADD_ACCOUNT),
        Msg::MoveUp => s(k::NODE_MOVE_UP),
        Msg::MoveDown => s(k::NODE_MOVE_DOWN),
        Msg::Indent => s(k::NODE_INDENT),
        Msg::Outdent => s(k::NODE_OUTDENT),
        Msg::Delete => s(k::NODE_DELETE),
        Msg::DeleteNamed { name } => r(k::NODE_DELETE_NAMED, &[("name", T(name))]),
        Msg::NestedUnder { parent } => r(k::NODE_NESTED_UNDER, &[("parent", T(parent))]),
        Msg::AccountHeading { n } => {
            plain = n.to_string();
            r(k::ACCOUNT_HEADING, &[("n", T(&plain))])
        }
        Msg::AccountDisplayName => s(k::ACCOUNT_DISPLAY_NAME),
        Msg::AccountUpn => s(k::ACCOUNT_UPN),
        Msg::AccountPhone => s(k::ACCOUNT_PHONE),
        Msg::AccountPhoneHint => s(k::ACCOUNT_PHONE_HINT),
        Msg::AccountNumberType => s(k::ACCOUNT_NUMBER_TYPE),
        Msg::NumberTypeName(t) => s(number_type_key(*t)),
        Msg::NumberTypeUnset => s(k::NUMBER_TYPE_UNSET),
        Msg::AccountTollFree => s(k::ACCOUNT_TOLL_FREE),
        Msg::AccountCallerId => s(k::ACCOUNT_CALLER_ID),
        Msg::AccountCurrentLicense => s(k::ACCOUNT_CURRENT_LICENSE),
        Msg::CurrentLicenseName(l) => s(match l {
            CurrentLicense::None => k::CURRENT_LICENSE_NONE,
            CurrentLicense::ResourceAccount => k::CURRENT_LICENSE_RESOURCE_ACCOUNT,
            CurrentLicense::PhoneSystem => k::CURRENT_LICENSE_PHONE_SYSTEM,
        }),
        Msg::RemoveAccount => s(k::ACCOUNT_REMOVE),
        Msg::NoAccountWarning { top_level_only } => {
            s(if *top_level_only { k::NODE_NO_ACCOUNT_TOP_LEVEL } else { k::NODE_NO_ACCOUNT })
        }
        Msg::NestedWithoutAccount => s(k::NODE_NESTED_WITHOUT_ACCOUNT),
        Msg::PhoneError(e) => phone_error(lang, e),
        Msg::UpnError(e) => s(match e {
            UpnError::NotNameAtDomain => k::UPN_NOT_NAME_AT_DOMAIN,
            UpnError::InvalidCharacter => k::UPN_INVALID_CHARACTER,
            UpnError::BadDomain => k::UPN_BAD_DOMAIN,
        }),
        Msg::Decision(d) => s(decision_key(*d)),
        Msg::Droppable => s(k::ACCOUNT_DROPPABLE),
        Msg::ShowingPage { from, to, total } => {
            r(k::PAGER_SHOWING, &[("from", N(*from)), ("to", N(*to)), ("total", N(*total))])
        }
        Msg::PreviousPage => s(k::PAGER_PREVIOUS),
        Msg::NextPage => s(k::PAGER_NEXT),
        Msg::FindCallFlow => s(k::CALL_FLOWS_FIND),
        Msg::QuickHeading => s(k::QUICK_HEADING),
        Msg::QuickCount => s(k::QUICK_COUNT),
        Msg::QuickKind => s(k::QUICK_KIND),
        Msg::QuickUnder => s(k::QUICK_UNDER),
        Msg::QuickTopLevel => s(k::QUICK_TOP_LEVEL),
        Msg::QuickWithNumbers => s(k::QUICK_WITH_NUMBERS),
        Msg::QuickFirstNumber => s(k::QUICK_FIRST_NUMBER),
        Msg::QuickNumberType => s(k::QUICK_NUMBER_TYPE),
        Msg::QuickAdd => s(k::QUICK_ADD),
        Msg::QuickCountInvalid => s(k::QUICK_COUNT_INVALID),
        Msg::QuickNestLimit => {
            plain = MAX_NESTING.to_string();
            r(k::QUICK_NEST_LIMIT, &[("max", T(&plain))])
        }
        Msg::CsvHeading => s(k::CSV_HEADING),
        Msg::CsvIntro => s(k::CSV_INTRO),
        Msg::CsvPasteLabel => s(k::CSV_PASTE_LABEL),
        Msg::CsvFileLabel => s(k::CSV_FILE_LABEL),
        Msg::CsvNumberType => s(k::CSV_NUMBER_TYPE),
        Msg::CsvImport => s(k::CSV_IMPORT),
        Msg::CsvResult { read, skipped, problems } => {
            let mut text = r(k::CSV_ADDED, &[("count", N(*read))]);
            if *skipped > 0 {
                text.push(' ');
                text.push_str(&r(k::CSV_SKIPPED, &[("count", N(*skipped))]));
            }
            if *problems > 0 {
                text.push(' ');
                text.push_str(&r(k::CSV_PROBLEMS, &[("count", N(*problems))]));
            }
            text
        }
        Msg::CsvProblem { line, kind } => {
            r(k::CSV_PROBLEM, &[("line", N(*line)), ("problem", T(&csv_problem(lang, kind)))])
        }
        Msg::ResultsHeading => s(k::RESULTS_HEADING),
        Msg::FigureLabel(f) => s(figure_key(*f)),
        Msg::FigureExplain(f, e) => s(figure_explain_key(*f, *e)),
        Msg::Summary { free, paid, needing } => {
            r(k::SUMMARY_PAID, &[("needing", N(*needing)), ("free", N(*free)), ("paid", N(*paid))])
        }
        Msg::SummaryNoCost { needing, removable } => {
            let mut text = r(k::SUMMARY_NO_COST, &[("needing", N(*needing))]);
            if *removable > 0 {
                text.push(' ');
                text.push_str(&r(k::SUMMARY_DROPPABLE, &[("removable", N(*removable))]));
            }
            text
        }
        Msg::SummaryNotEligible { needing } => r(k::SUMMARY_NOT_ELIGIBLE, &[("needing", N(*needing))]),
        Msg::BarLabel { used, allotment, paid } => {
            r(k::BAR_LABEL, &[("used", N(*used)), ("allotment", N(*allotment)), ("paid", N(*paid))])
        }
        Msg::BarUnused { count } => r(k::BAR_UNUSED, &[("count", N(*count))]),
        Msg::DecisionCount { label, count } => {
            r(k::DECISION_COUNT, &[("count", N(*count)), ("decision", T(&s(decision_key(*label))))])
        }
        Msg::ShowAll { count } => r(k::LIST_SHOW_ALL, &[("count", N(*count))]),
        Msg::PaidSideHeading => s(k::PAID_SIDE_HEADING),
        Msg::PaidSideCallingPlan { count } => r(k::PAID_SIDE_CALLING_PLAN, &[("count", N(*count))]),
        Msg::PaidSideVoiceRouting { count } => r(k::PAID_SIDE_VOICE_ROUTING, &[("count", N(*count))]),
        Msg::PaidSideOperatorConnect { count } => r(k::PAID_SIDE_OPERATOR_CONNECT, &[("count", N(*count))]),
        Msg::PaidSideUndecided { count } => r(k::PAID_SIDE_UNDECIDED, &[("count", N(*count))]),
        Msg::PaidSideTollFree { count, billing } => {
            r(k::PAID_SIDE_TOLL_FREE, &[("count", N(*count)), ("billing", T(&s(toll_free_key(*billing))))])
        }
        Msg::PaidSideNothing => s(k::PAID_SIDE_NOTHING),
        Msg::LicenseStatusHeading => s(k::LICENSE_STATUS_HEADING),
        Msg::LicenseStatusResourceAccount { count } => r(k::LICENSE_STATUS_RESOURCE_ACCOUNT, &[("count", N(*count))]),
        Msg::LicenseStatusPhoneSystem { count } => r(k::LICENSE_STATUS_PHONE_SYSTEM, &[("count", N(*count))]),
        Msg::LicenseStatusNone { count } => r(k::LICENSE_STATUS_NONE, &[("count", N(*count))]),
        Msg::CostHeading => s(k::COST_HEADING),
        Msg::CostItemName(i) => s(cost_item_key(*i)),
        Msg::CostLine { quantity, item, unit, total } => r(
            k::COST_LINE,
            &[
                ("quantity", N(*quantity)),
                ("item", T(&s(cost_item_key(*item)))),
                ("unit", T(unit)),
                ("total", T(total)),
            ],
        ),
        Msg::CostLineUnpriced { quantity, item } => {
            r(k::COST_LINE_UNPRICED, &[("quantity", N(*quantity)), ("item", T(&s(cost_item_key(*item))))])
        }
        Msg::CostPriceLabel(i) => s(match i {
            CostItem::PaidLicense(PaidLicenseKind::PhoneSystem) => k::COST_PRICE_LABEL_PHONE_SYSTEM,
            CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => k::COST_PRICE_LABEL_PAID_RESOURCE_ACCOUNT,
            CostItem::CallingPlan => k::COST_PRICE_LABEL_CALLING_PLAN,
            CostItem::FreeResourceAccount => k::COST_PRICE_LABEL_FREE_RESOURCE_ACCOUNT,
        }),
        Msg::CostPriceNotPublished(i) => s(match i {
            CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => {
                k::COST_PRICE_NOT_PUBLISHED_PAID_RESOURCE_ACCOUNT
            }
            CostItem::CallingPlan => k::COST_PRICE_NOT_PUBLISHED_CALLING_PLAN,
            _ => k::COST_PRICE_NOT_PUBLISHED,
        }),
        Msg::CostCurrency => s(k::COST_CURRENCY),
        Msg::CostDefaultNote { seen } => r(k::COST_DEFAULT_NOTE, &[("seen", T(&day(seen)))]),
        Msg::CostMonthly { amount } => r(k::COST_MONTHLY, &[("amount", T(amount))]),
        Msg::CostYearly { amount } => r(k::COST_YEARLY, &[("amount", T(amount))]),
        Msg::CostIncomplete => s(k::COST_INCOMPLETE),
        Msg::CostNone => s(k::COST_NONE),
        Msg::CostTollFreeUsage { count, billing } => {
            r(k::COST_TOLL_FREE_USAGE, &[("count", N(*count)), ("billing", T(&s(toll_free_key(*billing))))])
        }
        Msg::CurrencyInvalid => s(k::COST_CURRENCY_INVALID),
        Msg::WarningsHeading => s(k::WARNINGS_HEADING),
        Msg::AdviceHeading => s(k::ADVICE_HEADING),
        Msg::NoWarnings => s(k::WARNINGS_NONE),
        Msg::GoTo { name } => r(k::WARNINGS_GO_TO, &[("name", T(name))]),
        Msg::WarnNoPhoneSystem(e) => {
            s(if *e == RuleEdition::E2025 { k::WARN_NO_PHONE_SYSTEM_2025 } else { k::WARN_NO_PHONE_SYSTEM })
        }
        Msg::WarnUnknownSkus { list } => r(k::WARN_UNKNOWN_SKUS, &[("list", T(list))]),
        Msg::WarnNodesWithoutAccount { count, top_level_only } => r(
            if *top_level_only { k::WARN_TOP_LEVEL_WITHOUT_ACCOUNT } else { k::WARN_NODES_WITHOUT_ACCOUNT },
            &[("count", N(*count))],
        ),
        Msg::WarnInvalidNumbers { count } => r(k::WARN_INVALID_NUMBERS, &[("count", N(*count))]),
        Msg::WarnNumberTypeMissing { count } => r(k::WARN_NUMBER_TYPE_MISSING, &[("count", N(*count))]),
        Msg::WarnExtension { count } => r(k::WARN_EXTENSION, &[("count", N(*count))]),
        Msg::WarnDuplicate { number, count } => r(k::WARN_DUPLICATE, &[("number", T(number)), ("count", N(*count))]),
        Msg::WarnTollFree { count, billing, credits_in_plan } => r(
            match (billing, credits_in_plan) {
                (TollFreeBilling::CommunicationsCredits, true) => k::WARN_TOLL_FREE_CREDITS,
                (TollFreeBilling::CommunicationsCredits, false) => k::WARN_TOLL_FREE_NO_CREDITS,
                (TollFreeBilling::PayAsYouGoOverage, _) => k::WARN_TOLL_FREE_OVERAGE,
            },
            &[("count", N(*count))],
        ),
        Msg::WarnPstn { count, need } => r(k::WARN_PSTN, &[("count", N(*count)), ("need", T(&s(pstn_key(*need))))]),
        Msg::WarnSwitch { count } => r(k::WARN_SWITCH, &[("count", N(*count))]),
        Msg::WarnReplaceStandard { count } => r(k::WARN_REPLACE_STANDARD, &[("count", N(*count))]),
        Msg::WarnUnneeded { count } => r(k::WARN_UNNEEDED, &[("count", N(*count))]),
        Msg::AdviceNest { count } => r(k::ADVICE_NEST, &[("count", N(*count))]),
        Msg::AdviceMoreLicenses { count } => r(k::ADVICE_MORE_LICENSES, &[("count", N(*count))]),
        Msg::AdviceDropNested { count } => r(k::ADVICE_DROP_NESTED, &[("count", N(*count))]),
        Msg::AdviceNoCostToday { paid } => r(k::ADVICE_NO_COST_TODAY, &[("paid", N(*paid))]),
        Msg::AdviceSharedDevices { count } => r(k::ADVICE_SHARED_DEVICES, &[("count", N(*count))]),
        Msg::AdvicePayAsYouGo { count } => r(k::ADVICE_PAY_AS_YOU_GO, &[("count", N(*count))]),
        Msg::AdviceNone => s(k::ADVICE_NONE),
        Msg::EditionsHeading => s(k::EDITIONS_HEADING),
        Msg::EditionsIntro => s(k::EDITIONS_INTRO),
        Msg::EditionColumn(e) => s(edition_key(*e)),
        Msg::EditionInForce => s(k::EDITIONS_IN_FORCE),
        Msg::EditionsCostRow => s(k::EDITIONS_COST_ROW),
        Msg::EditionsCostUnpriced => s(k::EDITIONS_COST_UNPRICED),
        Msg::EditionsWhyHeading => s(k::EDITIONS_WHY_HEADING),
        Msg::EditionsSame => s(k::EDITIONS_SAME),
        Msg::Difference(d) => difference(lang, d),
        Msg::EditionsSources => s(k::EDITIONS_SOURCES),
        Msg::EditionsAccountsHeading => s(k::EDITIONS_ACCOUNTS_HEADING),
        Msg::EditionsAccountColumn => s(k::EDITIONS_ACCOUNT_COLUMN),
        Msg::ReasonText(reason) => s(match reason {
            Reason::HasNumber => k::REASON_HAS_NUMBER,
            Reason::NoNumber => k::REASON_NO_NUMBER,
            Reason::EveryAccount => k::REASON_EVERY_ACCOUNT,
            Reason::CanBeDropped => k::REASON_CAN_BE_DROPPED,
        }),
        Msg::StepsHeading => s(k::STEPS_HEADING),
        Msg::StepsIntro => s(k::STEPS_INTRO),
        Msg::StepCheck => s(k::STEP_CHECK),
        Msg::StepCheckDetail => s(k::STEP_CHECK_DETAIL),
        Msg::StepFree { quantity, allotment, owned } => {
            let key = match (allotment, owned) {
                (Some(_), 0) => k::STEP_FREE_ENTITLED,
                (Some(_), _) => k::STEP_FREE_ENTITLED_MORE,
                (None, 0) => k::STEP_FREE_NO_COST,
                (None, _) => k::STEP_FREE_NO_COST_MORE,
            };
            r(key, &[("quantity", N(*quantity)), ("allotment", N(allotment.unwrap_or(0))), ("owned", N(*owned))])
        }
        Msg::StepFreeDetail(c) => s(match c {
            Channel::WebDirect => k::STEP_FREE_DETAIL_WEB_DIRECT,
            Channel::EnterpriseAgreement => k::STEP_FREE_DETAIL_ENTERPRISE_AGREEMENT,
            Channel::Partner => k::STEP_FREE_DETAIL_PARTNER,
            Channel::CustomerAgreement => k::STEP_FREE_DETAIL_CUSTOMER_AGREEMENT,
        }),
        Msg::StepPaid { quantity, kind } => r(
            match kind {
                PaidLicenseKind::ResourceAccount => k::STEP_PAID_RESOURCE_ACCOUNT,
                PaidLicenseKind::PhoneSystem => k::STEP_PAID_PHONE_SYSTEM,
            },
            &[("quantity", N(*quantity))],
        ),
        Msg::StepPaidDetail(kind, c) => {
            let path = s(match c {
                Channel::WebDirect | Channel::CustomerAgreement => k::STEP_BUY_PATH_ADMIN_CENTER,
                Channel::EnterpriseAgreement => k::STEP_BUY_PATH_ENTERPRISE_AGREEMENT,
                Channel::Partner => k::STEP_BUY_PATH_PARTNER,
            });
            r(
                match kind {
                    PaidLicenseKind::ResourceAccount => k::STEP_PAID_DETAIL_RESOURCE_ACCOUNT,
                    PaidLicenseKind::PhoneSystem => k::STEP_PAID_DETAIL_PHONE_SYSTEM,
                },
                &[("path", T(&path))],
            )
        }
        Msg::StepCallingPlans { quantity } => r(k::STEP_CALLING_PLANS, &[("quantity", N(*quantity))]),
        Msg::StepCallingPlansDetail(c) => {
            let place = s(match c {
                Channel::WebDirect | Channel::CustomerAgreement => k::STEP_CALLING_PLANS_WHERE_ADMIN_CENTER,
                Channel::EnterpriseAgreement => k::STEP_CALLING_PLANS_WHERE_ENTERPRISE_AGREEMENT,
                Channel::Partner => k::STEP_CALLING_PLANS_WHERE_PARTNER,
            });
            r(k::STEP_CALLING_PLANS_DETAIL, &[("where", T(&place))])
        }
        Msg::StepTollFree { count, billing } => r(
            match billing {
                TollFreeBilling::CommunicationsCredits => k::STEP_TOLL_FREE_CREDITS,
                TollFreeBilling::PayAsYouGoOverage => k::STEP_TOLL_FREE_OVERAGE,
            },
            &[("count", N(*count))],
        ),
        Msg::StepTollFreeDetail(b) => s(match b {
            TollFreeBilling::CommunicationsCredits => k::STEP_TOLL_FREE_DETAIL_CREDITS,
            TollFreeBilling::PayAsYouGoOverage => k::STEP_TOLL_FREE_DETAIL_OVERAGE,
        }),
        Msg::StepCreate { count } => r(k::STEP_CREATE, &[("count", N(*count))]),
        Msg::StepCreateDetail => s(k::STEP_CREATE_DETAIL),
        Msg::StepCreateLine { kind, name, upn, number } => r(
            kind_of(*kind, k::STEP_CREATE_LINE_AUTO_ATTENDANT, k::STEP_CREATE_LINE_CALL_QUEUE),
            &[("name", T(name)), ("upn", T(upn)), ("number", T(number))],
        ),
        Msg::StepLicense { count } => r(k::STEP_LICENSE, &[("count", N(*count))]),
        Msg::StepLicenseDetail => s(k::STEP_LICENSE_DETAIL),
        Msg::StepLicenseLine { name, license, swap } => {
            let l = s(match license {
                LicenseLabel::FreeResourceAccount => k::LICENSE_FREE_RESOURCE_ACCOUNT,
                LicenseLabel::PaidResourceAccount => k::LICENSE_PAID_RESOURCE_ACCOUNT,
                LicenseLabel::PhoneSystem => k::LICENSE_PHONE_SYSTEM,
            });
            r(
                if *swap { k::STEP_LICENSE_LINE_SWAP } else { k::STEP_LICENSE_LINE },
                &[("name", T(name)), ("license", T(&l))],
            )
        }
        Msg::StepSwapWarning => s(k::STEP_SWAP_WARNING),
        Msg::StepWait { hours } => r(k::STEP_WAIT, &[("hours", N(*hours))]),
        Msg::StepNumbers { count } => r(k::STEP_NUMBERS, &[("count", N(*count))]),
        Msg::StepNumbersDetail => s(k::STEP_NUMBERS_DETAIL),
        Msg::StepNumberLine { name, number, number_type } => match number_type {
            Some(t) => r(
                k::STEP_NUMBER_LINE,
                &[("name", T(name)), ("number", T(number)), ("numberType", T(&s(number_type_key(*t))))],
            ),
            None => r(k::STEP_NUMBER_LINE_NO_TYPE, &[("name", T(name)), ("number", T(number))]),
        },
        Msg::StepPstn { count } => r(k::STEP_PSTN, &[("count", N(*count))]),
        Msg::StepPstnLine { name, need } => {
            r(k::STEP_PSTN_LINE, &[("name", T(name)), ("need", T(&s(pstn_key(*need))))])
        }
        Msg::StepAssociate { count } => r(k::STEP_ASSOCIATE, &[("count", N(*count))]),
        Msg::StepAssociateDetail => s(k::STEP_ASSOCIATE_DETAIL),
        Msg::StepAssociateLine { name, node, kind } => r(
            kind_of(*kind, k::STEP_ASSOCIATE_LINE_AUTO_ATTENDANT, k::STEP_ASSOCIATE_LINE_CALL_QUEUE),
            &[("name", T(name)), ("node", T(node))],
        ),
        Msg::StepTargetNested { count } => r(k::STEP_TARGET_NESTED, &[("count", N(*count))]),
        Msg::StepTargetNestedDetail => s(k::STEP_TARGET_NESTED_DETAIL),
        Msg::StepTargetNestedLine { node, kind, parent, account, exists } => {
            let key = match (exists, kind) {
                (false, NodeKind::AutoAttendant) => k::STEP_TARGET_NESTED_LINE_AUTO_ATTENDANT,
                (false, NodeKind::CallQueue) => k::STEP_TARGET_NESTED_LINE_CALL_QUEUE,
                (true, NodeKind::AutoAttendant) => k::STEP_TARGET_NESTED_LINE_EXISTS_AUTO_ATTENDANT,
                (true, NodeKind::CallQueue) => k::STEP_TARGET_NESTED_LINE_EXISTS_CALL_QUEUE,
            };
            r(key, &[("node", T(node)), ("parent", T(parent)), ("account", T(account))])
        }
        Msg::NoUpn => s(k::STEP_NO_UPN),
        Msg::NoNumber => s(k::STEP_NO_NUMBER),
        Msg::PowerShellHeading => s(k::POWERSHELL_HEADING),
        Msg::PowerShellIntro => s(k::POWERSHELL_INTRO),
        Msg::DownloadScript => s(k::POWERSHELL_DOWNLOAD),
        Msg::ScriptUnavailable => s(k::POWERSHELL_UNAVAILABLE),
        Msg::CopyScript => s(k::POWERSHELL_COPY),
        Msg::QuotePrepared { date, rules } => {
            let [(a, x), (b, y)] = edition(*rules);
            r(k::QUOTE_PREPARED, &[("date", T(date)), (a, T(&x)), (b, T(&y))])
        }
        Msg::QuoteCost { monthly, yearly } => r(k::QUOTE_COST, &[("monthly", T(monthly)), ("yearly", T(yearly))]),
        Msg::QuoteLink => s(k::QUOTE_LINK),
        Msg::QuoteHeading => s(k::QUOTE_HEADING),
        Msg::QuoteActions => s(k::QUOTE_ACTIONS),
        Msg::QuoteDownloadCsv => s(k::QUOTE_DOWNLOAD_CSV),
        Msg::QuotePreview { open } => s(if *open { k::QUOTE_HIDE_PREVIEW } else { k::QUOTE_PREVIEW }),
        Msg::QuoteInputs => s(k::QUOTE_INPUTS),
        Msg::NodeKindPlural(kind) => {
            s(kind_of(*kind, k::QUOTE_KIND_PLURAL_AUTO_ATTENDANT, k::QUOTE_KIND_PLURAL_CALL_QUEUE))
        }
        Msg::QuoteNested => s(k::QUOTE_NESTED),
        Msg::QuoteAccounts => s(k::QUOTE_ACCOUNTS),
        Msg::QuoteNumbers => s(k::QUOTE_NUMBERS),
        Msg::QuoteTollFree => s(k::QUOTE_TOLL_FREE),
        Msg::QuoteDialOut => s(k::QUOTE_DIAL_OUT),
        Msg::QuoteLicenses => s(k::QUOTE_LICENSES),
        Msg::QuoteProduct => s(k::QUOTE_PRODUCT),
        Msg::QuoteLines => s(k::QUOTE_LINES),
        Msg::QuoteSection => s(k::QUOTE_SECTION),
        Msg::QuoteItem => s(k::QUOTE_ITEM),
        Msg::QuoteQuantity => s(k::QUOTE_QUANTITY),
        Msg::QuoteUnit => s(k::QUOTE_UNIT),
        Msg::QuoteMonthly => s(k::QUOTE_MONTHLY),
        Msg::QuoteNoPrice => s(k::QUOTE_NO_PRICE),
        Msg::QuoteNothingButWarnings { count } => r(k::QUOTE_NOTHING_BUT_WARNINGS, &[("count", N(*count))]),
        Msg::QuoteWatch => s(k::QUOTE_WATCH),
        Msg::QuoteEditions => s(k::QUOTE_EDITIONS),
        Msg::QuoteEdition { rules, needing, paid } => {
            let [(a, x), (b, y)] = edition(*rules);
            r(k::QUOTE_EDITION, &[(a, T(&x)), (b, T(&y)), ("needing", N(*needing)), ("paid", N(*paid))])
        }
        Msg::QuoteAssumptions => s(k::QUOTE_ASSUMPTIONS),
        Msg::QuoteAssumeRules { rules, channel } => {
            let [(a, x), (b, y)] = edition(*rules);
            r(k::QUOTE_ASSUME_RULES, &[(a, T(&x)), (b, T(&y)), ("channel", T(&s(channel_key(*channel))))])
        }
        Msg::QuoteAssumePrices { currency } => r(k::QUOTE_ASSUME_PRICES, &[("currency", T(currency))]),
        Msg::QuoteFromCounts => s(k::QUOTE_FROM_COUNTS),
        Msg::CountsFirstNumber => s(k::COUNTS_FIRST_NUMBER),
        Msg::AccountGroup { n, node } => r(k::ACCOUNT_GROUP, &[("n", N(*n as u64)), ("node", T(node))]),
        Msg::QuoteMore { count } => r(k::QUOTE_MORE, &[("count", N(*count))]),
        Msg::ShareHeading => s(k::SHARE_HEADING),
        Msg::ShareLinkLabel => s(k::SHARE_LINK_LABEL),
        Msg::ShareLinkPending => s(k::SHARE_LINK_PENDING),
        Msg::ShareLinkLong { length } => r(k::SHARE_LINK_LONG, &[("length", N(*length))]),
        Msg::Copy => s(k::SHARE_COPY),
        Msg::Copied => s(k::SHARE_COPIED),
        Msg::CopyFailed => s(k::SHARE_COPY_FAILED),
        Msg::CopySummaryText => s(k::SHARE_COPY_TEXT),
        Msg::CopySummaryMarkdown => s(k::SHARE_COPY_MARKDOWN),
        Msg::EmbedHeading => s(k::EMBED_HEADING),
        Msg::EmbedIntro => s(k::EMBED_INTRO),
        Msg::EmbedReadOnly => s(k::EMBED_READ_ONLY),
        Msg::EmbedWithPlan => s(k::EMBED_WITH_PLAN),
        Msg::EmbedSandboxed => s(k::EMBED_SANDBOXED),
        Msg::EmbedSandboxNote => s(k::EMBED_SANDBOX_NOTE),
        Msg::EmbedIframeLabel => s(k::EMBED_IFRAME_LABEL),
        Msg::EmbedScriptLabel => s(k::EMBED_SCRIPT_LABEL),
        Msg::EmbedTitle => s(k::EMBED_TITLE),
        Msg::StorageUnavailable => s(k::STORAGE_UNAVAILABLE),
        Msg::StorageFull => s(k::STORAGE_FULL),
        Msg::SavedPlanUnreadable { reason } => r(k::STORAGE_UNREADABLE, &[("reason", T(reason))]),
        Msg::DownloadUnreadable => s(k::STORAGE_DOWNLOAD_UNREADABLE),
        Msg::LinkOpened => s(k::LINK_OPENED),
        Msg::BackToMyPlan => s(k::LINK_BACK_TO_MINE),
        Msg::KeepThisPlan => s(k::LINK_KEEP_THIS),
        Msg::LinkLoading => s(k::LINK_LOADING),
        Msg::LinkDamaged { reason } => r(k::LINK_DAMAGED, &[("reason", T(reason))]),
        Msg::LinkErrorMalformed => s(k::LINK_ERROR_MALFORMED),
        Msg::LinkErrorNewer { version } => {
            plain = version.to_string();
            r(k::LINK_ERROR_NEWER, &[("version", T(&plain))])
        }
        Msg::LinkErrorEncoding => s(k::LINK_ERROR_ENCODING),
        Msg::LinkErrorDamaged => s(k::LINK_ERROR_DAMAGED),
        Msg::ReadOnlyNote => s(k::READ_ONLY_NOTE),
        Msg::OpenFullCalculator => s(k::READ_ONLY_OPEN_FULL),
        Msg::PlanError { path, kind } => plan_error(lang, path, kind),
        Msg::PlanErrorAt { line, column } => {
            let (l, c) = (line.to_string(), column.to_string());
            r(k::PLAN_ERROR_PLACE, &[("line", T(&l)), ("column", T(&c))])
        }
        Msg::PlanErrorAtLine { line } => {
            plain = line.to_string();
            r(k::PLAN_ERROR_PLACE_LINE, &[("line", T(&plain))])
        }
        Msg::FileReadFailed => s(k::FILE_READ_FAILED),
        Msg::Unnamed => s(k::NAME_UNNAMED),
        Msg::TenantHeading => s(k::TENANT_HEADING),
        Msg::TenantIntro => s(k::TENANT_INTRO),
        Msg::TenantReads => s(k::TENANT_READS),
        Msg::TenantRoles => s(k::TENANT_ROLES),
        Msg::TenantPrivacy => s(k::TENANT_PRIVACY),
        Msg::TenantScriptLabel => s(k::TENANT_SCRIPT_LABEL),
        Msg::TenantDownloadScript => s(k::TENANT_DOWNLOAD_SCRIPT),
        Msg::TenantOpen => s(k::TENANT_OPEN),
        Msg::TenantDropHint => s(k::TENANT_DROP_HINT),
        Msg::TenantPasteLabel => s(k::TENANT_PASTE_LABEL),
        Msg::TenantPasteOpen => s(k::TENANT_PASTE_OPEN),
        Msg::PastedText => s(k::TENANT_PASTED_TEXT),
        Msg::TenantFindingsHeading => s(k::TENANT_FINDINGS_HEADING),
        Msg::TenantSummary { tenant, read, auto_attendants, call_queues, accounts } => r(
            k::TENANT_SUMMARY,
            &[
                ("tenant", T(tenant)),
                ("read", T(&day(read))),
                ("aa", N(*auto_attendants)),
                ("cq", N(*call_queues)),
                ("accounts", N(*accounts)),
            ],
        ),
        Msg::TenantFinding(f) => tenant_finding(lang, f),
        Msg::TenantChangesHeading => s(k::TENANT_CHANGES_HEADING),
        Msg::TenantNoChanges => s(k::TENANT_NO_CHANGES),
        Msg::TenantChange(c) => tenant_change(lang, c),
    }
}

/// Names of accounts, the first few, then how many more.
fn name_list(lang: Lang, names: &[String]) -> String {
    const SHOWN: usize = 8;
    let mut out = names.iter().take(SHOWN).map(String::as_str).collect::<Vec<_>>().join(", ");
    if names.len() > SHOWN {
        out.push(' ');
        out.push_str(&t(lang, &Msg::QuoteMore { count: (names.len() - SHOWN) as u64 }));
    }
    out
}

fn tenant_finding(lang: Lang, f: &Finding) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    let list = |names: &[String]| name_list(lang, names);
    match f {
        Finding::IgnoredInstance { account, application_id } => {
            r(k::TENANT_FINDING_IGNORED_INSTANCE, &[("account", T(account)), ("app", T(application_id))])
        }
        Finding::NotAssociated { account } => r(k::TENANT_FINDING_NOT_ASSOCIATED, &[("account", T(account))]),
        Finding::ListedTwice { account, kept_on, also_on } => {
            r(k::TENANT_FINDING_LISTED_TWICE, &[("account", T(account)), ("kept", T(kept_on)), ("also", T(also_on))])
        }
        Finding::MissingAccount { node, id } => {
            r(k::TENANT_FINDING_MISSING_ACCOUNT, &[("node", T(node)), ("id", T(id))])
        }
        Finding::TransferToUnusedAccount { path, account } => {
            r(k::TENANT_FINDING_TRANSFER_TO_UNUSED, &[("path", T(path)), ("account", T(account))])
        }
        Finding::TransferToMissing { path, id } => {
            r(k::TENANT_FINDING_TRANSFER_TO_MISSING, &[("path", T(path)), ("id", T(id))])
        }
        Finding::Unreachable { node } => r(k::TENANT_FINDING_UNREACHABLE, &[("node", T(node))]),
        Finding::Loop { path } => r(k::TENANT_FINDING_LOOP, &[("path", T(path))]),
        Finding::SharedTarget { node, from, shown_under } => {
            r(k::TENANT_FINDING_SHARED_TARGET, &[("node", T(node)), ("from", T(from)), ("under", T(shown_under))])
        }
        Finding::TooDeep { node } => {
            let max = MAX_NESTING.to_string();
            r(k::TENANT_FINDING_TOO_DEEP, &[("node", T(node)), ("max", T(&max))])
        }
        Finding::ClassifiedProduct { part_number, units, counted_as } => {
            let name = crate::engine::sku::by_key(counted_as).map_or(*counted_as, |s| s.product_name);
            r(
                k::TENANT_FINDING_CLASSIFIED,
                &[("part", T(part_number)), ("units", N(u64::from(*units))), ("as", T(name))],
            )
        }
        Finding::NotCounted { part_number, units } => {
            r(k::TENANT_FINDING_NOT_COUNTED, &[("part", T(part_number)), ("units", N(*units))])
        }
        Finding::NumericValues { count } => r(k::TENANT_FINDING_NUMERIC_VALUES, &[("count", N(*count))]),
        Finding::Unlicensed { accounts } => {
            r(k::TENANT_FINDING_UNLICENSED, &[("count", N(accounts.len() as u64)), ("names", T(&list(accounts)))])
        }
        Finding::TeamsPhoneStandard { accounts } => {
            r(k::TENANT_FINDING_TEAMS_PHONE, &[("count", N(accounts.len() as u64)), ("names", T(&list(accounts)))])
        }
        Finding::Droppable { accounts } => {
            r(k::TENANT_FINDING_DROPPABLE, &[("count", N(accounts.len() as u64)), ("names", T(&list(accounts)))])
        }
        Finding::CountryMismatch { account, number, number_country, usage_location } => r(
            k::TENANT_FINDING_COUNTRY,
            &[
                ("account", T(account)),
                ("number", T(number)),
                ("country", T(number_country)),
                ("usage", T(usage_location)),
            ],
        ),
        Finding::ResourceAccountLicenses { owned, assigned, needed } => {
            let key =
                if owned >= needed { k::TENANT_FINDING_LICENSES_ENOUGH } else { k::TENANT_FINDING_LICENSES_SHORT };
            r(
                key,
                &[
                    ("owned", N(*owned)),
                    ("assigned", N(*assigned)),
                    ("needed", N(*needed)),
                    ("missing", N(needed.saturating_sub(*owned))),
                ],
            )
        }
    }
}

fn tenant_change(lang: Lang, c: &Change) -> String {
    let r = |key, args: &[(&str, Value)]| render(lang, key, args);
    let none = || render(lang, k::TENANT_CHANGE_NONE, &[]);
    let license = |l: &CurrentLicense| t(lang, &Msg::CurrentLicenseName(*l));
    match c {
        Change::NodeAdded { node } => r(k::TENANT_CHANGE_NODE_ADDED, &[("node", T(node))]),
        Change::NodeRemoved { node } => r(k::TENANT_CHANGE_NODE_REMOVED, &[("node", T(node))]),
        Change::NodeMoved { node, from, to } => {
            let top = render(lang, k::TENANT_CHANGE_TOP_LEVEL, &[]);
            let place = |p: &String| if p.is_empty() { top.clone() } else { p.clone() };
            r(k::TENANT_CHANGE_NODE_MOVED, &[("node", T(node)), ("from", T(&place(from))), ("to", T(&place(to)))])
        }
        Change::AccountAdded { account } => r(k::TENANT_CHANGE_ACCOUNT_ADDED, &[("account", T(account))]),
        Change::AccountRemoved { account } => r(k::TENANT_CHANGE_ACCOUNT_REMOVED, &[("account", T(account))]),
        Change::NumberChanged { account, from, to } => {
            let or_none = |n: &String| if n.is_empty() { none() } else { n.clone() };
            r(k::TENANT_CHANGE_NUMBER, &[("account", T(account)), ("from", T(&or_none(from))), ("to", T(&or_none(to)))])
        }
        Change::LicenseChanged { account, from, to } => r(
            k::TENANT_CHANGE_LICENSE,
            &[("account", T(account)), ("from", T(&license(from))), ("to", T(&license(to)))],
        ),
        Change::LicenseCount { key, from, to } => r(
            k::TENANT_CHANGE_LICENSE_COUNT,
            &[("product", T(key)), ("from", N(u64::from(*from))), ("to", N(u64::from(*to)))],
        ),
    }
}

/// A plan-file error in the reader's words, with its line and column when known.
pub fn plan_error_text(lang: Lang, e: &crate::plan_file::PlanFileError) -> String {
    let mut text = plan_error(lang, &e.path, &e.kind);
    let place = match (e.line, e.column) {
        (Some(line), Some(column)) => Some(Msg::PlanErrorAt { line: line as u64, column: column as u64 }),
        (Some(line), None) => Some(Msg::PlanErrorAtLine { line: line as u64 }),
        _ => None,
    };
    if let Some(place) = place {
        text.push(' ');
        text.push_str(&t(lang, &place));
    }
    text
}
