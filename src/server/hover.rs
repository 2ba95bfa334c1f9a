//! Hovers: a finding's explanation, a role's figures, a technology's official
//! name and kind, an action verb's stronger siblings.

use std::ops::Range;

use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use crate::Analysis;
use crate::assist::roles::{RoleFigures, role_name};
use crate::config::Config;
use crate::job::JobReport;
use crate::rules::words::first_word;
use crate::rules::{Finding, RuleInfo};

/// Verbs offered as stronger alternatives.
const ALTERNATIVES: usize = 8;

/// The hover's Markdown text and the document span it is about.
/// On the first line, where the job lens stands, the job match's breakdown
/// follows any findings there.
pub fn hover_at(
    analysis: &Analysis,
    config: &Config,
    offset: usize,
    job: Option<(&JobReport, Range<usize>)>,
) -> Option<(String, Range<usize>)> {
    let findings = finding_hover(analysis, offset);
    if let Some((job, line)) = job.filter(|(_, line)| offset <= line.end) {
        return Some(match findings {
            Some((text, _)) => (format!("{}\n\n---\n\n{text}", job.breakdown()), line),
            None => (job.breakdown(), line),
        });
    }
    findings
        .or_else(|| role_hover(analysis, config, offset))
        .or_else(|| word_hover(analysis, config, offset))
}

/// The explanation of each rule with a finding under the cursor, narrowest
/// finding first. The editor shows each finding's message already, so the
/// hover does not repeat it.
fn finding_hover(analysis: &Analysis, offset: usize) -> Option<(String, Range<usize>)> {
    let mut findings: Vec<&Finding> = analysis
        .findings
        .iter()
        .filter(|f| f.span.contains(&offset) || f.span.end == offset)
        .collect();
    findings.sort_by_key(|finding| finding.span.len());
    let first = findings.first()?;
    let mut rules: Vec<&str> = Vec::new();
    for finding in &findings {
        if !rules.contains(&finding.rule) {
            rules.push(finding.rule);
        }
    }
    let sections: Vec<String> = rules
        .iter()
        .filter_map(|id| crate::rules::rule(id))
        .map(|rule| explanation(rule.info()))
        .collect();
    Some((sections.join("\n\n---\n\n"), first.span.clone()))
}

/// A rule's explanation sized for a hover: a bold title line, then why it
/// matters, how to fix it and an example, without headings that would
/// outsize the document's own.
fn explanation(rule: &RuleInfo) -> String {
    format!(
        "**{}** (`{}`)\n\n{}\n\n**Fix:** {}\n\n**Example:** *{}* → *{}*",
        rule.name, rule.id, rule.why, rule.fix, rule.weak, rule.strong
    )
}

/// On a role's header: its bullets, how many state a quantity, findings by rule.
fn role_hover(
    analysis: &Analysis,
    config: &Config,
    offset: usize,
) -> Option<(String, Range<usize>)> {
    let role = analysis
        .resume
        .sections
        .iter()
        .flat_map(|section| &section.roles)
        .find(|role| role.heading.contains(&offset))?;
    let figures = RoleFigures::of(role, analysis, &config.lexicon);
    let mut text = format!(
        "**{}**\n\n{} bullets, {} with a metric",
        role_name(role),
        figures.bullets,
        figures.with_metric
    );
    if figures.findings.is_empty() {
        text.push_str("\n\nNo findings.");
    } else {
        text.push_str("\n\nFindings:");
        for (rule, count) in &figures.findings {
            text.push_str(&format!("\n- `{rule}`: {count}"));
        }
    }
    Some((text, role.heading.clone()))
}

/// On a known technology or an opening action verb.
fn word_hover(
    analysis: &Analysis,
    config: &Config,
    offset: usize,
) -> Option<(String, Range<usize>)> {
    let lexicon = &config.lexicon;
    let resume = &analysis.resume;
    let bullets = resume.bullets().map(|(_, _, bullet)| &bullet.prose);
    let skills = resume
        .sections
        .iter()
        .flat_map(|s| &s.skills)
        .map(|skill| &skill.prose);
    let paragraphs = resume.sections.iter().flat_map(|s| &s.paragraphs);
    let prose = bullets
        .chain(skills)
        .chain(paragraphs)
        .find(|p| p.source_span().contains(&offset))?;
    let text = prose.text();
    for (range, technology) in lexicon.technologies_in(text) {
        let span = prose.source_range(range);
        if span.contains(&offset) {
            let kind = technology.category.replace('-', " ");
            return Some((format!("**{}** · {kind}", technology.name), span));
        }
    }
    let word = first_word(text, 0)?;
    let span = prose.source_range(word.range());
    let (category, _) = lexicon.verb(word.text).filter(|_| span.contains(&offset))?;
    let others: Vec<&str> = category
        .verbs
        .iter()
        .map(|verb| verb.past.as_str())
        .filter(|verb| !verb.eq_ignore_ascii_case(word.text))
        .take(ALTERNATIVES)
        .collect();
    let text = format!(
        "**{}**: a verb for work that {}.\n\nOthers of its kind: {}",
        word.text,
        category.summary,
        others.join(", ")
    );
    Some((text, span))
}

/// The hover itself, in Markdown or, for clients that take none, plain text.
pub fn hover(
    markdown_text: String,
    range: tower_lsp_server::ls_types::Range,
    markdown: bool,
) -> Hover {
    let (kind, value) = if markdown {
        (MarkupKind::Markdown, markdown_text)
    } else {
        (MarkupKind::PlainText, plain_text(&markdown_text))
    };
    Hover {
        contents: HoverContents::Markup(MarkupContent { kind, value }),
        range: Some(range),
    }
}

/// Markdown read as plain text: without heading marks, emphasis and code ticks.
fn plain_text(markdown: &str) -> String {
    markdown
        .lines()
        .map(|line| {
            line.trim_start_matches(['#', '>', ' '])
                .replace(['*', '`'], "")
        })
        .collect::<Vec<_>>()
        .join("\n")
}
