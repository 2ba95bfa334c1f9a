//! A random sequence of editor changes applied incrementally must leave the same
//! text as an independent reference, the same syntax tree as a fresh parse, and
//! an analysis kept up to date edit by edit (`Analysis::update`) equal to a
//! fresh analysis of the final text. Positions may lie far outside the text, split
//! surrogate pairs, UTF-8 sequences and CRLF pairs; inserts may be large.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use resume_lsp::config::Config;
use resume_lsp::document::{Change, Document, PositionEncoding, TextPosition};

/// Pieces that exercise Markdown structure, line endings and wide characters.
const PIECES: &[&str] = &[
    "# Jane Doe\n",
    "## Experience\n",
    "### Engineer | Acme\n",
    "Jan 2020 – Present\n",
    "- Led a team of 5 to ship the API, cutting latency 40%\n",
    "  - nested helped with x\n",
    "* star\n",
    "1. one\n",
    "**Acme**, Eng (2019–2021)\n",
    "Skills\n------\n",
    "| a | b |\n|---|---|\n",
    "<!-- resume-lsp-disable -->\n",
    "---\nresume: true\n---\n",
    "```\ncode\n```\n",
    "> quote\n",
    "jane@example.com ",
    "text ",
    "😀",
    "𝒳",
    "東京",
    "é",
    "e\u{301}",
    "\r\n",
    "\n",
    "\r",
    "\t",
    " ",
    "`",
    "*",
    "_",
    "<",
    "[x](y)",
];

/// Inserts and initial texts are capped, so a run stays fast.
const MAX_PIECE: usize = 64 * 1024;
const MAX_EDITS: usize = 32;

#[derive(Arbitrary, Debug)]
enum Piece {
    Known(u8),
    Raw(String),
    /// A known piece repeated, for large inserts.
    Repeat(u8, u16),
}

#[derive(Arbitrary, Debug)]
enum Coordinate {
    Near(u8),
    Far(u32),
}

impl Coordinate {
    fn value(&self) -> u32 {
        match *self {
            Coordinate::Near(value) => u32::from(value % 24),
            Coordinate::Far(value) => value,
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

#[derive(Arbitrary, Debug)]
struct Edit {
    /// None replaces the whole text.
    range: Option<[Coordinate; 4]>,
    encoding: Encoding,
    text: Vec<Piece>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    initial: Vec<Piece>,
    edits: Vec<Edit>,
}

fn build(pieces: &[Piece]) -> String {
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Known(index) => text.push_str(PIECES[*index as usize % PIECES.len()]),
            Piece::Raw(raw) => text.push_str(raw),
            Piece::Repeat(index, times) => {
                let piece = PIECES[*index as usize % PIECES.len()];
                let times = (*times as usize).min(MAX_PIECE / piece.len());
                text.push_str(&piece.repeat(times));
            }
        }
        if text.len() > MAX_PIECE {
            let mut end = MAX_PIECE;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
            break;
        }
    }
    text
}

fuzz_target!(|input: Input| {
    let initial = build(&input.initial);
    let mut document = Document::new(&initial);
    let config = Config::default();
    let mut analysis = resume_lsp::analyse(&document, &config);
    let mut expected = initial;
    for edit in input.edits.iter().take(MAX_EDITS) {
        let encoding = match edit.encoding {
            Encoding::Utf8 => PositionEncoding::Utf8,
            Encoding::Utf16 => PositionEncoding::Utf16,
            Encoding::Utf32 => PositionEncoding::Utf32,
        };
        let new_text = build(&edit.text);
        let range = edit.range.as_ref().map(|[l1, c1, l2, c2]| {
            TextPosition::new(l1.value(), c1.value())..TextPosition::new(l2.value(), c2.value())
        });
        // Kept up to date edit by edit, as the server does.
        analysis = match document.apply(&Change { range: range.clone(), text: &new_text }, encoding) {
            Some(change) => analysis.update(&document, &change, &config),
            None => resume_lsp::analyse(&document, &config),
        };
        match range {
            Some(range) => {
                let a = reference_offset(&expected, range.start, encoding);
                let b = reference_offset(&expected, range.end, encoding);
                expected.replace_range(a.min(b)..a.max(b), &new_text);
            }
            None => expected = new_text,
        }
        let text = document.text().slice(0..document.text().len_bytes());
        assert!(text == expected.as_str(), "text differs after {edit:?}");
        assert_eq!(
            describe_tree(document.tree()),
            describe_tree(Document::new(&expected).tree()),
            "tree differs after {edit:?}"
        );
    }
    let fresh = resume_lsp::analyse(&Document::new(&expected), &config);
    assert_eq!(format!("{:?}", analysis.resume), format!("{:?}", fresh.resume));
    assert_eq!(analysis.findings, fresh.findings);
});

/// A deliberately simple reading of an LSP position, independent of the rope:
/// lines end at `\r\n`, `\n` or `\r`; columns past the end or inside a character
/// are clamped down. (As in tests/incremental.rs.)
fn reference_offset(text: &str, position: TextPosition, encoding: PositionEncoding) -> usize {
    let bytes = text.as_bytes();
    let mut line_start = 0;
    for _ in 0..position.line {
        let Some(at) = text[line_start..].find(['\n', '\r']) else {
            return text.len();
        };
        line_start += at + 1;
        if bytes[line_start - 1] == b'\r' && bytes.get(line_start) == Some(&b'\n') {
            line_start += 1;
        }
    }
    let line_end = text[line_start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |at| line_start + at);
    let mut units = 0;
    for (at, ch) in text[line_start..line_end].char_indices() {
        units += match encoding {
            PositionEncoding::Utf8 => ch.len_utf8(),
            PositionEncoding::Utf16 => ch.len_utf16(),
            PositionEncoding::Utf32 => 1,
        };
        if units > position.character as usize {
            return line_start + at;
        }
    }
    line_end
}

/// Every node with its kind, bytes and points, in document order.
fn describe_tree(tree: &tree_sitter::Tree) -> Vec<String> {
    let mut nodes = Vec::new();
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        nodes.push(format!(
            "{}{} {:?} {:?}-{:?}",
            node.kind(),
            if node.is_missing() { " (missing)" } else { "" },
            node.byte_range(),
            node.start_position(),
            node.end_position()
        ));
        if cursor.goto_first_child() || cursor.goto_next_sibling() {
            continue;
        }
        loop {
            if !cursor.goto_parent() {
                return nodes;
            }
            if cursor.goto_next_sibling() {
                break;
            }
        }
    }
}
