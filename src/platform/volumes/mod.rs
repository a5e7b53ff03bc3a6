//! Volumes on the local platform: SQL rows (`store`), file bodies in a
//! content-addressed store (`blobs`), and the short-lived signatures of the
//! storage URLs the API hands out (`signing`). docs/volumes.md describes
//! the wire flow and the on-disk layout.

pub mod blobs;
pub mod mounts;
pub mod signing;
pub mod store;

use std::path::{Path, PathBuf};

/// Size limits; a push above them fails with a message naming the limit.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_size: u64,
    pub max_volume_size: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 64 << 30,
            max_volume_size: 1 << 40,
        }
    }
}

pub struct Volumes {
    pub blobs: blobs::Blobs,
    pub signer: signing::Signer,
    pub limits: Limits,
    root: PathBuf,
}

impl Volumes {
    /// Opens `DATA_DIR/volumes/`.
    pub fn open(data_dir: &Path, limits: Limits) -> Result<Volumes, String> {
        let root = data_dir.join("volumes");
        std::fs::create_dir_all(&root)
            .map_err(|e| format!("cannot create {}: {e}", root.display()))?;
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
