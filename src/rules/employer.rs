//! Lines about the employer rather than the writer's own work ("Acme is a
//! payments startup", "Acme hired me to rebuild checkout"): context a reader
//! welcomes, not an accomplishment to judge for verbs, results or voice.

use super::grammar::{self, Form};
use super::lexicon::Lexicon;
use super::words::{Word, words};
use crate::resume::Role;

/// Nouns that name a kind of business: an opening noun phrase holding one
/// describes the employer ("Series B fintech startup in Berlin").
const BUSINESS_NOUNS: &[&str] = &[
    "startup",
    "start-up",
    "scale-up",
    "scaleup",
    "company",
    "agency",
    "firm",
    "marketplace",
    "retailer",
    "bank",
    "vendor",
    "manufacturer",
    "publisher",
    "nonprofit",
    "non-profit",
    "unicorn",
    "conglomerate",
    "subsidiary",
];
/// "Acme hired me", "I was brought on by Acme".
const HIRING_VERBS: &[&str] = &[
    "hired",
    "recruited",
    "contracted",
    "engaged",
    "approached",
    "invited",
];
/// An opening phrase this long or longer is a sentence, not a company's tagline.
const MAX_PHRASE_WORDS: usize = 12;

/// Whether a bullet's text describes the employer, or how the writer came to
/// work there, rather than what the writer did.
pub fn describes_employer(text: &str, role: Option<&Role>, lexicon: &Lexicon) -> bool {
    // Most bullets open with the writer's action verb: nothing to read further.
    let opening = words(text).next();
    if opening.is_some_and(|word| {
        lexicon.verb(word.text).is_some()
            && !role.is_some_and(|role| organisation_has(role, word.text))
    }) {
        return false;
    }
    let words: Vec<Word> = words(text).take(MAX_PHRASE_WORDS + 1).collect();
    let lower = |at: usize| {
        words
            .get(at)
            .map(|w| w.text.to_lowercase())
            .unwrap_or_default()
    };
    let is = |at: usize, set: &[&str]| set.contains(&lower(at).as_str());
    let Some(first) = words.first() else {
        return false;
    };
    // "I was hired by", "We were contracted to".
    if is(0, &["i", "we"]) && is(1, &["was", "were"]) && is(2, HIRING_VERBS) {
        return true;
    }
    // The subject: the capitalised words before the first lower-case one.
    let subject = words
        .iter()
        .take_while(|word| word.text.starts_with(char::is_uppercase))
        .count();
    if subject > 0 && is(subject, HIRING_VERBS) && is(subject + 1, &["me", "us"]) {
        return true;
    }
    let names_employer = role.is_some_and(|role| organisation_has(role, first.text));
    let opens_with_verb =
        lexicon.verb(&lower(0)).is_some() || grammar::verb_form(first.text).is_some();
    // "Acme is a payments startup", "Nomos built planning software" at Nomos.
    let describes = is(subject, &["is", "was"]) && is(subject + 1, &["a", "an", "one", "the"]);
    let employer_acts = names_employer
        && words.get(1).is_some_and(|next| {
            grammar::verb_form(next.text) == Some(Form::Past) || grammar::is_be(next.text)
        });
    if (subject > 0 && subject <= 4 && describes && !opens_with_verb) || employer_acts {
        return true;
    }
    !opens_with_verb && opening_phrase_names_a_business(text)
}

/// "Series A startup with 30 staff": the text up to its first break is a
/// phrase, not a sentence about the writer ("I was employed at a firm"),
/// that names a kind of business.
fn opening_phrase_names_a_business(text: &str) -> bool {
    let phrase = text
        .split([',', '.', ';', ':', '('])
        .next()
        .unwrap_or_default();
    let words: Vec<String> = words(phrase).map(|word| word.text.to_lowercase()).collect();
    let sentence = words
        .iter()
        .any(|word| matches!(word.as_str(), "i" | "we" | "my" | "our") || grammar::is_be(word));
    words.len() <= MAX_PHRASE_WORDS
        && !sentence
        && words
            .iter()
            .any(|word| BUSINESS_NOUNS.contains(&word.as_str()))
}

/// Whether a word is one of the words of the role's organisation.
pub fn organisation_has(role: &Role, word: &str) -> bool {
    word.chars().count() >= 3
        && role.organisation.as_deref().is_some_and(|organisation| {
            organisation
                .split(|c: char| !c.is_alphanumeric())
                .any(|part| part.eq_ignore_ascii_case(word))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resume::Role;

    fn role_at(organisation: &str) -> Role {
        Role {
            title: None,
            organisation: Some(organisation.to_string()),
            location: None,
            dates: None,
            heading: 0..0,
            bullets: Vec::new(),
            stack_lines: Vec::new(),
        }
    }

    fn about_employer(text: &str) -> bool {
        let role = role_at("Quillbank");
        describes_employer(text, Some(&role), &Lexicon::builtin())
    }

    #[test]
    fn lines_about_the_employer_are_context() {
        assert!(about_employer(
            "Quillbank hired me to rebuild their mobile checkout."
        ));
        assert!(about_employer(
            "I was hired by Quillbank to lead their data platform."
        ));
        assert!(about_employer(
            "Quillbank is a payments startup serving 40 banks."
        ));
        assert!(about_employer(
            "Norrow was one of the first ride-sharing apps in Chile."
        ));
        assert!(about_employer(
            "Quillbank built lending software for credit unions."
        ));
        assert!(about_employer("Seed-stage logistics startup in Lisbon"));
    }

    #[test]
    fn the_writers_own_work_is_not() {
        assert!(!about_employer(
            "Rebuilt the mobile checkout for Quillbank."
        ));
        assert!(!about_employer(
            "I was employed as a technician at a survey firm."
        ));
        assert!(!about_employer(
            "The checkout service was rewritten by the team."
        ));
        assert!(!about_employer("Lightbulb was developed in three months."));
        assert!(!about_employer(
            "Help drive the move of billing to a vendor platform"
        ));
        assert!(!about_employer(
            "Member of the on-call rota for the payments team"
        ));
    }
}
