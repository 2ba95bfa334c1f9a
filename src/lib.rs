//! resume-lsp: coaching for resumes written in Markdown.
//!
//! The core (`document`, `resume`, `rules`, `config`) knows nothing about the
//! editor protocol; `server` and `cli` translate to and from it.

pub mod cli;
pub mod config;
pub mod document;
pub mod job;
pub mod resume;
pub mod rewrite;
pub mod rules;
pub mod server;

/// A document read as a resume, and what the rules found in it.
pub struct Analysis {
    pub resume: resume::Resume,
    pub findings: Vec<rules::Finding>,
}

/// Reads a document as a resume and runs the rules `config` leaves on, less
/// what the document's own disable comments turn off.
pub fn analyse(document: &document::Document, config: &config::Config) -> Analysis {
    let text = document.text();
    let resume = resume::build(document.tree(), text);
    let mut findings = rules::lint(&resume, config);
    let suppressions = rules::suppress::Suppressions::parse(&text.slice(0..text.len_bytes()));
    findings.retain(|finding| !suppressions.covers(finding));
    Analysis { resume, findings }
}

/// For a document too large to read as a resume, the one finding that says
/// so; such a document is never parsed.
pub fn too_large(length: usize, config: &config::Config) -> Option<rules::Finding> {
    let limit = config.limits.max_file_bytes;
    let info = &rules::too_large::INFO;
    let severity = config.severity(info.id, info.severity)?;
    (length > limit).then(|| rules::Finding {
        severity,
        ..rules::too_large::finding(length, limit)
    })
}

/// The findings of [`analyse`].
pub fn check_document(
    document: &document::Document,
    config: &config::Config,
) -> Vec<rules::Finding> {
    analyse(document, config).findings
}
