//! The phrase rules on labelled bullets from real resumes and advice pages,
//! kept beside the repository in `../shared/corpus` (CI has it; a user's clone
//! may not). The shared scorer turns each bullet into a small resume, runs our
//! command line on them, and reports per rule the share of `fire` rows found
//! (recall) and of `quiet` rows flagged; each must clear its floor.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Per rule: (lowest recall, highest share of quiet rows flagged).
const FLOORS: &[(&str, f64, f64)] = &[
    ("vague-verb", 0.90, 0.03),
    ("passive-voice", 0.90, 0.03),
    ("buzzword", 0.85, 0.05),
    ("weak-opening", 0.90, 0.05),
    ("vague-quantity", 0.90, 0.10),
    ("no-metric", 0.95, 0.03),
    ("first-person", 0.98, 0.03),
    ("generic-stack", 0.85, 0.05),
];

fn shared() -> Option<PathBuf> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if folder.join("tools/score-rules.py").is_file() {
        return Some(folder);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI must have the shared corpus and scorer at {}",
        folder.display()
    );
    eprintln!(
        "no labelled rows at {}; skipping the floors",
        folder.display()
    );
    None
}

/// The labelled files: `rules-*.tsv` in the corpus folder.
fn labelled_files(shared: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("rules-") && name.ends_with(".tsv"))
        })
        .collect();
    files.sort();
    files
}

fn score(shared: &Path, labelled: &Path) -> serde_json::Value {
    let output = Command::new("python3")
        .arg(shared.join("tools/score-rules.py"))
        .arg(labelled)
        .args(["--json", "--misses", "3", "--"])
        .arg(env!("CARGO_BIN_EXE_resume-lsp"))
        .output()
        .expect("python3 runs the scorer");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the scorer prints JSON")
}

#[test]
fn phrase_rules_clear_their_floors_on_labelled_rows() {
    let Some(shared) = shared() else {
        return;
    };
    let files = labelled_files(&shared);
    assert!(!files.is_empty(), "no rules-*.tsv in {}", shared.display());
    let mut below = Vec::new();
    for file in &files {
        let scores = score(&shared, file);
        for &(rule, recall_floor, flagged_ceiling) in FLOORS {
            let Some(entry) = scores.get(rule) else {
                continue;
            };
            let recall = entry["recall"].as_f64().unwrap_or(1.0);
            let flagged = entry["quiet_flagged"].as_f64().unwrap_or(0.0);
            eprintln!(
                "{}: {rule} recall {recall:.2}, quiet flagged {flagged:.2}",
                file.display()
            );
            if recall < recall_floor || flagged > flagged_ceiling {
                below.push(format!(
                    "{rule} in {}: recall {recall:.2} (floor {recall_floor}), quiet flagged \
                     {flagged:.2} (ceiling {flagged_ceiling}); missed {}, flagged {}",
                    file.display(),
                    entry["missed"],
                    entry["false"]
                ));
            }
        }
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
}
