//! The wire between the editor and the server. tower-lsp-server's reader
//! stops for good at the first message it cannot decode, so one stray byte
//! would end the session. This layer frames the input itself: messages the
//! server can decode pass through untouched; anything else (garbage between
//! messages, malformed JSON, a wrong `Content-Length`) is answered with a
//! JSON-RPC error, and reading resumes at the next header.

use serde::Serialize;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, DuplexStream};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::{LspService, Server};

use super::ResumeServer;
use super::frame_check::{self, Checked};

const HEADER: &[u8] = b"Content-Length:";
/// Larger messages are refused rather than buffered.
const MAX_MESSAGE_BYTES: usize = 256 * 1024 * 1024;
/// Messages the server works on at once.
const CONCURRENT_MESSAGES: usize = 32;
/// How much the pipes between this layer and the server hold.
const PIPE_BYTES: usize = 64 * 1024;

/// Serves one client, reading from `input` and writing to `output`, until it
/// says `exit` or `input` ends.
pub async fn serve<I, O>(input: I, output: O)
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin,
{
    let (direct, direct_messages) = unbounded_channel();
    let outbox = Outbox(direct.clone());
    let (service, socket) = LspService::new(|client| ResumeServer::new(client, outbox));
    let (to_server, server_input) = tokio::io::duplex(PIPE_BYTES);
    let (server_output, from_server) = tokio::io::duplex(PIPE_BYTES);
    let reading = tokio::spawn(forward_input(input, to_server, direct));
    // Many handlers in flight let a burst of edits apply before the findings
    // of any one version are read.
    let server = Server::new(server_input, server_output, socket)
        .concurrency_level(CONCURRENT_MESSAGES)
        .serve(service);
    tokio::join!(server, forward_output(from_server, direct_messages, output));
    reading.abort();
}

/// Messages written straight to the wire, between whole frames of
/// tower-lsp-server's output: this layer's error replies, and the server's
/// `publishDiagnostics`, which tower-lsp-server's client would first build as a
/// `serde_json::Value` tree and then print: on a keystroke that cost more than
/// the lint itself.
#[derive(Clone)]
pub(super) struct Outbox(UnboundedSender<String>);

impl Outbox {
    pub fn notify<N: Notification>(&self, params: N::Params) {
        #[derive(Serialize)]
        struct Message<P> {
            jsonrpc: &'static str,
            method: &'static str,
            params: P,
        }
        let message = Message {
            jsonrpc: "2.0",
            method: N::METHOD,
            params,
        };
        // Typed parameters always serialize; a closed channel means the session ended.
        if let Ok(body) = serde_json::to_string(&message) {
            let _ = self.0.send(body);
        }
    }
}

/// Splits the input into messages; passes on those the server can decode.
async fn forward_input<I: AsyncRead + Unpin>(
    mut input: I,
    mut server: DuplexStream,
    errors: UnboundedSender<String>,
) {
    let mut framer = Framer::default();
    let mut chunk = vec![0; PIPE_BYTES];
    loop {
        while let Some(frame) = framer.next() {
            match frame {
                Frame::Message(body) => {
                    let header = format!("Content-Length: {}\r\n\r\n", body.len());
                    let sent = server
                        .write_all(header.as_bytes())
                        .await
                        .and(server.write_all(&body).await);
                    if sent.is_err() {
                        return; // the server has stopped
                    }
                }
                Frame::Invalid(reply) => {
                    let _ = errors.send(reply);
                }
            }
        }
        match input.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(read) => framer.buffer.extend_from_slice(&chunk[..read]),
        }
    }
}

enum Frame {
    Message(Vec<u8>),
    /// Something that is no message, with the error to answer it with.
    Invalid(String),
}

/// Input not yet framed.
#[derive(Default)]
struct Framer {
    buffer: Vec<u8>,
    /// Bytes outside any message were answered already, until the next message.
    garbage_answered: bool,
    /// The initialize request went through.
    initialized: bool,
}

impl Framer {
    /// The next complete frame, or None until more bytes arrive. A run of
    /// garbage is answered once.
    fn next(&mut self) -> Option<Frame> {
        loop {
            let (frame, checked) = next_frame(&mut self.buffer)?;
            match frame {
                Frame::Invalid(_) if self.garbage_answered && is_garbage(&frame) => continue,
                Frame::Invalid(_) => self.garbage_answered = is_garbage(&frame),
                Frame::Message(ref body) => {
                    self.garbage_answered = false;
                    if !self.initialized
                        && checked == Some(Checked::Initialize)
                        && let Some(mended) = mend_initialize(body)
                    {
                        self.initialized = true;
                        return Some(Frame::Message(mended));
                    }
                }
            }
            return Some(frame);
        }
    }
}

/// The initialize request with what clients spell their own way given the
/// spec's spelling too, or None for any other message. Helix declares
/// `workspace.diagnostic.refreshSupport`; the spec says `diagnostics`, and
/// only that reaches the server's typed capabilities.
fn mend_initialize(body: &[u8]) -> Option<Vec<u8>> {
    let mut message: Value = serde_json::from_slice(body).ok()?;
    if message["method"] != "initialize" {
        return None;
    }
    if let Some(workspace) = message
        .pointer_mut("/params/capabilities/workspace")
        .and_then(Value::as_object_mut)
        && !workspace.contains_key("diagnostics")
        && let Some(declared) = workspace.get("diagnostic").cloned()
    {
        workspace.insert("diagnostics".to_string(), declared);
        return serde_json::to_vec(&message).ok();
    }
    Some(body.to_vec())
}

const OUTSIDE: &str = "Parse error: bytes outside any message";

fn is_garbage(frame: &Frame) -> bool {
    matches!(frame, Frame::Invalid(reply) if reply.contains(OUTSIDE))
}

/// Takes the next complete frame off the front of `buffer`, with what the
/// message is when it is one, or None until more bytes arrive.
fn next_frame(buffer: &mut Vec<u8>) -> Option<(Frame, Option<Checked>)> {
    let invalid = |reply| Some((Frame::Invalid(reply), None));
    let Some(start) = find_header(buffer) else {
        // Keep a tail that may be the start of a header; drop the rest.
        let keep = buffer.len().min(HEADER.len());
        let garbage = buffer
            .drain(..buffer.len() - keep)
            .any(|b| !b.is_ascii_whitespace());
        return if garbage {
            invalid(error(-32700, OUTSIDE))
        } else {
            None
        };
    };
    if buffer[..start].iter().any(|b| !b.is_ascii_whitespace()) {
        buffer.drain(..start);
        return invalid(error(-32700, OUTSIDE));
    }
    let header_end = find(&buffer[start..], b"\r\n\r\n")? + start + 4;
    let length = content_length(&buffer[start..header_end]);
    let Some(length) = length.filter(|&length| length <= MAX_MESSAGE_BYTES) else {
        buffer.drain(..header_end);
        return invalid(error(-32700, "Parse error: bad Content-Length"));
    };
    if buffer.len() < header_end + length {
        return None;
    }
    let body: Vec<u8> = buffer[header_end..header_end + length].to_vec();
    match frame_check::check(&body) {
        Ok(checked) => {
            buffer.drain(..header_end + length);
            Some((Frame::Message(body), Some(checked)))
        }
        Err((code, message)) => {
            // A Content-Length too large swallows the next message: read again
            // from a header found inside the body.
            let resume = find_header(&body).map_or(length, |at| at.max(1));
            buffer.drain(..header_end + resume);
            invalid(error(code, &message))
        }
    }
}

/// The value of the `Content-Length` header among `headers`.
fn content_length(headers: &[u8]) -> Option<usize> {
    let headers = std::str::from_utf8(headers).ok()?;
    headers.split("\r\n").find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse().ok())?
    })
}

fn error(code: i64, message: &str) -> String {
    json!({ "jsonrpc": "2.0", "error": { "code": code, "message": message }, "id": null })
        .to_string()
}

/// Copies the server's messages to the client, putting direct messages
/// between whole frames; ends when the server does.
async fn forward_output<O: AsyncWrite + Unpin>(
    mut server: DuplexStream,
    mut direct: UnboundedReceiver<String>,
    mut output: O,
) {
    let mut buffer: Vec<u8> = Vec::new();
    let mut chunk = vec![0; PIPE_BYTES];
    loop {
        tokio::select! {
            read = server.read(&mut chunk) => match read {
                Ok(0) | Err(_) => break,
                Ok(read) => {
                    buffer.extend_from_slice(&chunk[..read]);
                    let whole = whole_frames(&buffer);
                    if output.write_all(&buffer[..whole]).await.is_err() {
                        return;
                    }
                    buffer.drain(..whole);
                }
            },
            Some(message) = direct.recv() => {
                let frame = format!("Content-Length: {}\r\n\r\n{message}", message.len());
                if output.write_all(frame.as_bytes()).await.is_err() {
                    return;
                }
            }
        }
        let _ = output.flush().await;
    }
    let _ = output.write_all(&buffer).await;
    let _ = output.flush().await;
}

/// How many bytes at the front of the server's output are whole messages.
fn whole_frames(buffer: &[u8]) -> usize {
    let mut end = 0;
    while let Some(header_end) = find(&buffer[end..], b"\r\n\r\n") {
        let Some(length) = content_length(&buffer[end..end + header_end]) else {
            break;
        };
        let frame_end = end + header_end + 4 + length;
        if frame_end > buffer.len() {
            break;
        }
        end = frame_end;
    }
    end
}

/// Where the first `Content-Length:` header starts, in any case: header
/// names are case-insensitive.
fn find_header(haystack: &[u8]) -> Option<usize> {
    haystack
        .windows(HEADER.len())
        .position(|window| window.eq_ignore_ascii_case(HEADER))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<String> {
        let mut framer = Framer {
            buffer: input.to_vec(),
            ..Framer::default()
        };
        std::iter::from_fn(|| framer.next())
            .map(|frame| match frame {
                Frame::Message(body) => String::from_utf8(body).unwrap(),
                Frame::Invalid(reply) => format!("error {reply}"),
            })
            .collect()
    }

    #[test]
    fn garbage_and_broken_messages_are_answered_and_skipped() {
        let ok = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let input = format!(
            "junk\r\n\r\nContent-Length: 10\r\n\r\n{{not json}}Content-Length: {}\r\n\r\n{ok}Content-Length: 2\r\n\r\n[]",
            ok.len()
        );
        let got = frames(input.as_bytes());
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[0].contains("-32700") && got[1].contains("-32700"));
        assert_eq!(got[2], ok);
        assert!(got[3].contains("-32600"));
    }

    #[test]
    fn a_wrong_length_resumes_at_the_next_header() {
        let ok = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let input = format!(
            "Content-Length: 300\r\n\r\n{{}}Content-Length: {}\r\n\r\n{ok}",
            ok.len()
        );
        let mut buffer = input.into_bytes();
        buffer.extend(std::iter::repeat_n(b' ', 300));
        let got = frames(&buffer);
        assert!(got[0].starts_with("error"), "{got:?}");
        assert_eq!(got[1], ok);
        assert_eq!(frames(b"Content-Length: 99999999999\r\n\r\n").len(), 1);
    }

    #[test]
    fn helix_spelling_of_diagnostic_refresh_reaches_the_server() {
        let helix = r#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{"workspace":{"diagnostic":{"refreshSupport":true}}}}}"#;
        let spec = r#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{"workspace":{"diagnostics":{"refreshSupport":false}}}}}"#;
        let mended: Value =
            serde_json::from_slice(&mend_initialize(helix.as_bytes()).unwrap()).unwrap();
        assert_eq!(
            mended["params"]["capabilities"]["workspace"]["diagnostics"]["refreshSupport"],
            true
        );
        assert_eq!(mend_initialize(spec.as_bytes()).unwrap(), spec.as_bytes());
        assert_eq!(
            mend_initialize(br#"{"jsonrpc":"2.0","method":"initialized"}"#),
            None
        );
    }

    #[test]
    fn header_names_are_read_in_any_case() {
        let ok = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let input = format!("content-length: {}\r\n\r\n{ok}", ok.len());
        assert_eq!(frames(input.as_bytes()), [ok]);
        let input = format!("CONTENT-LENGTH: {}\r\n\r\n{ok}", ok.len());
        assert_eq!(frames(input.as_bytes()), [ok]);
    }

    #[test]
    fn partial_frames_wait() {
        assert!(frames(b"Content-Len").is_empty());
        assert!(frames(b"Content-Length: 5\r\n\r\n{}").is_empty());
        assert_eq!(
            whole_frames(b"Content-Length: 2\r\n\r\n{}Content-Length: 9\r\n\r\n{"),
            23
        );
    }
}
