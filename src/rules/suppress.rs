//! Disable comments in the resume itself:
//! `<!-- resume-lsp-disable-next-line rule-id -->`,
//! `<!-- resume-lsp-disable rule-id -->` … `<!-- resume-lsp-enable rule-id -->`,
//! `<!-- resume-lsp-disable-file rule-id -->`. Without ids they cover every rule.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Finding;
use crate::document::Edit;

/// A directive's name ends at white space or the comment's end, so an unknown
/// name such as `disable-line` is not read as `disable`.
static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)<!--\s*resume-lsp-(disable-next-line|disable-file|disable|enable)((?:\s.*?)?)-->",
    )
    .unwrap()
});

/// Rule ids a directive names; empty means every rule.
type RuleIds = Vec<String>;

/// The document ranges where rules are turned off.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    ranges: Vec<(Range<usize>, RuleIds)>,
    /// Where each directive's comment stands.
    directives: Vec<Range<usize>>,
    /// The ranges of `disable-next-line`, which follow the text of their line.
    next_lines: Vec<Range<usize>>,
}

impl Suppressions {
    pub fn parse(text: &str) -> Self {
        let mut ranges = Vec::new();
        let mut directives = Vec::new();
        let mut next_lines = Vec::new();
        let mut open: Vec<(usize, String)> = Vec::new();
        for directive in DIRECTIVE.captures_iter(text) {
            let whole = directive.get(0).expect("a match has a whole");
            directives.push(whole.range());
            let ids: RuleIds = directive[2]
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect();
            match &directive[1] {
                "disable-file" => ranges.push((0..text.len(), ids)),
                "disable-next-line" => {
                    let line = next_line(text, whole.end());
                    next_lines.push(line.clone());
                    ranges.push((line, ids));
                }
                "disable" if ids.is_empty() => open.push((whole.end(), String::new())),
                "disable" => open.extend(ids.into_iter().map(|id| (whole.end(), id))),
                _ => {
                    // An enable closes the regions of the rules it names, or all of them.
                    let (closed, still_open) = open
                        .into_iter()
                        .partition(|(_, id)| ids.is_empty() || ids.contains(id));
                    open = still_open;
                    ranges.extend(closed.into_iter().map(|(start, id)| {
                        (
                            start..whole.start(),
                            if id.is_empty() { vec![] } else { vec![id] },
                        )
                    }));
                }
            }
        }
        ranges.extend(open.into_iter().map(|(start, id)| {
            (
                start..text.len(),
                if id.is_empty() { vec![] } else { vec![id] },
            )
        }));
        Self {
            ranges,
            directives,
            next_lines,
        }
    }

    /// Whether editing the text inside `range` (which holds no `<` or `>`)
    /// may change what is suppressed: a directive's comment runs across it,
    /// or a `disable-next-line` covers its line.
    pub fn depend_on(&self, range: &Range<usize>) -> bool {
        let meets = |other: &Range<usize>| other.start <= range.end && range.start <= other.end;
        self.directives.iter().chain(&self.next_lines).any(meets)
    }

    /// Moves the ranges that lie past an edit which [`Self::depend_on`] said
    /// leaves them as they are.
    pub fn shift(&mut self, edit: &Edit) {
        let ranges = self.ranges.iter_mut().map(|(range, _)| range);
        for range in ranges
            .chain(&mut self.directives)
            .chain(&mut self.next_lines)
        {
            edit.moved_range(range);
        }
    }

    pub fn covers(&self, finding: &Finding) -> bool {
        self.ranges.iter().any(|(range, ids)| {
            range.contains(&finding.span.start)
                && (ids.is_empty() || ids.iter().any(|id| id == finding.rule))
        })
    }
}

/// The line after the comment with text on it, with the lines that continue
/// it: a bullet wrapped over several lines is one line to its reader.
fn next_line(text: &str, offset: usize) -> Range<usize> {
    let mut lines = text[offset..]
        .split_inclusive('\n')
        .scan(offset, |start, line| {
            let range = *start..*start + line.len();
            *start = range.end;
            Some((range, line))
        })
        .skip(1)
        .skip_while(|(_, line)| line.trim().is_empty());
    let Some((first, _)) = lines.next() else {
        return text.len()..text.len();
    };
    let end = lines
        .take_while(|(_, line)| continues_a_block(line))
        .last()
        .map_or(first.end, |(range, _)| range.end);
    first.start..end
}

/// A line that carries on the block above it: not blank, and not the start of
/// a new list item, heading or comment.
fn continues_a_block(line: &str) -> bool {
    let line = line.trim_start();
    let starts_item = line.starts_with(['-', '*', '+'])
        || line
            .split_once(['.', ')'])
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    !line.trim().is_empty() && !starts_item && !line.starts_with('#') && !line.starts_with("<!--")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;

    fn finding(rule: &'static str, at: usize) -> Finding {
        Finding {
            rule,
            severity: Severity::Warning,
            span: at..at + 1,
            message: String::new(),
            fix: None,
            suggestions: Vec::new(),
            word: None,
        }
    }

    #[test]
    fn each_directive_covers_its_range() {
        let text = "a\n<!-- resume-lsp-disable-next-line vague-verb -->\n\n- b\n- c\n\
                    <!-- resume-lsp-disable no-metric, buzzword -->\nd\n<!-- resume-lsp-enable buzzword -->\ne\n";
        let s = Suppressions::parse(text);
        let at = |needle: &str| text.find(needle).unwrap();
        assert!(s.covers(&finding("vague-verb", at("b\n"))));
        assert!(!s.covers(&finding("no-metric", at("b\n"))));
        assert!(!s.covers(&finding("vague-verb", at("c\n"))));
        assert!(s.covers(&finding("buzzword", at("d\n"))));
        assert!(!s.covers(&finding("buzzword", at("e\n"))));
        assert!(s.covers(&finding("no-metric", at("e\n"))));
        assert!(!s.covers(&finding("no-metric", at("a\n"))));

        let wrapped = "<!-- resume-lsp-disable-next-line -->\n- one\n  wrapped\n- two\n";
        let s = Suppressions::parse(wrapped);
        assert!(s.covers(&finding("long-bullet", wrapped.find("wrapped").unwrap())));
        assert!(!s.covers(&finding("long-bullet", wrapped.find("two").unwrap())));
        let all = Suppressions::parse("x\n<!-- resume-lsp-disable-file -->\n");
        assert!(all.covers(&finding("tense", 0)));
        let unknown = Suppressions::parse("<!-- resume-lsp-disable-line no-metric -->\nx\n");
        assert!(!unknown.covers(&finding("no-metric", 45)));
    }
}
