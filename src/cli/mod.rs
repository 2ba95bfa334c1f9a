//! The command line: the same engine as the server, for CI and pre-commit.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use std::collections::HashSet;

use crate::config::Config;
use crate::document::{Document, PositionEncoding};
use crate::rules::{Finding, RULES, Severity};

/// Exit status when anything at warning or above was found.
const EXIT_FINDINGS: u8 = 1;
/// Exit status when a file could not be read.
const EXIT_ERROR: u8 = 2;

/// Lints each file (named explicitly, so linted whatever its name) and prints
/// `path:line:col: severity[rule-id] message`, lines and columns from 1.
pub fn check(files: &[PathBuf]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let mut worst = 0;
    let mut reported = HashSet::new();
    for path in files {
        let text = match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(text)) => text,
            Ok(Err(_)) => {
                eprintln!("{}: not UTF-8 text; skipped", path.display());
                worst = EXIT_ERROR;
                continue;
            }
            Err(error) => {
                eprintln!("{}: {error}", path.display());
                worst = EXIT_ERROR;
                continue;
            }
        };
        let (config, config_error) = Config::for_document(&absolute(path));
        if let Some(error) = config_error.filter(|error| reported.insert(error.clone())) {
            eprintln!("{error}");
        }
        let document = Document::new(&text);
        for finding in crate::check_document(&document, &config) {
            let _ = writeln!(stdout, "{}", format_finding(path, &document, &finding));
            if finding.severity <= Severity::Warning {
                worst = worst.max(EXIT_FINDINGS);
            }
        }
    }
    ExitCode::from(worst)
}

/// Prints every rule: id, default severity and summary, a line each.
pub fn list_rules() -> ExitCode {
    for rule in RULES {
        let info = rule.info();
        println!(
            "{:<18} {:<8} {}",
            info.id,
            info.severity.name(),
            info.summary
        );
    }
    ExitCode::SUCCESS
}

/// Prints a rule's explanation in Markdown.
pub fn explain(id: &str) -> ExitCode {
    match crate::rules::rule(id) {
        Some(rule) => {
            print!("{}", rule.info().explanation());
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("no rule has the id {id:?}; `resume-lsp rules` lists them");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Config is looked up from the file's folder, so relative paths need a base.
fn absolute(path: &std::path::Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn format_finding(path: &std::path::Path, document: &Document, finding: &Finding) -> String {
    let position = document
        .text()
        .position_at(finding.span.start, PositionEncoding::Utf32);
    format!(
        "{}:{}:{}: {}[{}] {}",
        path.display(),
        position.line + 1,
        position.character + 1,
        finding.severity.name(),
        finding.rule,
        finding.message
    )
}
