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

/// What a user types into a resume: words, digits, punctuation, Markdown that
/// changes structure, comments and directives, line breaks, wide characters.
const TYPED: &[&str] = &[
    "x",
    "e",
    " ",
    "4",
    "%",
    ",",
    ".",
    "-",
    "*",
    "_",
    "`",
    "[",
    "]",
    "(",
    "<",
    ">",
    "\n",
    "\n\n",
    "\n  ",
    "\n- ",
    "  - ",
    "# ",
    "**",
    "2019 – 2021",
    "😀",
    "東",
    "\r\n",
    "Led ",
    "worked on ",
    " de la ",
    " und der ",
    " the ",
    "<!-- resume-lsp-disable-next-line -->\n",
    "<!-- resume-lsp-disable no-metric -->",
    "-->",
    "\"",
    "\\",
    ":",
    "Northwind ",
];

/// Resumes of several shapes: headings, bold lines, nested and wrapped items,
/// roles opened by list items, CRLF, comments and disable directives.
const RESUMES: &[&str] = &[
    include_str!("../examples/resume.md"),
    include_str!("fixtures/resumes/prose-roles.md"),
    include_str!("fixtures/resumes/html-roles.md"),
    include_str!("fixtures/resumes/json-resume.md"),
    include_str!("fixtures/resumes/definition-list.md"),
    include_str!("fixtures/resumes/plain-text.md"),
    include_str!("fixtures/resumes/list-roles.md"),
    include_str!("fixtures/resumes/crlf-unicode.md"),
    include_str!("fixtures/resumes/html-comments-table.md"),
    include_str!("fixtures/resumes/bold-company-title.md"),
    "# Ana Ruiz\nana@example.com\n\n## Experience\n\n### Engineer | Acme | 2020 – Present\n\n\
     <!-- resume-lsp-disable-next-line no-metric -->\n- Worked on the API\n  and its docs\n\
     - Built the billing service\n  - Cut refunds by 40%\n\n## Skills\n\n- Rust, Go\n",
    // Contacts only below the roles, which an edit to a list there can add.
    "# Ana Ruiz\n\n## Experience\n\n### Engineer | Acme | 2020 – 2023\n\n- Built the billing API\n\n\
     ## Other\n\n- Mail: ana@example.com\n- Talks at two Rust meetups\n",
    // Short lines that take their section's language, which one edit can turn.
    "# Ana Ruiz\nana@example.com\n\n## Experiência\n\n### Engenheira | Acme | 2020 – 2023\n\n\
     - Migração do sistema de pagamentos para Kotlin\n- Gestão de servidores\n\
     - Kafka, Helm\n- Built the billing service for the team\n",
];

fn typing_strategy() -> impl Strategy<Value = (f64, usize, &'static str)> {
    (
        0.0..1.0f64,
        prop_oneof![3 => Just(0usize), 1 => 1usize..4],
        prop::sample::select(TYPED),
    )
}

fn snapshot(analysis: &resume_lsp::Analysis) -> (String, Vec<resume_lsp::rules::Finding>) {
    (format!("{:?}", analysis.resume), analysis.findings.clone())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The analysis kept up to date edit by edit (re-reading one bullet when
    /// the edit stays inside it) equals the analysis of the final text.
    #[test]
    fn updated_analysis_matches_a_fresh_one(
        source in prop::sample::select(RESUMES),
        edits in prop::collection::vec(typing_strategy(), 1..12),
    ) {
        let config = resume_lsp::config::Config::default();
        let mut document = Document::new(source);
        let mut analysis = resume_lsp::analyse(&document, &config);
        for (at, removed, typed) in edits {
            let text = document.text();
            let start = text.floor_char_boundary((at * text.len_bytes() as f64) as usize);
            let tail = text.slice(start..text.len_bytes());
            let end = start + tail.chars().take(removed).map(char::len_utf8).sum::<usize>();
            let edit = document.replace(start..end, typed);
            analysis = analysis.update(&document, &edit, &config);
            let fresh_document = Document::new(&document.text().slice(0..document.text().len_bytes()));
            prop_assert_eq!(describe_tree(&document), describe_tree(&fresh_document));
            let fresh = resume_lsp::analyse(&fresh_document, &config);
            prop_assert_eq!(snapshot(&analysis), snapshot(&fresh));
        }
    }
}

/// Typing a word into a bullet re-reads that bullet alone.
#[test]
fn typing_in_a_bullet_rereads_only_that_bullet() {
    let source = include_str!("../examples/resume.md");
    let mut document = Document::new(source);
    let mut model = resume_lsp::analyse(&document, &Default::default()).resume;
    let at = source.find("- Worked on").unwrap() + "- Worked on".len();
    let edit = document.replace(at..at, " the");
    let index =
        resume_lsp::resume::reread_bullet(&mut model, document.tree(), document.text(), &edit);
    let (_, _, bullet) = model
        .bullets()
        .nth(index.expect("a plain edit inside one bullet"))
        .unwrap();
    assert!(bullet.prose.text().starts_with("Worked on the "));
    let blank_line = source.find("\n\n").unwrap();
    let edit = document.replace(blank_line..blank_line, "\n- new item");
    assert_eq!(
        resume_lsp::resume::reread_bullet(&mut model, document.tree(), document.text(), &edit),
        None
    );
}

/// The layouts whose bullets a keystroke re-reads alone: list items, roles
/// written as prose, HTML items, lines and table rows, JSON strings,
/// definition lists and plain text in a fence.
const LAYOUTS: &[&str] = &[
    include_str!("../examples/resume.md"),
    include_str!("fixtures/resumes/list-roles.md"),
    include_str!("fixtures/resumes/bold-company-title.md"),
    include_str!("fixtures/resumes/prose-roles.md"),
    include_str!("fixtures/resumes/html-roles.md"),
    include_str!("fixtures/resumes/json-resume.md"),
    include_str!("fixtures/resumes/definition-list.md"),
    include_str!("fixtures/resumes/plain-text.md"),
];

/// Typing a letter into a word of any bullet, in any layout the model reads,
/// re-reads that bullet alone, and the result equals a fresh reading.
#[test]
fn typing_in_a_bullet_stays_local_on_every_layout() {
    let config = resume_lsp::config::Config::default();
    for source in LAYOUTS {
        let model = resume_lsp::analyse(&Document::new(source), &config).resume;
        let bullets: Vec<(usize, String)> = model
            .bullets()
            .map(|(_, _, bullet)| (bullet.span.start, bullet.prose.text().to_string()))
            .collect();
        assert!(bullets.len() >= 3, "{source}");
        for (start, words) in bullets {
            // After the first letter of the bullet's second word: "Cut c|loud".
            let Some(space) = source[start..].find(' ') else {
                continue;
            };
            let at = start + space + 2;
            let mut document = Document::new(source);
            let before = resume_lsp::analyse(&document, &config);
            let mut model = before.resume.clone();
            let edit = document.replace(at..at, "e");
            let index = resume_lsp::resume::reread_bullet(
                &mut model,
                document.tree(),
                document.text(),
                &edit,
            );
            assert!(
                index.is_some(),
                "typing into {words:?} read the whole document"
            );
            let updated = before.update(&document, &edit, &config);
            let fresh = resume_lsp::analyse(&document, &config);
            assert_eq!(snapshot(&updated), snapshot(&fresh), "{words:?}");
            assert_eq!(format!("{model:?}"), format!("{:?}", fresh.resume));
        }
    }
}
