use std::sync::LazyLock;

use regex::Regex;

use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct PassiveVoice;

static INFO: RuleInfo = RuleInfo {
    id: "passive-voice",
    name: "Passive voice",
    severity: Severity::Information,
    summary: "\"Was\", \"were\" or \"been\" with a participle, hiding who acted",
    why: "\"The pipeline was migrated\" leaves the reader asking by whom. On a resume the \
          answer should be you, and the active form is shorter too.",
    fix: "Make yourself the one acting: start with the verb (\"Migrated the pipeline\").",
    weak: "Deployment time was reduced by moving builds to a shared cache.",
    strong: "Cut deployment time from 25 to 6 minutes by moving builds to a shared cache.",
    fixable: false,
};

/// A form of "to be", an optional adverb, and a participle.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?([a-z]+ed|built|written|done|made|given|taken|shown|known|run|sent|cut|chosen|held|kept|brought|bought|sold|taught|won|grown|drawn|driven|seen|found|put|spent|rewritten|rebuilt)\b",
    )
    .unwrap()
});

/// Participles that read as adjectives or honours, not as hidden actors.
const NOT_PASSIVE: &[&str] = &[
    "based",
    "located",
    "involved",
    "tasked",
    "required",
    "interested",
    "excited",
    "pleased",
    "experienced",
    "skilled",
    "dedicated",
    "focused",
    "motivated",
    "named",
    "awarded",
    "promoted",
    "selected",
    "invited",
    "recognized",
    "recognised",
    "nominated",
    "elected",
    "hired",
    "certified",
    "licensed",
    "qualified",
    "published",
    "featured",
    "accepted",
    "admitted",
    "exposed",
    "used",
    "supposed",
    "expected",
    "needed",
    "limited",
    "related",
    "detailed",
    "advanced",
    "distributed",
    "automated",
    "dedicated",
    "embedded",
    "red",
];

impl Rule for PassiveVoice {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        if !context.is_work() {
            return;
        }
        let text = bullet.prose.text();
        for found in PASSIVE.captures_iter(text) {
            let whole = found.get(0).expect("a match has a whole");
            let participle = found[1].to_lowercase();
            if NOT_PASSIVE.contains(&participle.as_str()) {
                continue;
            }
            let message = format!(
                "Passive \"{}\" hides who acted: say what you did",
                whole.as_str()
            );
            out.push(finding_in(&INFO, &bullet.prose, whole.range(), message));
        }
    }
}
