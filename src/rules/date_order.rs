use std::cmp::Reverse;
use std::collections::HashMap;

use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::dates::{DateEnd, DateRange, DateStyle};
use crate::resume::{Resume, SectionKind};

pub struct DateOrder;

static INFO: RuleInfo = RuleInfo {
    id: "date-order",
    name: "Date order",
    severity: Severity::Warning,
    summary: "Roles not in reverse-chronological order, or dates written in mixed formats",
    why: "Readers expect your current or latest role first and read the dates to follow \
          your path. A role out of order looks like a mistake or something hidden, and \
          mixed formats (\"Jan 2020\" beside \"03/2018\") look careless.",
    fix: "List roles from the most recent down, and write every date the same way, e.g. \
          \"Jan 2020 – Present\".",
    weak: "Engineer, 2016 – 2018, listed above Senior Engineer, 03/2019 – Present.",
    strong: "Senior Engineer, Mar 2019 – Present, then Engineer, Jan 2016 – Feb 2019.",
    fixable: false,
};

impl Rule for DateOrder {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    /// Reads only roles and their dates.
    fn reads_bullets(&self) -> bool {
        false
    }

    fn check_resume(&self, resume: &Resume, _: &Facts, _: &Context, out: &mut Vec<Finding>) {
        let experience = || {
            resume
                .sections
                .iter()
                .filter(|section| section.kind == SectionKind::Experience)
        };
        // Order is judged within a section: "Additional experience" below the
        // main one starts its own sequence.
        for section in experience() {
            let dated: Vec<&DateRange> = section
                .roles
                .iter()
                .filter_map(|role| role.dates.as_ref())
                .collect();
            // Overlapping roles may be listed either way; only a role that
            // both starts and ends later than the one above it is out of order.
            let out_of_order: Vec<&DateRange> = dated
                .windows(2)
                .filter(|pair| {
                    let (above, below) = (recency(pair[0]), recency(pair[1]));
                    below.0 > above.0 && below.1 > above.1
                })
                .map(|pair| pair[1])
                .collect();
            // A list written oldest first is one thing to turn around.
            if out_of_order.len() >= 2 && out_of_order.len() + 1 == dated.len() {
                let message = "Roles listed oldest first: list the latest role first";
                out.push(finding_at(
                    &INFO,
                    dated[0].span.clone(),
                    message.to_string(),
                ));
                continue;
            }
            for dates in out_of_order {
                let message = "More recent than the role above it: list the latest role first";
                out.push(finding_at(&INFO, dates.span.clone(), message.to_string()));
            }
        }
        let dated: Vec<&DateRange> = experience()
            .flat_map(|section| &section.roles)
            .filter_map(|role| role.dates.as_ref())
            .collect();
        report_mixed_styles(&dated, out);
    }
}

/// A role's end (an ongoing role ends last) and start, as (year, month).
fn recency(dates: &DateRange) -> ((u16, u8), (u16, u8)) {
    let end = match dates.end {
        Some(DateEnd::Present) => (u16::MAX, 12),
        Some(DateEnd::Date(end)) => (end.year, end.month.unwrap_or(12)),
        None => (dates.start.year, dates.start.month.unwrap_or(12)),
    };
    (end, (dates.start.year, dates.start.month.unwrap_or(1)))
}

/// A style is the usual one when it holds this many dates and this many
/// times as many as the others: one date of each style is no pattern.
const USUAL_AT_LEAST: usize = 2;
const USUAL_TIMES: usize = 2;

/// Flags dates written unlike most of the others. On a tie month names win,
/// then the style of the topmost role.
fn report_mixed_styles(dated: &[&DateRange], out: &mut Vec<Finding>) {
    let mut counts: HashMap<DateStyle, (usize, Reverse<usize>)> = HashMap::new();
    for (position, dates) in dated.iter().enumerate() {
        let (count, _) = counts.entry(dates.style).or_insert((0, Reverse(position)));
        *count += 1;
    }
    let Some((&usual, _)) = counts
        .iter()
        .max_by_key(|(style, (count, first))| (*count, **style == DateStyle::MonthName, *first))
    else {
        return;
    };
    let usual_count = counts[&usual].0;
    let others = dated.len() - usual_count;
    if usual_count < USUAL_AT_LEAST || usual_count < USUAL_TIMES * others {
        return;
    }
    for dates in dated.iter().filter(|dates| dates.style != usual) {
        let message = format!(
            "Date written {} while most are written {}: use one format",
            describe(dates.style),
            describe(usual)
        );
        out.push(finding_at(&INFO, dates.span.clone(), message));
    }
}

fn describe(style: DateStyle) -> &'static str {
    match style {
        DateStyle::MonthName => "with month names (Jan 2020)",
        DateStyle::Numeric => "as numbers (01/2020)",
        DateStyle::YearOnly => "as years only (2020)",
    }
}
