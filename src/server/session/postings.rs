//! Job postings read from disk, kept until their file changes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::stamp::Stamp;
use super::workspace::Workspace;
use crate::job::{self, Posting};
use crate::rules::lexicon::Lexicon;

/// A posting as read, or why it could not be.
pub type ReadPosting = Arc<Result<Posting, String>>;

/// By normalised path, with the word list each was read with and the file's
/// stamp then.
#[derive(Default)]
pub struct Postings(HashMap<PathBuf, (Arc<Lexicon>, ReadPosting, Stamp)>);

impl Postings {
    /// The posting at `key` read with `lexicon`: inside the workspace
    /// folders only, and at most 1 MB; read again only for another word list.
    pub fn read(
        &mut self,
        key: &Path,
        lexicon: &Arc<Lexicon>,
        workspace: &Workspace,
    ) -> ReadPosting {
        if let Some((read_with, posting, _)) = self.0.get(key)
            && Arc::ptr_eq(read_with, lexicon)
        {
            return posting.clone();
        }
        let stamp = Stamp::of(key);
        let posting = Arc::new(read_file(key, lexicon, workspace));
        self.0
            .insert(key.to_path_buf(), (lexicon.clone(), posting.clone(), stamp));
        posting
    }

    pub fn forget(&mut self, key: &Path) {
        self.0.remove(key);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The postings whose file changed since it was read.
    pub fn edited(&self) -> Vec<PathBuf> {
        self.0
            .iter()
            .filter(|(key, (_, _, stamp))| Stamp::of(key) != *stamp)
            .map(|(key, _)| key.clone())
            .collect()
    }
}

fn read_file(key: &Path, lexicon: &Lexicon, workspace: &Workspace) -> Result<Posting, String> {
    // The real path, links followed, must be inside a workspace folder.
    let real = std::fs::canonicalize(key).map_err(|_| "no such file".to_string())?;
    if !workspace.holds_real(&real) {
        return Err("outside the workspace folders".to_string());
    }
    let text = job::read_job_file(&real)?;
    Ok(job::read_posting(&text, lexicon))
}
