//! The resume model: what a recruiter sees in the Markdown, built from the
//! syntax tree, with byte spans into the document and no editor protocol in it.

mod blocks;
mod build;
pub mod contacts;
mod data;
pub mod dates;
pub mod detect;
mod edit;
mod html;
pub mod labels;
pub mod outline;
mod plain;
pub mod prose;
pub mod role_line;
pub mod sections;
mod skills;

use std::ops::Range;

pub use build::build;
pub use contacts::Contacts;
pub use dates::DateRange;
pub use edit::reread_bullet;
pub use prose::Prose;
pub use sections::SectionKind;

#[derive(Debug, Clone, Default)]
pub struct Resume {
    pub header: Header,
    pub sections: Vec<Section>,
    /// Parts of sections of roles that could not be read as roles and bullets.
    pub unread: Vec<Unread>,
}

/// A span the model could not read, and what it expected there.
#[derive(Debug, Clone)]
pub struct Unread {
    pub span: Range<usize>,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct Header {
    pub name: Option<String>,
    pub contacts: Contacts,
    /// Whether, the header lacking an e-mail address or a link, contacts
    /// were also looked for in the sections without roles (a list at the
    /// end, a footer).
    pub contacts_beyond_header: bool,
    /// Sentences about the person under the name, before any section: an
    /// unheaded profile.
    pub profile: Vec<Prose>,
    /// Where findings about the whole resume are shown: the name's line, or the
    /// document's first line when no name was found.
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    pub title: String,
    /// The heading line (or bold line) that opens it.
    pub heading: Range<usize>,
    /// From the heading to the next section.
    pub span: Range<usize>,
    pub roles: Vec<Role>,
    /// Bullets outside any role.
    pub bullets: Vec<Bullet>,
    /// Sentences outside lists and roles, such as a summary's.
    pub paragraphs: Vec<Prose>,
    pub skills: Vec<Skill>,
}

impl Section {
    /// Its bullets outside roles, then each role's, with the role they stand in.
    pub fn bullets(&self) -> impl Iterator<Item = (Option<&Role>, &Bullet)> {
        let loose = self.bullets.iter().map(|bullet| (None, bullet));
        let in_roles = self
            .roles
            .iter()
            .flat_map(|role| role.bullets.iter().map(move |bullet| (Some(role), bullet)));
        loose.chain(in_roles)
    }
}

/// A job, project or degree: a header line and its bullets.
#[derive(Debug, Clone)]
pub struct Role {
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub location: Option<String>,
    pub dates: Option<DateRange>,
    /// The header line that opens the role.
    pub heading: Range<usize>,
    pub bullets: Vec<Bullet>,
    /// Lines that only list the technologies used ("Technologies: Go, Kafka"):
    /// evidence of skills, never judged as accomplishments.
    pub stack_lines: Vec<Prose>,
}

#[derive(Debug, Clone)]
pub struct Bullet {
    /// The item's words, without its list marker.
    pub prose: Prose,
    /// Where those words stand in the document.
    pub span: Range<usize>,
    /// 0 for a top-level item, 1 for an item nested once, and so on.
    pub depth: usize,
    /// The raw Markdown of the item's first paragraph, markup included: an edit
    /// inside it changes this bullet only.
    pub block: Range<usize>,
    /// The bullet is the sentences of a paragraph (a role written as prose),
    /// not a list item.
    pub in_paragraph: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skill {
    pub name: String,
    pub category: Option<String>,
    pub span: Range<usize>,
    /// The name's words with their map back to the document.
    pub prose: Prose,
}

impl Resume {
    /// Every bullet with the section it stands in and its role, if any.
    pub fn bullets(&self) -> impl Iterator<Item = (&Section, Option<&Role>, &Bullet)> {
        self.sections.iter().flat_map(|section| {
            section
                .bullets()
                .map(move |(role, bullet)| (section, role, bullet))
        })
    }

    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|section| section.kind == kind)
    }
}
