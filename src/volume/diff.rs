//! Local copy against cloud revision: which files are only local, only in
//! the cloud, the same, or different (by size, then SHA-256; with
//! `size_only` — `push --update` — by size alone).

use super::paths::LocalFile;
use crate::model::volume::VolumeFile;
use std::collections::HashMap;

#[derive(Debug, Default, PartialEq)]
pub struct Comparison {
    pub local_only: Vec<LocalFile>,
    pub cloud_only: Vec<VolumeFile>,
    /// Cloud entries of the files both sides hold identically.
    pub same: Vec<VolumeFile>,
    pub differ: Vec<(LocalFile, VolumeFile)>,
}

impl Comparison {
    pub fn in_sync(&self) -> bool {
        self.local_only.is_empty() && self.cloud_only.is_empty() && self.differ.is_empty()
    }
}

/// Local files whose digest the comparison needs: present on both sides
/// with equal sizes (a size difference settles it without hashing).
pub fn to_hash<'a>(
    local: &'a [LocalFile],
    cloud: &[VolumeFile],
    size_only: bool,
) -> Vec<&'a LocalFile> {
    if size_only {
        return Vec::new();
    }
    let sizes: HashMap<&str, i64> = cloud.iter().map(|f| (f.path.as_str(), f.size)).collect();
    local
        .iter()
        .filter(|l| sizes.get(l.path.as_str()) == Some(&(l.size as i64)))
        .collect()
}

/// Compares; `digests` holds the local digests `to_hash` asked for.
pub fn compare(
    local: &[LocalFile],
    cloud: &[VolumeFile],
    digests: &HashMap<String, String>,
    size_only: bool,
) -> Comparison {
    let mut out = Comparison::default();
    let by_path: HashMap<&str, &VolumeFile> = cloud.iter().map(|f| (f.path.as_str(), f)).collect();
    let mut seen = std::collections::HashSet::new();
    for l in local {
        match by_path.get(l.path.as_str()) {
            None => out.local_only.push(l.clone()),
            Some(c) => {
                seen.insert(l.path.as_str());
                let same = c.size == l.size as i64
                    && (size_only || digests.get(&l.path).is_some_and(|d| *d == c.sha256));
                if same {
                    out.same.push((*c).clone());
                } else {
                    out.differ.push((l.clone(), (*c).clone()));
                }
            }
        }
    }
    out.cloud_only = cloud
        .iter()
        .filter(|c| !seen.contains(c.path.as_str()))
        .cloned()
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(path: &str, size: u64) -> LocalFile {
        LocalFile {
            path: path.into(),
            size,
        }
    }

    fn cloud(path: &str, size: i64, sha: &str) -> VolumeFile {
        VolumeFile {
            path: path.into(),
            size,
            sha256: sha.into(),
            ..Default::default()
        }
    }

    #[test]
    fn sorts_files_into_the_four_groups() {
        let l = [
            local("/same", 1),
            local("/changed", 1),
            local("/resized", 2),
            local("/new", 3),
        ];
        let c = [
            cloud("/same", 1, "s"),
            cloud("/changed", 1, "x"),
            cloud("/resized", 1, "r"),
            cloud("/gone", 1, "g"),
        ];
        let hashed: Vec<&str> = to_hash(&l, &c, false)
            .iter()
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(hashed, ["/same", "/changed"]);
        let digests = HashMap::from([
            ("/same".to_string(), "s".to_string()),
            ("/changed".to_string(), "y".to_string()),
        ]);
        let r = compare(&l, &c, &digests, false);
        assert_eq!(r.same, [c[0].clone()]);
        assert_eq!(
            r.differ
                .iter()
                .map(|d| d.0.path.as_str())
                .collect::<Vec<_>>(),
            ["/changed", "/resized"]
        );
        assert_eq!(r.local_only, [local("/new", 3)]);
        assert_eq!(r.cloud_only, [c[3].clone()]);
        assert!(!r.in_sync());
    }

    #[test]
    fn size_only_trusts_equal_sizes() {
        let l = [local("/a", 1)];
        let c = [cloud("/a", 1, "whatever")];
        assert!(to_hash(&l, &c, true).is_empty());
        assert!(compare(&l, &c, &HashMap::new(), true).in_sync());
    }
}
