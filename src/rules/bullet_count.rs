use super::settings::LimitInfo;
use super::{Context, Finding, Group, Rule, RuleInfo, Severity, finding_at};
use crate::resume::dates::DateEnd;
use crate::resume::{Role, Section, SectionKind};

/// Words of a heading that gathers older or lesser roles: "Earlier career",
/// "Other experience", "Frühere Stationen".
const GROUP_WORDS: &[&str] = &[
    "earlier",
    "previous",
    "prior",
    "other",
    "additional",
    "selected",
    "frühere",
    "weitere",
    "autres",
    "otras",
    "outras",
];

fn names_a_group(role: &Role) -> bool {
    [&role.title, &role.organisation]
        .into_iter()
        .flatten()
        .flat_map(|part| part.split_whitespace())
        .any(|word| GROUP_WORDS.contains(&word.to_lowercase().as_str()))
}

/// Years before the latest date of its section after which a role may
/// rest on one line: readers look for the recent work.
const LONG_PAST_YEARS: u16 = 10;

/// Whether a role ended long before the section's latest dates.
fn is_long_past(role: &Role, section: &Section) -> bool {
    let latest = section
        .roles
        .iter()
        .filter_map(|role| role.dates.as_ref())
        .map(|dates| match dates.end {
            Some(DateEnd::Date(end)) => end.year.max(dates.start.year),
            _ => dates.start.year,
        })
        .max();
    let ended = role.dates.as_ref().and_then(|dates| match dates.end {
        Some(DateEnd::Date(end)) => Some(end.year),
        Some(DateEnd::Present) => None,
        None => Some(dates.start.year),
    });
    matches!((ended, latest), (Some(ended), Some(latest)) if ended + LONG_PAST_YEARS <= latest)
}

/// Most months a finished role may have lasted to need only one bullet: a
/// short contract, an internship.
const BRIEF_ROLE_MONTHS: u32 = 12;

/// Whether a role that has ended lasted a year or less.
fn is_brief(role: &Role) -> bool {
    let Some(dates) = &role.dates else {
        return false;
    };
    let end = match dates.end {
        Some(DateEnd::Date(end)) => end,
        Some(DateEnd::Present) => return false,
        None => dates.start,
    };
    let months = |year: u16, month: u8| u32::from(year) * 12 + u32::from(month);
    let from = months(dates.start.year, dates.start.month.unwrap_or(1));
    let until = months(end.year, end.month.unwrap_or(12));
    until.saturating_sub(from) < BRIEF_ROLE_MONTHS
}

pub struct BulletCount;

static INFO: RuleInfo = RuleInfo {
    id: "bullet-count",
    name: "Bullet count",
    severity: Severity::Information,
    summary: "A role with fewer than 2 or more than 6 bullets",
    why: "One bullet makes a role look minor; eight make the reader hunt for the one that \
          matters. Two to six, strongest first, show range without burying the best result.",
    fix: "Add the results you left out, or merge and cut until the strongest few remain. \
          A role that lasted a year or less, or ended ten or more years before your latest, may \
          stay short. The limits \
          are `min-bullets` and `max-bullets` in `[limits]`.",
    weak: "A role with nine bullets, four of them about routine maintenance.",
    strong: "The same role with the five bullets that carry a result, best first.",
    fixable: false,
};

impl Rule for BulletCount {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn limits(&self) -> &'static [LimitInfo] {
        &[
            LimitInfo {
                key: "min-bullets",
                about: "fewest bullets a role should have",
                minimum: 0.0,
            },
            LimitInfo {
                key: "max-bullets",
                about: "most bullets a role should have",
                minimum: 1.0,
            },
        ]
    }

    fn check_group(&self, group: &Group, context: &Context, out: &mut Vec<Finding>) {
        let limits = context.limits;
        let role = group
            .role
            .filter(|_| group.section.kind == SectionKind::Experience);
        // A role with no bullet read may be one the model misread, or one the
        // writer kept to its header on purpose ("Earlier roles"): unread-part
        // speaks for what was not read. Groups of older roles, and roles
        // written as prose rather than a list, are not held to a count either.
        let judged = |role: &&Role| {
            !role.bullets.is_empty()
                && !names_a_group(role)
                && !role.bullets.iter().any(|bullet| bullet.in_paragraph)
        };
        if let Some(role) = role.filter(judged) {
            // Count the role's own bullets, not the details nested under
            // them; but a single project bullet with its details under it is
            // more than one result.
            let top = role.bullets.iter().map(|b| b.depth).min().unwrap_or(0);
            let own = role.bullets.iter().filter(|b| b.depth == top).count();
            let count = if own < limits.min_bullets {
                role.bullets.len()
            } else {
                own
            };
            let exempt = is_long_past(role, group.section) || is_brief(role);
            let advice = if count < limits.min_bullets && exempt {
                return;
            } else if count < limits.min_bullets {
                format!("add results to reach {}", limits.min_bullets)
            } else if count > limits.max_bullets {
                format!("keep the strongest {}", limits.max_bullets)
            } else {
                return;
            };
            let noun = if count == 1 { "bullet" } else { "bullets" };
            out.push(finding_at(
                &INFO,
                role.heading.clone(),
                format!("{count} {noun} in this role: {advice}"),
            ));
        }
    }
}
