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
    /// the other way round, and positions outside the text are clamped.
    pub fn apply(&mut self, change: &Change, encoding: PositionEncoding) {
        match change.byte_range(&self.text, encoding) {
            Some(range) => self.replace(range, change.text),
            None => *self = Document::new(change.text),
        }
    }

    /// Replaces a byte range of the text, keeping the syntax tree in step.
    pub fn replace(&mut self, range: Range<usize>, new_text: &str) {
        self.syntax.replace(&mut self.text, range, new_text);
    }
}
