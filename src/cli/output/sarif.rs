//! SARIF 2.1.0: every rule with its help, every finding with its fix, and
//! files that could not be read as notifications. GitHub code scanning reads
//! `shortDescription`, `help.markdown`, the level and the region.
//! <https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>

use std::io::{self, Write};
use std::ops::Range;
use std::path::Path;

use serde_json::{Value, json};

use super::{Location, Report};
use crate::document::Text;
use crate::rules::{Finding, RULES, RuleInfo, Severity};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let results: Vec<Value> = report
        .files
        .iter()
        .flat_map(|file| {
            let uri = uri(&file.path);
            let each = move |f| result(&uri, &file.text, f);
            file.findings.iter().map(each)
        })
        .collect();
    let notifications: Vec<Value> = report
        .failures
        .iter()
        .map(|failure| {
            json!({
                "level": "error",
                "message": { "text": format!("{}: {}", failure.path, failure.message) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&failure.path) } } }],
            })
        })
        .collect();
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": env!("CARGO_PKG_NAME"),
                "version": env!("CARGO_PKG_VERSION"),
                "rules": RULES.iter().map(|rule| descriptor(rule.info())).collect::<Vec<_>>(),
            } },
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": report.failures.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    writeln!(out)
}

fn descriptor(info: &RuleInfo) -> Value {
    json!({
        "id": info.id,
        "shortDescription": { "text": info.summary },
        "fullDescription": { "text": info.why },
        "help": { "text": info.fix, "markdown": info.explanation() },
        "defaultConfiguration": { "level": level(info.severity) },
        "properties": { "tags": ["resume"], "fixable": info.fixable },
    })
}

fn result(uri: &str, text: &Text, finding: &Finding) -> Value {
    let artifact = json!({ "uri": uri });
    let mut result = json!({
        "ruleId": finding.rule,
        "level": level(finding.severity),
        "message": { "text": finding.message },
        "locations": [{ "physicalLocation": {
            "artifactLocation": artifact,
            "region": region(text, &finding.span),
        } }],
    });
    if let Some(index) = RULES.iter().position(|rule| rule.info().id == finding.rule) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(fix) = &finding.fix {
        result["fixes"] = json!([{
            "description": { "text": format!("Replace with \"{}\"", fix.replacement) },
            "artifactChanges": [{
                "artifactLocation": artifact,
                "replacements": [{
                    "deletedRegion": region(text, &fix.span),
                    "insertedContent": { "text": fix.replacement },
                }],
            }],
        }]);
    }
    result
}

/// 1-based lines and columns in code points (`columnKind`), the end column
/// just past the span.
fn region(text: &Text, span: &Range<usize>) -> Value {
    let at = Location::new(text, span);
    json!({
        "startLine": at.start.line + 1,
        "startColumn": at.start.character + 1,
        "endLine": at.end.line + 1,
        "endColumn": at.end.character + 1,
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

/// A relative path stays relative, so viewers resolve it against the checkout;
/// an absolute one becomes a `file:` URI.
fn uri(path: &str) -> String {
    let slashed = path.replace('\\', "/");
    let relative = slashed.trim_start_matches("./");
    let encoded: String = relative
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect();
    match (Path::new(path).is_absolute(), encoded.starts_with('/')) {
        (false, _) => encoded,
        (true, true) => format!("file://{encoded}"),
        (true, false) => format!("file:///{encoded}"),
    }
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_relative_and_percent_encoded() {
        assert_eq!(uri("./cv/my resume.md"), "cv/my%20resume.md");
        assert_eq!(uri("résumé.md"), "r%C3%A9sum%C3%A9.md");
        if cfg!(unix) {
            assert_eq!(uri("/home/a/resume.md"), "file:///home/a/resume.md");
        }
    }
}
