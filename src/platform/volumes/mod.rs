//! Volumes on the local platform: file bodies in a content-addressed store
//! (`blobs`), the short-lived signatures of the storage URLs the API hands
//! out (`signing`), and the trees workers see (`mounts`); the SQL rows live
//! in `platform::store::volumes`. docs/volumes.md describes
//! the wire flow and the on-disk layout.

pub mod blobs;
pub mod mounts;
pub mod running;
pub mod signing;

use std::path::{Path, PathBuf};
use std::time::Duration;

/// Size limits; a push above them fails with a message naming the limit.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_size: u64,
    pub max_volume_size: u64,
    /// How long an unfinished multipart upload is kept for a push to resume.
    pub upload_ttl: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 64 << 30,
            max_volume_size: 1 << 40,
            upload_ttl: Duration::from_secs(24 * 3600),
        }
    }
}

/// What can go wrong opening the volume storage or giving a worker its
/// data volumes.
#[derive(Debug, thiserror::Error)]
pub enum VolumeError {
    #[error("cannot create {}: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    WriteKey {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid volume name {0:?}")]
    InvalidName(String),
    #[error(
        "volume {raw:?} belongs to user {user:?}; this platform has only the user {:?}",
        crate::platform::store::volumes::LOCAL_USER
    )]
    ForeignUser { raw: String, user: String },
    #[error(
        "volume {0} does not exist: create it with `everai volume create {0}` and push its files"
    )]
    Missing(String),
    #[error("cannot read the files of volume {name}: {message}")]
    Files { name: String, message: String },
    #[error("volume file path {0:?} is unsafe")]
    UnsafePath(String),
    #[error("cannot build {}: {source}", path.display())]
    Build {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("mountPath {0:?} leaves the worker's directory")]
    MountOutside(String),
    #[error("{}: {source}", path.display())]
    Link {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub struct Volumes {
    pub blobs: blobs::Blobs,
    pub signer: signing::Signer,
    pub limits: Limits,
    root: PathBuf,
}

impl Volumes {
    /// Opens `DATA_DIR/volumes/`.
    pub fn open(data_dir: &Path, limits: Limits) -> Result<Volumes, VolumeError> {
        let root = data_dir.join("volumes");
        std::fs::create_dir_all(&root).map_err(|source| VolumeError::CreateDir {
            path: root.clone(),
            source,
        })?;
        Ok(Volumes {
            blobs: blobs::Blobs::open(&root)?,
            signer: signing::Signer::load_or_create(&root.join("signing.key"))?,
            limits,
            root,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// Removes the multipart uploads no push finished within the TTL (their
/// rows and data), and upload directories no row names (left by a crash
/// between the two, or by an older layout). Returns how many directories
/// went. Run at server start and then on a timer.
pub async fn sweep_uploads(
    store: &crate::platform::store::Store,
    volumes: &Volumes,
) -> Result<usize, crate::platform::store::StoreError> {
    let ttl = chrono::Duration::from_std(volumes.limits.upload_ttl)
        .unwrap_or_else(|_| chrono::Duration::days(1));
    let before = (chrono::Utc::now() - ttl)
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    let kept: std::collections::HashSet<String> = store
        .volumes(move |c| crate::platform::store::volumes::drop_uploads_before(c, &before))
        .await?
        .into_iter()
        .collect();
    let mut removed = 0;
    let Ok(entries) = std::fs::read_dir(volumes.root.join("uploads")) else {
        return Ok(0);
    };
    volumes.blobs.running.retain(|id| kept.contains(id));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let current = kept.contains(&name) && entry.path().join("data").is_file();
        if !current && std::fs::remove_dir_all(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}
