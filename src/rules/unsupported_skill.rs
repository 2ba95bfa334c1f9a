use super::lexicon::{Lexicon, Technology};
use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::labels::label_is_one_of;
use crate::resume::{Resume, SectionKind, Skill};

pub struct UnsupportedSkill;

static INFO: RuleInfo = RuleInfo {
    id: "unsupported-skill",
    name: "Unsupported skill",
    severity: Severity::Hint,
    summary: "A technology listed under Skills that no bullet or project mentions",
    why: "A skills list is a claim; a bullet that uses the skill is the evidence. Readers \
          trust a skill they can see in use, and some matching tools weigh it higher too.",
    fix: "Mention the technology in the bullet where you used it, or drop it from the list \
          if it no longer reflects your work. Only technologies the linter knows are checked.",
    weak: "Skills: Kafka — and no bullet says what you did with Kafka.",
    strong: "Skills: Kafka — and a bullet: \"Moved order events onto Kafka, cutting sync lag \
             from 5 minutes to 2 seconds.\"",
    fixable: false,
};

impl Rule for UnsupportedSkill {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_resume(
        &self,
        resume: &Resume,
        facts: &Facts,
        context: &Context,
        out: &mut Vec<Finding>,
    ) {
        let lexicon = context.lexicon;
        // With no bullet about work or projects read (courses alone) there
        // is no evidence to weigh: unread-part speaks for the resume.
        let any_work = resume.bullets().any(|(section, _, _)| {
            matches!(
                section.kind,
                SectionKind::Experience | SectionKind::Projects
            )
        });
        if !any_work {
            return;
        }
        let unnamed: Vec<&Skill> = resume
            .sections
            .iter()
            .filter(|section| section.kind == SectionKind::Skills)
            .flat_map(|section| &section.skills)
            .filter(|skill| !skill.category.as_deref().is_some_and(is_modest_label))
            .filter(|skill| {
                lexicon.technology(&skill.name).is_some_and(|technology| {
                    is_a_claim(technology) && !shown(technology, lexicon, facts)
                })
            })
            .collect();
        if unnamed.is_empty() {
            return;
        }
        let texts = lowercase_texts(resume);
        let mut reported = std::collections::HashSet::new();
        for skill in unnamed {
            let name = skill.name.to_lowercase();
            // A skill listed twice is reported once, where it is first listed.
            if !texts.iter().any(|text| text.contains(&name)) && reported.insert(name) {
                let message = format!(
                    "\"{}\" is listed, but no bullet shows it in use",
                    skill.name
                );
                out.push(finding_at(&INFO, skill.span.clone(), message));
            }
        }
    }
}

/// Editors, chat apps, protocols and operating systems are tools everyone
/// uses, not skills a reader expects to see shown.
fn is_a_claim(technology: &Technology) -> bool {
    !technology.everyday && !["protocol", "os"].contains(&technology.category.as_str())
}

/// Labels of skills the writer does not claim to have used in earnest:
/// "Basic:", "Learning:", "None yet:", in the languages titles are read in.
const MODEST_LABELS: &[&str] = &[
    "basic",
    "basics",
    "beginner",
    "learning",
    "currently learning",
    "familiar",
    "familiar with",
    "exposure",
    "none",
    "none yet",
    "not yet",
    "grundkenntnisse",
    "básico",
    "notions",
    "нет",
    "базовый",
    "базовые",
    "изучаю",
    "начальный",
];

fn is_modest_label(label: &str) -> bool {
    label_is_one_of(label, MODEST_LABELS)
}

/// Whether some bullet names the technology or one of its family: a bullet
/// about PySpark or PyTorch shows Python.
fn shown(technology: &Technology, lexicon: &Lexicon, facts: &Facts) -> bool {
    facts.uses(&technology.name)
        || lexicon.technologies.iter().any(|member| {
            member.family.as_deref() == Some(technology.name.as_str()) && facts.uses(&member.name)
        })
}

/// The bullets, paragraphs, role stack lines ("Technologies: Go, Kafka") and
/// the profile outside Skills, in lower case: a skill written out there,
/// though not as a technology's listed name or alias, is in use.
fn lowercase_texts(resume: &Resume) -> Vec<String> {
    let bullets = resume
        .bullets()
        .filter(|(section, _, _)| section.kind != SectionKind::Skills)
        .map(|(_, _, bullet)| &bullet.prose);
    let outside_skills = || {
        resume
            .sections
            .iter()
            .filter(|section| section.kind != SectionKind::Skills)
    };
    let paragraphs = outside_skills().flat_map(|section| &section.paragraphs);
    let stack_lines = outside_skills()
        .flat_map(|section| &section.roles)
        .flat_map(|role| &role.stack_lines);
    bullets
        .chain(paragraphs)
        .chain(stack_lines)
        .chain(&resume.header.profile)
        .map(|prose| prose.text().to_lowercase())
        .collect()
}
