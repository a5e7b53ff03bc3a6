//! Data volumes for workers, runtime-neutral. A worker sees each
//! `spec.volumes[].volume` at the revision that was current when it
//! started: the revision is materialised once as a read-only directory
//! tree (`DIR/volumes/revisions/<volume id>/<revision>/`, files hard-linked
//! to the content store) and described by a [`DataMount`]. The process
//! runtime links it into the worker's directory; a container runtime
//! bind-mounts `host_dir` at `mount_path`, read-only.

use super::blobs::blob_path_in;
use super::VolumeError;
use crate::model::app::AppV1alpha1;
use crate::platform::store::volumes as store;
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One data volume as a worker must see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataMount {
    /// The `spec.volumes[].name` entry.
    pub name: String,
    /// The platform volume and the revision materialised.
    pub volume: String,
    pub revision: String,
    /// Read-only tree of the revision's files on the host.
    pub host_dir: PathBuf,
    /// Where the worker sees it (`spec.volumeMounts[].mountPath`), if mounted.
    pub mount_paths: Vec<String>,
    pub read_only: bool,
}

/// The platform volume named by a `spec.volumes[].volume` value
/// (`vol`, `user/vol` or `users/user/volumes/vol`).
fn short_name(raw: &str) -> Result<&str, VolumeError> {
    let parts: Vec<&str> = raw.split('/').collect();
    let (user, name) = match parts[..] {
        [name] => (store::LOCAL_USER, name),
        [user, name] => (user, name),
        ["users", user, "volumes", name] => (user, name),
        _ => return Err(VolumeError::InvalidName(raw.to_string())),
    };
    if user != store::LOCAL_USER {
        return Err(VolumeError::ForeignUser {
            raw: raw.to_string(),
            user: user.to_string(),
        });
    }
    Ok(name)
}

/// `spec.volumes[].name` → `volume@revision` for the data volumes of `app`,
/// as they are now (what a worker started now would see).
pub fn current_revisions(
    conn: &Connection,
    app: &AppV1alpha1,
) -> Result<BTreeMap<String, String>, VolumeError> {
    let mut out = BTreeMap::new();
    for v in app.spec.volumes.iter().flatten() {
        let Some(raw) = v.volume.as_ref().and_then(|s| s.volume.as_deref()) else {
            continue;
        };
        let name = short_name(raw)?;
        let volume = store::get(conn, name).map_err(|_| missing(name))?;
        out.insert(v.name.clone(), format!("{name}@{}", volume.revision));
    }
    Ok(out)
}

fn missing(name: &str) -> VolumeError {
    VolumeError::Missing(name.to_string())
}

/// Resolves and materialises every data volume of `app`.
pub fn resolve(
    conn: &Connection,
    volumes_root: &Path,
    app: &AppV1alpha1,
) -> Result<Vec<DataMount>, VolumeError> {
    let mut mounts = Vec::new();
    for v in app.spec.volumes.iter().flatten() {
        let Some(raw) = v.volume.as_ref().and_then(|s| s.volume.as_deref()) else {
            continue;
        };
        let name = short_name(raw)?;
        let volume = store::get(conn, name).map_err(|_| missing(name))?;
        let files =
            store::files(conn, &volume.id, &volume.revision).map_err(|e| VolumeError::Files {
                name: name.to_string(),
                message: e.to_string(),
            })?;
        let host_dir = materialize(volumes_root, &volume.id, &volume.revision, &files)?;
        let mount_paths = app
            .spec
            .volume_mounts
            .iter()
            .flatten()
            .filter(|m| m.name == v.name)
            .filter_map(|m| m.mount_path.clone())
            .collect();
        mounts.push(DataMount {
            name: v.name.clone(),
            volume: name.to_string(),
            revision: volume.revision.clone(),
            host_dir,
            mount_paths,
            read_only: true,
        });
    }
    Ok(mounts)
}

/// Workers starting together must not build the same tree twice.
static MATERIALIZING: Mutex<()> = Mutex::new(());

/// `ROOT/revisions/<id>/<revision>/`, built on first use in a temp dir and
/// renamed into place; directories 0555, files hard links to the 0444 blobs.
fn materialize(
    root: &Path,
    volume_id: &str,
    revision: &str,
    files: &[crate::model::volume::VolumeFile],
) -> Result<PathBuf, VolumeError> {
    use std::os::unix::fs::PermissionsExt;
    let _guard = MATERIALIZING.lock().unwrap_or_else(|p| p.into_inner());
    let parent = root.join("revisions").join(volume_id);
    let dir = parent.join(revision);
    if dir.is_dir() {
        return Ok(dir);
    }
    let temp = parent.join(format!(".building-{revision}"));
    let io = |what: &Path, source: std::io::Error| VolumeError::Build {
        path: what.to_path_buf(),
        source,
    };
    if temp.exists() {
        make_writable(&temp);
        std::fs::remove_dir_all(&temp).map_err(|e| io(&temp, e))?;
    }
    std::fs::create_dir_all(&temp).map_err(|e| io(&temp, e))?;
    for f in files {
        if crate::model::volume::file_path_problem(&f.path).is_some() {
            return Err(VolumeError::UnsafePath(f.path.clone()));
        }
        let target = temp.join(&f.path[1..]);
        if let Some(p) = target.parent() {
            std::fs::create_dir_all(p).map_err(|e| io(p, e))?;
        }
        let blob = blob_path_in(root, &f.sha256);
        if std::fs::hard_link(&blob, &target).is_err() {
            std::fs::copy(&blob, &target).map_err(|e| io(&target, e))?;
            let _ = std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444));
        }
    }
    set_dirs_mode(&temp, 0o555);
    std::fs::rename(&temp, &dir).map_err(|e| io(&dir, e))?;
    Ok(dir)
}

fn set_dirs_mode(dir: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                set_dirs_mode(&e.path(), mode);
            }
        }
    }
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode));
}

fn make_writable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                make_writable(&e.path());
            }
        }
    }
}

/// Removes the materialised revisions of a deleted volume.
pub fn forget(root: &Path, volume_id: &str) {
    let dir = root.join("revisions").join(volume_id);
    if dir.exists() {
        make_writable(&dir);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Gives a process worker its data volumes: `WORKER/volumes/<name>` and
/// `WORKER/mounts/<mountPath>` become symlinks to the read-only trees.
pub fn link_into(worker_dir: &Path, mounts: &[DataMount]) -> Result<(), VolumeError> {
    for m in mounts {
        let mut links = vec![worker_dir.join("volumes").join(&m.name)];
        for p in &m.mount_paths {
            let rel = p.trim_start_matches('/');
            if rel.split('/').any(|s| s == "..") {
                return Err(VolumeError::MountOutside(p.clone()));
            }
            links.push(worker_dir.join("mounts").join(rel));
        }
        for link in links {
            if let Some(parent) = link.parent() {
                std::fs::create_dir_all(parent).map_err(|source| VolumeError::Link {
                    path: parent.to_path_buf(),
                    source,
                })?;
            }
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(&m.host_dir, &link).map_err(|source| VolumeError::Link {
                path: link.clone(),
                source,
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_to_local_volumes() {
        assert_eq!(short_name("vol").unwrap(), "vol");
        assert_eq!(short_name("local/vol").unwrap(), "vol");
        assert_eq!(short_name("users/local/volumes/vol").unwrap(), "vol");
        assert!(short_name("bob/vol").is_err());
        assert!(short_name("a/b/c").is_err());
    }
}
