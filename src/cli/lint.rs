//! One input, start to end: read it, check it, and with `--fix` or `--diff`
//! apply the safe fixes. Runs on a worker thread, so it reports failures as
//! values instead of printing them.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::fix;
use super::walk::Input;
use crate::config::Config;
use crate::document::{Document, Text};
use crate::job::{self, JobReport};
use crate::resume::Resume;
use crate::rules::Finding;

/// A fix can only uncover another one it overlapped; a few passes settle it.
const MAX_FIX_PASSES: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Check,
    /// Apply the fixes and write files back.
    Fix,
    /// Apply the fixes in memory only.
    Diff,
}

/// A file that was checked, with what was found in its final text.
pub struct Checked {
    pub path: String,
    /// Read from stdin rather than `path`.
    pub stdin: bool,
    pub source: String,
    pub text: Text,
    pub findings: Vec<Finding>,
    /// Fixes applied to `source`.
    pub fixed: usize,
    /// The text as read, when fixes changed it.
    pub original: Option<String>,
    /// The match against the job posting, when one is set.
    pub job: Option<JobReport>,
}

/// The job postings: the one `--job` names, or each resume's own (its comment
/// or its config's `job`), each read once and shared by the worker threads.
pub struct Jobs {
    named: Option<PathBuf>,
    texts: Mutex<HashMap<PathBuf, Result<Arc<String>, String>>>,
}

impl Jobs {
    /// Reads the posting `--job` names now, so that a bad path is a usage error.
    pub fn new(named: Option<&Path>) -> Result<Self, String> {
        let jobs = Self {
            named: named.map(Path::to_path_buf),
            texts: Mutex::new(HashMap::new()),
        };
        if let Some(path) = named {
            jobs.text(path)
                .map_err(|reason| format!("--job {}: {reason}", path.display()))?;
        }
        Ok(jobs)
    }

    fn text(&self, path: &Path) -> Result<Arc<String>, String> {
        let mut texts = self.texts.lock().unwrap_or_else(|p| p.into_inner());
        texts
            .entry(path.to_path_buf())
            .or_insert_with(|| job::read_job_file(path).map(Arc::new))
            .clone()
    }

    /// The match of a checked file against its posting, if it has one; the
    /// skills it lacks join `findings`.
    fn report(
        &self,
        input: &Input,
        source: &str,
        resume: &Resume,
        findings: &mut Vec<Finding>,
    ) -> Option<JobReport> {
        let path = match &self.named {
            Some(path) => path.clone(),
            None => {
                let resume_path = std::path::absolute(&input.path).ok();
                let located = job::locate(
                    job::comment_path(source),
                    resume_path.as_deref(),
                    &input.config,
                    None,
                )?;
                shown(&located)
            }
        };
        let posting = self
            .text(&path)
            .map(|text| job::read_posting(&text, &input.config.lexicon));
        let posting = posting.as_ref().map_err(String::as_str);
        let result = job::attach(resume, findings, posting, source, &input.config);
        Some(JobReport {
            shown: path.display().to_string(),
            path,
            result,
        })
    }
}

/// A path relative to the current folder when it is under it.
fn shown(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// A file or folder that could not be read (or written).
pub struct Failure {
    pub path: String,
    pub message: String,
}

/// [`lint`], with a panic on one file reported as that file's failure, so
/// that the other files' findings are still printed.
pub fn lint_guarded(input: &Input, mode: Mode, jobs: &Jobs) -> Result<Checked, Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| lint(input, mode, jobs)))
        .unwrap_or_else(|_| {
            Err(Failure {
                path: input.path.display().to_string(),
                message: "internal error while linting this file (a bug: please report it)"
                    .to_string(),
            })
        })
}

pub fn lint(input: &Input, mode: Mode, jobs: &Jobs) -> Result<Checked, Failure> {
    let path = input.path.display().to_string();
    let fail = |message: String| Failure {
        path: path.clone(),
        message,
    };
    let source = read(input).map_err(&fail)?;
    let (text, findings, resume) = check(&source, &input.config);
    let mut checked = Checked {
        path: path.clone(),
        stdin: input.stdin,
        source,
        text,
        findings,
        fixed: 0,
        original: None,
        job: None,
    };
    let mut resume = resume;
    if mode != Mode::Check {
        if let Some(fixed) = fix_all(&mut checked, &input.config) {
            resume = fixed;
        }
        if mode == Mode::Fix && !input.stdin && checked.original.is_some() {
            std::fs::write(&input.path, &checked.source)
                .map_err(|error| fail(format!("could not write the fixes: {error}")))?;
        }
    }
    if let Some(resume) = resume {
        checked.job = jobs.report(input, &checked.source, &resume, &mut checked.findings);
    }
    Ok(checked)
}

fn read(input: &Input) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if input.stdin {
        std::io::stdin().lock().read_to_end(&mut bytes).map(drop)
    } else {
        std::fs::read(&input.path).map(|read| bytes = read)
    };
    read.map_err(|error| error.to_string())?;
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text; skipped".to_string())
}

/// The text, its findings and its resume model (None when too large to read).
fn check(source: &str, config: &Config) -> (Text, Vec<Finding>, Option<Resume>) {
    if let Some(finding) = crate::too_large(source.len(), config) {
        return (Text::new(source), vec![finding], None);
    }
    let document = Document::new(source);
    let analysis = crate::analyse(&document, config);
    (
        document.text().clone(),
        analysis.findings,
        Some(analysis.resume),
    )
}

/// Applies fixes and checks again until none applies; the model of the
/// final text when fixes changed it.
fn fix_all(checked: &mut Checked, config: &Config) -> Option<Option<Resume>> {
    let mut resume = None;
    for _ in 0..MAX_FIX_PASSES {
        let (fixed, applied) = fix::apply(&checked.source, &checked.findings);
        if applied == 0 {
            break;
        }
        let original = std::mem::replace(&mut checked.source, fixed);
        checked.original.get_or_insert(original);
        checked.fixed += applied;
        let (text, findings, model) = check(&checked.source, config);
        (checked.text, checked.findings) = (text, findings);
        resume = Some(model);
    }
    resume
}
