//! SQL of volumes, revisions, files and multipart uploads. A volume's
//! `revision` names its current committed revision; `volume_files` holds the
//! complete file list of every committed revision (an open revision has no
//! rows until its commit writes them all in one transaction, so a revision
//! is never seen half-written).

use super::StoreError;
use crate::model::volume::{Part, Revision, Volume, VolumeFile, INITIAL_REVISION};
use rusqlite::{Connection, OptionalExtension};

type Result<T> = std::result::Result<T, StoreError>;

/// Migration adding the volume tables (applied after the base schema).
pub const MIGRATION: &str = "
    CREATE TABLE volumes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL,
        revision TEXT NOT NULL,
        status TEXT NOT NULL,
        labels TEXT,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL
    );
    CREATE TABLE volume_revisions (
        volume_id TEXT NOT NULL REFERENCES volumes(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        base TEXT NOT NULL,
        open INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (volume_id, name)
    );
    CREATE TABLE volume_files (
        volume_id TEXT NOT NULL,
        revision TEXT NOT NULL,
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (volume_id, revision, path),
        FOREIGN KEY (volume_id, revision)
            REFERENCES volume_revisions(volume_id, name) ON DELETE CASCADE
    );
    CREATE INDEX volume_files_by_sha ON volume_files (sha256);
    CREATE TABLE volume_uploads (
        id TEXT PRIMARY KEY,
        volume_id TEXT NOT NULL REFERENCES volumes(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (volume_id, sha256, size)
    );
    CREATE TABLE volume_parts (
        upload_id TEXT NOT NULL REFERENCES volume_uploads(id) ON DELETE CASCADE,
        part_number INTEGER NOT NULL,
        size INTEGER NOT NULL,
        etag TEXT NOT NULL,
        PRIMARY KEY (upload_id, part_number)
    );";

/// The only user of the local platform owns every volume.
pub const LOCAL_USER: &str = "local";

const VOLUME_COLUMNS: &str = "v.id, v.name, v.username, v.revision, v.status, v.labels,
     v.created_at, v.modified_at,
     (SELECT COUNT(*) FROM volume_files f WHERE f.volume_id = v.id AND f.revision = v.revision),
     (SELECT COALESCE(SUM(size), 0) FROM volume_files f WHERE f.volume_id = v.id AND f.revision = v.revision)";

fn volume_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Volume> {
    let labels: Option<String> = r.get(5)?;
    Ok(Volume {
        id: r.get(0)?,
        name: r.get(1)?,
        username: r.get(2)?,
        revision: r.get(3)?,
        status: r.get(4)?,
        labels: labels.and_then(|l| serde_json::from_str(&l).ok()),
        created_at: Some(r.get(6)?),
        modified_at: Some(r.get(7)?),
        files: r.get(8)?,
        size: r.get(9)?,
    })
}

pub fn not_found(name: &str) -> StoreError {
    StoreError::not_found("volume", name)
}

pub fn get(conn: &Connection, name: &str) -> Result<Volume> {
    conn.query_row(
        &format!("SELECT {VOLUME_COLUMNS} FROM volumes v WHERE v.name = ?1"),
        [name],
        volume_row,
    )
    .optional()?
    .ok_or_else(|| not_found(name))
}

/// A volume's id and current revision.
#[derive(Debug, Clone)]
pub struct VolumeRef {
    pub id: String,
    pub revision: String,
}

/// The id and current revision of a volume: what most per-file calls
/// need, without the file count and total size `get` sums over every file
/// of the revision (per file of a pull, that made the pull quadratic).
pub fn locate(conn: &Connection, name: &str) -> Result<VolumeRef> {
    let mut stmt = conn.prepare_cached("SELECT id, revision FROM volumes WHERE name = ?1")?;
    stmt.query_row([name], |r| {
        Ok(VolumeRef {
            id: r.get(0)?,
            revision: r.get(1)?,
        })
    })
    .optional()?
    .ok_or_else(|| not_found(name))
}

pub fn list(conn: &Connection) -> Result<Vec<Volume>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VOLUME_COLUMNS} FROM volumes v ORDER BY v.name"
    ))?;
    let rows = stmt.query_map([], volume_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn create(
    conn: &mut Connection,
    id: &str,
    name: &str,
    labels: Option<String>,
    now: &str,
) -> Result<Volume> {
    let tx = conn.transaction()?;
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO volumes (id, name, username, revision, status, labels, created_at, modified_at)
         VALUES (?1, ?2, ?3, ?4, 'Private', ?5, ?6, ?6)",
        (id, name, LOCAL_USER, INITIAL_REVISION, &labels, now),
    )?;
    if inserted == 0 {
        return Err(StoreError::already_exists("volume", name));
    }
    tx.execute(
        "INSERT INTO volume_revisions (volume_id, name, base, open, created_at) VALUES (?1, ?2, ?2, 0, ?3)",
        (id, INITIAL_REVISION, now),
    )?;
    tx.commit()?;
    get(conn, name)
}

/// Deletes a volume; returns the digests no other volume references any more.
pub fn delete(conn: &mut Connection, name: &str) -> Result<Vec<String>> {
    let tx = conn.transaction()?;
    let volume = get(&tx, name)?;
    let digests: Vec<String> = {
        let mut stmt =
            tx.prepare("SELECT DISTINCT sha256 FROM volume_files WHERE volume_id = ?1")?;
        let rows = stmt.query_map([&volume.id], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    tx.execute(
        "DELETE FROM volume_files WHERE volume_id = ?1",
        [&volume.id],
    )?;
    tx.execute("DELETE FROM volumes WHERE id = ?1", [&volume.id])?;
    let mut orphans = Vec::new();
    for sha in digests {
        let used: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM volume_files WHERE sha256 = ?1)",
            [&sha],
            |r| r.get(0),
        )?;
        if !used {
            orphans.push(sha);
        }
    }
    tx.commit()?;
    Ok(orphans)
}

pub fn publish(conn: &Connection, name: &str, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE volumes SET status = 'Public', modified_at = ?2 WHERE name = ?1",
        (name, now),
    )?;
    if changed == 0 {
        return Err(not_found(name));
    }
    Ok(())
}

fn file_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<VolumeFile> {
    Ok(VolumeFile {
        path: r.get(0)?,
        size: r.get(1)?,
        sha256: r.get(2)?,
        created_at: Some(r.get(3)?),
        modified_at: Some(r.get(4)?),
    })
}

pub fn files(conn: &Connection, volume_id: &str, revision: &str) -> Result<Vec<VolumeFile>> {
    let mut stmt = conn.prepare_cached(
        "SELECT path, size, sha256, created_at, modified_at FROM volume_files
         WHERE volume_id = ?1 AND revision = ?2 ORDER BY path",
    )?;
    let rows = stmt.query_map([volume_id, revision], file_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn file(
    conn: &Connection,
    volume_id: &str,
    revision: &str,
    path: &str,
) -> Result<Option<VolumeFile>> {
    Ok(conn
        .query_row(
            "SELECT path, size, sha256, created_at, modified_at FROM volume_files
             WHERE volume_id = ?1 AND revision = ?2 AND path = ?3",
            [volume_id, revision, path],
            file_row,
        )
        .optional()?)
}

/// Opens a new revision on top of the current one; its sequence number is
/// one more than any revision the volume ever had.
pub fn open_revision(
    conn: &mut Connection,
    volume: &Volume,
    suffix: &str,
    now: &str,
) -> Result<Revision> {
    let tx = conn.transaction()?;
    let last: String = tx.query_row(
        "SELECT MAX(name) FROM volume_revisions WHERE volume_id = ?1",
        [&volume.id],
        |r| r.get(0),
    )?;
    let seq: u32 = last.get(..6).and_then(|s| s.parse().ok()).unwrap_or(0) + 1;
    let name = format!("{seq:06}-{suffix}");
    tx.execute(
        "INSERT INTO volume_revisions (volume_id, name, base, open, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
        (&volume.id, &name, &volume.revision, now),
    )?;
    tx.commit()?;
    Ok(Revision {
        name,
        size: 0,
        files: 0,
        created_at: Some(now.to_string()),
        is_opening: true,
    })
}

/// Whether `revision` of the volume is still open (`None`: no such revision).
fn revision_is_open(conn: &Connection, volume_id: &str, revision: &str) -> Result<Option<bool>> {
    Ok(conn
        .query_row(
            "SELECT open FROM volume_revisions WHERE volume_id = ?1 AND name = ?2",
            [volume_id, revision],
            |r| r.get(0),
        )
        .optional()?)
}

/// Fails unless `revision` is an open revision of the volume.
pub fn require_open(conn: &Connection, volume_id: &str, revision: &str) -> Result<()> {
    match revision_is_open(conn, volume_id, revision)? {
        Some(true) => Ok(()),
        Some(false) => Err(StoreError::RevisionCommitted(revision.to_string())),
        None => Err(StoreError::not_found("revision", revision)),
    }
}

/// Writes the complete file list of `revision` and makes it current, in one
/// transaction. Refused when another push committed since this revision
/// was opened (its list would silently drop that push's files).
pub fn commit_revision(
    conn: &mut Connection,
    volume_name: &str,
    revision: &str,
    files: &[VolumeFile],
    now: &str,
) -> Result<()> {
    let tx = conn.transaction()?;
    let volume = get(&tx, volume_name)?;
    require_open(&tx, &volume.id, revision)?;
    let base: String = tx.query_row(
        "SELECT base FROM volume_revisions WHERE volume_id = ?1 AND name = ?2",
        [&volume.id, revision],
        |r| r.get(0),
    )?;
    if base != volume.revision {
        return Err(StoreError::VolumeChanged {
            volume: volume_name.to_string(),
            revision: revision.to_string(),
            now: volume.revision,
        });
    }
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO volume_files (volume_id, revision, path, size, sha256, created_at, modified_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for f in files {
            insert.execute((
                &volume.id,
                revision,
                &f.path,
                f.size,
                &f.sha256,
                f.created_at.as_deref().unwrap_or(now),
                f.modified_at.as_deref().unwrap_or(now),
            ))?;
        }
    }
    tx.execute(
        "UPDATE volume_revisions SET open = 0 WHERE volume_id = ?1 AND name = ?2",
        [&volume.id, revision],
    )?;
    tx.execute(
        "UPDATE volumes SET revision = ?2, modified_at = ?3 WHERE id = ?1",
        (&volume.id, revision, now),
    )?;
    tx.commit()?;
    Ok(())
}

pub fn cancel_revision(conn: &Connection, volume_id: &str, revision: &str) -> Result<()> {
    require_open(conn, volume_id, revision)?;
    conn.execute(
        "DELETE FROM volume_revisions WHERE volume_id = ?1 AND name = ?2",
        [volume_id, revision],
    )?;
    Ok(())
}

pub fn change_revision(
    conn: &Connection,
    volume_id: &str,
    revision: &str,
    now: &str,
) -> Result<()> {
    match revision_is_open(conn, volume_id, revision)? {
        Some(false) => {}
        Some(true) => {
            return Err(StoreError::RevisionOpen(revision.to_string()));
        }
        None => return Err(StoreError::not_found("revision", revision)),
    }
    conn.execute(
        "UPDATE volumes SET revision = ?2, modified_at = ?3 WHERE id = ?1",
        (volume_id, revision, now),
    )?;
    Ok(())
}

/// A multipart upload: keyed by content, so a push re-run after a failure
/// (with a new revision) finds the parts the earlier run sent.
#[derive(Debug, Clone)]
pub struct Upload {
    pub id: String,
    pub volume_id: String,
    pub sha256: String,
    pub size: i64,
}

pub fn find_or_create_upload(
    conn: &Connection,
    new_id: &str,
    volume_id: &str,
    sha256: &str,
    size: i64,
    now: &str,
) -> Result<String> {
    conn.execute(
        "INSERT OR IGNORE INTO volume_uploads (id, volume_id, sha256, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        (new_id, volume_id, sha256, size, now),
    )?;
    Ok(conn.query_row(
        "SELECT id FROM volume_uploads WHERE volume_id = ?1 AND sha256 = ?2 AND size = ?3",
        (volume_id, sha256, size),
        |r| r.get(0),
    )?)
}

pub fn upload(conn: &Connection, id: &str) -> Result<Upload> {
    conn.query_row(
        "SELECT id, volume_id, sha256, size FROM volume_uploads WHERE id = ?1",
        [id],
        |r| {
            Ok(Upload {
                id: r.get(0)?,
                volume_id: r.get(1)?,
                sha256: r.get(2)?,
                size: r.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| StoreError::not_found("upload", id))
}

pub fn parts(conn: &Connection, upload_id: &str) -> Result<Vec<Part>> {
    let mut stmt = conn.prepare_cached(
        "SELECT part_number, etag, size FROM volume_parts WHERE upload_id = ?1 ORDER BY part_number",
    )?;
    let rows = stmt.query_map([upload_id], |r| {
        Ok(Part {
            part_number: r.get(0)?,
            etag: r.get(1)?,
            size: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn record_part(conn: &Connection, upload_id: &str, part: &Part) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO volume_parts (upload_id, part_number, size, etag) VALUES (?1, ?2, ?3, ?4)",
        (upload_id, part.part_number, part.size, &part.etag),
    )?;
    Ok(())
}

pub fn delete_upload(conn: &Connection, upload_id: &str) -> Result<()> {
    conn.execute("DELETE FROM volume_uploads WHERE id = ?1", [upload_id])?;
    Ok(())
}

/// Deletes the uploads created before `before` (RFC 3339, UTC) with their
/// parts; returns the ids of the uploads that remain.
pub fn drop_uploads_before(conn: &Connection, before: &str) -> Result<Vec<String>> {
    conn.execute("DELETE FROM volume_uploads WHERE created_at < ?1", [before])?;
    let mut stmt = conn.prepare("SELECT id FROM volume_uploads")?;
    let ids = stmt.query_map([], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}
