use super::grammar::english_share;
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
];

/// A bullet needs this many words before its language is judged.
const MIN_WORDS: usize = 4;
/// Below this share of English words, a bullet may be in another language.
const ENGLISH_SHARE: f64 = 0.5;
/// Below this share, a bullet is in another language even when the detector
/// is unsure, as it is on short text.
const SURELY_FOREIGN_SHARE: f64 = 0.2;

/// The language a bullet is written in when it is not English. The cheap
/// test comes first: most words found in the English word lists (technology
/// names aside) make it English; only otherwise is `whatlang` asked.
pub fn foreign_language(text: &str, is_technology: impl Fn(&str) -> bool) -> Option<&'static str> {
    let (english, counted) = english_share(text, is_technology);
    if counted < MIN_WORDS || english as f64 >= ENGLISH_SHARE * counted as f64 {
        return None;
    }
    let info = whatlang::detect(text)?;
    let sure = info.is_reliable() || (english as f64) < SURELY_FOREIGN_SHARE * counted as f64;
    (info.lang() != whatlang::Lang::Eng && sure).then(|| info.lang().eng_name())
}

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
