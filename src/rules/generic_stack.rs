use std::ops::Range;

use super::clauses::verb_phrases;
use super::grammar::{self, Form};
use super::lexicon::Lexicon;
use super::words::{Word, first_word, word_count, words};
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

/// Clause verbs that make the tool the object instead of something built
/// with it: "Used Redis to cache data", "Worked with Kubernetes".
const TOOL_PHRASES: &[&[&str]] = &[
    &["use"],
    &["utilize"],
    &["utilise"],
    &["leverage"],
    &["work", "with"],
    &["familiar", "with"],
    &["exposure", "to"],
    &["learn"],
    &["dabble"],
    &["speak"],
];
/// Verbs after "to" that are about the writer, not what the thing does.
const NOT_A_PURPOSE: &[&str] = &["learn", "be"];
/// Things one builds that a tool name only qualifies: "a Unix shell", "an
/// HTTP/1.1 server", "a Terraform wrapper module" name the system built.
const ARTEFACTS: &[&str] = &[
    "server",
    "shell",
    "module",
    "library",
    "engine",
    "compiler",
    "plugin",
    "extension",
    "bot",
    "parser",
    "interpreter",
    "driver",
    "emulator",
    "game",
    "operator",
    "controller",
    "crawler",
    "scraper",
    "sdk",
    "cli",
    "wrapper",
    "proxy",
    "scheduler",
    "simulator",
    "debugger",
    "kernel",
    "client",
    "program",
    "adapter",
    "framework",
    "gateway",
    "dashboard",
    "system",
    "generator",
];
/// How many words may stand between an umbrella term and a specific tool
/// that makes it specific.
const NEAR_WORDS: usize = 6;
/// How far into the bullet the artefact may stand: it is the verb's object.
const ARTEFACT_WITHIN: usize = 10;

impl Rule for GenericStack {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn offers_rewrite(&self) -> bool {
        true
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        let lexicon = context.base.lexicon;
        let text = bullet.prose.text();
        if !context.is_own_work() || context.has_metric {
            return;
        }
        let stack: Vec<_> = lexicon.technologies_in(text).collect();
        let names_a_service = stack.iter().any(|(_, t)| t.category == "cloud-service");
        // "Technologies: LangGraph, MARL" under the role says what "AI" was.
        let role_names_its_tools = || {
            context.role.is_some_and(|role| {
                role.stack_lines.iter().any(|line| {
                    lexicon
                        .technologies_in(line.text())
                        .any(|(_, t)| !t.umbrella)
                })
            })
        };
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
            // "CI/CD pipelines using Jenkins", "cloud platforms like AWS and
            // Azure": the specific ones are named beside it, a provider being
            // specific enough for a kind of platform.
            let named_near = stack.iter().any(|(named, t)| {
                let gap = if named.start >= range.end {
                    text.get(range.end..named.start)
                } else {
                    text.get(named.end..range.start)
                };
                let more_specific = !t.umbrella || !provider && *named != range;
                more_specific && gap.is_some_and(|gap| word_count(gap) <= NEAR_WORDS)
            });
            let said = out
                .iter()
                .any(|f| f.rule == INFO.id && f.word.as_deref() == Some(&umbrella.phrase));
            // "AI best practices": a topic taught or followed, not a tool.
            let topic = TOPIC_WORDS.iter().any(|word| {
                text[range.end..]
                    .trim_start()
                    .to_lowercase()
                    .starts_with(word)
            });
            let skip = said
                || topic
                || (provider && names_a_service)
                || qualified
                || named_near
                || gives_examples(&text[range.end..])
                || part_of_a_name(text, range.clone())
                || !context.is_statement(text)
                || role_names_its_tools();
            if skip {
                continue;
            }
            let message = format!(
                "\"{}\" is too broad: {}",
                &text[range.clone()],
                umbrella.note
            );
            out.push(finding_in(&INFO, &bullet.prose, range, message).about(&umbrella.phrase));
        }
        // The platform the work runs on ("iOS applications", "Linux
        // servers") is where it ran, not a stack picked.
        let tools: Vec<_> = stack
            .iter()
            .filter(|(range, t)| {
                let platform = t.category == "os" || MOBILE_PLATFORMS.contains(&t.name.as_str());
                !t.umbrella && !platform && !in_closing_tag(text, range)
            })
            .collect();
        if tools.is_empty() || names_what_was_built(text, lexicon) {
            return;
        }
        let mut names: Vec<&str> = Vec::new();
        for (_, tool) in &tools {
            if !names.contains(&tool.name.as_str()) {
                names.push(&tool.name);
            }
        }
        let span = tools[0].0.start..tools[tools.len() - 1].0.end;
        let message = format!(
            "Names tools ({}) but no system or outcome: name what you built and what it changed",
            names.join(", ")
        );
        out.push(finding_in(&INFO, &bullet.prose, span, message));
    }
}

/// Mobile operating systems, listed with their tools under "mobile".
const MOBILE_PLATFORMS: &[&str] = &["iOS", "Android"];

/// Words after an umbrella term that make it a topic: "AI best practices".
const TOPIC_WORDS: &[&str] = &[
    "best practice",
    "principles",
    "concepts",
    "fundamentals",
    "ethics",
    "trends",
    "literacy",
];

/// Words after an umbrella term that go on to name its kinds.
const EXAMPLE_CUES: &[&str] = &["like", "such as", "including", "e.g.", "namely"];

/// Whether the words after an umbrella term soon name examples of it:
/// "machine learning models, using algorithms such as random forests".
fn gives_examples(after: &str) -> bool {
    let lower = after.to_lowercase();
    let near: Vec<&str> = lower.split_whitespace().take(NEAR_WORDS * 2).collect();
    let near = format!(" {} ", near.join(" "));
    EXAMPLE_CUES
        .iter()
        .any(|cue| near.contains(&format!(" {cue} ")))
}

/// Whether an umbrella term is part of a product's name: "AWS SAM", "Azure
/// Databricks", "Pivotal Cloud Foundry".
/// Whether a technology stands in the parentheses that close the bullet:
/// "Rewrote the importer (Perl)." tags the work with its language.
fn in_closing_tag(text: &str, range: &Range<usize>) -> bool {
    let before = &text[..range.start];
    let after = &text[range.end..];
    let opened = before
        .rfind('(')
        .is_some_and(|open| !before[open..].contains(')'));
    opened
        && after
            .find(')')
            .is_some_and(|close| after[close + 1..].trim().trim_end_matches('.').is_empty())
}

fn part_of_a_name(text: &str, range: Range<usize>) -> bool {
    let capitalised = |word: Option<Word>| {
        word.is_some_and(|word| word.text.starts_with(|c: char| c.is_uppercase()))
    };
    let after = &text[range.end..];
    let next = after
        .starts_with(' ')
        .then(|| first_word(after, 0))
        .flatten();
    let before = &text[..range.start];
    let previous = before
        .strip_suffix(' ')
        .and_then(|before| words(before).last())
        .filter(|word| word.start > 0);
    capitalised(next) || capitalised(previous)
}

/// Whether the bullet names what was built, beyond the tools: what the thing
/// does ("a Lambda job to track …", "components that used …"), or a product
/// or company by name ("Car-Match", "Stripe's"). A bullet whose verb makes
/// the tool the object ("Used Kafka …") names nothing built.
fn names_what_was_built(text: &str, lexicon: &Lexicon) -> bool {
    let all: Vec<Word> = words(text).collect();
    let clause_verbs = verb_phrases(text);
    let tool_verb = clause_verbs
        .iter()
        .filter_map(|&at| all.iter().position(|word| word.start == at))
        .any(|at| TOOL_PHRASES.iter().any(|phrase| opens(&all[at..], phrase)));
    let tool_noun = (0..all.len()).any(|at| opens(&all[at..], &["exposure", "to"]));
    if tool_verb || tool_noun {
        return false;
    }
    let has_verb = clause_verbs
        .first()
        .and_then(|&at| all.iter().find(|word| word.start == at))
        .is_some_and(|word| grammar::verb_form(word.text).is_some());
    (has_verb && (states_a_purpose(&all) || states_an_outcome(&all) || names_a_function(text, &all)))
        // "Erlang client for the streaming API", with a verb before it or not.
        || names_an_artefact(&all)
        || describes_its_job(&all)
        || names_a_product(text, &all, lexicon)
}

/// A relative clause saying what the thing does, with or without a verb
/// before it: "a Spring service responsible for underwriting decisions".
fn describes_its_job(words: &[Word]) -> bool {
    words.windows(2).any(|pair| {
        let next = pair[1].text;
        match pair[0].text.to_lowercase().as_str() {
            "that" | "which" => matches!(grammar::verb_form(next), Some(Form::Past | Form::Third)),
            "responsible" => next == "for",
            _ => false,
        }
    })
}

/// A noun, a gerund and a noun naming what a thing does: "fitness tracking
/// app", "data caching layer" (not "using caching strategies").
/// "Developed a POSIX shell", "Wrote an HTTP/1.1 server in Rust".
/// Verbs that say what changed: "Reduced latency with Redis", "…, cutting
/// build times in half".
const OUTCOME_VERBS: &[&str] = &[
    "reduce",
    "cut",
    "improve",
    "increase",
    "enable",
    "speed",
    "save",
    "lower",
    "boost",
    "halve",
    "double",
    "eliminate",
    "accelerate",
    "shorten",
    "prevent",
];

/// Whether the bullet's verb, or a participle after it, says what changed.
fn states_an_outcome(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        (at == 0 || grammar::verb_form(word.text) == Some(Form::Gerund))
            && OUTCOME_VERBS
                .iter()
                .any(|verb| grammar::inflects(word.text, verb))
    })
}

fn names_an_artefact(words: &[Word]) -> bool {
    words.iter().take(ARTEFACT_WITHIN).any(|word| {
        let lower = word.text.to_lowercase();
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        ARTEFACTS.contains(&singular)
    })
}

fn names_a_function(text: &str, words: &[Word]) -> bool {
    words.windows(3).any(|three| {
        let noun = |word: &Word| {
            !grammar::is_function_word(word.text)
                && grammar::verb_form(word.text).is_none_or(|form| form == Form::Base)
        };
        noun(&three[0])
            && grammar::verb_form(three[1].text) == Some(Form::Gerund)
            && noun(&three[2])
            && three
                .iter()
                .all(|word| word.text.chars().all(|c| c.is_lowercase() || c == '-'))
            && three
                .windows(2)
                .all(|pair| text[pair[0].range().end..pair[1].start] == *" ")
    })
}

/// Whether `words` open with the words of `phrase`, in any inflection.
fn opens(words: &[Word], phrase: &[&str]) -> bool {
    phrase.len() <= words.len()
        && phrase
            .iter()
            .zip(words)
            .all(|(lemma, word)| grammar::inflects(word.text, lemma))
}

/// "to track …", "for ingesting …", "for the booking page", "for fraud
/// detection".
fn states_a_purpose(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        let Some(next) = words.get(at + 1).map(|word| word.text) else {
            return false;
        };
        let form = grammar::verb_form(next);
        match word.text.to_lowercase().as_str() {
            "to" => grammar::can_be_base(next) && !NOT_A_PURPOSE.contains(&next),
            // "for ingesting events", "for the booking page".
            "for" => {
                form == Some(Form::Gerund)
                    || next.eq_ignore_ascii_case("the")
                    || words[at + 1..]
                        .iter()
                        .take(2)
                        .any(|word| names_an_activity(word.text))
            }
            _ => false,
        }
    })
}

/// A noun of an activity in lower case: "authentication", "management".
fn names_an_activity(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && ["tion", "ment", "sis", "ance"]
            .iter()
            .any(|suffix| word.ends_with(suffix))
}

/// A name that is neither a technology nor an English word, or a possessive
/// one: "Car-Match", "Commercetools", "Stripe's". Words opening the bullet or
/// a heading are not counted.
fn names_a_product(text: &str, words: &[Word], lexicon: &Lexicon) -> bool {
    let heading_end = text.find(':').unwrap_or(0);
    words.iter().skip(1).any(|word| {
        let capitalised = word.text.starts_with(|c: char| c.is_uppercase());
        // "API", "APIs", "SDKs".
        let singular = word.text.strip_suffix('s').unwrap_or(word.text);
        let acronym = singular.chars().all(|c| !c.is_lowercase());
        let possessive = word.text.ends_with("'s") || word.text.ends_with("’s");
        capitalised
            && !acronym
            && word.start > heading_end
            && lexicon.technologies_in(word.text).next().is_none()
            && (possessive || !grammar::is_english_word(word.text))
    })
}
