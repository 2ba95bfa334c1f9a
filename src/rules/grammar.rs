//! English word classes and verb forms, looked up rather than guessed from
//! suffixes: whether a word can be a verb (or an adverb) comes from the
//! part-of-speech lists of the English Wiktionary, compiled into an FST by
//! `wiktionary-part-of-speech-extract` (read in place, no start-up parse);
//! irregular pasts and participles come from `data/irregular_verbs.toml`.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;
use wiktionary_part_of_speech_extract::{ENGLISH_TAG_LOOKUP, Tag, TagSet};

/// The form a verb takes in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "build", "participate": imperative, present or infinitive.
    Base,
    /// "builds", "oversees".
    Third,
    /// "built", "migrated": past tense or past participle.
    Past,
    /// "building".
    Gerund,
}

#[derive(Deserialize)]
struct IrregularFile {
    verbs: Vec<String>,
}

/// An irregular verb's past tenses and participles.
#[derive(Default)]
struct Irregular {
    past: Vec<String>,
    participles: Vec<String>,
}

/// Base form → its irregular forms.
static IRREGULAR: LazyLock<HashMap<String, Irregular>> = LazyLock::new(|| {
    let file: IrregularFile = toml::from_str(include_str!("data/irregular_verbs.toml"))
        .expect("the irregular verb list is valid; a test reads it");
    let split = |forms: Option<&str>| -> Vec<String> {
        forms
            .unwrap_or_default()
            .split('/')
            .map(str::to_string)
            .collect()
    };
    file.verbs
        .iter()
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let base = parts.next()?.to_string();
            let past = split(parts.next());
            let participles = split(parts.next());
            Some((base, Irregular { past, participles }))
        })
        .collect()
});

/// Irregular past or participle → (base, whether it is a participle).
static IRREGULAR_FORMS: LazyLock<HashMap<String, (String, bool)>> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    for (base, irregular) in IRREGULAR.iter() {
        for past in &irregular.past {
            forms.insert(past.clone(), (base.clone(), false));
        }
        for participle in &irregular.participles {
            forms.insert(participle.clone(), (base.clone(), true));
        }
    }
    forms
});

const BE: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re",
];

/// The word in lower case with a typographic apostrophe made plain.
fn normal(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

fn tags(lower: &str) -> TagSet {
    ENGLISH_TAG_LOOKUP.get(lower).unwrap_or_default()
}

fn has(tags: &TagSet, tag: Tag) -> bool {
    tags.tags().any(|t| t == tag)
}

/// Whether the English Wiktionary lists the word at all.
pub fn is_english_word(word: &str) -> bool {
    !tags(&normal(word)).is_empty()
}

/// Whether the word can be a preposition, conjunction, determiner, pronoun
/// or particle ("in", "and", "the", "it", "up").
pub fn is_function_word(word: &str) -> bool {
    let tags = tags(&normal(word));
    [
        Tag::Preposition,
        Tag::Conjunction,
        Tag::Determiner,
        Tag::Pronoun,
        Tag::Particle,
    ]
    .into_iter()
    .any(|tag| has(&tags, tag))
}

/// Whether the word can be a verb in some form.
pub fn is_verb(word: &str) -> bool {
    let lower = normal(word);
    IRREGULAR_FORMS.contains_key(&lower) || has(&tags(&lower), Tag::Verb)
}

/// Whether the word is an adverb that may stand between a verb and its
/// particle or object ("worked closely with", "mainly working").
pub fn is_adverb(word: &str) -> bool {
    const SHORT: &[&str] = &[
        "also", "still", "just", "then", "now", "often", "even", "always", "again", "later",
        "once", "too", "very", "soon", "first", "together", "pretty", "rather",
    ];
    let lower = normal(word);
    if SHORT.contains(&lower.as_str()) {
        return true;
    }
    let tags = tags(&lower);
    lower.ends_with("ly")
        && has(&tags, Tag::Adverb)
        && !has(&tags, Tag::Verb)
        && !has(&tags, Tag::Noun)
}

/// Whether the word can be an adverb or an adjective ("Solo", "Jointly").
pub fn is_adverb_or_adjective(word: &str) -> bool {
    let tags = tags(&normal(word));
    has(&tags, Tag::Adverb) || has(&tags, Tag::Adjective)
}

/// Participles that describe a state rather than an action done to
/// someone: "is interested in", "was involved in", "Focused on".
pub fn is_stative(word: &str) -> bool {
    const STATIVE: &[&str] = &[
        "based",
        "located",
        "involved",
        "interested",
        "excited",
        "pleased",
        "experienced",
        "skilled",
        "dedicated",
        "focused",
        "focussed",
        "motivated",
        "committed",
        "immersed",
        "versed",
        "specialized",
        "specialised",
        "passionate",
        "driven",
        "exposed",
        "concerned",
        "responsible",
        "self-employed",
        "self-taught",
        "accustomed",
        "eager",
        "keen",
    ];
    STATIVE.contains(&normal(word).as_str())
}

/// Whether what follows a word that may be a verb or a noun makes it a noun:
/// "Lead Database Consultant", "Support for the sales team", "Design of the
/// API", "Work was recognised".
pub fn reads_as_noun(rest: &str) -> bool {
    let mut next = rest.split_whitespace();
    let capitalised =
        |word: Option<&str>| word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let (first, second) = (next.next(), next.next());
    // "Collaborate to design …": an infinitive after it makes the word a verb.
    let infinitive = first == Some("to")
        && second.is_some_and(|w| !capitalised(Some(w)) && verb_form(w) == Some(Form::Base));
    !infinitive && matches!(first, Some("to" | "of" | "for" | "has" | "had"))
        || first.is_some_and(is_be)
        || (capitalised(first) && capitalised(second))
}

/// Whether the word is a form of "to be".
pub fn is_be(word: &str) -> bool {
    BE.contains(&normal(word).as_str())
}

/// The form of a verb, or None for a word that is never a verb.
pub fn verb_form(word: &str) -> Option<Form> {
    let lower = normal(word);
    if IRREGULAR_FORMS.contains_key(&lower) {
        return Some(Form::Past);
    }
    if !has(&tags(&lower), Tag::Verb) {
        return None;
    }
    let stem_is_verb = |ending: &str| {
        lower
            .strip_suffix(ending)
            .is_some_and(|stem| base_forms(stem).iter().any(|s| has(&tags(s), Tag::Verb)))
    };
    Some(if stem_is_verb("ing") {
        Form::Gerund
    } else if stem_is_verb("ed") || stem_is_verb("d") {
        Form::Past
    } else if stem_is_verb("s") || stem_is_verb("es") {
        Form::Third
    } else {
        Form::Base
    })
}

/// Whether the word may be a verb's base form: "build", and "run" or "cut",
/// which are also their own past forms.
pub fn can_be_base(word: &str) -> bool {
    verb_form(word) == Some(Form::Base) || IRREGULAR.contains_key(&normal(word))
}

/// Whether the word is a past participle: "migrated", "brought", "written".
pub fn is_participle(word: &str) -> bool {
    let lower = normal(word);
    // A form that is both ("brought") was entered as a participle.
    match IRREGULAR_FORMS.get(&lower) {
        Some((_, participle)) => *participle,
        None => verb_form(&lower) == Some(Form::Past),
    }
}

/// The base forms a stem left by a removed ending may come from:
/// "migrat" → "migrate", "plann" → "plan", "appl(ied)" → "apply".
pub fn base_forms(stem: &str) -> Vec<String> {
    let mut found = vec![stem.to_string(), format!("{stem}e"), format!("{stem}y")];
    let mut chars = stem.chars().rev();
    if let (Some(last), Some(before)) = (chars.next(), chars.next())
        && last == before
    {
        found.push(stem[..stem.len() - last.len_utf8()].to_string());
    }
    if let Some(base) = stem.strip_suffix('i') {
        found.push(format!("{base}y"));
    }
    found
}

/// Whether `word` is `lemma` or one of its inflections: "worked" and
/// "working" of "work", "duties" of "duty", "brought" of "bring", "was" of "be".
pub fn inflects(word: &str, lemma: &str) -> bool {
    if word.eq_ignore_ascii_case(lemma) {
        return true;
    }
    // Regular forms keep the first letter; only irregular ones ("was",
    // "went") need the full look-up. Most words are ruled out here, cheaply.
    let first = |text: &str| text.chars().next().map(|c| c.to_ascii_lowercase());
    if first(word) != first(lemma) && !IRREGULAR.contains_key(lemma) {
        return false;
    }
    let word = normal(word);
    if word == lemma {
        return true;
    }
    if lemma == "be" {
        return BE.contains(&word.as_str());
    }
    let irregular = IRREGULAR.get(lemma).is_some_and(|irregular| {
        irregular.past.contains(&word) || irregular.participles.contains(&word)
    });
    irregular || regular_inflection(&word, lemma)
}

fn regular_inflection(word: &str, lemma: &str) -> bool {
    let last = lemma.chars().next_back();
    if let Some(ending) = word.strip_prefix(lemma) {
        let doubled = last.is_some_and(|last| {
            ending.starts_with(last) && matches!(&ending[last.len_utf8()..], "ed" | "ing")
        });
        return matches!(ending, "s" | "es" | "ed" | "d" | "ing") || doubled;
    }
    let cut = |suffix: char, endings: &[&str]| {
        lemma
            .strip_suffix(suffix)
            .and_then(|stem| word.strip_prefix(stem))
            .is_some_and(|ending| endings.contains(&ending))
    };
    cut('e', &["ing", "ed"]) || cut('y', &["ies", "ied"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_are_looked_up() {
        assert_eq!(verb_form("Participate"), Some(Form::Base));
        assert_eq!(verb_form("participating"), Some(Form::Gerund));
        assert_eq!(verb_form("Oversees"), Some(Form::Third));
        assert_eq!(verb_form("Led"), Some(Form::Past));
        assert_eq!(verb_form("Bring"), Some(Form::Base));
        assert_eq!(verb_form("Responsible"), None);
        assert_eq!(verb_form("Kubernetes"), None);
        assert!(is_participle("brought") && is_participle("laid") && is_participle("marked"));
        assert!(!is_participle("responsible") && !is_participle("bring"));
        assert!(is_adverb("directly") && is_adverb("Mainly") && !is_adverb("supply"));
    }

    #[test]
    fn inflections_of_a_lemma() {
        for (word, lemma) in [
            ("worked", "work"),
            ("Working", "work"),
            ("participates", "participate"),
            ("participating", "participate"),
            ("duties", "duty"),
            ("planned", "plan"),
            ("took", "take"),
            ("was", "be"),
            ("I’ve", "i've"),
        ] {
            assert!(inflects(word, lemma), "{word} of {lemma}");
        }
        assert!(!inflects("network", "work") && !inflects("helpful", "help"));
    }
}
