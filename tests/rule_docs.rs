//! What is written about every rule outside its own file is generated from
//! the rule registry: `docs/rules/ID.md` (which diagnostics link to), the
//! README's rule table, and the VS Code extension's `resume-lsp.rules` and
//! `resume-lsp.limits` settings. These tests fail when one drifts from the registry. To
//! regenerate them all: `UPDATE_RULE_DOCS=1 cargo test --test rule_docs`.

use std::path::{Path, PathBuf};

use resume_lsp::rules::RULES;
use resume_lsp::rules::settings::Limits;

fn updating() -> bool {
    std::env::var_os("UPDATE_RULE_DOCS").is_some()
}

/// Checks the part of the file at `path` (relative to the crate) that
/// `part` finds against `generated`, or writes it when updating.
fn check_part(path: &str, part: impl Fn(&str) -> std::ops::Range<usize>, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let mut text = std::fs::read_to_string(&path).unwrap();
    let range = part(&text);
    if updating() {
        text.replace_range(range.clone(), generated);
        std::fs::write(&path, &text).unwrap();
        return;
    }
    assert!(
        text[range] == *generated,
        "{} is out of date; run UPDATE_RULE_DOCS=1 cargo test --test rule_docs",
        path.display()
    );
}

/// The range from the end of `start` to the next `end` after it.
fn between(text: &str, start: &str, end: &str) -> std::ops::Range<usize> {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("no {end:?}"));
    from..to
}

/// Checks the properties of the extension's `resume-lsp.<setting>` object,
/// an entry each, as `package.json` writes them.
fn check_extension_setting(setting: &str, entries: &[String]) {
    let name = format!("\"resume-lsp.{setting}\": {{");
    let properties = |text: &str| {
        let at = text.find(&name).unwrap_or_else(|| panic!("no {name}"));
        let range = between(&text[at..], "\"properties\": {\n", "\n          },");
        at + range.start..at + range.end
    };
    check_part(
        "editors/vscode/package.json",
        properties,
        &entries.join(",\n"),
    );
}

#[test]
fn the_readme_rule_table_matches_the_registry() {
    let rows: String = RULES
        .iter()
        .map(|rule| {
            let info = rule.info();
            let (id, severity, summary) = (info.id, info.severity.name(), info.summary);
            format!("| `{id}` | {severity} | {summary} |\n")
        })
        .collect();
    // The rows, from the table's header to the blank line after it.
    let rows_range = |text: &str| {
        let start = between(
            text,
            "| id | default | what it flags |\n| --- | --- | --- |\n",
            "",
        )
        .start;
        start..start + text[start..].find("\n\n").unwrap() + 1
    };
    check_part("README.md", rows_range, &rows);
}

#[test]
fn the_vs_code_rule_settings_match_the_registry() {
    let entries: Vec<String> = RULES
        .iter()
        .map(|rule| {
            let info = rule.info();
            let description = format!("{} (default: {}).", info.summary, info.severity.name());
            let description = serde_json::to_string(&description).unwrap();
            let levels = ["off", "error", "warning", "info", "hint"]
                .map(|level| format!("                \"{level}\""))
                .join(",\n");
            format!(
                "            \"{}\": {{\n              \"type\": \"string\",\n              \"enum\": [\n{levels}\n              ],\n              \"description\": {description}\n            }}",
                info.id
            )
        })
        .collect();
    check_extension_setting("rules", &entries);
}

#[test]
fn rule_pages_match_the_registry() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let update = updating();
    if update {
        std::fs::create_dir_all(&folder).unwrap();
    }
    for rule in RULES {
        let info = rule.info();
        let path = folder.join(format!("{}.md", info.id));
        let page = info.page();
        if update {
            std::fs::write(&path, &page).unwrap();
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == page,
            "{} is out of date; run UPDATE_RULE_DOCS=1 cargo test --test rule_docs",
            path.display()
        );
    }
    let pages = std::fs::read_dir(&folder).unwrap().count();
    assert_eq!(
        pages,
        RULES.len(),
        "docs/rules has a page for each rule and nothing else"
    );
}

#[test]
fn the_vs_code_limit_settings_match_the_registry() {
    let defaults = toml::Table::try_from(Limits::default()).unwrap();
    let entries: Vec<String> = resume_lsp::rules::limits()
        .map(|(rule, limit)| {
            let (kind, minimum, default) = match &defaults[limit.key] {
                toml::Value::Integer(default) => {
                    ("integer", format!("{}", limit.minimum as i64), default.to_string())
                }
                toml::Value::Float(default) => {
                    ("number", format!("{:?}", limit.minimum), format!("{default:?}"))
                }
                other => panic!("{}: a limit is a number, not {other}", limit.key),
            };
            let description = format!("{}: {} (default: {default}).", rule.id, limit.about);
            let description = serde_json::to_string(&description).unwrap();
            format!(
                "            \"{}\": {{\n              \"type\": \"{kind}\",\n              \"minimum\": {minimum},\n              \"description\": {description}\n            }}",
                limit.key
            )
        })
        .collect();
    check_extension_setting("limits", &entries);
}
