//! Matching a resume against the job posting it is written for: the posting's
//! hard skills, years, degree and repeated phrases ([`posting`]), and how the
//! resume covers them ([`matching`]). No editor protocol in here; the server
//! and the command line show the result.
//!
//! The posting is named by `<!-- resume-lsp job: path -->` in the resume
//! (relative to the resume's folder), which wins over `job = "path"` in
//! `.resume-lsp.toml` (relative to that file's folder) or the editor setting
//! (relative to the workspace folder).

pub mod matching;
pub mod posting;

use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

pub use matching::{JobMatch, SkillMatch, SkillStatus, match_resume, match_resume_at};
pub use posting::{Degree, DegreeLevel, Posting, read_posting};

use crate::config::{Config, JobPath};
use crate::resume::{Resume, SectionKind};
use crate::rules::Finding;
use crate::rules::job_missing_skill;

/// A posting is a page or two; a file larger than this is not one.
pub const MAX_JOB_BYTES: u64 = 1024 * 1024;

static COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--[ \t]*resume-lsp[ \t]+job:[ \t]*([^\r\n]*?)[ \t]*-->")
        .expect("the job comment pattern is valid")
});

/// The path in the resume's own `<!-- resume-lsp job: path -->`, if any.
pub fn comment_path(text: &str) -> Option<&str> {
    COMMENT
        .captures(text)
        .and_then(|found| found.get(1))
        .map(|path| path.as_str())
        .filter(|path| !path.is_empty())
}

/// The posting a resume is matched against: the path in its own comment
/// ([`comment_path`]), relative to the resume's folder; else the config's
/// `job` (a config file's is already
/// relative to that file; an editor setting's is relative to `workspace`, or
/// the resume's folder when there is none).
pub fn locate(
    comment: Option<&str>,
    resume: Option<&Path>,
    config: &Config,
    workspace: Option<&Path>,
) -> Option<PathBuf> {
    let folder = resume.and_then(Path::parent);
    let join = |base: Option<&Path>, path: &Path| match base {
        Some(base) => base.join(path),
        None => path.to_path_buf(),
    };
    if let Some(path) = comment {
        return Some(normalize(&join(folder, Path::new(path))));
    }
    let path = match config.job.as_ref()? {
        JobPath::File(path) => path.clone(),
        JobPath::Setting(path) => join(workspace.or(folder), path),
    };
    Some(normalize(&path))
}

/// A path with `.` and `..` resolved by reading it, not the file system: a
/// deleted file still has one.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Reads a job posting, refusing what cannot be one (a folder, more than
/// [`MAX_JOB_BYTES`], not UTF-8). The error is a reason, without the path.
pub fn read_job_file(path: &Path) -> Result<String, String> {
    let metadata = std::fs::metadata(path).map_err(|error| reason(&error))?;
    if !metadata.is_file() {
        return Err("not a file".to_string());
    }
    if metadata.len() > MAX_JOB_BYTES {
        return Err(format!(
            "{} bytes is too large for a job posting (the limit is 1 MB)",
            metadata.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|error| reason(&error))?;
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
}

fn reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// The one message for a posting that cannot be read.
pub fn problem(path: &Path, reason: &str) -> String {
    format!(
        "{}: cannot read the job posting ({reason}); no job match",
        path.display()
    )
}

/// A resume's match against its job posting, as both front ends show it.
#[derive(Debug)]
pub struct JobReport {
    /// The posting's path, with `.` and `..` resolved: what the problem
    /// message names, and what changes to files are compared with.
    pub path: PathBuf,
    /// The path as shown: relative to a folder the user works in when under it.
    pub shown: String,
    /// The match, or why the posting could not be read.
    pub result: Result<JobMatch, String>,
}

impl JobReport {
    /// One line: the score, or that the posting cannot be read.
    pub fn title(&self) -> String {
        match &self.result {
            Ok(found) => found.title(),
            Err(_) => format!("Job match: cannot read {}", self.shown),
        }
    }

    /// The breakdown, in Markdown.
    pub fn breakdown(&self) -> String {
        match &self.result {
            Ok(found) => found.breakdown(&self.shown),
            Err(reason) => format!(
                "**Job match**: cannot read `{}` ({reason}).\n\nThe posting is set by \
                 `<!-- resume-lsp job: path -->` in the resume, `job` in \
                 `.resume-lsp.toml` or the `resume-lsp.job` setting.",
                self.shown
            ),
        }
    }

    /// The one message for a posting that cannot be read.
    pub fn problem(&self) -> Option<String> {
        self.result
            .as_ref()
            .err()
            .map(|reason| problem(&self.path, reason))
    }
}

/// Matches a resume against its posting (or why it could not be read): each
/// skill the posting names and the resume lacks joins `findings`, the
/// resume's, which stay in position order. `text` is the resume's, for its
/// disable comments. Server and command line both attach the match here.
pub fn attach(
    resume: &Resume,
    findings: &mut Vec<Finding>,
    posting: Result<&Posting, &str>,
    text: &str,
    config: &Config,
) -> Result<JobMatch, String> {
    let found = match_resume(resume, posting?, &config.lexicon);
    findings.extend(missing_skill_findings(resume, &found, config, text));
    crate::rules::sort_findings(findings);
    Ok(found)
}

/// A `job-missing-skill` finding for each skill the posting names and the
/// resume lacks, on the Skills heading (or the first line without one), at
/// the config's severity, less what disable comments in `text` cover.
fn missing_skill_findings(
    resume: &Resume,
    job: &JobMatch,
    config: &Config,
    text: &str,
) -> Vec<Finding> {
    let info = &job_missing_skill::INFO;
    let Some(severity) = config.severity(info.id, info.severity) else {
        return Vec::new();
    };
    let span = match resume.section(SectionKind::Skills) {
        Some(section) => section.heading.clone(),
        None => 0..text.find(['\r', '\n']).unwrap_or(text.len()),
    };
    let suppressions = crate::rules::suppress::Suppressions::parse(text);
    job.missing()
        .map(|name| Finding {
            severity,
            ..job_missing_skill::finding(name, span.clone())
        })
        .filter(|finding| !suppressions.covers(finding))
        .collect()
}

/// The edit that adds `skill` to the resume: `, skill` after the last skill
/// listed; a line of its own under a Skills heading with none; or a new
/// Skills section at the end.
pub fn add_skill_edit(resume: &Resume, text: &str, skill: &str) -> (Range<usize>, String) {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let sections = || {
        resume
            .sections
            .iter()
            .filter(|section| section.kind == SectionKind::Skills)
    };
    if let Some(last) = sections()
        .flat_map(|section| &section.skills)
        .max_by_key(|s| s.span.end)
    {
        let at = last.span.end;
        return (at..at, format!(", {skill}"));
    }
    if let Some(section) = sections().next() {
        let at = section.heading.end.min(text.len());
        return (at..at, format!("{eol}{eol}{skill}"));
    }
    let at = text.len();
    let gap = if text.is_empty() || text.ends_with(&format!("{eol}{eol}")) {
        String::new()
    } else if text.ends_with(eol) {
        eol.to_string()
    } else {
        // No line break at the end: close the last line, then leave a blank one.
        format!("{eol}{eol}")
    };
    (at..at, format!("{gap}## Skills{eol}{eol}{skill}{eol}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn resume_of(text: &str) -> Resume {
        crate::analyse(&Document::new(text), &Config::default()).resume
    }

    fn added(text: &str, skill: &str) -> String {
        let (range, insert) = add_skill_edit(&resume_of(text), text, skill);
        let mut after = text.to_string();
        after.replace_range(range, &insert);
        after
    }

    #[test]
    fn skills_are_added_where_a_reader_looks() {
        assert_eq!(
            added("# A\n\n## Skills\n\nGo, Rust\n\n## Education\n", "Kafka"),
            "# A\n\n## Skills\n\nGo, Rust, Kafka\n\n## Education\n"
        );
        assert_eq!(
            added(
                "# A\n\n## Skills\n\n**Languages:** Go\n**Data:** PostgreSQL\n",
                "gRPC"
            ),
            "# A\n\n## Skills\n\n**Languages:** Go\n**Data:** PostgreSQL, gRPC\n"
        );
        assert_eq!(
            added("# A\n\n## Skills\n\n## Education\n", "C#"),
            "# A\n\n## Skills\n\nC#\n\n## Education\n"
        );
        assert_eq!(
            added("# A\r\n\r\n## Experience\r\n", ".NET"),
            "# A\r\n\r\n## Experience\r\n\r\n## Skills\r\n\r\n.NET\r\n"
        );
        assert_eq!(
            added("# A\n\nno break", "Node.js"),
            "# A\n\nno break\n\n## Skills\n\nNode.js\n"
        );
    }

    #[test]
    fn the_comment_wins_over_the_config() {
        let config = Config {
            job: Some(JobPath::Setting("jobs/b.md".into())),
            ..Config::default()
        };
        let resume = Path::new("/ws/cv/resume.md");
        assert_eq!(
            locate(
                comment_path("# A\n<!-- resume-lsp job: ../jobs/a.md -->\n"),
                Some(resume),
                &config,
                None
            ),
            Some(PathBuf::from("/ws/jobs/a.md"))
        );
        assert_eq!(
            locate(None, Some(resume), &config, Some(Path::new("/ws"))),
            Some(PathBuf::from("/ws/jobs/b.md"))
        );
        assert_eq!(
            locate(None, Some(resume), &config, None),
            Some(PathBuf::from("/ws/cv/jobs/b.md"))
        );
        assert_eq!(locate(None, Some(resume), &Config::default(), None), None);
        assert_eq!(comment_path("<!-- resume-lsp job:   -->"), None);
    }

    #[test]
    fn unreadable_postings_say_why() {
        let missing = Path::new("/no/such/posting.md");
        assert_eq!(read_job_file(missing).unwrap_err(), "no such file");
        assert!(problem(missing, "no such file").contains("/no/such/posting.md"));
        assert_eq!(read_job_file(Path::new("/")).unwrap_err(), "not a file");
    }
}
