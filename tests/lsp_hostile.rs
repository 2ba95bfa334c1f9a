//! A hostile or careless client: broken framing, malformed JSON, unknown
//! methods, requests out of order, edits to unknown documents, positions
//! outside the text, bursts of edits, huge and binary documents, and a
//! handler that panics. The server answers with proper errors and goes on.

mod support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{LspClient, range, uri};

const RESUME: &str = "# Mika Tanaka\nmika@example.com · https://github.com/mika-example\n\n\
## Experience\n\n### Backend Engineer | Sakura Pay\nApr 2021 – Present\n\n\
- Worked on the payments API\n- Cut refund time from 9 days to 2 by automating ledger checks\n\n\
## Skills\n\nRust\n\n## Education\n\n### B.Sc. Computing | Eastbrook University | 2016 – 2020\n";

/// The server still answers: a document symbol request on a fresh document.
fn still_serving(client: &mut LspClient) {
    let name = uri(&format!(
        "resume-check-{}.md",
        Instant::now().elapsed().as_nanos()
    ));
    client.open(&name, 1, RESUME);
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": name } }),
    );
    assert_eq!(symbols[0]["name"], "Experience");
}

fn error_codes(client: &mut LspClient, count: usize) -> Vec<i64> {
    (0..count)
        .map(|_| {
            let error = client.response_where(|m| m["id"].is_null() && m.get("error").is_some());
            error["error"]["code"].as_i64().unwrap()
        })
        .collect()
}

#[test]
fn broken_framing_and_json_get_errors_and_the_session_goes_on() {
    let (mut client, _) = LspClient::initialized(json!({}));
    client.send_raw(b"this is not a message\r\n\r\n");
    assert_eq!(error_codes(&mut client, 1), [-32700]);
    client.send_raw(b"Content-Length: 10\r\n\r\n{not json}");
    assert_eq!(error_codes(&mut client, 1), [-32700]);
    client.send_raw(b"Content-Length: 2\r\n\r\n[]");
    assert_eq!(error_codes(&mut client, 1), [-32600]);
    client.send_raw(b"Content-Length: nine\r\n\r\n");
    assert_eq!(error_codes(&mut client, 1), [-32700]);
    // A length shorter than the body: the rest is skipped up to the next header.
    client.send_raw(b"Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}");
    assert!(error_codes(&mut client, 1)[0] == -32700);
    still_serving(&mut client);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn unknown_methods_and_early_requests_are_errors_not_silence() {
    let mut client = LspClient::spawn();
    let early = client.request_response(
        "textDocument/hover",
        json!({
            "textDocument": { "uri": uri("resume.md") }, "position": { "line": 0, "character": 0 }
        }),
    );
    assert_eq!(early["error"]["code"], -32002, "not initialized yet");
    client.request("initialize", json!({ "capabilities": {} }));
    client.notify("initialized", json!({}));
    let unknown = client.request_response("resume/doesNotExist", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let bad_params = client.request_response("textDocument/hover", json!({ "nonsense": true }));
    assert_eq!(bad_params["error"]["code"], -32602);
    still_serving(&mut client);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn edits_to_unknown_documents_and_backwards_versions_are_survived() {
    let (mut client, _) = LspClient::initialized(json!({}));
    client.change(
        &uri("never-opened.md"),
        3,
        json!([{ "range": range((0, 0), (0, 0)), "text": "x" }]),
    );
    let resume = uri("resume.md");
    client.open(&resume, 10, RESUME);
    client.diagnostics(&resume, 10);
    client.change(
        &resume,
        4,
        json!([{ "range": range((8, 2), (8, 11)), "text": "Shipped" }]),
    );
    let diagnostics = client.diagnostics(&resume, 4);
    assert!(
        diagnostics.iter().all(|d| d["code"] != "vague-verb"),
        "the edit still applies"
    );
    still_serving(&mut client);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn positions_outside_the_document_are_clamped() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    client.diagnostics(&resume, 1);
    let far = json!({ "line": 4000, "character": 4000 });
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": resume }, "position": far }),
    );
    assert_eq!(hover, Value::Null);
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": resume }, "range": { "start": far, "end": far }, "context": { "diagnostics": [] } }),
    );
    assert_eq!(actions, json!([]));
    let reversed =
        json!({ "start": { "line": 9, "character": 0 }, "end": { "line": 8, "character": 0 } });
    client.change(&resume, 2, json!([{ "range": reversed, "text": "" }]));
    let after = client.diagnostics(&resume, 2);
    assert!(
        after
            .iter()
            .all(|d| d["range"]["start"]["line"].as_u64().unwrap() < 30)
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

/// Typing a bullet and deleting it again, one keystroke at a time, far faster
/// than anyone types.
#[test]
fn a_burst_of_edits_ends_with_the_findings_of_the_final_text() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    client.diagnostics(&resume, 1);
    let typed = "- Helped with the 東京 rollout of 🚀 checkout and stuff";
    let mut version = 1;
    let mut send = |client: &mut LspClient, start: (u32, u32), end: (u32, u32), text: &str| {
        version += 1;
        client.change(
            &resume,
            version,
            json!([{ "range": range(start, end), "text": text }]),
        );
    };
    let line = 9;
    for round in 0..50 {
        let mut column = 0;
        for ch in typed.chars() {
            send(&mut client, (line, column), (line, column), &ch.to_string());
            column += ch.len_utf16() as u32;
        }
        send(&mut client, (line, column), (line, column), "\n");
        if round == 49 {
            break;
        }
        send(&mut client, (line, column), (line + 1, 0), "");
        for ch in typed.chars().rev() {
            let width = ch.len_utf16() as u32;
            send(&mut client, (line, column - width), (line, column), "");
            column -= width;
        }
    }
    assert!(version > 5000, "{version} edits");
    let last = client.diagnostics(&resume, version);
    let final_text = RESUME.replacen("- Cut", &format!("{typed}\n- Cut"), 1);
    let fresh = uri("fresh-resume.md");
    client.open(&fresh, 1, &final_text);
    assert_eq!(last, client.diagnostics(&fresh, 1));
    assert!(
        last.iter()
            .any(|d| d["code"] == "vague-verb" && d["range"]["start"]["line"] == 9)
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_huge_document_is_not_linted_and_the_server_stays_responsive() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let huge = RESUME.repeat(20 * 1024 * 1024 / RESUME.len() + 1);
    let resume = uri("resume.md");
    client.open(&resume, 1, &huge);
    let diagnostics = client.diagnostics(&resume, 1);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0]["code"], "too-large");
    assert_eq!(diagnostics[0]["severity"], 3);
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Not linted: 20.0 MB")
    );
    let started = Instant::now();
    client.change(
        &resume,
        2,
        json!([{ "range": range((0, 0), (0, 0)), "text": "x" }]),
    );
    client.diagnostics(&resume, 2);
    still_serving(&mut client);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // Cut back under the limit, it is read as a resume again.
    client.change(&resume, 3, json!([{ "text": RESUME }]));
    let diagnostics = client.diagnostics(&resume, 3);
    assert!(diagnostics.iter().any(|d| d["code"] == "vague-verb"));
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn binary_content_is_survived() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let binary: String = (0u8..=255).cycle().take(4096).map(char::from).collect();
    let resume = uri("resume.md");
    client.open(&resume, 1, &format!("\u{feff}{binary}\0\0\r\r\n{RESUME}"));
    client.diagnostics(&resume, 1);
    still_serving(&mut client);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_panicking_handler_is_answered_with_an_error_and_logged() {
    let mut client = LspClient::spawn_with_env(&[("RESUME_LSP_PANIC_IN", "textDocument/hover")]);
    client.request("initialize", json!({ "capabilities": {} }));
    client.notify("initialized", json!({}));
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    client.diagnostics(&resume, 1);
    let at =
        json!({ "textDocument": { "uri": resume }, "position": { "line": 8, "character": 3 } });
    let failed = client.request_response("textDocument/hover", at);
    assert_eq!(failed["error"]["code"], -32603);
    assert!(
        failed["error"]["message"]
            .as_str()
            .unwrap()
            .contains("injected panic")
    );
    let logged = client.notification("window/logMessage", |p| p["type"] == 1);
    assert!(
        logged["message"]
            .as_str()
            .unwrap()
            .contains("textDocument/hover failed")
    );
    still_serving(&mut client);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));

    // A panic while applying an edit: the document is read again and serving goes on.
    let mut client =
        LspClient::spawn_with_env(&[("RESUME_LSP_PANIC_IN", "textDocument/didChange")]);
    client.request("initialize", json!({ "capabilities": {} }));
    client.notify("initialized", json!({}));
    client.open(&resume, 1, RESUME);
    client.diagnostics(&resume, 1);
    client.change(
        &resume,
        2,
        json!([{ "range": range((8, 2), (8, 11)), "text": "Shipped" }]),
    );
    client.notification("window/logMessage", |p| p["type"] == 1);
    still_serving(&mut client);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_config_outside_the_workspace_is_not_read() {
    let root = std::env::temp_dir().join(format!("resume-lsp-outside-{}", std::process::id()));
    let workspace = root.join("workspace");
    std::fs::create_dir_all(&workspace).unwrap();
    std::fs::write(
        root.join(".resume-lsp.toml"),
        "[rules]\nvague-verb = \"off\"\n",
    )
    .unwrap();
    let (mut client, _) = LspClient::initialized_with(json!({
        "capabilities": {},
        "workspaceFolders": [{ "uri": format!("file://{}", workspace.display()), "name": "w" }],
    }));
    let resume = format!("file://{}/resume.md", workspace.display());
    client.open(&resume, 1, RESUME);
    let diagnostics = client.diagnostics(&resume, 1);
    assert!(
        diagnostics.iter().any(|d| d["code"] == "vague-verb"),
        "the outer config was not read"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(root).unwrap();
}

/// One framed JSON-RPC message.
fn framed(message: Value) -> Vec<u8> {
    let body = message.to_string();
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// A session that opens the resume and asks for its outline `requests` times,
/// then shuts down.
fn session(requests: usize) -> Vec<u8> {
    let resume = uri("resume.md");
    let mut bytes = framed(
        json!({ "jsonrpc": "2.0", "id": 0, "method": "initialize", "params": { "capabilities": {} } }),
    );
    bytes.extend(framed(
        json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }),
    ));
    bytes.extend(framed(json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": { "uri": resume, "languageId": "markdown", "version": 1, "text": RESUME } } })));
    for id in 1..=requests {
        bytes.extend(framed(
            json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol",
            "params": { "textDocument": { "uri": resume } } }),
        ));
    }
    let last = requests + 1;
    bytes.extend(framed(
        json!({ "jsonrpc": "2.0", "id": last, "method": "shutdown" }),
    ));
    bytes.extend(framed(json!({ "jsonrpc": "2.0", "method": "exit" })));
    bytes
}

/// The ids the output answers. A client sending all at once, without
/// waiting for the initialize result, gets errors, but every request an answer.
fn answered(output: &[u8]) -> Vec<u64> {
    let output = String::from_utf8_lossy(output);
    let bodies = output.split("Content-Length:").skip(1);
    let mut ids: Vec<u64> = bodies
        .filter_map(|frame| frame.split_once("\r\n\r\n"))
        .filter_map(|(_, body)| serde_json::from_str::<Value>(body).ok())
        .filter_map(|message| message["id"].as_u64())
        .collect();
    ids.sort();
    ids
}

/// stdin and stdout need not be pipes: a session read from a file is
/// answered into a file, request by request.
#[test]
fn a_session_from_a_file_into_a_file_is_served() {
    let dir = std::env::temp_dir().join(format!("resume-lsp-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (input, output) = (dir.join("in.jsonrpc"), dir.join("out.jsonrpc"));
    std::fs::write(&input, session(3)).unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .stdin(std::fs::File::open(&input).unwrap())
        .stdout(std::fs::File::create(&output).unwrap())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.code().is_some());
    let ids: Vec<u64> = (0..=4).collect();
    assert_eq!(answered(&std::fs::read(&output).unwrap()), ids);
    std::fs::remove_dir_all(dir).unwrap();
}

/// A client that writes its whole session before reading a byte: the
/// server keeps reading while its answers (more than a pipe holds) wait, so
/// the writes complete and every request is answered.
#[test]
fn a_client_that_writes_everything_before_reading_is_served() {
    use std::io::{Read, Write};
    const REQUESTS: usize = 3000;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (written, done) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = written.send(stdin.write_all(&session(REQUESTS)).is_ok());
    });
    let wrote_all = done.recv_timeout(Duration::from_secs(60));
    let mut output = Vec::new();
    if wrote_all.is_err() {
        let _ = child.kill();
    }
    child
        .stdout
        .take()
        .unwrap()
        .read_to_end(&mut output)
        .unwrap();
    assert_eq!(wrote_all, Ok(true), "the session could not be written");
    let ids: Vec<u64> = (0..=REQUESTS as u64 + 1).collect();
    assert_eq!(answered(&output), ids);
    let _ = child.wait();
}
