use super::{Context, Facts, Finding, Rule, RuleInfo, Severity, finding_at};
use crate::resume::{Resume, SectionKind};

pub struct UnsupportedSkill;

static INFO: RuleInfo = RuleInfo {
    id: "unsupported-skill",
    name: "Unsupported skill",
    severity: Severity::Information,
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
        let skills = resume
            .sections
            .iter()
            .filter(|section| section.kind == SectionKind::Skills)
            .flat_map(|section| &section.skills);
        for skill in skills {
            let Some(technology) = lexicon.technology(&skill.name) else {
                continue;
            };
            let named = facts.uses(&technology.name) || written_out(resume, &skill.name);
            if !named {
                let message = format!(
                    "\"{}\" is listed, but no bullet shows it in use",
                    skill.name
                );
                out.push(finding_at(&INFO, skill.span.clone(), message));
            }
        }
    }
}

/// Whether a bullet or paragraph outside Skills writes the name out, though
/// not as a technology's listed name or alias.
fn written_out(resume: &Resume, name: &str) -> bool {
    let name = name.to_lowercase();
    let bullets = resume
        .bullets()
        .filter(|(section, _, _)| section.kind != SectionKind::Skills)
        .map(|(_, _, bullet)| &bullet.prose);
    let paragraphs = resume
        .sections
        .iter()
        .filter(|section| section.kind != SectionKind::Skills)
        .flat_map(|section| &section.paragraphs);
    bullets
        .chain(paragraphs)
        .any(|prose| prose.text().to_lowercase().contains(&name))
}
