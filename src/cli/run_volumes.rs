//! The data volumes of `everai run`: the worker sees each
//! `spec.volumes[].volume` as its local copy, `$EVERAI_VOLUME_ROOT/<id>/`
//! (the directory `everai volume get` names), at its `volumeMounts` paths.
//! A copy already on this machine is used as it is, local edits included,
//! as the reference's local run does; a volume with no local copy (or every
//! volume, with `EVERAI_FORCE_PULL_VOLUME=1`) is pulled first. Without the
//! platform, a local copy found by name still serves.

use super::printer;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::model::app::AppV1alpha1;
use crate::platform::volumes::mounts::{self, DataMount};
use crate::volume::{metadata, names, pull};
use std::path::{Path, PathBuf};

/// Resolves the app's data volumes to local copies (pulling what is
/// missing) and links them into `worker_dir` as the platform does.
pub async fn data_mounts(app: &AppV1alpha1, worker_dir: &Path) -> Result<Vec<DataMount>> {
    let requested: Vec<(String, String)> = app
        .spec
        .volumes
        .iter()
        .flatten()
        .filter_map(|v| {
            let raw = v.volume.as_ref()?.volume.clone()?;
            Some((v.name.clone(), raw))
        })
        .collect();
    if requested.is_empty() {
        return Ok(Vec::new());
    }
    let root = crate::config::volume_root();
    let force = force_pull();
    let client = Client::from_config()?;
    let mut out = Vec::new();
    for (entry, raw) in requested {
        let (dir, revision) = local_copy(&client, &root, &raw, force).await?;
        let mount_paths = app
            .spec
            .volume_mounts
            .iter()
            .flatten()
            .filter(|m| m.name == entry)
            .filter_map(|m| m.mount_path.clone())
            .collect();
        out.push(DataMount {
            name: entry,
            volume: raw,
            revision,
            host_dir: dir,
            mount_paths,
            read_only: true,
        });
    }
    mounts::link_into(worker_dir, &out).map_err(Error::failed)?;
    Ok(out)
}

/// The local copy of volume `raw` and its revision, pulled when absent
/// (or when `force`).
async fn local_copy(
    client: &Client,
    root: &Path,
    raw: &str,
    force: bool,
) -> Result<(PathBuf, String)> {
    let regular = names::regular(raw)?;
    let volume = match client.volume_get(&regular).await {
        Ok(v) => v,
        Err(Error::Api { status: 404, .. }) => {
            return Err(Error::failed(format!(
                "volume {raw} does not exist: create it with `everai volume create {raw}` and \
                 `everai volume push {raw}` (or `everai app prepare`)"
            )))
        }
        Err(e) => {
            // No platform: a copy on this machine with that name still serves.
            let short = raw.rsplit('/').next().unwrap_or(raw);
            let Some(found) = metadata::find_by_name(root, short).filter(|_| !force) else {
                return Err(e);
            };
            let dir = metadata::volume_dir(root, &found.id);
            printer::err_line(&format!(
                "volume {raw}: using the local copy {} (revision {}); the platform did not answer: {e}",
                dir.display(),
                found.revision
            ));
            return Ok((dir, found.revision));
        }
    };
    let dir = metadata::volume_dir(root, &volume.id);
    if !force {
        if let Some(local) = metadata::read(&dir) {
            printer::err_line(&format!(
                "volume {raw}: local copy {} (revision {})",
                dir.display(),
                local.revision
            ));
            return Ok((dir, local.revision));
        }
    }
    let outcome = pull::pull(client, root, &regular, force, false).await?;
    printer::err_line(&format!(
        "volume {raw}: pulled revision {}, {} file(s) downloaded, to {}",
        outcome.volume.revision,
        outcome.downloaded,
        dir.display()
    ));
    Ok((dir, outcome.volume.revision))
}

/// `EVERAI_FORCE_PULL_VOLUME` set to anything but empty, `0`, `false`, `no`.
fn force_pull() -> bool {
    std::env::var("EVERAI_FORCE_PULL_VOLUME").is_ok_and(|v| {
        !matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "" | "0" | "false" | "no"
        )
    })
}
