//! The server's HTTP/1.1 front: accepts connections under a descriptor
//! budget, times out slow or idle ones, reads each connection's request
//! heads itself while they are routes (served on the lean path,
//! `platform::relay`; docs/architecture.md, "How a request flows"), and
//! hands the connection to hyper at the first request that is anything
//! else, passing every request hyper reads through the same normalisation
//! before and after the router:
//!
//! - repeated slashes in the path count as one (`//api/x` is `/api/x`);
//! - every error the platform itself answers has the `{code, message,
//!   details}` JSON body, whoever produced it (a rejected query string, an
//!   unknown path, a wrong method, a body over the limit); a worker's own
//!   answer through a route is left untouched;
//! - every answer of 4xx or 5xx is logged (one line).
//!
//! Route connections are served on the route thread, a current-thread
//! runtime of their own; the rest stays on the main runtime
//! (docs/architecture.md, "Threads").
//!
//! Connection budget (docs/local-platform.md, "Limits and failure
//! behaviour"): at most `max_connections` client connections are held. When
//! a new one arrives at the limit, the oldest idle connection (one without
//! a request in progress, which includes one still sending its head) is
//! closed to make room, as nginx reuses keep-alive connections; when none is
//! idle, the newcomer gets 503 with `Retry-After` and is closed. A request
//! head must be complete within `header_timeout`, and a keep-alive
//! connection may wait that long for its next request.

use super::error::ApiError;
use super::log;
use super::proxy::Proxied;
use super::relay::{self, rewind::Rewind};
use super::State;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::header::CONTENT_TYPE;
use axum::http::{Request, Response, Uri};
use axum::response::IntoResponse;
use axum::Router;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{oneshot, watch, Notify};

#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub max_connections: usize,
    pub header_timeout: Duration,
}

/// Seconds a client turned away at the connection limit should wait.
const BUSY_RETRY_AFTER: u64 = 1;

/// Connections being answered 503 at once, at most; past it a newcomer is
/// closed without an answer, so a flood cannot eat the descriptor reserve.
const MAX_TURNING_AWAY: usize = 64;

/// The open client connections, oldest first.
#[derive(Default)]
struct Registry {
    next_id: u64,
    open: BTreeMap<u64, Tracked>,
}

struct Tracked {
    /// Requests in progress (from the head read to the end of the answer).
    active: Arc<AtomicUsize>,
    close: oneshot::Sender<()>,
}

impl Registry {
    /// Closes the oldest connection without a request in progress.
    fn evict_idle(&mut self) -> bool {
        let idle = self
            .open
            .iter()
            .find(|(_, t)| t.active.load(Ordering::SeqCst) == 0)
            .map(|(id, _)| *id);
        match idle.and_then(|id| self.open.remove(&id)) {
            Some(tracked) => {
                let _ = tracked.close.send(());
                true
            }
            None => false,
        }
    }
}

struct Connections {
    registry: Mutex<Registry>,
    /// Signalled whenever a connection ends (for the shutdown wait).
    ended: Notify,
}

/// A connection's place in the registry, given up when it is dropped:
/// wherever the connection ends (the route thread or the main runtime),
/// and also when its task is cancelled.
struct Registered {
    connections: Arc<Connections>,
    id: u64,
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.connections.lock().open.remove(&self.id);
        self.connections.ended.notify_waiters();
    }
}

/// The route thread: a current-thread Tokio runtime on its own OS thread
/// that serves connections while they send routes, so a route request's
/// client socket, worker socket, queue wake-ups and lease hand-offs stay on
/// one thread (docs/architecture.md, "Threads"; the figures are in
/// docs/benchmarks.md, "Route against HAProxy").
struct RouteThread {
    handle: tokio::runtime::Handle,
    /// Dropped to stop: the thread then drops its runtime, which cancels
    /// what is left on it, and exits.
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RouteThread {
    fn start() -> std::io::Result<RouteThread> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let handle = runtime.handle().clone();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("everai-route".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let _ = stop_rx.await;
                });
                drop(runtime);
            })?;
        Ok(RouteThread {
            handle,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// Stops the runtime and waits for its thread to exit.
    async fn stop(mut self) {
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
    }
}

impl Drop for RouteThread {
    fn drop(&mut self) {
        // Not stopped (the serving future was dropped): the thread still
        // ends, unwaited.
        self.stop.take();
    }
}

impl Connections {
    fn lock(&self) -> std::sync::MutexGuard<'_, Registry> {
        self.registry
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Serves `router` on `listener` until `stop` turns true; then open
/// connections finish their requests, for at most `grace`.
///
/// With `lean` (the platform's state), a connection's route requests take
/// the lean path (`platform::relay`) until it sends anything else, which
/// hyper then serves.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    lean: Option<Arc<State>>,
    limits: ConnectionLimits,
    mut stop: watch::Receiver<bool>,
    grace: Duration,
) {
    let connections = Arc::new(Connections {
        registry: Mutex::new(Registry::default()),
        ended: Notify::new(),
    });
    let turning_away = Arc::new(AtomicUsize::new(0));
    let mut last_accept_error: Option<Instant> = None;
    // Route connections run on the route thread; without one (it could not
    // start) they stay on this runtime.
    let route = match lean {
        Some(_) => match RouteThread::start() {
            Ok(r) => Some(r),
            Err(e) => {
                log::error(&format!(
                    "cannot start the route thread, routes are served on the main runtime: {e}"
                ));
                None
            }
        },
        None => None,
    };
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.wait_for(|s| *s) => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of descriptors (or another transient error): the
                // connection stays in the backlog; try again shortly, and
                // say so at most once a second.
                if last_accept_error.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
                    log::error(&format!("accepting a connection failed: {e}"));
                    last_accept_error = Some(Instant::now());
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let admitted = {
            let mut registry = connections.lock();
            if registry.open.len() >= limits.max_connections && !registry.evict_idle() {
                None
            } else {
                let (close_tx, close_rx) = oneshot::channel();
                let active = Arc::new(AtomicUsize::new(0));
                registry.next_id += 1;
                let id = registry.next_id;
                registry.open.insert(
                    id,
                    Tracked {
                        active: active.clone(),
                        close: close_tx,
                    },
                );
                Some((id, active, close_rx))
            }
        };
        let Some((id, active, close_rx)) = admitted else {
            log::warn(&format!(
                "connection from {peer} refused with 503: {} connections open, the limit",
                limits.max_connections
            ));
            if turning_away.fetch_add(1, Ordering::SeqCst) < MAX_TURNING_AWAY {
                let turning_away = turning_away.clone();
                tokio::spawn(async move {
                    turn_away(stream).await;
                    turning_away.fetch_sub(1, Ordering::SeqCst);
                });
            } else {
                turning_away.fetch_sub(1, Ordering::SeqCst);
                drop(stream);
            }
            continue;
        };
        let conn = Conn {
            peer,
            limits,
            active,
            close: close_rx,
            stop: stop.clone(),
            _registered: Registered {
                connections: connections.clone(),
                id,
            },
        };
        let router = router.clone();
        let lean = lean.clone();
        let route = route.as_ref().map(|r| r.handle.clone());
        tokio::spawn(serve_connection(stream, router, lean, conn, route));
    }
    drop(listener);
    let deadline = Instant::now() + grace;
    loop {
        let ended = connections.ended.notified();
        if connections.lock().open.is_empty() {
            break;
        }
        if tokio::time::timeout_at(deadline.into(), ended)
            .await
            .is_err()
        {
            break;
        }
    }
    // Past the grace: what is left on the route thread is cancelled.
    if let Some(route) = route {
        route.stop().await;
    }
}

/// What a connection's task holds besides its socket.
struct Conn {
    peer: SocketAddr,
    limits: ConnectionLimits,
    active: Arc<AtomicUsize>,
    close: oneshot::Receiver<()>,
    stop: watch::Receiver<bool>,
    _registered: Registered,
}

/// Reads the connection's first request head: a route moves the connection
/// to the route thread (`route`), when there is one, to be served on the
/// lean path; anything else is served here by hyper, so API requests and
/// volume transfers never pass through the route thread
/// (docs/architecture.md, "Threads").
async fn serve_connection(
    mut stream: TcpStream,
    router: Router,
    lean: Option<Arc<State>>,
    mut conn: Conn,
    route: Option<tokio::runtime::Handle>,
) {
    let mut buf = Vec::new();
    let Some(state) = lean else {
        return Box::pin(serve_hyper(Rewind::new(buf, stream), router, conn)).await;
    };
    let head = match next_head(&mut stream, &mut buf, &mut conn).await {
        relay::NextHead::Lean(head) => head,
        relay::NextHead::Other => {
            return Box::pin(serve_hyper(Rewind::new(buf, stream), router, conn)).await
        }
        relay::NextHead::Gone => return,
    };
    let Some(route) = route else {
        // Boxed: the task that reads the first head stays small (it is
        // all a connection that moves to the route thread had here).
        return Box::pin(serve_routes(stream, buf, head, state, router, conn, None)).await;
    };
    // Registered with this runtime's reactor: moved to the route thread's.
    let Ok(stream) = stream.into_std() else {
        return;
    };
    let main = tokio::runtime::Handle::current();
    route.spawn(async move {
        if let Ok(stream) = TcpStream::from_std(stream) {
            serve_routes(stream, buf, head, state, router, conn, Some(main)).await;
        }
    });
}

/// The next request head, or `Gone` when the connection is evicted while
/// idle or the server stops first.
async fn next_head(stream: &mut TcpStream, buf: &mut Vec<u8>, conn: &mut Conn) -> relay::NextHead {
    tokio::select! {
        n = relay::read_head(stream, buf, conn.limits.header_timeout) => n,
        Ok(()) = &mut conn.close => relay::NextHead::Gone, // evicted while idle
        _ = conn.stop.wait_for(|s| *s) => relay::NextHead::Gone,
    }
}

/// Serves route requests on the lean path, from `head` on, and hands the
/// connection to hyper at the first request that is not a route, with the
/// bytes read so far (docs/architecture.md, "How a route request flows").
/// On the route thread, `main` is the runtime hyper serves on: the
/// connection moves back there.
async fn serve_routes(
    mut stream: TcpStream,
    mut buf: Vec<u8>,
    mut head: relay::head::RequestHead,
    state: Arc<State>,
    router: Router,
    mut conn: Conn,
    main: Option<tokio::runtime::Handle>,
) {
    let peer = relay::conn::Peer::new(conn.peer);
    loop {
        let guard = ActiveGuard::new(conn.active.clone());
        let next = relay::conn::serve_route(&state, &mut stream, &peer, head, &mut buf).await;
        drop(guard);
        // Stopping: the request in progress was finished.
        if next == relay::conn::Next::Close || *conn.stop.borrow() {
            // Boxed: its buffer stays out of every connection's future.
            Box::pin(linger(stream)).await;
            return;
        }
        head = match next_head(&mut stream, &mut buf, &mut conn).await {
            relay::NextHead::Lean(head) => head,
            relay::NextHead::Other => break,
            relay::NextHead::Gone => return,
        };
    }
    match main {
        Some(main) => {
            let Ok(stream) = stream.into_std() else {
                return;
            };
            main.spawn(async move {
                if let Ok(stream) = TcpStream::from_std(stream) {
                    serve_hyper(Rewind::new(buf, stream), router, conn).await;
                }
            });
        }
        // Boxed: only its pointer is in every connection's future.
        None => Box::pin(serve_hyper(Rewind::new(buf, stream), router, conn)).await,
    }
}

async fn serve_hyper(io: Rewind, router: Router, conn: Conn) {
    let Conn {
        peer,
        limits,
        active,
        mut close,
        mut stop,
        _registered,
    } = conn;
    let service = hyper::service::service_fn(move |req: Request<Incoming>| {
        let router = router.clone();
        let guard = ActiveGuard::new(active.clone());
        async move { Ok::<_, std::convert::Infallible>(handle(router, peer, req, guard).await) }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    // Upgrades: `worker exec` takes the connection over (`api::exec`).
    let conn = builder
        .serve_connection(TokioIo::new(io), service)
        .with_upgrades();
    tokio::pin!(conn);
    let stopping = async move {
        let _ = stop.wait_for(|s| *s).await;
    };
    let graceful = tokio::select! {
        _ = conn.as_mut() => false,
        Ok(()) = &mut close => false, // evicted while idle: dropping closes it
        _ = stopping => true,
    };
    if graceful {
        conn.as_mut().graceful_shutdown();
        let _ = conn.await;
    }
}

/// The one line every 4xx and 5xx answer gets (also from the lean path).
pub fn log_failed(method: &str, path: &str, status: u16, started: Instant, peer: SocketAddr) {
    let line = format!(
        "{method} {path} {status} {}ms from {peer}",
        started.elapsed().as_millis()
    );
    if status >= 500 {
        log::error(&line);
    } else {
        log::info(&line);
    }
}

/// One request: normalise the path, route, normalise an error answer, log.
async fn handle(
    router: Router,
    peer: SocketAddr,
    req: Request<Incoming>,
    guard: ActiveGuard,
) -> Response<Body> {
    use tower::ServiceExt;
    let started = Instant::now();
    let (mut parts, body) = req.into_parts();
    if let Some(uri) = merge_slashes(&parts.uri) {
        parts.uri = uri;
    }
    parts.extensions.insert(ConnectInfo(peer));
    let method = parts.method.clone();
    let path = parts.uri.path().to_string();
    let req = Request::from_parts(parts, Body::new(body));
    let response = match router.oneshot(req).await {
        Ok(r) => r,
        Err(never) => match never {},
    };
    let response = as_api_error(response).await;
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        log_failed(method.as_str(), &path, status.as_u16(), started, peer);
    }
    let (parts, body) = response.into_parts();
    Response::from_parts(
        parts,
        Body::new(GuardedBody {
            inner: body,
            _guard: guard,
        }),
    )
}

/// Rewrites an error answer that is not the platform's JSON error body
/// (axum's own rejections are plain text or empty) into one, keeping the
/// status and, as the message, the text it had.
async fn as_api_error(response: Response<Body>) -> Response<Body> {
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error())
        || is_json
        || response.extensions().get::<Proxied>().is_some()
    {
        return response;
    }
    let allow = response.headers().get(axum::http::header::ALLOW).cloned();
    let text = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let message = if text.is_empty() {
        status
            .canonical_reason()
            .unwrap_or("request failed")
            .to_lowercase()
    } else {
        text
    };
    let mut rewritten = ApiError::from_status(status, message).into_response();
    if let Some(allow) = allow {
        rewritten
            .headers_mut()
            .insert(axum::http::header::ALLOW, allow);
    }
    rewritten
}

/// `Some(uri)` with runs of `/` in the path merged, when there were any.
fn merge_slashes(uri: &Uri) -> Option<Uri> {
    let path = uri.path();
    if !path.contains("//") {
        return None;
    }
    let mut merged = String::with_capacity(path.len());
    for c in path.chars() {
        if !(c == '/' && merged.ends_with('/')) {
            merged.push(c);
        }
    }
    if let Some(q) = uri.query() {
        merged.push('?');
        merged.push_str(q);
    }
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = merged.parse().ok();
    Uri::from_parts(parts).ok()
}

/// Closes our side and reads what the client still sends (an unread body)
/// until it closes, for a moment at most: closing with unread bytes would
/// reset the connection and could take the answer away before the client
/// has read it.
async fn linger(mut stream: TcpStream) {
    if stream.shutdown().await.is_err() {
        return;
    }
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        let mut buf = [0u8; 4096];
        while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
    })
    .await;
}

/// Writes a 503 with `Retry-After` to a connection over the limit and
/// closes it.
async fn turn_away(mut stream: TcpStream) {
    let body = format!(
        r#"{{"code":{},"message":"the server holds as many connections as its open-file limit allows; retry shortly","details":[]}}"#,
        crate::model::grpc_code::UNAVAILABLE
    );
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: {BUSY_RETRY_AFTER}\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    // Answer first, then read what the client sends until it closes (a
    // lingering close, as nginx does), so that closing does not reset the
    // answer away before the client has read it.
    let answered = tokio::time::timeout(Duration::from_secs(5), async {
        stream.write_all(answer.as_bytes()).await?;
        stream.shutdown().await
    })
    .await;
    if !matches!(answered, Ok(Ok(()))) {
        return;
    }
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        let mut buf = [0u8; 4096];
        while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
    })
    .await;
}

/// Counts a request as in progress until its answer is sent or dropped.
struct ActiveGuard(Arc<AtomicUsize>);

impl ActiveGuard {
    fn new(active: Arc<AtomicUsize>) -> ActiveGuard {
        active.fetch_add(1, Ordering::SeqCst);
        ActiveGuard(active)
    }
}

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The answer's body, holding the request's [`ActiveGuard`] until the body
/// is done (a streamed answer keeps its connection busy).
struct GuardedBody {
    inner: Body,
    _guard: ActiveGuard,
}

impl hyper::body::Body for GuardedBody {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;

    fn merged(s: &str) -> String {
        let uri: Uri = s.parse().expect("uri");
        merge_slashes(&uri).map_or_else(|| s.to_string(), |u| u.to_string())
    }

    #[test]
    fn repeated_slashes_count_as_one() {
        assert_eq!(merged("//api/x"), "/api/x");
        assert_eq!(merged("/api///x//?a=b//c"), "/api/x/?a=b//c");
        assert_eq!(merged("/api/x"), "/api/x");
    }

    /// One connection allowed: with a request in progress on it, the next
    /// connection gets 503 with Retry-After; once it is idle, the next one
    /// takes its place and is served.
    #[tokio::test]
    async fn past_the_limit_busy_means_503_and_idle_makes_room() {
        use axum::routing::get;
        let release = Arc::new(Notify::new());
        let entered = Arc::new(Notify::new());
        let (gate, inside) = (release.clone(), entered.clone());
        let router = Router::new()
            .route(
                "/hold",
                get(move || {
                    let (gate, inside) = (gate.clone(), inside.clone());
                    async move {
                        inside.notify_one();
                        gate.notified().await;
                        "held"
                    }
                }),
            )
            .route("/quick", get(|| async { "quick" }));
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (_stop_tx, stop_rx) = watch::channel(false);
        let limits = ConnectionLimits {
            max_connections: 1,
            header_timeout: Duration::from_secs(30),
        };
        tokio::spawn(serve(
            listener,
            router,
            None,
            limits,
            stop_rx,
            Duration::ZERO,
        ));
        let request = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n");
        let mut busy = TcpStream::connect(addr).await.expect("connect");
        busy.write_all(request("/hold").as_bytes())
            .await
            .expect("send");
        // The held request is in progress: its connection is busy.
        tokio::time::timeout(Duration::from_secs(30), entered.notified())
            .await
            .expect("the held request reaches its handler");
        let mut next = TcpStream::connect(addr).await.expect("connect");
        next.write_all(request("/quick").as_bytes())
            .await
            .expect("send");
        let mut turned_away = String::new();
        let _ = next.read_to_string(&mut turned_away).await;
        assert!(turned_away.starts_with("HTTP/1.1 503"), "{turned_away}");
        assert!(turned_away.contains("retry-after: 1"), "{turned_away}");
        assert!(turned_away.contains(r#""code":14"#), "{turned_away}");
        // The held request ends; its connection is idle and makes room.
        release.notify_one();
        let mut buf = vec![0u8; 1024];
        let n = busy.read(&mut buf).await.expect("held answer");
        assert!(String::from_utf8_lossy(&buf[..n]).contains("held"));
        // (The held answer's end frees its connection a moment after the
        // client has read it: poll until the newcomer is served.)
        let deadline = Instant::now() + Duration::from_secs(30);
        let answer = loop {
            let mut next = TcpStream::connect(addr).await.expect("connect");
            next.write_all(b"GET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .await
                .expect("send");
            let mut answer = String::new();
            let _ = next.read_to_string(&mut answer).await;
            if answer.starts_with("HTTP/1.1 200") || Instant::now() > deadline {
                break answer;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        let mut rest = Vec::new();
        assert_eq!(busy.read_to_end(&mut rest).await.ok(), Some(0), "evicted");
    }

    #[tokio::test]
    async fn plain_text_errors_become_the_error_body() {
        let plain = (StatusCode::PAYLOAD_TOO_LARGE, "length limit exceeded").into_response();
        let rewritten = as_api_error(plain).await;
        assert_eq!(rewritten.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let body = axum::body::to_bytes(rewritten.into_body(), 1024)
            .await
            .expect("body");
        assert_eq!(
            std::str::from_utf8(&body).expect("utf8"),
            r#"{"code":8,"message":"length limit exceeded","details":[]}"#
        );
        let mut proxied = (StatusCode::NOT_FOUND, "worker text").into_response();
        proxied.extensions_mut().insert(Proxied);
        let kept = as_api_error(proxied).await;
        let body = axum::body::to_bytes(kept.into_body(), 1024)
            .await
            .expect("body");
        assert_eq!(&body[..], b"worker text");
    }
}
