//! Random edit sequences applied the way an editor sends them must leave the
//! same text, syntax tree and findings as parsing the final text afresh.

use proptest::prelude::*;
use resume_lsp::document::{Change, Document, PositionEncoding, TextPosition};

/// Pieces that exercise Markdown structure, line endings and wide characters.
const PIECES: &[&str] = &[
    "# Jane Doe\n",
    "## Experience\n",
    "### Engineer | Acme\n",
    "Jan 2020 – Present\n",
    "- Worked on the API\n",
    "  - nested helped with x\n",
    "* star\n",
    "1. one\n",
    "**Acme**, Eng (2019–2021)\n",
    "Skills\n------\n",
    "| a | b |\n|---|---|\n",
    "<!-- c -->\n",
    "---\nresume: true\n---\n",
    "```\ncode\n```\n",
    "> quote\n",
    "text ",
    "😀",
    "東京",
    "é",
    "\r\n",
    "\n",
    "\r",
    " ",
    "`",
    "*",
    "[x](y)",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|pieces| pieces.concat())
}

#[derive(Debug, Clone)]
struct Edit {
    range: Option<(u32, u32, u32, u32)>,
    text: String,
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    let position = (0u32..12, 0u32..40);
    let ranged =
        (position.clone(), position, text_strategy()).prop_map(|((l1, c1), (l2, c2), text)| Edit {
            range: Some((l1, c1, l2, c2)),
            text,
        });
    prop_oneof![9 => ranged, 1 => text_strategy().prop_map(|text| Edit { range: None, text })]
}

fn encoding_strategy() -> impl Strategy<Value = PositionEncoding> {
    prop_oneof![
        Just(PositionEncoding::Utf8),
        Just(PositionEncoding::Utf16),
        Just(PositionEncoding::Utf32)
    ]
}

/// A deliberately simple reading of an LSP position, independent of the rope:
/// lines end at `\r\n`, `\n` or `\r`; columns past the end or inside a character
/// are clamped down.
fn reference_offset(text: &str, line: u32, character: u32, encoding: PositionEncoding) -> usize {
    let mut line_start = 0;
    let mut remaining = line;
    let bytes = text.as_bytes();
    while remaining > 0 {
        let Some(at) = text[line_start..].find(['\n', '\r']) else {
            return text.len();
        };
        let mut next = line_start + at + 1;
        if bytes[next - 1] == b'\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
        }
        line_start = next;
        remaining -= 1;
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
        if units > character as usize {
            return line_start + at;
        }
    }
    line_end
}

/// Every node with its kind, bytes and points, in document order.
fn describe_tree(document: &Document) -> Vec<String> {
    let mut nodes = Vec::new();
    let mut cursor = document.tree().walk();
    loop {
        let node = cursor.node();
        nodes.push(format!(
            "{} {:?} {:?}-{:?}",
            node.kind(),
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn incremental_edits_match_a_fresh_parse(
        initial in text_strategy(),
        edits in prop::collection::vec(edit_strategy(), 1..8),
        encoding in encoding_strategy(),
    ) {
        let mut document = Document::new(&initial);
        let mut expected = initial;
        for edit in &edits {
            let range = edit.range.map(|(l1, c1, l2, c2)| TextPosition::new(l1, c1)..TextPosition::new(l2, c2));
            document.apply(&Change { range: range.clone(), text: &edit.text }, encoding);
            match range {
                Some(range) => {
                    let a = reference_offset(&expected, range.start.line, range.start.character, encoding);
                    let b = reference_offset(&expected, range.end.line, range.end.character, encoding);
                    expected.replace_range(a.min(b)..a.max(b), &edit.text);
                }
                None => expected = edit.text.clone(),
            }
            let text = document.text().slice(0..document.text().len_bytes()).into_owned();
            prop_assert_eq!(&text, &expected);
        }
        let fresh = Document::new(&expected);
        prop_assert_eq!(describe_tree(&document), describe_tree(&fresh));
        prop_assert_eq!(resume_lsp::check_document(&document, &Default::default()), resume_lsp::check_document(&fresh, &Default::default()));
    }
}
