//! GitHub Actions workflow commands: each finding becomes an annotation on
//! the pull request's diff.
//! <https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands>

use std::io::{self, Write};

use super::{Location, Report};
use crate::rules::Severity;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for file in report.files {
        for finding in &file.findings {
            let at = Location::new(&file.text, &finding.span);
            let command = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Information | Severity::Hint => "notice",
            };
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&file.path),
                at.start.line + 1,
                at.start.character + 1,
                at.end.line + 1,
                at.end.character + 1,
                property(&format!("resume-lsp ({})", finding.rule)),
                data(&finding.message)
            )?;
        }
    }
    Ok(())
}

/// A message may not hold the characters that end a command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value also may not hold its separators.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
