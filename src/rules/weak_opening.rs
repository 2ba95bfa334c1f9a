use super::grammar::{self, Form};
use super::lexicon::{Lexicon, Tense};
use super::words::{self, first_word};
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::{Bullet, SectionKind};

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
const PRONOUNS: &[&str] = &[
    "i", "i'm", "i've", "i'd", "my", "we", "we've", "we're", "our", "me", "he", "she", "they",
    "you", "it", "his", "her", "their",
];
const BEING: &[&str] = &[
    "was", "were", "is", "are", "am", "been", "being", "had", "has", "have",
];
/// Prepositions that open an intro phrase: "In my first team, I …".
const INTRO_WORDS: &[&str] = &[
    "in",
    "over",
    "during",
    "after",
    "before",
    "as",
    "at",
    "for",
    "with",
    "since",
    "while",
    "within",
    "throughout",
    "from",
    "under",
    "when",
    "rather",
    "instead",
];
/// A bullet of one word is a label, not a statement of work.
const MIN_WORDS: usize = 2;
/// Prefixes that leave a verb a verb: "Co-founded", "Re-architected".
const VERB_PREFIXES: &[&str] = &[
    "co", "re", "pre", "de", "un", "mis", "over", "under", "out", "up", "cross",
];

impl Rule for WeakOpening {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn offers_rewrite(&self) -> bool {
        true
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let text = bullet.prose.text();
        // After a short heading ("Search revamp: …") the text is judged.
        let start = label_end(text).unwrap_or(0);
        let judged = &text[start..];
        if !context.is_own_work()
            || words::word_count(judged) < MIN_WORDS
            || context.is_list(judged)
            || (start > 0 && is_a_title(judged))
        {
            return;
        }
        let Some(word) = first_word(text, start) else {
            return;
        };
        if context
            .base
            .lexicon
            .vague_phrase_at(&text[word.start..])
            .is_some()
        {
            return; // `vague-verb` says it better ("Responsible for").
        }
        // "A static blog generator in Perl": the line under a project's name
        // that says what it is.
        let describes_project = context.section.kind == SectionKind::Projects
            && ["a", "an"].contains(&word.text.to_lowercase().as_str())
            && context
                .role
                .and_then(|role| role.bullets.first())
                .is_some_and(|first| first.span == bullet.span);
        if describes_project {
            return;
        }
        let rest = &text[word.range().end..];
        if let Some(problem) = weak_start(context.base.lexicon, word.text, rest) {
            let message = format!(
                "Starts with \"{}\" ({problem}): open with an action verb",
                word.text
            );
            out.push(finding_in(&INFO, &bullet.prose, word.range(), message));
        }
    }
}

/// What kind of weak start a first word is, or None for a verb (and for
/// words the English lists cannot judge: "E.ON", "Développé").
fn weak_start(lexicon: &Lexicon, word: &str, rest: &str) -> Option<&'static str> {
    let lower = word.to_lowercase().replace('’', "'");
    let abbreviation =
        rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_alphanumeric());
    let english = word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '\'' | '’'));
    if abbreviation || !english {
        return None;
    }
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return Some("a figure");
    }
    if ARTICLES.contains(&lower.as_str()) {
        return Some("an article");
    }
    if PRONOUNS.contains(&lower.as_str()) {
        return Some("a pronoun");
    }
    if BEING.contains(&lower.as_str()) {
        return Some("a form of \"to be\"");
    }
    if grammar::is_stative(&lower) {
        return Some("an adjective");
    }
    if INTRO_WORDS.contains(&lower.as_str()) {
        return Some("an intro phrase");
    }
    if lexicon.verb(&lower).is_some() && !grammar::reads_as_noun(rest) {
        return None;
    }
    // A past form before names is still the verb: "Implemented Redux Toolkit",
    // "Designed Relax NG schemas". Only "had"/"has"/"was" after it make it a
    // name ("Lockheed had …").
    let past = lexicon
        .verb(&lower)
        .is_some_and(|(_, tense)| tense == Tense::Past)
        || grammar::verb_form(&lower) == Some(Form::Past);
    let next = rest.split_whitespace().next().unwrap_or_default();
    if past && !matches!(next, "has" | "had") && !grammar::is_be(next) {
        return None;
    }
    let verb = std::iter::once(lower.as_str())
        .chain(prefixed_verb(&lower))
        .find_map(grammar::verb_form);
    match verb {
        Some(Form::Gerund) => Some("an -ing form"),
        Some(form) if !grammar::reads_as_noun(rest) && !modifies_next_verb(form, &lower, rest) => {
            None
        }
        _ if grammar::is_adverb(&lower) => Some("an adverb"),
        _ => Some("a noun phrase"),
    }
}

/// "re-architected" → "architected".
fn prefixed_verb(lower: &str) -> Option<&str> {
    let (prefix, verb) = lower.split_once('-')?;
    VERB_PREFIXES.contains(&prefix).then_some(verb)
}

/// Whether a base-form first word modifies the past-tense verb after it:
/// "Solo designed the migration".
fn modifies_next_verb(form: Form, lower: &str, rest: &str) -> bool {
    let next = words::first_word(rest, 0);
    form == Form::Base
        && grammar::is_adverb_or_adjective(lower)
        && next.is_some_and(|next| grammar::verb_form(next.text) == Some(Form::Past))
}

/// Where the text after a short heading starts: "Search revamp: Led …".
fn label_end(text: &str) -> Option<usize> {
    let colon = text.find(':')?;
    (words::word_count(&text[..colon]) <= super::LABEL_WORDS).then_some(colon + 1)
}

/// Whether the text after a label is a title in title case ("Thesis:
/// Representation Steering for Generative Models"), not a clause to judge.
fn is_a_title(text: &str) -> bool {
    let long_words: Vec<&str> = text
        .split_whitespace()
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long_words
        .iter()
        .filter(|word| word.starts_with(char::is_uppercase))
        .count();
    long_words.len() >= 2 && capitalised * 4 >= long_words.len() * 3
}
