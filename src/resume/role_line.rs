//! Reads a role's header line: "Senior Engineer | Acme | Berlin",
//! "**Acme**, Engineer (2019–2021)", "Engineer at Acme — Jan 2020 – Present".

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{DateRange, find_date_range};
use super::prose::Prose;

/// What a role's header lines say; any part may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleLine {
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub location: Option<String>,
    /// With its span in document bytes.
    pub dates: Option<DateRange>,
}

/// Words that mark the part of a header line that is a job title.
const TITLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "programmer",
    "architect",
    "manager",
    "lead",
    "head",
    "director",
    "scientist",
    "analyst",
    "designer",
    "consultant",
    "administrator",
    "intern",
    "founder",
    "officer",
    "specialist",
    "researcher",
    "student",
    "teacher",
    "assistant",
    "associate",
    "sre",
    "devops",
    "cto",
    "ceo",
    "vp",
    "staff",
    "principal",
    "owner",
    "freelance",
    "contractor",
    "maintainer",
    "author",
    "contributor",
    "supervisor",
    "technician",
    "entwickler",
    "ingenieur",
    "berater",
    "développeur",
    "ingénieur",
    "desarrollador",
    "ingeniero",
    "desenvolvedor",
    "programador",
    "analista",
    "arquiteto",
    "arquitecto",
    "consultor",
    "engenheiro",
    "sviluppatore",
    "programista",
    "разработчик",
    "инженер",
    "программист",
    "руководитель",
];

/// Degrees, so that "Northfield University, M.Sc. Data Science" titles the degree:
/// dotted abbreviations ("B.Sc.", "M.A.", "Ph.D."), run-together ones ("BSc",
/// "MEng", "MBA"), and bare "BS"/"MS"/"BA"/"MA" only before more words, since
/// alone they may be a US state.
static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[bm]\.\s?(?:sc|s|a|eng|ed|tech|phil)\.?(?:\s|$)|ph\.?\s?d\b|(?:bsc|msc|beng|meng|mba|btech|mtech|mphil)\b|(?:bs|ms|ba|ma)\s+\S|bachelor|master|diploma|doctor|associate)",
    )
    .expect("degree pattern is valid")
});

static EMPTY_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*\)|\[\s*\]").expect("bracket pattern is valid"));

/// Words of a school's name: such a part is the organisation, never the title.
const INSTITUTION_WORDS: &[&str] = &[
    "university",
    "college",
    "institute",
    "school",
    "polytechnic",
    "academy",
    "universität",
    "université",
    "universidad",
];

/// Separators between a header line's parts, longest first.
const SEPARATORS: &[&str] = &[
    " | ", "|", " — ", " – ", " -- ", " - ", " · ", " • ", ", ", " @ ",
];

pub fn parse_role_line(line: &Prose) -> RoleLine {
    let text = line.text();
    let found = find_date_range(text);
    let without_dates = match &found {
        Some(range) => format!("{} {}", &text[..range.span.start], &text[range.span.end..]),
        None => text.to_string(),
    };
    // "Engineer (2019–2021)" leaves "Engineer ( )" once the dates are out.
    let without_dates = EMPTY_BRACKETS.replace_all(&without_dates, " ");
    let dates = found.map(|mut range| {
        range.span = line.source_range(range.span.clone());
        range
    });
    let parts = split_parts(&without_dates);
    let (title, organisation, location) = assign_parts(parts);
    RoleLine {
        title,
        organisation,
        location,
        dates,
    }
}

/// Whether a line names a degree or a school in one of its parts.
pub fn names_degree_or_school(text: &str) -> bool {
    split_parts(text)
        .iter()
        .any(|part| DEGREE.is_match(part) || is_institution(part))
}

fn split_parts(text: &str) -> Vec<String> {
    let text = text.replace(" at ", " @ ");
    let mut parts = vec![text];
    for separator in SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|part| part.split(separator))
            .map(str::to_string)
            .collect();
    }
    parts
        .into_iter()
        .map(|part| clean_part(&part))
        .filter(|part| part.chars().any(char::is_alphanumeric))
        .collect()
}

/// Strips what surrounds a part: spaces, stray separators, and brackets left
/// unmatched by the split ("Consultant (Freelance)" keeps its closing one).
fn clean_part(part: &str) -> String {
    let mut part = part.trim_matches(|c: char| c.is_whitespace() || "|,-–—·•:*_".contains(c));
    loop {
        let before = part;
        if part.starts_with(['(', '[']) && !part.contains([')', ']']) {
            part = &part[1..];
        }
        if part.ends_with([')', ']']) && !part.contains(['(', '[']) {
            part = &part[..part.len() - 1];
        }
        if part.starts_with('(') && part.ends_with(')') && part.matches('(').count() == 1 {
            part = &part[1..part.len() - 1];
        }
        part = part.trim_matches(|c: char| c.is_whitespace() || "|,-–—·•:*_".contains(c));
        if part == before {
            return part.to_string();
        }
    }
}

/// The part with a title word or a degree is the title; failing that, the first
/// part that does not name a school. The first other part is the organisation,
/// and a third part the location.
fn assign_parts(mut parts: Vec<String>) -> (Option<String>, Option<String>, Option<String>) {
    let title_at = parts
        .iter()
        .position(|part| has_title_word(part))
        .or_else(|| parts.iter().position(|part| DEGREE.is_match(part)));
    let title = match title_at {
        Some(at) => Some(parts.remove(at)),
        None if parts.len() >= 2 => {
            let at = parts.iter().position(|part| !is_institution(part));
            Some(parts.remove(at.unwrap_or(0)))
        }
        None => None,
    };
    let mut rest = parts.into_iter();
    (title, rest.next(), rest.next())
}

/// Whether a line has a word that names a job: "engineer", "intern".
pub fn has_title_word(part: &str) -> bool {
    words_in(part).any(|word| TITLE_WORDS.contains(&word.as_str()))
}

/// Whether a line ends with a word that names a job, as titles do
/// ("Site Reliability Engineer"); group names do not ("Developer Experience").
pub fn ends_with_title_word(line: &str) -> bool {
    words_in(line)
        .filter(|word| !word.is_empty())
        .last()
        .is_some_and(|word| TITLE_WORDS.contains(&word.as_str()))
}

fn is_institution(part: &str) -> bool {
    words_in(part).any(|word| INSTITUTION_WORDS.contains(&word.as_str()))
}

fn words_in(part: &str) -> impl Iterator<Item = String> + '_ {
    part.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(line: &str) -> RoleLine {
        parse_role_line(&Prose::from_pieces(
            std::slice::from_ref(&(0..line.len())),
            |r| line[r].into(),
        ))
    }

    fn parts(line: &RoleLine) -> (Option<&str>, Option<&str>, Option<&str>) {
        (
            line.title.as_deref(),
            line.organisation.as_deref(),
            line.location.as_deref(),
        )
    }

    #[test]
    fn title_company_and_dates_are_told_apart() {
        let line = role("Senior Backend Engineer | Acme | Berlin | Jan 2020 – Present");
        assert_eq!(
            parts(&line),
            (
                Some("Senior Backend Engineer"),
                Some("Acme"),
                Some("Berlin")
            )
        );
        assert_eq!(line.dates.unwrap().span, 42..62);

        let line = role("**Acme Corp**, Data Engineer (2019–2021)");
        assert_eq!(
            parts(&line),
            (Some("Data Engineer"), Some("Acme Corp"), None)
        );
        let dates = line.dates.unwrap();
        assert_eq!(
            &"**Acme Corp**, Data Engineer (2019–2021)"[dates.span],
            "2019–2021"
        );

        let line = role("Meadowlark Games — Senior Gameplay Engineer");
        assert_eq!(
            parts(&line),
            (
                Some("Senior Gameplay Engineer"),
                Some("Meadowlark Games"),
                None
            )
        );
        let line = role("Platform Engineer at Nimbus");
        assert_eq!(
            parts(&line),
            (Some("Platform Engineer"), Some("Nimbus"), None)
        );
    }

    #[test]
    fn degrees_are_titles_and_schools_organisations() {
        let cases = [
            (
                "**Northfield University**, M.Sc. Data Science (2017–2019)",
                ("M.Sc. Data Science", "Northfield University"),
            ),
            (
                "Harborview University — B.Sc. Computer Science",
                ("B.Sc. Computer Science", "Harborview University"),
            ),
            (
                "Coldwater College — BA Interaction Design",
                ("BA Interaction Design", "Coldwater College"),
            ),
            (
                "Lakemont Institute, Networks",
                ("Networks", "Lakemont Institute"),
            ),
        ];
        for (line, (title, organisation)) in cases {
            assert_eq!(
                parts(&role(line)),
                (Some(title), Some(organisation), None),
                "{line}"
            );
        }
        // "MA" alone is a state, not a degree.
        assert_ne!(role("Acme | Boston, MA").title.as_deref(), Some("MA"));
    }

    #[test]
    fn brackets_are_kept_whole() {
        let line = role("Brenntag - Full Stack Consultant (Freelance)");
        assert_eq!(
            line.title.as_deref(),
            Some("Full Stack Consultant (Freelance)")
        );
        let line = role("Acme (Berlin) | Engineer");
        assert_eq!(line.organisation.as_deref(), Some("Acme (Berlin)"));
    }

    #[test]
    fn a_lone_name_is_an_organisation() {
        assert_eq!(
            parts(&role("Redwater Health")),
            (None, Some("Redwater Health"), None)
        );
        assert_eq!(parts(&role("")), (None, None, None));
    }
}
