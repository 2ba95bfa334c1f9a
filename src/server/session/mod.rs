//! What the server knows between messages: the client's abilities and
//! settings, the workspace, each open document with its config and latest
//! analysis, and the job postings read from disk.

mod client;
mod document;
mod postings;
mod stamp;
mod workspace;

pub use client::ClientFeatures;
pub use document::OpenDocument;
pub use workspace::Workspace;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tower_lsp_server::ls_types::{InitializeParams, Uri};

use super::job::shown;
use crate::Analysis;
use crate::config::Config;
use crate::job::{self, normalize};
use crate::rules::lexicon::Lexicon;
use postings::{Postings, ReadPosting};
use stamp::ConfigSource;

/// While the user types, files on disk are looked at again at most this often.
const DISK_CHECK_WHILE_TYPING: Duration = Duration::from_secs(2);

#[derive(Default)]
pub struct State {
    pub client: ClientFeatures,
    /// The client's settings under "resume-lsp", laid over config files.
    pub settings: serde_json::Value,
    pub workspace: Workspace,
    pub documents: HashMap<Uri, OpenDocument>,
    /// Problems already shown, so each is reported once.
    reported: HashSet<String>,
    postings: Postings,
    /// When config files and postings were last compared with the disk.
    last_disk_check: Option<Instant>,
}

impl State {
    pub fn initialize(&mut self, params: &InitializeParams) {
        self.client = ClientFeatures::new(&params.capabilities);
        if let Some(options) = &params.initialization_options {
            self.settings = options.clone();
        }
        self.workspace = Workspace::new(params);
    }

    /// Opens a document, returning config problems not reported before.
    pub fn open(&mut self, uri: Uri, text: &str, version: i32) -> Vec<String> {
        let path = uri.to_file_path().map(|path| path.into_owned());
        let config_source = self.config_source(path.as_deref());
        let (config, problems) = self.config_from(&config_source);
        let open = OpenDocument::new(text, version, path, config, config_source);
        self.documents.insert(uri, open);
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
        for key in self.postings.edited() {
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
            open.set_config(config, source);
        }
        problems
    }

    /// The config file a document at `path` reads, as it is on disk now.
    fn config_source(&self, path: Option<&Path>) -> ConfigSource {
        let file = path
            .and_then(Config::file_for)
            .filter(|file| self.workspace.allows(file));
        ConfigSource::new(file)
    }

    fn config_from(&self, source: &ConfigSource) -> (Arc<Config>, Vec<String>) {
        let (config, problems) = Config::with_settings(source.file(), &self.settings);
        (Arc::new(config), problems)
    }

    /// A resume's analysis, with its job match and findings when a posting
    /// is set; None for a document that is no resume. Made once per version.
    pub fn analysis(&mut self, uri: &Uri) -> Option<Arc<Analysis>> {
        let open = self.documents.get_mut(uri)?;
        if !open.is_resume() {
            return None;
        }
        if let Some(analysis) = open.analysis() {
            return Some(analysis.clone());
        }
        let analysis = open.analyse();
        let open = self.documents.get(uri)?;
        let located = {
            let workspace = self.workspace.folder_of(open.path.as_deref());
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
    /// has it open (so edits show before they are saved), else from disk.
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
        self.postings.read(key, lexicon, &self.workspace)
    }

    /// After the file at `path` changed (on disk, or as an open document):
    /// forgets it as a posting and returns the resumes that read it, whose
    /// analyses are dropped.
    pub fn posting_changed(&mut self, path: &Path) -> Vec<Uri> {
        let key = normalize(path);
        self.postings.forget(&key);
        self.documents
            .iter_mut()
            .filter_map(|(uri, open)| open.forget_posting(&key).then(|| uri.clone()))
            .collect()
    }

    /// The message for a resume whose posting cannot be read, if not shown before.
    pub fn job_problems(&mut self, uri: &Uri) -> Vec<String> {
        let problem = self
            .documents
            .get(uri)
            .and_then(|open| open.job())
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
