//! The last image pushed from each app directory, so that
//! `everai app upgrade --image` (no value) rolls the app onto exactly that
//! digest. One JSON file per directory under `$EVERAI_HOME/images/`, named
//! by a hash of the directory's canonical path; written atomically.

use super::ImageError;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BuildRecord {
    /// The app directory (canonical path).
    pub directory: String,
    /// `REPOSITORY:TAG` as pushed.
    pub reference: String,
    /// The manifest digest the registry answered, `sha256:...`.
    pub digest: String,
    /// `REPOSITORY@DIGEST`: what `app upgrade --image` sets.
    pub pinned: String,
    /// RFC 3339, UTC.
    pub pushed_at: String,
}

/// Why the record of an app directory cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("{0}; delete the file and build again")]
    Corrupt(serde_json::Error),
}

fn records_dir(home: &Path) -> PathBuf {
    home.join("images")
}

fn record_path(home: &Path, dir: &Path) -> PathBuf {
    let hash = hex::encode(Sha256::digest(dir.to_string_lossy().as_bytes()));
    records_dir(home).join(format!("{}.json", &hash[..32]))
}

fn canonical(dir: &Path) -> Result<PathBuf, ImageError> {
    std::fs::canonicalize(dir).map_err(|e| ImageError::Record {
        path: dir.to_path_buf(),
        source: e.into(),
    })
}

/// Remembers `record` for the app directory `dir`.
pub fn save(home: &Path, dir: &Path, mut record: BuildRecord) -> Result<PathBuf, ImageError> {
    let dir = canonical(dir)?;
    record.directory = dir.display().to_string();
    let path = record_path(home, &dir);
    let failed = |e: std::io::Error| ImageError::Record {
        path: path.clone(),
        source: e.into(),
    };
    std::fs::create_dir_all(records_dir(home)).map_err(failed)?;
    let mut text = serde_json::to_string_pretty(&record).unwrap_or_default();
    text.push('\n');
    let tmp = path.with_extension(format!("json.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text).map_err(failed)?;
    std::fs::rename(&tmp, &path).map_err(failed)?;
    Ok(path)
}

/// The record of the app directory `dir`, if an image was pushed from it.
pub fn load(home: &Path, dir: &Path) -> Result<Option<BuildRecord>, ImageError> {
    let dir = canonical(dir)?;
    let path = record_path(home, &dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ImageError::Record {
                path,
                source: e.into(),
            })
        }
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| ImageError::Record {
            path,
            source: RecordError::Corrupt(e),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_per_directory() {
        let home = tempfile::tempdir().expect("home");
        let a = tempfile::tempdir().expect("a");
        let b = tempfile::tempdir().expect("b");
        let record = BuildRecord {
            directory: String::new(),
            reference: "r/x:1".into(),
            digest: "sha256:00".into(),
            pinned: "r/x@sha256:00".into(),
            pushed_at: "2026-12-01T00:00:00Z".into(),
        };
        save(home.path(), a.path(), record.clone()).expect("save");
        let got = load(home.path(), a.path()).expect("load").expect("present");
        assert_eq!(got.pinned, "r/x@sha256:00");
        assert!(got
            .directory
            .ends_with(&*a.path().file_name().expect("name").to_string_lossy()));
        assert_eq!(load(home.path(), b.path()).expect("load"), None);
    }

    #[test]
    fn a_damaged_record_says_how_to_recover() {
        let home = tempfile::tempdir().expect("home");
        let dir = tempfile::tempdir().expect("dir");
        let path = record_path(home.path(), &canonical(dir.path()).expect("canonical"));
        std::fs::create_dir_all(records_dir(home.path())).expect("mkdir");
        std::fs::write(&path, "{").expect("write");
        let e = load(home.path(), dir.path()).expect_err("damaged");
        assert_eq!(
            e.to_string(),
            format!(
                "{}: EOF while parsing an object at line 1 column 1; delete the file and build again",
                path.display()
            )
        );
    }
}
