//! The document's outline (sections → roles → bullets) and the figures shown
//! above each role, as LSP symbols and lenses.

use std::ops::Range;

use tower_lsp_server::ls_types::{CodeLens, Command, DocumentSymbol, SymbolKind};

use super::convert;
use crate::Analysis;
use crate::assist::roles::{RoleFigures, role_name, role_span};
use crate::config::Config;
use crate::document::{PositionEncoding, Text};
use crate::resume::{Bullet, SectionKind};

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
                title: RoleFigures::of(role, analysis, &config.lexicon).summary(),
                command: String::new(),
                arguments: None,
            }),
            data: None,
        })
        .collect()
}
