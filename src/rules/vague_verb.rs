use super::{BulletContext, Finding, Rule, RuleInfo, Severity, bullet_finding};
use crate::resume::{Bullet, SectionKind};

pub struct VagueVerb;

static INFO: RuleInfo = RuleInfo {
    id: "vague-verb",
    severity: Severity::Warning,
    summary: "A bullet leads with a vague verb or a duty phrase instead of what you did",
    explanation: "\
## vague-verb

**Why it matters.** A reader gives each bullet a few seconds. Openers such as \
\"worked on\", \"helped with\" or \"responsible for\" say that you were near the work, \
not what you did there, so the reader cannot tell your part from the team's.

**How to fix it.** Start with a verb that names your own action (built, cut, led, \
migrated, automated), then the thing you acted on, then what changed because of it.

**Weak:** Worked on the search service for the mobile app.

**Strong:** Rebuilt the mobile app's search service on OpenSearch, cutting median \
query time from 420 ms to 60 ms.
",
};

/// Opening phrases, longest first so "helped with" wins over "helped", each with
/// what it hides.
const PHRASES: &[(&str, &str)] = &[
    ("responsible for", "describes a duty, not what you did"),
    ("worked on", "says where you were, not what you did"),
    ("helped with", "hides your own part in the work"),
    ("helped", "hides your own part in the work"),
    ("assisted with", "hides your own part in the work"),
    ("assisted", "hides your own part in the work"),
    ("involved in", "says you were there, not what you did"),
];

impl Rule for VagueVerb {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: BulletContext, out: &mut Vec<Finding>) {
        if !matches!(
            context.section.kind,
            SectionKind::Experience | SectionKind::Projects
        ) {
            return;
        }
        let text = bullet.prose.text();
        for start in clause_starts(text) {
            if let Some((length, hides)) = leading_phrase(&text[start..]) {
                let words = &text[start..start + length];
                let message = format!(
                    "\"{}\" {hides}; open with your own action",
                    capitalised(words)
                );
                out.push(bullet_finding(
                    &INFO,
                    bullet,
                    start..start + length,
                    message,
                ));
            }
        }
    }
}

/// Where clauses start: the bullet's first word, and the first word after a
/// colon, semicolon or dash ("Tokyo office: helped with ...").
fn clause_starts(text: &str) -> Vec<usize> {
    let breaks = text
        .match_indices([':', ';', '—', '–'])
        .map(|(at, mark)| at + mark.len());
    let mut starts: Vec<usize> = std::iter::once(0)
        .chain(breaks)
        .filter_map(|from| first_word(text, from))
        .collect();
    starts.dedup();
    starts
}

/// The start of the first word at or after `from`, skipping spaces, emoji and
/// punctuation; None when none follows.
fn first_word(text: &str, from: usize) -> Option<usize> {
    text[from..]
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(at, _)| from + at)
}

/// The length of a vague phrase opening `clause`, and what it hides.
fn leading_phrase(clause: &str) -> Option<(usize, &'static str)> {
    PHRASES.iter().find_map(|&(phrase, hides)| {
        let head = clause.get(..phrase.len())?;
        let ends_word = clause[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (head.eq_ignore_ascii_case(phrase) && ends_word).then_some((phrase.len(), hides))
    })
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_at_clause_starts() {
        assert_eq!(leading_phrase("Worked on the API"), Some((9, PHRASES[1].1)));
        assert_eq!(
            leading_phrase("helped with onboarding").map(|m| m.0),
            Some(11)
        );
        assert_eq!(leading_phrase("Helped"), Some((6, PHRASES[3].1)));
        assert_eq!(leading_phrase("Helpedx"), None);
        assert_eq!(leading_phrase("Workflows on"), None);
        assert_eq!(leading_phrase("東京"), None);
        assert_eq!(clause_starts("🚀 Worked: 大阪 team; — x"), [5, 13, 30]);
    }
}
