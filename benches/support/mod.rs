//! The documents both benchmarks measure.

/// The bundled example with one more role: about two printed pages.
pub fn two_page_resume() -> String {
    let example = include_str!("../../examples/resume.md");
    let extra_role =
        &example[example.find("### Backend").unwrap()..example.find("### Software").unwrap()];
    example.replacen("## Projects", &format!("{extra_role}\n## Projects"), 1)
}

/// Strong verbs the generated bullets open with, five to a role so that no
/// role repeats one.
const VERBS: [&str; 5] = ["Cut", "Built", "Migrated", "Automated", "Led"];

/// A long resume of strong bullets: five to a role, roles dated latest first.
pub fn generated_resume(bullets: usize) -> String {
    let mut text = String::from(
        "# Alex Example\nalex@example.com · https://github.com/alex-example\n\n## Experience\n\n",
    );
    let roles = bullets / VERBS.len();
    for role in 0..roles {
        // Latest first, five roles a month, back to 1992.
        let (year, month) = (2025 - role / 60, 12 - role % 60 / 5);
        text.push_str(&format!(
            "### Engineer, team R{role} | Example Corp\n{month:02}/{year} – {month:02}/{year}\n\n"
        ));
        for (bullet, verb) in VERBS.iter().enumerate() {
            text.push_str(&format!(
                "- {verb} the p99 latency work of service {role}-{bullet}, from 900 ms to 180 ms, with PostgreSQL\n"
            ));
        }
        text.push('\n');
    }
    text.push_str("## Skills\n\nPostgreSQL\n\n## Education\n\n### B.Sc. Computing | Eastbrook University | 09/2012 – 06/2016\n");
    text
}
