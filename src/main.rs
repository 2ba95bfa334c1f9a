use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Coaching for resumes written in Markdown: a language server for your editor
/// and a linter for the command line.
#[derive(Parser)]
#[command(name = "resume-lsp", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the language server on stdin and stdout (the default).
    Lsp,
    /// Lint resume files and print what was found.
    Check {
        /// Markdown files to lint.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List every rule with its id, default severity and summary.
    Rules,
    /// Explain a rule: why it matters, how to fix it, and an example.
    Explain {
        /// The rule's id, as `rules` lists it.
        id: String,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        None | Some(Command::Lsp) => {
            resume_lsp::server::run();
            ExitCode::SUCCESS
        }
        Some(Command::Check { files }) => resume_lsp::cli::check(&files),
        Some(Command::Rules) => resume_lsp::cli::list_rules(),
        Some(Command::Explain { id }) => resume_lsp::cli::explain(&id),
    }
}
