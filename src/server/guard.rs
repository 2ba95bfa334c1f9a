//! The panic guard: a bug met on one message becomes an error reply and a
//! line in the client's log, and the server goes on with the next.

use std::panic::AssertUnwindSafe;

use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::MessageType;

use super::ResumeServer;

/// Fault injection for tests: `RESUME_LSP_PANIC_IN=<method>` makes that
/// method's handler panic, to show the server survives it.
fn inject_fault(method: &str) {
    if std::env::var("RESUME_LSP_PANIC_IN").is_ok_and(|wanted| wanted == method) {
        panic!("injected panic in {method}");
    }
}

impl ResumeServer {
    /// Runs a handler's work. A panic in it is logged (stderr by the panic
    /// hook, and the client's log) and becomes an error; the server goes on.
    pub(super) async fn guard<T>(&self, method: &str, work: impl FnOnce() -> T) -> Result<T> {
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            inject_fault(method);
            work()
        }));
        match outcome {
            Ok(value) => Ok(value),
            Err(payload) => {
                let reason = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let message = format!("resume-lsp: {method} failed: {reason}");
                self.client.log_message(MessageType::ERROR, &message).await;
                Err(Error {
                    code: ErrorCode::InternalError,
                    message: message.into(),
                    data: None,
                })
            }
        }
    }
}
