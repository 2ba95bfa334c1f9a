//! The config for each file: the nearest `.resume-lsp.toml` above it, as the
//! server finds it, or the one `--config` names; `--select` and `--ignore`
//! apply on top of either.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::rules::RULES;

pub struct Configs {
    /// `--config`: one config for every file.
    named: Option<Arc<Config>>,
    /// Discovered configs by folder, since every file in a folder shares one.
    by_folder: HashMap<PathBuf, Arc<Config>>,
    rules: RuleChoice,
    /// Broken config files already reported, so each is reported once.
    reported: HashSet<String>,
}

impl Configs {
    /// Fails, with a message for the user, on an unknown rule id or a config
    /// file named with `--config` that cannot be read or parsed.
    pub fn new(named: Option<&Path>, select: &[String], ignore: &[String]) -> Result<Self, String> {
        let rules = RuleChoice::new(select, ignore)?;
        let named = match named {
            Some(path) => {
                let config = std::fs::read_to_string(path)
                    .map_err(|error| error.to_string())
                    .and_then(|text| Config::parse(&text))
                    .map(|config| config.anchored(path))
                    .map_err(|error| format!("{}: {error}", path.display()))?;
                Some(Arc::new(rules.apply(config)))
            }
            None => None,
        };
        Ok(Self {
            named,
            by_folder: HashMap::new(),
            rules,
            reported: HashSet::new(),
        })
    }

    /// The config for a file at `path`. A broken discovered config is reported
    /// once on stderr and the defaults apply, as in the server.
    pub fn for_file(&mut self, path: &Path) -> Arc<Config> {
        if let Some(config) = &self.named {
            return Arc::clone(config);
        }
        let path = absolute(path);
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        if let Some(config) = self.by_folder.get(&folder) {
            return Arc::clone(config);
        }
        let (config, error) = Config::for_document(&path);
        if let Some(error) = error.filter(|error| self.reported.insert(error.clone())) {
            eprintln!("{error}");
        }
        let config = Arc::new(self.rules.apply(config));
        self.by_folder.insert(folder, Arc::clone(&config));
        config
    }
}

/// Config is looked up from the file's folder, so relative paths need a base.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `--select` and `--ignore`.
struct RuleChoice {
    select: Vec<String>,
    ignore: Vec<String>,
}

impl RuleChoice {
    fn new(select: &[String], ignore: &[String]) -> Result<Self, String> {
        for (flag, ids) in [("--select", select), ("--ignore", ignore)] {
            if let Some(id) = ids.iter().find(|id| crate::rules::rule(id).is_none()) {
                return Err(format!(
                    "{flag}: no rule has the id {id:?}; `resume-lsp rules` lists them"
                ));
            }
        }
        Ok(Self {
            select: select.to_vec(),
            ignore: ignore.to_vec(),
        })
    }

    /// Turns off what is not selected or is ignored. A selected rule the
    /// config turns off runs at its default severity: naming it asks for it.
    fn apply(&self, mut config: Config) -> Config {
        for rule in RULES {
            let info = rule.info();
            let id = info.id.to_string();
            let selected = self.select.contains(&id);
            if self.ignore.contains(&id) || (!self.select.is_empty() && !selected) {
                config.severities.insert(id, None);
            } else if selected && config.severity(info.id, info.severity).is_none() {
                config.severities.insert(id, Some(info.severity));
            }
        }
        config
    }
}
