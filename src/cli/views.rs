//! Pure functions from API objects to table rows and json/yaml documents,
//! one per object kind, following the reference's columns (docs/output.md).

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

// ---------------------------------------------------------------------------
// Apps, workers, request queues, events, resources (docs/output.md)
// ---------------------------------------------------------------------------

fn strip<'a>(value: &'a str, prefix: &str) -> &'a str {
    value.strip_prefix(prefix).unwrap_or(value)
}

fn opt_ts_doc(ts: &Option<String>) -> Option<Value> {
    ts.as_deref()
        .filter(|t| !t.is_empty())
        .map(|t| Value::String(format_timestamp(t)))
}

/// Apps: `NAME NAMESPACE STATUS WORKERS CREATED_AT`, wide adds `UPDATED_AT`.
/// An empty namespace shows as `default`, a missing status or time as an
/// empty cell, WORKERS is `ready/desired` (missing counts are 0).
pub fn app_table(apps: &[crate::model::app::App], wide: bool) -> Table {
    let mut headers = vec!["NAME", "NAMESPACE", "STATUS", "WORKERS", "CREATED_AT"];
    if wide {
        headers.push("UPDATED_AT");
    }
    let rows = apps
        .iter()
        .map(|app| {
            let md = &app.app_v1alpha1.metadata;
            let status = app.app_v1alpha1.status.as_ref();
            let state = status
                .and_then(|s| s.status.as_deref())
                .map(|s| strip(s, "STATUS_").to_string())
                .unwrap_or_default();
            let ready = status.and_then(|s| s.ready_worker).unwrap_or(0);
            let desired = status.and_then(|s| s.desired_worker).unwrap_or(0);
            let mut row = vec![
                app.name().to_string(),
                app.namespace().to_string(),
                state,
                format!("{ready}/{desired}"),
                ts_cell(&md.created_at),
            ];
            if wide {
                row.push(ts_cell(&md.updated_at));
            }
            row
        })
        .collect();
    Table { headers, rows }
}

/// The `app get/list -o json|yaml` document (`App::to_document`).
pub fn app_doc(app: &crate::model::app::App) -> Value {
    app.to_document(format_timestamp)
}

/// Workers: `ID STATUS DETAIL_STATUS CREATED_AT DELETED_AT`, wide adds
/// `DEVICE LAST_SERVE_AT SUCCESS_COUNT FAILED_COUNT`; missing values are
/// empty cells (counts too, not 0).
pub fn worker_table(workers: &[crate::model::Worker], wide: bool) -> Table {
    let mut headers = vec!["ID", "STATUS", "DETAIL_STATUS", "CREATED_AT", "DELETED_AT"];
    if wide {
        headers.extend(["DEVICE", "LAST_SERVE_AT", "SUCCESS_COUNT", "FAILED_COUNT"]);
    }
    let count = |c: Option<i32>| c.map(|c| c.to_string()).unwrap_or_default();
    let rows = workers
        .iter()
        .map(|w| {
            let mut row = vec![
                w.id.clone(),
                strip(&w.status, "STATUS_").to_string(),
                w.detail_status
                    .as_deref()
                    .map(|d| strip(d, "DETAIL_STATUS_").to_string())
                    .unwrap_or_default(),
                ts_cell(&Some(w.created_at.clone())),
                ts_cell(&w.deleted_at),
            ];
            if wide {
                row.push(w.device_id.clone().unwrap_or_default());
                row.push(ts_cell(&w.last_serve_at));
                row.push(count(w.success_count));
                row.push(count(w.failed_count));
            }
            row
        })
        .collect();
    Table { headers, rows }
}

/// `{id, device, status, detail_status, success_count, failed_count,
/// last_serve_at, created_at, deleted_at}` with absent values left out.
pub fn worker_doc(w: &crate::model::Worker) -> Value {
    let mut doc = Map::new();
    doc.insert("id".into(), json!(w.id));
    if let Some(d) = &w.device_id {
        doc.insert("device".into(), json!(d));
    }
    doc.insert("status".into(), json!(strip(&w.status, "STATUS_")));
    if let Some(d) = w.detail_status.as_deref().filter(|d| !d.is_empty()) {
        doc.insert("detail_status".into(), json!(strip(d, "DETAIL_STATUS_")));
    }
    if let Some(c) = w.success_count {
        doc.insert("success_count".into(), json!(c));
    }
    if let Some(c) = w.failed_count {
        doc.insert("failed_count".into(), json!(c));
    }
    if let Some(t) = opt_ts_doc(&w.last_serve_at) {
        doc.insert("last_serve_at".into(), t);
    }
    doc.insert("created_at".into(), json!(format_timestamp(&w.created_at)));
    if let Some(t) = opt_ts_doc(&w.deleted_at) {
        doc.insert("deleted_at".into(), t);
    }
    Value::Object(doc)
}

/// The queue as the reference shows it: the first entry's missing index
/// becomes 0 (the server omits a 0 index).
pub fn queue_with_head_index(
    queue: &[crate::model::QueuedRequest],
) -> Vec<crate::model::QueuedRequest> {
    let mut queue = queue.to_vec();
    if let Some(first) = queue.first_mut() {
        first.index.get_or_insert(0);
    }
    queue
}

/// Request queue: `QUEUE_INDEX CREATE_AT QUEUE_REASON` (no wide extras);
/// the reason without its `QueueReason` prefix. Pass the entries through
/// [`queue_with_head_index`] first.
pub fn queue_table(queue: &[crate::model::QueuedRequest]) -> Table {
    Table {
        headers: vec!["QUEUE_INDEX", "CREATE_AT", "QUEUE_REASON"],
        rows: queue
            .iter()
            .map(|q| {
                vec![
                    q.index.map(|i| i.to_string()).unwrap_or_default(),
                    ts_cell(&Some(q.create_at.clone())),
                    strip(&q.reason, "QueueReason").to_string(),
                ]
            })
            .collect(),
    }
}

/// `{queue_index, create_at, queue_reason}` (`queue_index` null when the
/// server left it out, as the reference prints it).
pub fn queue_doc(q: &crate::model::QueuedRequest) -> Value {
    json!({
        "queue_index": q.index,
        "create_at": format_timestamp(&q.create_at),
        "queue_reason": strip(&q.reason, "QueueReason"),
    })
}

/// Events: `TYPE FROM CREATED_AT MESSAGE`, the type without `EVENT_TYPE_`;
/// messages are never truncated.
pub fn event_table(events: &[crate::model::Event]) -> Table {
    Table {
        headers: vec!["TYPE", "FROM", "CREATED_AT", "MESSAGE"],
        rows: events
            .iter()
            .map(|e| {
                vec![
                    strip(&e.event_type, "EVENT_TYPE_").to_string(),
                    e.source.clone(),
                    ts_cell(&Some(e.created_at.clone())),
                    e.message.clone(),
                ]
            })
            .collect(),
    }
}

/// `{type, from, created_at, message}`.
pub fn event_doc(e: &crate::model::Event) -> Value {
    json!({
        "type": strip(&e.event_type, "EVENT_TYPE_"),
        "from": e.source,
        "created_at": format_timestamp(&e.created_at),
        "message": e.message,
    })
}

/// The `everai resources` document: the selected lists under `cpus`,
/// `gpus`, `regions` (print it with sorted keys); an absent list is null.
pub fn resources_doc(
    regions: Option<Option<Vec<String>>>,
    cpus: Option<Option<Vec<String>>>,
    gpus: Option<Option<Vec<String>>>,
) -> Value {
    let mut doc = Map::new();
    for (key, list) in [("cpus", cpus), ("gpus", gpus), ("regions", regions)] {
        if let Some(list) = list {
            doc.insert(key.into(), json!(list));
        }
    }
    Value::Object(doc)
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

#[cfg(test)]
mod app_view_tests {
    //! Byte-for-byte checks against the reference samples of docs/output.md.
    use super::*;
    use crate::model::app::{App, AppStatus};
    use crate::model::{Event, QueuedRequest, Worker};
    use crate::output::{render_table, to_yaml};

    fn render(t: &Table) -> String {
        render_table(&t.headers, &t.rows)
    }

    fn app(name: &str, ns: Option<&str>, status: &str, ready: i32, created: &str) -> App {
        let mut app = App::default();
        let md = &mut app.app_v1alpha1.metadata;
        md.name = name.into();
        md.namespace = ns.map(str::to_string);
        md.created_at = Some(created.into());
        app.app_v1alpha1.status = Some(AppStatus {
            desired_worker: Some(ready),
            ready_worker: Some(ready),
            status: Some(status.into()),
        });
        app
    }

    fn worker(id: &str, status: &str, detail: Option<&str>, created: &str) -> Worker {
        Worker {
            id: id.into(),
            status: status.into(),
            detail_status: detail.map(str::to_string),
            created_at: created.into(),
            ..Default::default()
        }
    }

    #[test]
    fn app_list_sample() {
        let apps = [app(
            "get-start",
            Some("default"),
            "STATUS_DEPLOYED",
            3,
            "2024-06-18T04:21:37.123Z",
        )];
        assert_eq!(
            render(&app_table(&apps, false)),
            "NAME       NAMESPACE    STATUS    WORKERS    CREATED_AT\n\
             ---------  -----------  --------  ---------  ------------------------\n\
             get-start  default      DEPLOYED  3/3        2024-06-18T04:21:37+0000\n"
        );
    }

    #[test]
    fn app_list_worked_example_with_empty_namespace_and_missing_status() {
        let mut paused = app(
            "test-start-14",
            None,
            "STATUS_PAUSED",
            0,
            "2024-06-18T08:49:30Z",
        );
        paused.app_v1alpha1.status = Some(AppStatus {
            status: Some("STATUS_PAUSED".into()),
            ..Default::default()
        });
        let apps = [
            app(
                "get-start",
                Some(""),
                "STATUS_DEPLOYED",
                3,
                "2024-06-18T04:21:37Z",
            ),
            paused,
        ];
        assert_eq!(
            render(&app_table(&apps, false)),
            "NAME           NAMESPACE    STATUS    WORKERS    CREATED_AT\n\
             -------------  -----------  --------  ---------  ------------------------\n\
             get-start      default      DEPLOYED  3/3        2024-06-18T04:21:37+0000\n\
             test-start-14  default      PAUSED    0/0        2024-06-18T08:49:30+0000\n"
        );
        // quirk 3: a missing updatedAt is an empty cell, not a crash.
        let wide = app_table(&apps, true);
        assert_eq!(wide.headers.last(), Some(&"UPDATED_AT"));
        assert_eq!(wide.rows[0][5], "");
    }

    #[test]
    fn app_doc_uses_the_document_order_and_short_enums() {
        let mut a = app(
            "get-start",
            None,
            "STATUS_DEPLOYED",
            3,
            "2024-06-18T04:21:37Z",
        );
        a.app_v1alpha1.metadata.resource_version = Some("3".into());
        a.app_v1alpha1.spec.image = Some("quay.io/u/img:v1".into());
        a.app_v1alpha1.spec.route_auth_type = Some("ROUTE_AUTH_TYPE_PUBLIC".into());
        a.app_v1alpha1.spec.resource.cpu = 1;
        a.app_v1alpha1.spec.resource.memory = "1 GiB".into();
        let yaml = to_yaml(&app_doc(&a), false);
        assert!(
            yaml.starts_with(
                "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: get-start\n  namespace: default\n  resourceVersion: '3'\n  createdAt: 2024-06-18T04:21:37+0000\nspec:\n  image: quay.io/u/img:v1\n"
            ),
            "{yaml}"
        );
        assert!(yaml.contains("  routeAuthType: PUBLIC\n"), "{yaml}");
        assert!(
            yaml.ends_with("status:\n  desiredWorker: 3\n  readyWorker: 3\n  status: DEPLOYED\n"),
            "{yaml}"
        );
    }

    #[test]
    fn worker_list_sample() {
        let workers = [
            worker(
                "4gexdRcjZyAwPGNeNFNHpr",
                "STATUS_RUNNING",
                Some("DETAIL_STATUS_FREE"),
                "2024-06-25T12:19:05Z",
            ),
            worker(
                "mHFmmq7fJWWtERAyFDLrcA",
                "STATUS_RUNNING",
                Some("DETAIL_STATUS_FREE"),
                "2024-06-25T12:19:05.5Z",
            ),
        ];
        assert_eq!(
            render(&worker_table(&workers, false)),
            "ID                      STATUS    DETAIL_STATUS    CREATED_AT                DELETED_AT\n\
             ----------------------  --------  ---------------  ------------------------  ------------\n\
             4gexdRcjZyAwPGNeNFNHpr  RUNNING   FREE             2024-06-25T12:19:05+0000\n\
             mHFmmq7fJWWtERAyFDLrcA  RUNNING   FREE             2024-06-25T12:19:05+0000\n"
        );
    }

    #[test]
    fn worker_list_empty_sample() {
        assert_eq!(
            render(&worker_table(&[], false)),
            "ID    STATUS    DETAIL_STATUS    CREATED_AT    DELETED_AT\n\
             ----  --------  ---------------  ------------  ------------\n"
        );
    }

    #[test]
    fn worker_list_all_during_a_rollout_sample() {
        let mut old = worker(
            "kEEBkaoEaZrxPgzab2ChjQ",
            "STATUS_TERMINATED",
            None,
            "2024-07-05T08:41:49Z",
        );
        old.deleted_at = Some("2024-07-05T13:12:23Z".into());
        let workers = [
            old,
            worker(
                "mNTAJoqyMRHDyDoLTCSjPn",
                "STATUS_RUNNING",
                Some("DETAIL_STATUS_FREE"),
                "2024-07-05T13:11:59Z",
            ),
        ];
        assert_eq!(
            render(&worker_table(&workers, false)),
            "ID                      STATUS      DETAIL_STATUS    CREATED_AT                DELETED_AT\n\
             ----------------------  ----------  ---------------  ------------------------  ------------------------\n\
             kEEBkaoEaZrxPgzab2ChjQ  TERMINATED                   2024-07-05T08:41:49+0000  2024-07-05T13:12:23+0000\n\
             mNTAJoqyMRHDyDoLTCSjPn  RUNNING     FREE             2024-07-05T13:11:59+0000\n"
        );
    }

    #[test]
    fn worker_list_wide_sample() {
        let mut a = worker(
            "4gexdRcjZyAwPGNeNFNHpr",
            "STATUS_RUNNING",
            Some("DETAIL_STATUS_FREE"),
            "2024-06-25T12:19:05Z",
        );
        a.device_id = Some("dev-1".into());
        a.last_serve_at = Some("2024-06-25T13:00:00Z".into());
        a.success_count = Some(10);
        a.failed_count = Some(1);
        let mut b = worker(
            "mHFmmq7fJWWtERAyFDLrcA",
            "STATUS_TERMINATED",
            Some("DETAIL_STATUS_UNSPECIFIED"),
            "2024-06-25T12:19:05Z",
        );
        b.deleted_at = Some("2024-06-25T14:19:05Z".into());
        b.device_id = Some("dev-2".into());
        let expected = "\
ID                      STATUS      DETAIL_STATUS    CREATED_AT                DELETED_AT                DEVICE    LAST_SERVE_AT               SUCCESS_COUNT    FAILED_COUNT
----------------------  ----------  ---------------  ------------------------  ------------------------  --------  ------------------------  ---------------  --------------
4gexdRcjZyAwPGNeNFNHpr  RUNNING     FREE             2024-06-25T12:19:05+0000                            dev-1     2024-06-25T13:00:00+0000               10               1
mHFmmq7fJWWtERAyFDLrcA  TERMINATED  UNSPECIFIED      2024-06-25T12:19:05+0000  2024-06-25T14:19:05+0000  dev-2
";
        assert_eq!(render(&worker_table(&[a.clone(), b], true)), expected);
        assert_eq!(
            serde_json::to_string(&worker_doc(&a)).expect("json"),
            r#"{"id":"4gexdRcjZyAwPGNeNFNHpr","device":"dev-1","status":"RUNNING","detail_status":"FREE","success_count":10,"failed_count":1,"last_serve_at":"2024-06-25T13:00:00+0000","created_at":"2024-06-25T12:19:05+0000"}"#
        );
    }

    #[test]
    fn queue_sample_patches_the_head_index() {
        let queue = [
            QueuedRequest {
                index: None,
                reason: "QueueReasonWorkerBusy".into(),
                create_at: "2024-07-03T22:24:07.9Z".into(),
            },
            QueuedRequest {
                index: Some(1),
                reason: "QueueReasonWorkerBusy".into(),
                create_at: "2024-07-03T22:24:07Z".into(),
            },
        ];
        let queue = queue_with_head_index(&queue);
        assert_eq!(
            render(&queue_table(&queue)),
            "  QUEUE_INDEX  CREATE_AT                 QUEUE_REASON\n\
             -------------  ------------------------  --------------\n            \
             0  2024-07-03T22:24:07+0000  WorkerBusy\n            \
             1  2024-07-03T22:24:07+0000  WorkerBusy\n"
        );
        assert_eq!(
            serde_json::to_string(&queue_doc(&queue[0])).expect("json"),
            r#"{"queue_index":0,"create_at":"2024-07-03T22:24:07+0000","queue_reason":"WorkerBusy"}"#
        );
    }

    #[test]
    fn empty_queue_sample() {
        assert_eq!(
            render(&queue_table(&queue_with_head_index(&[]))),
            "QUEUE_INDEX    CREATE_AT    QUEUE_REASON\n\
             -------------  -----------  --------------\n"
        );
    }

    #[test]
    fn events_sample() {
        let ev = |from: &str, at: &str, msg: &str| Event {
            event_type: "EVENT_TYPE_NORMAL".into(),
            source: from.into(),
            message: msg.into(),
            created_at: at.into(),
        };
        let events = [
            ev("AppSever", "2024-06-25T12:27:05Z", "Worker/oFHDnZHrDMo5WHnQkhcegx is ready now"),
            ev("AppSever", "2024-06-25T12:27:05Z", "Worker/jQd38Z5HwRLv24x459CSBG is ready now"),
            ev(
                "Scheduler",
                "2024-06-25T12:26:59Z",
                "Successfully assigned worker/oFHDnZHrDMo5WHnQkhcegx to node/5a684c93-84c0-4078-821c-a4aeccb61407",
            ),
            ev(
                "Scheduler",
                "2024-06-25T12:26:59Z",
                "Successfully assigned worker/jQd38Z5HwRLv24x459CSBG to node/5a684c93-84c0-4078-821c-a4aeccb61407",
            ),
        ];
        let expected = "\
TYPE    FROM       CREATED_AT                MESSAGE
------  ---------  ------------------------  ------------------------------------------------------------------------------------------------
NORMAL  AppSever   2024-06-25T12:27:05+0000  Worker/oFHDnZHrDMo5WHnQkhcegx is ready now
NORMAL  AppSever   2024-06-25T12:27:05+0000  Worker/jQd38Z5HwRLv24x459CSBG is ready now
NORMAL  Scheduler  2024-06-25T12:26:59+0000  Successfully assigned worker/oFHDnZHrDMo5WHnQkhcegx to node/5a684c93-84c0-4078-821c-a4aeccb61407
NORMAL  Scheduler  2024-06-25T12:26:59+0000  Successfully assigned worker/jQd38Z5HwRLv24x459CSBG to node/5a684c93-84c0-4078-821c-a4aeccb61407
";
        assert_eq!(render(&event_table(&events)), expected);
        assert_eq!(
            serde_json::to_string(&event_doc(&events[0])).expect("json"),
            r#"{"type":"NORMAL","from":"AppSever","created_at":"2024-06-25T12:27:05+0000","message":"Worker/oFHDnZHrDMo5WHnQkhcegx is ready now"}"#
        );
    }

    #[test]
    fn resources_document_sorts_keys_and_keeps_nulls() {
        let doc = resources_doc(
            Some(Some(vec!["local".into()])),
            None,
            Some(Some(vec!["A100 40G".into(), "RTX 4090".into()])),
        );
        assert_eq!(
            to_yaml(&doc, true),
            "gpus:\n- A100 40G\n- RTX 4090\nregions:\n- local\n"
        );
        assert_eq!(
            to_yaml(&resources_doc(None, None, Some(None)), true),
            "gpus: null\n"
        );
    }
}
