//! `resume-lsp check`: lint files and folders on every core, print a report,
//! and exit 0 (clean), 1 (findings at or above `--fail-on`) or 2 (a usage
//! error, or something that could not be read).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

use super::configs::Configs;
use super::lint::{self, Checked, Mode};
use super::output::{self, Format, Report};
use super::{EXIT_ERROR, EXIT_FINDINGS, fix, walk};
use crate::rules::Severity;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files and folders to lint; `-` reads stdin. Files named are always
    /// linted; in folders, the file names the config's include globs match.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = Format::Full)]
    format: Format,
    /// Exit with 1 when a finding is at this severity or above.
    #[arg(long, value_enum, default_value_t = FailOn::Warning, value_name = "SEVERITY")]
    fail_on: FailOn,
    /// Apply the safe mechanical fixes (technology spellings, tenses) in
    /// place, then report what is left. With `-`, print the fixed text and
    /// report on stderr.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Print the safe fixes as a unified diff instead of applying them; exit
    /// with 1 when there is any.
    #[arg(long)]
    diff: bool,
    /// Use this config file for every file instead of the nearest
    /// `.resume-lsp.toml`.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Run only these rules (ids, comma-separated or repeated), even ones the
    /// config turns off.
    #[arg(long, value_delimiter = ',', value_name = "RULE-ID")]
    select: Vec<String>,
    /// Do not run these rules.
    #[arg(long, value_delimiter = ',', value_name = "RULE-ID")]
    ignore: Vec<String>,
    /// For text read from `-`: the path to report it under and to find its
    /// config from.
    #[arg(long, value_name = "PATH")]
    stdin_filename: Option<PathBuf>,
    /// Match every resume against this job posting (Markdown or text) and
    /// report the match, instead of the posting a resume's
    /// `<!-- resume-lsp job: PATH -->` comment or its config's `job` names.
    #[arg(long, value_name = "PATH")]
    job: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Information,
            FailOn::Hint => Severity::Hint,
        }
    }
}

pub fn check(args: CheckArgs) -> ExitCode {
    let mut configs = match Configs::new(args.config.as_deref(), &args.select, &args.ignore) {
        Ok(configs) => configs,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let jobs = match lint::Jobs::new(args.job.as_deref()) {
        Ok(jobs) => jobs,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let (inputs, mut failures) =
        walk::inputs(&args.paths, args.stdin_filename.as_deref(), &mut configs);
    let mode = match (args.fix, args.diff) {
        (true, _) => Mode::Fix,
        (_, true) => Mode::Diff,
        _ => Mode::Check,
    };
    let outcomes: Vec<_> = inputs
        .par_iter()
        .map(|input| lint::lint_guarded(input, mode, &jobs))
        .collect();
    let mut files = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(checked) => files.push(checked),
            Err(failure) => failures.push(failure),
        }
    }
    for failure in &failures {
        eprintln!("{}: {}", failure.path, failure.message);
    }
    // A posting that cannot be read is said once, however many resumes name it.
    let mut unreadable = std::collections::HashSet::new();
    for job in files.iter().filter_map(|file| file.job.as_ref()) {
        if let Err(reason) = &job.result
            && unreadable.insert(&job.shown)
        {
            eprintln!("{}", crate::job::problem(&job.path, reason));
        }
    }
    let report = Report {
        files: &files,
        failures: &failures,
    };
    // A closed pipe (`| head`) is not worth a panic or an error message.
    let found = match mode {
        Mode::Diff => {
            let _ = print_diffs(&files);
            files.iter().any(|file| file.original.is_some())
        }
        _ => {
            let _ = print_report(&args, &report, mode);
            let fail_on = args.fail_on.severity();
            files
                .iter()
                .flat_map(|file| &file.findings)
                .any(|finding| finding.severity <= fail_on)
        }
    };
    ExitCode::from(match (failures.is_empty(), found) {
        (false, _) => EXIT_ERROR,
        (true, true) => EXIT_FINDINGS,
        (true, false) => 0,
    })
}

/// The report on stdout, or on stderr when stdout carries fixed stdin text.
fn print_report(args: &CheckArgs, report: &Report, mode: Mode) -> std::io::Result<()> {
    let stdin = report.files.iter().find(|file| file.stdin);
    if let Some(stdin) = stdin.filter(|_| mode == Mode::Fix) {
        std::io::stdout()
            .lock()
            .write_all(stdin.source.as_bytes())?;
        let stderr = std::io::stderr();
        let colour = colour(stderr.is_terminal());
        output::write(args.format, report, &mut stderr.lock(), colour)
    } else {
        let stdout = std::io::stdout();
        let colour = colour(stdout.is_terminal());
        output::write(args.format, report, &mut stdout.lock(), colour)
    }
}

fn print_diffs(files: &[Checked]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    for file in files {
        if let Some(original) = &file.original {
            write!(stdout, "{}", fix::diff(&file.path, original, &file.source))?;
        }
    }
    Ok(())
}

/// Colour on a terminal only, unless `NO_COLOR` is set (<https://no-color.org>).
fn colour(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}
