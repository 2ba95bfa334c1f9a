//! The document's outline (sections → roles → bullets) and the figures shown
//! above each role.

use std::collections::BTreeMap;
use std::ops::Range;

use tower_lsp_server::ls_types::{CodeLens, Command, DocumentSymbol, SymbolKind};

use super::convert;
use crate::Analysis;
use crate::config::Config;
use crate::document::{PositionEncoding, Text};
use crate::resume::dates::DateEnd;
use crate::resume::{Bullet, Role, SectionKind};
use crate::rules::Context;

/// Characters of a bullet shown in the outline.
const BULLET_NAME_CHARS: usize = 60;

pub fn symbols(
    analysis: &Analysis,
    text: &Text,
    encoding: PositionEncoding,
) -> Vec<DocumentSymbol> {
    let range = |span: Range<usize>| convert::range(span, text, encoding);
    analysis
        .resume
        .sections
        .iter()
        .map(|section| {
            let bullets = section
                .bullets
                .iter()
                .map(|bullet| bullet_symbol(bullet, &range));
            let roles = section.roles.iter().map(|role| {
                let span = role_span(role);
                symbol(
                    role_name(role),
                    SymbolKind::OBJECT,
                    range(span),
                    range(role.heading.clone()),
                    role.bullets
                        .iter()
                        .map(|bullet| bullet_symbol(bullet, &range))
                        .collect(),
                )
            });
            let mut children: Vec<DocumentSymbol> = roles.chain(bullets).collect();
            children.sort_by_key(|child| (child.range.start.line, child.range.start.character));
            let mut section_symbol = symbol(
                section.title.clone(),
                SymbolKind::NAMESPACE,
                range(section.span.clone()),
                range(section.heading.clone()),
                children,
            );
            section_symbol.detail = Some(section.kind.name().to_string());
            section_symbol
        })
        .collect()
}

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

fn bullet_symbol(
    bullet: &Bullet,
    range: &impl Fn(Range<usize>) -> tower_lsp_server::ls_types::Range,
) -> DocumentSymbol {
    let text = bullet.prose.text();
    let mut name: String = text.chars().take(BULLET_NAME_CHARS).collect();
    if text.chars().count() > BULLET_NAME_CHARS {
        name.push('…');
    }
    if name.trim().is_empty() {
        name = "(empty bullet)".to_string();
    }
    symbol(
        name,
        SymbolKind::STRING,
        range(bullet.span.clone()),
        range(bullet.span.clone()),
        Vec::new(),
    )
}

#[allow(deprecated)] // `deprecated` is a required field of the type.
fn symbol(
    name: String,
    kind: SymbolKind,
    range: tower_lsp_server::ls_types::Range,
    selection_range: tower_lsp_server::ls_types::Range,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    DocumentSymbol {
        name,
        detail: None,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: (!children.is_empty()).then_some(children),
    }
}

/// A role's figures: its bullets, how many state a quantity, its findings by rule.
pub struct RoleFigures {
    pub bullets: usize,
    pub with_metric: usize,
    pub findings: BTreeMap<&'static str, usize>,
}

impl RoleFigures {
    pub fn of(role: &Role, analysis: &Analysis, config: &Config) -> Self {
        let context = Context {
            config,
            lexicon: &config.lexicon,
        };
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
                .filter(|b| context.has_metric(b.prose.text()))
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

pub fn code_lenses(
    analysis: &Analysis,
    config: &Config,
    text: &Text,
    encoding: PositionEncoding,
) -> Vec<CodeLens> {
    if !config.code_lens {
        return Vec::new();
    }
    analysis
        .resume
        .sections
        .iter()
        .filter(|section| {
            matches!(
                section.kind,
                SectionKind::Experience | SectionKind::Projects
            )
        })
        .flat_map(|section| &section.roles)
        .map(|role| CodeLens {
            range: convert::range(role.heading.clone(), text, encoding),
            // A lens is read, not clicked: an empty command makes it plain text.
            command: Some(Command {
                title: RoleFigures::of(role, analysis, config).summary(),
                command: String::new(),
                arguments: None,
            }),
            data: None,
        })
        .collect()
}
