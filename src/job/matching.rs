//! Scoring a resume against a posting: which of its hard skills the resume
//! shows in use, only lists, or lacks; whether the years and the degree it asks
//! for are there; which of its repeated phrases the resume shares.

use std::collections::HashSet;

use super::posting::{Degree, DegreeLevel, Posting, degree, fold, tokens};
use crate::resume::dates::{DateEnd, YearMonth};
use crate::resume::{Resume, SectionKind};
use crate::rules::lexicon::Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillStatus {
    /// A bullet (or a role's description) shows it in use: counts fully.
    InUse,
    /// Listed under Skills or named in passing (a summary): counts half.
    Listed,
    Missing,
}

impl SkillStatus {
    pub fn name(self) -> &'static str {
        match self {
            SkillStatus::InUse => "in-use",
            SkillStatus::Listed => "listed",
            SkillStatus::Missing => "missing",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillMatch {
    pub name: String,
    pub status: SkillStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearsMatch {
    pub required: u32,
    /// Months covered by the resume's dated Experience roles, overlaps counted once.
    pub months: u32,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DegreeMatch {
    pub required: Degree,
    /// The highest degree the Education section names.
    pub found: Option<DegreeLevel>,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    pub phrase: String,
    pub found: bool,
}

/// How a resume matches a posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobMatch {
    /// 0–100 from the hard skills (in use 1, listed ½, missing 0); None when
    /// the posting names no skill the word list knows.
    pub score: Option<u8>,
    pub skills: Vec<SkillMatch>,
    pub years: Option<YearsMatch>,
    pub degree: Option<DegreeMatch>,
    pub phrases: Vec<PhraseMatch>,
}

/// Matches as of today's date (for roles that run to "Present").
pub fn match_resume(resume: &Resume, posting: &Posting, lexicon: &Lexicon) -> JobMatch {
    match_resume_at(resume, posting, lexicon, today())
}

pub fn match_resume_at(
    resume: &Resume,
    posting: &Posting,
    lexicon: &Lexicon,
    today: YearMonth,
) -> JobMatch {
    let texts = ResumeTexts::of(resume);
    let names_in = |texts: &[&str]| -> HashSet<String> {
        texts
            .iter()
            .flat_map(|text| lexicon.technologies_in(text).map(|(_, t)| t.name.clone()))
            .collect()
    };
    let in_use = names_in(&texts.in_use);
    let listed = names_in(&texts.listed);
    let skills: Vec<SkillMatch> = posting
        .skills
        .iter()
        .map(|skill| SkillMatch {
            name: skill.name.clone(),
            status: if in_use.contains(&skill.name) {
                SkillStatus::InUse
            } else if listed.contains(&skill.name) {
                SkillStatus::Listed
            } else {
                SkillStatus::Missing
            },
        })
        .collect();
    let score = (!skills.is_empty()).then(|| {
        let points: usize = skills
            .iter()
            .map(|s| match s.status {
                SkillStatus::InUse => 2,
                SkillStatus::Listed => 1,
                SkillStatus::Missing => 0,
            })
            .sum();
        // Halves, rounded to the nearest whole percent.
        ((points * 100 + skills.len()) / (2 * skills.len())) as u8
    });
    let years = posting.years.map(|required| {
        let months = experience_months(resume, today);
        YearsMatch {
            required,
            months,
            // Within half a year counts: "about 5 years" meets "5+ years".
            met: months + 6 >= required * 12,
        }
    });
    let degree_match = posting.degree.clone().map(|required| {
        let found = texts
            .education
            .iter()
            .filter_map(|text| degree(text).map(|d| d.level))
            .max();
        DegreeMatch {
            met: found.is_some_and(|level| level >= required.level),
            required,
            found,
        }
    });
    let folded = format!(
        " {} ",
        texts
            .all()
            .flat_map(|text| tokens(text).into_iter().map(|t| fold(t.text)))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let phrases = posting
        .phrases
        .iter()
        .map(|phrase| PhraseMatch {
            phrase: phrase.text.clone(),
            found: folded.contains(&format!(" {} ", phrase.key)),
        })
        .collect();
    JobMatch {
        score,
        skills,
        years,
        degree: degree_match,
        phrases,
    }
}

/// The resume's text, by how much it proves.
struct ResumeTexts<'r> {
    /// Bullets and role descriptions in work sections: skills shown in use.
    in_use: Vec<&'r str>,
    /// Skills lists, summaries, headings: skills claimed.
    listed: Vec<&'r str>,
    /// What the Education sections say.
    education: Vec<&'r str>,
}

impl<'r> ResumeTexts<'r> {
    fn of(resume: &'r Resume) -> Self {
        let mut texts = Self {
            in_use: Vec::new(),
            listed: Vec::new(),
            education: Vec::new(),
        };
        for section in &resume.sections {
            let proves = !matches!(section.kind, SectionKind::Skills | SectionKind::Summary);
            let work = matches!(
                section.kind,
                SectionKind::Experience | SectionKind::Projects
            );
            let bullets = section
                .bullets
                .iter()
                .chain(section.roles.iter().flat_map(|role| &role.bullets))
                .map(|bullet| bullet.prose.text());
            let paragraphs = section.paragraphs.iter().map(|prose| prose.text());
            let headings = section
                .roles
                .iter()
                .flat_map(|role| [role.title.as_deref(), role.organisation.as_deref()])
                .flatten()
                .chain([section.title.as_str()]);
            let skills = section.skills.iter().map(|skill| skill.prose.text());
            // A role's own list of the tools it used is evidence of use.
            let stack_lines = section
                .roles
                .iter()
                .flat_map(|role| &role.stack_lines)
                .map(|prose| prose.text());
            if work {
                texts.in_use.extend(stack_lines);
            }
            if proves {
                texts.in_use.extend(bullets.clone());
            } else {
                texts.listed.extend(bullets.clone());
            }
            if work {
                texts.in_use.extend(paragraphs.clone());
            } else {
                texts.listed.extend(paragraphs.clone());
            }
            texts.listed.extend(headings.clone());
            texts.listed.extend(skills);
            if section.kind == SectionKind::Education {
                texts.education.extend(headings);
                texts.education.extend(bullets);
                texts.education.extend(paragraphs);
            }
        }
        texts
    }

    fn all(&self) -> impl Iterator<Item = &'r str> + '_ {
        self.in_use.iter().chain(&self.listed).copied()
    }
}

/// Months of dated Experience roles, each month counted once however many
/// roles overlap it. A year with no month runs from January (start) or to
/// December (end).
fn experience_months(resume: &Resume, today: YearMonth) -> u32 {
    let index = |ym: YearMonth, default_month: u8| {
        u32::from(ym.year) * 12 + u32::from(ym.month.unwrap_or(default_month)) - 1
    };
    let mut spans: Vec<(u32, u32)> = resume
        .sections
        .iter()
        .filter(|section| section.kind == SectionKind::Experience)
        .flat_map(|section| &section.roles)
        .filter_map(|role| role.dates.as_ref())
        .map(|dates| {
            let start = index(dates.start, 1);
            let end = match dates.end {
                Some(DateEnd::Present) => index(today, 12),
                Some(DateEnd::Date(end)) => index(end, 12),
                None => index(dates.start, 12),
            };
            (start, end.max(start))
        })
        .collect();
    spans.sort();
    let mut months = 0;
    let mut covered_to: Option<u32> = None;
    for (start, end) in spans {
        let from = covered_to.map_or(start, |to| start.max(to + 1));
        if end >= from {
            months += end - from + 1;
        }
        covered_to = Some(covered_to.map_or(end, |to| to.max(end)));
    }
    months
}

/// This month, from the system clock (UTC).
pub fn today() -> YearMonth {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Howard Hinnant's days-to-civil algorithm.
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    YearMonth {
        year: year as u16,
        month: Some(month as u8),
    }
}

impl JobMatch {
    pub fn with_status(&self, status: SkillStatus) -> impl Iterator<Item = &str> {
        self.skills
            .iter()
            .filter(move |s| s.status == status)
            .map(|s| s.name.as_str())
    }

    pub fn missing(&self) -> impl Iterator<Item = &str> {
        self.with_status(SkillStatus::Missing)
    }

    /// In use or listed.
    pub fn matched(&self) -> impl Iterator<Item = &str> {
        self.skills
            .iter()
            .filter(|s| s.status != SkillStatus::Missing)
            .map(|s| s.name.as_str())
    }

    /// The lens: "Job match 72% · missing: Kafka, gRPC".
    pub fn title(&self) -> String {
        let Some(score) = self.score else {
            return "Job match: no skills recognised in the posting".to_string();
        };
        let missing: Vec<&str> = self.missing().collect();
        if missing.is_empty() {
            format!("Job match {score}% · no skills missing")
        } else {
            format!("Job match {score}% · missing: {}", shorten(&missing))
        }
    }

    /// The command line's report: score, matched and missing skills, then
    /// years, degree and phrases when the posting asks for them.
    pub fn report_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        match self.score {
            Some(score) => {
                let list = |names: Vec<&str>| {
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    }
                };
                lines.push(format!(
                    "Job match {score}% · matched: {} · missing: {}",
                    list(self.matched().collect()),
                    list(self.missing().collect())
                ));
                let listed: Vec<&str> = self.with_status(SkillStatus::Listed).collect();
                if !listed.is_empty() {
                    lines.push(format!(
                        "listed but not shown in a bullet (half credit): {}",
                        listed.join(", ")
                    ));
                }
            }
            None => lines.push("Job match: no skills recognised in the posting".to_string()),
        }
        let mut asks = Vec::new();
        if let Some(years) = &self.years {
            asks.push(years.describe());
        }
        if let Some(degree) = &self.degree {
            asks.push(degree.describe());
        }
        if !self.phrases.is_empty() {
            let found = self.phrases.iter().filter(|p| p.found).count();
            asks.push(format!(
                "key phrases: {found} of {} found",
                self.phrases.len()
            ));
        }
        if !asks.is_empty() {
            lines.push(asks.join(" · "));
        }
        lines
    }

    /// The hover: every skill by status, then years, degree and phrases.
    pub fn breakdown(&self, posting_name: &str) -> String {
        let mut text = match self.score {
            Some(score) => format!("**Job match {score}%** against `{posting_name}`"),
            None => format!(
                "**Job match**: no skills recognised in `{posting_name}`\n\n\
                 The posting names no technology the word list knows, so there is no \
                 score. Add its tools to `[words] technologies` if they are missing."
            ),
        };
        if self.score.is_some() {
            text.push_str(&format!(
                "\n\n{} skills in the posting. A skill counts fully when a bullet shows it \
                 in use, half when it is only listed.\n",
                self.skills.len()
            ));
            for (status, label) in [
                (SkillStatus::InUse, "In use"),
                (SkillStatus::Listed, "Listed only"),
                (SkillStatus::Missing, "Missing"),
            ] {
                let names: Vec<&str> = self.with_status(status).collect();
                if !names.is_empty() {
                    text.push_str(&format!("\n- {label}: {}", names.join(", ")));
                }
            }
        }
        let mark = |met: bool| if met { "✓" } else { "✗" };
        if let Some(years) = &self.years {
            text.push_str(&format!(
                "\n\nExperience: {} {}",
                years.describe(),
                mark(years.met)
            ));
        }
        if let Some(degree) = &self.degree {
            text.push_str(&format!(
                "\n\nDegree: {} {}",
                degree.describe(),
                mark(degree.met)
            ));
        }
        if !self.phrases.is_empty() {
            let phrases: Vec<String> = self
                .phrases
                .iter()
                .map(|p| format!("\"{}\" {}", p.phrase, mark(p.found)))
                .collect();
            text.push_str(&format!(
                "\n\nPhrases the posting repeats: {}",
                phrases.join(", ")
            ));
        }
        text
    }
}

impl YearsMatch {
    /// "5+ years asked, about 6 found"
    pub fn describe(&self) -> String {
        let years = (self.months + 6) / 12;
        let found = if self.months == 0 {
            "no dated roles found".to_string()
        } else {
            format!("about {years} found")
        };
        format!("{}+ years asked, {found}", self.required)
    }
}

impl DegreeMatch {
    /// "bachelor's degree in Computer Science asked, found"
    pub fn describe(&self) -> String {
        let found = match self.found {
            Some(_) if self.met => "found".to_string(),
            Some(level) => format!("{} found", level.name()),
            None => "none found in Education".to_string(),
        };
        format!("{} asked, {found}", self.required.describe())
    }
}

/// At most five names, then how many more.
fn shorten(names: &[&str]) -> String {
    const SHOWN: usize = 5;
    if names.len() <= SHOWN {
        names.join(", ")
    } else {
        format!(
            "{} +{} more",
            names[..SHOWN].join(", "),
            names.len() - SHOWN
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::job::read_posting;

    const RESUME: &str = "# Ana Ruiz\nana@example.com\n\n## Summary\n\nBackend engineer who likes Rust.\n\n\
## Experience\n\n### Backend Engineer | Nimbus | Jan 2020 – Present\n\n\
- Cut p99 latency by 40% moving order events onto Kafka\n\
- Ran Postgres failovers for 12 distributed systems\n\n\
### Engineer | Pebble | Jan 2018 – Dec 2020\n\n- Built 3 C++ services\n\n\
## Skills\n\nGo, Kubernetes, PostgreSQL\n\n\
## Education\n\n### B.Sc. Computer Science | Eastbrook University | 2014 – 2018\n";

    fn resume() -> Resume {
        let document = Document::new(RESUME);
        crate::analyse(&document, &crate::config::Config::default()).resume
    }

    #[test]
    fn skills_in_use_count_fully_listed_half() {
        let lexicon = Lexicon::builtin();
        let posting = read_posting(
            "We want Kafka, postgres, k8s, gRPC and Rust. 5+ years of experience. \
             BS in Computer Science. You will own distributed systems; distributed systems are fun.",
            &lexicon,
        );
        let today = YearMonth {
            year: 2025,
            month: Some(6),
        };
        let found = match_resume_at(&resume(), &posting, &lexicon, today);
        let status = |name: &str| found.skills.iter().find(|s| s.name == name).unwrap().status;
        assert_eq!(status("Kafka"), SkillStatus::InUse);
        assert_eq!(status("PostgreSQL"), SkillStatus::InUse);
        assert_eq!(status("Kubernetes"), SkillStatus::Listed);
        assert_eq!(status("Rust"), SkillStatus::Listed, "named in the summary");
        assert_eq!(status("gRPC"), SkillStatus::Missing);
        // (2 + 2 + 1 + 1 + 0) / 10
        assert_eq!(found.score, Some(60));
        assert_eq!(found.title(), "Job match 60% · missing: gRPC");
        let years = found.years.clone().unwrap();
        // Jan 2018 to Jun 2025, overlap once: 7.5 years.
        assert_eq!((years.required, years.months, years.met), (5, 90, true));
        let degree = found.degree.clone().unwrap();
        assert!(degree.met);
        assert_eq!(
            found.phrases,
            [PhraseMatch {
                phrase: "distributed systems".into(),
                found: true
            }]
        );
        let lines = found.report_lines();
        assert_eq!(
            lines[0],
            "Job match 60% · matched: Kafka, PostgreSQL, Kubernetes, Rust · missing: gRPC"
        );
        assert!(found.breakdown("jd.md").contains("- Missing: gRPC"));
    }

    #[test]
    fn no_recognised_skills_means_no_score() {
        let lexicon = Lexicon::builtin();
        let posting = read_posting("A kind person who bakes bread at dawn.", &lexicon);
        let found = match_resume(&resume(), &posting, &lexicon);
        assert_eq!(found.score, None);
        assert_eq!(
            found.title(),
            "Job match: no skills recognised in the posting"
        );
        assert!(
            found
                .breakdown("bakery.txt")
                .contains("no skills recognised")
        );
    }

    #[test]
    fn today_is_a_plausible_month() {
        let now = today();
        assert!(now.year >= 2024 && (1..=12).contains(&now.month.unwrap()));
    }
}
