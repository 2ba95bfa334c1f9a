use std::collections::HashMap;

use super::settings::LimitInfo;
use super::words::first_word;
use super::{Context, Finding, Group, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct RepeatedVerb;

static INFO: RuleInfo = RuleInfo {
    id: "repeated-verb",
    name: "Repeated verb",
    severity: Severity::Information,
    summary: "The same verb opens three or more bullets of one role",
    why: "Opening verbs are what a skimming reader sees. Five bullets that all start with \
          \"Developed\" blur into one, and suggest a narrow range of work.",
    fix: "Pick the verb that says most precisely what each bullet did: built, migrated, cut, \
          automated, led. The threshold is `repeated-verb` in `[limits]`.",
    weak: "Developed the API. Developed the admin panel. Developed the billing jobs.",
    strong: "Built the API. Designed the admin panel. Automated the billing jobs.",
    fixable: false,
};

impl Rule for RepeatedVerb {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn limits(&self) -> &'static [LimitInfo] {
        &[LimitInfo {
            key: "repeated-verb",
            about: "how many bullets of one role may open with the same verb before it is flagged",
            minimum: 2.0,
        }]
    }

    fn check_group(&self, group: &Group, context: &Context, out: &mut Vec<Finding>) {
        if group.section.kind.has_roles() {
            check_bullets(group.english_bullets(), context, out);
        }
    }
}

fn check_bullets<'b>(
    bullets: impl Iterator<Item = &'b Bullet>,
    context: &Context,
    out: &mut Vec<Finding>,
) {
    let limit = context.limits.repeated_verb;
    let openings: Vec<_> = bullets
        .filter_map(|bullet| Some((bullet, first_word(bullet.prose.text(), 0)?)))
        .filter(|(_, word)| context.lexicon.verb(word.text).is_some())
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (_, word) in &openings {
        *counts.entry(word.text.to_lowercase()).or_default() += 1;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (bullet, word) in openings {
        let key = word.text.to_lowercase();
        let total = counts[&key];
        let nth = seen.entry(key.clone()).or_default();
        *nth += 1;
        if total < limit || *nth < limit {
            continue;
        }
        let alternatives: Vec<String> = context
            .lexicon
            .verb(&key)
            .map(|(category, _)| {
                let others = category.verbs.iter().map(|v| v.past.clone());
                others.filter(|v| v.to_lowercase() != key).take(3).collect()
            })
            .unwrap_or_default();
        let message = format!(
            "\"{}\" opens {total} bullets in this role; vary it ({})",
            word.text,
            alternatives.join(", ")
        );
        let mut finding = finding_in(&INFO, &bullet.prose, word.range(), message);
        finding.suggestions = alternatives;
        out.push(finding);
    }
}
