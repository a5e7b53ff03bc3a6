//! `print(json.dumps(value, indent=2))` as the reference prints documents
//! (`ensure_ascii` and `sort_keys` left at their defaults: escaped, unsorted).

use std::fmt::Write;

use serde_json::Value;

use crate::pycompat::float_repr;

/// Python's `json.dumps(value, indent=2)` plus the newline `print` adds:
/// two-space indentation, `", "`-free separators (`","` at line ends and
/// `": "`), `[]`/`{}` for empty containers, keys in insertion order,
/// non-ASCII escaped as lowercase `\uXXXX` (surrogate pairs beyond the BMP),
/// floats as Python's `repr`.
pub fn to_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out.push('\n');
    out
}

fn write_value(out: &mut String, value: &Value, depth: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => out.push_str(&json_float(f)),
            _ => out.push_str(&n.to_string()),
        },
        Value::String(s) => write_string(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write_value(out, item, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write_string(out, key);
                out.push_str(": ");
                write_value(out, item, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push('}');
        }
    }
}

fn indent(out: &mut String, depth: usize) {
    out.extend(std::iter::repeat_n(' ', depth * 2));
}

/// `float.__repr__`, with the spellings `json` uses for non-finite values.
fn json_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        float_repr(f)
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn empty_containers() {
        assert_eq!(to_json(&json!([])), "[]\n");
        assert_eq!(to_json(&json!({})), "{}\n");
        assert_eq!(
            to_json(&json!({"a": [], "b": {}})),
            "{\n  \"a\": [],\n  \"b\": {}\n}\n"
        );
    }

    #[test]
    fn nested_list_of_objects() {
        let v = json!([{"name": "v", "files": 37, "size": 1610625081_u64, "labels": {"l": "v"}, "ok": true, "x": null}]);
        let want = "[\n  {\n    \"name\": \"v\",\n    \"files\": 37,\n    \"size\": 1610625081,\n    \"labels\": {\n      \"l\": \"v\"\n    },\n    \"ok\": true,\n    \"x\": null\n  }\n]\n";
        assert_eq!(to_json(&v), want);
    }

    #[test]
    fn insertion_order_is_kept() {
        assert_eq!(
            to_json(&json!({"z": 1, "a": [1, "2"]})),
            "{\n  \"z\": 1,\n  \"a\": [\n    1,\n    \"2\"\n  ]\n}\n"
        );
    }

    #[test]
    fn string_escapes() {
        let v = json!("q\"b\\n\n\r\t\x08\x0c\x00\x1f\x7f é€😀");
        assert_eq!(
            to_json(&v),
            "\"q\\\"b\\\\n\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f \\u00e9\\u20ac\\ud83d\\ude00\"\n"
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            to_json(&json!([-5, 1.5, 1e16, 0.00001, 100.0, u64::MAX])),
            "[\n  -5,\n  1.5,\n  1e+16,\n  1e-05,\n  100.0,\n  18446744073709551615\n]\n"
        );
    }
}
