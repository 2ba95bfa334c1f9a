//! The language server: translates LSP messages to and from the core.
//!
//! tower-lsp runs handlers concurrently, so every change is applied to its
//! document before the handler's first `.await`, and findings are published only
//! while they still belong to the document's latest version.

mod convert;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

use crate::config::Config;
use crate::document::{Change, Document, PositionEncoding};
use crate::resume::detect::opts_in;

/// Runs the server on stdin and stdout until the client says `exit`.
pub fn run() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts");
    runtime.block_on(async {
        let (service, socket) = LspService::new(ResumeServer::new);
        Server::new(tokio::io::stdin(), tokio::io::stdout(), socket)
            .serve(service)
            .await;
    });
    // Reading stdin blocks a thread the runtime would otherwise wait for.
    runtime.shutdown_background();
}

struct ResumeServer {
    client: Client,
    state: Mutex<State>,
    /// Held while publishing, so findings for one version never overtake a newer one's.
    publishing: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct State {
    encoding: PositionEncoding,
    /// Whether hovers may be Markdown; plain text otherwise.
    markdown_hovers: bool,
    documents: HashMap<Uri, OpenDocument>,
    /// Config problems already shown, so each is reported once.
    reported: HashSet<String>,
}

struct OpenDocument {
    document: Document,
    version: i32,
    /// The file's path, when the document is a file.
    path: Option<String>,
    config: Arc<Config>,
}

impl OpenDocument {
    /// Whether to lint it: its name matches, or its first lines opt in (checked on
    /// every change, so adding the opt-in comment takes effect at once).
    fn is_resume(&self) -> bool {
        let text = self.document.text();
        let head = text.slice(0..text.len_bytes().min(OPT_IN_BYTES));
        self.config
            .lints(self.path.as_deref().unwrap_or(""), opts_in(&head))
    }
}

/// How much of a document's start can hold its opt-in comment or front matter.
const OPT_IN_BYTES: usize = 4096;

impl ResumeServer {
    fn new(client: Client) -> Self {
        Self {
            client,
            state: Mutex::new(State::default()),
            publishing: tokio::sync::Mutex::new(()),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic elsewhere while holding the lock leaves the state usable: every
        // change to it is a whole-value replacement or a completed edit.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The diagnostics of a document's current version, or None once it is closed.
    fn diagnostics(&self, uri: &Uri) -> Option<(i32, Vec<Diagnostic>)> {
        let state = self.state();
        let open = state.documents.get(uri)?;
        let diagnostics = if open.is_resume() {
            crate::check_document(&open.document, &open.config)
                .iter()
                .map(|finding| convert::diagnostic(finding, open.document.text(), state.encoding))
                .collect()
        } else {
            Vec::new()
        };
        Some((open.version, diagnostics))
    }

    async fn publish(&self, uri: Uri) {
        let Some((version, diagnostics)) = self.diagnostics(&uri) else {
            return;
        };
        let _in_order = self.publishing.lock().await;
        let still_current = self
            .state()
            .documents
            .get(&uri)
            .is_some_and(|open| open.version == version);
        if still_current {
            self.client
                .publish_diagnostics(uri, diagnostics, Some(version))
                .await;
        }
    }
}

impl LanguageServer for ResumeServer {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = convert::negotiate_encoding(&params.capabilities);
        {
            let mut state = self.state();
            state.encoding = encoding;
            state.markdown_hovers = convert::takes_markdown_hovers(&params.capabilities);
        }
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(convert::encoding_kind(encoding)),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "resume-lsp".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            ..Default::default()
        })
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let path = item.uri.to_file_path();
        let (config, config_error) = match &path {
            Some(path) => Config::for_document(path),
            None => (Config::default(), None),
        };
        let open = OpenDocument {
            document: Document::new(&item.text),
            version: item.version,
            path: path.as_deref().and_then(Path::to_str).map(str::to_string),
            config: Arc::new(config),
        };
        let new_error = {
            let mut state = self.state();
            state.documents.insert(item.uri.clone(), open);
            config_error.filter(|error| state.reported.insert(error.clone()))
        };
        if let Some(error) = new_error {
            self.client.show_message(MessageType::WARNING, error).await;
        }
        self.publish(item.uri).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        {
            let mut state = self.state();
            let encoding = state.encoding;
            let Some(open) = state.documents.get_mut(&uri) else {
                return;
            };
            for change in &params.content_changes {
                let range = change.range.map(convert::text_range);
                open.document.apply(
                    &Change {
                        range,
                        text: &change.text,
                    },
                    encoding,
                );
            }
            open.version = params.text_document.version;
        }
        self.publish(uri).await;
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        self.publish(params.text_document.uri).await;
    }

    /// On a finding: its message, then the rule's explanation.
    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let state = self.state();
        let Some(open) = state.documents.get(&at.text_document.uri) else {
            return Ok(None);
        };
        if !open.is_resume() {
            return Ok(None);
        }
        let text = open.document.text();
        let position = convert::text_position(at.position);
        let offset = text.offset_at(position, state.encoding);
        let mut findings: Vec<_> = crate::check_document(&open.document, &open.config)
            .into_iter()
            .filter(|finding| finding.span.contains(&offset) || finding.span.end == offset)
            .collect();
        // The narrowest finding is the one the cursor is most surely on.
        findings.sort_by_key(|finding| finding.span.len());
        let Some(first) = findings.first() else {
            return Ok(None);
        };
        let range = convert::range(first.span.clone(), text, state.encoding);
        Ok(Some(convert::finding_hover(
            &findings,
            range,
            state.markdown_hovers,
        )))
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.state().documents.remove(&uri);
        let _in_order = self.publishing.lock().await;
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }
}
