use std::ops::Range;

use super::lexicon::NotedPhrase;
use super::words::{capitalised, words};
use super::{BulletContext, Context, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::{Bullet, Prose, Section, SectionKind};

pub struct Buzzword;

static INFO: RuleInfo = RuleInfo {
    id: "buzzword",
    name: "Buzzword",
    severity: Severity::Warning,
    summary: "Self-praise or a cliché that claims a quality without showing it",
    why: "Every reader has seen \"results-driven team player\" hundreds of times, so it \
          carries no information and costs you credibility. Qualities are believed when a \
          fact shows them.",
    fix: "Delete the phrase, or replace it with the evidence: the result that shows you \
          drive results, the project that shows you work well with others.",
    weak: "Results-driven, detail-oriented engineer and team player.",
    strong: "Backend engineer who has cut infrastructure cost by 35% at two companies.",
    fixable: false,
};

impl Rule for Buzzword {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let describes_you = context.section.kind == SectionKind::Summary;
        check(&bullet.prose, &context.base, describes_you, out);
    }

    fn check_paragraph(
        &self,
        prose: &Prose,
        section: &Section,
        context: &Context,
        out: &mut Vec<Finding>,
    ) {
        let describes_you = section.kind == SectionKind::Summary;
        check(prose, context, describes_you, out);
    }
}

/// `describes_you`: the text is about the person (a summary), where even
/// ordinary adjectives like "proactive" are self-praise.
fn check(prose: &Prose, context: &Context, describes_you: bool, out: &mut Vec<Finding>) {
    let text = prose.text();
    let found = context.lexicon.buzzwords.find_in(text);
    let claims = |(range, phrase): &(Range<usize>, &NotedPhrase)| {
        !phrase.summary_only || describes_writer(text, range.clone(), describes_you)
    };
    for (range, phrase) in found.filter(claims) {
        let message = format!(
            "\"{}\" {}; show it with a fact instead",
            capitalised(&text[range.clone()]),
            phrase.note
        );
        out.push(finding_in(&INFO, prose, range, message).about(&phrase.phrase));
    }
}

/// Nouns for the writer as a kind of person: "motivated professional".
const PERSON_NOUNS: &[&str] = &[
    "professional",
    "person",
    "individual",
    "engineer",
    "developer",
    "programmer",
    "leader",
    "learner",
    "graduate",
    "communicator",
    "worker",
    "player",
    "candidate",
    "manager",
    "designer",
    "analyst",
    "scientist",
    "architect",
    "consultant",
    "specialist",
    "student",
    "mentor",
    "enthusiast",
];
/// Words that lead into a description of the writer: "I am", "I've been".
const SELF_LEADS: &[&str] = &["i", "i'm", "am", "i've", "been", "remain", "we're"];
/// How many words may stand between a self-lead or a person noun and the word.
const NEAR: usize = 3;

/// Whether a word that is praise only about a person stands where it is
/// about the writer: opening a sentence ("Dedicated engineer …"), after "I
/// am" or "I've been", or near a person noun ("passionate software
/// developer"); in text about the writer (`about_you`, a summary) also
/// before "to" or "about" ("dedicated to mentoring"). Elsewhere it describes
/// a thing: "a dedicated channel", "terminal driven workflows".
fn describes_writer(text: &str, range: Range<usize>, about_you: bool) -> bool {
    let lower = |word: &str| word.to_lowercase().replace('’', "'");
    let sentence = text[..range.start]
        .rfind(['.', '!', '?', ';', '•'])
        .map_or(0, |at| at + 1);
    let before: Vec<String> = words(&text[..range.start]).map(|w| lower(w.text)).collect();
    let opens = words(&text[sentence..range.start]).all(|word| {
        matches!(
            lower(word.text).as_str(),
            "a" | "an" | "very" | "highly" | "truly"
        )
    });
    let led = before
        .iter()
        .rev()
        .take(NEAR)
        .any(|word| SELF_LEADS.contains(&word.as_str()));
    let person = |word: &String| {
        let singular = word.strip_suffix('s').unwrap_or(word);
        PERSON_NOUNS.contains(&word.as_str()) || PERSON_NOUNS.contains(&singular)
    };
    let after: Vec<String> = words(&text[range.end..])
        .take(NEAR)
        .map(|w| lower(w.text))
        .collect();
    // "passionate software developer", "an engineer dedicated to …"
    let names_person = after.iter().any(person) || before.iter().rev().take(1).any(person);
    let devoted = about_you
        && after
            .first()
            .is_some_and(|next| matches!(next.as_str(), "to" | "about"));
    opens || led || names_person || devoted
}
