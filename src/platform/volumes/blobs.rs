//! The content-addressed store of file bodies: `DIR/volumes/blobs/ab/abcd…`
//! named by the lower-case hex SHA-256 of the content, so the same content
//! is stored once whatever volume, revision or path holds it. A body is
//! received into `tmp/`, hashed on the way, and renamed into place only
//! once its size and digest are verified: a blob that exists is whole.
//! Parts of multipart uploads wait in `uploads/ID/N` until completion.

use axum::body::Bytes;
use futures_util::{Stream, StreamExt};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

pub struct Blobs {
    root: PathBuf,
}

/// What a receive produced: the temp file, its size and digest.
pub struct Received {
    pub temp: PathBuf,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ReceiveError {
    #[error("body is larger than the {0} bytes announced")]
    TooLarge(u64),
    #[error("the body was cut off: {0}")]
    Body(String),
    #[error("cannot store the body: {0}")]
    Io(#[from] io::Error),
}

impl Blobs {
    /// Prepares the directories and drops temp files a previous run left.
    pub fn open(root: &Path) -> Result<Blobs, String> {
        for dir in ["blobs", "tmp", "uploads"] {
            std::fs::create_dir_all(root.join(dir))
                .map_err(|e| format!("cannot create {}: {e}", root.join(dir).display()))?;
        }
        if let Ok(entries) = std::fs::read_dir(root.join("tmp")) {
            for entry in entries.flatten() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        Ok(Blobs {
            root: root.to_path_buf(),
        })
    }

    pub fn blob_path(&self, sha256: &str) -> PathBuf {
        blob_path_in(&self.root, sha256)
    }

    /// True when the content with this digest and size is stored.
    pub fn has(&self, sha256: &str, size: u64) -> bool {
        std::fs::metadata(self.blob_path(sha256)).is_ok_and(|m| m.len() == size)
    }

    pub fn temp_path(&self) -> PathBuf {
        self.root.join("tmp").join(crate::platform::random_id(20))
    }

    pub fn upload_dir(&self, upload_id: &str) -> PathBuf {
        self.root.join("uploads").join(upload_id)
    }

    pub fn part_path(&self, upload_id: &str, part_number: i32) -> PathBuf {
        self.upload_dir(upload_id).join(part_number.to_string())
    }

    /// Streams `body` into a temp file, hashing it on a blocking thread
    /// when `hash` (else `sha256` is empty); refuses more than `limit`
    /// bytes. The temp file is removed on error.
    pub async fn receive<S, E>(
        &self,
        mut body: S,
        limit: u64,
        hash: bool,
    ) -> Result<Received, ReceiveError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let temp = self.temp_path();
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(32);
        let path = temp.clone();
        let writer = tokio::task::spawn_blocking(move || -> io::Result<(u64, String)> {
            let mut out = BufWriter::with_capacity(1 << 20, File::create(&path)?);
            let mut hasher = Sha256::new();
            let mut size = 0u64;
            while let Some(chunk) = rx.blocking_recv() {
                if hash {
                    hasher.update(&chunk);
                }
                out.write_all(&chunk)?;
                size += chunk.len() as u64;
            }
            out.flush()?;
            let digest = if hash {
                hex::encode(hasher.finalize())
            } else {
                String::new()
            };
            Ok((size, digest))
        });
        let mut seen = 0u64;
        let mut failure = None;
        while let Some(chunk) = body.next().await {
            match chunk {
                Ok(chunk) => {
                    seen += chunk.len() as u64;
                    if seen > limit {
                        failure = Some(ReceiveError::TooLarge(limit));
                        break;
                    }
                    if tx.send(chunk).await.is_err() {
                        break;
                    }
                }
                Err(e) => {
                    failure = Some(ReceiveError::Body(e.to_string()));
                    break;
                }
            }
        }
        drop(tx);
        let written = writer
            .await
            .map_err(|e| ReceiveError::Io(io::Error::other(e.to_string())));
        let result = match (failure, written) {
            (Some(f), _) => Err(f),
            (None, Err(e)) => Err(e),
            (None, Ok(Err(e))) => Err(ReceiveError::Io(e)),
            (None, Ok(Ok((size, sha256)))) => Ok(Received {
                temp: temp.clone(),
                size,
                sha256,
            }),
        };
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result
    }

    /// Moves a verified temp file into the store under its digest, read-only
    /// (workers see blobs through hard links).
    pub fn install(&self, temp: &Path, sha256: &str) -> io::Result<()> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(temp, std::fs::Permissions::from_mode(0o444))?;
        let dest = self.blob_path(sha256);
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::rename(temp, dest)
    }

    /// Concatenates part files into one temp file, hashing on the way.
    pub fn assemble(&self, parts: &[PathBuf]) -> io::Result<Received> {
        let temp = self.temp_path();
        let result = (|| {
            let mut out = BufWriter::with_capacity(1 << 20, File::create(&temp)?);
            let mut hasher = Sha256::new();
            let mut size = 0u64;
            let mut buf = vec![0u8; 1 << 20];
            for part in parts {
                let mut input = File::open(part)?;
                loop {
                    let n = input.read(&mut buf)?;
                    if n == 0 {
                        break;
                    }
                    hasher.update(&buf[..n]);
                    out.write_all(&buf[..n])?;
                    size += n as u64;
                }
            }
            out.flush()?;
            Ok(Received {
                temp: temp.clone(),
                size,
                sha256: hex::encode(hasher.finalize()),
            })
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result
    }

    pub fn remove(&self, sha256: &str) {
        let _ = std::fs::remove_file(self.blob_path(sha256));
    }

    /// Flushes everything written so far to disk (one `syncfs`), so that a
    /// committed revision never names a body a power loss could drop.
    pub fn sync(&self) -> io::Result<()> {
        use std::os::fd::AsRawFd;
        let dir = File::open(self.root.join("blobs"))?;
        // SAFETY: syncfs on a descriptor we own; no memory is shared.
        if unsafe { libc::syncfs(dir.as_raw_fd()) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

/// Where the content with this digest lives under a volumes root.
pub fn blob_path_in(root: &Path, sha256: &str) -> PathBuf {
    root.join("blobs")
        .join(&sha256[..2.min(sha256.len())])
        .join(sha256)
}

/// A lower-case hex SHA-256.
pub fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
