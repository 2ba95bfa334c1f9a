//! Every `--format` of `resume-lsp check`, compared with its snapshot in
//! tests/snapshots/; the JSON against docs/cli-json.md and the SARIF against
//! the structure SARIF 2.1.0 requires.

mod cli_support;

use cli_support::{ATX, FIXABLE, Folder, run, run_in};
use serde_json::Value;

/// Both fixtures, with the version number out of the way of the snapshots.
fn report(format: &str) -> String {
    let output = run(&["check", "--format", format, FIXABLE, ATX]);
    assert_eq!(output.code, Some(1), "{}", output.stderr);
    assert_eq!(output.stderr, "");
    output
        .stdout
        .replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[test]
fn full() {
    insta::assert_snapshot!(report("full"));
}

#[test]
fn compact() {
    insta::assert_snapshot!(report("compact"));
}

#[test]
fn github() {
    insta::assert_snapshot!(report("github"));
}

#[test]
fn json() {
    insta::assert_snapshot!(report("json"));
}

#[test]
fn sarif() {
    insta::assert_snapshot!(report("sarif"));
}

#[test]
fn full_is_the_default() {
    assert_eq!(
        run(&["check", FIXABLE, ATX]).stdout,
        run(&["check", "--format", "full", FIXABLE, ATX]).stdout
    );
}

fn json_of(args: &[&str], stdin: &[u8]) -> Value {
    let folder = Folder::new("cli-json");
    folder.write("cv.md", [0xff, 0xfe]);
    let output = run_in(&folder.0, args, stdin);
    serde_json::from_str(&output.stdout).expect("the output is JSON")
}

#[test]
fn json_has_1_based_character_columns_and_a_utf16_lsp_range() {
    // "🚀" is one character and two UTF-16 code units.
    let resume = "# Jo\njo@example.com · https://github.com/jo-example\n\n## Experience\n\n\
                  ### Engineer | Acme | 2020 – Present\n\n- 🚀 Helped with Javascript tooling\n";
    let json = json_of(
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "resume.md",
            "cv.md",
        ],
        resume.as_bytes(),
    );
    assert_eq!(json["version"], 1);
    assert_eq!(json["files_checked"], 1);
    assert_eq!(
        json["errors"],
        serde_json::json!([{ "file": "cv.md", "message": "not UTF-8 text; skipped" }])
    );
    let findings = json["findings"].as_array().unwrap();
    let casing = findings
        .iter()
        .find(|finding| finding["rule"] == "tech-casing")
        .expect("Javascript is flagged");
    let mut keys: Vec<&str> = casing
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "column",
            "end_column",
            "end_line",
            "file",
            "fixes",
            "line",
            "message",
            "range",
            "rule",
            "severity",
            "suggestions"
        ]
    );
    assert_eq!(casing["file"], "resume.md");
    assert_eq!(casing["severity"], "warning");
    // "- 🚀 Helped with " is 16 characters, 17 UTF-16 code units.
    assert_eq!(
        (&casing["line"], &casing["column"]),
        (&8.into(), &17.into())
    );
    assert_eq!(
        (&casing["end_line"], &casing["end_column"]),
        (&8.into(), &27.into())
    );
    assert_eq!(
        casing["range"],
        serde_json::json!({ "start": { "line": 7, "character": 17 }, "end": { "line": 7, "character": 27 } })
    );
    assert_eq!(casing["fixes"][0]["replacement"], "JavaScript");
    assert_eq!(casing["fixes"][0]["range"], casing["range"]);
}

/// Checks what SARIF 2.1.0 requires of the parts we write, and that every
/// property name is one the standard defines, so a misspelt one fails here
/// rather than being ignored by code scanning.
fn assert_sarif(sarif: &Value) {
    let keys = |value: &Value, allowed: &[&str], at: &str| {
        let object = value
            .as_object()
            .unwrap_or_else(|| panic!("{at} is an object"));
        for key in object.keys() {
            assert!(
                allowed.contains(&key.as_str()),
                "{at}.{key} is not SARIF 2.1.0"
            );
        }
    };
    let text = |value: &Value, at: &str| {
        keys(value, &["text", "markdown", "id", "arguments"], at);
        assert!(value["text"].is_string(), "{at}.text is required");
    };
    let level = |value: &Value, at: &str| {
        let level = value.as_str().unwrap_or_else(|| panic!("{at} is a string"));
        assert!(
            ["none", "note", "warning", "error"].contains(&level),
            "{at}: {level}"
        );
    };
    let region = |value: &Value, at: &str| {
        keys(
            value,
            &[
                "startLine",
                "startColumn",
                "endLine",
                "endColumn",
                "charOffset",
                "charLength",
                "byteOffset",
                "byteLength",
                "snippet",
                "message",
                "sourceLanguage",
            ],
            at,
        );
        let number = |key: &str| value[key].as_u64().unwrap_or_else(|| panic!("{at}.{key}"));
        let (start_line, start_column) = (number("startLine"), number("startColumn"));
        let (end_line, end_column) = (number("endLine"), number("endColumn"));
        assert!(start_line >= 1 && start_column >= 1, "{at}: from 1");
        assert!(
            (end_line, end_column) >= (start_line, start_column),
            "{at}: ends after it starts"
        );
    };
    let artifact = |value: &Value, at: &str| {
        keys(value, &["uri", "uriBaseId", "index", "description"], at);
        let uri = value["uri"].as_str().unwrap_or_else(|| panic!("{at}.uri"));
        assert!(
            !uri.contains([' ', '\\']),
            "{at}.uri is a URI reference: {uri}"
        );
    };

    keys(
        sarif,
        &[
            "$schema",
            "version",
            "runs",
            "inlineExternalProperties",
            "properties",
        ],
        "log",
    );
    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().expect("runs is an array");
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    keys(
        run,
        &[
            "tool",
            "invocations",
            "results",
            "columnKind",
            "originalUriBaseIds",
            "artifacts",
            "properties",
        ],
        "run",
    );
    assert!(["utf16CodeUnits", "unicodeCodePoints"].contains(&run["columnKind"].as_str().unwrap()));
    keys(
        &run["tool"],
        &["driver", "extensions", "properties"],
        "tool",
    );
    let driver = &run["tool"]["driver"];
    keys(
        driver,
        &[
            "name",
            "version",
            "semanticVersion",
            "informationUri",
            "rules",
            "fullName",
            "properties",
        ],
        "driver",
    );
    assert!(driver["name"].is_string(), "driver.name is required");
    let rules = driver["rules"].as_array().expect("rules");
    for (index, rule) in rules.iter().enumerate() {
        let at = format!("rules[{index}]");
        keys(
            rule,
            &[
                "id",
                "name",
                "shortDescription",
                "fullDescription",
                "help",
                "helpUri",
                "defaultConfiguration",
                "properties",
            ],
            &at,
        );
        assert!(rule["id"].is_string(), "{at}.id is required");
        for message in ["shortDescription", "fullDescription", "help"] {
            text(&rule[message], &format!("{at}.{message}"));
        }
        assert!(
            rule["help"]["markdown"].is_string(),
            "code scanning shows help.markdown"
        );
        keys(
            &rule["defaultConfiguration"],
            &["level", "enabled", "rank", "parameters"],
            &at,
        );
        level(&rule["defaultConfiguration"]["level"], &at);
    }
    for invocation in run["invocations"].as_array().expect("invocations") {
        keys(
            invocation,
            &[
                "executionSuccessful",
                "toolExecutionNotifications",
                "exitCode",
            ],
            "invocation",
        );
        assert!(
            invocation["executionSuccessful"].is_boolean(),
            "executionSuccessful is required"
        );
        for notification in invocation["toolExecutionNotifications"].as_array().unwrap() {
            keys(
                notification,
                &["level", "message", "locations", "descriptor"],
                "notification",
            );
            text(&notification["message"], "notification.message");
            level(&notification["level"], "notification.level");
        }
    }
    let results = run["results"].as_array().expect("results");
    for (index, result) in results.iter().enumerate() {
        let at = format!("results[{index}]");
        keys(
            result,
            &[
                "ruleId",
                "ruleIndex",
                "level",
                "message",
                "locations",
                "fixes",
                "partialFingerprints",
                "properties",
            ],
            &at,
        );
        text(&result["message"], &at);
        level(&result["level"], &at);
        let rule_index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(
            rules[rule_index]["id"], result["ruleId"],
            "{at}: ruleIndex names ruleId"
        );
        for location in result["locations"].as_array().expect("locations") {
            keys(
                location,
                &["physicalLocation", "logicalLocations", "message", "id"],
                &at,
            );
            let physical = &location["physicalLocation"];
            keys(
                physical,
                &["artifactLocation", "region", "contextRegion"],
                &at,
            );
            artifact(&physical["artifactLocation"], &at);
            region(&physical["region"], &at);
        }
        for fix in result["fixes"].as_array().into_iter().flatten() {
            keys(fix, &["description", "artifactChanges", "properties"], &at);
            text(&fix["description"], &at);
            let changes = fix["artifactChanges"].as_array().expect("artifactChanges");
            assert!(!changes.is_empty(), "{at}: a fix changes an artifact");
            for change in changes {
                keys(
                    change,
                    &["artifactLocation", "replacements", "properties"],
                    &at,
                );
                artifact(&change["artifactLocation"], &at);
                for replacement in change["replacements"].as_array().expect("replacements") {
                    keys(
                        replacement,
                        &["deletedRegion", "insertedContent", "properties"],
                        &at,
                    );
                    region(&replacement["deletedRegion"], &at);
                    keys(
                        &replacement["insertedContent"],
                        &["text", "binary", "rendered"],
                        &at,
                    );
                }
            }
        }
    }
}

#[test]
fn sarif_has_the_2_1_0_structure() {
    let sarif: Value = serde_json::from_str(&report("sarif")).unwrap();
    assert_sarif(&sarif);
    let run = &sarif["runs"][0];
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        resume_lsp::rules::RULES.len()
    );
    assert_eq!(run["results"].as_array().unwrap().len(), 13);
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    let fixes = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|result| result.get("fixes").is_some())
        .count();
    assert_eq!(fixes, 3);

    let failed = json_of(&["check", "--format", "sarif", "cv.md"], b"");
    assert_sarif(&failed);
    let invocation = &failed["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(
        invocation["toolExecutionNotifications"][0]["message"]["text"],
        "cv.md: not UTF-8 text; skipped"
    );
}
