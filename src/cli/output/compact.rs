//! `path:line:column: severity[rule-id] message`, lines and columns from 1,
//! columns in characters.

use std::io::{self, Write};

use super::{Location, Report};

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for file in report.files {
        for finding in &file.findings {
            let start = Location::new(&file.text, &finding.span).start;
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                file.path,
                start.line + 1,
                start.character + 1,
                finding.severity.name(),
                finding.rule,
                finding.message
            )?;
        }
    }
    for line in super::job_lines(report) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
