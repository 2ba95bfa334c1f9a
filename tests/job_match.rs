//! `resume-lsp check` against a job posting: `--job`, the resume's own
//! comment, the config's `job`, the report in each format, and postings that
//! cannot be read or name no skill we know.

mod cli_support;

use cli_support::{Folder, run};

const POSTING: &str = "tests/fixtures/jobs/acme-backend.md";
const RESUME: &str = "tests/fixtures/jobs/resume.md";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/jobs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn the_report_follows_the_findings_with_aliases_folded() {
    let output = run(&["check", "--format", "compact", "--job", POSTING, RESUME]);
    assert_eq!(
        output.code,
        Some(0),
        "only info findings: {}",
        output.stderr
    );
    let lines: Vec<&str> = output.stdout.lines().collect();
    let missing: Vec<&str> = lines
        .iter()
        .filter(|line| line.contains("[job-missing-skill]"))
        .copied()
        .collect();
    assert_eq!(
        missing,
        [
            "tests/fixtures/jobs/resume.md:18:1: info[job-missing-skill] The job posting asks for gRPC, and your resume does not mention it",
            "tests/fixtures/jobs/resume.md:18:1: info[job-missing-skill] The job posting asks for Kafka, and your resume does not mention it",
            "tests/fixtures/jobs/resume.md:18:1: info[job-missing-skill] The job posting asks for Google Cloud, and your resume does not mention it",
            "tests/fixtures/jobs/resume.md:18:1: info[job-missing-skill] The job posting asks for Prometheus, and your resume does not mention it",
        ]
    );
    // Golang = Go, Postgres = PostgreSQL, k8s = Kubernetes, GCP = Google Cloud;
    // in use 1, listed ½: (1 + 1 + ½ + 1) / 8 skills = 44%.
    let report = &lines[lines.len() - 3..];
    assert_eq!(
        report,
        [
            "tests/fixtures/jobs/resume.md against tests/fixtures/jobs/acme-backend.md: Job match 44% · matched: Go, PostgreSQL, Kubernetes, Terraform · missing: gRPC, Kafka, Google Cloud, Prometheus",
            "  listed but not shown in a bullet (half credit): Kubernetes",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([report[2].to_string()])
        .collect::<Vec<_>>()
    );
    assert!(
        report[2].starts_with("  5+ years asked, about ")
            && report[2].ends_with(
                "found · bachelor's degree in Computer Science asked, found · key phrases: 2 of 3 found"
            ),
        "{}",
        report[2]
    );
}

#[test]
fn the_full_report_prints_the_match_before_the_summary() {
    let output = run(&["check", "--job", POSTING, RESUME]);
    let tail: Vec<&str> = output.stdout.lines().rev().take(4).collect();
    assert!(tail[0].starts_with("Checked 1 file: "), "{tail:?}");
    assert!(
        tail[3].ends_with("Job match 44% · matched: Go, PostgreSQL, Kubernetes, Terraform · missing: gRPC, Kafka, Google Cloud, Prometheus"),
        "{tail:?}"
    );
}

#[test]
fn json_carries_a_job_object_per_file() {
    let output = run(&["check", "--format", "json", "--job", POSTING, RESUME]);
    let report: serde_json::Value = serde_json::from_str(&output.stdout).unwrap();
    assert_eq!(report["version"], 1);
    let job = &report["jobs"][0];
    assert_eq!(job["file"], RESUME);
    assert_eq!(job["posting"], POSTING);
    assert_eq!(job["score"], 44);
    assert_eq!(
        job["missing"],
        serde_json::json!(["gRPC", "Kafka", "Google Cloud", "Prometheus"])
    );
    assert_eq!(
        job["skills"][4],
        serde_json::json!({ "name": "Kubernetes", "status": "listed" })
    );
    assert_eq!(job["skills"][0]["status"], "in-use");
    assert_eq!(job["years"]["required"], 5);
    assert_eq!(job["years"]["met"], true);
    assert_eq!(job["degree"]["required"], "bachelor");
    assert_eq!(job["degree"]["field"], "Computer Science");
    assert_eq!(job["degree"]["met"], true);
    assert_eq!(
        job["phrases"],
        serde_json::json!([
            { "phrase": "distributed systems", "found": true },
            { "phrase": "event-driven services", "found": true },
            { "phrase": "on-call rotation", "found": false },
        ])
    );
    assert_eq!(job["error"], serde_json::Value::Null);
    // Without a posting, the JSON is as before.
    let plain = run(&["check", "--format", "json", RESUME]);
    let plain: serde_json::Value = serde_json::from_str(&plain.stdout).unwrap();
    assert!(plain.get("jobs").is_none());
}

#[test]
fn case_and_punctuation_variants_match_each_other() {
    let output = run(&[
        "check",
        "--format",
        "compact",
        "--job",
        "tests/fixtures/jobs/dotnet-platform.txt",
        "tests/fixtures/jobs/variants-resume.md",
    ]);
    // "cpp", "csharp" and "dotnet 8" in bullets; Node.js only listed: 3½ of 4.
    assert!(
        output.stdout.contains(
            "Job match 88% · matched: C++, C#, .NET, Node.js · missing: none\n  listed but not shown in a bullet (half credit): Node.js\n  3+ years asked, about "
        ),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("bachelor's degree asked, found"));
    assert!(!output.stdout.contains("job-missing-skill"));
}

#[test]
fn a_posting_with_no_skills_we_know_has_no_score() {
    let output = run(&[
        "check",
        "--format",
        "json",
        "--job",
        "tests/fixtures/jobs/bakery.md",
        RESUME,
    ]);
    assert_eq!(output.code, Some(0));
    let report: serde_json::Value = serde_json::from_str(&output.stdout).unwrap();
    assert_eq!(report["jobs"][0]["score"], serde_json::Value::Null);
    assert_eq!(report["jobs"][0]["skills"], serde_json::json!([]));
    let compact = run(&[
        "check",
        "--format",
        "compact",
        "--job",
        "tests/fixtures/jobs/bakery.md",
        RESUME,
    ]);
    assert!(
        !compact.stdout.contains("acme")
            && compact.stdout.contains("against tests/fixtures/jobs/bakery.md: Job match: no skills recognised in the posting"),
        "{}",
        compact.stdout
    );
}

#[test]
fn a_missing_job_flag_is_a_usage_error() {
    let output = run(&["check", "--job", "tests/fixtures/jobs/nope.md", RESUME]);
    assert_eq!(output.code, Some(2));
    assert_eq!(
        output.stderr.trim(),
        "--job tests/fixtures/jobs/nope.md: no such file"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn the_comment_and_the_config_name_the_posting() {
    let folder = Folder::new("job-config");
    folder
        .write("jobs/acme.md", fixture("acme-backend.md"))
        .write("jobs/bakery.md", fixture("bakery.md"))
        .write(".resume-lsp.toml", "job = \"jobs/acme.md\"\n")
        .write("cv/resume.md", fixture("resume.md"))
        .write(
            "cv/other-resume.md",
            format!(
                "<!-- resume-lsp job: ../jobs/bakery.md -->\n{}",
                fixture("resume.md")
            ),
        );
    let output = folder.run(&["check", "--format", "compact", "cv"]);
    assert!(
        output
            .stdout
            .contains("cv/resume.md against jobs/acme.md: Job match 44%"),
        "{}",
        output.stdout
    );
    assert!(
        output
            .stdout
            .contains("cv/other-resume.md against jobs/bakery.md: Job match: no skills recognised"),
        "{}",
        output.stdout
    );
    // --job wins over both.
    let output = folder.run(&[
        "check",
        "--format",
        "compact",
        "--job",
        "jobs/bakery.md",
        "cv/resume.md",
    ]);
    assert!(
        output
            .stdout
            .contains("cv/resume.md against jobs/bakery.md"),
        "{}",
        output.stdout
    );
}

#[test]
fn an_unreadable_posting_is_said_once_and_linting_goes_on() {
    let folder = Folder::new("job-missing");
    folder
        .write(".resume-lsp.toml", "job = \"jobs/gone.md\"\n")
        .write("resume.md", fixture("resume.md"))
        .write("cv-two.md", fixture("resume.md"))
        .write("big.md", "x".repeat(1024 * 1024 + 1))
        .write(
            "resume-big.md",
            format!("<!-- resume-lsp job: big.md -->\n{}", fixture("resume.md")),
        );
    let output = folder.run(&[
        "check",
        "--format",
        "compact",
        "resume.md",
        "cv-two.md",
        "resume-big.md",
    ]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let messages: Vec<&str> = output.stderr.lines().collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0]
            .ends_with("jobs/gone.md: cannot read the job posting (no such file); no job match"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("too large for a job posting"),
        "{messages:?}"
    );
    assert!(
        output.stdout.contains("resume.md against "),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("unsupported-skill"),
        "linting went on"
    );
}
