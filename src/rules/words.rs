//! Small readings of prose that several rules share: its words, where its
//! clauses start, and its opening word.

use std::ops::Range;

/// A word: letters and digits, with inner apostrophes and hyphens ("don't",
/// "re-architected").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl Word<'_> {
    pub fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }
}

pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(at, c)) = chars.peek() {
            let joins = matches!(c, '\'' | '’' | '-')
                && text[at + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !(c.is_alphanumeric() || joins) {
                end = at;
                break;
            }
            chars.next();
        }
        Some(Word {
            text: &text[start..end],
            start,
        })
    })
}

/// The first word at or after `from`, skipping spaces, emoji and punctuation.
pub fn first_word(text: &str, from: usize) -> Option<Word<'_>> {
    let from = (0..=from.min(text.len()))
        .rev()
        .find(|&at| text.is_char_boundary(at))?;
    words(&text[from..]).next().map(|word| Word {
        text: word.text,
        start: from + word.start,
    })
}

/// Where clauses start: the first word, and the first word after a colon,
/// semicolon or dash ("Tokyo office: helped with ...").
pub fn clause_starts(text: &str) -> Vec<usize> {
    let breaks = text
        .match_indices([':', ';', '—', '–'])
        .map(|(at, mark)| at + mark.len());
    let mut starts: Vec<usize> = std::iter::once(0)
        .chain(breaks)
        .filter_map(|from| first_word(text, from).map(|word| word.start))
        .collect();
    starts.dedup();
    starts
}

pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// "worked on" → "Worked on".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let found: Vec<_> = words("🚀 Re-architected the team's API — fast.")
            .map(|w| w.text)
            .collect();
        assert_eq!(found, ["Re-architected", "the", "team's", "API", "fast"]);
        assert_eq!(first_word("  **x** y", 0).unwrap().start, 4);
        assert_eq!(clause_starts("🚀 Worked: 大阪 team; — x"), [5, 13, 30]);
    }
}
