//! Rewrites of a weak bullet into the shapes resume guides teach: STAR
//! (situation, task, action, result), XYZ (accomplished X, measured by Y, by
//! doing Z) and CAR (challenge, action, result). Each keeps the user's own
//! words (their verb, what they acted on, the technologies, any number) and
//! marks only what is missing with a placeholder, or a tab stop for editors
//! that take snippets.

use crate::rules::lexicon::Lexicon;
use crate::rules::words::{capitalised, clause_starts, first_word};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    Star,
    Xyz,
    Car,
}

impl Template {
    pub const ALL: [Template; 3] = [Template::Star, Template::Xyz, Template::Car];

    pub fn title(self) -> &'static str {
        match self {
            Template::Star => "Rewrite as STAR (situation, task, action, result)",
            Template::Xyz => "Rewrite as XYZ (accomplished X, measured by Y, by doing Z)",
            Template::Car => "Rewrite as CAR (challenge, action, result)",
        }
    }
}

/// How missing parts are marked: `⟨situation⟩`, or snippet tab stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholders {
    Plain,
    Snippet,
}

/// The parts of a bullet a template keeps.
struct Parts {
    /// What comes before the clause that says what was done: "Tokyo launch: ".
    lead: String,
    /// The action verb, past tense, capitalised: the user's own when it is a
    /// known verb, else the best suggestion.
    verb: String,
    /// The rest of the bullet, as written, without a final full stop.
    object: String,
    /// Whether the bullet already states a quantity.
    has_metric: bool,
}

/// Rewrites `bullet` (its plain words) with `template`. `suggested_verb`
/// replaces a vague opener such as "Worked on".
pub fn rewrite(
    bullet: &str,
    template: Template,
    lexicon: &Lexicon,
    suggested_verb: Option<&str>,
    has_metric: bool,
    marks: Placeholders,
) -> String {
    let parts = parts(bullet, lexicon, suggested_verb, has_metric);
    let lead = escape(&parts.lead, marks);
    let mut slots = Slots { marks, next: 1 };
    let verb = escape(&parts.verb, marks);
    let object = escape(&parts.object, marks);
    let result = |slots: &mut Slots| {
        if parts.has_metric {
            String::new()
        } else {
            format!(
                ", cutting {} from {} to {}",
                slots.hole("metric"),
                slots.hole("before"),
                slots.hole("after")
            )
        }
    };
    let body = match template {
        Template::Star => {
            let situation = slots.hole("situation");
            let task = slots.hole("task");
            format!(
                "{verb} {object} when {situation} needed {task}{}",
                result(&mut slots)
            )
        }
        Template::Xyz => {
            let outcome = slots.hole("outcome");
            let measure = if parts.has_metric {
                String::new()
            } else {
                format!(", measured by {}", slots.hole("metric"))
            };
            let doing = escape(&gerund(&parts.verb, lexicon), marks);
            format!("Achieved {outcome}{measure}, by {doing} {object}")
        }
        Template::Car => {
            let challenge = slots.hole("challenge");
            format!(
                "Faced with {challenge}, {} {object}{}",
                lowercase_first(&verb),
                result(&mut slots)
            )
        }
    };
    format!("{lead}{body}")
}

fn parts(bullet: &str, lexicon: &Lexicon, suggested_verb: Option<&str>, has_metric: bool) -> Parts {
    let whole = bullet.trim().trim_end_matches('.').trim_end();
    // A vague phrase opening a later clause marks where the action starts.
    let clause = clause_starts(whole)
        .into_iter()
        .find(|&start| lexicon.vague_phrase_at(&whole[start..]).is_some())
        .unwrap_or(0);
    let (lead, text) = whole.split_at(clause);
    let opening = first_word(text, 0);
    let vague = opening.and_then(|word| {
        lexicon
            .vague_phrase_at(&text[word.start..])
            .map(|(_, length)| (word.start, length))
    });
    let (verb, object) = match (vague, opening) {
        (Some((start, length)), _) => {
            let verb = suggested_verb.unwrap_or("Delivered");
            (
                verb.to_string(),
                text[start + length..].trim_start().to_string(),
            )
        }
        (None, Some(word)) if lexicon.verb(word.text).is_some() => (
            past_tense(word.text, lexicon),
            text[word.range().end..].trim_start().to_string(),
        ),
        _ => {
            let verb = suggested_verb.unwrap_or("Delivered");
            (verb.to_string(), lowercase_first(text))
        }
    };
    Parts {
        lead: lead.to_string(),
        verb: capitalised(&verb),
        object,
        has_metric,
    }
}

/// The past tense of a known verb ("Lead" → "Led"); other words as they are.
fn past_tense(word: &str, lexicon: &Lexicon) -> String {
    lexicon
        .verb(word)
        .and_then(|(category, _)| {
            category
                .verbs
                .iter()
                .find(|v| v.past.eq_ignore_ascii_case(word) || v.present.eq_ignore_ascii_case(word))
        })
        .map_or_else(|| word.to_string(), |verb| verb.past.clone())
}

/// "Built" → "building", "Cut" → "cutting", "Optimized" → "optimizing".
fn gerund(past: &str, lexicon: &Lexicon) -> String {
    let present = lexicon
        .verb(past)
        .and_then(|(category, _)| {
            category
                .verbs
                .iter()
                .find(|v| v.past.eq_ignore_ascii_case(past))
        })
        .map_or(past.to_string(), |verb| verb.present.clone())
        .to_lowercase();
    let chars: Vec<char> = present.chars().collect();
    let vowel = |c: char| "aeiou".contains(c);
    let vowel_groups = chars
        .windows(2)
        .filter(|pair| vowel(pair[1]) && !vowel(pair[0]))
        .count()
        + usize::from(chars.first().is_some_and(|c| vowel(*c)));
    match chars.as_slice() {
        [.., 'i', 'e'] => format!("{}ying", &present[..present.len() - 2]),
        [.., a, 'e'] if *a != 'e' => format!("{}ing", &present[..present.len() - 1]),
        // One-syllable consonant-vowel-consonant words double their last letter.
        [.., a, b, c]
            if vowel_groups == 1
                && !vowel(*a)
                && vowel(*b)
                && !vowel(*c)
                && !"wxy".contains(*c) =>
        {
            format!("{present}{c}ing")
        }
        _ => format!("{present}ing"),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Keep acronyms and names ("API", "GitHub") as written.
        Some(_) if chars.clone().next().is_some_and(char::is_uppercase) => text.to_string(),
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Numbers the tab stops in order.
struct Slots {
    marks: Placeholders,
    next: usize,
}

impl Slots {
    fn hole(&mut self, name: &str) -> String {
        match self.marks {
            Placeholders::Plain => format!("⟨{name}⟩"),
            Placeholders::Snippet => {
                let stop = self.next;
                self.next += 1;
                format!("${{{stop}:{name}}}")
            }
        }
    }
}

/// In a snippet, `$`, `}` and `\` are syntax; the user's words must not be.
fn escape(text: &str, marks: Placeholders) -> String {
    match marks {
        Placeholders::Plain => text.to_string(),
        Placeholders::Snippet => text
            .replace('\\', "\\\\")
            .replace('$', "\\$")
            .replace('}', "\\}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn star(bullet: &str, verb: Option<&str>, metric: bool) -> String {
        rewrite(
            bullet,
            Template::Star,
            &Lexicon::builtin(),
            verb,
            metric,
            Placeholders::Plain,
        )
    }

    #[test]
    fn templates_keep_the_users_words() {
        assert_eq!(
            star("Worked on the billing API in Go.", Some("Rebuilt"), false),
            "Rebuilt the billing API in Go when ⟨situation⟩ needed ⟨task⟩, cutting ⟨metric⟩ from ⟨before⟩ to ⟨after⟩"
        );
        assert_eq!(
            star("Lead the migration of 40 services", None, true),
            "Led the migration of 40 services when ⟨situation⟩ needed ⟨task⟩"
        );
        let lexicon = Lexicon::builtin();
        assert_eq!(
            rewrite(
                "Built the $5 plan page",
                Template::Xyz,
                &lexicon,
                None,
                false,
                Placeholders::Snippet
            ),
            "Achieved ${1:outcome}, measured by ${2:metric}, by building the \\$5 plan page"
        );
        assert_eq!(
            rewrite(
                "Cut the deploy time",
                Template::Car,
                &lexicon,
                None,
                false,
                Placeholders::Plain
            ),
            "Faced with ⟨challenge⟩, cut the deploy time, cutting ⟨metric⟩ from ⟨before⟩ to ⟨after⟩"
        );
        assert_eq!(
            star(
                "🚀 東京 launch: worked on the payments API",
                Some("Built"),
                true
            ),
            "🚀 東京 launch: Built the payments API when ⟨situation⟩ needed ⟨task⟩"
        );
        assert_eq!(
            star("The API was slow", Some("Rebuilt"), false),
            "Rebuilt the API was slow when ⟨situation⟩ needed ⟨task⟩, cutting ⟨metric⟩ from ⟨before⟩ to ⟨after⟩"
        );
    }

    #[test]
    fn gerunds() {
        let lexicon = Lexicon::builtin();
        for (past, expected) in [
            ("Built", "building"),
            ("Cut", "cutting"),
            ("Optimized", "optimizing"),
            ("Led", "leading"),
            ("Shipped", "shipping"),
            ("Developed", "developing"),
        ] {
            assert_eq!(gerund(past, &lexicon), expected);
        }
    }
}
