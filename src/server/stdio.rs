//! Standard input and output for a server on one thread. tokio's own stdin
//! and stdout hand every read and write to a pool thread and back, two
//! wake-ups per message that cost more than linting a keystroke. Here a
//! thread of its own reads stdin into an unbounded queue (so a client that
//! writes before it reads never blocks on us), and stdout is written in place.

use std::io::{Read, Write};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

const CHUNK_BYTES: usize = 64 * 1024;

/// Standard input, read by a thread that queues what it reads.
pub struct Stdin {
    chunks: UnboundedReceiver<Vec<u8>>,
    current: Vec<u8>,
    read: usize,
}

impl Stdin {
    /// Starts the reading thread; the stream ends when stdin does.
    pub fn spawn() -> Self {
        let (queue, chunks) = unbounded_channel();
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut chunk = vec![0; CHUNK_BYTES];
            loop {
                match stdin.read(&mut chunk) {
                    Ok(0) => return,
                    Ok(read) => {
                        if queue.send(chunk[..read].to_vec()).is_err() {
                            return; // the server has stopped
                        }
                    }
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => return,
                }
            }
        });
        Stdin {
            chunks,
            current: Vec::new(),
            read: 0,
        }
    }
}

impl AsyncRead for Stdin {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.read == self.current.len() {
            match ready!(self.chunks.poll_recv(context)) {
                Some(chunk) => (self.current, self.read) = (chunk, 0),
                None => return Poll::Ready(Ok(())), // end of input
            }
        }
        let unread = &self.current[self.read..];
        let taken = unread.len().min(buffer.remaining());
        buffer.put_slice(&unread[..taken]);
        self.read += taken;
        Poll::Ready(Ok(()))
    }
}

/// Standard output, written in place: a pipe to the editor takes a message at once.
pub struct Stdout;

impl AsyncWrite for Stdout {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        bytes: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Poll::Ready(std::io::stdout().lock().write(bytes))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(std::io::stdout().lock().flush())
    }

    fn poll_shutdown(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        self.poll_flush(context)
    }
}
