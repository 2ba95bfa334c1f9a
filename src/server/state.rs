//! What the server knows between messages: the client's abilities, its
//! settings, and each open document with its config and latest analysis.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use tower_lsp_server::ls_types::{
    ClientCapabilities, InitializeParams, ResourceOperationKind, Uri,
};

use super::convert;
use super::job::shown;
use crate::Analysis;
use crate::config::Config;
use crate::document::{Change, Document, Edit, PositionEncoding, Text};
use crate::job::{self, JobReport, Posting, normalize};
use crate::resume::detect::opts_in;
use crate::rules::lexicon::Lexicon;

/// What the client said it can do, read once at initialize.
#[derive(Debug, Default, Clone)]
pub struct ClientFeatures {
    pub encoding: PositionEncoding,
    /// Hovers may be Markdown.
    pub markdown_hovers: bool,
    /// Code action edits may wait for `codeAction/resolve`.
    pub resolve_edits: bool,
    /// Edits may carry snippet tab stops (`experimental.snippetTextEdit`);
    /// they are sent by `workspace/applyEdit`, so the client must take that too.
    pub snippet_edits: bool,
    /// The client pulls diagnostics (`textDocument/diagnostic`) and can be
    /// asked to pull again; none are pushed.
    pub pull_diagnostics: bool,
    /// The client can be asked to fetch code lenses again.
    pub code_lens_refresh: bool,
    /// The server may ask for settings with `workspace/configuration`.
    pub configuration: bool,
    /// The server may register a file watcher for config files.
    pub watch_files: bool,
    /// Workspace edits may use `documentChanges`, and create files in them.
    pub document_changes: bool,
    pub create_files: bool,
}

impl ClientFeatures {
    pub fn new(capabilities: &ClientCapabilities) -> Self {
        let text = capabilities.text_document.as_ref();
        let workspace = capabilities.workspace.as_ref();
        let edits = workspace.and_then(|w| w.workspace_edit.as_ref());
        let resolve = text
            .and_then(|t| t.code_action.as_ref())
            .and_then(|c| c.resolve_support.as_ref());
        let experimental = capabilities.experimental.as_ref();
        let diagnostic_refresh = workspace
            .and_then(|w| w.diagnostics.as_ref())
            .and_then(|d| d.refresh_support)
            .unwrap_or(false);
        Self {
            encoding: convert::negotiate_encoding(capabilities),
            markdown_hovers: convert::takes_markdown_hovers(capabilities),
            resolve_edits: resolve.is_some_and(|r| r.properties.iter().any(|p| p == "edit")),
            snippet_edits: experimental
                .and_then(|e| e.get("snippetTextEdit"))
                .is_some_and(|v| v.as_bool() == Some(true))
                && workspace.and_then(|w| w.apply_edit).unwrap_or(false),
            // Pulled findings could not follow a config file or posting
            // edited on disk: a client that cannot be asked to pull again
            // (Neovim 0.11) gets them pushed.
            pull_diagnostics: text.is_some_and(|t| t.diagnostic.is_some()) && diagnostic_refresh,
            code_lens_refresh: workspace
                .and_then(|w| w.code_lens.as_ref())
                .and_then(|c| c.refresh_support)
                .unwrap_or(false),
            configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
            watch_files: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            document_changes: edits.and_then(|e| e.document_changes).unwrap_or(false),
            create_files: edits
                .and_then(|e| e.resource_operations.as_ref())
                .is_some_and(|ops| ops.contains(&ResourceOperationKind::Create)),
        }
    }
}

/// A posting as read, or why it could not be.
type ReadPosting = Arc<Result<Posting, String>>;

/// A file's modification time and size, or None when there is no file: one
/// stat tells whether it changed since it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp(Option<(SystemTime, u64)>);

impl Stamp {
    fn of(path: &Path) -> Self {
        let metadata = std::fs::metadata(path).ok();
        Stamp(metadata.map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len())))
    }
}

/// The config file a document's config was read from, and its stamp then.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ConfigSource(Option<(PathBuf, Stamp)>);

impl ConfigSource {
    fn file(&self) -> Option<&Path> {
        self.0.as_ref().map(|(file, _)| file.as_path())
    }
}

/// While the user types, files on disk are looked at again at most this often.
const DISK_CHECK_WHILE_TYPING: Duration = Duration::from_secs(2);

#[derive(Default)]
pub struct State {
    pub client: ClientFeatures,
    /// The client's settings under "resume-lsp", laid over config files.
    pub settings: serde_json::Value,
    /// The folders the server may read and write in.
    pub workspace_folders: Vec<PathBuf>,
    pub documents: HashMap<Uri, OpenDocument>,
    /// Problems already shown, so each is reported once.
    pub reported: HashSet<String>,
    /// Job postings read from disk, by normalised path, with the word list
    /// they were read with and the file's stamp then.
    postings: HashMap<PathBuf, (Arc<Lexicon>, ReadPosting, Stamp)>,
    /// When config files and postings were last compared with the disk.
    last_disk_check: Option<Instant>,
}

pub struct OpenDocument {
    content: Content,
    pub version: i32,
    /// The file's path, when the document is a file.
    pub path: Option<PathBuf>,
    pub config: Arc<Config>,
    config_source: ConfigSource,
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

impl State {
    pub fn initialize(&mut self, params: &InitializeParams) {
        self.client = ClientFeatures::new(&params.capabilities);
        if let Some(options) = &params.initialization_options {
            self.settings = options.clone();
        }
        let folders = params
            .workspace_folders
            .iter()
            .flatten()
            .map(|folder| &folder.uri);
        #[allow(deprecated)] // rootUri is what older clients send instead of folders.
        let root = params.root_uri.iter();
        self.workspace_folders = folders
            .chain(root)
            .filter_map(|uri| uri.to_file_path().map(|path| path.into_owned()))
            .collect();
    }

    /// Opens a document, returning config problems not reported before.
    pub fn open(&mut self, uri: Uri, text: &str, version: i32) -> Vec<String> {
        let path = uri.to_file_path().map(|path| path.into_owned());
        let config_source = self.config_source(path.as_deref());
        let (config, problems) = self.config_from(&config_source);
        self.documents.insert(
            uri,
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
            },
        );
        self.first_reports(problems)
    }

    /// Rereads every open document's config (settings or a config file
    /// changed), returning problems not reported before.
    pub fn reload_configs(&mut self) -> Vec<String> {
        let uris: Vec<Uri> = self.documents.keys().cloned().collect();
        let mut problems = Vec::new();
        for uri in uris {
            problems.extend(self.reread_config(&uri));
        }
        self.postings.clear();
        self.first_reports(problems)
    }

    /// Compares config files and cached postings with the disk (one stat
    /// each, and a walk up the folders per open document for its nearest
    /// config file) and reads again what changed. Returns the documents whose
    /// findings may have changed, and problems not reported before.
    pub fn reread_changed_files(&mut self) -> (Vec<Uri>, Vec<String>) {
        self.last_disk_check = Some(Instant::now());
        let mut changed = Vec::new();
        let mut problems = Vec::new();
        let uris: Vec<Uri> = self.documents.keys().cloned().collect();
        for uri in uris {
            let open = &self.documents[&uri];
            if self.config_source(open.path.as_deref()) != open.config_source {
                problems.extend(self.reread_config(&uri));
                changed.push(uri);
            }
        }
        let edited: Vec<PathBuf> = self
            .postings
            .iter()
            .filter(|(key, (_, _, stamp))| Stamp::of(key) != *stamp)
            .map(|(key, _)| key.clone())
            .collect();
        for key in edited {
            for uri in self.posting_changed(&key) {
                if !changed.contains(&uri) {
                    changed.push(uri);
                }
            }
        }
        (changed, self.first_reports(problems))
    }

    /// Whether a keystroke should look at the disk again: not during a burst of typing.
    pub fn disk_check_due(&self) -> bool {
        self.last_disk_check
            .is_none_or(|at| at.elapsed() >= DISK_CHECK_WHILE_TYPING)
    }

    /// Reads an open document's config again, returning its problems.
    fn reread_config(&mut self, uri: &Uri) -> Vec<String> {
        let Some(open) = self.documents.get(uri) else {
            return Vec::new();
        };
        let source = self.config_source(open.path.as_deref());
        let (config, problems) = self.config_from(&source);
        if let Some(open) = self.documents.get_mut(uri) {
            open.content.fit(&config);
            open.config = config;
            open.config_source = source;
            open.analysis = None;
            open.stale = None;
        }
        problems
    }

    /// The config file a document at `path` reads, as it is on disk now.
    fn config_source(&self, path: Option<&Path>) -> ConfigSource {
        let file = path
            .and_then(Config::file_for)
            .filter(|file| self.may_read(file));
        // Stamped before it is read: a write during the read shows next time.
        ConfigSource(file.map(|file| {
            let stamp = Stamp::of(&file);
            (file, stamp)
        }))
    }

    fn config_from(&self, source: &ConfigSource) -> (Arc<Config>, Vec<String>) {
        let (config, problems) = Config::with_settings(source.file(), &self.settings);
        (Arc::new(config), problems)
    }

    /// Files the server may read or write: inside a workspace folder, or
    /// anywhere when the client named none.
    pub fn may_read(&self, path: &Path) -> bool {
        self.workspace_folders.is_empty()
            || self
                .workspace_folders
                .iter()
                .any(|folder| path.starts_with(folder))
    }

    /// The folder of the workspace a path is in, if any.
    fn workspace_folder(&self, path: Option<&Path>) -> Option<PathBuf> {
        let path = path?;
        self.workspace_folders
            .iter()
            .find(|folder| path.starts_with(folder))
            .cloned()
    }

    /// A resume's analysis, with its job match and findings when a posting
    /// is set; None for a document that is no resume. Made once per version.
    pub fn analysis(&mut self, uri: &Uri) -> Option<Arc<Analysis>> {
        let open = self.documents.get_mut(uri)?;
        if !open.is_resume() {
            return None;
        }
        if let Some(analysis) = &open.analysis {
            return Some(analysis.clone());
        }
        let analysis = open.analyse();
        let open = self.documents.get(uri)?;
        let located = {
            let workspace = self.workspace_folder(open.path.as_deref());
            job::locate(
                analysis.job_comment.as_deref(),
                open.path.as_deref(),
                &open.config,
                workspace.as_deref(),
            )
            .map(|path| (path, workspace))
        };
        let lexicon = open.config.lexicon.clone();
        let folder = open
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let posting = located.map(|(path, workspace)| {
            let key = normalize(&path);
            let bases: Vec<&Path> = workspace
                .iter()
                .chain(&folder)
                .map(PathBuf::as_path)
                .collect();
            let shown = shown(&key, &bases);
            let posting = self.posting(&key, &lexicon);
            (key, shown, posting)
        });
        let open = self.documents.get_mut(uri)?;
        Some(open.match_job(analysis, posting))
    }

    /// A posting read with `lexicon`: from its open document when the editor
    /// has it open (so edits show before they are saved), else from disk,
    /// inside the workspace folders only, and at most 1 MB.
    fn posting(&mut self, key: &Path, lexicon: &Arc<Lexicon>) -> ReadPosting {
        let open = self
            .documents
            .values()
            .find(|open| open.path.as_deref().map(normalize).as_deref() == Some(key));
        if let Some(open) = open {
            let text = open.text();
            let text = text.slice(0..text.len_bytes());
            return Arc::new(Ok(job::read_posting(&text, lexicon)));
        }
        if let Some((read_with, posting, _)) = self.postings.get(key)
            && Arc::ptr_eq(read_with, lexicon)
        {
            return posting.clone();
        }
        let stamp = Stamp::of(key);
        let posting = Arc::new(self.read_posting_file(key, lexicon));
        self.postings
            .insert(key.to_path_buf(), (lexicon.clone(), posting.clone(), stamp));
        posting
    }

    fn read_posting_file(&self, key: &Path, lexicon: &Lexicon) -> Result<Posting, String> {
        // The real path, links followed, must be inside a workspace folder.
        let real = std::fs::canonicalize(key).map_err(|_| "no such file".to_string())?;
        let inside = self.workspace_folders.is_empty()
            || self.workspace_folders.iter().any(|folder| {
                real.starts_with(folder)
                    || std::fs::canonicalize(folder).is_ok_and(|folder| real.starts_with(folder))
            });
        if !inside {
            return Err("outside the workspace folders".to_string());
        }
        let text = job::read_job_file(&real)?;
        Ok(job::read_posting(&text, lexicon))
    }

    /// After the file at `path` changed (on disk, or as an open document):
    /// forgets it as a posting and returns the resumes that read it, whose
    /// analyses are dropped.
    pub fn posting_changed(&mut self, path: &Path) -> Vec<Uri> {
        let key = normalize(path);
        self.postings.remove(&key);
        let mut dependents = Vec::new();
        for (uri, open) in &mut self.documents {
            if open.job_key.as_deref() == Some(key.as_path()) {
                open.analysis = None;
                open.job = None;
                dependents.push(uri.clone());
            }
        }
        dependents
    }

    /// The message for a resume whose posting cannot be read, if not shown before.
    pub fn job_problems(&mut self, uri: &Uri) -> Vec<String> {
        let problem = self
            .documents
            .get(uri)
            .and_then(|open| open.job.as_ref())
            .and_then(|job| job.problem());
        self.first_reports(problem.into_iter().collect())
    }

    fn first_reports(&mut self, problems: Vec<String>) -> Vec<String> {
        problems
            .into_iter()
            .filter(|problem| self.reported.insert(problem.clone()))
            .collect()
    }
}

impl OpenDocument {
    /// Whether to lint it: its name matches, or its first lines opt in (checked on
    /// every change, so adding the opt-in comment takes effect at once).
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
    fn analyse(&mut self) -> Analysis {
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
    fn match_job(
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
