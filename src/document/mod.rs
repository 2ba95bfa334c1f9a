//! An open document: its text and its incrementally kept Markdown syntax tree.

pub mod syntax;
pub mod text;

use std::ops::Range;

pub use syntax::Syntax;
pub use text::{PositionEncoding, Text, TextPosition};

pub struct Document {
    text: Text,
    syntax: Syntax,
}

/// One change an editor sends: a range in its position encoding, or the whole text.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub range: Option<Range<TextPosition>>,
    pub text: &'a str,
}

impl Change<'_> {
    /// The bytes the change replaces, or None when it replaces the whole text.
    /// A range with its ends reversed is taken as written the other way round.
    pub fn byte_range(&self, text: &Text, encoding: PositionEncoding) -> Option<Range<usize>> {
        let range = self.range.as_ref()?;
        let start = text.offset_at(range.start, encoding);
        let end = text.offset_at(range.end, encoding);
        Some(start.min(end)..start.max(end))
    }
}

impl Document {
    pub fn new(text: &str) -> Self {
        let text = Text::new(text);
        let syntax = Syntax::parse(&text);
        Self { text, syntax }
    }

    pub fn text(&self) -> &Text {
        &self.text
    }

    pub fn tree(&self) -> &tree_sitter::Tree {
        self.syntax.tree()
    }

    /// Applies an editor change; a range with its ends reversed is taken as written
    /// the other way round, and positions outside the text are clamped. Returns
    /// the edit, or None when the change replaced the whole text.
    pub fn apply(&mut self, change: &Change, encoding: PositionEncoding) -> Option<Edit> {
        match change.byte_range(&self.text, encoding) {
            Some(range) => Some(self.replace(range, change.text)),
            None => {
                *self = Document::new(change.text);
                None
            }
        }
    }

    /// Replaces a byte range of the text, keeping the syntax tree in step.
    pub fn replace(&mut self, range: Range<usize>, new_text: &str) -> Edit {
        self.syntax.replace(&mut self.text, range, new_text)
    }
}

/// The characters that open or close inline Markdown (emphasis, code, links,
/// escapes, HTML and entities) or end a line.
pub const INLINE_MARKUP: [char; 13] = [
    '*', '_', '`', '[', ']', '~', '\\', '<', '>', '!', '&', '\n', '\r',
];

/// What one replacement did, for those who keep results about the old text:
/// the bytes `start..old_end` became `start..new_end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
    /// Whether the removed text held `<` or `>`, which open and close comments.
    pub removed_angle_bracket: bool,
    /// Whether the removed text held one of [`INLINE_MARKUP`], which may
    /// pair with text outside the edit.
    pub removed_markup: bool,
    /// Where the syntax tree's structure changed, in the new text (tree-sitter's
    /// changed ranges); a change of text alone inside one node leaves it empty.
    pub changed: Vec<Range<usize>>,
}

impl Edit {
    /// Where an offset into the old text stands in the new one. Offsets inside
    /// the replaced bytes, and at its start, stay where they are.
    pub fn moved(&self, offset: usize) -> usize {
        if offset > self.start && offset >= self.old_end {
            offset - self.old_end + self.new_end
        } else {
            offset
        }
    }

    pub fn moved_range(&self, range: &mut Range<usize>) {
        *range = self.moved(range.start)..self.moved(range.end);
    }
}
