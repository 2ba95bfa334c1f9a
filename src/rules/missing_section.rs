use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::{Resume, SectionKind};

pub struct MissingSection;

static INFO: RuleInfo = RuleInfo {
    id: "missing-section",
    name: "Missing section",
    severity: Severity::Warning,
    summary: "No Experience, Skills or Education section",
    why: "Readers and applicant tracking systems look for these three sections by name. \
          When one is missing, or hides under an unusual title, your experience may not be \
          found at all.",
    fix: "Add the section under a plain title (\"Experience\", \"Skills\", \"Education\"). \
          If you have no degree, list courses or certifications under Education.",
    weak: "A resume whose jobs sit under \"My Journey\" and whose tools appear only in bullets.",
    strong: "The same resume with \"Experience\" and \"Skills\" headings.",
    fixable: false,
};

const EXPECTED: &[(SectionKind, &str)] = &[
    (SectionKind::Experience, "Experience"),
    (SectionKind::Skills, "Skills"),
    (SectionKind::Education, "Education"),
];

impl Rule for MissingSection {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    /// Reads only which sections there are.
    fn reads_bullets(&self) -> bool {
        false
    }

    fn check_resume(&self, resume: &Resume, _: &Facts, _: &Context, out: &mut Vec<Finding>) {
        // With no section read at all the layout was not understood, which
        // `unread-part` says; listing every section as missing would mislead.
        if resume.sections.is_empty() {
            return;
        }
        for (kind, title) in EXPECTED {
            if resume.section(*kind).is_none() {
                let message =
                    format!("No {title} section: add one under a plain \"{title}\" heading");
                out.push(finding_at(&INFO, resume.header.span.clone(), message));
            }
        }
    }
}
