//! Apps: create, list, get, update, delete, pause, resume; their workers,
//! request queues, events and manual scaling.

use super::{check_name, parse_json};
use crate::model::app::{App, AppStatus, AppV1alpha1};
use crate::model::{
    grpc_code, Empty, EventList, QueueList, QueuedRequest, ScaleDownRequest, ScaleUpRequest,
    ScaleUpResponse, Worker, WorkerList,
};
use crate::platform::error::{ApiError, ApiResult};
use crate::platform::runtime::AppLaunch;
use crate::platform::store::{AppRow, NewApp};
use crate::platform::{paths, State};
use axum::body::Bytes;
use axum::extract::{Path, Query, State as AxState};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use std::path::PathBuf;
use std::sync::Arc;

type St = AxState<Arc<State>>;

// Apps created by other clients, without the manifest-dir header, run in
// their data-dir folder.
use crate::model::app::{MANIFEST_DIR_HEADER, STATUS_DEPLOYED, STATUS_PAUSED};

pub fn routes() -> Router<Arc<State>> {
    let base = "/api/apps/v1/namespaces/{ns}/apps";
    Router::new()
        .route("/api/apps/v1/apps", get(list_all))
        .route(base, put(create).get(list))
        .route(
            &format!("{base}/{{name}}"),
            get(fetch).put(update).delete(remove).post(verb),
        )
        .route(&format!("{base}/{{name}}/workers"), get(workers))
        .route(&format!("{base}/{{name}}/workers:scale-up"), post(scale_up))
        .route(
            &format!("{base}/{{name}}/workers:scale-down"),
            post(scale_down),
        )
        .route(&format!("{base}/{{name}}/request_queues"), get(queue))
        .route(&format!("{base}/{{name}}/events"), get(list_events))
        .route(&format!("{base}/{{name}}/trace"), get(trace))
}

/// The API form of a stored app, with live worker counts.
fn to_app(state: &State, row: &AppRow) -> ApiResult<App> {
    let mut app: AppV1alpha1 = serde_json::from_str(&row.body)
        .map_err(|e| ApiError::internal(format!("stored app unreadable: {e}")))?;
    app.metadata.uid = Some(row.uid.clone());
    app.metadata.resource_version = Some(row.revision.to_string());
    app.metadata.created_at = Some(row.created_at.clone());
    app.metadata.updated_at = Some(row.updated_at.clone());
    let (ready, desired) = if row.status == STATUS_PAUSED {
        (0, 0)
    } else {
        state.runtime.counts(&row.uid)
    };
    app.status = Some(AppStatus {
        status: Some(row.status.clone()),
        desired_worker: Some(desired),
        ready_worker: Some(ready),
    });
    Ok(App { app_v1alpha1: app })
}

/// Keeps what a client may set: metadata name/namespace/labels and the spec.
fn writable(mut app: AppV1alpha1, ns: &str) -> AppV1alpha1 {
    app.metadata.namespace = Some(ns.to_string());
    app.metadata.uid = None;
    app.metadata.resource_version = None;
    app.metadata.created_at = None;
    app.metadata.updated_at = None;
    app.status = None;
    app
}

/// Checks that the local platform can run the app.
fn validate(state: &State, app: &AppV1alpha1) -> ApiResult<()> {
    check_name("app", &app.metadata.name)?;
    let spec = &app.spec;
    // The rules `everai app check` applies too (one validator for both).
    if let Some(problem) = spec.resource.problems().into_iter().next() {
        return Err(ApiError::invalid(format!(
            "spec.resource.{}: {}",
            problem.field, problem.message
        )));
    }
    let memory = crate::model::app::parse_memory(&spec.resource.memory)
        .map_err(|e| ApiError::invalid(format!("spec.resource.memory: {e}")))?;
    state
        .host
        .check(
            i64::from(spec.resource.cpu),
            memory,
            i64::from(spec.resource.gpu.unwrap_or(0)),
        )
        .map_err(ApiError::invalid)?;
    if let Some(port) = spec.port {
        if !(1..=65535).contains(&port) {
            return Err(ApiError::invalid(format!(
                "spec.port {port} is not a TCP port"
            )));
        }
    }
    if let Some(builtin) = spec.autoscaler.as_ref().and_then(|a| a.builtin.as_ref()) {
        let name = builtin.name.as_deref().unwrap_or("simple");
        if crate::autoscale::PolicyKind::from_name(name).is_none() {
            return Err(ApiError::invalid(format!(
                "spec.autoscaler.builtin.name {name:?} is unknown: use simple or free-worker"
            )));
        }
    }
    Ok(())
}

/// The manifest's directory when the CLI sent an existing one, else the
/// app's own directory under the data dir (built from validated names).
fn workdir_of(state: &State, headers: &HeaderMap, ns: &str, name: &str) -> ApiResult<PathBuf> {
    match headers
        .get(MANIFEST_DIR_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(PathBuf::from)
        .filter(|p| p.is_absolute() && p.is_dir())
    {
        Some(dir) => Ok(dir),
        None => paths::app_dir(&state.data_dir, ns, name),
    }
}

async fn create(
    AxState(st): St,
    Path(ns): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<App>> {
    let app: App = parse_json(&body)?;
    // Names are checked before anything touches the file system.
    check_name("namespace", &ns)?;
    let app = writable(app.app_v1alpha1, &ns);
    validate(&st, &app)?;
    let workdir = workdir_of(&st, &headers, &ns, &app.metadata.name)?;
    std::fs::create_dir_all(&workdir)
        .map_err(|e| ApiError::internal(format!("cannot create {}: {e}", workdir.display())))?;
    let uid = crate::platform::random_id(22);
    let body_json = serde_json::to_string(&app).map_err(|e| ApiError::internal(e.to_string()))?;
    let row = st
        .store
        .create_app(NewApp {
            namespace: ns.clone(),
            name: app.metadata.name.clone(),
            uid: uid.clone(),
            body: body_json,
            status: STATUS_DEPLOYED.to_string(),
            workdir: workdir.display().to_string(),
            now: crate::model::now_rfc3339(),
        })
        .await?;
    st.runtime.launch(AppLaunch {
        uid: uid.clone(),
        app: app.clone(),
        revision: 1,
        workdir,
        paused: false,
    });
    st.runtime.events.normal(
        &uid,
        "AppServer",
        &format!("App {ns}/{} created", app.metadata.name),
    );
    Ok(Json(to_app(&st, &row)?))
}

async fn update(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<App>> {
    let app: App = parse_json(&body)?;
    let mut app = writable(app.app_v1alpha1, &ns);
    if app.metadata.name.is_empty() {
        app.metadata.name = name.clone();
    }
    if app.metadata.name != name {
        return Err(ApiError::invalid(format!(
            "the body names app \"{}\" but the path names \"{name}\"",
            app.metadata.name
        )));
    }
    validate(&st, &app)?;
    let body_json = serde_json::to_string(&app).map_err(|e| ApiError::internal(e.to_string()))?;
    let now = crate::model::now_rfc3339();
    check_name("namespace", &ns)?;
    let new_workdir = match headers.get(MANIFEST_DIR_HEADER) {
        Some(_) => Some(workdir_of(&st, &headers, &ns, &name)?.display().to_string()),
        None => None,
    };
    let row = st
        .store
        .update_app(&ns, &name, body_json, new_workdir, now)
        .await?;
    let workdir = match row.workdir.clone() {
        Some(dir) => PathBuf::from(dir),
        None => paths::app_dir(&st.data_dir, &ns, &name)?,
    };
    st.runtime.update(&row.uid, app, row.revision, workdir);
    st.runtime.events.normal(
        &row.uid,
        "AppServer",
        &format!("App {ns}/{name} updated to revision {}", row.revision),
    );
    Ok(Json(to_app(&st, &row)?))
}

async fn fetch(AxState(st): St, Path((ns, name)): Path<(String, String)>) -> ApiResult<Json<App>> {
    let row = st.store.app(&ns, &name).await?;
    Ok(Json(to_app(&st, &row)?))
}

#[derive(serde::Serialize)]
struct AppList {
    apps: Vec<App>,
}

async fn list(AxState(st): St, Path(ns): Path<String>) -> ApiResult<Json<AppList>> {
    list_where(st, Some(ns)).await
}

async fn list_all(AxState(st): St) -> ApiResult<Json<AppList>> {
    list_where(st, None).await
}

async fn list_where(st: Arc<State>, ns: Option<String>) -> ApiResult<Json<AppList>> {
    let apps = st
        .store
        .apps(ns)
        .await?
        .iter()
        .map(|r| to_app(&st, r))
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(Json(AppList { apps }))
}

async fn remove(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
) -> ApiResult<Json<Empty>> {
    let uid = st.store.delete_app(&ns, &name).await?;
    st.runtime.remove(&uid);
    Ok(Json(Empty {}))
}

/// `POST .../apps/{name}:pause` and `:resume`.
async fn verb(
    AxState(st): St,
    Path((ns, name_verb)): Path<(String, String)>,
) -> ApiResult<Json<Empty>> {
    let Some((name, verb)) = name_verb.rsplit_once(':') else {
        return Err(ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            grpc_code::INVALID_ARGUMENT,
            "POST needs a verb: .../apps/NAME:pause or :resume",
        ));
    };
    let status = match verb {
        "pause" => STATUS_PAUSED,
        "resume" => STATUS_DEPLOYED,
        other => {
            return Err(ApiError::invalid(format!(
                "unknown app verb \"{other}\": use pause or resume"
            )))
        }
    };
    let uid = st
        .store
        .set_app_status(&ns, name, status, crate::model::now_rfc3339())
        .await?;
    if status == STATUS_PAUSED {
        st.runtime.pause(&uid);
        st.runtime.events.normal(
            &uid,
            "AppServer",
            &format!("App {ns}/{name} paused: all workers stop"),
        );
    } else {
        st.runtime.resume(&uid);
        st.runtime
            .events
            .normal(&uid, "AppServer", &format!("App {ns}/{name} resumed"));
    }
    Ok(Json(Empty {}))
}

async fn uid_of(st: &State, ns: String, name: String) -> ApiResult<String> {
    Ok(st.store.app(&ns, &name).await?.uid)
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct WorkerQuery {
    #[serde(default)]
    show_all: Option<bool>,
    #[serde(default)]
    recent_days: Option<i64>,
}

async fn workers(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
    Query(q): Query<WorkerQuery>,
) -> ApiResult<Json<WorkerList>> {
    let uid = uid_of(&st, ns, name).await?;
    let mut workers = st.runtime.live_workers(&uid);
    if q.show_all.unwrap_or(false) {
        let days = q.recent_days.unwrap_or(2).max(0);
        let since = (chrono::Utc::now() - chrono::Duration::days(days))
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string();
        let live: Vec<String> = workers.iter().map(|w| w.id.clone()).collect();
        let past = st.store.worker_records_since(&uid, since).await?;
        let mut old: Vec<Worker> = past
            .iter()
            .filter_map(|b| serde_json::from_str::<Worker>(b).ok())
            .filter(|w| !live.contains(&w.id))
            .collect();
        old.append(&mut workers);
        workers = old;
    }
    let queue_size = st.runtime.queue(&uid).len() as i32;
    Ok(Json(WorkerList {
        workers,
        queue_size: Some(queue_size),
        max_workers: None,
    }))
}

async fn queue(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
) -> ApiResult<Json<QueueList>> {
    let uid = uid_of(&st, ns, name).await?;
    let queues = st
        .runtime
        .queue(&uid)
        .into_iter()
        .enumerate()
        .map(|(i, (created, reason))| QueuedRequest {
            index: Some(i as i32),
            reason: reason.into(),
            create_at: created,
        })
        .collect();
    Ok(Json(QueueList { queues }))
}

#[derive(serde::Deserialize)]
struct TraceQuery {
    /// Only requests that arrived in the last `since` seconds.
    #[serde(default)]
    since: Option<f64>,
}

/// The app's request trace (local-platform extension; docs/simulate.md).
async fn trace(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
    Query(q): Query<TraceQuery>,
) -> ApiResult<Json<crate::model::trace::TraceList>> {
    let uid = uid_of(&st, ns, name).await?;
    let Some(rt) = st.runtime.get(&uid) else {
        return Ok(Json(Default::default()));
    };
    let now = crate::platform::unix_seconds(std::time::SystemTime::now());
    let since = q.since.map(|s| now - s).unwrap_or(f64::MIN);
    Ok(Json(crate::model::trace::TraceList {
        requests: rt.trace.since(since),
        capacity: rt.trace.capacity() as u64,
    }))
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct EventQuery {
    #[serde(default)]
    page_size: Option<i64>,
    #[serde(default)]
    page_token: Option<String>,
}

async fn list_events(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
    Query(q): Query<EventQuery>,
) -> ApiResult<Json<EventList>> {
    let uid = uid_of(&st, ns, name).await?;
    let limit = match q.page_size {
        Some(n) if n > 0 => n.min(1000),
        _ => 50,
    };
    let offset = q
        .page_token
        .as_deref()
        .and_then(|t| t.parse::<i64>().ok())
        .unwrap_or(0)
        .max(0);
    let events = st.store.events(&uid, limit, offset).await?;
    Ok(Json(EventList { events }))
}

async fn scale_up(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Json<ScaleUpResponse>> {
    let req: ScaleUpRequest = parse_json(&body)?;
    if !(1..=100).contains(&req.scale_up_workers_num) {
        return Err(ApiError::invalid(
            "scaleUpWorkersNum must be between 1 and 100",
        ));
    }
    let uid = uid_of(&st, ns, name.clone()).await?;
    let worker_ids = st
        .runtime
        .manual_scale_up(&uid, req.scale_up_workers_num as u32)
        .map_err(|e| ApiError::precondition(format!("app \"{name}\": {e}")))?;
    Ok(Json(ScaleUpResponse { worker_ids }))
}

async fn scale_down(
    AxState(st): St,
    Path((ns, name)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Json<Empty>> {
    let req: ScaleDownRequest = parse_json(&body)?;
    let uid = uid_of(&st, ns, name.clone()).await?;
    st.runtime
        .manual_scale_down(
            &uid,
            req.scale_down_workers_num.unwrap_or(0).max(0) as u32,
            req.worker_ids.unwrap_or_default(),
        )
        .map_err(|e| ApiError::precondition(format!("app \"{name}\": {e}")))?;
    Ok(Json(Empty {}))
}

/// Brings stored apps back at start-up: deployed ones to their policy.
pub fn restore(state: &State) -> ApiResult<usize> {
    let rows = state.store.apps_blocking()?;
    let count = rows.len();
    for row in rows {
        let Ok(app) = serde_json::from_str::<AppV1alpha1>(&row.body) else {
            continue;
        };
        let workdir = match row.workdir {
            Some(dir) => PathBuf::from(dir),
            None => match paths::app_dir(&state.data_dir, &row.namespace, &row.name) {
                Ok(dir) => dir,
                Err(_) => continue,
            },
        };
        state.runtime.launch(AppLaunch {
            uid: row.uid,
            app,
            revision: row.revision,
            workdir,
            paused: row.status == STATUS_PAUSED,
        });
    }
    Ok(count)
}
