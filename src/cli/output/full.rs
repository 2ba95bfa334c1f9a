//! The default report, in the style of rustc and ruff: each finding with its
//! source line, a caret under the span, the rule id and a help line, then a
//! one-line summary.

use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use super::Report;
use crate::cli::lint::Checked;
use crate::document::{PositionEncoding, TextPosition};
use crate::rules::{Finding, Severity};

pub fn write(report: &Report, out: &mut dyn Write, colour: bool) -> io::Result<()> {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for file in report.files {
        for finding in &file.findings {
            let line = SourceLine::of(file, &finding.span);
            let group = level(finding.severity)
                .primary_title(&finding.message)
                .id(finding.rule)
                .element(
                    Snippet::source(line.text)
                        .line_start(line.number)
                        .path(&file.path)
                        .annotation(AnnotationKind::Primary.span(line.span)),
                )
                .element(Level::HELP.message(help(finding)));
            writeln!(out, "{}\n", renderer.render(&[group]))?;
        }
    }
    for line in super::job_lines(report) {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{}", summary(report))
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Information => Level::INFO,
        Severity::Hint => Level::NOTE.with_name("hint"),
    }
}

/// The line a finding starts on, and the finding's span within it: a span
/// over several lines (a whole header) is shown on its first.
struct SourceLine<'a> {
    /// From 1.
    number: usize,
    text: &'a str,
    span: Range<usize>,
}

impl<'a> SourceLine<'a> {
    fn of(file: &'a Checked, span: &Range<usize>) -> Self {
        let span = file.text.clamp_range(span.clone());
        let line = file
            .text
            .position_at(span.start, PositionEncoding::Utf8)
            .line;
        let start = file
            .text
            .offset_at(TextPosition::new(line, 0), PositionEncoding::Utf8);
        let rest = &file.source[start..];
        let end = start + rest.find(['\r', '\n']).unwrap_or(rest.len());
        let clip = |offset: usize| offset.clamp(start, end) - start;
        Self {
            number: line as usize + 1,
            text: &file.source[start..end],
            span: clip(span.start)..clip(span.end),
        }
    }
}

/// The fix when there is one, else how to fix it and the words to try.
fn help(finding: &Finding) -> String {
    if let Some(fix) = &finding.fix {
        return format!("write \"{}\" (`--fix` does it for you)", fix.replacement);
    }
    let how = crate::rules::rule(finding.rule).map_or("", |rule| rule.info().fix);
    match finding.suggestions.as_slice() {
        [] => how.to_string(),
        words => format!("{how} Try: {}.", words.join(", ")),
    }
}

/// "Checked 3 files: 5 findings (1 error, 4 warnings); 1 fixable with `--fix`".
fn summary(report: &Report) -> String {
    let mut parts = Vec::new();
    let counts = report.counts();
    let total: usize = counts.iter().map(|(_, count)| count).sum();
    if total == 0 {
        parts.push("no findings".to_string());
    } else {
        let by_severity: Vec<String> = counts
            .iter()
            .filter(|(_, count)| *count > 0)
            .map(|(severity, count)| match severity {
                Severity::Information => format!("{count} info"),
                _ => plural(*count, severity.name()),
            })
            .collect();
        parts.push(format!(
            "{} ({})",
            plural(total, "finding"),
            by_severity.join(", ")
        ));
    }
    let findings = report.files.iter().flat_map(|file| &file.findings);
    let fixable = findings.filter(|finding| finding.fix.is_some()).count();
    if fixable > 0 {
        parts.push(format!("{fixable} fixable with `--fix`"));
    }
    let fixed: usize = report.files.iter().map(|file| file.fixed).sum();
    if fixed > 0 {
        parts.push(format!("fixed {fixed}"));
    }
    if !report.failures.is_empty() {
        parts.push(format!(
            "{} could not be checked",
            plural(report.failures.len(), "file")
        ));
    }
    format!(
        "Checked {}: {}",
        plural(report.files.len(), "file"),
        parts.join("; ")
    )
}

fn plural(count: usize, noun: &str) -> String {
    let s = if count == 1 { "" } else { "s" };
    format!("{count} {noun}{s}")
}
