//! Streaming file bodies: never a whole file in memory.

use crate::sink::SinkError;
use reqwest::Body;
use sha2::{Digest, Sha256};
use std::io::{self, Seek, SeekFrom};
use std::path::Path;

const CHUNK: usize = 1024 * 1024;

/// `len` bytes of `path` from `offset`, as a request body read on demand;
/// `on_chunk` sees each chunk's length as it is sent.
pub fn file_range_body(
    path: &Path,
    offset: u64,
    len: u64,
    on_chunk: impl Fn(u64) + Send + Sync + 'static,
) -> io::Result<Body> {
    let mut file = std::fs::File::open(path)?;
    file.seek(SeekFrom::Start(offset))?;
    let file = tokio::fs::File::from_std(file);
    let on_chunk = std::sync::Arc::new(on_chunk);
    let stream = futures_util::stream::unfold(
        (file, len, on_chunk),
        |(mut file, left, on_chunk)| async move {
            use tokio::io::AsyncReadExt;
            if left == 0 {
                return None;
            }
            let mut buf = vec![0u8; CHUNK.min(left as usize)];
            match file.read(&mut buf).await {
                Ok(0) => Some((
                    Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "file shrank while being sent",
                    )),
                    (file, 0, on_chunk),
                )),
                Ok(n) => {
                    buf.truncate(n);
                    on_chunk(n as u64);
                    Some((Ok(buf), (file, left - n as u64, on_chunk)))
                }
                Err(e) => Some((Err(e), (file, 0, on_chunk))),
            }
        },
    );
    Ok(Body::wrap_stream(stream))
}

/// The lower-case hex SHA-256 of a file.
pub fn sha256_file(path: &Path) -> io::Result<String> {
    crate::model::volume::file_digest(path).map(|(_, sha)| sha)
}

/// Bodies up to this size are gathered in memory and written in one go:
/// one blocking hop per small file instead of a writer thread and a channel.
const SMALL_BODY: u64 = 1 << 20;

/// Writes a response body to `dest` (created), hashing it on a blocking
/// thread; returns its size and digest. Refuses more than `limit` bytes.
pub async fn save_body(
    resp: reqwest::Response,
    dest: &Path,
    limit: u64,
    on_chunk: impl Fn(u64),
) -> io::Result<(u64, String)> {
    if limit <= SMALL_BODY {
        return save_small_body(resp, dest, limit, on_chunk).await;
    }
    let path = dest.to_path_buf();
    let open = move || std::fs::File::create(&path);
    let (size, hasher) = crate::sink::write_body(
        open,
        resp.bytes_stream(),
        limit,
        Some(Sha256::new()),
        on_chunk,
    )
    .await
    .map_err(|e| match e {
        SinkError::TooLarge => io::Error::other(format!(
            "the server sent more than the {limit} bytes announced"
        )),
        SinkError::Body(e) => io::Error::other(format!("download cut off: {e}")),
        SinkError::Io(e) => e,
    })?;
    Ok((size, hex::encode(hasher.unwrap_or_default().finalize())))
}

async fn save_small_body(
    mut resp: reqwest::Response,
    dest: &Path,
    limit: u64,
    on_chunk: impl Fn(u64),
) -> io::Result<(u64, String)> {
    let mut body = Vec::with_capacity(limit as usize);
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| io::Error::other(format!("download cut off: {e}")))?
    {
        if (body.len() + chunk.len()) as u64 > limit {
            return Err(io::Error::other(format!(
                "the server sent more than the {limit} bytes announced"
            )));
        }
        on_chunk(chunk.len() as u64);
        body.extend_from_slice(&chunk);
    }
    let path = dest.to_path_buf();
    tokio::task::spawn_blocking(move || {
        std::fs::write(&path, &body)?;
        Ok((body.len() as u64, hex::encode(Sha256::digest(&body))))
    })
    .await
    .map_err(|e| io::Error::other(e.to_string()))?
}

/// The size of one range of a ranged download.
pub const PIECE: u64 = 32 << 20;
/// Files from this size are downloaded in ranges, several at once, when
/// the storage serves ranges (docs/volumes.md, "Pull").
pub const RANGED_FROM: u64 = 2 * PIECE;

/// Bytes `first..=last` of piece `p` of a file of `size` bytes.
fn piece_span(p: u64, size: u64) -> (u64, u64) {
    let first = p * PIECE;
    (first, (first + PIECE).min(size) - 1)
}

/// Downloads a file of `size` bytes into `dest` in pieces of `PIECE` bytes,
/// `streams` ranged requests at once; `first` is the 206 answer to the
/// request of piece 0. Pieces are written at their offsets; one blocking
/// thread writes them and hashes the contiguous prefix as it grows (from
/// memory when a chunk extends it, else reading back what is already
/// written), so the digest is ready when the last byte lands.
pub async fn save_ranged(
    storage: &crate::client::Storage,
    sign: &crate::model::volume::SignResponse,
    first: reqwest::Response,
    dest: &Path,
    size: u64,
    streams: usize,
    on_chunk: impl Fn(u64),
) -> io::Result<(u64, String)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    let pieces = size.div_ceil(PIECE);
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(dest)?;
    file.set_len(size)?;
    let (tx, rx) = tokio::sync::mpsc::channel::<(u64, hyper::body::Bytes)>(32);
    let writer = tokio::task::spawn_blocking(move || write_pieces(file, rx, size, pieces));
    let next = AtomicU64::new(1);
    let first = std::sync::Mutex::new(Some(first));
    let worker = || async {
        loop {
            let taken = first.lock().ok().and_then(|mut f| f.take());
            let (p, resp) = match taken {
                Some(resp) => (0, resp),
                None => {
                    let p = next.fetch_add(1, Ordering::Relaxed);
                    if p >= pieces {
                        return Ok::<(), io::Error>(());
                    }
                    let (a, b) = piece_span(p, size);
                    let resp = storage
                        .fetch_range(sign, a, b)
                        .await
                        .map_err(|e| io::Error::other(e.to_string()))?;
                    (p, resp)
                }
            };
            receive_piece(resp, p, size, &tx, &on_chunk).await?;
        }
    };
    let fetched = futures_util::future::try_join_all((0..streams.max(1)).map(|_| worker())).await;
    drop(tx);
    let written = writer.await.map_err(|e| io::Error::other(e.to_string()))?;
    // A writer that failed (disk full) stops the downloads: its error is
    // the cause to report.
    let size_and_digest = written?;
    fetched?;
    Ok(size_and_digest)
}

/// Streams piece `p` of an answer to the writer, checking it is the
/// range asked for.
async fn receive_piece(
    resp: reqwest::Response,
    p: u64,
    size: u64,
    tx: &tokio::sync::mpsc::Sender<(u64, hyper::body::Bytes)>,
    on_chunk: &impl Fn(u64),
) -> io::Result<()> {
    use futures_util::StreamExt;
    let (a, b) = piece_span(p, size);
    let want = format!("bytes {a}-{b}/{size}");
    let range = resp
        .headers()
        .get(reqwest::header::CONTENT_RANGE)
        .and_then(|v| v.to_str().ok());
    if resp.status() != reqwest::StatusCode::PARTIAL_CONTENT || range != Some(want.as_str()) {
        return Err(io::Error::other(format!(
            "the storage answered {} with range {range:?} to a request of {want}",
            resp.status()
        )));
    }
    let mut at = a;
    let mut body = resp.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| io::Error::other(format!("download cut off: {e}")))?;
        let n = chunk.len() as u64;
        if at + n > b + 1 {
            return Err(io::Error::other(format!(
                "the server sent more than the bytes {a}-{b} asked for"
            )));
        }
        on_chunk(n);
        tx.send((at, chunk))
            .await
            .map_err(|_| io::Error::other("the file writer stopped"))?;
        at += n;
    }
    if at != b + 1 {
        return Err(io::Error::other(format!(
            "download cut off: bytes {a}-{b} ended at {at}"
        )));
    }
    Ok(())
}

/// The writer of a ranged download: writes each chunk at its offset and
/// hashes the contiguous prefix; returns how much of it was hashed and the
/// digest. Chunks of one piece arrive in order.
fn write_pieces(
    file: std::fs::File,
    mut rx: tokio::sync::mpsc::Receiver<(u64, hyper::body::Bytes)>,
    size: u64,
    pieces: u64,
) -> io::Result<(u64, String)> {
    use std::os::unix::fs::FileExt;
    let mut hasher = Sha256::new();
    let mut hashed = 0u64;
    // Bytes written from the start of each piece.
    let mut written = vec![0u64; pieces as usize];
    let mut back = Vec::new();
    while let Some((at, chunk)) = rx.blocking_recv() {
        file.write_all_at(&chunk, at)?;
        let p = at / PIECE;
        written[p as usize] = at + chunk.len() as u64 - p * PIECE;
        if at == hashed {
            hasher.update(&chunk);
            hashed += chunk.len() as u64;
        }
        // Catch up with what other pieces wrote past the prefix.
        while hashed < size {
            let p = hashed / PIECE;
            let end = p * PIECE + written[p as usize];
            if end <= hashed {
                break;
            }
            back.resize(CHUNK.min((end - hashed) as usize), 0);
            while hashed < end {
                let n = CHUNK.min((end - hashed) as usize);
                file.read_exact_at(&mut back[..n], hashed)?;
                hasher.update(&back[..n]);
                hashed += n as u64;
            }
        }
    }
    Ok((hashed, hex::encode(hasher.finalize())))
}
