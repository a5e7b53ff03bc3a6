//! `volume pull`: fetches the files of the cloud revision the local copy
//! lacks or holds differently. Each file is written to a temp file outside
//! the copy, verified (size and SHA-256) and renamed into place, so a file
//! is visible only whole; `.metadata` records the new revision only after
//! every file arrived. `--sync` removes local files the revision lacks.

use super::diff;
use super::metadata;
use super::paths;
use super::progress::Progress;
use super::push::digests;
use super::stream::{save_body, save_ranged, PIECE, RANGED_FROM};
use super::{FILES_IN_FLIGHT, PARTS_IN_FLIGHT};
use crate::client::{Client, Storage};
use crate::error::{Error, Result};
use crate::model::volume::{Volume, VolumeFile, INITIAL_REVISION};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::sync::Semaphore;

pub struct PullOutcome {
    pub volume: Volume,
    pub downloaded: usize,
    pub deleted: usize,
}

pub async fn pull(
    client: &Client,
    root: &Path,
    name: &str,
    force: bool,
    sync: bool,
) -> Result<PullOutcome> {
    let volume = client.volume_get(name).await?;
    let dir = metadata::volume_dir(root, &volume.id);
    let local_copy = metadata::read(&dir);
    let needed = force
        || local_copy.is_none()
        || (volume.revision != INITIAL_REVISION
            && local_copy
                .as_ref()
                .is_some_and(|l| l.revision != volume.revision));
    if !needed && !sync {
        return Ok(PullOutcome {
            volume,
            downloaded: 0,
            deleted: 0,
        });
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::failed(format!("cannot create {}: {e}", dir.display())))?;
    let cloud = client.volume_files(name).await?;
    for f in &cloud {
        paths::local_path(&dir, &f.path)?;
    }
    let local = paths::walk(&dir)?;
    let hashes = digests(&dir, diff::to_hash(&local, &cloud, false)).await?;
    let cmp = diff::compare(&local, &cloud, &hashes, false);
    let mut wanted: Vec<VolumeFile> = cmp.cloud_only;
    wanted.extend(cmp.differ.into_iter().map(|(_, c)| c));
    wanted.sort_by_key(|f| std::cmp::Reverse(f.size));

    let staging = root.join(format!(".partial-{}", volume.id));
    std::fs::create_dir_all(&staging)
        .map_err(|e| Error::failed(format!("cannot create {}: {e}", staging.display())))?;
    let total: u64 = wanted.iter().map(|f| f.size as u64).sum();
    let progress = Arc::new(Progress::new("Downloading", wanted.len() as u64, total));
    let storage = Storage::new()?;
    let sem = Arc::new(Semaphore::new(FILES_IN_FLIGHT));
    let mut set = tokio::task::JoinSet::new();
    for file in wanted.clone() {
        let permit = sem
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::failed(e.to_string()))?;
        let (client, storage, progress) = (client.clone(), storage.clone(), progress.clone());
        let (name, dir, staging) = (name.to_string(), dir.clone(), staging.clone());
        set.spawn(async move {
            let _permit = permit;
            download(&client, &storage, &progress, &name, &dir, &staging, &file).await
        });
        while let Some(done) = set.try_join_next() {
            done.map_err(|e| Error::failed(e.to_string()))??;
        }
    }
    while let Some(done) = set.join_next().await {
        done.map_err(|e| Error::failed(e.to_string()))??;
    }
    let _ = std::fs::remove_dir_all(&staging);
    if !wanted.is_empty() {
        progress.finish();
    }
    let mut deleted = 0;
    if sync {
        for f in &cmp.local_only {
            let abs = paths::local_path(&dir, &f.path)?;
            std::fs::remove_file(&abs)
                .map_err(|e| Error::failed(format!("cannot remove {}: {e}", abs.display())))?;
            deleted += 1;
        }
    }
    metadata::write(&dir, &volume)
        .map_err(|e| Error::failed(format!("cannot write {}/.metadata: {e}", dir.display())))?;
    Ok(PullOutcome {
        volume,
        downloaded: wanted.len(),
        deleted,
    })
}

async fn download(
    client: &Client,
    storage: &Storage,
    progress: &Progress,
    name: &str,
    dir: &Path,
    staging: &Path,
    file: &VolumeFile,
) -> Result<()> {
    let bar = progress.file(&file.path, file.size as u64);
    let sign = client.volume_sign_download(name, &file.path).await?;
    let temp: PathBuf = staging.join(temp_name());
    let counter = progress.counter();
    let bar_handle = bar.bar_clone();
    let on_chunk = |n| {
        counter.add(n);
        if let Some(b) = &bar_handle {
            b.inc(n);
        }
    };
    let size = file.size as u64;
    let saved = if size >= RANGED_FROM {
        // Ask for the first piece: a storage that ignores `Range` (200)
        // sends the whole file in this one answer instead.
        let first = storage.fetch_range(&sign, 0, PIECE - 1).await?;
        if first.status() == reqwest::StatusCode::PARTIAL_CONTENT {
            save_ranged(
                storage,
                &sign,
                first,
                &temp,
                size,
                PARTS_IN_FLIGHT,
                on_chunk,
            )
            .await
        } else {
            save_body(first, &temp, size, on_chunk).await
        }
    } else {
        let resp = storage.fetch(&sign).await?;
        save_body(resp, &temp, size, on_chunk).await
    };
    let result = (|| {
        let (size, sha) =
            saved.map_err(|e| Error::failed(format!("cannot download {}: {e}", file.path)))?;
        if size != file.size as u64 || sha != file.sha256 {
            return Err(Error::failed(format!(
                "download of {} is corrupt: got {size} bytes with sha256 {sha}, expected {} bytes with sha256 {}",
                file.path, file.size, file.sha256
            )));
        }
        let target = paths::prepare_parent(dir, &file.path)?;
        if target.is_dir() && !target.is_symlink() {
            return Err(Error::failed(format!(
                "cannot write {}: a directory is in the way",
                target.display()
            )));
        }
        std::fs::rename(&temp, &target)
            .map_err(|e| Error::failed(format!("cannot write {}: {e}", target.display())))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result?;
    progress.file_done(&file.path, file.size as u64, bar, true);
    Ok(())
}

/// A unique temp file name (process id, time, counter).
fn temp_name() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{}-{n}.part", std::process::id())
}
