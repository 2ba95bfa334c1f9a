//! Conversions between LSP types and the core's.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::json;
use tower_lsp_server::ls_types::{
    ClientCapabilities, CodeDescription, Diagnostic, DiagnosticSeverity, MarkupKind,
    NumberOrString, Position, PositionEncodingKind, Range, Uri,
};

use crate::document::{PositionEncoding, Text, TextPosition};
use crate::rules::{Finding, RULES, Severity};

/// The first encoding in the client's order of preference that we support;
/// UTF-16 when it states none, as LSP requires.
pub fn negotiate_encoding(capabilities: &ClientCapabilities) -> PositionEncoding {
    capabilities
        .general
        .as_ref()
        .and_then(|general| general.position_encodings.as_ref())
        .and_then(|kinds| kinds.iter().find_map(encoding_of))
        .unwrap_or_default()
}

fn encoding_of(kind: &PositionEncodingKind) -> Option<PositionEncoding> {
    match kind.as_str() {
        "utf-8" => Some(PositionEncoding::Utf8),
        "utf-16" => Some(PositionEncoding::Utf16),
        "utf-32" => Some(PositionEncoding::Utf32),
        _ => None,
    }
}

pub fn encoding_kind(encoding: PositionEncoding) -> PositionEncodingKind {
    match encoding {
        PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

pub fn text_position(position: Position) -> TextPosition {
    TextPosition::new(position.line, position.character)
}

pub fn text_range(range: Range) -> std::ops::Range<TextPosition> {
    text_position(range.start)..text_position(range.end)
}

/// The editor range of a byte span.
pub fn range(span: std::ops::Range<usize>, text: &Text, encoding: PositionEncoding) -> Range {
    let position = |offset| {
        let p = text.position_at(offset, encoding);
        Position::new(p.line, p.character)
    };
    Range::new(position(span.start), position(span.end))
}

/// Whether the client renders Markdown in hovers: it says so, or says nothing
/// (every common editor does).
pub fn takes_markdown_hovers(capabilities: &ClientCapabilities) -> bool {
    let formats = capabilities
        .text_document
        .as_ref()
        .and_then(|text| text.hover.as_ref())
        .and_then(|hover| hover.content_format.as_ref());
    formats.is_none_or(|formats| formats.contains(&MarkupKind::Markdown))
}

pub fn diagnostic(finding: &Finding, text: &Text, encoding: PositionEncoding) -> Diagnostic {
    Diagnostic {
        range: range(finding.span.clone(), text, encoding),
        severity: Some(match finding.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Information => DiagnosticSeverity::INFORMATION,
            Severity::Hint => DiagnosticSeverity::HINT,
        }),
        code: Some(NumberOrString::String(finding.rule.to_string())),
        code_description: rule_page(finding.rule).map(|href| CodeDescription { href }),
        source: Some("resume-lsp".to_string()),
        message: finding.message.clone(),
        data: Some(json!({
            "rule": finding.rule,
            "suggestions": finding.suggestions,
            "word": finding.word,
            "fix": finding.fix.as_ref().map(|fix| json!({
                "range": range(fix.span.clone(), text, encoding),
                "newText": fix.replacement,
            })),
        })),
        ..Default::default()
    }
}

/// The rule's page in the repository, `docs/rules/ID.md`, parsed once per rule.
fn rule_page(id: &str) -> Option<Uri> {
    static PAGES: LazyLock<HashMap<&'static str, Uri>> = LazyLock::new(|| {
        let repository = env!("CARGO_PKG_REPOSITORY");
        RULES
            .iter()
            .map(|rule| rule.info().id)
            .filter_map(|id| {
                let page = format!("{repository}/blob/main/docs/rules/{id}.md");
                Some((id, page.parse().ok()?))
            })
            .collect()
    });
    PAGES.get(id).cloned()
}
