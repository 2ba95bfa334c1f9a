//! The rule catalogue. Each rule is one file holding its id, severity,
//! explanation (why, how to fix, a weak and a strong example) and check;
//! [`RULES`] lists them all, and every surface (diagnostics, hovers,
//! `resume-lsp explain`) renders the same [`RuleInfo`].

pub mod clauses;
pub mod grammar;
pub mod lexicon;
pub mod metrics;
pub mod settings;
pub mod suppress;
pub mod words;

mod bullet_count;
mod buzzword;
mod date_order;
mod employer;
mod first_person;
mod generic_stack;
pub mod job_missing_skill;
pub mod language;
mod long_bullet;
mod missing_contact;
mod missing_section;
mod no_metric;
mod other_language;
mod passive_voice;
mod repeated_verb;
mod resume_length;
mod tech_casing;
mod tense;
pub mod too_large;
mod unread_part;
mod unsupported_skill;
mod vague_quantity;
mod vague_verb;
mod weak_opening;

use std::collections::HashMap;
use std::ops::Range;

use crate::document::Edit;
use crate::resume::{Bullet, Prose, Resume, Role, Section, SectionKind};
use language::Evidence;
use lexicon::Lexicon;
use settings::{LimitInfo, Limits, Settings};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "info",
            Severity::Hint => "hint",
        }
    }
}

/// What every surface says about a rule.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable kebab-case id, used in diagnostics, config and disable comments.
    pub id: &'static str,
    /// A short title: "Vague verb".
    pub name: &'static str,
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// Why a reader of resumes cares.
    pub why: &'static str,
    /// How to fix it.
    pub fix: &'static str,
    /// A weak example and its strong rewrite, both our own.
    pub weak: &'static str,
    pub strong: &'static str,
    /// Whether findings carry a safe mechanical fix.
    pub fixable: bool,
}

impl RuleInfo {
    /// The explanation in Markdown, as `explain` prints it and hovers show it.
    pub fn explanation(&self) -> String {
        format!(
            "# {} (`{}`)\n\n{}\n\n## Why it matters\n\n{}\n\n## How to fix it\n\n{}\n\n\
             ## Example\n\nWeak:\n\n> {}\n\nStrong:\n\n> {}\n",
            self.name, self.id, self.summary, self.why, self.fix, self.weak, self.strong
        )
    }
}

impl RuleInfo {
    /// The rule's page, `docs/rules/ID.md`: its explanation and how to
    /// configure it. Diagnostics link to it.
    pub fn page(&self) -> String {
        let fix = if self.fixable {
            "Findings carry a safe fix: the editor offers it as a quick fix, and `resume-lsp check --fix` applies it."
        } else {
            "Editors offer to disable it for a line or for the file."
        };
        format!(
            "{}\n## Configuration\n\nDefault severity: `{}`. {fix}\n\n```toml\n# .resume-lsp.toml\n[rules]\n{} = \"off\"   # or \"error\", \"warning\", \"info\", \"hint\"\n```\n\nIn the resume: `<!-- resume-lsp-disable-next-line {} -->`.\n",
            self.explanation(),
            self.severity.name(),
            self.id,
            self.id
        )
    }
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// Byte range in the document.
    pub span: Range<usize>,
    pub message: String,
    /// A safe mechanical edit that resolves it, when there is one.
    pub fix: Option<Fix>,
    /// Words to offer instead (strong verbs for a vague one), best first.
    pub suggestions: Vec<String>,
    /// The listed word or phrase it is about, for rules driven by word lists;
    /// a user may ignore it.
    pub word: Option<String>,
}

impl Finding {
    /// Marks the finding as about a listed word or phrase.
    pub fn about(mut self, word: &str) -> Self {
        self.word = Some(word.to_string());
        self
    }
}

/// Puts findings in the order every surface lists them: by position, then rule.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
    });
}

/// Replace `span` (document bytes) with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub span: Range<usize>,
    pub replacement: String,
}

/// What a rule sees besides the text it checks.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub limits: &'a Limits,
    pub lexicon: &'a Lexicon,
}

impl Context<'_> {
    /// Whether `text` states a quantity (see [`metrics::has_metric`]).
    pub fn has_metric(&self, text: &str) -> bool {
        metrics::has_metric(text, |word| self.lexicon.technology(word).is_some())
    }
}

/// Where a bullet stands: rules judge a skills list or a summary differently
/// from an experience bullet.
#[derive(Clone, Copy)]
pub struct BulletContext<'a> {
    pub section: &'a Section,
    pub role: Option<&'a Role>,
    pub base: Context<'a>,
    /// Whether the bullet states a quantity; read once, used by several rules.
    pub has_metric: bool,
    /// Whether the bullet describes the employer ("Acme is a payments
    /// startup") rather than the writer's work.
    pub describes_employer: bool,
    /// Whether the bullet is a paragraph that introduces a role whose
    /// accomplishments follow as a list: what the job was, not a result.
    pub introduces_role: bool,
}

impl BulletContext<'_> {
    /// Whether the bullet describes work: an Experience or Projects bullet.
    pub fn is_work(&self) -> bool {
        matches!(
            self.section.kind,
            SectionKind::Experience | SectionKind::Projects
        )
    }

    /// Whether a work bullet is a statement of what was done, rather than a
    /// label ("Stack: Rust, Go"), a bare list ("HTML5, SCSS, Angular") or a
    /// line about the employer.
    pub fn is_statement(&self, text: &str) -> bool {
        self.is_own_work() && words::word_count(text) >= MIN_STATEMENT_WORDS && !self.is_list(text)
    }

    /// Whether the bullet is about the writer's own work: a work bullet,
    /// not a line about the employer nor a role's introduction.
    pub fn is_own_work(&self) -> bool {
        self.is_work() && !self.describes_employer && !self.introduces_role
    }

    pub fn is_list(&self, text: &str) -> bool {
        let lexicon = self.base.lexicon;
        // "Stack: Rust, Go" is a label; "Tokyo launch: cut refunds by 40%" is not.
        let labelled = text.find(':').is_some_and(|colon| {
            let after = words::first_word(text, colon + 1);
            words::word_count(&text[..colon]) <= LABEL_WORDS
                && after.is_none_or(|word| {
                    !lexicon.opens_clause(&text[word.start..]) && !opens_with_subject(word.text)
                })
        });
        let opens_with_technology =
            words::first_word(text, 0).is_some_and(|word| lexicon.technology(word.text).is_some());
        labelled || (opens_with_technology && text.matches([',', '/']).count() >= LIST_SEPARATORS)
    }
}

/// "Search: I rebuilt …" is a statement under a heading, not a label.
fn opens_with_subject(word: &str) -> bool {
    matches!(
        word.to_lowercase().replace('’', "'").as_str(),
        "i" | "we" | "my" | "our" | "i've" | "i'm" | "we've"
    )
}

/// A bullet of one word is a label, not a statement.
const MIN_STATEMENT_WORDS: usize = 2;
/// A colon within this many words marks a label line: "Tech stack: Rust, Go".
pub const LABEL_WORDS: usize = 3;
/// Separators that make a line opening with a technology a list of them.
const LIST_SEPARATORS: usize = 2;

pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;

    /// The numbers in `[limits]` it judges against.
    fn limits(&self) -> &'static [LimitInfo] {
        &[]
    }

    /// Whether the editor offers its bullets the rewrite templates (STAR,
    /// XYZ, CAR): for rules about what a bullet says, not how it is written.
    fn offers_rewrite(&self) -> bool {
        false
    }

    /// Checks one bullet.
    fn check_bullet(&self, _bullet: &Bullet, _context: &BulletContext, _out: &mut Vec<Finding>) {}

    /// Checks one line of prose outside lists (a summary sentence, a role's
    /// description) in the given section.
    fn check_paragraph(
        &self,
        _prose: &Prose,
        _section: &Section,
        _context: &Context,
        _out: &mut Vec<Finding>,
    ) {
    }

    /// Checks one group of bullets: a role's, or a section's bullets outside roles.
    fn check_group(&self, _group: &Group, _context: &Context, _out: &mut Vec<Finding>) {}

    /// Whether `check_resume` reads the bullets' words (directly or through
    /// [`Facts`]). A rule that reads only the resume's structure (header,
    /// sections, roles) keeps its findings while typing changes a bullet.
    fn reads_bullets(&self) -> bool {
        true
    }

    /// Checks what only the whole resume shows (sections, counts, dates).
    fn check_resume(
        &self,
        _resume: &Resume,
        _facts: &Facts,
        _context: &Context,
        _out: &mut Vec<Finding>,
    ) {
    }
}

/// The bullets of one role, or of a section outside its roles.
pub struct Group<'a> {
    pub section: &'a Section,
    pub role: Option<&'a Role>,
    pub bullets: &'a [Bullet],
    /// What each bullet adds to the facts (its language among them), in the
    /// order of `bullets`.
    facts: &'a [(Vec<Finding>, BulletFacts)],
}

impl<'a> Group<'a> {
    /// The bullets in English, which the wording rules read.
    pub fn english_bullets(&self) -> impl Iterator<Item = &'a Bullet> + '_ {
        self.bullets
            .iter()
            .zip(self.facts)
            .filter_map(|(bullet, (_, facts))| facts.foreign.is_none().then_some(bullet))
    }
}

/// The groups of a resume, in document order; their bullets in turn are
/// [`Resume::bullets`], whose facts are `facts`.
fn groups<'r>(
    resume: &'r Resume,
    facts: &'r [(Vec<Finding>, BulletFacts)],
) -> impl Iterator<Item = Group<'r>> {
    let group = move |section, role, bullets: &'r [Bullet], first: usize| Group {
        section,
        role,
        bullets,
        facts: &facts[first..first + bullets.len()],
    };
    let starts = resume.sections.iter().scan(0, |first, section| {
        let start = *first;
        *first +=
            section.bullets.len() + section.roles.iter().map(|r| r.bullets.len()).sum::<usize>();
        Some((section, start))
    });
    starts.flat_map(move |(section, start)| {
        let loose = group(section, None, &section.bullets, start);
        let roles = section
            .roles
            .iter()
            .scan(start + section.bullets.len(), move |first, role| {
                let found = group(section, Some(role), &role.bullets, *first);
                *first += role.bullets.len();
                Some(found)
            });
        std::iter::once(loose).chain(roles)
    })
}

/// What the rules on the whole resume read from every bullet and paragraph,
/// gathered as each is linted, so an edit to one bullet updates them cheaply.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// How many bullets and paragraphs outside Skills name each technology
    /// (by its listed name).
    technologies: HashMap<String, usize>,
    /// The lines all bullets wrap to in print.
    bullet_lines: usize,
    /// How many bullets are in each language other than English.
    foreign: HashMap<&'static str, usize>,
}

/// What one bullet adds to [`Facts`].
#[derive(Debug, Clone, Default)]
struct BulletFacts {
    /// The technologies it names (by listed name), none for a Skills bullet.
    technologies: Vec<String>,
    printed_lines: usize,
    /// What its words say of its language.
    evidence: Evidence,
    /// The language it is written in, when not English.
    foreign: Option<&'static str>,
}

impl Facts {
    /// Whether some bullet or paragraph outside Skills names the technology.
    pub fn uses(&self, technology: &str) -> bool {
        self.technologies.contains_key(technology)
    }

    pub fn bullet_lines(&self) -> usize {
        self.bullet_lines
    }

    /// The most common language other than English among the bullets, and
    /// how many bullets are not in English.
    pub fn foreign_bullets(&self) -> Option<(&'static str, usize)> {
        let (language, _) = self
            .foreign
            .iter()
            .max_by_key(|(name, count)| (**count, **name))?;
        Some((language, self.foreign.values().sum()))
    }

    fn add(&mut self, bullet: &BulletFacts) {
        self.bullet_lines += bullet.printed_lines;
        self.count(&bullet.technologies);
        if let Some(language) = bullet.foreign {
            *self.foreign.entry(language).or_default() += 1;
        }
    }

    fn remove(&mut self, bullet: &BulletFacts) {
        self.bullet_lines -= bullet.printed_lines;
        if let Some(language) = bullet.foreign
            && let Some(count) = self.foreign.get_mut(language)
        {
            *count -= 1;
            if *count == 0 {
                self.foreign.remove(language);
            }
        }
        for name in &bullet.technologies {
            if let Some(count) = self.technologies.get_mut(name) {
                *count -= 1;
                if *count == 0 {
                    self.technologies.remove(name);
                }
            }
        }
    }

    fn count(&mut self, technologies: &[String]) {
        for name in technologies {
            *self.technologies.entry(name.clone()).or_default() += 1;
        }
    }
}

/// Every rule, in the order they are listed to users.
pub static RULES: &[&dyn Rule] = &[
    &no_metric::NoMetric,
    &vague_verb::VagueVerb,
    &generic_stack::GenericStack,
    &weak_opening::WeakOpening,
    &first_person::FirstPerson,
    &passive_voice::PassiveVoice,
    &buzzword::Buzzword,
    &vague_quantity::VagueQuantity,
    &long_bullet::LongBullet,
    &tech_casing::TechCasing,
    &bullet_count::BulletCount,
    &repeated_verb::RepeatedVerb,
    &missing_section::MissingSection,
    &missing_contact::MissingContact,
    &date_order::DateOrder,
    &resume_length::ResumeLength,
    &unsupported_skill::UnsupportedSkill,
    &tense::Tense,
    &unread_part::UnreadPart,
    &too_large::TooLarge,
    &other_language::OtherLanguage,
    &job_missing_skill::JobMissingSkill,
];

pub fn rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|rule| rule.info().id == id)
}

/// Every rule's limits, in registry order, with the rule declaring each.
pub fn limits() -> impl Iterator<Item = (&'static RuleInfo, &'static LimitInfo)> {
    RULES
        .iter()
        .flat_map(|rule| rule.limits().iter().map(|limit| (rule.info(), limit)))
}

/// Runs every rule the settings leave on; findings come sorted by position,
/// at the severity the settings give each rule.
pub fn lint(resume: &Resume, settings: Settings) -> Vec<Finding> {
    Lint::new(resume, settings).findings()
}

/// Every rule on one bullet standing in `section` (and `role`), its language
/// judged from its own words.
pub fn lint_bullet(
    section: &Section,
    role: Option<&Role>,
    bullet: &Bullet,
    settings: Settings,
) -> Vec<Finding> {
    let runner = Runner::new(settings);
    let evidence = runner.evidence(&bullet.prose);
    runner.bullet(section, role, bullet, evidence, &evidence).0
}

/// The rules' findings kept by what they were found in: each bullet's, each
/// group's, the paragraphs' and the whole resume's. After an edit to one
/// bullet only that bullet, its group and the whole-resume rules run again;
/// the rest only move.
#[derive(Debug, Clone, Default)]
pub struct Lint {
    /// In [`Resume::bullets`] order, with what each adds to the facts.
    bullets: Vec<(Vec<Finding>, BulletFacts)>,
    /// In [`groups`] order.
    groups: Vec<Vec<Finding>>,
    paragraphs: Vec<Finding>,
    /// Of the whole-resume rules that read only its structure.
    structure: Vec<Finding>,
    /// Of the whole-resume rules that read bullets.
    resume: Vec<Finding>,
    facts: Facts,
    /// In section order.
    sections: Vec<SectionLanguage>,
}

/// What a section's lines say of its language together, for the lines too
/// short to tell on their own.
#[derive(Debug, Clone, Default)]
struct SectionLanguage {
    /// Its bullets, as indexes in [`Resume::bullets`] order.
    bullets: Range<usize>,
    paragraphs: Evidence,
    all: Evidence,
}

impl SectionLanguage {
    fn new(
        bullets: Range<usize>,
        facts: &[(Vec<Finding>, BulletFacts)],
        paragraphs: Evidence,
    ) -> Self {
        let mut all = paragraphs;
        for (_, bullet) in &facts[bullets.clone()] {
            all.add(&bullet.evidence);
        }
        SectionLanguage {
            bullets,
            paragraphs,
            all,
        }
    }
}

impl Lint {
    pub fn new(resume: &Resume, settings: Settings) -> Self {
        let runner = Runner::new(settings);
        let mut lint = Lint::default();
        for section in &resume.sections {
            let evidences: Vec<Evidence> = section
                .bullets()
                .map(|(_, bullet)| &bullet.prose)
                .chain(&section.paragraphs)
                .map(|prose| runner.evidence(prose))
                .collect();
            let mut all = Evidence::default();
            evidences.iter().for_each(|evidence| all.add(evidence));
            let first = lint.bullets.len();
            for ((role, bullet), evidence) in section.bullets().zip(&evidences) {
                let (findings, facts) = runner.bullet(section, role, bullet, *evidence, &all);
                lint.facts.add(&facts);
                lint.bullets.push((findings, facts));
            }
            let mut paragraphs = Evidence::default();
            let paragraph_evidences = &evidences[lint.bullets.len() - first..];
            for (prose, evidence) in section.paragraphs.iter().zip(paragraph_evidences) {
                paragraphs.add(evidence);
                let foreign = language::foreign_language(evidence, &all);
                lint.paragraphs
                    .extend(runner.paragraph(prose, section, foreign));
                if section.kind != SectionKind::Skills {
                    lint.facts.count(&runner.technologies(prose.text()));
                }
            }
            let bullets = first..lint.bullets.len();
            lint.sections
                .push(SectionLanguage::new(bullets, &lint.bullets, paragraphs));
        }
        lint.groups = groups(resume, &lint.bullets)
            .map(|group| runner.group(&group))
            .collect();
        lint.structure = runner.resume(resume, &lint.facts, false);
        lint.resume = runner.resume(resume, &lint.facts, true);
        lint
    }

    /// Brings the findings up to date after `edit` changed the words of the
    /// bullet at `index` (in [`Resume::bullets`] order) of the updated `resume`.
    pub fn update(&mut self, resume: &Resume, index: usize, edit: &Edit, settings: Settings) {
        let runner = Runner::new(settings);
        let moved = self
            .bullets
            .iter_mut()
            .flat_map(|(findings, _)| findings)
            .chain(self.groups.iter_mut().flatten())
            .chain(&mut self.paragraphs)
            .chain(&mut self.structure);
        for finding in moved {
            edit.moved_range(&mut finding.span);
            if let Some(fix) = &mut finding.fix {
                edit.moved_range(&mut fix.span);
            }
        }
        let Some(at) = self
            .sections
            .iter()
            .position(|s| s.bullets.contains(&index))
        else {
            return;
        };
        let section = &resume.sections[at];
        let first = self.sections[at].bullets.start;
        let (role, bullet) = section
            .bullets()
            .nth(index - first)
            .expect("the edited bullet");
        let evidence = runner.evidence(&bullet.prose);
        let before = self.sections[at].all;
        let previous = std::mem::replace(&mut self.bullets[index].1.evidence, evidence);
        let all = before.replaced(&previous, &evidence).unwrap_or_else(|| {
            let bullets = self.sections[at].bullets.clone();
            SectionLanguage::new(bullets, &self.bullets, self.sections[at].paragraphs).all
        });
        self.sections[at].all = all;
        self.relint_bullet(&runner, index, (section, role, bullet), &all);
        // Rarely, the edit changes the section's language, and with it the
        // language of its lines too short to tell on their own.
        if !language::reads_alike(&before, &all) {
            for (offset, (role, bullet)) in section.bullets().enumerate() {
                let facts = &self.bullets[first + offset].1;
                if language::foreign_language(&facts.evidence, &all) != facts.foreign {
                    self.relint_bullet(&runner, first + offset, (section, role, bullet), &all);
                }
            }
            // Which of their bullets are English changes what the group
            // rules read.
            self.groups = groups(resume, &self.bullets)
                .map(|group| runner.group(&group))
                .collect();
            self.resume = runner.resume(resume, &self.facts, true);
            return;
        }
        let mut first = 0;
        for (group_index, group) in groups(resume, &self.bullets).enumerate() {
            if group.bullets.get(index - first).is_none() {
                first += group.bullets.len();
                continue;
            }
            self.groups[group_index] = runner.group(&group);
            break;
        }
        self.resume = runner.resume(resume, &self.facts, true);
    }

    /// Lints the bullet at `index` again, in a section whose lines together
    /// give the evidence `in_section`.
    fn relint_bullet(
        &mut self,
        runner: &Runner,
        index: usize,
        (section, role, bullet): (&Section, Option<&Role>, &Bullet),
        in_section: &Evidence,
    ) {
        let evidence = self.bullets[index].1.evidence;
        let (findings, facts) = runner.bullet(section, role, bullet, evidence, in_section);
        self.facts.remove(&self.bullets[index].1);
        self.facts.add(&facts);
        self.bullets[index] = (findings, facts);
    }

    /// Every finding, sorted by position.
    pub fn findings(&self) -> Vec<Finding> {
        let mut findings: Vec<Finding> = self
            .bullets
            .iter()
            .flat_map(|(findings, _)| findings)
            .chain(self.groups.iter().flatten())
            .chain(&self.paragraphs)
            .chain(&self.structure)
            .chain(&self.resume)
            .cloned()
            .collect();
        sort_findings(&mut findings);
        findings
    }
}

/// The rules the settings leave on, at their severities, run on one piece at a time.
struct Runner<'a> {
    context: Context<'a>,
    enabled: Vec<(&'static dyn Rule, Severity)>,
}

impl<'a> Runner<'a> {
    fn new(settings: Settings<'a>) -> Self {
        let enabled = RULES
            .iter()
            .filter_map(|rule| {
                let info = rule.info();
                Some((*rule, settings.severity(info.id, info.severity)?))
            })
            .collect();
        let context = Context {
            limits: settings.limits,
            lexicon: settings.lexicon,
        };
        Runner { context, enabled }
    }

    fn run(&self, check: impl Fn(&dyn Rule, &mut Vec<Finding>)) -> Vec<Finding> {
        self.run_some(|_| true, check)
    }

    /// Runs the enabled rules that `wanted` keeps.
    fn run_some(
        &self,
        wanted: impl Fn(&RuleInfo) -> bool,
        check: impl Fn(&dyn Rule, &mut Vec<Finding>),
    ) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (rule, severity) in self.enabled.iter().filter(|(rule, _)| wanted(rule.info())) {
            let first = findings.len();
            check(*rule, &mut findings);
            for finding in &mut findings[first..] {
                finding.severity = *severity;
            }
        }
        findings
    }

    /// A bullet's findings, and what it adds to the facts; `evidence` is what
    /// its words say of its language, `in_section` what its section's say.
    fn bullet(
        &self,
        section: &Section,
        role: Option<&Role>,
        bullet: &Bullet,
        evidence: Evidence,
        in_section: &Evidence,
    ) -> (Vec<Finding>, BulletFacts) {
        let context = BulletContext {
            section,
            role,
            base: self.context,
            has_metric: self.context.has_metric(bullet.prose.text()),
            describes_employer: employer::describes_employer(
                bullet.prose.text(),
                role,
                self.context.lexicon,
            ),
            introduces_role: bullet.in_paragraph
                && role.is_some_and(|role| role.bullets.iter().any(|other| !other.in_paragraph)),
        };
        let foreign = language::foreign_language(&evidence, in_section);
        let mut findings = self.run_some(english_or(foreign), |rule, out| {
            rule.check_bullet(bullet, &context, out)
        });
        // Inline code and web addresses are the writer's literal text.
        findings.retain(|finding| !bullet.prose.is_literal(&finding.span));
        let technologies = if section.kind == SectionKind::Skills {
            Vec::new()
        } else {
            self.technologies(bullet.prose.text())
        };
        let printed_lines = resume_length::wrapped_lines(bullet.prose.text());
        let facts = BulletFacts {
            technologies,
            printed_lines,
            evidence,
            foreign,
        };
        (findings, facts)
    }

    /// What a text's words say of its language.
    fn evidence(&self, prose: &Prose) -> Evidence {
        Evidence::of_prose(prose, self.context.lexicon)
    }

    fn technologies(&self, text: &str) -> Vec<String> {
        let mut names: Vec<String> = self
            .context
            .lexicon
            .technologies_in(text)
            .map(|(_, technology)| technology.name.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    fn group(&self, group: &Group) -> Vec<Finding> {
        self.run(|rule, out| rule.check_group(group, &self.context, out))
    }

    fn paragraph(
        &self,
        prose: &Prose,
        section: &Section,
        foreign: Option<&'static str>,
    ) -> Vec<Finding> {
        let mut findings = self.run_some(english_or(foreign), |rule, out| {
            rule.check_paragraph(prose, section, &self.context, out)
        });
        findings.retain(|finding| !prose.is_literal(&finding.span));
        findings
    }

    /// The findings of the whole-resume rules that read bullets, or of those
    /// that do not.
    fn resume(&self, resume: &Resume, facts: &Facts, reading_bullets: bool) -> Vec<Finding> {
        self.run(|rule, out| {
            if rule.reads_bullets() == reading_bullets {
                rule.check_resume(resume, facts, &self.context, out);
            }
        })
    }
}

/// Which rules judge a text in `foreign` (None for English): the wording
/// rules read English only.
fn english_or(foreign: Option<&'static str>) -> impl Fn(&RuleInfo) -> bool {
    move |info| foreign.is_none() || !other_language::ENGLISH_RULES.contains(&info.id)
}

/// A finding of a rule on a range of some prose.
pub fn finding_in(
    info: &'static RuleInfo,
    prose: &Prose,
    words: Range<usize>,
    message: String,
) -> Finding {
    finding_at(info, prose.source_range(words), message)
}

/// A finding of a rule on a range of the document.
pub fn finding_at(info: &'static RuleInfo, span: Range<usize>, message: String) -> Finding {
    Finding {
        rule: info.id,
        severity: info.severity,
        span,
        message,
        fix: None,
        suggestions: Vec::new(),
        word: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_explained() {
        let mut ids: Vec<_> = RULES.iter().map(|rule| rule.info().id).collect();
        for rule in RULES {
            let info = rule.info();
            assert!(
                info.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                info.id
            );
            for text in [
                info.name,
                info.summary,
                info.why,
                info.fix,
                info.weak,
                info.strong,
            ] {
                assert!(!text.trim().is_empty(), "{} lacks a text", info.id);
            }
            assert!(rule.info().explanation().contains(info.weak));
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }
}
