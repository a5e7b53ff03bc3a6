//! Path safety on the client. A server path becomes a local path only when
//! it is clean (no `..`, `.`, empty segment, NUL, backslash; not
//! `/.metadata`), and a file is written only where every existing directory
//! between the volume directory and it is a real directory, not a symlink:
//! whatever the server sends, nothing is written outside the volume.

use crate::error::{Error, Result};
use crate::model::volume::file_path_problem;
use std::path::{Path, PathBuf};

/// A regular file of the local copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalFile {
    /// Volume path, with a leading `/`.
    pub path: String,
    pub size: u64,
}

/// The local path of volume path `path` under `dir`.
pub fn local_path(dir: &Path, path: &str) -> Result<PathBuf> {
    if let Some(problem) = file_path_problem(path) {
        return Err(Error::failed(format!(
            "refusing volume file path {path:?}: it {problem}"
        )));
    }
    Ok(dir.join(&path[1..]))
}

/// Creates the directories leading to `path` inside `dir`, refusing to go
/// through a symlink or a non-directory.
pub fn prepare_parent(dir: &Path, path: &str) -> Result<PathBuf> {
    let target = local_path(dir, path)?;
    let mut current = dir.to_path_buf();
    let segments: Vec<&str> = path[1..].split('/').collect();
    for segment in &segments[..segments.len() - 1] {
        current.push(segment);
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(Error::failed(format!(
                    "refusing to write {path}: {} is not a directory (a symlink or a file)",
                    current.display()
                )))
            }
            Err(_) => match std::fs::create_dir(&current) {
                Ok(()) => {}
                // Files downloaded at once share their directories: another
                // one may have made this directory since we looked.
                Err(e)
                    if e.kind() == std::io::ErrorKind::AlreadyExists
                        && std::fs::symlink_metadata(&current).is_ok_and(|m| m.is_dir()) => {}
                Err(e) => {
                    return Err(Error::failed(format!(
                        "cannot create {}: {e}",
                        current.display()
                    )))
                }
            },
        }
    }
    Ok(target)
}

/// Every file of the local copy except `/.metadata`, sorted by path.
/// A symlink is followed when it points at a file inside the volume and
/// refused when it points outside; symlinked directories are not followed.
pub fn walk(dir: &Path) -> Result<Vec<LocalFile>> {
    let root = dir
        .canonicalize()
        .map_err(|e| Error::failed(format!("cannot read {}: {e}", dir.display())))?;
    let mut files = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((abs, rel)) = stack.pop() {
        let entries = std::fs::read_dir(&abs)
            .map_err(|e| Error::failed(format!("cannot read {}: {e}", abs.display())))?;
        for entry in entries {
            let entry =
                entry.map_err(|e| Error::failed(format!("cannot read {}: {e}", abs.display())))?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                return Err(Error::failed(format!(
                    "{}: file names must be UTF-8",
                    entry.path().display()
                )));
            };
            let path = format!("{rel}/{name}");
            if path == "/.metadata" || path.starts_with("/.metadata.") {
                continue;
            }
            let meta = std::fs::symlink_metadata(entry.path()).map_err(|e| {
                Error::failed(format!("cannot read {}: {e}", entry.path().display()))
            })?;
            if meta.is_dir() {
                stack.push((entry.path(), path));
            } else if meta.is_file() {
                files.push(LocalFile {
                    path,
                    size: meta.len(),
                });
            } else if meta.file_type().is_symlink() {
                let target = entry.path().canonicalize().map_err(|e| {
                    Error::failed(format!("{}: broken symlink: {e}", entry.path().display()))
                })?;
                if !target.starts_with(&root) {
                    return Err(Error::failed(format!(
                        "refusing {}: it is a symlink to {}, outside the volume",
                        entry.path().display(),
                        target.display()
                    )));
                }
                let tm = std::fs::metadata(&target)
                    .map_err(|e| Error::failed(format!("cannot read {}: {e}", target.display())))?;
                if tm.is_file() {
                    files.push(LocalFile {
                        path,
                        size: tm.len(),
                    });
                }
            }
        }
    }
    for f in &files {
        if let Some(problem) = file_path_problem(&f.path) {
            return Err(Error::failed(format!(
                "cannot push {}: its path {problem}",
                f.path
            )));
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_paths_stay_inside_the_volume() {
        let d = tempfile::tempdir().unwrap();
        assert!(local_path(d.path(), "/a/b").is_ok());
        for bad in [
            "/../x",
            "/a/../../x",
            "x",
            "/a\0",
            "/.metadata",
            "//etc/passwd",
        ] {
            assert!(local_path(d.path(), bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn writes_never_follow_a_symlinked_directory() {
        let d = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let vol = d.path().join("vol");
        std::fs::create_dir(&vol).unwrap();
        std::os::unix::fs::symlink(outside.path(), vol.join("link")).unwrap();
        assert!(prepare_parent(&vol, "/link/x").is_err());
        let p = prepare_parent(&vol, "/new/deeper/x").unwrap();
        assert_eq!(p, vol.join("new/deeper/x"));
        assert!(vol.join("new/deeper").is_dir());
    }

    #[test]
    fn files_written_at_once_share_their_new_directories() {
        for round in 0..20 {
            let d = tempfile::tempdir().unwrap();
            let dir = d.path().to_path_buf();
            let threads: Vec<_> = (0..8)
                .map(|i| {
                    let dir = dir.clone();
                    std::thread::spawn(move || prepare_parent(&dir, &format!("/a/b/{i}")))
                })
                .collect();
            for t in threads {
                let r = t.join().unwrap();
                assert!(
                    r.is_ok(),
                    "round {round}: {:?}",
                    r.err().map(|e| e.to_string())
                );
            }
            assert!(dir.join("a/b").is_dir());
        }
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("f"), b"x").unwrap();
        assert!(
            prepare_parent(d.path(), "/f/x").is_err(),
            "a file is no directory"
        );
    }

    #[test]
    fn walk_lists_files_and_refuses_links_outside() {
        let d = tempfile::tempdir().unwrap();
        let vol = d.path().join("vol");
        std::fs::create_dir_all(vol.join("sub")).unwrap();
        std::fs::write(vol.join(".metadata"), "{}").unwrap();
        std::fs::write(vol.join("a"), "12").unwrap();
        std::fs::write(vol.join("sub/b c"), "1").unwrap();
        std::os::unix::fs::symlink(vol.join("a"), vol.join("inside")).unwrap();
        let files = walk(&vol).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(names, ["/a", "/inside", "/sub/b c"]);
        std::fs::write(d.path().join("secret"), "x").unwrap();
        std::os::unix::fs::symlink(d.path().join("secret"), vol.join("out")).unwrap();
        assert!(walk(&vol)
            .unwrap_err()
            .to_string()
            .contains("outside the volume"));
    }
}
