//! Helpers of the volume tests: file trees with known content, and the
//! local copy of a volume as `volume get` names it.

use super::Sandbox;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `len` bytes, different for each `seed` (xorshift; no two files alike).
pub fn content(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Writes `rel` (slash-separated, no leading slash) under `dir`.
pub fn put(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, bytes).expect("write");
}

/// Every file under `dir` except `.metadata`: volume path → sha256.
pub fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("inside");
                let key = format!("/{}", rel.display());
                if key != "/.metadata" {
                    let bytes = std::fs::read(&path).expect("read");
                    out.insert(key, hex::encode(Sha256::digest(&bytes)));
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The local directory of `name` in `sandbox` (`path:` of `volume get`).
#[track_caller]
pub fn local_dir(sandbox: &Sandbox, name: &str) -> PathBuf {
    let r = sandbox.run(["volume", "get", name]);
    r.success();
    let line = r
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("path: "))
        .unwrap_or_else(|| panic!("no path in {:?}", r.stdout));
    PathBuf::from(line)
}

/// The revision in a `<Volume: ...>` line.
pub fn revision_of(volume_line: &str) -> String {
    volume_line
        .split("revision: ")
        .nth(1)
        .and_then(|r| r.split(',').next())
        .unwrap_or_else(|| panic!("no revision in {volume_line:?}"))
        .to_string()
}
