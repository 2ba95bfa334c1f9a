//! One short resume per layout the model reads, checked line by line: which
//! lines open sections and of what kind, which open roles, and which lines of
//! a role are its accomplishments and which only list its technologies.
//! Every text here is made up for the test.

use resume_lsp::document::Document;
use resume_lsp::resume::outline::{Outline, outline};
use resume_lsp::resume::{self, Resume};

/// The model and its outline of a resume given line by line: line N of the
/// document is `lines[N - 1]`.
fn read(lines: &[&str]) -> (Resume, Outline) {
    let text = lines.join("\n") + "\n";
    let doc = Document::new(&text);
    let resume = resume::build(doc.tree(), doc.text());
    let outline = outline(&resume, doc.text());
    (resume, outline)
}

/// Each section's kind and heading line, the header (the name's line) first.
fn sections(outline: &Outline) -> Vec<(&str, usize)> {
    outline.sections.iter().map(|s| (s.kind, s.line)).collect()
}

/// A role as the tests check it: its header line, bullet lines and stack lines.
#[derive(Debug, PartialEq, Eq)]
struct RoleLines {
    line: usize,
    bullets: Vec<usize>,
    stack: Vec<usize>,
}

fn role(line: usize, bullets: &[usize], stack: &[usize]) -> RoleLines {
    RoleLines {
        line,
        bullets: bullets.to_vec(),
        stack: stack.to_vec(),
    }
}

fn roles(outline: &Outline) -> Vec<RoleLines> {
    outline
        .roles
        .iter()
        .map(|r| RoleLines {
            line: r.line,
            bullets: r.bullets.clone(),
            stack: r.stack_lines.clone(),
        })
        .collect()
}

/// The first four lines of most resumes here: a name and an Experience section.
const NAME_AND_EXPERIENCE: [&str; 4] = ["# Ana Lindqvist", "", "## Experience", ""];

/// Reads the lines and checks the sections, roles and skill lines found.
fn check_outline(
    lines: &[&str],
    expected_sections: &[(&str, usize)],
    expected_roles: &[RoleLines],
    skill_lines: &[usize],
) {
    let (_, outline) = read(lines);
    assert_eq!(sections(&outline), expected_sections);
    assert_eq!(roles(&outline), expected_roles);
    assert_eq!(outline.skill_lines, skill_lines);
}

/// Reads a resume whose experience section holds `body` (its first line is line
/// 5), checks it has only that section and the roles `expected`, and returns
/// the outline for further checks.
fn experience(body: &[&str], expected: &[RoleLines]) -> Outline {
    let lines: Vec<&str> = NAME_AND_EXPERIENCE.iter().chain(body).copied().collect();
    let (_, outline) = read(&lines);
    assert_eq!(sections(&outline), [("header", 1), ("experience", 3)]);
    assert_eq!(roles(&outline), expected);
    outline
}

/// The title, organisation and dates the outline gives the role at `index`.
fn header_of(outline: &Outline, index: usize) -> (&str, &str, &str) {
    let role = &outline.roles[index];
    (&role.title, &role.organisation, &role.dates)
}

// Section titles in each language, with emoji, colons and capitals.

/// Section titles in the order summary, experience, projects, skills, education.
struct Titles<'a> {
    summary: &'a str,
    experience: &'a str,
    projects: &'a str,
    skills: &'a str,
    education: &'a str,
}

/// Reads a resume with one section of each kind under these titles.
fn check_titles(titles: Titles) {
    let heading = |title: &str| format!("## {title}");
    let (summary, experience, projects, skills, education) = (
        heading(titles.summary),
        heading(titles.experience),
        heading(titles.projects),
        heading(titles.skills),
        heading(titles.education),
    );
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        &summary,
        "",
        "Backend engineer who builds payment systems.",
        "",
        &experience,
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
        "",
        &projects,
        "",
        "### Ledgerline — 2021 – 2022",
        "",
        "- Wrote an open-source double-entry ledger in Rust.",
        "",
        &skills,
        "",
        "Rust, Go, PostgreSQL",
        "",
        &education,
        "",
        "### B.Sc. Computer Science, Uppsala University — 2015 – 2019",
    ]);
    assert_eq!(
        sections(&outline),
        [
            ("header", 1),
            ("summary", 3),
            ("experience", 7),
            ("projects", 13),
            ("skills", 19),
            ("education", 23),
        ],
        "{}",
        titles.experience
    );
    assert_eq!(roles(&outline), [role(9, &[11], &[]), role(15, &[17], &[])]);
    assert_eq!(outline.summary_lines, [5]);
    assert_eq!(outline.skill_lines, [21]);
}

#[test]
fn english_titles() {
    check_titles(Titles {
        summary: "Summary",
        experience: "Experience",
        projects: "Projects",
        skills: "Skills",
        education: "Education",
    });
}

#[test]
fn german_titles() {
    check_titles(Titles {
        summary: "Über mich",
        experience: "Berufserfahrung",
        projects: "Projekte",
        skills: "Kenntnisse",
        education: "Ausbildung",
    });
}

#[test]
fn french_titles() {
    check_titles(Titles {
        summary: "Profil",
        experience: "Expérience professionnelle",
        projects: "Projets",
        skills: "Compétences",
        education: "Formation",
    });
}

#[test]
fn spanish_titles() {
    check_titles(Titles {
        summary: "Perfil",
        experience: "Experiencia laboral",
        projects: "Proyectos",
        skills: "Habilidades",
        education: "Educación",
    });
}

#[test]
fn portuguese_titles() {
    check_titles(Titles {
        summary: "Resumo",
        experience: "Experiência profissional",
        projects: "Projetos",
        skills: "Competências",
        education: "Formação acadêmica",
    });
}

#[test]
fn italian_titles() {
    check_titles(Titles {
        summary: "Profilo",
        experience: "Esperienza lavorativa",
        projects: "Progetti",
        skills: "Competenze",
        education: "Istruzione",
    });
}

#[test]
fn dutch_titles() {
    check_titles(Titles {
        summary: "Profiel",
        experience: "Werkervaring",
        projects: "Projecten",
        skills: "Vaardigheden",
        education: "Opleiding",
    });
}

#[test]
fn polish_titles() {
    check_titles(Titles {
        summary: "O mnie",
        experience: "Doświadczenie zawodowe",
        projects: "Projekty",
        skills: "Umiejętności",
        education: "Wykształcenie",
    });
}

#[test]
fn russian_titles() {
    check_titles(Titles {
        summary: "О себе",
        experience: "Опыт работы",
        projects: "Проекты",
        skills: "Навыки",
        education: "Образование",
    });
}

#[test]
fn chinese_titles() {
    check_titles(Titles {
        summary: "个人简介",
        experience: "工作经历",
        projects: "项目经验",
        skills: "专业技能",
        education: "教育背景",
    });
}

#[test]
fn japanese_titles() {
    check_titles(Titles {
        summary: "自己紹介",
        experience: "職務経歴",
        projects: "プロジェクト",
        skills: "スキル",
        education: "学歴",
    });
}

#[test]
fn titles_with_emoji() {
    check_titles(Titles {
        summary: "👋 About me",
        experience: "💼 Experience",
        projects: "🚀 Projects",
        skills: "🛠️ Skills",
        education: "🎓 Education",
    });
}

#[test]
fn titles_with_trailing_colons() {
    check_titles(Titles {
        summary: "Summary:",
        experience: "Work Experience:",
        projects: "Projects:",
        skills: "Skills:",
        education: "Education:",
    });
}

#[test]
fn titles_in_capitals() {
    check_titles(Titles {
        summary: "PROFESSIONAL SUMMARY",
        experience: "WORK EXPERIENCE",
        projects: "PERSONAL PROJECTS",
        skills: "TECHNICAL SKILLS",
        education: "EDUCATION",
    });
}

// Headings written other ways than `## Title`.

#[test]
fn bold_lines_as_section_headings() {
    check_outline(
        &[
            "**Ana Lindqvist**",
            "",
            "**Experience**",
            "",
            "**Fjordpay**, Backend Engineer, 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "**Skills**",
            "",
            "Rust, Go, PostgreSQL",
        ],
        &[("header", 1), ("experience", 3), ("skills", 9)],
        &[role(5, &[7], &[])],
        &[11],
    );
}

#[test]
fn setext_headings() {
    check_outline(
        &[
            "Ana Lindqvist",
            "=============",
            "",
            "Experience",
            "----------",
            "",
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "Skills",
            "------",
            "",
            "Rust, Go, PostgreSQL",
        ],
        &[("header", 1), ("experience", 4), ("skills", 11)],
        &[role(7, &[9], &[])],
        &[14],
    );
}

/// `<h2>` lines between Markdown blocks, which the Markdown grammar reads as
/// paragraphs.
#[test]
fn html_headings_on_lines_of_their_own() {
    check_outline(
        &[
            "# Ana Lindqvist",
            "",
            "<h2>Experience</h2>",
            "",
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "<h2>Skills</h2>",
            "",
            "Rust, Go, PostgreSQL",
        ],
        &[("header", 1), ("experience", 3), ("skills", 9)],
        &[role(5, &[7], &[])],
        &[11],
    );
}

/// Headings inside a `<div>`: one HTML block.
#[test]
fn html_headings_in_an_html_block() {
    check_outline(
        &[
            "# Ana Lindqvist",
            "",
            "<div>",
            "<h2>Experience</h2>",
            "<h3>Backend Engineer, Fjordpay — 2019 – 2023</h3>",
            "<ul>",
            "  <li>Cut settlement time from two days to four hours.</li>",
            "  <li>Moved card payments onto a new ledger.</li>",
            "</ul>",
            "<h2>Skills</h2>",
            "<p>Rust, Go, PostgreSQL</p>",
            "</div>",
        ],
        &[("header", 1), ("experience", 4), ("skills", 10)],
        &[role(5, &[7, 8], &[])],
        &[11],
    );
}

#[test]
fn html_h1_with_an_id() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "<h1 id=\"experience\">Experience</h1>",
        "",
        "## Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
        "",
        "<h1 id=\"skills\">Skills</h1>",
        "",
        "Rust, Go, PostgreSQL",
    ]);
    assert_eq!(
        sections(&outline),
        [("header", 1), ("experience", 3), ("skills", 9)]
    );
    assert_eq!(roles(&outline), [role(5, &[7], &[])]);
}

#[test]
fn roles_at_the_level_of_their_section_heading() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "### Work Experience",
        "",
        "### Fjordpay",
        "",
        "Backend Engineer, 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
        "",
        "### Northwind Logistics",
        "",
        "Platform Engineer, 2016 – 2019",
        "",
        "- Moved the warehouse system onto Kubernetes.",
        "",
        "### Skills",
        "",
        "Rust, Go, PostgreSQL",
    ]);
    assert_eq!(
        sections(&outline),
        [("header", 1), ("experience", 3), ("skills", 17)]
    );
    assert_eq!(roles(&outline), [role(5, &[9], &[]), role(11, &[15], &[])]);
}

// Role headers.

#[test]
fn organisation_title_and_dates_on_one_line() {
    let outline = experience(
        &[
            "### Fjordpay | Backend Engineer | 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
        ],
        &[role(5, &[7], &[])],
    );
    assert_eq!(
        header_of(&outline, 0),
        ("Backend Engineer", "Fjordpay", "2019 – 2023")
    );
}

#[test]
fn organisation_title_and_dates_on_headings_of_their_own() {
    let outline = experience(
        &[
            "### Fjordpay",
            "",
            "#### Backend Engineer",
            "",
            "##### 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "### Northwind Logistics",
            "#### Platform Engineer",
            "##### 2016 – 2019",
            "- Moved the warehouse system onto Kubernetes.",
        ],
        &[role(5, &[11], &[]), role(13, &[16], &[])],
    );
    assert_eq!(
        header_of(&outline, 0),
        ("Backend Engineer", "Fjordpay", "2019 – 2023")
    );
    assert_eq!(
        header_of(&outline, 1),
        ("Platform Engineer", "Northwind Logistics", "2016 – 2019")
    );
}

#[test]
fn html_list_items_as_bullets() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "<ul>",
            "  <li>Cut settlement time from two days to four hours.</li>",
            "  <li>Moved card payments onto a new ledger.</li>",
            "</ul>",
        ],
        &[role(5, &[8, 9], &[])],
    );
}

#[test]
fn roles_in_details_summaries() {
    experience(
        &[
            "<details>",
            "<summary>Fjordpay</summary>",
            "Backend Engineer, 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "- Moved card payments onto a new ledger.",
            "",
            "</details>",
            "",
            "<details><summary>Northwind Logistics, 2016 – 2019</summary>",
            "<ul><li>Moved the warehouse system onto Kubernetes.</li></ul>",
            "</details>",
        ],
        &[role(6, &[9, 10], &[]), role(14, &[15], &[])],
    );
}

/// Reads a role whose dates stand on the line under its heading, written as
/// `dates`, and checks they are its dates, not a role or bullet of their own.
fn check_date_line(dates: &str) {
    let outline = experience(
        &[
            "### Backend Engineer, Fjordpay",
            dates,
            "",
            "- Cut settlement time from two days to four hours.",
        ],
        &[role(5, &[8], &[])],
    );
    assert_eq!(header_of(&outline, 0).2, "2019 – 2023", "{dates}");
    assert_eq!(outline.roles[0].ended, Some(true), "{dates}");
}

#[test]
fn dates_in_bold() {
    check_date_line("**2019 – 2023**");
}

#[test]
fn dates_in_italics() {
    check_date_line("*2019 – 2023*");
}

#[test]
fn dates_in_code() {
    check_date_line("`2019 – 2023`");
}

#[test]
fn dates_in_parentheses() {
    check_date_line("(2019 – 2023)");
}

#[test]
fn dates_in_a_blockquote() {
    check_date_line("> 2019 – 2023");
}

#[test]
fn dates_in_a_span() {
    check_date_line("<span>2019 – 2023</span>");
}

// Lines of a role that are not its accomplishments.

#[test]
fn bold_labels_inside_a_role_are_neither_roles_nor_bullets() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "**Key highlights**",
            "",
            "- Cut settlement time from two days to four hours.",
            "- Moved card payments onto a new ledger.",
            "",
            "**Assignment:**",
            "",
            "- Built the fraud scoring service for a retail bank.",
        ],
        &[role(5, &[9, 10, 14], &[])],
    );
}

#[test]
fn a_link_only_item_is_not_a_bullet() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "- [Settlement service on GitHub](https://example.com/fjordpay/settle)",
        ],
        &[role(5, &[7], &[])],
    );
}

#[test]
fn a_table_of_contents_is_neither_roles_nor_bullets() {
    experience(
        &[
            "* [Fjordpay](/resume#fjordpay) March, 2019 - June, 2023",
            "* [Tallow Labs](#tallow-labs) 2016 - 2019",
            "",
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
        ],
        &[role(8, &[10], &[])],
    );
}

#[test]
fn label_items_over_nested_bullets_and_role_fields() {
    experience(
        &[
            "### Fjordpay (2019 – 2023)",
            "",
            "- Position: Backend Engineer",
            "- What I did:",
            "  - Cut settlement time from two days to four hours.",
            "  - Moved card payments onto a new ledger.",
            "- Tech used:",
            "  - Rust, PostgreSQL, Kafka",
        ],
        &[role(5, &[9, 10], &[12])],
    );
}

#[test]
fn a_technologies_line() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "- Moved card payments onto a new ledger.",
            "",
            "Technologies: Go, Kafka, PostgreSQL",
        ],
        &[role(5, &[7, 8], &[10])],
    );
}

#[test]
fn a_bold_tech_stack_label() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "- **Tech stack:** Rust, Tokio, Redis",
        ],
        &[role(5, &[7], &[8])],
    );
}

#[test]
fn a_stack_sub_heading_and_the_tools_under_it() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "#### Stack",
            "",
            "- Go",
            "- Kafka",
            "",
            "### Platform Engineer, Northwind Logistics — 2016 – 2019",
            "",
            "- Moved the warehouse system onto Kubernetes.",
        ],
        &[role(5, &[7], &[11, 12]), role(14, &[16], &[])],
    );
}

#[test]
fn a_run_of_tool_names() {
    experience(
        &[
            "### Front-end Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Rebuilt the checkout page, lifting conversion by 4%.",
            "- React",
            "- Vitest",
            "- Storybook",
        ],
        &[role(5, &[7], &[8, 9, 10])],
    );
}

#[test]
fn built_with_line() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "## Projects",
        "",
        "### Tidepool — 2022 – 2023",
        "",
        "- Synced tide tables offline for 3,000 sailors.",
        "",
        "Built with Svelte, Rust and Tauri",
    ]);
    assert_eq!(sections(&outline), [("header", 1), ("projects", 3)]);
    assert_eq!(roles(&outline), [role(5, &[7], &[9])]);
}

/// Reads a role written as `paragraphs` of prose under its heading and checks
/// each paragraph is one bullet on its first line.
fn check_prose_role(paragraphs: &[&str], bullets: &[usize]) {
    let body: Vec<&str> = ["### Backend Engineer, Fjordpay — 2019 – 2023", ""]
        .into_iter()
        .chain(paragraphs.iter().copied())
        .collect();
    experience(&body, &[role(5, bullets, &[])]);
}

#[test]
fn a_role_written_as_prose() {
    check_prose_role(
        &[
            "Rebuilt the settlement service in Rust, cutting payout time from two days to four hours.",
            "",
            "Led a team of four engineers through the move from one large service to many",
            "small ones, with no downtime over eighteen months.",
        ],
        &[7, 9],
    );
}

#[test]
fn a_role_written_as_prose_wrapped_within_twelve_words() {
    check_prose_role(
        &[
            "Rebuilt the settlement service in Rust, cutting payout time from two days",
            "to four hours for forty thousand merchants.",
            "",
            "Led a team of four engineers through the move from one large service to many",
            "small ones, with no downtime over eighteen months.",
        ],
        &[7, 10],
    );
}

#[test]
fn a_bullet_in_an_html_comment_is_invisible() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "<!-- - Answered support tickets. -->",
            "",
            "<!--",
            "### Support Agent, Fjordpay — 2018 – 2019",
            "- Answered support tickets.",
            "-->",
        ],
        &[role(5, &[7], &[])],
    );
}

#[test]
fn an_email_in_an_html_comment_is_not_a_contact() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "<!-- ana.lindqvist@example.com -->",
        "Stockholm, Sweden",
        "",
        "## Experience",
    ]);
    assert_eq!(sections(&outline), [("header", 1), ("experience", 6)]);
    assert!(
        !outline.contact.email,
        "an e-mail only in a comment is hidden"
    );
}

// Roles laid out as tables and lists.

#[test]
fn roles_in_a_table() {
    experience(
        &[
            "| Company | Role | Dates |",
            "| --- | --- | --- |",
            "| Fjordpay | Backend Engineer | 2019 – 2023 |",
            "| Northwind Logistics | Platform Engineer | 2016 – 2019 |",
        ],
        &[role(7, &[], &[]), role(8, &[], &[])],
    );
}

#[test]
fn roles_as_list_items_with_nested_bullets() {
    experience(
        &[
            "- **Fjordpay** — Backend Engineer, 2019 – 2023",
            "  - Cut settlement time from two days to four hours.",
            "  - Moved card payments onto a new ledger.",
            "- **Northwind Logistics** — Platform Engineer, 2016 – 2019",
            "  - Moved the warehouse system onto Kubernetes.",
        ],
        &[role(5, &[6, 7], &[]), role(8, &[9], &[])],
    );
}

// The header.

#[test]
fn front_matter_title_is_the_name() {
    let (resume, outline) = read(&[
        "---",
        "title: Ana Lindqvist",
        "location: Stockholm, Sweden",
        "---",
        "",
        "## Experience",
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
    ]);
    assert_eq!(resume.header.name.as_deref(), Some("Ana Lindqvist"));
    assert_eq!(sections(&outline), [("header", 2), ("experience", 6)]);
    assert_eq!(roles(&outline), [role(8, &[10], &[])]);
}

#[test]
fn an_unheaded_profile_is_the_summary() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "Backend engineer with eight years of building payment systems",
        "for banks and marketplaces across the Nordics.",
        "",
        "## Experience",
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
    ]);
    assert_eq!(sections(&outline), [("header", 1), ("experience", 6)]);
    // Every line of the profile's prose, as a summary section's.
    assert_eq!(outline.summary_lines, [3, 4]);
    assert_eq!(roles(&outline), [role(8, &[10], &[])]);
}

#[test]
fn reference_style_links_count_as_contact() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "[Email][email] · [GitHub][gh]",
        "",
        "## Experience",
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
        "",
        "[email]: mailto:ana.lindqvist@example.com",
        "[gh]: https://github.com/ana-lindqvist-example",
    ]);
    assert_eq!(sections(&outline), [("header", 1), ("experience", 5)]);
    assert_eq!(roles(&outline), [role(7, &[9], &[])]);
    assert!(outline.contact.email, "the e-mail behind [Email][email]");
    assert!(outline.contact.link, "the link behind [GitHub][gh]");
}

#[test]
fn contacts_at_the_end_of_the_page_count() {
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "## Опыт работы",
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
        "- Built the ledger at [github.com/fjordpay/ledger](https://github.com/fjordpay/ledger).",
        "",
        "## Контакты",
        "",
        "- Почта: ana [at] example [dot] org",
        "",
        "## Другое",
        "",
        "- Профиль: [github.com/ana-lindqvist](https://github.com/ana-lindqvist)",
    ]);
    assert!(
        outline.contact.email,
        "the address spelt out in the contacts section"
    );
    assert!(outline.contact.link, "the profile in the last section");
    // A project's repository in a bullet is not the writer's profile.
    let (_, outline) = read(&[
        "# Ana Lindqvist",
        "",
        "## Experience",
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Built the ledger at [github.com/fjordpay/ledger](https://github.com/fjordpay/ledger).",
    ]);
    assert!(!outline.contact.link);
}

#[test]
fn a_json_resume_as_the_page_body() {
    check_outline(
        &[
            "---",
            "title: Ana Lindqvist",
            "---",
            "",
            "{",
            "  \"basics\": {",
            "    \"name\": \"Ana Lindqvist\",",
            "    \"summary\": \"Backend engineer who builds payment systems for Nordic banks.\"",
            "  },",
            "  \"work\": [",
            "    {",
            "      \"name\": \"Fjordpay\",",
            "      \"position\": \"Backend Engineer\",",
            "      \"startDate\": \"2019-03\",",
            "      \"endDate\": \"2023-06\",",
            "      \"highlights\": [",
            "        \"Cut settlement time from two days to four hours.\",",
            "        \"Moved card payments onto a new ledger.\"",
            "      ],",
            "      \"keywords\": [\"Go\", \"Kafka\"]",
            "    },",
            "    {",
            "      \"company\": \"Northwind Logistics\",",
            "      \"positions\": [",
            "        {",
            "          \"position\": \"Platform Engineer\",",
            "          \"summary\": \"Ran the warehouse system on Kubernetes.\"",
            "        },",
            "        {",
            "          \"position\": \"Developer\",",
            "          \"highlights\": [\"Wrote the stock-keeping service.\"],",
            "          \"skills\": [",
            "            \"Java\"",
            "          ]",
            "        }",
            "      ]",
            "    }",
            "  ],",
            "  \"skills\": [",
            "    { \"name\": \"Languages\", \"keywords\": [\"Go\", \"Java\"] }",
            "  ]",
            "}",
        ],
        &[
            ("header", 7),
            ("summary", 8),
            ("experience", 10),
            ("skills", 39),
        ],
        &[
            role(12, &[17, 18], &[20]),
            role(23, &[27], &[]),
            role(30, &[31], &[33]),
        ],
        &[40],
    );
}

#[test]
fn roles_given_as_template_parameters() {
    experience(
        &[
            "{% include job.html",
            "company = \"Fjordpay\"",
            "position = \"Backend Engineer\"",
            "time = \"Mar 2019 – Jun 2023\"",
            "stack = \"Go, Kafka, PostgreSQL\"",
            "%}",
            "",
            "{% include job.html",
            "company = \"Northwind Logistics\"",
            "position = \"Platform Engineer\"",
            "%}",
        ],
        &[role(6, &[], &[9]), role(13, &[], &[])],
    );
}

#[test]
fn a_plain_text_resume_in_a_fenced_block() {
    check_outline(
        &[
            "```text",
            "Ana Lindqvist",
            "-------------------------------------------",
            "",
            "EXPERIENCE",
            "",
            "2019-2023   FJORDPAY, Backend Engineer ------------ Oslo",
            "     Cut settlement time from two days to four hours and moved",
            "     card payments onto a new ledger for three banks.",
            "",
            "2016-2019   NORTHWIND LOGISTICS, Developer -------- Bergen",
            "",
            "SKILLS",
            "",
            "Go Kafka PostgreSQL",
            "```",
        ],
        &[("header", 2), ("experience", 5), ("skills", 13)],
        &[role(7, &[8], &[]), role(11, &[], &[])],
        &[15],
    );
}

#[test]
fn a_code_sample_in_a_fenced_block_is_not_read_as_a_resume() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "```",
            "SKILLS = load()",
            "```",
        ],
        &[role(5, &[7], &[])],
    );
}

#[test]
fn workshops_talks_and_volunteering_are_not_jobs() {
    let after_experience = [
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "- Cut settlement time from two days to four hours.",
        "",
        "## Volunteer Experience",
        "### Mentor, Code Club Oslo — 2018 – 2020",
        "- Taught children to program.",
        "",
        "## Workshops and Talks",
        "`Oct 2021`",
        "__Payments at scale, NordicJS__",
    ];
    let lines: Vec<&str> = NAME_AND_EXPERIENCE
        .iter()
        .chain(&after_experience)
        .copied()
        .collect();
    let sections = [
        ("header", 1),
        ("experience", 3),
        ("other", 8),
        ("other", 12),
    ];
    check_outline(&lines, &sections, &[role(5, &[6], &[])], &[]);
}

#[test]
fn bold_dated_items_head_the_items_after_them() {
    experience(
        &[
            "- **2019 - 2023 : Backend Engineer, Fjordpay, Oslo**",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "  - _Tools:_ Go, Kafka, PostgreSQL.",
            "",
            "- Moved card payments onto a new ledger.",
            "- **2016 - 2019 : Developer, Northwind Logistics**",
            "- Wrote the stock-keeping service.",
        ],
        &[role(5, &[7, 11], &[9]), role(12, &[13], &[])],
    );
}

#[test]
fn headings_that_link_to_a_page_name_projects_not_sections() {
    check_outline(
        &[
            "# Ana Lindqvist",
            "",
            "## Projects",
            "",
            "## [Ledger Tools](projects/ledger-tools)",
            "",
            "- Wrote a command line tool to reconcile ledgers.",
            "",
            "## [Education Tracker](https://example.com/tracker)",
            "",
            "- Built a tracker for evening classes.",
            "",
            "## [Skills](#skills)",
            "",
            "Go, Kafka",
        ],
        &[("header", 1), ("projects", 3), ("skills", 13)],
        &[role(5, &[7], &[]), role(9, &[11], &[])],
        &[15],
    );
}

#[test]
fn roles_with_no_bullet_read_are_noted_as_unread() {
    let (resume, outline) = read(&[
        "## Experience",
        "<div class=\"row\">",
        "  <div class=\"cell\">2019 – 2023</div>",
        "  <div class=\"cell\"><b>Backend Engineer</b></div>",
        "  <div class=\"cell\">Settlement service",
        "  Card ledger</div>",
        "</div>",
        "",
        "## Skills",
        "",
        "Go, Kafka",
    ]);
    assert_eq!(outline.roles.len(), 1);
    assert!(outline.roles[0].bullets.is_empty());
    let reasons: Vec<&str> = resume.unread.iter().map(|u| u.reason).collect();
    assert_eq!(reasons, ["no bullet under these roles"]);
}

#[test]
fn an_item_of_names_alone_lists_the_stack() {
    experience(
        &[
            "- **2019 - 2023 :** Backend Engineer, Fjordpay",
            "  - Moved card payments onto a new ledger",
            "  - Go, Kafka, PostgreSQL",
            "  - Hiring, onboarding and mentoring",
        ],
        &[role(5, &[6, 8], &[7])],
    );
}

#[test]
fn html_table_rows_with_a_single_year() {
    let outline = experience(
        &[
            "<table>",
            "<tr><td>Platform Consultant</td><td><a href=\"https://example.com\">Fjordpay</a></td><td>2021</td>",
            "</tr>",
            "</table>",
            "<ul><li>Moved the card ledger to a new region in six weeks.</li></ul>",
        ],
        &[role(6, &[9], &[])],
    );
    assert_eq!(
        header_of(&outline, 0),
        ("Platform Consultant", "Fjordpay", "2021")
    );
}

#[test]
fn short_names_under_a_projects_sub_heading_are_work_not_tools() {
    experience(
        &[
            "### Fjordpay — 2019 – 2023",
            "",
            "#### Stack",
            "- Go",
            "- Kafka",
            "- Redis",
            "",
            "#### Projects",
            "- Ledger",
            "- Payouts",
            "- Chargebacks",
        ],
        &[role(5, &[13, 14, 15], &[8, 9, 10])],
    );
}

#[test]
fn a_title_with_a_line_on_the_job_then_its_dates() {
    let outline = experience(
        &[
            "### Fjordpay",
            "*Staff Engineer*: payments platform and its tooling.<br/>",
            "Jan. 2021 - Mar. 2024",
            "",
            "- Cut settlement time from two days to four hours.",
        ],
        &[role(5, &[9], &[])],
    );
    assert_eq!(
        header_of(&outline, 0),
        ("Staff Engineer", "Fjordpay", "Jan. 2021 - Mar. 2024")
    );
}

#[test]
fn lines_about_the_employer_are_context_not_bullets() {
    experience(
        &[
            "### Backend Engineer | Tallow Labs | 2016 – 2019",
            "",
            "- Tallow Labs was acquired by a logistics group in 2020.",
            "- Tallow Labs hired me to rebuild its routing engine.",
            "- Cut route planning time from an hour to five minutes.",
            "",
            "### Fjordpay | 2019 – 2023",
            "",
            "Fjordpay is a card processor for small shops in the Nordics.",
            "",
            "- Moved card payments onto a new ledger.",
        ],
        &[role(5, &[8, 9], &[]), role(11, &[15], &[])],
    );
}

#[test]
fn a_tools_emoji_line_is_a_stack_line() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "⚙️ Rust, Tokio, PostgreSQL",
        ],
        &[role(5, &[7], &[9])],
    );
}

#[test]
fn short_activities_in_other_scripts_are_not_a_tool_list() {
    experience(
        &[
            "### Fjordpay — 2019 – 2023",
            "",
            "- Настройка GitLab CI",
            "- Проведение ревью кода",
            "- Написание документации",
            "- 品質改善",
            "",
            "### Tallow Labs — 2016 – 2019",
            "",
            "- Go",
            "- Kafka",
            "- Redux / RTK / RTK Query",
        ],
        &[role(5, &[7, 8, 9, 10], &[]), role(12, &[], &[14, 15, 16])],
    );
}

#[test]
fn a_dated_line_saying_when_the_writer_left_opens_no_role() {
    experience(
        &[
            "### 2018-09-01: フィヨルド株式会社入社",
            "",
            "- 決済基盤の設計と開発",
            "",
            "2019-06-30 に退社",
            "",
            "### 2016-11-26: タロー株式会社入社",
            "",
            "- 社内ツールの企画と開発",
        ],
        &[role(5, &[7], &[]), role(11, &[13], &[])],
    );
}

#[test]
fn a_page_title_naming_the_portfolio_is_not_a_projects_section() {
    check_outline(
        &[
            "# Resume and portfolio",
            "",
            "## Experience",
            "",
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
        ],
        &[("experience", 3)],
        &[role(5, &[7], &[])],
        &[],
    );
}

#[test]
fn a_project_description_label_is_context_for_the_reader() {
    experience(
        &[
            "### Fjordpay — 2019 – 2023",
            "",
            "- Project description: a card processor for small shops.",
            "- Responsibilities:",
            "  - Cut settlement time from two days to four hours.",
            "",
            "**Overview:**",
            "",
            "- A ledger that settles card payments overnight.",
            "",
            "**Achivements/Tasks**",
            "",
            "- Moved card payments onto a new ledger.",
        ],
        &[role(5, &[9, 17], &[])],
    );
}

#[test]
fn dated_items_with_nothing_under_them_are_one_line_roles() {
    experience(
        &[
            "- Fjordpay \t\t 2019.01--2023.07 \t\t card ledger",
            "- Tallow Labs \t 2016.03--2018.12 \t\t route planner",
        ],
        &[role(5, &[], &[]), role(6, &[], &[])],
    );
}

#[test]
fn pandoc_definition_lists_name_projects() {
    check_outline(
        &[
            "# Ana Lindqvist",
            "",
            "## Projects",
            "",
            "ledgerkit",
            "",
            ": A double-entry ledger library for Rust, used by two",
            "  payment startups.",
            "",
            "routeplan",
            "",
            ": A route planner for delivery vans written in Go.",
        ],
        &[("header", 1), ("projects", 3)],
        &[role(5, &[7], &[]), role(10, &[12], &[])],
        &[],
    );
}

#[test]
fn compact_definition_lists_name_projects() {
    check_outline(
        &[
            "# Ana Lindqvist",
            "",
            "## Projects",
            "",
            "Ledgerkit",
            ":   A double-entry ledger library for Rust, used by two",
            "    payment startups.",
            "",
            "Routeplan",
            ":   A route planner for delivery vans written in Go.",
        ],
        &[("header", 1), ("projects", 3)],
        &[role(5, &[6], &[]), role(9, &[10], &[])],
        &[],
    );
}

#[test]
fn a_header_line_of_dates_place_and_field_between_separators() {
    let outline = experience(
        &[
            "### Cloud Architect — Fjordpay",
            "**08/2018 – 11/2023** · Oslo / Bergen / Stavanger / Lisbon · Payments Technology",
            "",
            "- Moved card payments onto a new ledger.",
        ],
        &[role(5, &[8], &[])],
    );
    assert_eq!(header_of(&outline, 0).2, "08/2018 – 11/2023");
}

#[test]
fn lines_of_an_html_grid_under_a_role_are_its_bullets() {
    experience(
        &[
            "<div class=\"grid\">",
            "  <div class=\"cell\">August 2018 — present</div>",
            "  <div class=\"cell\"><b>Private Tutor</b></div>",
            "</div>",
            "<div class=\"grid\">",
            "  <div class=\"cell\">Prepared students for the national maths exams",
            "Taught programming to children from the age of eleven</div>",
            "</div>",
        ],
        &[role(6, &[10, 11], &[])],
    );
}

#[test]
fn an_employer_named_with_a_section_word_is_a_role() {
    experience(
        &[
            "### Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "",
            "### Lumen Soluções em Tecnologia",
            "*2016 – 2019*",
            "",
            "- Moved card payments onto a new ledger.",
        ],
        &[role(5, &[7], &[]), role(9, &[12], &[])],
    );
}

#[test]
fn html_spans_on_one_line_keep_their_words_apart() {
    let outline = experience(
        &[
            "### <span>Fjordpay</span><span>Sep 2018 -- Oct 2020</span>",
            "",
            "- Cut settlement time from two days to four hours.",
        ],
        &[role(5, &[7], &[])],
    );
    assert_eq!(header_of(&outline, 0).2, "Sep 2018 -- Oct 2020");
}

#[test]
fn a_code_sample_in_a_project_is_not_an_unread_part() {
    let (resume, _) = read(&[
        "# Ana Lindqvist",
        "",
        "## Projects",
        "",
        "### ledgerkit",
        "",
        "- Built a double-entry ledger library used by two payment startups.",
        "",
        "```rust",
        "let entry = ledger.post(debit, credit)?;",
        "```",
    ]);
    assert!(resume.unread.is_empty(), "{:?}", resume.unread);
}

#[test]
fn an_item_that_only_names_a_title_opens_its_role() {
    experience(
        &[
            "<ul>",
            "<li> <b> Platform Engineer: </b> </li>",
            "<p><i>",
            "Cut settlement time from two days to four hours.<br>",
            "</i></p>",
            "</ul>",
        ],
        &[role(6, &[8], &[])],
    );
}

#[test]
fn a_labelled_list_of_names_in_a_role_is_a_stack_line() {
    experience(
        &[
            "### Backend Engineer, Fjordpay — 2019 – 2023",
            "",
            "- Cut settlement time from two days to four hours.",
            "- Some other databases I work with: MongoDB, Cassandra, Redis.",
            "- AWS experience. EC2, RDS, S3, Redshift.",
        ],
        &[role(5, &[7], &[8, 9])],
    );
}

#[test]
fn a_job_title_heading_over_a_profile_is_the_summary() {
    let (resume, outline) = read(&[
        "# Backend Developer",
        "",
        "Backend developer with six years of payments work, most of it on ledgers and settlement in Go and Rust.",
        "",
        "ana@example.com",
        "",
        "## Experience",
        "",
        "### Backend Engineer, Fjordpay — 2019 – 2023",
        "",
        "- Cut settlement time from two days to four hours.",
    ]);
    assert_eq!(sections(&outline), [("summary", 1), ("experience", 7)]);
    assert!(outline.summary_lines.contains(&3));
    // The contact line under the profile still counts.
    assert_eq!(resume.header.contacts.emails.len(), 1);
}

#[test]
fn team_facts_and_bold_notes_are_not_bullets() {
    check_outline(
        &[
            "# Ana Lindqvist",
            "",
            "## Projects",
            "",
            "### Ledger",
            "",
            "#### Team",
            "- 4 engineers, 1 designer",
            "",
            "#### What I did",
            "- Built a double-entry ledger used by two payment startups.",
            "",
            "**The next two projects were parts of one payments app.**",
            "",
            "### Payouts",
            "",
            "- Cut payout time from five days to one.",
        ],
        &[("header", 1), ("projects", 3)],
        &[role(5, &[11], &[]), role(15, &[17], &[])],
        &[],
    );
}

#[test]
fn a_section_that_only_points_to_another_page_is_not_unread() {
    let (resume, _) = read(&[
        "# Ana Lindqvist",
        "",
        "## Projects",
        "",
        "See my [portfolio](/portfolio)",
    ]);
    assert!(resume.unread.is_empty(), "{:?}", resume.unread);
}

#[test]
fn a_role_listing_only_tool_names_lists_its_stack() {
    experience(
        &[
            "### Growth Marketer, Fjordpay — 2013 – 2017",
            "",
            "- Facebook Ads",
            "- Photoshop",
            "",
            "Paid campaigns and landing pages for the card reader launch, 40,000 sign-ups in a year.",
        ],
        &[role(5, &[10], &[7, 8])],
    );
}

#[test]
fn pointers_and_paragraphs_about_the_employer_are_not_bullets() {
    experience(
        &[
            "### Security Engineer, Tallow Labs — 2019 – 2020",
            "",
            "Tallow Labs builds routing software for delivery fleets in",
            "twelve countries.",
            "",
            "- Cut route planning time from an hour to five minutes.",
            "- Full description of the role [here](https://example.com/role)",
            "- Project description:",
            "  - A route planner for delivery vans.",
        ],
        &[role(5, &[10], &[])],
    );
}
