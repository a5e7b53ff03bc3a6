//! App routes (the data plane): every URL form of docs/wire.md ("Routes") reaches
//! one worker of the app through its queue, with route auth first.
//!
//! - `/api/routes/v1/{namespace}/{app}/{path...}` (current)
//! - `/api/routes/v1/{route-name}/{path...}` (legacy; route name = app name)
//! - `/api/apps/v1/routes/{route-name}/{path...}` (oldest)

use super::token_matches_bytes;
use crate::model::app::AppV1alpha1;
use crate::model::trace::TraceRecord;
use crate::platform::error::ApiError;
use crate::platform::proxy::{self, ForwardError, Outcome};
use crate::platform::runtime::lease::{self, RequestEnd};
use crate::platform::runtime::{AcquireError, AppRuntime};
use crate::platform::State;
use axum::extract::{Request, State as AxState};
use axum::http::header::AUTHORIZATION;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use std::sync::Arc;
use std::time::Instant;

/// Sticky sessions: requests with the same value go to the same worker.
pub const SESSION_HEADER: &str = "x-everai-session-id";

/// Attempts per request when a worker refuses the connection (it died).
pub const CONNECT_ATTEMPTS: usize = 3;

/// Whether a (slash-merged) path is a route path: served on the lean path
/// when it is the first request of a connection (`platform::relay`).
pub fn is_route_path(path: &str) -> bool {
    ["/api/routes/v1/", "/api/apps/v1/routes/"]
        .iter()
        .any(|p| path.len() > p.len() && path.starts_with(p))
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/api/routes/v1/{*rest}", any(route))
        .route("/api/apps/v1/routes/{*rest}", any(route))
}

/// Splits the raw (still percent-encoded) path into the app and the path to
/// forward: `{namespace}/{app}/rest` when that app exists, else
/// `{app}/rest` (the legacy form), forwarded as `/rest`.
fn locate(state: &State, raw_path: &str) -> Option<(Arc<AppRuntime>, String)> {
    let rest = raw_path
        .strip_prefix("/api/routes/v1/")
        .or_else(|| raw_path.strip_prefix("/api/apps/v1/routes/"))?;
    let legacy_only = raw_path.starts_with("/api/apps/v1/routes/");
    let forwarded = |tail: Option<&str>| {
        let tail = tail.unwrap_or("");
        let mut path = String::with_capacity(tail.len() + 1);
        path.push('/');
        path.push_str(tail);
        path
    };
    let (first, after_first) = match rest.split_once('/') {
        Some((first, after)) => (first, Some(after)),
        None => (rest, None),
    };
    if let (false, Some(after_first)) = (legacy_only, after_first) {
        let (second, tail) = match after_first.split_once('/') {
            Some((second, tail)) => (second, Some(tail)),
            None => (after_first, None),
        };
        if let Some(rt) = state
            .runtime
            .find(&percent_decode(first), &percent_decode(second))
        {
            return Some((rt, forwarded(tail)));
        }
    }
    let rt = state.runtime.find_route(&percent_decode(first))?;
    Some((rt, forwarded(after_first)))
}

/// Decodes one path segment; a `%` not followed by two hex digits stays as
/// it is, and bytes that are not UTF-8 become U+FFFD. Borrows when there is
/// nothing to decode.
fn percent_decode(s: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy()
}

fn is_public(app: &AppV1alpha1) -> bool {
    matches!(
        app.spec.route_auth_type.as_deref(),
        Some("ROUTE_AUTH_TYPE_PUBLIC") | Some("PUBLIC")
    )
}

/// What the route's rules decided before the queue: the app, the path to
/// forward, and whether the app is public (its `Authorization` then goes
/// through to the worker).
pub struct Admitted {
    pub rt: Arc<AppRuntime>,
    pub path: String,
    pub public: bool,
}

/// The route's auth and app lookup, shared by the lean path
/// (`platform::relay`) and the axum handler below: 401 without the token
/// (unless the app is public), 404 for no app.
pub fn admit(
    state: &State,
    authorization: Option<&[u8]>,
    raw_path: &str,
) -> Result<Admitted, ApiError> {
    let authorized = token_matches_bytes(state, authorization);
    let located = locate(state, raw_path);
    let public = located
        .as_ref()
        .is_some_and(|(rt, _)| is_public(rt.lock().app()));
    // Without the token an unknown app and a private one answer alike, so
    // app names cannot be probed.
    if !public && !authorized {
        return Err(ApiError::from_status(
            StatusCode::UNAUTHORIZED,
            "this route is private or serves no app: send Authorization: Bearer <your EverAI token>",
        ));
    }
    let Some((rt, path)) = located else {
        return Err(ApiError::from_status(
            StatusCode::NOT_FOUND,
            format!(
                "no app serves {raw_path}; check the namespace and app name (`everai app list -A`)"
            ),
        ));
    };
    Ok(Admitted { rt, path, public })
}

/// The sticky-session value of a request, when it has a non-empty one.
pub fn session_of(value: Option<&[u8]>) -> Option<String> {
    value
        .and_then(|v| std::str::from_utf8(v).ok())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A request's times for its trace record.
#[derive(Clone, Copy)]
pub struct Arrival {
    arrival: f64,
    entered: Instant,
}

impl Arrival {
    pub fn now() -> Arrival {
        Arrival {
            arrival: unix_now(),
            entered: Instant::now(),
        }
    }

    /// When the request arrived, on the monotonic clock.
    pub fn entered(&self) -> Instant {
        self.entered
    }
}

/// Waits for a worker of `rt`; a refusal is traced and turned into the
/// platform's answer (429, 503, 404).
pub async fn lease_for(
    state: &State,
    rt: &Arc<AppRuntime>,
    session: Option<&str>,
    at: Arrival,
) -> Result<lease::Lease, ApiError> {
    match lease::acquire(&state.runtime, rt, session).await {
        Ok(l) => Ok(l),
        Err(e) => {
            trace_refusal(rt, &e, at.arrival, at.entered);
            Err(acquire_error(rt, e))
        }
    }
}

/// How a leased request ends: traced and given back to the lease, once.
pub fn finish(
    rt: &AppRuntime,
    lease: lease::Lease,
    at: Arrival,
    acquired: Instant,
    outcome: Outcome,
    conn: Option<proxy::WorkerConn>,
) {
    let status = match &outcome {
        Outcome::Completed { status } => *status,
        Outcome::ClientGone => 499,
        Outcome::WorkerFailed(_) => 502,
    };
    rt.trace.push(TraceRecord {
        arrival: at.arrival,
        wait: Some(acquired.duration_since(at.entered).as_secs_f64()),
        service: Some(acquired.elapsed().as_secs_f64()),
        status: Some(status),
    });
    let end = match outcome {
        Outcome::Completed { status } if status < 500 => RequestEnd::Served,
        Outcome::Completed { .. } => RequestEnd::Failed,
        Outcome::ClientGone => RequestEnd::ClientGone,
        Outcome::WorkerFailed(_) => RequestEnd::WorkerBroken,
    };
    lease.finish(end, conn);
}

/// The 502 when the worker failed before answering.
pub fn worker_failed(rt: &AppRuntime, e: &dyn std::fmt::Display) -> ApiError {
    ApiError::from_status(
        StatusCode::BAD_GATEWAY,
        format!("the worker of app {}/{} failed: {e}", rt.namespace, rt.name),
    )
}

/// The 502 when every attempt found a dead worker.
pub fn no_worker() -> ApiError {
    ApiError::from_status(StatusCode::BAD_GATEWAY, "no worker could take the request")
}

/// Routes arriving on a connection hyper serves (one that made an API call
/// first); a fresh connection's routes take the lean path.
async fn route(AxState(state): AxState<Arc<State>>, req: Request) -> Response {
    let admitted = admit(
        &state,
        req.headers().get(AUTHORIZATION).map(|v| v.as_bytes()),
        req.uri().path(),
    );
    let Admitted { rt, path, public } = match admitted {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    let path_and_query = match req.uri().query() {
        Some(q) => format!("{path}?{q}"),
        None => path,
    };
    let mut req = req;
    if !public {
        // The platform token was for us; the worker does not need it.
        req.headers_mut().remove(AUTHORIZATION);
    }
    let request_id = crate::platform::request_id();
    let session = session_of(req.headers().get(SESSION_HEADER).map(|v| v.as_bytes()));
    let at = Arrival::now();
    for attempt in 1..=CONNECT_ATTEMPTS {
        let mut lease = match lease_for(&state, &rt, session.as_deref(), at).await {
            Ok(l) => l,
            Err(e) => return e.into_response(),
        };
        let port = lease.port;
        let conn = lease.conn.take();
        let acquired = Instant::now();
        let traced = rt.clone();
        let on_done: proxy::OnDone = Box::new(move |outcome, conn| {
            finish(&traced, lease, at, acquired, outcome, conn);
        });
        match state
            .forwarder
            .forward(conn, port, &path_and_query, &request_id, req, on_done)
            .await
        {
            Ok(mut response) => {
                response.extensions_mut().insert(proxy::Proxied);
                return response;
            }
            Err(ForwardError::Connect(_, Some(unsent)))
                if attempt < CONNECT_ATTEMPTS
                    && proxy::is_retryable(unsent.method(), unsent.headers()) =>
            {
                // Nothing reached the worker and the request is safe to
                // repeat (no body); try another worker.
                req = *unsent;
                tokio::task::yield_now().await;
            }
            Err(ForwardError::Connect(e, _)) | Err(ForwardError::Failed(e)) => {
                return worker_failed(&rt, &e).into_response()
            }
        }
    }
    no_worker().into_response()
}

fn unix_now() -> f64 {
    crate::platform::unix_seconds(std::time::SystemTime::now())
}

/// A request the queue refused (429) or gave up on (503) is part of the
/// load too: traced without a service time.
fn trace_refusal(rt: &AppRuntime, e: &AcquireError, arrival: f64, entered: Instant) {
    let status = match e {
        AcquireError::QueueFull { .. } => 429,
        AcquireError::Timeout => 503,
        _ => return,
    };
    rt.trace.push(TraceRecord {
        arrival,
        wait: Some(entered.elapsed().as_secs_f64()),
        service: None,
        status: Some(status),
    });
}

fn acquire_error(rt: &AppRuntime, e: AcquireError) -> ApiError {
    let (status, message, retry) = match e {
        AcquireError::Paused => {
            let ns_flag = if rt.namespace == "default" {
                String::new()
            } else {
                format!(" -n {}", rt.namespace)
            };
            (
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "app {}/{} is paused; resume it with `everai app resume {}{ns_flag}`",
                    rt.namespace, rt.name, rt.name
                ),
                None,
            )
        }
        AcquireError::QueueFull { retry_after } => (
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "the queue of app {}/{} is full; retry later",
                rt.namespace, rt.name
            ),
            Some(retry_after),
        ),
        AcquireError::Timeout => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "no worker of app {}/{} became free in time",
                rt.namespace, rt.name
            ),
            Some(1),
        ),
        AcquireError::ShuttingDown => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the platform is shutting down; retry when it is back".to_string(),
            Some(5),
        ),
        AcquireError::Gone => (
            StatusCode::NOT_FOUND,
            format!("app {}/{} was deleted", rt.namespace, rt.name),
            None,
        ),
    };
    let error = ApiError::from_status(status, message);
    match retry {
        Some(secs) => error.retry_after(secs),
        None => error,
    }
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn percent_decoding_keeps_invalid_escapes() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
