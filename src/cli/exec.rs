//! `worker exec [-i] [-t] WORKER COMMAND [ARGS...]`: runs a command in a
//! running worker over the exec API (`client::exec`), streams its stdout
//! and stderr, passes stdin with `-i`, asks for a TTY with `-t` (the local
//! terminal goes into raw mode until the command ends), and exits with the
//! command's status. argv reaches the worker unchanged.

use crate::client::exec::{base_url, ExecClient};
use crate::credentials;
use crate::error::{Error, Result};
use clap::Args;
use std::io::{IsTerminal, Read, Write};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// Keep STDIN open and pass it to the command
    #[arg(short = 'i', long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY: one raw output stream, the local terminal in
    /// raw mode while the command runs
    #[arg(short = 't', long)]
    pub tty: bool,
    /// worker id
    pub worker: String,
    /// command to run in the worker, then its arguments, passed unchanged
    /// (flags included)
    #[arg(
        value_name = "COMMAND",
        required = true,
        num_args = 1..,
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
}

pub async fn run(args: ExecArgs) -> Result<()> {
    let token = credentials::resolve().ok_or(Error::NotLoggedIn)?;
    let (endpoint, _) = crate::config::endpoint();
    let base = base_url(
        &endpoint,
        std::env::var("EVERAI_EXEC_ENTRYPOINT").ok().as_deref(),
        std::env::var("EVERAI_EXEC_DISABLE_TLS").ok().as_deref(),
    );
    let client = ExecClient::new(&base, &token.value, &args.worker)?;
    let argv = args.command;
    let id = client.create(&argv, args.interactive, args.tty).await?;
    let raw = (args.tty && std::io::stdin().is_terminal())
        .then(RawMode::enable)
        .flatten();
    let connection = client.start(&id, args.tty).await?;
    let (mut from_worker, mut to_worker) = tokio::io::split(connection);
    let feeder = args.interactive.then(|| {
        let mut stdin = stdin_chunks();
        tokio::spawn(async move {
            while let Some(chunk) = stdin.recv().await {
                if to_worker.write_all(&chunk).await.is_err() {
                    return;
                }
            }
            // End of our stdin is the end of the command's.
            let _ = to_worker.shutdown().await;
        })
    });
    let copied = if args.tty {
        raw_copy(&mut from_worker).await
    } else {
        demux(&mut from_worker).await
    };
    if let Some(feeder) = feeder {
        feeder.abort();
    }
    drop(raw);
    copied.map_err(|e| Error::failed(format!("the exec connection broke: {e}")))?;
    let mut code = None;
    for _ in 0..50 {
        code = client.exit_code(&id).await?;
        if code.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    match code {
        Some(0) => Ok(()),
        Some(c) => Err(Error::RemoteExit(u8::try_from(c).unwrap_or(1).max(1))),
        None => Err(Error::failed(
            "the command's exit status is unknown (it may still be running)",
        )),
    }
}

/// Our stdin in chunks, read on a thread of its own (a blocking read that
/// the runtime does not wait for at exit).
fn stdin_chunks() -> tokio::sync::mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            match stdin.read(&mut buf) {
                Ok(0) | Err(_) => return,
                Ok(n) => {
                    if tx.blocking_send(buf[..n].to_vec()).is_err() {
                        return;
                    }
                }
            }
        }
    });
    rx
}

/// Copies the raw (tty) stream to stdout.
async fn raw_copy(from: &mut (impl tokio::io::AsyncRead + Unpin)) -> std::io::Result<()> {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = from.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(&buf[..n])?;
        stdout.flush()?;
    }
}

/// Copies Docker's multiplexed frames (stream id, 3 zero bytes, u32 BE
/// length, data) to stdout and stderr.
async fn demux(from: &mut (impl tokio::io::AsyncRead + Unpin)) -> std::io::Result<()> {
    let mut header = [0u8; 8];
    loop {
        match from.read_exact(&mut header).await {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        }
        let len = u32::from_be_bytes([header[4], header[5], header[6], header[7]]) as usize;
        let mut data = vec![0u8; len];
        from.read_exact(&mut data).await?;
        if header[0] == 2 {
            let mut stderr = std::io::stderr().lock();
            stderr.write_all(&data)?;
            stderr.flush()?;
        } else {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&data)?;
            stdout.flush()?;
        }
    }
}

/// The terminal on stdin in raw mode; restored on drop.
struct RawMode {
    saved: libc::termios,
}

impl RawMode {
    fn enable() -> Option<RawMode> {
        // SAFETY: tcgetattr/tcsetattr on fd 0 with a termios we own.
        unsafe {
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut saved) != 0 {
                return None;
            }
            let mut raw = saved;
            libc::cfmakeraw(&mut raw);
            if libc::tcsetattr(0, libc::TCSANOW, &raw) != 0 {
                return None;
            }
            Some(RawMode { saved })
        }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: restores the settings read in `enable`.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, &self.saved);
        }
    }
}
