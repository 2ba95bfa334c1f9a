//! What the editor shows of a role: its name, its extent, and its figures.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::Analysis;
use crate::resume::Role;
use crate::resume::dates::DateEnd;
use crate::rules::lexicon::Lexicon;
use crate::rules::metrics::has_metric;

/// "Senior Engineer · Acme (2021–Present)", with whatever parts are known.
pub fn role_name(role: &Role) -> String {
    let mut name: Vec<&str> = Vec::new();
    name.extend(role.title.as_deref());
    name.extend(role.organisation.as_deref());
    let mut name = if name.is_empty() {
        "Role".to_string()
    } else {
        name.join(" · ")
    };
    if let Some(dates) = &role.dates {
        let end = match dates.end {
            Some(DateEnd::Present) => "Present".to_string(),
            Some(DateEnd::Date(end)) => end.year.to_string(),
            None => String::new(),
        };
        let years = if end.is_empty() {
            dates.start.year.to_string()
        } else {
            format!("{}–{end}", dates.start.year)
        };
        name.push_str(&format!(" ({years})"));
    }
    name
}

/// From a role's header to the end of its last bullet.
pub fn role_span(role: &Role) -> Range<usize> {
    let end = role
        .bullets
        .iter()
        .map(|b| b.span.end)
        .max()
        .unwrap_or(role.heading.end);
    role.heading.start..end.max(role.heading.end)
}

/// A role's figures: its bullets, how many state a quantity, its findings by rule.
pub struct RoleFigures {
    pub bullets: usize,
    pub with_metric: usize,
    pub findings: BTreeMap<&'static str, usize>,
}

impl RoleFigures {
    /// `lexicon` tells technology names from quantities ("S3" is no metric).
    pub fn of(role: &Role, analysis: &Analysis, lexicon: &Lexicon) -> Self {
        let is_technology = |word: &str| lexicon.technology(word).is_some();
        let span = role_span(role);
        let mut findings = BTreeMap::new();
        for finding in analysis
            .findings
            .iter()
            .filter(|f| span.contains(&f.span.start))
        {
            *findings.entry(finding.rule).or_default() += 1;
        }
        Self {
            bullets: role.bullets.len(),
            with_metric: role
                .bullets
                .iter()
                .filter(|b| has_metric(b.prose.text(), is_technology))
                .count(),
            findings,
        }
    }

    /// "4 bullets · 3 with metrics · 1 finding"
    pub fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let findings: usize = self.findings.values().sum();
        format!(
            "{} · {} · {}",
            plural(self.bullets, "bullet", "bullets"),
            plural(self.with_metric, "with a metric", "with metrics"),
            plural(findings, "finding", "findings")
        )
    }
}
