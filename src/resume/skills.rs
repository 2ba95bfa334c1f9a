//! Reads skills lines: "**Languages:** Rust, Go, Python", "- Docker; Kubernetes".

use super::Skill;
use super::prose::Prose;

/// A label before a colon this far into a line is a category, not a skill.
const MAX_CATEGORY_LENGTH: usize = 40;
/// Pieces with more words than this are sentences, not skills.
const MAX_SKILL_WORDS: usize = 5;

pub fn read_skills(line: &Prose, out: &mut Vec<Skill>) {
    let text = line.text();
    let (category, list_start) = match text.find(':') {
        Some(colon) if colon <= MAX_CATEGORY_LENGTH => {
            (Some(text[..colon].trim().to_string()), colon + 1)
        }
        _ => (None, 0),
    };
    let mut piece_start = list_start;
    let separators = text[list_start..]
        .match_indices([',', ';', '|', '•', '·'])
        .map(|(at, sep)| (list_start + at, sep.len()))
        .chain([(text.len(), 0)]);
    for (at, separator_len) in separators {
        let piece = &text[piece_start..at];
        let leading = piece.len() - piece.trim_start().len();
        let name = piece.trim().trim_end_matches('.').trim_end();
        let words = name.split_whitespace().count();
        if (1..=MAX_SKILL_WORDS).contains(&words) {
            let start = piece_start + leading;
            let prose = line.slice(start..start + name.len());
            out.push(Skill {
                name: name.to_string(),
                category: category.clone(),
                span: prose.source_span(),
                prose,
            });
        }
        piece_start = at + separator_len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_and_items_with_their_spans() {
        let source = "**Languages:** Rust, Go; Python.";
        let prose = Prose::from_pieces(std::slice::from_ref(&(0..source.len())), |r| {
            source[r].into()
        });
        let mut skills = Vec::new();
        read_skills(&prose, &mut skills);
        let names: Vec<_> = skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Rust", "Go", "Python"]);
        assert_eq!(skills[0].category.as_deref(), Some("Languages"));
        assert_eq!(&source[skills[2].span.clone()], "Python");
    }
}
