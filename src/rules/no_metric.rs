use super::grammar;
use super::words::{word_count, words};
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct NoMetric;

static INFO: RuleInfo = RuleInfo {
    id: "no-metric",
    name: "No measurable result",
    severity: Severity::Warning,
    summary: "A work bullet states no quantified result",
    why: "Numbers are what a reader remembers and what tells your work apart from a job \
          description: how many users, how much faster, how much money or time. A bullet \
          without one reads as a duty. Version numbers, product names and years do not count.",
    fix: "Add the figure that shows the outcome: a count, a percentage, money, a duration, \
          a rate, a size, a multiplier (3x) or a before and after. An estimate you can defend \
          (\"about 40%\") is better than none.",
    weak: "Improved the reporting pipeline for the finance team.",
    strong: "Rebuilt the finance reporting pipeline on Airflow, cutting month-end close \
             from 6 days to 2.",
    fixable: false,
};

impl Rule for NoMetric {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn offers_rewrite(&self) -> bool {
        true
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let text = bullet.prose.text();
        if !context.is_statement(text) || context.has_metric || !claims_work(text, context) {
            return;
        }
        let message = "No measurable result: add a number (users, latency, cost, time saved)";
        out.push(finding_in(
            &INFO,
            &bullet.prose,
            0..text.len(),
            message.to_string(),
        ));
    }
}

/// Openings that claim a skill or an honour rather than work done: a number
/// is not what they lack ("Basic knowledge of Maven", "Selected as one of
/// …": the selection is the result).
const NOT_WORK: &[&[&str]] = &[
    &["basic", "knowledge"],
    &["knowledge", "of"],
    &["familiar", "with"],
    &["familiarity", "with"],
    &["experience", "with"],
    &["experience", "in"],
    &["proficient", "in"],
    &["skilled", "in"],
    &["selected"],
    &["awarded"],
    &["won"],
    &["winner"],
    &["finalist"],
    &["nominated"],
    &["recognized", "as"],
    &["recognised", "as"],
];
/// Below this many words, a bullet that opens without a verb is a fragment
/// ("PL/SQL development."): its opening, not a number, is what to fix.
const FRAGMENT_WORDS: usize = 5;

/// Whether a statement claims work whose result could be measured.
fn claims_work(text: &str, context: &BulletContext) -> bool {
    let opening: Vec<String> = words(text).take(2).map(|w| w.text.to_lowercase()).collect();
    let claims_other = NOT_WORK
        .iter()
        .any(|phrase| opening.len() >= phrase.len() && opening[..phrase.len()] == **phrase);
    let fragment = word_count(text) < FRAGMENT_WORDS
        && opening.first().is_none_or(|first| {
            context.base.lexicon.verb(first).is_none() && grammar::verb_form(first).is_none()
        });
    !claims_other && !fragment
}
