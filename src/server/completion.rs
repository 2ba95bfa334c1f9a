//! Completion at the start of a bullet: the verbs `assist::verbs` offers,
//! replacing the word being typed.

use std::sync::LazyLock;

use regex::Regex;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, TextEdit,
};

use super::convert;
use crate::Analysis;
use crate::assist::verbs;
use crate::config::Config;
use crate::document::{PositionEncoding, Text, TextPosition};

/// A list marker, an optional task box, and the word being typed.
static BULLET_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+(?:\[[ xX]\]\s+)?([A-Za-z-]*)$").unwrap()
});

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
    let offered = verbs::offered(&analysis.resume, &config.lexicon, offset)?;
    let replace = convert::range(line_start + typed.start()..offset, text, encoding);
    let items = offered
        .into_iter()
        .map(|offered| CompletionItem {
            label: offered.verb.to_string(),
            kind: Some(CompletionItemKind::KEYWORD),
            detail: Some(format!(
                "{}: {}",
                offered.category.name, offered.category.summary
            )),
            sort_text: Some(offered.order),
            filter_text: Some(offered.verb.to_string()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                replace,
                format!("{} ", offered.verb),
            ))),
            ..Default::default()
        })
        .collect();
    Some(items)
}
