//! Conversions between LSP types and the core's.

use tower_lsp_server::ls_types::{
    ClientCapabilities, Diagnostic, DiagnosticSeverity, NumberOrString, Position,
    PositionEncodingKind, Range,
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

pub fn text_range(range: Range) -> std::ops::Range<TextPosition> {
    let position = |p: Position| TextPosition::new(p.line, p.character);
    position(range.start)..position(range.end)
}

pub fn diagnostic(finding: &Finding, text: &Text, encoding: PositionEncoding) -> Diagnostic {
    let position = |offset| {
        let p = text.position_at(offset, encoding);
        Position::new(p.line, p.character)
    };
    Diagnostic {
        range: Range::new(position(finding.span.start), position(finding.span.end)),
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
