//! What a worker needs before it starts, from any source of configmap and
//! secret data (the server's store, or the API for `everai run`): its
//! `spec.env` and `spec.imagePullSecrets` resolved, and its configmap and
//! secret volumes written as files under the worker dir:
//! `volumes/NAME/KEY` and, for each `volumeMounts` entry,
//! `mounts/MOUNT_PATH/KEY` (secret files 0600; `items` choose keys and file
//! names).

use crate::model::app::{AppV1alpha1, Value};
use crate::model::{utf8_text, ResolveError, ValueSource};
use crate::platform::paths::{self, PathError};
use std::path::{Path, PathBuf};

/// Where configmap and secret data come from.
pub trait DataSource {
    /// Every key of configmap or secret (`kind` is `configmap` or `secret`)
    /// `name`, secret values decoded; an error names what is missing.
    fn data(&self, kind: &'static str, name: &str) -> Result<Vec<(String, Vec<u8>)>, ResolveError>;
}

/// Why a worker's env, pull credentials or volume files cannot be made;
/// the message starts with the part of the app it is about.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    #[error("env {name}: {source}")]
    Env { name: String, source: ResolveError },
    #[error("imagePullSecrets.{field}: {source}")]
    PullSecret {
        field: &'static str,
        source: ResolveError,
    },
    #[error("volume {volume}: {source}")]
    VolumeData {
        volume: String,
        source: ResolveError,
    },
    #[error("volume {volume}: {source}")]
    VolumePath { volume: String, source: PathError },
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The text of `value`: a literal, or a key of a configmap or secret.
pub fn resolve_value(source: &dyn DataSource, value: &Value) -> Result<String, ResolveError> {
    let (kind, name, key) = match value.source()? {
        ValueSource::Literal(text) => return Ok(text.to_string()),
        ValueSource::Key { kind, name, key } => (kind, name, key),
    };
    let bytes = source
        .data(kind, name)?
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .ok_or_else(|| ResolveError::NoKey {
            kind,
            name: name.to_string(),
            key: key.to_string(),
        })?;
    utf8_text(kind, name, key, bytes)
}

/// The configmaps and secrets (kind, name) the app's env, pull secrets and
/// volumes refer to.
pub fn referenced(app: &AppV1alpha1) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut add = |kind: &'static str, name: Option<&str>| {
        if let Some(name) = name.filter(|n| !n.is_empty()) {
            if !out.iter().any(|(k, n)| *k == kind && n == name) {
                out.push((kind, name.to_string()));
            }
        }
    };
    let mut values: Vec<&Value> = app
        .spec
        .env
        .iter()
        .flatten()
        .filter_map(|e| e.env_value.as_ref())
        .collect();
    if let Some(p) = &app.spec.image_pull_secrets {
        values.extend(p.username.iter().chain(p.password.iter()));
    }
    for v in values {
        if let Some(r) = v.config_map_key_ref() {
            add("configmap", r.name.as_deref());
        }
        if let Some(r) = v.secret_key_ref() {
            add("secret", r.name.as_deref());
        }
    }
    for volume in app.spec.volumes.iter().flatten() {
        if let Some(cm) = &volume.config_map {
            add("configmap", cm.name.as_deref());
        }
        if let Some(s) = &volume.secret {
            add("secret", s.secret_name.as_deref());
        }
    }
    out
}

/// `spec.imagePullSecrets` as (username, password), when set.
pub fn resolve_pull_auth(
    source: &dyn DataSource,
    app: &AppV1alpha1,
) -> Result<Option<(String, String)>, PrepareError> {
    let Some(secrets) = &app.spec.image_pull_secrets else {
        return Ok(None);
    };
    let value = |v: &Option<crate::model::app::Value>, field: &'static str| match v {
        Some(v) => {
            resolve_value(source, v).map_err(|source| PrepareError::PullSecret { field, source })
        }
        None => Ok(String::new()),
    };
    let username = value(&secrets.username, "username")?;
    let password = value(&secrets.password, "password")?;
    if username.is_empty() && password.is_empty() {
        return Ok(None);
    }
    Ok(Some((username, password)))
}

/// `spec.env` with every value resolved.
pub fn resolve_env(
    source: &dyn DataSource,
    app: &AppV1alpha1,
) -> Result<Vec<(String, String)>, PrepareError> {
    let mut env = Vec::new();
    for var in app.spec.env.iter().flatten() {
        let Some(name) = var.name.clone() else {
            continue;
        };
        let value = match &var.env_value {
            Some(v) => resolve_value(source, v).map_err(|source| PrepareError::Env {
                name: name.clone(),
                source,
            })?,
            None => String::new(),
        };
        env.push((name, value));
    }
    Ok(env)
}

/// Writes configmap and secret volumes as files (mode 0600 for secrets).
pub fn write_volumes(
    source: &dyn DataSource,
    app: &AppV1alpha1,
    worker_dir: &Path,
) -> Result<(), PrepareError> {
    use std::os::unix::fs::PermissionsExt;
    for volume in app.spec.volumes.iter().flatten() {
        let (kind, source_name, items) = if let Some(cm) = &volume.config_map {
            (
                "configmap",
                cm.name.clone().unwrap_or_default(),
                cm.items.clone(),
            )
        } else if let Some(s) = &volume.secret {
            (
                "secret",
                s.secret_name.clone().unwrap_or_default(),
                s.items.clone(),
            )
        } else {
            continue;
        };
        let data = source
            .data(kind, &source_name)
            .map_err(|source| PrepareError::VolumeData {
                volume: volume.name.clone(),
                source,
            })?;
        let files: Vec<(String, Vec<u8>)> = match items {
            Some(items) => items
                .iter()
                .filter_map(|i| {
                    let key = i.key.as_deref()?;
                    let path = i.path.clone().unwrap_or_else(|| key.to_string());
                    data.iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| (path, v.clone()))
                })
                .collect(),
            None => data,
        };
        let leaves = |source| PrepareError::VolumePath {
            volume: volume.name.clone(),
            source,
        };
        let mut targets =
            vec![paths::join_inside(&worker_dir.join("volumes"), &volume.name).map_err(leaves)?];
        for mount in app.spec.volume_mounts.iter().flatten() {
            if mount.name == volume.name {
                if let Some(path) = &mount.mount_path {
                    targets.push(
                        paths::join_inside(&worker_dir.join("mounts"), path).map_err(leaves)?,
                    );
                }
            }
        }
        for dir in targets {
            for (name, bytes) in &files {
                let path = paths::join_inside(&dir, name).map_err(leaves)?;
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|source| PrepareError::Write {
                        path: parent.to_path_buf(),
                        source,
                    })?;
                }
                std::fs::write(&path, bytes).map_err(|source| PrepareError::Write {
                    path: path.clone(),
                    source,
                })?;
                if kind == "secret" {
                    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
                }
            }
        }
    }
    Ok(())
}
