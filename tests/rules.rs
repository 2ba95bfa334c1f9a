//! Each rule on a small, complete resume: where it fires, the exact text its
//! finding covers, what it says, and where it stays quiet.

use std::process::{Command, Output};

use resume_lsp::check_document;
use resume_lsp::config::Config;
use resume_lsp::document::Document;
use resume_lsp::rules::Finding;

const HEADER: &str = "# Priya Okafor\n\
                      priya.okafor@example.com · https://github.com/priya-okafor-example\n";
/// A role that has ended: its bullets belong in the past tense.
const PAST_ROLE: &str = "### Software Engineer | Tallowbrook Systems | Jan 2019 – Feb 2022";
const CURRENT_ROLE: &str = "### Platform Engineer | Quillfeather Labs | Mar 2022 – Present";
const EDUCATION: &str =
    "## Education\n\n### B.Sc. Computer Science | Marrowgate University | 2014 – 2018\n";
/// Strong bullets that use the default skills.
const STRONG: &[&str] = &[
    "Cut p99 latency of the quote API from 900 ms to 180 ms by caching rates in PostgreSQL",
    "Moved 14 nightly reports onto Python jobs, saving the finance team 6 hours a week",
];

/// A resume to build: the header, an optional summary, roles, skills and education.
struct Resume<'a> {
    header: &'a str,
    summary: Option<&'a str>,
    roles: Vec<(&'a str, Vec<&'a str>)>,
    skills: Option<&'a str>,
    education: bool,
}

impl<'a> Resume<'a> {
    fn new() -> Self {
        Resume {
            header: HEADER,
            summary: None,
            roles: Vec::new(),
            skills: Some("Python, PostgreSQL"),
            education: true,
        }
    }

    fn header(mut self, header: &'a str) -> Self {
        self.header = header;
        self
    }

    fn summary(mut self, summary: &'a str) -> Self {
        self.summary = Some(summary);
        self
    }

    fn role(mut self, heading: &'a str, bullets: &[&'a str]) -> Self {
        self.roles.push((heading, bullets.to_vec()));
        self
    }

    fn skills(mut self, skills: Option<&'a str>) -> Self {
        self.skills = skills;
        self
    }

    fn without_education(mut self) -> Self {
        self.education = false;
        self
    }

    fn build(&self) -> String {
        let mut text = format!("{}\n", self.header);
        if let Some(summary) = self.summary {
            text += &format!("## Summary\n\n{summary}\n\n");
        }
        text += "## Experience\n\n";
        for (heading, bullets) in &self.roles {
            text += &format!("{heading}\n\n");
            for bullet in bullets {
                text += &format!("- {bullet}\n");
            }
            text += "\n";
        }
        if let Some(skills) = self.skills {
            text += &format!("## Skills\n\n{skills}\n\n");
        }
        if self.education {
            text += EDUCATION;
        }
        text
    }
}

/// A complete resume whose one role, ended, holds these bullets.
fn resume(experience_bullets: &[&str]) -> String {
    Resume::new().role(PAST_ROLE, experience_bullets).build()
}

fn check(text: &str) -> Vec<Finding> {
    check_document(&Document::new(text), &Config::default())
}

/// Every finding as (rule, the text its span covers, message).
fn findings(text: &str) -> Vec<(String, String, String)> {
    check(text)
        .into_iter()
        .map(|f| (f.rule.to_string(), text[f.span].to_string(), f.message))
        .collect()
}

/// One rule's findings as (covered text, message).
fn findings_of(rule: &str, text: &str) -> Vec<(String, String)> {
    findings(text)
        .into_iter()
        .filter(|(id, _, _)| id == rule)
        .map(|(_, covered, message)| (covered, message))
        .collect()
}

/// The one finding of a rule, with its fix and suggestions.
fn only_finding(rule: &str, text: &str) -> Finding {
    let mut found: Vec<Finding> = check(text).into_iter().filter(|f| f.rule == rule).collect();
    assert_eq!(found.len(), 1, "{rule}: {found:#?}\n{text}");
    found.remove(0)
}

/// Asserts a rule found exactly these (covered text, message part) pairs.
#[track_caller]
fn assert_findings(rule: &str, text: &str, expected: &[(&str, &str)]) {
    let found = findings_of(rule, text);
    let shape: Vec<&str> = found.iter().map(|(covered, _)| covered.as_str()).collect();
    let wanted: Vec<&str> = expected.iter().map(|(covered, _)| *covered).collect();
    assert_eq!(
        shape, wanted,
        "{rule} covered other text: {found:#?}\n{text}"
    );
    for ((_, message), (_, part)) in found.iter().zip(expected) {
        assert!(message.contains(part), "{rule}: {message:?} lacks {part:?}");
    }
}

#[track_caller]
fn assert_quiet(rule: &str, text: &str) {
    let found = findings_of(rule, text);
    assert!(found.is_empty(), "{rule} fired: {found:#?}\n{text}");
}

#[test]
fn a_strong_resume_has_no_findings() {
    let text = Resume::new()
        .summary("Platform engineer who has cut cloud spend by 30% at 2 companies.")
        .role(
            CURRENT_ROLE,
            &[
                "Led 4 engineers through the move of 120 services to PostgreSQL 16",
                "Automated certificate renewal for 300 hosts with Python, ending 2 outages a year",
            ],
        )
        .role(PAST_ROLE, STRONG)
        .build();
    assert_eq!(findings(&text), vec![]);
}

#[test]
fn no_metric() {
    let weak = "Improved the onboarding flow for new merchants";
    assert_findings(
        "no-metric",
        &resume(&[weak, STRONG[0]]),
        &[(weak, "No measurable result: add a number")],
    );
    assert_quiet(
        "no-metric",
        &resume(&["Cut p99 latency from 900 ms to 180 ms", STRONG[1]]),
    );
    // A version number is not a result.
    let version = "Upgraded the billing service to Java 17";
    assert_findings(
        "no-metric",
        &resume(&[version, STRONG[0]]),
        &[(version, "No measurable result")],
    );
}

#[test]
fn vague_verb() {
    let text = resume(&[
        "Worked on the search service for the mobile app",
        "Tokyo office: helped with the hiring pipeline for 12 engineers",
    ]);
    assert_findings(
        "vague-verb",
        &text,
        &[
            (
                "Worked on",
                "\"Worked on\" says where you were, not what you did",
            ),
            ("helped with", "\"Helped with\" hides which part was yours"),
        ],
    );
    let finding = &check(&text)
        .into_iter()
        .find(|f| f.rule == "vague-verb")
        .unwrap();
    assert!(finding.suggestions.len() >= 3, "{finding:#?}");
    // The rule judges how a clause opens: "helped" inside a clause is fine.
    assert_quiet(
        "vague-verb",
        &resume(&[
            "Built a style checker that helped 40 writers publish 2x faster",
            STRONG[0],
        ]),
    );
}

#[test]
fn generic_stack() {
    let text = resume(&[
        "Developed backend features using Java and Spring Boot",
        STRONG[0],
    ]);
    assert_findings(
        "generic-stack",
        &text,
        &[(
            "Java and Spring Boot",
            "Names tools (Java, Spring Boot) but no system or outcome",
        )],
    );
    // A named service is not an umbrella term.
    assert_quiet(
        "generic-stack",
        &resume(&[
            "Ran nightly lead scoring on Azure Databricks to rank 2 regions' leads",
            STRONG[0],
        ]),
    );
    let umbrella = resume(&["Deployed the fraud scoring model to AWS", STRONG[0]]);
    assert_findings(
        "generic-stack",
        &umbrella,
        &[("AWS", "\"AWS\" is too broad")],
    );
    assert_quiet(
        "generic-stack",
        &resume(&[
            "Built the refunds API in Java and Spring Boot, settling 40k refunds a day",
            STRONG[0],
        ]),
    );
    // The providers named make "cloud platforms" specific; each is still
    // broad on its own, and a term said twice is one finding.
    let providers = resume(&[
        "Deployed the scoring models to cloud platforms like AWS and Azure",
        "Moved the archive from the data center to cloud and then to cloud storage tiers",
        STRONG[0],
    ]);
    assert_findings(
        "generic-stack",
        &providers,
        &[
            ("AWS", "\"AWS\" is too broad"),
            ("Azure", "\"Azure\" is too broad"),
            ("cloud", "\"cloud\" is too broad"),
        ],
    );
}

#[test]
fn weak_opening() {
    let text = resume(&[
        "The checkout service was rewritten to take 3 new currencies",
        "Responsible for the release calendar of 9 mobile apps",
        STRONG[0],
    ]);
    // "Responsible for" is left to `vague-verb`.
    assert_findings(
        "weak-opening",
        &text,
        &[(
            "The",
            "Starts with \"The\" (an article): open with an action verb",
        )],
    );
    assert_quiet(
        "weak-opening",
        &resume(&[
            "Rewrote the checkout service to take 3 new currencies",
            STRONG[0],
        ]),
    );
    // A past-tense verb before product names is still the verb.
    assert_quiet(
        "weak-opening",
        &resume(&["Implemented Redux Toolkit state for 12 checkout screens"]),
    );
}

#[test]
fn first_person() {
    let text = Resume::new()
        .summary("I build data platforms that analysts trust.")
        .role(
            PAST_ROLE,
            &[
                "Set up our first on-call rotation, halving weekly pages from 30 to 15",
                "Cut disk I/O on the ingest nodes by 40% with Python batch writers",
            ],
        )
        .build();
    // The summary speaks in the writer's voice, written as a list too;
    // bullets do not.
    assert_findings("first-person", &text, &[("our", "\"our\": ")]);
    let listed = "## Summary\n\n- I build data platforms that analysts trust.\n";
    assert_quiet("first-person", listed);
}

#[test]
fn a_paragraph_introducing_a_role_is_context_not_an_accomplishment() {
    let text = "## Experience\n\n### Engineer | Quillmark | 2019 – 2022\n\n\
                Quillmark hired me to rebuild its billing, and my role was mostly backend work.\n\n\
                - Cut invoice runs from 6 hours to 40 minutes by batching PostgreSQL writes\n";
    for rule in ["first-person", "no-metric", "weak-opening", "vague-verb"] {
        assert_quiet(rule, text);
    }
    // A role written only as prose is judged sentence by sentence.
    let prose = "## Experience\n\n### Engineer | Quillmark | 2019 – 2022\n\n\
                 I worked on the billing service and helped the team with releases.\n";
    assert!(!findings_of("first-person", prose).is_empty());
}

#[test]
fn passive_voice() {
    let text = resume(&[
        "Deployment time was reduced by 70% through shared build caches",
        STRONG[0],
    ]);
    assert_findings(
        "passive-voice",
        &text,
        &[("was reduced", "Passive \"was reduced\" hides who acted")],
    );
    // A participle that names a state is an adjective, not a hidden actor.
    assert_quiet(
        "passive-voice",
        &resume(&["Was involved in 3 launches and is based in Oslo", STRONG[0]]),
    );
}

#[test]
fn buzzword() {
    let text = Resume::new()
        .summary("Proactive backend engineer and team player.")
        .role(
            PAST_ROLE,
            &[
                "Built proactive alerting that caught 9 of 10 outages before customers did",
                STRONG[0],
            ],
        )
        .build();
    // "proactive" is self-praise about you (summary_only), an ordinary word in a bullet.
    assert_findings(
        "buzzword",
        &text,
        &[
            (
                "Proactive",
                "\"Proactive\" show a problem you caught early instead",
            ),
            (
                "team player",
                "\"Team player\" say what you did with the team",
            ),
        ],
    );
}

#[test]
fn vague_quantity() {
    let text = resume(&["Reduced load times across multiple pages", STRONG[0]]);
    assert_findings(
        "vague-quantity",
        &text,
        &[("multiple", "\"Multiple\" where a number belongs")],
    );
    // A figure elsewhere does not say how many pages.
    let beside_a_figure = "Cut load time on several pages from 4.1 s to 1.3 s";
    assert_findings(
        "vague-quantity",
        &resume(&[beside_a_figure, STRONG[0]]),
        &[("several", "\"Several\" where a number belongs")],
    );
    // Orders of magnitude with a unit and architecture terms are not vague.
    assert_quiet(
        "vague-quantity",
        &resume(&[
            "Ran a multi-tenant queue taking millions of events a day",
            STRONG[0],
        ]),
    );
}

/// A bullet of `count` words, opening with a verb and carrying a figure.
fn bullet_of(count: usize) -> String {
    let mut words = vec![
        "Rebuilt", "the", "invoice", "exporter", "for", "12", "regions",
    ];
    let filler = ["with", "careful", "checks", "on", "every", "ledger", "row"];
    while words.len() < count {
        words.push(filler[words.len() % filler.len()]);
    }
    words.truncate(count);
    words.join(" ")
}

#[test]
fn long_bullet() {
    let long = bullet_of(40);
    let text = resume(&[&long, STRONG[0]]);
    // The whole bullet, so that the finding stands on its first line.
    assert_findings(
        "long-bullet",
        &text,
        &[(
            &long,
            "40 words: keep a bullet within about two lines (35 words)",
        )],
    );
    assert_quiet("long-bullet", &resume(&[&bullet_of(35), STRONG[0]]));
}

#[test]
fn tech_casing() {
    let text = resume(&[
        "Built 14 dashboards in Javascript for 300 account managers",
        STRONG[0],
    ]);
    assert_findings(
        "tech-casing",
        &text,
        &[("Javascript", "\"Javascript\" is spelled \"JavaScript\"")],
    );
    let finding = only_finding("tech-casing", &text);
    let fix = finding.fix.expect("a casing finding carries a fix");
    assert_eq!(&text[fix.span], "Javascript");
    assert_eq!(fix.replacement, "JavaScript");
    // The official spelling, and a name inside an address, are left alone.
    assert_quiet(
        "tech-casing",
        &resume(&[
            "Built 14 dashboards in JavaScript for 300 account managers",
            "Published 3 plugins at github.com/javascript-tools-example",
        ]),
    );
}

#[test]
fn bullet_count() {
    let one = resume(&[STRONG[0]]);
    assert_findings(
        "bullet-count",
        &one,
        &[(PAST_ROLE, "1 bullet in this role: add results to reach 2")],
    );
    let seven: Vec<String> = (1..=7)
        .map(|n| format!("Shipped release {n} of the pricing engine to 40 stores"))
        .collect();
    let seven: Vec<&str> = seven.iter().map(String::as_str).collect();
    assert_findings(
        "bullet-count",
        &resume(&seven),
        &[(PAST_ROLE, "7 bullets in this role: keep the strongest 6")],
    );
    assert_quiet("bullet-count", &resume(STRONG));
    // A role with no bullet read, or a group of older roles, is not counted.
    assert_quiet("bullet-count", &resume(&[]));
    let earlier = "## Experience\n\n### Earlier career | Various | 2008 – 2012\n\n- Shipped the first billing system.\n";
    assert_quiet("bullet-count", earlier);
    // A role that ended ten years before the latest may stay on one line.
    let long_past = Resume::new()
        .role(CURRENT_ROLE, STRONG)
        .role(
            "### Intern | Cobaltwick | Jun 2009 – Aug 2010",
            &[STRONG[0]],
        )
        .build();
    assert_quiet("bullet-count", &long_past);
    // A contract of a few months may too.
    let brief = Resume::new()
        .role(CURRENT_ROLE, STRONG)
        .role(
            "### Contractor | Cobaltwick | Mar 2021 – Sep 2021",
            &[STRONG[0]],
        )
        .build();
    assert_quiet("bullet-count", &brief);
    // One project bullet with its details nested under it is enough.
    let nested = "## Experience\n\n### Engineer | Acme | 2019 – 2022\n\n\
                  - Rebuilt the billing system:\n  - Cut invoice runs from 6 h to 40 min.\n  \
                  - Moved 3 M accounts without downtime.\n";
    assert_quiet("bullet-count", nested);
}

#[test]
fn repeated_verb() {
    let bullets = [
        "Built the payroll export, used by 900 staff",
        "Built a rota planner that cut overtime by 12%",
        "Built the audit trail for 3 regulators",
    ];
    let text = resume(&bullets);
    let found = only_finding("repeated-verb", &text);
    let third = text.find(bullets[2]).unwrap();
    assert_eq!(found.span, third..third + "Built".len());
    for part in ["\"Built\" opens 3 bullets", "vary it ("] {
        assert!(found.message.contains(part), "{}", found.message);
    }
    assert!(!found.suggestions.is_empty());
    assert_quiet("repeated-verb", &resume(&bullets[..2]));
}

#[test]
fn missing_section() {
    let text = Resume::new()
        .role(PAST_ROLE, STRONG)
        .skills(None)
        .without_education()
        .build();
    assert_findings(
        "missing-section",
        &text,
        &[
            ("Priya Okafor", "No Skills section"),
            ("Priya Okafor", "No Education section"),
        ],
    );
    assert_quiet("missing-section", &resume(STRONG));
}

#[test]
fn missing_contact() {
    let text = Resume::new()
        .header("# Priya Okafor\nLagos, Nigeria\n")
        .role(PAST_ROLE, STRONG)
        .build();
    assert_findings(
        "missing-contact",
        &text,
        &[
            ("Priya Okafor", "No email address in the header"),
            ("Priya Okafor", "No link in the header"),
        ],
    );
    assert_quiet("missing-contact", &resume(STRONG));
}

#[test]
fn tense_leaves_a_bullet_that_opens_with_the_employers_name() {
    let text = "## Experience\n\n### Engineer | Move | Jan 2018 – Dec 2020\n\n\
                - Move hired me to rebuild its billing, cutting invoice errors 40%.\n\
                - Shipped the new ledger to 2M customers in 6 months.\n";
    assert_quiet("tense", text);
}

#[test]
fn inline_code_and_web_addresses_are_never_judged_or_fixed() {
    let text = resume(&[
        "Automated `terraform apply` runs in CI, cutting deploys from 40 to 5 minutes",
        "Published the load-test kit at https://github.com/acme/kubernetes-load for 300 users",
    ]);
    assert_quiet("tech-casing", &text);
    // The same word outside code is still judged.
    let plain = resume(&["Automated terraform runs in CI, cutting deploys from 40 to 5 minutes"]);
    assert_eq!(findings_of("tech-casing", &plain).len(), 1);
}

#[test]
fn date_order_starts_again_in_each_experience_section() {
    let text = "## Experience\n\n### Engineer | Acme | Jan 2008 – Dec 2010\n\n- Shipped the billing system.\n\n\
                ## Additional Experience\n\n### Mentor | Code Club | Jan 2015 – Dec 2016\n\n- Taught twelve students.\n";
    assert_quiet("date-order", text);
}

/// A whole list written oldest first is one finding, on its first role.
#[test]
fn date_order_of_a_list_written_oldest_first() {
    let text = Resume::new()
        .role("### Intern | Cobaltwick | Jun 2016 – Sep 2017", STRONG)
        .role(PAST_ROLE, STRONG)
        .role(CURRENT_ROLE, STRONG)
        .build();
    assert_findings(
        "date-order",
        &text,
        &[("Jun 2016 – Sep 2017", "Roles listed oldest first")],
    );
}

#[test]
fn date_order() {
    let older_first = Resume::new()
        .role(PAST_ROLE, STRONG)
        .role(CURRENT_ROLE, STRONG)
        .build();
    assert_findings(
        "date-order",
        &older_first,
        &[("Mar 2022 – Present", "More recent than the role above it")],
    );
    let mixed = Resume::new()
        .role(CURRENT_ROLE, STRONG)
        .role(PAST_ROLE, STRONG)
        .role("### Intern | Cobaltwick | 06/2017 – 09/2018", STRONG)
        .build();
    assert_findings(
        "date-order",
        &mixed,
        &[(
            "06/2017 – 09/2018",
            "Date written as numbers (01/2020) while most are written with month names",
        )],
    );
    assert_quiet(
        "date-order",
        &Resume::new()
            .role(CURRENT_ROLE, STRONG)
            .role(PAST_ROLE, STRONG)
            .build(),
    );
    // Two styles, one role each: neither is what "most" dates use, so
    // nothing is said.
    let tied = Resume::new()
        .role("### Engineer | Quillmark | 03/2021 – 05/2023", STRONG)
        .role("### Intern | Cobaltwick | 2018 – 2019", STRONG)
        .build();
    assert_quiet("date-order", &tied);
    // A season is a month name, as academic terms are written.
    let seasons = Resume::new()
        .role(
            "### Teaching Assistant | Cobaltwick | Fall 2022 – Spring 2023",
            STRONG,
        )
        .role("### Intern | Cobaltwick | Jun 2021 – Aug 2021", STRONG)
        .build();
    assert_quiet("date-order", &seasons);
}

#[test]
fn resume_length() {
    // 10 roles of 15 one-line bullets. Printed lines: 4 for the header, 2 per
    // heading (3 sections, 11 roles), 1 per bullet and 1 for the skills:
    // 4 + 28 + 150 + 1 = 183, at 46 a page about 4.0 pages.
    let bullets: Vec<String> = (1..=15)
        .map(|n| format!("Shipped release {n} of the warehouse pricing engine to 40 stores across the northern region"))
        .collect();
    let bullets: Vec<&str> = bullets.iter().map(String::as_str).collect();
    let headings: Vec<String> = (0..10)
        .map(|n| {
            let year = 2022 - 2 * n;
            format!("### Engineer | Firm {n} | Jan {} – Dec {}", year - 1, year)
        })
        .collect();
    let mut builder = Resume::new();
    for heading in &headings {
        builder = builder.role(heading, &bullets);
    }
    let text = builder.build();
    assert_findings(
        "resume-length",
        &text,
        &[(
            "Priya Okafor",
            "About 4.0 printed pages: most readers stop after 2",
        )],
    );
    assert_quiet("resume-length", &resume(STRONG));
}

#[test]
fn unsupported_skill() {
    let text = Resume::new()
        .role(PAST_ROLE, STRONG)
        .skills(Some("Python, Kafka, Beekeeping, Team leadership"))
        .build();
    // Only technologies the linter knows are judged.
    assert_findings(
        "unsupported-skill",
        &text,
        &[(
            "Kafka",
            "\"Kafka\" is listed, but no bullet shows it in use",
        )],
    );
    // A library shows its language; editors and protocols claim nothing.
    let family = Resume::new()
        .role(
            PAST_ROLE,
            &["Trained a churn model in PyTorch on 2M sessions, lifting retention 4%"],
        )
        .skills(Some("Python, VS Code, Vim, HTTP"))
        .build();
    assert_quiet("unsupported-skill", &family);
    // A role's own line of the tools it used is evidence too.
    let stack = "## Experience\n\n### Engineer | Acme | 2019 – 2022\n\n\
                 - Cut checkout latency from 900 ms to 250 ms for 2M users.\n\n\
                 Technologies: Kafka, Go\n\n## Skills\n\nKafka, Go\n";
    assert_quiet("unsupported-skill", stack);
    // Skills the writer marks as basic or not yet learned claim no use.
    let modest = "## Experience\n\n### Engineer | Acme | 2019 – 2022\n\n\
                  - Cut checkout latency from 900 ms to 250 ms for 2M users with Go.\n\n\
                  ## Skills\n\n- **Strong:** Go\n- **Basic:** Kafka\n- **Learning:** Elixir\n\n\
                  Linux, Windows\n";
    assert_quiet("unsupported-skill", modest);
    // With only courses read, and no work, there is nothing to weigh.
    let courses = "## Education\n\n### B.Sc. Informatics | Tallinn University | 2020 – 2023\n\n\
                   - Wrote a ray tracer for the graphics course.\n\n## Skills\n\nKafka, Go\n";
    assert_quiet("unsupported-skill", courses);
}

#[test]
fn tense() {
    let text = resume(&[
        "Lead the data team of 6 through 3 forecasting launches",
        STRONG[0],
    ]);
    assert_findings(
        "tense",
        &text,
        &[(
            "Lead",
            "Present tense in a role that has ended: \"Lead\" → \"Led\"",
        )],
    );
    let fix = only_finding("tense", &text)
        .fix
        .expect("a present-tense opening carries a fix");
    assert_eq!(&text[fix.span], "Lead");
    assert_eq!(fix.replacement, "Led");
    // A current role may use the present tense throughout.
    let current = Resume::new()
        .role(
            CURRENT_ROLE,
            &[
                "Lead the data team of 6 through 3 forecasting launches",
                "Run the weekly review of 40 pricing experiments",
            ],
        )
        .build();
    assert_quiet("tense", &current);
    // After a subject, and the second of two verbs.
    let subject = resume(&[
        "I lead weekly design reviews for 12 payments engineers",
        "Designed and run the on-call rotation for 3 storage clusters",
    ]);
    assert_findings(
        "tense",
        &subject,
        &[
            (
                "lead",
                "Present tense in a role that has ended: \"lead\" → \"led\"",
            ),
            (
                "run",
                "Present tense in a role that has ended: \"run\" → \"ran\"",
            ),
        ],
    );
}

#[test]
fn rules_know_their_section() {
    let text = Resume::new()
        .role(PAST_ROLE, STRONG)
        .skills(Some("- Python, Go\n- PostgreSQL"))
        .build();
    let skills_at = text.find("## Skills").unwrap();
    let in_skills: Vec<_> = check(&text)
        .into_iter()
        .filter(|f| f.span.start > skills_at)
        .filter(|f| ["no-metric", "weak-opening", "vague-verb"].contains(&f.rule))
        .collect();
    assert!(in_skills.is_empty(), "{in_skills:#?}");
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .args(args)
        .output()
        .expect("the binary runs")
}

const RULE_IDS: &[(&str, &str)] = &[
    ("no-metric", "warning"),
    ("vague-verb", "warning"),
    ("generic-stack", "warning"),
    ("weak-opening", "warning"),
    ("first-person", "warning"),
    ("passive-voice", "info"),
    ("buzzword", "warning"),
    ("vague-quantity", "info"),
    ("long-bullet", "info"),
    ("tech-casing", "warning"),
    ("bullet-count", "info"),
    ("repeated-verb", "info"),
    ("missing-section", "warning"),
    ("missing-contact", "warning"),
    ("date-order", "warning"),
    ("resume-length", "info"),
    ("unsupported-skill", "hint"),
    ("tense", "info"),
    ("unread-part", "info"),
    ("too-large", "info"),
    ("other-language", "info"),
    ("job-missing-skill", "info"),
];

#[test]
fn rules_lists_every_rule_with_its_severity() {
    let output = run(&["rules"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let listed: Vec<(&str, &str)> = stdout
        .lines()
        .map(|line| {
            let mut fields = line.split_whitespace();
            (fields.next().unwrap(), fields.next().unwrap())
        })
        .collect();
    assert_eq!(listed, RULE_IDS);
}

#[test]
fn explain_prints_markdown_or_exits_2() {
    let output = run(&["explain", "no-metric"]);
    assert_eq!(output.status.code(), Some(0));
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(
        markdown.starts_with("# No measurable result (`no-metric`)"),
        "{markdown}"
    );
    for part in [
        "## Why it matters",
        "## How to fix it",
        "Weak:\n\n> ",
        "Strong:\n\n> ",
    ] {
        assert!(markdown.contains(part), "{part:?} missing:\n{markdown}");
    }
    let unknown = run(&["explain", "no-such-rule"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no-such-rule"));
}

/// Our own hard cases for the phrase rules (`tests/data/hard_cases.tsv`):
/// vague verbs after a subject or an intro and in other forms, vague words
/// that are not the writer's verb, irregular and get-passives, verbs that
/// open a bullet in the base or third-person form.
#[test]
fn hard_cases_for_the_phrase_rules() {
    let mut wrong = Vec::new();
    for line in include_str!("data/hard_cases.tsv").lines().skip(1) {
        let mut fields = line.split('\t');
        let (Some(rule), Some(expect), Some(bullet)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let text = resume(&[bullet, STRONG[0]]);
        let at = text.find(bullet).expect("the bullet is in its resume");
        let fired = check(&text).iter().any(|finding| {
            finding.rule == rule && (at..at + bullet.len()).contains(&finding.span.start)
        });
        if fired != (expect == "fire") {
            wrong.push(format!("{rule} should {expect}: {bullet}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The verbs offered for a vague phrase read as English before its object.
#[test]
fn vague_verb_suggestions_fit_the_object() {
    for (bullet, first) in [
        (
            "Helped with production incidents on the billing stack",
            "Resolved",
        ),
        ("Worked on backend APIs for the booking flow", "Built"),
        ("Helped with the move from Jenkins to a hosted CI", "Led"),
        ("Helped ship the offline mode for the field app", "Shipped"),
        ("Worked on migrating the ledger to a new schema", "Migrated"),
        (
            "Worked as release manager for the desktop client",
            "Served as",
        ),
        (
            "Worked closely with designers on the checkout flow",
            "Partnered with",
        ),
    ] {
        let findings = check(&resume(&[bullet, STRONG[0]]));
        let finding = findings
            .iter()
            .find(|finding| finding.rule == "vague-verb")
            .unwrap_or_else(|| panic!("no vague-verb finding on {bullet}"));
        assert_eq!(
            finding.suggestions.first().map(String::as_str),
            Some(first),
            "{bullet}: {:?}",
            finding.suggestions
        );
    }
}

/// Bullets in another language get no English wording findings, and one note
/// says so; English bullets beside them, even short ones full of tool names,
/// are judged as usual.
#[test]
fn bullets_in_another_language_are_left_to_the_structure_rules() {
    let german = "Entwicklung einer Zahlungsplattform mit Kafka und Go für unsere Kunden";
    let french = "Développement d'une application de gestion des stocks pour les magasins";
    let english = "Worked on Kafka and Go services";
    let text = resume(&[german, french, english]);
    let findings = check(&text);
    let on = |bullet: &str| -> Vec<&str> {
        let at = text.find(bullet).unwrap();
        findings
            .iter()
            .filter(|f| (at..at + bullet.len()).contains(&f.span.start))
            .map(|f| f.rule)
            .collect()
    };
    assert_eq!(on(german), Vec::<&str>::new());
    assert_eq!(on(french), Vec::<&str>::new());
    assert!(on(english).contains(&"vague-verb"), "{:?}", on(english));
    let note: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == "other-language")
        .collect();
    assert_eq!(note.len(), 1, "{findings:#?}");
    assert!(
        note[0].message.starts_with("2 bullet(s) in "),
        "{}",
        note[0].message
    );
}

/// In a section written in another language, a line too short to tell on
/// its own (a few nouns, tool names) takes the section's language.
#[test]
fn short_lines_take_their_sections_language() {
    let text = resume(&[
        "Desenvolvimento das APIs de pagamentos para o time de dados",
        "Migração do sistema de faturas para Kotlin",
        "Gestão de servidores Linux",
        "Suporte aos clientes",
        // "Testes" is a noun here, not a verb in the wrong tense.
        "Testes de integração com Cypress",
        "Testes de carga com k6",
    ]);
    let english: Vec<_> = check(&text)
        .into_iter()
        .filter(|f| {
            let rules = [
                "no-metric",
                "weak-opening",
                "generic-stack",
                "tense",
                "repeated-verb",
            ];
            rules.contains(&f.rule)
        })
        .collect();
    assert!(english.is_empty(), "{english:#?}");
    let note = only_finding("other-language", &text);
    assert!(
        note.message.starts_with("6 bullet(s) in Portuguese"),
        "{}",
        note.message
    );
}

/// A role written as a paragraph is judged sentence by sentence: no count
/// of list items, no length limit on the whole paragraph.
#[test]
fn a_role_written_as_prose_is_read_by_sentence() {
    let sentence = "Rebuilt the quote service in Go, cutting p99 latency from 900 ms to 180 ms.";
    let paragraph = [sentence; 4].join(" ");
    let text = format!(
        "{HEADER}\n## Experience\n\n{PAST_ROLE}\n\n{paragraph}\n\n## Skills\n\nGo\n\n{EDUCATION}"
    );
    assert_quiet("long-bullet", &text);
    assert_quiet("bullet-count", &text);
    let long = format!("{} {}", sentence, bullet_of(40));
    let text = format!(
        "{HEADER}\n## Experience\n\n{PAST_ROLE}\n\n{long}\n\n## Skills\n\nGo\n\n{EDUCATION}"
    );
    let finding = only_finding("long-bullet", &text);
    assert!(
        finding.message.starts_with("A sentence of 40 words"),
        "{}",
        finding.message
    );
}

/// Praise words about a thing ("a dedicated channel") are not self-praise,
/// even in a summary.
#[test]
fn buzzwords_about_things_are_not_self_praise() {
    let quiet = Resume::new()
        .summary("I write for a dedicated Slack channel on terminal driven workflows.")
        .role(PAST_ROLE, STRONG)
        .build();
    assert_quiet("buzzword", &quiet);
    let loud = Resume::new()
        .summary("Dedicated engineer, driven to ship. Mentor dedicated to growing juniors.")
        .role(PAST_ROLE, STRONG)
        .build();
    assert_eq!(
        findings_of("buzzword", &loud).len(),
        3,
        "{:?}",
        findings_of("buzzword", &loud)
    );
}

/// A current role that mixes tenses evenly is left alone; a lone odd one
/// out is named with the form the others use.
#[test]
fn mixed_tenses_in_a_current_role() {
    let even = Resume::new()
        .role(
            CURRENT_ROLE,
            &[
                "Lead the data team of 6 through 3 forecasting launches",
                "Run the weekly review of 40 pricing experiments",
                "Cut p99 latency of the quote API from 900 ms to 180 ms",
                "Moved 14 nightly reports onto Python jobs",
            ],
        )
        .build();
    assert_quiet("tense", &even);
    let odd = Resume::new()
        .role(
            CURRENT_ROLE,
            &[
                "Lead the data team of 6 through 3 forecasting launches",
                "Run the weekly review of 40 pricing experiments",
                "Own the 12 dashboards of the finance team",
                "Moved 14 nightly reports onto Python jobs",
            ],
        )
        .build();
    let finding = only_finding("tense", &odd);
    assert!(
        finding
            .message
            .ends_with("most bullets use the present: \"Move\""),
        "{}",
        finding.message
    );
}

/// A file where no section was read gets the unread note, not a list of
/// every section as missing.
#[test]
fn missing_section_waits_for_a_layout_that_was_read() {
    let text = format!("{HEADER}\n```\nExperience\n  Engineer, Acme, 2019-2022\n```\n");
    assert_quiet("missing-section", &text);
    assert!(check(&text).iter().any(|f| f.rule == "unread-part"));
}

/// A skill listed in two lists is reported once, where it first stands.
#[test]
fn an_unshown_skill_is_reported_once() {
    let text = Resume::new()
        .role(PAST_ROLE, STRONG)
        .skills(Some("Python, Kafka\n\nTools: Kafka, PostgreSQL"))
        .build();
    assert_eq!(findings_of("unsupported-skill", &text).len(), 1);
}

/// A list of one-line projects is read as projects, not noted as unread.
#[test]
fn a_list_of_one_line_projects_is_read() {
    let text = format!(
        "{}\n## Projects\n\n- Ledger sync tool for [Quillbank](https://example.com)\n\
         - Rota planner web app for a clinic\n",
        resume(STRONG)
    );
    assert_quiet("unread-part", &text);
}

/// A bullet in the first person is one thing to rewrite: one finding on its
/// first pronoun, counting the others.
#[test]
fn first_person_is_one_finding_per_bullet() {
    let text = resume(&[
        "I rebuilt the quote service and my team moved 3 regions onto it",
        STRONG[0],
    ]);
    let finding = only_finding("first-person", &text);
    assert!(
        finding
            .message
            .starts_with("\"I\" (and 1 more in this bullet)"),
        "{}",
        finding.message
    );
}

/// The first line under a project's name may say what the project is.
#[test]
fn a_project_is_described_by_a_noun_phrase() {
    let text = "# Ana Ruiz\nana@example.com · https://github.com/ana-ruiz\n\n## Projects\n\n\
                ### Tidewatch\n\n- A tide-table reader for sailing apps, used by 2,000 boats\n\
                - A widget for the forecast, shown on 300 phones\n";
    // The second line is one of its results, and is judged.
    let finding = only_finding("weak-opening", text);
    assert_eq!(finding.span.start, text.find("A widget").unwrap());
}
