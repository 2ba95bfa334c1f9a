//! `resume-lsp outline`: prints the model the rules run on, as JSON for
//! scripts and tests or as a tree for a person.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::EXIT_ERROR;
use crate::document::Document;
use crate::resume::outline::{Outline, outline};

#[derive(Debug, clap::Args)]
pub struct OutlineArgs {
    /// Resume files to read.
    #[arg(required = true, value_name = "PATHS")]
    paths: Vec<PathBuf>,
    /// How to print the model.
    #[arg(long, value_enum, default_value_t = OutlineFormat::Text)]
    format: OutlineFormat,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum OutlineFormat {
    Text,
    Json,
}

/// The version of the JSON shape, raised when a key changes meaning.
const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report {
    version: u32,
    files: Vec<FileOutline>,
}

#[derive(Serialize)]
struct FileOutline {
    file: String,
    #[serde(flatten)]
    outline: Outline,
}

pub fn print_outline(args: OutlineArgs) -> ExitCode {
    let mut files = Vec::new();
    let mut failed = false;
    for path in &args.paths {
        match std::fs::read(path) {
            Ok(bytes) => {
                let document = Document::new(&String::from_utf8_lossy(&bytes));
                let resume = crate::resume::build(document.tree(), document.text());
                files.push(FileOutline {
                    file: path.display().to_string(),
                    outline: outline(&resume, document.text()),
                });
            }
            Err(error) => {
                eprintln!("error: cannot read {}: {error}", path.display());
                failed = true;
            }
        }
    }
    match args.format {
        OutlineFormat::Json => {
            let report = Report {
                version: JSON_VERSION,
                files,
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&report).expect("outlines serialize")
            );
        }
        OutlineFormat::Text => files.iter().for_each(|file| print!("{}", tree(file))),
    }
    if failed {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// "path", then each section with its roles, their bullet and stack lines.
fn tree(file: &FileOutline) -> String {
    let outline = &file.outline;
    let mut out = format!("{}\n", file.file);
    let lines = |lines: &[usize]| {
        lines
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    for section in &outline.sections {
        let _ = writeln!(
            out,
            "  {:>4}  {} ({})",
            section.line, section.heading, section.kind
        );
        for role in outline
            .roles
            .iter()
            .filter(|r| r.section_line == section.line)
        {
            let name: Vec<&str> = [&role.title, &role.organisation, &role.dates]
                .into_iter()
                .map(String::as_str)
                .filter(|part| !part.is_empty())
                .collect();
            let _ = writeln!(out, "  {:>4}    {}", role.line, name.join(" · "));
            if !role.bullets.is_empty() {
                let _ = writeln!(out, "            bullets: {}", lines(&role.bullets));
            }
            if !role.stack_lines.is_empty() {
                let _ = writeln!(out, "            stack: {}", lines(&role.stack_lines));
            }
        }
    }
    let contact = &outline.contact;
    let _ = writeln!(
        out,
        "  summary lines: {}\n  skill lines: {}\n  contact: e-mail {}, link {}",
        lines(&outline.summary_lines),
        lines(&outline.skill_lines),
        if contact.email { "yes" } else { "no" },
        if contact.link { "yes" } else { "no" },
    );
    for unread in &outline.unread {
        let _ = writeln!(
            out,
            "  unread: lines {}-{}: {}",
            unread.line, unread.end_line, unread.reason
        );
    }
    out
}
