//! The "Read my tenant" script, assets/script/read-tenant.ps1, checked as text. PowerShell is
//! not run here, so this checks what can be seen without it: the script only signs in and
//! reads (every Verb-Noun word has an allowed verb, no write alias, no .NET call but the file
//! write), it avoids what Windows PowerShell 5.1 lacks, it pages and writes the file as
//! docs/tenant-snapshot.md says, and it writes every field that page lists. Every check also
//! runs on a broken copy of the script, to show that it can fail.
#![cfg(not(target_arch = "wasm32"))]

const SCRIPT: &str = include_str!("../assets/script/read-tenant.ps1");
const DOC: &str = include_str!("../docs/tenant-snapshot.md");

/// The verbs a command may have (compared without letter case). `New` only as `New-Object`.
const ALLOWED_VERBS: &[&str] = &["connect", "get", "foreach", "where", "join", "convertto", "new", "write"];

/// Never anywhere in the file, comments included (at the start of a word, any letter case).
const FORBIDDEN_PREFIXES: &[&str] = &["set-", "new-cs", "remove-", "grant-", "update-", "add-", "invoke-"];

/// Built-in aliases of commands that write, run or fetch something.
const WRITE_ALIASES: &[&str] = &[
    "iex", "icm", "irm", "iwr", "curl", "wget", "rm", "ri", "del", "erase", "rd", "rmdir", "sc", "si", "ni", "mi",
    "move", "mv", "cp", "cpi", "copy", "ac", "sv", "set", "saps", "start", "tee", "clc", "clv", "spps", "kill",
];

/// Hyphenated words in the code that are data, not commands.
const DATA_WORDS: &[&str] = &["teams-tenant-snapshot"];

/// The only static .NET members the script may use.
const STATIC_MEMBERS: &[&str] = &["[IO.File]::WriteAllText", "[DateTime]::UtcNow"];

/// In the code (comments do not count), each of these.
const REQUIRED: &[&str] = &[
    "Connect-MicrosoftTeams",
    "Connect-MgGraph -Scopes 'Organization.Read.All', 'User.Read.All' -NoWelcome",
    "'Get-CsAutoAttendant'",
    "'Get-CsCallQueue'",
    "-First 100 -Skip $skip",
    "while ($page.Count -eq 100)",
    "Get-CsPhoneNumberAssignment -PstnAssignmentStatus VoiceApplicationAssigned -Top 1000 -Skip $skip",
    "while ($page.Count -eq 1000)",
    "Get-CsOnlineApplicationInstance",
    "Get-CsCallingLineIdentity",
    "Get-MgSubscribedSku -All",
    "Get-MgUser -UserId $ra.objectId -Property 'assignedLicenses,usageLocation'",
    "Write-Progress",
    "Get-MgContext",
    "ConvertTo-Json -InputObject $snapshot -Depth 10",
    "-Depth 10",
    "UTF8Encoding $false",
    "[IO.File]::WriteAllText(",
    "'teams-tenant-snapshot.json'",
    "'teams-tenant-snapshot'",
    "version = 1",
];

/// Nowhere in the code: PowerShell 6+ only, or the per-license cmdlet the script replaced, or
/// the ways of writing a file with a BOM or in UTF-16 under 5.1, or template placeholders.
const FORBIDDEN: &[&str] =
    &["-EnumsAsStrings", "-AsArray", "??", "Get-MgUserLicenseDetail", "Out-File", "Set-Content", "{{", "}}"];

/// The top-level fields of the snapshot (docs/tenant-snapshot.md).
const TOP_FIELDS: &[&str] = &[
    "format",
    "version",
    "createdUtc",
    "tenantId",
    "subscribedSkus",
    "applicationInstances",
    "phoneNumbers",
    "autoAttendants",
    "callQueues",
    "callerIdResourceAccountIds",
    "licenses",
    "usageLocations",
];

/// The fields of the objects inside it.
const NESTED_FIELDS: &[&str] = &[
    // subscribedSkus[]
    "skuId",
    "skuPartNumber",
    "capabilityStatus",
    "appliesTo",
    "consumedUnits",
    "prepaidUnits",
    "enabled",
    "warning",
    "suspended",
    "lockedOut",
    "servicePlans",
    // applicationInstances[]
    "objectId",
    "userPrincipalName",
    "displayName",
    "applicationId",
    "phoneNumber",
    // phoneNumbers[]
    "telephoneNumber",
    "numberType",
    "assignedPstnTargetId",
    "isoCountryCode",
    "capability",
    // autoAttendants[]
    "identity",
    "name",
    "defaultCallFlowId",
    "operator",
    "callFlows",
    "id",
    "menuOptions",
    "dtmf",
    "action",
    "target",
    "type",
    "callHandlingAssociations",
    "callFlowId",
    // callQueues[]
    "oboResourceAccountIds",
    "overflowAction",
    "overflowThreshold",
    "overflowActionTarget",
    "timeoutAction",
    "timeoutThreshold",
    "timeoutActionTarget",
    "noAgentAction",
    "noAgentActionTarget",
];

const MAX_LINE: usize = 120;

/// The script without its comments. A comment starts at a `#` outside quotes that begins the
/// text or follows white space; anything else is kept as code, so a doubtful case is checked
/// rather than skipped. Single quotes end at the next `'`; in double quotes a backtick escapes
/// the next character. Returns the code and whether a quote was left open.
fn code_of(script: &str) -> (String, bool) {
    let mut out = String::with_capacity(script.len());
    let mut quote: Option<char> = None;
    let mut prev = '\n';
    let mut chars = script.chars();
    while let Some(c) = chars.next() {
        match quote {
            Some('\'') => {
                out.push(c);
                if c == '\'' {
                    quote = None;
                }
            }
            Some(_) => {
                out.push(c);
                if c == '`' {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                } else if c == '"' {
                    quote = None;
                }
            }
            None => match c {
                '#' if prev.is_whitespace() => {
                    for n in chars.by_ref() {
                        if n == '\n' {
                            out.push('\n');
                            break;
                        }
                    }
                }
                '\'' | '"' => {
                    quote = Some(c);
                    out.push(c);
                }
                '`' => {
                    out.push(c);
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                _ => out.push(c),
            },
        }
        prev = out.chars().last().unwrap_or('\n');
    }
    (out, quote.is_some())
}

/// Words of the code: runs of letters, digits, `_` and `-`.
fn words(code: &str) -> impl Iterator<Item = &str> {
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).filter(|w| !w.is_empty())
}

/// `key = ` in the code, not as the end of a longer name (`id = ` is not found in `objectId = `).
fn has_key(code: &str, key: &str) -> bool {
    let pattern = format!("{key} = ");
    code.match_indices(&pattern)
        .any(|(at, _)| code[..at].chars().last().is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')))
}

/// Everything wrong with a script, one line each; empty when it passes.
fn problems(script: &str) -> Vec<String> {
    let mut found = Vec::new();

    // The file as the page serves it.
    if let Some((at, c)) = script.char_indices().find(|(_, c)| !c.is_ascii()) {
        found.push(format!("not ASCII: {c:?} at byte {at}"));
    }
    if script.contains('\r') {
        found.push("has a CR: the file must have LF line endings".into());
    }
    if !script.ends_with('\n') {
        found.push("does not end with a line break".into());
    }
    for (n, line) in script.lines().enumerate() {
        if line.chars().count() > MAX_LINE {
            found.push(format!("line {} is longer than {MAX_LINE} characters", n + 1));
        }
    }
    for (n, line) in script.lines().enumerate() {
        let lower = line.to_ascii_lowercase();
        for prefix in FORBIDDEN_PREFIXES {
            for (at, _) in lower.match_indices(prefix) {
                let starts_word = lower[..at].chars().last().is_none_or(|c| !c.is_ascii_alphanumeric());
                if starts_word {
                    found.push(format!("line {}: forbidden {prefix:?}", n + 1));
                }
            }
        }
    }
    if script.contains("@'") || script.contains("@\"") || script.contains("<#") {
        found.push("here-strings and block comments are not expected (the comment scan would not see them)".into());
    }

    let (code, open_quote) = code_of(script);
    if open_quote {
        found.push("a quote is left open".into());
    }

    // Commands: every Verb-Noun word has an allowed verb; no write alias.
    for word in words(&code) {
        let lower = word.to_ascii_lowercase();
        if WRITE_ALIASES.contains(&lower.as_str()) {
            found.push(format!("alias {word:?}"));
        }
        let Some((verb, noun)) = lower.split_once('-') else { continue };
        if verb.is_empty() || !verb.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue; // a parameter (-First) or an operator (-eq)
        }
        if DATA_WORDS.contains(&lower.as_str()) {
            continue;
        }
        if !ALLOWED_VERBS.contains(&verb) {
            found.push(format!("command {word:?}: verb not allowed"));
        } else if verb == "new" && noun != "object" {
            found.push(format!("command {word:?}: New- only as New-Object"));
        }
    }

    // .NET: only the file write and the clock.
    for (at, _) in code.match_indices("]::") {
        let start = code[..at].rfind('[').unwrap_or(at);
        let end = at + 3 + code[at + 3..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(0);
        let member = &code[start..end];
        if !STATIC_MEMBERS.contains(&member) {
            found.push(format!("static member {member:?}"));
        }
    }

    for needle in REQUIRED {
        if !code.contains(needle) {
            found.push(format!("missing {needle:?} (in code, not in a comment)"));
        }
    }
    for needle in FORBIDDEN {
        if code.contains(needle) {
            found.push(format!("has {needle:?}"));
        }
    }
    if code.contains('?') {
        found.push("has '?' (?? ?. ternary or the ? alias)".into());
    }

    // One failing account must not stop the script: every Get-MgUser inside the try block.
    match (code.find("try {"), code.find("} catch {")) {
        (Some(start), Some(end)) if start < end => {
            for (at, _) in code.match_indices("Get-MgUser ") {
                if at < start || at > end {
                    found.push("Get-MgUser outside the try block".into());
                }
            }
        }
        _ => found.push("no try { } catch { } around the per-account Graph call".into()),
    }

    for field in TOP_FIELDS.iter().chain(NESTED_FIELDS) {
        if !has_key(&code, field) {
            found.push(format!("field {field:?} is not written"));
        }
    }
    found
}

#[test]
fn the_script_only_reads_keeps_to_powershell_5_1_and_writes_the_documented_snapshot() {
    let found = problems(SCRIPT);
    assert!(found.is_empty(), "assets/script/read-tenant.ps1:\n  {}", found.join("\n  "));
}

#[test]
fn the_script_is_short_and_commented() {
    let lines = SCRIPT.lines().count();
    assert!((40..=160).contains(&lines), "{lines} lines");
    let comments = SCRIPT.lines().filter(|l| l.trim_start().starts_with('#')).count();
    assert!(comments >= 10, "{comments} comment lines");
    assert!(SCRIPT.contains("READ-ONLY"), "the header says the script is read-only");
    assert!(SCRIPT.contains("Global Reader"), "the header names the role");
}

#[test]
fn every_field_the_script_writes_is_in_the_doc() {
    for field in TOP_FIELDS.iter().chain(NESTED_FIELDS) {
        assert!(DOC.contains(&format!("`{field}`")), "docs/tenant-snapshot.md does not describe `{field}`");
    }
    assert!(DOC.contains("script/read-tenant.ps1"), "the doc names the script");
}

/// Each broken copy must be refused, and with the problem named.
#[test]
fn each_check_fails_on_a_broken_script() {
    let replaced = |from: &str, to: &str| {
        assert!(SCRIPT.contains(from), "{from:?} is not in the script");
        SCRIPT.replacen(from, to, 1)
    };
    let appended = |tail: &str| format!("{SCRIPT}{tail}");
    let cases: Vec<(String, &str)> = vec![
        (appended("Set-CsAutoAttendant -Instance $x\n"), "forbidden \"set-\""),
        (appended("# a comment saying Remove-MgUser\n"), "forbidden \"remove-\""),
        (appended("New-CsOnlineApplicationInstance -UserPrincipalName x\n"), "forbidden \"new-cs\""),
        (appended("new-mguser -DisplayName x\n"), "New- only as New-Object"),
        (appended("& 'Export-Csv' x\n"), "verb not allowed"),
        (appended("$x = 'a # b'; Stop-Process 1\n"), "verb not allowed"),
        (appended("$x = \"a`\" # b\"; Clear-Variable x\n"), "verb not allowed"),
        (appended("Get-Content x | iex\n"), "alias \"iex\""),
        (appended("[IO.File]::Delete('x')\n"), "static member \"[IO.File]::Delete\""),
        (appended("[Net.WebClient]::new()\n"), "static member"),
        (replaced("-Depth 10", "-Depth 2"), "missing \"-Depth 10\""),
        (replaced("-Depth 10", "-Depth 12 # -Depth 10"), "missing \"-Depth 10\""),
        (replaced("-First 100", "-First 500"), "missing \"-First 100 -Skip $skip\""),
        (replaced("-Top 1000", "-Top 500"), "missing"),
        (replaced("UTF8Encoding $false", "UTF8Encoding $true"), "missing \"UTF8Encoding $false\""),
        (replaced("'teams-tenant-snapshot'", "'teams-snapshot'"), "missing \"'teams-tenant-snapshot'\""),
        (replaced("version = 1", "version = 2"), "missing \"version = 1\""),
        (replaced("-Depth 10", "-Depth 10 -EnumsAsStrings"), "has \"-EnumsAsStrings\""),
        (replaced("-Depth 10", "-Depth 10 -AsArray"), "has \"-AsArray\""),
        (appended("$y = $a ?? $b\n"), "has \"??\""),
        (appended("$y = $a ? 1 : 2\n"), "has '?'"),
        (SCRIPT.replace('\n', "\r\n"), "has a CR"),
        (appended("# caf\u{e9}\n"), "not ASCII"),
        (appended(&format!("# {}\n", "x".repeat(MAX_LINE))), "longer than"),
        (appended("$z = 'open\n"), "a quote is left open"),
        (replaced("; usageLocations = $usageLocations", ""), "field \"usageLocations\" is not written"),
        (replaced("createdUtc = ", "created = "), "field \"createdUtc\" is not written"),
        (replaced("callerIdResourceAccountIds = ", "callerIds = "), "field \"callerIdResourceAccountIds\""),
        (appended("$u = Get-MgUser -UserId x\n"), "Get-MgUser outside the try block"),
        (replaced("try {", "if ($true) {"), "no try"),
        (appended("$u = Get-MgUserLicenseDetail -UserId x\n"), "has \"Get-MgUserLicenseDetail\""),
        (appended("$t = {{customer}}\n"), "has \"{{\""),
    ];
    for (broken, expected) in &cases {
        let found = problems(broken);
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "a script broken for {expected:?} passed or failed otherwise: {found:?}"
        );
    }
}

#[test]
fn comments_are_stripped_only_where_powershell_sees_a_comment() {
    let (code, open) = code_of("Get-A # Set-B\n$x = 'c # d'; $y = \"e`\" # f\" # g\nh#i\n");
    assert!(!open);
    assert_eq!(code, "Get-A \n$x = 'c # d'; $y = \"e`\" # f\" \nh#i\n");
    assert!(has_key("a = 1; objectId = 2", "objectId"));
    assert!(!has_key("objectId = 2", "id"));
    assert!(has_key("@{ id = 2 }", "id"));
}
