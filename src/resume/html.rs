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
    let block = &without_comments(block);
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

/// The block with each comment blanked out, byte for byte and line breaks
/// kept, so that offsets still point into the source.
pub fn without_comments(block: &str) -> String {
    let mut bytes = block.as_bytes().to_vec();
    let mut from = 0;
    while let Some(open) = block[from..].find("<!--").map(|at| from + at) {
        let close = block[open..]
            .find("-->")
            .map_or(block.len(), |at| open + at + 3);
        bytes[open..close]
            .iter_mut()
            .filter(|byte| !matches!(byte, b'\n' | b'\r'))
            .for_each(|byte| *byte = b' ');
        from = close;
    }
    // Whole characters (between ASCII delimiters) became spaces: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| block.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

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
