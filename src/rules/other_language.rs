use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::Resume;

pub struct OtherLanguage;

static INFO: RuleInfo = RuleInfo {
    id: "other-language",
    name: "Other language",
    severity: Severity::Information,
    summary: "Bullets not in English, where the wording rules stay quiet",
    why: "The wording rules (vague verbs, weak openings, passive voice, buzzwords and the \
          like) know English only. On bullets in another language they would misread every \
          word, so they are skipped; the structure rules (contact details, sections, dates) \
          still run.",
    fix: "Nothing to fix: this note says which rules did not judge those bullets. Write the \
          resume in English for the wording rules to read it.",
    weak: "Entwicklung einer Zahlungsplattform mit Kafka und Go (no wording rule reads it).",
    strong: "Built a payments platform on Kafka and Go that settles 40k transfers a day.",
    fixable: false,
};

/// The rules that read English words, skipped on a bullet in another language.
pub const ENGLISH_RULES: &[&str] = &[
    "no-metric",
    "vague-verb",
    "generic-stack",
    "weak-opening",
    "first-person",
    "passive-voice",
    "buzzword",
    "vague-quantity",
    "tech-casing",
    "tense",
    "repeated-verb",
];

impl Rule for OtherLanguage {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_resume(&self, resume: &Resume, facts: &Facts, _: &Context, out: &mut Vec<Finding>) {
        let Some((language, count)) = facts.foreign_bullets() else {
            return;
        };
        let message = format!(
            "{count} bullet(s) in {language}: the English wording rules ({}) skipped them; \
             structure rules still ran",
            ENGLISH_RULES.join(", ")
        );
        out.push(finding_at(&INFO, resume.header.span.clone(), message));
    }
}
