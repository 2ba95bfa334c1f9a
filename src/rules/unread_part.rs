//! Says where the model could not read a part of the resume as roles and
//! bullets, so that a writer never takes silence for a clean bill.

use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::Resume;

pub struct UnreadPart;

pub static INFO: RuleInfo = RuleInfo {
    id: "unread-part",
    name: "Part not read",
    severity: Severity::Information,
    summary: "A part of Experience or Projects could not be read as roles and bullets",
    why: "The wording rules judge accomplishment bullets. Lines the linter cannot read as \
          a role and its bullets (a table, a code block, a section with no role in it) are \
          not checked at all, so no finding there does not mean the lines are fine.",
    fix: "Write each job or project as a heading or bold line that names it (title, \
          organisation, dates), with one list item per accomplishment under it.",
    weak: "A job history kept in a code block or a table of dates and duties.",
    strong: "### Backend Engineer | Lumen Health | 2021 – 2024, then \"- Cut p95 latency \
             of the claims API from 900 ms to 250 ms\".",
    fixable: false,
};

impl Rule for UnreadPart {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_resume(&self, resume: &Resume, _: &Facts, _: &Context, out: &mut Vec<Finding>) {
        for unread in &resume.unread {
            out.push(finding_at(
                &INFO,
                unread.span.clone(),
                format!(
                    "Not read as roles and bullets ({}): nothing here was checked",
                    unread.reason
                ),
            ));
        }
        if resume.bullets().next().is_none() {
            let message = "No accomplishment bullet was found in this file, so the wording rules \
                           checked nothing: write each job as a heading with list items under it"
                .to_string();
            out.push(finding_at(&INFO, resume.header.span.clone(), message));
        }
    }
}
