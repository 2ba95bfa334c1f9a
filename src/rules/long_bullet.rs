use super::settings::LimitInfo;
use super::words::{Word, words};
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;
use std::ops::Range;

pub struct LongBullet;

static INFO: RuleInfo = RuleInfo {
    id: "long-bullet",
    name: "Long bullet",
    severity: Severity::Information,
    summary: "A bullet longer than about two printed lines",
    why: "Readers skim the first line of each bullet. Past two lines the result, usually at \
          the end, is where nobody looks, and the page fills with one achievement.",
    fix: "Keep the action, the thing and the result; move the rest (tools, context) to \
          another bullet or drop it. The limit is `long-bullet-words` in `[limits]`.",
    weak: "Worked closely with product, design and three backend teams over several months \
           to plan, build, test and roll out a redesigned onboarding flow for new \
           customers across web and mobile, which in the end improved activation by 12% \
           and reduced support tickets.",
    strong: "Redesigned customer onboarding on web and mobile with three backend teams, \
             raising activation by 12%.",
    fixable: false,
};

impl Rule for LongBullet {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn limits(&self) -> &'static [LimitInfo] {
        &[LimitInfo {
            key: "long-bullet-words",
            about: "words above which a bullet is too long",
            minimum: 1.0,
        }]
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let limit = context.base.limits.long_bullet_words;
        let text = bullet.prose.text();
        let words: Vec<Word> = words(text).collect();
        // A role written as prose is read sentence by sentence, as a list
        // of bullets would be.
        let too_long = |piece: &Range<usize>| piece.len() > limit;
        let long = if bullet.in_paragraph {
            sentences(text, &words).into_iter().find(too_long)
        } else {
            Some(0..words.len()).filter(too_long)
        };
        let Some(long) = long else {
            return;
        };
        let count = long.len();
        let message = if bullet.in_paragraph {
            format!("A sentence of {count} words: keep each within about two lines ({limit} words)")
        } else {
            format!("{count} words: keep a bullet within about two lines ({limit} words)")
        };
        // The whole bullet (or sentence), so that the finding stands on its
        // first line, where the reader starts.
        let start = words[long.start].start;
        let end = if bullet.in_paragraph {
            words[long.end - 1].range().end
        } else {
            text.len()
        };
        out.push(finding_in(&INFO, &bullet.prose, start..end, message));
    }
}

/// The word ranges of a text's sentences.
fn sentences(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    for index in 1..words.len() {
        let gap = &text[words[index - 1].range().end..words[index].start];
        if gap.contains(['.', '!', '?']) && gap.contains(char::is_whitespace) {
            starts.push(index);
        }
    }
    let ends = starts.iter().skip(1).copied().chain([words.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&start, end)| start..end)
        .collect()
}
