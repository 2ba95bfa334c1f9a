//! Files the editor may not tell the server about (config files, postings)
//! are stamped when read, so one stat tells whether they changed since.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A file's modification time and size, or None when there is no file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp(Option<(SystemTime, u64)>);

impl Stamp {
    pub fn of(path: &Path) -> Self {
        let metadata = std::fs::metadata(path).ok();
        Stamp(metadata.map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len())))
    }
}

/// The config file a document's config was read from, and its stamp then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigSource(Option<(PathBuf, Stamp)>);

impl ConfigSource {
    /// The file `file` as it is on disk now; stamped before it is read, so
    /// that a write during the read shows next time.
    pub fn new(file: Option<PathBuf>) -> Self {
        ConfigSource(file.map(|file| {
            let stamp = Stamp::of(&file);
            (file, stamp)
        }))
    }

    pub fn file(&self) -> Option<&Path> {
        self.0.as_ref().map(|(file, _)| file.as_path())
    }
}
