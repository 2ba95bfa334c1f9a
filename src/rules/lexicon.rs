//! The word lists rules read: action verbs by kind of work, weak phrases,
//! buzzwords, technologies and umbrella terms. They live in `data/*.toml`,
//! are compiled into the binary, parsed once, and extended by a user's config.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use super::grammar;
use super::words::{Word, words};

#[derive(Debug, Clone, Deserialize)]
pub struct Verb {
    pub past: String,
    pub present: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct VerbCategory {
    pub name: String,
    pub summary: String,
    pub verbs: Vec<Verb>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
}

/// A weak opener and what to say about it.
#[derive(Debug, Clone, Deserialize)]
pub struct VaguePhrase {
    /// Words in their base form ("work on"); any inflection matches.
    pub phrase: String,
    /// The phrase's words in lower case.
    #[serde(skip)]
    words: Vec<String>,
    pub hides: String,
    /// Verb categories to suggest instead.
    #[serde(default)]
    pub suggest: Vec<String>,
}

/// A phrase flagged wherever it stands, with a note saying why.
#[derive(Debug, Clone, Deserialize)]
pub struct NotedPhrase {
    #[serde(alias = "term")]
    pub phrase: String,
    #[serde(alias = "why", alias = "suggest", alias = "instead")]
    pub note: String,
    /// Self-praise only where it describes the person, as in a summary.
    #[serde(default)]
    pub summary_only: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Technology {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Other spellings that are also correct ("Postgres", "Apache Kafka").
    #[serde(default)]
    pub accepted: Vec<String>,
    pub category: String,
    /// A provider or field too broad on its own ("AWS").
    #[serde(default)]
    pub umbrella: bool,
    /// Also an everyday word ("Go", "Rust"): only recognised as written.
    #[serde(default)]
    pub ambiguous: bool,
    /// The language it is written for: using PySpark shows Python.
    #[serde(default)]
    pub family: Option<String>,
    /// A tool nobody lists as a claim of skill (an editor, a chat app).
    #[serde(default)]
    pub everyday: bool,
}

/// Verbs that fit before an object the cues name.
#[derive(Debug, Clone, Deserialize)]
pub struct VerbFit {
    /// Only after a phrase ending in this word ("with", "as").
    #[serde(default)]
    pub after: Option<String>,
    pub cues: Vec<String>,
    pub verbs: Vec<String>,
}

#[derive(Deserialize)]
struct VerbsFile {
    category: Vec<VerbCategory>,
    fit: Vec<VerbFit>,
}

/// The built-in verb fits, by the object's words.
static FITS: LazyLock<Vec<VerbFit>> = LazyLock::new(|| {
    let verbs: VerbsFile = parse_builtin(include_str!("data/verbs.toml"));
    verbs.fit
});

#[derive(Deserialize)]
struct PhrasesFile {
    vague_verb: Vec<VaguePhrase>,
    vague_quantity: Vec<NotedPhrase>,
    buzzword: Vec<NotedPhrase>,
}

#[derive(Deserialize)]
struct TechnologiesFile {
    tech: Vec<Technology>,
    umbrella: Vec<NotedPhrase>,
}

/// Phrases matched as whole words, ignoring ASCII case.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    phrases: Vec<NotedPhrase>,
    matcher: AhoCorasick,
}

impl PhraseSet {
    fn new(phrases: Vec<NotedPhrase>) -> Self {
        let matcher = case_insensitive(phrases.iter().map(|p| p.phrase.as_str()));
        Self { phrases, matcher }
    }

    /// Each whole-word occurrence in `text`, leftmost and longest first.
    pub fn find_in<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (Range<usize>, &'a NotedPhrase)> + 'a {
        self.matcher
            .find_iter(text)
            .filter(move |m| is_whole_word(text, m.range()))
            .map(|m| (m.range(), &self.phrases[m.pattern().as_usize()]))
    }
}

#[derive(Debug, Clone)]
pub struct Lexicon {
    pub verb_categories: Vec<VerbCategory>,
    /// Lower-case verb form → (category index, tense).
    verb_forms: HashMap<String, (usize, Tense)>,
    /// Longest phrase first, so "helped with" wins over "helped".
    pub vague_verbs: Vec<VaguePhrase>,
    pub vague_quantities: PhraseSet,
    pub buzzwords: PhraseSet,
    pub umbrellas: PhraseSet,
    pub technologies: Vec<Technology>,
    /// Matches every technology name and alias; pattern i → (technology, is the name).
    technology_matcher: AhoCorasick,
    technology_patterns: Vec<usize>,
    /// Lower-case words and phrases the user never wants flagged.
    ignored: HashSet<String>,
}

/// Words a user adds to or removes from the built-in lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LexiconExtras {
    pub ignore: Vec<String>,
    pub buzzwords: Vec<String>,
    pub vague_verbs: Vec<String>,
    pub vague_quantities: Vec<String>,
    pub action_verbs: Vec<String>,
    pub technologies: Vec<(String, Vec<String>, String)>,
}

static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
    let verbs: VerbsFile = parse_builtin(include_str!("data/verbs.toml"));
    let phrases: PhrasesFile = parse_builtin(include_str!("data/phrases.toml"));
    let technologies: TechnologiesFile = parse_builtin(include_str!("data/technologies.toml"));
    Arc::new(Lexicon::new(
        verbs.category,
        phrases.vague_verb,
        phrases.vague_quantity,
        phrases.buzzword,
        technologies.tech,
        technologies.umbrella,
        HashSet::new(),
    ))
});

fn parse_builtin<T: for<'de> Deserialize<'de>>(text: &str) -> T {
    toml::from_str(text).expect("the built-in word lists are valid; a test parses them")
}

impl Lexicon {
    /// The built-in lists, parsed on first use.
    pub fn builtin() -> Arc<Lexicon> {
        DEFAULT.clone()
    }

    fn new(
        verb_categories: Vec<VerbCategory>,
        mut vague_verbs: Vec<VaguePhrase>,
        vague_quantities: Vec<NotedPhrase>,
        buzzwords: Vec<NotedPhrase>,
        technologies: Vec<Technology>,
        umbrellas: Vec<NotedPhrase>,
        ignored: HashSet<String>,
    ) -> Self {
        let keep = |phrase: &str| !ignored.contains(&phrase.to_lowercase());
        vague_verbs.retain(|p| keep(&p.phrase));
        for phrase in &mut vague_verbs {
            phrase.words = phrase
                .phrase
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
        }
        vague_verbs.sort_by_key(|p| std::cmp::Reverse((p.words.len(), p.phrase.len())));
        let noted = |list: Vec<NotedPhrase>| {
            PhraseSet::new(list.into_iter().filter(|p| keep(&p.phrase)).collect())
        };
        let mut verb_forms = HashMap::new();
        for (index, category) in verb_categories.iter().enumerate() {
            for verb in &category.verbs {
                verb_forms
                    .entry(verb.past.to_lowercase())
                    .or_insert((index, Tense::Past));
                verb_forms
                    .entry(verb.present.to_lowercase())
                    .or_insert((index, Tense::Present));
            }
        }
        let mut patterns = Vec::new();
        let mut technology_patterns = Vec::new();
        for (index, technology) in technologies.iter().enumerate() {
            for pattern in std::iter::once(&technology.name).chain(&technology.aliases) {
                if keep(pattern) {
                    patterns.push(pattern.clone());
                    technology_patterns.push(index);
                }
            }
        }
        Self {
            verb_categories,
            verb_forms,
            vague_verbs,
            vague_quantities: noted(vague_quantities),
            buzzwords: noted(buzzwords),
            umbrellas: noted(umbrellas),
            technology_matcher: case_insensitive(patterns.iter().map(String::as_str)),
            technology_patterns,
            technologies,
            ignored,
        }
    }

    /// The built-in lists with a user's additions and removals.
    pub fn with_extras(extras: &LexiconExtras) -> Arc<Lexicon> {
        let base = Lexicon::builtin();
        if *extras == LexiconExtras::default() {
            return base;
        }
        let user_note = "listed in your config".to_string();
        let mut categories = base.verb_categories.clone();
        if !extras.action_verbs.is_empty() {
            categories.push(VerbCategory {
                name: "yours".to_string(),
                summary: "verbs from your config".to_string(),
                verbs: extras
                    .action_verbs
                    .iter()
                    .map(|verb| Verb {
                        past: verb.clone(),
                        present: verb.clone(),
                    })
                    .collect(),
            });
        }
        let mut vague_verbs = base.vague_verbs.clone();
        vague_verbs.extend(extras.vague_verbs.iter().map(|phrase| VaguePhrase {
            phrase: phrase.clone(),
            words: Vec::new(),
            hides: "is on your list of weak openers".to_string(),
            suggest: Vec::new(),
        }));
        let extend = |set: &PhraseSet, more: &[String]| {
            let mut phrases = set.phrases.clone();
            phrases.extend(more.iter().map(|phrase| NotedPhrase {
                phrase: phrase.clone(),
                note: user_note.clone(),
                summary_only: false,
            }));
            phrases
        };
        let mut technologies = base.technologies.clone();
        technologies.extend(extras.technologies.iter().map(|(name, aliases, category)| {
            Technology {
                name: name.clone(),
                aliases: aliases.clone(),
                accepted: Vec::new(),
                category: category.clone(),
                umbrella: false,
                ambiguous: false,
                family: None,
                everyday: false,
            }
        }));
        Arc::new(Lexicon::new(
            categories,
            vague_verbs,
            extend(&base.vague_quantities, &extras.vague_quantities),
            extend(&base.buzzwords, &extras.buzzwords),
            technologies,
            base.umbrellas.phrases.clone(),
            extras
                .ignore
                .iter()
                .map(|word| word.to_lowercase())
                .collect(),
        ))
    }

    /// The category and tense of an action verb, in any case.
    pub fn verb(&self, word: &str) -> Option<(&VerbCategory, Tense)> {
        let (index, tense) = self.verb_forms.get(&word.to_lowercase())?;
        Some((&self.verb_categories[*index], *tense))
    }

    /// Whether `text` opens with an action, strong or vague: a verb from the
    /// lists, or a vague phrase such as "worked on".
    pub fn opens_clause(&self, text: &str) -> bool {
        let first = text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        self.verb(first).is_some() || self.vague_phrase_at(text).is_some()
    }

    /// The vague phrase `text` opens with, in any inflection ("Worked on",
    /// "participating in"), adverbs allowed inside ("worked closely with"),
    /// and how many bytes of `text` it covers.
    pub fn vague_phrase_at(&self, text: &str) -> Option<(&VaguePhrase, usize)> {
        let opening: Vec<Word> = words(text).take(VAGUE_PHRASE_WORDS).collect();
        if opening
            .first()
            .is_none_or(|word| !text[..word.start].trim().is_empty())
        {
            return None;
        }
        let adverbs: Vec<bool> = opening
            .iter()
            .map(|word| grammar::is_adverb(word.text))
            .collect();
        self.vague_verbs
            .iter()
            .find_map(|phrase| Some((phrase, phrase_end(&opening, &adverbs, &phrase.words)?)))
    }

    /// Verbs that read as English in place of `phrase` before `object`, the
    /// words after it: the object's own verb ("Helped ship" → "Shipped"),
    /// else the verbs for the kind of thing its first words name.
    pub fn verbs_for_object(&self, phrase: &VaguePhrase, object: &str) -> Option<Vec<String>> {
        const STOPS: &[&str] = &[
            "from", "to", "for", "of", "with", "in", "on", "by", "across", "at",
        ];
        let lower = object.to_lowercase();
        let mut head: Vec<&str> = words(&lower)
            .map(|word| word.text)
            .take(OBJECT_WORDS)
            .collect();
        if head.first().is_some_and(|word| STOPS.contains(word)) {
            head.remove(0);
        }
        // A base form only right after a bare verb ("Helped ship"), not a
        // noun after a preposition ("Participate in design reviews").
        let bare = phrase.words.len() == 1;
        let own_verb = head
            .first()
            .filter(|word| bare || word.ends_with("ing"))
            .and_then(|word| self.past_of_verb(word));
        if let Some(past) = own_verb {
            return Some(vec![past]);
        }
        let head: Vec<&str> = head
            .into_iter()
            .take_while(|word| !STOPS.contains(word))
            .collect();
        let last_word = phrase.words.last().map(String::as_str);
        let starts_with_technology = self
            .technologies_in(object.trim_start())
            .next()
            .is_some_and(|(range, _)| range.start == 0);
        let names = |cue: &String, word: &str| match cue.as_str() {
            "*" => true,
            "<technology>" => starts_with_technology,
            _ => match cue.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => {
                    let singular = word.strip_suffix("'s").unwrap_or(word);
                    singular == cue || singular.strip_suffix('s') == Some(cue.as_str())
                }
            },
        };
        let fits: Vec<&VerbFit> = FITS
            .iter()
            .filter(|fit| fit.after.is_none() || fit.after.as_deref() == last_word)
            .collect();
        // The head noun is the last of the object's first words: "the
        // payments API" is an API.
        head.iter().rev().find_map(|word| {
            fits.iter()
                .find(|fit| fit.cues.iter().any(|cue| names(cue, word)))
                .map(|fit| fit.verbs.clone())
        })
    }

    /// The past tense of a listed action verb given in its base or -ing form:
    /// "ship" → "Shipped", "migrating" → "Migrated".
    fn past_of_verb(&self, word: &str) -> Option<String> {
        let candidates = match word.strip_suffix("ing") {
            Some(stem) => grammar::base_forms(stem),
            None => vec![word.to_string()],
        };
        candidates.iter().find_map(|base| {
            let (category, tense) = self.verb(base)?;
            (tense == Tense::Present).then_some(())?;
            category
                .verbs
                .iter()
                .find(|verb| verb.present.eq_ignore_ascii_case(base))
                .map(|verb| verb.past.clone())
        })
    }

    pub fn category(&self, name: &str) -> Option<&VerbCategory> {
        self.verb_categories
            .iter()
            .find(|category| category.name == name)
    }

    /// Whether the user asked never to flag this word or phrase.
    pub fn is_ignored(&self, word: &str) -> bool {
        self.ignored.contains(&word.to_lowercase())
    }

    /// Each technology mentioned in `text`: where, and which. Everyday words
    /// that are also technologies ("go", "rust") count only as spelled officially.
    pub fn technologies_in<'s, 't>(
        &'s self,
        text: &'t str,
    ) -> impl Iterator<Item = (Range<usize>, &'s Technology)> + use<'s, 't> {
        self.technology_matcher
            .find_iter(text)
            .filter(move |m| is_whole_word(text, m.range()))
            .filter_map(move |m| {
                let technology =
                    &self.technologies[self.technology_patterns[m.pattern().as_usize()]];
                let written = &text[m.range()];
                let counts = !technology.ambiguous || written == technology.name;
                counts.then_some((m.range(), technology))
            })
    }

    /// The technology a word or phrase names, as written or by an alias.
    pub fn technology(&self, name: &str) -> Option<&Technology> {
        self.technologies_in(name)
            .find(|(range, _)| *range == (0..name.len()))
            .map(|(_, technology)| technology)
    }
}

/// The words of an object read for its kind: "the new billing service".
const OBJECT_WORDS: usize = 5;

/// Words a vague phrase and the adverbs inside it may span.
const VAGUE_PHRASE_WORDS: usize = 8;

/// Where the words of `pattern` (base forms) end when `words` open with them.
/// `adverbs` tells which of `words` are adverbs.
fn phrase_end(words: &[Word], adverbs: &[bool], pattern: &[String]) -> Option<usize> {
    let mut at = 0;
    for (index, lemma) in pattern.iter().enumerate() {
        while index > 0
            && adverbs.get(at) == Some(&true)
            && !grammar::inflects(words[at].text, lemma)
        {
            at += 1;
        }
        if !grammar::inflects(words.get(at)?.text, lemma) {
            return None;
        }
        at += 1;
    }
    Some(words.get(at.checked_sub(1)?)?.range().end)
}

fn case_insensitive<'a>(patterns: impl Iterator<Item = &'a str>) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("word lists are small enough for an automaton")
}

/// Whether a match stands as whole words: no letter, digit or hyphen glued on
/// either side ("cloud" is not in "cloud-native").
fn is_whole_word(text: &str, range: Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
    // "FAL.ai", "example.com": the end of a name or address. "http://": a scheme.
    let after_a_dot = text[..range.start]
        .strip_suffix('.')
        .and_then(|before| before.chars().next_back())
        .is_some_and(char::is_alphanumeric);
    let scheme = text[range.end..].starts_with("://");
    !glued(before) && !glued(after) && !after_a_dot && !scheme
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load_and_answer() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.verb_categories.len() >= 10);
        assert_eq!(
            lexicon.verb("built").map(|(_, tense)| tense),
            Some(Tense::Past)
        );
        assert_eq!(
            lexicon.verb("Lead").map(|(_, tense)| tense),
            Some(Tense::Present)
        );
        assert_eq!(lexicon.technology("postgres").unwrap().name, "PostgreSQL");
        assert_eq!(lexicon.technology("k8s").unwrap().name, "Kubernetes");
        let found: Vec<_> = lexicon
            .technologies_in("Wrote Go and go to Javascript")
            .map(|(_, t)| t.name.as_str())
            .collect();
        assert_eq!(found, ["Go", "JavaScript"]);
        let buzz: Vec<_> = lexicon
            .buzzwords
            .find_in("A results-driven team player")
            .collect();
        assert_eq!(buzz.len(), 2);
    }

    #[test]
    fn extras_add_and_ignore() {
        let lexicon = Lexicon::with_extras(&LexiconExtras {
            ignore: vec!["team player".into()],
            buzzwords: vec!["wordsmith".into()],
            ..Default::default()
        });
        let buzz: Vec<_> = lexicon
            .buzzwords
            .find_in("team player and wordsmith")
            .map(|(_, p)| p.phrase.as_str())
            .collect();
        assert_eq!(buzz, ["wordsmith"]);
    }
}
