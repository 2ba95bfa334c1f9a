use super::{BulletContext, Context, Facts, Finding, Fix, Rule, RuleInfo, Severity, finding_in};
use crate::resume::{Bullet, Prose, Resume, Section};

pub struct TechCasing;

static INFO: RuleInfo = RuleInfo {
    id: "tech-casing",
    name: "Technology spelling",
    severity: Severity::Warning,
    summary: "A known technology written off its official spelling",
    why: "Applicant tracking systems and recruiters search for exact terms, and a reader who \
          knows the tools notices \"Javascript\" or \"Github\". The official spelling is \
          free precision.",
    fix: "Use the official name; the quick fix does it for you.",
    weak: "Built dashboards in Javascript and Typescript with data from Postgresql.",
    strong: "Built 14 dashboards in JavaScript and TypeScript over PostgreSQL, used by \
             300 account managers.",
    fixable: true,
};

impl Rule for TechCasing {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        check(&bullet.prose, &context.base, out);
    }

    fn check_paragraph(
        &self,
        prose: &Prose,
        _: &Section,
        context: &Context,
        out: &mut Vec<Finding>,
    ) {
        check(prose, context, out);
    }

    fn check_resume(&self, resume: &Resume, _: &Facts, context: &Context, out: &mut Vec<Finding>) {
        for section in &resume.sections {
            for skill in &section.skills {
                check(&skill.prose, context, out);
            }
        }
    }
}

fn check(prose: &Prose, context: &Context, out: &mut Vec<Finding>) {
    let text = prose.text();
    for (range, technology) in context.lexicon.technologies_in(text) {
        let written = &text[range.clone()];
        // Only a different spelling of the same name: "Postgres" or "J2EE" are
        // other names, not mistakes.
        let misspelled = written != technology.name
            && normalised(written) == normalised(&technology.name)
            && !technology.accepted.iter().any(|a| a == written);
        if !misspelled || in_address(text, range.clone()) || context.lexicon.is_ignored(written) {
            continue;
        }
        let message = format!("\"{written}\" is spelled \"{}\"", technology.name);
        let mut finding = finding_in(&INFO, prose, range, message).about(written);
        finding.fix = Some(Fix {
            span: finding.span.clone(),
            replacement: technology.name.clone(),
        });
        finding.suggestions = vec![technology.name.clone()];
        out.push(finding);
    }
}

/// Lower-case letters and digits only: "Node.js" and "nodejs" are one name.
fn normalised(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a match is part of a URL, an email, a path or a file name
/// ("github.com/ana", "index.html").
fn in_address(text: &str, range: std::ops::Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let mut after = text[range.end..].chars();
    let next = after.next();
    let glued_after = matches!(next, Some('/' | '@' | ':'))
        || (matches!(next, Some('.' | '-' | '_'))
            && after.next().is_some_and(char::is_alphanumeric));
    matches!(before, Some('/' | '@' | '.' | '-' | '_' | ':')) || glued_after
}
