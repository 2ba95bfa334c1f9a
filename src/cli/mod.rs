//! The command line: the same engine as the server, for CI, pre-commit and
//! scripts. `check` gathers the files ([`walk`]) with their configs
//! ([`configs`]), lints them on every core ([`lint`]) and prints a report
//! ([`output`]).

mod check;
mod configs;
mod fix;
mod init;
mod lint;
mod outline;
mod output;
mod walk;

use std::process::ExitCode;

use crate::rules::RULES;

pub use check::{CheckArgs, check};
pub use init::init;
pub use outline::{OutlineArgs, print_outline};

/// Exit status when a finding is at or above `--fail-on`.
const EXIT_FINDINGS: u8 = 1;
/// Exit status for usage errors, and files or configs that could not be read.
const EXIT_ERROR: u8 = 2;

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
