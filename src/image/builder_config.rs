//! `image_builder.yaml` beside `app.yaml`: the build settings of an app
//! directory (format and example in docs/images.md). Every key is optional;
//! command-line flags win over the file.

use super::ImageError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const FILE_NAME: &str = "image_builder.yaml";

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct BuilderConfig {
    /// The image to build and push, `REGISTRY/REPOSITORY[:TAG]`.
    #[serde(default)]
    pub repository: Option<String>,
    /// The Dockerfile, relative to the file's directory.
    #[serde(default)]
    pub dockerfile: Option<String>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub platforms: Vec<String>,
    #[serde(default)]
    pub build_args: BTreeMap<String, String>,
}

/// Why `image_builder.yaml` cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BuilderConfigError {
    #[error(transparent)]
    Read(#[from] std::io::Error),
    #[error(transparent)]
    Yaml(#[from] crate::manifest::YamlError),
    #[error("{0}; keys: repository, dockerfile, labels, platforms, buildArgs (strings)")]
    Fields(serde_json::Error),
}

/// Reads `dir/image_builder.yaml` if there is one.
pub fn load(dir: &Path) -> Result<Option<BuilderConfig>, ImageError> {
    let path = dir.join(FILE_NAME);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ImageError::BuilderConfig {
                path,
                source: e.into(),
            })
        }
    };
    parse(&text)
        .map(Some)
        .map_err(|source| ImageError::BuilderConfig { path, source })
}

/// Parses the file with the CLI's bounded YAML loader.
pub fn parse(text: &str) -> Result<BuilderConfig, BuilderConfigError> {
    let document = crate::manifest::parse_yaml_json(text)?;
    if document.is_null() {
        return Ok(BuilderConfig::default());
    }
    serde_json::from_value(document).map_err(BuilderConfigError::Fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_file() {
        let c = parse(
            "repository: 127.0.0.1:5000/team/app:v2\n\
             dockerfile: docker/Dockerfile\n\
             labels: {team: ml}\n\
             platforms: [linux/amd64]\n\
             buildArgs:\n  VERSION: \"1.0\"\n",
        )
        .expect("valid");
        assert_eq!(c.repository.as_deref(), Some("127.0.0.1:5000/team/app:v2"));
        assert_eq!(c.dockerfile.as_deref(), Some("docker/Dockerfile"));
        assert_eq!(c.labels["team"], "ml");
        assert_eq!(c.platforms, ["linux/amd64"]);
        assert_eq!(c.build_args["VERSION"], "1.0");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let e = parse("repo: x\n").expect_err("unknown key").to_string();
        assert!(e.contains("repo"), "{e}");
        assert!(
            e.ends_with("; keys: repository, dockerfile, labels, platforms, buildArgs (strings)"),
            "{e}"
        );
        let e = parse("labels: {a: 1.0}\n").expect_err("a number is not a string");
        assert!(e.to_string().contains("string"), "{e}");
        let e = parse("[").expect_err("broken YAML").to_string();
        assert!(e.starts_with("line 1, column 1: invalid YAML"), "{e}");
        assert_eq!(parse("").expect("empty is fine"), BuilderConfig::default());
    }
}
