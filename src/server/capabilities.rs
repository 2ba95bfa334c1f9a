//! What the server tells a client it offers, at initialize and after.

use serde_json::json;
use tower_lsp_server::ls_types::*;

use super::actions::SNIPPET_COMMAND;
use super::convert;
use crate::document::PositionEncoding;

/// The server's capabilities: positions in the negotiated `encoding`, and
/// diagnostics pulled (`pull`) only from a client that can be asked to pull
/// again.
pub fn capabilities(encoding: PositionEncoding, pull: bool) -> ServerCapabilities {
    ServerCapabilities {
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
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::REFACTOR_REWRITE,
                CodeActionKind::SOURCE_FIX_ALL,
            ]),
            resolve_provider: Some(true),
            ..Default::default()
        })),
        // Named, for editors that show several outlines of a document
        // side by side: VS Code lists Markdown headings beside ours.
        document_symbol_provider: Some(OneOf::Right(DocumentSymbolOptions {
            label: Some("Resume".to_string()),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        code_lens_provider: Some(CodeLensOptions {
            resolve_provider: Some(false),
        }),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_string()]),
            ..Default::default()
        }),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![SNIPPET_COMMAND.to_string()],
            ..Default::default()
        }),
        diagnostic_provider: pull.then(|| {
            DiagnosticServerCapabilities::Options(DiagnosticOptions {
                identifier: Some("resume-lsp".to_string()),
                inter_file_dependencies: false,
                workspace_diagnostics: false,
                ..Default::default()
            })
        }),
        ..Default::default()
    }
}

/// The file watchers registered with a client that takes them: config
/// files, and job postings (any Markdown or text file: which ones are
/// postings changes as resumes are edited).
pub fn file_watchers() -> Registration {
    let watcher = json!({ "watchers": [
        { "globPattern": "**/.resume-lsp.toml" },
        { "globPattern": "**/*.{md,markdown,txt}" },
    ] });
    Registration {
        id: "resume-lsp-config".to_string(),
        method: "workspace/didChangeWatchedFiles".to_string(),
        register_options: Some(watcher),
    }
}

/// The server's name and version.
pub fn server_info() -> ServerInfo {
    ServerInfo {
        name: "resume-lsp".to_string(),
        version: Some(env!("CARGO_PKG_VERSION").to_string()),
    }
}
