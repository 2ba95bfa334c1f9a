//! What the server knows between messages: the client's abilities, its
//! settings, and each open document with its config and latest analysis.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::ls_types::{
    ClientCapabilities, InitializeParams, ResourceOperationKind, Uri,
};

use super::convert;
use crate::Analysis;
use crate::config::Config;
use crate::document::{Document, PositionEncoding};
use crate::resume::detect::opts_in;

/// What the client said it can do, read once at initialize.
#[derive(Debug, Default, Clone)]
pub struct ClientFeatures {
    pub encoding: PositionEncoding,
    /// Hovers may be Markdown.
    pub markdown_hovers: bool,
    /// Code action edits may wait for `codeAction/resolve`.
    pub resolve_edits: bool,
    /// Edits may carry snippet tab stops (`experimental.snippetTextEdit`).
    pub snippet_edits: bool,
    /// The client pulls diagnostics (`textDocument/diagnostic`); none are pushed.
    pub pull_diagnostics: bool,
    /// The client can be asked to refresh pulled diagnostics.
    pub diagnostic_refresh: bool,
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
        Self {
            encoding: convert::negotiate_encoding(capabilities),
            markdown_hovers: convert::takes_markdown_hovers(capabilities),
            resolve_edits: resolve.is_some_and(|r| r.properties.iter().any(|p| p == "edit")),
            snippet_edits: experimental
                .and_then(|e| e.get("snippetTextEdit"))
                .is_some_and(|v| v.as_bool() == Some(true)),
            pull_diagnostics: text.is_some_and(|t| t.diagnostic.is_some()),
            diagnostic_refresh: workspace
                .and_then(|w| w.diagnostics.as_ref())
                .and_then(|d| d.refresh_support)
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
}

pub struct OpenDocument {
    pub document: Document,
    pub version: i32,
    /// The file's path, when the document is a file.
    pub path: Option<PathBuf>,
    pub config: Arc<Config>,
    /// The analysis of the current version, made when first needed.
    analysis: Option<Arc<Analysis>>,
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
        let (config, problems) = self.config_for(path.as_deref());
        self.documents.insert(
            uri,
            OpenDocument {
                document: Document::new(text),
                version,
                path,
                config,
                analysis: None,
            },
        );
        self.first_reports(problems)
    }

    /// Rereads every open document's config (settings or a config file
    /// changed), returning problems not reported before.
    pub fn reload_configs(&mut self) -> Vec<String> {
        let mut problems = Vec::new();
        let paths: Vec<(Uri, Option<PathBuf>)> = self
            .documents
            .iter()
            .map(|(uri, open)| (uri.clone(), open.path.clone()))
            .collect();
        for (uri, path) in paths {
            let (config, found) = self.config_for(path.as_deref());
            problems.extend(found);
            if let Some(open) = self.documents.get_mut(&uri) {
                open.config = config;
                open.analysis = None;
            }
        }
        self.first_reports(problems)
    }

    fn config_for(&self, path: Option<&Path>) -> (Arc<Config>, Vec<String>) {
        let file = path
            .and_then(Config::file_for)
            .filter(|file| self.may_read(file));
        let (config, problems) = Config::with_settings(file.as_deref(), &self.settings);
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
    pub fn is_resume(&self) -> bool {
        let text = self.document.text();
        let head = text.slice(0..text.len_bytes().min(OPT_IN_BYTES));
        let path = self.path.as_deref().and_then(Path::to_str).unwrap_or("");
        self.config.lints(path, opts_in(&head))
    }

    /// The current version's analysis, or None when the document is no resume.
    pub fn analysis(&mut self) -> Option<Arc<Analysis>> {
        if !self.is_resume() {
            return None;
        }
        let analysis = self
            .analysis
            .get_or_insert_with(|| Arc::new(crate::analyse(&self.document, &self.config)));
        Some(analysis.clone())
    }

    pub fn edited(&mut self) {
        self.analysis = None;
    }
}
