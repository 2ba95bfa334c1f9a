//! resume-lsp: coaching for resumes written in Markdown.
//!
//! The core (`document`, `resume`, `rules`, `config`) knows nothing about the
//! editor protocol; `server` and `cli` translate to and from it.

pub mod cli;
pub mod config;
pub mod document;
pub mod resume;
pub mod rules;
pub mod server;

/// Reads a document as a resume and runs every rule on it.
pub fn check_document(document: &document::Document) -> Vec<rules::Finding> {
    rules::lint(&resume::build(document.tree(), document.text()))
}
