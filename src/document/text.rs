//! The text of one document: a rope plus conversions between byte offsets and
//! editor positions in the three encodings LSP 3.17 negotiates.
//!
//! The rope breaks lines on `\n` only, which is also what tree-sitter counts as a
//! row. Editors also end lines with a lone `\r`; such documents are rare, so their
//! positions take a slower scanning path instead of slowing down every document.

use std::borrow::Cow;
use std::ops::Range;

use ropey::Rope;

/// The unit a position's `character` counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl PositionEncoding {
    fn units(self, ch: char) -> usize {
        match self {
            PositionEncoding::Utf8 => ch.len_utf8(),
            PositionEncoding::Utf16 => ch.len_utf16(),
            PositionEncoding::Utf32 => 1,
        }
    }

    /// The units of a whole string; ASCII, the common case, is one a byte.
    fn count(self, text: &str) -> usize {
        if self == PositionEncoding::Utf8 || text.is_ascii() {
            text.len()
        } else {
            text.chars().map(|ch| self.units(ch)).sum()
        }
    }
}

/// A zero-based line and a column counted in some [`PositionEncoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct TextPosition {
    pub line: u32,
    pub character: u32,
}

impl TextPosition {
    pub fn new(line: u32, character: u32) -> Self {
        Self { line, character }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Text {
    rope: Rope,
    /// How many `\r` are not followed by `\n`: when zero, rope lines are editor lines.
    lone_carriage_returns: usize,
}

impl Text {
    pub fn new(text: &str) -> Self {
        let rope = Rope::from_str(text);
        let lone_carriage_returns = count_lone_carriage_returns(&rope, 0..rope.len_bytes());
        Self {
            rope,
            lone_carriage_returns,
        }
    }

    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    pub fn len_bytes(&self) -> usize {
        self.rope.len_bytes()
    }

    /// The text of a byte range, borrowed when it lies in one chunk of the rope.
    pub fn slice(&self, range: Range<usize>) -> Cow<'_, str> {
        let range = self.clamp_range(range);
        self.rope.byte_slice(range).into()
    }

    /// The longest contiguous piece of text starting at `offset` (empty at the end).
    pub fn chunk_from(&self, offset: usize) -> &str {
        if offset >= self.rope.len_bytes() {
            return "";
        }
        let (chunk, chunk_start, _, _) = self.rope.chunk_at_byte(offset);
        &chunk[offset - chunk_start..]
    }

    /// Rounds `offset` down to the start of the character it falls in, within the text.
    pub fn floor_char_boundary(&self, offset: usize) -> usize {
        let offset = offset.min(self.rope.len_bytes());
        // Chunks never split a character, so the chunk holding the offset
        // holds the whole character.
        let (chunk, chunk_start, _, _) = self.rope.chunk_at_byte(offset);
        let mut local = offset - chunk_start;
        while !chunk.is_char_boundary(local) {
            local -= 1;
        }
        chunk_start + local
    }

    /// Clamps a byte range to the text and to character boundaries, start before end.
    pub fn clamp_range(&self, range: Range<usize>) -> Range<usize> {
        let (a, b) = (
            self.floor_char_boundary(range.start),
            self.floor_char_boundary(range.end),
        );
        a.min(b)..a.max(b)
    }

    /// Replaces a byte range (clamped to character boundaries) with `new_text`.
    pub fn replace(&mut self, range: Range<usize>, new_text: &str) {
        let range = self.clamp_range(range);
        let old_window = crlf_window(range.start, range.end, self.rope.len_bytes());
        let removed = count_lone_carriage_returns(&self.rope, old_window);

        let start_char = self.rope.byte_to_char(range.start);
        let end_char = self.rope.byte_to_char(range.end);
        self.rope.remove(start_char..end_char);
        self.rope.insert(start_char, new_text);

        let new_end = range.start + new_text.len();
        let new_window = crlf_window(range.start, new_end, self.rope.len_bytes());
        let added = count_lone_carriage_returns(&self.rope, new_window);
        self.lone_carriage_returns = self.lone_carriage_returns + added - removed;
    }

    /// The byte offset of an editor position. A line past the end clamps to the end
    /// of the text, a column past the end of its line clamps to the line's end (before
    /// its line break), and a column inside a character rounds down to its start.
    pub fn offset_at(&self, position: TextPosition, encoding: PositionEncoding) -> usize {
        let Some(line_start) = self.line_start(position.line as usize) else {
            return self.rope.len_bytes();
        };
        let line_end = self.content_end(line_start);
        let wanted = position.character as usize;
        let mut units = 0;
        let mut offset = line_start;
        for ch in self.rope.byte_slice(line_start..line_end).chars() {
            units += encoding.units(ch);
            if units > wanted {
                break;
            }
            offset += ch.len_utf8();
        }
        offset
    }

    /// The editor position of a byte offset. An offset inside a character or a
    /// line break maps to the character's start or the line's end.
    pub fn position_at(&self, offset: usize, encoding: PositionEncoding) -> TextPosition {
        let offset = self.floor_char_boundary(offset);
        let (line, line_start) = self.line_of(offset);
        // Counted up to the offset or the line's break, whichever comes first,
        // over plain strings: the one chunk holding the line up to the offset
        // when there is one (ropey's slices cost a walk down the tree), else
        // the chunks of a slice.
        let (chunk, chunk_start, _, _) = self.rope.chunk_at_byte(offset);
        let character = match chunk.get(line_start.wrapping_sub(chunk_start)..offset - chunk_start)
        {
            Some(prefix) => units_before_break(std::iter::once(prefix), encoding),
            None => units_before_break(self.rope.byte_slice(line_start..offset).chunks(), encoding),
        };
        TextPosition::new(saturate(line), saturate(character))
    }

    /// The start of an editor line, or None past the last line.
    fn line_start(&self, line: usize) -> Option<usize> {
        if self.lone_carriage_returns == 0 {
            return (line < self.rope.len_lines()).then(|| self.rope.line_to_byte(line));
        }
        if line == 0 {
            return Some(0);
        }
        self.line_break_ends().nth(line - 1)
    }

    /// The editor line holding `offset`, and that line's start.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        if self.lone_carriage_returns == 0 {
            let line = self.rope.byte_to_line(offset);
            return (line, self.rope.line_to_byte(line));
        }
        self.line_break_ends()
            .take_while(|&start| start <= offset)
            .fold((0, 0), |(line, _), start| (line + 1, start))
    }

    /// Where each editor line after the first starts: after `\n`, `\r\n` or a lone `\r`.
    fn line_break_ends(&self) -> impl Iterator<Item = usize> + '_ {
        let mut bytes = self.rope.bytes().enumerate().peekable();
        std::iter::from_fn(move || {
            while let Some((i, byte)) = bytes.next() {
                match byte {
                    b'\n' => return Some(i + 1),
                    b'\r' if bytes.peek().map(|&(_, next)| next) != Some(b'\n') => {
                        return Some(i + 1);
                    }
                    _ => {}
                }
            }
            None
        })
    }

    /// The end of a line's content: the offset of its first `\r` or `\n`, or the text's end.
    fn content_end(&self, line_start: usize) -> usize {
        let rest = self.rope.byte_slice(line_start..);
        let length = rest
            .bytes()
            .position(|byte| byte == b'\n' || byte == b'\r')
            .unwrap_or(rest.len_bytes());
        line_start + length
    }
}

/// The bytes whose "lone `\r`" status an edit of `start..end` can change: the byte
/// before it, the edited bytes, and the byte after.
fn crlf_window(start: usize, end: usize, len: usize) -> Range<usize> {
    start.saturating_sub(1)..(end + 1).min(len)
}

fn count_lone_carriage_returns(rope: &Rope, window: Range<usize>) -> usize {
    let len = rope.len_bytes();
    (window.start..window.end)
        .filter(|&i| rope.byte(i) == b'\r' && (i + 1 == len || rope.byte(i + 1) != b'\n'))
        .count()
}

/// The units of `pieces`, read in order, before the first line break.
fn units_before_break<'a>(
    pieces: impl Iterator<Item = &'a str>,
    encoding: PositionEncoding,
) -> usize {
    let mut units = 0;
    for piece in pieces {
        let line_break = piece.bytes().position(|b| b == b'\n' || b == b'\r');
        units += encoding.count(&piece[..line_break.unwrap_or(piece.len())]);
        if line_break.is_some() {
            break;
        }
    }
    units
}

fn saturate(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::PositionEncoding::{Utf8, Utf16, Utf32};
    use super::*;

    fn pos(line: u32, character: u32) -> TextPosition {
        TextPosition::new(line, character)
    }

    #[test]
    fn utf16_counts_astral_characters_as_two_units() {
        let text = Text::new("a😀b\n東京x");
        assert_eq!(text.offset_at(pos(0, 3), Utf16), 5);
        assert_eq!(text.position_at(5, Utf16), pos(0, 3));
        assert_eq!(text.position_at(5, Utf8), pos(0, 5));
        assert_eq!(text.position_at(5, Utf32), pos(0, 2));
        assert_eq!(text.offset_at(pos(1, 2), Utf16), 13);
        assert_eq!(text.position_at(13, Utf8), pos(1, 6));
    }

    #[test]
    fn a_column_inside_a_surrogate_pair_rounds_down() {
        let text = Text::new("a😀b");
        assert_eq!(text.offset_at(pos(0, 2), Utf16), 1);
        assert_eq!(text.offset_at(pos(0, 3), Utf8), 1);
        assert_eq!(text.position_at(3, Utf16), pos(0, 1));
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let text = Text::new("ab\r\ncd");
        assert_eq!(text.offset_at(pos(0, 99), Utf16), 2);
        assert_eq!(text.offset_at(pos(1, 99), Utf16), 6);
        assert_eq!(text.offset_at(pos(7, 0), Utf16), 6);
        assert_eq!(text.position_at(3, Utf16), pos(0, 2), "between CR and LF");
        assert_eq!(text.position_at(99, Utf16), pos(1, 2));
    }

    #[test]
    fn lone_carriage_returns_end_lines_too() {
        let mut text = Text::new("ab\rcd\r\nef\ngh");
        assert_eq!(text.offset_at(pos(1, 1), Utf16), 4);
        assert_eq!(text.offset_at(pos(2, 0), Utf16), 7);
        assert_eq!(text.offset_at(pos(3, 2), Utf16), 12);
        assert_eq!(text.position_at(4, Utf16), pos(1, 1));
        assert_eq!(text.position_at(11, Utf16), pos(3, 1));
        text.replace(2..3, "\r\n");
        assert_eq!(text.lone_carriage_returns, 0);
        assert_eq!(text.offset_at(pos(1, 1), Utf16), 5);
        text.replace(3..4, "");
        assert_eq!(
            text.lone_carriage_returns, 1,
            "splitting a CRLF leaves a lone CR"
        );
    }

    /// Long lines of mixed scripts span many rope chunks: every offset maps to
    /// the position a plain walk over the string gives, in every encoding.
    #[test]
    fn positions_across_chunk_boundaries_match_a_string_walk() {
        let line = "Cut p99 latency 😀 by 40% 東京 é\u{301} ".repeat(50);
        let source = format!("{line}\r\n{line}\nshort\n{line}");
        let text = Text::new(&source);
        assert!(text.rope().chunks().count() > 4);
        // (line, UTF-8, UTF-16, UTF-32 columns) at each character's start.
        let mut expected = Vec::new();
        let (mut line, mut columns) = (0, [0, 0, 0]);
        for (offset, ch) in source.char_indices() {
            expected.push((offset, line, columns));
            match ch {
                '\n' => (line, columns) = (line + 1, [0, 0, 0]),
                '\r' => {}
                _ => {
                    for (column, encoding) in columns.iter_mut().zip([Utf8, Utf16, Utf32]) {
                        *column += encoding.units(ch) as u32;
                    }
                }
            }
        }
        expected.push((source.len(), line, columns));
        for pair in expected.windows(2) {
            let (start, line, columns) = pair[0];
            for offset in start..pair[1].0 {
                assert_eq!(text.floor_char_boundary(offset), start);
                for (column, encoding) in columns.into_iter().zip([Utf8, Utf16, Utf32]) {
                    assert_eq!(
                        text.position_at(offset, encoding),
                        pos(line, column),
                        "offset {offset}, {encoding:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn empty_text_has_one_empty_line() {
        let text = Text::new("");
        assert_eq!(text.offset_at(pos(0, 5), Utf16), 0);
        assert_eq!(text.offset_at(pos(3, 0), Utf16), 0);
        assert_eq!(text.position_at(0, Utf16), pos(0, 0));
    }
}
