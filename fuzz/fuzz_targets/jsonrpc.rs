//! Arbitrary bytes fed to the language server as its standard input, over an
//! in-memory pipe: the message reader (`server::serve`: our framing layer in
//! `src/server/transport.rs` and tower-lsp-server's codec) and the handlers
//! behind it must return without panicking.
//!
//! The first byte chooses how the rest is sent:
//! - bit 0: after a valid `initialize` / `initialized` / `didOpen` handshake, so
//!   the messages that follow reach the handlers;
//! - bit 1: split at each NUL byte, every piece framed with a correct
//!   `Content-Length` header (otherwise the bytes go as they are, headers and all);
//! - the other bits: how many bytes the pipe carries at a time (1 to 64), so
//!   headers and bodies arrive split at every point.
//!
//! Time is paused, so a server still waiting for the client when the input ends
//! (which it may: no client answers its requests here) costs no wall time.

#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const HANDSHAKE: &[&str] = &[
    r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"#,
    r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    r##"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///fuzz/resume.md","languageId":"markdown","version":1,"text":"# Jane Doe\njane@example.com\n\n## Experience\n\n### Engineer | Acme\nJan 2020 – Present\n\n- Helped with stuff\n"}}}"##,
];

fn frame(body: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut input = Vec::new();
    if mode & 1 != 0 {
        for message in HANDSHAKE {
            frame(message.as_bytes(), &mut input);
        }
    }
    if mode & 2 != 0 {
        for piece in rest.split(|&byte| byte == 0) {
            frame(piece, &mut input);
        }
    } else {
        input.extend_from_slice(rest);
    }
    let chunk = usize::from(mode >> 2) + 1;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("the runtime starts");
    runtime.block_on(async {
        let (mut client_out, server_in) = tokio::io::duplex(chunk);
        let (server_out, mut client_in) = tokio::io::duplex(64 * 1024);
        let feed = async move {
            for piece in input.chunks(chunk) {
                if client_out.write_all(piece).await.is_err() {
                    return;
                }
            }
            // Dropping the writer ends the server's input.
        };
        let drain = async move {
            let mut sink = [0u8; 8192];
            while matches!(client_in.read(&mut sink).await, Ok(n) if n > 0) {}
        };
        let serve = resume_lsp::server::serve(server_in, server_out);
        // A budget of virtual time: an idle, waiting server reaches it at once.
        let _ = tokio::time::timeout(Duration::from_secs(30), async {
            tokio::join!(feed, drain, serve);
        })
        .await;
    });
});
