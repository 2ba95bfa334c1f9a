use super::settings::LimitInfo;
use super::{Finding, Rule, RuleInfo, Severity, finding_at};

/// Not a check on the resume: the engine reports it instead of reading a file
/// too large to be one, so that one huge file cannot stall the editor.
pub struct TooLarge;

pub static INFO: RuleInfo = RuleInfo {
    id: "too-large",
    name: "Too large to lint",
    severity: Severity::Information,
    summary: "The file is larger than `max-file-bytes`, so it was not linted",
    why: "A resume is a few kilobytes. A file of megabytes is a data dump or a \
          generated document, and reading it on every keystroke would slow your \
          editor down for nothing.",
    fix: "Lint the resume on its own, or raise `max-file-bytes` in `[limits]` if it \
          really is that long.",
    weak: "A 20 MB export of every job description you ever saved, named resume.md.",
    strong: "resume.md with your resume in it: two pages, about 10 KB.",
    fixable: false,
};

impl Rule for TooLarge {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn limits(&self) -> &'static [LimitInfo] {
        &[LimitInfo {
            key: "max-file-bytes",
            about: "files bigger than this many bytes are not linted",
            minimum: 1.0,
        }]
    }
}

/// The finding for a file of `length` bytes over a limit of `limit`.
pub fn finding(length: usize, limit: usize) -> Finding {
    let megabytes = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    let message = format!(
        "Not linted: {:.1} MB is over the {:.1} MB limit (max-file-bytes)",
        megabytes(length),
        megabytes(limit)
    );
    finding_at(&INFO, 0..0, message)
}
