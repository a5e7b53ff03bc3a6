//! Positioned YAML tree → `App`, collecting every problem.
//!
//! Two levels of problems:
//! - *structural* (the reference's loading rules, docs/manifest.md, plus
//!   our rejection of unknown keys): `parse_manifest` fails on any of them;
//! - *semantic* (cross references, name syntax, value ranges, autoscaler
//!   arguments): reported by `check_manifest` only.

use super::yaml::{quote, Kind, Node, Pos};
use crate::model::app::*;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Structural,
    Semantic,
}

#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub level: Level,
    pub pos: Pos,
    pub path: String,
    pub message: String,
}

#[derive(Default)]
pub(crate) struct Decoder {
    pub found: Vec<Found>,
}

const TOP_FIELDS: &[&str] = &["version", "kind", "metadata", "spec", "status"];
const METADATA_FIELDS: &[&str] = &[
    "name",
    "namespace",
    "resourceVersion",
    "uid",
    "createdAt",
    "updatedAt",
    "labels",
];
const SPEC_FIELDS: &[&str] = &[
    "image",
    "imagePullSecrets",
    "volumeMounts",
    "env",
    "command",
    "port",
    "readinessProbe",
    "volumes",
    "resource",
    "routeAuthType",
    "routePublicKey",
    "requestQuota",
    "autoscaler",
    "services",
    "lifeCycle",
    "auxiliaryUsers",
];
const STATUS_FIELDS: &[&str] = &["desiredWorker", "readyWorker", "status"];
const VALUE_FIELDS: &[&str] = &["value", "valueFrom"];
const VALUE_FROM_FIELDS: &[&str] = &["secretKeyRef", "configMapKeyRef"];
const KEY_REF_FIELDS: &[&str] = &["name", "key"];
const PULL_SECRETS_FIELDS: &[&str] = &["username", "password"];
const MOUNT_FIELDS: &[&str] = &["name", "mountPath", "readOnly"];
const ENV_FIELDS: &[&str] = &["name", "envValue"];
const PATH_FIELDS: &[&str] = &["path"];
const PROBE_FIELDS: &[&str] = &["httpGet"];
const LIFECYCLE_FIELDS: &[&str] = &["postStart"];
const ACTION_FIELDS: &[&str] = &["httpGet", "httpPost", "exec"];
const EXEC_FIELDS: &[&str] = &["command"];
const SERVICE_FIELDS: &[&str] = &["port"];
const VOLUME_FIELDS: &[&str] = &[
    "name",
    "volume",
    "secret",
    "configMap",
    "combinedVolume",
    "sharedVolume",
];
const VOLUME_SOURCE_FIELDS: &[&str] = &["volume"];
const SECRET_SOURCE_FIELDS: &[&str] = &["secretName", "items"];
const CONFIGMAP_SOURCE_FIELDS: &[&str] = &["name", "items"];
const ITEM_FIELDS: &[&str] = &["key", "path"];
const COMBINED_FIELDS: &[&str] = &["volumes"];
const SHARED_FIELDS: &[&str] = &["sharedVolumeName"];
const RESOURCE_FIELDS: &[&str] = &["cpu", "memory", "gpu", "filters"];
const FILTER_FIELDS: &[&str] = &["gpu", "cpu", "regions", "cuda", "nvidia"];
const CPU_FIELDS: &[&str] = &["platforms", "models"];
const AUTOSCALER_FIELDS: &[&str] = &["scheduler", "builtin", "thirdParty", "container", "manual"];
const BUILTIN_FIELDS: &[&str] = &["name", "arguments", "decorators"];
const DECORATORS_FIELDS: &[&str] = &["arguments", "factors"];
const DECORATOR_ITEM_FIELDS: &[&str] = &["name", "arguments"];
const MANUAL_FIELDS: &[&str] = &["defaultWorkerNum"];
const CONTAINER_FIELDS: &[&str] = &[
    "image",
    "imagePullSecrets",
    "command",
    "port",
    "entryPath",
    "volumes",
];
const ENTRY_PATH_FIELDS: &[&str] = &["httpPost"];
const THIRD_PARTY_FIELDS: &[&str] = &["library", "arguments"];

/// `parent.key`, or `parent["odd key"]` when the key is not a plain word.
pub(crate) fn child(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => format!("{parent}[{}]", quote(key)),
    }
}

fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// Per map entry: the key text, the key node and the value node.
type EntryNodes<'a> = Vec<(String, &'a Node, &'a Node)>;

/// The mapping entries of one object, after unknown/duplicate key checks.
struct Fields<'a> {
    pos: Pos,
    path: String,
    entries: Vec<(&'static str, &'a Node)>,
}

impl<'a> Fields<'a> {
    /// The value of a field; an explicit `null` counts as absent (as in the
    /// reference, which reads every field with `obj.get(..)`).
    fn get(&self, name: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .filter(|v| !matches!(v.kind, Kind::Null))
    }
    fn path(&self, name: &str) -> String {
        child(&self.path, name)
    }
}

/// Levenshtein distance, for "did you mean" hints on short names (long
/// keys are never close to a field name, and are not worth the quadratic cost).
fn distance(a: &str, b: &str) -> usize {
    if a.chars().count() > 64 || b.chars().count() > 64 {
        return usize::MAX;
    }
    strsim::levenshtein(a, b)
}

fn suggestion(key: &str, known: &[&str]) -> Option<String> {
    let lower = key.to_ascii_lowercase();
    if let Some(k) = known.iter().find(|k| k.to_ascii_lowercase() == lower) {
        return Some((*k).to_string());
    }
    if key.len() >= 3 {
        if let Some(k) = known
            .iter()
            .find(|k| k.starts_with(key) || key.starts_with(**k))
        {
            return Some((*k).to_string());
        }
    }
    let best = known
        .iter()
        .map(|k| (distance(key, k), *k))
        .min_by_key(|(d, _)| *d)?;
    (best.0 <= 2 && best.0 < key.chars().count()).then(|| best.1.to_string())
}

fn unknown_key_message(object_path: &str, key: &str, known: &[&str]) -> String {
    let mut msg = format!("unknown field {}", quote(key));
    let in_env = object_path.starts_with("spec.env[") && !object_path.contains("envValue");
    if in_env && (key == "value" || key == "valueFrom") {
        msg.push_str(&format!(
            "; env entries take their value under envValue (envValue: {{{key}: ...}})"
        ));
    } else if let Some(s) = suggestion(key, known) {
        msg.push_str(&format!("; did you mean {s}?"));
    } else {
        msg.push_str(&format!("; expected one of: {}", known.join(", ")));
    }
    msg
}

fn is_dns_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

/// Kubernetes' rule for environment variable names.
fn is_env_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && !b[0].is_ascii_digit()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

/// Python `int(text)` for the integer arguments of the builtin autoscalers.
fn parse_int_argument(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        return None;
    }
    if digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    t.replace('_', "").parse().ok()
}

/// `match(<minute> <hour> <day> <month> <weekday>)` of the `time-match` decorator.
fn is_time_match_key(key: &str) -> bool {
    let Some(inner) = key.strip_prefix("match(").and_then(|k| k.strip_suffix(')')) else {
        return false;
    };
    let fields: Vec<&str> = inner.split(' ').collect();
    fields.len() == 5
        && fields.iter().all(|f| {
            !f.is_empty()
                && f.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'*' | b'/' | b'-'))
        })
}

/// Normalises a timestamp read from a manifest to RFC 3339. Accepts RFC 3339
/// and the CLI's own display form `%Y-%m-%dT%H:%M:%S%z` (so the output of
/// `app get -o yaml` can be fed back).
fn normalize_timestamp(s: &str) -> Option<String> {
    use chrono::{DateTime, SecondsFormat};
    let dt = DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%z"))
        .ok()?;
    Some(dt.to_rfc3339_opts(SecondsFormat::AutoSi, false))
}

/// A name in a set of duplicates: where each first appeared.
struct Seen {
    first: BTreeMap<String, Pos>,
}

impl Seen {
    fn new() -> Self {
        Seen {
            first: BTreeMap::new(),
        }
    }
    /// `Some(first position)` when `name` was seen before.
    fn add(&mut self, name: &str, pos: Pos) -> Option<Pos> {
        if let Some(p) = self.first.get(name) {
            return Some(*p);
        }
        self.first.insert(name.to_string(), pos);
        None
    }
}

impl Decoder {
    fn err(&mut self, pos: Pos, path: &str, message: impl Into<String>) {
        self.found.push(Found {
            level: Level::Structural,
            pos,
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn semantic(&mut self, pos: Pos, path: &str, message: impl Into<String>) {
        self.found.push(Found {
            level: Level::Semantic,
            pos,
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn type_err(&mut self, node: &Node, path: &str, expected: &str) {
        self.err(
            node.pos,
            path,
            format!("expected {expected}, found {}", node.describe()),
        );
    }

    fn missing(&mut self, f: &Fields, name: &str) {
        self.err(f.pos, &f.path(name), "missing required field");
    }

    /// The entries of a mapping whose keys are strings given once, with each
    /// key's path; non-string and duplicate keys are reported and skipped.
    fn unique_string_keys<'a>(
        &mut self,
        entries: &'a [(Node, Node)],
        path: &str,
    ) -> Vec<(&'a Node, &'a String, String, &'a Node)> {
        let mut seen = Seen::new();
        let mut out = Vec::new();
        for (k, v) in entries {
            let Kind::Str(key) = &k.kind else {
                self.err(
                    k.pos,
                    path,
                    format!("mapping keys must be strings, found {}", k.describe()),
                );
                continue;
            };
            let key_path = child(path, key);
            if let Some(first) = seen.add(key, k.pos) {
                self.err(
                    k.pos,
                    &key_path,
                    format!("duplicate key (first given at line {})", first.line),
                );
                continue;
            }
            out.push((k, key, key_path, v));
        }
        out
    }

    /// Checks a mapping's keys against `known`; reports non-string,
    /// unknown and duplicate keys.
    fn fields<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
        known: &[&'static str],
    ) -> Option<Fields<'a>> {
        let Kind::Map(entries) = &node.kind else {
            self.type_err(node, path, "a mapping");
            return None;
        };
        let mut out = Fields {
            pos: node.pos,
            path: path.to_string(),
            entries: Vec::new(),
        };
        for (k, key, key_path, v) in self.unique_string_keys(entries, path) {
            match known.iter().find(|n| **n == key.as_str()) {
                Some(name) => out.entries.push((name, v)),
                None => {
                    let msg = unknown_key_message(path, key, known);
                    self.err(k.pos, &key_path, msg);
                }
            }
        }
        Some(out)
    }

    fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.kind {
            Kind::Str(s) => Some(s.clone()),
            _ => {
                self.type_err(node, path, "a string");
                None
            }
        }
    }

    fn opt_string(&mut self, f: &Fields, name: &str) -> Option<String> {
        let node = f.get(name)?;
        self.string(node, &f.path(name))
    }

    /// A required string that must also be non-empty.
    fn required_string(&mut self, f: &Fields, name: &str) -> Option<String> {
        let Some(node) = f.get(name) else {
            self.missing(f, name);
            return None;
        };
        let s = self.string(node, &f.path(name))?;
        if s.trim().is_empty() {
            self.err(node.pos, &f.path(name), "must not be empty");
        }
        Some(s)
    }

    fn int32(&mut self, node: &Node, path: &str) -> Option<i32> {
        match &node.kind {
            Kind::Int(Some(v), _) => match i32::try_from(*v) {
                Ok(v) => Some(v),
                Err(_) => {
                    self.err(node.pos, path, format!("integer {v} is out of range"));
                    None
                }
            },
            Kind::Int(None, t) => {
                self.err(node.pos, path, format!("integer {t} is out of range"));
                None
            }
            _ => {
                self.type_err(node, path, "an integer");
                None
            }
        }
    }

    fn opt_int32(&mut self, f: &Fields, name: &str) -> Option<i32> {
        let node = f.get(name)?;
        self.int32(node, &f.path(name))
    }

    fn opt_bool(&mut self, f: &Fields, name: &str) -> Option<bool> {
        let node = f.get(name)?;
        match node.kind {
            Kind::Bool(b) => Some(b),
            _ => {
                self.type_err(node, &f.path(name), "a boolean");
                None
            }
        }
    }

    fn list<T>(
        &mut self,
        node: &Node,
        path: &str,
        mut item: impl FnMut(&mut Self, &Node, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Kind::Seq(items) = &node.kind else {
            self.type_err(node, path, "a list");
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, n) in items.iter().enumerate() {
            if let Some(v) = item(self, n, &index(path, i)) {
                out.push(v);
            }
        }
        Some(out)
    }

    fn string_list(&mut self, node: &Node, path: &str) -> Option<Vec<String>> {
        self.list(node, path, |d, n, p| d.string(n, p))
    }

    fn opt_string_list(&mut self, f: &Fields, name: &str) -> Option<Vec<String>> {
        let node = f.get(name)?;
        self.string_list(node, &f.path(name))
    }

    /// A mapping with string keys; values decoded by `value` (null values are
    /// reported). Returns the map and, per entry, the key and value nodes.
    fn string_map<'a, T>(
        &mut self,
        node: &'a Node,
        path: &str,
        mut value: impl FnMut(&mut Self, &Node, &str) -> Option<T>,
    ) -> Option<(OrderedMap<T>, EntryNodes<'a>)> {
        let Kind::Map(entries) = &node.kind else {
            self.type_err(node, path, "a mapping");
            return None;
        };
        let mut map = Vec::new();
        let mut nodes = Vec::new();
        for (k, key, p, v) in self.unique_string_keys(entries, path) {
            if let Some(t) = value(self, v, &p) {
                map.push((key.clone(), t));
                nodes.push((key.clone(), k, v));
            }
        }
        Some((map.into_iter().collect(), nodes))
    }

    fn labels(&mut self, node: &Node, path: &str) -> Option<Labels> {
        self.string_map(node, path, |d, n, p| d.string(n, p))
            .map(|(m, _)| m)
    }

    fn timestamp(&mut self, f: &Fields, name: &str) -> Option<String> {
        let node = f.get(name)?;
        let s = self.string(node, &f.path(name))?;
        if s.is_empty() {
            return None;
        }
        match normalize_timestamp(&s) {
            Some(t) => Some(t),
            None => {
                self.err(
                    node.pos,
                    &f.path(name),
                    format!("expected an RFC 3339 timestamp, found {}", quote(&s)),
                );
                None
            }
        }
    }

    /// An enum given by its short name (`PUBLIC`) or its wire name
    /// (`ROUTE_AUTH_TYPE_PUBLIC`); returns the wire name.
    fn enum_name(
        &mut self,
        f: &Fields,
        name: &str,
        prefix: &str,
        valid: &[&str],
    ) -> Option<String> {
        let node = f.get(name)?;
        let s = self.string(node, &f.path(name))?;
        let full = if s.starts_with(prefix) {
            s.clone()
        } else {
            format!("{prefix}{s}")
        };
        if valid.contains(&full.as_str()) {
            return Some(full);
        }
        let shorts: Vec<&str> = valid.iter().map(|v| &v[prefix.len()..]).collect();
        let mut msg = format!(
            "invalid value {}; expected one of: {}",
            quote(&s),
            shorts.join(", ")
        );
        let upper = s.to_ascii_uppercase();
        let upper_full = if upper.starts_with(prefix) {
            upper
        } else {
            format!("{prefix}{upper}")
        };
        if valid.contains(&upper_full.as_str()) {
            msg.push_str(&format!(" (upper case: {})", &upper_full[prefix.len()..]));
        }
        self.err(node.pos, &f.path(name), msg);
        None
    }

    // -----------------------------------------------------------------
    // Values
    // -----------------------------------------------------------------

    /// A Value: the object form or a bare scalar (shorthand).
    fn value(&mut self, node: &Node, path: &str) -> Option<Value> {
        match &node.kind {
            Kind::Str(s) => Some(Value::literal(s.clone())),
            Kind::Int(_, text) => Some(Value::literal(text.clone())),
            Kind::Float(f) => Some(Value::literal(python_float_text(*f))),
            Kind::Bool(b) => Some(Value::literal(python_bool_text(*b))),
            Kind::Null => {
                self.err(
                    node.pos,
                    path,
                    "expected a value (a scalar, {value: ...} or {valueFrom: ...}), found null",
                );
                None
            }
            Kind::Seq(_) => {
                self.type_err(
                    node,
                    path,
                    "a value (a scalar, {value: ...} or {valueFrom: ...})",
                );
                None
            }
            Kind::Map(_) => {
                let f = self.fields(node, path, VALUE_FIELDS)?;
                let value = self.opt_string(&f, "value");
                let value_from = match f.get("valueFrom") {
                    Some(n) => self.value_from(n, &f.path("valueFrom")),
                    None => None,
                };
                let has_value = f.get("value").is_some();
                let has_from = f.get("valueFrom").is_some();
                if has_value && has_from {
                    self.semantic(node.pos, path, "give either value or valueFrom, not both");
                } else if !has_value && !has_from {
                    self.semantic(node.pos, path, "needs value or valueFrom");
                }
                Some(Value { value, value_from })
            }
        }
    }

    fn value_from(&mut self, node: &Node, path: &str) -> Option<ValueFrom> {
        let f = self.fields(node, path, VALUE_FROM_FIELDS)?;
        let secret_key_ref = match f.get("secretKeyRef") {
            Some(n) => self.key_ref(n, &f.path("secretKeyRef")),
            None => None,
        };
        let config_map_key_ref = match f.get("configMapKeyRef") {
            Some(n) => self.key_ref(n, &f.path("configMapKeyRef")),
            None => None,
        };
        match (
            f.get("secretKeyRef").is_some(),
            f.get("configMapKeyRef").is_some(),
        ) {
            (true, true) => self.semantic(
                node.pos,
                path,
                "give either secretKeyRef or configMapKeyRef, not both",
            ),
            (false, false) => {
                self.semantic(node.pos, path, "needs secretKeyRef or configMapKeyRef")
            }
            _ => {}
        }
        Some(ValueFrom {
            secret_key_ref,
            config_map_key_ref,
        })
    }

    fn key_ref(&mut self, node: &Node, path: &str) -> Option<KeyRef> {
        let f = self.fields(node, path, KEY_REF_FIELDS)?;
        let name = self.opt_string(&f, "name");
        let key = self.opt_string(&f, "key");
        for (field, v) in [("name", &name), ("key", &key)] {
            if v.as_deref().is_none_or(|s| s.is_empty())
                && f.get(field).is_none_or(|n| matches!(n.kind, Kind::Str(_)))
            {
                self.semantic(node.pos, &f.path(field), "missing required field");
            }
        }
        Some(KeyRef { name, key })
    }

    fn opt_value(&mut self, f: &Fields, name: &str) -> Option<Value> {
        let node = f.get(name)?;
        self.value(node, &f.path(name))
    }

    fn arguments<'a>(&mut self, node: &'a Node, path: &str) -> Option<(Arguments, EntryNodes<'a>)> {
        self.string_map(node, path, |d, n, p| d.value(n, p))
    }

    fn image_pull_secrets(&mut self, node: &Node, path: &str) -> Option<ImagePullSecrets> {
        let f = self.fields(node, path, PULL_SECRETS_FIELDS)?;
        let username = self.opt_value(&f, "username");
        let password = self.opt_value(&f, "password");
        for field in PULL_SECRETS_FIELDS {
            if f.get(field).is_none() {
                self.semantic(f.pos, &f.path(field), "missing required field");
            }
        }
        Some(ImagePullSecrets { username, password })
    }

    // -----------------------------------------------------------------
    // Top level
    // -----------------------------------------------------------------

    pub(crate) fn app(&mut self, root: &Node) -> App {
        let mut app = App::default();
        let Some(f) = self.fields(root, "", TOP_FIELDS) else {
            return app;
        };
        match f.get("version") {
            None => self.err(
                f.pos,
                "version",
                format!("missing required field (must be {API_VERSION})"),
            ),
            Some(n) => {
                if let Some(v) = self.string(n, "version") {
                    if v != API_VERSION {
                        self.err(
                            n.pos,
                            "version",
                            format!("unsupported version {}; expected {API_VERSION}", quote(&v)),
                        );
                    }
                }
            }
        }
        match f.get("kind") {
            None => self.err(
                f.pos,
                "kind",
                format!("missing required field (must be {KIND_APP})"),
            ),
            Some(n) => {
                if let Some(k) = self.string(n, "kind") {
                    if k != KIND_APP {
                        self.err(
                            n.pos,
                            "kind",
                            format!("kind should be \"{KIND_APP}\", found {}", quote(&k)),
                        );
                    }
                }
            }
        }
        match f.get("metadata") {
            Some(n) => app.app_v1alpha1.metadata = self.metadata(n, "metadata"),
            None => self.missing(&f, "metadata"),
        }
        match f.get("spec") {
            Some(n) => app.app_v1alpha1.spec = self.spec(n, "spec"),
            None => self.missing(&f, "spec"),
        }
        if let Some(n) = f.get("status") {
            app.app_v1alpha1.status = self.status(n, "status");
        }
        app
    }

    fn metadata(&mut self, node: &Node, path: &str) -> Metadata {
        let mut md = Metadata::default();
        let Some(f) = self.fields(node, path, METADATA_FIELDS) else {
            return md;
        };
        if let Some(name) = self.required_string(&f, "name") {
            if !name.trim().is_empty() && !is_dns_label(&name) {
                let pos = f.get("name").map_or(f.pos, |n| n.pos);
                self.semantic(
                    pos,
                    &f.path("name"),
                    format!(
                        "invalid app name {}: must be a DNS-1123 label (at most 63 characters: \
                         lower-case letters, digits and '-', starting and ending with a letter or digit)",
                        quote(&name)
                    ),
                );
            }
            md.name = name;
        }
        let ns = self.opt_string(&f, "namespace").unwrap_or_default();
        if ns.is_empty() {
            md.namespace = Some(DEFAULT_NAMESPACE.to_string());
        } else {
            if !is_dns_label(&ns) {
                let pos = f.get("namespace").map_or(f.pos, |n| n.pos);
                self.semantic(
                    pos,
                    &f.path("namespace"),
                    format!(
                        "invalid namespace {}: must be a DNS-1123 label (at most 63 characters: \
                         lower-case letters, digits and '-', starting and ending with a letter or digit)",
                        quote(&ns)
                    ),
                );
            }
            md.namespace = Some(ns);
        }
        md.resource_version = self.opt_string(&f, "resourceVersion");
        md.uid = self.opt_string(&f, "uid");
        md.created_at = self.timestamp(&f, "createdAt");
        md.updated_at = self.timestamp(&f, "updatedAt");
        if let Some(n) = f.get("labels") {
            md.labels = self.labels(n, &f.path("labels"));
        }
        md
    }

    fn status(&mut self, node: &Node, path: &str) -> Option<AppStatus> {
        let f = self.fields(node, path, STATUS_FIELDS)?;
        Some(AppStatus {
            desired_worker: self.opt_int32(&f, "desiredWorker"),
            ready_worker: self.opt_int32(&f, "readyWorker"),
            status: self.enum_name(&f, "status", STATUS_PREFIX, APP_STATUSES),
        })
    }

    // -----------------------------------------------------------------
    // Spec
    // -----------------------------------------------------------------

    fn spec(&mut self, node: &Node, path: &str) -> AppSpec {
        let mut spec = AppSpec::default();
        let Some(f) = self.fields(node, path, SPEC_FIELDS) else {
            return spec;
        };
        match f.get("image") {
            None => self.err(
                f.pos,
                &f.path("image"),
                "missing required field (spec.image is required for manifest mode)",
            ),
            Some(n) => {
                if let Some(img) = self.string(n, &f.path("image")) {
                    if img.trim().is_empty() {
                        self.err(n.pos, &f.path("image"), "must not be empty");
                    }
                    spec.image = Some(img);
                }
            }
        }
        if let Some(n) = f.get("imagePullSecrets") {
            spec.image_pull_secrets = self.image_pull_secrets(n, &f.path("imagePullSecrets"));
        }

        let mut declared_volumes: BTreeSet<String> = BTreeSet::new();
        if let Some(n) = f.get("volumes") {
            spec.volumes = self.volumes(n, &f.path("volumes"), &mut declared_volumes);
        }
        if let Some(n) = f.get("volumeMounts") {
            let volumes_given = f.get("volumes").is_some();
            spec.volume_mounts =
                self.volume_mounts(n, &f.path("volumeMounts"), &declared_volumes, volumes_given);
        }
        if let Some(n) = f.get("env") {
            spec.env = self.env(n, &f.path("env"));
        }
        spec.command = self.opt_string_list(&f, "command");
        spec.port = self.port(&f, "port");
        if let Some(n) = f.get("readinessProbe") {
            spec.readiness_probe = self.probe(n, &f.path("readinessProbe"));
        }
        match f.get("resource") {
            Some(n) => spec.resource = self.resource(n, &f.path("resource")),
            None => {
                let hint = if let Some((_, n)) = f.entries.iter().find(|(k, _)| *k == "resource") {
                    n.pos
                } else {
                    f.pos
                };
                self.err(
                    hint,
                    &f.path("resource"),
                    "missing required field (cpu and memory)",
                );
            }
        }
        spec.route_auth_type = self.enum_name(
            &f,
            "routeAuthType",
            ROUTE_AUTH_TYPE_PREFIX,
            ROUTE_AUTH_TYPES,
        );
        spec.route_public_key = self.opt_string(&f, "routePublicKey");
        spec.request_quota = self.opt_int32(&f, "requestQuota");
        if let (Some(q), Some(n)) = (spec.request_quota, f.get("requestQuota")) {
            if q < 0 {
                self.semantic(n.pos, &f.path("requestQuota"), "must not be negative");
            }
        }
        if let Some(n) = f.get("autoscaler") {
            spec.autoscaler = self.autoscaler(n, &f.path("autoscaler"));
        }
        if let Some(n) = f.get("services") {
            spec.services = self.list(n, &f.path("services"), |d, n, p| {
                let f = d.fields(n, p, SERVICE_FIELDS)?;
                let port = d.port(&f, "port");
                if f.get("port").is_none() {
                    d.semantic(f.pos, &f.path("port"), "missing required field");
                }
                Some(Service { port })
            });
        }
        if let Some(n) = f.get("lifeCycle") {
            spec.life_cycle = self.life_cycle(n, &f.path("lifeCycle"));
        }
        spec.auxiliary_users = self.opt_string_list(&f, "auxiliaryUsers");
        spec
    }

    /// An int32 port, checked to be in 1..=65535 (semantic).
    fn port(&mut self, f: &Fields, name: &str) -> Option<i32> {
        let node = f.get(name)?;
        let port = self.int32(node, &f.path(name))?;
        if !(1..=65535).contains(&port) {
            self.semantic(
                node.pos,
                &f.path(name),
                format!("port {port} is out of range (1-65535)"),
            );
        }
        Some(port)
    }

    fn http_path(&mut self, node: &Node, path: &str) -> Option<HttpPath> {
        let f = self.fields(node, path, PATH_FIELDS)?;
        let p = self.opt_string(&f, "path");
        match (&p, f.get("path")) {
            (None, None) => self.semantic(f.pos, &f.path("path"), "missing required field"),
            (Some(s), Some(n)) if !s.starts_with('/') => {
                self.semantic(n.pos, &f.path("path"), "must start with '/'")
            }
            _ => {}
        }
        Some(HttpPath { path: p })
    }

    fn probe(&mut self, node: &Node, path: &str) -> Option<Probe> {
        let f = self.fields(node, path, PROBE_FIELDS)?;
        let http_get = match f.get("httpGet") {
            Some(n) => self.http_path(n, &f.path("httpGet")),
            None => {
                self.semantic(f.pos, &f.path("httpGet"), "missing required field");
                None
            }
        };
        Some(Probe { http_get })
    }

    fn life_cycle(&mut self, node: &Node, path: &str) -> Option<LifeCycle> {
        let f = self.fields(node, path, LIFECYCLE_FIELDS)?;
        let post_start = match f.get("postStart") {
            Some(n) => self.action(n, &f.path("postStart")),
            None => None,
        };
        Some(LifeCycle { post_start })
    }

    fn action(&mut self, node: &Node, path: &str) -> Option<Action> {
        let f = self.fields(node, path, ACTION_FIELDS)?;
        let http_get = match f.get("httpGet") {
            Some(n) => self.http_path(n, &f.path("httpGet")),
            None => None,
        };
        let http_post = match f.get("httpPost") {
            Some(n) => self.http_path(n, &f.path("httpPost")),
            None => None,
        };
        let exec = match f.get("exec") {
            Some(n) => {
                let ef = self.fields(n, &f.path("exec"), EXEC_FIELDS);
                ef.map(|ef| {
                    let command = self.opt_string_list(&ef, "command");
                    if command.as_ref().is_none_or(|c| c.is_empty())
                        && ef
                            .get("command")
                            .is_none_or(|c| matches!(c.kind, Kind::Seq(_)))
                    {
                        self.semantic(ef.pos, &ef.path("command"), "missing required field");
                    }
                    ExecAction { command }
                })
            }
            None => None,
        };
        let given = ACTION_FIELDS.iter().filter(|k| f.get(k).is_some()).count();
        if given != 1 {
            self.semantic(f.pos, path, "needs exactly one of httpGet, httpPost, exec");
        }
        Some(Action {
            http_get,
            http_post,
            exec,
        })
    }

    fn env(&mut self, node: &Node, path: &str) -> Option<Vec<EnvVar>> {
        let mut seen = Seen::new();
        self.list(node, path, |d, n, p| {
            let f = d.fields(n, p, ENV_FIELDS)?;
            let name = d.opt_string(&f, "name");
            match (&name, f.get("name")) {
                (None, None) => d.semantic(f.pos, &f.path("name"), "missing required field"),
                (Some(s), Some(nn)) => {
                    if !is_env_name(s) {
                        d.semantic(
                            nn.pos,
                            &f.path("name"),
                            format!(
                                "invalid environment variable name {}: use letters, digits, '_', '-' \
                                 or '.', not starting with a digit",
                                quote(s)
                            ),
                        );
                    } else if let Some(first) = seen.add(s, nn.pos) {
                        d.semantic(
                            nn.pos,
                            &f.path("name"),
                            format!(
                                "duplicate environment variable {} (first defined at line {})",
                                quote(s),
                                first.line
                            ),
                        );
                    }
                }
                _ => {}
            }
            let env_value = d.opt_value(&f, "envValue");
            if f.get("envValue").is_none() {
                d.semantic(f.pos, &f.path("envValue"), "missing required field");
            }
            Some(EnvVar { name, env_value })
        })
    }

    fn volumes(
        &mut self,
        node: &Node,
        path: &str,
        declared: &mut BTreeSet<String>,
    ) -> Option<Vec<AppVolume>> {
        let mut seen = Seen::new();
        self.list(node, path, |d, n, p| {
            let v = d.volume(n, p)?;
            if let Some(name_node) = volume_name_node(n) {
                if !v.name.is_empty() {
                    if let Some(first) = seen.add(&v.name, name_node.pos) {
                        d.semantic(
                            name_node.pos,
                            &child(p, "name"),
                            format!(
                                "duplicate volume name {} (first defined at line {})",
                                quote(&v.name),
                                first.line
                            ),
                        );
                    }
                    declared.insert(v.name.clone());
                }
            }
            Some(v)
        })
    }

    fn volume(&mut self, node: &Node, path: &str) -> Option<AppVolume> {
        let f = self.fields(node, path, VOLUME_FIELDS)?;
        let name = self.required_string(&f, "name").unwrap_or_default();
        let mut v = AppVolume {
            name,
            ..Default::default()
        };
        if let Some(n) = f.get("volume") {
            v.volume = self.volume_source(n, &f.path("volume"));
        }
        if let Some(n) = f.get("secret") {
            let p = f.path("secret");
            if let Some(sf) = self.fields(n, &p, SECRET_SOURCE_FIELDS) {
                let secret_name = self.opt_string(&sf, "secretName");
                if secret_name.as_deref().is_none_or(str::is_empty)
                    && sf
                        .get("secretName")
                        .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    self.semantic(sf.pos, &sf.path("secretName"), "missing required field");
                }
                let items = self.items(&sf);
                v.secret = Some(SecretSource { secret_name, items });
            }
        }
        if let Some(n) = f.get("configMap") {
            let p = f.path("configMap");
            if let Some(cf) = self.fields(n, &p, CONFIGMAP_SOURCE_FIELDS) {
                let name = self.opt_string(&cf, "name");
                if name.as_deref().is_none_or(str::is_empty)
                    && cf
                        .get("name")
                        .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    self.semantic(cf.pos, &cf.path("name"), "missing required field");
                }
                let items = self.items(&cf);
                v.config_map = Some(ConfigMapSource { name, items });
            }
        }
        if let Some(n) = f.get("combinedVolume") {
            let p = f.path("combinedVolume");
            if let Some(cf) = self.fields(n, &p, COMBINED_FIELDS) {
                let volumes = match cf.get("volumes") {
                    Some(vn) => {
                        let vp = cf.path("volumes");
                        self.list(vn, &vp, |d, n, p| d.volume_source(n, p))
                    }
                    None => None,
                };
                if volumes.as_ref().is_none_or(|v| v.is_empty())
                    && cf
                        .get("volumes")
                        .is_none_or(|x| matches!(x.kind, Kind::Seq(_)))
                {
                    self.semantic(cf.pos, &cf.path("volumes"), "needs at least one volume");
                }
                v.combined_volume = Some(CombinedVolumeSource { volumes });
            }
        }
        if let Some(n) = f.get("sharedVolume") {
            let p = f.path("sharedVolume");
            if let Some(sf) = self.fields(n, &p, SHARED_FIELDS) {
                let shared_volume_name = self.opt_string(&sf, "sharedVolumeName");
                if shared_volume_name.as_deref().is_none_or(str::is_empty)
                    && sf
                        .get("sharedVolumeName")
                        .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    self.semantic(
                        sf.pos,
                        &sf.path("sharedVolumeName"),
                        "missing required field",
                    );
                }
                v.shared_volume = Some(SharedVolumeSource { shared_volume_name });
            }
        }
        let sources = [
            "volume",
            "secret",
            "configMap",
            "combinedVolume",
            "sharedVolume",
        ];
        let given = sources.iter().filter(|s| f.get(s).is_some()).count();
        if given != 1 {
            self.semantic(
                f.pos,
                path,
                format!(
                    "needs exactly one source ({}), found {given}",
                    sources.join(", ")
                ),
            );
        }
        Some(v)
    }

    fn volume_source(&mut self, node: &Node, path: &str) -> Option<VolumeSource> {
        let f = self.fields(node, path, VOLUME_SOURCE_FIELDS)?;
        let volume = self.opt_string(&f, "volume");
        if volume.as_deref().is_none_or(str::is_empty)
            && f.get("volume")
                .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
        {
            self.semantic(f.pos, &f.path("volume"), "missing required field");
        }
        Some(VolumeSource { volume })
    }

    fn items(&mut self, f: &Fields) -> Option<Vec<KeyToPath>> {
        let node = f.get("items")?;
        self.list(node, &f.path("items"), |d, n, p| {
            let f = d.fields(n, p, ITEM_FIELDS)?;
            let key = d.opt_string(&f, "key");
            let path = d.opt_string(&f, "path");
            for (field, v) in [("key", &key), ("path", &path)] {
                if v.as_deref().is_none_or(str::is_empty)
                    && f.get(field).is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    d.semantic(f.pos, &f.path(field), "missing required field");
                }
            }
            Some(KeyToPath { key, path })
        })
    }

    fn volume_mounts(
        &mut self,
        node: &Node,
        path: &str,
        declared: &BTreeSet<String>,
        volumes_given: bool,
    ) -> Option<Vec<VolumeMount>> {
        let mut paths = Seen::new();
        self.list(node, path, |d, n, p| {
            let f = d.fields(n, p, MOUNT_FIELDS)?;
            let name = d.required_string(&f, "name").unwrap_or_default();
            if let Some(nn) = f.get("name") {
                if !name.is_empty() && !declared.contains(&name) {
                    let msg = if volumes_given {
                        format!("volume {} is not declared in spec.volumes", quote(&name))
                    } else {
                        format!(
                            "volume {} is not declared (spec.volumes is missing)",
                            quote(&name)
                        )
                    };
                    d.semantic(nn.pos, &f.path("name"), msg);
                }
            }
            let mount_path = d.opt_string(&f, "mountPath");
            match (&mount_path, f.get("mountPath")) {
                (None, None) => d.semantic(f.pos, &f.path("mountPath"), "missing required field"),
                (Some(mp), Some(mn)) => {
                    if !mp.starts_with('/') {
                        d.semantic(mn.pos, &f.path("mountPath"), "must be an absolute path");
                    } else if let Some(first) = paths.add(mp.trim_end_matches('/'), mn.pos) {
                        d.semantic(
                            mn.pos,
                            &f.path("mountPath"),
                            format!(
                                "mount path {} is already used (line {})",
                                quote(mp),
                                first.line
                            ),
                        );
                    }
                }
                _ => {}
            }
            let read_only = d.opt_bool(&f, "readOnly");
            Some(VolumeMount {
                name,
                mount_path,
                read_only,
            })
        })
    }

    fn resource(&mut self, node: &Node, path: &str) -> Resource {
        let mut r = Resource::default();
        let Some(f) = self.fields(node, path, RESOURCE_FIELDS) else {
            return r;
        };
        match f.get("cpu") {
            None => self.missing(&f, "cpu"),
            Some(n) => {
                if let Some(cpu) = self.int32(n, &f.path("cpu")) {
                    if cpu < 1 {
                        self.semantic(n.pos, &f.path("cpu"), "must be at least 1");
                    }
                    r.cpu = cpu;
                }
            }
        }
        match f.get("memory") {
            None => self.missing(&f, "memory"),
            Some(n) => {
                if let Some(mem) = self.string(n, &f.path("memory")) {
                    match super::parse_memory(&mem) {
                        Ok(0) => self.semantic(n.pos, &f.path("memory"), "must be more than 0 B"),
                        Ok(_) => {}
                        Err(e) => self.semantic(n.pos, &f.path("memory"), e),
                    }
                    r.memory = mem;
                }
            }
        }
        r.gpu = self.opt_int32(&f, "gpu");
        if let (Some(g), Some(n)) = (r.gpu, f.get("gpu")) {
            if g < 0 {
                self.semantic(n.pos, &f.path("gpu"), "must not be negative");
            }
        }
        if let Some(n) = f.get("filters") {
            let p = f.path("filters");
            if let Some(ff) = self.fields(n, &p, FILTER_FIELDS) {
                let cpu = match ff.get("cpu") {
                    Some(cn) => {
                        let cp = ff.path("cpu");
                        self.fields(cn, &cp, CPU_FIELDS).map(|cf| CpuConstraint {
                            platforms: self.opt_string_list(&cf, "platforms"),
                            models: self.opt_string_list(&cf, "models"),
                        })
                    }
                    None => None,
                };
                r.filters = Some(ResourceFilter {
                    gpu: self.opt_string_list(&ff, "gpu"),
                    cpu,
                    regions: self.opt_string_list(&ff, "regions"),
                    cuda: self.opt_string(&ff, "cuda"),
                    nvidia: self.opt_string(&ff, "nvidia"),
                });
            }
        }
        r
    }

    // -----------------------------------------------------------------
    // Autoscaler
    // -----------------------------------------------------------------

    fn autoscaler(&mut self, node: &Node, path: &str) -> Option<Autoscaler> {
        let f = self.fields(node, path, AUTOSCALER_FIELDS)?;
        let mut a = Autoscaler {
            scheduler: self.opt_string(&f, "scheduler"),
            ..Default::default()
        };
        if let Some(n) = f.get("builtin") {
            a.builtin = self.builtin(n, &f.path("builtin"));
            if let (Some(s), Some(sn)) = (&a.scheduler, f.get("scheduler")) {
                if s != SCHEDULER_QUEUE {
                    self.semantic(
                        sn.pos,
                        &f.path("scheduler"),
                        format!(
                            "the builtin autoscalers use scheduler {SCHEDULER_QUEUE}, found {}",
                            quote(s)
                        ),
                    );
                }
            }
        }
        if let Some(n) = f.get("thirdParty") {
            let p = f.path("thirdParty");
            if let Some(tf) = self.fields(n, &p, THIRD_PARTY_FIELDS) {
                let library = self.opt_string(&tf, "library");
                if tf.get("library").is_none() {
                    self.semantic(tf.pos, &tf.path("library"), "missing required field");
                }
                let arguments = match tf.get("arguments") {
                    Some(an) => self.arguments(an, &tf.path("arguments")).map(|(m, _)| m),
                    None => None,
                };
                a.third_party = Some(ThirdPartyScaler { library, arguments });
            }
        }
        if let Some(n) = f.get("container") {
            a.container = self.container(n, &f.path("container"));
        }
        if let Some(n) = f.get("manual") {
            let p = f.path("manual");
            if let Some(mf) = self.fields(n, &p, MANUAL_FIELDS) {
                let default_worker_num = self.opt_int32(&mf, "defaultWorkerNum");
                match (default_worker_num, mf.get("defaultWorkerNum")) {
                    (Some(v), Some(vn)) if v < 0 => {
                        self.semantic(vn.pos, &mf.path("defaultWorkerNum"), "must not be negative")
                    }
                    (None, None) => self.semantic(
                        mf.pos,
                        &mf.path("defaultWorkerNum"),
                        "missing required field",
                    ),
                    _ => {}
                }
                a.manual = Some(ManualScaler { default_worker_num });
            }
        }
        let policies = ["builtin", "manual", "container", "thirdParty"];
        let given = policies.iter().filter(|k| f.get(k).is_some()).count();
        if given != 1 {
            self.semantic(
                f.pos,
                path,
                format!(
                    "needs exactly one policy ({}), found {given}",
                    policies.join(", ")
                ),
            );
        }
        Some(a)
    }

    fn builtin(&mut self, node: &Node, path: &str) -> Option<BuiltinScaler> {
        let f = self.fields(node, path, BUILTIN_FIELDS)?;
        let name = self.opt_string(&f, "name");
        let known_args = match (&name, f.get("name")) {
            (None, None) => {
                self.semantic(
                    f.pos,
                    &f.path("name"),
                    format!("missing required field ({BUILTIN_SIMPLE} or {BUILTIN_FREE_WORKER})"),
                );
                None
            }
            (Some(n), Some(nn)) => {
                let args = builtin_arguments(n);
                if args.is_none() {
                    self.semantic(
                        nn.pos,
                        &f.path("name"),
                        format!(
                            "unknown builtin autoscaler {}; expected {BUILTIN_SIMPLE} or {BUILTIN_FREE_WORKER}",
                            quote(n)
                        ),
                    );
                }
                args
            }
            _ => None,
        };
        let arguments = match f.get("arguments") {
            Some(an) => {
                let ap = f.path("arguments");
                let (args, nodes) = self.arguments(an, &ap)?;
                self.check_builtin_arguments(&args, &nodes, &ap, name.as_deref(), known_args);
                Some(args)
            }
            None => None,
        };
        let decorators = match f.get("decorators") {
            Some(dn) => self.decorators(dn, &f.path("decorators")),
            None => None,
        };
        Some(BuiltinScaler {
            name,
            arguments,
            decorators,
        })
    }

    fn check_builtin_arguments(
        &mut self,
        args: &Arguments,
        nodes: &[(String, &Node, &Node)],
        path: &str,
        policy: Option<&str>,
        known: Option<&[(&str, i64)]>,
    ) {
        let mut literal: BTreeMap<String, (i64, Pos)> = BTreeMap::new();
        for (key, knode, vnode) in nodes {
            let p = child(path, key);
            if let (Some(policy), Some(known)) = (policy, known) {
                if !known.iter().any(|(k, _)| k == key) {
                    let names: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
                    let mut msg = format!(
                        "unknown argument {} for the {policy} autoscaler; expected one of: {}",
                        quote(key),
                        names.join(", ")
                    );
                    if let Some(s) = suggestion(key, &names) {
                        msg = format!(
                            "unknown argument {} for the {policy} autoscaler; did you mean {s}?",
                            quote(key)
                        );
                    }
                    self.semantic(knode.pos, &p, msg);
                    continue;
                }
            }
            if let Some(text) = args.get(key).and_then(Value::as_literal) {
                match parse_int_argument(text) {
                    None => self.semantic(
                        vnode.pos,
                        &p,
                        format!("expected an integer, found {}", quote(text)),
                    ),
                    Some(v) if v < 0 => self.semantic(vnode.pos, &p, "must not be negative"),
                    Some(v) => {
                        literal.insert(key.clone(), (v, vnode.pos));
                    }
                }
            }
        }
        if let (Some((min, _)), Some((max, pos))) =
            (literal.get("min_workers"), literal.get("max_workers"))
        {
            if min > max {
                self.semantic(
                    *pos,
                    &child(path, "max_workers"),
                    format!("max_workers ({max}) is less than min_workers ({min})"),
                );
            }
        }
    }

    fn decorators(&mut self, node: &Node, path: &str) -> Option<Decorators> {
        let f = self.fields(node, path, DECORATORS_FIELDS)?;
        let mut out = Decorators::default();
        for (field, known) in [
            ("arguments", ARGUMENT_DECORATORS),
            ("factors", FACTOR_DECORATORS),
        ] {
            let Some(n) = f.get(field) else { continue };
            let items = self.list(n, &f.path(field), |d, n, p| d.decorator_item(n, p, known));
            if field == "arguments" {
                out.arguments = items;
            } else {
                out.factors = items;
            }
        }
        Some(out)
    }

    fn decorator_item(&mut self, node: &Node, path: &str, known: &[&str]) -> Option<DecoratorItem> {
        let f = self.fields(node, path, DECORATOR_ITEM_FIELDS)?;
        let name = self.opt_string(&f, "name");
        match (&name, f.get("name")) {
            (None, None) => self.semantic(f.pos, &f.path("name"), "missing required field"),
            (Some(n), Some(nn)) if !known.contains(&n.as_str()) => self.semantic(
                nn.pos,
                &f.path("name"),
                format!(
                    "unknown decorator {}; expected one of: {}",
                    quote(n),
                    known.join(", ")
                ),
            ),
            _ => {}
        }
        let arguments = match f.get("arguments") {
            Some(an) => {
                let ap = f.path("arguments");
                let (args, nodes) = self.arguments(an, &ap)?;
                for (key, knode, vnode) in &nodes {
                    let p = child(&ap, key);
                    match name.as_deref() {
                        Some("average") => {
                            if key != "used_histories" {
                                self.semantic(
                                    knode.pos,
                                    &p,
                                    format!(
                                        "unknown argument {} for the average decorator; expected used_histories",
                                        quote(key)
                                    ),
                                );
                            } else if let Some(t) = args.get(key).and_then(Value::as_literal) {
                                if parse_int_argument(t).is_none_or(|v| v < 0) {
                                    self.semantic(
                                        vnode.pos,
                                        &p,
                                        format!(
                                            "expected a non-negative integer, found {}",
                                            quote(t)
                                        ),
                                    );
                                }
                            }
                        }
                        Some("time-match")
                            if key.starts_with("match") && !is_time_match_key(key) =>
                        {
                            self.semantic(
                                knode.pos,
                                &p,
                                "expected match(<minute> <hour> <day> <month> <weekday>)",
                            );
                        }
                        _ => {}
                    }
                }
                Some(args)
            }
            None => None,
        };
        Some(DecoratorItem { name, arguments })
    }

    fn container(&mut self, node: &Node, path: &str) -> Option<ContainerScaler> {
        let f = self.fields(node, path, CONTAINER_FIELDS)?;
        let image = self.opt_string(&f, "image");
        if image.as_deref().is_none_or(str::is_empty)
            && f.get("image")
                .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
        {
            self.semantic(f.pos, &f.path("image"), "missing required field");
        }
        let image_pull_secrets = match f.get("imagePullSecrets") {
            Some(n) => self.image_pull_secrets(n, &f.path("imagePullSecrets")),
            None => None,
        };
        let entry_path = match f.get("entryPath") {
            Some(n) => {
                let p = f.path("entryPath");
                self.fields(n, &p, ENTRY_PATH_FIELDS).map(|ef| EntryPath {
                    http_post: ef
                        .get("httpPost")
                        .and_then(|hn| self.http_path(hn, &ef.path("httpPost"))),
                })
            }
            None => None,
        };
        let volumes = match f.get("volumes") {
            Some(n) => {
                let mut declared = BTreeSet::new();
                self.volumes(n, &f.path("volumes"), &mut declared)
            }
            None => None,
        };
        Some(ContainerScaler {
            image,
            image_pull_secrets,
            command: self.opt_string_list(&f, "command"),
            port: self.port(&f, "port"),
            entry_path,
            volumes,
        })
    }
}

/// The `name` node of a volume mapping, if present and a string.
fn volume_name_node(node: &Node) -> Option<&Node> {
    let Kind::Map(entries) = &node.kind else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == "name"))
        .map(|(_, v)| v)
        .filter(|v| matches!(v.kind, Kind::Str(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert!(is_dns_label("get-start"));
        assert!(is_dns_label("a1"));
        assert!(!is_dns_label("Get-start"));
        assert!(!is_dns_label("-a"));
        assert!(!is_dns_label("a-"));
        assert!(!is_dns_label("a_b"));
        assert!(!is_dns_label(&"a".repeat(64)));
        assert!(is_dns_label(&"a".repeat(63)));
        assert!(is_env_name("LOG_LEVEL"));
        assert!(is_env_name("my.var-1"));
        assert!(!is_env_name("1X"));
        assert!(!is_env_name("A=B"));
        assert!(!is_env_name(""));
        assert_eq!(parse_int_argument(" 5 "), Some(5));
        assert_eq!(parse_int_argument("+5"), Some(5));
        assert_eq!(parse_int_argument("1_000"), Some(1000));
        assert_eq!(parse_int_argument("5.0"), None);
        assert_eq!(parse_int_argument("five"), None);
        assert!(is_time_match_key("match(* 9-22 * * 1-5)"));
        assert!(!is_time_match_key("match(* 9-22 * *)"));
        assert_eq!(child("", "spec"), "spec");
        assert_eq!(
            child("metadata.labels", "app.kubernetes.io/name"),
            "metadata.labels[\"app.kubernetes.io/name\"]"
        );
        assert_eq!(
            suggestion("resources", SPEC_FIELDS).as_deref(),
            Some("resource")
        );
        assert_eq!(suggestion("Image", SPEC_FIELDS).as_deref(), Some("image"));
        assert_eq!(
            normalize_timestamp("2024-06-18T04:21:37+0000").as_deref(),
            Some("2024-06-18T04:21:37+00:00")
        );
        assert_eq!(
            normalize_timestamp("2024-10-02T07:12:40.118Z").as_deref(),
            Some("2024-10-02T07:12:40.118+00:00")
        );
        assert_eq!(normalize_timestamp("yesterday"), None);
    }
}
