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

/// Reads a document as a resume and runs the rules `config` leaves on, less
/// what the document's own disable comments turn off.
pub fn check_document(
    document: &document::Document,
    config: &config::Config,
) -> Vec<rules::Finding> {
    let text = document.text();
    let mut findings = rules::lint(&resume::build(document.tree(), text), config);
    let suppressions = rules::suppress::Suppressions::parse(&text.slice(0..text.len_bytes()));
    findings.retain(|finding| !suppressions.covers(finding));
    findings
}
