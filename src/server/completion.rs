//! Completion at the start of a bullet: strong action verbs, ranked for the
//! section and the role, leaving out verbs the role's bullets already open with.

use std::sync::LazyLock;

use regex::Regex;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, TextEdit,
};

use super::convert;
use crate::Analysis;
use crate::config::Config;
use crate::document::{PositionEncoding, Text, TextPosition};
use crate::resume::{Role, SectionKind};
use crate::rules::words::first_word;

/// A list marker, an optional task box, and the word being typed.
static BULLET_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+(?:\[[ xX]\]\s+)?([A-Za-z-]*)$").unwrap()
});

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

pub fn completions(
    analysis: &Analysis,
    config: &Config,
    text: &Text,
    offset: usize,
    encoding: PositionEncoding,
) -> Option<Vec<CompletionItem>> {
    let position = text.position_at(offset, encoding);
    let line_start = text.offset_at(TextPosition::new(position.line, 0), encoding);
    let before = text.slice(line_start..offset);
    let typed = BULLET_START.captures(&before)?.get(1)?;
    let section = analysis
        .resume
        .sections
        .iter()
        .find(|s| s.span.contains(&offset))?;
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
    let replace = convert::range(line_start + typed.start()..offset, text, encoding);
    let lexicon = &config.lexicon;
    let mut items = Vec::new();
    for (rank, name) in categories.iter().enumerate() {
        let Some(category) = lexicon.category(name) else {
            continue;
        };
        for (i, verb) in category.verbs.iter().enumerate() {
            if used.contains(&verb.past.to_lowercase()) {
                continue;
            }
            items.push(CompletionItem {
                label: verb.past.clone(),
                kind: Some(CompletionItemKind::KEYWORD),
                detail: Some(format!("{}: {}", category.name, category.summary)),
                sort_text: Some(format!("{i:03}{rank:02}")),
                filter_text: Some(verb.past.clone()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                    replace,
                    format!("{} ", verb.past),
                ))),
                ..Default::default()
            });
        }
    }
    // Sorted by place within its kind, then kind: the head of each kind in
    // turn, so the list mixes kinds in rank order.
    items.sort_by(|a, b| a.sort_text.cmp(&b.sort_text));
    items.truncate(MAX_ITEMS);
    Some(items)
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
