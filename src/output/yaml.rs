//! `yaml.dump(value, default_flow_style=False, Dumper=NoAliasDumper)` of
//! PyYAML 6 as the reference prints documents (a `SafeDumper` without
//! anchors; `allow_unicode` off, width 80, indent 2). Lists are dumped with
//! `sort_keys=True` (PyYAML's default), single objects with `sort_keys=False`.
//!
//! This is a port of the parts of PyYAML's `Emitter` that block-style JSON
//! values reach: block mappings and sequences, `[]`/`{}` for empty ones, and
//! the scalar style choice (plain, single- or double-quoted) with its line
//! folding. The emitter's state (`column`, `whitespace`, `indention`, the
//! indent stack, the contexts) is kept under the same names so the two can
//! be compared line by line.

use serde_json::Value;

use crate::pycompat::float_repr;
use crate::pycompat::yaml11::{self, Implicit};

/// PyYAML's `best_width`.
const WIDTH: usize = 80;
/// PyYAML's `best_indent`.
const INDENT: usize = 2;

/// Dumps `value` as the reference does, mapping keys sorted (by code point)
/// at every level when `sort_keys`. An empty top-level list prints `[]`
/// (the reference prints nothing for it).
pub fn to_yaml(value: &Value, sort_keys: bool) -> String {
    let mut e = Emitter {
        sort_keys,
        ..Emitter::default()
    };
    e.expect_node(
        value,
        Context {
            root: true,
            ..Context::default()
        },
    );
    // Document end, then stream end.
    e.write_indent();
    if e.open_ended {
        e.write_indicator("...", true, false, false);
        e.write_indent();
    }
    e.out
}

/// A scalar as the serializer hands it to the emitter.
struct Scalar {
    text: String,
    /// `tag:yaml.org,2002:str`; other tags (int, float, bool, null) are
    /// always written plain, as their text resolves back to their own tag.
    is_str: bool,
}

impl Scalar {
    fn new(value: &Value) -> Option<Scalar> {
        let (text, is_str) = match value {
            Value::Null => ("null".to_string(), false),
            Value::Bool(b) => (if *b { "true" } else { "false" }.to_string(), false),
            Value::Number(n) => match n.as_f64() {
                Some(f) if n.is_f64() => (yaml_float(f), false),
                _ => (n.to_string(), false),
            },
            Value::String(s) => (s.clone(), true),
            Value::Array(_) | Value::Object(_) => return None,
        };
        Some(Scalar { text, is_str })
    }

    /// The serializer's `implicit[0]`: the text read back as a plain scalar
    /// resolves to this scalar's tag.
    fn plain_implicit(&self) -> bool {
        !self.is_str || !resolves_to_non_str(&self.text)
    }
}

/// `SafeRepresenter.represent_float`.
fn yaml_float(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.into();
    }
    let repr = float_repr(f).to_lowercase();
    if !repr.contains('.') && repr.contains('e') {
        repr.replacen('e', ".0e", 1)
    } else {
        repr
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Context {
    root: bool,
    mapping: bool,
    simple_key: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
}

struct Emitter {
    out: String,
    sort_keys: bool,
    indents: Vec<Option<usize>>,
    indent: Option<usize>,
    ctx: Context,
    column: usize,
    whitespace: bool,
    indention: bool,
    open_ended: bool,
}

impl Default for Emitter {
    fn default() -> Self {
        Emitter {
            out: String::new(),
            sort_keys: false,
            indents: Vec::new(),
            indent: None,
            ctx: Context::default(),
            column: 0,
            whitespace: true,
            indention: true,
            open_ended: false,
        }
    }
}

impl Emitter {
    fn expect_node(&mut self, value: &Value, ctx: Context) {
        self.ctx = ctx;
        match value {
            Value::Array(items) if items.is_empty() => self.write_empty_flow("[", "]"),
            Value::Object(map) if map.is_empty() => self.write_empty_flow("{", "}"),
            Value::Array(items) => {
                let indentless = self.ctx.mapping && !self.indention;
                self.increase_indent(false, indentless);
                for item in items {
                    self.write_indent();
                    self.write_indicator("-", true, false, true);
                    self.expect_node(item, Context::default());
                }
                self.indent = self.indents.pop().flatten();
            }
            Value::Object(map) => {
                self.increase_indent(false, false);
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                if self.sort_keys {
                    entries.sort_by(|a, b| a.0.cmp(b.0));
                }
                let mapping = Context {
                    mapping: true,
                    ..Context::default()
                };
                for (key, item) in entries {
                    self.write_indent();
                    let key = Scalar {
                        text: key.clone(),
                        is_str: true,
                    };
                    if self.check_simple_key(&key) {
                        self.expect_scalar(
                            &key,
                            Context {
                                simple_key: true,
                                ..mapping
                            },
                        );
                        self.write_indicator(":", false, false, false);
                    } else {
                        self.write_indicator("?", true, false, true);
                        self.expect_scalar(&key, mapping);
                        self.write_indent();
                        self.write_indicator(":", true, false, true);
                    }
                    self.expect_node(item, mapping);
                }
                self.indent = self.indents.pop().flatten();
            }
            scalar => {
                if let Some(s) = Scalar::new(scalar) {
                    self.expect_scalar(&s, ctx);
                }
            }
        }
    }

    /// An empty collection: PyYAML switches to flow style for it.
    fn write_empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn expect_scalar(&mut self, scalar: &Scalar, ctx: Context) {
        self.ctx = ctx;
        self.increase_indent(true, false);
        let analysis = analyze_scalar(&scalar.text);
        let split = !self.ctx.simple_key;
        let chars: Vec<char> = scalar.text.chars().collect();
        match self.choose_scalar_style(scalar, &analysis) {
            Style::Plain => self.write_plain(&chars, split),
            Style::Single => self.write_single_quoted(&chars, split),
            Style::Double => self.write_double_quoted(&chars, split),
        }
        self.indent = self.indents.pop().flatten();
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        self.indent = match self.indent {
            None if flow => Some(INDENT),
            None => Some(0),
            Some(i) if !indentless => Some(i + INDENT),
            Some(i) => Some(i),
        };
    }

    /// Keys longer than 128 characters (tag included) or empty or multi-line
    /// are written as complex keys (`? key`).
    fn check_simple_key(&self, key: &Scalar) -> bool {
        // PyYAML counts the tag it would write, `!!str` (keys are strings).
        let analysis = analyze_scalar(&key.text);
        "!!str".len() + key.text.chars().count() < 128 && !analysis.empty && !analysis.multiline
    }

    /// `Emitter.choose_scalar_style` for block context with no requested style.
    fn choose_scalar_style(&self, scalar: &Scalar, a: &Analysis) -> Style {
        let simple_key = self.ctx.simple_key;
        if scalar.plain_implicit()
            && !(simple_key && (a.empty || a.multiline))
            && a.allow_block_plain
        {
            Style::Plain
        } else if a.allow_single_quoted && !(simple_key && a.multiline) {
            Style::Single
        } else {
            Style::Double
        }
    }

    fn write(&mut self, data: &str) {
        self.column += data.chars().count();
        self.out.push_str(data);
    }

    fn write_chars(&mut self, data: &[char]) {
        self.column += data.len();
        self.out.extend(data);
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        whitespace: bool,
        indention: bool,
    ) {
        if !self.whitespace && need_whitespace {
            self.write(" ");
        }
        self.write(indicator);
        self.whitespace = whitespace;
        self.indention = self.indention && indention;
        self.open_ended = false;
    }

    fn write_indent(&mut self) {
        let indent = self.indent.unwrap_or(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.write_line_break(None);
        }
        if self.column < indent {
            self.whitespace = true;
            let pad = " ".repeat(indent - self.column);
            self.write(&pad);
        }
    }

    fn write_line_break(&mut self, data: Option<char>) {
        self.out.push(data.unwrap_or('\n'));
        self.whitespace = true;
        self.indention = true;
        self.column = 0;
    }

    /// Writes a run of line breaks inside a scalar: YAML folds a single
    /// `\n`, so a leading `\n` is doubled.
    fn write_breaks(&mut self, breaks: &[char]) {
        if breaks.first() == Some(&'\n') {
            self.write_line_break(None);
        }
        for &br in breaks {
            self.write_line_break(Some(br));
        }
        self.write_indent();
    }

    fn write_plain(&mut self, text: &[char], split: bool) {
        if self.ctx.root {
            self.open_ended = true;
        }
        if text.is_empty() {
            return;
        }
        if !self.whitespace {
            self.write(" ");
        }
        self.whitespace = false;
        self.indention = false;
        let (mut spaces, mut breaks) = (false, false);
        let mut start = 0;
        for end in 0..=text.len() {
            let ch = text.get(end).copied();
            if spaces {
                if ch != Some(' ') {
                    if start + 1 == end && self.column > WIDTH && split {
                        self.write_indent();
                        self.whitespace = false;
                        self.indention = false;
                    } else {
                        self.write_chars(&text[start..end]);
                    }
                    start = end;
                }
            } else if breaks {
                if !ch.is_some_and(is_break) {
                    self.write_breaks(&text[start..end]);
                    self.whitespace = false;
                    self.indention = false;
                    start = end;
                }
            } else if ch.is_none_or(|c| c == ' ' || is_break(c)) {
                self.write_chars(&text[start..end]);
                start = end;
            }
            if let Some(c) = ch {
                spaces = c == ' ';
                breaks = is_break(c);
            }
        }
    }

    fn write_single_quoted(&mut self, text: &[char], split: bool) {
        self.write_indicator("'", true, false, false);
        let (mut spaces, mut breaks) = (false, false);
        let mut start = 0;
        for end in 0..=text.len() {
            let ch = text.get(end).copied();
            if spaces {
                if ch != Some(' ') {
                    if start + 1 == end
                        && self.column > WIDTH
                        && split
                        && start != 0
                        && end != text.len()
                    {
                        self.write_indent();
                    } else {
                        self.write_chars(&text[start..end]);
                    }
                    start = end;
                }
            } else if breaks {
                if !ch.is_some_and(is_break) {
                    self.write_breaks(&text[start..end]);
                    start = end;
                }
            } else if ch.is_none_or(|c| c == ' ' || c == '\'' || is_break(c)) && start < end {
                self.write_chars(&text[start..end]);
                start = end;
            }
            if ch == Some('\'') {
                self.write("''");
                start = end + 1;
            }
            if let Some(c) = ch {
                spaces = c == ' ';
                breaks = is_break(c);
            }
        }
        self.write_indicator("'", false, false, false);
    }

    fn write_double_quoted(&mut self, text: &[char], split: bool) {
        self.write_indicator("\"", true, false, false);
        let mut start = 0;
        for end in 0..=text.len() {
            let ch = text.get(end).copied();
            if ch.is_none_or(needs_escape) {
                if start < end {
                    self.write_chars(&text[start..end]);
                    start = end;
                }
                if let Some(c) = ch {
                    self.write(&escape(c));
                    start = end + 1;
                }
            }
            if 0 < end
                && end + 1 < text.len()
                && (ch == Some(' ') || start >= end)
                // `start` may be one past `end` right after an escape.
                && (self.column + end) as isize - start as isize > WIDTH as isize
                && split
            {
                let mut data: String = text[start.min(end)..end].iter().collect();
                data.push('\\');
                if start < end {
                    start = end;
                }
                self.write(&data);
                self.write_indent();
                self.whitespace = false;
                self.indention = false;
                if text.get(start) == Some(&' ') {
                    self.write("\\");
                }
            }
        }
        self.write_indicator("\"", false, false, false);
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Characters a double-quoted scalar escapes when `allow_unicode` is off.
fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '"' | '\\' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
    ) || !(' '..='~').contains(&c)
}

fn escape(c: char) -> String {
    let short = match c {
        '\0' => '0',
        '\x07' => 'a',
        '\x08' => 'b',
        '\t' => 't',
        '\n' => 'n',
        '\x0b' => 'v',
        '\x0c' => 'f',
        '\r' => 'r',
        '\x1b' => 'e',
        '"' => '"',
        '\\' => '\\',
        '\u{85}' => 'N',
        '\u{a0}' => '_',
        '\u{2028}' => 'L',
        '\u{2029}' => 'P',
        _ => {
            let code = c as u32;
            return if code <= 0xff {
                format!("\\x{code:02X}")
            } else if code <= 0xffff {
                format!("\\u{code:04X}")
            } else {
                format!("\\U{code:08X}")
            };
        }
    };
    format!("\\{short}")
}

/// `Emitter.analyze_scalar`, reduced to what block context uses.
#[derive(Debug)]
struct Analysis {
    empty: bool,
    multiline: bool,
    allow_block_plain: bool,
    allow_single_quoted: bool,
}

fn analyze_scalar(scalar: &str) -> Analysis {
    if scalar.is_empty() {
        return Analysis {
            empty: true,
            multiline: false,
            allow_block_plain: true,
            allow_single_quoted: true,
        };
    }
    let chars: Vec<char> = scalar.chars().collect();
    let is_blank = |c: char| {
        matches!(
            c,
            '\0' | ' ' | '\t' | '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };

    let mut block_indicators = scalar.starts_with("---") || scalar.starts_with("...");
    let mut line_breaks = false;
    let mut special_characters = false;
    let (mut leading_space, mut leading_break) = (false, false);
    let (mut trailing_space, mut trailing_break) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut followed_by_whitespace = chars.len() == 1 || is_blank(chars[1]);
    let (mut previous_space, mut previous_break) = (false, false);

    for (index, &ch) in chars.iter().enumerate() {
        if index == 0 {
            if "#,[]{}&*!|>'\"%@`".contains(ch) || (ch == '-' && followed_by_whitespace) {
                block_indicators = true;
            }
            if "?:".contains(ch) && followed_by_whitespace {
                block_indicators = true;
            }
        } else if (ch == ':' && followed_by_whitespace) || (ch == '#' && preceded_by_whitespace) {
            block_indicators = true;
        }

        if is_break(ch) {
            line_breaks = true;
        }
        // Printable ASCII and '\n' pass; everything else is "special" because
        // `allow_unicode` is off.
        if !(ch == '\n' || (' '..='~').contains(&ch)) {
            special_characters = true;
        }

        let last = index == chars.len() - 1;
        if ch == ' ' {
            leading_space |= index == 0;
            trailing_space |= last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(ch) {
            leading_break |= index == 0;
            trailing_break |= last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }

        preceded_by_whitespace = is_blank(ch);
        followed_by_whitespace = chars.get(index + 2).is_none_or(|&c| is_blank(c));
    }

    let mut allow_block_plain =
        !(leading_space || leading_break || trailing_space || trailing_break);
    let mut allow_single_quoted = true;
    if break_space {
        allow_block_plain = false;
        allow_single_quoted = false;
    }
    if space_break || special_characters {
        allow_block_plain = false;
        allow_single_quoted = false;
    }
    if line_breaks || block_indicators {
        allow_block_plain = false;
    }
    Analysis {
        empty: false,
        multiline: line_breaks,
        allow_block_plain,
        allow_single_quoted,
    }
}

/// Whether PyYAML's implicit resolvers read `value` as something other than
/// a string (bool, int, float, null, timestamp, merge, value, yaml), i.e.
/// whether a string with this text must be quoted. The resolvers' patterns
/// end with `$`, which also matches before a final newline.
fn resolves_to_non_str(value: &str) -> bool {
    let resolves = |v: &str| yaml11::implicit_tag(v) != Implicit::Str;
    resolves(value)
        || value
            .strip_suffix('\n')
            .is_some_and(|v| !v.is_empty() && resolves(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(v: Value) -> String {
        to_yaml(&v, false)
    }

    #[test]
    fn empty_documents() {
        assert_eq!(to_yaml(&json!([]), true), "[]\n");
        assert_eq!(doc(json!({})), "{}\n");
        assert_eq!(doc(json!({"a": [], "b": {}})), "a: []\nb: {}\n");
    }

    #[test]
    fn app_document_layout() {
        let v = json!({
            "version": "everai/v1alpha1",
            "kind": "App",
            "metadata": {"name": "get-start", "namespace": "default", "resourceVersion": "3",
                         "createdAt": "2024-06-18T04:21:37+0000"},
            "spec": {"image": "quay.io/u/img:v1", "command": ["python", "app.py"],
                     "env": [{"name": "A", "value": "1"}], "port": 80, "routeAuthType": "PUBLIC"},
            "status": {"desiredWorker": 3, "readyWorker": 3, "status": "DEPLOYED"}
        });
        let want = "\
version: everai/v1alpha1
kind: App
metadata:
  name: get-start
  namespace: default
  resourceVersion: '3'
  createdAt: 2024-06-18T04:21:37+0000
spec:
  image: quay.io/u/img:v1
  command:
  - python
  - app.py
  env:
  - name: A
    value: '1'
  port: 80
  routeAuthType: PUBLIC
status:
  desiredWorker: 3
  readyWorker: 3
  status: DEPLOYED
";
        assert_eq!(doc(v), want);
    }

    #[test]
    fn list_sorted_at_every_level() {
        let v = json!([{"name": "b", "labels": {"z": "1", "a": "2"}, "created_at": "x"}, {"name": "a"}]);
        let want = "- created_at: x\n  labels:\n    a: '2'\n    z: '1'\n  name: b\n- name: a\n";
        assert_eq!(to_yaml(&v, true), want);
    }

    #[test]
    fn nested_sequences_and_scalars() {
        let v = json!([[1, [true, null]], "x", 1.5, 1e16, -0.0, {"a": [[]]}]);
        let want = "- - 1\n  - - true\n    - null\n- x\n- 1.5\n- 1.0e+16\n- -0.0\n- a:\n  - []\n";
        assert_eq!(to_yaml(&v, true), want);
    }

    #[test]
    fn top_level_scalars() {
        assert_eq!(doc(json!("foo")), "foo\n...\n");
        assert_eq!(doc(json!("123")), "'123'\n");
        assert_eq!(doc(json!(5)), "5\n...\n");
        assert_eq!(doc(json!("")), "''\n");
    }

    #[test]
    fn implicit_resolvers() {
        let resolved = [
            "3",
            "0123",
            "-1",
            "+1",
            "1_000",
            "1__",
            "0b101",
            "0x1F",
            "1:30",
            "1.5",
            ".5",
            "1.0e+3",
            ".inf",
            "-.Inf",
            ".NaN",
            "yes",
            "No",
            "ON",
            "off",
            "True",
            "FALSE",
            "null",
            "Null",
            "~",
            "",
            "<<",
            "=",
            "!",
            "2024-06-18",
            "2024-6-8T1:02:03",
            "2024-06-18 04:21:37.5 +08",
            "2024-06-18T04:21:37Z",
            "2024-06-18T04:21:37+00:00",
            "190:20:30.15",
            "3\n",
            "~\n",
        ];
        for s in resolved {
            assert!(resolves_to_non_str(s), "{s:?} should resolve");
        }
        let strings = [
            "0o7",
            "1e3",
            "1.0e3",
            "0xG",
            "1:60",
            "2024-06-18T04:21:37+0000",
            "2024-06-18T04:21",
            "nan",
            "inf",
            "y",
            "n",
            "NULL1",
            "<",
            "1.5.2",
            "0b2",
            "08",
            "-",
            "+.5",
            "1:3:",
            "\n",
        ];
        for s in strings {
            assert!(!resolves_to_non_str(s), "{s:?} should stay a string");
        }
    }

    #[test]
    fn scalar_styles() {
        let cases = [
            ("3", "'3'"),
            ("0123", "'0123'"),
            ("yes", "'yes'"),
            ("#x", "'#x'"),
            ("a #b", "'a #b'"),
            ("a#b", "a#b"),
            ("a: b", "'a: b'"),
            ("a:b", "a:b"),
            ("key:", "'key:'"),
            ("- x", "'- x'"),
            ("-x", "-x"),
            ("? x", "'? x'"),
            ("?x", "?x"),
            (":x", ":x"),
            ("---x", "'---x'"),
            ("@x", "'@x'"),
            ("x@", "x@"),
            ("[x", "'[x'"),
            ("x[y]", "x[y]"),
            (" x", "' x'"),
            ("x ", "'x '"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            ("\"q\"", "'\"q\"'"),
            ("a\tb", "\"a\\tb\""),
            ("é", "\"\\xE9\""),
            ("日本", "\"\\u65E5\\u672C\""),
            ("😀", "\"\\U0001F600\""),
            ("\u{feff}", "\"\\uFEFF\""),
            ("a\u{85}b", "\"a\\Nb\""),
            ("\x00\x07\x1b\x7f", "\"\\0\\a\\e\\x7F\""),
            ("a\nb", "'a\n\n  b'"),
            ("a\n", "'a\n\n  '"),
            ("a \nb", "\"a \\nb\""),
            ("a\n b", "\"a\\n b\""),
        ];
        for (s, want) in cases {
            assert_eq!(doc(json!({ "k": s })), format!("k: {want}\n"), "{s:?}");
        }
    }

    #[test]
    fn long_strings_fold_at_80_columns() {
        let words = "lorem ipsum dolor sit amet ".repeat(5);
        let plain = words.trim_end();
        assert_eq!(
            doc(json!({ "message": plain })),
            "message: lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit\n  amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\n"
        );
        let single = format!("'{plain}");
        assert_eq!(
            doc(json!({ "m": single })),
            "m: '''lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit\n  amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet'\n"
        );
        let double = format!("é{plain}");
        assert_eq!(
            doc(json!({ "m": double })),
            "m: \"\\xE9lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit\\\n  \\ amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\"\n"
        );
        // A long word is never split.
        let long = "x".repeat(100);
        assert_eq!(doc(json!({ "k": long })), format!("k: {long}\n"));
    }

    #[test]
    fn complex_keys() {
        let long = "k".repeat(123);
        assert_eq!(doc(json!({ long.clone(): 1 })), format!("? {long}\n: 1\n"));
        let short = "k".repeat(122);
        assert_eq!(doc(json!({ short.clone(): 1 })), format!("{short}: 1\n"));
        assert_eq!(doc(json!({"": "v"})), "? ''\n: v\n");
        assert_eq!(doc(json!({"a\nb": ["x"]})), "? 'a\n\n  b'\n: - x\n");
        assert_eq!(
            doc(json!({"1": "x", "yes": "y", "a b": "c"})),
            "'1': x\n'yes': y\na b: c\n"
        );
    }

    #[test]
    fn volume_list_document() {
        let v = json!([{"labels": {"tier": "1", "env": "prod"}, "name": "vol", "files": 37, "size": 1610625081,
                        "status": "Private", "created_at": "2024-05-28T12:46:09+0000", "modified_at": ""}]);
        assert_eq!(
            to_yaml(&v, true),
            "- created_at: 2024-05-28T12:46:09+0000\n  files: 37\n  labels:\n    env: prod\n    tier: '1'\n  modified_at: ''\n  name: vol\n  size: 1610625081\n  status: Private\n"
        );
    }

    #[test]
    fn folding_inside_nested_collections() {
        let v = json!({"a": [{"b": [format!("{}é\tz", "x y ".repeat(25))]}]});
        assert_eq!(
            doc(v),
            "a:\n- b:\n  - \"x y x y x y x y x y x y x y x y x y x y x y x y x y x y x y x y x y x y x y x\\\n    \\ y x y x y x y x y x y \\xE9\\tz\"\n"
        );
        let v = json!({"deep": {"er": {"est": "w ".repeat(45)}}});
        assert_eq!(
            doc(v),
            "deep:\n  er:\n    est: 'w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w\n      w w w w w w w w w '\n"
        );
        let v = json!({"k": ["line1\nline2", "trailing \n", "   "]});
        assert_eq!(
            doc(v),
            "k:\n- 'line1\n\n  line2'\n- \"trailing \\n\"\n- '   '\n"
        );
    }
}
