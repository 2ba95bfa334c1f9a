//! What the rules are run with, as a config gives it: each rule's severity,
//! the numbers they judge against, and the word lists. The rules read these
//! and never the config itself, which also holds what only the front ends
//! need (which files to lint, the job posting, editor lenses).

use std::collections::HashMap;

use serde::Deserialize;

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
