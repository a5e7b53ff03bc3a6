//! `volume push`: sends what changed and commits the new revision only once
//! every file arrived. Files up to 5 MiB go in one signed PUT, bigger ones
//! in 32 MiB parts; several files and parts travel at once. The server
//! stores content by digest, so a re-run after an interruption skips files
//! it already holds (`AlreadyExists`) and the parts a multipart upload of
//! the same content already has.

use super::diff::{self, Comparison};
use super::metadata;
use super::paths::{self, LocalFile};
use super::progress::{FileProgress, Progress};
use super::stream::{file_range_body, sha256_file};
use super::{FILES_IN_FLIGHT, PARTS_IN_FLIGHT};
use crate::client::{Client, Storage};
use crate::error::{Error, Result};
use crate::model::volume::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Attempts per transfer before the push gives up.
const ATTEMPTS: u32 = 4;

pub struct PushOutcome {
    pub volume: Volume,
    /// False when the cloud already matched the local copy.
    pub changed: bool,
    pub uploaded: usize,
}

struct Ctx {
    client: Client,
    storage: Storage,
    name: String,
    revision: String,
    dir: PathBuf,
    parts: Semaphore,
    progress: Progress,
}

/// Digests of `files` (in `dir`), computed on blocking threads in parallel.
pub async fn digests(dir: &Path, files: Vec<&LocalFile>) -> Result<HashMap<String, String>> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    let sem = Arc::new(Semaphore::new(threads));
    let mut set = tokio::task::JoinSet::new();
    for f in files {
        let abs = paths::local_path(dir, &f.path)?;
        let path = f.path.clone();
        let permit = sem
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::failed(e.to_string()))?;
        set.spawn_blocking(move || {
            let _permit = permit;
            sha256_file(&abs)
                .map(|d| (path, d))
                .map_err(|e| Error::failed(format!("cannot read {}: {e}", abs.display())))
        });
    }
    let mut out = HashMap::new();
    while let Some(r) = set.join_next().await {
        let (path, digest) = r.map_err(|e| Error::failed(e.to_string()))??;
        out.insert(path, digest);
    }
    Ok(out)
}

pub async fn push(
    client: &Client,
    root: &Path,
    name: &str,
    size_only: bool,
) -> Result<PushOutcome> {
    let volume = client.volume_get(name).await?;
    let dir = metadata::volume_dir(root, &volume.id);
    if !dir.is_dir() {
        return Err(Error::failed(format!(
            "no local copy of volume {name} at {}: put files there (or run `everai volume pull {name}`) and push again",
            dir.display()
        )));
    }
    let local = paths::walk(&dir)?;
    let cloud = client.volume_files(name).await?;
    let mut digests = digests(&dir, diff::to_hash(&local, &cloud, size_only)).await?;
    let cmp = diff::compare(&local, &cloud, &digests, size_only);
    if cmp.in_sync() {
        return Ok(PushOutcome {
            volume,
            changed: false,
            uploaded: 0,
        });
    }
    let Comparison {
        local_only,
        same,
        differ,
        ..
    } = cmp;
    let mut uploads: Vec<LocalFile> = local_only;
    uploads.extend(differ.into_iter().map(|(l, _)| l));
    let missing: Vec<&LocalFile> = uploads
        .iter()
        .filter(|f| !digests.contains_key(&f.path))
        .collect();
    digests.extend(self::digests(&dir, missing).await?);

    let revision = client.volume_create_revision(name).await?.name;
    let total_bytes = uploads.iter().map(|f| f.size).sum();
    let ctx = Arc::new(Ctx {
        client: client.clone(),
        storage: Storage::new()?,
        name: name.to_string(),
        revision: revision.clone(),
        dir: dir.clone(),
        parts: Semaphore::new(PARTS_IN_FLIGHT),
        progress: Progress::new("Uploading", uploads.len() as u64, total_bytes),
    });
    // Large files first: their parts overlap with the many small files.
    uploads.sort_by_key(|f| std::cmp::Reverse(f.size));
    let files_sem = Arc::new(Semaphore::new(FILES_IN_FLIGHT));
    let mut set = tokio::task::JoinSet::new();
    let mut committed: Vec<VolumeFile> = same;
    for f in &uploads {
        let sha256 = digests.get(&f.path).cloned().unwrap_or_default();
        committed.push(VolumeFile {
            path: f.path.clone(),
            size: f.size as i64,
            sha256: sha256.clone(),
            ..Default::default()
        });
        let permit = files_sem
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::failed(e.to_string()))?;
        let ctx = ctx.clone();
        let file = f.clone();
        set.spawn(async move {
            let _permit = permit;
            upload_file(&ctx, &file, sha256).await
        });
        // Surface the first failure early instead of after every upload.
        while let Some(done) = set.try_join_next() {
            done.map_err(|e| Error::failed(e.to_string()))??;
        }
    }
    while let Some(done) = set.join_next().await {
        done.map_err(|e| Error::failed(e.to_string()))??;
    }
    ctx.progress.finish();
    client
        .volume_commit_revision(name, &revision, committed)
        .await?;
    let volume = client.volume_get(name).await?;
    metadata::write(&dir, &volume)
        .map_err(|e| Error::failed(format!("cannot write {}/.metadata: {e}", dir.display())))?;
    Ok(PushOutcome {
        volume,
        changed: true,
        uploaded: uploads.len(),
    })
}

async fn upload_file(ctx: &Ctx, file: &LocalFile, sha256: String) -> Result<()> {
    let info = FileInformation {
        size: file.size as i64,
        sha256,
        ..Default::default()
    };
    let bar = ctx.progress.file(&file.path, file.size);
    let moved = if file.size <= MAX_SINGLE_FILE_SIZE {
        upload_single(ctx, file, &info).await?
    } else {
        upload_multipart(ctx, file, &info, &bar).await?
    };
    if moved {
        ctx.client
            .volume_commit_file(&ctx.name, &ctx.revision, &file.path, &info)
            .await?;
    }
    ctx.progress.file_done(&file.path, file.size, bar, moved);
    Ok(())
}

/// True when the bytes had to be sent.
async fn upload_single(ctx: &Ctx, file: &LocalFile, info: &FileInformation) -> Result<bool> {
    let abs = paths::local_path(&ctx.dir, &file.path)?;
    retry(|| async {
        let sign = ctx
            .client
            .volume_sign_upload(&ctx.name, &ctx.revision, &file.path, info)
            .await?;
        if sign.action == upload_action::ALREADY_EXISTS {
            return Ok(false);
        }
        let target = sign
            .response
            .ok_or_else(|| Error::failed("the server sent no upload URL"))?;
        let body = body_of(ctx, &abs, 0, file.size, None)?;
        ctx.storage.send(&target, body, file.size).await?;
        Ok(true)
    })
    .await
}

async fn upload_multipart(
    ctx: &Ctx,
    file: &LocalFile,
    info: &FileInformation,
    bar: &FileProgress,
) -> Result<bool> {
    let init = ctx
        .client
        .volume_init_multipart(&ctx.name, &ctx.revision, &file.path, info)
        .await?;
    if init.action == upload_action::ALREADY_EXISTS {
        return Ok(false);
    }
    let upload_id = init.upload_id;
    let abs = paths::local_path(&ctx.dir, &file.path)?;
    let count = file.size.div_ceil(PART_SIZE) as i32;
    let span = |n: i32| {
        let begin = (n as u64 - 1) * PART_SIZE;
        (begin, PART_SIZE.min(file.size - begin))
    };
    // Keep the parts an earlier run sent whole; send the others.
    let mut parts: Vec<Part> = ctx
        .client
        .volume_list_parts(&ctx.name, &ctx.revision, &upload_id)
        .await?
        .into_iter()
        .filter(|p| {
            p.part_number >= 1 && p.part_number <= count && p.size as u64 == span(p.part_number).1
        })
        .collect();
    for p in &parts {
        ctx.progress.skip(p.size as u64);
        bar.advance(p.size as u64);
    }
    if !parts.is_empty() {
        ctx.progress.note(&format!(
            "resumed {}: {} of {count} parts already there",
            file.path,
            parts.len()
        ));
    }
    let todo: Vec<i32> = (1..=count)
        .filter(|n| !parts.iter().any(|p| p.part_number == *n))
        .collect();
    let sent = futures_util::future::try_join_all(todo.into_iter().map(|n| {
        let abs = abs.clone();
        let upload_id = upload_id.clone();
        async move {
            let _permit = ctx
                .parts
                .acquire()
                .await
                .map_err(|e| Error::failed(e.to_string()))?;
            let (begin, len) = span(n);
            let etag = retry(|| async {
                let sign = ctx
                    .client
                    .volume_sign_part(&ctx.name, &ctx.revision, &upload_id, n)
                    .await?;
                let body = body_of(ctx, &abs, begin, len, bar.bar_clone())?;
                ctx.storage.send(&sign, body, len).await
            })
            .await?
            .ok_or_else(|| {
                Error::failed(format!(
                    "part {n} of {}: the storage sent no ETag",
                    file.path
                ))
            })?;
            Ok::<Part, Error>(Part {
                part_number: n,
                etag,
                size: len as i64,
            })
        }
    }))
    .await?;
    parts.extend(sent);
    parts.sort_by_key(|p| p.part_number);
    ctx.client
        .volume_complete_multipart(&ctx.name, &ctx.revision, &upload_id, parts)
        .await?;
    Ok(true)
}

fn body_of(
    ctx: &Ctx,
    abs: &Path,
    offset: u64,
    len: u64,
    bar: Option<indicatif::ProgressBar>,
) -> Result<reqwest::Body> {
    let total = ctx.progress.counter();
    file_range_body(abs, offset, len, move |n| {
        total.add(n);
        if let Some(b) = &bar {
            b.inc(n);
        }
    })
    .map_err(|e| Error::failed(format!("cannot read {}: {e}", abs.display())))
}

/// Runs `op` until it succeeds, a non-retryable error, or `ATTEMPTS`.
async fn retry<T, F, Fut>(mut op: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let mut attempt = 0;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) if attempt + 1 < ATTEMPTS && retryable(&e) => {
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(500 << attempt)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Transport failures and server-side trouble are worth another try.
pub fn retryable(e: &Error) -> bool {
    match e {
        Error::Failed(_) | Error::Connect { .. } => true,
        Error::Api { status, .. } => *status >= 500 || *status == 403,
        _ => false,
    }
}
