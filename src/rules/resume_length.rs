use super::settings::LimitInfo;
use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::Resume;

pub struct ResumeLength;

static INFO: RuleInfo = RuleInfo {
    id: "resume-length",
    name: "Resume length",
    severity: Severity::Information,
    summary: "The resume would print to more than two pages",
    why: "A first read takes well under a minute, so what sits on page three is rarely \
          seen. A tighter resume also makes every remaining bullet count for more.",
    fix: "Shorten or drop older roles, cut bullets without a result, and merge skills lists. \
          The limit is `max-pages` in `[limits]`; the estimate assumes about 46 lines of 95 \
          characters per page.",
    weak: "Three pages, with every role since an internship in full detail.",
    strong: "Two pages: the last eight years in detail, earlier roles as one line each.",
    fixable: false,
};

/// A printed line of body text, in characters, and lines on a page.
const LINE_CHARACTERS: usize = 95;
const PAGE_LINES: f32 = 46.0;
/// Lines a heading takes with the space around it, and the contact header.
const HEADING_LINES: usize = 2;
const HEADER_LINES: usize = 4;

impl Rule for ResumeLength {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn limits(&self) -> &'static [LimitInfo] {
        &[LimitInfo {
            key: "max-pages",
            about: "most printed pages",
            minimum: 0.5,
        }]
    }

    fn check_resume(
        &self,
        resume: &Resume,
        facts: &Facts,
        context: &Context,
        out: &mut Vec<Finding>,
    ) {
        // Judged as the message shows it: "about 2.0 pages" is within 2.
        let pages = (printed_lines(resume, facts) as f32 / PAGE_LINES * 10.0).round() / 10.0;
        let limit = context.limits.max_pages;
        if pages > limit {
            let message =
                format!("About {pages:.1} printed pages: most readers stop after {limit}");
            out.push(finding_at(&INFO, resume.header.span.clone(), message));
        }
    }
}

/// Wrapped lines of text the resume prints to, headings with their spacing;
/// the bullets' lines are counted as they are linted.
fn printed_lines(resume: &Resume, facts: &Facts) -> usize {
    let mut lines = HEADER_LINES + facts.bullet_lines();
    for section in &resume.sections {
        lines += HEADING_LINES;
        lines += section.roles.len() * HEADING_LINES;
        lines += section
            .paragraphs
            .iter()
            .map(|prose| wrapped_lines(prose.text()))
            .sum::<usize>();
        let skills: usize = section
            .skills
            .iter()
            .map(|skill| skill.name.chars().count() + 2)
            .sum();
        lines += skills.div_ceil(LINE_CHARACTERS);
    }
    lines
}

/// The lines a bullet or paragraph wraps to in print.
pub(super) fn wrapped_lines(text: &str) -> usize {
    text.chars().count().div_ceil(LINE_CHARACTERS).max(1)
}
