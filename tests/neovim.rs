//! Real Neovim (0.11 or newer, headless) loads the repository's own
//! `editors/nvim` config, lints a resume through the built binary, applies
//! a code action, and follows the config file edited while the resume is
//! open; its LSP log stays free of warnings and errors. `.ci/run` installs Neovim and points `RESUME_LSP_NVIM` at it;
//! elsewhere `nvim` on PATH is used. Without a new enough Neovim the test fails
//! under CI and says why it did nothing everywhere else.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const ACTION: &str = r#"Change "Javascript" to "JavaScript""#;

#[test]
fn neovim_shows_findings_and_applies_a_code_action() {
    let Some(nvim) = find_nvim() else { return };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("resume-lsp-nvim-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // The config file is the root marker, so the client's root is this folder.
    std::fs::write(dir.join(".resume-lsp.toml"), "").unwrap();
    let fixture = dir.join("resume.md");
    std::fs::copy(repo.join("tests/nvim/resume.md"), &fixture).unwrap();
    let report_path = dir.join("report.json");

    let mut child = Command::new(&nvim)
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!(
            "luafile {}",
            repo.join("tests/nvim/lint_and_fix.lua").display()
        ))
        .env("RESUME_LSP_BIN", env!("CARGO_BIN_EXE_resume-lsp"))
        .env("RESUME_LSP_NVIM_CONFIG", repo.join("editors/nvim"))
        .env("RESUME_LSP_FIXTURE", &fixture)
        .env("RESUME_LSP_REPORT", &report_path)
        .env("RESUME_LSP_ACTION", ACTION)
        // Keep Neovim's state and logs out of the user's home.
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The script times out its own waits; this only guards against a hung editor.
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    let failure = format!(
        "nvim: {}\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let report =
        std::fs::read_to_string(&report_path).unwrap_or_else(|_| panic!("no report; {failure}"));
    let report: Value = serde_json::from_str(&report).unwrap();

    assert_eq!(report["filetype"], "markdown");
    assert_eq!(
        Path::new(report["root_dir"].as_str().unwrap()),
        dir.canonicalize().unwrap()
    );
    // Neovim offers UTF-8 first, so columns are bytes: "ö" before "Javascript" counts twice.
    assert_eq!(report["offset_encoding"], "utf-8");
    assert_eq!(
        findings(&report["diagnostics"]),
        [
            ("no-metric", 8, 2, 8, 42),
            ("vague-verb", 8, 2, 8, 11),
            ("tech-casing", 9, 39, 9, 49),
        ],
        "{:#}",
        report["diagnostics"]
    );
    for diagnostic in report["diagnostics"].as_array().unwrap() {
        assert_eq!(diagnostic["source"], "resume-lsp");
        assert_eq!(diagnostic["severity"], "WARN");
    }

    assert!(output.status.success(), "{failure}");
    let lines = report["lines_after"].as_array().unwrap();
    assert_eq!(
        lines[9],
        "- Moved the Malmö yard dashboard from JavaScript to TypeScript, cutting page load from 4.2 s to 1.1 s."
    );
    let original = std::fs::read_to_string(repo.join("tests/nvim/resume.md")).unwrap();
    assert_eq!(
        lines.len(),
        original.lines().count(),
        "only the word changes"
    );
    assert_eq!(
        findings(&report["diagnostics_after"]),
        [("no-metric", 8, 2, 8, 42), ("vague-verb", 8, 2, 8, 11)]
    );
    assert_eq!(
        findings(&report["diagnostics_after_config"]),
        [("vague-verb", 8, 2, 8, 11)],
        "no-metric turned off in .resume-lsp.toml"
    );

    // Neovim logs at WARN and above by default: unanswered server requests,
    // errors from the server and its stderr would all show here.
    let log_path = report["lsp_log"].as_str().unwrap();
    assert!(log_path.starts_with(dir.to_str().unwrap()), "{log_path}");
    // Neovim writes the log only once there is something to say.
    let log = std::fs::read_to_string(log_path).unwrap_or_default();
    let loud: Vec<&str> = log
        .lines()
        .filter(|line| line.starts_with("[WARN]") || line.starts_with("[ERROR]"))
        .collect();
    assert!(loud.is_empty(), "Neovim's LSP log:\n{}", loud.join("\n"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// (rule id, start line, start column, end line, end column), all from 0.
fn findings(diagnostics: &Value) -> Vec<(&str, u64, u64, u64, u64)> {
    let mut list: Vec<_> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let n = |key: &str| d[key].as_u64().unwrap();
            (
                d["code"].as_str().unwrap(),
                n("lnum"),
                n("col"),
                n("end_lnum"),
                n("end_col"),
            )
        })
        .collect();
    list.sort_by_key(|&(code, line, col, ..)| (line, col, code));
    list
}

/// `RESUME_LSP_NVIM`, else `nvim` on PATH, when it is Neovim 0.11 or newer.
fn find_nvim() -> Option<PathBuf> {
    let nvim = PathBuf::from(std::env::var_os("RESUME_LSP_NVIM").unwrap_or("nvim".into()));
    let version = Command::new(&nvim)
        .arg("--version")
        .output()
        .ok()
        .map(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .to_string()
        });
    let new_enough = version.as_deref().is_some_and(|line| {
        // "NVIM v0.11.4"
        let mut parts = line.trim_start_matches("NVIM v").split('.');
        let major: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        let minor: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        (major, minor) >= (0, 11)
    });
    if new_enough {
        return Some(nvim);
    }
    let why = match version {
        Some(line) => format!(
            "{} is {line}; the test needs Neovim 0.11 or newer",
            nvim.display()
        ),
        None => format!("{} cannot be run", nvim.display()),
    };
    if std::env::var("CI").is_ok_and(|ci| ci == "true" || ci == "1") {
        panic!("{why}. `bash .ci/run` installs it and sets RESUME_LSP_NVIM.");
    }
    eprintln!("skipped the Neovim test: {why} (set RESUME_LSP_NVIM, or run `bash .ci/run`)");
    None
}
