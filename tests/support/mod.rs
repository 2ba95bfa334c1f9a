//! An LSP client for tests: spawns the real binary and speaks JSON-RPC over its
//! stdio with Content-Length framing, as an editor does.

#![allow(dead_code)] // Each test file uses a different part of it.

pub mod shared;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const TIMEOUT: Duration = Duration::from_secs(20);

pub struct LspClient {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications received and not yet taken, oldest first.
    notifications: Vec<Value>,
    /// Requests the server sent, oldest first (each already answered).
    pub requests: Vec<Value>,
    /// Results to answer server requests with, by method; null otherwise.
    pub answers: std::collections::HashMap<String, Value>,
}

impl LspClient {
    pub fn spawn() -> Self {
        Self::spawn_with_env(&[])
    }

    /// Spawns the server with extra environment variables.
    pub fn spawn_with_env(vars: &[(&str, &str)]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
            .envs(vars.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server binary starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let (sender, incoming) = channel();
        std::thread::spawn(move || {
            let mut stdout = stdout;
            while let Some(message) = read_message(&mut stdout) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            stdin,
            incoming,
            next_id: 1,
            notifications: Vec::new(),
            requests: Vec::new(),
            answers: Default::default(),
        }
    }

    /// Spawns and initializes with the given client capabilities.
    pub fn initialized(capabilities: Value) -> (Self, Value) {
        Self::initialized_with(
            json!({ "processId": null, "rootUri": null, "capabilities": capabilities }),
        )
    }

    /// Spawns and initializes with the given initialize params.
    pub fn initialized_with(params: Value) -> (Self, Value) {
        let mut client = Self::spawn();
        let result = client.request("initialize", params);
        client.notify("initialized", json!({}));
        (client, result)
    }

    pub fn send(&mut self, message: &Value) {
        let body = message.to_string();
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin
            .write_all(bytes)
            .expect("the server reads its stdin");
        self.stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns the whole response (result or error).
    pub fn request_response(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.receive_until(|message| {
            message.get("id") == Some(&json!(id)) && message.get("method").is_none()
        })
    }

    /// Waits for a message from the server that satisfies `wanted`.
    pub fn response_where(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        self.receive_until(wanted)
    }

    /// Sends a request and returns its result, failing the test on an error.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_response(method, params);
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// Waits for a notification of `method` that satisfies `wanted`, keeping others.
    pub fn notification(&mut self, method: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        let matches = |message: &Value| message["method"] == method && wanted(&message["params"]);
        if let Some(at) = self.notifications.iter().position(matches) {
            return self.notifications.remove(at)["params"].clone();
        }
        self.receive_until(matches)["params"].clone()
    }

    /// The first request of `method` from the server, answered; waits for it
    /// if it has not come yet. Requests and notifications from the server may
    /// arrive in either order.
    pub fn server_request(&mut self, method: &str) -> Value {
        if let Some(request) = self.requests.iter().find(|r| r["method"] == method) {
            return request.clone();
        }
        let request = self.receive_until(|m| m["method"] == method && m.get("id").is_some());
        self.keep(request.clone());
        request
    }

    /// The diagnostics published for `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let published = self.notification("textDocument/publishDiagnostics", |params| {
            params["uri"] == uri && params["version"] == version
        });
        published["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The first notification of `method` to arrive within `wait`, if any.
    pub fn any_notification_within(&mut self, method: &str, wait: Duration) -> Option<Value> {
        let deadline = Instant::now() + wait;
        loop {
            if let Some(at) = self
                .notifications
                .iter()
                .position(|m| m["method"] == method)
            {
                return Some(self.notifications.remove(at)["params"].clone());
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.incoming.recv_timeout(left) {
                Ok(message) => self.keep(message),
                Err(_) => return None,
            }
        }
    }

    pub fn open(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": {
                "uri": uri, "languageId": "markdown", "version": version, "text": text
            }}),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": changes }),
        );
    }

    /// Sends shutdown and exit, and returns how the process ended.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn receive_until(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => panic!("no answer from the server in time"),
                Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
            };
            if wanted(&message) {
                return message;
            }
            self.keep(message);
        }
    }

    /// Keeps a notification for later, and answers requests from the server.
    fn keep(&mut self, message: Value) {
        match (message.get("id"), message.get("method")) {
            (Some(id), Some(method)) => {
                let id = id.clone();
                let result = self
                    .answers
                    .get(method.as_str().unwrap_or(""))
                    .cloned()
                    .unwrap_or(Value::Null);
                self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": result }));
                self.requests.push(message);
            }
            (None, Some(_)) => self.notifications.push(message),
            _ => {}
        }
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// A `file://` URI for a path inside a made-up workspace.
pub fn uri(name: &str) -> String {
    format!("file:///workspace/{name}")
}

pub fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({
        "start": { "line": start.0, "character": start.1 },
        "end": { "line": end.0, "character": end.1 },
    })
}

/// The byte offset of an LSP position counted in UTF-16, read independently
/// of the server: lines end at `\r\n`, `\n` or `\r`.
pub fn utf16_offset(text: &str, line: u64, character: u64) -> usize {
    let mut start = 0;
    for _ in 0..line {
        let Some(at) = text[start..].find(['\n', '\r']) else {
            return text.len();
        };
        start += at + 1;
        if text[..start].ends_with('\r') && text[start..].starts_with('\n') {
            start += 1;
        }
    }
    let end = text[start..]
        .find(['\n', '\r'])
        .map_or(text.len(), |at| start + at);
    let mut units = 0;
    for (at, ch) in text[start..end].char_indices() {
        if units >= character as usize {
            return start + at;
        }
        units += ch.len_utf16();
    }
    end
}

/// Applies the edits a WorkspaceEdit makes to `uri` (from `changes` or
/// `documentChanges`) to `text`, positions in UTF-16.
pub fn apply_edit(text: &str, edit: &Value, uri: &str) -> String {
    let mut edits: Vec<Value> = edit["changes"][uri].as_array().cloned().unwrap_or_default();
    for change in edit["documentChanges"].as_array().into_iter().flatten() {
        if change["textDocument"]["uri"] == uri {
            edits.extend(change["edits"].as_array().cloned().unwrap_or_default());
        }
    }
    let offset = |position: &Value| {
        utf16_offset(
            text,
            position["line"].as_u64().unwrap(),
            position["character"].as_u64().unwrap(),
        )
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut result = text.to_string();
    for (start, end, new_text) in spans {
        result.replace_range(start..end, &new_text);
    }
    result
}
