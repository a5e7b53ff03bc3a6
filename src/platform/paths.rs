//! Paths under the data dir built from names a client sent. Every name is
//! validated before it becomes part of a path, and every path is checked to
//! stay under its base, before anything touches the file system.

use super::api::check_name;
use super::error::{ApiError, ApiResult};
use std::path::{Component, Path, PathBuf};

/// `DATA_DIR/apps/NAMESPACE/APP`, the working directory of an app whose
/// manifest directory is not known.
pub fn app_dir(data_dir: &Path, namespace: &str, app: &str) -> ApiResult<PathBuf> {
    check_name("namespace", namespace)?;
    check_name("app", app)?;
    join_inside(&data_dir.join("apps"), &format!("{namespace}/{app}")).map_err(ApiError::invalid)
}

/// A client-given path that cannot be used under its base directory.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    #[error("the path {0:?} leaves its directory; use a relative path without `..`")]
    Leaves(String),
    #[error("an empty path names no file")]
    Empty,
}

/// `base` joined with the relative path `rel` (a leading `/` is ignored),
/// refused when `rel` would leave `base` (`..`) or is empty.
pub fn join_inside(base: &Path, rel: &str) -> Result<PathBuf, PathError> {
    let rel = Path::new(rel.trim_start_matches('/'));
    let mut out = base.to_path_buf();
    let mut depth = 0;
    for component in rel.components() {
        match component {
            Component::Normal(part) => {
                out.push(part);
                depth += 1;
            }
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => {
                return Err(PathError::Leaves(rel.display().to_string()))
            }
        }
    }
    if depth == 0 {
        return Err(PathError::Empty);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_refused_before_any_path_is_made() {
        let base = Path::new("/data");
        assert_eq!(
            join_inside(base, "/etc/conf/a.txt").expect("inside"),
            Path::new("/data/etc/conf/a.txt")
        );
        assert_eq!(
            join_inside(base, "./a").expect("inside"),
            Path::new("/data/a")
        );
        for bad in ["../x", "a/../../x", "/../../etc"] {
            assert_eq!(
                join_inside(base, bad).map_err(|e| e.to_string()),
                Err(format!(
                    "the path {:?} leaves its directory; use a relative path without `..`",
                    bad.trim_start_matches('/')
                ))
            );
        }
        for empty in ["", "/", "."] {
            assert_eq!(join_inside(base, empty), Err(PathError::Empty), "{empty}");
        }
        assert!(app_dir(base, "../../../pwned-ns", "trav").is_err());
        assert!(app_dir(base, "default", "..").is_err());
        assert_eq!(
            app_dir(base, "default", "web").expect("valid"),
            Path::new("/data/apps/default/web")
        );
    }
}
