//! Builds the resume model from the block tree: which lines are the header,
//! where sections start, which lines open a role, and which items are bullets.

use std::ops::Range;

use tree_sitter::Tree;

use super::blocks::{Block, LineEmphasis, blocks};
use super::dates::find_date_range;
use super::prose::Prose;
use super::role_line::{RoleLine, parse_role_line};
use super::sections::{SectionKind, classify_title, is_contact_title};
use super::skills::read_skills;
use super::{Bullet, Resume, Role, Section};
use crate::document::Text;

/// Lines with more words than this under a role header describe it; they are not
/// part of the header.
const MAX_HEADER_LINE_WORDS: usize = 12;

pub fn build(tree: &Tree, text: &Text) -> Resume {
    let blocks = blocks(tree.root_node(), text);
    let mut builder = Builder {
        section_level: section_level(&blocks),
        ..Builder::default()
    };
    for block in blocks {
        builder.add(block);
    }
    builder.finish(text)
}

/// The heading level of sections: that of the first heading naming a known section.
fn section_level(blocks: &[Block]) -> Option<u8> {
    blocks.iter().find_map(|block| match block {
        Block::Heading { level, prose, .. } => {
            classify_title(prose.text()).is_some().then_some(*level)
        }
        _ => None,
    })
}

#[derive(Default)]
struct Builder {
    resume: Resume,
    section_level: Option<u8>,
    /// The list depth of the item that opened the current role, if an item did.
    role_item_depth: Option<usize>,
}

impl Builder {
    fn add(&mut self, block: Block) {
        match block {
            Block::Heading { level, prose, span } => self.add_heading(level, prose, span),
            Block::Line {
                prose,
                emphasis,
                span,
            } => self.add_line(prose, emphasis, span),
            Block::Item {
                depth,
                prose,
                has_children,
                span,
            } => self.add_item(depth, prose, has_children, span),
            Block::TableRow { cells } => self.add_table_row(cells),
        }
    }

    fn add_heading(&mut self, level: u8, prose: Prose, span: Range<usize>) {
        let kind = classify_title(prose.text());
        let in_header = self.resume.sections.is_empty();
        let opens_section = match self.section_level {
            Some(section_level) => level == section_level || (level < section_level && !in_header),
            None => false,
        };
        if opens_section {
            self.start_section(kind.unwrap_or(SectionKind::Other), &prose, span);
        } else if in_header {
            self.name_candidate(&prose);
        } else if self.kind().is_some_and(SectionKind::has_roles) {
            self.start_role(parse_role_line(&prose), span);
        }
    }

    fn add_line(&mut self, prose: Prose, emphasis: LineEmphasis, span: Range<usize>) {
        if emphasis == LineEmphasis::Whole
            && let Some(kind) = classify_title(prose.text())
        {
            self.start_section(kind, &prose, span);
            return;
        }
        let Some(kind) = self.kind() else {
            if emphasis == LineEmphasis::Whole || self.resume.header.name.is_none() {
                self.name_candidate(&prose);
            }
            return;
        };
        match kind {
            SectionKind::Skills => read_skills(&prose, &mut self.section().skills),
            kind if kind.has_roles() => self.add_role_line(prose, emphasis, span),
            _ => self.section().paragraphs.push(prose),
        }
    }

    /// A line in a section of roles: more of an open role's header, the header of
    /// a new role, or a sentence about the role.
    fn add_role_line(&mut self, prose: Prose, emphasis: LineEmphasis, span: Range<usize>) {
        let words = prose.text().split_whitespace().count();
        let line = parse_role_line(&prose);
        if words <= MAX_HEADER_LINE_WORDS
            && let Some(role) = self.open_role()
        {
            let later = line;
            role.heading.end = role.heading.end.max(span.end);
            merge_role_line(role, later);
        } else if line.dates.is_some() || emphasis != LineEmphasis::None {
            self.start_role(line, span);
        } else {
            self.section().paragraphs.push(prose);
        }
    }

    fn add_item(&mut self, depth: usize, prose: Prose, has_children: bool, span: Range<usize>) {
        let Some(kind) = self.kind() else {
            return;
        };
        if kind == SectionKind::Skills {
            read_skills(&prose, &mut self.section().skills);
            return;
        }
        let opens_role = kind.has_roles()
            && depth == 0
            && has_children
            && (self.current_role().is_none()
                || self.role_item_depth.is_some()
                || find_date_range(prose.text()).is_some());
        if opens_role {
            self.start_role(parse_role_line(&prose), span);
            self.role_item_depth = Some(depth);
            return;
        }
        let bullet = Bullet {
            span: prose.source_span(),
            prose,
            depth,
        };
        match self.current_role() {
            Some(role) => role.bullets.push(bullet),
            None => self.section().bullets.push(bullet),
        }
    }

    fn add_table_row(&mut self, cells: Vec<Prose>) {
        if self.kind() != Some(SectionKind::Skills) {
            return;
        }
        let skills = &mut self.section().skills;
        match cells.split_first() {
            Some((category, items)) if !items.is_empty() => {
                let first_new = skills.len();
                for cell in items {
                    read_skills(cell, skills);
                }
                let category = category.text().trim().to_string();
                for skill in &mut skills[first_new..] {
                    skill.category.get_or_insert_with(|| category.clone());
                }
            }
            _ => cells.iter().for_each(|cell| read_skills(cell, skills)),
        }
    }

    fn name_candidate(&mut self, prose: &Prose) {
        let name = prose.text().trim();
        if self.resume.header.name.is_none() && !name.is_empty() {
            self.resume.header.name = Some(name.to_string());
        }
    }

    fn start_section(&mut self, kind: SectionKind, title: &Prose, heading: Range<usize>) {
        self.role_item_depth = None;
        self.resume.sections.push(Section {
            kind,
            title: title.text().trim().to_string(),
            span: heading.clone(),
            heading,
            roles: Vec::new(),
            bullets: Vec::new(),
            paragraphs: Vec::new(),
            skills: Vec::new(),
        });
    }

    fn start_role(&mut self, line: RoleLine, heading: Range<usize>) {
        self.role_item_depth = None;
        let mut role = Role {
            title: None,
            organisation: None,
            location: None,
            dates: None,
            heading,
            bullets: Vec::new(),
        };
        merge_role_line(&mut role, line);
        self.section().roles.push(role);
    }

    fn kind(&self) -> Option<SectionKind> {
        self.resume.sections.last().map(|section| section.kind)
    }

    /// The current section; only called once one exists.
    fn section(&mut self) -> &mut Section {
        self.resume
            .sections
            .last_mut()
            .expect("blocks after the header belong to a section")
    }

    fn current_role(&mut self) -> Option<&mut Role> {
        self.resume.sections.last_mut()?.roles.last_mut()
    }

    /// A role whose header can still grow: opened by a heading or a line, no bullets yet.
    fn open_role(&mut self) -> Option<&mut Role> {
        let from_item = self.role_item_depth.is_some();
        self.current_role()
            .filter(|role| role.bullets.is_empty() && !from_item)
    }

    fn finish(mut self, text: &Text) -> Resume {
        let end = text.len_bytes();
        let starts: Vec<usize> = self
            .resume
            .sections
            .iter()
            .map(|s| s.heading.start)
            .collect();
        for (i, section) in self.resume.sections.iter_mut().enumerate() {
            section.span = section.heading.start..starts.get(i + 1).copied().unwrap_or(end);
        }
        let header_end = starts.first().copied().unwrap_or(end);
        let contacts = &mut self.resume.header.contacts;
        contacts.scan(&text.slice(0..header_end), 0);
        for section in &self.resume.sections {
            if is_contact_title(&section.title) {
                contacts.scan(&text.slice(section.span.clone()), section.span.start);
            }
        }
        self.resume
    }
}

fn merge_role_line(role: &mut Role, line: RoleLine) {
    role.title = role.title.take().or(line.title);
    role.organisation = role.organisation.take().or(line.organisation);
    role.location = role.location.take().or(line.location);
    role.dates = role.dates.take().or(line.dates);
}
