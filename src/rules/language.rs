//! Which language a line is written in, cheaply enough to ask on every
//! keystroke: the short words nearly every sentence uses, its accented
//! letters and its script. A line too short to tell takes its section's
//! language.

use super::grammar::{self, Form};
use super::lexicon::{Lexicon, Tense};
use super::words::words;
use crate::resume::Prose;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// The languages in Latin script told apart by their words, English first.
const LATIN: [&str; 8] = [
    "English",
    "German",
    "French",
    "Spanish",
    "Portuguese",
    "Italian",
    "Dutch",
    "Polish",
];
const GERMAN: u8 = 1 << 1;
const FRENCH: u8 = 1 << 2;
const SPANISH: u8 = 1 << 3;
const PORTUGUESE: u8 = 1 << 4;
const ITALIAN: u8 = 1 << 5;
const POLISH: u8 = 1 << 7;

/// Points for a function word of a language, and for a word with its accents.
const FUNCTION_WORD_POINTS: u32 = 2;
const ACCENT_POINTS: u32 = 1;
/// Points for a line in another script: it is plainly that language.
const SCRIPT_POINTS: u32 = 4;
/// A language needs this many points before a line is judged in it, and
/// this many before the line is judged in it whatever its section's language.
const ENOUGH: u32 = 2;
const SURE: u32 = 4;
/// A section is in one language when it has this many times the points of
/// the other side (English against the rest).
const DOMINANCE: u32 = 2;

/// Function word (lower case) → the languages that use it, as bits in
/// [`LATIN`] order.
static FUNCTION_WORDS: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let lists: HashMap<String, Vec<String>> =
        toml::from_str(include_str!("data/function_words.toml"))
            .expect("the function word lists are valid; a test reads them");
    let mut languages: HashMap<String, u8> = HashMap::new();
    for (bit, language) in LATIN.iter().enumerate() {
        for word in lists.get(*language).into_iter().flatten() {
            *languages.entry(word.clone()).or_default() |= 1 << bit;
        }
    }
    languages
});

/// The languages that write a letter with this accent, as bits in [`LATIN`] order.
fn accent_languages(letter: char) -> u8 {
    match letter {
        'ä' | 'ö' | 'ü' | 'ß' => GERMAN,
        'è' | 'ë' | 'î' | 'ï' | 'û' | 'œ' => FRENCH,
        'é' => FRENCH | SPANISH | PORTUGUESE,
        'à' => FRENCH | ITALIAN | PORTUGUESE,
        'â' | 'ê' | 'ô' | 'ç' => FRENCH | PORTUGUESE,
        'ã' | 'õ' => PORTUGUESE,
        'ñ' => SPANISH,
        'á' | 'í' | 'ó' | 'ú' => SPANISH | PORTUGUESE,
        'ì' | 'ò' | 'ù' => ITALIAN,
        'ą' | 'ę' | 'ł' | 'ś' | 'ż' | 'ź' | 'ć' | 'ń' => POLISH,
        _ => 0,
    }
}

/// A word in lower case, copied only when it has a capital.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The languages in other scripts that engineers write resumes in. Asked
/// among all it knows, the detector takes short Russian for Macedonian.
static SCRIPT_LANGUAGES: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    use whatlang::Lang::*;
    whatlang::Detector::with_allowlist(vec![
        Rus, Ukr, Cmn, Jpn, Kor, Ell, Heb, Ara, Pes, Hin, Ben, Tam, Tha,
    ])
});

/// The name users know a language by ("Chinese", not "Mandarin").
fn language_name(language: whatlang::Lang) -> &'static str {
    match language {
        whatlang::Lang::Cmn => "Chinese",
        language => language.eng_name(),
    }
}

fn is_latin(letter: char) -> bool {
    letter.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&letter)
}

/// Chinese, Japanese and Korean letters each carry about a word.
fn is_cjk(letter: char) -> bool {
    matches!(letter, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// What a text, or a section's texts together, say of their language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Points per language, in [`LATIN`] order.
    latin: [u32; LATIN.len()],
    /// A language in another script ("Russian", "Chinese") and its points.
    script: Option<(&'static str, u32)>,
}

/// What the evidence says: English, another language, or too little to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// With the points it won by.
    English(u32),
    Other(&'static str, u32),
    Unsure,
}

impl Evidence {
    /// Of prose, its inline code, web addresses and the technologies the
    /// lexicon knows aside ("Jest" is a Polish word too).
    pub fn of_prose(prose: &Prose, lexicon: &Lexicon) -> Evidence {
        let text = prose.text();
        let aside = |word: Range<usize>| {
            // Names are capitalised; only those are looked up, as the lookup
            // is the costly part.
            let named = text[word.clone()].starts_with(char::is_uppercase)
                && lexicon.technology(&text[word.clone()]).is_some();
            named || prose.is_literal(&prose.source_range(word))
        };
        // The action verbs first, the dictionary for the rest ("Worked").
        let is_past = |word: &str| {
            lexicon
                .verb(word)
                .is_some_and(|(_, tense)| tense == Tense::Past)
                || grammar::verb_form(word) == Some(Form::Past)
        };
        Evidence::of_words(text, aside, is_past)
    }

    /// Of a text, the words `aside` picks aside; `is_past` tells an English
    /// past tense.
    fn of_words(
        text: &str,
        aside: impl Fn(Range<usize>) -> bool,
        is_past: impl Fn(&str) -> bool,
    ) -> Evidence {
        let (mut latin, mut other) = (0, 0);
        for letter in text.chars().filter(|c| c.is_alphabetic()) {
            match letter {
                letter if is_latin(letter) => latin += 1,
                letter if is_cjk(letter) => other += 3,
                _ => other += 1,
            }
        }
        let mut evidence = Evidence::default();
        if other > latin {
            let language = SCRIPT_LANGUAGES
                .detect_lang(text)
                .map_or("another script", language_name);
            evidence.script = Some((language, SCRIPT_POINTS));
            return evidence;
        }
        for word in words(text) {
            // "example.com", "t.me/en": parts of an address, not words.
            if text[..word.start].ends_with(['.', '/', '@']) {
                continue;
            }
            // Every function word is short; a longer word is looked up for
            // its accents only.
            let function_word = if word.text.len() <= 8 {
                FUNCTION_WORDS.get(lowercase(word.text).as_ref()).copied()
            } else {
                None
            };
            let accents = word
                .text
                .chars()
                .fold(0, |bits, c| bits | accent_languages(c));
            // "Migrated", "Worked": English past tenses, which no other of
            // these languages forms.
            let english_past = word.text.ends_with("ed") && is_past(word.text);
            let english_bit = if english_past { 1 } else { 0 };
            let languages = function_word.unwrap_or(0) | english_bit;
            if (languages == 0 && accents == 0) || aside(word.range()) {
                continue;
            }
            evidence.score(languages, FUNCTION_WORD_POINTS);
            evidence.score(accents, ACCENT_POINTS);
        }
        evidence
    }

    fn score(&mut self, languages: u8, points: u32) {
        for (bit, score) in self.latin.iter_mut().enumerate() {
            if languages & (1 << bit) != 0 {
                *score += points;
            }
        }
    }

    pub fn add(&mut self, other: &Evidence) {
        for (score, more) in self.latin.iter_mut().zip(other.latin) {
            *score += more;
        }
        self.script = match (self.script, other.script) {
            (Some((a, x)), Some((b, y))) if a == b => Some((a, x + y)),
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
            (a, b) => a.or(b),
        };
    }

    /// The evidence with one line's taken out and another's put in; None
    /// when a line in another script is involved (their tally is not a sum).
    pub fn replaced(&self, old: &Evidence, new: &Evidence) -> Option<Evidence> {
        if old.script.is_some() || new.script.is_some() {
            return None;
        }
        let mut evidence = *self;
        for ((score, old), new) in evidence.latin.iter_mut().zip(old.latin).zip(new.latin) {
            *score = *score - old + new;
        }
        Some(evidence)
    }

    /// The other Latin-script languages from most points to fewest, ties
    /// in [`LATIN`] order: what breaks a line's ties.
    fn ranking(&self) -> [usize; LATIN.len() - 1] {
        let mut ranking: [usize; LATIN.len() - 1] = std::array::from_fn(|i| i + 1);
        ranking.sort_by_key(|&i| (std::cmp::Reverse(self.latin[i]), i));
        ranking
    }

    /// Whether English, or the other languages, hold most of the points: a
    /// section in one language, not a mix.
    fn is_dominated(&self) -> bool {
        let english = self.latin[0];
        let script = self.script.map_or(0, |(_, points)| points);
        let other = self.latin[1..]
            .iter()
            .copied()
            .chain([script])
            .max()
            .unwrap_or(0);
        english.max(other) >= DOMINANCE * english.min(other)
    }

    /// The language with the most points (ties go to the one `tie_break`
    /// gives more), if it outscores English and has enough.
    fn verdict(&self, tie_break: &Evidence) -> Verdict {
        let english = self.latin[0];
        let latin = (1..LATIN.len())
            .max_by_key(|&i| (self.latin[i], tie_break.latin[i], std::cmp::Reverse(i)))
            .map(|i| (LATIN[i], self.latin[i]));
        let other = latin
            .into_iter()
            .chain(self.script)
            .max_by_key(|(_, points)| *points);
        match other {
            Some((language, points)) if points >= ENOUGH && points > english => {
                Verdict::Other(language, points)
            }
            _ if english >= ENOUGH => Verdict::English(english),
            _ => Verdict::Unsure,
        }
    }
}

/// Whether every line reads as the same language in a section with the
/// evidence `a` as in one with `b`: what [`foreign_language`] reads of a
/// section is the same.
pub fn reads_alike(a: &Evidence, b: &Evidence) -> bool {
    let language = |evidence: &Evidence| match evidence.verdict(evidence) {
        Verdict::English(_) => Some("English"),
        Verdict::Other(language, _) => Some(language),
        Verdict::Unsure => None,
    };
    language(a) == language(b) && a.is_dominated() == b.is_dominated() && a.ranking() == b.ranking()
}

/// The language of a line when it is not English: its own, or, when the
/// line says too little to be sure, its section's if one language holds
/// most of it (`section` holds the evidence of all the section's lines).
pub fn foreign_language(line: &Evidence, section: &Evidence) -> Option<&'static str> {
    let verdict = match (line.verdict(section), section.verdict(section)) {
        (own @ (Verdict::English(points) | Verdict::Other(_, points)), _) if points >= SURE => own,
        (own, Verdict::Unsure) => own,
        (Verdict::Unsure, of_section) => of_section,
        (own, _) if !section.is_dominated() => own,
        (_, of_section) => of_section,
    };
    match verdict {
        Verdict::Other(language, _) => Some(language),
        Verdict::English(_) | Verdict::Unsure => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Evidence {
        Evidence::of_words(text, |_| false, |word| word == "Worked")
    }

    fn alone(text: &str) -> Option<&'static str> {
        foreign_language(&of(text), &Evidence::default())
    }

    fn within(text: &str, section: &[&str]) -> Option<&'static str> {
        let mut total = Evidence::default();
        for line in section {
            total.add(&of(line));
        }
        foreign_language(&of(text), &total)
    }

    #[test]
    fn the_function_words_tell_the_language() {
        assert_eq!(
            alone("Aufbau der Plattform für Zahlungen mit Go"),
            Some("German")
        );
        assert_eq!(
            alone("Refonte du site et migration vers Vue"),
            Some("French")
        );
        assert_eq!(
            alone("Migração do sistema de pagamentos para Kotlin"),
            Some("Portuguese")
        );
        assert_eq!(
            alone("Diseño del servicio de pagos con Go"),
            Some("Spanish")
        );
        assert_eq!(
            alone("Rozwój aplikacji dla klientów oraz wdrożenia"),
            Some("Polish")
        );
        assert_eq!(
            alone("Разработка платежного сервиса на Go"),
            Some("Russian")
        );
        assert_eq!(alone("负责支付系统的设计与开发"), Some("Chinese"));
        assert_eq!(alone("Built the payments platform for 40 banks"), None);
    }

    #[test]
    fn names_and_loanwords_do_not_make_a_line_foreign() {
        assert_eq!(alone("Shipped the Café Münster ordering app"), None);
        assert_eq!(alone("Built a CRM for la Poste with the sales team"), None);
        assert_eq!(alone("Cut p99 latency 40%"), None);
        assert_eq!(alone("Wrote the guides on docs.example.com/de/para"), None);
    }

    #[test]
    fn a_short_line_takes_its_sections_language() {
        let portuguese = [
            "Desenvolvimento de APIs para o time de dados",
            "Suporte aos clientes",
        ];
        assert_eq!(
            within("Gestão de servidores Linux", &portuguese),
            Some("Portuguese")
        );
        assert_eq!(within("Kubernetes, Helm", &portuguese), Some("Portuguese"));
        assert_eq!(
            within("Kubernetes, Helm", &["Built the billing API for the team"]),
            None
        );
        assert_eq!(within("Shipped it to the team", &portuguese), None);
        let english = ["Built the billing API for the team", "Ran the on-call rota"];
        assert_eq!(within("Kubernetes de Helm", &english), None);
    }
}
