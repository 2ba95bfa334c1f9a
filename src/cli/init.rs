//! `resume-lsp init`: a `.resume-lsp.toml` holding every option at its
//! default, each with a comment, ready to edit. Built from the defaults and
//! the rule registry themselves, so it never goes stale.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::EXIT_ERROR;
use crate::config::{CONFIG_FILE_NAME, Limits};
use crate::resume::detect::DEFAULT_RESUME_GLOBS;
use crate::rules::RULES;

/// Writes the file in `folder`; never overwrites one.
pub fn init(folder: &Path) -> ExitCode {
    let path = folder.join(CONFIG_FILE_NAME);
    let written = std::fs::File::create_new(&path)
        .and_then(|mut file| file.write_all(default_config().as_bytes()));
    match written {
        Ok(()) => {
            println!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{} already exists; left as it is", path.display());
            ExitCode::from(EXIT_ERROR)
        }
        Err(error) => {
            eprintln!("{}: {error}", path.display());
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn default_config() -> String {
    let toml = |value: toml::Value| value.to_string();
    let globs = toml(DEFAULT_RESUME_GLOBS.to_vec().into());
    let defaults = toml::Table::try_from(Limits::default()).expect("the limits are a table");
    let mut limits = String::new();
    for (rule, limit) in crate::rules::limits() {
        let _ = writeln!(limits, "# {}: {}.", rule.id, limit.about);
        let _ = writeln!(limits, "{} = {}", limit.key, defaults[limit.key]);
    }
    let mut rules = String::new();
    for rule in RULES {
        let info = rule.info();
        let line = format!("{} = {}", info.id, toml(info.severity.name().into()));
        let _ = writeln!(rules, "{line:<30} # {}", info.summary);
    }
    format!(
        r#"# resume-lsp settings, every option at its default. The nearest
# .resume-lsp.toml above a resume applies to it. `resume-lsp rules` lists the
# rules and `resume-lsp explain ID` explains one.

# File names linted as resumes (case does not matter). Any other Markdown file
# opts in with `resume: true` in its front matter or a `<!-- resume-lsp -->`
# comment in its first five lines.
include = {globs}
# File names never linted, even when they opt in.
exclude = []
# Editors show each role's figures above it ("4 bullets · 3 with metrics").
code-lens = true
# The job posting (Markdown or text) to match the resume against, relative to
# this file's folder: a code lens with the match, a finding for each missing
# skill. `<!-- resume-lsp job: path -->` in a resume, or `check --job`, wins.
# job = "jobs/posting.md"

# Per rule: "off", "error", "warning", "info" or "hint".
[rules]
{rules}
[limits]
{limits}
# Word lists: yours are added to the built-in ones.
[words]
# Words and phrases no list ever flags.
ignore = []
buzzwords = []
vague-verbs = []
vague-quantities = []
action-verbs = []
# For example: [{{ name = "Temporal", aliases = ["temporal.io"], category = "tool" }}]
technologies = []
"#,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn the_written_config_is_the_defaults() {
        let config = Config::parse(&default_config()).unwrap();
        assert_eq!(config.limits, Limits::default());
        for rule in RULES {
            let info = rule.info();
            assert_eq!(
                config.severities.get(info.id),
                Some(&Some(info.severity)),
                "{}",
                info.id
            );
        }
        assert!(config.code_lens);
        assert_eq!(config.job, None, "written commented out");
        assert!(default_config().contains("\n# job = \""));
        assert!(config.include.matches("Jane_CV.md"));
        assert!(!config.exclude.matches("resume.md"));
    }

    #[test]
    fn the_written_config_holds_every_known_key() {
        // `job` is written commented out, as it has no default.
        let written = default_config().replace("\n# job = ", "\njob = ");
        let table: toml::Table = toml::from_str(&written).unwrap();
        for (name, mut known) in crate::config::known_keys() {
            let scope = if name.is_empty() {
                &table
            } else {
                table[name].as_table().unwrap()
            };
            let mut written: Vec<&str> = scope.keys().map(String::as_str).collect();
            written.sort();
            known.sort();
            assert_eq!(written, known, "[{name}]");
        }
    }
}
