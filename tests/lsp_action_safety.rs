//! No code action may drop or reorder text outside its range: every action
//! offered on every finding of our fixture resumes is applied, and only its
//! target may change.

mod support;

use serde_json::{Value, json};
use support::{LspClient, apply_edit, uri, utf16_offset};

fn offset(text: &str, position: &Value) -> usize {
    utf16_offset(
        text,
        position["line"].as_u64().unwrap(),
        position["character"].as_u64().unwrap(),
    )
}

/// The byte span of the paragraph or list item holding `start..end`, whole
/// lines: a bullet written over several lines is rewritten whole.
fn lines_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let opens_block = |line: &str| {
        let words = line.trim();
        words.starts_with(['-', '*', '+', '#', '<', '|'])
            || words.starts_with(|c: char| c.is_ascii_digit()) && words.contains(". ")
    };
    let mut line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    while line_start > 0 && !opens_block(&text[line_start..]) {
        let previous = text[..line_start - 1].rfind('\n').map_or(0, |at| at + 1);
        if text[previous..line_start].trim().is_empty() {
            break;
        }
        line_start = previous;
    }
    let mut line_end = text[end..].find('\n').map_or(text.len(), |at| end + at);
    for next in text[line_end..].split_inclusive('\n').skip(1) {
        if next.trim().is_empty() || opens_block(next) {
            break;
        }
        line_end += 1 + next.trim_end_matches('\n').len();
    }
    (line_start, line_end)
}

/// Checks one applied action against what it may touch.
fn check_action(before: &str, uri: &str, finding: &Value, action: &Value) {
    let title = action["title"].as_str().unwrap();
    let edit = &action["edit"];
    let edits: Vec<Value> = edit["changes"][uri].as_array().cloned().unwrap_or_default();
    if edits.is_empty() {
        return; // an edit of another file (the workspace config)
    }
    let after = apply_edit(before, edit, uri);
    let (finding_start, finding_end) = (
        offset(before, &finding["range"]["start"]),
        offset(before, &finding["range"]["end"]),
    );
    for change in &edits {
        let start = offset(before, &change["range"]["start"]);
        let end = offset(before, &change["range"]["end"]);
        let new_text = change["newText"].as_str().unwrap();
        if title.starts_with("Disable") {
            assert_eq!(start, end, "{title}: only inserts");
            assert!(
                new_text.trim_start().starts_with("<!-- resume-lsp-disable")
                    && new_text.ends_with('\n'),
                "{title}: {new_text:?}"
            );
            assert_eq!(new_text.matches('\n').count(), 1, "{title}: one line");
        } else if title == "Fix all auto-fixable findings" {
            assert!(!new_text.contains('\n'), "{title}: a word, not lines");
        } else {
            let (allowed_start, allowed_end) = lines_around(before, finding_start, finding_end);
            assert!(
                allowed_start <= start && end <= allowed_end,
                "{title}: {start}..{end} outside {allowed_start}..{allowed_end}"
            );
        }
    }
    // Everything before the first edit and after the last is untouched.
    let first = edits
        .iter()
        .map(|c| offset(before, &c["range"]["start"]))
        .min()
        .unwrap();
    let last = edits
        .iter()
        .map(|c| offset(before, &c["range"]["end"]))
        .max()
        .unwrap();
    assert!(
        after.starts_with(&before[..first]),
        "{title}: text before the edit changed"
    );
    assert!(
        after.ends_with(&before[last..]),
        "{title}: text after the edit changed"
    );
}

#[test]
fn every_action_on_every_fixture_changes_only_its_target() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/resumes");
    let mut fixtures: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    fixtures.sort();
    let (mut client, _) = LspClient::initialized(json!({}));
    let mut applied = 0;
    for (i, path) in fixtures
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .enumerate()
    {
        let text = std::fs::read_to_string(path).unwrap();
        for (variant, text) in [text.clone(), text.replace('\n', "\r\n")]
            .iter()
            .enumerate()
        {
            let name = uri(&format!("resume-{i}-{variant}.md"));
            client.open(&name, 1, text);
            for finding in client.diagnostics(&name, 1) {
                let actions = client.request(
                    "textDocument/codeAction",
                    json!({ "textDocument": { "uri": name }, "range": finding["range"], "context": { "diagnostics": [finding] } }),
                );
                for action in actions.as_array().unwrap() {
                    check_action(text, &name, &finding, action);
                    applied += 1;
                }
            }
        }
    }
    assert!(applied > 200, "only {applied} actions applied");
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}
