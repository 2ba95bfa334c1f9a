//! The job match in the editor, over the real binary's stdio: the lens at the
//! top, its hover, the findings on the Skills heading, the add-skill action
//! applied, and the posting changing on disk or in the editor.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};
use support::{LspClient, apply_edit, range};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/jobs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A real folder, opened as the workspace.
fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("resume-lsp-job-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("jobs")).unwrap();
    dir
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn start(dir: &Path) -> LspClient {
    let (client, _) = LspClient::initialized_with(json!({
        "processId": null,
        "capabilities": { "workspace": {
            "didChangeWatchedFiles": { "dynamicRegistration": true },
            "codeLens": { "refreshSupport": true },
        } },
        "workspaceFolders": [{ "uri": file_uri(dir), "name": "cv" }],
    }));
    client
}

fn lenses(client: &mut LspClient, uri: &str) -> Vec<Value> {
    client
        .request(
            "textDocument/codeLens",
            json!({ "textDocument": { "uri": uri } }),
        )
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn job_lens_title(client: &mut LspClient, uri: &str) -> String {
    let lenses = lenses(client, uri);
    assert_eq!(
        lenses[0]["range"]["start"],
        json!({ "line": 0, "character": 0 })
    );
    lenses[0]["command"]["title"].as_str().unwrap().to_string()
}

fn missing_skills(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == "job-missing-skill")
        .map(|d| d["data"]["suggestions"][0].as_str().unwrap().to_string())
        .collect()
}

const SKILLS_LINE: u32 = 17;
const MISSING: [&str; 4] = ["gRPC", "Kafka", "Google Cloud", "Prometheus"];

#[test]
fn lens_hover_findings_and_the_add_skill_action() {
    let dir = workspace("lens");
    std::fs::write(dir.join("jobs/acme.md"), fixture("acme-backend.md")).unwrap();
    std::fs::write(dir.join(".resume-lsp.toml"), "job = \"jobs/acme.md\"\n").unwrap();
    let text = fixture("resume.md");
    let uri = file_uri(&dir.join("resume.md"));
    let mut client = start(&dir);
    client.open(&uri, 1, &text);
    let diagnostics = client.diagnostics(&uri, 1);
    assert_eq!(missing_skills(&diagnostics), MISSING);
    for diagnostic in diagnostics
        .iter()
        .filter(|d| d["code"] == "job-missing-skill")
    {
        assert_eq!(
            diagnostic["range"],
            range((SKILLS_LINE, 0), (SKILLS_LINE, 9))
        );
        assert_eq!(diagnostic["severity"], 3, "information");
    }

    let lenses = lenses(&mut client, &uri);
    assert_eq!(lenses[0]["range"], range((0, 0), (0, 13)));
    assert_eq!(
        lenses[0]["command"]["title"],
        "Job match 44% · missing: gRPC, Kafka, Google Cloud, Prometheus"
    );
    assert_eq!(lenses.len(), 3, "the job lens and one a role");

    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 4 } }),
    );
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.starts_with("**Job match 44%** against `jobs/acme.md`"),
        "{value}"
    );
    for line in [
        "8 skills in the posting. A skill counts fully when a bullet shows it in use, half when it is only listed.",
        "- In use: Go, PostgreSQL, Terraform",
        "- Listed only: Kubernetes",
        "- Missing: gRPC, Kafka, Google Cloud, Prometheus",
        "Degree: bachelor's degree in Computer Science asked, found ✓",
        "Phrases the posting repeats: \"distributed systems\" ✓, \"event-driven services\" ✓, \"on-call rotation\" ✗",
    ] {
        assert!(value.contains(line), "{line:?} in {value}");
    }
    assert!(
        value.contains("Experience: 5+ years asked, about "),
        "{value}"
    );
    assert_eq!(hover["range"], range((0, 0), (0, 13)));

    let at = range((SKILLS_LINE, 3), (SKILLS_LINE, 3));
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": at, "context": { "diagnostics": [] } }),
    );
    let actions = actions.as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles[..5],
        [
            "Add gRPC to Skills",
            "Add Kafka to Skills",
            "Add Google Cloud to Skills",
            "Add Prometheus to Skills",
            "Add all 4 missing skills to Skills",
        ]
    );
    let kafka = &actions[1];
    assert_eq!(kafka["kind"], "quickfix");
    assert!(
        kafka.get("isPreferred").is_none(),
        "never applied without asking"
    );
    assert_eq!(kafka["diagnostics"][0]["code"], "job-missing-skill");
    let after = apply_edit(&text, &kafka["edit"], &uri);
    assert_eq!(
        after,
        text.replace(
            "Go, PostgreSQL, Kubernetes, Terraform\n",
            "Go, PostgreSQL, Kubernetes, Terraform, Kafka\n"
        )
    );
    let all = apply_edit(&text, &actions[4]["edit"], &uri);
    assert!(all.contains("Terraform, gRPC, Kafka, Google Cloud, Prometheus\n"));

    // The editor applies the edit: Kafka is now listed (half) and no longer missing.
    client.change(&uri, 2, json!([{ "text": after }]));
    let diagnostics = client.diagnostics(&uri, 2);
    assert_eq!(
        missing_skills(&diagnostics),
        ["gRPC", "Google Cloud", "Prometheus"]
    );
    assert_eq!(
        job_lens_title(&mut client, &uri),
        "Job match 50% · missing: gRPC, Google Cloud, Prometheus"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_posting_changing_on_disk_or_in_the_editor_updates_the_resume() {
    let dir = workspace("watch");
    let posting = dir.join("jobs/acme.md");
    std::fs::write(&posting, fixture("acme-backend.md")).unwrap();
    let text = format!(
        "<!-- resume-lsp job: jobs/acme.md -->\n{}",
        fixture("resume.md")
    );
    let uri = file_uri(&dir.join("resume.md"));
    let mut client = start(&dir);
    client.open(&uri, 1, &text);
    assert_eq!(missing_skills(&client.diagnostics(&uri, 1)), MISSING);
    let registration = client.server_request("client/registerCapability");
    let globs = &registration["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(globs[1]["globPattern"], "**/*.{md,markdown,txt}");

    // Saved on disk: the watcher reports it.
    std::fs::write(&posting, "We need Go, Kafka and Rust. Kafka daily.\n").unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&posting), "type": 2 }] }),
    );
    let updated = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && missing_skills(p["diagnostics"].as_array().unwrap()) == ["Kafka", "Rust"]
    });
    assert_eq!(updated["version"], 1);
    assert_eq!(
        job_lens_title(&mut client, &uri),
        "Job match 33% · missing: Kafka, Rust"
    );
    assert!(
        client
            .requests
            .iter()
            .any(|r| r["method"] == "workspace/codeLens/refresh"),
        "the editor is asked to fetch lenses again"
    );

    // Open in the editor: typing in the posting updates the resume before a save.
    let posting_uri = file_uri(&posting);
    client.open(&posting_uri, 1, "We need Go.\n");
    client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && missing_skills(p["diagnostics"].as_array().unwrap()).is_empty()
    });
    assert_eq!(
        job_lens_title(&mut client, &uri),
        "Job match 100% · no skills missing"
    );
    client.change(
        &posting_uri,
        2,
        json!([{ "text": "We need Go and gRPC.\n" }]),
    );
    client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri && missing_skills(p["diagnostics"].as_array().unwrap()) == ["gRPC"]
    });
    assert_eq!(
        job_lens_title(&mut client, &uri),
        "Job match 50% · missing: gRPC"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn postings_that_cannot_be_read_are_said_once_and_nothing_breaks() {
    let dir = workspace("missing");
    let outside = dir.with_extension("outside.md");
    std::fs::write(&outside, fixture("acme-backend.md")).unwrap();
    let uri = file_uri(&dir.join("resume.md"));
    let text = format!(
        "<!-- resume-lsp job: jobs/gone.md -->\n{}",
        fixture("resume.md")
    );
    let mut client = start(&dir);
    client.open(&uri, 1, &text);
    let diagnostics = client.diagnostics(&uri, 1);
    assert!(missing_skills(&diagnostics).is_empty());
    let message = client.notification("window/showMessage", |_| true);
    assert_eq!(
        message["message"],
        format!(
            "{}: cannot read the job posting (no such file); no job match",
            dir.join("jobs/gone.md").display()
        )
    );
    assert_eq!(
        job_lens_title(&mut client, &uri),
        "Job match: cannot read jobs/gone.md"
    );
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 1 } }),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("**Job match**: cannot read `jobs/gone.md` (no such file)")
    );
    // Typing again does not repeat the message.
    client.change(&uri, 2, json!([{ "text": format!("{text}\n") }]));
    client.diagnostics(&uri, 2);
    assert_eq!(
        client.any_notification_within("window/showMessage", Duration::from_millis(300)),
        None
    );

    // A posting outside the workspace folder is not read.
    let name = outside.file_name().unwrap().to_str().unwrap();
    let text = format!(
        "<!-- resume-lsp job: ../{name} -->\n{}",
        fixture("resume.md")
    );
    client.change(&uri, 3, json!([{ "text": text }]));
    client.diagnostics(&uri, 3);
    let message = client.notification("window/showMessage", |_| true);
    assert!(
        message["message"]
            .as_str()
            .unwrap()
            .ends_with("cannot read the job posting (outside the workspace folders); no job match"),
        "{message}"
    );

    // One with no skills we know: no percentage, no findings.
    std::fs::write(dir.join("jobs/bakery.md"), fixture("bakery.md")).unwrap();
    let text = format!(
        "<!-- resume-lsp job: jobs/bakery.md -->\n{}",
        fixture("resume.md")
    );
    client.change(&uri, 4, json!([{ "text": text }]));
    assert!(missing_skills(&client.diagnostics(&uri, 4)).is_empty());
    assert_eq!(
        job_lens_title(&mut client, &uri),
        "Job match: no skills recognised in the posting"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_file(outside).unwrap();
}

#[test]
fn the_editor_setting_is_relative_to_the_workspace_folder() {
    let dir = workspace("setting");
    std::fs::write(dir.join("jobs/acme.md"), fixture("acme-backend.md")).unwrap();
    std::fs::create_dir_all(dir.join("cv")).unwrap();
    let uri = file_uri(&dir.join("cv/resume.md"));
    let (mut client, _) = LspClient::initialized_with(json!({
        "processId": null,
        "capabilities": {},
        "workspaceFolders": [{ "uri": file_uri(&dir), "name": "cv" }],
        "initializationOptions": { "resume-lsp": { "job": "jobs/acme.md", "code-lens": false } },
    }));
    client.open(&uri, 1, &fixture("resume.md"));
    assert_eq!(missing_skills(&client.diagnostics(&uri, 1)), MISSING);
    let lenses = lenses(&mut client, &uri);
    assert_eq!(
        lenses.len(),
        1,
        "code-lens = false hides role lenses, not the job's"
    );
    assert!(
        lenses[0]["command"]["title"]
            .as_str()
            .unwrap()
            .starts_with("Job match 44%")
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}
