//! The handlers of the messages the server takes: each reads or changes the
//! session state under its lock, and never holds it across an `.await`.

use serde_json::{Value, json};
use tower_lsp_server::LanguageServer;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::request::Request;
use tower_lsp_server::ls_types::*;

use super::actions::{Actions, SNIPPET_COMMAND};
use super::session::{ClientFeatures, OpenDocument};
use super::{ResumeServer, capabilities, completion, convert, hover, job, outline};
use crate::document::Change;

/// `workspace/applyEdit` with a snippet edit, which the typed request cannot
/// carry (`insertTextFormat` on a text edit, as `experimental.snippetTextEdit`
/// clients expect).
enum ApplySnippetEdit {}

impl Request for ApplySnippetEdit {
    type Params = Value;
    type Result = Value;
    const METHOD: &'static str = "workspace/applyEdit";
}

impl ResumeServer {
    /// Asks the client for its settings under "resume-lsp".
    async fn pull_settings(&self) {
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("resume-lsp".to_string()),
        };
        if let Ok(mut values) = self.client.configuration(vec![item]).await
            && !values.is_empty()
        {
            self.state().settings = values.swap_remove(0);
        }
    }

    /// Work on an open resume and its analysis; None for other documents.
    fn with_analysis<'a, T>(
        &'a self,
        uri: &'a Uri,
        work: impl FnOnce(&OpenDocument, &crate::Analysis, &ClientFeatures) -> T + 'a,
    ) -> impl FnOnce() -> Option<T> + 'a {
        move || {
            let mut state = self.state();
            let client = state.client.clone();
            let analysis = state.analysis(uri)?;
            let open = state.documents.get(uri)?;
            Some(work(open, &analysis, &client))
        }
    }

    /// Code actions for a range, with edits, in their stable order.
    fn actions(&self, uri: &Uri, range: Range, only: Option<&[CodeActionKind]>) -> Vec<CodeAction> {
        let mut state = self.state();
        let client = state.client.clone();
        let workspace = state.workspace.clone();
        let Some(analysis) = state.analysis(uri) else {
            return Vec::new();
        };
        let Some(open) = state.documents.get(uri) else {
            return Vec::new();
        };
        let text = open.text();
        let span = convert::text_range(range);
        let span =
            text.offset_at(span.start, client.encoding)..text.offset_at(span.end, client.encoding);
        let may_write = |path: &std::path::Path| workspace.allows(path);
        let workspace_folder = workspace.folder_of(open.path.as_deref());
        let actions = Actions {
            uri,
            open,
            analysis: &analysis,
            client: &client,
            workspace_folder,
            may_write: &may_write,
        };
        let wanted = |kind: &CodeActionKind| {
            only.is_none_or(|only| {
                only.iter()
                    .any(|want| kind.as_str().starts_with(want.as_str()))
            })
        };
        let mut list = actions.for_range(span);
        list.extend(actions.fix_all());
        list.retain(|action| action.kind.as_ref().is_some_and(wanted));
        list
    }
}

impl LanguageServer for ResumeServer {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let pull = {
            let mut state = self.state();
            state.initialize(&params);
            state.client.pull_diagnostics
        };
        let encoding = self.state().client.encoding;
        Ok(InitializeResult {
            capabilities: capabilities::capabilities(encoding, pull),
            server_info: Some(capabilities::server_info()),
            ..Default::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let client = self.state().client.clone();
        if client.watch_files {
            let watchers = capabilities::file_watchers();
            let _ = self.client.register_capability(vec![watchers]).await;
        }
        if client.configuration {
            self.pull_settings().await;
            self.reload().await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let opened = self
            .guard("textDocument/didOpen", || {
                self.state()
                    .open(item.uri.clone(), &item.text, item.version)
            })
            .await;
        if let Ok(problems) = opened {
            self.report(problems).await;
            self.follow_disk(&item.uri).await;
            self.document_changed(&item.uri).await;
            self.publish(item.uri).await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let applied = self
            .guard("textDocument/didChange", || {
                let mut state = self.state();
                let encoding = state.client.encoding;
                if let Some(open) = state.documents.get_mut(&uri) {
                    for change in &params.content_changes {
                        let range = change.range.map(convert::text_range);
                        open.apply(
                            &Change {
                                range,
                                text: &change.text,
                            },
                            encoding,
                        );
                    }
                    open.version = params.text_document.version;
                }
            })
            .await;
        if applied.is_err()
            && let Some(open) = self.state().documents.get_mut(&uri)
        {
            // The edit stopped part way: read the document again from its text.
            open.rebuild();
        }
        // LSP tells no focus: the first keystroke after a pause stands for it.
        if self.state().disk_check_due() {
            self.follow_disk(&uri).await;
        }
        self.document_changed(&uri).await;
        self.publish(uri).await;
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let uri = params.text_document.uri;
        self.follow_disk(&uri).await;
        self.publish(uri).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let pull = {
            let mut state = self.state();
            state.documents.remove(&uri);
            state.client.pull_diagnostics
        };
        if !pull {
            let _in_order = self.publishing.lock().await;
            self.publish_diagnostics(uri.clone(), Vec::new(), None);
        }
        // A posting closed unsaved is read from disk again.
        self.document_changed(&uri).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let pulls = self.state().client.configuration;
        // Clients that answer workspace/configuration often send null here.
        if params.settings.is_null() && pulls {
            self.pull_settings().await;
        } else {
            self.state().settings = params.settings;
        }
        self.reload().await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let paths: Vec<Option<std::path::PathBuf>> = params
            .changes
            .iter()
            .map(|change| change.uri.to_file_path().map(|path| path.into_owned()))
            .collect();
        let is_posting = |path: &Option<std::path::PathBuf>| {
            path.as_ref().is_some_and(|path| {
                path.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e, "md" | "markdown" | "txt"))
            })
        };
        if !paths.iter().all(is_posting) {
            // A config file (or something unknown): read every config again.
            self.reload().await;
            return;
        }
        let dependents: Vec<Uri> = {
            let mut state = self.state();
            paths
                .iter()
                .flatten()
                .flat_map(|path| state.posting_changed(path))
                .collect()
        };
        self.republish(dependents, Vec::new(), None).await;
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let (version, items) = self
            .guard("textDocument/diagnostic", || self.diagnostics(&uri))
            .await?
            .unwrap_or_default();
        let problems = self.state().job_problems(&uri);
        self.report(problems).await;
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: Some(version.to_string()),
                    items,
                },
            }),
        ))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let hover = self.with_analysis(&at.text_document.uri, |open, analysis, client| {
            let text = open.text();
            let offset = text.offset_at(convert::text_position(at.position), client.encoding);
            let job = open.job().map(|job| (job, job::first_line(text)));
            hover::hover_at(analysis, &open.config, offset, job).map(|(value, span)| {
                hover::hover(
                    value,
                    convert::range(span, text, client.encoding),
                    client.markdown_hovers,
                )
            })
        });
        Ok(self.guard("textDocument/hover", hover).await?.flatten())
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let list = self
            .guard("textDocument/codeAction", || {
                let mut list = self.actions(&uri, params.range, params.context.only.as_deref());
                if self.state().client.resolve_edits {
                    // Edits are built again on resolve; only the action's identity travels.
                    for action in &mut list {
                        if action.edit.take().is_some() {
                            action.data = Some(
                                json!({ "uri": uri, "range": params.range, "title": action.title }),
                            );
                        }
                    }
                }
                list
            })
            .await?;
        Ok(Some(
            list.into_iter()
                .map(CodeActionOrCommand::CodeAction)
                .collect(),
        ))
    }

    async fn code_action_resolve(&self, mut action: CodeAction) -> Result<CodeAction> {
        let Some(data) = action.data.clone() else {
            return Ok(action);
        };
        let uri: Option<Uri> = serde_json::from_value(data["uri"].clone()).ok();
        let range: Option<Range> = serde_json::from_value(data["range"].clone()).ok();
        let (Some(uri), Some(range)) = (uri, range) else {
            return Ok(action);
        };
        let title = action.title.clone();
        let full = self
            .guard("codeAction/resolve", || {
                self.actions(&uri, range, None)
                    .into_iter()
                    .find(|a| a.title == title)
            })
            .await?;
        if let Some(full) = full {
            action.edit = full.edit;
            action.command = full.command;
        }
        Ok(action)
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        if params.command != SNIPPET_COMMAND {
            return Err(Error::invalid_params(format!(
                "unknown command {}",
                params.command
            )));
        }
        if !self.state().client.snippet_edits {
            // Its workspace/applyEdit would go to a client that never declared it.
            return Err(Error::invalid_request());
        }
        let Some(edit) = params.arguments.first() else {
            return Err(Error::invalid_params(
                "the command takes the edit as its argument",
            ));
        };
        let current = serde_json::from_value::<Uri>(edit["uri"].clone())
            .ok()
            .and_then(|uri| self.state().documents.get(&uri).map(|open| open.version));
        if current.is_none() || current != edit["version"].as_i64().map(|v| v as i32) {
            return Err(Error::invalid_params(
                "the document changed since the action was offered",
            ));
        }
        let apply = json!({
            "label": "Rewrite the bullet",
            "edit": { "documentChanges": [{
                "textDocument": { "uri": edit["uri"], "version": edit["version"] },
                "edits": [{ "range": edit["range"], "newText": edit["snippet"], "insertTextFormat": 2 }],
            }]},
        });
        self.client
            .send_request::<ApplySnippetEdit>(apply)
            .await
            .map(Some)
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let symbols = self.with_analysis(&params.text_document.uri, |open, analysis, client| {
            outline::symbols(analysis, open.text(), client.encoding)
        });
        let symbols = self.guard("textDocument/documentSymbol", symbols).await?;
        Ok(Some(DocumentSymbolResponse::Nested(
            symbols.unwrap_or_default(),
        )))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let lenses = self.with_analysis(&params.text_document.uri, |open, analysis, client| {
            // The job lens shows whenever a posting is set: setting one asks for it.
            let job = open
                .job()
                .map(|report| job::lens(report, open.text(), client.encoding));
            let roles = outline::code_lenses(analysis, &open.config, open.text(), client.encoding);
            job.into_iter().chain(roles).collect::<Vec<_>>()
        });
        Ok(Some(
            self.guard("textDocument/codeLens", lenses)
                .await?
                .unwrap_or_default(),
        ))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        let items = self.with_analysis(&at.text_document.uri, |open, analysis, client| {
            let text = open.text();
            let offset = text.offset_at(convert::text_position(at.position), client.encoding);
            completion::completions(analysis, &open.config, text, offset, client.encoding)
        });
        let items = self
            .guard("textDocument/completion", items)
            .await?
            .flatten();
        Ok(items.map(CompletionResponse::Array))
    }
}
