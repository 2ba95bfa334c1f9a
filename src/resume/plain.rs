//! Resumes written as plain text, as in a fenced block: section names in
//! capitals on lines of their own, a role's text indented under its line.

use std::ops::Range;

use super::sections::classify_title;

/// How many section names make a block of plain text a resume.
const MIN_SECTION_NAMES: usize = 2;

/// Whether a line is a section name in capitals: "EXPERIENCE", "SKILLS".
pub fn is_title(line: &str) -> bool {
    let line = line.trim();
    line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && classify_title(line).is_some()
}

/// Whether plain text holds a resume: some of its lines name sections.
pub fn names_sections(text: &str) -> bool {
    text.lines().filter(|line| is_title(line)).count() >= MIN_SECTION_NAMES
}

/// The paragraphs of plain text, each as the ranges of its lines (from the
/// first character with text to the line break, which is kept but on the
/// last line). A blank line, a rule ("-----") or a change of indentation
/// ends a paragraph: a role's text indented under its line is apart from it.
pub fn paragraphs(text: &str) -> Vec<Vec<Range<usize>>> {
    let mut out: Vec<Vec<Range<usize>>> = Vec::new();
    let mut indent = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        let is_rule = body
            .trim()
            .chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '*'));
        if body.trim().is_empty() || is_rule {
            indent = None;
            continue;
        }
        let own_indent = body.len() - body.trim_start().len();
        let range = start + own_indent..at;
        match out.last_mut() {
            Some(lines) if indent == Some(own_indent) => lines.push(range),
            _ => out.push(vec![range]),
        }
        indent = Some(own_indent);
    }
    for lines in &mut out {
        if let Some(last) = lines.last_mut() {
            let trimmed = text[last.clone()].trim_end().len();
            last.end = last.start + trimmed;
        }
    }
    out
}
