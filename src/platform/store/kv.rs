//! The `kv_objects` table: configmaps and secrets, told apart by `kind`.

use super::{Store, StoreError};
use rusqlite::{Connection, OptionalExtension};

/// Which of the two objects kept in `kv_objects` (its `kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KvKind {
    ConfigMap,
    Secret,
}

impl KvKind {
    /// The `kind` column's value, also the word in messages.
    pub fn key(self) -> &'static str {
        match self {
            KvKind::ConfigMap => "configmap",
            KvKind::Secret => "secret",
        }
    }
}

impl std::fmt::Display for KvKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A row of `kv_objects` (a configmap or a secret). `data` and `labels` are
/// JSON objects; secret values are stored base64-encoded, as sent.
#[derive(Debug, Clone, PartialEq)]
pub struct KvRow {
    pub name: String,
    pub data: String,
    pub labels: Option<String>,
    pub created_at: String,
}

/// What a create or update writes: the name and the JSON texts.
#[derive(Debug, Clone)]
pub struct KvWrite {
    pub name: String,
    pub data: String,
    pub labels: Option<String>,
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<KvRow> {
    Ok(KvRow {
        name: r.get(0)?,
        data: r.get(1)?,
        labels: r.get(2)?,
        created_at: r.get(3)?,
    })
}

/// Read access to configmaps and secrets under the store's lock, from
/// [`Store::read_kv`].
pub struct KvReader<'c>(&'c Connection);

impl<'c> KvReader<'c> {
    pub(super) fn new(conn: &'c Connection) -> Self {
        KvReader(conn)
    }

    /// The object `name` of `kind` (`configmap` or `secret`), if stored.
    pub fn get(&self, kind: KvKind, name: &str) -> Result<Option<KvRow>, StoreError> {
        get(self.0, kind, name)
    }
}

fn get(conn: &Connection, kind: KvKind, name: &str) -> Result<Option<KvRow>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT name, data, labels, created_at FROM kv_objects WHERE kind = ?1 AND name = ?2",
            (kind.key(), name),
            read_row,
        )
        .optional()?)
}

fn get_or_not_found(c: &Connection, kind: KvKind, name: &str) -> Result<KvRow, StoreError> {
    get(c, kind, name)?.ok_or_else(|| StoreError::not_found(kind.key(), name))
}

impl Store {
    /// Every object of `kind`, by name.
    pub async fn kv_list(&self, kind: KvKind) -> Result<Vec<KvRow>, StoreError> {
        self.run(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT name, data, labels, created_at FROM kv_objects WHERE kind = ?1 ORDER BY name",
            )?;
            let rows = stmt.query_map([kind.key()], read_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    pub async fn kv_get(&self, kind: KvKind, name: &str) -> Result<KvRow, StoreError> {
        let name = name.to_string();
        self.run(move |c| get_or_not_found(c, kind, &name)).await
    }

    /// Creates an object; [`StoreError::AlreadyExists`] if it exists.
    pub async fn kv_create(
        &self,
        kind: KvKind,
        row: KvWrite,
        now: String,
    ) -> Result<KvRow, StoreError> {
        self.run(move |c| {
            let inserted = c.execute(
                "INSERT OR IGNORE INTO kv_objects (kind, name, data, labels, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                (kind.key(), &row.name, &row.data, &row.labels, &now),
            )?;
            if inserted == 0 {
                return Err(StoreError::already_exists(kind.key(), &row.name));
            }
            get_or_not_found(c, kind, &row.name)
        })
        .await
    }

    /// Replaces an object's data and labels; [`StoreError::NotFound`] if
    /// it does not exist.
    pub async fn kv_update(
        &self,
        kind: KvKind,
        row: KvWrite,
        now: String,
    ) -> Result<KvRow, StoreError> {
        self.run(move |c| {
            let changed = c.execute(
                "UPDATE kv_objects SET data = ?3, labels = ?4, updated_at = ?5 WHERE kind = ?1 AND name = ?2",
                (kind.key(), &row.name, &row.data, &row.labels, &now),
            )?;
            if changed == 0 {
                return Err(StoreError::not_found(kind.key(), &row.name));
            }
            get_or_not_found(c, kind, &row.name)
        })
        .await
    }

    pub async fn kv_delete(&self, kind: KvKind, name: &str) -> Result<(), StoreError> {
        let name = name.to_string();
        self.run(move |c| {
            let deleted = c.execute(
                "DELETE FROM kv_objects WHERE kind = ?1 AND name = ?2",
                (kind.key(), &name),
            )?;
            if deleted == 0 {
                return Err(StoreError::not_found(kind.key(), &name));
            }
            Ok(())
        })
        .await
    }
}
