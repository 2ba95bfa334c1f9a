//! What the rules are run with, as a config gives it: each rule's severity,
//! the numbers they judge against, and the word lists. The rules read these
//! and never the config itself, which also holds what only the front ends
//! need (which files to lint, the job posting, editor lenses).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Severity;
use super::lexicon::Lexicon;

/// Per rule id: a severity, or None when turned off. A rule not named keeps
/// its own severity.
pub type Severities = HashMap<String, Option<Severity>>;

#[derive(Clone, Copy)]
pub struct Settings<'a> {
    pub severities: &'a Severities,
    pub limits: &'a Limits,
    pub lexicon: &'a Lexicon,
}

impl Settings<'_> {
    /// A rule's severity, or None when it is turned off.
    pub fn severity(&self, id: &str, default: Severity) -> Option<Severity> {
        self.severities.get(id).copied().unwrap_or(Some(default))
    }
}

/// A number in `[limits]`, declared by the rule that judges against it
/// ([`super::Rule::limits`]): the config's known keys and the editor's
/// settings are made from these.
#[derive(Debug)]
pub struct LimitInfo {
    /// Its key in `[limits]`: "long-bullet-words".
    pub key: &'static str,
    /// What it sets, after the rule's id: "words above which a bullet is too long".
    pub about: &'static str,
    /// The least value that makes sense.
    pub minimum: f64,
}

/// The numbers rules judge against; each field is declared by its rule.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
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
    /// Files larger than this are not read as resumes (`too-large`).
    pub max_file_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            long_bullet_words: 35,
            min_bullets: 2,
            max_bullets: 6,
            max_pages: 2.0,
            repeated_verb: 3,
            max_file_bytes: 1024 * 1024,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_limit_is_declared_by_a_rule() {
        let fields = toml::Table::try_from(Limits::default()).unwrap();
        let mut fields: Vec<&str> = fields.keys().map(String::as_str).collect();
        let mut declared: Vec<&str> = crate::rules::limits().map(|(_, limit)| limit.key).collect();
        fields.sort();
        declared.sort();
        assert_eq!(fields, declared);
    }
}
