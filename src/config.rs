//! Settings from `.resume-lsp.toml`, found by walking up from a document.
//! A file that cannot be read or parsed gives one message naming the file,
//! line and key, and linting goes on with the defaults.
//!
//! What the rules read of it is [`Config::settings`]; the editor's settings
//! are laid over it by the server (`server/settings.rs`).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::resume::detect::{DEFAULT_RESUME_GLOBS, FileGlobs};
use crate::rules::lexicon::{Lexicon, LexiconExtras};
pub use crate::rules::settings::Limits;
use crate::rules::settings::{Settings, Severities};
use crate::rules::{RULES, Severity};

pub const CONFIG_FILE_NAME: &str = ".resume-lsp.toml";

#[derive(Debug, Clone)]
pub struct Config {
    /// File names linted as resumes without opting in.
    pub include: FileGlobs,
    /// File names never linted, even when they opt in.
    pub exclude: FileGlobs,
    /// Per rule: a severity, or None when turned off.
    pub severities: Severities,
    pub limits: Limits,
    pub lexicon: Arc<Lexicon>,
    /// Whether editors show each role's figures above it.
    pub code_lens: bool,
    /// The job posting to match the resume against (`job = "path"`).
    pub job: Option<JobPath>,
}

/// Where `job` points, and what a relative path is relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobPath {
    /// From a config file: relative paths are joined to its folder when the
    /// file is loaded (as written by [`Config::parse`], which has no folder).
    File(PathBuf),
    /// From editor settings, as written: relative to the workspace folder.
    Setting(PathBuf),
}

impl Default for Config {
    fn default() -> Self {
        Self {
            include: FileGlobs::default(),
            exclude: FileGlobs::new::<&str>(&[]).expect("an empty set is valid"),
            severities: HashMap::new(),
            limits: Limits::default(),
            lexicon: Lexicon::builtin(),
            code_lens: true,
            job: None,
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    include: Option<Vec<String>>,
    exclude: Vec<String>,
    rules: BTreeMap<String, SeverityName>,
    limits: Limits,
    words: WordsFile,
    code_lens: Option<bool>,
    job: Option<String>,
}

/// The keys a config may hold, by table (the limits are those the rules
/// declare); used to drop and report unknown keys in editor settings, which
/// should not stop the rest from applying.
pub fn known_keys() -> [(&'static str, Vec<&'static str>); 3] {
    let top = [
        "include",
        "exclude",
        "rules",
        "limits",
        "words",
        "code-lens",
        "job",
    ];
    let words = [
        "ignore",
        "buzzwords",
        "vague-verbs",
        "vague-quantities",
        "action-verbs",
        "technologies",
    ];
    [
        ("", top.to_vec()),
        (
            "limits",
            crate::rules::limits().map(|(_, limit)| limit.key).collect(),
        ),
        ("words", words.to_vec()),
    ]
}

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
struct WordsFile {
    ignore: Vec<String>,
    buzzwords: Vec<String>,
    vague_verbs: Vec<String>,
    vague_quantities: Vec<String>,
    action_verbs: Vec<String>,
    technologies: Vec<TechnologyFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TechnologyFile {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default = "default_category")]
    category: String,
}

fn default_category() -> String {
    "tool".to_string()
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum SeverityName {
    Off,
    Error,
    Warning,
    #[serde(alias = "information")]
    Info,
    Hint,
}

impl SeverityName {
    fn severity(self) -> Option<Severity> {
        match self {
            SeverityName::Off => None,
            SeverityName::Error => Some(Severity::Error),
            SeverityName::Warning => Some(Severity::Warning),
            SeverityName::Info => Some(Severity::Information),
            SeverityName::Hint => Some(Severity::Hint),
        }
    }
}

impl Config {
    /// Reads a config file's text; the error names the line and key at fault.
    pub fn parse(text: &str) -> Result<Config, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|error| one_line(&error, text))?;
        if let Some(unknown) = unknown_rule(&file) {
            let line = line_number(text, text.find(unknown.as_str()).unwrap_or(0));
            return Err(format!(
                "line {line}: rules.{unknown}: no rule has this id (`resume-lsp rules` lists them)"
            ));
        }
        Config::from_file(file)
    }

    /// A config file's table, checked as [`Config::parse`] checks it.
    pub fn read_table(path: &Path) -> Result<toml::Table, String> {
        let text = read_config(path)?;
        Config::parse(&text)?;
        Ok(toml::from_str(&text).unwrap_or_default())
    }

    /// The config a table holds, as a file would be read (relative paths
    /// not yet anchored); the error is toml's message.
    pub fn from_table(table: toml::Table) -> Result<Config, String> {
        table
            .try_into::<ConfigFile>()
            .map_err(|error| error.message().trim().to_string())
            .and_then(Config::from_file)
    }

    fn from_file(file: ConfigFile) -> Result<Config, String> {
        let include = match &file.include {
            Some(globs) => FileGlobs::new(globs)?,
            None => FileGlobs::new(DEFAULT_RESUME_GLOBS)?,
        };
        let words = file.words;
        let extras = LexiconExtras {
            ignore: words.ignore,
            buzzwords: words.buzzwords,
            vague_verbs: words.vague_verbs,
            vague_quantities: words.vague_quantities,
            action_verbs: words.action_verbs,
            technologies: words
                .technologies
                .into_iter()
                .map(|t| (t.name, t.aliases, t.category))
                .collect(),
        };
        Ok(Config {
            include,
            exclude: FileGlobs::new(&file.exclude)?,
            severities: file
                .rules
                .into_iter()
                .map(|(id, name)| (id, name.severity()))
                .collect(),
            limits: file.limits,
            lexicon: Lexicon::with_extras(&extras),
            code_lens: file.code_lens.unwrap_or(true),
            job: file
                .job
                .filter(|path| !path.trim().is_empty())
                .map(|path| JobPath::File(PathBuf::from(path.trim()))),
        })
    }

    /// Joins a relative `job` from the config file at `file` to that file's folder.
    pub fn anchored(mut self, file: &Path) -> Config {
        if let Some(JobPath::File(path)) = &mut self.job
            && let Some(folder) = file.parent()
        {
            *path = folder.join(&*path);
        }
        self
    }

    /// The nearest `.resume-lsp.toml` above a document, if any.
    pub fn file_for(path: &Path) -> Option<PathBuf> {
        find_config_file(path)
    }

    /// The config for a document at `path`: the nearest `.resume-lsp.toml` above
    /// it, or the defaults. A file that cannot be read or parsed gives the
    /// defaults and a message naming it.
    pub fn for_document(path: &Path) -> (Config, Option<String>) {
        match find_config_file(path) {
            Some(file) => Config::load(&file),
            None => (Config::default(), None),
        }
    }

    /// Loads a config file, falling back to the defaults with a message.
    pub fn load(file: &Path) -> (Config, Option<String>) {
        let loaded = read_config(file).and_then(|text| Config::parse(&text));
        match loaded {
            Ok(config) => (config.anchored(file), None),
            Err(error) => (
                Config::default(),
                Some(format!("{}: {error}; using the defaults", file.display())),
            ),
        }
    }

    /// Whether a document with this path is linted, given what its text says.
    pub fn lints(&self, path: &str, opts_in: bool) -> bool {
        !self.exclude.matches(path) && (opts_in || self.include.matches(path))
    }

    /// A rule's severity here, or None when it is turned off.
    pub fn severity(&self, id: &str, default: Severity) -> Option<Severity> {
        self.settings().severity(id, default)
    }

    /// What the rules read of this config.
    pub fn settings(&self) -> Settings<'_> {
        Settings {
            severities: &self.severities,
            limits: &self.limits,
            lexicon: &self.lexicon,
        }
    }
}

/// toml's errors span several lines with a source excerpt; keep the message
/// and the line it points at.
fn one_line(error: &toml::de::Error, text: &str) -> String {
    let message = error.message().trim_end().replace('\n', " ");
    let Some(span) = error.span() else {
        return message;
    };
    let line = line_number(text, span.start);
    // The line itself names the key: `long-bullet-words = "x"`.
    let written = text.lines().nth(line - 1).unwrap_or("").trim();
    format!("line {line} (`{written}`): {message}")
}

fn line_number(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

fn unknown_rule(file: &ConfigFile) -> Option<&String> {
    file.rules
        .keys()
        .find(|id| !RULES.iter().any(|rule| rule.info().id == *id))
}

/// A config file is a few hundred bytes; anything this big is not one.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Reads a config file, refusing one too large to be a config.
fn read_config(path: &Path) -> Result<String, String> {
    let size = std::fs::metadata(path)
        .map_err(|error| error.to_string())?
        .len();
    if size > MAX_CONFIG_BYTES {
        return Err(format!("{size} bytes is too large for a config file"));
    }
    std::fs::read_to_string(path).map_err(|error| error.to_string())
}

/// The nearest entry named `.resume-lsp.toml` above `path`: one that cannot be
/// read (a directory, a broken link, a link loop) is still found, so that its
/// problem is reported rather than silently skipped.
fn find_config_file(path: &Path) -> Option<PathBuf> {
    path.ancestors()
        .skip(1)
        .map(|dir| dir.join(CONFIG_FILE_NAME))
        .find(|candidate| candidate.symlink_metadata().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn include_replaces_the_default_globs() {
        let config = Config::parse("include = [\"*.cv.md\"]").unwrap();
        assert!(config.lints("jane.cv.md", false));
        assert!(!config.lints("resume.md", false));
        assert!(Config::parse("").unwrap().lints("resume.md", false));
        let config = Config::parse("exclude = [\"resume-old.md\"]").unwrap();
        assert!(!config.lints("docs/resume-old.md", true));
    }

    #[test]
    fn rules_limits_and_words() {
        let config = Config::parse(
            "[rules]\nno-metric = \"off\"\nvague-verb = \"error\"\n\n[limits]\nlong-bullet-words = 40\n\n\
             [words]\nbuzzwords = [\"wordsmith\"]\n",
        )
        .unwrap();
        assert_eq!(config.severity("no-metric", Severity::Warning), None);
        assert_eq!(
            config.severity("vague-verb", Severity::Warning),
            Some(Severity::Error)
        );
        assert_eq!(
            config.severity("buzzword", Severity::Warning),
            Some(Severity::Warning)
        );
        assert_eq!(config.limits.long_bullet_words, 40);
        assert_eq!(config.limits.max_bullets, 6);
        assert_eq!(config.lexicon.buzzwords.find_in("a wordsmith").count(), 1);
    }

    #[test]
    fn broken_files_name_the_line_and_key() {
        let error =
            Config::parse("include = [\"*.md\"]\n[rules]\nno-metric = \"loud\"\n").unwrap_err();
        assert!(
            error.starts_with("line 3 (`no-metric = \"loud\"`)"),
            "{error}"
        );
        assert!(error.contains("loud"), "{error}");
        let error = Config::parse("[limits]\nlong-bullet-words = \"x\"\n").unwrap_err();
        assert!(
            error.starts_with("line 2 (`long-bullet-words") && error.contains("usize"),
            "{error}"
        );
        let error = Config::parse("[rules]\nno-such-rule = \"off\"\n").unwrap_err();
        assert!(
            error.starts_with("line 2:") && error.contains("no-such-rule"),
            "{error}"
        );
        let error = Config::parse("colour = 1\n").unwrap_err();
        assert!(error.contains("colour"), "{error}");
        assert!(
            Config::parse("include = [\"[\"]")
                .unwrap_err()
                .contains("glob")
        );
    }

    #[test]
    #[cfg(unix)] // makes a symbolic link loop
    fn unreadable_config_files_are_reported() {
        let dir =
            std::env::temp_dir().join(format!("resume-lsp-unreadable-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let resume = dir.join("resume.md");
        let config = dir.join(CONFIG_FILE_NAME);
        std::os::unix::fs::symlink(&config, &config).unwrap();
        let (loaded, problem) = Config::for_document(&resume);
        assert_eq!(loaded.limits, Limits::default());
        assert!(problem.unwrap().contains(CONFIG_FILE_NAME));
        std::fs::remove_file(&config).unwrap();
        std::fs::write(&config, "#".repeat(2 * 1024 * 1024)).unwrap();
        let (_, problem) = Config::for_document(&resume);
        assert!(problem.unwrap().contains("too large"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
