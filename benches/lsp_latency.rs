//! The numbers a user feels, measured on the release binary over stdio as an
//! editor talks to it: process start to the initialize result, keystroke to
//! publishDiagnostics (p50/p99), resident memory, and the command line's
//! throughput on a folder of resumes. `cargo bench --bench lsp_latency`.
//!
//! `RESUME_LSP_BENCH_WRAPPER` runs the server under another program (e.g.
//! `valgrind --tool=callgrind`); `RESUME_LSP_BENCH_KEYSTROKES` sets how many
//! keystrokes each document gets. Instructions a keystroke are the difference
//! between two callgrind runs, divided by the keystrokes between them.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

mod support;

/// Keystrokes typed inside a bullet's words, the common case.
const KEYSTROKES: usize = 400;
/// Keystrokes typed into a bullet's first word, which may change the list's
/// structure ("1." or "-" there opens a nested list) and so takes the full path.
const FIRST_WORD_KEYSTROKES: usize = 100;

/// The keystrokes to type: `default`, unless the environment says otherwise.
fn keystrokes(default: usize) -> usize {
    std::env::var("RESUME_LSP_BENCH_KEYSTROKES")
        .ok()
        .and_then(|count| count.parse().ok())
        .unwrap_or(default)
}

struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Server {
    fn start() -> (Self, Duration) {
        let started = Instant::now();
        let server = env!("CARGO_BIN_EXE_resume-lsp");
        let wrapper = std::env::var("RESUME_LSP_BENCH_WRAPPER").unwrap_or_default();
        let mut words = wrapper.split_whitespace().chain([server]);
        let mut child = Command::new(words.next().unwrap())
            .args(words)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut server = Server {
            child,
            stdin,
            stdout,
        };
        server.send(&json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": { "capabilities": {} } }));
        server.until(|m| m["id"] == 1);
        let start_time = started.elapsed();
        server.send(&json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }));
        (server, start_time)
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    /// The next message, and when its last byte was read: the client's own
    /// parsing is not the server's latency.
    fn receive(&mut self) -> (Value, Instant) {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap();
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length:") {
                length = value.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        let arrived = Instant::now();
        (serde_json::from_slice(&body).unwrap(), arrived)
    }

    /// When the first message that satisfies `wanted` arrived.
    fn until(&mut self, wanted: impl Fn(&Value) -> bool) -> Instant {
        loop {
            let (message, arrived) = self.receive();
            if wanted(&message) {
                return arrived;
            }
        }
    }

    fn published(&mut self, version: i64) -> Instant {
        self.until(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == version
        })
    }

    /// Time the server has spent on a CPU, from /proc: unlike the wall clock
    /// it leaves out waiting to be scheduled, which on a busy or virtual
    /// machine can outweigh the work.
    fn cpu_time(&self) -> Duration {
        let threads = std::fs::read_dir(format!("/proc/{}/task", self.child.id()))
            .into_iter()
            .flatten()
            .flatten();
        let nanos = threads
            .filter_map(|thread| std::fs::read_to_string(thread.path().join("schedstat")).ok())
            .filter_map(|schedstat| schedstat.split_whitespace().next()?.parse::<u64>().ok())
            .sum();
        Duration::from_nanos(nanos)
    }

    /// Resident memory in MB, from /proc.
    fn rss_mb(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let kb: f64 = status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        kb / 1024.0
    }
}

impl Drop for Server {
    /// Shuts the server down as an editor does, so that a wrapper such as
    /// callgrind writes its report.
    fn drop(&mut self) {
        self.send(&json!({ "jsonrpc": "2.0", "id": 0, "method": "shutdown" }));
        self.until(|m| m["id"] == 0);
        self.send(&json!({ "jsonrpc": "2.0", "method": "exit" }));
        let _ = self.child.wait();
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Types `keystrokes` characters one at a time into a bullet at `column` of
/// `line`, waiting for the diagnostics of each keystroke, as an editor does.
fn keystroke_latency(name: &str, text: &str, line: u32, column: usize, keystrokes: usize) {
    let (mut server, _) = Server::start();
    let uri = format!("file:///bench/{}/resume.md", name.replace([' ', ','], "-"));
    server.send(
        &json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": { "uri": uri, "languageId": "markdown", "version": 1, "text": text } } }),
    );
    server.published(1);
    if keystrokes == 0 {
        println!(
            "{name}: opened, no keystrokes; RSS {:.1} MB",
            server.rss_mb()
        );
        return;
    }
    let mut times = Vec::with_capacity(keystrokes);
    let cpu_before = server.cpu_time();
    for i in 0..keystrokes {
        let version = i as i64 + 2;
        let position = json!({ "line": line, "character": column + i });
        let change = json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "range": { "start": position, "end": position }, "text": "x" }] } });
        let started = Instant::now();
        server.send(&change);
        times.push(server.published(version) - started);
    }
    let cpu = (server.cpu_time() - cpu_before) / keystrokes as u32;
    times.sort();
    println!(
        "{name}: {} bytes; keystroke to publishDiagnostics p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms; server CPU {:.3} ms a keystroke; RSS {:.1} MB",
        text.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
        cpu.as_secs_f64() * 1e3,
        server.rss_mb()
    );
}

fn start_time() {
    let mut times: Vec<Duration> = (0..20).map(|_| Server::start().1).collect();
    times.sort();
    println!(
        "start: process start to initialize result p50 {:.1} ms",
        percentile(&times, 0.5).as_secs_f64() * 1e3
    );
}

fn cli_throughput(example: &str) {
    let folder = std::env::temp_dir().join(format!("resume-lsp-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let mut bytes = 0;
    for i in 0..1000 {
        let text = example.replace("Mara", &format!("Mara {i}"));
        bytes += text.len();
        std::fs::write(folder.join(format!("resume-{i}.md")), text).unwrap();
    }
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .args(["check", "--format", "compact"])
        .arg(&folder)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(status.code(), Some(1), "the example has findings");
    println!(
        "cli: 1,000 resumes, {:.1} MB in {:.2} s: {:.1} MB/s on {} cores",
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        bytes as f64 / 1e6 / elapsed.as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    std::fs::remove_dir_all(folder).unwrap();
}

/// A bullet's line in `text` and the column after its first word, where
/// typing goes into the bullet's words.
fn bullet_line(text: &str, opening: &str) -> (u32, usize) {
    let line = text
        .lines()
        .position(|l| l.starts_with(opening))
        .expect("the document has the bullet");
    (line as u32, opening.len())
}

/// `cargo bench --bench lsp_latency -- NAME…` runs only the named measures:
/// `start`, `cli`, or a document's name as printed.
fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    filters.is_empty() || filters.iter().any(|filter| filter == name)
}

fn main() {
    let example = include_str!("../examples/resume.md");
    if selected("start") {
        start_time();
    }
    let documents = [
        ("two-page resume", support::two_page_resume(), "- Worked "),
        (
            "10,000 bullets",
            support::generated_resume(10_000),
            "- Built ",
        ),
    ];
    for (name, text, opening) in &documents {
        let (line, words) = bullet_line(text, opening);
        if selected(name) {
            keystroke_latency(name, text, line, words, keystrokes(KEYSTROKES));
        }
        let name = format!("{name}, first word");
        if selected(&name) {
            keystroke_latency(&name, text, line, 2, keystrokes(FIRST_WORD_KEYSTROKES));
        }
    }
    if selected("cli") {
        cli_throughput(example);
    }
}
