//! The job match as the editor shows it: a lens on the first line, a hover
//! there with the breakdown, and the message when the posting cannot be read.

use std::path::{Path, PathBuf};

pub use crate::job::normalize;

use tower_lsp_server::ls_types::{CodeLens, Command};

use super::convert;
use crate::document::{PositionEncoding, Text};
use crate::job::{self, JobMatch};

/// A resume's match against its posting, computed with its analysis.
#[derive(Debug)]
pub struct JobView {
    /// The posting's path, with `.` and `..` resolved: what file watching
    /// and edits to open documents are compared with.
    pub key: PathBuf,
    /// The path as shown: relative to the workspace or resume folder when under it.
    pub shown: String,
    pub result: Result<JobMatch, String>,
}

impl JobView {
    pub fn title(&self) -> String {
        match &self.result {
            Ok(found) => found.title(),
            Err(_) => format!("Job match: cannot read {}", self.shown),
        }
    }

    /// The breakdown, in Markdown.
    pub fn hover(&self) -> String {
        match &self.result {
            Ok(found) => found.breakdown(&self.shown),
            Err(reason) => format!(
                "**Job match**: cannot read `{}` ({reason}).\n\nThe posting is set by \
                 `<!-- resume-lsp job: path -->` in the resume, `job` in \
                 `.resume-lsp.toml` or the `resume-lsp.job` setting.",
                self.shown
            ),
        }
    }

    /// The one message for a posting that cannot be read.
    pub fn problem(&self) -> Option<String> {
        self.result
            .as_ref()
            .err()
            .map(|reason| job::problem(&self.key, reason))
    }

    /// The lens at the top of the document.
    pub fn lens(&self, text: &Text, encoding: PositionEncoding) -> CodeLens {
        CodeLens {
            range: convert::range(first_line(text), text, encoding),
            command: Some(Command {
                title: self.title(),
                command: String::new(),
                arguments: None,
            }),
            data: None,
        }
    }
}

/// The document's first line, without its line break.
pub fn first_line(text: &Text) -> std::ops::Range<usize> {
    let head = text.slice(0..text.len_bytes().min(4096));
    0..head.find(['\r', '\n']).unwrap_or(head.len())
}

/// `path` relative to the first of `bases` it is under, else as it is.
pub fn shown(path: &Path, bases: &[&Path]) -> String {
    bases
        .iter()
        .find_map(|base| path.strip_prefix(base).ok())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalised_without_the_file_system() {
        assert_eq!(
            normalize(Path::new("/ws/cv/../jobs/./a.md")),
            PathBuf::from("/ws/jobs/a.md")
        );
        assert_eq!(
            shown(Path::new("/ws/jobs/a.md"), &[Path::new("/ws")]),
            "jobs/a.md"
        );
    }
}
