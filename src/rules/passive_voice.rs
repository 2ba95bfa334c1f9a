use super::grammar;
use super::words::{Word, words};
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct PassiveVoice;

static INFO: RuleInfo = RuleInfo {
    id: "passive-voice",
    name: "Passive voice",
    severity: Severity::Information,
    summary: "A form of \"to be\" or \"get\" with a participle, hiding who acted",
    why: "\"The pipeline was migrated\" leaves the reader asking by whom. On a resume the \
          answer should be you, and the active form is shorter too.",
    fix: "Make yourself the one acting: start with the verb (\"Migrated the pipeline\").",
    weak: "Deployment time was reduced by moving builds to a shared cache.",
    strong: "Cut deployment time from 25 to 6 minutes by moving builds to a shared cache.",
    fixable: false,
};

/// Participles that read as adjectives after "to be" ("is required",
/// "was distributed across regions" describes the system, not a hidden actor),
/// besides the stative ones.
const NOT_PASSIVE: &[&str] = &[
    "required",
    "expected",
    "supposed",
    "related",
    "used",
    "limited",
    "known",
    "needed",
    "advanced",
    "detailed",
    "distributed",
    "automated",
    "embedded",
    "red",
    "accepted",
];

/// What is done to a company, not by the writer: "was acquired by BCG",
/// "was founded in 2009" are context, with nobody hidden.
const COMPANY_EVENTS: &[&str] = &[
    "acquired",
    "founded",
    "funded",
    "incorporated",
    "listed",
    "merged",
    "rebranded",
    "renamed",
    "headquartered",
    "bought",
];

/// How many adverbs may stand between "to be" and the participle.
const ADVERBS: usize = 2;

impl Rule for PassiveVoice {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        if !context.is_own_work() {
            return;
        }
        let text = bullet.prose.text();
        let words: Vec<Word> = words(text).collect();
        for (index, auxiliary) in words.iter().enumerate() {
            let Some(participle) = passive_participle(&words, index) else {
                continue;
            };
            // "… prior to being updated": a clause about the thing, after
            // the writer's own verb.
            let after_preposition = index > 0
                && auxiliary.text.eq_ignore_ascii_case("being")
                && PREPOSITIONS.contains(&words[index - 1].text.to_lowercase().as_str());
            if after_preposition {
                continue;
            }
            let span = auxiliary.start..participle.range().end;
            let message = format!(
                "Passive \"{}\" hides who acted: say what you did",
                &text[span.clone()]
            );
            out.push(finding_in(&INFO, &bullet.prose, span, message));
        }
    }
}

/// Words before "being" that make a passive part of a phrase about the
/// thing, not the bullet's statement.
const PREPOSITIONS: &[&str] = &[
    "to", "before", "after", "without", "from", "of", "for", "upon", "on", "while", "despite",
];

/// The participle of a passive that the word at `index` opens: a form of "to
/// be" or "get" ("gets marked", "Getting laid off"), up to two adverbs, and a
/// past participle that is not an adjective ("is interested").
fn passive_participle<'a>(words: &[Word<'a>], index: usize) -> Option<Word<'a>> {
    let auxiliary = words[index].text;
    if !(grammar::is_be(auxiliary) || grammar::inflects(auxiliary, "get")) {
        return None;
    }
    let participle = words[index + 1..]
        .iter()
        .take(ADVERBS + 1)
        .find(|word| !grammar::is_adverb(word.text))?;
    let lower = participle.text.to_lowercase();
    let passive = grammar::is_participle(&lower)
        && !grammar::is_stative(&lower)
        && !NOT_PASSIVE.contains(&lower.as_str())
        && !COMPANY_EVENTS.contains(&lower.as_str());
    passive.then_some(*participle)
}
