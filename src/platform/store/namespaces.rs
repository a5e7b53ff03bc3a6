//! The `namespaces` table; `default` is created at first start.

use super::{Store, StoreError};
use rusqlite::{Connection, OptionalExtension};

/// A stored namespace; `labels` is a JSON object, when set.
#[derive(Debug, Clone, PartialEq)]
pub struct NamespaceRow {
    pub name: String,
    pub labels: Option<String>,
    pub created_at: String,
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<NamespaceRow> {
    Ok(NamespaceRow {
        name: r.get(0)?,
        labels: r.get(1)?,
        created_at: r.get(2)?,
    })
}

fn get(c: &Connection, name: &str) -> Result<Option<NamespaceRow>, StoreError> {
    Ok(c.query_row(
        "SELECT name, labels, created_at FROM namespaces WHERE name = ?1",
        [name],
        read_row,
    )
    .optional()?)
}

/// Whether namespace `name` exists (apps check it on create).
pub(super) fn exists(c: &Connection, name: &str) -> Result<bool, StoreError> {
    Ok(
        c.query_row("SELECT 1 FROM namespaces WHERE name = ?1", [name], |_| {
            Ok(())
        })
        .optional()?
        .is_some(),
    )
}

impl Store {
    /// Creates namespace `default` unless it exists.
    pub async fn ensure_default_namespace(&self, now: String) -> Result<(), StoreError> {
        self.run(move |c| {
            c.execute(
                "INSERT OR IGNORE INTO namespaces (name, labels, created_at) VALUES ('default', NULL, ?1)",
                [&now],
            )?;
            Ok(())
        })
        .await
    }

    /// Every namespace, oldest first.
    pub async fn namespaces(&self) -> Result<Vec<NamespaceRow>, StoreError> {
        self.run(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT name, labels, created_at FROM namespaces ORDER BY created_at, name",
            )?;
            let rows = stmt.query_map([], read_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    pub async fn namespace(&self, name: &str) -> Result<NamespaceRow, StoreError> {
        let name = name.to_string();
        self.run(move |c| get(c, &name)?.ok_or_else(|| StoreError::not_found("namespace", &name)))
            .await
    }

    /// Creates a namespace; [`StoreError::AlreadyExists`] if it exists.
    pub async fn create_namespace(&self, row: NamespaceRow) -> Result<NamespaceRow, StoreError> {
        self.run(move |c| {
            let inserted = c.execute(
                "INSERT OR IGNORE INTO namespaces (name, labels, created_at) VALUES (?1, ?2, ?3)",
                (&row.name, &row.labels, &row.created_at),
            )?;
            if inserted == 0 {
                return Err(StoreError::already_exists("namespace", &row.name));
            }
            get(c, &row.name)?.ok_or_else(|| StoreError::not_found("namespace", &row.name))
        })
        .await
    }

    /// Deletes an empty namespace; [`StoreError::NamespaceInUse`] while it
    /// holds apps.
    pub async fn delete_namespace(&self, name: &str) -> Result<(), StoreError> {
        let name = name.to_string();
        self.run(move |c| {
            let apps: i64 = c.query_row(
                "SELECT COUNT(*) FROM apps WHERE namespace = ?1",
                [&name],
                |r| r.get(0),
            )?;
            if apps > 0 {
                return Err(StoreError::NamespaceInUse { name, apps });
            }
            if c.execute("DELETE FROM namespaces WHERE name = ?1", [&name])? == 0 {
                return Err(StoreError::not_found("namespace", &name));
            }
            Ok(())
        })
        .await
    }
}
