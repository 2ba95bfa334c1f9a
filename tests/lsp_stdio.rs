//! The server as an editor sees it: JSON-RPC over the real binary's stdio.

mod support;

use serde_json::{Value, json};
use support::{LspClient, range, uri};

/// A CRLF resume whose flagged bullet has an emoji and CJK before the words.
const RESUME: &str = "# Mika Tanaka\r\n\
mika@example.com · [GitHub](https://github.com/mika-example)\r\n\
\r\n\
## Experience\r\n\
\r\n\
### Backend Engineer | Sakura Pay\r\n\
Apr 2021 – Present\r\n\
\r\n\
- 🚀 東京 launch: worked on the payments API\r\n\
- Cut refund time from 9 days to 2 by automating ledger checks\r\n";

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

/// The `vague-verb` findings, whose ranges this file checks; other rules also
/// fire on these bullets (no metric) and are tested elsewhere.
fn ranges_and_codes(diagnostics: &[Value]) -> Vec<(Value, String)> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == "vague-verb")
        .map(|d| {
            (
                d["range"].clone(),
                d["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn findings_follow_incremental_edits_with_exact_utf16_ranges() {
    let (mut client, init) = LspClient::initialized(json!({}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);

    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    let diagnostics = client.diagnostics(&resume, 1);
    let column = utf16_len("- 🚀 東京 launch: ");
    assert_eq!(column, 16, "the emoji counts two UTF-16 units");
    assert_eq!(
        ranges_and_codes(&diagnostics),
        [(
            range((8, column), (8, column + 9)),
            "vague-verb".to_string()
        )]
    );
    let vague = diagnostics
        .iter()
        .find(|d| d["code"] == "vague-verb")
        .unwrap();
    assert_eq!(vague["source"], "resume-lsp");
    assert_eq!(vague["severity"], 2);
    assert!(vague["message"].as_str().unwrap().contains("Worked on"));

    // Typing a new weak bullet above, one keystroke at a time.
    client.change(
        &resume,
        2,
        json!([{ "range": range((8, 0), (8, 0)), "text": "- H\r\n" }]),
    );
    client.diagnostics(&resume, 2);
    let typed = ["e", "l", "p", "e", "d", " ", "w", "i", "t", "h"];
    for (i, letter) in typed.iter().enumerate() {
        let at = 3 + i as u32;
        let change = json!([{ "range": range((8, at), (8, at)), "text": letter }]);
        client.change(&resume, 3 + i as i64, change);
    }
    let version = 2 + typed.len() as i64;
    assert_eq!(
        ranges_and_codes(&client.diagnostics(&resume, version)),
        [
            (range((8, 2), (8, 13)), "vague-verb".to_string()),
            (
                range((9, column), (9, column + 9)),
                "vague-verb".to_string()
            ),
        ]
    );

    // Two changes in one notification: rewrite both openings; the second range
    // is in the coordinates left by the first.
    let changes = json!([
        { "range": range((9, column), (9, column + 9)), "text": "rebuilt" },
        { "range": range((8, 2), (8, 13)), "text": "Wrote" },
    ]);
    client.change(&resume, version + 1, changes);
    assert_eq!(
        ranges_and_codes(&client.diagnostics(&resume, version + 1)),
        []
    );

    // A whole-text replacement.
    client.change(&resume, version + 2, json!([{ "text": RESUME }]));
    assert_eq!(
        ranges_and_codes(&client.diagnostics(&resume, version + 2)).len(),
        1
    );

    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": resume } }),
    );
    let cleared = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == resume && p["version"].is_null()
    });
    assert_eq!(cleared["diagnostics"], json!([]));

    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_readme_in_the_same_workspace_gets_no_findings() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let readme = uri("README.md");
    client.open(&readme, 1, &RESUME.replace("\r\n", "\n"));
    assert_eq!(client.diagnostics(&readme, 1), Vec::<Value>::new());

    let opted_in = uri("notes.md");
    client.open(&opted_in, 1, &format!("<!-- resume-lsp -->\n{RESUME}"));
    assert_eq!(ranges_and_codes(&client.diagnostics(&opted_in, 1)).len(), 1);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn the_client_may_choose_utf8_positions() {
    let capabilities = json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } });
    let (mut client, init) = LspClient::initialized(capabilities);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let resume = uri("cv.md");
    client.open(&resume, 1, RESUME);
    let column = "- 🚀 東京 launch: ".len() as u32;
    assert_eq!(
        ranges_and_codes(&client.diagnostics(&resume, 1)),
        [(
            range((8, column), (8, column + 9)),
            "vague-verb".to_string()
        )]
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn hovering_a_finding_explains_its_rule() {
    let (mut client, init) = LspClient::initialized(json!({}));
    assert_eq!(init["capabilities"]["hoverProvider"], true);
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    let column = utf16_len("- 🚀 東京 launch: ");
    let at = |line: u32, character: u32| json!({ "textDocument": { "uri": resume }, "position": { "line": line, "character": character } });

    let diagnostics = client.diagnostics(&resume, 1);
    let hover = client.request("textDocument/hover", at(8, column + 3));
    assert_eq!(hover["contents"]["kind"], "markdown");
    let text = hover["contents"]["value"].as_str().unwrap();
    // The rule's explanation, compact: the editor shows the finding itself.
    assert!(
        text.starts_with("**Vague verb** (`vague-verb`)\n\n"),
        "{text}"
    );
    assert!(text.contains("\n\n**Fix:** Start with a verb"), "{text}");
    assert!(
        text.contains("**Example:** *Worked on the search service for the mobile app.* → *Rebuilt"),
        "{text}"
    );
    let vague = diagnostics
        .iter()
        .find(|d| d["code"] == "vague-verb")
        .unwrap();
    let message = vague["message"].as_str().unwrap();
    assert!(!text.contains(message), "{message:?} repeated in {text}");
    assert!(
        text.lines().all(|line| !line.starts_with('#')),
        "no heading: {text}"
    );
    assert_eq!(hover["range"], range((8, column), (8, column + 9)));

    assert_eq!(client.request("textDocument/hover", at(1, 2)), Value::Null);
    assert_eq!(
        client.request("textDocument/hover", at(400, 0)),
        Value::Null
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_plain_text_client_gets_plain_hovers() {
    let capabilities = json!({ "textDocument": { "hover": { "contentFormat": ["plaintext"] } } });
    let (mut client, _) = LspClient::initialized(capabilities);
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    client.diagnostics(&resume, 1);
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": resume }, "position": { "line": 8, "character": 20 } }),
    );
    assert_eq!(hover["contents"]["kind"], "plaintext");
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(
        text.starts_with("Vague verb (vague-verb)\n")
            && !text.contains("**")
            && !text.contains('`'),
        "{text}"
    );
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

/// A folder on disk with a resume and a config file beside it.
fn workspace_with_config(config: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!(
        "resume-lsp-config-{}-{}",
        std::process::id(),
        config.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(".resume-lsp.toml"), config).unwrap();
    let resume = format!("file://{}/resume.md", dir.display());
    (dir, resume)
}

#[test]
fn the_config_file_beside_a_resume_applies() {
    let (dir, resume) =
        workspace_with_config("[rules]\nno-metric = \"off\"\nvague-verb = \"error\"\n");
    let (mut client, _) = LspClient::initialized(json!({}));
    client.open(&resume, 1, RESUME);
    let diagnostics = client.diagnostics(&resume, 1);
    assert!(diagnostics.iter().all(|d| d["code"] != "no-metric"));
    let vague = diagnostics
        .iter()
        .find(|d| d["code"] == "vague-verb")
        .unwrap();
    assert_eq!(vague["severity"], 1);
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_broken_config_is_reported_once_and_linting_goes_on() {
    let (dir, resume) = workspace_with_config("[rules]\nno-metric = \"loud\"\n");
    let (mut client, _) = LspClient::initialized(json!({}));
    client.open(&resume, 1, RESUME);
    let message = client.notification("window/showMessage", |_| true);
    let text = message["message"].as_str().unwrap();
    assert!(
        text.contains(".resume-lsp.toml") && text.contains("line 2"),
        "{text}"
    );
    let diagnostics = client.diagnostics(&resume, 1);
    assert!(
        diagnostics.iter().any(|d| d["code"] == "no-metric"),
        "defaults apply"
    );

    let second = resume.replace("resume.md", "cv.md");
    client.open(&second, 1, RESUME);
    client.diagnostics(&second, 1);
    let again =
        client.any_notification_within("window/showMessage", std::time::Duration::from_millis(300));
    assert!(again.is_none(), "reported once: {again:?}");
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(dir).unwrap();
}

/// Typing a result into a bullet, one keystroke at a time as an editor sends
/// them: after every keystroke the findings are those of a fresh open of the
/// same text, and once the bullet states a number its no-metric finding goes.
#[test]
fn typing_into_a_bullet_keystroke_by_keystroke_matches_a_fresh_open() {
    let (mut client, _) = LspClient::initialized(json!({}));
    let resume = uri("resume.md");
    client.open(&resume, 1, RESUME);
    let before = client.diagnostics(&resume, 1);
    let no_metric_on_line_8 = |diagnostics: &[Value]| {
        diagnostics
            .iter()
            .any(|d| d["code"] == "no-metric" && d["range"]["start"]["line"] == 8)
    };
    assert!(no_metric_on_line_8(&before));
    let bullet = "- 🚀 東京 launch: worked on the payments API";
    let mut text = RESUME.to_string();
    let mut column = utf16_len(bullet);
    let mut at = text.find(bullet).unwrap() + bullet.len();
    let mut last = before;
    for (typed, version) in " for 3 million users".chars().zip(2..) {
        client.change(
            &resume,
            version,
            json!([{ "range": range((8, column), (8, column)), "text": typed.to_string() }]),
        );
        text.insert(at, typed);
        at += typed.len_utf8();
        column += typed.len_utf16() as u32;
        last = client.diagnostics(&resume, version);
        let fresh = uri(&format!("fresh-{version}-resume.md"));
        client.open(&fresh, 1, &text);
        assert_eq!(
            last,
            client.diagnostics(&fresh, 1),
            "after typing {typed:?}"
        );
    }
    assert!(!no_metric_on_line_8(&last));
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}
