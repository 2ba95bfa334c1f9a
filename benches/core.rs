//! The core's costs, one step at a time, on the two-page example and on a
//! generated 10,000-bullet resume: `cargo bench --bench core`.

use resume_lsp::config::Config;
use resume_lsp::document::{Document, PositionEncoding};
use resume_lsp::resume;
use resume_lsp::rules;

mod support;

fn main() {
    divan::main();
}

const EXAMPLE: &str = include_str!("../examples/resume.md");

/// Where a user types: inside a bullet's words, after its first word.
fn typing_offset(text: &str, opening: &str) -> usize {
    text.find(opening).expect("the document has the bullet") + opening.len()
}

fn large() -> String {
    support::generated_resume(10_000)
}

#[divan::bench(args = ["two-page", "10k bullets"])]
fn full_parse(bencher: divan::Bencher, name: &str) {
    let text = input(name);
    bencher.bench(|| Document::new(divan::black_box(&text)));
}

/// A letter typed into a bullet's words and taken back: the block structure
/// cannot change, so the tree's offsets move and the reparse is skipped.
#[divan::bench(args = ["two-page", "10k bullets"])]
fn incremental_reparse(bencher: divan::Bencher, name: &str) {
    type_and_take_back(bencher, name, "x");
}

/// A comma typed into a bullet's words and taken back: tree-sitter reparses
/// incrementally, reusing the unchanged subtrees.
#[divan::bench(args = ["two-page", "10k bullets"])]
fn incremental_reparse_punctuation(bencher: divan::Bencher, name: &str) {
    type_and_take_back(bencher, name, ",");
}

fn type_and_take_back(bencher: divan::Bencher, name: &str, typed: &str) {
    let text = input(name);
    let at = typing_offset_in(name, &text);
    let mut document = Document::new(&text);
    bencher.bench_local(|| {
        document.replace(at..at, typed);
        document.replace(at..at + typed.len(), "");
    });
}

#[divan::bench(args = ["two-page", "10k bullets"])]
fn build_model(bencher: divan::Bencher, name: &str) {
    let document = Document::new(&input(name));
    bencher.bench(|| resume::build(document.tree(), document.text()));
}

#[divan::bench(args = ["two-page", "10k bullets"])]
fn full_lint(bencher: divan::Bencher, name: &str) {
    let document = Document::new(&input(name));
    let model = resume::build(document.tree(), document.text());
    let config = Config::default();
    bencher.bench(|| rules::lint(&model, config.settings()));
}

#[divan::bench(args = ["two-page", "10k bullets"])]
fn analyse(bencher: divan::Bencher, name: &str) {
    let document = Document::new(&input(name));
    let config = Config::default();
    bencher.bench(|| resume_lsp::analyse(&document, &config));
}

/// Every rule on one weak bullet of the example.
#[divan::bench]
fn lint_one_bullet(bencher: divan::Bencher) {
    let document = Document::new(EXAMPLE);
    let model = resume::build(document.tree(), document.text());
    let config = Config::default();
    let (section, role, bullet) = model
        .bullets()
        .find(|(_, _, bullet)| bullet.prose.text().starts_with("Worked on"))
        .expect("the example has a weak bullet");
    bencher.bench(|| rules::lint_bullet(section, role, bullet, config.settings()));
}

/// A byte offset to a UTF-16 position and back, near the end of the document.
#[divan::bench(args = ["two-page", "10k bullets"])]
fn position_conversion(bencher: divan::Bencher, name: &str) {
    let document = Document::new(&input(name));
    let text = document.text();
    let offset = text.floor_char_boundary(text.len_bytes() * 9 / 10);
    bencher.bench(|| {
        let position = text.position_at(divan::black_box(offset), PositionEncoding::Utf16);
        text.offset_at(position, PositionEncoding::Utf16)
    });
}

fn input(name: &str) -> String {
    match name {
        "two-page" => support::two_page_resume(),
        _ => large(),
    }
}

fn typing_offset_in(name: &str, text: &str) -> usize {
    match name {
        "two-page" => typing_offset(text, "- Worked "),
        _ => typing_offset(text, "- Built "),
    }
}

/// What a keystroke costs the core: the edit, the tree, and the analysis
/// brought up to date (typed, then taken back).
#[divan::bench(args = ["two-page", "10k bullets"])]
fn keystroke(bencher: divan::Bencher, name: &str) {
    let text = input(name);
    let at = typing_offset_in(name, &text);
    let config = Config::default();
    let mut document = Document::new(&text);
    let mut analysis = resume_lsp::analyse(&document, &config);
    bencher.bench_local(|| {
        for (range, typed) in [(at..at, "x"), (at..at + 1, "")] {
            let edit = document.replace(range, typed);
            analysis = std::mem::take(&mut analysis).update(&document, &edit, &config);
        }
    });
}
