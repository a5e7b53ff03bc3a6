//! SQLite storage of the local platform: WAL mode, `synchronous=FULL` (a
//! request answered 200 survives `kill -9` and power loss), migrations
//! embedded and applied at open.
//!
//! Every SQL statement of the control plane lives in this module: one
//! submodule per table, each adding typed methods to [`Store`]. Callers get
//! domain values and a [`StoreError`]; they never see a connection. Value
//! resolution (`platform::resolve`) reads configmaps and secrets through a
//! [`KvReader`] handed out by [`Store::read_kv`]. The volume tables
//! (`volumes`, migration 2) are functions on a connection that the volume
//! API runs through [`Store::call`], several in one lock or transaction.

mod apps;
mod error;
mod events;
mod kv;
mod namespaces;
#[cfg(test)]
mod tests;
pub mod volumes;
mod workers;

pub use apps::{AppRow, NewApp};
pub use error::StoreError;
pub use kv::{KvKind, KvReader, KvRow, KvWrite};
pub use namespaces::NamespaceRow;
pub use workers::LeftoverWorker;

use super::error::{ApiError, ApiResult};
use rusqlite::Connection;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Schema versions, applied in order; `PRAGMA user_version` records progress.
const MIGRATIONS: &[&str] = &[
    // 1: the objects of the control plane.
    "CREATE TABLE namespaces (
        name TEXT PRIMARY KEY,
        labels TEXT,
        created_at TEXT NOT NULL
     );
     CREATE TABLE kv_objects (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        labels TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, name)
     );
     CREATE TABLE apps (
        namespace TEXT NOT NULL,
        name TEXT NOT NULL,
        uid TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL,
        status TEXT NOT NULL,
        revision INTEGER NOT NULL,
        workdir TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (namespace, name)
     );
     CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        app_uid TEXT NOT NULL,
        type TEXT NOT NULL,
        source TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL
     );
     CREATE INDEX events_by_app ON events (app_uid, id);
     CREATE TABLE workers (
        id TEXT PRIMARY KEY,
        app_uid TEXT NOT NULL,
        body TEXT NOT NULL,
        pid INTEGER,
        created_at TEXT NOT NULL
     );
     CREATE INDEX workers_by_app ON workers (app_uid);",
    // 2: volumes, their revisions, files and multipart uploads.
    volumes::MIGRATION,
];

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )
        .map_err(StoreError::Configure)?;
        migrate(&mut conn).map_err(StoreError::Migrate)?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection off the async executor: for the volume
    /// API, which combines several `store::volumes` functions under one lock.
    pub async fn call<R, F>(&self, f: F) -> ApiResult<R>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> ApiResult<R> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| ApiError::internal("store lock poisoned"))?;
            f(&mut guard)
        })
        .await
        .map_err(|e| ApiError::internal(format!("store task failed: {e}")))?
    }

    /// [`Store::call`] on the current thread (the volumes module's short
    /// reads from blocking contexts).
    pub fn call_blocking<R>(
        &self,
        f: impl FnOnce(&mut Connection) -> ApiResult<R>,
    ) -> ApiResult<R> {
        let mut guard = self
            .conn
            .lock()
            .map_err(|_| ApiError::internal("store lock poisoned"))?;
        f(&mut guard)
    }

    /// Runs `f` off the async executor with read access to configmaps and
    /// secrets: value resolution reads several objects under one lock.
    pub async fn read_kv<R, F>(&self, f: F) -> ApiResult<R>
    where
        R: Send + 'static,
        F: FnOnce(&KvReader<'_>) -> ApiResult<R> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let guard = conn
                .lock()
                .map_err(|_| ApiError::internal("store lock poisoned"))?;
            f(&KvReader::new(&guard))
        })
        .await
        .map_err(|e| ApiError::internal(format!("store task failed: {e}")))?
    }

    /// Runs `f` (calls of [`volumes`], several under one lock) on the
    /// connection off the async executor.
    pub async fn volumes<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R, StoreError> + Send + 'static,
    {
        self.run(f).await
    }

    /// Runs `f` on the connection off the async executor.
    async fn run<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R, StoreError> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().map_err(|_| StoreError::Poisoned)?;
            f(&mut guard)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Runs `f` on the connection on the current thread (start-up and
    /// shutdown paths).
    fn run_blocking<R>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let mut guard = self.conn.lock().map_err(|_| StoreError::Poisoned)?;
        f(&mut guard)
    }
}

fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let version: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
