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
use crate::document::{Change, Document, PositionEncoding, Text};
use crate::resume::Resume;
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
    content: Content,
    pub version: i32,
    /// The file's path, when the document is a file.
    pub path: Option<PathBuf>,
    pub config: Arc<Config>,
    /// The analysis of the current version, made when first needed.
    analysis: Option<Arc<Analysis>>,
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

    fn apply(&mut self, change: &Change, encoding: PositionEncoding) {
        match self {
            Content::Parsed(document) => document.apply(change, encoding),
            Content::TooLarge(text) => match change.byte_range(text, encoding) {
                Some(range) => text.replace(range, change.text),
                None => *text = Text::new(change.text),
            },
        }
    }

    /// Parses or drops the tree when an edit or a new limit crosses it.
    fn fit(&mut self, config: &Config) {
        let too_large = self.text().len_bytes() > config.limits.max_file_bytes;
        if too_large != matches!(self, Content::TooLarge(_)) {
            let text = self.text().slice(0..self.text().len_bytes()).into_owned();
            *self = Content::new(&text, config);
        }
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
        let (config, problems) = self.config_for(path.as_deref());
        self.documents.insert(
            uri,
            OpenDocument {
                content: Content::new(text, &config),
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
                open.content.fit(&config);
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
    pub fn text(&self) -> &Text {
        self.content.text()
    }

    /// Applies an editor change.
    pub fn apply(&mut self, change: &Change, encoding: PositionEncoding) {
        self.content.apply(change, encoding);
        self.content.fit(&self.config);
        self.analysis = None;
    }

    /// Reads the document again from its text, after an edit failed part way.
    pub fn rebuild(&mut self) {
        let text = self.text().slice(0..self.text().len_bytes()).into_owned();
        self.content = Content::new(&text, &self.config);
        self.analysis = None;
    }

    pub fn is_resume(&self) -> bool {
        let text = self.text();
        let head = text.slice(0..text.len_bytes().min(OPT_IN_BYTES));
        let path = self.path.as_deref().and_then(Path::to_str).unwrap_or("");
        self.config.lints(path, opts_in(&head))
    }

    /// The current version's analysis, or None when the document is no resume.
    pub fn analysis(&mut self) -> Option<Arc<Analysis>> {
        if !self.is_resume() {
            return None;
        }
        let (content, config) = (&self.content, &self.config);
        let analysis = self.analysis.get_or_insert_with(|| {
            Arc::new(match content {
                Content::Parsed(document) => crate::analyse(document, config),
                Content::TooLarge(text) => Analysis {
                    resume: Resume::default(),
                    findings: crate::too_large(text.len_bytes(), config)
                        .into_iter()
                        .collect(),
                },
            })
        });
        Some(analysis.clone())
    }
}
