use super::words::words;
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::Bullet;

pub struct GenericStack;

static INFO: RuleInfo = RuleInfo {
    id: "generic-stack",
    name: "Generic stack",
    severity: Severity::Warning,
    summary: "A bullet lists technologies but names no system and no outcome, or uses an \
              umbrella term where a specific one belongs",
    why: "A list of tools says what was installed, not what you made with it. Thousands of \
          resumes say \"Java, Spring Boot and AWS\"; what sets yours apart is the system you \
          built and what it changed. Umbrella terms (\"the cloud\", \"NoSQL\", \"AWS\" alone) \
          also miss the exact words applicant tracking systems search for.",
    fix: "Name the system (the billing API, the fraud model) and its result; keep the one or \
          two technologies that matter. Replace umbrella terms with the specific service.",
    weak: "Developed backend features using Java, Spring Boot and AWS.",
    strong: "Built the refunds API in Java and Spring Boot on AWS Lambda, settling 40k \
             refunds a day with no manual review.",
    fixable: false,
};

/// Words that describe any software and so name no particular system.
const GENERIC_WORDS: &[&str] = &[
    "feature",
    "features",
    "backend",
    "back-end",
    "frontend",
    "front-end",
    "full-stack",
    "fullstack",
    "application",
    "applications",
    "app",
    "apps",
    "web",
    "website",
    "websites",
    "code",
    "software",
    "service",
    "services",
    "system",
    "systems",
    "solution",
    "solutions",
    "tool",
    "tools",
    "tooling",
    "component",
    "components",
    "functionality",
    "api",
    "apis",
    "endpoint",
    "endpoints",
    "page",
    "pages",
    "module",
    "modules",
    "project",
    "projects",
    "product",
    "products",
    "platform",
    "platforms",
    "program",
    "programs",
    "infrastructure",
    "database",
    "databases",
    "data",
    "new",
    "various",
    "multiple",
    "several",
    "different",
    "modern",
    "scalable",
    "robust",
    "responsive",
    "efficient",
    "reusable",
    "custom",
    "client",
    "server",
    "side",
    "technologies",
    "technology",
    "framework",
    "frameworks",
    "stack",
    "tasks",
    "work",
    "things",
    "development",
    "ui",
    "ux",
    "user",
    "interface",
    "interfaces",
    "mobile",
    "cloud",
    "restful",
    "rest",
    "based",
    "business",
    "logic",
    "team",
    "company",
    "the",
    "a",
    "an",
    "and",
    "or",
    "with",
    "using",
    "in",
    "on",
    "for",
    "of",
    "to",
    "via",
    "by",
    "from",
    "into",
    "at",
    "as",
    "our",
    "my",
    "their",
    "its",
    "that",
    "which",
    "both",
    "also",
    "including",
    "like",
    "such",
    "utilizing",
    "leveraging",
    "used",
    "use",
];

/// Technologies a list needs before it reads as a stack.
const MIN_STACK: usize = 2;

impl Rule for GenericStack {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let lexicon = context.base.lexicon;
        let text = bullet.prose.text();
        if !context.is_work() || context.has_metric {
            return;
        }
        let stack: Vec<_> = lexicon.technologies_in(text).collect();
        let names_a_service = stack.iter().any(|(_, t)| t.category == "cloud-service");
        for (range, umbrella) in lexicon.umbrellas.find_in(text) {
            let provider = lexicon
                .technology(&text[range.clone()])
                .is_some_and(|t| t.umbrella);
            // "Oracle databases", "Kafka microservices": the specific one is named.
            let qualified = stack.iter().any(|(named, t)| {
                !t.umbrella
                    && text
                        .get(named.end..range.start)
                        .is_some_and(|gap| gap.trim().is_empty())
            });
            if (provider && names_a_service) || qualified || !context.is_statement(text) {
                continue;
            }
            let message = format!(
                "\"{}\" is too broad: {}",
                &text[range.clone()],
                umbrella.note
            );
            out.push(finding_in(&INFO, &bullet.prose, range, message).about(&umbrella.phrase));
        }
        if stack.len() < MIN_STACK || !context.is_statement(text) || names_a_system(text, &stack) {
            return;
        }
        let names: Vec<&str> = stack.iter().map(|(_, t)| t.name.as_str()).collect();
        let span = stack[0].0.start..stack[stack.len() - 1].0.end;
        let message = format!(
            "Lists a stack ({}) but no system or outcome: name what you built and what it changed",
            names.join(", ")
        );
        out.push(finding_in(&INFO, &bullet.prose, span, message));
    }
}

/// Whether, besides the opening verb and the technologies, the bullet has at
/// least two words that name something in particular.
fn names_a_system(
    text: &str,
    stack: &[(std::ops::Range<usize>, &super::lexicon::Technology)],
) -> bool {
    words(text)
        .skip(1)
        .filter(|word| !stack.iter().any(|(range, _)| range.contains(&word.start)))
        .filter(|word| !GENERIC_WORDS.contains(&word.text.to_lowercase().as_str()))
        .count()
        >= 2
}
