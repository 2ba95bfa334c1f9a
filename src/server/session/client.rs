//! What the client said it can do, and so what the server may send it.

use tower_lsp_server::ls_types::{ClientCapabilities, ResourceOperationKind};

use crate::document::PositionEncoding;
use crate::server::convert;

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
