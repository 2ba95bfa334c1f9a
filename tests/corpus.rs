//! Real public resumes from `../shared/corpus/resumes` (beside the repository;
//! CI has it, a user's clone may not). Each must open without a panic, in the
//! core and in the server, and those with Markdown structure must yield a model.

mod support;

use std::path::PathBuf;

use resume_lsp::document::Document;
use serde_json::json;
use support::{LspClient, uri};

fn corpus() -> Option<Vec<(PathBuf, String)>> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/resumes");
    if !folder.is_dir() {
        assert!(
            std::env::var("CI").is_err(),
            "CI must have the shared corpus at {}",
            folder.display()
        );
        eprintln!("no corpus at {}; nothing to check here", folder.display());
        return None;
    }
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| path.file_name().is_some_and(|name| name != "SOURCES.md"))
        .map(|path| {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            (path, text)
        })
        .collect();
    files.sort();
    assert!(files.len() >= 16, "the corpus holds 16 resumes");
    Some(files)
}

#[test]
fn every_corpus_resume_yields_a_model() {
    let Some(files) = corpus() else { return };
    let mut with_bullets = 0;
    for (path, text) in &files {
        let document = Document::new(text);
        let resume = resume_lsp::resume::build(document.tree(), document.text());
        let _ = resume_lsp::check_document(&document, &Default::default());
        let has_headings = text.lines().any(|line| line.starts_with('#'));
        assert!(
            !has_headings || !resume.sections.is_empty(),
            "{}: headings but no sections",
            path.display()
        );
        if resume.bullets().next().is_some() {
            with_bullets += 1;
        }
    }
    // A few keep their content in HTML or a code block, which is not read as Markdown.
    assert!(
        with_bullets >= files.len() - 3,
        "only {with_bullets} resumes have bullets"
    );
}

#[test]
fn every_corpus_resume_opens_in_the_server() {
    let Some(files) = corpus() else { return };
    let (mut client, _) = LspClient::initialized(json!({}));
    for (i, (_, text)) in files.iter().enumerate() {
        let name = uri(&format!("resume-{i}.md"));
        client.open(&name, 1, text);
        for diagnostic in client.diagnostics(&name, 1) {
            assert_eq!(diagnostic["source"], "resume-lsp");
        }
    }
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}
