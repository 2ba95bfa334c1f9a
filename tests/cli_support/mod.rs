//! Running the `resume-lsp` binary as a user runs it: from the repository, or
//! in a throwaway folder of resumes.

#![allow(dead_code)] // Each test file uses a different part of it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the binary in the repository, where the fixtures are.
pub fn run(args: &[&str]) -> Run {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, b"")
}

/// Runs the binary in `dir` with `stdin` as its input.
pub fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The binary may exit without reading stdin; a closed pipe is fine.
    let _ = child.stdin.take().expect("piped").write_all(stdin);
    let output = child.wait_with_output().expect("the binary exits");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A folder under the system's temp folder, removed when dropped.
pub struct Folder(pub PathBuf);

impl Folder {
    pub fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("resume-lsp-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("the temp folder is writable");
        Folder(path)
    }

    /// Writes a file at `relative`, creating its folders.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> &Self {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("a file has a folder")).unwrap();
        std::fs::write(path, contents).unwrap();
        self
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.0.join(relative)).unwrap()
    }

    /// Runs the binary in this folder.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(&self.0, args, b"")
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A resume with no findings.
pub const CLEAN_RESUME: &str = "# Ana Ruiz\nana@example.com · https://github.com/ana-example\n\n\
## Experience\n\n### Backend Engineer | Nimbus | Jan 2021 – Present\n\n\
- Cut build time from 20 to 4 minutes by caching Docker layers\n\
- Built the billing API in Rust that settles 40k invoices a day\n\n\
## Skills\n\nDocker, Rust\n\n## Education\n\n### B.Sc. Computer Science | Eastbrook University | 2016 – 2020\n";

/// The fixture with safe fixes (tech-casing, tense) beside rewrites.
pub const FIXABLE: &str = "tests/fixtures/cli/resume-fixable.md";
/// A fixture with warnings and info findings and no fixes.
pub const ATX: &str = "tests/fixtures/resumes/atx-title-company.md";

pub fn fixture(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}
