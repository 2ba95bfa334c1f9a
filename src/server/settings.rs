//! The editor's settings (under "resume-lsp" in its JSON) laid over a
//! config file, key by key. Settings use the file's keys; what cannot apply
//! is reported and dropped, so that the rest still does.

use std::path::{Path, PathBuf};

use crate::config::{Config, JobPath, known_keys};
use crate::rules::RULES;

/// Editor settings that belong to the editor extension, not the server.
const CLIENT_ONLY_KEYS: &[&str] = &["path", "trace"];

// An inherent method kept beside the rest of the overlay: only the server
// has editor settings.
impl Config {
    /// A config file (if any) with an editor's settings laid over it, key by
    /// key. Settings use the file's keys, in JSON. Problems (a broken file, an
    /// unknown or misplaced setting) come back as messages, and whatever can
    /// still apply does.
    pub fn with_settings(
        file: Option<&Path>,
        settings: &serde_json::Value,
    ) -> (Config, Vec<String>) {
        let mut problems = Vec::new();
        let mut table = toml::Table::new();
        if let Some(path) = file {
            match Config::read_table(path) {
                Ok(read) => table = read,
                Err(error) => {
                    problems.push(format!("{}: {error}; using the defaults", path.display()))
                }
            }
        }
        let from_file = table.clone();
        // A `job` setting is relative to the workspace folder, not the file's.
        let mut job_setting = None;
        match settings_table(settings) {
            Ok(mut overrides) => {
                problems.extend(drop_unknown_keys(&mut overrides));
                match overrides.remove("job") {
                    Some(toml::Value::String(path)) if !path.trim().is_empty() => {
                        job_setting = Some(JobPath::Setting(PathBuf::from(path.trim())));
                    }
                    Some(toml::Value::String(_)) | None => {}
                    Some(other) => problems.push(format!(
                        "resume-lsp setting `job`: expected a path, got {}; ignored",
                        other.type_str()
                    )),
                }
                merge(&mut table, overrides);
            }
            Err(error) => problems.push(format!("resume-lsp settings: {error}; ignored")),
        }
        let anchor = |config: Config| match file {
            Some(path) => config.anchored(path),
            None => config,
        };
        let config = Config::from_table(table).map(anchor).map(|mut config| {
            if job_setting.is_some() {
                config.job = job_setting.clone();
            }
            config
        });
        match config {
            Ok(config) => (config, problems),
            Err(error) => {
                problems.push(format!(
                    "resume-lsp settings: {error}; using the config file alone"
                ));
                let config = Config::from_table(from_file).map(anchor);
                (config.unwrap_or_default(), problems)
            }
        }
    }
}

/// Editor settings as a table: `{"resume-lsp": {...}}` or the inner object;
/// null or absent settings are empty.
fn settings_table(settings: &serde_json::Value) -> Result<toml::Table, String> {
    let inner = settings.get("resume-lsp").unwrap_or(settings);
    if inner.is_null() {
        return Ok(toml::Table::new());
    }
    let without_nulls = strip_nulls(inner.clone());
    match toml::Value::try_from(without_nulls).map_err(|error| error.to_string())? {
        toml::Value::Table(table) => Ok(table),
        other => Err(format!("expected an object, got {}", other.type_str())),
    }
}

/// TOML has no null; a null setting means "not set".
fn strip_nulls(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => map
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k, strip_nulls(v)))
            .collect(),
        serde_json::Value::Array(items) => items.into_iter().map(strip_nulls).collect(),
        other => other,
    }
}

/// Removes keys no config has, saying where each belongs when it is a known
/// key in the wrong table ("long-bullet-words" at the top level).
fn drop_unknown_keys(table: &mut toml::Table) -> Vec<String> {
    let mut problems = Vec::new();
    let known_keys = known_keys();
    for &(name, ref known) in &known_keys {
        let scope = if name.is_empty() {
            Some(&mut *table)
        } else {
            table.get_mut(name).and_then(|v| v.as_table_mut())
        };
        let Some(scope) = scope else { continue };
        let unknown: Vec<String> = scope
            .keys()
            .filter(|key| !known.contains(&key.as_str()))
            .cloned()
            .collect();
        for key in unknown {
            scope.remove(&key);
            if name.is_empty() && CLIENT_ONLY_KEYS.contains(&key.as_str()) {
                continue; // the editor's own setting, not ours to report
            }
            let path = if name.is_empty() {
                key.clone()
            } else {
                format!("{name}.{key}")
            };
            let home = known_keys
                .iter()
                .find(|(_, keys)| keys.contains(&key.as_str()))
                .map(|(home, _)| *home);
            problems.push(match home {
                Some(home) if !home.is_empty() => {
                    format!("resume-lsp setting `{path}` belongs under `{home}`; ignored")
                }
                _ => format!("resume-lsp setting `{path}` is not known; ignored"),
            });
        }
    }
    if let Some(rules) = table.get_mut("rules").and_then(|v| v.as_table_mut()) {
        let unknown: Vec<String> = rules
            .keys()
            .filter(|id| !RULES.iter().any(|r| r.info().id == id.as_str()))
            .cloned()
            .collect();
        for id in unknown {
            rules.remove(&id);
            problems.push(format!(
                "resume-lsp setting `rules.{id}`: no rule has this id; ignored"
            ));
        }
    }
    problems
}

/// Lays `over` onto `base`, table by table, key by key.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(inner)), toml::Value::Table(more)) => merge(inner, more),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::CONFIG_FILE_NAME;
    use crate::rules::Severity;

    #[test]
    fn settings_lay_over_the_file_and_tolerate_unknown_keys() {
        let dir = std::env::temp_dir().join(format!("resume-lsp-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(CONFIG_FILE_NAME);
        std::fs::write(
            &file,
            "[rules]\nno-metric = \"off\"\n[limits]\nmax-bullets = 8\n",
        )
        .unwrap();
        let settings = serde_json::json!({ "resume-lsp": {
            "rules": { "tense": "error", "no-such-rule": "off" },
            "limits": { "min-bullets": 1 },
            "long-bullet-words": 20,
            "code-lens": false,
            "path": "/usr/bin/resume-lsp",
            "words": null,
        }});
        let (config, problems) = Config::with_settings(Some(&file), &settings);
        assert_eq!(config.severity("no-metric", Severity::Warning), None);
        assert_eq!(
            config.severity("tense", Severity::Information),
            Some(Severity::Error)
        );
        assert_eq!(
            (config.limits.min_bullets, config.limits.max_bullets),
            (1, 8)
        );
        assert_eq!(config.limits.long_bullet_words, 35);
        assert!(!config.code_lens);
        assert_eq!(config.job, None);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("`long-bullet-words` belongs under `limits`"))
        );
        assert!(problems.iter().any(|p| p.contains("rules.no-such-rule")));

        let (config, problems) = Config::with_settings(
            Some(&file),
            &serde_json::json!({ "limits": { "max-pages": "two" } }),
        );
        assert_eq!(config.limits.max_bullets, 8, "the file still applies");
        assert!(
            problems[0].contains("max-pages") || problems[0].contains("two"),
            "{problems:?}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn job_paths_are_relative_to_where_they_are_written() {
        let dir = std::env::temp_dir().join(format!("resume-lsp-job-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(CONFIG_FILE_NAME);
        std::fs::write(&file, "job = \"jobs/a.md\"\n").unwrap();
        let (config, _) = Config::load(&file);
        assert_eq!(config.job, Some(JobPath::File(dir.join("jobs/a.md"))));
        let (config, problems) = Config::with_settings(Some(&file), &serde_json::json!({}));
        assert_eq!(config.job, Some(JobPath::File(dir.join("jobs/a.md"))));
        assert!(problems.is_empty());
        let (config, _) =
            Config::with_settings(Some(&file), &serde_json::json!({ "job": "postings/b.txt" }));
        assert_eq!(config.job, Some(JobPath::Setting("postings/b.txt".into())));
        let (config, problems) =
            Config::with_settings(Some(&file), &serde_json::json!({ "job": 3 }));
        assert_eq!(config.job, Some(JobPath::File(dir.join("jobs/a.md"))));
        assert!(problems[0].contains("`job`"), "{problems:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
