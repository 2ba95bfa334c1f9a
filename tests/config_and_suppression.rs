//! Disable comments in the resume, end to end through `check_document`, and
//! `.resume-lsp.toml` as the command line finds it beside a resume.

use std::path::PathBuf;
use std::process::Command;

use resume_lsp::check_document;
use resume_lsp::config::Config;
use resume_lsp::document::Document;

/// A complete resume; `experience` is pasted under a dated, ended role.
fn resume(summary: &str, experience: &str) -> String {
    format!(
        "# Tomasz Whitlow\n\
         tomasz.whitlow@example.com · https://github.com/twhitlow-example\n\n\
         ## Summary\n\n{summary}\n\n\
         ## Experience\n\n\
         ### Data Engineer | Heronsgate Freight | Feb 2019 – Jun 2023\n\n\
         {experience}\n\
         ## Skills\n\nPython, Airflow\n\n\
         ## Education\n\n\
         ### M.Sc. Statistics | Larchmont University | 2016 – 2018\n"
    )
}

const SUMMARY: &str = "Data engineer who has moved 3 companies onto Airflow.";
const STRONG: &str = "- Moved 60 Python cron jobs onto Airflow, ending 5 silent failures a month\n";
/// A bullet both `vague-verb` and `no-metric` report.
const WORKED_ON: &str = "Worked on the search service for the mobile app";

/// (rule, line from 1) of each finding.
fn findings(text: &str) -> Vec<(&'static str, usize)> {
    check_document(&Document::new(text), &Config::default())
        .into_iter()
        .map(|f| (f.rule, line_at(text, f.span.start)))
        .collect()
}

/// The line, from 1, of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn line_of(text: &str, needle: &str) -> usize {
    line_at(text, text.find(needle).expect("the needle is in the text"))
}

fn rules_on_line(text: &str, needle: &str) -> Vec<&'static str> {
    let line = line_of(text, needle);
    let mut rules: Vec<_> = findings(text)
        .into_iter()
        .filter(|(_, at)| *at == line)
        .map(|(rule, _)| rule)
        .collect();
    rules.sort();
    rules
}

#[test]
fn without_comments_both_rules_fire() {
    let text = resume(SUMMARY, &format!("- {WORKED_ON}\n{STRONG}"));
    assert_eq!(rules_on_line(&text, WORKED_ON), ["no-metric", "vague-verb"]);
}

#[test]
fn disable_next_line_removes_only_that_rule_on_that_line() {
    let other = "Worked on the billing service for the web shop";
    let text = resume(
        SUMMARY,
        &format!(
            "{STRONG}<!-- resume-lsp-disable-next-line vague-verb -->\n- {WORKED_ON}\n- {other}\n"
        ),
    );
    assert_eq!(rules_on_line(&text, WORKED_ON), ["no-metric"]);
    assert_eq!(rules_on_line(&text, other), ["no-metric", "vague-verb"]);
}

#[test]
fn disable_and_enable_bound_a_region() {
    let inside = "Worked on the quarterly freight forecast";
    let after = "Worked on the depot staffing model";
    let text = resume(
        SUMMARY,
        &format!(
            "{STRONG}<!-- resume-lsp-disable no-metric -->\n- {WORKED_ON}\n- {inside}\n\
             <!-- resume-lsp-enable no-metric -->\n- {after}\n"
        ),
    );
    assert_eq!(rules_on_line(&text, WORKED_ON), ["vague-verb"]);
    assert_eq!(rules_on_line(&text, inside), ["vague-verb"]);
    assert_eq!(rules_on_line(&text, after), ["no-metric", "vague-verb"]);
}

#[test]
fn disable_file_removes_everything() {
    let weak = resume(
        "I am a proactive team player.",
        &format!("- {WORKED_ON}\n- Lead the Javascript rewrite\n"),
    );
    assert!(findings(&weak).len() >= 5, "{:?}", findings(&weak));
    let text = format!("<!-- resume-lsp-disable-file -->\n{weak}");
    assert_eq!(findings(&text), []);
}

#[test]
fn disable_file_with_an_id_removes_only_that_rule() {
    let bullet = "Worked on Javascript widgets for the booking page";
    let text = format!(
        "<!-- resume-lsp-disable-file tech-casing -->\n{}",
        resume(SUMMARY, &format!("- {bullet}\n{STRONG}"))
    );
    assert_eq!(rules_on_line(&text, bullet), ["no-metric", "vague-verb"]);
}

#[test]
fn disable_next_line_covers_a_wrapped_bullet() {
    let first: Vec<String> = (1..=30).map(|n| format!("step{n}")).collect();
    let second: Vec<String> = (31..=40).map(|n| format!("step{n}")).collect();
    let bullet = format!(
        "- Rebuilt 3 ledgers via {}\n  {}\n",
        first.join(" "),
        second.join(" ")
    );
    let plain = resume(SUMMARY, &format!("{STRONG}{bullet}"));
    assert!(
        findings(&plain)
            .iter()
            .any(|(rule, _)| *rule == "long-bullet")
    );
    let text = resume(
        SUMMARY,
        &format!("{STRONG}<!-- resume-lsp-disable-next-line long-bullet -->\n{bullet}"),
    );
    let found = findings(&text);
    assert!(
        !found.iter().any(|(rule, _)| *rule == "long-bullet"),
        "{found:?}"
    );
}

#[test]
fn an_unknown_directive_does_not_open_a_region() {
    let text = resume(
        SUMMARY,
        &format!(
            "{STRONG}- Built the depot app <!-- resume-lsp-disable-line no-metric -->\n- {WORKED_ON}\n"
        ),
    );
    assert_eq!(rules_on_line(&text, WORKED_ON), ["no-metric", "vague-verb"]);
}

#[test]
fn one_comment_can_name_two_rules() {
    let bullet = "Worked on Javascript widgets for the booking page";
    let text = resume(
        SUMMARY,
        &format!(
            "{STRONG}<!-- resume-lsp-disable-next-line vague-verb, no-metric -->\n- {bullet}\n"
        ),
    );
    // `tech-casing` is not named, so it stays.
    assert_eq!(rules_on_line(&text, bullet), ["tech-casing"]);
    let spaced = text.replace("vague-verb, no-metric", "vague-verb no-metric");
    assert_eq!(rules_on_line(&spaced, bullet), ["tech-casing"]);
}

/// A folder holding `resume.md` (named `file_name`) and, optionally, a
/// `.resume-lsp.toml`, removed when dropped.
struct Workspace {
    dir: PathBuf,
    file_name: &'static str,
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Workspace {
    fn new(name: &str, file_name: &'static str, config: Option<&str>, resume: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("resume-lsp-config-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        if let Some(config) = config {
            std::fs::write(dir.join(".resume-lsp.toml"), config).unwrap();
        }
        std::fs::write(dir.join(file_name), resume).unwrap();
        Workspace { dir, file_name }
    }

    fn check(&self) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
            .args(["check", "--format", "compact", self.file_name])
            .current_dir(&self.dir)
            .output()
            .expect("the binary runs");
        Run {
            code: output.status.code(),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs `check` on `resume` with and without `config` beside it.
fn with_and_without(name: &str, config: &str, resume: &str) -> (Run, Run) {
    let plain = Workspace::new(&format!("{name}-plain"), "resume.md", None, resume).check();
    let configured = Workspace::new(name, "resume.md", Some(config), resume).check();
    assert_eq!(configured.stderr, "", "the config is valid");
    (plain, configured)
}

#[test]
fn rules_table_turns_rules_off_and_sets_severity() {
    let text = resume(SUMMARY, &format!("- {WORKED_ON}\n{STRONG}"));
    let config = "[rules]\nno-metric = \"off\"\nvague-verb = \"error\"\n";
    let (plain, configured) = with_and_without("rules", config, &text);
    assert!(
        plain.stdout.contains("warning[no-metric]"),
        "{}",
        plain.stdout
    );
    assert!(
        plain.stdout.contains("warning[vague-verb]"),
        "{}",
        plain.stdout
    );
    assert!(
        !configured.stdout.contains("[no-metric]"),
        "{}",
        configured.stdout
    );
    let line = line_of(&text, WORKED_ON);
    let expected = format!(
        "resume.md:{line}:3: error[vague-verb] \"Worked on\" says where you were, not what you did"
    );
    assert!(
        configured.stdout.contains(&expected),
        "{}",
        configured.stdout
    );
    assert_eq!(configured.code, Some(1));
}

#[test]
fn quieter_severities_exit_0() {
    let text = resume(SUMMARY, &format!("- {WORKED_ON}\n{STRONG}"));
    let config = "[rules]\nno-metric = \"hint\"\nvague-verb = \"info\"\n";
    let (plain, configured) = with_and_without("quiet", config, &text);
    assert_eq!(plain.code, Some(1));
    assert!(
        configured.stdout.contains("hint[no-metric]"),
        "{}",
        configured.stdout
    );
    assert!(
        configured.stdout.contains("info[vague-verb]"),
        "{}",
        configured.stdout
    );
    assert_eq!(configured.code, Some(0), "{}", configured.stdout);
}

#[test]
fn limits_change_the_long_bullet_threshold() {
    let twelve = "Moved 60 Python cron jobs onto Airflow and retired 2 batch servers";
    assert_eq!(twelve.split_whitespace().count(), 12);
    let text = resume(SUMMARY, &format!("- {twelve}\n{STRONG}"));
    let (plain, configured) =
        with_and_without("limits", "[limits]\nlong-bullet-words = 10\n", &text);
    assert!(!plain.stdout.contains("[long-bullet]"), "{}", plain.stdout);
    // The finding covers the bullet, after its "- ".
    let line = line_of(&text, twelve);
    let column = 3;
    let expected = format!(
        "resume.md:{line}:{column}: info[long-bullet] 12 words: keep a bullet within about two lines (10 words)"
    );
    assert!(
        configured.stdout.contains(&expected),
        "{}",
        configured.stdout
    );
}

#[test]
fn words_add_buzzwords_and_ignore_phrases() {
    let text = resume(
        "Wordsmith and team player with 9 years in logistics data.",
        STRONG,
    );
    let config = "[words]\nbuzzwords = [\"wordsmith\"]\nignore = [\"team player\"]\n";
    let (plain, configured) = with_and_without("words", config, &text);
    let buzzwords = |run: &Run| -> Vec<String> {
        run.stdout
            .lines()
            .filter(|line| line.contains("[buzzword]"))
            .map(|line| line.split("] ").nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(buzzwords(&plain).len(), 1, "{}", plain.stdout);
    assert!(buzzwords(&plain)[0].starts_with("\"Team player\""));
    assert_eq!(buzzwords(&configured).len(), 1, "{}", configured.stdout);
    assert!(
        buzzwords(&configured)[0].starts_with("\"Wordsmith\" listed in your config"),
        "{}",
        configured.stdout
    );
}

#[test]
fn a_broken_config_is_reported_once_and_defaults_apply() {
    let text = resume(SUMMARY, &format!("- {WORKED_ON}\n{STRONG}"));
    let workspace = Workspace::new(
        "broken",
        "resume.md",
        Some("[rules]\nno-metric = \"loud\"\n"),
        &text,
    );
    let run = workspace.check();
    let messages: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(messages.len(), 1, "{}", run.stderr);
    let config_path = workspace.dir.join(".resume-lsp.toml");
    assert!(
        messages[0].starts_with(&format!("{}: line 2", config_path.display())),
        "{}",
        messages[0]
    );
    assert!(messages[0].contains("loud"), "{}", messages[0]);
    assert!(
        messages[0].ends_with("using the defaults"),
        "{}",
        messages[0]
    );
    // The defaults: no-metric on, at its usual severity.
    assert!(run.stdout.contains("warning[no-metric]"), "{}", run.stdout);
    assert!(run.stdout.contains("warning[vague-verb]"), "{}", run.stdout);
    assert_eq!(run.code, Some(1));
}

#[test]
fn include_globs_do_not_stop_the_cli_linting_a_named_file() {
    let text = resume(SUMMARY, &format!("- {WORKED_ON}\n{STRONG}"));
    let workspace = Workspace::new(
        "include",
        "resume.md",
        Some("include = [\"*.cv.md\"]\n"),
        &text,
    );
    let run = workspace.check();
    assert_eq!(run.stderr, "");
    assert!(run.stdout.contains("warning[vague-verb]"), "{}", run.stdout);
    assert_eq!(run.code, Some(1));
}
