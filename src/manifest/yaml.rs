//! A positioned YAML tree built from serde-saphyr's event parser
//! (`serde_saphyr::granit_parser`), with PyYAML's YAML 1.1 scalar
//! resolution (the reference reads manifests with `yaml.safe_load`).
//!
//! Why not `serde_saphyr::from_str` into typed structs: the manifest layer
//! must tell a quoted `"2"` from a plain `2` (strict types), keep every
//! node's line/column for every problem, report *all* problems, and resolve
//! plain scalars exactly like PyYAML (`yes`/`on` are booleans but `y`/`n`
//! are strings, `010` is octal 8, `1:30` is 90, ...). The event parser gives
//! us the scalar style, tags and spans; the rest is done here.
//!
//! Limits (so no input can exhaust memory or the stack): nesting depth is
//! bounded by the parser and again here (aliases included), and what the
//! tree holds, alias expansions and anchor copies included, is bounded by a
//! node budget and a byte budget. A small file with one large anchored
//! string and many aliases of it is refused as soon as the copies would
//! pass the byte budget, instead of being expanded.
//!
//! Every YAML document the CLI reads goes through [`parse`]: manifests, and
//! configmap/secret `-f` files through [`parse_json`].

use crate::pycompat::yaml11::{
    construct_bool, construct_float, construct_int, implicit_tag, Implicit,
};
use serde_saphyr::granit_parser::{Event, Options, Parser, ScalarStyle, ScanError, Span, Tag};
use std::collections::{HashMap, HashSet};

/// Maximum nesting depth of the tree, aliases included.
const MAX_DEPTH: usize = 128;
/// Maximum number of nodes, alias expansions and anchor copies included.
const MAX_NODES: usize = 200_000;
/// Maximum bytes of scalar text, alias expansions and anchor copies
/// included (an input of 1 MB without aliases holds at most 1 MB).
const MAX_BYTES: usize = 16 << 20;

/// 1-based line and column of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    /// `None` when the value does not fit in an i128; `text` is Python's `str()`.
    Int(Option<i128>, String),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub kind: Kind,
    pub pos: Pos,
    /// Number of nodes in this subtree (for the alias budget).
    size: usize,
    /// Bytes of scalar text in this subtree (for the alias budget).
    bytes: usize,
    /// Height of this subtree (for the depth limit).
    height: usize,
}

impl Node {
    fn leaf(kind: Kind, pos: Pos) -> Node {
        let bytes = match &kind {
            Kind::Str(text) | Kind::Int(_, text) => text.len(),
            _ => 0,
        };
        Node {
            kind,
            pos,
            size: 1,
            bytes,
            height: 1,
        }
    }

    /// A short description for "expected X, found Y" messages.
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Null => "null".to_string(),
            Kind::Bool(b) => format!("a boolean ({})", if *b { "true" } else { "false" }),
            Kind::Int(_, t) => format!("an integer ({t})"),
            Kind::Float(f) => format!("a number ({})", crate::pycompat::float_repr(*f)),
            Kind::Str(s) => format!("a string {}", quote(s)),
            Kind::Seq(_) => "a list".to_string(),
            Kind::Map(_) => "a mapping".to_string(),
        }
    }
}

/// `"text"` with JSON escaping, shortened when long.
pub(crate) fn quote(s: &str) -> String {
    let shown: String = if s.chars().count() > 60 {
        let mut t: String = s.chars().take(57).collect();
        t.push_str("...");
        t
    } else {
        s.to_string()
    };
    serde_json::to_string(&shown).unwrap_or_else(|_| format!("\"{shown}\""))
}

/// A YAML-level failure: syntax error, several documents, limits.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {}, column {}: {message}", pos.line, pos.col)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

fn pos_of(span: &Span) -> Pos {
    Pos {
        line: span.start.line(),
        col: span.start.col() + 1,
    }
}

fn scan_error(e: &ScanError) -> YamlError {
    let mut info = e.info();
    if info.is_empty() {
        info = "syntax error".to_string();
    }
    YamlError {
        pos: Pos {
            line: e.marker().line(),
            col: e.marker().col() + 1,
        },
        message: format!("invalid YAML: {info}"),
    }
}

enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
    },
}

/// Parses one YAML document. `Ok(None)` for an empty stream (no document or
/// only comments).
pub(crate) fn parse(text: &str) -> Result<Option<Node>, YamlError> {
    let mut options = Options::default();
    options.flow_nesting_limit = 64;
    options.block_nesting_limit = 64;
    options.emit_comments = false;
    // libyaml/PyYAML: no line feed added to a block scalar ending the file.
    options.block_scalar_eof_without_line_feed = true;
    let parser = Parser::new_from_str_with_options(text, options);

    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    let mut budget = Budget::default();

    for item in parser {
        let (event, span) = item.map_err(|e| scan_error(&e))?;
        let pos = pos_of(&span);
        let completed: Option<(Node, usize)> = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError {
                        pos,
                        message: "expected a single YAML document, found several (remove the `---` separator)".into(),
                    });
                }
                None
            }
            Event::Scalar(value, style, anchor, tag) => {
                budget.charge(1, value.len(), pos)?;
                let kind =
                    resolve_scalar(&value, style, tag.as_deref()).map_err(|e| YamlError {
                        pos,
                        message: e.to_string(),
                    })?;
                Some((Node::leaf(kind, pos), anchor))
            }
            Event::Alias(id) => {
                let target = anchors.get(&id).cloned().ok_or_else(|| YamlError {
                    pos,
                    message: "invalid YAML: unknown alias".into(),
                })?;
                budget.charge(target.size, target.bytes, pos)?;
                if stack.len() + target.height > MAX_DEPTH {
                    return Err(YamlError {
                        pos,
                        message: "document nested too deeply".into(),
                    });
                }
                let mut node = target;
                node.pos = pos;
                Some((node, 0))
            }
            Event::SequenceStart(_, anchor, tag) => {
                open_collection(&mut budget, stack.len(), tag.as_deref(), "seq", pos)?;
                stack.push(Frame::Seq {
                    pos,
                    anchor,
                    items: Vec::new(),
                });
                None
            }
            Event::MappingStart(_, anchor, tag) => {
                open_collection(&mut budget, stack.len(), tag.as_deref(), "map", pos)?;
                stack.push(Frame::Map {
                    pos,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                });
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq { pos, anchor, items }) => {
                    let size = 1 + items.iter().map(|n| n.size).sum::<usize>();
                    let bytes = items.iter().map(|n| n.bytes).sum::<usize>();
                    let height = 1 + items.iter().map(|n| n.height).max().unwrap_or(0);
                    Some((
                        Node {
                            kind: Kind::Seq(items),
                            pos,
                            size,
                            bytes,
                            height,
                        },
                        anchor,
                    ))
                }
                _ => return Err(internal(pos)),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map {
                    pos,
                    anchor,
                    entries,
                    ..
                }) => {
                    let entries = apply_merge_keys(entries)
                        .map_err(|(p, message)| YamlError { pos: p, message })?;
                    let size = 1 + entries.iter().map(|(k, v)| k.size + v.size).sum::<usize>();
                    let bytes = entries
                        .iter()
                        .map(|(k, v)| k.bytes + v.bytes)
                        .sum::<usize>();
                    let height = 1 + entries
                        .iter()
                        .map(|(k, v)| k.height.max(v.height))
                        .max()
                        .unwrap_or(0);
                    Some((
                        Node {
                            kind: Kind::Map(entries),
                            pos,
                            size,
                            bytes,
                            height,
                        },
                        anchor,
                    ))
                }
                _ => return Err(internal(pos)),
            },
            _ => None,
        };

        if let Some((mut node, anchor)) = completed {
            if anchor != 0 {
                // The anchor table holds a copy: count it against the budget.
                budget.charge(node.size, node.bytes, pos)?;
                anchors.insert(anchor, node.clone());
            }
            match stack.last_mut() {
                Some(Frame::Seq { items, .. }) => {
                    unmark_merge(&mut node);
                    items.push(node)
                }
                Some(Frame::Map { entries, key, .. }) => match key.take() {
                    None => *key = Some(node),
                    Some(k) => {
                        if !is_merge_key(&k) {
                            unmark_merge(&mut node);
                        }
                        entries.push((k, node))
                    }
                },
                None => {
                    unmark_merge(&mut node);
                    root = Some(node)
                }
            }
        }
    }
    Ok(root)
}

/// A YAML document as JSON, typed as PyYAML's `safe_load` types it, within
/// the same limits as manifests: for the CLI's YAML inputs that are read
/// into plain structures (configmap and secret `-f` files). Mapping keys
/// must be strings and given once. An empty document is `null`.
pub(crate) fn parse_json(text: &str) -> Result<serde_json::Value, YamlError> {
    match parse(text)? {
        Some(root) => to_json(root),
        None => Ok(serde_json::Value::Null),
    }
}

fn to_json(node: Node) -> Result<serde_json::Value, YamlError> {
    use serde_json::{Number, Value};
    let pos = node.pos;
    let not_finite = || YamlError {
        pos,
        message: "numbers must be finite here".into(),
    };
    Ok(match node.kind {
        Kind::Null => Value::Null,
        Kind::Bool(b) => Value::Bool(b),
        Kind::Int(Some(i), _) => match (i64::try_from(i), u64::try_from(i)) {
            (Ok(v), _) => Value::from(v),
            (_, Ok(v)) => Value::from(v),
            _ => Number::from_f64(i as f64)
                .map(Value::Number)
                .ok_or_else(not_finite)?,
        },
        Kind::Int(None, text) => text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(not_finite)?,
        Kind::Float(f) => Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(not_finite)?,
        Kind::Str(text) => Value::String(text),
        Kind::Seq(items) => Value::Array(items.into_iter().map(to_json).collect::<Result<_, _>>()?),
        Kind::Map(entries) => {
            let mut object = serde_json::Map::new();
            for (key, value) in entries {
                let Kind::Str(name) = key.kind else {
                    return Err(YamlError {
                        pos: key.pos,
                        message: format!("mapping keys must be strings, found {}", key.describe()),
                    });
                };
                if object.contains_key(&name) {
                    return Err(YamlError {
                        pos: key.pos,
                        message: format!("duplicate key {}", quote(&name)),
                    });
                }
                object.insert(name, to_json(value)?);
            }
            Value::Object(object)
        }
    })
}

/// The checks before a sequence or mapping opens at nesting `depth`.
fn open_collection(
    budget: &mut Budget,
    depth: usize,
    tag: Option<&Tag>,
    kind: &str,
    pos: Pos,
) -> Result<(), YamlError> {
    check_collection_tag(tag, kind).map_err(|e| YamlError {
        pos,
        message: e.to_string(),
    })?;
    budget.charge(1, 0, pos)?;
    if depth >= MAX_DEPTH {
        return Err(YamlError {
            pos,
            message: "document nested too deeply".into(),
        });
    }
    Ok(())
}

/// What the tree holds so far, copies included.
#[derive(Default)]
struct Budget {
    nodes: usize,
    bytes: usize,
}

impl Budget {
    fn charge(&mut self, nodes: usize, bytes: usize, pos: Pos) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(nodes);
        self.bytes = self.bytes.saturating_add(bytes);
        if self.nodes > MAX_NODES || self.bytes > MAX_BYTES {
            return Err(YamlError {
                pos,
                message: format!(
                    "document too large: with its aliases expanded it would hold more than \
                     {MAX_NODES} values or {} MiB of text",
                    MAX_BYTES >> 20
                ),
            });
        }
        Ok(())
    }
}

fn internal(pos: Pos) -> YamlError {
    YamlError {
        pos,
        message: "invalid YAML: unbalanced collection events".into(),
    }
}

const CORE_PREFIX: &str = "tag:yaml.org,2002:";

fn tag_text(tag: &Tag) -> String {
    tag.original()
}

/// A tag or a tagged scalar the loader does not take.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum TagError {
    #[error("unsupported YAML tag {0}")]
    Unsupported(String),
    #[error("invalid YAML: {} is not a boolean", quote(.0))]
    NotBool(String),
    #[error("invalid YAML: {} is not an integer", quote(.0))]
    NotInt(String),
    #[error("invalid YAML: {} is not a number", quote(.0))]
    NotNumber(String),
}

fn check_collection_tag(tag: Option<&Tag>, expected: &str) -> Result<(), TagError> {
    let Some(tag) = tag else { return Ok(()) };
    let (handle, suffix) = tag.parts();
    if handle == "!" && suffix.is_empty() {
        return Ok(());
    }
    match tag.suffix_in_namespace(CORE_PREFIX).as_deref() {
        Some(s) if s == expected => Ok(()),
        _ => Err(TagError::Unsupported(tag_text(tag))),
    }
}

/// Is the key of this entry a YAML merge key (`<<` or `!!merge`)?
fn is_merge_key(node: &Node) -> bool {
    matches!(&node.kind, Kind::Str(s) if s == MERGE_MARKER)
}

/// A `<<` outside a key position is just the text `<<`.
fn unmark_merge(node: &mut Node) {
    if is_merge_key(node) {
        node.kind = Kind::Str("<<".to_string());
    }
}

/// Internal marker for a plain `<<` key (a NUL cannot come from a plain scalar).
const MERGE_MARKER: &str = "\u{0}<<merge>>";

/// PyYAML `flatten_mapping`: `<<: MAP` or `<<: [MAP, ...]` inserts the
/// entries of those maps unless the mapping itself (or an earlier merge
/// source) has the key.
fn apply_merge_keys(entries: Vec<(Node, Node)>) -> Result<Vec<(Node, Node)>, (Pos, String)> {
    if !entries.iter().any(|(k, _)| is_merge_key(k)) {
        return Ok(entries);
    }
    let mut own = Vec::new();
    let mut sources: Vec<Node> = Vec::new();
    for (k, v) in entries {
        if is_merge_key(&k) {
            match v.kind {
                Kind::Map(_) => sources.push(v),
                Kind::Seq(items) => {
                    for item in items {
                        if !matches!(item.kind, Kind::Map(_)) {
                            return Err((
                                item.pos,
                                "invalid YAML merge: expected a mapping for merging".into(),
                            ));
                        }
                        sources.push(item);
                    }
                }
                _ => {
                    return Err((
                        v.pos,
                        "invalid YAML merge: expected a mapping or a list of mappings".into(),
                    ))
                }
            }
        } else {
            own.push((k, v));
        }
    }
    // Keys already present: strings in a set, other (rare) keys compared one by one.
    let mut taken_str: HashSet<String> = HashSet::new();
    let mut taken_other: Vec<Kind> = Vec::new();
    let mut take = |k: &Node| -> bool {
        match &k.kind {
            Kind::Str(s) => taken_str.insert(s.clone()),
            other => {
                if taken_other.iter().any(|t| t == other) {
                    false
                } else {
                    taken_other.push(other.clone());
                    true
                }
            }
        }
    };
    for (k, _) in &own {
        take(k);
    }
    let mut merged: Vec<(Node, Node)> = Vec::new();
    for src in sources {
        if let Kind::Map(src_entries) = src.kind {
            for (k, v) in src_entries {
                if take(&k) {
                    merged.push((k, v));
                }
            }
        }
    }
    merged.extend(own);
    Ok(merged)
}

/// Resolves a scalar like PyYAML's SafeLoader.
fn resolve_scalar(value: &str, style: ScalarStyle, tag: Option<&Tag>) -> Result<Kind, TagError> {
    if let Some(tag) = tag {
        let (handle, suffix) = tag.parts();
        if handle == "!" && suffix.is_empty() {
            return Ok(Kind::Str(value.to_string()));
        }
        let core = tag.suffix_in_namespace(CORE_PREFIX);
        return match core.as_deref() {
            Some("str") | Some("timestamp") => Ok(Kind::Str(value.to_string())),
            Some("null") => Ok(Kind::Null),
            Some("bool") => construct_bool(value)
                .map(Kind::Bool)
                .ok_or_else(|| TagError::NotBool(value.to_string())),
            Some("int") => construct_int(value)
                .map(|(value, text)| Kind::Int(value, text))
                .ok_or_else(|| TagError::NotInt(value.to_string())),
            Some("float") => construct_float(value)
                .map(Kind::Float)
                .ok_or_else(|| TagError::NotNumber(value.to_string())),
            Some("merge") if value == "<<" => Ok(Kind::Str(MERGE_MARKER.to_string())),
            _ => Err(TagError::Unsupported(tag_text(tag))),
        };
    }
    if style != ScalarStyle::Plain {
        return Ok(Kind::Str(value.to_string()));
    }
    Ok(resolve_plain(value))
}

fn resolve_plain(v: &str) -> Kind {
    let int = |v: &str| construct_int(v).map(|(value, text)| Kind::Int(value, text));
    let resolved = match implicit_tag(v) {
        Implicit::Null => Some(Kind::Null),
        Implicit::Bool(b) => Some(Kind::Bool(b)),
        Implicit::Merge => Some(Kind::Str(MERGE_MARKER.to_string())),
        Implicit::Float => construct_float(v).map(Kind::Float),
        Implicit::Int => int(v),
        // Timestamps stay text: the manifest layer normalises them itself.
        Implicit::Timestamp | Implicit::Value | Implicit::Yaml | Implicit::Str => None,
    };
    resolved.unwrap_or_else(|| Kind::Str(v.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(text: &str) -> Kind {
        let node = parse(&format!("k: {text}\n")).unwrap().unwrap();
        match node.kind {
            Kind::Map(mut e) => e.remove(0).1.kind,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn pyyaml_scalar_resolution() {
        assert_eq!(scalar("2"), Kind::Int(Some(2), "2".into()));
        assert_eq!(scalar("\"2\""), Kind::Str("2".into()));
        assert_eq!(scalar("'2'"), Kind::Str("2".into()));
        assert_eq!(scalar("!!str 2"), Kind::Str("2".into()));
        assert_eq!(scalar("yes"), Kind::Bool(true));
        assert_eq!(scalar("Off"), Kind::Bool(false));
        assert_eq!(scalar("y"), Kind::Str("y".into()));
        assert_eq!(scalar("n"), Kind::Str("n".into()));
        assert_eq!(scalar("yEs"), Kind::Str("yEs".into()));
        assert_eq!(scalar("010"), Kind::Int(Some(8), "8".into()));
        assert_eq!(scalar("09"), Kind::Str("09".into()));
        assert_eq!(scalar("0x1F"), Kind::Int(Some(31), "31".into()));
        assert_eq!(scalar("0b101"), Kind::Int(Some(5), "5".into()));
        assert_eq!(scalar("1_000"), Kind::Int(Some(1000), "1000".into()));
        assert_eq!(scalar("-12"), Kind::Int(Some(-12), "-12".into()));
        assert_eq!(scalar("1:30"), Kind::Int(Some(90), "90".into()));
        assert_eq!(scalar("1.5"), Kind::Float(1.5));
        assert_eq!(scalar("1."), Kind::Float(1.0));
        assert_eq!(scalar(".5"), Kind::Float(0.5));
        assert_eq!(scalar("1.0e+3"), Kind::Float(1000.0));
        assert_eq!(scalar("1e3"), Kind::Str("1e3".into()));
        assert_eq!(scalar("-.inf"), Kind::Float(f64::NEG_INFINITY));
        assert!(matches!(scalar(".nan"), Kind::Float(f) if f.is_nan()));
        assert_eq!(scalar("~"), Kind::Null);
        assert_eq!(scalar(""), Kind::Null);
        assert_eq!(scalar("Null"), Kind::Null);
        assert_eq!(scalar("1 GiB"), Kind::Str("1 GiB".into()));
        assert_eq!(scalar("\">=12.2\""), Kind::Str(">=12.2".into()));
        assert!(parse("k: >=12.2\n").is_err());
        assert_eq!(
            scalar("2024-06-18T04:21:37+0000"),
            Kind::Str("2024-06-18T04:21:37+0000".into())
        );
        assert_eq!(scalar("2024-06-18"), Kind::Str("2024-06-18".into()));
        assert_eq!(scalar("!!int \"7\""), Kind::Int(Some(7), "7".into()));
        assert_eq!(
            scalar("123456789012345678901234567890123456789012345"),
            Kind::Int(None, "123456789012345678901234567890123456789012345".into())
        );
        assert_eq!(scalar("|\n  a\n  b"), Kind::Str("a\nb\n".into()));
        // Like libyaml: no line feed added when the file ends inside the block.
        let node = parse("k: |\n  a").unwrap().unwrap();
        let Kind::Map(e) = node.kind else { panic!() };
        assert_eq!(e[0].1.kind, Kind::Str("a".into()));
    }

    #[test]
    fn positions_are_one_based() {
        let node = parse("a:\n  b: [1, x]\n").unwrap().unwrap();
        assert_eq!(node.pos, Pos { line: 1, col: 1 });
        let Kind::Map(e) = &node.kind else { panic!() };
        let Kind::Map(inner) = &e[0].1.kind else {
            panic!()
        };
        assert_eq!(inner[0].0.pos, Pos { line: 2, col: 3 });
        let Kind::Seq(items) = &inner[0].1.kind else {
            panic!()
        };
        assert_eq!(items[1].pos, Pos { line: 2, col: 10 });
    }

    #[test]
    fn anchors_aliases_and_merge_keys() {
        let node = parse("base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n")
            .unwrap()
            .unwrap();
        let Kind::Map(e) = &node.kind else { panic!() };
        let Kind::Map(d) = &e[1].1.kind else { panic!() };
        let flat: Vec<(String, String)> = d
            .iter()
            .map(|(k, v)| (format!("{:?}", k.kind), format!("{:?}", v.kind)))
            .collect();
        assert_eq!(flat.len(), 2);
        assert!(flat[0].0.contains("\"x\""));
        assert!(flat[1].1.contains("Some(3)"));
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            bomb.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        assert!(parse(&bomb).unwrap_err().message.contains("too large"));
        // Few nodes, but every alias copies 200 KB of text.
        let wide = format!(
            "a: &a \"{}\"\nb: [{}]\n",
            "x".repeat(200_000),
            vec!["*a"; 10_000].join(", ")
        );
        assert!(parse(&wide).unwrap_err().message.contains("too large"));
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(parse(&deep).is_err());
        let mut block = String::new();
        for i in 0..500 {
            block.push_str(&" ".repeat(i));
            block.push_str("k:\n");
        }
        assert!(parse(&block).is_err());
    }

    #[test]
    fn json_documents_keep_pyyaml_types_and_refuse_ambiguous_keys() {
        let v = parse_json("a: yes\nb: 010\nc: '2'\nd: [1.5, ~]\n").unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": true, "b": 8, "c": "2", "d": [1.5, null]})
        );
        assert_eq!(parse_json("").unwrap(), serde_json::Value::Null);
        let e = parse_json("a: 1\na: 2\n").unwrap_err();
        assert!(e.message.contains("duplicate key"), "{e:?}");
        assert_eq!(e.pos.line, 2);
        assert!(parse_json("1: x\n")
            .unwrap_err()
            .message
            .contains("keys must be strings"));
        assert!(parse_json("a: .nan\n").is_err());
    }

    #[test]
    fn syntax_errors_have_positions_and_multiple_documents_fail() {
        let e = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(e.message.starts_with("invalid YAML"), "{e:?}");
        assert!(e.pos.line >= 1);
        let e = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(e.message.contains("single YAML document"));
        assert_eq!(e.pos.line, 2);
        assert_eq!(parse("").unwrap(), None);
        assert_eq!(parse("# only a comment\n").unwrap(), None);
        assert!(parse("a: !custom x\n")
            .unwrap_err()
            .message
            .contains("unsupported YAML tag"));
    }
}
