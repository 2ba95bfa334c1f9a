//! Config files and job postings edited on disk while a resume is open, as
//! editors without file watchers (Neovim on Linux) and with Helix's way of
//! declaring refreshes see it; and no request goes to a client that did not
//! declare it.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};
use support::LspClient;

const RESUME: &str = "# Ada Example\n\
ada@example.com · [GitHub](https://github.com/ada-example)\n\
\n\
## Experience\n\
\n\
### Backend Engineer | Example Co\n\
Apr 2021 – Present\n\
\n\
- Worked on the payments API\n\
- Cut refund time from 9 days to 2 by automating ledger checks\n";

/// A real folder, opened as the workspace, with a config file.
fn workspace(name: &str, config: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resume-lsp-disk-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(".resume-lsp.toml"), config).unwrap();
    dir
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn start(dir: &Path, capabilities: Value) -> LspClient {
    let (client, _) = LspClient::initialized_with(json!({
        "processId": null,
        "capabilities": capabilities,
        "workspaceFolders": [{ "uri": file_uri(dir), "name": "cv" }],
    }));
    client
}

fn has(diagnostics: &Value, rule: &str) -> bool {
    diagnostics
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == rule)
}

/// Waits for findings of `uri` published with or without `rule`.
fn published(client: &mut LspClient, uri: &str, rule: &str, present: bool) -> Value {
    client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && has(&p["diagnostics"], rule) == present
    })
}

fn save(client: &mut LspClient, uri: &str) {
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
}

#[test]
fn without_watchers_a_config_edit_applies_at_the_next_save_open_or_pause_in_typing() {
    let dir = workspace("plain", "");
    let config = dir.join(".resume-lsp.toml");
    let resume = file_uri(&dir.join("resume.md"));
    let mut client = start(&dir, json!({}));
    client.open(&resume, 1, RESUME);
    assert!(has(&json!(client.diagnostics(&resume, 1)), "no-metric"));

    // Saved in another editor: the resume's next save reads it.
    std::fs::write(&config, "[rules]\nno-metric = \"off\"\n").unwrap();
    save(&mut client, &resume);
    assert_eq!(
        published(&mut client, &resume, "no-metric", false)["version"],
        1
    );

    // Opening another document looks at the disk too, and the open resume follows.
    std::fs::write(&config, "[rules]\nno-metric = \"warning\"\n").unwrap();
    client.open(&file_uri(&dir.join("notes.md")), 1, "# Notes\n");
    published(&mut client, &resume, "no-metric", true);

    // The first keystroke after a pause stands for the editor's focus.
    std::fs::write(&config, "[rules]\nno-metric = \"off\"\n").unwrap();
    std::thread::sleep(Duration::from_millis(2100));
    client.change(
        &resume,
        2,
        json!([{ "text": RESUME.replace("Ada", "Ida") }]),
    );
    assert_eq!(
        published(&mut client, &resume, "no-metric", false)["version"],
        2
    );

    // Settings change: every document is read again, and no request is sent.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resume-lsp": { "rules": { "vague-verb": "off" } } } }),
    );
    published(&mut client, &resume, "vague-verb", false);
    assert_eq!(
        client.requests,
        Vec::<Value>::new(),
        "the client declared no requests"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_posting_edited_on_disk_applies_at_the_next_save() {
    let dir = workspace("posting", "job = \"posting.md\"\n");
    let posting = dir.join("posting.md");
    std::fs::write(&posting, "We need a backend engineer.\n").unwrap();
    let resume = file_uri(&dir.join("resume.md"));
    let mut client = start(&dir, json!({}));
    client.open(&resume, 1, RESUME);
    assert!(!has(
        &json!(client.diagnostics(&resume, 1)),
        "job-missing-skill"
    ));

    std::fs::write(&posting, "We need a backend engineer who knows Kafka.\n").unwrap();
    save(&mut client, &resume);
    let missing = published(&mut client, &resume, "job-missing-skill", true);
    let skill = missing["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "job-missing-skill")
        .unwrap();
    assert!(
        skill["message"].as_str().unwrap().contains("Kafka"),
        "{skill}"
    );
    assert_eq!(client.requests, Vec::<Value>::new());
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

/// Helix 25.07: pulls diagnostics and spells the refresh capability
/// `workspace.diagnostic`; it declares no code lens refresh.
#[test]
fn a_client_spelling_refresh_support_as_helix_does_is_asked_to_refresh() {
    let dir = workspace("helix", "");
    let config = dir.join(".resume-lsp.toml");
    let resume = file_uri(&dir.join("resume.md"));
    let mut client = start(
        &dir,
        json!({
            "textDocument": { "diagnostic": {} },
            "workspace": { "diagnostic": { "refreshSupport": true } },
        }),
    );
    client.open(&resume, 1, RESUME);
    let pull = |client: &mut LspClient| {
        client.request(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": resume } }),
        )["items"]
            .clone()
    };
    assert!(has(&pull(&mut client), "no-metric"));

    std::fs::write(&config, "[rules]\nno-metric = \"off\"\n").unwrap();
    save(&mut client, &resume);
    client.server_request("workspace/diagnostic/refresh");
    assert!(!has(&pull(&mut client), "no-metric"));
    let methods: Vec<&Value> = client.requests.iter().map(|r| &r["method"]).collect();
    assert_eq!(methods, ["workspace/diagnostic/refresh"]);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}
