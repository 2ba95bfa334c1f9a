//! The JSON report: one document, its schema in docs/cli-json.md. Bump
//! `VERSION` when a field changes meaning or goes away; adding one is fine.

use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;

use super::{Location, Report};
use crate::document::{Text, TextPosition};
use crate::rules::Finding;

const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    files_checked: usize,
    findings: Vec<JsonFinding<'a>>,
    errors: Vec<JsonError<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    #[serde(flatten)]
    span: Span,
    fixes: Vec<JsonFix<'a>>,
    suggestions: &'a [String],
}

#[derive(Serialize)]
struct JsonFix<'a> {
    #[serde(flatten)]
    span: Span,
    replacement: &'a str,
}

/// 1-based lines and character columns, and the 0-based LSP range (UTF-16).
#[derive(Serialize)]
struct Span {
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    range: LspRange,
}

#[derive(Serialize)]
struct LspRange {
    start: LspPosition,
    end: LspPosition,
}

#[derive(Serialize)]
struct LspPosition {
    line: u32,
    character: u32,
}

#[derive(Serialize)]
struct JsonError<'a> {
    file: &'a str,
    message: &'a str,
}

impl Span {
    fn new(text: &Text, span: &Range<usize>) -> Self {
        let at = Location::new(text, span);
        let lsp = |p: TextPosition| LspPosition {
            line: p.line,
            character: p.character,
        };
        Self {
            line: at.start.line + 1,
            column: at.start.character + 1,
            end_line: at.end.line + 1,
            end_column: at.end.character + 1,
            range: LspRange {
                start: lsp(at.lsp_start),
                end: lsp(at.lsp_end),
            },
        }
    }
}

fn finding<'a>(file: &'a str, text: &Text, finding: &'a Finding) -> JsonFinding<'a> {
    JsonFinding {
        file,
        rule: finding.rule,
        severity: finding.severity.name(),
        message: &finding.message,
        span: Span::new(text, &finding.span),
        fixes: finding
            .fix
            .iter()
            .map(|fix| JsonFix {
                span: Span::new(text, &fix.span),
                replacement: &fix.replacement,
            })
            .collect(),
        suggestions: &finding.suggestions,
    }
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        version: VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        files_checked: report.files.len(),
        findings: report
            .files
            .iter()
            .flat_map(|file| {
                let each = |f| finding(&file.path, &file.text, f);
                file.findings.iter().map(each)
            })
            .collect(),
        errors: report
            .failures
            .iter()
            .map(|failure| JsonError {
                file: &failure.path,
                message: &failure.message,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
