//! Precision and recall on our own labelled bullets (`tests/data/bullets.tsv`:
//! label, bullet, domain, note). Each bullet is linted as the one bullet of a
//! role in an otherwise complete resume, as `../shared/tools/score-bullets.py`
//! does over LSP; a bullet counts as flagged when a finding at information
//! level or above starts on its line.

use std::collections::BTreeMap;

use resume_lsp::config::Config;
use resume_lsp::document::{Document, PositionEncoding};
use resume_lsp::rules::Severity;

const HEADER: &str = "# Alex Example\nalex@example.com · https://github.com/alex-example\n\n\
                      ## Experience\n\n### Software Engineer | Example Corp | Jan 2020 – Present\n\n";
const BULLET_LINE: u32 = 7;

/// Rules that fired on a bullet's line.
fn rules_on_bullet(bullet: &str, config: &Config) -> Vec<&'static str> {
    let document = Document::new(&format!("{HEADER}- {bullet}\n"));
    resume_lsp::check_document(&document, config)
        .into_iter()
        .filter(|f| f.severity <= Severity::Information)
        .filter(|f| {
            document
                .text()
                .position_at(f.span.start, PositionEncoding::Utf16)
                .line
                == BULLET_LINE
        })
        .map(|f| f.rule)
        .collect()
}

struct Labelled {
    weak: bool,
    bullet: String,
}

fn labelled() -> Vec<Labelled> {
    include_str!("data/bullets.tsv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let label = fields.next()?;
            let bullet = fields.next()?.to_string();
            Some(Labelled {
                weak: label == "weak",
                bullet,
            })
        })
        .collect()
}

#[test]
fn weak_bullets_are_caught_and_strong_ones_left_alone() {
    let config = Config::default();
    let rows = labelled();
    assert!(rows.iter().filter(|r| r.weak).count() >= 150);
    assert!(rows.iter().filter(|r| !r.weak).count() >= 150);
    let (mut weak, mut weak_flagged, mut strong, mut strong_flagged) = (0, 0, 0, 0);
    let mut by_rule: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for row in &rows {
        let mut rules = rules_on_bullet(&row.bullet, &config);
        rules.sort();
        rules.dedup();
        for rule in &rules {
            let counts = by_rule.entry(rule).or_default();
            if row.weak {
                counts.0 += 1
            } else {
                counts.1 += 1
            }
        }
        if row.weak {
            weak += 1;
            if rules.is_empty() {
                missed.push(row.bullet.as_str())
            } else {
                weak_flagged += 1
            }
        } else {
            strong += 1;
            if rules.is_empty() {
                continue;
            }
            strong_flagged += 1;
            false_alarms.push(format!("{rules:?} {}", row.bullet));
        }
    }
    println!("rule               weak  strong");
    for (rule, (on_weak, on_strong)) in &by_rule {
        println!("{rule:<18} {on_weak:>4}  {on_strong:>6}");
    }
    let recall = weak_flagged as f64 / weak as f64;
    let false_positive_rate = strong_flagged as f64 / strong as f64;
    println!(
        "weak flagged {weak_flagged}/{weak} ({recall:.3}); strong flagged {strong_flagged}/{strong} ({false_positive_rate:.3})"
    );
    println!("missed weak:\n  {}", missed.join("\n  "));
    println!("flagged strong:\n  {}", false_alarms.join("\n  "));
    assert!(recall >= 0.95, "weak bullets flagged: {recall:.3}");
    assert!(
        false_positive_rate <= 0.03,
        "strong bullets flagged: {false_positive_rate:.3}"
    );
}
