//! Printing a `check` report in each `--format`.

mod compact;
mod full;
mod github;
mod json;
mod sarif;

use std::io::{self, Write};
use std::ops::Range;

use super::lint::{Checked, Failure};
use crate::document::{PositionEncoding, Text, TextPosition};
use crate::rules::Severity;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Each finding with its source line, a caret under it and a help line, then a summary.
    Full,
    /// One line a finding: `path:line:column: severity[rule-id] message`.
    Compact,
    /// One JSON document (schema in docs/cli-json.md).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
}

/// What a `check` found, files in the order they were named.
pub struct Report<'a> {
    pub files: &'a [Checked],
    pub failures: &'a [Failure],
}

impl Report<'_> {
    /// How many findings have each severity, most severe first.
    fn counts(&self) -> [(Severity, usize); 4] {
        [
            Severity::Error,
            Severity::Warning,
            Severity::Information,
            Severity::Hint,
        ]
        .map(|severity| {
            let count = self
                .files
                .iter()
                .flat_map(|file| &file.findings)
                .filter(|finding| finding.severity == severity)
                .count();
            (severity, count)
        })
    }
}

/// Writes the report; `colour` only matters to `full`.
pub fn write(format: Format, report: &Report, out: &mut dyn Write, colour: bool) -> io::Result<()> {
    match format {
        Format::Full => full::write(report, out, colour),
        Format::Compact => compact::write(report, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Github => github::write(report, out),
    }
}

/// The job match report of each file that has a posting: a first line naming
/// the file and posting with the score and skills, then indented lines.
fn job_lines(report: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    for file in report.files {
        let Some(job) = &file.job else { continue };
        let head = format!("{} against {}:", file.path, job.shown);
        match &job.result {
            Ok(found) => {
                let mut report = found.report_lines().into_iter();
                lines.push(format!("{head} {}", report.next().unwrap_or_default()));
                lines.extend(report.map(|line| format!("  {line}")));
            }
            Err(reason) => lines.push(format!(
                "{head} cannot read the job posting ({reason}); no job match"
            )),
        }
    }
    lines
}

/// Where a span is: 0-based lines, with columns in characters (for people and
/// SARIF) and in UTF-16 code units (LSP's default encoding).
struct Location {
    start: TextPosition,
    end: TextPosition,
    lsp_start: TextPosition,
    lsp_end: TextPosition,
}

impl Location {
    fn new(text: &Text, span: &Range<usize>) -> Self {
        let at = |offset, encoding| text.position_at(offset, encoding);
        Self {
            start: at(span.start, PositionEncoding::Utf32),
            end: at(span.end, PositionEncoding::Utf32),
            lsp_start: at(span.start, PositionEncoding::Utf16),
            lsp_end: at(span.end, PositionEncoding::Utf16),
        }
    }
}
