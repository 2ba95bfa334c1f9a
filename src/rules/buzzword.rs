use super::words::capitalised;
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
    for (range, phrase) in found.filter(|(_, phrase)| describes_you || !phrase.summary_only) {
        let message = format!(
            "\"{}\" {}; show it with a fact instead",
            capitalised(&text[range.clone()]),
            phrase.note
        );
        out.push(finding_in(&INFO, prose, range, message).about(&phrase.phrase));
    }
}
