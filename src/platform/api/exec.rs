//! `worker exec` over the Docker Engine API exec calls, the protocol the
//! hosted platform's exec gateway speaks (clients point
//! `EVERAI_EXEC_ENTRYPOINT` at the server). The worker id is the container
//! id; every call needs the bearer token. Served at the root of the API
//! listener, with or without the `/vX.Y` version prefix:
//!
//! - `GET /version`, `GET /_ping`: version negotiation (API 1.41);
//! - `POST /containers/ID/exec` `{"Cmd": [...], "Tty", "AttachStdin"}` →
//!   201 `{"Id"}`; an `X-everai-worker-id` header, when sent, must name
//!   the same worker;
//! - `POST /exec/ID/start` `{"Detach", "Tty"}`: with `Upgrade: tcp` the
//!   answer is 101 and the connection carries stdin one way and the
//!   output the other (raw with a tty, else Docker's multiplexed frames:
//!   stream id, three zero bytes, big-endian u32 length, data); without
//!   it, a 200 streaming the output;
//! - `GET /exec/ID/json`: `Running`, `ExitCode`, `ProcessConfig.tty`, ...;
//! - `POST /exec/ID/resize`: accepted and ignored (the terminal keeps its
//!   first size).
//!
//! See docs/local-platform.md, "worker exec".

use crate::platform::runtime::exec::{ExecError, ExecRequest, ExecSession, ExecState, STDERR};
use crate::platform::State;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State as AxState};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::TokioIo;
use serde::Deserialize;
use std::sync::Arc;
use tokio::io::{AsyncWrite, AsyncWriteExt};

/// The Engine API version these calls follow.
pub const API_VERSION: &str = "1.41";
const WORKER_HEADER: &str = "x-everai-worker-id";
/// How long output waits after the 101 answer for docker-py clients.
const DOCKER_PY_GRACE: std::time::Duration = std::time::Duration::from_millis(150);

pub fn routes() -> Router<Arc<State>> {
    let mut router = Router::new();
    for prefix in ["", "/{version}"] {
        router = router
            .route(&format!("{prefix}/version"), get(version))
            .route(&format!("{prefix}/_ping"), get(ping))
            .route(&format!("{prefix}/containers/{{id}}/exec"), post(create))
            .route(&format!("{prefix}/exec/{{id}}/start"), post(start))
            .route(&format!("{prefix}/exec/{{id}}/json"), get(inspect))
            .route(&format!("{prefix}/exec/{{id}}/resize"), post(resize));
    }
    router
}

/// An error the way the engine words it: `{"message": "..."}`.
fn engine_error(status: StatusCode, message: impl Into<String>) -> Response {
    let body = serde_json::json!({ "message": message.into() });
    (status, axum::Json(body)).into_response()
}

async fn version() -> Response {
    axum::Json(serde_json::json!({
        "ApiVersion": API_VERSION,
        "MinAPIVersion": "1.24",
        "Version": format!("everai-{}", env!("CARGO_PKG_VERSION")),
        "Os": std::env::consts::OS,
        "Arch": std::env::consts::ARCH,
    }))
    .into_response()
}

async fn ping() -> &'static str {
    "OK"
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "PascalCase", default)]
struct CreateBody {
    cmd: Option<Vec<String>>,
    tty: bool,
    attach_stdin: bool,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "PascalCase", default)]
struct StartBody {
    detach: bool,
}

async fn create(
    AxState(state): AxState<Arc<State>>,
    Path(params): Path<Vec<(String, String)>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(worker) = param(&params, "id") else {
        return engine_error(StatusCode::BAD_REQUEST, "missing container id");
    };
    if let Some(named) = headers.get(WORKER_HEADER).and_then(|h| h.to_str().ok()) {
        if !named.is_empty() && named != worker {
            return engine_error(
                StatusCode::BAD_REQUEST,
                format!("X-everai-worker-id {named} does not match the container id {worker}"),
            );
        }
    }
    let body: CreateBody = match super::parse_json(&body) {
        Ok(b) => b,
        Err(e) => return engine_error(StatusCode::BAD_REQUEST, e.message),
    };
    let argv = body.cmd.unwrap_or_default();
    if argv.first().is_none_or(|p| p.is_empty()) {
        return engine_error(StatusCode::BAD_REQUEST, "no command given (Cmd is empty)");
    }
    if state.runtime.execs.worker(&worker).is_none() {
        return engine_error(
            StatusCode::NOT_FOUND,
            format!("No such container: {worker} (worker exec needs a running worker; see `everai worker list`)"),
        );
    }
    let id = state.runtime.execs.create(
        &worker,
        ExecRequest {
            argv,
            stdin: body.attach_stdin,
            tty: body.tty,
        },
    );
    (
        StatusCode::CREATED,
        axum::Json(serde_json::json!({ "Id": id })),
    )
        .into_response()
}

fn param(params: &[(String, String)], name: &str) -> Option<String> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

async fn inspect(
    AxState(state): AxState<Arc<State>>,
    Path(params): Path<Vec<(String, String)>>,
) -> Response {
    let id = param(&params, "id").unwrap_or_default();
    let Some(e) = state.runtime.execs.get(&id) else {
        return engine_error(
            StatusCode::NOT_FOUND,
            format!("No such exec instance: {id}"),
        );
    };
    let (running, code) = match e.state {
        ExecState::Created => (false, None),
        ExecState::Running => (true, None),
        ExecState::Exited(code) => (false, Some(code)),
    };
    axum::Json(serde_json::json!({
        "ID": id,
        "Running": running,
        "ExitCode": code,
        "ProcessConfig": {
            "tty": e.request.tty,
            "entrypoint": e.request.argv[0],
            "arguments": e.request.argv[1..],
            "privileged": false,
        },
        "OpenStdin": e.request.stdin,
        "OpenStdout": true,
        "OpenStderr": true,
        "ContainerID": e.worker_id,
        "Pid": 0,
    }))
    .into_response()
}

async fn resize(
    AxState(state): AxState<Arc<State>>,
    Path(params): Path<Vec<(String, String)>>,
) -> Response {
    let id = param(&params, "id").unwrap_or_default();
    if state.runtime.execs.get(&id).is_none() {
        return engine_error(
            StatusCode::NOT_FOUND,
            format!("No such exec instance: {id}"),
        );
    }
    StatusCode::OK.into_response()
}

async fn start(
    AxState(state): AxState<Arc<State>>,
    Path(params): Path<Vec<(String, String)>>,
    mut request: Request,
) -> Response {
    let id = param(&params, "id").unwrap_or_default();
    let Some(instance) = state.runtime.execs.get(&id) else {
        return engine_error(
            StatusCode::NOT_FOUND,
            format!("No such exec instance: {id}"),
        );
    };
    let upgrade = request
        .headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("tcp"));
    let on_upgrade = upgrade.then(|| hyper::upgrade::on(&mut request));
    let lossy_client = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ua| ua.starts_with("docker-sdk-python"));
    let body = match axum::body::to_bytes(request.into_body(), 64 * 1024).await {
        Ok(b) => b,
        Err(e) => return engine_error(StatusCode::BAD_REQUEST, e.to_string()),
    };
    let start: StartBody = match super::parse_json(&body) {
        Ok(b) => b,
        Err(e) => return engine_error(StatusCode::BAD_REQUEST, e.message),
    };
    let Some(target) = state.runtime.execs.worker(&instance.worker_id) else {
        return engine_error(
            StatusCode::CONFLICT,
            format!("Container {} is not running", instance.worker_id),
        );
    };
    if !state.runtime.execs.begin(&id) {
        return engine_error(
            StatusCode::CONFLICT,
            format!("exec instance {id} has already been started"),
        );
    }
    let session = match state.runtime.workers.exec(&target, &instance.request).await {
        Ok(s) => s,
        // As with the engine, a command that cannot start is the exec's
        // output (on stderr) and status 127, not a failed call.
        Err(e) => failed_session(e),
    };
    let tty = instance.request.tty;
    let content_type = if tty {
        "application/vnd.docker.raw-stream"
    } else {
        "application/vnd.docker.multiplexed-stream"
    };
    if start.detach {
        let state = state.clone();
        tokio::spawn(async move {
            let code = drain(session, Output::<tokio::io::Sink>::Discard, tty).await;
            state.runtime.execs.finish(&id, code);
        });
        return StatusCode::OK.into_response();
    }
    match on_upgrade {
        Some(on_upgrade) => {
            let state = state.clone();
            tokio::spawn(async move {
                let Ok(upgraded) = on_upgrade.await else {
                    state.runtime.execs.finish(&id, -1);
                    return;
                };
                if lossy_client {
                    // docker-py reads the 101 answer through a buffered file
                    // and then switches to the raw socket: bytes that arrived
                    // with the answer are lost. Give it time to switch.
                    tokio::time::sleep(DOCKER_PY_GRACE).await;
                }
                let (read, write) = tokio::io::split(TokioIo::new(upgraded));
                let mut session = session;
                let feeder = session.input.take().map(|mut input| {
                    tokio::spawn(async move {
                        let mut read = read;
                        let _ = tokio::io::copy(&mut read, &mut input).await;
                        let _ = input.shutdown().await;
                    })
                });
                let code = drain(session, Output::Connection(write), tty).await;
                state.runtime.execs.finish(&id, code);
                if let Some(feeder) = feeder {
                    feeder.abort();
                }
            });
            Response::builder()
                .status(StatusCode::SWITCHING_PROTOCOLS)
                .header(header::CONNECTION, "Upgrade")
                .header(header::UPGRADE, "tcp")
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::empty())
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
        None => {
            let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(16);
            let state = state.clone();
            tokio::spawn(async move {
                let code = drain(session, Output::<tokio::io::Sink>::Body(tx), tty).await;
                state.runtime.execs.finish(&id, code);
            });
            let stream = futures_util::stream::unfold(rx, |mut rx| async move {
                rx.recv().await.map(|b| (Ok::<_, std::io::Error>(b), rx))
            });
            Response::builder()
                .status(StatusCode::OK)
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from_stream(stream))
                .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

/// A session that only reports why the command could not start.
fn failed_session(message: ExecError) -> ExecSession {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let _ = tx.try_send((STDERR, Bytes::from(format!("{message}\n"))));
    ExecSession {
        output: rx,
        input: None,
        exit: Box::pin(async { 127 }),
    }
}

/// Where the output of a started exec goes.
enum Output<W> {
    /// Detached: nowhere.
    Discard,
    /// The upgraded connection.
    Connection(W),
    /// The body of a streamed answer.
    Body(tokio::sync::mpsc::Sender<Bytes>),
}

impl<W: AsyncWrite + Unpin> Output<W> {
    /// False once the client is gone.
    async fn write(&mut self, data: Vec<u8>) -> bool {
        match self {
            Output::Discard => true,
            Output::Connection(w) => w.write_all(&data).await.is_ok() && w.flush().await.is_ok(),
            Output::Body(tx) => tx.send(Bytes::from(data)).await.is_ok(),
        }
    }

    async fn close(self) {
        if let Output::Connection(mut w) = self {
            let _ = w.shutdown().await;
        }
    }
}

/// Writes the session's output (framed unless `tty`) until it ends, then
/// returns the exit code. A client that goes away stops the copy; the
/// command is then left to end on its own.
async fn drain<W: AsyncWrite + Unpin>(
    mut session: ExecSession,
    mut out: Output<W>,
    tty: bool,
) -> i64 {
    while let Some((kind, data)) = session.output.recv().await {
        let bytes = if tty {
            data.to_vec()
        } else {
            let mut frame = Vec::with_capacity(8 + data.len());
            frame.push(kind);
            frame.extend_from_slice(&[0, 0, 0]);
            frame.extend_from_slice(&(data.len() as u32).to_be_bytes());
            frame.extend_from_slice(&data);
            frame
        };
        if !out.write(bytes).await {
            out = Output::Discard;
        }
    }
    let code = session.exit.await;
    out.close().await;
    code
}
