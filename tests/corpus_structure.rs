//! How well the resume model reads the real public resumes beside the
//! repository (`../shared/corpus`), scored against their golden structure
//! files by `../shared/tools/score-structure.py`: the figures must not fall
//! below the floors reached. CI has the corpus and Python; a user's clone may
//! have neither, and then this only says it skipped.

mod support;

use serde_json::Value;

// Floors: the figures the model reaches today, less rounding (a ratchet:
// raise them as it improves; the product's targets are higher).
const MIN_SECTION_RECALL: f64 = 0.98;
const MIN_SECTION_PRECISION: f64 = 0.975;
const MIN_ROLE_RECALL: f64 = 0.98;
const MIN_BULLET_F1: f64 = 0.97;

fn figure(score: &Value, key: &str) -> f64 {
    score[key]
        .as_f64()
        .unwrap_or_else(|| panic!("the score has no figure {key}: {score}"))
}

#[test]
fn the_model_reads_the_corpus_structure_at_least_as_well_as_before() {
    let Some(shared) = support::shared::folder("corpus/structure", "the structure score") else {
        return;
    };
    let score = support::shared::score(
        &shared,
        "score-structure.py",
        [
            shared.join("corpus/structure").as_os_str(),
            shared.join("corpus/resumes").as_os_str(),
            "--json".as_ref(),
        ],
    );
    let floors = [
        ("section_recall", MIN_SECTION_RECALL),
        ("section_precision", MIN_SECTION_PRECISION),
        ("role_recall", MIN_ROLE_RECALL),
        ("bullet_f1", MIN_BULLET_F1),
    ];
    let figures: Vec<(&str, f64)> = floors
        .iter()
        .map(|(key, _)| (*key, figure(&score, key)))
        .collect();
    let silent = score["silent_files"]
        .as_u64()
        .unwrap_or_else(|| panic!("the score has no count of silent_files: {score}"));
    eprintln!(
        "structure of {} corpus resumes: {} silent_files {silent}",
        score["files"],
        figures
            .iter()
            .map(|(key, value)| format!("{key} {value:.3}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    for ((key, floor), (_, value)) in floors.iter().zip(&figures) {
        assert!(value >= floor, "{key} fell to {value:.3}, below {floor:.3}");
    }
    assert_eq!(
        silent, 0,
        "{silent} resumes have bullets the model finds none of"
    );
}
