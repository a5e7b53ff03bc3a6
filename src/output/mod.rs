//! Output rendering, byte-identical to the reference client (`everai` 0.2.41).
//!
//! The reference prints tables with `tabulate` 0.9 (`tablefmt="simple"`),
//! documents with `json.dumps(indent=2)` and PyYAML's `yaml.dump` (SafeDumper
//! without aliases), timestamps with `strftime("%Y-%m-%dT%H:%M:%S%z")` and
//! volume sizes with its own binary-unit formatter. Every function here returns
//! exactly what the reference writes to stdout, final newline included where
//! the reference uses `print`.
//!
//! Where the reference hands Python objects to these libraries, the callers
//! here hand strings: an empty string stands for `None`, `"True"`/`"False"`
//! for booleans, a dict's [`py_repr_dict`] for a dict, and the decimal text
//! for an integer. Tabulate treats those exactly like the original objects.

mod json;
mod size;
mod table;
mod time;
mod yaml;

pub use json::to_json;
pub use size::human_size;
pub use table::render_table;
pub use time::{format_timestamp, format_timestamp_with};
pub use yaml::to_yaml;

use serde_json::{Map, Value};

/// The `-o/--output` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Wide,
    Json,
    Yaml,
}

impl OutputFormat {
    /// Exactly `json`, `yaml` and `wide` select those formats; anything else,
    /// including a bare `-o` (`None`), `table`, `JSON` or `xml`, silently
    /// falls back to the table, as the reference does.
    pub fn parse(s: Option<&str>) -> OutputFormat {
        match s {
            Some("json") => OutputFormat::Json,
            Some("yaml") => OutputFormat::Yaml,
            Some("wide") => OutputFormat::Wide,
            _ => OutputFormat::Table,
        }
    }
}

pub use crate::pycompat::python_bool;

/// Python's `repr(dict)` of a JSON object, as tabulate prints a dict cell
/// (the LABELS column): `{'l': 'v'}`, `{}` when empty, keys in insertion
/// order, strings quoted and escaped as `repr(str)` does.
pub fn py_repr_dict(map: &Map<String, Value>) -> String {
    crate::pycompat::dict_repr(map)
}

/// [`py_repr_dict`] for a map of strings, such as a `BTreeMap<String, String>`
/// of labels (entries printed in iteration order).
pub fn py_repr_str_map<K, V>(entries: impl IntoIterator<Item = (K, V)>) -> String
where
    K: AsRef<str>,
    V: AsRef<str>,
{
    let parts: Vec<String> = entries
        .into_iter()
        .map(|(k, v)| {
            format!(
                "{}: {}",
                crate::pycompat::str_repr(k.as_ref()),
                crate::pycompat::str_repr(v.as_ref())
            )
        })
        .collect();
    format!("{{{}}}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn output_format_parse() {
        assert_eq!(OutputFormat::parse(Some("json")), OutputFormat::Json);
        assert_eq!(OutputFormat::parse(Some("yaml")), OutputFormat::Yaml);
        assert_eq!(OutputFormat::parse(Some("wide")), OutputFormat::Wide);
        for other in [
            None,
            Some("table"),
            Some("JSON"),
            Some("xml"),
            Some(""),
            Some("none"),
        ] {
            assert_eq!(OutputFormat::parse(other), OutputFormat::Table);
        }
    }

    #[test]
    fn python_bools() {
        assert_eq!(python_bool(true), "True");
        assert_eq!(python_bool(false), "False");
    }

    #[test]
    fn dict_repr() {
        let labels = |v: Value| v.as_object().cloned().unwrap_or_default();
        assert_eq!(py_repr_dict(&labels(json!({}))), "{}");
        assert_eq!(py_repr_dict(&labels(json!({"l": "v"}))), "{'l': 'v'}");
        assert_eq!(
            py_repr_dict(&labels(json!({"b": "x", "a": "it's", "c": "\"q\" 'q'"}))),
            r#"{'b': 'x', 'a': "it's", 'c': '"q" \'q\''}"#
        );
        assert_eq!(
            py_repr_dict(&labels(
                json!({"n": 1, "f": 1.5, "t": true, "z": null, "l": ["a"], "d": {"k": "é\n"}})
            )),
            "{'n': 1, 'f': 1.5, 't': True, 'z': None, 'l': ['a'], 'd': {'k': 'é\\n'}}"
        );
    }

    #[test]
    fn str_map_repr() {
        let labels: std::collections::BTreeMap<String, String> =
            [("b".into(), "it's".into()), ("a".into(), "1".into())]
                .into_iter()
                .collect();
        assert_eq!(py_repr_str_map(&labels), r#"{'a': '1', 'b': "it's"}"#);
        assert_eq!(py_repr_str_map(Vec::<(&str, &str)>::new()), "{}");
    }
}
