//! English.

use super::{DecisionLabel, Figure, LicenseLabel, Msg, UndoLabel};
use crate::engine::compare::Difference;
use crate::engine::csv::CsvProblemKind;
use crate::engine::plan::{CurrentLicense, UpnError};
use crate::engine::{
    Channel, CostItem, NodeKind, NumberType, PaidLicenseKind, PhoneNumberError, PstnNeed, Reason, RuleEdition,
    TollFreeBilling,
};
use crate::examples::Example;
use crate::input::NumberError;
use crate::plan_file::{ErrorKind, Expected, Found, SyntaxProblem, MAX_NESTING, VERSION};

fn kind(k: NodeKind) -> &'static str {
    match k {
        NodeKind::AutoAttendant => "auto attendant",
        NodeKind::CallQueue => "call queue",
    }
}

fn number_type(t: NumberType) -> &'static str {
    match t {
        NumberType::CallingPlan => "Calling Plan",
        NumberType::DirectRouting => "Direct Routing",
        NumberType::OperatorConnect => "Operator Connect",
    }
}

fn pstn(need: PstnNeed) -> &'static str {
    match need {
        PstnNeed::CallingPlanLicense => "a Calling Plan license on the account (pay-as-you-go works)",
        PstnNeed::VoiceRoutingPolicy => "an online voice routing policy (Direct Routing)",
        PstnNeed::NumberOrPolicy => {
            "a Calling Plan license with a number, an Operator Connect number, or an online voice routing policy"
        }
    }
}

fn phone_error(e: &PhoneNumberError) -> String {
    match e {
        PhoneNumberError::Empty => "The number is empty.".into(),
        PhoneNumberError::MissingPlus => "Start with + and the country code, e.g. +1 250 555 0012.".into(),
        PhoneNumberError::UnexpectedCharacter { character, position } => {
            format!(
                "“{character}” (character {position}) is not allowed: use digits, spaces, dashes, dots or parentheses."
            )
        }
        PhoneNumberError::TooFewDigits { digits } => {
            format!("{digits} digits is too short: numbers have 8 to 15 digits with the country code.")
        }
        PhoneNumberError::TooManyDigits { digits } => format!("{digits} digits is too long: at most 15."),
        PhoneNumberError::CountryCodeStartsWithZero => "Country codes do not start with 0.".into(),
        PhoneNumberError::EmptyExtension => "Put the extension digits after ;ext=".into(),
        PhoneNumberError::ExtensionNotDigits { character, position } => {
            format!("“{character}” (character {position}): an extension has digits only.")
        }
        PhoneNumberError::ExtensionTooLong { digits } => format!("An extension of {digits} digits is too long."),
    }
}

fn figure(f: Figure) -> &'static str {
    match f {
        Figure::QualifyingLicenses => "Qualifying licenses",
        Figure::FreeAllotment => "Free licenses",
        Figure::AccountsNeedingLicense => "Accounts needing a license",
        Figure::AccountsWithoutLicenseNeed => "Accounts needing none",
        Figure::FreeUsed => "Free licenses used",
        Figure::PaidNeeded => "To pay for",
        Figure::LicensesToCoverAll => "More licenses to cover all",
        Figure::AccountsRemovable => "Accounts you can drop",
    }
}

fn figure_explain(f: Figure, rules: RuleEdition) -> &'static str {
    use RuleEdition::{E2019, E2022, E2025};
    match (f, rules) {
        (Figure::QualifyingLicenses, E2025) => {
            "Teams Phone user and Shared Space licenses, for information: since 2025 nothing depends on the count"
        }
        (Figure::QualifyingLicenses, E2022) => {
            "Teams Phone user and Shared Devices licenses; each 10 add one free license"
        }
        (Figure::QualifyingLicenses, E2019) => "Phone System user licenses; each 10 add one free license",
        (Figure::FreeAllotment, E2025) => "one Resource Account license per resource account, at no cost",
        (Figure::FreeAllotment, _) => "Resource Account licenses you may “buy” at no cost: 25 + 1 per 10 qualifying",
        (Figure::AccountsNeedingLicense, E2019) => "resource accounts with a phone number",
        (Figure::AccountsNeedingLicense, _) => "every resource account, with a number or not",
        (Figure::AccountsWithoutLicenseNeed, E2019) => "accounts without a number, such as nested nodes",
        (Figure::AccountsWithoutLicenseNeed, _) => "none: every resource account needs one",
        (Figure::FreeUsed, E2025) => "every account's license, at no cost",
        (Figure::FreeUsed, _) => "of the accounts needing one, how many the free licenses cover",
        (Figure::PaidNeeded, E2025) => "none: Resource Account licenses cost nothing (a Teams Phone license is needed first)",
        (Figure::PaidNeeded, E2022) => "Resource Account licenses to buy beyond the free ones",
        (Figure::PaidNeeded, E2019) => "paid Phone System licenses for the accounts beyond the free ones",
        (Figure::LicensesToCoverAll, E2025) => "1 if the tenant has no license with Teams Phone yet, else 0",
        (Figure::LicensesToCoverAll, _) => "more qualifying licenses would bring the paid part to zero",
        (Figure::AccountsRemovable, E2025) => {
            "accounts of nested auto attendants and call queues without a number or caller ID: the parent can target the auto attendant or call queue itself"
        }
        (Figure::AccountsRemovable, _) => "none: before the 2025 rules every auto attendant and call queue needed one",
    }
}

fn decision(d: DecisionLabel) -> &'static str {
    match d {
        DecisionLabel::Free => "free license",
        DecisionLabel::Paid => "paid license",
        DecisionLabel::NotNeeded => "no license needed",
    }
}

fn csv_problem(k: &CsvProblemKind) -> String {
    match k {
        CsvProblemKind::MissingColumn(c) => format!("the header has no {c} column"),
        CsvProblemKind::NoHeader => "there is no header line".into(),
        CsvProblemKind::UnterminatedQuote => "a quoted field starting here never closes".into(),
        CsvProblemKind::FieldCount { expected, found } => format!("{found} fields where the header has {expected}"),
        CsvProblemKind::UnknownApplicationId(id) => {
            format!("ApplicationId “{id}” is neither an auto attendant's nor a call queue's")
        }
        CsvProblemKind::EmptyDisplayName => "the DisplayName is empty".into(),
        CsvProblemKind::InvalidPhoneNumber(e) => format!("PhoneNumber: {}", phone_error(e)),
        CsvProblemKind::InvalidUpn => "the UserPrincipalName is not name@domain".into(),
        CsvProblemKind::ControlCharacters => "the row holds control characters".into(),
    }
}

fn syntax(p: &SyntaxProblem) -> String {
    match p {
        SyntaxProblem::MissingCommaOrBrace => "a comma or a closing } is missing before this point.".into(),
        SyntaxProblem::MissingCommaOrBracket => "a comma or a closing ] is missing before this point.".into(),
        SyntaxProblem::MissingColon => "a colon is missing after the field name.".into(),
        SyntaxProblem::TrailingComma => "a comma stands right before a closing } or ]; remove it.".into(),
        SyntaxProblem::KeyNotQuoted => "a field name needs double quotes, like \"licenses\".".into(),
        SyntaxProblem::NotAValue => {
            "this is not a value: text needs double quotes, and true, false and null are written in lower case.".into()
        }
        SyntaxProblem::BadNumber => {
            "this number is not written as JSON writes numbers (no leading zeros, no spaces).".into()
        }
        SyntaxProblem::ControlCharacterInText => {
            "text in quotes holds a line break or a tab; write it as \\n or \\t.".into()
        }
        SyntaxProblem::BadEscape => "a backslash in text starts no known escape; write \\\\ for a backslash.".into(),
        SyntaxProblem::TrailingCharacters => "there is more after the end of the plan.".into(),
        SyntaxProblem::Other(m) => format!("{m}."),
    }
}

fn found(f: &Found) -> String {
    match f {
        Found::Number(n) => n.clone(),
        Found::Text(t) => format!("“{t}”"),
        Found::Boolean(b) => b.to_string(),
        Found::Null => "null".into(),
        Found::List => "a list [ … ]".into(),
        Found::Object => "an object { … }".into(),
    }
}

fn plan_error(path: &str, k: &ErrorKind) -> String {
    let what = match k {
        ErrorKind::Empty => "The file is empty.".to_string(),
        ErrorKind::TooLarge { bytes } => format!("The file is too large ({bytes} bytes)."),
        ErrorKind::NotUtf8 { byte_offset } => format!("The file is not UTF-8 text (byte {byte_offset})."),
        ErrorKind::EndsEarly => "The file ends too early: it was cut short, or a closing } or ] is missing.".into(),
        ErrorKind::Syntax(p) => format!("This is not valid JSON: {}", syntax(p)),
        ErrorKind::NotAnObject => "A plan file is a JSON object { … }.".into(),
        ErrorKind::NotAPlan { .. } => "This is not a resource account plan (its “format” is not resource-account-plan).".into(),
        ErrorKind::MissingVersion => "The “version” field is missing.".into(),
        ErrorKind::NewerVersion { version } => format!(
            "This plan was made by a newer version of the calculator (file version {version}; this page reads versions 1 to {VERSION}). Open it with the newer calculator."
        ),
        ErrorKind::BadVersion => "“version” must be a whole number.".into(),
        ErrorKind::UnknownField { field } => format!("Unknown field “{field}”: check its spelling."),
        ErrorKind::MissingField { field } => format!("The required field “{field}” is missing."),
        ErrorKind::DuplicateField { field } => format!("The field “{field}” is there twice."),
        ErrorKind::WrongType { expected, found: f } => {
            let want = match expected {
                Expected::WholeNumber => "a whole number, 0 or more",
                Expected::Number => "a number (without quotes)",
                Expected::TrueOrFalse => "true or false (without quotes)",
                Expected::Text => "text in double quotes",
                Expected::List => "a list [ … ]",
                Expected::Object => "an object { … }",
            };
            let hint = match (expected, f) {
                (Expected::WholeNumber | Expected::Number, Found::Text(_)) => " Remove the quotes.",
                _ => "",
            };
            format!("Must be {want}, not {}.{hint}", found(f))
        }
        ErrorKind::Negative { found } => format!("Must be 0 or more, not {found}."),
        ErrorKind::TooBig { found, max } => format!("{found} is too large: at most {max}."),
        ErrorKind::NotWhole { found } => format!("Must be a whole number, not {found}."),
        ErrorKind::NotOneOf { found, allowed } => format!("“{found}” is not one of: {}.", allowed.join(", ")),
        ErrorKind::InvalidValue { message } => format!("{message}."),
        ErrorKind::UnknownSku { part_number } => format!("Unknown license “{part_number}”: use the part number or skuId from the admin center."),
        ErrorKind::DuplicateSku { part_number } => format!("The license {part_number} is listed twice."),
        ErrorKind::TooDeep { max } => format!("Call flows are nested more than {max} levels deep."),
        ErrorKind::InvalidPhoneNumber(e) => phone_error(e),
        ErrorKind::NumberTypeMissing => "A number needs its type: callingPlan, directRouting or operatorConnect.".into(),
        ErrorKind::InvalidUpn(_) => "A user principal name looks like name@contoso.com.".into(),
        ErrorKind::ControlCharacters => "The text holds control characters.".into(),
        ErrorKind::InvalidCurrency { found } => format!("“{found}” is not a currency code such as USD or EUR."),
        ErrorKind::InvalidPrice => "The price must be a number of at least 0.".into(),
    };
    if path.is_empty() {
        what
    } else {
        format!("At {path}: {what}")
    }
}

/// `count` (already formatted) with the singular or plural noun.
fn n(count: &str, one: &str, many: &str) -> String {
    format!("{count} {}", if count == "1" { one } else { many })
}

fn undo_label(what: UndoLabel) -> &'static str {
    match what {
        UndoLabel::Rules => "rules",
        UndoLabel::Channel => "channel",
        UndoLabel::Customer => "customer",
        UndoLabel::LicenseCount => "license count",
        UndoLabel::AddNode => "add",
        UndoLabel::AddNodes => "quick add",
        UndoLabel::RenameNode => "rename",
        UndoLabel::NodeKind => "type change",
        UndoLabel::MoveNode => "move",
        UndoLabel::DeleteNode => "delete",
        UndoLabel::AddAccount => "add account",
        UndoLabel::RemoveAccount => "remove account",
        UndoLabel::EditAccount => "account edit",
        UndoLabel::Prices => "price",
        UndoLabel::ReplacePlan => "replace plan",
        UndoLabel::LoadExample => "example",
        UndoLabel::ImportCsv => "CSV import",
    }
}

fn edition_name(r: RuleEdition) -> &'static str {
    match r {
        RuleEdition::E2019 => "2019 rules",
        RuleEdition::E2022 => "2022 rules",
        RuleEdition::E2025 => "2025 rules",
    }
}

fn period(r: RuleEdition) -> &'static str {
    match r {
        RuleEdition::E2025 => "since 3 April 2025 — no cost, in force",
        RuleEdition::E2022 => "30 August 2022 to 2 April 2025",
        RuleEdition::E2019 => "until 29 August 2022 — the original documents",
    }
}

fn channel(c: Channel) -> &'static str {
    match c {
        Channel::WebDirect => "Web Direct (bought in the Microsoft 365 admin center)",
        Channel::EnterpriseAgreement => "Enterprise Agreement (EA, EAS, EES)",
        Channel::Partner => "Partner: CSP / New Commerce (NCE)",
        Channel::CustomerAgreement => "Microsoft Customer Agreement (MCA)",
    }
}

fn cost_item(i: CostItem) -> &'static str {
    match i {
        CostItem::FreeResourceAccount => "Teams Phone Resource Account licenses (no cost)",
        CostItem::PaidLicense(PaidLicenseKind::PhoneSystem) => "Phone System (Teams Phone Standard) licenses",
        CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => "Resource Account licenses beyond the allotment",
        CostItem::CallingPlan => "Calling Plan licenses for accounts that dial out",
    }
}

fn toll_free_billing(b: TollFreeBilling) -> &'static str {
    match b {
        TollFreeBilling::CommunicationsCredits => "Communications Credits (MCOPSTNC), prepaid",
        TollFreeBilling::PayAsYouGoOverage => "pay-as-you-go overage, billed after use",
    }
}

fn example(e: Example) -> &'static str {
    match e {
        Example::Contoso2025 => "Contoso (2025 rules)",
        Example::ContosoNested2025 => "Contoso with 40 nested queues (2025 rules)",
        Example::Contoso2022 => "Contoso (2022 rules)",
        Example::Contoso2019 => "Contoso (2019 rules, the seeds)",
    }
}

fn difference(d: &Difference) -> String {
    match d {
        Difference::NumberlessAccountsCount { accounts } => format!(
            "From 2022 every resource account needs a license, not only those with a phone number: {} without a number need none under 2019 and one from 2022.",
            n(&accounts.to_string(), "account", "accounts")
        ),
        Difference::SharedDevicesCount { licenses, extra_free } => format!(
            "From 2022 Teams Shared Devices (now Shared Space) licenses count toward the allotment: your {licenses} add {extra_free} free licenses that 2019 does not give."
        ),
        Difference::NoCostSince2025 { paid_2022, paid_2019 } => {
            let paid = match (*paid_2022, *paid_2019) {
                (0, p) => format!("the {p} paid under 2019 cost"),
                (p, 0) => format!("the {p} paid under 2022 cost"),
                (a, b) => format!("the {a} paid under 2022 and the {b} paid under 2019 cost"),
            };
            format!("Since 3 April 2025 Resource Account licenses cost nothing, however many you need: {paid} nothing today.")
        }
        Difference::NestedAccountsDroppable { accounts } => format!(
            "Since November/December 2024 a nested auto attendant or call queue can be targeted directly, without a resource account: {} can be dropped under 2025 (none before).",
            n(&accounts.to_string(), "account", "accounts")
        ),
        Difference::TeamsRoomsNotCounted { licenses } => format!(
            "Your {licenses} Teams Rooms licenses include Teams Phone, so they make the tenant eligible under every edition, but no Microsoft page counts them toward the allotment."
        ),
    }
}

fn reason(r: Reason) -> &'static str {
    match r {
        Reason::HasNumber => "has a phone number",
        Reason::NoNumber => "no phone number: no license",
        Reason::EveryAccount => "every resource account needs one",
        Reason::CanBeDropped => "nested, no number: can be dropped",
    }
}

pub(super) fn text(msg: &Msg) -> String {
    match msg {
        Msg::AppTitle => "Teams Phone resource account licenses".into(),
        Msg::AppLede => "How many Resource Account licenses your auto attendants and call queues need, what they cost today (nothing since April 2025), what still costs money, and exactly how to set it up.".into(),
        Msg::PrivacyNote => "Everything stays in this browser: nothing you enter is sent anywhere.".into(),
        Msg::Examples => "Start from".into(),
        Msg::ExampleName(e) => example(*e).into(),
        Msg::ExampleEmpty => "An empty plan".into(),
        Msg::ExampleMarker(e) => match e {
            Example::Contoso2025 => "Example: Contoso, 600 Teams Phone licenses, 90 auto attendants and call queues.".into(),
            Example::ContosoNested2025 => "Example: Contoso, 600 Teams Phone licenses, 50 auto attendants and call queues with numbers and 40 nested queues without.".into(),
            Example::Contoso2022 => "Example: Contoso under the 2022 rules, 500 Teams Phone and 100 Shared Devices licenses, 90 auto attendants and call queues.".into(),
            Example::Contoso2019 => "Example: Contoso under the seeds' 2019 rules, 600 Phone System licenses, 90 auto attendants and call queues with numbers.".into(),
        },
        Msg::ExampleStartEmpty => "Start from an empty plan".into(),
        Msg::ExportJson => "Save plan (.json)".into(),
        Msg::ImportJson => "Open plan (.json)".into(),
        Msg::Print => "Print quote".into(),
        Msg::Undo(what) => format!("Undo {}", undo_label(*what)),
        Msg::UndoNothing => "Nothing to undo".into(),
        Msg::Redo(what) => format!("Redo {}", undo_label(*what)),
        Msg::RedoNothing => "Nothing to redo".into(),
        Msg::UndoKeys => "Ctrl+Z undoes, Ctrl+Shift+Z redoes (⌘ on a Mac).".into(),
        Msg::Deleted { name } => format!("Deleted {name}."),
        Msg::ImportFailed { file, reason } => format!("“{file}” was not opened, and your plan is unchanged. {reason}"),
        Msg::Dismiss => "Dismiss".into(),
        Msg::ExportWarning { reason } => format!("Saved, but the file will not open again until this is fixed: {reason}"),
        Msg::RulesHeading => "Rules".into(),
        Msg::RulesLabel => "Microsoft's licensing rules".into(),
        Msg::RulesOption(r) => format!("{} ({})", edition_name(*r), period(*r)),
        Msg::RulesPeriod(r) => period(*r).into(),
        Msg::RulesExplain(RuleEdition::E2025) => "In force: “There is no longer any cost associated with acquiring Teams Phone Resource Account licenses.” Every resource account still needs one, “bought” at $0 through the channel of your Teams Phone subscription. A nested auto attendant or call queue that never answers calls directly needs no resource account at all. What still costs money: Calling Plans for accounts that dial out, and toll-free minutes.".into(),
        Msg::RulesExplain(RuleEdition::E2022) => "From 30 August 2022 to 2 April 2025: every resource account needs a license, with a number or not; 25 + 1 per 10 Teams Phone or Shared Devices licenses are free, and more cost money (Microsoft never published the price).".into(),
        Msg::RulesExplain(RuleEdition::E2019) => "The seed documents: only resource accounts with a phone number need a license, so nested auto attendants and call queues without a number need none; 25 + 1 per 10 Phone System licenses are free, and beyond that a paid Phone System license is used.".into(),
        Msg::RulesDisagree => "Microsoft's own pages still disagree: the licensing page applies the 2025 rules, but the include file of “Manage resource accounts” still speaks of a zero-cost allocation with extra licenses at a cost, and localized pages lag behind. Compare the editions below before you buy.".into(),
        Msg::RulesNotInForce { shown } => format!("You are looking at the {} ({}). Microsoft's rules in force are the 2025 rules: Resource Account licenses cost nothing.", edition_name(*shown), period(*shown)),
        Msg::UseRulesInForce => "Use the 2025 rules".into(),
        Msg::ChannelLabel => "Where the licenses are bought".into(),
        Msg::ChannelName(c) => channel(*c).into(),
        Msg::ChannelHint => "The Resource Account license is “bought” at $0 through the same channel as Teams Phone; toll-free minutes are paid differently per channel.".into(),
        Msg::CustomerLabel => "Customer or tenant".into(),
        Msg::CustomerPlaceholder => "e.g. Contoso".into(),
        Msg::LicensesHeading => "Your licenses".into(),
        Msg::LicensesIntro => "Enter how many of each license the tenant has. Any license that includes Teams Phone makes the tenant eligible for Resource Account licenses.".into(),
        Msg::LicenseFilter => "Find a license".into(),
        Msg::LicenseFilterPlaceholder => "Name, part number or skuId, e.g. E5 or MCOEV".into(),
        Msg::LicenseGroupTeamsPhone => "Include Teams Phone (counted)".into(),
        Msg::LicenseGroupTeamsRooms => "Teams Rooms".into(),
        Msg::LicenseGroupTeamsRoomsNote => "Teams Rooms Pro, Premium and Standard include Teams Phone: they make the tenant eligible, but never count toward the 25 + 1 per 10 allotment.".into(),
        Msg::LicenseGroupSharedDevices => "Teams Shared Space (formerly Teams Shared Devices)".into(),
        Msg::LicenseGroupSharedDevicesNote(RuleEdition::E2019) => "Not counted under the 2019 rules (they make the tenant eligible, but add nothing per 10).".into(),
        Msg::LicenseGroupSharedDevicesNote(RuleEdition::E2022) => "Counted toward the allotment under the 2022 rules.".into(),
        Msg::LicenseGroupSharedDevicesNote(RuleEdition::E2025) => "Make the tenant eligible; since 2025 nothing depends on the count. Renamed Teams Shared Space in April 2026 (same license).".into(),
        Msg::LicenseGroupOther => "Resource Account licenses you own, Calling Plans, Communications Credits".into(),
        Msg::LicenseGroupNoTeamsPhone => "Do not include Teams Phone (not counted)".into(),
        Msg::LicenseGroupNoTeamsPhoneNote => "E3, E1, Business, F plans and the “no Teams” suites other than E5 give nothing unless Teams Phone Standard is added.".into(),
        Msg::LicenseCountLabel { product } => format!("Number of {product} licenses"),
        Msg::LicenseNoMatch => "No license matches; try the part number or skuId from the admin center.".into(),
        Msg::QualifyingTotal { total } => format!("{total} qualifying licenses"),
        Msg::AllotmentFormula { qualifying, extra, total } => format!("25 + ⌊{qualifying} ÷ 10⌋ = 25 + {extra} = {total} free licenses"),
        Msg::AllotmentNoCost => "No allotment since 3 April 2025: every resource account gets its Resource Account license at no cost.".into(),
        Msg::AllotmentNone => "No license that includes Teams Phone yet: no Resource Account licenses.".into(),
        Msg::NumberError { error, sample, max } => match error {
            NumberError::NotANumber => format!("Digits only, e.g. {sample}."),
            NumberError::Negative => "Must be 0 or more.".into(),
            NumberError::NotWhole => "A whole number, please (no decimals).".into(),
            NumberError::TooLarge { .. } => format!("Too large: at most {max}."),
            NumberError::Grouping => format!("Group thousands by three, e.g. {sample}, or leave out the separator."),
        },
        Msg::StaleResult { count } => format!("Fix {} to see the result: it would otherwise be computed from a value nobody typed.", n(count, "field", "fields")),
        Msg::StaleField { label } => format!("Go to “{label}”"),
        Msg::CallFlowsHeading => "Auto attendants and call queues".into(),
        Msg::CallFlowsIntro => "Each auto attendant and call queue answers as one or more resource accounts. Nest the ones that callers reach from another.".into(),
        Msg::AddAutoAttendant => "Add auto attendant".into(),
        Msg::AddCallQueue => "Add call queue".into(),
        Msg::NoCallFlows => "No auto attendants or call queues yet. Add one, use quick entry, or paste a CSV.".into(),
        Msg::NodeKindName(NodeKind::AutoAttendant) => "Auto attendant".into(),
        Msg::NodeKindName(NodeKind::CallQueue) => "Call queue".into(),
        Msg::NodeKindLabel => "Type".into(),
        Msg::NodeName => "Name".into(),
        Msg::DefaultNodeName { kind: k, n } => match k {
            NodeKind::AutoAttendant => format!("Auto attendant {n}"),
            NodeKind::CallQueue => format!("Call queue {n}"),
        },
        Msg::NodeActions { name } => format!("Actions for {name}"),
        Msg::AddChild { kind: k } => format!("Nest {}", kind(*k)),
        Msg::AddAccount => "Add resource account".into(),
        Msg::MoveUp => "Move up".into(),
        Msg::MoveDown => "Move down".into(),
        Msg::Indent => "Nest under the one above".into(),
        Msg::Outdent => "Move out one level".into(),
        Msg::Delete => "Delete".into(),
        Msg::DeleteNamed { name } => format!("Delete {name} and what is nested in it"),
        Msg::NestedUnder { parent } => format!("nested under {parent}"),
        Msg::AccountHeading { n } => format!("Resource account {n}"),
        Msg::AccountDisplayName => "Display name".into(),
        Msg::AccountUpn => "User principal name".into(),
        Msg::AccountPhone => "Phone number".into(),
        Msg::AccountPhoneHint => "E.164, e.g. +1 250 555 0012; empty for none".into(),
        Msg::AccountNumberType => "Number type".into(),
        Msg::NumberTypeName(t) => number_type(*t).into(),
        Msg::NumberTypeUnset => "Choose…".into(),
        Msg::AccountTollFree => "Toll-free".into(),
        Msg::AccountCallerId => "Dials out (caller ID or transfer to an external number)".into(),
        Msg::AccountCurrentLicense => "License today".into(),
        Msg::CurrentLicenseName(CurrentLicense::None) => "None (new account)".into(),
        Msg::CurrentLicenseName(CurrentLicense::ResourceAccount) => "Resource Account".into(),
        Msg::CurrentLicenseName(CurrentLicense::PhoneSystem) => "Phone System (Teams Phone Standard)".into(),
        Msg::RemoveAccount => "Remove account".into(),
        Msg::NoAccountWarning { top_level_only: false } => "No resource account: under these rules every auto attendant and call queue needs one.".into(),
        Msg::NoAccountWarning { top_level_only: true } => "No resource account: a top-level auto attendant or call queue needs one to answer calls (or nest it under the one that transfers to it).".into(),
        Msg::NestedWithoutAccount => "No resource account: fine for a nested one under the 2025 rules; its parent targets it directly.".into(),
        Msg::PhoneError(e) => phone_error(e),
        Msg::UpnError(e) => match e {
            UpnError::NotNameAtDomain => "Use the form name@domain, e.g. aa-main@contoso.com.".into(),
            UpnError::InvalidCharacter => "No spaces or control characters.".into(),
            UpnError::BadDomain => "The domain needs a dot, e.g. contoso.com.".into(),
        },
        Msg::Decision(d) => decision(*d).into(),
        Msg::Droppable => "can be dropped".into(),
        Msg::ShowingPage { from, to, total } => format!("Showing {from}–{to} of {total} top-level call flows"),
        Msg::PreviousPage => "Previous".into(),
        Msg::NextPage => "Next".into(),
        Msg::FindCallFlow => "Find by name or number".into(),
        Msg::QuickHeading => "Quick entry".into(),
        Msg::QuickCount => "How many".into(),
        Msg::QuickKind => "of".into(),
        Msg::QuickUnder => "at".into(),
        Msg::QuickTopLevel => "the top level".into(),
        Msg::QuickWithNumbers => "with phone numbers".into(),
        Msg::QuickFirstNumber => "first number (the rest follow in sequence)".into(),
        Msg::QuickNumberType => "number type".into(),
        Msg::QuickAdd => "Add".into(),
        Msg::QuickCountInvalid => "Enter how many, from 1 to 5000.".into(),
        Msg::QuickNestLimit => format!("Call flows can be nested at most {MAX_NESTING} levels deep."),
        Msg::CsvHeading => "Paste or import a CSV".into(),
        Msg::CsvIntro => "From Teams PowerShell: Get-CsOnlineApplicationInstance | Export-Csv accounts.csv. Columns used: DisplayName, UserPrincipalName, ApplicationId, PhoneNumber.".into(),
        Msg::CsvPasteLabel => "CSV text".into(),
        Msg::CsvFileLabel => "or a .csv file".into(),
        Msg::CsvNumberType => "The numbers in it are".into(),
        Msg::CsvImport => "Add these accounts".into(),
        Msg::CsvResult { read, skipped, problems } => {
            let mut t = format!("Added {}.", n(read, "call flow", "call flows"));
            if skipped != "0" {
                t.push_str(&format!(" Skipped {} already in the plan (same user principal name).", n(skipped, "row", "rows")));
            }
            if problems != "0" {
                t.push_str(&format!(" {} could not be read:", n(problems, "row", "rows")));
            }
            t
        }
        Msg::CsvProblem { line, kind } => format!("Line {line}: {}", csv_problem(kind)),
        Msg::ResultsHeading => "Result".into(),
        Msg::FigureLabel(f) => figure(*f).into(),
        Msg::FigureExplain(f, r) => figure_explain(*f, *r).into(),
        Msg::Summary { free, paid, needing } => {
            format!("{} a license: {free} free, {paid} to pay for.", n(needing, "account needs", "accounts need"))
        }
        Msg::SummaryNoCost { needing, removable } => {
            let head = format!("{} a Resource Account license, all at no cost.", n(needing, "resource account needs", "resource accounts need"));
            if removable == "0" { head } else { format!("{head} {removable} of them can be dropped.") }
        }
        Msg::SummaryNotEligible { needing } => format!("{} a license, but the tenant has no license with Teams Phone yet, so it can get none.", n(needing, "resource account needs", "resource accounts need")),
        Msg::BarLabel { used, allotment, paid } => format!("{used} of {allotment} free licenses used; {paid} paid beyond them"),
        Msg::BarUnused => "free, unused".into(),
        Msg::DecisionCount { label, count } => format!("{count} × {}", decision(*label)),
        Msg::ShowAll { count } => format!("Show all {count}"),
        Msg::PaidSideHeading => "What still costs money".into(),
        Msg::PaidSideCallingPlan { count } => format!("{} dial out with a Calling Plan number: a Calling Plan license each (pay-as-you-go works).", n(count, "account", "accounts")),
        Msg::PaidSideVoiceRouting { count } => format!("{} dial out over Direct Routing: an online voice routing policy each (your carrier bills the calls).", n(count, "account", "accounts")),
        Msg::PaidSideOperatorConnect { count } => format!("{} dial out with an Operator Connect number: nothing more from Microsoft (the operator bills the calls).", n(count, "account", "accounts")),
        Msg::PaidSideUndecided { count } => format!("{} dial out without a number or number type yet: each needs a Calling Plan license with a number, an Operator Connect number, or a voice routing policy.", n(count, "account", "accounts")),
        Msg::PaidSideTollFree { count, billing } => format!("{}: each minute callers spend on them is billed to you, through {}.", n(count, "toll-free number", "toll-free numbers"), toll_free_billing(*billing)),
        Msg::PaidSideNothing => "Nothing: no account dials out and no number is toll-free.".into(),
        Msg::LicenseStatusHeading => "Licenses the accounts hold today".into(),
        Msg::LicenseStatusResourceAccount { count } => format!("{} a Resource Account license.", n(count, "account holds", "accounts hold")),
        Msg::LicenseStatusPhoneSystem { count } => format!("{} Teams Phone Standard, which resource accounts must not use: switch to a Resource Account license in the same license operation.", n(count, "account holds", "accounts hold")),
        Msg::LicenseStatusNone { count } => format!("{} no license yet: an auto attendant or call queue takes no calls until its account is licensed.", n(count, "account has", "accounts have")),
        Msg::CostHeading => "Cost".into(),
        Msg::CostItemName(i) => cost_item(*i).into(),
        Msg::CostLine { quantity, item, unit, total } => format!("{quantity} × {} at {unit} = {total} per month", cost_item(*item)),
        Msg::CostLineUnpriced { quantity, item } => format!("{quantity} × {}: enter a price to include them", cost_item(*item)),
        Msg::CostPriceLabel(i) => match i {
            CostItem::PaidLicense(PaidLicenseKind::PhoneSystem) => "Phone System license, per month".into(),
            CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => "Resource Account license beyond the allotment, per month".into(),
            CostItem::CallingPlan => "Calling Plan license, per month".into(),
            CostItem::FreeResourceAccount => "Resource Account license, per month".into(),
        },
        Msg::CostPriceNotPublished(i) => match i {
            CostItem::PaidLicense(PaidLicenseKind::ResourceAccount) => "Microsoft never published this price: enter the one your reseller quoted.".into(),
            CostItem::CallingPlan => "Calling Plan prices vary by country and plan: enter yours.".into(),
            _ => "Enter your price.".into(),
        },
        Msg::CostCurrency => "Currency".into(),
        Msg::CostDefaultNote { seen } => format!("Phone System at USD 8.00: Microsoft's list price for Teams Phone Standard per user per month with annual commitment, seen {seen}. Enter your own price to replace it."),
        Msg::CostMonthly { amount } => format!("{amount} per month"),
        Msg::CostYearly { amount } => format!("{amount} per year"),
        Msg::CostIncomplete => "Not included yet: lines without a price.".into(),
        Msg::CostNone => "Nothing to pay: no line has a cost.".into(),
        Msg::CostTollFreeUsage { count, billing } => format!("Plus usage: {} billed by the minute through {} (no fixed price).", n(count, "toll-free number", "toll-free numbers"), toll_free_billing(*billing)),
        Msg::CurrencyInvalid => "Three capital letters, e.g. USD, EUR, CNY.".into(),
        Msg::WarningsHeading => "Check these".into(),
        Msg::AdviceHeading => "Ways to pay less or do less".into(),
        Msg::NoWarnings => "Nothing to check.".into(),
        Msg::GoTo { name } => format!("Go to {name}"),
        Msg::WarnNoPhoneSystem(RuleEdition::E2025) => "No license that includes Teams Phone: the tenant cannot get Resource Account licenses at all. Add Teams Phone Standard (or an E5) for at least one user.".into(),
        Msg::WarnNoPhoneSystem(_) => "No license that includes Teams Phone: the tenant gets no free Resource Account licenses. Add Teams Phone Standard (or an E5) for at least one user.".into(),
        Msg::WarnUnknownSkus { list } => format!("Unknown licenses, counted as nothing: {list}."),
        Msg::WarnNodesWithoutAccount { count, top_level_only: false } => format!("{count} auto attendants or call queues have no resource account; under these rules each needs one."),
        Msg::WarnNodesWithoutAccount { count, top_level_only: true } => format!("{count} top-level auto attendants or call queues have no resource account, so no call can reach them: give each one, or nest it under the one that transfers to it."),
        Msg::WarnInvalidNumbers { count } => format!("{count} phone numbers are not valid E.164 numbers; they still count as numbers."),
        Msg::WarnNumberTypeMissing { count } => format!("{count} numbers have no number type (Calling Plan, Direct Routing or Operator Connect)."),
        Msg::WarnExtension { count } => format!("{count} numbers carry ;ext=, which only Direct Routing numbers may."),
        Msg::WarnDuplicate { number, count } => format!("{number} is on {count} accounts; a number can be assigned once."),
        Msg::WarnTollFree { count, billing, credits_in_plan } => match (billing, credits_in_plan) {
            (TollFreeBilling::CommunicationsCredits, true) => format!("{} draw on Communications Credits: keep the balance above zero (turn on auto-recharge), or they stop taking calls.", n(count, "toll-free number", "toll-free numbers")),
            (TollFreeBilling::CommunicationsCredits, false) => format!("{} need Communications Credits (MCOPSTNC) with a positive balance; the plan has none.", n(count, "toll-free number", "toll-free numbers")),
            (TollFreeBilling::PayAsYouGoOverage, _) => format!("{}: New Commerce and Microsoft Customer Agreement customers cannot buy Communications Credits; toll-free minutes are billed as pay-as-you-go overage. Make sure your partner or billing account allows it.", n(count, "toll-free number", "toll-free numbers")),
        },
        Msg::WarnPstn { count, need } => format!("{count} accounts that dial out also need {}.", pstn(*need)),
        Msg::WarnSwitch { count } => format!("{count} accounts hold a paid Phone System license that a free one covers. Switch in one license operation: remove Phone System and add Resource Account together, or the account may stop working."),
        Msg::WarnReplaceStandard { count } => format!("{count} accounts hold Teams Phone Standard, which resource accounts must not use. Replace it with a Resource Account license in one license operation, or the account may stop working."),
        Msg::WarnUnneeded { count } => format!("{count} accounts without a number hold a paid Phone System license they do not need under the 2019 rules."),
        Msg::AdviceNest { count } => format!("Take the number off {count} accounts and reach their nodes from another auto attendant instead (nested, without a number): then nothing is paid under the 2019 rules."),
        Msg::AdviceMoreLicenses { count } => format!("{count} more qualifying licenses would bring the paid part to zero."),
        Msg::AdviceDropNested { count } => format!("{} of nested auto attendants and call queues can go: have the parent target the auto attendant or call queue itself. Fewer accounts to create, license and keep.", n(count, "resource account", "resource accounts")),
        Msg::AdviceNoCostToday { paid } => format!("Under the rules in force since 3 April 2025 these {paid} licenses cost nothing: switch to the 2025 rules to see today's answer."),
        Msg::AdviceSharedDevices { count } => format!("Your {count} Teams Shared Devices licenses count toward the allotment from the 2022 rules on."),
        Msg::AdvicePayAsYouGo { count } => format!("The {} that dial out with a Calling Plan number can use a pay-as-you-go Calling Plan when they place few calls.", n(count, "account", "accounts")),
        Msg::AdviceNone => "Nothing to pay and nothing to drop.".into(),
        Msg::EditionsHeading => "The three rule editions side by side".into(),
        Msg::EditionsIntro => "The same plan under each of Microsoft's rule editions. Microsoft's licensing page applies the 2025 rules today; the older ones explain the figures of older quotes and of pages that were never updated.".into(),
        Msg::EditionColumn(r) => edition_name(*r).into(),
        Msg::EditionInForce => "in force".into(),
        Msg::EditionsCostRow => "Cost of licenses per month".into(),
        Msg::EditionsCostUnpriced => "price not entered".into(),
        Msg::EditionsWhyHeading => "Why they differ for this plan".into(),
        Msg::EditionsSame => "The three editions give the same figures for this plan.".into(),
        Msg::Difference(d) => difference(d),
        Msg::EditionsSources => "Why two sources give different numbers: Microsoft's licensing page (“Microsoft Teams Phone Resource Account licenses”, 3 April 2025) says the licenses cost nothing, but the include file of “Manage resource accounts” still speaks of a zero-cost allocation with extra licenses at a cost and of licensing “the first auto attendant receiving the call”, and localized pages (German, Chinese, French, Italian among them) still show the 25 + 1 per 10 allotment. The licensing page is the one that applies.".into(),
        Msg::EditionsAccountsHeading => "Each account under each edition".into(),
        Msg::EditionsAccountColumn => "Resource account".into(),
        Msg::ReasonText(r) => reason(*r).into(),
        Msg::StepsHeading => "Steps".into(),
        Msg::StepsIntro => "Do these in order. Tick them off as you go.".into(),
        Msg::StepCheck => "Check what the tenant has".into(),
        Msg::StepCheckDetail => "Microsoft 365 admin center › Billing › Your products. The license shows as “Microsoft Teams Phone Resource Account” (older name “Microsoft 365 Phone System – Virtual User”).".into(),
        Msg::StepFree { quantity, allotment, owned } => match (allotment, owned.as_str()) {
            (Some(a), "0") => format!("Get {quantity} free Resource Account licenses (of the {a} you are entitled to)"),
            (Some(a), o) => format!("Get {quantity} more free Resource Account licenses (you have {o}; you are entitled to {a})"),
            (None, "0") => format!("Get {} at no cost (one per resource account you keep)", n(quantity, "Resource Account license", "Resource Account licenses")),
            (None, o) => format!("Get {} more at no cost (you have {o})", n(quantity, "Resource Account license", "Resource Account licenses")),
        },
        Msg::StepFreeDetail(c) => match c {
            Channel::WebDirect => "Microsoft 365 admin center › Marketplace › All products, search “Resource”, open Microsoft Teams Phone Resource Account › Details, enter the quantity and Buy (older admin center: Billing › Purchase services › Add-ons). It costs nothing but must still be bought. In the older checkout, untick “Automatically assign to all of your users with no licenses”.".into(),
            Channel::EnterpriseAgreement => "Order Microsoft Teams Phone Resource Account ($0) from your Licensing Solution Partner on the enrollment that carries your Teams Phone licenses; it then shows in Microsoft 365 admin center › Billing › Your products. It costs nothing but must still be ordered.".into(),
            Channel::Partner => "Ask your CSP partner to add Microsoft Teams Phone Resource Account ($0) in Partner Center, next to your Teams Phone subscription; it then shows in Microsoft 365 admin center › Billing › Your products. It costs nothing but must still be ordered.".into(),
            Channel::CustomerAgreement => "Microsoft 365 admin center › Marketplace › All products, search “Resource”, open Microsoft Teams Phone Resource Account › Details › Buy, billed ($0) to your Microsoft Customer Agreement billing account, or order it through your Microsoft account team.".into(),
        },
        Msg::StepPaid { quantity, kind: k } => match k {
            PaidLicenseKind::ResourceAccount => format!("Buy {quantity} Resource Account licenses at a cost"),
            PaidLicenseKind::PhoneSystem => format!("Get {quantity} paid Phone System (Teams Phone Standard) licenses"),
        },
        Msg::StepPaidDetail(k, c) => {
            let path = match c {
                Channel::WebDirect | Channel::CustomerAgreement => "Microsoft 365 admin center › Marketplace (older: Billing › Purchase services)",
                Channel::EnterpriseAgreement => "your Licensing Solution Partner",
                Channel::Partner => "your CSP partner",
            };
            match k {
                PaidLicenseKind::ResourceAccount => format!("Under the 2022 rules, more Microsoft Teams Phone Resource Account licenses beyond the allotment, through {path}. Do not use Teams Phone Standard for resource accounts."),
                PaidLicenseKind::PhoneSystem => format!("Under the 2019 rules, accounts beyond the allotment use a regular Phone System (Teams Phone Standard) user license, through {path}."),
            }
        }
        Msg::StepCallingPlans { quantity } => format!("Get {} for the accounts that dial out", n(quantity, "Calling Plan license", "Calling Plan licenses")),
        Msg::StepCallingPlansDetail(c) => format!(
            "One per account that dials out with a Calling Plan number; a pay-as-you-go Calling Plan works. {} Set each account's usage location to its number's country.",
            match c {
                Channel::WebDirect | Channel::CustomerAgreement => "Microsoft 365 admin center › Marketplace, search “Calling Plan”.",
                Channel::EnterpriseAgreement => "Order them from your Licensing Solution Partner.",
                Channel::Partner => "Order them from your CSP partner.",
            }
        ),
        Msg::StepTollFree { count, billing } => match billing {
            TollFreeBilling::CommunicationsCredits => format!("Buy Communications Credits for {} and turn on auto-recharge", n(count, "toll-free number", "toll-free numbers")),
            TollFreeBilling::PayAsYouGoOverage => format!("Make sure pay-as-you-go overage covers {}", n(count, "toll-free number", "toll-free numbers")),
        },
        Msg::StepTollFreeDetail(b) => match b {
            TollFreeBilling::CommunicationsCredits => "Microsoft 365 admin center › Marketplace (or Billing › Purchase services) › Communications Credits › Buy; then Billing › Your products › Communications Credits: set a starting balance and auto-recharge. Toll-free numbers stop taking calls when the balance runs out.".into(),
            TollFreeBilling::PayAsYouGoOverage => "New Commerce and Microsoft Customer Agreement customers cannot buy Communications Credits: toll-free minutes are billed after use as pay-as-you-go overage. Before you assign toll-free numbers, check with your partner (or in your MCA billing account) that overage is allowed.".into(),
        },
        Msg::StepCreate { count } => format!("Create {}", n(count, "resource account", "resource accounts")),
        Msg::StepCreateDetail => "Teams admin center › Voice › Resource accounts (older: Org-wide settings › Resource accounts) › Add: display name, username, type. Since late 2024 this needs a Teams admin role plus User Administrator. Skip any that already exist.".into(),
        Msg::StepCreateLine { kind: k, name, upn, number } => format!("{name}: {}, {upn}, {number}", kind(*k)),
        Msg::StepLicense { count } => format!("Assign licenses to {}", n(count, "account", "accounts")),
        Msg::StepLicenseDetail => "Microsoft 365 admin center › Users › Active users › the account › set the usage location to the number's country first, then Licenses and apps › tick the license › Save changes.".into(),
        Msg::StepLicenseLine { name, license, swap } => {
            let l = match license {
                LicenseLabel::FreeResourceAccount => "Resource Account (no cost)",
                LicenseLabel::PaidResourceAccount => "Resource Account (paid)",
                LicenseLabel::PhoneSystem => "Phone System (paid)",
            };
            if *swap {
                format!("{name}: {l}, replacing Teams Phone Standard in the same save")
            } else {
                format!("{name}: {l}")
            }
        }
        Msg::StepSwapWarning => "Swapping: untick Teams Phone Standard and tick Resource Account in the same save. Removing, saving, adding and saving again can break the account; the fix then is a new resource account.".into(),
        Msg::StepWait { hours } => format!("Wait for the licenses to reach Teams (up to {hours} hours)"),
        Msg::StepNumbers { count } => format!("Assign {}", n(count, "phone number", "phone numbers")),
        Msg::StepNumbersDetail => "Teams admin center › Voice › Resource accounts › the account › Assign/unassign › phone number type › the number › Save.".into(),
        Msg::StepNumberLine { name, number, number_type: t } => match t {
            Some(t) => format!("{name}: {number} ({})", number_type(*t)),
            None => format!("{name}: {number} (choose the number type)"),
        },
        Msg::StepPstn { count } => format!("Set up dialling out for {}", n(count, "account", "accounts")),
        Msg::StepPstnLine { name, need } => format!("{name}: {}", pstn(*need)),
        Msg::StepAssociate { count } => format!("Associate {} with their auto attendants and call queues", n(count, "account", "accounts")),
        Msg::StepAssociateDetail => "Teams admin center › Voice › Auto attendants or Call queues › the one › Resource accounts › Add.".into(),
        Msg::StepAssociateLine { name, node, kind: k } => format!("{name} → {} {node}", kind(*k)),
        Msg::StepTargetNested { count } => format!("Target {} directly, without a resource account", n(count, "nested auto attendant or call queue", "nested auto attendants and call queues")),
        Msg::StepTargetNestedDetail => "Teams admin center › Voice › Auto attendants (or Call queues) › the parent › the menu option, overflow or timeout that reaches the nested one › Redirect to: Voice app › choose the auto attendant or call queue itself, not a resource account › Save (possible since 11 December 2024; in PowerShell since 5 November 2024: New-CsAutoAttendantCallableEntity -Type ConfigurationEndpoint). An account that exists already: once nothing targets it, remove its association, its license and the account.".into(),
        Msg::StepTargetNestedLine { node, kind: k, parent, account, exists } => {
            let head = match k {
                NodeKind::AutoAttendant => "Auto attendant",
                NodeKind::CallQueue => "Call queue",
            };
            if *exists {
                format!("{head} {node}, reached from {parent}: retarget, then remove the account {account}")
            } else {
                format!("{head} {node}, reached from {parent}: no need to create the account {account}")
            }
        }
        Msg::NoUpn => "no username yet".into(),
        Msg::NoNumber => "no number".into(),
        Msg::PowerShellHeading => "The same in PowerShell".into(),
        Msg::PowerShellIntro => "Generated from your plan for MicrosoftTeams and Microsoft Graph PowerShell. Read it before you run it; accounts without a username are left as comments.".into(),
        Msg::DownloadScript => "Download script (.ps1)".into(),
        Msg::QuotePrepared { date, rules } => format!("Prepared {date}, under Microsoft's {} ({}).", edition_name(*rules), period(*rules)),
        Msg::QuoteCost { monthly, yearly } => format!("Cost: {monthly} per month, {yearly} per year."),
        Msg::QuoteLink => "Open this plan in the calculator".into(),
        Msg::ShareHeading => "Share and embed".into(),
        Msg::ShareLinkLabel => "Link to this plan (the plan is inside the link; no server stores it)".into(),
        Msg::ShareLinkPending => "Making the link…".into(),
        Msg::ShareLinkLong { length } => format!("This link is {length} characters long, and some email, chat and wiki tools cut long links: for a plan this size, send the saved file instead."),
        Msg::Copy => "Copy link".into(),
        Msg::Copied => "Copied.".into(),
        Msg::CopyFailed => "This page may not use the clipboard here: select the text and copy it.".into(),
        Msg::CopySummaryText => "Copy summary (text)".into(),
        Msg::CopySummaryMarkdown => "Copy summary (Markdown)".into(),
        Msg::EmbedHeading => "Embed in a wiki page".into(),
        Msg::EmbedIntro => "Paste the frame where the calculator should appear, and the script once on the page so the frame takes the calculator's height.".into(),
        Msg::EmbedReadOnly => "Read-only (a published example)".into(),
        Msg::EmbedWithPlan => "Show this plan".into(),
        Msg::EmbedSandboxed => "Sandboxed frame".into(),
        Msg::EmbedSandboxNote => "A sandboxed frame runs with an opaque origin, so it loads the calculator's script in CORS mode: it stays blank unless the server that hosts the calculator sends Access-Control-Allow-Origin: * for its .js, .wasm and .css files. Without the sandbox the frame works on any static host.".into(),
        Msg::EmbedIframeLabel => "Frame".into(),
        Msg::EmbedScriptLabel => "Host script".into(),
        Msg::EmbedTitle => "Teams Phone resource account calculator".into(),
        Msg::StorageUnavailable => "This browser does not let the page save here, so the plan lives only in this tab: save it as a file or a link to keep it.".into(),
        Msg::StorageFull => "The browser's storage is full, so the latest changes are not saved: save the plan as a file.".into(),
        Msg::SavedPlanUnreadable { reason } => format!("The plan saved in this browser could not be read, so the example is shown instead. The saved text is kept; download it to keep it. {reason}"),
        Msg::DownloadUnreadable => "Download the saved text".into(),
        Msg::LinkOpened => "You opened a shared plan. The plan you had is kept until you choose:".into(),
        Msg::BackToMyPlan => "Back to my plan".into(),
        Msg::KeepThisPlan => "Keep this one".into(),
        Msg::LinkLoading => "Opening the shared plan…".into(),
        Msg::LinkDamaged { reason } => format!("The link's plan could not be opened, so your own plan is shown. {reason}"),
        Msg::LinkErrorMalformed => "The link is not a calculator link.".into(),
        Msg::LinkErrorNewer { version } => format!("It was made by a newer version of the calculator (link version {version})."),
        Msg::LinkErrorEncoding => "The link is cut short or changed: copy the whole link again.".into(),
        Msg::LinkErrorDamaged => "The link is damaged or cut short: copy the whole link again.".into(),
        Msg::ReadOnlyNote => "A published example: it cannot be edited here.".into(),
        Msg::OpenFullCalculator => "Open in the full calculator".into(),
        Msg::PlanError { path, kind: k } => plan_error(path, k),
        Msg::PlanErrorAt { line, column } => format!("(line {line}, column {column})"),
        Msg::PlanErrorAtLine { line } => format!("(line {line})"),
        Msg::FileReadFailed => "The browser could not read the file.".into(),
        Msg::Unnamed => "(unnamed)".into(),
    }
}
