use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use resume_lsp::cli;

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
    /// Lint resume files and folders and print what was found.
    Check(cli::CheckArgs),
    /// Print the resume model the rules run on: sections, roles, bullet lines.
    Outline(cli::OutlineArgs),
    /// List every rule with its id, default severity and summary.
    Rules,
    /// Explain a rule: why it matters, how to fix it, and an example.
    Explain {
        /// The rule's id, as `rules` lists it.
        id: String,
    },
    /// Write a `.resume-lsp.toml` with every option at its default.
    Init {
        /// The folder to write it in.
        #[arg(default_value = ".")]
        folder: PathBuf,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        None | Some(Command::Lsp) => {
            resume_lsp::server::run();
            ExitCode::SUCCESS
        }
        Some(Command::Check(args)) => cli::check(args),
        Some(Command::Outline(args)) => cli::print_outline(args),
        Some(Command::Rules) => cli::list_rules(),
        Some(Command::Explain { id }) => cli::explain(&id),
        Some(Command::Init { folder }) => cli::init(&folder),
    }
}
