//! Where the writer's own verbs stand in a bullet. A bullet may hold several
//! sentences and clauses ("Led X. I also worked on Y"), open with an intro
//! ("As tech lead, I helped …"), a subject and auxiliaries ("I have worked
//! on"), or adverbs ("Mainly working with"), and join verbs in a list
//! ("screened calls, handled mail"). Phrase rules judge each of these verbs,
//! and nothing else: "the team responsible for billing" and "a tool that
//! helped support" name someone else's doing.

use super::grammar::{self, Form};
use super::words::{Word, words};

/// Words that open an intro phrase ending at a comma: "For example, …",
/// "After graduation, …", "As a tech lead, …".
const INTRO_WORDS: &[&str] = &[
    "for",
    "after",
    "before",
    "over",
    "in",
    "as",
    "at",
    "during",
    "while",
    "since",
    "with",
    "within",
    "across",
    "on",
    "from",
    "under",
    "through",
    "throughout",
    "when",
    "once",
    "besides",
    "beyond",
    "outside",
    "inside",
    "until",
    "by",
    "to",
    "of",
    "then",
    "also",
    "later",
    "today",
    "now",
    "recently",
    "previously",
    "additionally",
    "however",
    "overall",
    "eventually",
];
/// How far an intro may run before its comma, in words.
const INTRO_WORDS_MAX: usize = 12;

/// Subjects the writer uses for themselves (and, in third-person profiles,
/// "he" or "she").
const SUBJECTS: &[&str] = &[
    "i", "we", "i've", "i'm", "i'd", "we've", "we're", "we'd", "he", "she", "they", "you",
];
/// Words between a subject and its verb: auxiliaries and modals.
const AUXILIARIES: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would",
    "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did", "get", "gets",
    "got", "to", "able",
];
/// "got the chance to work on": a chance or an opportunity leads to the verb.
const CHANCES: &[&str] = &["chance", "opportunity"];

/// Byte offsets in `text` where a verb phrase of the writer's starts: each
/// clause's first verb and the verbs listed after it in the same form.
pub fn verb_phrases(text: &str) -> Vec<usize> {
    let words: Vec<Word> = words(text).collect();
    let mut found = Vec::new();
    for segment in segments(text, &words) {
        let Some(verb) = predicate(text, &words, segment.clone()) else {
            continue;
        };
        found.push(words[verb].start);
        found.extend(
            listed_verbs(text, &words, verb, segment.end)
                .into_iter()
                .map(|at| words[at].start),
        );
    }
    found.dedup();
    found
}

/// The word ranges of a bullet's clauses: sentences, parts split by a colon,
/// semicolon or dash, and clauses the writer starts with "I" or "we".
fn segments(text: &str, words: &[Word]) -> Vec<std::ops::Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    let mut starts = vec![0];
    for index in 1..words.len() {
        let gap = &text[words[index - 1].range().end..words[index].start];
        let breaks = gap.contains([';', ':', '—', '–', '!', '?'])
            || gap.contains(". ")
            || gap.contains(" - ")
            || gap.ends_with('.');
        let subject = matches!(words[index].text, "I" | "We" | "we")
            || words[index].text.starts_with("I'")
            || words[index].text.starts_with("I’");
        if breaks || subject {
            starts.push(index);
        }
    }
    starts.dedup();
    let ends = starts.iter().skip(1).copied().chain([words.len()]);
    starts.iter().zip(ends).map(|(&s, e)| s..e).collect()
}

/// The clause's first verb word, after its intro, subject, auxiliaries and
/// adverbs; None when the clause ends first.
fn predicate(text: &str, words: &[Word], segment: std::ops::Range<usize>) -> Option<usize> {
    let lower = |at: usize| words[at].text.to_lowercase().replace('’', "'");
    let mut at = skip_intro(text, words, segment.clone());
    if at < segment.end && SUBJECTS.contains(&lower(at).as_str()) {
        at += 1;
    }
    while at < segment.end {
        let word = lower(at);
        let chance = matches!(word.as_str(), "the" | "a")
            && at + 2 < segment.end
            && CHANCES.contains(&lower(at + 1).as_str())
            && lower(at + 2) == "to";
        if chance {
            at += 3;
        } else if (AUXILIARIES.contains(&word.as_str()) || grammar::is_adverb(&word))
            && at + 1 < segment.end
        {
            at += 1;
        } else {
            return Some(at);
        }
    }
    None
}

/// The first word after an intro phrase and its comma, or the segment's start.
fn skip_intro(text: &str, words: &[Word], segment: std::ops::Range<usize>) -> usize {
    let Some(first) = words.get(segment.start).filter(|_| !segment.is_empty()) else {
        return segment.start;
    };
    let first = first.text.to_lowercase();
    // An adverb is an intro only with its own comma: "Fortunately, I …",
    // not "Mainly working with Java, Go".
    let reach = if INTRO_WORDS.contains(&first.as_str()) {
        INTRO_WORDS_MAX
    } else if grammar::is_adverb(&first) {
        2
    } else {
        return segment.start;
    };
    let last = segment.end.min(segment.start + reach);
    // The comma may end the segment: "As tech lead, I …" splits before "I".
    (segment.start + 1..=last)
        .take_while(|&at| at < words.len())
        .find(|&at| text[words[at - 1].range().end..words[at].start].contains(','))
        .unwrap_or(segment.start)
}

/// Verbs listed after the clause's verb in the same form, joined by a comma,
/// "and" or "or": "Directing and participating in", "screened calls,
/// handled mail". A participle after a noun ("engineers working with")
/// is not listed.
fn listed_verbs(text: &str, words: &[Word], verb: usize, end: usize) -> Vec<usize> {
    let Some(form) = grammar::verb_form(words[verb].text) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut at = verb + 1;
    while at < end {
        let gap = &text[words[at - 1].range().end..words[at].start];
        let joined = gap.contains(',') || matches!(words[at - 1].text, "and" | "or");
        let mut next = at;
        while next + 1 < end && grammar::is_adverb(words[next].text) {
            next += 1;
        }
        let same_form = grammar::verb_form(words[next].text) == Some(form)
            && !matches!(words[next].text, "and" | "or");
        if joined && same_form && (form != Form::Base || words[at - 1].text == "and") {
            found.push(next);
        }
        at += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verbs(text: &str) -> Vec<&str> {
        verb_phrases(text)
            .into_iter()
            .map(|at| words(&text[at..]).next().unwrap().text)
            .collect()
    }

    #[test]
    fn finds_the_writers_verbs() {
        assert_eq!(verbs("Worked on the billing API"), ["Worked"]);
        assert_eq!(
            verbs("As team lead, I have mainly worked on search"),
            ["worked"]
        );
        assert_eq!(
            verbs("Shipped X. I then helped ship Y"),
            ["Shipped", "helped"]
        );
        assert_eq!(
            verbs("Led the move, and helped the team settle"),
            ["Led", "helped"]
        );
        assert_eq!(
            verbs("Built the service responsible for billing"),
            ["Built"]
        );
        assert_eq!(
            verbs("Mentored 40 engineers working with SREs"),
            ["Mentored"]
        );
        assert_eq!(
            verbs("Libraries that I helped develop"),
            ["Libraries", "helped"]
        );
        assert_eq!(verbs("I got the chance to work on apps"), ["work"]);
        for wordless in ["", " ", "—", "**", "🚀"] {
            assert_eq!(verbs(wordless), Vec::<&str>::new());
        }
    }
}
