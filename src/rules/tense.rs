use super::employer;
use super::lexicon::{Lexicon, Tense as VerbTense};
use super::words::{Word, first_word};
use super::{Context, Finding, Fix, Group, Rule, RuleInfo, Severity, finding_in};
use crate::resume::dates::DateEnd;
use crate::resume::{Bullet, SectionKind};

pub struct Tense;

static INFO: RuleInfo = RuleInfo {
    id: "tense",
    name: "Tense",
    severity: Severity::Information,
    summary: "A past role's bullets in the present tense, or tenses mixed within a role",
    why: "Tense tells the reader what you still do. A finished job described in the present \
          reads as a copy-paste slip, and mixed tenses within one role look unedited.",
    fix: "Use the past tense for finished roles. For your current role, pick one tense and \
          keep it for every bullet.",
    weak: "Lead the data team (in a role that ended in 2021).",
    strong: "Led the 6-person data team, shipping 3 forecasting models in 2021.",
    fixable: true,
};

impl Rule for Tense {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_group(&self, group: &Group, context: &Context, out: &mut Vec<Finding>) {
        if group.section.kind != SectionKind::Experience {
            return;
        }
        if let Some(role) = group.role {
            let openings: Vec<Opening> = group
                .english_bullets()
                .filter_map(|bullet| opening_verb(context.lexicon, bullet))
                // "Move hired me to …" at a company called Move: the name, not a verb.
                .filter(|opening| !employer::organisation_has(role, opening.word.text))
                .collect();
            let ended = matches!(
                role.dates.as_ref().and_then(|d| d.end),
                Some(DateEnd::Date(_))
            );
            let past = openings
                .iter()
                .filter(|o| o.tense == VerbTense::Past)
                .count();
            let present = openings.len() - past;
            // A current role may mix a few finished results into the present;
            // only a lone odd one out among many reads as a slip.
            let mostly = |many: usize, few: usize| many > 2 * few;
            for Opening {
                bullet,
                word,
                tense,
                past: past_form,
                present: present_form,
            } in &openings
            {
                let message = if ended && *tense == VerbTense::Present {
                    format!(
                        "Present tense in a role that has ended: \"{}\" → \"{past_form}\"",
                        word.text
                    )
                } else if !ended && *tense == VerbTense::Present && mostly(past, present) {
                    format!("Mixed tenses in this role; most bullets use the past: \"{past_form}\"")
                } else if !ended && *tense == VerbTense::Past && mostly(present, past) {
                    format!(
                        "Mixed tenses in this role; most bullets use the present: \"{present_form}\""
                    )
                } else {
                    continue;
                };
                let mut finding = finding_in(&INFO, &bullet.prose, word.range(), message);
                if *tense == VerbTense::Present {
                    finding.fix = Some(Fix {
                        span: finding.span.clone(),
                        replacement: past_form.clone(),
                    });
                }
                out.push(finding);
            }
        }
    }
}

/// A bullet's opening verb, its tense, and its past and present forms.
struct Opening<'a> {
    bullet: &'a Bullet,
    word: Word<'a>,
    tense: VerbTense,
    past: String,
    present: String,
}

fn opening_verb<'a>(lexicon: &Lexicon, bullet: &'a Bullet) -> Option<Opening<'a>> {
    let text = bullet.prose.text();
    let mut word = first_word(text, 0)?;
    // "I lead …", "We own …": the verb after the subject.
    if matches!(word.text, "I" | "We" | "we") {
        word = first_word(text, word.range().end)?;
    }
    // "Initiated and lead …": the second verb's tense is the one to check.
    if let Some(and) = first_word(text, word.range().end).filter(|next| next.text == "and")
        && let Some(second) = first_word(text, and.range().end)
        && lexicon
            .verb(&word.text.to_lowercase())
            .is_some_and(|(_, tense)| tense == VerbTense::Past)
        && lexicon
            .verb(&second.text.to_lowercase())
            .is_some_and(|(_, tense)| tense == VerbTense::Present)
    {
        word = second;
    }
    let rest = &text[word.range().end..];
    // "Open Source photo sharing": the adjective of a compound, not a verb.
    let open_source = word.text.eq_ignore_ascii_case("open")
        && rest.trim_start().to_lowercase().starts_with("source");
    if open_source || super::grammar::reads_as_noun(rest) {
        return None;
    }
    let lower = word.text.to_lowercase();
    // "Leads" is the present tense of "Lead".
    let (forms, tense) = lexicon
        .verb(&lower)
        .map(|(category, tense)| (category, tense, lower.clone()))
        .or_else(|| {
            let stem = lower
                .strip_suffix("es")
                .filter(|s| lexicon.verb(s).is_some())
                .or_else(|| lower.strip_suffix('s'))?;
            lexicon
                .verb(stem)
                .map(|(category, _)| (category, VerbTense::Present, stem.to_string()))
        })
        .map(|(category, tense, form)| {
            let past = category
                .verbs
                .iter()
                .find(|v| {
                    v.past.eq_ignore_ascii_case(&form) || v.present.eq_ignore_ascii_case(&form)
                })
                .map(|v| (v.past.clone(), v.present.clone()));
            (past, tense)
        })?;
    let (past, present) = forms?;
    // "I lead …" becomes "I led …": the verb keeps its place's case.
    let cased = |form: String| match word.text.starts_with(char::is_lowercase) {
        true => form.to_lowercase(),
        false => form,
    };
    Some(Opening {
        bullet,
        word,
        tense,
        past: cased(past),
        present: cased(present),
    })
}
