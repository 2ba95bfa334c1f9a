//! The JSON report: one document, its schema in docs/cli-json.md. Bump
//! `VERSION` when a field changes meaning or goes away; adding one is fine.

use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;

use super::{Location, Report};
use crate::document::{Text, TextPosition};
use crate::job::DegreeLevel;
use crate::job::JobReport;
use crate::rules::Finding;

const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    files_checked: usize,
    findings: Vec<JsonFinding<'a>>,
    errors: Vec<JsonError<'a>>,
    /// Only when a job posting is set.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    jobs: Vec<JsonJob<'a>>,
}

/// One resume against its job posting.
#[derive(Serialize)]
struct JsonJob<'a> {
    file: &'a str,
    posting: &'a str,
    /// 0–100, or null when the posting names no skill we know (or is unreadable).
    score: Option<u8>,
    skills: Vec<JsonSkill<'a>>,
    matched: Vec<&'a str>,
    missing: Vec<&'a str>,
    years: Option<JsonYears>,
    degree: Option<JsonDegree>,
    phrases: Vec<JsonPhrase<'a>>,
    /// Why the posting could not be read; null when it was.
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSkill<'a> {
    name: &'a str,
    status: &'static str,
}

#[derive(Serialize)]
struct JsonYears {
    required: u32,
    found_months: u32,
    met: bool,
}

#[derive(Serialize)]
struct JsonDegree {
    required: &'static str,
    field: Option<String>,
    found: Option<&'static str>,
    met: bool,
}

#[derive(Serialize)]
struct JsonPhrase<'a> {
    phrase: &'a str,
    found: bool,
}

fn level_name(level: DegreeLevel) -> &'static str {
    match level {
        DegreeLevel::Associate => "associate",
        DegreeLevel::Bachelor => "bachelor",
        DegreeLevel::Master => "master",
        DegreeLevel::Doctorate => "doctorate",
    }
}

fn job<'a>(file: &'a str, report: &'a JobReport) -> JsonJob<'a> {
    let mut json = JsonJob {
        file,
        posting: &report.shown,
        score: None,
        skills: Vec::new(),
        matched: Vec::new(),
        missing: Vec::new(),
        years: None,
        degree: None,
        phrases: Vec::new(),
        error: None,
    };
    match &report.result {
        Ok(found) => {
            json.score = found.score;
            json.skills = found
                .skills
                .iter()
                .map(|s| JsonSkill {
                    name: &s.name,
                    status: s.status.name(),
                })
                .collect();
            json.matched = found.matched().collect();
            json.missing = found.missing().collect();
            json.years = found.years.as_ref().map(|y| JsonYears {
                required: y.required,
                found_months: y.months,
                met: y.met,
            });
            json.degree = found.degree.as_ref().map(|d| JsonDegree {
                required: level_name(d.required.level),
                field: d.required.field.clone(),
                found: d.found.map(level_name),
                met: d.met,
            });
            json.phrases = found
                .phrases
                .iter()
                .map(|p| JsonPhrase {
                    phrase: &p.phrase,
                    found: p.found,
                })
                .collect();
        }
        Err(reason) => json.error = Some(reason),
    }
    json
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    #[serde(flatten)]
    span: Span,
    fixes: Vec<JsonFix<'a>>,
    suggestions: &'a [String],
}

#[derive(Serialize)]
struct JsonFix<'a> {
    #[serde(flatten)]
    span: Span,
    replacement: &'a str,
}

/// 1-based lines and character columns, and the 0-based LSP range (UTF-16).
#[derive(Serialize)]
struct Span {
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    range: LspRange,
}

#[derive(Serialize)]
struct LspRange {
    start: LspPosition,
    end: LspPosition,
}

#[derive(Serialize)]
struct LspPosition {
    line: u32,
    character: u32,
}

#[derive(Serialize)]
struct JsonError<'a> {
    file: &'a str,
    message: &'a str,
}

impl Span {
    fn new(text: &Text, span: &Range<usize>) -> Self {
        let at = Location::new(text, span);
        let lsp = |p: TextPosition| LspPosition {
            line: p.line,
            character: p.character,
        };
        Self {
            line: at.start.line + 1,
            column: at.start.character + 1,
            end_line: at.end.line + 1,
            end_column: at.end.character + 1,
            range: LspRange {
                start: lsp(at.lsp_start),
                end: lsp(at.lsp_end),
            },
        }
    }
}

fn finding<'a>(file: &'a str, text: &Text, finding: &'a Finding) -> JsonFinding<'a> {
    JsonFinding {
        file,
        rule: finding.rule,
        severity: finding.severity.name(),
        message: &finding.message,
        span: Span::new(text, &finding.span),
        fixes: finding
            .fix
            .iter()
            .map(|fix| JsonFix {
                span: Span::new(text, &fix.span),
                replacement: &fix.replacement,
            })
            .collect(),
        suggestions: &finding.suggestions,
    }
}

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        version: VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        files_checked: report.files.len(),
        findings: report
            .files
            .iter()
            .flat_map(|file| {
                let each = |f| finding(&file.path, &file.text, f);
                file.findings.iter().map(each)
            })
            .collect(),
        errors: report
            .failures
            .iter()
            .map(|failure| JsonError {
                file: &failure.path,
                message: &failure.message,
            })
            .collect(),
        jobs: report
            .files
            .iter()
            .filter_map(|file| file.job.as_ref().map(|report| job(&file.path, report)))
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}
