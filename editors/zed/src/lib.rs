//! Starts `resume-lsp` for Markdown files in Zed, which takes new language
//! servers only from extensions.

use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct ResumeLsp;

impl zed::Extension for ResumeLsp {
    fn new() -> Self {
        ResumeLsp
    }

    /// `lsp.resume-lsp.binary.path` from Zed's settings, else `resume-lsp` on PATH.
    fn language_server_command(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let configured = LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.binary)
            .and_then(|binary| binary.path);
        let command = configured
            .or_else(|| worktree.which("resume-lsp"))
            .ok_or("resume-lsp is not on PATH; install it with `cargo install --path .` from its repository")?;
        Ok(zed::Command { command, args: vec!["lsp".into()], env: worktree.shell_env() })
    }

    /// `lsp.resume-lsp.settings`, sent to the server under "resume-lsp".
    fn language_server_workspace_configuration(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        let settings = LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.settings);
        Ok(settings.map(|settings| zed::serde_json::json!({ "resume-lsp": settings })))
    }
}

zed::register_extension!(ResumeLsp);
