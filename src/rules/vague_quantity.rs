use super::words::capitalised;
use super::{BulletContext, Context, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::{Bullet, Prose, Section, SectionKind};

pub struct VagueQuantity;

static INFO: RuleInfo = RuleInfo {
    id: "vague-quantity",
    name: "Vague quantity",
    severity: Severity::Information,
    summary: "\"Many\", \"several\", \"significantly\" and the like where a number belongs",
    why: "Words like \"several\" or \"significantly\" promise a quantity and then withhold \
          it. The reader assumes the smallest number that fits.",
    fix: "Replace the word with the number or the size of the change. If you only know it \
          roughly, say so (\"about 30\").",
    weak: "Significantly reduced load times across multiple pages.",
    strong: "Cut load time on the 12 busiest pages from 4.1 s to 1.3 s.",
    fixable: false,
};

impl Rule for VagueQuantity {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        if context.is_own_work() {
            check(&bullet.prose, &context.base, out);
        }
    }

    fn check_paragraph(
        &self,
        prose: &Prose,
        section: &Section,
        context: &Context,
        out: &mut Vec<Finding>,
    ) {
        if section.kind == SectionKind::Summary {
            check(prose, context, out);
        }
    }
}

/// A figure elsewhere in the bullet does not count the vague word's things:
/// "cut latency 30% across multiple services" still hides how many.
fn check(prose: &Prose, context: &Context, out: &mut Vec<Finding>) {
    let text = prose.text();
    for (range, phrase) in context.lexicon.vague_quantities.find_in(text) {
        if is_made_exact(&text[range.end..]) || counts_no_things(&text[range.end..]) {
            continue;
        }
        let message = format!(
            "\"{}\" where a number belongs: {}",
            capitalised(&text[range.clone()]),
            phrase.note
        );
        out.push(finding_in(&INFO, prose, range, message).about(&phrase.phrase));
    }
}

/// Nouns that are not counted: "lots of fun", "a lot of luck".
const UNCOUNTED: &[&str] = &["fun", "luck", "love", "thanks", "gratitude", "pride"];

/// Whether the vague word measures something nobody counts.
fn counts_no_things(after: &str) -> bool {
    let mut words = after.split_whitespace().skip_while(|word| *word == "of");
    let next = words.next().unwrap_or_default();
    let next = next
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    UNCOUNTED.contains(&next.as_str())
}

/// Words after a vague word within which the writer may still give its size.
const EXACT_WITHIN_WORDS: usize = 8;

/// Whether the words right after a vague word say what it stands for: a
/// list ("multiple languages, including Go, C and Rust") or a change
/// ("reduced the runtime (hours to minutes)").
fn is_made_exact(after: &str) -> bool {
    let sentence = after.split(['.', ';']).next().unwrap_or_default();
    let lists = ["including ", "such as ", "namely "].iter().any(|cue| {
        sentence
            .find(cue)
            .is_some_and(|at| sentence[at..].matches(',').count() >= 2)
    });
    let change = sentence.split_once('(').is_some_and(|(before, inside)| {
        before.split_whitespace().count() <= EXACT_WITHIN_WORDS
            && inside.split(')').next().is_some_and(|i| i.contains(" to "))
    });
    lists || change
}
