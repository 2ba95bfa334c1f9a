//! One input, start to end: read it, check it, and with `--fix` or `--diff`
//! apply the safe fixes. Runs on a worker thread, so it reports failures as
//! values instead of printing them.

use std::io::Read;

use super::fix;
use super::walk::Input;
use crate::config::Config;
use crate::document::{Document, Text};
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
}

/// A file or folder that could not be read (or written).
pub struct Failure {
    pub path: String,
    pub message: String,
}

pub fn lint(input: &Input, mode: Mode) -> Result<Checked, Failure> {
    let path = input.path.display().to_string();
    let fail = |message: String| Failure {
        path: path.clone(),
        message,
    };
    let source = read(input).map_err(&fail)?;
    let (text, findings) = check(&source, &input.config);
    let mut checked = Checked {
        path: path.clone(),
        stdin: input.stdin,
        source,
        text,
        findings,
        fixed: 0,
        original: None,
    };
    if mode == Mode::Check {
        return Ok(checked);
    }
    fix_all(&mut checked, &input.config);
    if mode == Mode::Fix && !input.stdin && checked.original.is_some() {
        std::fs::write(&input.path, &checked.source)
            .map_err(|error| fail(format!("could not write the fixes: {error}")))?;
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

fn check(source: &str, config: &Config) -> (Text, Vec<Finding>) {
    if let Some(finding) = crate::too_large(source.len(), config) {
        return (Text::new(source), vec![finding]);
    }
    let document = Document::new(source);
    let findings = crate::check_document(&document, config);
    (document.text().clone(), findings)
}

/// Applies fixes and checks again until none applies.
fn fix_all(checked: &mut Checked, config: &Config) {
    for _ in 0..MAX_FIX_PASSES {
        let (fixed, applied) = fix::apply(&checked.source, &checked.findings);
        if applied == 0 {
            break;
        }
        let original = std::mem::replace(&mut checked.source, fixed);
        checked.original.get_or_insert(original);
        checked.fixed += applied;
        (checked.text, checked.findings) = check(&checked.source, config);
    }
}
