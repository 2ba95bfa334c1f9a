//! Resumes written as data rather than Markdown: a JSON Resume object pasted
//! as the page body, or the `company = "Acme"` parameters of a template
//! include. The keys say what each value is: a section, the name or dates of
//! a role, an accomplishment, or the technologies used.

use std::ops::Range;

use super::sections::{SectionKind, classify_title};

/// What a key says its value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Organisation,
    Title,
    Dates,
    Accomplishment,
    /// A paragraph on what the job or project was ("summary", "description").
    Description,
    Stack,
    /// Anything else: a link, a place, a phone number.
    Other,
}

/// Keys of each part, lower case, as JSON Resume and site templates name them.
const KEYS: &[(Part, &[&str])] = &[
    (
        Part::Organisation,
        &[
            "company",
            "organization",
            "organisation",
            "employer",
            "institution",
            "name",
        ],
    ),
    (
        Part::Title,
        &["position", "title", "role", "job", "studytype", "degree"],
    ),
    (
        Part::Dates,
        &[
            "startdate",
            "enddate",
            "date",
            "dates",
            "period",
            "time",
            "duration",
            "releasedate",
        ],
    ),
    (Part::Description, &["summary", "description"]),
    (
        Part::Accomplishment,
        &["highlights", "achievements", "responsibilities"],
    ),
    (
        Part::Stack,
        &[
            "skills",
            "keywords",
            "technologies",
            "stack",
            "tools",
            "tech",
        ],
    ),
];

pub fn part_of(key: &str) -> Part {
    let key = key.to_lowercase().replace(['_', '-'], "");
    KEYS.iter()
        .find(|(_, keys)| keys.contains(&key.as_str()))
        .map_or(Part::Other, |(part, _)| *part)
}

/// A value the data gives, with its key, both as ranges of the text read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: Range<usize>,
    pub value: Range<usize>,
}

/// A template parameter on a line of its own: `company = "Acme"`.
pub fn parameter_line(line: &str) -> Option<Field> {
    let (key, rest) = line.split_once('=')?;
    let key_text = key.trim();
    let is_key = !key_text.is_empty()
        && key_text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let value = rest.trim();
    let quoted = value.len() >= 2 && value.starts_with('"') && value.ends_with('"');
    if !is_key || !quoted {
        return None;
    }
    let key_start = line.len() - line.trim_start().len();
    let value_start = key.len() + 1 + (rest.len() - rest.trim_start().len()) + 1;
    Some(Field {
        key: key_start..key_start + key_text.len(),
        value: value_start..value_start + value.len() - 2,
    })
}

/// Where the body of a document starts when, after any front matter, it is a
/// JSON object: `{` alone on the first line with text.
pub fn json_body(text: &str) -> Option<usize> {
    let mut at = front_matter_end(text);
    for line in text[at..].split_inclusive('\n') {
        match line.trim() {
            "" => at += line.len(),
            "{" => return Some(at),
            _ => return None,
        }
    }
    None
}

/// Where the YAML front matter ends (0 when there is none).
fn front_matter_end(text: &str) -> usize {
    let mut lines = text.split_inclusive('\n');
    if lines.next().is_none_or(|first| first.trim_end() != "---") {
        return 0;
    }
    let mut at = text.find('\n').map_or(text.len(), |end| end + 1);
    for line in lines {
        at += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return at;
        }
    }
    0
}

/// What one line of a JSON body says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonLine {
    /// A key that names a section, with its depth as a heading level.
    Section { key: Range<usize>, level: u8 },
    /// A string, with the key it stands under (its own or its array's).
    Value { part: Part, field: Field },
}

/// Reads a JSON body line by line, as JSON Resume and most hand-written JSON
/// lay it out: a key or an array item on each line, short arrays inline.
/// Offsets are relative to `body`.
pub fn json_lines(body: &str) -> Vec<(Range<usize>, JsonLine)> {
    let mut out = Vec::new();
    // The key of each open object or array, innermost last.
    let mut open: Vec<Option<Range<usize>>> = Vec::new();
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let span = start..start + line.trim_end().len();
        let tokens = tokens(line, start);
        let mut key: Option<Range<usize>> = None;
        for (at, token) in tokens.iter().enumerate() {
            match token {
                Token::Key(range) => {
                    key = Some(range.clone());
                    let followed = tokens.get(at + 1);
                    let has_value = matches!(followed, Some(Token::Value(_) | Token::Open));
                    let is_text = matches!(followed, Some(Token::Value(_)));
                    if has_value && opens_section(&body[range.clone()], open.len(), is_text) {
                        let level = u8::try_from(open.len()).unwrap_or(u8::MAX);
                        let key = range.clone();
                        out.push((span.clone(), JsonLine::Section { key, level }));
                    }
                }
                Token::Value(value) => {
                    if let Some(key) = key.take().or_else(|| open.last().cloned().flatten()) {
                        let part = part_of(&body[key.clone()]);
                        let field = Field {
                            key,
                            value: value.clone(),
                        };
                        out.push((span.clone(), JsonLine::Value { part, field }));
                    }
                }
                Token::Open => open.push(key.take()),
                Token::Close => {
                    open.pop();
                }
            }
        }
        start += line.len();
    }
    out
}

/// Whether `range` of a line of JSON is exactly one string value (its text
/// between the quotes).
pub fn is_string_value(line: &str, range: Range<usize>) -> bool {
    tokens(line, 0).contains(&Token::Value(range))
}

/// Whether a key at `depth` (1 inside the top-level object) opens a section.
/// Top-level keys name the sections; one level down, only a profile text does
/// (`"basics": {"summary": "…"}`).
fn opens_section(key: &str, depth: usize, is_text: bool) -> bool {
    let kind = classify_title(key);
    match depth {
        1 => kind.is_some(),
        2 => kind == Some(SectionKind::Summary) && is_text,
        _ => false,
    }
}

/// The parts of a line of JSON that the reader needs, with ranges in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A string followed by a colon.
    Key(Range<usize>),
    Value(Range<usize>),
    Open,
    Close,
}

/// The strings (without their quotes) and brackets of a line, in order; the
/// line starts at `offset` in the body.
fn tokens(line: &str, offset: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = line.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                let mut end = line.len();
                let mut escaped = false;
                for (i, c) in chars.by_ref() {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => {
                            end = i;
                            break;
                        }
                        _ => escaped = false,
                    }
                }
                let range = offset + at + 1..offset + end;
                let is_key = line[(end + 1).min(line.len())..]
                    .trim_start()
                    .starts_with(':');
                out.push(if is_key {
                    Token::Key(range)
                } else {
                    Token::Value(range)
                });
            }
            '{' | '[' => out.push(Token::Open),
            '}' | ']' => out.push(Token::Close),
            _ => {}
        }
    }
    out
}
