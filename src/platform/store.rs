//! SQLite storage of the local platform: WAL mode, `synchronous=FULL` (a
//! request answered 200 survives `kill -9` and power loss), migrations
//! embedded and applied at open.

use super::error::{ApiError, ApiResult};
use rusqlite::{Connection, OptionalExtension};
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
    super::volumes::store::MIGRATION,
];

/// A row of `kv_objects` (a configmap or a secret).
#[derive(Debug, Clone)]
pub struct KvRow {
    pub name: String,
    pub data: String,
    pub labels: Option<String>,
    pub created_at: String,
}

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    pub fn open(path: &Path) -> Result<Store, String> {
        let mut conn = Connection::open(path)
            .map_err(|e| format!("cannot open the database {}: {e}", path.display()))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )
        .map_err(|e| format!("cannot configure the database: {e}"))?;
        migrate(&mut conn).map_err(|e| format!("cannot migrate the database: {e}"))?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection off the async executor.
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

    /// Runs `f` on the connection on the current thread (start-up and
    /// shutdown paths, and short reads from blocking contexts).
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

pub fn kv_get(conn: &Connection, kind: &str, name: &str) -> rusqlite::Result<Option<KvRow>> {
    conn.query_row(
        "SELECT name, data, labels, created_at FROM kv_objects WHERE kind = ?1 AND name = ?2",
        (kind, name),
        kv_row,
    )
    .optional()
}

pub fn kv_list(conn: &Connection, kind: &str) -> rusqlite::Result<Vec<KvRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, data, labels, created_at FROM kv_objects WHERE kind = ?1 ORDER BY name",
    )?;
    let rows = stmt.query_map([kind], kv_row)?;
    rows.collect()
}

fn kv_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<KvRow> {
    Ok(KvRow {
        name: r.get(0)?,
        data: r.get(1)?,
        labels: r.get(2)?,
        created_at: r.get(3)?,
    })
}
