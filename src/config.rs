//! Settings from `.resume-lsp.toml`, found by walking up from a document.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::resume::detect::{DEFAULT_RESUME_GLOBS, ResumeGlobs};

pub const CONFIG_FILE_NAME: &str = ".resume-lsp.toml";

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// File names linted as resumes without opting in.
    pub resume_globs: ResumeGlobs,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct ConfigFile {
    include: Option<Vec<String>>,
}

impl Config {
    pub fn parse(text: &str) -> Result<Config, String> {
        let file: ConfigFile = toml::from_str(text).map_err(|error| error.to_string())?;
        let globs = file
            .include
            .unwrap_or_else(|| DEFAULT_RESUME_GLOBS.iter().map(|g| g.to_string()).collect());
        Ok(Config {
            resume_globs: ResumeGlobs::new(&globs)?,
        })
    }

    /// The config for a document at `path`: the nearest `.resume-lsp.toml` above
    /// it, or the defaults. A file that cannot be read or parsed gives the
    /// defaults and a message naming it.
    pub fn for_document(path: &Path) -> (Config, Option<String>) {
        let Some(file) = find_config_file(path) else {
            return (Config::default(), None);
        };
        let loaded = std::fs::read_to_string(&file)
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
        assert!(config.resume_globs.matches("jane.cv.md"));
        assert!(!config.resume_globs.matches("resume.md"));
        assert!(Config::parse("").unwrap().resume_globs.matches("resume.md"));
    }

    #[test]
    fn broken_files_are_reported() {
        assert!(
            Config::parse("include = 3")
                .unwrap_err()
                .contains("include")
        );
        assert!(
            Config::parse("include = [\"[\"]")
                .unwrap_err()
                .contains("glob")
        );
    }
}
