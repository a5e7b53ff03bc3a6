//! Handler tests: the router over a store in a temp dir, driven in-process
//! with `tower::ServiceExt::oneshot` (no socket, no server process).

use crate::platform::http::ConnectionLimits;
use crate::platform::runtime::RuntimeConfig;
use crate::platform::{api, Platform, RuntimeChoice, ServerOptions, State};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::Router;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

const TOKEN: &str = "handler-test-token";

struct Harness {
    router: Router,
    state: Arc<State>,
    _dir: tempfile::TempDir,
}

impl Harness {
    async fn new() -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let platform = Platform::open(ServerOptions {
            data_dir: dir.path().join("data"),
            token: Some(TOKEN.to_string()),
            runtime: RuntimeConfig::default(),
            volume_limits: crate::platform::volumes::Limits::default(),
            connections: ConnectionLimits {
                max_connections: 16,
                header_timeout: Duration::from_secs(5),
            },
            worker_runtime: RuntimeChoice::Process,
        })
        .await
        .expect("platform opens");
        let state = platform.state();
        Harness {
            router: api::router(state.clone()),
            state,
            _dir: dir,
        }
    }

    /// Sends one request with the bearer token (or none) and returns the
    /// status and the JSON body.
    async fn send_as(
        &self,
        token: Option<&str>,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let body = body.map_or_else(Body::empty, |b| Body::from(b.to_string()));
        let response = self
            .router
            .clone()
            .oneshot(request.body(body).expect("request"))
            .await
            .expect("router answers");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .expect("body");
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, value)
    }

    async fn send(&self, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        self.send_as(Some(TOKEN), method, path, body).await
    }

    async fn stop(self) {
        self.state.runtime.shutdown().await;
    }
}

/// An app whose manual scaler starts no worker, so no process is spawned.
fn idle_app(name: &str) -> Value {
    json!({"appV1alpha1": {
        "metadata": {"name": name},
        "spec": {
            "resource": {"cpu": 1, "memory": "64 MiB"},
            "autoscaler": {"manual": {"defaultWorkerNum": 0}}
        }
    }})
}

fn assert_error(answer: &(StatusCode, Value), status: StatusCode, code: i64, message: &str) {
    assert_eq!(answer.0, status, "{}", answer.1);
    assert_eq!(answer.1["code"], code, "{}", answer.1);
    assert_eq!(answer.1["message"], message, "{}", answer.1);
}

const NS: &str = "/api/namespaces/v1/namespaces";

#[tokio::test]
async fn control_plane_needs_the_token() {
    let h = Harness::new().await;
    let answer = h.send_as(None, Method::GET, NS, None).await;
    assert_error(
        &answer,
        StatusCode::UNAUTHORIZED,
        16,
        "missing or invalid bearer token",
    );
    let answer = h.send_as(Some("wrong"), Method::GET, NS, None).await;
    assert_eq!(answer.0, StatusCode::UNAUTHORIZED);
    h.stop().await;
}

#[tokio::test]
async fn namespaces_create_get_list_delete() {
    let h = Harness::new().await;
    let (status, list) = h.send(Method::GET, NS, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["namespaces"][0]["name"], "default");

    let (status, created) = h
        .send(
            Method::PUT,
            NS,
            Some(json!({"name": "team", "labels": {"env": "dev"}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    assert_eq!(created["name"], "team");
    assert_eq!(created["labels"]["env"], "dev");
    let again = h.send(Method::PUT, NS, Some(json!({"name": "team"}))).await;
    assert_error(
        &again,
        StatusCode::CONFLICT,
        6,
        "namespace \"team\" already exists",
    );
    let bad = h
        .send(Method::PUT, NS, Some(json!({"name": "Team!"})))
        .await;
    assert_eq!(bad.0, StatusCode::BAD_REQUEST);
    assert_eq!(bad.1["code"], 3);

    let (status, got) = h.send(Method::GET, &format!("{NS}/team"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got, created);
    let (_, list) = h.send(Method::GET, NS, None).await;
    let names: Vec<&str> = list["namespaces"]
        .as_array()
        .expect("namespaces")
        .iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    assert_eq!(names, ["default", "team"]);

    let default = h.send(Method::DELETE, &format!("{NS}/default"), None).await;
    assert_error(
        &default,
        StatusCode::BAD_REQUEST,
        9,
        "namespace \"default\" cannot be deleted",
    );
    let (status, _) = h.send(Method::DELETE, &format!("{NS}/team"), None).await;
    assert_eq!(status, StatusCode::OK);
    let gone = h.send(Method::GET, &format!("{NS}/team"), None).await;
    assert_error(
        &gone,
        StatusCode::NOT_FOUND,
        5,
        "namespace \"team\" not found",
    );
    let gone = h.send(Method::DELETE, &format!("{NS}/team"), None).await;
    assert_error(
        &gone,
        StatusCode::NOT_FOUND,
        5,
        "namespace \"team\" not found",
    );
    h.stop().await;
}

#[tokio::test]
async fn a_namespace_with_apps_is_not_deleted() {
    let h = Harness::new().await;
    h.send(Method::PUT, NS, Some(json!({"name": "busy"}))).await;
    let apps = "/api/apps/v1/namespaces/busy/apps";
    let (status, body) = h.send(Method::PUT, apps, Some(idle_app("a1"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let refused = h.send(Method::DELETE, &format!("{NS}/busy"), None).await;
    assert_error(
        &refused,
        StatusCode::BAD_REQUEST,
        9,
        "namespace \"busy\" still has 1 app(s); delete them first",
    );
    let (status, _) = h.send(Method::DELETE, &format!("{apps}/a1"), None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = h.send(Method::DELETE, &format!("{NS}/busy"), None).await;
    assert_eq!(status, StatusCode::OK);
    h.stop().await;
}

#[tokio::test]
async fn configmaps_create_update_list_delete() {
    let h = Harness::new().await;
    let item = "/api/configmaps/v1/cm1";
    let (status, created) = h
        .send(Method::PUT, item, Some(json!({"data": {"k": "v1"}})))
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    assert_eq!(created["name"], "cm1");
    assert_eq!(created["data"]["k"], "v1");
    let again = h.send(Method::PUT, item, Some(json!({"data": {}}))).await;
    assert_error(
        &again,
        StatusCode::CONFLICT,
        6,
        "configmap \"cm1\" already exists",
    );

    let (status, updated) = h
        .send(
            Method::POST,
            item,
            Some(json!({"data": {"k": "v2"}, "labels": {"l": "x"}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["data"]["k"], "v2");
    assert_eq!(updated["labels"]["l"], "x");
    assert_eq!(updated["createAt"], created["createAt"]);
    let missing = h
        .send(
            Method::POST,
            "/api/configmaps/v1/nope",
            Some(json!({"data": {}})),
        )
        .await;
    assert_error(
        &missing,
        StatusCode::NOT_FOUND,
        5,
        "configmap \"nope\" not found",
    );

    let (status, list) = h
        .send(Method::GET, "/api/configmaps/v1/configmaps", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["configmaps"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["configmaps"][0], updated);
    // Configmaps and secrets share a table but not their names.
    let (_, secrets) = h.send(Method::GET, "/api/secrets/v1/secrets", None).await;
    assert_eq!(secrets["secrets"].as_array().map(Vec::len), Some(0));

    let (status, _) = h.send(Method::DELETE, item, None).await;
    assert_eq!(status, StatusCode::OK);
    let gone = h.send(Method::GET, item, None).await;
    assert_error(
        &gone,
        StatusCode::NOT_FOUND,
        5,
        "configmap \"cm1\" not found",
    );
    let gone = h.send(Method::DELETE, item, None).await;
    assert_eq!(gone.0, StatusCode::NOT_FOUND);
    h.stop().await;
}

#[tokio::test]
async fn secrets_must_be_base64() {
    let h = Harness::new().await;
    let bad = h
        .send(
            Method::PUT,
            "/api/secrets/v1/s1",
            Some(json!({"data": {"k": "not base64!"}})),
        )
        .await;
    assert_eq!(bad.0, StatusCode::BAD_REQUEST, "{}", bad.1);
    let message = bad.1["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("secret \"s1\": data.k is not valid base64"),
        "{message}"
    );
    let (status, created) = h
        .send(
            Method::PUT,
            "/api/secrets/v1/s1",
            Some(json!({"data": {"k": "c2VjcmV0"}})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    assert_eq!(created["data"]["k"], "c2VjcmV0");
    h.stop().await;
}

#[tokio::test]
async fn apps_create_update_pause_events_delete() {
    let h = Harness::new().await;
    let apps = "/api/apps/v1/namespaces/default/apps";
    let missing_ns = h
        .send(
            Method::PUT,
            "/api/apps/v1/namespaces/ghost/apps",
            Some(idle_app("a1")),
        )
        .await;
    assert_error(
        &missing_ns,
        StatusCode::NOT_FOUND,
        5,
        "namespace \"ghost\" not found; create it with `everai namespace create ghost`",
    );

    let (status, created) = h.send(Method::PUT, apps, Some(idle_app("a1"))).await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let meta = &created["appV1alpha1"]["metadata"];
    assert_eq!(meta["namespace"], "default");
    assert_eq!(meta["resourceVersion"], "1");
    assert_eq!(
        created["appV1alpha1"]["status"]["status"],
        "STATUS_DEPLOYED"
    );
    let again = h.send(Method::PUT, apps, Some(idle_app("a1"))).await;
    assert_error(&again, StatusCode::CONFLICT, 6, "app \"a1\" already exists");

    let item = format!("{apps}/a1");
    let (status, updated) = h.send(Method::PUT, &item, Some(idle_app("a1"))).await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["appV1alpha1"]["metadata"]["resourceVersion"], "2");
    assert_eq!(updated["appV1alpha1"]["metadata"]["uid"], meta["uid"]);
    let missing = h
        .send(Method::PUT, &format!("{apps}/a2"), Some(idle_app("a2")))
        .await;
    assert_error(&missing, StatusCode::NOT_FOUND, 5, "app \"a2\" not found");

    let (status, _) = h.send(Method::POST, &format!("{item}:pause"), None).await;
    assert_eq!(status, StatusCode::OK);
    let (_, paused) = h.send(Method::GET, &item, None).await;
    assert_eq!(paused["appV1alpha1"]["status"]["status"], "STATUS_PAUSED");
    let (_, listed) = h.send(Method::GET, apps, None).await;
    assert_eq!(listed["apps"][0], paused);
    let (_, everywhere) = h.send(Method::GET, "/api/apps/v1/apps", None).await;
    assert_eq!(everywhere["apps"], listed["apps"]);

    h.state.runtime.events.flush().await;
    let (status, events) = h.send(Method::GET, &format!("{item}/events"), None).await;
    assert_eq!(status, StatusCode::OK, "{events}");
    let messages: Vec<&str> = events["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["message"].as_str())
        .collect();
    assert_eq!(
        messages.first().copied(),
        Some("App default/a1 paused: all workers stop"),
        "{messages:?}"
    );
    assert!(messages.contains(&"App default/a1 created"), "{messages:?}");
    let (_, page) = h
        .send(
            Method::GET,
            &format!("{item}/events?pageSize=1&pageToken=1"),
            None,
        )
        .await;
    assert_eq!(page["events"].as_array().map(Vec::len), Some(1));
    assert_eq!(page["events"][0]["message"], messages[1]);

    let (status, _) = h.send(Method::DELETE, &item, None).await;
    assert_eq!(status, StatusCode::OK);
    let gone = h.send(Method::GET, &item, None).await;
    assert_error(&gone, StatusCode::NOT_FOUND, 5, "app \"a1\" not found");
    let gone = h.send(Method::GET, &format!("{item}/events"), None).await;
    assert_eq!(gone.0, StatusCode::NOT_FOUND);
    h.stop().await;
}
