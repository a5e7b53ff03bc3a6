//! Pure functions from API objects to table rows and json/yaml documents,
//! one per object kind, following the reference's columns (cli-reference §4.6).

use crate::model::{KeyValueObject, Labels, Namespace};
use crate::output::{format_timestamp, py_repr_dict};
use serde_json::{json, Map, Value};

/// Headers and rows of one table.
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

pub fn labels_cell(labels: &Option<Labels>) -> String {
    match labels {
        None => String::new(),
        Some(l) => {
            let map: Map<String, Value> = l
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect();
            py_repr_dict(&map)
        }
    }
}

fn ts_cell(ts: &Option<String>) -> String {
    ts.as_deref().map(format_timestamp).unwrap_or_default()
}

/// Configmaps and secrets: `NAME ITEMS`, wide adds `LABELS`.
pub fn kv_table(items: &[KeyValueObject], wide: bool) -> Table {
    let mut headers = vec!["NAME", "ITEMS"];
    if wide {
        headers.push("LABELS");
    }
    let rows = items
        .iter()
        .map(|o| {
            let mut row = vec![o.name.clone(), o.data.len().to_string()];
            if wide {
                row.push(labels_cell(&o.labels));
            }
            row
        })
        .collect();
    Table { headers, rows }
}

/// `{name, data}`; secrets add non-empty `labels` (the reference's choice).
pub fn kv_doc(o: &KeyValueObject, with_labels: bool) -> Value {
    let mut doc = json!({ "name": o.name, "data": o.data });
    if with_labels {
        if let Some(labels) = o.labels.as_ref().filter(|l| !l.is_empty()) {
            doc["labels"] = json!(labels);
        }
    }
    doc
}

pub fn namespace_table(items: &[Namespace]) -> Table {
    Table {
        headers: vec!["NAME", "CREATED_AT"],
        rows: items
            .iter()
            .map(|n| vec![n.name.clone(), ts_cell(&n.created_at)])
            .collect(),
    }
}

pub fn namespace_doc(n: &Namespace) -> Value {
    let mut doc = json!({ "name": n.name });
    if let Some(labels) = n.labels.as_ref() {
        doc["labels"] = json!(labels);
    }
    doc["created_at"] = json!(ts_cell(&n.created_at));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kv_rows_count_items_and_show_labels_when_wide() {
        let o = KeyValueObject {
            name: "labeled".into(),
            data: [("a".to_string(), "1".to_string())].into(),
            labels: Some([("l".to_string(), "v".to_string())].into()),
            create_at: None,
        };
        let t = kv_table(std::slice::from_ref(&o), true);
        assert_eq!(t.headers, ["NAME", "ITEMS", "LABELS"]);
        assert_eq!(t.rows[0], ["labeled", "1", "{'l': 'v'}"]);
        assert_eq!(kv_table(&[o], false).rows[0].len(), 2);
    }

    #[test]
    fn secret_doc_has_labels_only_when_non_empty() {
        let mut o = KeyValueObject {
            name: "s".into(),
            ..Default::default()
        };
        assert!(kv_doc(&o, true).get("labels").is_none());
        o.labels = Some([("k".to_string(), "v".to_string())].into());
        assert_eq!(kv_doc(&o, true)["labels"]["k"], "v");
        assert!(kv_doc(&o, false).get("labels").is_none());
    }
}
