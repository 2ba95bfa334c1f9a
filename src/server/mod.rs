//! The language server: translates LSP messages to and from the core.
//!
//! tower-lsp runs handlers concurrently, so every change is applied to its
//! document before the handler's first `.await`, and findings are published only
//! while they still belong to the document's latest version.
//!
//! Start-up and the shared server value are here; `session` holds what is
//! known between messages, `handlers` answers each message, `publish` sends
//! findings, `capabilities` says what is offered, and `guard` keeps a panic
//! in one handler from ending the session.

mod actions;
mod capabilities;
mod completion;
mod convert;
mod frame_check;
mod guard;
mod handlers;
mod hover;
mod job;
mod outline;
mod publish;
mod session;
mod settings;
#[cfg(unix)]
mod stdio;
mod transport;

pub use transport::serve;

use std::sync::Mutex;

use tower_lsp_server::Client;

use session::State;
use transport::Outbox;

/// Runs the server on stdin and stdout until the client says `exit`. One
/// thread serves every message: the work of each is far shorter than handing
/// it between threads.
pub fn run() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts");
    runtime.block_on(async {
        #[cfg(unix)]
        let (input, output) = stdio::open();
        // Portable, at the cost of a hop through tokio's thread pool per read
        // and write (see `stdio.rs`).
        #[cfg(not(unix))]
        let (input, output) = (tokio::io::stdin(), tokio::io::stdout());
        serve(input, output).await;
    });
    // The reading thread may still wait on stdin; the process ends anyway.
    runtime.shutdown_background();
}

struct ResumeServer {
    client: Client,
    /// Where `publishDiagnostics` goes, straight to the wire.
    outbox: Outbox,
    state: Mutex<State>,
    /// Held while publishing, so findings for one version never overtake a newer one's.
    publishing: tokio::sync::Mutex<()>,
}

impl ResumeServer {
    fn new(client: Client, outbox: Outbox) -> Self {
        Self {
            client,
            outbox,
            state: Mutex::new(State::default()),
            publishing: tokio::sync::Mutex::new(()),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic elsewhere while holding the lock leaves the state usable: every
        // change to it is a whole-value replacement or a completed edit.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
