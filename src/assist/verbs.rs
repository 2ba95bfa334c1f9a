//! The verbs to open a bullet with: strong action verbs, ranked for the
//! section and the role, leaving out verbs the role's other bullets already
//! open with.

use crate::resume::{Resume, Role, SectionKind};
use crate::rules::lexicon::{Lexicon, VerbCategory};
use crate::rules::words::first_word;

/// Verbs offered at most.
const MAX_ITEMS: usize = 60;

/// Verb kinds by section, most fitting first.
const EXPERIENCE_ORDER: &[&str] = &[
    "build",
    "improve",
    "lead",
    "automate",
    "migrate",
    "operate",
    "analyse",
    "grow",
    "save",
    "communicate",
    "research",
    "support",
    "general",
];
const PROJECT_ORDER: &[&str] = &[
    "build",
    "research",
    "automate",
    "improve",
    "analyse",
    "migrate",
    "communicate",
    "grow",
    "save",
    "operate",
    "lead",
    "support",
    "general",
];

/// Words in a role's title that call for a kind of verb first.
const TITLE_CUES: &[(&str, &str)] = &[
    ("lead", "lead"),
    ("manager", "lead"),
    ("head", "lead"),
    ("director", "lead"),
    ("data", "analyse"),
    ("analyst", "analyse"),
    ("scientist", "analyse"),
    ("devops", "automate"),
    ("sre", "operate"),
    ("platform", "automate"),
    ("infrastructure", "operate"),
    ("sales", "grow"),
    ("account", "grow"),
    ("marketing", "grow"),
    ("research", "research"),
];

/// A verb offered to open a bullet.
pub struct OfferedVerb<'a> {
    /// In the past tense, as a bullet opens.
    pub verb: &'a str,
    pub category: &'a VerbCategory,
    /// Its place in the list, as text that sorts: its place within its
    /// kind, then the kind's rank.
    pub order: String,
}

/// The verbs to open a bullet at `offset` with, best first; None outside
/// the Experience and Projects sections.
pub fn offered<'a>(
    resume: &Resume,
    lexicon: &'a Lexicon,
    offset: usize,
) -> Option<Vec<OfferedVerb<'a>>> {
    let section = resume.sections.iter().find(|s| s.span.contains(&offset))?;
    let order = match section.kind {
        SectionKind::Experience => EXPERIENCE_ORDER,
        SectionKind::Projects => PROJECT_ORDER,
        _ => return None,
    };
    let role = section
        .roles
        .iter()
        .rev()
        .find(|role| role.heading.start <= offset);
    let categories = ranked(order, role);
    let used: Vec<String> = role
        .into_iter()
        .flat_map(|role| &role.bullets)
        .filter(|bullet| !bullet.span.contains(&offset))
        .filter_map(|bullet| first_word(bullet.prose.text(), 0).map(|w| w.text.to_lowercase()))
        .collect();
    let mut offered = Vec::new();
    for (rank, name) in categories.iter().enumerate() {
        let Some(category) = lexicon.category(name) else {
            continue;
        };
        for (i, verb) in category.verbs.iter().enumerate() {
            if used.contains(&verb.past.to_lowercase()) {
                continue;
            }
            offered.push(OfferedVerb {
                verb: &verb.past,
                category,
                order: format!("{i:03}{rank:02}"),
            });
        }
    }
    // The head of each kind in turn, so the list mixes kinds in rank order.
    offered.sort_by(|a, b| a.order.cmp(&b.order));
    offered.truncate(MAX_ITEMS);
    Some(offered)
}

/// The section's order, with the kinds the role's title points at moved first.
fn ranked(order: &[&'static str], role: Option<&Role>) -> Vec<&'static str> {
    let title = role
        .and_then(|r| r.title.as_deref())
        .unwrap_or("")
        .to_lowercase();
    let mut first: Vec<&'static str> = TITLE_CUES
        .iter()
        .filter(|(cue, _)| {
            title
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word == *cue)
        })
        .map(|(_, kind)| *kind)
        .collect();
    first.dedup();
    first
        .iter()
        .copied()
        .chain(order.iter().copied().filter(|kind| !first.contains(kind)))
        .collect()
}
