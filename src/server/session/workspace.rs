//! The workspace folders: the server reads and writes files inside them
//! only, or anywhere when the client named none.

use std::path::{Path, PathBuf};

use tower_lsp_server::ls_types::InitializeParams;

#[derive(Debug, Default, Clone)]
pub struct Workspace {
    folders: Vec<PathBuf>,
}

impl Workspace {
    /// The folders the client opened (or, from older clients, its root).
    pub fn new(params: &InitializeParams) -> Self {
        let folders = params
            .workspace_folders
            .iter()
            .flatten()
            .map(|folder| &folder.uri);
        #[allow(deprecated)] // rootUri is what older clients send instead of folders.
        let root = params.root_uri.iter();
        let folders = folders
            .chain(root)
            .filter_map(|uri| uri.to_file_path().map(|path| path.into_owned()))
            .collect();
        Workspace { folders }
    }

    /// Whether the server may read or write `path`.
    pub fn allows(&self, path: &Path) -> bool {
        self.folders.is_empty() || self.folders.iter().any(|folder| path.starts_with(folder))
    }

    /// Whether `real`, a path with its links followed, is inside a folder
    /// (itself with links followed or not).
    pub fn holds_real(&self, real: &Path) -> bool {
        self.folders.is_empty()
            || self.folders.iter().any(|folder| {
                real.starts_with(folder)
                    || std::fs::canonicalize(folder).is_ok_and(|folder| real.starts_with(folder))
            })
    }

    /// The folder a path is in, if any.
    pub fn folder_of(&self, path: Option<&Path>) -> Option<PathBuf> {
        let path = path?;
        self.folders
            .iter()
            .find(|folder| path.starts_with(folder))
            .cloned()
    }
}
