//! The safe mechanical fixes (a finding's `fix`: a technology's spelling, a
//! verb's tense). Rewrite templates are advice, never applied.

use crate::rules::{Finding, Fix};

/// Applies every fix that does not overlap an earlier one, and counts them.
/// A fix whose span is outside the text or splits a character is skipped.
pub fn apply(text: &str, findings: &[Finding]) -> (String, usize) {
    let mut fixes: Vec<&Fix> = findings.iter().filter_map(|f| f.fix.as_ref()).collect();
    fixes.sort_by_key(|fix| (fix.span.start, fix.span.end));
    fixes.dedup();
    let mut fixed = String::with_capacity(text.len());
    let mut copied = 0;
    let mut applied = 0;
    for fix in fixes {
        let Some(current) = text.get(fix.span.clone()) else {
            continue;
        };
        if fix.span.start < copied || current == fix.replacement {
            continue;
        }
        fixed.push_str(&text[copied..fix.span.start]);
        fixed.push_str(&fix.replacement);
        copied = fix.span.end;
        applied += 1;
    }
    fixed.push_str(&text[copied..]);
    (fixed, applied)
}

/// A unified diff from `old` to `new`, both labelled with `path`.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .header(path, path)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;

    fn finding(span: std::ops::Range<usize>, replacement: &str) -> Finding {
        Finding {
            rule: "tech-casing",
            severity: Severity::Warning,
            span: span.clone(),
            message: String::new(),
            fix: Some(Fix {
                span,
                replacement: replacement.to_string(),
            }),
            suggestions: Vec::new(),
            word: None,
        }
    }

    #[test]
    fn overlapping_and_broken_fixes_are_skipped() {
        let text = "Javascript and Github in é";
        let findings = [
            finding(15..21, "GitHub"),
            finding(0..10, "JavaScript"),
            finding(4..12, "overlap"),
            finding(0..10, "JavaScript"),
            finding(26..27, "split é"),
            finding(40..50, "past the end"),
        ];
        assert_eq!(
            apply(text, &findings),
            ("JavaScript and GitHub in é".to_string(), 2)
        );
    }
}
