use super::words::words;
use super::{BulletContext, Finding, Rule, RuleInfo, Severity, finding_in};
use crate::resume::{Bullet, Prose};

pub struct FirstPerson;

static INFO: RuleInfo = RuleInfo {
    id: "first-person",
    name: "First person",
    severity: Severity::Warning,
    summary: "\"I\", \"me\", \"my\", \"we\" or \"our\" in a bullet",
    why: "Resumes are written in an implied first person: every bullet is already about \
          you. Pronouns take room and make a bullet read like a letter; \"we\" and \"our\" \
          also blur which part was yours.",
    fix: "Drop the pronoun and start with the verb. Where \"we\" hides your part, say what \
          you did yourself.",
    weak: "I built our first on-call rotation and we cut pages in half.",
    strong: "Set up the team's first on-call rotation, halving weekly pages from 30 to 15.",
    fixable: false,
};

const PRONOUNS: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "i'm",
    "i've",
    "i'd",
    "we're",
    "we've",
];

impl Rule for FirstPerson {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_bullet(&self, bullet: &Bullet, context: &BulletContext, out: &mut Vec<Finding>) {
        // A role's introduction and a line about the employer are context,
        // not accomplishments.
        let prose_about_the_job = context.describes_employer || context.introduces_role;
        // Outside work (a summary, a skills list, an education note, the
        // contact links) the writer's own voice is the norm.
        if context.is_work() && !prose_about_the_job {
            check(&bullet.prose, out);
        }
    }
}

/// One finding per bullet, on its first pronoun: a paragraph in the first
/// person is one thing to rewrite, not one per word.
fn check(prose: &Prose, out: &mut Vec<Finding>) {
    let text = prose.text();
    let mut pronouns = words(text).filter(|word| {
        let lower = word.text.to_lowercase().replace('’', "'");
        // A lower-case "i" is a list label or a typo more often than a pronoun;
        // "I/O" is not a pronoun at all.
        PRONOUNS.contains(&lower.as_str())
            && !(lower == "i"
                && (word.text != "I"
                    || text[word.range().end..].starts_with('/')
                    || is_numeral(&text[..word.start])))
    });
    let Some(first) = pronouns.next() else {
        return;
    };
    let more = match pronouns.count() {
        0 => String::new(),
        1 => " (and 1 more in this bullet)".to_string(),
        n => format!(" (and {n} more in this bullet)"),
    };
    let message = format!(
        "\"{}\"{more}: a resume is already about you; drop the pronoun",
        first.text
    );
    out.push(finding_in(&INFO, prose, first.range(), message));
}

/// Whether an "I" after `before` is a Roman numeral: "Part I", "Phase I",
/// "Networks-Part I".
fn is_numeral(before: &str) -> bool {
    const COUNTED: &[&str] = &[
        "part", "phase", "level", "stage", "tier", "vol", "volume", "chapter", "grade", "type",
        "series", "class", "war", "book", "unit", "module",
    ];
    let previous = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    COUNTED.contains(&previous.to_lowercase().as_str())
}
