//! The resume model read from each fixture resume, checked against what a
//! recruiter reading it would note: the name, contacts, sections in order, each
//! job's title, company, dates and bullets, and the skills listed.

use std::path::Path;

use resume_lsp::document::Document;
use resume_lsp::resume::dates::{DateEnd, YearMonth};
use resume_lsp::resume::{self, Resume, Role, Section, SectionKind};

use SectionKind::*;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/resumes")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn model(text: &str) -> Resume {
    let doc = Document::new(text);
    resume::build(doc.tree(), doc.text())
}

/// Builds the fixture and checks its header and the kinds of its sections.
fn read(name: &str, person: &str, kinds: &[SectionKind]) -> (String, Resume) {
    let text = fixture(name);
    let resume = model(&text);
    check_header(&resume, person);
    check_kinds(&resume, kinds);
    (text, resume)
}

fn check_header(resume: &Resume, person: &str) {
    assert_eq!(resume.header.name.as_deref(), Some(person));
    let contacts = &resume.header.contacts;
    assert!(!contacts.emails.is_empty(), "{person}: no email");
    assert!(!contacts.links.is_empty(), "{person}: no link");
}

fn check_kinds(resume: &Resume, kinds: &[SectionKind]) {
    let found: Vec<_> = resume.sections.iter().map(|s| s.kind).collect();
    assert_eq!(found, kinds);
}

fn section(resume: &Resume, kind: SectionKind) -> &Section {
    resume
        .section(kind)
        .unwrap_or_else(|| panic!("no {} section", kind.name()))
}

/// A year, or a year and month: `ym(2020, 1)`, `ym(2020, 0)` for a year alone.
fn ym(year: u16, month: u8) -> YearMonth {
    YearMonth {
        year,
        month: (month > 0).then_some(month),
    }
}

/// What a role should say; `end` None means "Present".
struct Expected<'a> {
    title: &'a str,
    organisation: &'a str,
    start: YearMonth,
    end: Option<YearMonth>,
    bullets: usize,
    first_bullet: &'a str,
}

fn check_role(role: &Role, expected: &Expected) {
    let what = expected.title;
    assert_eq!(role.title.as_deref(), Some(expected.title), "{what}");
    assert_eq!(
        role.organisation.as_deref(),
        Some(expected.organisation),
        "{what}"
    );
    let dates = role
        .dates
        .as_ref()
        .unwrap_or_else(|| panic!("{what}: no dates"));
    assert_eq!(dates.start, expected.start, "{what}");
    let end = match expected.end {
        Some(end) => DateEnd::Date(end),
        None => DateEnd::Present,
    };
    assert_eq!(dates.end, Some(end), "{what}");
    assert_eq!(role.bullets.len(), expected.bullets, "{what}");
    if let Some(first) = role.bullets.first() {
        assert_eq!(first.prose.text(), expected.first_bullet, "{what}");
    }
}

fn check_roles(section: &Section, expected: &[Expected]) {
    assert_eq!(section.roles.len(), expected.len(), "{}", section.title);
    for (role, expected) in section.roles.iter().zip(expected) {
        check_role(role, expected);
    }
}

/// A degree or other role with only a title, an organisation and dates.
fn check_entry(role: &Role, title: &str, organisation: &str, start: u16, end: u16) {
    assert_eq!(role.title.as_deref(), Some(title), "{title}");
    assert_eq!(role.organisation.as_deref(), Some(organisation), "{title}");
    let dates = role.dates.as_ref().expect("dated entry");
    assert_eq!(dates.start.year, start, "{title}");
    assert_eq!(dates.end_or(ym(9999, 0)).year, end, "{title}");
}

fn skill_names(section: &Section) -> Vec<&str> {
    section.skills.iter().map(|s| s.name.as_str()).collect()
}

/// Every bullet's span slices exactly its words out of the source, so that a
/// diagnostic underlines them; `markup` names a bullet whose source has markup.
fn check_spans(text: &str, resume: &Resume, markup: Option<&str>) {
    for (_, _, bullet) in resume.bullets() {
        let source = &text[bullet.span.clone()];
        let plain = !source.contains(['*', '_', '[', '<', '`', '\\', '\n']);
        if plain {
            assert_eq!(source, bullet.prose.text());
        }
    }
    if let Some(markup) = markup {
        let bullet = resume
            .bullets()
            .map(|(_, _, b)| b)
            .find(|b| b.prose.text().contains(markup))
            .unwrap_or_else(|| panic!("no bullet with {markup:?}"));
        let at = bullet.prose.text().find(markup).unwrap();
        let range = bullet.prose.source_range(at..at + markup.len());
        assert_eq!(&text[range], markup);
    }
}

#[test]
fn atx_title_and_company_headings() {
    let (text, resume) = read(
        "atx-title-company.md",
        "Devon Achterberg",
        &[Summary, Experience, Skills, Education],
    );
    check_roles(
        section(&resume, Experience),
        &[
            Expected {
                title: "Staff Platform Engineer",
                organisation: "Larkspur Robotics",
                start: ym(2020, 1),
                end: None,
                bullets: 3,
                first_bullet: "Reduced CI build time from 42 min to 11 min by introducing remote caching for 300+ Bazel targets.",
            },
            Expected {
                title: "Software Engineer",
                organisation: "Brightmoor Insurance",
                start: ym(2016, 6),
                end: Some(ym(2019, 12)),
                bullets: 2,
                first_bullet: "Responsible for maintaining the claims intake API.",
            },
        ],
    );
    let skills = section(&resume, Skills);
    assert_eq!(
        skill_names(skills),
        ["Go", "Python", "Bash", "Bazel", "Terraform", "Kubernetes"]
    );
    assert_eq!(skills.skills[3].category.as_deref(), Some("Tools"));
    let education = section(&resume, Education);
    check_entry(
        &education.roles[0],
        "B.Sc. Software Engineering",
        "Westmarch Polytechnic",
        2012,
        2016,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn bold_company_then_title() {
    let (text, resume) = read(
        "bold-company-title.md",
        "Priya Okonkwo-Hale",
        &[Experience, Skills, Education],
    );
    check_roles(
        section(&resume, Experience),
        &[
            Expected {
                title: "Senior Data Engineer",
                organisation: "Ferncastle Media",
                start: ym(2021, 0),
                end: Some(ym(2024, 0)),
                bullets: 3,
                first_bullet: "Migrated 180 nightly batch jobs from cron to Airflow, cutting failed runs from 25 to 3 per month.",
            },
            Expected {
                title: "Data Engineer",
                organisation: "Orchid Lane Bank",
                start: ym(2019, 0),
                end: Some(ym(2021, 0)),
                bullets: 2,
                first_bullet: "Worked on ETL pipelines for the risk team.",
            },
        ],
    );
    assert_eq!(
        skill_names(section(&resume, Skills)),
        ["Python", "SQL", "Spark", "Airflow", "dbt", "Snowflake"]
    );
    // The same `**X**, Y (dates)` shape names the school first, then the degree.
    let education = section(&resume, Education);
    check_entry(
        &education.roles[0],
        "M.Sc. Data Science",
        "Northfield University",
        2017,
        2019,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn crlf_line_endings_and_unicode() {
    let text = fixture("crlf-unicode.md").replace('\n', "\r\n");
    let resume = model(&text);
    check_header(&resume, "Haruka Bellweather");
    check_kinds(&resume, &[Experience, Skills, Education]);
    let experience = section(&resume, Experience);
    check_roles(
        experience,
        &[
            Expected {
                title: "Backend Engineer",
                organisation: "Sakuragawa Pay",
                start: ym(2021, 4),
                end: None,
                bullets: 3,
                first_bullet: "Worked on 🚀 the payments API launch for the 東京 office.",
            },
            Expected {
                title: "Software Engineer",
                organisation: "Nordlys Café Systems",
                start: ym(2018, 9),
                end: Some(ym(2021, 3)),
                bullets: 2,
                first_bullet: "Built offline-first order sync for 1,200 point-of-sale tablets, reducing lost orders to under 0.05%. ☕",
            },
        ],
    );
    // Spans stay exact past multi-byte characters and two-byte line ends.
    let role = &experience.roles[1];
    let last = &role.bullets[1];
    assert_eq!(
        &text[last.span.clone()],
        "Responsible for the Øresund region deployment."
    );
    let dates = role.dates.as_ref().unwrap();
    assert_eq!(&text[dates.span.clone()], "Sep 2018 – Mar 2021");
    let skills = section(&resume, Skills);
    assert_eq!(
        skill_names(skills),
        ["Go", "Kotlin", "SQL", "English", "日本語", "Norsk"]
    );
    assert_eq!(&text[skills.skills[4].span.clone()], "日本語");
    check_entry(
        &section(&resume, Education).roles[0],
        "B.Sc. Informatics",
        "Université de Belvoir",
        2014,
        2018,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn front_matter_and_italic_title_under_company_heading() {
    let (text, resume) = read(
        "front-matter.md",
        "Alma Kowalczyk",
        &[Experience, Skills, Education],
    );
    check_roles(
        section(&resume, Experience),
        &[
            Expected {
                title: "Site Reliability Engineer",
                organisation: "Redwater Health",
                start: ym(2020, 7),
                end: None,
                bullets: 3,
                first_bullet: "Lowered monthly paging volume from 120 to 35 alerts by rewriting SLO-based alert rules.",
            },
            Expected {
                title: "Systems Administrator",
                organisation: "Copperline Telecom",
                start: ym(2018, 3),
                end: Some(ym(2020, 6)),
                bullets: 2,
                first_bullet: "Responsible for patching the Linux fleet.",
            },
        ],
    );
    assert_eq!(
        skill_names(section(&resume, Skills)),
        [
            "Prometheus",
            "Grafana",
            "Ansible",
            "Kubernetes",
            "Go",
            "Python"
        ]
    );
    check_entry(
        &section(&resume, Education).roles[0],
        "B.Sc. Computer Networks",
        "Lakemont Institute of Technology",
        2014,
        2018,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn level_one_sections_bold_name_and_nested_bullets() {
    let (text, resume) = read(
        "headings-levels.md",
        "Kwame Ellingsworth",
        &[Experience, Projects, Skills, Education],
    );
    let experience = section(&resume, Experience);
    check_roles(
        experience,
        &[
            Expected {
                title: "Machine Learning Engineer",
                organisation: "Thistledown Labs",
                start: ym(2022, 0),
                end: None,
                bullets: 4,
                first_bullet: "Reduced model serving cost by 44% by distilling the ranking model from 1.3B to 220M parameters.",
            },
            Expected {
                title: "Data Scientist",
                organisation: "Gullhaven Retail",
                start: ym(2019, 0),
                end: Some(ym(2022, 0)),
                bullets: 2,
                first_bullet: "Built a demand forecast that lowered stock-outs in 80 stores by 17%.",
            },
        ],
    );
    let depths: Vec<_> = experience.roles[0]
        .bullets
        .iter()
        .map(|b| b.depth)
        .collect();
    assert_eq!(depths, [0, 1, 1, 0]);
    assert_eq!(
        experience.roles[0].bullets[1].prose.text(),
        "Kept offline NDCG within 0.5% of the original model."
    );
    let projects = section(&resume, Projects);
    assert_eq!(projects.roles.len(), 2);
    assert!(projects.roles.iter().all(|role| role.bullets.len() == 1));
    assert_eq!(
        skill_names(section(&resume, Skills)),
        ["Python", "PyTorch", "SQL", "Rust", "ONNX Runtime"]
    );
    check_entry(
        &section(&resume, Education).roles[0],
        "M.Sc. Statistics",
        "Brackenridge University",
        2017,
        2019,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn html_comments_breaks_and_skills_table() {
    let (text, resume) = read(
        "html-comments-table.md",
        "Rafael Quintero-Booth",
        &[Experience, Skills, Education],
    );
    check_roles(
        section(&resume, Experience),
        &[
            Expected {
                title: "Senior Gameplay Engineer",
                organisation: "Meadowlark Games",
                start: ym(2020, 11),
                end: None,
                bullets: 3,
                first_bullet: "Shipped a deterministic rollback netcode layer that cut desync reports by 87% across 2 titles.",
            },
            Expected {
                title: "Gameplay Programmer",
                organisation: "Tinderbox Interactive",
                start: ym(2017, 8),
                end: Some(ym(2020, 10)),
                bullets: 2,
                first_bullet: "Worked on enemy AI behaviours.",
            },
        ],
    );
    let skills = section(&resume, Skills);
    assert_eq!(
        skill_names(skills),
        [
            "C++",
            "C#",
            "Lua",
            "Unreal Engine",
            "Unity",
            "PC",
            "consoles",
            "handhelds"
        ]
    );
    assert_eq!(skills.skills[3].category.as_deref(), Some("Engines"));
    check_entry(
        &section(&resume, Education).roles[0],
        "B.Sc. Computer Science",
        "Harborview University",
        2013,
        2017,
    );
    // An inline <br> hides no words.
    let replay = &section(&resume, Experience).roles[1].bullets[1];
    assert!(replay.prose.text().contains("Later adopted studio-wide."));
    check_spans(&text, &resume, Some("Later adopted"));
}

#[test]
fn roles_from_list_items_with_nested_bullets() {
    let (text, resume) = read(
        "list-roles.md",
        "Tomasz Reinholt",
        &[Experience, Skills, Education],
    );
    let experience = section(&resume, Experience);
    check_roles(
        experience,
        &[
            Expected {
                title: "Frontend Engineer",
                organisation: "Glassbridge Studio",
                start: ym(2020, 0),
                end: Some(ym(2023, 0)),
                bullets: 3,
                first_bullet: "Rebuilt the booking widget in TypeScript, raising mobile conversion from 2.1% to 3.4%.",
            },
            Expected {
                title: "Junior Web Developer",
                organisation: "Saltmarsh Travel",
                start: ym(2018, 0),
                end: Some(ym(2020, 0)),
                bullets: 2,
                first_bullet: "Helped with accessibility fixes on the search pages.",
            },
        ],
    );
    assert!(experience.bullets.is_empty());
    assert!(
        experience
            .roles
            .iter()
            .flat_map(|role| &role.bullets)
            .all(|b| b.depth == 1)
    );
    assert_eq!(
        skill_names(section(&resume, Skills)),
        [
            "TypeScript",
            "React",
            "Vue",
            "CSS",
            "Playwright",
            "Vite",
            "Node.js"
        ]
    );
    // A dated item in Education is a degree even without nested bullets.
    check_entry(
        &section(&resume, Education).roles[0],
        "B.A. Interaction Design",
        "Coldwater College",
        2014,
        2018,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn setext_headings_and_bold_line_section() {
    let (text, resume) = read(
        "setext-bold-sections.md",
        "Jane Doe",
        &[Experience, Skills, Education],
    );
    check_roles(
        section(&resume, Experience),
        &[
            Expected {
                title: "Embedded Engineer",
                organisation: "Stillwater Instruments",
                start: ym(2021, 0),
                end: None,
                bullets: 3,
                first_bullet: "Reduced firmware image size by 38% so the sensor board fits a cheaper 256 KB flash part, saving $1.20 per unit.",
            },
            Expected {
                title: "Firmware Developer",
                organisation: "Kestrel Drones",
                start: ym(2018, 0),
                end: Some(ym(2021, 0)),
                bullets: 2,
                first_bullet: "Helped with battery telemetry.",
            },
        ],
    );
    assert_eq!(section(&resume, Skills).skills.len(), 6);
    // A plain line then a dates line: one degree, not a paragraph and a bare date.
    let education = section(&resume, Education);
    assert_eq!(education.roles.len(), 1);
    assert!(education.paragraphs.is_empty());
    check_entry(
        &education.roles[0],
        "B.Eng. Electrical Engineering",
        "Oakridge Technical University",
        2014,
        2018,
    );
    check_spans(&text, &resume, None);
}

#[test]
fn bold_words_in_a_bullet_map_back_to_the_source() {
    let text = "# Ana Ruiz\n\nana@example.com · [gitlab.com/ana](https://gitlab.com/ana)\n\n\
                ## Experience\n\n### Engineer | Acme\n2020 – Present\n\n\
                - Cut **p99 latency** by 40% with the [cache layer](https://x.example).\n";
    let resume = model(text);
    check_header(&resume, "Ana Ruiz");
    let role = &section(&resume, Experience).roles[0];
    let bullet = &role.bullets[0];
    assert_eq!(
        bullet.prose.text(),
        "Cut p99 latency by 40% with the cache layer."
    );
    assert_eq!(
        &text[bullet.span.clone()],
        "Cut **p99 latency** by 40% with the [cache layer](https://x.example)."
    );
    check_spans(text, &resume, Some("p99 latency"));
    check_spans(text, &resume, Some("cache layer"));
}

#[test]
fn a_readme_builds_without_panicking() {
    let text = fixture("not-a-resume.md");
    let resume = model(&text);
    assert!(resume.section(Experience).is_none());
    let _ = model(&text.replace('\n', "\r\n"));
}
