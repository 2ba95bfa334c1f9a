//! `resume-lsp check` run as a user runs it: what it reads, which config
//! applies, which rules run, and the exit codes.

mod cli_support;

use cli_support::{ATX, CLEAN_RESUME, FIXABLE, Folder, fixture, run, run_in};

/// The `rule` of each compact line.
fn rules_of(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter_map(|line| line.split_once('[')?.1.split_once(']'))
        .map(|(rule, _)| rule)
        .collect()
}

/// The file of each compact line.
fn files_of(stdout: &str) -> Vec<&str> {
    let mut files: Vec<&str> = stdout
        .lines()
        .filter_map(|line| line.split_once(':').map(|(file, _)| file))
        .collect();
    files.dedup();
    files
}

#[test]
fn check_prints_findings_and_exits_1() {
    let output = run(&["check", "--format", "compact", ATX]);
    assert_eq!(output.code, Some(1));
    let expected = [
        "15:3: warning[vague-verb] \"Worked on\" says where you were, not what you did; open with your own action",
        "15:3: warning[no-metric] No measurable result: add a number (users, latency, cost, time saved)",
        "21:3: warning[vague-verb] \"Responsible for\" names a duty, not what you actually did; open with your own action",
        "21:3: warning[no-metric] No measurable result: add a number (users, latency, cost, time saved)",
        "26:16: hint[unsupported-skill] \"Go\" is listed, but no bullet shows it in use",
        "26:20: hint[unsupported-skill] \"Python\" is listed, but no bullet shows it in use",
        "27:30: hint[unsupported-skill] \"Kubernetes\" is listed, but no bullet shows it in use",
    ]
    .map(|line| format!("{ATX}:{line}"));
    let lines: Vec<&str> = output.stdout.lines().collect();
    assert_eq!(lines, expected);
}

#[test]
fn columns_count_characters_from_one() {
    let output = run(&[
        "check",
        "--format",
        "compact",
        "tests/fixtures/resumes/crlf-unicode.md",
    ]);
    assert!(
        output
            .stdout
            .contains("crlf-unicode.md:13:12: warning[vague-verb] \"Helped with\""),
        "{}",
        output.stdout
    );
}

#[test]
fn a_clean_file_exits_0() {
    let folder = Folder::new("cli-clean");
    folder.write("resume.md", CLEAN_RESUME);
    let compact = folder.run(&["check", "--format", "compact", "resume.md"]);
    assert_eq!(compact.code, Some(0), "{}", compact.stdout);
    assert_eq!(compact.stdout, "");
    let full = folder.run(&["check", "resume.md"]);
    assert_eq!(full.code, Some(0));
    assert_eq!(full.stdout, "Checked 1 file: no findings\n");
}

#[test]
fn a_file_that_cannot_be_read_is_reported_and_the_rest_are_checked() {
    let folder = Folder::new("cli-unreadable");
    folder.write("cv.md", [0xff, 0xfe, 0x00, 0x41]);
    folder.write("resume.md", fixture(ATX));
    let output = folder.run(&[
        "check",
        "--format",
        "compact",
        "cv.md",
        "missing.md",
        "resume.md",
    ]);
    assert_eq!(output.code, Some(2));
    let errors: Vec<&str> = output.stderr.lines().collect();
    assert_eq!(errors[0], "cv.md: not UTF-8 text; skipped");
    assert!(errors[1].starts_with("missing.md: "), "{}", output.stderr);
    assert_eq!(files_of(&output.stdout), ["resume.md"]);
    assert_eq!(output.stdout.lines().count(), 7);
    // The summary counts them too.
    let full = folder.run(&["check", "cv.md", "resume.md"]);
    assert!(
        full.stdout.ends_with(
            "Checked 1 file: 7 findings (4 warnings, 3 hints); 1 file could not be checked\n"
        ),
        "{}",
        full.stdout
    );
}

#[test]
fn usage_and_config_errors_exit_2_with_a_message() {
    let folder = Folder::new("cli-usage");
    folder.write("resume.md", CLEAN_RESUME);
    folder.write("broken.toml", "[rules]\nno-metric = \"loud\"\n");
    let cases: &[(&[&str], &str)] = &[
        (&["check"], "PATHS"),
        (&["frobnicate"], "frobnicate"),
        (&["check", "--format", "xml", "resume.md"], "xml"),
        (&["check", "--fail-on", "loud", "resume.md"], "loud"),
        (&["check", "--fix", "--diff", "resume.md"], "--diff"),
        (
            &["check", "--select", "no-such-rule", "resume.md"],
            "--select: no rule has the id \"no-such-rule\"",
        ),
        (
            &["check", "--ignore", "no-metric,nope", "resume.md"],
            "--ignore: no rule has the id \"nope\"",
        ),
        (
            &["check", "--config", "missing.toml", "resume.md"],
            "missing.toml: ",
        ),
        (
            &["check", "--config", "broken.toml", "resume.md"],
            "broken.toml: line 2",
        ),
        (&["explain", "no-such-rule"], "no-such-rule"),
    ];
    for (args, message) in cases {
        let output = folder.run(args);
        assert_eq!(output.code, Some(2), "{args:?}");
        assert!(
            output.stderr.contains(message),
            "{args:?}: {}",
            output.stderr
        );
        assert_eq!(output.stdout, "", "{args:?}");
    }
}

#[test]
fn fail_on_sets_the_severity_that_fails() {
    // ATX has warnings and info findings.
    let code = |extra: &[&str]| {
        let mut args = vec!["check", "--format", "compact", ATX];
        args.extend(extra);
        run(&args).code
    };
    assert_eq!(code(&[]), Some(1));
    assert_eq!(code(&["--fail-on", "error"]), Some(0));
    assert_eq!(code(&["--fail-on", "warning"]), Some(1));
    assert_eq!(code(&["--ignore", "vague-verb,no-metric"]), Some(0));
    assert_eq!(
        code(&[
            "--ignore",
            "vague-verb",
            "--ignore",
            "no-metric",
            "--fail-on",
            "hint"
        ]),
        Some(1)
    );
    assert_eq!(
        code(&["--select", "unsupported-skill", "--fail-on", "hint"]),
        Some(1)
    );
}

#[test]
fn select_and_ignore_choose_the_rules() {
    let output = run(&[
        "check",
        "--format",
        "compact",
        "--select",
        "vague-verb,tense",
        FIXABLE,
    ]);
    assert_eq!(rules_of(&output.stdout), ["tense", "vague-verb"]);
    let output = run(&[
        "check",
        "--format",
        "compact",
        "--ignore",
        "tech-casing",
        FIXABLE,
    ]);
    assert_eq!(
        rules_of(&output.stdout),
        ["tense", "vague-verb", "no-metric", "unsupported-skill"]
    );
    // Selected beats a config that turns the rule off; ignored beats selected.
    let folder = Folder::new("cli-select");
    folder
        .write(".resume-lsp.toml", "[rules]\ntense = \"off\"\n")
        .write("resume.md", fixture(FIXABLE));
    let output = folder.run(&[
        "check",
        "--format",
        "compact",
        "--select",
        "tense",
        "resume.md",
    ]);
    assert_eq!(rules_of(&output.stdout), ["tense"]);
    let output = folder.run(&[
        "check",
        "--format",
        "compact",
        "--select",
        "tense",
        "--ignore",
        "tense",
        "resume.md",
    ]);
    assert_eq!(output.stdout, "");
    assert_eq!(output.code, Some(0));
}

#[test]
fn folders_lint_the_files_the_include_globs_match() {
    let folder = Folder::new("cli-folders");
    let resume = fixture(ATX);
    folder
        .write("resume.md", &resume)
        .write("notes.md", &resume)
        .write("jobs/Jane_CV.md", &resume)
        .write("jobs/resume.txt", &resume)
        .write("old/resume-2019.md", &resume)
        .write("old/.resume-lsp.toml", "exclude = [\"resume-2019.md\"]\n")
        .write("cvs/resume.md", &resume)
        .write("cvs/jane.cv.md", &resume)
        .write(
            "cvs/.resume-lsp.toml",
            "include = [\"*.cv.md\"]\n[rules]\nno-metric = \"off\"\n",
        );
    let output = folder.run(&["check", "--format", "compact", "."]);
    assert_eq!(output.code, Some(1));
    assert_eq!(
        files_of(&output.stdout),
        ["./cvs/jane.cv.md", "./jobs/Jane_CV.md", "./resume.md"]
    );
    // The nested config applies to its folder only.
    let no_metric = |file: &str| {
        output
            .stdout
            .lines()
            .any(|line| line.starts_with(file) && line.contains("[no-metric]"))
    };
    assert!(!no_metric("./cvs/jane.cv.md") && no_metric("./resume.md"));
    // Files named are linted whatever their names; each is read once.
    let output = folder.run(&[
        "check",
        "--format",
        "compact",
        "notes.md",
        "old/resume-2019.md",
        "notes.md",
        "jobs",
    ]);
    assert_eq!(
        files_of(&output.stdout),
        ["notes.md", "old/resume-2019.md", "jobs/Jane_CV.md"]
    );
}

#[test]
fn many_files_are_reported_in_a_stable_order() {
    let folder = Folder::new("cli-many");
    let resume = fixture(ATX);
    let mut names: Vec<String> = (0..60).map(|i| format!("resume-{i:02}.md")).collect();
    for name in &names {
        folder.write(name, &resume);
    }
    names.sort();
    let output = folder.run(&["check", "--format", "compact", "."]);
    let expected: Vec<String> = names.iter().map(|name| format!("./{name}")).collect();
    assert_eq!(files_of(&output.stdout), expected);
    assert_eq!(output.stdout.lines().count(), 60 * 7);
}

#[test]
fn stdin_is_read_as_the_file_it_names() {
    let folder = Folder::new("cli-stdin");
    folder.write(".resume-lsp.toml", "[rules]\nno-metric = \"off\"\n");
    let resume = fixture(ATX);
    let output = run_in(
        &folder.0,
        &[
            "check",
            "--format",
            "compact",
            "-",
            "--stdin-filename",
            "jane.md",
        ],
        resume.as_bytes(),
    );
    assert_eq!(output.code, Some(1));
    assert_eq!(files_of(&output.stdout), ["jane.md"]);
    assert!(
        !rules_of(&output.stdout).contains(&"no-metric"),
        "the config beside it applies"
    );
    let output = run_in(
        &folder.0,
        &["check", "--format", "compact", "-"],
        b"\xff\xfe",
    );
    assert_eq!(output.code, Some(2));
    assert_eq!(output.stderr, "-: not UTF-8 text; skipped\n");
}

#[test]
fn a_named_config_replaces_discovery() {
    let folder = Folder::new("cli-config");
    folder
        .write(".resume-lsp.toml", "[rules]\nvague-verb = \"error\"\n")
        .write("ci.toml", "[rules]\nvague-verb = \"off\"\n")
        .write("resume.md", fixture(ATX));
    let discovered = folder.run(&["check", "--format", "compact", "resume.md"]);
    assert!(
        discovered.stdout.contains("error[vague-verb]"),
        "{}",
        discovered.stdout
    );
    let named = folder.run(&[
        "check",
        "--format",
        "compact",
        "--config",
        "ci.toml",
        "resume.md",
    ]);
    assert!(!named.stdout.contains("[vague-verb]"), "{}", named.stdout);
    assert_eq!(named.stderr, "");
}

#[test]
fn output_to_a_pipe_has_no_colour() {
    let output = run(&["check", ATX]);
    assert!(!output.stdout.contains('\u{1b}'));
    assert!(output.stdout.contains("warning[vague-verb]"));
}

#[test]
fn version_and_help() {
    let version = run(&["--version"]);
    assert_eq!(version.code, Some(0));
    assert_eq!(
        version.stdout.trim(),
        format!("resume-lsp {}", env!("CARGO_PKG_VERSION"))
    );
    let help = run(&["--help"]).stdout;
    for command in ["check", "lsp", "rules", "explain", "init"] {
        assert!(help.contains(command), "{help}");
    }
    let help = run(&["check", "--help"]).stdout;
    for flag in [
        "--format",
        "--fail-on",
        "--fix",
        "--diff",
        "--config",
        "--select",
        "--ignore",
        "--stdin-filename",
    ] {
        assert!(help.contains(flag), "{help}");
    }
}

#[test]
fn the_bundled_example_has_findings() {
    let output = run(&["check", "--format", "compact", "examples/resume.md"]);
    assert_eq!(output.code, Some(1));
    assert!(output.stdout.contains("warning[vague-verb] \"Worked on\""));
}
