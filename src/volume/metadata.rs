//! The local cache: `$EVERAI_VOLUME_ROOT/<volume id>/` holds the files and
//! `.metadata`, the reference client's jsonpickle of its `Volume` object.
//! We write the same shape (so the reference reads our cache and we read
//! its) and read back the fields that matter: id, name, revision.

use crate::model::volume::Volume;
use serde_json::{json, Value};
use std::io;
use std::path::{Path, PathBuf};

pub const METADATA_FILE: &str = ".metadata";

/// What a `.metadata` file says about its copy.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalVolume {
    pub id: String,
    pub name: String,
    pub revision: String,
}

/// The cache directory of a volume.
pub fn volume_dir(root: &Path, id: &str) -> PathBuf {
    root.join(id)
}

/// Reads `DIR/.metadata`; `None` when absent, a symlink or unreadable.
pub fn read(dir: &Path) -> Option<LocalVolume> {
    let path = dir.join(METADATA_FILE);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let v: Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    Some(LocalVolume {
        id: text("_id")?,
        name: text("_name").unwrap_or_default(),
        revision: text("revision").unwrap_or_else(|| crate::model::volume::INITIAL_REVISION.into()),
    })
}

/// Writes `DIR/.metadata` for `volume` (through a temp file and a rename).
pub fn write(dir: &Path, volume: &Volume) -> io::Result<()> {
    let status = if volume.status.is_empty() {
        "Private"
    } else {
        &volume.status
    };
    let doc = json!({
        "py/object": "everai.volume.volume.Volume",
        "_name": volume.name,
        "username": volume.username,
        "revision": volume.revision,
        "_id": volume.id,
        "_created_at": volume.created_at.as_deref().and_then(pickled_datetime),
        "_modified_at": volume.modified_at.as_deref().and_then(pickled_datetime),
        "_labels": volume.labels,
        "_path": dir.to_string_lossy(),
        "_files": volume.files,
        "_size": volume.size,
        "status": {"py/reduce": [
            {"py/type": "generated.volumes.models.v1_volume_status.V1VolumeStatus"},
            {"py/tuple": [status]}
        ]},
    });
    let text = python_json(&doc);
    let temp = dir.join(format!(".metadata.{}", std::process::id()));
    std::fs::write(&temp, text)?;
    std::fs::rename(&temp, dir.join(METADATA_FILE))
}

/// Every cached copy whose `.metadata` names `name`, newest revision first.
pub fn find_by_name(root: &Path, name: &str) -> Option<LocalVolume> {
    let mut best: Option<LocalVolume> = None;
    for entry in std::fs::read_dir(root).ok()?.flatten() {
        if let Some(v) = read(&entry.path()) {
            if v.name == name && best.as_ref().is_none_or(|b| b.revision < v.revision) {
                best = Some(v);
            }
        }
    }
    best
}

/// A Python `datetime` as jsonpickle stores it: the 10 bytes of its
/// `__reduce__` state (year as two bytes, month, day, hour, minute, second,
/// microseconds as three bytes), base64, with a UTC tzinfo.
fn pickled_datetime(rfc3339: &str) -> Option<Value> {
    use base64::Engine;
    use chrono::{Datelike, Timelike};
    let t = chrono::DateTime::parse_from_rfc3339(rfc3339)
        .ok()?
        .with_timezone(&chrono::Utc);
    let year = t.year() as u16;
    let micros = t.nanosecond() / 1000 % 1_000_000;
    let bytes = [
        (year >> 8) as u8,
        year as u8,
        t.month() as u8,
        t.day() as u8,
        t.hour() as u8,
        t.minute() as u8,
        t.second() as u8,
        (micros >> 16) as u8,
        (micros >> 8) as u8,
        micros as u8,
    ];
    let state = base64::engine::general_purpose::STANDARD.encode(bytes);
    Some(json!({
        "py/object": "datetime.datetime",
        "__reduce__": [
            {"py/type": "datetime.datetime"},
            [state, {"py/reduce": [
                {"py/type": "pydantic_core._pydantic_core.TzInfo"},
                {"py/tuple": [0]}
            ]}]
        ]
    }))
}

/// JSON with Python's default separators (`", "` and `": "`).
fn python_json(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let items: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", Value::String(k.clone()), python_json(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(python_json).collect();
            format!("[{}]", items.join(", "))
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_pickle_like_python() {
        // datetime(2026, 12, 1, 4, 12, 49, 508000) as the reference wrote it.
        let v = pickled_datetime("2026-12-01T04:12:49.508Z").unwrap();
        assert_eq!(v["__reduce__"][1][0], "B+oMAQQMMQfAYA==");
    }

    #[test]
    fn metadata_round_trips_and_is_found_by_name() {
        let root = tempfile::tempdir().unwrap();
        let dir = volume_dir(root.path(), "ID1");
        std::fs::create_dir_all(&dir).unwrap();
        let v = Volume {
            id: "ID1".into(),
            name: "vol1".into(),
            revision: "000002-abc".into(),
            created_at: Some("2026-12-01T04:12:49.508Z".into()),
            ..Default::default()
        };
        write(&dir, &v).unwrap();
        let text = std::fs::read_to_string(dir.join(METADATA_FILE)).unwrap();
        assert!(text.starts_with(r#"{"py/object": "everai.volume.volume.Volume", "_name": "vol1""#));
        let local = read(&dir).unwrap();
        assert_eq!(local.revision, "000002-abc");
        assert_eq!(find_by_name(root.path(), "vol1").unwrap().id, "ID1");
        assert!(find_by_name(root.path(), "vol2").is_none());
    }
}
