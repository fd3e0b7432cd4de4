//! English.

use super::{DecisionLabel, Figure, LicenseLabel, Msg, UndoLabel};
use crate::engine::csv::CsvProblemKind;
use crate::engine::plan::{CurrentLicense, UpnError};
use crate::engine::{NodeKind, NumberType, PaidLicenseKind, PhoneNumberError, PstnNeed, RuleEdition};
use crate::plan_file::{ErrorKind, MAX_NESTING, VERSION};

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
    }
}

fn figure_explain(f: Figure, rules: RuleEdition) -> &'static str {
    match (f, rules) {
        (Figure::QualifyingLicenses, RuleEdition::Current) => {
            "Teams Phone user and Shared Devices licenses; each 10 add one free license"
        }
        (Figure::QualifyingLicenses, RuleEdition::Original) => {
            "Phone System user licenses; each 10 add one free license"
        }
        (Figure::FreeAllotment, _) => "Resource Account licenses you may “buy” at no cost: 25 + 1 per 10 qualifying",
        (Figure::AccountsNeedingLicense, RuleEdition::Current) => "every resource account, with a number or not",
        (Figure::AccountsNeedingLicense, RuleEdition::Original) => "resource accounts with a phone number",
        (Figure::AccountsWithoutLicenseNeed, RuleEdition::Current) => "none under the current rules",
        (Figure::AccountsWithoutLicenseNeed, RuleEdition::Original) => {
            "accounts without a number, such as nested nodes"
        }
        (Figure::FreeUsed, _) => "of the accounts needing one, how many the free licenses cover",
        (Figure::PaidNeeded, RuleEdition::Current) => "Resource Account licenses to buy beyond the free ones",
        (Figure::PaidNeeded, RuleEdition::Original) => {
            "paid Phone System licenses for the accounts beyond the free ones"
        }
        (Figure::LicensesToCoverAll, _) => "more qualifying licenses would bring the paid part to zero",
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

fn plan_error(path: &str, k: &ErrorKind) -> String {
    let what = match k {
        ErrorKind::Empty => "The file is empty.".to_string(),
        ErrorKind::TooLarge { bytes } => format!("The file is too large ({bytes} bytes)."),
        ErrorKind::NotUtf8 { byte_offset } => format!("The file is not UTF-8 text (byte {byte_offset})."),
        ErrorKind::Syntax { message } => format!("This is not valid JSON: {message}."),
        ErrorKind::NotAnObject => "A plan file is a JSON object { … }.".into(),
        ErrorKind::NotAPlan { .. } => "This is not a resource account plan (its “format” is not resource-account-plan).".into(),
        ErrorKind::MissingVersion => "The “version” field is missing.".into(),
        ErrorKind::NewerVersion { version } => format!(
            "This plan was made by a newer version of the calculator (file version {version}; this page reads version {VERSION}). Open it with the newer calculator."
        ),
        ErrorKind::BadVersion => "“version” must be a whole number.".into(),
        ErrorKind::UnknownField { field } => format!("Unknown field “{field}”: check its spelling."),
        ErrorKind::MissingField { field } => format!("The required field “{field}” is missing."),
        ErrorKind::InvalidValue { message } => format!("{message}."),
        ErrorKind::UnknownSku { part_number } => format!("Unknown license part number “{part_number}”."),
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

pub(super) fn text(msg: &Msg) -> String {
    match msg {
        Msg::AppTitle => "Teams Phone resource account licenses".into(),
        Msg::AppLede => "How many free Resource Account licenses you get, how many your auto attendants and call queues need, what to pay for, and how to set it up.".into(),
        Msg::PrivacyNote => "Everything stays in this browser: nothing you enter is sent anywhere.".into(),
        Msg::Examples => "Start from".into(),
        Msg::ExampleContosoSeed => "Contoso (original rules)".into(),
        Msg::ExampleContosoCurrent => "Contoso (current rules)".into(),
        Msg::ExampleEmpty => "An empty plan".into(),
        Msg::ExportJson => "Save plan (.json)".into(),
        Msg::ImportJson => "Open plan (.json)".into(),
        Msg::Print => "Print quote".into(),
        Msg::Undo(what) => format!(
            "Undo {}",
            match what {
                UndoLabel::DeleteNode => "delete",
                UndoLabel::RemoveAccount => "remove account",
                UndoLabel::ReplacePlan => "replace plan",
                UndoLabel::ImportCsv => "CSV import",
                UndoLabel::AddNodes => "quick add",
            }
        ),
        Msg::UndoNothing => "Nothing to undo".into(),
        Msg::ImportFailed { file, reason } => format!("“{file}” was not opened, and your plan is unchanged. {reason}"),
        Msg::Dismiss => "Dismiss".into(),
        Msg::ExportWarning { reason } => format!("Saved, but the file will not open again until this is fixed: {reason}"),
        Msg::RulesHeading => "Rules".into(),
        Msg::RulesLabel => "Licensing rules".into(),
        Msg::RulesOption(RuleEdition::Current) => "Current (since August 2022)".into(),
        Msg::RulesOption(RuleEdition::Original) => "Original (before August 2022)".into(),
        Msg::RulesExplain(RuleEdition::Current) => "Since 30 August 2022 every resource account needs a license, with a number or not, and Teams Shared Devices licenses count toward the free allotment.".into(),
        Msg::RulesExplain(RuleEdition::Original) => "Microsoft's original rules: only resource accounts with a phone number need a license, so nested auto attendants and call queues without a number need none.".into(),
        Msg::RulesChange => "Microsoft's own pages still disagree on whether nested nodes without a number need a license; compare both editions before you buy.".into(),
        Msg::LicensesHeading => "Your licenses".into(),
        Msg::LicensesIntro => "Enter how many of each license the tenant has. Only licenses that include Teams Phone count toward the free allotment.".into(),
        Msg::LicenseFilter => "Find a license".into(),
        Msg::LicenseFilterPlaceholder => "Name or part number, e.g. E5 or MCOEV".into(),
        Msg::LicenseGroupTeamsPhone => "Include Teams Phone (counted)".into(),
        Msg::LicenseGroupSharedDevices => "Teams Shared Devices".into(),
        Msg::LicenseGroupSharedDevicesNote(RuleEdition::Current) => "Counted under the current rules.".into(),
        Msg::LicenseGroupSharedDevicesNote(RuleEdition::Original) => "Not counted under the original rules (they make the tenant eligible, but add nothing per 10).".into(),
        Msg::LicenseGroupOther => "Calling Plans, Communications Credits, Resource Account licenses you own".into(),
        Msg::LicenseGroupNoTeamsPhone => "Do not include Teams Phone (not counted)".into(),
        Msg::LicenseGroupNoTeamsPhoneNote => "E3, E1, Business and F plans give no free licenses unless Teams Phone Standard is added.".into(),
        Msg::LicenseCountLabel { product } => format!("Number of {product} licenses"),
        Msg::LicenseNoMatch => "No license matches; try the part number from the admin center.".into(),
        Msg::QualifyingTotal { total } => format!("{total} qualifying licenses"),
        Msg::AllotmentFormula { qualifying, extra, total } => format!("25 + ⌊{qualifying} ÷ 10⌋ = 25 + {extra} = {total} free licenses"),
        Msg::AllotmentNone => "No license that includes Teams Phone yet: no free licenses.".into(),
        Msg::CountInvalid => "Enter a whole number, 0 or more.".into(),
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
        Msg::AccountCallerId => "Caller ID or PSTN transfer".into(),
        Msg::AccountCurrentLicense => "License today".into(),
        Msg::CurrentLicenseName(CurrentLicense::None) => "None (new account)".into(),
        Msg::CurrentLicenseName(CurrentLicense::ResourceAccount) => "Resource Account".into(),
        Msg::CurrentLicenseName(CurrentLicense::PhoneSystem) => "Phone System (Teams Phone Standard)".into(),
        Msg::RemoveAccount => "Remove account".into(),
        Msg::NoAccountWarning => "No resource account: every auto attendant and call queue needs one.".into(),
        Msg::PhoneError(e) => phone_error(e),
        Msg::UpnError(e) => match e {
            UpnError::NotNameAtDomain => "Use the form name@domain, e.g. aa-main@contoso.com.".into(),
            UpnError::InvalidCharacter => "No spaces or control characters.".into(),
            UpnError::BadDomain => "The domain needs a dot, e.g. contoso.com.".into(),
        },
        Msg::Decision(d) => decision(*d).into(),
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
        Msg::CsvResult { read, problems } => format!("Added {read} call flows; {problems} rows could not be read:"),
        Msg::CsvProblem { line, kind } => format!("Line {line}: {}", csv_problem(kind)),
        Msg::ResultsHeading => "Result".into(),
        Msg::FigureLabel(f) => figure(*f).into(),
        Msg::FigureExplain(f, r) => figure_explain(*f, *r).into(),
        Msg::Summary { free, paid, needing } => {
            format!("{} a license: {free} free, {paid} to pay for.", n(needing, "account needs", "accounts need"))
        }
        Msg::BarLabel { used, allotment, paid } => format!("{used} of {allotment} free licenses used; {paid} paid beyond them"),
        Msg::BarFree => "free".into(),
        Msg::BarPaid => "paid".into(),
        Msg::BarUnused => "free, unused".into(),
        Msg::AccountsByDecision => "Accounts by license".into(),
        Msg::DecisionCount { label, count } => format!("{count} × {}", decision(*label)),
        Msg::ShowAll { count } => format!("Show all {count}"),
        Msg::CostHeading => "Cost of the paid part".into(),
        Msg::CostPrice => "Price per license per month".into(),
        Msg::CostCurrency => "Currency".into(),
        Msg::CostPriceNote { seen } => format!("Default: Microsoft's list price for Teams Phone Standard, USD 8.00 per user per month with annual commitment, seen {seen}. Check your own price."),
        Msg::CostPriceNoteCurrent => "Microsoft does not publish the price of Resource Account licenses beyond the free allotment; enter the one your reseller quotes.".into(),
        Msg::CostMonthly { amount } => format!("{amount} per month"),
        Msg::CostYearly { amount } => format!("{amount} per year"),
        Msg::CostNone => "Nothing to pay: the free licenses cover every account.".into(),
        Msg::CostInvalid => "Enter a price of 0 or more.".into(),
        Msg::CurrencyInvalid => "Three capital letters, e.g. USD, EUR, CNY.".into(),
        Msg::WarningsHeading => "Check these".into(),
        Msg::AdviceHeading => "Ways to pay less".into(),
        Msg::NoWarnings => "Nothing to check.".into(),
        Msg::GoTo { name } => format!("Go to {name}"),
        Msg::WarnNoPhoneSystem => "No license that includes Teams Phone: the tenant gets no free Resource Account licenses. Add Teams Phone Standard (or an E5) to at least one user.".into(),
        Msg::WarnUnknownSkus { list } => format!("Unknown licenses, counted as nothing: {list}."),
        Msg::WarnNodesWithoutAccount { count } => format!("{count} auto attendants or call queues have no resource account; each needs one."),
        Msg::WarnInvalidNumbers { count } => format!("{count} phone numbers are not valid E.164 numbers; they still count as numbers."),
        Msg::WarnNumberTypeMissing { count } => format!("{count} numbers have no number type (Calling Plan, Direct Routing or Operator Connect)."),
        Msg::WarnExtension { count } => format!("{count} numbers carry ;ext=, which only Direct Routing numbers may."),
        Msg::WarnDuplicate { number, count } => format!("{number} is on {count} accounts; a number can be assigned once."),
        Msg::WarnTollFree { count, credits_in_plan } => {
            if *credits_in_plan {
                format!("{count} toll-free numbers: keep the Communications Credits balance above zero, or they stop taking calls.")
            } else {
                format!("{count} toll-free numbers need Communications Credits (MCOPSTNC) with a positive balance; the plan has none.")
            }
        }
        Msg::WarnPstn { count, need } => format!("{count} accounts used for caller ID or PSTN transfer also need {}.", pstn(*need)),
        Msg::WarnSwitch { count } => format!("{count} accounts hold a paid Phone System license that a free one covers. Switch in one license operation: remove Phone System and add Resource Account together, or the account may stop working."),
        Msg::WarnReplaceStandard { count } => format!("{count} accounts hold Teams Phone Standard, which resource accounts must not use under the current rules. Replace it with a Resource Account license in one license operation."),
        Msg::WarnUnneeded { count } => format!("{count} accounts without a number hold a paid Phone System license they do not need under the original rules."),
        Msg::AdviceNest { count } => format!("Take the number off {count} accounts and reach their nodes from another auto attendant instead (nested, without a number): then nothing is paid under the original rules."),
        Msg::AdviceMoreLicenses { count } => format!("{count} more qualifying licenses would bring the paid part to zero."),
        Msg::AdviceOtherEdition { other, paid, needing } => format!(
            "Under the {} rules: {needing} accounts need a license and {paid} are paid. Microsoft's pages disagree on nested nodes, so check which applies to you.",
            match other {
                RuleEdition::Current => "current",
                RuleEdition::Original => "original",
            }
        ),
        Msg::AdviceSharedDevices { count } => format!("Your {count} Teams Shared Devices licenses count toward the allotment only under the current rules."),
        Msg::AdviceNone => "Nothing to pay: no advice needed.".into(),
        Msg::StepsHeading => "Steps".into(),
        Msg::StepsIntro => "Do these in order. Tick them off as you go.".into(),
        Msg::StepCheck => "Check what the tenant has".into(),
        Msg::StepCheckDetail => "Microsoft 365 admin center › Billing › Your products. The free license shows as “Microsoft Teams Phone Resource Account” (older name “Microsoft 365 Phone System – Virtual User”).".into(),
        Msg::StepFree { quantity, allotment, owned } => {
            if owned == "0" {
                format!("Get {quantity} free Resource Account licenses (of the {allotment} you are entitled to)")
            } else {
                format!("Get {quantity} more free Resource Account licenses (you have {owned}; you are entitled to {allotment})")
            }
        }
        Msg::StepFreeDetail => "Microsoft 365 admin center › Billing › Purchase services (or Marketplace), search “Resource Account”, open Microsoft Teams Phone Resource Account › Details, enter the quantity and Buy. It costs nothing but must still be bought. In the older checkout, untick “Automatically assign to all of your users with no licenses”. EA and CSP customers order it through their channel.".into(),
        Msg::StepPaid { quantity, kind: k } => match k {
            PaidLicenseKind::ResourceAccount => format!("Buy {quantity} Resource Account licenses at a cost"),
            PaidLicenseKind::PhoneSystem => format!("Get {quantity} paid Phone System (Teams Phone Standard) licenses"),
        },
        Msg::StepPaidDetail(PaidLicenseKind::ResourceAccount) => "Beyond the allotment, buy more Microsoft Teams Phone Resource Account licenses (Web Direct: Billing › Purchase services; EA/CSP: your reseller). Do not use Teams Phone Standard for resource accounts.".into(),
        Msg::StepPaidDetail(PaidLicenseKind::PhoneSystem) => "Under the original rules, accounts beyond the allotment use a regular Phone System (Teams Phone Standard) user license, bought in Billing › Purchase services or through your channel.".into(),
        Msg::StepCredits { count } => format!("Add Communications Credits for {} (Billing › Purchase services › Communications Credits), and set up auto-recharge", n(count, "toll-free number", "toll-free numbers")),
        Msg::StepCreate { count } => format!("Create {}", n(count, "resource account", "resource accounts")),
        Msg::StepCreateDetail => "Teams admin center › Voice › Resource accounts (older: Org-wide settings › Resource accounts) › Add: display name, username, type. Skip any that already exist.".into(),
        Msg::StepCreateLine { kind: k, name, upn, number } => format!("{name}: {}, {upn}, {number}", kind(*k)),
        Msg::StepLicense { count } => format!("Assign licenses to {}", n(count, "account", "accounts")),
        Msg::StepLicenseDetail => "Microsoft 365 admin center › Users › Active users › the account › set the usage location to the number's country first, then Licenses and apps › tick the license › Save changes.".into(),
        Msg::StepLicenseLine { name, license, swap } => {
            let l = match license {
                LicenseLabel::FreeResourceAccount => "Resource Account (free)",
                LicenseLabel::PaidResourceAccount => "Resource Account (paid)",
                LicenseLabel::PhoneSystem => "Phone System (paid)",
            };
            if *swap {
                format!("{name}: {l}, replacing Phone System in the same save")
            } else {
                format!("{name}: {l}")
            }
        }
        Msg::StepSwapWarning => "Swapping: untick Phone System and tick Resource Account in the same save. Removing, saving, adding and saving again can break the account; the fix then is a new resource account.".into(),
        Msg::StepWait { hours } => format!("Wait for the licenses to reach Teams (up to {hours} hours)"),
        Msg::StepNumbers { count } => format!("Assign {}", n(count, "phone number", "phone numbers")),
        Msg::StepNumbersDetail => "Teams admin center › Voice › Resource accounts › the account › Assign/unassign › phone number type › the number › Save.".into(),
        Msg::StepNumberLine { name, number, number_type: t } => match t {
            Some(t) => format!("{name}: {number} ({})", number_type(*t)),
            None => format!("{name}: {number} (choose the number type)"),
        },
        Msg::StepPstn { count } => format!("Set up PSTN use for {}", n(count, "account", "accounts")),
        Msg::StepPstnLine { name, need } => format!("{name}: {}", pstn(*need)),
        Msg::StepAssociate { count } => format!("Associate {} with their auto attendants and call queues", n(count, "account", "accounts")),
        Msg::StepAssociateDetail => "Teams admin center › Voice › Auto attendants or Call queues › the one › Resource accounts › Add.".into(),
        Msg::StepAssociateLine { name, node, kind: k } => format!("{name} → {} {node}", kind(*k)),
        Msg::NoUpn => "no username yet".into(),
        Msg::NoNumber => "no number".into(),
        Msg::PowerShellHeading => "The same in PowerShell".into(),
        Msg::PowerShellIntro => "Generated from your plan for MicrosoftTeams and Microsoft Graph PowerShell. Read it before you run it; accounts without a username are left as comments.".into(),
        Msg::DownloadScript => "Download script (.ps1)".into(),
        Msg::QuotePrepared { date, rules } => format!(
            "Prepared {date}, under Microsoft's {} rules.",
            match rules {
                RuleEdition::Current => "current (since August 2022)",
                RuleEdition::Original => "original (before August 2022)",
            }
        ),
        Msg::QuoteCost { monthly, yearly } => format!("Cost of the paid part: {monthly} per month, {yearly} per year."),
        Msg::QuoteAssumptions { price, default_seen } => match default_seen {
            Some(seen) => format!("Assumes {price} per paid license per month: Microsoft's Teams Phone Standard list price seen {seen}; your price may differ."),
            None => format!("Assumes {price} per paid license per month."),
        },
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
        Msg::EmbedIframeLabel => "Frame".into(),
        Msg::EmbedScriptLabel => "Host script".into(),
        Msg::EmbedTitle => "Teams Phone resource account calculator".into(),
        Msg::StorageUnavailable => "This browser does not let the page save here, so the plan lives only in this tab: save it as a file or a link to keep it.".into(),
        Msg::StorageFull => "The browser's storage is full, so the latest changes are not saved: save the plan as a file.".into(),
        Msg::SavedPlanUnreadable { reason } => format!("The plan saved in this browser could not be read, so the example is shown instead. The saved text is kept; download it to keep it. {reason}"),
        Msg::DownloadUnreadable => "Download the saved text".into(),
        Msg::LinkOpened => "You opened a shared plan. The plan you had is kept.".into(),
        Msg::BackToMyPlan => "Back to my plan".into(),
        Msg::LinkDamaged { reason } => format!("The link's plan could not be opened, so your own plan is shown. {reason}"),
        Msg::LinkErrorMalformed => "The link is not a calculator link.".into(),
        Msg::LinkErrorNewer { version } => format!("It was made by a newer version of the calculator (link version {version})."),
        Msg::LinkErrorEncoding => "The link is cut short or changed: copy the whole link again.".into(),
        Msg::LinkErrorDamaged => "The link is damaged or cut short: copy the whole link again.".into(),
        Msg::ReadOnlyNote => "A published example: it cannot be edited here.".into(),
        Msg::OpenFullCalculator => "Open in the full calculator".into(),
        Msg::PlanError { path, kind: k } => plan_error(path, k),
        Msg::PlanErrorAt { line, column } => format!("(line {line}, column {column})"),
        Msg::FileReadFailed => "The browser could not read the file.".into(),
        Msg::Unnamed => "(unnamed)".into(),
    }
}
