//! Streaming file bodies: never a whole file in memory.

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
    use futures_util::StreamExt;
    use std::io::Write;
    if limit <= SMALL_BODY {
        return save_small_body(resp, dest, limit, on_chunk).await;
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel::<hyper::body::Bytes>(32);
    let path = dest.to_path_buf();
    let writer = tokio::task::spawn_blocking(move || -> io::Result<(u64, String)> {
        let mut out = io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&path)?);
        let mut hasher = Sha256::new();
        let mut size = 0u64;
        while let Some(chunk) = rx.blocking_recv() {
            hasher.update(&chunk);
            out.write_all(&chunk)?;
            size += chunk.len() as u64;
        }
        out.flush()?;
        Ok((size, hex::encode(hasher.finalize())))
    });
    let mut body = resp.bytes_stream();
    let mut seen = 0u64;
    let mut failure = None;
    while let Some(chunk) = body.next().await {
        match chunk {
            Ok(chunk) => {
                seen += chunk.len() as u64;
                if seen > limit {
                    failure = Some(io::Error::other(format!(
                        "the server sent more than the {limit} bytes announced"
                    )));
                    break;
                }
                on_chunk(chunk.len() as u64);
                if tx.send(chunk).await.is_err() {
                    break;
                }
            }
            Err(e) => {
                failure = Some(io::Error::other(format!("download cut off: {e}")));
                break;
            }
        }
    }
    drop(tx);
    let written = writer.await.map_err(|e| io::Error::other(e.to_string()))?;
    match failure {
        Some(e) => Err(e),
        None => written,
    }
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
