//! The shared corpus and its scorers beside the repository (`../shared`).
//! CI has them and Python; a user's clone may have neither, and then a test
//! says it skipped. Under CI (`CI` set at all) a missing piece is a failure.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The shared folder, when it holds `needed` and python3 runs; otherwise
/// None after saying why `what` was skipped.
pub fn folder(needed: &str, what: &str) -> Option<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let reason = if !folder.join(needed).exists() {
        format!("no {needed} in {}", folder.display())
    } else if !has_python() {
        "python3 is not installed".to_string()
    } else {
        return Some(folder);
    };
    assert!(std::env::var("CI").is_err(), "CI must run {what}: {reason}");
    eprintln!("skipped {what}: {reason}");
    None
}

fn has_python() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

/// Runs a scorer of `tools/` with `args`, then `--` and our binary, and
/// returns the JSON it prints.
pub fn score<I, S>(shared: &Path, script: &str, args: I) -> Value
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = Command::new("python3")
        .arg(shared.join("tools").join(script))
        .args(args)
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_resume-lsp"))
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{script} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}
