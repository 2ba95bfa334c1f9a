//! `--fix`, `--diff` and `init`: what they write, and the exit codes.

mod cli_support;

use cli_support::{FIXABLE, Folder, fixture, run_in};

/// The fixture with its three safe fixes applied.
fn fixed() -> String {
    fixture(FIXABLE)
        .replace("Github Actions", "GitHub Actions")
        .replace("Postgresql", "PostgreSQL")
        .replace("- Builds", "- Built")
}

#[test]
fn fix_applies_the_safe_fixes_in_place_and_reports_the_rest() {
    let folder = Folder::new("fix-in-place");
    folder.write("resume.md", fixture(FIXABLE));
    let output = folder.run(&["check", "--fix", "resume.md"]);
    assert_eq!(folder.read("resume.md"), fixed());
    // The rewrites are advice: "Worked on" stays, and fails the check.
    assert_eq!(output.code, Some(1));
    assert!(
        output
            .stdout
            .ends_with("Checked 1 file: 3 findings (2 warnings, 1 hint); fixed 3\n"),
        "{}",
        output.stdout
    );
    let again = folder.run(&["check", "--fix", "--format", "compact", "resume.md"]);
    assert_eq!(folder.read("resume.md"), fixed());
    assert_eq!(again.stdout.lines().count(), 3);
}

#[test]
fn fix_leaves_a_file_without_fixes_untouched_and_exits_0_when_all_is_fixed() {
    let folder = Folder::new("fix-clean");
    let only_fixable = "--select=tech-casing,tense";
    folder.write("resume.md", fixture(FIXABLE));
    let output = folder.run(&["check", "--fix", only_fixable, "resume.md"]);
    assert_eq!(output.code, Some(0), "{}", output.stdout);
    assert_eq!(output.stdout, "Checked 1 file: no findings; fixed 3\n");
    let modified = std::fs::metadata(folder.0.join("resume.md"))
        .unwrap()
        .modified()
        .unwrap();
    let output = folder.run(&["check", "--fix", only_fixable, "resume.md"]);
    assert_eq!(output.stdout, "Checked 1 file: no findings\n");
    let unchanged = std::fs::metadata(folder.0.join("resume.md"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(modified, unchanged, "nothing to fix, nothing written");
}

#[test]
fn fix_on_stdin_prints_the_fixed_text_and_reports_on_stderr() {
    let folder = Folder::new("fix-stdin");
    let output = run_in(
        &folder.0,
        &[
            "check",
            "--fix",
            "--format",
            "compact",
            "-",
            "--stdin-filename",
            "resume.md",
        ],
        fixture(FIXABLE).as_bytes(),
    );
    assert_eq!(output.stdout, fixed());
    assert_eq!(output.stderr.lines().count(), 3, "{}", output.stderr);
    assert!(
        output
            .stderr
            .starts_with("resume.md:10:3: warning[vague-verb]")
    );
    assert_eq!(output.code, Some(1));
}

#[test]
fn diff_shows_the_fixes_without_writing_them() {
    let folder = Folder::new("fix-diff");
    folder.write("resume.md", fixture(FIXABLE));
    let output = folder.run(&["check", "--diff", "resume.md"]);
    assert_eq!(output.code, Some(1));
    assert_eq!(folder.read("resume.md"), fixture(FIXABLE));
    insta::assert_snapshot!(output.stdout);
    folder.write("resume.md", fixed());
    let output = folder.run(&["check", "--diff", "resume.md"]);
    assert_eq!((output.code, output.stdout.as_str()), (Some(0), ""));
}

#[test]
fn init_writes_every_option_at_its_default_once() {
    let folder = Folder::new("init");
    let output = folder.run(&["init"]);
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let written = folder.read(".resume-lsp.toml");
    assert!(written.contains("include = [\"resume*.md\""), "{written}");
    assert!(written.contains("no-metric = \"warning\""), "{written}");
    assert!(written.contains("long-bullet-words = 35"), "{written}");
    // The config it writes lints as the defaults do, and is not reported as broken.
    folder
        .write("resume.md", fixture(FIXABLE))
        .write("empty.toml", "");
    let with = folder.run(&["check", "--format", "compact", "resume.md"]);
    let without = folder.run(&[
        "check",
        "--format",
        "compact",
        "--config",
        "empty.toml",
        "resume.md",
    ]);
    assert_eq!(with.stderr, "");
    assert_eq!(with.stdout, without.stdout);
    // A second run leaves the file alone.
    folder.write(".resume-lsp.toml", "# mine\n");
    let again = folder.run(&["init"]);
    assert_eq!(again.code, Some(2));
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(folder.read(".resume-lsp.toml"), "# mine\n");
}
