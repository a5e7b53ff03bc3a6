//! Volumes: versioned file trees, their revisions, and the transfer objects
//! of the push/pull flows (docs/volumes.md describes the flow).

use super::int64;
use super::Labels;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The revision of a volume nothing was ever pushed to.
pub const INITIAL_REVISION: &str = "000000-000";
/// Files up to this size go in one signed PUT; bigger ones in parts.
pub const MAX_SINGLE_FILE_SIZE: u64 = 5 * 1024 * 1024;
/// Size of each part of a multipart upload (the last one is shorter).
pub const PART_SIZE: u64 = 32 * 1024 * 1024;

/// The size and lower-case hex SHA-256 of a file, the identity the wire
/// gives a volume file (read in 1 MiB chunks; blocking). The client and
/// the server both check files by it.
pub fn file_digest(path: &std::path::Path) -> std::io::Result<(u64, String)> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut input = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = input.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    Ok((size, hex::encode(hasher.finalize())))
}

pub mod volume_status {
    pub const PRIVATE: &str = "Private";
    pub const PUBLIC: &str = "Public";
}

pub mod upload_action {
    pub const UPLOAD: &str = "Upload";
    pub const ALREADY_EXISTS: &str = "AlreadyExists";
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Volume {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub revision: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
    #[serde(default, with = "int64")]
    pub size: i64,
    #[serde(default, with = "int64")]
    pub files: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub username: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct VolumeList {
    #[serde(default)]
    pub volumes: Vec<Volume>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CreateVolumeBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

/// One file of a revision; `path` starts with `/`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct VolumeFile {
    pub path: String,
    #[serde(with = "int64")]
    pub size: i64,
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FileList {
    #[serde(default)]
    pub files: Vec<VolumeFile>,
}

/// Size and digest of one file, as sign-upload, multipart and commit-file carry it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FileInformation {
    #[serde(with = "int64")]
    pub size: i64,
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FileInformationBody {
    pub file: FileInformation,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    pub name: String,
    #[serde(default, with = "int64")]
    pub size: i64,
    #[serde(default, with = "int64")]
    pub files: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default)]
    pub is_opening: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CommitRevisionBody {
    pub files: Vec<VolumeFile>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeRevisionBody {
    pub revision_name: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    pub part_number: i32,
    pub etag: String,
    #[serde(default, with = "int64")]
    pub size: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PartList {
    #[serde(default)]
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignPartBody {
    pub part_number: i32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CompleteMultipartBody {
    #[serde(default)]
    pub parts: Vec<Part>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct HeaderValue {
    #[serde(default)]
    pub value: Vec<String>,
}

/// Where and how to send (or fetch) the bytes of one object.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SignResponse {
    pub method: String,
    pub url: String,
    #[serde(default)]
    pub headers: BTreeMap<String, HeaderValue>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SignUploadResponse {
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<SignResponse>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InitializeMultipartUploadResponse {
    pub action: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub upload_id: String,
}

/// A revision name: six digits, `-`, three lower-case hex digits.
pub fn is_revision_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() == 10
        && b[..6].iter().all(u8::is_ascii_digit)
        && b[6] == b'-'
        && b[7..]
            .iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
}

/// A short volume name: 1 to 128 of letters, digits, `-`, `_`, `.`,
/// starting with a letter or digit.
pub fn is_volume_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// Why a volume file path is refused, or `None` when it is safe: it must
/// start with `/`, use `/` between non-empty segments, and contain no `.`
/// or `..` segment, no NUL or backslash, and not be the client's
/// `/.metadata`.
pub fn file_path_problem(path: &str) -> Option<&'static str> {
    if !path.starts_with('/') {
        return Some("must start with /");
    }
    if path.len() > 4096 {
        return Some("is longer than 4096 bytes");
    }
    if path.contains('\0') {
        return Some("contains a NUL byte");
    }
    if path.contains('\\') {
        return Some("contains a backslash");
    }
    if path == "/.metadata" {
        return Some("is the client's metadata file");
    }
    for segment in path[1..].split('/') {
        match segment {
            "" => return Some("has an empty segment"),
            "." | ".." => return Some("has a . or .. segment"),
            s if s.len() > 255 => return Some("has a segment longer than 255 bytes"),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_names() {
        assert!(is_revision_name("000008-5d6"));
        assert!(is_revision_name(INITIAL_REVISION));
        assert!(!is_revision_name("00008-5d6"));
        assert!(!is_revision_name("000008-5D6"));
        assert!(!is_revision_name("000008_5d6"));
    }

    #[test]
    fn file_paths() {
        assert_eq!(file_path_problem("/a/b c.txt"), None);
        assert!(file_path_problem("a").is_some());
        assert!(file_path_problem("/a/../b").is_some());
        assert!(file_path_problem("/..").is_some());
        assert!(file_path_problem("/a//b").is_some());
        assert!(file_path_problem("/a/").is_some());
        assert!(file_path_problem("/a\0b").is_some());
        assert!(file_path_problem("/.metadata").is_some());
        assert_eq!(file_path_problem("/x/.metadata"), None);
    }

    #[test]
    fn volume_names() {
        assert!(is_volume_name("get-start-volume"));
        assert!(is_volume_name("models--runwayml--stable-diffusion-v1-5"));
        assert!(!is_volume_name("a/b"));
        assert!(!is_volume_name("-a"));
        assert!(!is_volume_name(""));
    }
}
