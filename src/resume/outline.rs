//! The model as a person (or a test) reads it: sections, roles with their
//! bullet and stack lines, summary and skill lines, contact visibility and the
//! spans that could not be read, all by 1-based line.

use std::ops::Range;

use serde::Serialize;

use super::dates::DateEnd;
use super::{Resume, SectionKind};
use crate::document::Text;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Outline {
    pub sections: Vec<OutlineSection>,
    pub roles: Vec<OutlineRole>,
    pub summary_lines: Vec<usize>,
    pub skill_lines: Vec<usize>,
    pub contact: OutlineContact,
    pub unread: Vec<OutlineSpan>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutlineSection {
    pub line: usize,
    pub kind: &'static str,
    pub heading: String,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutlineRole {
    pub line: usize,
    pub section_line: usize,
    pub title: String,
    pub organisation: String,
    pub dates: String,
    /// None when the role has no end date to judge by.
    pub ended: Option<bool>,
    pub bullets: Vec<usize>,
    pub stack_lines: Vec<usize>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutlineContact {
    pub email: bool,
    pub link: bool,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct OutlineSpan {
    pub line: usize,
    pub end_line: usize,
    pub reason: String,
}

/// The outline of a resume read from `text`. Roles are those of experience and
/// projects sections, the ones whose bullets are judged as accomplishments.
pub fn outline(resume: &Resume, text: &Text) -> Outline {
    let line = |offset: usize| line_of(text, offset);
    let mut sections = Vec::new();
    if let Some(name) = &resume.header.name {
        sections.push(OutlineSection {
            line: line(resume.header.span.start),
            kind: "header",
            heading: name.clone(),
        });
    }
    let mut roles = Vec::new();
    let mut summary_lines = lines_of(text, resume.header.profile.iter().map(|p| p.source_span()));
    let mut skill_lines = Vec::new();
    for section in &resume.sections {
        let section_line = line(section.heading.start);
        sections.push(OutlineSection {
            line: section_line,
            kind: section.kind.outline_name(),
            heading: section.title.clone(),
        });
        match section.kind {
            SectionKind::Summary => summary_lines.extend(lines_of(
                text,
                section.paragraphs.iter().map(|p| p.source_span()),
            )),
            SectionKind::Skills => skill_lines.extend(lines_of(
                text,
                section.skills.iter().map(|s| s.span.clone()),
            )),
            SectionKind::Experience | SectionKind::Projects => {}
            _ => continue,
        }
        if !matches!(
            section.kind,
            SectionKind::Experience | SectionKind::Projects
        ) {
            continue;
        }
        for role in &section.roles {
            roles.push(OutlineRole {
                line: line(role.heading.start),
                section_line,
                title: role.title.clone().unwrap_or_default(),
                organisation: role.organisation.clone().unwrap_or_default(),
                dates: role
                    .dates
                    .as_ref()
                    .map(|dates| text.slice(dates.span.clone()).into_owned())
                    .unwrap_or_default(),
                ended: role
                    .dates
                    .as_ref()
                    .map(|dates| dates.end != Some(DateEnd::Present)),
                bullets: lines_of(text, role.bullets.iter().map(|b| b.span.clone())),
                stack_lines: lines_of(text, role.stack_lines.iter().map(|p| p.source_span())),
            });
        }
    }
    summary_lines.dedup();
    skill_lines.sort_unstable();
    skill_lines.dedup();
    let contacts = &resume.header.contacts;
    Outline {
        sections,
        roles,
        summary_lines,
        skill_lines,
        contact: OutlineContact {
            email: !contacts.emails.is_empty(),
            link: !contacts.links.is_empty(),
        },
        unread: resume
            .unread
            .iter()
            .map(|unread| OutlineSpan {
                line: line(unread.span.start),
                end_line: line(unread.span.end.saturating_sub(1).max(unread.span.start)),
                reason: unread.reason.to_string(),
            })
            .collect(),
    }
}

/// The 1-based line an offset stands on.
pub fn line_of(text: &Text, offset: usize) -> usize {
    let rope = text.rope();
    rope.byte_to_line(offset.min(rope.len_bytes())) + 1
}

/// The first lines of spans, in order, each once.
fn lines_of(text: &Text, spans: impl Iterator<Item = Range<usize>>) -> Vec<usize> {
    let mut lines: Vec<usize> = spans.map(|span| line_of(text, span.start)).collect();
    lines.dedup();
    lines
}
