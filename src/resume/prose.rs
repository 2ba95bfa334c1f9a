//! The words of a piece of inline Markdown with the markup taken out, and a map
//! back to where each word stands in the document, so that rules read plain
//! words and still report exact source ranges.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use tree_sitter::{Node, Parser};

use crate::document::Edit;

/// Plain text plus, for every run of it, the source offset it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prose {
    text: String,
    /// `(prose offset, source offset)` where each contiguous run starts, in order.
    runs: Vec<(usize, usize)>,
    /// Source offset just past the last byte.
    source_end: usize,
    /// Source ranges of inline code and bare URLs: words there are the
    /// writer's literal text (a command, an address), never judged or fixed.
    code: Vec<Range<usize>>,
}

impl Prose {
    /// Reads inline Markdown spread over the given source pieces (a block's lines,
    /// without their indentation or quote markers). `text_of` returns a piece's text.
    pub fn from_pieces<'t>(
        pieces: &[Range<usize>],
        text_of: impl Fn(Range<usize>) -> std::borrow::Cow<'t, str>,
    ) -> Self {
        let mut raw = Prose::default();
        for piece in pieces {
            raw.push(&text_of(piece.clone()), piece.start);
        }
        raw.without_markup()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The same prose without leading and trailing white space.
    pub fn trimmed(&self) -> Prose {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len();
        self.slice(start..end.max(start))
    }

    /// The source range of a range of this prose.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.source_offset(range.start, false);
        let end = self.source_offset(range.end, true);
        start..end.max(start)
    }

    /// The source range covering the whole prose.
    pub fn source_span(&self) -> Range<usize> {
        self.source_range(0..self.text.len())
    }

    /// A sub-range of this prose as prose of its own.
    pub fn slice(&self, range: Range<usize>) -> Prose {
        let end = floor_char_boundary(&self.text, range.end);
        let range = floor_char_boundary(&self.text, range.start).min(end)..end;
        let mut part = Prose::default();
        let mut covered = range.start;
        while covered < range.end {
            let run = self.run_at(covered);
            let run_end = self.runs.get(run + 1).map_or(self.text.len(), |r| r.0);
            let end = run_end.min(range.end);
            let (prose_start, source_start) = self.runs[run];
            part.push(
                &self.text[covered..end],
                source_start + covered - prose_start,
            );
            covered = end;
        }
        part.source_end = self.source_offset(range.end, true);
        let span = self.source_range(range);
        part.code = self
            .code
            .iter()
            .filter(|code| code.start < span.end && span.start < code.end)
            .cloned()
            .collect();
        part
    }

    /// Pieces of prose read as one, `separator` between them: the cells of a
    /// row. The separator maps to the source right after the piece before it.
    pub fn joined(parts: &[Prose], separator: &str) -> Prose {
        let mut joined = Prose::default();
        for (at, part) in parts.iter().enumerate() {
            if at > 0 {
                joined.push(separator, joined.source_end);
            }
            joined.push_runs(part);
            joined.source_end = part.source_end;
            joined.code.extend(part.code.iter().cloned());
        }
        joined
    }

    /// Moves the source offsets that lie past `edit`.
    pub fn shift(&mut self, edit: &Edit) {
        for run in &mut self.runs {
            run.1 = edit.moved(run.1);
        }
        self.source_end = edit.moved(self.source_end);
        self.code
            .iter_mut()
            .for_each(|range| edit.moved_range(range));
    }

    /// Whether a source range lies inside inline code or a bare URL.
    pub fn is_literal(&self, span: &Range<usize>) -> bool {
        self.code
            .iter()
            .any(|code| code.start <= span.start && span.end <= code.end)
    }

    /// `end` picks, at a boundary between two runs, the end of the earlier one.
    fn source_offset(&self, offset: usize, end: bool) -> usize {
        if self.runs.is_empty() {
            return self.source_end;
        }
        if offset >= self.text.len() {
            return self.source_end;
        }
        let mut run = self.run_at(offset);
        if end && run > 0 && self.runs[run].0 == offset {
            run -= 1;
            let next_prose = self.runs[run + 1].0;
            return self.runs[run].1 + next_prose - self.runs[run].0;
        }
        self.runs[run].1 + offset - self.runs[run].0
    }

    fn run_at(&self, offset: usize) -> usize {
        self.runs
            .partition_point(|&(start, _)| start <= offset)
            .saturating_sub(1)
    }

    fn push(&mut self, text: &str, source_start: usize) {
        if text.is_empty() {
            return;
        }
        let joins_previous = self.source_end == source_start && !self.runs.is_empty();
        if !joins_previous {
            self.runs.push((self.text.len(), source_start));
        }
        self.text.push_str(text);
        self.source_end = source_start + text.len();
    }

    /// Drops emphasis markers, link targets, HTML tags and other syntax, keeping
    /// the words a reader sees.
    fn without_markup(self) -> Prose {
        // Most lines have no markup at all; only these bytes can open any.
        // Past a size no resume's block reaches, the text is read as written:
        // the inline grammar's time and memory grow faster than linearly on a
        // long run of delimiters (900 KB of "_a " takes minutes and gigabytes).
        let mut read = self.without_inline_markup();
        read.code.extend(bare_urls(&read));
        read.code.sort_by_key(|range| range.start);
        read
    }

    fn without_inline_markup(self) -> Prose {
        if self.text.len() > MAX_INLINE_BYTES
            || !self.text.bytes().any(|b| MARKUP_BYTES.contains(&b))
        {
            return self;
        }
        let markup = hidden_markup(&self.text);
        let hidden = &markup.hidden;
        let mut prose = Prose {
            code: markup
                .code
                .iter()
                .map(|code| self.source_range(code.clone()))
                .collect(),
            ..Prose::default()
        };
        let mut shown_from = 0;
        for range in hidden
            .iter()
            .cloned()
            .chain(std::iter::once(self.text.len()..self.text.len()))
        {
            if range.start > shown_from {
                prose.push_prose_range(&self, shown_from..range.start);
            }
            let glued = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
            if markup.breaks.contains(&range)
                && glued(prose.text.chars().next_back())
                && glued(self.text[range.end..].chars().next())
            {
                prose.push(" ", self.source_offset(range.start, false));
            }
            shown_from = shown_from.max(range.end);
        }
        if prose.runs.is_empty() {
            prose.source_end = self.runs.first().map_or(self.source_end, |run| run.1);
        }
        prose
    }

    fn push_prose_range(&mut self, from: &Prose, range: Range<usize>) {
        self.push_runs(&from.slice(range));
    }

    fn push_runs(&mut self, part: &Prose) {
        for (i, &(prose_start, source_start)) in part.runs.iter().enumerate() {
            let end = part.runs.get(i + 1).map_or(part.text.len(), |r| r.0);
            self.push(&part.text[prose_start..end], source_start);
        }
    }
}

/// The source ranges of the words of `prose` that are web addresses.
fn bare_urls(prose: &Prose) -> Vec<Range<usize>> {
    let text = prose.text();
    if !text.contains("://") && !text.contains("www.") {
        return Vec::new();
    }
    let mut start = 0;
    let mut urls = Vec::new();
    for word in text.split_inclusive(char::is_whitespace) {
        let at = start;
        start += word.len();
        let word = word.trim_end();
        if word.contains("://") || word.starts_with("www.") {
            urls.push(prose.source_range(at..at + word.len()));
        }
    }
    urls
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Byte ranges of a text that are syntax, shared between cache and callers.
type HiddenRanges = Rc<Markup>;

/// What the inline grammar found in a text: the syntax to hide, and the
/// code spans whose words are literal.
#[derive(Debug, Default)]
struct Markup {
    hidden: Vec<Range<usize>>,
    code: Vec<Range<usize>>,
    /// HTML tags that part what stands on each side, as a cell or a line
    /// break does on the page: read as a space.
    breaks: Vec<Range<usize>>,
}

/// Tags whose text on each side reads as separate words:
/// `<span>Acme</span><span>2019</span>`, `Berlin<br>Remote`.
const SEPARATING_TAGS: &[&str] = &["br", "span", "div", "p", "td", "th", "li", "tr"];

/// Inline results kept per thread, by text: after an edit most blocks are
/// unchanged, so their inline Markdown is not parsed again.
const CACHE_ENTRIES: usize = 4096;

thread_local! {
    static INLINE_PARSER: RefCell<Parser> = RefCell::new({
        let mut parser = Parser::new();
        parser
            .set_language(&tree_sitter_md::INLINE_LANGUAGE.into())
            .expect("the inline Markdown grammar is built for this tree-sitter version");
        parser
    });
    static HIDDEN_CACHE: RefCell<HashMap<Box<str>, HiddenRanges>> = RefCell::default();
}

/// The byte ranges of `text` that are syntax, sorted by start.
fn hidden_markup(text: &str) -> HiddenRanges {
    if let Some(hidden) = HIDDEN_CACHE.with_borrow(|cache| cache.get(text).cloned()) {
        return hidden;
    }
    let mut markup = Markup::default();
    INLINE_PARSER.with_borrow_mut(|parser| {
        if let Some(tree) = parser.parse(text, None) {
            collect_markup(tree.root_node(), &mut markup, text);
        }
    });
    markup.hidden.sort_by_key(|range| range.start);
    let hidden: HiddenRanges = markup.into();
    HIDDEN_CACHE.with_borrow_mut(|cache| {
        if cache.len() >= CACHE_ENTRIES {
            cache.clear();
        }
        cache.insert(text.into(), hidden.clone());
    });
    hidden
}

/// The longest block whose inline Markdown is parsed: about ten times the
/// longest paragraph a resume holds.
const MAX_INLINE_BYTES: usize = 16 * 1024;

/// Bytes that can start inline syntax we hide: emphasis, code, links, images,
/// HTML and autolinks, escapes, strikethrough.
const MARKUP_BYTES: &[u8] = b"*_`[]<\\~";

/// Node kinds that are syntax only: none of their text is read.
const HIDDEN_NODES: &[&str] = &[
    "emphasis_delimiter",
    "code_span_delimiter",
    "link_destination",
    "link_title",
    "link_label",
    "html_tag",
    "image",
];

/// Link punctuation hidden when it is a direct child of a link.
const LINK_PUNCTUATION: &[&str] = &["[", "]", "(", ")", "<", ">"];

fn collect_markup(node: Node, markup: &mut Markup, text: &str) {
    if node.kind() == "html_tag" {
        let name: String = text[node.byte_range()]
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if SEPARATING_TAGS.contains(&name.to_ascii_lowercase().as_str()) {
            markup.breaks.push(node.byte_range());
        }
    }
    if node.kind() == "code_span" {
        markup.code.push(node.byte_range());
    }
    let hidden = &mut markup.hidden;
    if HIDDEN_NODES.contains(&node.kind()) {
        hidden.push(node.byte_range());
        return;
    }
    let range = node.byte_range();
    match node.kind() {
        "backslash_escape" => hidden.push(range.start..range.start + 1),
        "uri_autolink" | "email_autolink" if range.len() >= 2 => {
            hidden.push(range.start..range.start + 1);
            hidden.push(range.end - 1..range.end);
        }
        _ => {}
    }
    let is_link = node.kind().ends_with("_link");
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if is_link && LINK_PUNCTUATION.contains(&child.kind()) {
            markup.hidden.push(child.byte_range());
        } else {
            collect_markup(child, markup, text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(source: &str) -> Prose {
        Prose::from_pieces(std::slice::from_ref(&(0..source.len())), |r| {
            source[r].into()
        })
    }

    #[test]
    fn markup_is_dropped_and_words_map_back() {
        let source = "**Built** the [billing API](https://x.io) in `Go` <b>now</b>";
        let p = prose(source);
        assert_eq!(p.text(), "Built the billing API in Go now");
        let api = p.text().find("billing API").unwrap();
        let range = p.source_range(api..api + "billing API".len());
        assert_eq!(&source[range], "billing API");
        let built = p.source_range(0..5);
        assert_eq!(&source[built], "Built");
        assert_eq!(&source[p.source_span()], &source[2..source.len() - 4]);
    }

    #[test]
    fn pieces_skip_what_lies_between_them() {
        let source = "- first line\n  second line";
        let p = Prose::from_pieces(&[2..13, 15..source.len()], |r| source[r].into());
        assert_eq!(p.text(), "first line\nsecond line");
        let second = p.text().find("second").unwrap();
        assert_eq!(p.source_range(second..second + 6), 15..21);
    }

    #[test]
    fn a_block_too_long_for_the_inline_grammar_is_read_as_written() {
        let source = "_a ".repeat(300_000);
        assert_eq!(prose(&source).text(), source);
        assert_eq!(prose("_a_ b").text(), "a b");
    }

    #[test]
    fn empty_and_unicode_text_never_panic() {
        for source in ["", "😀", "東京 **x**", "\\", "`", "[", "![](", "<", "**"] {
            let p = prose(source);
            let _ = p.source_range(0..p.text().len());
            let _ = p.source_range(p.text().len()..p.text().len() + 3);
        }
    }
}
