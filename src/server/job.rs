//! The job match as the editor shows it: a lens on the first line (the hover
//! there shows the breakdown).

use std::path::Path;

use tower_lsp_server::ls_types::{CodeLens, Command};

use super::convert;
use crate::document::{PositionEncoding, Text};
use crate::job::JobReport;

/// The lens at the top of the document.
pub fn lens(report: &JobReport, text: &Text, encoding: PositionEncoding) -> CodeLens {
    CodeLens {
        range: convert::range(first_line(text), text, encoding),
        command: Some(Command {
            title: report.title(),
            command: String::new(),
            arguments: None,
        }),
        data: None,
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
    use crate::job::normalize;
    use std::path::PathBuf;

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
