//! Which kind of section a heading opens, from the words people title them with.

/// The canonical kinds of resume section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Summary,
    Experience,
    Projects,
    Skills,
    Education,
    Certifications,
    Other,
}

impl SectionKind {
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Summary => "summary",
            SectionKind::Experience => "experience",
            SectionKind::Projects => "projects",
            SectionKind::Skills => "skills",
            SectionKind::Education => "education",
            SectionKind::Certifications => "certifications",
            SectionKind::Other => "other",
        }
    }

    /// The kind as the outline names it: certifications on their own are "other".
    pub fn outline_name(self) -> &'static str {
        match self {
            SectionKind::Certifications => "other",
            kind => kind.name(),
        }
    }

    /// Sections whose entries are roles with dated bullets.
    pub fn has_roles(self) -> bool {
        matches!(
            self,
            SectionKind::Experience | SectionKind::Projects | SectionKind::Education
        )
    }
}

/// Title words by kind, most specific kind first: "Project Experience" is projects.
/// Latin words match as word prefixes ("certif" matches "Certifications"), or
/// anywhere in a word when they start with `*` (German compounds such as
/// "Kernkompetenzen"); words in scripts without spaces match anywhere.
/// English first, then German, French, Spanish, Portuguese, Italian, Dutch,
/// Polish, Russian, Chinese, Japanese and Korean.
const TITLE_WORDS: &[(SectionKind, &[&str])] = &[
    // Experience with technologies, as opposed to jobs.
    (
        SectionKind::Skills,
        &["technical experience", "technology experience"],
    ),
    (
        SectionKind::Projects,
        &[
            "project",
            "portfolio",
            "open source",
            "github",
            "side work",
            "*projekt",
            "projet",
            "proyecto",
            "projeto",
            "progett",
            "*project",
            "проект",
            "портфолио",
            "项目",
            "作品",
            "프로젝트",
            "プロジェクト",
        ],
    ),
    (
        SectionKind::Experience,
        &[
            "experience",
            "employment",
            "work history",
            "job history",
            "work",
            "career",
            "internship",
            "positions",
            "professional background",
            "*erfahrung",
            "werdegang",
            "beruf",
            "expérience",
            "experiencia",
            "experiência",
            "experiências",
            "carreira",
            "carrera",
            "trayectoria",
            "esperienz",
            "*ervaring",
            "doświadczenie",
            "опыт работы",
            "профессиональный опыт",
            "карьера",
            "места работы",
            "трудов",
            "工作",
            "实习",
            "职业",
            "経歴",
            "職歴",
            "職務",
            "경력",
            "경험",
        ],
    ),
    (
        SectionKind::Education,
        &[
            "education",
            "academic",
            "degree",
            "studies",
            "courses",
            "coursework",
            "ausbildung",
            "*bildung",
            "studium",
            "formation",
            "éducation",
            "diplôme",
            "études",
            "educación",
            "formación",
            "estudios",
            "educação",
            "formação",
            "istruzione",
            "formazione",
            "opleiding",
            "wykształcenie",
            "edukacja",
            "образование",
            "教育",
            "学历",
            "学歴",
            "학력",
        ],
    ),
    (
        SectionKind::Certifications,
        &[
            "certif",
            "licens",
            "training",
            "zertifi",
            "certificaç",
            "certificad",
            "сертифик",
            "证书",
            "자격",
            "資格",
        ],
    ),
    (
        SectionKind::Skills,
        &[
            "skill",
            "technologies",
            "tech stack",
            "toolbox",
            "tools",
            "proficienc",
            "competenc",
            "expertise",
            "specializ",
            "specialis",
            "especializ",
            "spécialis",
            "knowledge",
            "know",
            "*kompetenz",
            "*kenntnis",
            "fähigkeit",
            "compétence",
            "habilidad",
            "competencia",
            "conocimiento",
            "competência",
            "conhecimento",
            "tecnologia",
            "competenze",
            "vaardigheden",
            "kennis",
            "umiejętności",
            "навык",
            "стек",
            "технолог",
            "技能",
            "技术",
            "スキル",
            "スタック",
            "技術",
            "기술",
        ],
    ),
    (
        SectionKind::Summary,
        &[
            "summary",
            "profil",
            "about",
            "objective",
            "overview",
            "introduction",
            "bio",
            "über mich",
            "zusammenfassung",
            "à propos",
            "objectif",
            "resumen",
            "resumo",
            "sobre",
            "perfil",
            "objetivo",
            "riepilogo",
            "samenvatting",
            "profiel",
            "o mnie",
            "podsumowanie",
            "обо мне",
            "о себе",
            "简介",
            "关于",
            "自我介绍",
            "自己紹介",
            "概要",
            "소개",
        ],
    ),
    (
        SectionKind::Other,
        &[
            "award",
            "honor",
            "honour",
            "achievement",
            "publication",
            "patent",
            "language",
            "interest",
            "hobb",
            "reference",
            "contact",
            "links",
            "activit",
            "membership",
            "sprachen",
            "interessen",
            "langues",
            "idioma",
            "lingu",
            "języki",
            "языки",
            "контакт",
            "награды",
            "语言",
            "奖",
            "言語",
            "趣味",
        ],
    ),
];

/// Words of titles of other activities than jobs, which win over the words of
/// a kind ("Volunteer Experience", "Workshops", "Talks and Projects"): their
/// entries are not judged as jobs.
const ACTIVITY_WORDS: &[&str] = &[
    "workshop",
    "talk",
    "speaking",
    "conference",
    "volunteer",
    "outreach",
    "ehrenamt",
    "vortr",
    "bénévol",
    "conférence",
    "voluntari",
    "charla",
    "palestra",
    "volontari",
    "vrijwillig",
    "wolontari",
    "волонт",
    "доклад",
    "выступлен",
];

/// Words that name the whole document.
const DOCUMENT_WORDS: &[&str] = &[
    "resume",
    "résumé",
    "cv",
    "curriculum",
    "lebenslauf",
    "резюме",
];

/// Titles longer than this are prose, not section titles.
const MAX_TITLE_WORDS: usize = 6;

/// The kind of section a title names, or None when it names none we know.
pub fn classify_title(title: &str) -> Option<SectionKind> {
    let title = title.to_lowercase();
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    // "What is your experience with X?" asks; it does not title a section.
    if words.is_empty() || words.len() > MAX_TITLE_WORDS || title.trim_end().ends_with('?') {
        return None;
    }
    let joined = words.join(" ");
    // "Resume and portfolio" titles the page, not a section of it.
    let names_document = words.iter().any(|word| DOCUMENT_WORDS.contains(word));
    if names_document
        && ["portfolio", "портфолио"]
            .iter()
            .any(|w| title_has(&joined, w))
    {
        return None;
    }
    if ACTIVITY_WORDS.iter().any(|word| title_has(&joined, word)) {
        return Some(SectionKind::Other);
    }
    let named = |matches: &dyn Fn(&str) -> bool| {
        TITLE_WORDS.iter().find_map(|(kind, keywords)| {
            keywords
                .iter()
                .any(|keyword| matches(keyword))
                .then_some(*kind)
        })
    };
    // A typo in a long word still names the section: "Intorduction".
    named(&|keyword| title_has(&joined, keyword)).or_else(|| {
        named(&|keyword| {
            keyword.chars().all(|c| c.is_ascii_lowercase())
                && words.iter().any(|word| one_typo_apart(word, keyword))
        })
    })
}

/// Shortest title word whose misspelling is still read as that word.
const MIN_TYPO_WORD_LEN: usize = 7;

/// Whether a word is a long keyword with one typo: a letter changed, added
/// or dropped, or two neighbours swapped.
pub fn one_typo_apart(word: &str, keyword: &str) -> bool {
    let (a, b) = (word.as_bytes(), keyword.as_bytes());
    if a == b || a.len().min(b.len()) < MIN_TYPO_WORD_LEN || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let swapped = a.len() == b.len() && a.len() >= 2 && a[0] == b[1] && a[1] == b[0];
    swapped && a[2..] == b[2..]
        || a.len() == b.len() && a[1..] == b[1..]
        || a.len() > b.len() && a[1..] == *b
        || b.len() > a.len() && b[1..] == *a
}

/// Whether a section title announces contact details, which belong to the header.
pub fn is_contact_title(title: &str) -> bool {
    let title = title.to_lowercase();
    CONTACT_TITLE_WORDS.iter().any(|word| title.contains(word))
}

/// Words of the titles of contact sections, in the languages the section
/// titles are read in.
const CONTACT_TITLE_WORDS: &[&str] = &[
    "contact",
    "links",
    "kontakt",
    "контакт",
    "contato",
    "contacto",
    "contatti",
    "coordonnées",
    "連絡先",
    "联系",
    "聯絡",
];

fn title_has(words: &str, keyword: &str) -> bool {
    if let Some(infix) = keyword.strip_prefix('*') {
        return words.contains(infix);
    }
    if keyword.chars().any(|c| c > '\u{2e80}') {
        return words.contains(keyword);
    }
    words
        .match_indices(keyword)
        .any(|(at, _)| at == 0 || words.as_bytes()[at - 1] == b' ')
}

#[cfg(test)]
mod tests {
    use super::SectionKind::*;
    use super::*;

    #[test]
    fn common_titles_are_recognised() {
        let cases = [
            ("Experience", Some(Experience)),
            ("💼 Work Experience", Some(Experience)),
            ("My Experience", Some(Experience)),
            ("Professional Projects", Some(Projects)),
            ("Project Experience", Some(Projects)),
            ("Skills and Proficiency:", Some(Skills)),
            ("Technical Skills", Some(Skills)),
            ("Education & Certifications", Some(Education)),
            ("Certifications", Some(Certifications)),
            ("Professional Summary", Some(Summary)),
            ("About Me", Some(Summary)),
            ("工作经历", Some(Experience)),
            ("Awards", Some(Other)),
            ("Berufserfahrung", Some(Experience)),
            ("Опыт работы", Some(Experience)),
            ("Formação Acadêmica", Some(Education)),
            ("Kernkompetenzen", Some(Skills)),
            ("Workshops and Outreach", Some(Other)),
            ("Volunteer Experience", Some(Other)),
            ("Talks & Projects", Some(Other)),
            ("自己紹介", Some(Summary)),
            ("使ったスタック", Some(Skills)),
            ("Intorduction", Some(Summary)),
            ("Stuff I know", Some(Skills)),
            ("GitHub", Some(Projects)),
            ("Technical Experience", Some(Skills)),
            ("Резюме и портфолио", None),
            ("Resume & Portfolio", None),
            ("What is your experience?", None),
            ("Jane Doe", None),
            ("", None),
        ];
        for (title, kind) in cases {
            assert_eq!(classify_title(title), kind, "{title}");
        }
    }

    #[test]
    fn long_lines_are_not_titles() {
        assert_eq!(
            classify_title("Led the project to move payments onto the new ledger"),
            None
        );
    }
}
