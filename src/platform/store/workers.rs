//! The `workers` table: each worker's last record (a JSON `Worker`, for
//! `worker list --all`) and, while it runs as a local process, its PID (so
//! that a restarted server can kill what the previous run left behind).

use super::{Store, StoreError};

/// A worker the previous run recorded with a PID.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftoverWorker {
    pub id: String,
    pub pid: i64,
    pub body: String,
}

impl Store {
    /// Inserts or replaces the record of worker `id`.
    pub async fn save_worker(
        &self,
        id: String,
        app_uid: String,
        body: String,
        pid: Option<i64>,
        created_at: String,
    ) -> Result<(), StoreError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO workers (id, app_uid, body, pid, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(id) DO UPDATE SET body = excluded.body, pid = excluded.pid",
                (&id, &app_uid, &body, pid, &created_at),
            )?;
            Ok(())
        })
        .await
    }

    /// Records of an app's workers created at or after `since` (RFC 3339),
    /// oldest first.
    pub async fn worker_records_since(
        &self,
        app_uid: &str,
        since: String,
    ) -> Result<Vec<String>, StoreError> {
        let app_uid = app_uid.to_string();
        self.run(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT body FROM workers WHERE app_uid = ?1 AND created_at >= ?2 ORDER BY created_at",
            )?;
            let rows = stmt.query_map((&app_uid, &since), |r| r.get::<_, String>(0))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// Workers still recorded with a PID (start-up).
    pub fn leftover_workers(&self) -> Result<Vec<LeftoverWorker>, StoreError> {
        self.run_blocking(|c| {
            let mut stmt = c.prepare("SELECT id, pid, body FROM workers WHERE pid IS NOT NULL")?;
            let rows = stmt.query_map([], |r| {
                Ok(LeftoverWorker {
                    id: r.get(0)?,
                    pid: r.get(1)?,
                    body: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Forgets a leftover's PID and stores its final record (start-up).
    pub fn retire_worker(&self, id: &str, body: &str) -> Result<(), StoreError> {
        self.run_blocking(|c| {
            c.execute(
                "UPDATE workers SET pid = NULL, body = ?2 WHERE id = ?1",
                (id, body),
            )?;
            Ok(())
        })
    }
}
