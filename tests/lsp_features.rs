//! Editor features over the real binary's stdio: code actions (applied, with
//! the exact text after), outline, lenses, completion, hovers, pull
//! diagnostics, settings and the watched config file.

mod support;

use std::time::Duration;

use serde_json::{Value, json};
use support::{LspClient, apply_edit, range, uri};

/// CRLF, with an emoji and CJK before the vague phrase, and misspelled tools.
const RESUME: &str = "# Mika Tanaka\r\n\
mika@example.com · [GitHub](https://github.com/mika-example)\r\n\
\r\n\
## Experience\r\n\
\r\n\
### Backend Engineer | Sakura Pay\r\n\
Apr 2021 – Present\r\n\
\r\n\
- 🚀 東京 launch: worked on the payments API\r\n\
- Cut refund time from 9 days to 2 by automating ledger checks in Javascript and Typescript on PostgreSQL\r\n\
\r\n\
## Skills\r\n\
\r\n\
PostgreSQL, TypeScript\r\n\
\r\n\
## Education\r\n\
\r\n\
### B.Sc. Computer Science | Eastbrook University | 2016 – 2020\r\n";

const EMOJI_LINE: u32 = 8;
const TOOLS_LINE: u32 = 9;

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

/// Where "worked on" starts on its line, in UTF-16 units.
fn vague_column() -> u32 {
    utf16_len("- 🚀 東京 launch: ")
}

fn open(client: &mut LspClient, name: &str, text: &str) -> (String, Vec<Value>) {
    let uri = uri(name);
    client.open(&uri, 1, text);
    let diagnostics = client.diagnostics(&uri, 1);
    (uri, diagnostics)
}

fn actions_at(client: &mut LspClient, uri: &str, at: Value, only: Option<&[&str]>) -> Vec<Value> {
    let mut context = json!({ "diagnostics": [] });
    if let Some(only) = only {
        context["only"] = json!(only);
    }
    let response = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": at, "context": context }),
    );
    response.as_array().cloned().unwrap_or_default()
}

fn titles(actions: &[Value]) -> Vec<&str> {
    actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect()
}

fn find<'a>(actions: &'a [Value], title: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no action {title:?} in {:?}", titles(actions)))
}

fn replace_line(text: &str, line: usize, new_line: &str) -> String {
    let mut lines: Vec<&str> = text.split("\r\n").collect();
    lines[line] = new_line;
    lines.join("\r\n")
}

#[test]
fn the_tech_casing_quick_fix_rewrites_only_the_word() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let column = utf16_len("- Cut refund time from 9 days to 2 by automating ledger checks in ");
    let actions = actions_at(
        &mut client,
        &uri,
        range((TOOLS_LINE, column), (TOOLS_LINE, column)),
        None,
    );
    let fix = find(&actions, "Change \"Javascript\" to \"JavaScript\"");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "tech-casing");
    let after = apply_edit(RESUME, &fix["edit"], &uri);
    assert_eq!(
        after,
        RESUME.replacen("in Javascript and", "in JavaScript and", 1)
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn vague_verbs_offer_stronger_verbs_and_rewrites_in_a_stable_order() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let (uri, diagnostics) = open(&mut client, "resume.md", RESUME);
    let vague = diagnostics
        .iter()
        .find(|d| d["code"] == "vague-verb")
        .unwrap();
    let suggestions: Vec<&str> = vague["data"]["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(suggestions.len() >= 3, "{suggestions:?}");
    assert_eq!(suggestions[0], "Built");
    assert!(
        vague["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("/docs/rules/vague-verb.md")
    );

    let at = range(
        (EMOJI_LINE, vague_column() + 2),
        (EMOJI_LINE, vague_column() + 2),
    );
    let actions = actions_at(&mut client, &uri, at.clone(), None);
    let expected_start: Vec<String> = suggestions
        .iter()
        .map(|verb| format!("Replace \"worked on\" with \"{}\"", verb.to_lowercase()))
        .chain([
            "Rewrite as STAR (situation, task, action, result)".to_string(),
            "Rewrite as XYZ (accomplished X, measured by Y, by doing Z)".to_string(),
            "Rewrite as CAR (challenge, action, result)".to_string(),
        ])
        .collect();
    assert_eq!(titles(&actions)[..expected_start.len()], expected_start);
    assert_eq!(actions[0]["isPreferred"], true);
    assert!(actions[1]["isPreferred"].is_null());
    for action in &actions[..suggestions.len()] {
        assert_eq!(action["kind"], "quickfix");
    }
    assert_eq!(actions[suggestions.len()]["kind"], "refactor.rewrite");
    assert_eq!(
        actions_at(&mut client, &uri, at, None),
        actions,
        "the same request gets the same list"
    );

    let built = apply_edit(RESUME, &actions[0]["edit"], &uri);
    assert_eq!(
        built,
        replace_line(RESUME, 8, "- 🚀 東京 launch: built the payments API")
    );

    let rewritten = [
        "- 🚀 東京 launch: Built the payments API when ⟨situation⟩ needed ⟨task⟩, cutting ⟨metric⟩ from ⟨before⟩ to ⟨after⟩",
        "- 🚀 東京 launch: Achieved ⟨outcome⟩, measured by ⟨metric⟩, by building the payments API",
        "- 🚀 東京 launch: Faced with ⟨challenge⟩, built the payments API, cutting ⟨metric⟩ from ⟨before⟩ to ⟨after⟩",
    ];
    for (i, expected_line) in rewritten.iter().enumerate() {
        let title = &expected_start[suggestions.len() + i];
        let after = apply_edit(RESUME, &find(&actions, title)["edit"], &uri);
        assert_eq!(after, replace_line(RESUME, 8, expected_line), "{title}");
    }
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn disable_comments_are_inserted_where_they_apply() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let at = range(
        (EMOJI_LINE, vague_column() + 2),
        (EMOJI_LINE, vague_column() + 2),
    );
    let actions = actions_at(&mut client, &uri, at, None);

    let line = apply_edit(
        RESUME,
        &find(&actions, "Disable vague-verb for this line")["edit"],
        &uri,
    );
    let expected = RESUME.replacen(
        "- 🚀",
        "<!-- resume-lsp-disable-next-line vague-verb -->\r\n- 🚀",
        1,
    );
    assert_eq!(line, expected);
    client.change(&uri, 2, json!([{ "text": line }]));
    let codes: Vec<Value> = client
        .diagnostics(&uri, 2)
        .iter()
        .map(|d| d["code"].clone())
        .collect();
    assert!(
        !codes.contains(&json!("vague-verb")) && codes.contains(&json!("no-metric")),
        "{codes:?}"
    );

    let file = apply_edit(
        RESUME,
        &find(&actions, "Disable no-metric in this file")["edit"],
        &uri,
    );
    assert_eq!(
        file,
        format!("<!-- resume-lsp-disable-file no-metric -->\r\n{RESUME}")
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn fix_all_applies_every_mechanical_fix() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let whole = range((0, 0), (30, 0));
    let actions = actions_at(&mut client, &uri, whole, Some(&["source.fixAll"]));
    assert_eq!(titles(&actions), ["Fix all auto-fixable findings"]);
    assert_eq!(actions[0]["kind"], "source.fixAll");
    let after = apply_edit(RESUME, &actions[0]["edit"], &uri);
    assert_eq!(
        after,
        RESUME.replacen("Javascript and Typescript", "JavaScript and TypeScript", 1)
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn edits_wait_for_resolve_when_the_client_supports_it() {
    let capabilities = json!({ "textDocument": { "codeAction": { "resolveSupport": { "properties": ["edit"] } } } });
    let (mut client, _) = LspClient::initialized(capabilities);
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let actions = actions_at(
        &mut client,
        &uri,
        range(
            (EMOJI_LINE, vague_column() + 2),
            (EMOJI_LINE, vague_column() + 2),
        ),
        None,
    );
    let star = find(
        &actions,
        "Rewrite as STAR (situation, task, action, result)",
    )
    .clone();
    assert!(
        star.get("edit").is_none() && star["data"].is_object(),
        "{star}"
    );
    let resolved = client.request("codeAction/resolve", star);
    let after = apply_edit(RESUME, &resolved["edit"], &uri);
    assert!(
        after.contains("- 🚀 東京 launch: Built the payments API when ⟨situation⟩"),
        "{after}"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn snippet_clients_get_tab_stops() {
    let (mut client, _) = LspClient::initialized(json!({
        "experimental": { "snippetTextEdit": true },
        "workspace": { "applyEdit": true },
    }));
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let actions = actions_at(
        &mut client,
        &uri,
        range(
            (EMOJI_LINE, vague_column() + 2),
            (EMOJI_LINE, vague_column() + 2),
        ),
        None,
    );
    let star = find(
        &actions,
        "Rewrite as STAR (situation, task, action, result)",
    );
    assert!(star.get("edit").is_none());
    let command = &star["command"];
    assert_eq!(command["command"], "resume-lsp.applySnippetEdit");
    client.request(
        "workspace/executeCommand",
        json!({ "command": command["command"], "arguments": command["arguments"] }),
    );
    let apply = client
        .requests
        .iter()
        .find(|r| r["method"] == "workspace/applyEdit")
        .unwrap();
    let edit = &apply["params"]["edit"]["documentChanges"][0]["edits"][0];
    assert_eq!(edit["insertTextFormat"], 2);
    assert_eq!(
        edit["newText"],
        "🚀 東京 launch: Built the payments API when ${1:situation} needed ${2:task}, cutting ${3:metric} from ${4:before} to ${5:after}"
    );
    assert_eq!(
        edit["range"],
        range((EMOJI_LINE, 2), (EMOJI_LINE, vague_column() + 26))
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

/// A real folder, opened as the workspace, with the resume in it.
fn workspace(name: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("resume-lsp-features-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn file_uri(path: &std::path::Path) -> String {
    format!("file://{}", path.display())
}

#[test]
fn ignoring_a_word_writes_the_workspace_config() {
    let dir = workspace("ignore");
    let capabilities = json!({ "workspace": {
        "workspaceEdit": { "documentChanges": true, "resourceOperations": ["create"] },
        "didChangeWatchedFiles": { "dynamicRegistration": true },
    }});
    let (mut client, _) = LspClient::initialized_with(json!({
        "processId": null,
        "capabilities": capabilities,
        "workspaceFolders": [{ "uri": file_uri(&dir), "name": "cv" }],
    }));
    let text = RESUME.replacen(
        "## Experience",
        "## Summary\r\n\r\nResults-driven engineer.\r\n\r\n## Experience",
        1,
    );
    let resume = file_uri(&dir.join("resume.md"));
    client.open(&resume, 1, &text);
    let diagnostics = client.diagnostics(&resume, 1);
    let buzz = diagnostics
        .iter()
        .find(|d| d["code"] == "buzzword")
        .unwrap();
    let actions = actions_at(&mut client, &resume, buzz["range"].clone(), None);
    let ignore = find(&actions, "Ignore \"results-driven\" in this workspace");
    let config_uri = file_uri(&dir.join(".resume-lsp.toml"));
    let changes = &ignore["edit"]["documentChanges"];
    assert_eq!(changes[0]["kind"], "create");
    assert_eq!(changes[0]["uri"], config_uri);
    assert_eq!(
        changes[1]["edits"][0]["newText"],
        "[words]\nignore = [\"results-driven\"]\n"
    );

    // The editor applies it and the watcher reports the new file.
    let registration = client.server_request("client/registerCapability");
    assert_eq!(
        registration["params"]["registrations"][0]["method"], "workspace/didChangeWatchedFiles",
        "the config file is watched"
    );
    std::fs::write(
        dir.join(".resume-lsp.toml"),
        "[words]\nignore = [\"results-driven\"]\n",
    )
    .unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": config_uri, "type": 1 }] }),
    );
    let updated = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == resume
            && p["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .all(|d| d["code"] != "buzzword")
    });
    assert!(
        updated["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "vague-verb")
    );

    // With a config file there, the action edits it in place. (The summary
    // added four lines above the bullet.)
    let line = EMOJI_LINE + 4;
    let at = range((line, vague_column() + 2), (line, vague_column() + 2));
    let actions = actions_at(&mut client, &resume, at, None);
    let ignore = find(&actions, "Ignore \"worked on\" in this workspace");
    let old = std::fs::read_to_string(dir.join(".resume-lsp.toml")).unwrap();
    assert_eq!(
        apply_edit(&old, &ignore["edit"], &config_uri),
        "[words]\nignore = [\"results-driven\", \"worked on\"]\n"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn pulling_clients_get_no_pushes() {
    let (mut client, init) = LspClient::initialized(json!({
        "textDocument": { "diagnostic": {} },
        "workspace": { "diagnostics": { "refreshSupport": true } },
    }));
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["identifier"],
        "resume-lsp"
    );
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    let report = client.request(
        "textDocument/diagnostic",
        json!({ "textDocument": { "uri": resume } }),
    );
    assert_eq!(report["kind"], "full");
    assert_eq!(report["resultId"], "1");
    let codes: Vec<&str> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"vague-verb") && codes.contains(&"tech-casing"),
        "{codes:?}"
    );
    let pushed = client.any_notification_within(
        "textDocument/publishDiagnostics",
        Duration::from_millis(300),
    );
    assert!(pushed.is_none(), "{pushed:?}");
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

/// Neovim 0.11 pulls but declares no refresh: findings are pushed to it, so
/// they can follow a config file edited on disk.
#[test]
fn clients_that_cannot_be_asked_to_pull_again_get_pushes() {
    let (mut client, init) =
        LspClient::initialized(json!({ "textDocument": { "diagnostic": {} } }));
    assert_eq!(init["capabilities"].get("diagnosticProvider"), None);
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    assert!(!client.diagnostics(&resume, 1).is_empty());
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

fn names(symbols: &Value) -> Vec<String> {
    symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_outline_lists_sections_roles_and_bullets() {
    let (mut client, init) = LspClient::initialized(json!({}));
    // VS Code shows its own Markdown outline beside ours: each has a name.
    assert_eq!(
        init["capabilities"]["documentSymbolProvider"]["label"],
        "Resume"
    );
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(names(&symbols), ["Experience", "Skills", "Education"]);
    let role = &symbols[0]["children"][0];
    assert_eq!(role["name"], "Backend Engineer · Sakura Pay (2021–Present)");
    assert_eq!(role["selectionRange"], range((5, 0), (6, 18)));
    assert_eq!(
        names(&role["children"]),
        [
            "🚀 東京 launch: worked on the payments API",
            "Cut refund time from 9 days to 2 by automating ledger checks…",
        ]
    );
    assert_eq!(
        role["children"][0]["range"],
        range((8, 2), (8, vague_column() + 26))
    );
    assert_eq!(
        symbols[2]["children"][0]["name"],
        "B.Sc. Computer Science · Eastbrook University (2016–2020)"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn each_role_shows_its_figures_in_a_lens_and_a_hover() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let lenses = client.request(
        "textDocument/codeLens",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(
        lenses.as_array().unwrap().len(),
        1,
        "Experience and Projects roles only"
    );
    assert_eq!(lenses[0]["range"], range((5, 0), (6, 18)));
    assert_eq!(
        lenses[0]["command"]["title"],
        "2 bullets · 1 with a metric · 4 findings"
    );

    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 5, "character": 6 } }),
    );
    assert_eq!(
        hover["contents"]["value"],
        "**Backend Engineer · Sakura Pay (2021–Present)**\n\n2 bullets, 1 with a metric\n\nFindings:\n\
         - `no-metric`: 1\n- `tech-casing`: 2\n- `vague-verb`: 1"
    );
    let column = utf16_len(
        "- Cut refund time from 9 days to 2 by automating ledger checks in Javascript and Typescript on Postg",
    );
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": TOOLS_LINE, "character": column } }),
    );
    assert_eq!(hover["contents"]["value"], "**PostgreSQL** · database");
    let verb = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": TOOLS_LINE, "character": 3 } }),
    );
    let text = verb["contents"]["value"].as_str().unwrap();
    assert!(
        text.starts_with("**Cut**: a verb for work that") && text.contains("Others of its kind:"),
        "{text}"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn lenses_can_be_turned_off_in_settings() {
    let (mut client, _) = LspClient::initialized_with(json!({
        "capabilities": {},
        "initializationOptions": { "resume-lsp": { "code-lens": false } },
    }));
    let (uri, _) = open(&mut client, "resume.md", RESUME);
    let lenses = client.request(
        "textDocument/codeLens",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(lenses, json!([]));
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn completion_at_a_bullet_start_offers_verbs_for_the_role() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let text = RESUME.replacen(
        "PostgreSQL\r\n\r\n## Skills",
        "PostgreSQL\r\n- \r\n\r\n## Skills",
        1,
    );
    let (uri, _) = open(&mut client, "resume.md", &text);
    let at = |line: u32, character: u32| json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } });
    let items = client.request("textDocument/completion", at(10, 2));
    let items = items.as_array().unwrap();
    assert!(items.len() >= 20);
    assert_eq!(items[0]["label"], "Built");
    assert_eq!(items[0]["detail"], "build: made something new");
    assert_eq!(
        items[0]["textEdit"],
        json!({ "range": range((10, 2), (10, 2)), "newText": "Built " })
    );
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(
        !labels.contains(&"Cut"),
        "a verb the role already opens with is not offered"
    );
    assert_eq!(
        client.request("textDocument/completion", at(13, 0)),
        Value::Null,
        "not in Skills"
    );
    assert_eq!(
        client.request("textDocument/completion", at(9, 20)),
        Value::Null,
        "not mid-bullet"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn settings_arrive_at_start_on_change_and_on_request() {
    let (mut client, _) = LspClient::initialized_with(json!({
        "capabilities": {},
        "initializationOptions": { "resume-lsp": { "rules": { "no-metric": "off" } } },
    }));
    let (uri, diagnostics) = open(&mut client, "resume.md", RESUME);
    assert!(!codes(&diagnostics).contains(&"no-metric".to_string()));
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resume-lsp": { "rules": { "vague-verb": "off" } } } }),
    );
    let updated = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri
            && p["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .all(|d| d["code"] != "vague-verb")
    });
    assert!(codes(updated["diagnostics"].as_array().unwrap()).contains(&"no-metric".to_string()));
    assert_eq!(client.shutdown_and_exit().code(), Some(0));

    // A client that answers workspace/configuration.
    let mut client = LspClient::spawn();
    client.answers.insert(
        "workspace/configuration".into(),
        json!([{ "rules": { "tech-casing": "off" } }]),
    );
    client.request(
        "initialize",
        json!({ "capabilities": { "workspace": { "configuration": true } } }),
    );
    client.notify("initialized", json!({}));
    let resume = support::uri("resume.md");
    client.open(&resume, 1, RESUME);
    let published = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == resume
            && p["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .all(|d| d["code"] != "tech-casing")
    });
    assert!(!published["diagnostics"].as_array().unwrap().is_empty());
    assert!(
        client
            .requests
            .iter()
            .any(|r| r["method"] == "workspace/configuration")
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn misplaced_settings_are_reported_once() {
    let (mut client, _) = LspClient::initialized_with(json!({
        "capabilities": {},
        "initializationOptions": { "resume-lsp": { "long-bullet-words": 10, "rules": { "tense": "error" } } },
    }));
    let (_, diagnostics) = open(&mut client, "resume.md", RESUME);
    assert!(!diagnostics.is_empty());
    let message = client.notification("window/showMessage", |_| true);
    assert_eq!(
        message["message"],
        "resume-lsp setting `long-bullet-words` belongs under `limits`; ignored"
    );
    open(&mut client, "cv.md", RESUME);
    assert!(
        client
            .any_notification_within("window/showMessage", Duration::from_millis(300))
            .is_none()
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}
