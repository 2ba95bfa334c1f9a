//! Settings from `.resume-lsp.toml`, found by walking up from a document.
//! A file that cannot be read or parsed gives one message naming the file,
//! line and key, and linting goes on with the defaults.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::resume::detect::{DEFAULT_RESUME_GLOBS, FileGlobs};
use crate::rules::lexicon::{Lexicon, LexiconExtras};
use crate::rules::{RULES, Severity};

pub const CONFIG_FILE_NAME: &str = ".resume-lsp.toml";

#[derive(Debug, Clone)]
pub struct Config {
    /// File names linted as resumes without opting in.
    pub include: FileGlobs,
    /// File names never linted, even when they opt in.
    pub exclude: FileGlobs,
    /// Per rule: a severity, or None when turned off.
    pub severities: HashMap<String, Option<Severity>>,
    pub limits: Limits,
    pub lexicon: Arc<Lexicon>,
}

/// The numbers rules judge against.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limits {
    /// `long-bullet`: words in a bullet (about two printed lines).
    pub long_bullet_words: usize,
    /// `bullet-count`: bullets a role should have.
    pub min_bullets: usize,
    pub max_bullets: usize,
    /// `resume-length`: printed pages.
    pub max_pages: f32,
    /// `repeated-verb`: bullets opening with the same verb.
    pub repeated_verb: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            long_bullet_words: 35,
            min_bullets: 2,
            max_bullets: 6,
            max_pages: 2.0,
            repeated_verb: 3,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            include: FileGlobs::default(),
            exclude: FileGlobs::new::<&str>(&[]).expect("an empty set is valid"),
            severities: HashMap::new(),
            limits: Limits::default(),
            lexicon: Lexicon::builtin(),
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
        if let Some(unknown) = file
            .rules
            .keys()
            .find(|id| !RULES.iter().any(|r| r.info().id == *id))
        {
            let line = line_number(text, text.find(unknown.as_str()).unwrap_or(0));
            return Err(format!(
                "line {line}: rules.{unknown}: no rule has this id (`resume-lsp rules` lists them)"
            ));
        }
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
        })
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
        let loaded = std::fs::read_to_string(file)
            .map_err(|error| error.to_string())
            .and_then(|text| Config::parse(&text));
        match loaded {
            Ok(config) => (config, None),
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
        self.severities.get(id).copied().unwrap_or(Some(default))
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

fn find_config_file(path: &Path) -> Option<PathBuf> {
    path.ancestors()
        .skip(1)
        .map(|dir| dir.join(CONFIG_FILE_NAME))
        .find(|candidate| candidate.is_file())
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
}
