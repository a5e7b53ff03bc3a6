//! The `apps` table: an app's manifest (`body`, JSON), its status, its
//! revision (bumped by every update) and the directory its command runs in.

use super::{namespaces, Store, StoreError};
use rusqlite::{Connection, OptionalExtension};

/// An app as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct AppRow {
    pub namespace: String,
    pub name: String,
    pub uid: String,
    pub body: String,
    pub status: String,
    pub revision: i64,
    pub workdir: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a create writes; the revision starts at 1.
#[derive(Debug, Clone)]
pub struct NewApp {
    pub namespace: String,
    pub name: String,
    pub uid: String,
    pub body: String,
    pub status: String,
    pub workdir: String,
    pub now: String,
}

const COLUMNS: &str =
    "namespace, name, uid, body, status, revision, workdir, created_at, updated_at";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AppRow> {
    Ok(AppRow {
        namespace: r.get(0)?,
        name: r.get(1)?,
        uid: r.get(2)?,
        body: r.get(3)?,
        status: r.get(4)?,
        revision: r.get(5)?,
        workdir: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

fn get(c: &Connection, ns: &str, name: &str) -> Result<AppRow, StoreError> {
    c.query_row(
        &format!("SELECT {COLUMNS} FROM apps WHERE namespace = ?1 AND name = ?2"),
        (ns, name),
        read_row,
    )
    .optional()?
    .ok_or_else(|| StoreError::not_found("app", name))
}

impl Store {
    /// Creates an app in an existing namespace.
    pub async fn create_app(&self, app: NewApp) -> Result<AppRow, StoreError> {
        self.run(move |c| {
            if !namespaces::exists(c, &app.namespace)? {
                return Err(StoreError::NamespaceMissing(app.namespace));
            }
            let inserted = c.execute(
                "INSERT OR IGNORE INTO apps (namespace, name, uid, body, status, revision, workdir, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?7)",
                (&app.namespace, &app.name, &app.uid, &app.body, &app.status, &app.workdir, &app.now),
            )?;
            if inserted == 0 {
                return Err(StoreError::already_exists("app", &app.name));
            }
            get(c, &app.namespace, &app.name)
        })
        .await
    }

    /// Replaces an app's manifest and bumps its revision; `workdir`, when
    /// given, replaces the stored one.
    pub async fn update_app(
        &self,
        ns: &str,
        name: &str,
        body: String,
        workdir: Option<String>,
        now: String,
    ) -> Result<AppRow, StoreError> {
        let (ns, name) = (ns.to_string(), name.to_string());
        self.run(move |c| {
            let changed = c.execute(
                "UPDATE apps SET body = ?3, revision = revision + 1, updated_at = ?4,
                        workdir = COALESCE(?5, workdir)
                 WHERE namespace = ?1 AND name = ?2",
                (&ns, &name, &body, &now, &workdir),
            )?;
            if changed == 0 {
                return Err(StoreError::not_found("app", &name));
            }
            get(c, &ns, &name)
        })
        .await
    }

    pub async fn app(&self, ns: &str, name: &str) -> Result<AppRow, StoreError> {
        let (ns, name) = (ns.to_string(), name.to_string());
        self.run(move |c| get(c, &ns, &name)).await
    }

    /// Apps of namespace `ns` (all of them for `None`), oldest first.
    pub async fn apps(&self, ns: Option<String>) -> Result<Vec<AppRow>, StoreError> {
        self.run(move |c| {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM apps WHERE ?1 IS NULL OR namespace = ?1 ORDER BY created_at, namespace, name"
            ))?;
            let rows = stmt.query_map([&ns], read_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// Every app, on the current thread (start-up).
    pub fn apps_blocking(&self) -> Result<Vec<AppRow>, StoreError> {
        self.run_blocking(|c| {
            let mut stmt = c.prepare(&format!("SELECT {COLUMNS} FROM apps"))?;
            let rows = stmt.query_map([], read_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Deletes an app and its events; returns its uid.
    pub async fn delete_app(&self, ns: &str, name: &str) -> Result<String, StoreError> {
        let (ns, name) = (ns.to_string(), name.to_string());
        self.run(move |c| {
            let row = get(c, &ns, &name)?;
            let tx = c.transaction()?;
            tx.execute("DELETE FROM apps WHERE uid = ?1", [&row.uid])?;
            tx.execute("DELETE FROM events WHERE app_uid = ?1", [&row.uid])?;
            tx.commit()?;
            Ok(row.uid)
        })
        .await
    }

    /// Sets an app's status (pause, resume); returns its uid.
    pub async fn set_app_status(
        &self,
        ns: &str,
        name: &str,
        status: &'static str,
        now: String,
    ) -> Result<String, StoreError> {
        let (ns, name) = (ns.to_string(), name.to_string());
        self.run(move |c| {
            let row = get(c, &ns, &name)?;
            c.execute(
                "UPDATE apps SET status = ?2, updated_at = ?3 WHERE uid = ?1",
                (&row.uid, status, &now),
            )?;
            Ok(row.uid)
        })
        .await
    }
}
