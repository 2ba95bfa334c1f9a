use super::lexicon::Lexicon;
use super::words::first_word;
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct WeakOpening;

static INFO: RuleInfo = RuleInfo {
    id: "weak-opening",
    name: "Weak opening",
    severity: Severity::Warning,
    summary: "A bullet does not begin with an action verb",
    why: "The first word is the one a skimming reader is sure to see. An action verb puts \
          what you did there; an article, a pronoun, a noun phrase, an \"-ing\" form or \
          \"was\" spends it on filler and often hides who acted.",
    fix: "Rewrite so the bullet starts with a past-tense verb for your own action (present \
          tense for a current role), followed by what you acted on.",
    weak: "The checkout service was rewritten to support three new currencies.",
    strong: "Rewrote the checkout service to take 3 new currencies, opening 2 markets \
             worth €1.1M a year.",
    fixable: false,
};

const ARTICLES: &[&str] = &["the", "a", "an", "this", "these", "that", "those"];
const PRONOUNS: &[&str] = &["he", "she", "they", "you", "it", "his", "her", "their"];
const BEING: &[&str] = &[
    "was", "were", "is", "are", "am", "been", "being", "had", "has", "have",
];

/// Bullets this short are labels ("Python", "Team lead"), not statements of work.
const MIN_WORDS: usize = 4;

impl Rule for WeakOpening {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let text = bullet.prose.text();
        if !context.is_statement(text) || super::words::word_count(text) < MIN_WORDS {
            return;
        }
        let Some(word) = first_word(text, 0) else {
            return;
        };
        if context
            .base
            .lexicon
            .vague_phrase_at(&text[word.start..])
            .is_some()
        {
            return; // `vague-verb` says it better.
        }
        if let Some(problem) = weak_start(context.base.lexicon, word.text) {
            let message = format!(
                "Starts with \"{}\" ({problem}): open with an action verb",
                word.text
            );
            out.push(finding_in(&INFO, &bullet.prose, word.range(), message));
        }
    }
}

/// What kind of weak start a first word is, or None for a verb.
fn weak_start(lexicon: &Lexicon, word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    // Only English openings are judged: the verb lists are English.
    if is_action_verb(lexicon, &lower) || !word.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
    {
        return None;
    }
    if ARTICLES.contains(&lower.as_str()) {
        Some("an article")
    } else if PRONOUNS.contains(&lower.as_str()) {
        Some("a pronoun")
    } else if BEING.contains(&lower.as_str()) {
        Some("a form of \"to be\"")
    } else if lower.ends_with("ing") && lower.len() > 5 {
        Some("an -ing form")
    } else if lower.ends_with("ly") && lower.len() > 4 {
        Some("an adverb")
    } else if !lower.ends_with("ed") && !is_first_person(&lower) {
        Some("a noun phrase")
    } else {
        None
    }
}

/// Known verbs in either tense, their third-person forms ("Leads"), and words
/// with a prefix ("Co-founded", "Re-architected").
fn is_action_verb(lexicon: &Lexicon, lower: &str) -> bool {
    let base = lower.rsplit('-').next().unwrap_or(lower);
    [lower, base].iter().any(|word| {
        lexicon.verb(word).is_some()
            || word
                .strip_suffix('s')
                .is_some_and(|stem| lexicon.verb(stem).is_some())
            || word
                .strip_suffix("es")
                .is_some_and(|stem| lexicon.verb(stem).is_some())
    })
}

/// `first-person` reports these.
fn is_first_person(lower: &str) -> bool {
    matches!(lower, "i" | "we" | "my" | "our" | "me")
}
