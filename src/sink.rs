//! A body of chunks written into a file on a blocking thread, hashed on the
//! way and refused past a size limit: how the client saves a download and
//! the server an upload (docs/volumes.md). The async side only receives and
//! counts; the file and the digest never block the runtime.

use futures_util::{Stream, StreamExt};
use hyper::body::Bytes;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufWriter, Write};

/// Why a body was not written whole.
#[derive(Debug)]
pub enum SinkError<E> {
    /// More bytes arrived than the limit allows.
    TooLarge,
    /// The body itself broke (a cut connection).
    Body(E),
    /// The file could not be opened or written.
    Io(io::Error),
}

/// Writes `body` into the file `open` gives (called on the blocking thread),
/// feeding `hasher` when there is one and telling `on_chunk` each chunk's
/// length as it arrives; refuses more than `limit` bytes. Returns the size
/// written and the hasher.
pub async fn write_body<S, E>(
    open: impl FnOnce() -> io::Result<File> + Send + 'static,
    mut body: S,
    limit: u64,
    mut hasher: Option<Sha256>,
    mut on_chunk: impl FnMut(u64),
) -> Result<(u64, Option<Sha256>), SinkError<E>>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(32);
    let writer = tokio::task::spawn_blocking(move || -> io::Result<(u64, Option<Sha256>)> {
        let mut out = BufWriter::with_capacity(1 << 20, open()?);
        let mut size = 0u64;
        while let Some(chunk) = rx.blocking_recv() {
            if let Some(h) = hasher.as_mut() {
                h.update(&chunk);
            }
            out.write_all(&chunk)?;
            size += chunk.len() as u64;
        }
        out.flush()?;
        Ok((size, hasher))
    });
    let mut seen = 0u64;
    let mut failure = None;
    while let Some(chunk) = body.next().await {
        match chunk {
            Ok(chunk) => {
                seen += chunk.len() as u64;
                if seen > limit {
                    failure = Some(SinkError::TooLarge);
                    break;
                }
                on_chunk(chunk.len() as u64);
                // A closed channel means the writer failed: its error follows.
                if tx.send(chunk).await.is_err() {
                    break;
                }
            }
            Err(e) => {
                failure = Some(SinkError::Body(e));
                break;
            }
        }
    }
    drop(tx);
    let written = writer
        .await
        .map_err(|e| SinkError::Io(io::Error::other(e.to_string())))?;
    match failure {
        Some(f) => Err(f),
        None => written.map_err(SinkError::Io),
    }
}
