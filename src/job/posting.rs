//! Reading a job posting: the hard skills it names (through the technology
//! word list, aliases folded into official names), the years of experience
//! and the degree it asks for, and the key phrases it repeats.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::rules::lexicon::Lexicon;

/// What a posting asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Posting {
    /// Technologies by official name, in the order the posting first names them.
    pub skills: Vec<PostingSkill>,
    /// The most years of experience any requirement names ("5+ years" → 5;
    /// "3–5 years" → 3).
    pub years: Option<u32>,
    pub degree: Option<Degree>,
    /// Word sequences the posting repeats, most repeated first.
    pub phrases: Vec<Phrase>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingSkill {
    /// The official name ("PostgreSQL" for "Postgres").
    pub name: String,
    /// How often the posting names it, by any spelling.
    pub mentions: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DegreeLevel {
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

impl DegreeLevel {
    pub fn name(self) -> &'static str {
        match self {
            DegreeLevel::Associate => "associate's degree",
            DegreeLevel::Bachelor => "bachelor's degree",
            DegreeLevel::Master => "master's degree",
            DegreeLevel::Doctorate => "doctorate",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Degree {
    /// The lowest level the posting accepts ("BS/MS" → bachelor's).
    pub level: DegreeLevel,
    /// The field, as written after "in" ("Computer Science").
    pub field: Option<String>,
}

impl Degree {
    /// "bachelor's degree in Computer Science"
    pub fn describe(&self) -> String {
        match &self.field {
            Some(field) => format!("{} in {field}", self.level.name()),
            None => self.level.name().to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// As first written, in lower case: "distributed systems".
    pub text: String,
    /// Its words folded for matching (lower case, no plural `s`).
    pub key: String,
    pub count: usize,
}

/// Phrases kept: the most repeated ones.
const MAX_PHRASES: usize = 10;
/// Phrases are two or three words long.
const PHRASE_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
/// No requirement asks for more years than this; a larger number is a date.
const MAX_YEARS: u32 = 30;

static STOP_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(word)
}

/// Reads a posting's text (Markdown or plain) with the technologies `lexicon` knows.
pub fn read_posting(text: &str, lexicon: &Lexicon) -> Posting {
    Posting {
        skills: skills(text, lexicon),
        years: required_years(text),
        degree: degree(text),
        phrases: phrases(text, lexicon),
    }
}

fn skills(text: &str, lexicon: &Lexicon) -> Vec<PostingSkill> {
    let mut skills: Vec<PostingSkill> = Vec::new();
    for (_, technology) in lexicon.technologies_in(text) {
        match skills.iter_mut().find(|s| s.name == technology.name) {
            Some(skill) => skill.mentions += 1,
            None => skills.push(PostingSkill {
                name: technology.name.clone(),
                mentions: 1,
            }),
        }
    }
    skills
}

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen",
];

static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    let number = format!(r"(?:[0-9]{{1,2}}|{})", NUMBER_WORDS.join("|"));
    Regex::new(&format!(
        r"(?i)\b(?P<least>at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.|over|more\s+than)?\s*(?P<n>{number})\s*(?P<plus>\+|plus\b)?\s*(?:(?:-|–|—|to)\s*(?P<m>{number})\s*\+?\s*)?(?P<more>or\s+more\s+)?(?:years?|yrs?)\b(?P<tail>[^.;\n]{{0,80}})"
    ))
    .expect("the years pattern is valid")
});

fn number(word: &str) -> Option<u32> {
    word.parse().ok().or_else(|| {
        let lower = word.to_ascii_lowercase();
        NUMBER_WORDS
            .iter()
            .position(|w| *w == lower)
            .map(|i| i as u32 + 1)
    })
}

/// The years of experience a posting requires: "5+ years", "at least three
/// years", "3-5 years of experience". A bare "10 years" (the company's age)
/// does not count unless experience is named after it.
pub fn required_years(text: &str) -> Option<u32> {
    YEARS
        .captures_iter(text)
        .filter_map(|found| {
            let tail = found["tail"].to_lowercase();
            let tail = tail.trim_start_matches(['\'', '’', ' ']);
            if tail.starts_with("ago") || tail.starts_with("old") {
                return None;
            }
            let qualified = ["least", "plus", "m", "more"]
                .iter()
                .any(|name| found.name(name).is_some());
            let about_experience = tail.contains("experience") || tail.starts_with("of ");
            (qualified || about_experience)
                .then(|| number(&found["n"]))
                .flatten()
        })
        .filter(|years| (1..=MAX_YEARS).contains(years))
        .max()
}

static DEGREES: LazyLock<[(DegreeLevel, Regex); 4]> = LazyLock::new(|| {
    let re = |pattern: &str| Regex::new(pattern).expect("the degree patterns are valid");
    [
        (
            DegreeLevel::Doctorate,
            re(r"\bPh\.?\s?D\b|(?i:\bdoctorate\b|\bdoctoral\s+degree\b)"),
        ),
        (
            DegreeLevel::Master,
            re(
                r"\b(?:M\.Sc?|MSc|M\.?Eng|MBA)\b|\bMS(?:/|\s+(?:in|degree)\b)|/\s*MS\b|(?i:\bmaster(?:'s|’s|s)\b|\bmaster\s+(?:of|degree|in)\b)",
            ),
        ),
        (
            DegreeLevel::Bachelor,
            re(
                r"\b(?:B\.Sc?|BSc|B\.A|B\.?Eng|B\.?Tech)\b|\bB[AS](?:/|\s+(?:in|degree)\b)|/\s*B[AS]\b|(?i:\bbachelor(?:'s|’s|s)?\b|\bundergraduate\s+degree\b)",
            ),
        ),
        (
            DegreeLevel::Associate,
            re(r"(?i:\bassociate(?:'s|’s)?\s+degree\b)"),
        ),
    ]
});

static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;\n]{0,30}?\bin\s+(?P<field>[A-Za-z][A-Za-z&]*(?:\s+[A-Za-z&]+){0,3}?)(?:\s+(?:or|and|preferred|required|with|from|degree|plus|is|are|a|an|the|at|for|to)\b|\s*[,.;()\n]|\s*$)")
        .expect("the field pattern is valid")
});

/// The lowest degree a text names, and its field when one follows ("in
/// Computer Science").
pub fn degree(text: &str) -> Option<Degree> {
    let mut lowest: Option<(DegreeLevel, usize)> = None;
    for (level, pattern) in DEGREES.iter() {
        if let Some(found) = pattern.find(text)
            && lowest.is_none_or(|(known, _)| *level < known)
        {
            lowest = Some((*level, found.end()));
        }
    }
    let (level, end) = lowest?;
    let field = FIELD
        .captures(&text[end..])
        .map(|found| found["field"].trim().to_string())
        .filter(|field| !is_stop_word(&field.to_lowercase()) && field.len() > 2);
    Some(Degree { level, field })
}

/// A word of a text, with whether punctuation or a line break stands between
/// it and the word before (a phrase never spans one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    pub text: &'t str,
    pub start: usize,
    pub boundary: bool,
}

/// Splits text into words without mangling technology names: "C++", "C#",
/// ".NET", "Node.js", "on-call" and "bachelor's" each stay one word.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let next_is_alnum = |i: usize| bytes.get(i + 1).is_some_and(|(_, c)| c.is_alphanumeric());
    let mut out = Vec::new();
    let mut gap_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (at, c) = bytes[i];
        let starts = c.is_alphanumeric() || (c == '.' && next_is_alnum(i));
        if !starts {
            i += 1;
            continue;
        }
        let start = at;
        i += 1;
        while i < bytes.len() {
            let c = bytes[i].1;
            let joins = matches!(c, '.' | '-' | '\'' | '’' | '_') && next_is_alnum(i);
            if c.is_alphanumeric() || joins {
                i += 1;
            } else {
                break;
            }
        }
        while i < bytes.len() && matches!(bytes[i].1, '+' | '#') {
            i += 1;
        }
        let end = bytes.get(i).map_or(text.len(), |(at, _)| *at);
        let gap = &text[gap_start..start];
        out.push(Token {
            text: &text[start..end],
            start,
            boundary: out.is_empty() || gap.chars().any(|c| c != ' ' && c != '\t'),
        });
        gap_start = end;
    }
    out
}

/// A word folded for matching: lower case, without a possessive or plural `s`.
pub fn fold(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    let plural = lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| lower.ends_with(end));
    if plural {
        lower[..lower.len() - 1].to_string()
    } else {
        lower.to_string()
    }
}

/// Word sequences of two or three words, none a stop word or a number, that
/// the posting uses at least twice; a shorter one is dropped when a longer
/// one holding it is repeated as often. Technology names are skills, not phrases.
fn phrases(text: &str, lexicon: &Lexicon) -> Vec<Phrase> {
    let words = tokens(text);
    let technologies: Vec<std::ops::Range<usize>> = lexicon
        .technologies_in(text)
        .map(|(range, _)| range)
        .collect();
    let is_technology = |token: &Token| {
        technologies
            .iter()
            .any(|range| range.start < token.start + token.text.len() && token.start < range.end)
    };
    let usable = |token: &Token| {
        let lower = token.text.to_lowercase();
        !is_stop_word(&lower)
            && !is_stop_word(&fold(&lower))
            && token.text.chars().any(char::is_alphabetic)
            && token.text.chars().count() > 1
    };
    // key → (first text, count, first position)
    let mut counts: HashMap<String, (String, usize, usize)> = HashMap::new();
    for start in 0..words.len() {
        for length in PHRASE_WORDS {
            let Some(run) = words.get(start..start + length) else {
                break;
            };
            if run[1..].iter().any(|t| t.boundary) || !run.iter().all(usable) {
                break;
            }
            if run.iter().any(is_technology) {
                break;
            }
            // Every word capitalised: a name ("Acme Parcel") or a title, not a phrase.
            if run.iter().all(|t| t.text.starts_with(char::is_uppercase)) {
                continue;
            }
            let key = run
                .iter()
                .map(|t| fold(t.text))
                .collect::<Vec<_>>()
                .join(" ");
            let shown = run
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            counts.entry(key).or_insert((shown, 0, start)).1 += 1;
        }
    }
    let repeated: Vec<(String, String, usize, usize)> = counts
        .into_iter()
        .filter(|(_, (_, count, _))| *count >= 2)
        .map(|(key, (text, count, first))| (key, text, count, first))
        .collect();
    let mut kept: Vec<&(String, String, usize, usize)> = repeated
        .iter()
        .filter(|(key, _, count, _)| {
            !repeated.iter().any(|(longer, _, longer_count, _)| {
                longer.len() > key.len()
                    && longer_count >= count
                    && format!(" {longer} ").contains(&format!(" {key} "))
            })
        })
        .collect();
    kept.sort_by(|a, b| {
        b.2.cmp(&a.2)
            .then(b.0.split(' ').count().cmp(&a.0.split(' ').count()))
            .then(a.3.cmp(&b.3))
    });
    kept.into_iter()
        .take(MAX_PHRASES)
        .map(|(key, text, count, _)| Phrase {
            text: text.clone(),
            key: key.clone(),
            count: *count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(posting: &Posting) -> Vec<&str> {
        posting.skills.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn aliases_fold_into_official_names() {
        let lexicon = Lexicon::builtin();
        let posting = read_posting(
            "You will run Postgres on k8s in GCP. PostgreSQL tuning matters; \
             so does Kubernetes, and Google Cloud billing.",
            &lexicon,
        );
        assert_eq!(
            names(&posting),
            ["PostgreSQL", "Kubernetes", "Google Cloud"]
        );
        assert!(
            posting.skills.iter().all(|s| s.mentions == 2),
            "{posting:?}"
        );
    }

    #[test]
    fn case_and_punctuation_variants_survive() {
        let lexicon = Lexicon::builtin();
        let posting = read_posting(
            "Stack: C++, C#/.NET, Node.js. Also c++ (for tooling), NODEJS, dotnet and \"C#\".",
            &lexicon,
        );
        assert_eq!(names(&posting), ["C++", "C#", ".NET", "Node.js"]);
        assert_eq!(posting.skills[0].mentions, 2);
        assert_eq!(posting.skills[3].mentions, 2);
        let words: Vec<&str> = tokens("Stack: C++, C#/.NET and Node.js.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(words, ["Stack", "C++", "C#", ".NET", "and", "Node.js"]);
    }

    #[test]
    fn required_years_in_their_usual_shapes() {
        assert_eq!(required_years("5+ years of backend experience"), Some(5));
        assert_eq!(
            required_years("At least three years building APIs"),
            Some(3)
        );
        assert_eq!(required_years("3-5 years of experience with Go"), Some(3));
        assert_eq!(required_years("a minimum of 4 yrs in payments"), Some(4));
        assert_eq!(
            required_years("Seven or more years as an engineer"),
            Some(7)
        );
        assert_eq!(
            required_years("2+ years of Kafka. 6+ years of software engineering."),
            Some(6)
        );
        assert_eq!(required_years("We were founded 12 years ago."), None);
        assert_eq!(required_years("Our platform is 10 years old"), None);
        assert_eq!(required_years("No numbers here"), None);
    }

    #[test]
    fn degrees_and_their_fields() {
        let bs = degree("BS/MS in Computer Science or a related field").unwrap();
        assert_eq!(bs.level, DegreeLevel::Bachelor);
        assert_eq!(bs.field.as_deref(), Some("Computer Science"));
        let plain = degree("A bachelor's degree, or equivalent practical experience").unwrap();
        assert_eq!(plain.level, DegreeLevel::Bachelor);
        assert_eq!(plain.field, None);
        assert_eq!(
            degree("Master's degree in statistics preferred").map(|d| (d.level, d.field)),
            Some((DegreeLevel::Master, Some("statistics".to_string())))
        );
        assert_eq!(
            degree("PhD in Machine Learning").map(|d| d.level),
            Some(DegreeLevel::Doctorate)
        );
        assert_eq!(
            degree("Work with our Scrum Master and MS Teams users"),
            None
        );
        assert_eq!(
            degree("B.Sc. Computer Science | Eastbrook University").map(|d| d.level),
            Some(DegreeLevel::Bachelor)
        );
    }

    #[test]
    fn repeated_phrases_without_stop_words() {
        let lexicon = Lexicon::builtin();
        let posting = read_posting(
            "We build distributed systems. You own distributed systems end to end.\n\
             - Join the on-call rotation\n- Share the on-call rotation fairly\n\
             - Design event-driven services. Event-driven services are our core.\n\
             - Use Google Cloud. Use Google Cloud.",
            &lexicon,
        );
        let texts: Vec<&str> = posting.phrases.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"distributed systems"), "{texts:?}");
        assert!(texts.contains(&"on-call rotation"), "{texts:?}");
        assert!(texts.contains(&"event-driven services"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("google")), "{texts:?}");
        assert!(
            !texts.iter().any(|t| t.split(' ').any(is_stop_word)),
            "{texts:?}"
        );
        // Not across a sentence end: "systems you" never forms.
        assert!(
            !texts.iter().any(|t| t.contains("systems you")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_posting_with_no_skills_is_read_without_fuss() {
        let posting = read_posting(
            "We are hiring a friendly barista. Morning shifts; latte art welcome.",
            &Lexicon::builtin(),
        );
        assert!(posting.skills.is_empty());
        assert_eq!(posting.years, None);
        assert_eq!(posting.degree, None);
        assert_eq!(read_posting("", &Lexicon::builtin()), Posting::default());
    }
}
