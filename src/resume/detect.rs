//! Which Markdown documents are resumes: a file name matching the resume globs,
//! `resume: true` in the front matter, or a `<!-- resume-lsp -->` comment near
//! the top. Any other document is left alone, so a README never lights up.

use std::ops::Range;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// The file names linted by default, matched without regard to case.
pub const DEFAULT_RESUME_GLOBS: &[&str] = &[
    "resume*.md",
    "cv*.md",
    "*.resume.md",
    "*-resume.md",
    "*_cv.md",
];

/// How far into a document the opt-in comment is looked for.
const OPT_IN_LINES: usize = 5;
const OPT_IN_COMMENT: &str = "<!-- resume-lsp -->";

/// Matches file names against resume globs.
#[derive(Debug, Clone)]
pub struct FileGlobs(GlobSet);

impl FileGlobs {
    /// Builds the set, reporting the first pattern that is not a valid glob.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Self, String> {
        let mut set = GlobSetBuilder::new();
        for pattern in patterns {
            let pattern = pattern.as_ref();
            let glob = GlobBuilder::new(pattern)
                .case_insensitive(true)
                .literal_separator(false)
                .build()
                .map_err(|error| format!("invalid resume glob {pattern:?}: {error}"))?;
            set.add(glob);
        }
        set.build().map(Self).map_err(|error| error.to_string())
    }

    /// Whether a file's name (its last path component) matches.
    pub fn matches(&self, path: &str) -> bool {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        self.0.is_match(name)
    }
}

impl Default for FileGlobs {
    fn default() -> Self {
        Self::new(DEFAULT_RESUME_GLOBS).expect("the default globs are valid")
    }
}

/// Whether the document's own text asks to be linted as a resume.
pub fn opts_in(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    front_matter_says_resume(text)
        || text
            .lines()
            .take(OPT_IN_LINES)
            .any(|line| line.trim() == OPT_IN_COMMENT)
}

fn front_matter_says_resume(text: &str) -> bool {
    front_matter_value(text, "resume").is_some_and(|(value, _)| value == "true")
}

/// A key's value in the document's YAML front matter (`---` … `---` or `...`),
/// unquoted, with its byte range in `text`.
pub fn front_matter_value<'t>(text: &'t str, key: &str) -> Option<(&'t str, Range<usize>)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut at = first.len();
    for line in lines {
        let start = at;
        at += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return None;
        }
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if name.trim() != key {
            continue;
        }
        let value_start = start + name.len() + 1;
        let trimmed = value.trim().trim_matches(['"', '\'']).trim();
        if trimmed.is_empty() {
            return None;
        }
        let offset = text[value_start..]
            .find(trimmed)
            .map_or(value_start, |i| value_start + i);
        return Some((trimmed, offset..offset + trimmed.len()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_globs_match_resume_names_in_any_case() {
        let globs = FileGlobs::default();
        for name in [
            "resume.md",
            "/home/a/Resume-2024.md",
            "CV.md",
            "jane.resume.md",
            "jane-resume.md",
            "jane_cv.md",
            "C:\\docs\\RESUME.MD",
        ] {
            assert!(globs.matches(name), "{name}");
        }
        for name in ["README.md", "notes.md", "resume.txt", "/resume/notes.md"] {
            assert!(!globs.matches(name), "{name}");
        }
    }

    #[test]
    fn documents_opt_in_by_front_matter_or_comment() {
        assert!(opts_in("---\ntitle: x\nresume: true\n---\n# Jane"));
        assert!(opts_in("\u{feff}<!-- resume-lsp -->\n# Jane"));
        assert!(opts_in("# Jane\r\n<!-- resume-lsp -->\r\n"));
        assert!(!opts_in("---\nresume: false\n---\n"));
        assert!(!opts_in("# Notes\n\n---\nresume: true\n"));
        assert!(!opts_in(""));
    }
}
