//! Reading typed values out of the positioned YAML tree: objects with known
//! fields, strings, integers, lists, maps, enum names, timestamps and Values,
//! each problem recorded with its position and field path.

use super::*;

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

pub(super) fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// Per map entry: the key text, the key node and the value node.
pub(super) type EntryNodes<'a> = Vec<(String, &'a Node, &'a Node)>;

/// The mapping entries of one object, after unknown/duplicate key checks.
pub(super) struct Fields<'a> {
    pub(super) pos: Pos,
    pub(super) path: String,
    pub(super) entries: Vec<(&'static str, &'a Node)>,
}

impl<'a> Fields<'a> {
    /// The value of a field; an explicit `null` counts as absent (as in the
    /// reference, which reads every field with `obj.get(..)`).
    pub(super) fn get(&self, name: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .filter(|v| !matches!(v.kind, Kind::Null))
    }
    pub(super) fn path(&self, name: &str) -> String {
        child(&self.path, name)
    }
}

/// Normalises a timestamp read from a manifest to RFC 3339. Accepts RFC 3339
/// and the CLI's own display form `%Y-%m-%dT%H:%M:%S%z` (so the output of
/// `app get -o yaml` can be fed back).
pub(super) fn normalize_timestamp(s: &str) -> Option<String> {
    use chrono::{DateTime, SecondsFormat};
    let dt = DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%z"))
        .ok()?;
    Some(dt.to_rfc3339_opts(SecondsFormat::AutoSi, false))
}

/// A name in a set of duplicates: where each first appeared.
pub(super) struct Seen {
    first: BTreeMap<String, Pos>,
}

impl Seen {
    pub(super) fn new() -> Self {
        Seen {
            first: BTreeMap::new(),
        }
    }
    /// `Some(first position)` when `name` was seen before.
    pub(super) fn add(&mut self, name: &str, pos: Pos) -> Option<Pos> {
        if let Some(p) = self.first.get(name) {
            return Some(*p);
        }
        self.first.insert(name.to_string(), pos);
        None
    }
}

impl Decoder {
    pub(super) fn err(&mut self, pos: Pos, path: &str, message: impl Into<String>) {
        self.found.push(Found {
            level: Level::Structural,
            pos,
            path: path.to_string(),
            message: message.into(),
        });
    }

    pub(super) fn semantic(&mut self, pos: Pos, path: &str, message: impl Into<String>) {
        self.found.push(Found {
            level: Level::Semantic,
            pos,
            path: path.to_string(),
            message: message.into(),
        });
    }

    pub(super) fn type_err(&mut self, node: &Node, path: &str, expected: &str) {
        self.err(
            node.pos,
            path,
            format!("expected {expected}, found {}", node.describe()),
        );
    }

    pub(super) fn missing(&mut self, f: &Fields, name: &str) {
        self.err(f.pos, &f.path(name), "missing required field");
    }

    /// The entries of a mapping whose keys are strings given once, with each
    /// key's path; non-string and duplicate keys are reported and skipped.
    pub(super) fn unique_string_keys<'a>(
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
    pub(super) fn fields<'a>(
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

    pub(super) fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.kind {
            Kind::Str(s) => Some(s.clone()),
            _ => {
                self.type_err(node, path, "a string");
                None
            }
        }
    }

    pub(super) fn opt_string(&mut self, f: &Fields, name: &str) -> Option<String> {
        let node = f.get(name)?;
        self.string(node, &f.path(name))
    }

    /// A required string that must also be non-empty.
    pub(super) fn required_string(&mut self, f: &Fields, name: &str) -> Option<String> {
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

    pub(super) fn int32(&mut self, node: &Node, path: &str) -> Option<i32> {
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

    pub(super) fn opt_int32(&mut self, f: &Fields, name: &str) -> Option<i32> {
        let node = f.get(name)?;
        self.int32(node, &f.path(name))
    }

    pub(super) fn opt_bool(&mut self, f: &Fields, name: &str) -> Option<bool> {
        let node = f.get(name)?;
        match node.kind {
            Kind::Bool(b) => Some(b),
            _ => {
                self.type_err(node, &f.path(name), "a boolean");
                None
            }
        }
    }

    pub(super) fn list<T>(
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

    pub(super) fn string_list(&mut self, node: &Node, path: &str) -> Option<Vec<String>> {
        self.list(node, path, |d, n, p| d.string(n, p))
    }

    pub(super) fn opt_string_list(&mut self, f: &Fields, name: &str) -> Option<Vec<String>> {
        let node = f.get(name)?;
        self.string_list(node, &f.path(name))
    }

    /// A mapping with string keys; values decoded by `value` (null values are
    /// reported). Returns the map and, per entry, the key and value nodes.
    pub(super) fn string_map<'a, T>(
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

    pub(super) fn labels(&mut self, node: &Node, path: &str) -> Option<Labels> {
        self.string_map(node, path, |d, n, p| d.string(n, p))
            .map(|(m, _)| m)
    }

    pub(super) fn timestamp(&mut self, f: &Fields, name: &str) -> Option<String> {
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
    pub(super) fn enum_name(
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
    pub(super) fn value(&mut self, node: &Node, path: &str) -> Option<Value> {
        match &node.kind {
            Kind::Str(s) => Some(Value::literal(s.clone())),
            Kind::Int(_, text) => Some(Value::literal(text.clone())),
            Kind::Float(f) => Some(Value::literal(crate::pycompat::float_repr(*f))),
            Kind::Bool(b) => Some(Value::literal(crate::pycompat::python_bool(*b))),
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

    pub(super) fn value_from(&mut self, node: &Node, path: &str) -> Option<ValueFrom> {
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

    pub(super) fn key_ref(&mut self, node: &Node, path: &str) -> Option<KeyRef> {
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

    pub(super) fn opt_value(&mut self, f: &Fields, name: &str) -> Option<Value> {
        let node = f.get(name)?;
        self.value(node, &f.path(name))
    }

    pub(super) fn arguments<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
    ) -> Option<(Arguments, EntryNodes<'a>)> {
        self.string_map(node, path, |d, n, p| d.value(n, p))
    }
}
