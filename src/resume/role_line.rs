//! Reads a role's header line: "Senior Engineer | Acme | Berlin",
//! "**Acme**, Engineer (2019–2021)", "Engineer at Acme — Jan 2020 – Present".

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

/// Strips what surrounds a part: spaces, brackets and stray separators.
fn clean_part(part: &str) -> String {
    part.trim_matches(|c: char| c.is_whitespace() || "()[]|,-–—·•:*_".contains(c))
        .to_string()
}

/// The part with a title word is the title, the first other part the
/// organisation, and a third part the location.
fn assign_parts(mut parts: Vec<String>) -> (Option<String>, Option<String>, Option<String>) {
    let title_at = parts.iter().position(|part| has_title_word(part));
    let title = match title_at {
        Some(at) => Some(parts.remove(at)),
        None if parts.len() >= 2 => Some(parts.remove(0)),
        None => None,
    };
    let mut rest = parts.into_iter();
    (title, rest.next(), rest.next())
}

fn has_title_word(part: &str) -> bool {
    part.split(|c: char| !c.is_alphanumeric())
        .any(|word| TITLE_WORDS.contains(&word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(line: &str) -> RoleLine {
        parse_role_line(&Prose::from_pieces(&[0..line.len()], |r| line[r].into()))
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
    fn a_lone_name_is_an_organisation() {
        assert_eq!(
            parts(&role("Redwater Health")),
            (None, Some("Redwater Health"), None)
        );
        assert_eq!(parts(&role("")), (None, None, None));
    }
}
