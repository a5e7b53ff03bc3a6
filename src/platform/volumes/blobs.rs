//! The content-addressed store of file bodies: `DIR/volumes/blobs/ab/abcd…`
//! named by the lower-case hex SHA-256 of the content, so the same content
//! is stored once whatever volume, revision or path holds it. A body is
//! received into `tmp/`, hashed on the way, and renamed into place only
//! once its size and digest are verified: a blob that exists is whole.
//! A multipart upload's parts are written in place into `uploads/ID/data`,
//! which becomes the blob once complete and verified.

use crate::sink::SinkError;
use axum::body::Bytes;
use futures_util::Stream;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

pub struct Blobs {
    root: PathBuf,
    /// The running digests of multipart uploads (running.rs).
    pub running: super::running::Running,
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
    pub fn open(root: &Path) -> Result<Blobs, super::VolumeError> {
        for dir in ["blobs", "tmp", "uploads"] {
            let path = root.join(dir);
            std::fs::create_dir_all(&path)
                .map_err(|source| super::VolumeError::CreateDir { path, source })?;
        }
        if let Ok(entries) = std::fs::read_dir(root.join("tmp")) {
            for entry in entries.flatten() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        Ok(Blobs {
            root: root.to_path_buf(),
            running: Default::default(),
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

    /// Streams `body` into a temp file, hashing it on a blocking thread
    /// when `hash` (else `sha256` is empty); refuses more than `limit`
    /// bytes. The temp file is removed on error.
    pub async fn receive<S, E>(
        &self,
        body: S,
        limit: u64,
        hash: bool,
    ) -> Result<Received, ReceiveError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let temp = self.temp_path();
        let hasher = hash.then(Sha256::new);
        let result = match File::create(&temp) {
            Ok(file) => write_stream(file, body, limit, hasher).await,
            Err(e) => Err(ReceiveError::Io(e)),
        };
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result.map(|(size, hasher)| Received {
            temp: temp.clone(),
            size,
            sha256: hasher.map_or_else(String::new, |h| hex::encode(h.finalize())),
        })
    }

    /// The file a multipart upload's parts are written into, each at its
    /// place (parts have a fixed size, docs/volumes.md): completing the
    /// upload needs no copy, only a read to verify the digest.
    pub fn upload_data(&self, upload_id: &str) -> PathBuf {
        self.upload_dir(upload_id).join("data")
    }

    /// Streams one part of an upload into its data file at `offset`;
    /// returns the bytes written (at most `limit`). The part joins the
    /// upload's running digest (running.rs).
    pub async fn receive_part<S, E>(
        &self,
        upload_id: &str,
        offset: u64,
        body: S,
        limit: u64,
    ) -> Result<u64, ReceiveError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        use std::io::{Seek, SeekFrom};
        std::fs::create_dir_all(self.upload_dir(upload_id))?;
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(self.upload_data(upload_id))?;
        file.seek(SeekFrom::Start(offset))?;
        let reader = file.try_clone()?;
        let (running, id) = (self.running.clone(), upload_id.to_string());
        let ticket = tokio::task::spawn_blocking(move || running.begin(&id, offset))
            .await
            .map_err(|e| io::Error::other(e.to_string()))?;
        let hasher = ticket.hasher();
        let result = write_stream(file, body, limit, hasher).await;
        let done = result.as_ref().ok().map(|(n, h)| (*n, h.clone()));
        let running = self.running.clone();
        tokio::task::spawn_blocking(move || running.end(ticket, done, &reader))
            .await
            .map_err(|e| io::Error::other(e.to_string()))?;
        Ok(result?.0)
    }

    /// The size and digest of an upload's data file, from its running
    /// digest and whatever that lacks. Blocking.
    pub fn measure_upload(&self, upload_id: &str) -> io::Result<(u64, String)> {
        let data = File::open(self.upload_data(upload_id))?;
        self.running.finish(upload_id, &data)
    }

    /// Moves a verified temp file into the store under its digest, read-only
    /// (workers see blobs through hard links). The bytes and the new name
    /// reach the disk first, so an upload acknowledged (and a revision
    /// committed) never names a body a power loss could drop. Blocking.
    pub fn install(&self, temp: &Path, sha256: &str) -> io::Result<()> {
        use std::os::unix::fs::PermissionsExt;
        File::open(temp)?.sync_data()?;
        std::fs::set_permissions(temp, std::fs::Permissions::from_mode(0o444))?;
        let dest = self.blob_path(sha256);
        let dir = dest.parent().unwrap_or(&self.root).to_path_buf();
        std::fs::create_dir_all(&dir)?;
        std::fs::rename(temp, &dest)?;
        File::open(&dir)?.sync_all()
    }

    /// The size and digest of a file (blocking).
    pub fn measure(path: &Path) -> io::Result<(u64, String)> {
        crate::model::volume::file_digest(path)
    }

    pub fn remove(&self, sha256: &str) {
        let _ = std::fs::remove_file(self.blob_path(sha256));
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

/// Writes `body` to `file` on a blocking thread (feeding `hasher`, if
/// any), refusing more than `limit` bytes; returns the size and hasher.
async fn write_stream<S, E>(
    file: File,
    body: S,
    limit: u64,
    hasher: Option<Sha256>,
) -> Result<(u64, Option<Sha256>), ReceiveError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    crate::sink::write_body(move || Ok(file), body, limit, hasher, |_| {})
        .await
        .map_err(|e| match e {
            SinkError::TooLarge => ReceiveError::TooLarge(limit),
            SinkError::Body(e) => ReceiveError::Body(e.to_string()),
            SinkError::Io(e) => ReceiveError::Io(e),
        })
}
