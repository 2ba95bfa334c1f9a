//! The rule catalogue: each rule is one file holding its id, severity,
//! explanation and check; [`RULES`] lists them all.

mod vague_verb;

use std::ops::Range;

use crate::resume::{Bullet, Resume, Role, Section};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "info",
            Severity::Hint => "hint",
        }
    }
}

/// What every surface (diagnostics, hovers, `explain`) says about a rule.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable kebab-case id, used in diagnostics, config and disable comments.
    pub id: &'static str,
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// Markdown: why it matters, how to fix it, a weak and a strong example.
    pub explanation: &'static str,
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// Byte range in the document.
    pub span: Range<usize>,
    pub message: String,
}

/// Where a bullet stands, for rules that judge bullets differently by section.
#[derive(Debug, Clone, Copy)]
pub struct BulletContext<'a> {
    pub section: &'a Section,
    pub role: Option<&'a Role>,
}

pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;

    /// Checks one bullet; most rules only need this.
    fn check_bullet(&self, _bullet: &Bullet, _context: BulletContext, _out: &mut Vec<Finding>) {}

    /// Checks what only the whole resume shows (section order, counts, dates).
    fn check_resume(&self, _resume: &Resume, _out: &mut Vec<Finding>) {}
}

/// Every rule, in the order they are listed to users.
pub static RULES: &[&dyn Rule] = &[&vague_verb::VagueVerb];

pub fn rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|rule| rule.info().id == id)
}

/// Runs every rule over a resume; findings come sorted by position.
pub fn lint(resume: &Resume) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in RULES {
        for (section, role, bullet) in resume.bullets() {
            rule.check_bullet(bullet, BulletContext { section, role }, &mut findings);
        }
        rule.check_resume(resume, &mut findings);
    }
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
    });
    findings
}

/// A finding of `rule` on a range of a bullet's words.
pub fn bullet_finding(
    info: &'static RuleInfo,
    bullet: &Bullet,
    words: Range<usize>,
    message: String,
) -> Finding {
    Finding {
        rule: info.id,
        severity: info.severity,
        span: bullet.prose.source_range(words),
        message,
    }
}
