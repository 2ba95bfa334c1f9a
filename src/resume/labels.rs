//! Lines inside a role that are neither its header nor its accomplishments:
//! labels that group what follows ("Key highlights", "Assignment:") and
//! lines that only list the technologies used ("Technologies: Go, Kafka").

use super::sections::one_typo_apart;

/// Words of a label that announces technologies, in the languages section
/// titles are read in.
const STACK_WORDS: &[&str] = &[
    "technolog",
    "tech stack",
    "tools",
    "tooling",
    "tech used",
    "built with",
    "made with",
    "powered by",
    "environment",
    "frameworks",
    "tecnolog",
    "herramientas",
    "ferramentas",
    "outils",
    "werkzeuge",
    "технолог",
    "стек",
    "инструмент",
    "技术栈",
    "技术",
    "技術",
    "使用技术",
];

/// Labels that group a role's accomplishments, with no colon needed.
const GROUP_LABELS: &[&str] = &[
    "highlights",
    "key highlights",
    "achievements",
    "key achievements",
    "accomplishments",
    "responsibilities",
    "key responsibilities",
    "tasks",
    "impact",
    "results",
];

/// Labels of a line that tells what the product or company is, in the
/// languages section titles are read in.
const CONTEXT_LABELS: &[&str] = &[
    "description",
    "project description",
    "about the project",
    "about the company",
    "company description",
    "overview",
    "context",
    "funding",
    "funding information",
    "team",
    "team size",
    "team structure",
    "体制",
    "チーム構成",
    "команда",
    "project",
    "проект",
    "beschreibung",
    "projektbeschreibung",
    "descripción",
    "descrição",
    "описание",
    "описание проекта",
    "о проекте",
    "о компании",
    "项目介绍",
    "项目描述",
    "项目简介",
    "项目背景",
    "公司介绍",
    "概要",
];

/// Whether a label announces what the product or company is: "Project description:".
pub fn is_context_label(label: &str) -> bool {
    label_is_one_of(label, CONTEXT_LABELS)
}

/// Whether a label, its colon and case aside, is one of `labels` (lower case).
pub fn label_is_one_of(label: &str, labels: &[&str]) -> bool {
    let label = label.trim().trim_end_matches([':', '：']).trim();
    labels.contains(&label.to_lowercase().as_str())
}

/// Whether a line opens with such a label and goes on with the description:
/// "Project description: a store for independent bakeries".
pub fn is_context_line(line: &str) -> bool {
    line.split_once([':', '：'])
        .is_some_and(|(label, rest)| !rest.trim().is_empty() && is_context_label(label))
}

/// Most words in a label.
const MAX_LABEL_WORDS: usize = 4;
/// Most words in a stack line without a label: "Built with Svelte, Rust, Tauri".
const MAX_UNLABELLED_STACK_WORDS: usize = 14;

/// Whether a line is only a label for what follows it: "Assignment:",
/// "**Опыт:**", "Key highlights".
pub fn is_label(line: &str) -> bool {
    let line = line.trim();
    let Some(label) = line.strip_suffix([':', '：']) else {
        return is_group_label(line);
    };
    let words = label.split_whitespace().count();
    (1..=MAX_LABEL_WORDS).contains(&words)
}

/// Whether a line names groups of accomplishments, one or several, maybe
/// misspelt: "Key highlights", "Achivements/Tasks".
fn is_group_label(line: &str) -> bool {
    let line = line.to_lowercase();
    line.split(['/', '&', ',']).map(str::trim).all(|part| {
        GROUP_LABELS
            .iter()
            .any(|label| *label == part || one_typo_apart(part, label))
    })
}

/// Whether a line is a label that names an entry of its own ("Junior
/// Developer:") rather than a group of a role's lines ("Responsibilities:",
/// "Tech used:", "Project description:").
pub fn titles_an_entry(line: &str) -> bool {
    let line = line.trim();
    line.ends_with([':', '：'])
        && is_label(line)
        && !is_group_label(line.trim_end_matches([':', '：']))
        && !is_stack_label(line)
        && !is_context_label(line)
}

/// Most words in the value of a role's field: "Position: Golang Engineer".
const MAX_FIELD_VALUE_WORDS: usize = 5;

/// Whether a line states a field of the role's header rather than an
/// accomplishment: a one- or two-word label and a short value naming a job.
pub fn is_role_field(line: &str) -> bool {
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let value_words = value.split_whitespace().count();
    (1..=2).contains(&label.split_whitespace().count())
        && (1..=MAX_FIELD_VALUE_WORDS).contains(&value_words)
        && super::role_line::has_title_word(value)
}

/// Whether an item's Markdown is only a link: "[GitHub repository](…)"
/// points to work; it does not describe an accomplishment. So does an item
/// that opens with a link to a place in the same page ("[Acme](#acme)
/// 2019 – 2022"): an entry of a table of contents.
pub fn is_link_only(raw: &str) -> bool {
    let raw = raw.trim();
    let Some(at) = raw
        .find("](")
        .filter(|&at| raw.starts_with('[') && !raw[1..at].contains(']'))
    else {
        return false;
    };
    let target = &raw[at + 2..];
    let in_page = target.starts_with('#')
        || (target.starts_with('/') && target.split(')').next().is_some_and(|t| t.contains('#')));
    in_page || (raw.ends_with(')') && !raw[at..].contains(") "))
}

/// Most words in a line that points to more about the work elsewhere.
const MAX_POINTER_WORDS: usize = 14;

/// Whether a line only points to more elsewhere ("Full description of the
/// role here", "A record of my work there is available"): not an
/// accomplishment.
pub fn is_pointer(line: &str) -> bool {
    let lower = line.trim().trim_end_matches(['.', '!', ':']).to_lowercase();
    let points = [" here", " is available", " are available"]
        .iter()
        .any(|end| lower.ends_with(end))
        || ["read more", "see more", "more details", "more about"]
            .iter()
            .any(|start| lower.starts_with(start));
    points && lower.split_whitespace().count() <= MAX_POINTER_WORDS
}

/// Most words in a line that only links to another page: "See my [portfolio](/p)".
const MAX_LINK_LINE_WORDS: usize = 8;

/// Whether a line is a short link to another page and nothing more.
pub fn only_links_away(line: &str) -> bool {
    links_away(line) && line.split_whitespace().count() <= MAX_LINK_LINE_WORDS
}

/// Whether Markdown or HTML links to another page ("[Steam Tools](projects/…)",
/// `<a href="https://…">`); a link to a part of the same page
/// ("[Experience](#experience)") does not.
pub fn links_away(raw: &str) -> bool {
    let to_a_page = |marker: &str| {
        raw.match_indices(marker).any(|(at, _)| {
            let target = raw[at + marker.len()..].trim_start_matches(['"', '\'', ' ']);
            !target.starts_with('#')
        })
    };
    to_a_page("](") || to_a_page("href=")
}

/// Whether a label announces technologies: the lines under it are stack lines.
pub fn is_stack_label(label: &str) -> bool {
    let label = label.trim().trim_end_matches([':', '：']).to_lowercase();
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let joined = words.join(" ");
    let last = words.last().copied().unwrap_or_default();
    // The stack word leads or ends the label: "Technologies used",
    // "Используемые технологии", not "Idea Technology Solutions".
    words.len() <= MAX_LABEL_WORDS
        && (matches!(joined.as_str(), "stack" | "tech" | "techs" | "stack used")
            || STACK_WORDS.iter().any(|word| {
                joined.starts_with(word) || last.starts_with(word) || joined.ends_with(word)
            }))
}

/// Most words in an item of a list of technologies ("Redux / RTK Query").
const MAX_STACK_ITEM_WORDS: usize = 3;
/// The last letter of the Latin blocks (Extended-B): later letters are of
/// other scripts.
const LAST_LATIN_LETTER: char = '\u{24f}';
/// Most characters in such an item: scripts without spaces write a sentence
/// as one "word".
const MAX_STACK_ITEM_CHARS: usize = 32;
/// Fewest such items in a row that make a list of technologies.
const MIN_STACK_ITEMS: usize = 3;

/// Whether an item may be one entry of a list of technologies: a few words,
/// not a sentence.
pub fn is_stack_item(item: &str) -> bool {
    // "Redux / RTK / RTK Query": each name on its own.
    if item.contains(" / ") {
        return item.split(" / ").all(is_stack_item);
    }
    let words = item.split_whitespace().count();
    // Tools are named in Latin letters; a phrase in Cyrillic, Chinese or
    // Japanese describes work ("Настройка GitLab CI", "品質改善").
    let other_letters = item
        .chars()
        .filter(|&c| c.is_alphabetic() && c > LAST_LATIN_LETTER)
        .count();
    (1..=MAX_STACK_ITEM_WORDS).contains(&words)
        && other_letters < 2
        && item.chars().count() <= MAX_STACK_ITEM_CHARS
        && !item.trim_end().ends_with(['.', '!', ':', '。', '；'])
}

/// The ranges of `items` that are runs of at least three stack items: a list
/// of tools under a role, which is evidence, not accomplishments. A role
/// whose two or more items are all names ("Facebook Ads", "Photoshop") lists
/// its tools too. Empty items (prose, names of projects) are never moved.
pub fn stack_runs(items: &[&str]) -> Vec<std::ops::Range<usize>> {
    let listed = || {
        items
            .iter()
            .enumerate()
            .filter(|(_, item)| !item.is_empty())
    };
    if listed().count() >= 2 && listed().all(|(_, item)| is_tool_name(item)) {
        return listed().map(|(at, _)| at..at + 1).collect();
    }
    let mut runs = Vec::new();
    let mut start = 0;
    for at in 0..=items.len() {
        if at < items.len() && is_stack_item(items[at]) {
            continue;
        }
        if at - start >= MIN_STACK_ITEMS {
            runs.push(start..at);
        }
        start = at + 1;
    }
    runs
}

/// Emoji that label a line of tools: gear, hammer and wrench, wrench, toolbox.
const TOOL_EMOJI: [char; 4] = ['⚙', '🛠', '🔧', '🧰'];

/// Whether a line only lists technologies: a stack label and its list on one
/// line ("Technologies: Go, Kafka"), or "Built with …" and a short list.
pub fn is_stack_line(line: &str) -> bool {
    let line = line.trim();
    // "⚙️ Go, Kafka": a tools emoji stands for the label.
    if line.starts_with(TOOL_EMOJI) && line.chars().any(char::is_alphanumeric) {
        return true;
    }
    if let Some((label, list)) = line.split_once([':', '：'])
        && !list.trim().is_empty()
        && is_stack_label(label)
    {
        return true;
    }
    if lists_names_after_a_label(line) {
        return true;
    }
    let lower = line.to_lowercase();
    ["built with ", "made with ", "powered by ", "tech stack "]
        .iter()
        .any(|start| lower.starts_with(start))
        && line.split_whitespace().count() <= MAX_UNLABELLED_STACK_WORDS
        && !line.trim_end().ends_with('.')
}

/// Most words in a label before a list of names: "Some other databases I
/// work with: …".
const MAX_LIST_LABEL_WORDS: usize = 10;

/// Whether a line is a label and then a list of three or more names, most of
/// them capitalised as names are ("Scripting: Python, Perl and bash.", "AWS
/// experience. EC2, RDS, S3"); a sentence after a heading ("Billing: moved
/// invoicing and payouts to Go") has words in lower case.
fn lists_names_after_a_label(line: &str) -> bool {
    let Some(at) = line.find([':', '：']).or_else(|| line.find(". ")) else {
        return false;
    };
    let (label, rest) = line.split_at(at);
    let rest = rest.trim_start_matches([':', '：', '.']);
    let list = rest
        .split(". ")
        .next()
        .unwrap_or_default()
        .trim()
        .trim_end_matches('.');
    let names: Vec<&str> = list
        .split([',', ';'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    let capitalised = names
        .iter()
        .filter(|name| !has_lower_case_word(name))
        .count();
    (1..=MAX_LIST_LABEL_WORDS).contains(&label.split_whitespace().count())
        && names.len() >= MIN_STACK_ITEMS
        && names.iter().all(|name| is_stack_item(name))
        && capitalised * 3 >= names.len() * 2
}

/// Whether an item is only names separated by commas, each a stack item with
/// no word in lower case as words of a sentence have ("Ruby, PHP, .Net";
/// not "Hiring, onboarding, mentoring"), naming no job and no dates, as a
/// role's "Engineer, Acme (2019–2021)" does. Scripts without spaces write a
/// whole phrase as one such "name", so they are left out.
pub fn is_name_list(line: &str) -> bool {
    let names: Vec<&str> = line.trim().split(", ").map(str::trim).collect();
    names.len() >= 2
        && !line.chars().any(|c| c >= '\u{2e80}')
        && !super::role_line::has_title_word(line)
        && super::dates::find_date_range(line).is_none()
        && names
            .iter()
            .all(|name| is_stack_item(name) && !has_lower_case_word(name))
}

/// Verbs that follow a company's name in a line about the company rather than
/// the writer's work: "Acme was acquired in 2015".
const ORGANISATION_VERBS: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "became", "built", "grew", "makes", "made",
];

/// Whether an item tells about the employer, its name the subject ("Acme
/// was acquired by Initech", "Acme builds drones"): context, not an
/// accomplishment.
pub fn is_about_organisation(item: &str, organisation: &str) -> bool {
    let mut words = item.split_whitespace();
    let name: Vec<&str> = organisation.split_whitespace().collect();
    let Some(first) = name.first().filter(|first| first.chars().count() >= 3) else {
        return false;
    };
    if words.next() != Some(*first) {
        return false;
    }
    let mut next = words.next().unwrap_or_default();
    for part in name.iter().skip(1) {
        if next != *part {
            break;
        }
        next = words.next().unwrap_or_default();
    }
    // "Acme hired me to …" is about the writer's work.
    let about_writer = item
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| ["I", "me", "my", "we", "our", "us"].contains(&word));
    !about_writer
        && next.starts_with(char::is_lowercase)
        && (ORGANISATION_VERBS.contains(&next)
            || next.ends_with("ed")
            || (next.ends_with('s') && !next.ends_with("ss")))
}

/// Whether an item may be a tool's name: a stack item with no word in lower
/// case.
pub fn is_tool_name(item: &str) -> bool {
    is_stack_item(item) && !has_lower_case_word(item)
}

/// Whether a word of the text is in lower case; names such as "jQuery" or
/// "eZPublish" have a capital inside.
fn has_lower_case_word(text: &str) -> bool {
    text.split_whitespace()
        .any(|word| word.starts_with(char::is_lowercase) && !word.chars().any(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_stack_lines() {
        assert!(is_label("Assignment:"));
        assert!(is_link_only("[Demo repository](https://example.com/demo)"));
        assert!(!is_link_only(
            "[Demo](https://example.com) cut load time 40%"
        ));
        assert!(is_role_field("Position: Golang Software Engineer"));
        assert!(!is_role_field("Result: cut the build from 20 to 4 minutes"));
        assert!(is_stack_label("Techs:"));
        assert!(is_label("Key highlights"));
        assert!(!is_label("Cut build times by half:"));
        assert!(is_stack_label("Technologies used:"));
        assert!(is_name_list("Ruby, PHP, .Net, HTML CSS"));
        assert!(!is_name_list("Hiring, onboarding and mentoring"));
        assert!(!is_name_list("Built the billing, 4service"));
        assert!(!is_name_list("Led the team, shipped the app."));
        assert!(!is_name_list("Firmware Developer, Kestrel Drones"));
        assert!(is_stack_label("Stack"));
        assert!(!is_stack_label("🛠️ Full-stack Consultancy"));
        assert!(!is_stack_label("Idea Technology Solutions"));
        assert!(is_stack_label("📦 Tools & Technologies"));
        assert_eq!(
            stack_runs(&["Go", "Kafka", "Redis", "Led the move to Kafka.", "Rust"]),
            vec![0..3]
        );
        assert!(!is_stack_label("Projects"));
        assert!(is_stack_line("Technologies: Go, Kafka, Redis"));
        assert!(is_stack_line("Built with Svelte, Rust and Tauri"));
        assert!(is_stack_line("Используемые технологии: Go, PostgreSQL"));
        assert!(!is_stack_line(
            "Built with a team of four a new billing service that cut churn."
        ));
        assert!(!is_stack_line("Rewrote the importer in Go: 3x faster."));
        assert!(is_stack_line("Scripting: Python, Perl, PL/pgSQL and bash."));
        assert!(is_stack_line("AWS experience. EC2, RDS, S3, Redshift."));
        assert!(!is_stack_line(
            "Billing: moved invoicing, refunds and payouts to Go."
        ));
    }
}
