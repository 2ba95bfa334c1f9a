//! The phrase rules on labelled bullets from real resumes and advice pages,
//! kept beside the repository in `../shared/corpus` (CI has it; a user's clone
//! may not). The shared scorer turns each bullet into a small resume, runs our
//! command line on them, and reports per rule the share of `fire` rows found
//! (recall) and of `quiet` rows flagged; each must clear its floor.

mod support;

use std::path::{Path, PathBuf};

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

#[test]
fn phrase_rules_clear_their_floors_on_labelled_rows() {
    let Some(shared) = support::shared::folder("tools/score-rules.py", "the labelled rows") else {
        return;
    };
    let files = labelled_files(&shared);
    assert!(!files.is_empty(), "no rules-*.tsv in {}", shared.display());
    let mut below = Vec::new();
    for file in &files {
        let scores = support::shared::score(
            &shared,
            "score-rules.py",
            [
                file.as_os_str(),
                "--json".as_ref(),
                "--misses".as_ref(),
                "3".as_ref(),
            ],
        );
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
