//! Standard input and output for a server on one thread. tokio's own stdin
//! and stdout hand every read and write to a pool thread and back, two
//! wake-ups per message that cost more than linting a keystroke.
//!
//! When stdin and stdout are pipes or sockets, as editors give them, the
//! runtime reads and writes them itself in non-blocking mode, woken by the
//! kernel; a write that must wait never stops the input from being read, so
//! a client that writes before it reads cannot block us for good. Otherwise
//! (a terminal, a file) a thread of its own reads stdin into an unbounded
//! queue and stdout is written in place.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::unix::AsyncFd;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

const CHUNK_BYTES: usize = 64 * 1024;

/// Standard input.
pub enum Input {
    Polled(AsyncFd<Pipe>),
    Queued(Queue),
}

/// Standard output.
pub enum Output {
    /// Written at once; watched by the runtime only after a write had to
    /// wait, since a watched pipe wakes the runtime each time the editor reads.
    Pipe {
        pipe: Pipe,
        watched: Option<AsyncFd<Pipe>>,
    },
    InPlace,
}

/// Both ends; must be called inside the runtime that will use them.
pub fn open() -> (Input, Output) {
    let input = Pipe::nonblocking(0)
        .and_then(|pipe| pipe.watched().ok())
        .map_or_else(|| Input::Queued(Queue::spawn()), Input::Polled);
    let output = Pipe::nonblocking(1).map_or(Output::InPlace, |pipe| Output::Pipe {
        pipe,
        watched: None,
    });
    (input, output)
}

/// A pipe or socket at a standard descriptor, switched to non-blocking mode.
pub struct Pipe(RawFd);

impl Pipe {
    /// Only a pipe or a socket: a terminal's mode is shared with the shell.
    fn nonblocking(fd: RawFd) -> Option<Pipe> {
        // SAFETY: fstat and fcntl on a standard descriptor touch nothing of ours.
        let switched = unsafe {
            let mut status: libc::stat = std::mem::zeroed();
            let is_pipe = libc::fstat(fd, &mut status) == 0
                && matches!(
                    status.st_mode & libc::S_IFMT,
                    libc::S_IFIFO | libc::S_IFSOCK
                );
            let flags = libc::fcntl(fd, libc::F_GETFL);
            is_pipe && flags >= 0 && libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) == 0
        };
        switched.then_some(Pipe(fd))
    }

    /// The pipe, watched by the runtime.
    fn watched(&self) -> std::io::Result<AsyncFd<Pipe>> {
        // SAFETY: a standard descriptor stays open, and the same, for the
        // whole process.
        Ok(unsafe { AsyncFd::register(Pipe(self.0)) }?)
    }

    fn read(&self, into: &mut [u8]) -> std::io::Result<usize> {
        // SAFETY: `into` is valid for writes of its length.
        let read = unsafe { libc::read(self.0, into.as_mut_ptr().cast(), into.len()) };
        usize::try_from(read).map_err(|_| std::io::Error::last_os_error())
    }

    fn write(&self, bytes: &[u8]) -> std::io::Result<usize> {
        // SAFETY: `bytes` is valid for reads of its length.
        let written = unsafe { libc::write(self.0, bytes.as_ptr().cast(), bytes.len()) };
        usize::try_from(written).map_err(|_| std::io::Error::last_os_error())
    }
}

impl AsRawFd for Pipe {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

impl AsyncRead for Input {
    fn poll_read(
        self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Input::Queued(queue) => queue.poll_read(context, buffer),
            Input::Polled(pipe) => loop {
                let mut ready = ready!(pipe.poll_read_ready(context))?;
                let unfilled = buffer.initialize_unfilled();
                match ready.try_io(|pipe| pipe.get_ref().read(unfilled)) {
                    Ok(Ok(read)) => {
                        buffer.advance(read);
                        return Poll::Ready(Ok(()));
                    }
                    Ok(Err(error)) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    Ok(Err(error)) => return Poll::Ready(Err(error)),
                    Err(_would_block) => {}
                }
            },
        }
    }
}

impl AsyncWrite for Output {
    fn poll_write(
        self: Pin<&mut Self>,
        context: &mut Context<'_>,
        bytes: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let (pipe, watched) = match self.get_mut() {
            Output::InPlace => return Poll::Ready(std::io::stdout().lock().write(bytes)),
            Output::Pipe { pipe, watched } => (pipe, watched),
        };
        loop {
            let Some(watched) = watched else {
                match pipe.write(bytes) {
                    Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {
                        *watched = Some(pipe.watched()?);
                    }
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    written => return Poll::Ready(written),
                }
                continue;
            };
            let mut ready = ready!(watched.poll_write_ready(context))?;
            match ready.try_io(|pipe| pipe.get_ref().write(bytes)) {
                Ok(Err(error)) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Ok(written) => return Poll::Ready(written),
                Err(_would_block) => {}
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Output::InPlace => Poll::Ready(std::io::stdout().lock().flush()),
            Output::Pipe { .. } => Poll::Ready(Ok(())), // nothing is buffered
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        self.poll_flush(context)
    }
}

/// Standard input read by a thread that queues what it reads.
pub struct Queue {
    chunks: UnboundedReceiver<Vec<u8>>,
    current: Vec<u8>,
    read: usize,
}

impl Queue {
    /// Starts the reading thread; the stream ends when stdin does.
    fn spawn() -> Self {
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
        Queue {
            chunks,
            current: Vec::new(),
            read: 0,
        }
    }

    fn poll_read(
        &mut self,
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
