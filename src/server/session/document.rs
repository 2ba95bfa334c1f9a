//! An open document: its text (parsed unless too large), its config, and
//! the analysis of its latest version with the job match.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::postings::ReadPosting;
use super::stamp::ConfigSource;
use crate::Analysis;
use crate::config::Config;
use crate::document::{Change, Document, Edit, PositionEncoding, Text};
use crate::job::{self, JobReport};
use crate::resume::detect::opts_in;

pub struct OpenDocument {
    content: Content,
    pub version: i32,
    /// The file's path, when the document is a file.
    pub path: Option<PathBuf>,
    pub config: Arc<Config>,
    pub(super) config_source: ConfigSource,
    /// The analysis of the current version, made when first needed, with
    /// the job findings when a posting is set.
    analysis: Option<Arc<Analysis>>,
    /// The previous version's analysis and the one edit made since, from
    /// which the current version's is made quickly.
    stale: Option<(Arc<Analysis>, Edit)>,
    /// The match against the job posting, made with the analysis.
    job: Option<Arc<JobReport>>,
    /// The posting's normalised path at the last analysis, kept across edits
    /// so a change to the posting finds the resumes that read it.
    job_key: Option<PathBuf>,
}

/// A document's text, parsed unless it is too large to be a resume.
enum Content {
    Parsed(Document),
    /// Over `max-file-bytes`: kept as text for edits, never parsed, so one
    /// huge file cannot stall the server.
    TooLarge(Text),
}

impl Content {
    fn new(text: &str, config: &Config) -> Self {
        if text.len() > config.limits.max_file_bytes {
            Content::TooLarge(Text::new(text))
        } else {
            Content::Parsed(Document::new(text))
        }
    }

    fn text(&self) -> &Text {
        match self {
            Content::Parsed(document) => document.text(),
            Content::TooLarge(text) => text,
        }
    }

    /// Applies an editor change, returning the edit to the parsed document.
    fn apply(&mut self, change: &Change, encoding: PositionEncoding) -> Option<Edit> {
        match self {
            Content::Parsed(document) => document.apply(change, encoding),
            Content::TooLarge(text) => {
                match change.byte_range(text, encoding) {
                    Some(range) => text.replace(range, change.text),
                    None => *text = Text::new(change.text),
                }
                None
            }
        }
    }

    /// Parses or drops the tree when an edit or a new limit crosses it;
    /// returns whether it did.
    fn fit(&mut self, config: &Config) -> bool {
        let too_large = self.text().len_bytes() > config.limits.max_file_bytes;
        let crossed = too_large != matches!(self, Content::TooLarge(_));
        if crossed {
            let text = self.text().slice(0..self.text().len_bytes()).into_owned();
            *self = Content::new(&text, config);
        }
        crossed
    }
}

/// How much of a document's start can hold its opt-in comment or front matter.
const OPT_IN_BYTES: usize = 4096;

impl OpenDocument {
    /// A new document, read with `config` from `config_source`.
    pub(super) fn new(
        text: &str,
        version: i32,
        path: Option<PathBuf>,
        config: Arc<Config>,
        config_source: ConfigSource,
    ) -> Self {
        OpenDocument {
            content: Content::new(text, &config),
            version,
            path,
            config,
            config_source,
            analysis: None,
            stale: None,
            job: None,
            job_key: None,
        }
    }

    /// Takes a config read again; the analysis is made afresh.
    pub(super) fn set_config(&mut self, config: Arc<Config>, source: ConfigSource) {
        self.content.fit(&config);
        self.config = config;
        self.config_source = source;
        self.analysis = None;
        self.stale = None;
    }

    /// The current version's analysis, if made already.
    pub(super) fn analysis(&self) -> Option<&Arc<Analysis>> {
        self.analysis.as_ref()
    }

    /// Whether the last analysis read the posting at `key`; if so it is
    /// dropped, to be made again with the posting as it is now.
    pub(super) fn forget_posting(&mut self, key: &Path) -> bool {
        let reads_it = self.job_key.as_deref() == Some(key);
        if reads_it {
            self.analysis = None;
            self.job = None;
        }
        reads_it
    }

    pub fn text(&self) -> &Text {
        self.content.text()
    }

    /// Applies an editor change.
    pub fn apply(&mut self, change: &Change, encoding: PositionEncoding) {
        let edit = self.content.apply(change, encoding);
        let refitted = self.content.fit(&self.config);
        let previous = self.analysis.take();
        self.stale = previous.zip(edit).filter(|_| !refitted);
        self.job = None;
    }

    /// Reads the document again from its text, after an edit failed part way.
    pub fn rebuild(&mut self) {
        let text = self.text().slice(0..self.text().len_bytes()).into_owned();
        self.content = Content::new(&text, &self.config);
        self.analysis = None;
        self.stale = None;
        self.job = None;
    }

    /// Whether to lint it: its name matches, or its first lines opt in (checked on
    /// every change, so adding the opt-in comment takes effect at once).
    pub fn is_resume(&self) -> bool {
        let text = self.text();
        let head = text.slice(0..text.len_bytes().min(OPT_IN_BYTES));
        let path = self.path.as_deref().and_then(Path::to_str).unwrap_or("");
        self.config.lints(path, opts_in(&head))
    }

    /// The match against the job posting, as of the last analysis.
    pub fn job(&self) -> Option<&JobReport> {
        self.job.as_deref()
    }

    /// Analyses the current version: from the previous version's analysis
    /// when one edit lies between them, else from scratch.
    pub(super) fn analyse(&mut self) -> Analysis {
        let (content, config) = (&self.content, &self.config);
        match (content, self.stale.take()) {
            (Content::Parsed(document), Some((previous, edit))) => {
                Arc::unwrap_or_clone(previous).update(document, &edit, config)
            }
            (Content::Parsed(document), None) => crate::analyse(document, config),
            (Content::TooLarge(text), _) => Analysis {
                findings: crate::too_large(text.len_bytes(), config)
                    .into_iter()
                    .collect(),
                ..Analysis::default()
            },
        }
    }

    /// Keeps `analysis` as the current version's, with the job match against
    /// `posting` (its normalised path, its path as shown, and what was read
    /// from it).
    pub(super) fn match_job(
        &mut self,
        mut analysis: Analysis,
        posting: Option<(PathBuf, String, ReadPosting)>,
    ) -> Arc<Analysis> {
        self.job_key = posting.as_ref().map(|(key, _, _)| key.clone());
        self.job = match (&self.content, posting) {
            (Content::Parsed(document), Some((path, shown, posting))) => {
                let text = document.text();
                let text = text.slice(0..text.len_bytes());
                let result = job::attach(
                    &analysis.resume,
                    &mut analysis.findings,
                    posting.as_ref().as_ref().map_err(String::as_str),
                    &text,
                    &self.config,
                );
                Some(Arc::new(JobReport {
                    path,
                    shown,
                    result,
                }))
            }
            _ => None,
        };
        let analysis = Arc::new(analysis);
        self.analysis = Some(analysis.clone());
        analysis
    }
}
