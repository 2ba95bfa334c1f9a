//! The `resume-lsp` command line, run as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_prints_findings_and_exits_1() {
    let output = run(&["check", "tests/fixtures/resumes/atx-title-company.md"]);
    assert_eq!(output.status.code(), Some(1));
    let path = "tests/fixtures/resumes/atx-title-company.md";
    let expected = [
        "15:3: warning[vague-verb] \"Worked on\" says where you were, not what you did; open with your own action",
        "15:3: warning[no-metric] No measurable result: add a number (users, latency, cost, time saved)",
        "21:3: warning[vague-verb] \"Responsible for\" names a duty, not what you actually did; open with your own action",
        "21:3: warning[no-metric] No measurable result: add a number (users, latency, cost, time saved)",
        "26:16: info[unsupported-skill] \"Go\" is listed, but no bullet shows it in use",
        "26:20: info[unsupported-skill] \"Python\" is listed, but no bullet shows it in use",
        "26:28: info[unsupported-skill] \"Bash\" is listed, but no bullet shows it in use",
        "27:30: info[unsupported-skill] \"Kubernetes\" is listed, but no bullet shows it in use",
    ]
    .map(|line| format!("{path}:{line}"));
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines, expected);
}

#[test]
fn columns_count_characters_from_one() {
    let output = run(&["check", "tests/fixtures/resumes/crlf-unicode.md"]);
    let out = stdout(&output);
    assert!(
        out.contains("crlf-unicode.md:13:12: warning[vague-verb] \"Helped with\""),
        "{out}"
    );
}

const CLEAN_RESUME: &str = "# Ana Ruiz\nana@example.com · https://github.com/ana-example\n\n\
## Experience\n\n### Backend Engineer | Nimbus | Jan 2021 – Present\n\n\
- Cut build time from 20 to 4 minutes by caching Docker layers\n\
- Built the billing API in Rust that settles 40k invoices a day\n\n\
## Skills\n\nDocker, Rust\n\n## Education\n\n### B.Sc. Computer Science | Eastbrook University | 2016 – 2020\n";

#[test]
fn a_clean_file_exits_0() {
    let dir = std::env::temp_dir().join(format!("resume-lsp-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let clean = dir.join("resume.md");
    std::fs::write(&clean, CLEAN_RESUME).unwrap();
    let output = run(&["check", clean.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "");

    let binary = dir.join("cv.md");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let output = run(&["check", binary.to_str().unwrap(), clean.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not UTF-8"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let missing = run(&["check", "no/such/resume.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/resume.md"));
}

#[test]
fn version_and_help() {
    let version = run(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        stdout(&version).trim(),
        format!("resume-lsp {}", env!("CARGO_PKG_VERSION"))
    );
    let help = stdout(&run(&["--help"]));
    assert!(help.contains("check") && help.contains("lsp"));
}

#[test]
fn the_bundled_example_has_findings() {
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/resume.md")
            .is_file()
    );
    let output = run(&["check", "examples/resume.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("warning[vague-verb] \"Worked on\""));
}
