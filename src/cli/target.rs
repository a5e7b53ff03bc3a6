//! Which app a command acts on: the name positional and `-n`, defaulting
//! from `./app.yaml` the way the reference defaults them from `./app.py`.
//! Shared by `app` and `worker`.

use crate::error::{Error, Result};
use crate::manifest;
use clap::Args;
use std::path::Path;

/// The manifest looked for in the current directory.
pub const DEFAULT_MANIFEST: &str = "app.yaml";

/// The app-name positional and `-n`, both defaulting from `./app.yaml`.
#[derive(Debug, Args, Clone, Default)]
pub struct TargetArgs {
    /// The app name [default: metadata.name of ./app.yaml]
    pub name: Option<String>,
    /// The namespace of app [default: metadata.namespace of ./app.yaml, else default]
    #[arg(short = 'n', long, value_name = "NAMESPACE")]
    pub namespace: Option<String>,
}

/// The app a command acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub name: String,
    pub namespace: String,
}

/// What `./app.yaml` says about the app's identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestDefaults {
    /// No manifest in the directory.
    Missing,
    /// A manifest that loads: its name and namespace (`default` when empty).
    Found { name: String, namespace: String },
    /// A manifest that does not load, with the reason.
    Invalid(String),
}

/// Reads the defaults from `DIR/app.yaml`.
pub fn manifest_defaults(dir: &Path) -> ManifestDefaults {
    let path = dir.join(DEFAULT_MANIFEST);
    if !path.is_file() {
        return ManifestDefaults::Missing;
    }
    match manifest::load_manifest(&path) {
        Ok(app) => ManifestDefaults::Found {
            name: app.name().to_string(),
            namespace: app.namespace().to_string(),
        },
        Err(e) => ManifestDefaults::Invalid(e.to_string()),
    }
}

/// The app name and namespace of a command run in the current directory:
/// the command line wins; otherwise `./app.yaml`'s `metadata.name` and
/// `metadata.namespace` (the reference's app.py rule, with the manifest's
/// namespace also for `worker list`, quirk 7); otherwise the name is a usage
/// error and the namespace `default`. `arg` names the positional in messages.
pub fn resolve_target(
    name: Option<String>,
    namespace: Option<String>,
    arg: &str,
) -> Result<Target> {
    resolve_target_with(name, namespace, arg, manifest_defaults(Path::new(".")))
}

/// [`resolve_target`] with the manifest defaults given.
pub fn resolve_target_with(
    name: Option<String>,
    namespace: Option<String>,
    arg: &str,
    defaults: ManifestDefaults,
) -> Result<Target> {
    let (default_name, default_ns, invalid) = match defaults {
        ManifestDefaults::Found { name, namespace } => (Some(name), namespace, None),
        ManifestDefaults::Missing => (None, "default".to_string(), None),
        ManifestDefaults::Invalid(why) => (None, "default".to_string(), Some(why)),
    };
    let name = match (name, default_name, invalid) {
        (Some(n), _, _) => n,
        (None, Some(n), _) => n,
        (None, None, None) => {
            return Err(Error::usage(format!(
                "the following arguments are required: {arg} (or run the command next to the app's {DEFAULT_MANIFEST})"
            )))
        }
        (None, None, Some(why)) => {
            return Err(Error::usage(format!(
                "the following arguments are required: {arg} (./{DEFAULT_MANIFEST} cannot supply it: {why})"
            )))
        }
    };
    if name.is_empty() {
        return Err(Error::usage(format!("the {arg} must not be empty")));
    }
    let namespace = namespace.unwrap_or(default_ns);
    if namespace.is_empty() {
        return Err(Error::usage("the namespace must not be empty"));
    }
    Ok(Target { name, namespace })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(name: &str, ns: &str) -> ManifestDefaults {
        ManifestDefaults::Found {
            name: name.into(),
            namespace: ns.into(),
        }
    }

    fn target(name: &str, ns: &str) -> Target {
        Target {
            name: name.into(),
            namespace: ns.into(),
        }
    }

    #[test]
    fn name_and_namespace_default_from_the_manifest() {
        let t = resolve_target_with(None, None, "name", found("get-start", "prod")).expect("ok");
        assert_eq!(t, target("get-start", "prod"));
        // The command line wins, the manifest's namespace stays the default.
        let t = resolve_target_with(
            Some("other".into()),
            None,
            "name",
            found("get-start", "prod"),
        )
        .expect("ok");
        assert_eq!(t, target("other", "prod"));
        let t = resolve_target_with(None, Some("dev".into()), "name", found("get-start", "prod"))
            .expect("ok");
        assert_eq!(t, target("get-start", "dev"));
    }

    #[test]
    fn without_a_manifest_the_name_is_required() {
        let e = resolve_target_with(None, None, "app_name", ManifestDefaults::Missing)
            .expect_err("usage error");
        assert!(matches!(e, Error::Usage(_)));
        assert!(e.to_string().contains("required: app_name"), "{e}");
        let t = resolve_target_with(Some("x".into()), None, "name", ManifestDefaults::Missing)
            .expect("ok");
        assert_eq!(t, target("x", "default"));
        let e = resolve_target_with(None, None, "name", ManifestDefaults::Invalid("bad".into()))
            .expect_err("usage error");
        assert!(e.to_string().contains("bad"), "{e}");
        let t = resolve_target_with(
            Some("x".into()),
            None,
            "name",
            ManifestDefaults::Invalid("bad".into()),
        )
        .expect("ok");
        assert_eq!(t, target("x", "default"));
    }

    #[test]
    fn manifest_defaults_read_app_yaml() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(manifest_defaults(dir.path()), ManifestDefaults::Missing);
        std::fs::write(
            dir.path().join("app.yaml"),
            "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: get-start\n  namespace: prod\n\
             spec:\n  image: get-start:local\n  resource:\n    cpu: 1\n    memory: 512 MiB\n",
        )
        .expect("write");
        assert_eq!(manifest_defaults(dir.path()), found("get-start", "prod"));
        std::fs::write(
            dir.path().join("app.yaml"),
            "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: get-start\n\
             spec:\n  image: get-start:local\n  resource:\n    cpu: 1\n    memory: 512 MiB\n",
        )
        .expect("write");
        assert_eq!(manifest_defaults(dir.path()), found("get-start", "default"));
        std::fs::write(dir.path().join("app.yaml"), "kind: [").expect("write");
        assert!(matches!(
            manifest_defaults(dir.path()),
            ManifestDefaults::Invalid(_)
        ));
    }

    #[test]
    fn the_example_manifest_defaults_to_get_start() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/get-start");
        assert_eq!(manifest_defaults(&dir), found("get-start", "default"));
    }
}
