//! Builds the resume model from the block tree: which lines are the header,
//! where sections start, which lines open a role, and which items are bullets.

use std::ops::Range;

use tree_sitter::Tree;

use std::rc::Rc;

use super::blocks::{Block, LineEmphasis, Paragraph, blocks};
use super::contacts::Contacts;
use super::data::Part;
use super::dates::{DateEnd, find_date_range};
use super::detect::front_matter_value;
use super::html;
use super::labels::{
    is_about_organisation, is_context_label, is_context_line, is_label, is_name_list, is_pointer,
    is_role_field, is_stack_label, is_stack_line, only_links_away, stack_runs, titles_an_entry,
};
use super::prose::Prose;
use super::role_line::{
    RoleLine, ends_with_title_word, has_title_word, names_degree_or_school, parse_role_line,
};
use super::sections::{SectionKind, classify_title, is_contact_title};
use super::skills::read_skills;
use super::{Bullet, Resume, Role, Section, Unread};
use crate::document::Text;

/// Lines with more words than this under a role header describe it; they are not
/// part of the header.
const MAX_HEADER_LINE_WORDS: usize = 12;
/// A name longer than this is a sentence about the person, not their name.
const MAX_NAME_WORDS: usize = 5;
/// What stands between a name and the rest of its line: "Ana Ruiz - Engineer".
const NAME_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " • "];
/// How far into a document its front matter is looked for.
const FRONT_MATTER_BYTES: usize = 4096;
/// Titles of the document itself, which are not the person's name.
/// Most words in the title of a section that stands below another's heading:
/// "Side Projects", "Projects and Talks".
const MAX_SUB_SECTION_TITLE_WORDS: usize = 3;

/// Words of a dated line that tell when the writer left a job.
const LEAVING_WORDS: &[&str] = &["退社", "退職", "離職", "left the company"];

const DOCUMENT_TITLES: &[&str] = &["resume", "résumé", "cv", "curriculum vitae"];

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

/// The heading level of sections: the highest of the headings naming a known
/// section other than "other" ones, which may stand at any level.
fn section_level(blocks: &[Block]) -> Option<u8> {
    blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading {
                level,
                prose,
                links_away: false,
                ..
            } => section_kind(prose)
                .filter(|kind| *kind != SectionKind::Other)
                .map(|_| *level),
            _ => None,
        })
        .min()
}

/// The kind of section a heading or bold line opens. A line naming a job
/// ("Full Stack Developer") or carrying dates names a role, whatever its words.
fn section_kind(prose: &Prose) -> Option<SectionKind> {
    let text = prose.text();
    let names_role = has_title_word(text)
        && [" | ", " at ", " @ ", ", ", " - ", " – ", " — "]
            .iter()
            .any(|separator| text.contains(separator));
    if names_role || find_date_range(text).is_some() {
        return None;
    }
    classify_title(text)
}

#[derive(Default)]
struct Builder {
    resume: Resume,
    section_level: Option<u8>,
    /// The list depth of the item that opened the current role, if an item did.
    role_item_depth: Option<usize>,
    /// The level of the heading that opened the current role, if a heading did.
    role_heading_level: Option<u8>,
    /// The previous block, when it was a short plain line kept as a paragraph of
    /// a section of roles: a dates line right after it makes it a role's header.
    loose_line: Option<(Prose, Range<usize>)>,
    /// Whether the roles of the current section are opened by headings at
    /// the section level ("### Work Experience", "### Acme"). When its roles
    /// stand on deeper headings or items, a heading at that level starts a new
    /// section ("# FAQ" after "## Acme" roles under "# Experience").
    roles_at_section_level: bool,
    /// What the current role's lines are under its latest label or sub-heading.
    group: Group,
    /// The end of a paragraph already taken whole as a bullet: its later lines
    /// are part of it.
    taken_until: usize,
    /// Where the bullets under a role's projects label start, in document
    /// order: never a list of tools.
    project_bullets: Vec<usize>,
    /// The previous block, when it was a heading in the header naming a job
    /// ("# Backend Developer"): a profile right under it makes it the summary.
    job_title_heading: Option<(Prose, Range<usize>)>,
}

/// What the lines under a role's label or sub-heading are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Group {
    #[default]
    Accomplishments,
    /// Technologies used ("### Stack", "**Technologies:**").
    Stack,
    /// Work done in the role, named one per line ("### Projects"): short
    /// names that are not a list of tools.
    Projects,
    /// What the product or company is ("Project description:"): context for
    /// the reader, not the writer's work.
    Context,
}

impl Builder {
    fn add(&mut self, block: Block) {
        let loose_line = self.loose_line.take();
        if let Some((title, heading)) = self.job_title_heading.take()
            && let Block::Line {
                paragraph: Some((paragraph, 0)),
                ..
            } = &block
            && is_profile(paragraph.prose.text())
        {
            self.start_section(SectionKind::Summary, &title, heading);
        }
        match block {
            Block::Heading {
                level,
                prose,
                span,
                links_away,
            } => self.add_heading(level, prose, span, links_away),
            Block::Line {
                prose,
                emphasis,
                span,
                paragraph,
            } => {
                if span.start < self.taken_until {
                    return;
                }
                self.add_line(prose, emphasis, span, loose_line, paragraph)
            }
            Block::Item {
                depth,
                prose,
                has_children,
                link_only,
                emphasis,
                span,
                inline,
            } => {
                if depth == 0
                    && emphasis == LineEmphasis::Whole
                    && self.add_header_item(&prose, span.clone())
                {
                    return;
                }
                self.add_item(depth, prose, has_children, link_only, span, inline)
            }
            Block::TableRow { cells, row, span } => self.add_table_row(cells, row, span),
            Block::Code { span } => self.add_unread(span, "a code block"),
            Block::Field { part, prose, span } => self.add_field(part, prose, span),
        }
    }

    /// A value of a resume written as data, read by what its key says it is.
    /// Outside sections of roles it reads as a line ("summary", "keywords").
    fn add_field(&mut self, part: Part, prose: Prose, span: Range<usize>) {
        if !self.kind().is_some_and(SectionKind::has_roles) {
            if part != Part::Other {
                self.add_line(prose, LineEmphasis::None, span, None, None);
            }
            return;
        }
        match part {
            Part::Organisation | Part::Title => self.add_role_name(part, prose, span),
            Part::Dates => {
                if let Some(role) = self.current_role() {
                    add_date(role, parse_role_line(&prose).dates);
                }
            }
            Part::Accomplishment => self.add_bullet(prose, 0, span),
            Part::Description => {
                self.add_bullet(prose, 0, span);
                if let Some(bullet) = self.current_role().and_then(|role| role.bullets.last_mut()) {
                    bullet.in_paragraph = true;
                }
            }
            Part::Stack => self.add_stack_line(prose),
            Part::Other => {}
        }
    }

    /// A role's name given as data fills the open role, unless it has that
    /// part already: then it names the next role.
    fn add_role_name(&mut self, part: Part, prose: Prose, span: Range<usize>) {
        let name = Some(prose.text().trim().to_string());
        let line = match part {
            Part::Title => RoleLine {
                title: name,
                ..RoleLine::default()
            },
            _ => RoleLine {
                organisation: name,
                ..RoleLine::default()
            },
        };
        let fills = self.open_role().is_some_and(|role| match part {
            Part::Title => role.title.is_none(),
            _ => role.organisation.is_none(),
        });
        match self.open_role() {
            Some(role) if fills => merge_role_line(role, line),
            _ => self.start_role(line, span),
        }
    }

    fn add_heading(&mut self, level: u8, prose: Prose, span: Range<usize>, links_away: bool) {
        let kind = section_kind(&prose).filter(|_| !links_away);
        if self.opens_section(level, kind, prose.text()) {
            self.start_section(kind.unwrap_or(SectionKind::Other), &prose, span);
        } else if self.resume.sections.is_empty() {
            // Before the first section, a heading we cannot name ("Bangalore,
            // India", a job title under the name) is still part of the header.
            let named_before = self.resume.header.name.is_some();
            self.name_candidate(&prose);
            let is_the_name = !named_before && self.resume.header.name.is_some();
            if !is_the_name && ends_with_title_word(prose.text()) {
                self.job_title_heading = Some((prose, span));
            }
        } else if self.kind().is_some_and(SectionKind::has_roles) {
            self.add_role_heading(level, prose, span);
        }
    }

    /// Whether a heading of `level` naming `kind` starts a section. A known
    /// title starts one at the section level or above, or below it when it
    /// names another kind than the current section's and stands outside any
    /// role ("### Projects" under "## Experience"). Titles of other sections
    /// ("Languages") and unknown titles only at the section level or above,
    /// and an unknown one at the section level not in a section of roles,
    /// whose entries such headings name. At the level of the section's role
    /// headings, a long title is one more role whose name holds a section
    /// word ("Lumen Soluções em Tecnologia").
    fn opens_section(&self, level: u8, kind: Option<SectionKind>, title: &str) -> bool {
        let Some(section_level) = self.section_level else {
            return false;
        };
        let in_roles = self.kind().is_some_and(SectionKind::has_roles);
        let inside_role = self.role_heading_level.is_some_and(|role| level > role);
        let names_a_role = self.role_heading_level == Some(level)
            && title
                .split_whitespace()
                .filter(|word| word.chars().any(char::is_alphanumeric))
                .count()
                > MAX_SUB_SECTION_TITLE_WORDS;
        match kind {
            Some(SectionKind::Other) => level <= section_level,
            Some(kind) => {
                level <= section_level
                    || (self.kind() != Some(kind) && !inside_role && !names_a_role)
            }
            None if self.resume.sections.is_empty() => false,
            None => {
                level < section_level
                    || (level == section_level
                        && (!in_roles || !(self.roles_at_section_level || self.no_roles_yet())))
            }
        }
    }

    /// A heading below a role's heading adds to that role: its dates or place
    /// while its header is open, else a group of its bullets ("Front-end").
    fn add_role_heading(&mut self, level: u8, prose: Prose, span: Range<usize>) {
        let below_role = self.role_heading_level.is_some_and(|role| level > role);
        if below_role && self.current_role().is_some() {
            self.group = Group::Accomplishments;
            if self.is_group_label(prose.text(), true) {
                return;
            }
            if let Some(role) = self.open_role() {
                role.heading.end = role.heading.end.max(span.end);
                merge_role_line(role, parse_role_line(&prose));
            } else if ends_with_title_word(prose.text()) {
                // "#### Site Reliability Engineer" after the bullets of another
                // title at the same employer: a role of its own there.
                self.start_title_at_same_employer(parse_role_line(&prose), span);
            }
            return;
        }
        self.start_role(parse_role_line(&prose), span);
        self.role_heading_level = Some(level);
        if self.section_level == Some(level) {
            self.roles_at_section_level = true;
        }
    }

    fn start_title_at_same_employer(&mut self, line: RoleLine, span: Range<usize>) {
        let parent_level = self.role_heading_level;
        let organisation = self
            .current_role()
            .and_then(|role| role.organisation.clone());
        self.start_role(line, span);
        self.role_heading_level = parent_level;
        if let Some(role) = self.current_role() {
            role.organisation = role.organisation.take().or(organisation);
        }
    }

    fn add_line(
        &mut self,
        prose: Prose,
        emphasis: LineEmphasis,
        span: Range<usize>,
        loose_line: Option<(Prose, Range<usize>)>,
        paragraph: Option<(Rc<Paragraph>, usize)>,
    ) {
        if self.kind().is_some_and(SectionKind::has_roles) {
            // "tumblelog" then ": A static blog generator …", on the next line
            // or after a blank one: a term and its definition, as Pandoc
            // writes them: a project and what was made.
            if let Some((term, term_span)) = &loose_line
                && let Some((paragraph, from)) = &paragraph
                && let Some(marker) = paragraph
                    .prose
                    .text()
                    .get(*from..)
                    .and_then(definition_marker)
            {
                self.section().paragraphs.pop();
                self.start_role(parse_role_line(term), term_span.clone());
                self.add_prose_bullet(paragraph, from + marker);
                return;
            }
            if defines_next_line(paragraph.as_ref()) {
                self.section().paragraphs.push(prose.clone());
                self.loose_line = Some((prose, span));
                return;
            }
        }
        if self.kind().is_some_and(SectionKind::has_roles) && self.current_role().is_some() {
            if is_stack_line(prose.text()) || self.group == Group::Stack && !is_label(prose.text())
            {
                self.add_stack_line(prose);
                return;
            }
            if self.is_group_label(prose.text(), false) {
                return;
            }
            if self.group == Group::Context || is_context_line(prose.text()) {
                self.section().paragraphs.push(prose);
                return;
            }
        }
        // A bold "Work Experience" inside Experience names a role, not a new section.
        if emphasis == LineEmphasis::Whole
            && let Some(kind) = section_kind(&prose)
            && self.kind() != Some(kind)
        {
            self.start_section(kind, &prose, span);
            return;
        }
        let Some(kind) = self.kind() else {
            if emphasis == LineEmphasis::Whole || self.resume.header.name.is_none() {
                self.name_candidate(&prose);
            }
            // The lines of a paragraph of sentences under the name are an
            // unheaded profile.
            let whole = paragraph
                .as_ref()
                .map_or(prose.text(), |(p, _)| p.prose.text());
            if is_profile(whole) {
                self.resume.header.profile.push(prose);
            }
            return;
        };
        match kind {
            SectionKind::Skills => read_skills(&prose, &mut self.section().skills),
            kind if kind.has_roles() => {
                self.add_role_line(prose, emphasis, span, loose_line, paragraph)
            }
            _ => self.section().paragraphs.push(prose),
        }
    }

    /// A line in a section of roles: more of an open role's header, the header of
    /// a new role, or a sentence about the role.
    fn add_role_line(
        &mut self,
        prose: Prose,
        emphasis: LineEmphasis,
        span: Range<usize>,
        loose_line: Option<(Prose, Range<usize>)>,
        paragraph: Option<(Rc<Paragraph>, usize)>,
    ) {
        // "Acme builds drones for farmers …": a paragraph about the employer.
        if let Some((paragraph, 0)) = &paragraph
            && self.is_about_employer(paragraph.prose.text())
        {
            self.taken_until = paragraph.inline.end;
            self.section().paragraphs.push(paragraph.prose.clone());
            return;
        }
        let line = parse_role_line(&prose);
        // "2019-06-30 に退社": the day the writer left, not another role.
        if line.dates.is_some() && LEAVING_WORDS.iter().any(|w| prose.text().contains(w)) {
            self.section().paragraphs.push(prose);
            return;
        }
        // The first line of a paragraph of sentences under a named role starts
        // an accomplishment, however short: "Led the platform team" wrapped.
        let opens_prose = paragraph.as_ref().is_some_and(|(paragraph, from)| {
            let whole = paragraph.prose.text();
            *from == 0
                && whole.split_whitespace().count() > MAX_HEADER_LINE_WORDS
                && is_sentence(whole)
        }) && line.dates.is_none()
            && emphasis == LineEmphasis::None
            && self
                .current_role()
                .is_some_and(|role| role.title.is_some() || role.organisation.is_some());
        let header_like = may_head_a_role(prose.text()) && !opens_prose;
        // A second dated line does not add to a header that has its dates: it
        // opens the next role, as in a list of one-line roles.
        let dated_again =
            line.dates.is_some() && self.open_role().is_some_and(|role| role.dates.is_some());
        if header_like
            && !dated_again
            && let Some(role) = self.open_role()
        {
            role.heading.end = role.heading.end.max(span.end);
            merge_role_line(role, line);
        } else if line.dates.is_some()
            && let Some((previous, previous_span)) = loose_line
        {
            // "B.Eng. …, Oakridge University" then "2014 — 2018": one role's header.
            self.section().paragraphs.pop();
            self.start_role(parse_role_line(&previous), previous_span.start..span.end);
            if let Some(role) = self.current_role() {
                merge_role_line(role, line);
            }
        } else if header_like && (line.dates.is_some() || emphasis != LineEmphasis::None) {
            self.start_role(line, span);
        } else if let Some(title) = title_before_dates(&prose, rest_of(paragraph.as_ref()))
            && let Some(role) = self.open_role().filter(|role| role.dates.is_none())
        {
            // "*Staff Engineer*: platform and tooling." then "Jan 2020 – now":
            // the title, a line on what the job was, then its dates.
            role.heading.end = role.heading.end.max(span.end);
            merge_role_line(role, parse_role_line(&title));
        } else if !header_like && emphasis == LineEmphasis::Whole {
            // A sentence all in bold between entries is the writer's note to
            // the reader ("**The next three projects are parts of one app.**").
            self.section().paragraphs.push(prose);
        } else if !header_like
            && self.current_role().is_some()
            && let Some((paragraph, from)) = paragraph
        {
            self.add_prose_bullet(&paragraph, from);
        } else if !header_like && self.current_role().is_some() && !is_pointer(prose.text()) {
            // A line of an HTML block under a role: one accomplishment a line.
            self.add_bullet(prose, 0, span);
        } else {
            if header_like {
                self.loose_line = Some((prose.clone(), span));
            }
            self.section().paragraphs.push(prose);
        }
    }

    fn add_item(
        &mut self,
        depth: usize,
        prose: Prose,
        has_children: bool,
        link_only: bool,
        span: Range<usize>,
        inline: Range<usize>,
    ) {
        let Some(kind) = self.kind() else {
            return;
        };
        if kind == SectionKind::Skills {
            read_skills(&prose, &mut self.section().skills);
            return;
        }
        let among_item_roles = self.current_role().is_none() || self.role_item_depth.is_some();
        let (dated, degree) = item_role_marks(kind, &prose);
        // In Projects with no project named yet, each top-level item names one.
        let project_item = kind == SectionKind::Projects && among_item_roles;
        // A dated item with nothing under it, among roles: a role on one line.
        let one_line_role =
            dated && among_item_roles && !link_only && kind == SectionKind::Experience;
        // "- **Junior Developer:**" with the role's lines after it, among roles.
        let titles_a_role =
            among_item_roles && kind == SectionKind::Experience && titles_an_entry(prose.text());
        let opens_role = kind.has_roles()
            && depth == 0
            && ((has_children && (among_item_roles || dated))
                || one_line_role
                || titles_a_role
                || (degree && among_item_roles)
                || project_item);
        if opens_role {
            let name = prose.text().trim_end().trim_end_matches([':', '：']).len();
            self.start_role(parse_role_line(&prose.slice(0..name)), span);
            self.role_item_depth = Some(depth);
            return;
        }
        // A link to the work, or to a place in the page, is not an
        // accomplishment; nor is a line pointing to more elsewhere.
        if link_only || is_pointer(prose.text()) {
            return;
        }
        if self.current_role().is_some() {
            // "- Responsibilities:" or "- Tech used:" over nested items labels them.
            if self.is_group_label(prose.text(), false) || is_role_field(prose.text()) {
                return;
            }
            let text = prose.text();
            if self.group == Group::Stack || is_stack_line(text) || is_name_list(text) {
                self.add_stack_line(prose);
                return;
            }
            if self.group == Group::Context || is_context_line(text) {
                return;
            }
            if self.is_about_employer(text) {
                return;
            }
        }
        self.add_bullet(prose, depth, inline);
    }

    /// An accomplishment of the current role, or of the section outside roles.
    fn add_bullet(&mut self, prose: Prose, depth: usize, block: Range<usize>) {
        if self.group == Group::Projects {
            self.project_bullets.push(block.start);
        }
        let bullet = Bullet {
            span: prose.source_span(),
            prose,
            depth,
            block,
            in_paragraph: false,
        };
        match self.current_role() {
            Some(role) => role.bullets.push(bullet),
            None => self.section().bullets.push(bullet),
        }
    }

    /// A top-level item all in bold with dates ("- **2020 – 2023: Engineer,
    /// Acme**") in a section of roles is a role's header line: the items after
    /// it, nested or not, are its bullets.
    fn add_header_item(&mut self, prose: &Prose, span: Range<usize>) -> bool {
        let line = parse_role_line(prose);
        let opens = self.kind().is_some_and(SectionKind::has_roles) && line.dates.is_some();
        if opens {
            self.start_role(line, span);
        }
        opens
    }

    /// Notes a block of a section of jobs or projects that the model cannot
    /// read; a block right after the previous one of the same kind extends it.
    fn add_unread(&mut self, span: Range<usize>, reason: &'static str) {
        if !self.kind().is_some_and(judges_bullets) {
            return;
        }
        let unread = &mut self.resume.unread;
        match unread.last_mut() {
            Some(last)
                if last.reason == reason
                    && self
                        .resume
                        .sections
                        .last()
                        .is_some_and(|s| s.heading.start < last.span.start) =>
            {
                last.span.end = span.end;
            }
            _ => unread.push(Unread { span, reason }),
        }
    }

    /// Takes a label inside a role ("Technologies:", "Key highlights",
    /// "### Stack") as the start of a group of its lines.
    /// A line must end in a colon to announce a stack ("Technologies:"); a
    /// sub-heading need not ("### Stack").
    fn is_group_label(&mut self, line: &str, heading: bool) -> bool {
        if !heading && is_stack_line(line) {
            return false;
        }
        let stack = is_stack_label(line) && (heading || line.trim_end().ends_with([':', '：']));
        // "Project description:" tells what the project is, not which.
        let context = is_context_label(line) && (heading || is_label(line));
        let projects = !context
            && classify_title(line) == Some(SectionKind::Projects)
            && (heading || is_label(line));
        if !stack && !projects && !context && !is_label(line) {
            return false;
        }
        self.group = if stack {
            Group::Stack
        } else if projects {
            Group::Projects
        } else if context {
            Group::Context
        } else {
            Group::Accomplishments
        };
        true
    }

    fn add_stack_line(&mut self, prose: Prose) {
        if let Some(role) = self.current_role() {
            role.stack_lines.push(prose);
        }
    }

    /// A role written as prose: the rest of the paragraph from this line on is
    /// one accomplishment.
    fn add_prose_bullet(&mut self, paragraph: &Paragraph, from: usize) {
        let prose = paragraph
            .prose
            .slice(from..paragraph.prose.text().len())
            .trimmed();
        let bullet = Bullet {
            span: prose.source_span(),
            prose,
            depth: 0,
            block: paragraph.inline.clone(),
            in_paragraph: true,
        };
        self.taken_until = paragraph.inline.end;
        let context =
            self.is_about_employer(bullet.prose.text()) || is_pointer(bullet.prose.text());
        if let Some(role) = self.current_role().filter(|_| !context) {
            role.bullets.push(bullet);
        }
    }

    /// Whether a text tells about the current role's employer, its name the
    /// subject: "Acme builds drones for farmers".
    fn is_about_employer(&self, text: &str) -> bool {
        self.resume
            .sections
            .last()
            .and_then(|section| section.roles.last())
            .and_then(|role| role.organisation.as_deref())
            .is_some_and(|name| is_about_organisation(text, name))
    }

    fn add_table_row(&mut self, cells: Vec<Prose>, row: Prose, span: Range<usize>) {
        if self.kind() != Some(SectionKind::Skills) {
            // "| Acme | Engineer | 2019 – 2022 |": a row with dates names a role.
            let line = parse_role_line(&row);
            if line.dates.is_some() && self.kind().is_some_and(SectionKind::has_roles) {
                self.start_role(line, span);
            } else {
                self.add_unread(span, "a table");
            }
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

    /// Takes a header line as the name unless one is known: the words before any
    /// separator, if few enough to be a name rather than a sentence or a title.
    fn name_candidate(&mut self, prose: &Prose) {
        if self.resume.header.name.is_some() {
            return;
        }
        let line = prose.text().trim();
        let end = NAME_SEPARATORS
            .iter()
            .filter_map(|separator| line.find(separator))
            .min()
            .unwrap_or(line.len());
        let name = line[..end].trim();
        let words = name.split_whitespace().count();
        let is_name = (1..=MAX_NAME_WORDS).contains(&words)
            && !has_common_word(name)
            && !ends_with_title_word(name)
            && !name.contains(|c: char| c.is_ascii_digit() || c == '@')
            && !name.contains("://")
            && !DOCUMENT_TITLES.contains(&name.to_lowercase().as_str());
        if is_name {
            self.resume.header.name = Some(name.to_string());
            self.resume.header.span = prose.source_span();
        }
    }

    /// The front matter's `title:` when it names the person: "Ana Ruiz",
    /// "Ana Ruiz - Resume".
    fn name_from_front_matter(&mut self, text: &Text) {
        let end = text.floor_char_boundary(text.len_bytes().min(FRONT_MATTER_BYTES));
        let head = text.slice(0..end);
        if let Some((_, span)) = front_matter_value(&head, "title") {
            let prose = Prose::from_pieces(std::slice::from_ref(&span), |r| text.slice(r));
            self.name_candidate(&prose);
        }
    }

    fn start_section(&mut self, kind: SectionKind, title: &Prose, heading: Range<usize>) {
        self.group = Group::Accomplishments;
        self.role_item_depth = None;
        self.role_heading_level = None;
        self.roles_at_section_level = false;
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
        self.group = Group::Accomplishments;
        self.role_item_depth = None;
        self.role_heading_level = None;
        let mut role = Role {
            title: None,
            organisation: None,
            location: None,
            dates: None,
            heading,
            bullets: Vec::new(),
            stack_lines: Vec::new(),
        };
        merge_role_line(&mut role, line);
        self.section().roles.push(role);
    }

    fn no_roles_yet(&self) -> bool {
        self.resume
            .sections
            .last()
            .is_none_or(|section| section.roles.is_empty())
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
        for role in self.resume.sections.iter_mut().flat_map(|s| &mut s.roles) {
            move_stack_runs(role, &self.project_bullets);
        }
        self.note_empty_sections(text);
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
        if self.resume.header.name.is_none() {
            self.name_from_front_matter(text);
        }
        if self.resume.header.name.is_none() {
            self.resume.header.span = first_line(text);
        }
        let contacts = &mut self.resume.header.contacts;
        // Comments are invisible on the page; link definitions
        // ("[email]: mailto:…") may stand anywhere and still show in the header.
        contacts.scan(&html::visible_only(&text.slice(0..header_end)), 0);
        for definition in link_definitions(text) {
            contacts.scan(&text.slice(definition.clone()), definition.start);
        }
        // A summary may hold the contact line too, as the header would.
        for section in &self.resume.sections {
            if is_contact_title(&section.title) || section.kind == SectionKind::Summary {
                let visible = html::visible_only(&text.slice(section.span.clone()));
                contacts.scan(&visible, section.span.start);
            }
        }
        // An address or a profile given elsewhere on the page reaches the
        // reader too: a list at the end, a footer.
        let header = &mut self.resume.header;
        header.contacts_beyond_header =
            header.contacts.emails.is_empty() || header.contacts.links.is_empty();
        if header.contacts_beyond_header {
            let mut page = Contacts::default();
            for section in &self.resume.sections {
                if !section.kind.has_roles() {
                    let visible = html::visible_only(&text.slice(section.span.clone()));
                    page.scan(&visible, section.span.start);
                }
            }
            let contacts = &mut self.resume.header.contacts;
            if contacts.emails.is_empty() {
                contacts.emails = page.emails;
            }
            if contacts.links.is_empty() {
                contacts.links = page.links.into_iter().filter(|l| l.is_profile()).collect();
            }
        }
        self.resume
    }
}

impl Builder {
    /// A section of jobs or projects with text under its heading but no bullet
    /// read from it: no role either, or roles whose lines all read as headers.
    fn note_empty_sections(&mut self, text: &Text) {
        for (at, section) in self.resume.sections.iter().enumerate() {
            let end = self
                .resume
                .sections
                .get(at + 1)
                .map_or(text.len_bytes(), |next| next.heading.start);
            let body = section.heading.end..end;
            let body_text = text.slice(body.clone());
            let has_text = body_text.chars().any(char::is_alphanumeric);
            // "See my [portfolio](/portfolio)": the section points elsewhere.
            let points_elsewhere = body_text
                .lines()
                .filter(|line| !line.trim().is_empty())
                .all(only_links_away);
            let no_bullet =
                section.bullets.is_empty() && section.roles.iter().all(|r| r.bullets.is_empty());
            // A list of one-line projects is a layout of its own: each line
            // was read, as a project.
            let project_list = section.kind == SectionKind::Projects && !section.roles.is_empty();
            let noted = self
                .resume
                .unread
                .iter()
                .any(|u| body.contains(&u.span.start));
            if judges_bullets(section.kind)
                && has_text
                && no_bullet
                && !noted
                && !project_list
                && !points_elsewhere
            {
                let reason = if section.roles.is_empty() {
                    "no role or bullet under this heading"
                } else {
                    "no bullet under these roles"
                };
                self.resume.unread.push(Unread {
                    span: section.heading.clone(),
                    reason,
                });
            }
        }
        self.resume.unread.sort_by_key(|unread| unread.span.start);
    }
}

/// Where reference-style link definitions stand: `[email]: mailto:ana@example.com`.
fn link_definitions(text: &Text) -> Vec<Range<usize>> {
    let rope = text.rope();
    (0..rope.len_lines())
        .filter_map(|line| {
            let slice = rope.line(line);
            if slice.chars().find(|c| !c.is_whitespace()) != Some('[') {
                return None;
            }
            let start = rope.line_to_byte(line);
            let content = slice.to_string();
            let trimmed = content.trim_start();
            let is_definition = trimmed.starts_with('[')
                && trimmed
                    .find("]:")
                    .is_some_and(|close| !trimmed[1..close].contains(']'));
            is_definition.then(|| start..start + content.trim_end().len())
        })
        .collect()
}

/// Sections whose bullets are judged as accomplishments.
fn judges_bullets(kind: SectionKind) -> bool {
    matches!(kind, SectionKind::Experience | SectionKind::Projects)
}

/// What in an item's words can make it open a role rather than be a bullet:
/// dates, and in Education a degree or school ("B.Sc. Physics"), which makes it
/// an entry even with nothing nested under it; its plain siblings ("GPA 3.8")
/// are then its bullets.
pub fn item_role_marks(kind: SectionKind, prose: &Prose) -> (bool, bool) {
    let dated = find_date_range(prose.text()).is_some();
    let degree = kind == SectionKind::Education && names_degree_or_school(prose.text());
    (dated, degree)
}

/// The first line with any text on it, without its line break.
fn first_line(text: &Text) -> Range<usize> {
    let rope = text.rope();
    (0..rope.len_lines())
        .map(|line| {
            let start = rope.line_to_byte(line);
            let content = rope.line(line).to_string();
            start..start + content.trim_end_matches(['\n', '\r']).len()
        })
        .find(|range| !range.is_empty())
        .unwrap_or(0..0)
}

/// Moves runs of items that only name technologies ("- React", "- Vitest",
/// "- Storybook") from a role's bullets to its stack lines; the names of
/// projects, whose block starts are given, and paragraphs stay.
fn move_stack_runs(role: &mut Role, project_bullets: &[usize]) {
    let items: Vec<&str> = role
        .bullets
        .iter()
        .map(|b| {
            let project = project_bullets.binary_search(&b.block.start).is_ok();
            if project || b.in_paragraph {
                ""
            } else {
                b.prose.text()
            }
        })
        .collect();
    let runs = stack_runs(&items);
    for run in runs.into_iter().rev() {
        let moved: Vec<Prose> = role.bullets.drain(run).map(|b| b.prose).collect();
        role.stack_lines.extend(moved);
    }
    role.stack_lines
        .sort_by_key(|prose| prose.source_span().start);
}

/// A date given on its own (`"startDate": "2020-03"`, then `"endDate"`): the
/// first is the role's start, the next its end.
fn add_date(role: &mut Role, date: Option<super::DateRange>) {
    let Some(date) = date else {
        return;
    };
    match &mut role.dates {
        None => role.dates = Some(date),
        Some(dates) if dates.end.is_none() => {
            dates.end = Some(date.end.unwrap_or(DateEnd::Date(date.start)));
        }
        Some(_) => {}
    }
}

/// Fills what a role's header does not say yet from one more of its lines.
fn merge_role_line(role: &mut Role, line: RoleLine) {
    // "#### Redwater Health" then "*Site Reliability Engineer*": a lone name under
    // a named organisation is the title.
    let (title, organisation) = match (line.title, line.organisation) {
        (None, Some(name)) if role.title.is_none() && role.organisation.is_some() => {
            (Some(name), None)
        }
        parts => parts,
    };
    role.title = role.title.take().or(title);
    role.organisation = role.organisation.take().or(organisation);
    role.location = role.location.take().or(line.location);
    role.dates = role.dates.take().or(line.dates);
}

/// Whether the next line of a paragraph is a definition (": …"), which
/// makes this line its term.
fn defines_next_line(paragraph: Option<&(Rc<Paragraph>, usize)>) -> bool {
    rest_of(paragraph)
        .and_then(|rest| rest.split_once('\n'))
        .is_some_and(|(_, next)| definition_marker(next).is_some())
}

/// Where the words of a definition start, past its ": " marker.
pub fn definition_marker(paragraph: &str) -> Option<usize> {
    let indent = paragraph.len() - paragraph.trim_start().len();
    let rest = paragraph[indent..].strip_prefix(':')?;
    rest.starts_with([' ', '\t']).then_some(indent + 1)
}

/// Most words in a title that opens a line before a colon.
const MAX_LEADING_TITLE_WORDS: usize = 8;

/// The title of a line that opens with one and a colon, when the paragraph's
/// next line is only the role's dates.
fn title_before_dates(line: &Prose, rest: Option<&str>) -> Option<Prose> {
    let text = line.text();
    let colon = text.find([':', '：'])?;
    let (_, rest) = rest?.split_once('\n')?;
    let next_line = rest.lines().next()?.trim();
    let dates = find_date_range(next_line)?;
    let only_dates = next_line[..dates.span.start].trim().is_empty()
        && next_line[dates.span.end..].trim().is_empty();
    let words = text[..colon].split_whitespace().count();
    (only_dates && (1..=MAX_LEADING_TITLE_WORDS).contains(&words)).then(|| line.slice(0..colon))
}

/// A paragraph's text from one of its lines on.
fn rest_of(paragraph: Option<&(Rc<Paragraph>, usize)>) -> Option<&str> {
    paragraph.and_then(|(paragraph, from)| paragraph.prose.text().get(*from..))
}

/// Everything the reading of a line in a section of roles learns from its
/// words: whether it is a stack line, a label, dated, long, a sentence. `rest`
/// is its paragraph from the line on, `whole` the paragraph when the line opens
/// it. While these stay the same, the line is read as it was: an edit that
/// keeps them leaves a bullet a bullet.
pub fn role_line_marks(line: &Prose, rest: Option<&str>, whole: Option<&str>) -> Vec<bool> {
    let text = line.text();
    let dates = parse_role_line(line).dates.is_some();
    [
        is_stack_line(text),
        is_label(text),
        is_stack_label(text),
        is_context_label(text),
        is_context_line(text),
        classify_title(text) == Some(SectionKind::Projects),
        section_kind(line).is_some(),
        text.trim_end().ends_with([':', '：']),
        dates,
        dates && LEAVING_WORDS.iter().any(|w| text.contains(w)),
        may_head_a_role(text),
        is_pointer(text),
        title_before_dates(line, rest).is_some(),
        rest.and_then(|rest| rest.split_once('\n'))
            .is_some_and(|(_, next)| definition_marker(next).is_some()),
        whole.is_some(),
    ]
    .into_iter()
    .chain(whole.map(paragraph_marks).unwrap_or_default())
    .collect()
}

/// What the reading of a paragraph's first line learns from the whole
/// paragraph: its length, whether it is a sentence, a definition, a profile.
pub fn paragraph_marks(whole: &str) -> [bool; 4] {
    [
        whole.split_whitespace().count() > MAX_HEADER_LINE_WORDS,
        is_sentence(whole),
        definition_marker(whole).is_some(),
        is_profile(whole),
    ]
}

/// Whether a line is short and plain enough to be (part of) a role's header:
/// not a sentence, not prose.
pub fn may_head_a_role(line: &str) -> bool {
    header_line_words(line) <= MAX_HEADER_LINE_WORDS && !is_sentence(line) && !reads_as_prose(line)
}

/// The words of a line that could head a role; separators ("·", "/") are
/// not words: "**2018 – 2025** · Munich · Adtech".
fn header_line_words(line: &str) -> usize {
    line.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// A line that ends like a sentence ("Worked as a software engineer.") or goes on
/// to the next line ("Short text about the work done,") describes a role; a short
/// one ending in a dot ("Acme Inc.") may still name it.
fn is_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', ',', ';']) && line.split_whitespace().count() >= 4
}

/// Fewest words in a line read by its words as prose rather than a header.
const MIN_PROSE_WORDS: usize = 5;

/// Whether a line's words are mostly lower case, as a sentence's are and
/// the names of a header are not ("Taught programming to children from 11
/// years old"), and naming no job, as a title in many languages does
/// ("Дизайнер и frontend-разработчик на удалёнке").
fn reads_as_prose(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    let lower = words
        .iter()
        .filter(|word| word.starts_with(char::is_lowercase))
        .count();
    words.len() >= MIN_PROSE_WORDS && lower * 2 > words.len() && !has_title_word(line)
}

/// Whether a paragraph under the name is a profile: sentences, longer than
/// a header's lines.
fn is_profile(paragraph: &str) -> bool {
    paragraph.split_whitespace().count() > MAX_HEADER_LINE_WORDS && is_sentence(paragraph)
}

/// Lower-case words that may stand in a name: "Ludwig van Beethoven".
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "del", "du", "la", "le", "bin", "ibn", "al",
    "el", "y", "dos", "das",
];

/// Whether a line has a lower-case word other than a name particle, as sentences
/// and labels do ("GitHub and GitLab profiles") and names do not.
fn has_common_word(line: &str) -> bool {
    line.split_whitespace()
        .any(|word| word.starts_with(|c: char| c.is_lowercase()) && !NAME_PARTICLES.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn model(text: &str) -> Resume {
        let doc = Document::new(text);
        build(doc.tree(), doc.text())
    }

    #[test]
    fn headings_below_a_role_group_its_bullets() {
        let resume = model(
            "## Experience\n\n### Acme - Engineer\n\n##### 2020 - 2022\n\n\
             #### Front-end\n\n- Built the UI.\n\n#### Back-end\n\n- Built the API.\n\n\
             ### Nimbus - Developer\n\n- Ran the site.\n",
        );
        let roles = &resume.sections[0].roles;
        assert_eq!(roles.len(), 2);
        assert_eq!(roles[0].organisation.as_deref(), Some("Acme"));
        assert!(roles[0].dates.is_some());
        assert_eq!(roles[0].bullets.len(), 2);
    }

    #[test]
    fn a_sentence_under_a_role_heading_is_an_accomplishment_not_its_header() {
        let resume = model(
            "## Experience\n\n### Acme, Jan 2020 - Present\nManaged, built, and ran the shop.\n",
        );
        let section = &resume.sections[0];
        assert_eq!(section.roles[0].title, None);
        assert_eq!(section.roles[0].location, None);
        assert_eq!(section.roles[0].bullets.len(), 1);
    }

    #[test]
    fn a_plain_line_then_dates_is_one_role() {
        let resume = model("**Education**\n\nB.Eng. Physics, Oak University\n2014 - 2018\n");
        let section = &resume.sections[0];
        assert!(section.paragraphs.is_empty());
        assert_eq!(section.roles.len(), 1);
        assert_eq!(section.roles[0].title.as_deref(), Some("B.Eng. Physics"));
        assert!(section.roles[0].dates.is_some());
    }

    #[test]
    fn the_name_is_cut_from_its_line_and_never_a_sentence() {
        let name = |text: &str| model(text).header.name;
        assert_eq!(
            name("# Ana Ruiz - Software Engineer | ana@example.com\n\n## Skills\n"),
            Some("Ana Ruiz".to_string())
        );
        assert_eq!(
            name("# Resume\n\n## Ludwig van Beethoven\n\n## Skills\n"),
            Some("Ludwig van Beethoven".to_string())
        );
        assert_eq!(
            name("See my GitHub and GitLab profiles.\n\n## Skills\n"),
            None
        );
    }

    #[test]
    fn unknown_headings_before_the_first_section_stay_in_the_header() {
        let resume = model("# Ana Ruiz\n## Berlin, Germany\nana@example.com\n## Skills\nRust\n");
        assert_eq!(resume.sections.len(), 1);
        assert_eq!(resume.header.contacts.emails.len(), 1);
    }
}
