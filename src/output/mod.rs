//! TEMPORARY stub, replaced by the real output module.
use serde_json::Value;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat { Table, Wide, Json, Yaml }
impl OutputFormat {
    pub fn parse(s: Option<&str>) -> OutputFormat {
        match s { Some("json") => Self::Json, Some("yaml") => Self::Yaml, Some("wide") => Self::Wide, _ => Self::Table }
    }
}
pub fn render_table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = headers.join("  "); s.push('\n');
    for r in rows { s.push_str(&r.join("  ")); s.push('\n'); }
    s
}
pub fn to_json(v: &Value) -> String { serde_json::to_string_pretty(v).unwrap_or_default() + "\n" }
pub fn to_yaml(v: &Value, _sort: bool) -> String { serde_json::to_string_pretty(v).unwrap_or_default() + "\n" }
pub fn format_timestamp(s: &str) -> String { s.to_string() }
pub fn py_repr_dict(m: &serde_json::Map<String, Value>) -> String { format!("{m:?}") }
