//! The Markdown block tree of a document, kept incrementally: every edit is
//! described to tree-sitter, which then reparses reusing the unchanged subtrees.
//! Inline content (emphasis, links, code spans) is parsed separately, per block,
//! by [`crate::resume::inline`], so a keystroke never re-runs the inline grammar
//! over the whole document.

use std::ops::Range;

use tree_sitter::{InputEdit, Parser, Point, Tree};

use super::Edit;
use super::text::Text;

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
        let start_position = point_at(text, range.start);
        let old_end_position = point_at(text, range.end);
        let removed_angle_bracket = text
            .rope()
            .byte_slice(range.clone())
            .chunks()
            .any(|chunk| chunk.contains(['<', '>']));
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
        let new_tree = parse_rope(&mut self.parser, text, Some(&self.tree));
        let old_tree = std::mem::replace(&mut self.tree, new_tree);
        Edit {
            start: range.start,
            old_end: range.end,
            new_end: new_end_byte,
            removed_angle_bracket,
            changed: old_tree
                .changed_ranges(&self.tree)
                .map(|changed| changed.start_byte..changed.end_byte)
                .collect(),
        }
    }
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
