use super::clauses::verb_phrases;
use super::lexicon::{Lexicon, VaguePhrase};
use super::words::capitalised;
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct VagueVerb;

static INFO: RuleInfo = RuleInfo {
    id: "vague-verb",
    name: "Vague verb",
    severity: Severity::Warning,
    summary: "A clause's verb is a vague verb or a duty phrase instead of what you did",
    why: "A reader gives each bullet a few seconds. Openers such as \"worked on\", \
          \"helped with\" or \"responsible for\" say that you were near the work, not what \
          you did there, so the reader cannot tell your part from the team's.",
    fix: "Start with a verb that names your own action (built, cut, led, migrated, \
          automated), then the thing you acted on, then what changed because of it.",
    weak: "Worked on the search service for the mobile app.",
    strong: "Rebuilt the mobile app's search service on OpenSearch, cutting median query \
             time from 420 ms to 60 ms.",
    fixable: false,
};

/// Words in a bullet that point at the kind of work, and the verb category
/// they call for. A cue ending in `*` is a stem ("optimi*" matches
/// "optimised"); others match whole words and their plurals.
const CONTEXT_WORDS: &[(&str, &[&str])] = &[
    (
        "improve",
        &[
            "latency",
            "performance",
            "faster",
            "speed",
            "slow",
            "cost",
            "optimi*",
            "efficien*",
            "reliab*",
        ],
    ),
    (
        "lead",
        &[
            "team", "engineer", "intern", "mentor*", "hiring", "hire", "onboard*", "junior",
            "people",
        ],
    ),
    (
        "migrate",
        &["migrat*", "upgrade", "legacy", "port", "moving"],
    ),
    (
        "automate",
        &[
            "script", "automat*", "pipeline", "deploy*", "workflow", "cron", "ci",
        ],
    ),
    (
        "analyse",
        &[
            "analys*", "analyz*", "report", "data", "metric", "insight", "research",
        ],
    ),
    (
        "operate",
        &[
            "on-call",
            "incident",
            "outage",
            "maintenance",
            "monitor*",
            "uptime",
        ],
    ),
    (
        "communicate",
        &[
            "document*",
            "presentation",
            "training",
            "workshop",
            "blog",
            "talk",
        ],
    ),
    (
        "grow",
        &["sales", "revenue", "customer", "growth", "account", "deal"],
    ),
    (
        "build",
        &[
            "feature",
            "service",
            "api",
            "app",
            "tool",
            "dashboard",
            "platform",
            "system",
            "page",
            "website",
            "library",
        ],
    ),
];

/// One key for the British and American spellings of a verb: "Optimised"
/// and "Optimized" share it.
fn spelling_key(verb: &str) -> String {
    verb.to_lowercase()
        .replace("ys", "yz")
        .replace("is", "iz")
        .replace("ll", "l")
}

/// How many verbs to offer.
const SUGGESTIONS: usize = 4;

impl Rule for VagueVerb {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn offers_rewrite(&self) -> bool {
        true
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        if !context.is_own_work() {
            return;
        }
        let lexicon = context.base.lexicon;
        let text = bullet.prose.text();
        for start in verb_phrases(text) {
            let Some((phrase, length)) = lexicon.vague_phrase_at(&text[start..]) else {
                continue;
            };
            let words = start..start + length;
            // As written ("worked on"), which is what a user ignores.
            let written = text[words.clone()].to_lowercase();
            if lexicon.is_ignored(&written) {
                continue;
            }
            let message = format!(
                "\"{}\" {}; open with your own action",
                capitalised(&text[words.clone()]),
                phrase.hides
            );
            let mut finding = finding_in(&INFO, &bullet.prose, words, message).about(&written);
            finding.suggestions = lexicon
                .verbs_for_object(phrase, &text[start + length..])
                .unwrap_or_else(|| suggest_verbs(lexicon, phrase, text));
            out.push(finding);
        }
    }
}

/// Strong verbs for this bullet: categories its words point at first, then the
/// phrase's own suggestions, a verb or two from each.
fn suggest_verbs(lexicon: &Lexicon, phrase: &VaguePhrase, bullet: &str) -> Vec<String> {
    let lower = bullet.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    let has_cue = |cue: &&str| match cue.strip_suffix('*') {
        Some(stem) => words.iter().any(|word| word.starts_with(stem)),
        None => words
            .iter()
            .any(|word| word == cue || word.strip_suffix('s') == Some(*cue)),
    };
    let from_context = CONTEXT_WORDS
        .iter()
        .filter(|(_, cues)| cues.iter().any(&has_cue))
        .map(|(category, _)| *category);
    let mut categories: Vec<&str> = from_context
        .chain(phrase.suggest.iter().map(String::as_str))
        .chain(["build", "improve"])
        .collect();
    categories.dedup();
    let mut verbs: Vec<String> = Vec::new();
    let mut spellings: Vec<String> = Vec::new();
    for _round in 0..2 {
        for category in &categories {
            if verbs.len() == SUGGESTIONS {
                return verbs;
            }
            let fresh = lexicon.category(category).and_then(|c| {
                c.verbs
                    .iter()
                    .map(|verb| (verb, spelling_key(&verb.past)))
                    .find(|(_, key)| !spellings.contains(key))
            });
            if let Some((verb, key)) = fresh {
                verbs.push(verb.past.clone());
                spellings.push(key);
            }
        }
    }
    verbs
}
