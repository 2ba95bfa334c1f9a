//! resume-lsp: coaching for resumes written in Markdown.
//!
//! The core (`document`, `resume`, `rules`, `config`, `job`, `assist`) knows
//! nothing about the editor protocol; `server` and `cli` translate to and
//! from it.

pub mod assist;
pub mod cli;
pub mod config;
pub mod document;
pub mod job;
pub mod resume;
pub mod rewrite;
pub mod rules;
pub mod server;

/// A document read as a resume, and what the rules found in it.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub resume: resume::Resume,
    pub findings: Vec<rules::Finding>,
    /// The path in the resume's own `<!-- resume-lsp job: path -->`, if any.
    pub job_comment: Option<String>,
    lint: rules::Lint,
    suppressions: rules::suppress::Suppressions,
}

/// Reads a document as a resume and runs the rules `config` leaves on, less
/// what the document's own disable comments turn off.
pub fn analyse(document: &document::Document, config: &config::Config) -> Analysis {
    let text = document.text();
    let resume = resume::build(document.tree(), text);
    let lint = rules::Lint::new(&resume, config.settings());
    let whole = text.slice(0..text.len_bytes());
    let mut analysis = Analysis {
        resume,
        findings: Vec::new(),
        job_comment: job::comment_path(&whole).map(str::to_string),
        lint,
        suppressions: rules::suppress::Suppressions::parse(&whole),
    };
    analysis.findings = analysis.unsuppressed();
    analysis
}

impl Analysis {
    /// The analysis of `document` after `edit`, made from this one, which must
    /// be of the text before it and made with the same `config`. When the edit
    /// stayed inside one bullet's words, only that bullet, its role and the
    /// rules on the whole resume are run again; else the whole document is.
    pub fn update(
        mut self,
        document: &document::Document,
        edit: &document::Edit,
        config: &config::Config,
    ) -> Analysis {
        let index = if self.suppressions.depend_on(&(edit.start..edit.old_end)) {
            None
        } else {
            resume::reread_bullet(&mut self.resume, document.tree(), document.text(), edit)
        };
        let Some(index) = index else {
            // Freed first, so that a long resume is not held twice.
            drop(self);
            return analyse(document, config);
        };
        self.lint
            .update(&self.resume, index, edit, config.settings());
        self.suppressions.shift(edit);
        self.findings = self.unsuppressed();
        self
    }

    fn unsuppressed(&self) -> Vec<rules::Finding> {
        let mut findings = self.lint.findings();
        findings.retain(|finding| !self.suppressions.covers(finding));
        findings
    }
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
