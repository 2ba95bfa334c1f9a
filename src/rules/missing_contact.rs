use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::Resume;

pub struct MissingContact;

static INFO: RuleInfo = RuleInfo {
    id: "missing-contact",
    name: "Missing contact",
    severity: Severity::Warning,
    summary: "No email, or no link (GitHub, LinkedIn, a personal site), in the header",
    why: "A recruiter who likes your resume needs a way to reply, and most will look for \
          your work online before they do. Both belong at the top, where they are found \
          in a second.",
    fix: "Put an email address and at least one link (GitHub, LinkedIn or your site) on the \
          line under your name.",
    weak: "# Ana Ruiz\nBerlin",
    strong: "# Ana Ruiz\nana@example.com · github.com/ana-example · Berlin",
    fixable: false,
};

impl Rule for MissingContact {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    /// Reads only the header.
    fn reads_bullets(&self) -> bool {
        false
    }

    fn check_resume(&self, resume: &Resume, _: &Facts, _: &Context, out: &mut Vec<Finding>) {
        let contacts = &resume.header.contacts;
        let span = resume.header.span.clone();
        if contacts.emails.is_empty() {
            out.push(finding_at(
                &INFO,
                span.clone(),
                "No email address in the header".to_string(),
            ));
        }
        if contacts.links.is_empty() {
            let message = "No link in the header: add GitHub, LinkedIn or your site";
            out.push(finding_at(&INFO, span, message.to_string()));
        }
    }
}
