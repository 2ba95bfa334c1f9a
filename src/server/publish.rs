//! Publishing findings: pushed with the document's version, in order, and
//! only while they still belong to its latest version; and the one path by
//! which a change outside a document (settings, a config file, a posting)
//! brings other documents' findings up to date.

use tower_lsp_server::ls_types::*;

use super::ResumeServer;
use super::convert;

impl ResumeServer {
    /// The diagnostics of a document's current version, or None once it is closed.
    pub(super) fn diagnostics(&self, uri: &Uri) -> Option<(i32, Vec<Diagnostic>)> {
        let mut state = self.state();
        let encoding = state.client.encoding;
        let analysis = state.analysis(uri);
        let open = state.documents.get(uri)?;
        let diagnostics = match analysis {
            Some(analysis) => analysis
                .findings
                .iter()
                .map(|finding| convert::diagnostic(finding, open.text(), encoding))
                .collect(),
            None => Vec::new(),
        };
        Some((open.version, diagnostics))
    }

    /// Pushes a document's diagnostics, unless the client pulls them.
    pub(super) async fn publish(&self, uri: Uri) {
        if self.state().client.pull_diagnostics {
            return;
        }
        // Let edits already queued apply first: during a burst of typing only
        // the latest version is read (its analysis is made once and shared).
        tokio::task::yield_now().await;
        let computed = self
            .guard("textDocument/publishDiagnostics", || self.diagnostics(&uri))
            .await;
        let Ok(Some((version, diagnostics))) = computed else {
            return;
        };
        let problems = self.state().job_problems(&uri);
        self.report(problems).await;
        let _in_order = self.publishing.lock().await;
        let still_current = self
            .state()
            .documents
            .get(&uri)
            .is_some_and(|open| open.version == version);
        if still_current {
            self.publish_diagnostics(uri, diagnostics, Some(version));
        }
    }

    pub(super) fn publish_diagnostics(
        &self,
        uri: Uri,
        diagnostics: Vec<Diagnostic>,
        version: Option<i32>,
    ) {
        self.outbox
            .notify::<notification::PublishDiagnostics>(PublishDiagnosticsParams {
                uri,
                diagnostics,
                version,
            });
    }

    /// After settings or a config file changed: reread configs, report new
    /// problems once, and bring every document's findings up to date.
    pub(super) async fn reload(&self) {
        let (problems, uris) = {
            let mut state = self.state();
            let problems = state.reload_configs();
            (problems, state.documents.keys().cloned().collect())
        };
        self.republish(uris, problems, None).await;
    }

    /// Config files and postings changed on disk since they were read are
    /// read again, and the documents they affect refreshed. For editors that
    /// watch no files, this is how an edited config takes effect.
    pub(super) async fn follow_disk(&self, current: &Uri) {
        let (changed, problems) = self.state().reread_changed_files();
        self.republish(changed, problems, Some(current)).await;
    }

    /// When an open document is a posting other resumes read, they are read again.
    pub(super) async fn document_changed(&self, uri: &Uri) {
        let dependents = {
            let mut state = self.state();
            match uri.to_file_path() {
                Some(path) => state.posting_changed(&path),
                None => Vec::new(),
            }
        };
        self.republish(dependents, Vec::new(), None).await;
    }

    /// The one way findings follow a change outside the document itself (a
    /// config, settings, a posting): new problems are shown, then the
    /// editor's findings and lenses of the `changed` documents are brought up
    /// to date, pushed again or the client asked to pull them when it can be.
    /// `current` is published by the caller anyway.
    pub(super) async fn republish(
        &self,
        changed: Vec<Uri>,
        problems: Vec<String>,
        current: Option<&Uri>,
    ) {
        self.report(problems).await;
        if changed.is_empty() {
            return;
        }
        let client = self.state().client.clone();
        if client.pull_diagnostics {
            let _ = self.client.workspace_diagnostic_refresh().await;
        } else {
            for uri in changed.into_iter().filter(|uri| Some(uri) != current) {
                self.publish(uri).await;
            }
        }
        // Requests go only to clients that declared them: others log an error.
        if client.code_lens_refresh {
            let _ = self.client.code_lens_refresh().await;
        }
    }

    pub(super) async fn report(&self, problems: Vec<String>) {
        for problem in problems {
            self.client
                .show_message(MessageType::WARNING, problem)
                .await;
        }
    }
}
