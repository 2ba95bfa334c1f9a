//! Flattens the Markdown block tree into the blocks the model is read from, in
//! document order: headings, paragraph lines, list items and table rows.

use std::ops::Range;
use std::rc::Rc;

use tree_sitter::Node;

use super::data::{self, JsonLine, Part};
use super::html;
use super::labels;
use super::plain;
use super::prose::Prose;
use super::sections::{self, SectionKind};
use crate::document::Text;

pub enum Block {
    Heading {
        level: u8,
        prose: Prose,
        span: Range<usize>,
        /// The heading links to another page: it names a project or an
        /// employer ("## [Steam Tools](projects/steam-tools)"), not a section.
        links_away: bool,
    },
    /// One line of a paragraph.
    Line {
        prose: Prose,
        emphasis: LineEmphasis,
        span: Range<usize>,
        /// The paragraph the line stands in, shared by its lines, with where
        /// the line starts in its prose: a role written as prose makes a
        /// bullet of the rest of the paragraph.
        paragraph: Option<(Rc<Paragraph>, usize)>,
    },
    Item {
        depth: usize,
        prose: Prose,
        has_children: bool,
        /// The item is only a link ("[Repository](…)").
        link_only: bool,
        /// How much of the item is strong emphasis.
        emphasis: LineEmphasis,
        /// From the marker to the end of the item's first paragraph.
        span: Range<usize>,
        /// The first paragraph's raw Markdown.
        inline: Range<usize>,
    },
    TableRow {
        cells: Vec<Prose>,
        /// The whole row, its pipes included: a role's parts stand between them.
        row: Prose,
        span: Range<usize>,
    },
    /// A code block: its text is not read.
    Code { span: Range<usize> },
    /// A value of a resume written as data, on a line of its own.
    Field {
        part: Part,
        prose: Prose,
        span: Range<usize>,
    },
}

/// A paragraph's words and its raw Markdown.
pub struct Paragraph {
    pub prose: Prose,
    pub inline: Range<usize>,
}

/// How much of a line is strong emphasis: `**Experience**` is all bold,
/// `**Acme**, Engineer` leads with bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEmphasis {
    None,
    Leading,
    Whole,
}

/// How far into a document a JSON body is looked for, past its front matter.
const JSON_BODY_BYTES: usize = 8192;

pub fn blocks(root: Node, text: &Text) -> Vec<Block> {
    if let Some(from) = json_start(text) {
        return json_blocks(text, from);
    }
    let mut out = Vec::new();
    visit(root, text, 0, &mut out);
    // Front matter may hold a section's paragraph (`about: I build …`);
    // it is read so only when the page goes on with a heading, so that no
    // line of the header falls into that section.
    let front_matter = root.child(0).filter(|node| node.kind() == "minus_metadata");
    if let Some(front_matter) = front_matter
        && matches!(out.first(), Some(Block::Heading { .. }))
    {
        let mut read = front_matter_sections(front_matter.byte_range(), text);
        read.append(&mut out);
        out = read;
    }
    out
}

/// Fewest words in a front matter value read as a paragraph of the page.
const MIN_FRONT_MATTER_PROSE_WORDS: usize = 12;
/// The heading level given to a section read from front matter: below any
/// other, so that it sets no section level.
const FRONT_MATTER_LEVEL: u8 = 6;

/// Front matter keys that name a section and hold its paragraph, as site
/// templates print them: a heading and its text for each.
fn front_matter_sections(range: Range<usize>, text: &Text) -> Vec<Block> {
    let source = text.slice(range.clone());
    let mut out = Vec::new();
    let mut at = range.start;
    for line in source.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let names_a_section =
            sections::classify_title(key.trim()).is_some_and(|kind| kind != SectionKind::Other);
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if !names_a_section || value.split_whitespace().count() < MIN_FRONT_MATTER_PROSE_WORDS {
            continue;
        }
        let piece = |part: &str, from: usize| {
            let offset = start + from + line[from..].find(part).unwrap_or(0);
            let span = offset..offset + part.len();
            let prose = Prose::from_pieces(std::slice::from_ref(&span), |r| text.slice(r));
            (prose, span)
        };
        let (title, title_span) = piece(key.trim(), 0);
        let (prose, span) = piece(value, key.len() + 1);
        out.push(Block::Heading {
            level: FRONT_MATTER_LEVEL,
            prose: title,
            span: title_span,
            links_away: false,
        });
        out.push(Block::Line {
            prose,
            emphasis: LineEmphasis::None,
            span,
            paragraph: None,
        });
    }
    out
}

/// A JSON body's section keys as headings and its strings as fields.
/// Where the document's JSON body starts, when it is a resume written as JSON.
pub fn json_start(text: &Text) -> Option<usize> {
    let head_end = text.floor_char_boundary(text.len_bytes().min(JSON_BODY_BYTES));
    data::json_body(&text.slice(0..head_end))
}

/// The words of a closed JSON string that spans `value` on its line, read
/// as [`blocks`] reads them; None when no such string spans exactly that.
pub fn json_value(text: &Text, value: Range<usize>) -> Option<Prose> {
    let line = line_span(text, value.clone());
    let source = text.slice(line.clone());
    let relative = value.start.checked_sub(line.start)?..value.end.checked_sub(line.start)?;
    // A string left open runs to the line's end, its break included.
    let closed = source
        .get(relative.end..)
        .is_some_and(|rest| rest.starts_with('"'));
    (closed && data::is_string_value(&source, relative))
        .then(|| Prose::from_pieces(std::slice::from_ref(&value), |r| text.slice(r)))
}

fn json_blocks(text: &Text, from: usize) -> Vec<Block> {
    let body = text.slice(from..text.len_bytes());
    let prose_of = |range: Range<usize>| {
        let piece = from + range.start..from + range.end;
        Prose::from_pieces(std::slice::from_ref(&piece), |r| text.slice(r))
    };
    data::json_lines(&body)
        .into_iter()
        .map(|(span, line)| {
            let span = from + span.start..from + span.end;
            match line {
                JsonLine::Section { key, level, .. } => Block::Heading {
                    level,
                    prose: prose_of(key),
                    span,
                    links_away: false,
                },
                JsonLine::Value { part, field } => Block::Field {
                    part,
                    prose: prose_of(field.value),
                    span,
                },
            }
        })
        .collect()
}

/// A line that is a template parameter (`company = "Acme"`) gives its value.
fn parameter(line: &Prose) -> Option<Block> {
    let field = data::parameter_line(line.text())?;
    Some(Block::Field {
        part: data::part_of(&line.text()[field.key]),
        prose: line.slice(field.value),
        span: line.source_span(),
    })
}

fn visit(node: Node, text: &Text, list_depth: usize, out: &mut Vec<Block>) {
    match node.kind() {
        "atx_heading" => {
            if let Some(inline) = child_of_kind(node, "inline") {
                out.push(Block::Heading {
                    level: atx_level(node),
                    prose: inline_prose(inline, text),
                    span: trimmed_span(node, text),
                    links_away: labels::links_away(&text.slice(inline.byte_range())),
                });
            }
        }
        "setext_heading" => {
            let inline = child_of_kind(node, "paragraph").and_then(|p| child_of_kind(p, "inline"));
            if let Some(inline) = inline {
                let level = if child_of_kind(node, "setext_h1_underline").is_some() {
                    1
                } else {
                    2
                };
                out.push(Block::Heading {
                    level,
                    prose: inline_prose(inline, text),
                    span: trimmed_span(node, text),
                    links_away: labels::links_away(&text.slice(inline.byte_range())),
                });
            }
        }
        "paragraph" => {
            if is_html_paragraph(node, text) {
                push_html(node.byte_range(), text, out);
            } else if let Some(inline) = child_of_kind(node, "inline") {
                push_lines(inline, text, out);
            }
        }
        "list" => {
            let mut cursor = node.walk();
            for item in node.children(&mut cursor) {
                visit_item(item, text, list_depth, out);
            }
        }
        "pipe_table" => {
            let mut cursor = node.walk();
            for row in node.children(&mut cursor) {
                // The header row names the columns ("Area | Tools"), not skills.
                if row.kind() == "pipe_table_row" {
                    let mut cells = row.walk();
                    let cells = row
                        .children(&mut cells)
                        .filter(|cell| cell.kind() == "pipe_table_cell")
                        .map(|cell| Prose::from_pieces(&[cell.byte_range()], |r| text.slice(r)))
                        .collect();
                    let span = trimmed_span(row, text);
                    out.push(Block::TableRow {
                        cells,
                        row: Prose::from_pieces(std::slice::from_ref(&span), |r| text.slice(r)),
                        span,
                    });
                }
            }
        }
        "html_block" => push_html(node.byte_range(), text, out),
        "fenced_code_block" if let Some(content) = plain_text_resume(node, text) => {
            push_plain_text(content, text, out)
        }
        // A fence in a programming language holds a sample of code: nothing
        // of the resume's own words is left unread.
        "fenced_code_block" if is_code_sample(node, text) => {}
        "fenced_code_block" | "indented_code_block" => out.push(Block::Code {
            span: trimmed_span(node, text),
        }),
        "document" | "section" | "block_quote" => {
            let mut cursor = node.walk();
            for child in node.children(&mut cursor) {
                visit(child, text, list_depth, out);
            }
        }
        _ => {}
    }
}

fn visit_item(item: Node, text: &Text, depth: usize, out: &mut Vec<Block>) {
    if item.kind() != "list_item" {
        return;
    }
    let paragraph = child_of_kind(item, "paragraph");
    let has_children = child_of_kind(item, "list").is_some();
    if let Some(inline) = paragraph.and_then(|p| child_of_kind(p, "inline")) {
        out.push(Block::Item {
            depth,
            prose: inline_prose(inline, text).trimmed(),
            has_children,
            link_only: labels::is_link_only(&text.slice(inline.byte_range())),
            emphasis: line_emphasis(&text.slice(inline.byte_range())),
            span: item.start_byte()..inline.end_byte(),
            inline: inline.byte_range(),
        });
    }
    let mut cursor = item.walk();
    for child in item.children(&mut cursor) {
        match child.kind() {
            "list" => {
                let mut items = child.walk();
                for nested in child.children(&mut items) {
                    visit_item(nested, text, depth + 1, out);
                }
            }
            "paragraph" if Some(child) == paragraph => {}
            _ => visit(child, text, depth + 1, out),
        }
    }
}

/// Whether a paragraph is HTML written without the blank lines that make an
/// HTML block: `<li>` lines right under a Markdown line.
fn is_html_paragraph(node: Node, text: &Text) -> bool {
    let opening = node.start_byte()..(node.start_byte() + 64).min(node.end_byte());
    html::starts_with_block_tag(&text.slice(text.clamp_range(opening)))
}

/// The blocks of the HTML around an offset, read as [`blocks`] reads them,
/// or None when the offset is not in HTML.
pub fn html_blocks_at(root: Node, text: &Text, offset: usize) -> Option<Vec<Block>> {
    let mut node = root.descendant_for_byte_range(offset, offset)?;
    loop {
        let html = node.kind() == "html_block"
            || node.kind() == "paragraph" && is_html_paragraph(node, text);
        if html {
            let mut out = Vec::new();
            push_html(node.byte_range(), text, &mut out);
            return Some(out);
        }
        node = node.parent()?;
    }
}

/// The blocks an HTML block's lines stand for: `<h2>` headings, `<li>` items,
/// `<summary>` and bold lines, and lines of plain text. Comments are invisible.
fn push_html(range: Range<usize>, text: &Text, out: &mut Vec<Block>) {
    let source = text.slice(range.clone());
    let prose_of = |inner: Range<usize>| {
        let inner = range.start + inner.start..range.start + inner.end;
        Prose::from_pieces(std::slice::from_ref(&inner), |r| text.slice(r)).trimmed()
    };
    for element in html::elements(&source) {
        let inner = &source[element.inner.clone()];
        let cells = html::cells(inner);
        let prose = if cells.is_empty() {
            prose_of(element.inner.clone())
        } else {
            let at = element.inner.start;
            let cells: Vec<Prose> = cells
                .into_iter()
                .map(|cell| prose_of(at + cell.start..at + cell.end))
                .filter(|cell| !cell.is_empty())
                .collect();
            Prose::joined(&cells, " | ")
        };
        if prose.is_empty() {
            continue;
        }
        let span = prose.source_span();
        out.push(match element.kind {
            html::Kind::Heading(level) => Block::Heading {
                level,
                links_away: labels::links_away(&source[element.inner.clone()]),
                prose,
                span,
            },
            html::Kind::Item(depth) => Block::Item {
                depth,
                has_children: false,
                link_only: false,
                emphasis: LineEmphasis::None,
                inline: span.clone(),
                span,
                prose,
            },
            html::Kind::Line { .. } if let Some(field) = parameter(&prose) => field,
            html::Kind::Line { bold } => Block::Line {
                emphasis: if bold {
                    LineEmphasis::Whole
                } else {
                    LineEmphasis::None
                },
                prose,
                span,
                paragraph: None,
            },
        });
    }
}

/// The content of a fenced block of plain text (no language, or `text`) that
/// holds a resume rather than a sample: its lines name sections.
fn plain_text_resume(fence: Node, text: &Text) -> Option<Range<usize>> {
    let content = child_of_kind(fence, "code_fence_content")?.byte_range();
    (!is_code_sample(fence, text) && plain::names_sections(&text.slice(content.clone())))
        .then_some(content)
}

/// Whether a fence names a language other than plain text: "```ts".
fn is_code_sample(fence: Node, text: &Text) -> bool {
    let language = child_of_kind(fence, "info_string")
        .map(|info| text.slice(info.byte_range()).trim().to_lowercase())
        .unwrap_or_default();
    !["", "text", "txt", "plain", "plaintext"].contains(&language.as_str())
}

/// A resume in plain text: lines in capitals that name a section are its
/// headings; the other lines read as paragraph lines.
fn push_plain_text(content: Range<usize>, text: &Text, out: &mut Vec<Block>) {
    for (whole, prose) in plain_paragraphs(content, text) {
        let one_line = !prose.text().contains('\n');
        if one_line && plain::is_title(&text.slice(whole.clone())) {
            out.push(Block::Heading {
                level: 2,
                span: prose.trimmed().source_span(),
                prose: prose.trimmed(),
                links_away: false,
            });
        } else {
            push_paragraph(prose, whole, text, out);
        }
    }
}

/// The paragraphs of plain text in `content`, each its range and words.
fn plain_paragraphs(content: Range<usize>, text: &Text) -> Vec<(Range<usize>, Prose)> {
    let source = text.slice(content.clone());
    let in_document = |r: &Range<usize>| content.start + r.start..content.start + r.end;
    plain::paragraphs(&source)
        .into_iter()
        .map(|lines| {
            let pieces: Vec<Range<usize>> = lines.iter().map(in_document).collect();
            let whole = pieces[0].start..pieces[pieces.len() - 1].end;
            (whole, Prose::from_pieces(&pieces, |r| text.slice(r)))
        })
        .collect()
}

/// The paragraph of a plain-text resume (in a fence) around an offset, as
/// [`blocks`] reads it: its range and words.
pub fn plain_paragraph_at(root: Node, text: &Text, offset: usize) -> Option<(Range<usize>, Prose)> {
    let mut node = root.descendant_for_byte_range(offset, offset)?;
    while node.kind() != "fenced_code_block" {
        node = node.parent()?;
    }
    let content = plain_text_resume(node, text)?;
    plain_paragraphs(content, text)
        .into_iter()
        .find(|(whole, _)| whole.start <= offset && offset <= whole.end)
}

/// A paragraph's lines, each read on its own: resumes put one fact on a line.
fn push_lines(inline: Node, text: &Text, out: &mut Vec<Block>) {
    push_paragraph(inline_prose(inline, text), inline.byte_range(), text, out);
}

/// The lines of a paragraph's words, `inline` being its raw Markdown.
fn push_paragraph(prose: Prose, inline: Range<usize>, text: &Text, out: &mut Vec<Block>) {
    let paragraph = Rc::new(Paragraph { prose, inline });
    for (starts_at, line_prose) in paragraph_lines(&paragraph.prose) {
        if let Some(field) = parameter(&line_prose) {
            out.push(field);
            continue;
        }
        let span = line_prose.source_span();
        out.push(Block::Line {
            emphasis: emphasis_at(text, span.start),
            prose: line_prose,
            span,
            paragraph: Some((Rc::clone(&paragraph), starts_at)),
        });
    }
}

/// The lines of a paragraph with text on them, trimmed, each with where it
/// starts in the paragraph's text.
pub fn paragraph_lines(prose: &Prose) -> impl Iterator<Item = (usize, Prose)> {
    let mut line_start = 0;
    prose.text().split('\n').filter_map(move |line| {
        let range = line_start..line_start + line.len();
        line_start = range.end + 1;
        let starts_at = range.start;
        let line_prose = prose.slice(range).trimmed();
        (!line_prose.is_empty()).then_some((starts_at, line_prose))
    })
}

/// How much of the source line around an offset is strong emphasis.
pub fn emphasis_at(text: &Text, offset: usize) -> LineEmphasis {
    line_emphasis(&text.slice(line_span(text, offset..offset)))
}

/// The source line around a span, markup included: `**Experience**` is bold though
/// its prose is only "Experience".
fn line_span(text: &Text, span: Range<usize>) -> Range<usize> {
    let rope = text.rope();
    let line = rope.byte_to_line(span.start.min(rope.len_bytes()));
    let start = rope.line_to_byte(line);
    let end = rope.line_to_byte((line + 1).min(rope.len_lines()));
    start..end
}

pub fn line_emphasis(raw: &str) -> LineEmphasis {
    let line = raw.trim().trim_end_matches(':').trim_end();
    let Some(marker) = ["**", "__"].into_iter().find(|m| line.starts_with(m)) else {
        return LineEmphasis::None;
    };
    let inner = &line[marker.len()..];
    match inner.find(marker) {
        Some(close) if close > 0 && close + marker.len() == inner.len() => LineEmphasis::Whole,
        Some(close) if close > 0 => LineEmphasis::Leading,
        _ => LineEmphasis::None,
    }
}

/// The words of an `inline` node, skipping the indentation and quote markers of
/// its continuation lines.
pub fn inline_prose(inline: Node, text: &Text) -> Prose {
    let mut pieces = Vec::new();
    let mut from = inline.start_byte();
    let mut cursor = inline.walk();
    for child in inline.children(&mut cursor) {
        if child.kind() == "block_continuation" {
            pieces.push(from..child.start_byte());
            from = child.end_byte();
        }
    }
    pieces.push(from..inline.end_byte());
    Prose::from_pieces(&pieces, |range| text.slice(range))
}

fn atx_level(heading: Node) -> u8 {
    heading
        .child(0)
        .and_then(|marker| marker.kind().strip_prefix("atx_h"))
        .and_then(|rest| rest.chars().next())
        .and_then(|digit| digit.to_digit(10))
        .map_or(1, |level| level as u8)
}

fn child_of_kind<'t>(node: Node<'t>, kind: &str) -> Option<Node<'t>> {
    let mut cursor = node.walk();
    node.children(&mut cursor)
        .find(|child| child.kind() == kind)
}

/// A block's span without its trailing line break.
fn trimmed_span(node: Node, text: &Text) -> Range<usize> {
    let range = node.byte_range();
    let trailing = text
        .slice(range.clone())
        .chars()
        .rev()
        .take_while(|c| *c == '\n' || *c == '\r')
        .count();
    range.start..range.end - trailing
}
