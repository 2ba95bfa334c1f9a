use std::ops::Range;

use super::{Finding, Rule, RuleInfo, Severity, finding_at};

/// Not a check on the resume alone: the engine reports it when a job posting
/// is set (`job` in the config, `<!-- resume-lsp job: path -->`, `--job`) and
/// names a hard skill the resume never mentions.
pub struct JobMissingSkill;

pub static INFO: RuleInfo = RuleInfo {
    id: "job-missing-skill",
    name: "Skill the job asks for",
    severity: Severity::Information,
    summary: "The job posting you set names a technology your resume never mentions",
    why: "Recruiters skim for the posting's own terms, and applicant tracking systems \
          score a resume by how many of them it contains. A skill you have but never \
          write down counts as a skill you lack, and a synonym the reader does not map \
          back (\"message queues\" for Kafka) may not count either.",
    fix: "If you have used it, say so in a bullet that shows the work (that counts \
          fully; a Skills list entry counts half). If you have not, leave it out: the \
          quick fix only adds it to Skills when you choose it, and an interview will \
          test what you claim.",
    weak: "The posting asks for Kafka and gRPC; the resume says \"built event-driven \
           services with message queues\".",
    strong: "\"Moved order events from polling to Kafka, cutting sync lag from 4 minutes \
             to 3 seconds\", and Kafka listed under Skills.",
    fixable: false,
};

impl Rule for JobMissingSkill {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
}

/// The finding for a skill `name` the posting asks for, shown at `span`.
pub fn finding(name: &str, span: Range<usize>) -> Finding {
    let message = format!("The job posting asks for {name}, and your resume does not mention it");
    Finding {
        suggestions: vec![name.to_string()],
        ..finding_at(&INFO, span, message)
    }
}
