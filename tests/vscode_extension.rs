//! The VS Code extension in `editors/vscode`: its build, unit tests and
//! packaging (with npm, which CI must have), and its declared settings against
//! the real server.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{Map, Value, json};
use support::LspClient;

fn extension_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode")
}

fn package_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(extension_dir().join("package.json")).unwrap())
        .unwrap()
}

/// The settings under "resume-lsp" that go to the server (`path` and `trace` are the client's), by key.
fn server_settings() -> Map<String, Value> {
    package_json()["contributes"]["configuration"]["properties"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, schema)| {
            (
                name.strip_prefix("resume-lsp.").unwrap().to_string(),
                schema.clone(),
            )
        })
        .filter(|(key, _)| key != "path" && !key.starts_with("trace."))
        .collect()
}

#[test]
fn extension_compiles_passes_its_tests_and_packages() {
    if Command::new("npm").arg("--version").output().is_err() {
        let why = "npm is not on PATH";
        if std::env::var("CI").is_ok_and(|ci| ci == "true" || ci == "1") {
            panic!("{why}; CI needs Node.js 20 and npm for the VS Code extension");
        }
        eprintln!("skipped the VS Code extension build: {why}");
        return;
    }
    // A copy, so concurrent `cargo test` runs don't share one node_modules,
    // and the source tree gets no build output.
    let dir = std::env::temp_dir().join(format!("resume-lsp-vscode-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_tree(&extension_dir(), &dir);
    let vsix = dir.join("resume-lsp.vsix");
    let out = format!("--out={}", vsix.display());
    let mut packaged = String::new();
    for args in [
        &["ci", "--no-audit", "--no-fund"][..],
        &["run", "compile"],
        &["test"],
        &["run", "package", "--", &out],
    ] {
        let output = Command::new("npm")
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        packaged = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "npm {}: {}\n{packaged}{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(std::fs::metadata(&vsix).unwrap().len() > 10_000);
    // Bundled by esbuild: the extension's code is one file, without node_modules.
    assert!(!packaged.contains("node_modules"), "{packaged}");
    assert!(vsix_files(&packaged) <= 6, "{packaged}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The number of files vsce says it packaged: "Packaged: PATH (5 files, 95.84 KB)".
fn vsix_files(output: &str) -> usize {
    output
        .lines()
        .find_map(|line| line.split("Packaged: ").nth(1))
        .and_then(|rest| rest.rsplit_once(" ("))
        .and_then(|(_, count)| count.split(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no file count in {output}"))
}

/// Copies the extension's sources, leaving out what a build makes.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if ["node_modules", "out", "dist", "server"]
            .iter()
            .any(|skip| name == *skip)
        {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &to.join(&name));
        } else {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

#[test]
fn every_setting_has_a_description_and_every_rule_is_declared() {
    for (key, schema) in server_settings() {
        let described = |s: &Value| {
            s.get("description")
                .or(s.get("markdownDescription"))
                .is_some()
        };
        assert!(described(&schema), "resume-lsp.{key} has no description");
        for (inner, schema) in schema["properties"].as_object().into_iter().flatten() {
            assert!(
                described(schema),
                "resume-lsp.{key}.{inner} has no description"
            );
        }
    }
    let declared: Vec<String> = server_settings()["rules"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let listed = Command::new(env!("CARGO_BIN_EXE_resume-lsp"))
        .arg("rules")
        .output()
        .unwrap();
    let mut listed: Vec<String> = String::from_utf8(listed.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect();
    listed.sort();
    assert_eq!(
        declared, listed,
        "package.json's rules (sorted) against `resume-lsp rules`"
    );
}

/// A value the setting's schema allows: `severity` for each rule, and small
/// numbers, so the findings show the settings were applied.
fn example(schema: &Value, severity: &str) -> Value {
    if let Some(properties) = schema["properties"].as_object() {
        return properties
            .iter()
            .map(|(key, inner)| (key.clone(), example(inner, severity)))
            .collect();
    }
    let kind = match &schema["type"] {
        Value::Array(kinds) => kinds.iter().find(|k| *k != "null").unwrap().clone(),
        kind => kind.clone(),
    };
    match kind.as_str().unwrap() {
        "array" => json!(["resume*.md"]),
        "string" => json!(severity),
        "boolean" => json!(true),
        "integer" => json!(3),
        "number" => json!(2.0),
        other => panic!("no example for a {other} setting"),
    }
}

#[test]
fn the_server_takes_every_setting_the_extension_declares() {
    let settings = |severity: &str| -> Value {
        let mut settings: Map<String, Value> = server_settings()
            .iter()
            .map(|(key, schema)| (key.clone(), example(schema, severity)))
            .collect();
        settings["exclude"] = json!(["*-old.md"]);
        // A path that exists: the job posting to match against.
        settings["job"] = json!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/jobs/acme-backend.md")
                .display()
                .to_string()
        );
        // VS Code sends the client's own settings too.
        settings.insert("path".into(), json!(""));
        settings.insert("trace".into(), json!({ "server": "off" }));
        json!({ "resume-lsp": settings })
    };
    // As vscode-languageclient sends them: initializationOptions first...
    let mut client = LspClient::spawn();
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": settings("info") }),
    );
    client.notify("initialized", json!({}));
    let uri = "file:///tmp/resume-lsp-settings/resume.md";
    let resume = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/nvim/resume.md");
    client.open(uri, 1, &std::fs::read_to_string(resume).unwrap());
    let diagnostics = client.diagnostics(uri, 1);
    assert!(!diagnostics.is_empty());
    for diagnostic in &diagnostics {
        assert_eq!(
            diagnostic["severity"], 3,
            "every rule set to info: {diagnostic}"
        );
    }
    assert_eq!(
        client.any_notification_within("window/showMessage", Duration::from_millis(500)),
        None
    );

    // ...then workspace/didChangeConfiguration on every change.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": settings("off") }),
    );
    client.notification("textDocument/publishDiagnostics", |params| {
        params["uri"] == uri && params["diagnostics"] == json!([])
    });
    assert_eq!(
        client.any_notification_within("window/showMessage", Duration::from_millis(500)),
        None
    );
}
