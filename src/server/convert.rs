//! Conversions between LSP types and the core's.

use tower_lsp_server::ls_types::{
    ClientCapabilities, Diagnostic, DiagnosticSeverity, Hover, HoverContents, MarkupContent,
    MarkupKind, NumberOrString, Position, PositionEncodingKind, Range,
};

use crate::document::{PositionEncoding, Text, TextPosition};
use crate::rules::{Finding, Severity};

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

/// A hover for the findings under the cursor: each message, then the rule's
/// explanation, once per rule.
pub fn finding_hover(findings: &[Finding], range: Range, markdown: bool) -> Hover {
    let mut sections = Vec::new();
    let mut explained = Vec::new();
    for finding in findings {
        sections.push(format!("**{}** (`{}`)", finding.message, finding.rule));
        if !explained.contains(&finding.rule) {
            explained.push(finding.rule);
            if let Some(rule) = crate::rules::rule(finding.rule) {
                sections.push(rule.info().explanation());
            }
        }
    }
    let markdown_text = sections.join("\n\n");
    let (kind, value) = if markdown {
        (MarkupKind::Markdown, markdown_text)
    } else {
        (MarkupKind::PlainText, plain_text(&markdown_text))
    };
    Hover {
        contents: HoverContents::Markup(MarkupContent { kind, value }),
        range: Some(range),
    }
}

/// Markdown read as plain text: without heading marks, emphasis and code ticks.
fn plain_text(markdown: &str) -> String {
    markdown
        .lines()
        .map(|line| {
            line.trim_start_matches(['#', '>', ' '])
                .replace(['*', '`'], "")
        })
        .collect::<Vec<_>>()
        .join("\n")
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
        source: Some("resume-lsp".to_string()),
        message: finding.message.clone(),
        ..Default::default()
    }
}
