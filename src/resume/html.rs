//! Reads the resume parts written as HTML blocks, line by line: headings,
//! list items, summaries of `<details>`, bold lines and plain text. Tags and
//! comments are markup; what is left on a line is its text.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// What an HTML line stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Heading(u8),
    /// A list item, with its nesting depth.
    Item(usize),
    Line {
        bold: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub kind: Kind,
    /// The element's text (inline tags still in it), relative to the block.
    pub inner: Range<usize>,
}

static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*<h([1-6])\b[^>]*>(.*?)(?:</h[1-6]>|$)").unwrap());
/// A Markdown heading written inside an HTML block, which the grammar leaves
/// as HTML when no blank line ends the block before it.
static MARKDOWN_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$").unwrap());
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:<[uo]l\b[^>]*>\s*)*<li\b[^>]*>(.*?)(?:</li>\s*)?(?:</[uo]l>\s*)*$")
        .unwrap()
});
static SUMMARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)(?:</summary>\s*)?$").unwrap()
});
/// A paragraph that opens with one of these tags is HTML to read line by
/// line: the Markdown grammar takes `<h3>` or `<li>` lines for a paragraph.
static BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*<(?:h[1-6]|li|ul|ol|div|p|details|summary|table|tbody|thead|tr|td|th|section|article|header|dl|dt|dd)\b")
        .unwrap()
});

/// Whether a paragraph is HTML written without the blank lines or tags that
/// make an HTML block.
pub fn starts_with_block_tag(text: &str) -> bool {
    BLOCK_TAG.is_match(text)
}
static BOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:<(?:p|div|span|td)\b[^>]*>\s*)*<(?:b|strong)\b[^>]*>").unwrap()
});
static LIST_OPEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)<[uo]l\b").unwrap());
static LIST_CLOSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)</[uo]l\s*>").unwrap());
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").unwrap());

/// The elements of an HTML block, in order.
pub fn elements(block: &str) -> Vec<Element> {
    let block = &visible_only(block);
    let mut out = Vec::new();
    let mut lists: usize = 0;
    // An `<li>` alone on its line gives its kind to the next line of text.
    let mut open_item: Option<usize> = None;
    let mut line_start = 0;
    for line in block.split_inclusive('\n') {
        let at = line_start;
        line_start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let (kind, inner) = if let Some(caps) = HEADING.captures(body) {
            let level = caps[1].parse().unwrap_or(2);
            (Some(Kind::Heading(level)), caps.get(2).map(|m| m.range()))
        } else if let Some(caps) = MARKDOWN_HEADING.captures(body) {
            let level = caps[1].len() as u8;
            (Some(Kind::Heading(level)), caps.get(2).map(|m| m.range()))
        } else if let Some(caps) = ITEM.captures(body) {
            let depth = lists.saturating_sub(1);
            let inner = caps.get(1).map(|m| m.range());
            if inner.as_ref().is_none_or(|r| !has_text(&body[r.clone()])) {
                open_item = Some(depth);
            }
            (Some(Kind::Item(depth)), inner)
        } else if let Some(caps) = SUMMARY.captures(body) {
            (
                Some(Kind::Line { bold: true }),
                caps.get(1).map(|m| m.range()),
            )
        } else {
            let kind = match open_item.take() {
                Some(depth) => Kind::Item(depth),
                None => Kind::Line {
                    bold: BOLD.is_match(body),
                },
            };
            (Some(kind), Some(0..body.len()))
        };
        lists += LIST_OPEN.find_iter(body).count();
        lists = lists.saturating_sub(LIST_CLOSE.find_iter(body).count());
        if let (Some(kind), Some(inner)) = (kind, inner)
            && has_text(&body[inner.clone()])
        {
            out.push(Element {
                kind,
                inner: at + inner.start..at + inner.end,
            });
        }
    }
    out
}

static CELL_OPEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)<t[dh]\b[^>]*>").unwrap());
static CELL_CLOSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)</t[dh]\s*>").unwrap());

/// The contents of a table row's cells written on one line
/// (`<tr><td>Engineer</td><td>Acme</td><td>2021</td>`), when it has two or
/// more: their text must stay apart, as the columns do on the page.
pub fn cells(line: &str) -> Vec<Range<usize>> {
    let opens: Vec<Range<usize>> = CELL_OPEN.find_iter(line).map(|m| m.range()).collect();
    if opens.len() < 2 {
        return Vec::new();
    }
    opens
        .iter()
        .enumerate()
        .map(|(at, open)| {
            let limit = opens.get(at + 1).map_or(line.len(), |next| next.start);
            let end = CELL_CLOSE
                .find(&line[open.end..limit])
                .map_or(limit, |close| open.end + close.start());
            open.end..end
        })
        .collect()
}

/// Whether a piece of HTML has any text outside its tags.
fn has_text(html: &str) -> bool {
    TAG.replace_all(html, "").chars().any(char::is_alphanumeric)
}

/// The block with what the page does not show (comments, hidden elements)
/// blanked out, byte for byte and line breaks kept, so that offsets still
/// point into the source.
pub fn visible_only(block: &str) -> String {
    let mut bytes = block.as_bytes().to_vec();
    let mut blank = |range: Range<usize>| {
        bytes[range]
            .iter_mut()
            .filter(|byte| !matches!(byte, b'\n' | b'\r'))
            .for_each(|byte| *byte = b' ');
    };
    let mut from = 0;
    while let Some(open) = block[from..].find("<!--").map(|at| from + at) {
        let close = block[open..]
            .find("-->")
            .map_or(block.len(), |at| open + at + 3);
        blank(open..close);
        from = close;
    }
    for hidden in HIDDEN.captures_iter(block) {
        let (whole, tag) = (hidden.get(0).unwrap(), &hidden[1]);
        blank(whole.start()..element_end(block, tag, whole.end()));
    }
    // Whole characters (between ASCII delimiters) became spaces: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| block.to_string())
}

/// An opening tag of an element the page does not show: `hidden`, a hiding
/// class, `display: none`, `aria-hidden="true"`.
static HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)<([a-z][a-z0-9]*)\b[^>]*?(?:\shidden\b|class\s*=\s*["'][^"']*\b(?:hidden|d-none|sr-only|visually-hidden)\b|style\s*=\s*["'][^"']*display\s*:\s*none|aria-hidden\s*=\s*["']true)[^>]*>"#,
    )
    .unwrap()
});

/// Where the element opened just before `from` ends: after its closing tag,
/// counting elements of the same name nested in it; the block's end if it
/// is not closed.
fn element_end(block: &str, tag: &str, from: usize) -> usize {
    // ASCII case only, so that offsets stay those of `block`.
    let lower = block.to_ascii_lowercase();
    let (open, close) = (format!("<{tag}"), format!("</{tag}"));
    let mut depth = 1;
    let mut at = from;
    while let Some(next) = lower[at..].find('<').map(|i| at + i) {
        let rest = &lower[next..];
        if rest.starts_with(&close) {
            depth -= 1;
            let end = rest.find('>').map_or(lower.len(), |i| next + i + 1);
            if depth == 0 {
                return end;
            }
            at = end;
        } else {
            if rest.starts_with(&open) {
                depth += 1;
            }
            at = next + 1;
        }
    }
    block.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_elements_are_invisible() {
        let block =
            "<div class=\"cv hidden\">\nKeywords: Go\n<div>Kafka</div>\n</div>\n<p>Shown</p>";
        let visible = visible_only(block);
        assert_eq!(visible.len(), block.len());
        assert!(!visible.contains("Keywords") && !visible.contains("Kafka"));
        assert!(visible.contains("<p>Shown</p>"));
        let unclosed = visible_only("<p hidden>Secret İ");
        assert!(!unclosed.contains("Secret"));
    }

    fn read(block: &str) -> Vec<(Kind, &str)> {
        elements(block)
            .into_iter()
            .map(|e| (e.kind, &block[e.inner]))
            .collect()
    }

    #[test]
    fn headings_items_and_text_lines() {
        let block = "<div>\n<h2 id=\"work\">Work</h2>\n<h4>Engineer | Acme | 2020</h4>\n<ul>\n  <li>Built the API.</li>\n  <li>\n    Cut costs 10%.\n  </li>\n</ul>\n<!-- <li>hidden</li> -->\n</div>\n";
        assert_eq!(
            read(block),
            [
                (Kind::Heading(2), "Work"),
                (Kind::Heading(4), "Engineer | Acme | 2020"),
                (Kind::Item(0), "Built the API."),
                (Kind::Item(0), "    Cut costs 10%."),
            ]
        );
    }

    #[test]
    fn cells_of_a_row_on_one_line() {
        let row = "<tr><td>Consultant</td><td><a href=\"x\">Acme</a></td><td>2021";
        let read: Vec<&str> = cells(row).into_iter().map(|r| &row[r]).collect();
        assert_eq!(read, ["Consultant", "<a href=\"x\">Acme</a>", "2021"]);
        assert!(cells("<td>only one</td>").is_empty());
    }

    #[test]
    fn nested_lists_and_summaries() {
        let block = "<details><summary>Acme</summary>\n<ul><li>Led it\n<ul><li>Shipped it</li></ul></li></ul>\n</details>\n";
        let read = read(block);
        assert_eq!(read[0], (Kind::Line { bold: true }, "Acme"));
        assert_eq!(read[1].0, Kind::Item(0));
    }
}
