//! App manifests (`app.yaml`): loading, checking, printing
//! (docs/manifest.md).
//!
//! - [`load_manifest`] / [`parse_manifest`]: the reference's loading rules
//!   (docs/manifest.md) made strict: unknown keys and wrong scalar types are errors with
//!   their field path and line:column. Short enum names are expanded to wire
//!   names, the Value shorthand is accepted, an empty namespace becomes
//!   `default`.
//! - [`check_manifest`]: every problem `everai app check` should report,
//!   including semantic ones (cross references, names, ranges, autoscaler
//!   arguments) that `parse_manifest` lets through.
//! - [`local_runtime_problems`], [`referenced_configmaps`],
//!   [`referenced_secrets`]: checks the caller combines with its context.
//! - [`to_manifest_yaml_value`]: the manifest document of an App (the
//!   inverse of parsing) for `--dry-run -o yaml`.
//! - [`parse_memory`]: `"2 GiB"` → bytes.

mod decode;
mod yaml;

pub use yaml::{Pos, YamlError};

#[cfg(test)]
mod tests;

use crate::model::app::App;
use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use decode::{Decoder, Level};

/// One problem in a manifest. `line`/`column` are 1-based and absent for
/// problems found on an `App` rather than on a file; `path` is the field
/// path (`spec.resource.cpu`, `spec.env[1].name`), empty for document-level
/// problems such as YAML syntax errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file name given to the parser (may be empty).
    pub source: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    /// `app.yaml:12:5: spec.resource.cpu: expected an integer, found a string "2"`
    /// (parts that are absent are left out).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut prefix = self.source.clone();
        if let Some(line) = self.line {
            if !prefix.is_empty() {
                prefix.push(':');
            }
            prefix.push_str(&line.to_string());
            if let Some(col) = self.column {
                prefix.push_str(&format!(":{col}"));
            }
        }
        if !prefix.is_empty() {
            write!(f, "{prefix}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Why a manifest could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestError {
    /// The file could not be read.
    Io { path: String, message: String },
    /// The manifest is invalid: at least one problem, in file order.
    Invalid(Vec<Problem>),
}

impl ManifestError {
    /// The problems (empty for `Io`).
    pub fn problems(&self) -> &[Problem] {
        match self {
            ManifestError::Io { .. } => &[],
            ManifestError::Invalid(p) => p,
        }
    }
}

impl fmt::Display for ManifestError {
    /// One line: the first problem, plus a count of the others.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManifestError::Io { path, message } => write!(f, "{path}: {message}"),
            ManifestError::Invalid(problems) => match problems.split_first() {
                None => f.write_str("invalid manifest"),
                Some((first, rest)) => {
                    write!(f, "{first}")?;
                    match rest.len() {
                        0 => Ok(()),
                        1 => f.write_str(" (and 1 more problem)"),
                        n => write!(f, " (and {n} more problems)"),
                    }
                }
            },
        }
    }
}

impl std::error::Error for ManifestError {}

/// Reads and parses a manifest file; see [`parse_manifest`]. The file name as
/// given is used in messages.
pub fn load_manifest(path: &Path) -> Result<App, ManifestError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ManifestError::Io {
        path: name.clone(),
        message: match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            _ => e.to_string(),
        },
    })?;
    let text = String::from_utf8(bytes).map_err(|e| ManifestError::Io {
        path: name.clone(),
        message: format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })?;
    parse_manifest(&text, &name)
}

/// Parses a manifest with the loading rules of docs/manifest.md, made
/// strict: `version` must be `everai/v1alpha1`, `kind` must be `App`,
/// `metadata.name`, `spec.image`, `spec.resource.cpu` (integer) and
/// `spec.resource.memory` (string) are required, scalar types are strict,
/// unknown keys are rejected. Enum short names (`PUBLIC`, `DEPLOYED`) are
/// expanded; an empty namespace becomes `default`; timestamps are
/// normalised to RFC 3339. Semantic problems (see [`check_manifest`]) do
/// not fail parsing.
pub fn parse_manifest(text: &str, source_name: &str) -> Result<App, ManifestError> {
    let (app, found) = run(text, source_name);
    let structural: Vec<Problem> = found
        .into_iter()
        .filter(|(level, _)| *level == Level::Structural)
        .map(|(_, p)| p)
        .collect();
    match app {
        Some(app) if structural.is_empty() => Ok(app),
        _ => Err(ManifestError::Invalid(structural)),
    }
}

/// Every problem of a manifest, in file order: everything [`parse_manifest`]
/// rejects plus semantic checks (volumeMounts naming undeclared volumes,
/// duplicate/invalid env names, duplicate volume names, Values with both or
/// neither `value`/`valueFrom`, builtin autoscaler name and arguments,
/// integer literals, app name syntax, memory format, port ranges, ...).
/// Empty when the manifest is fine. Does not include
/// [`local_runtime_problems`] nor existence checks of referenced objects.
pub fn check_manifest(text: &str, source_name: &str) -> Vec<Problem> {
    run(text, source_name)
        .1
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

fn run(text: &str, source_name: &str) -> (Option<App>, Vec<(Level, Problem)>) {
    let make = |level: Level, line: usize, col: usize, path: String, message: String| {
        (
            level,
            Problem {
                source: source_name.to_string(),
                line: Some(line),
                column: Some(col),
                path,
                message,
            },
        )
    };
    let root = match yaml::parse(text) {
        Err(e) => {
            return (
                None,
                vec![make(
                    Level::Structural,
                    e.pos.line,
                    e.pos.col,
                    String::new(),
                    e.message,
                )],
            )
        }
        Ok(None) => {
            return (
                None,
                vec![make(
                    Level::Structural,
                    1,
                    1,
                    String::new(),
                    "the manifest is empty".to_string(),
                )],
            )
        }
        Ok(Some(root)) => root,
    };
    let mut decoder = Decoder::default();
    let app = decoder.app(&root);
    let mut found = decoder.found;
    found.sort_by_key(|f| (f.pos.line, f.pos.col));
    let problems = found
        .into_iter()
        .map(|f| make(f.level, f.pos.line, f.pos.col, f.path, f.message))
        .collect();
    (Some(app), problems)
}

/// Problems of `spec.command` for our local platform: it may be absent (the
/// Docker runtime then runs the image's own entrypoint; the process runtime
/// needs it), but when present it must name a program.
pub fn local_runtime_problems(app: &App) -> Vec<Problem> {
    let mut out = Vec::new();
    let problem = |message: &str| Problem {
        source: String::new(),
        line: None,
        column: None,
        path: "spec.command".to_string(),
        message: message.to_string(),
    };
    match app.app_v1alpha1.spec.command.as_deref() {
        None => {}
        Some([]) => out.push(problem(
            "empty: name the program to run, or leave spec.command out to run the image's entrypoint",
        )),
        Some([first, ..]) if first.trim().is_empty() => {
            out.push(problem("the program (first element) must not be empty"))
        }
        _ => {}
    }
    out
}

/// Names of the configmaps an app refers to: env values, image pull
/// secrets, autoscaler (builtin, decorator, third-party) arguments,
/// `configMap` volumes, and the same inside a container autoscaler.
pub fn referenced_configmaps(app: &App) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk_references(app, &mut |kind, name| {
        if kind == RefKind::ConfigMap {
            out.insert(name.to_string());
        }
    });
    out
}

/// Names of the secrets an app refers to (same places as
/// [`referenced_configmaps`], with `secret` volumes).
pub fn referenced_secrets(app: &App) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk_references(app, &mut |kind, name| {
        if kind == RefKind::Secret {
            out.insert(name.to_string());
        }
    });
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RefKind {
    ConfigMap,
    Secret,
}

fn walk_references(app: &App, f: &mut dyn FnMut(RefKind, &str)) {
    use crate::model::app::{AppVolume, Arguments, ImagePullSecrets, Value};
    fn value(v: &Value, f: &mut dyn FnMut(RefKind, &str)) {
        if let Some(name) = v.config_map_key_ref().and_then(|r| r.name.as_deref()) {
            if !name.is_empty() {
                f(RefKind::ConfigMap, name);
            }
        }
        if let Some(name) = v.secret_key_ref().and_then(|r| r.name.as_deref()) {
            if !name.is_empty() {
                f(RefKind::Secret, name);
            }
        }
    }
    fn args(a: Option<&Arguments>, f: &mut dyn FnMut(RefKind, &str)) {
        for v in a.into_iter().flat_map(|a| a.values()) {
            value(v, f);
        }
    }
    fn pull(p: Option<&ImagePullSecrets>, f: &mut dyn FnMut(RefKind, &str)) {
        if let Some(p) = p {
            for v in [&p.username, &p.password].into_iter().flatten() {
                value(v, f);
            }
        }
    }
    fn volumes(vs: Option<&Vec<AppVolume>>, f: &mut dyn FnMut(RefKind, &str)) {
        for v in vs.into_iter().flatten() {
            if let Some(name) = v.secret.as_ref().and_then(|s| s.secret_name.as_deref()) {
                if !name.is_empty() {
                    f(RefKind::Secret, name);
                }
            }
            if let Some(name) = v.config_map.as_ref().and_then(|c| c.name.as_deref()) {
                if !name.is_empty() {
                    f(RefKind::ConfigMap, name);
                }
            }
        }
    }
    let spec = &app.app_v1alpha1.spec;
    for e in spec.env.iter().flatten() {
        if let Some(v) = &e.env_value {
            value(v, f);
        }
    }
    pull(spec.image_pull_secrets.as_ref(), f);
    volumes(spec.volumes.as_ref(), f);
    if let Some(a) = &spec.autoscaler {
        if let Some(b) = &a.builtin {
            args(b.arguments.as_ref(), f);
            if let Some(d) = &b.decorators {
                for item in d.arguments.iter().chain(d.factors.iter()).flatten() {
                    args(item.arguments.as_ref(), f);
                }
            }
        }
        if let Some(t) = &a.third_party {
            args(t.arguments.as_ref(), f);
        }
        if let Some(c) = &a.container {
            pull(c.image_pull_secrets.as_ref(), f);
            volumes(c.volumes.as_ref(), f);
        }
    }
}

/// The manifest document of an app: `version`, `kind`, `metadata`, `spec`
/// (and `status` when present), keys in schema order, short enum names
/// (`PUBLIC`, `DEPLOYED`), empty namespace → `default`, timestamps as they
/// are. Feeding its YAML rendering back to [`parse_manifest`] gives the
/// same App.
pub fn to_manifest_yaml_value(app: &App) -> serde_json::Value {
    crate::model::app::document(app, None)
}

pub use crate::model::app::parse_memory;

/// Reads a YAML document into JSON with PyYAML's typing and the manifest
/// loader's limits (nesting, nodes and bytes, aliases included): the one
/// bounded YAML loader for the CLI's other YAML inputs. The error is one
/// line, `line L, column C: message`.
pub fn parse_yaml_json(text: &str) -> Result<serde_json::Value, YamlError> {
    yaml::parse_json(text)
}
