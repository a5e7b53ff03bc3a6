//! What can go wrong in the store. Domain outcomes (a missing or duplicate
//! object, a namespace still in use) are variants of their own so that the
//! API answers them with the right status; the rest are internal errors.

use crate::model::grpc_code;
use crate::platform::error::ApiError;
use axum::http::StatusCode;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {}: {source}", path.display())]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("cannot configure the database: {0}")]
    Configure(rusqlite::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(rusqlite::Error),
    #[error("store: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("store lock poisoned")]
    Poisoned,
    #[error("store task failed: {0}")]
    Task(String),
    #[error("{kind} \"{name}\" not found")]
    NotFound { kind: &'static str, name: String },
    #[error("{kind} \"{name}\" already exists")]
    AlreadyExists { kind: &'static str, name: String },
    /// An app was created in a namespace that does not exist.
    #[error("namespace \"{0}\" not found; create it with `everai namespace create {0}`")]
    NamespaceMissing(String),
    #[error("namespace \"{name}\" still has {apps} app(s); delete them first")]
    NamespaceInUse { name: String, apps: i64 },
    #[error("revision {0} is already committed: open a new revision")]
    RevisionCommitted(String),
    #[error("revision {0} is not committed")]
    RevisionOpen(String),
    /// Another push committed while this revision was open.
    #[error("volume {volume} changed while revision {revision} was being pushed (now at {now}): push again")]
    VolumeChanged {
        volume: String,
        revision: String,
        now: String,
    },
}

impl StoreError {
    pub fn not_found(kind: &'static str, name: &str) -> Self {
        StoreError::NotFound {
            kind,
            name: name.to_string(),
        }
    }

    pub fn already_exists(kind: &'static str, name: &str) -> Self {
        StoreError::AlreadyExists {
            kind,
            name: name.to_string(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match &e {
            StoreError::NotFound { kind, name } => ApiError::not_found(kind, name),
            StoreError::AlreadyExists { kind, name } => ApiError::already_exists(kind, name),
            StoreError::NamespaceMissing(_) => {
                ApiError::new(StatusCode::NOT_FOUND, grpc_code::NOT_FOUND, e.to_string())
            }
            StoreError::NamespaceInUse { .. }
            | StoreError::RevisionCommitted(_)
            | StoreError::RevisionOpen(_) => ApiError::precondition(e.to_string()),
            StoreError::VolumeChanged { .. } => {
                ApiError::new(StatusCode::CONFLICT, grpc_code::ABORTED, e.to_string())
            }
            _ => ApiError::internal(e.to_string()),
        }
    }
}
