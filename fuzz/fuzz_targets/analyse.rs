//! Arbitrary bytes, read as UTF-8 (lossily when they are not), parsed, read as a
//! resume and linted: nothing panics, and every finding's span lies on character
//! boundaries of the text and survives a round trip through editor positions in
//! all three encodings.

#![no_main]

use libfuzzer_sys::fuzz_target;
use resume_lsp::config::Config;
use resume_lsp::document::{Document, PositionEncoding};

const ENCODINGS: [PositionEncoding; 3] = [
    PositionEncoding::Utf8,
    PositionEncoding::Utf16,
    PositionEncoding::Utf32,
];

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 is taken as it is; anything else through the lossy path.
    let text = String::from_utf8_lossy(data);
    let document = Document::new(&text);
    let analysis = resume_lsp::analyse(&document, &Config::default());
    for finding in &analysis.findings {
        check_span(&text, &document, &finding.span, finding.rule);
        if let Some(fix) = &finding.fix {
            check_span(&text, &document, &fix.span, finding.rule);
        }
    }
});

fn check_span(text: &str, document: &Document, span: &std::ops::Range<usize>, rule: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{rule}: span {span:?} outside a text of {} bytes",
        text.len()
    );
    for offset in [span.start, span.end] {
        assert!(
            text.is_char_boundary(offset),
            "{rule}: span {span:?} splits a character"
        );
        for encoding in ENCODINGS {
            let position = document.text().position_at(offset, encoding);
            let back = document.text().offset_at(position, encoding);
            // Only an offset between a `\r` and its `\n` maps to the line's end.
            let expected = if offset > 0 && text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                offset - 1
            } else {
                offset
            };
            assert_eq!(
                back, expected,
                "{rule}: offset {offset} -> {position:?} ({encoding:?}) -> {back}"
            );
        }
    }
}
