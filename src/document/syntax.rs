//! The Markdown block tree of a document, kept incrementally: every edit is
//! described to tree-sitter, which then reparses reusing the unchanged subtrees.
//! Typing words inside a paragraph cannot change the block structure, so such
//! an edit only moves the tree's offsets and skips the reparse, which on a
//! long document costs milliseconds even when incremental.
//! Inline content (emphasis, links, code spans) is parsed separately, per block,
//! by [`crate::resume::inline`], so a keystroke never re-runs the inline grammar
//! over the whole document.

use std::ops::Range;

use tree_sitter::{InputEdit, Parser, Point, Tree};

use super::text::Text;
use super::{Edit, INLINE_MARKUP};

pub struct Syntax {
    parser: Parser,
    tree: Tree,
}

impl Syntax {
    pub fn parse(text: &Text) -> Self {
        let mut parser = Parser::new();
        parser
            .set_language(&tree_sitter_md::LANGUAGE.into())
            .expect("the Markdown grammar is built for this tree-sitter version");
        let tree = parse_rope(&mut parser, text, None);
        Self { parser, tree }
    }

    pub fn tree(&self) -> &Tree {
        &self.tree
    }

    /// Replaces `range` of `text` with `new_text`, then brings the tree up to date.
    pub fn replace(&mut self, text: &mut Text, range: Range<usize>, new_text: &str) -> Edit {
        let range = text.clamp_range(range);
        let keeps_structure = self.keeps_structure(text, &range, new_text);
        let start_position = point_at(text, range.start);
        let old_end_position = point_at(text, range.end);
        let removed = text.rope().byte_slice(range.clone());
        let removed_angle_bracket = removed.chunks().any(|chunk| chunk.contains(['<', '>']));
        let removed_markup = removed.chunks().any(|chunk| chunk.contains(INLINE_MARKUP));
        text.replace(range.clone(), new_text);
        let new_end_byte = range.start + new_text.len();
        self.tree.edit(&InputEdit {
            start_byte: range.start,
            old_end_byte: range.end,
            new_end_byte,
            start_position,
            old_end_position,
            new_end_position: point_at(text, new_end_byte),
        });
        let mut edit = Edit {
            start: range.start,
            old_end: range.end,
            new_end: new_end_byte,
            removed_angle_bracket,
            removed_markup,
            changed: Vec::new(),
        };
        if keeps_structure {
            return edit;
        }
        let new_tree = parse_rope(&mut self.parser, text, Some(&self.tree));
        let old_tree = std::mem::replace(&mut self.tree, new_tree);
        edit.changed = old_tree
            .changed_ranges(&self.tree)
            .map(|changed| changed.start_byte..changed.end_byte)
            .collect();
        edit
    }

    /// Whether replacing `range` with `new_text` leaves the block structure as
    /// it is: the edit lies inside a paragraph's text, after the first word of
    /// its line (block markers such as `-`, `1.`, `#` or `>` only count at a
    /// line's start), and both the removed and the new text are letters,
    /// digits, spaces or non-ASCII characters.
    fn keeps_structure(&self, text: &Text, range: &Range<usize>, new_text: &str) -> bool {
        const MAX_REMOVED: usize = 64;
        let removed = text.rope().byte_slice(range.clone());
        if removed.len_bytes() > MAX_REMOVED
            || !new_text.chars().all(is_plain)
            || !removed.chars().all(is_plain)
        {
            return false;
        }
        let Some(inline) = self
            .tree
            .root_node()
            .descendant_for_byte_range(range.start, range.end)
            .and_then(|node| {
                std::iter::successors(Some(node), |n| n.parent()).find(|n| n.kind() == "inline")
            })
        else {
            return false;
        };
        let in_paragraph = inline.parent().is_some_and(|p| p.kind() == "paragraph");
        // At either end a fresh parse may draw the node's bounds differently
        // (trailing spaces are not part of it).
        let strictly_inside = inline.start_byte() < range.start && range.end < inline.end_byte();
        if !in_paragraph || !strictly_inside {
            return false;
        }
        let rope = text.rope();
        // An edit touching a punctuation mark would stretch that mark's node.
        let (before, after) = (rope.byte_to_char(range.start), rope.byte_to_char(range.end));
        let plain_neighbours = before > 0
            && is_plain(rope.char(before - 1))
            && after < rope.len_chars()
            && is_plain(rope.char(after));
        let line_start = rope.line_to_byte(rope.byte_to_line(range.start));
        let line_before = text.slice(line_start.max(inline.start_byte())..range.start);
        let content = line_before.trim_start();
        let first_word = content.split(char::is_whitespace).next().unwrap_or("");
        plain_neighbours
            && !first_word.is_empty()
            && first_word.chars().all(char::is_alphanumeric)
            && content.len() > first_word.len()
    }
}

/// Characters that never take part in Markdown's block syntax. ASCII
/// punctuation is left out: the grammar keeps each mark as a node of its own
/// inside a paragraph's text.
fn is_plain(c: char) -> bool {
    c.is_alphanumeric() || c == ' ' || !c.is_ascii()
}

/// tree-sitter's point for a byte offset: rows end at `\n`, columns count bytes.
pub fn point_at(text: &Text, offset: usize) -> Point {
    let rope = text.rope();
    let row = rope.byte_to_line(offset);
    Point::new(row, offset - rope.line_to_byte(row))
}

/// Parses straight from the rope's chunks, without copying the document.
fn parse_rope(parser: &mut Parser, text: &Text, old_tree: Option<&Tree>) -> Tree {
    parser
        .parse_with_options(&mut |offset, _| text.chunk_from(offset), old_tree, None)
        .expect("parsing only stops early when cancelled, and nothing cancels it")
}
