//! The route proxy's forwarding layer for routes on connections hyper
//! serves (a connection whose first request was not a route; fresh
//! connections' routes take the lean path, `platform::relay`): sends one
//! app request to one worker (a local HTTP/1 server on `127.0.0.1:PORT`)
//! through hyper's client and streams the answer back.
//!
//! Shape: one [`WorkerConn`] per worker (one HTTP/1 connection, which the
//! worker's lease hands to the request it serves and takes back after it);
//! [`Forwarder::forward`] per request. Request and response
//! bodies are streamed frame by frame in both directions, never buffered, so
//! SSE and chunked answers reach the client event by event. The caller learns
//! how each request ended through the `on_done` callback ([`Outcome`]), which
//! is called exactly once whatever happens, including when the caller's
//! future is dropped because the client went away before the worker answered.
//!
//! Hop-by-hop headers (RFC 9110 §7.6.1: `Connection` and the headers it
//! names, `Keep-Alive`, `Proxy-*`, `TE`, `Trailer`, `Transfer-Encoding`,
//! `Upgrade`) are removed in both directions; `Expect` is removed from
//! requests because the platform's own server has already answered it.
//! Protocol upgrades (WebSocket) are therefore not forwarded.
//!
//! Performance (goal: p99 added latency < 1 ms on loopback versus hitting the
//! worker directly, and >= 90 % of direct throughput):
//! - the request's head is taken apart and reused in place (no header map
//!   copy); the worker URI and its `Host` header share one allocation;
//! - hop-by-hop scanning allocates only when a request actually carries
//!   `Connection` or `Proxy-*` headers;
//! - bodies pass through as the same `Bytes` frames (no copy, no buffering);
//!   the only per-request boxes are the caller's `on_done` and the response
//!   body's type erasure into `axum::body::Body`;
//! - a worker takes one request at a time, so it keeps one connection
//!   (keep-alive, `TCP_NODELAY`) instead of sharing a pool: no pool lookup
//!   or checkout per request; one idle longer than [`IDLE_TIMEOUT`] is
//!   replaced before use, and one that closed before the request was written
//!   is replaced once (hyper hands the unsent request back, so no copy of it
//!   is kept for that).
//!
//! `on_done` runs on the connection's task (inside the body's poll or drop):
//! keep it short and non-blocking (record, send on a channel, release a slot).

use std::error::Error as StdError;
use std::fmt;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request};
use axum::http::header::{
    CONNECTION, CONTENT_LENGTH, EXPECT, HOST, TE, TRAILER, TRANSFER_ENCODING, UPGRADE,
};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Uri, Version};
use axum::response::Response;
use hyper::body::{Body as _, Frame, Incoming, SizeHint};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// A worker's connection idle this long is replaced by a new one before its
/// next request: below the keep-alive timeout of common worker servers
/// (gunicorn 2 s, uvicorn 5 s), so that a request is rarely written onto a
/// connection the worker is just closing.
pub const IDLE_TIMEOUT: Duration = Duration::from_millis(1500);
/// Giving up on connecting to a worker after this long (loopback: a refused
/// connection fails at once; this only bounds a wedged listener's backlog).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

const KEEP_ALIVE: HeaderName = HeaderName::from_static("keep-alive");
const X_EVERAI_REQUEST_ID: HeaderName = HeaderName::from_static("x-everai-request-id");
const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");
const X_FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");
const X_FORWARDED_HOST: HeaderName = HeaderName::from_static("x-forwarded-host");

/// How a forwarded request ended; given once to `on_done`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The worker's whole response body was handed to the client connection.
    Completed { status: u16 },
    /// The client went away (or the response was dropped) before the end.
    ClientGone,
    /// No response could be had from the worker, or its body broke mid-stream.
    WorkerFailed(String),
}

/// Why [`Forwarder::forward`] produced no response.
#[derive(Debug)]
pub enum ForwardError {
    /// Nothing was sent: the worker refused or was unreachable. Carries the
    /// client's request back, untouched, when it was not yet rewritten for
    /// the worker: the caller may retry it on another worker when
    /// [`is_retryable`] says so.
    Connect(String, Option<Box<Request>>),
    /// Anything else: the request may have reached the worker.
    Failed(String),
}

impl fmt::Display for ForwardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ForwardError::Connect(m, _) => write!(f, "cannot connect to the worker: {m}"),
            ForwardError::Failed(m) => write!(f, "forwarding to the worker failed: {m}"),
        }
    }
}

impl StdError for ForwardError {}

/// Told how a request ended; given the worker's connection back when it can
/// carry the worker's next request.
pub type OnDone = Box<dyn FnOnce(Outcome, Option<WorkerConn>) + Send>;

/// One HTTP/1 connection to one worker (keep-alive, `TCP_NODELAY`), kept
/// with the worker between its requests: a worker serves one request at a
/// time, so a pool would only add bookkeeping. Its I/O runs on a task of its
/// own, which ends when this is dropped or the worker closes it.
pub struct WorkerConn {
    link: Link,
    port: u16,
    /// When its last request ended.
    idle_since: Instant,
}

impl fmt::Debug for WorkerConn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WorkerConn")
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

/// A worker connection as hyper's client holds it (routes on connections
/// hyper serves) or as a raw socket (the lean path, `platform::relay`). A
/// request that finds the other kind drops it and opens its own.
enum Link {
    Hyper(SendRequest<Body>),
    Raw(TcpStream),
}

impl WorkerConn {
    /// A raw connection, given back by the lean path after a whole answer.
    pub fn raw(stream: TcpStream, port: u16) -> WorkerConn {
        WorkerConn {
            link: Link::Raw(stream),
            port,
            idle_since: Instant::now(),
        }
    }

    /// The raw socket, when this is one to `port` that can take a request
    /// now: not idle too long, and not closed (or sending unasked bytes) by
    /// the worker meanwhile.
    pub fn into_raw(self, port: u16) -> Option<TcpStream> {
        let Link::Raw(stream) = self.link else {
            return None;
        };
        if self.port != port || self.idle_since.elapsed() >= IDLE_TIMEOUT {
            return None;
        }
        let mut probe = [0u8; 1];
        match stream.try_read(&mut probe) {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Some(stream),
            _ => None,
        }
    }

    /// Opens a hyper connection to `127.0.0.1:{port}`. Callers box this
    /// future: it is rarely awaited, and unboxed it would make every
    /// request's future (queued ones too) larger.
    async fn open(port: u16) -> Result<WorkerConn, ConnectError> {
        let stream = connect_worker(port).await?;
        let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| ConnectError::Handshake(describe(&e)))?;
        tokio::spawn(async move {
            // Its end (closed, broken) shows through `sender`.
            let _ = conn.await;
        });
        Ok(WorkerConn {
            link: Link::Hyper(sender),
            port,
            idle_since: Instant::now(),
        })
    }

    /// Whether it can take a request to `port` now; waits only for the
    /// connection to finish reading the previous answer.
    async fn usable_for(&mut self, port: u16) -> bool {
        let Link::Hyper(sender) = &mut self.link else {
            return false;
        };
        if self.port != port || sender.is_closed() || self.idle_since.elapsed() >= IDLE_TIMEOUT {
            return false;
        }
        sender.is_ready() || sender.ready().await.is_ok()
    }

    fn sender(&mut self) -> Option<&mut SendRequest<Body>> {
        match &mut self.link {
            Link::Hyper(s) => Some(s),
            Link::Raw(_) => None,
        }
    }
}

/// Why no connection to a worker could be had.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("tcp connect error: {0}")]
    Io(#[from] std::io::Error),
    #[error("no connection to {addr} after {CONNECT_TIMEOUT:?}")]
    TimedOut { addr: SocketAddr },
    #[error("{0}")]
    Handshake(String),
}

/// Connects to the worker on `127.0.0.1:{port}`, with `TCP_NODELAY` so
/// that small writes (SSE events, short answers) go out at once. Both
/// forwarding paths (this module's and `relay`) open their connections here.
pub async fn connect_worker(port: u16) -> Result<TcpStream, ConnectError> {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let stream = tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(addr))
        .await
        .map_err(|_| ConnectError::TimedOut { addr })??;
    let _ = stream.set_nodelay(true);
    Ok(stream)
}

/// Forwards requests to workers over their [`WorkerConn`]s.
#[derive(Clone, Default)]
pub struct Forwarder {}

impl fmt::Debug for Forwarder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Forwarder").finish_non_exhaustive()
    }
}

impl Forwarder {
    pub fn new() -> Forwarder {
        Forwarder {}
    }

    /// Forwards `req` to `http://127.0.0.1:{port}{path_and_query}` over
    /// `conn` (the worker's kept connection; a new one when it is missing,
    /// closed or idle too long): method, headers (minus hop-by-hop ones;
    /// `Host` rewritten to the worker, the original kept as
    /// `X-Forwarded-Host`), body streamed. Adds `X-everai-request-id`,
    /// `X-Forwarded-For` (from the request's `ConnectInfo<SocketAddr>` when
    /// the server provides it) and `X-Forwarded-Proto` (`http` unless already
    /// set).
    ///
    /// Returns the worker's response, hop-by-hop headers removed, its body
    /// streamed frame by frame. `on_done` is called exactly once: see
    /// [`Outcome`]; with `Completed`, it gets the connection back for the
    /// worker's next request. On `Err`, it has been called (with
    /// `WorkerFailed`, or `ClientGone` when the client's own request body
    /// broke) before return.
    pub async fn forward(
        &self,
        conn: Option<WorkerConn>,
        port: u16,
        path_and_query: &str,
        request_id: &str,
        req: Request,
        on_done: OnDone,
    ) -> Result<Response, ForwardError> {
        // Reports ClientGone if this future is dropped before the end.
        let mut guard = DoneGuard(Some(on_done));
        let mut kept = None;
        if let Some(mut c) = conn {
            if c.usable_for(port).await {
                kept = Some(c);
            }
        }
        let mut conn = match kept {
            Some(c) => c,
            None => match Box::pin(WorkerConn::open(port)).await {
                Ok(c) => c,
                Err(e) => {
                    let msg = e.to_string();
                    guard.fire(Outcome::WorkerFailed(msg.clone()));
                    return Err(ForwardError::Connect(msg, Some(Box::new(req))));
                }
            },
        };
        let mut outgoing = match build_request(port, path_and_query, request_id, req) {
            Ok(r) => r,
            Err(e) => {
                let msg = e.to_string();
                guard.fire(Outcome::WorkerFailed(msg.clone()));
                return Err(ForwardError::Failed(msg));
            }
        };
        let mut reopened = false;
        loop {
            let Some(sender) = conn.sender() else {
                let msg = "not a hyper connection".to_string();
                guard.fire(Outcome::WorkerFailed(msg.clone()));
                return Err(ForwardError::Failed(msg));
            };
            match sender.try_send_request(outgoing).await {
                Ok(resp) => {
                    let (mut parts, inner) = resp.into_parts();
                    strip_hop_by_hop(&mut parts.headers);
                    let body = WorkerBody {
                        inner,
                        status: parts.status.as_u16(),
                        on_done: guard.0.take(),
                        conn: Some(conn),
                    };
                    return Ok(Response::from_parts(parts, Body::new(body)));
                }
                Err(mut e) => {
                    let msg = describe(e.error());
                    match e.take_message() {
                        // The connection closed before the request was
                        // written: once more on a new one.
                        Some(back) if !reopened => {
                            conn = match Box::pin(WorkerConn::open(port)).await {
                                Ok(c) => c,
                                Err(e) => {
                                    let msg = e.to_string();
                                    guard.fire(Outcome::WorkerFailed(msg.clone()));
                                    return Err(ForwardError::Connect(msg, None));
                                }
                            };
                            reopened = true;
                            outgoing = back;
                        }
                        Some(_) => {
                            guard.fire(Outcome::WorkerFailed(msg.clone()));
                            return Err(ForwardError::Connect(msg, None));
                        }
                        None if client_body_failed(e.error()) => {
                            guard.fire(Outcome::ClientGone);
                            return Err(ForwardError::Failed(msg));
                        }
                        None => {
                            guard.fire(Outcome::WorkerFailed(msg.clone()));
                            return Err(ForwardError::Failed(msg));
                        }
                    }
                }
            }
        }
    }
}

/// Whether a request can be safely retried on another worker after
/// [`ForwardError::Connect`]: an idempotent method (GET, HEAD, OPTIONS, TRACE,
/// PUT, DELETE) and no request body (no `Transfer-Encoding`, and
/// `Content-Length` absent or 0).
pub fn is_retryable(method: &Method, headers: &HeaderMap) -> bool {
    if !is_idempotent(method.as_str().as_bytes()) || headers.contains_key(TRANSFER_ENCODING) {
        return false;
    }
    headers
        .get_all(CONTENT_LENGTH)
        .iter()
        .all(|v| v.to_str().map(|s| s.trim() == "0").unwrap_or(false))
}

/// Whether a method may be repeated on another worker (with no body): the
/// rule [`is_retryable`] and the lean path (`platform::relay`) share.
pub fn is_idempotent(method: &[u8]) -> bool {
    matches!(
        method,
        b"GET" | b"HEAD" | b"OPTIONS" | b"TRACE" | b"PUT" | b"DELETE"
    )
}

/// Marks a response that is the worker's own answer, so that the server's
/// error-body normalisation leaves it exactly as the worker sent it.
#[derive(Debug, Clone, Copy)]
pub struct Proxied;

/// Why the request for the worker could not be built.
#[derive(Debug, thiserror::Error)]
enum BuildError {
    #[error("invalid worker address: {0}")]
    Address(axum::http::header::InvalidHeaderValue),
    #[error("invalid request path {path:?}: {source}")]
    Path {
        path: String,
        source: axum::http::uri::InvalidUri,
    },
    #[error("invalid request id {id:?}: {source}")]
    RequestId {
        id: String,
        source: axum::http::header::InvalidHeaderValue,
    },
}

/// Builds the request to the worker from the client's, reusing its parts.
fn build_request(
    port: u16,
    path_and_query: &str,
    request_id: &str,
    req: Request,
) -> Result<Request, BuildError> {
    let (mut parts, body) = req.into_parts();

    // One buffer for the Host header and the (origin-form) URI.
    let mut target = String::with_capacity(16 + path_and_query.len() + 1);
    target.push_str("127.0.0.1:");
    target.push_str(&port.to_string());
    let authority_end = target.len();
    if !path_and_query.starts_with('/') {
        target.push('/');
    }
    target.push_str(path_and_query);
    let target = Bytes::from(target);
    let host = HeaderValue::from_maybe_shared(target.slice(..authority_end))
        .map_err(BuildError::Address)?;
    let uri = Uri::from_maybe_shared(target.slice(authority_end..)).map_err(|source| {
        BuildError::Path {
            path: path_and_query.to_string(),
            source,
        }
    })?;
    let request_id = HeaderValue::from_str(request_id).map_err(|source| BuildError::RequestId {
        id: request_id.to_string(),
        source,
    })?;

    let headers = &mut parts.headers;
    strip_hop_by_hop(headers);
    headers.remove(EXPECT);
    if let Some(original_host) = headers.insert(HOST, host) {
        if !headers.contains_key(X_FORWARDED_HOST) {
            headers.insert(X_FORWARDED_HOST, original_host);
        }
    }
    headers.insert(X_EVERAI_REQUEST_ID, request_id);
    if let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>() {
        let ip = peer.ip().to_string();
        let value = match headers.get(X_FORWARDED_FOR).map(|v| v.as_bytes()) {
            Some(prior) if !prior.is_empty() => {
                let mut v = Vec::with_capacity(prior.len() + 2 + ip.len());
                v.extend_from_slice(prior);
                v.extend_from_slice(b", ");
                v.extend_from_slice(ip.as_bytes());
                HeaderValue::from_maybe_shared(Bytes::from(v))
            }
            _ => HeaderValue::from_maybe_shared(Bytes::from(ip)),
        };
        if let Ok(value) = value {
            headers.insert(X_FORWARDED_FOR, value);
        }
    }
    if !headers.contains_key(X_FORWARDED_PROTO) {
        headers.insert(X_FORWARDED_PROTO, HeaderValue::from_static("http"));
    }

    parts.uri = uri;
    parts.version = Version::HTTP_11;
    Ok(Request::from_parts(parts, body))
}

/// Removes the hop-by-hop headers: `Connection` and the headers it names,
/// `Keep-Alive`, `Proxy-*`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`.
fn strip_hop_by_hop(headers: &mut HeaderMap) {
    if headers.contains_key(CONNECTION) {
        let mut named: Vec<HeaderName> = Vec::new();
        for value in headers.get_all(CONNECTION) {
            let Ok(value) = value.to_str() else { continue };
            for token in value.split(',') {
                if let Ok(name) = HeaderName::from_bytes(token.trim().as_bytes()) {
                    named.push(name);
                }
            }
        }
        for name in named {
            headers.remove(name);
        }
        headers.remove(CONNECTION);
    }
    for name in [KEEP_ALIVE, TE, TRAILER, TRANSFER_ENCODING, UPGRADE] {
        headers.remove(name);
    }
    if headers.keys().any(is_proxy_header) {
        let proxy: Vec<HeaderName> = headers
            .keys()
            .filter(|k| is_proxy_header(k))
            .cloned()
            .collect();
        for name in proxy {
            headers.remove(name);
        }
    }
}

fn is_proxy_header(name: &HeaderName) -> bool {
    name.as_str().starts_with("proxy-")
}

/// Whether the request failed because the client's own request body broke
/// (the client went away mid-upload), as opposed to the worker.
fn client_body_failed(e: &(dyn StdError + 'static)) -> bool {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(e);
    while let Some(err) = cur {
        if err.is::<axum::Error>() {
            return true;
        }
        cur = err.source();
    }
    false
}

/// An error and its sources, as one line.
fn describe(e: &(dyn StdError + 'static)) -> String {
    let mut msg = e.to_string();
    let mut cur = e.source();
    while let Some(err) = cur {
        let part = err.to_string();
        if !msg.ends_with(&part) {
            msg.push_str(": ");
            msg.push_str(&part);
        }
        cur = err.source();
    }
    msg
}

/// Holds `on_done` until it is given away; reports ClientGone when dropped
/// still holding it (the `forward` future was cancelled).
struct DoneGuard(Option<OnDone>);

impl DoneGuard {
    fn fire(&mut self, outcome: Outcome) {
        if let Some(f) = self.0.take() {
            f(outcome, None);
        }
    }
}

impl Drop for DoneGuard {
    fn drop(&mut self) {
        self.fire(Outcome::ClientGone);
    }
}

/// The worker's response body, passed through frame by frame, reporting how
/// it ended. Dropped unfinished (the client went away) = ClientGone.
struct WorkerBody {
    inner: Incoming,
    status: u16,
    on_done: Option<OnDone>,
    /// The worker's connection, given back with a whole answer.
    conn: Option<WorkerConn>,
}

impl WorkerBody {
    fn finish(&mut self, outcome: Outcome) {
        if let Some(f) = self.on_done.take() {
            // A connection left mid-answer cannot carry another request.
            let conn = match outcome {
                Outcome::Completed { .. } => self.conn.take().map(|mut c| {
                    c.idle_since = Instant::now();
                    c
                }),
                _ => None,
            };
            f(outcome, conn);
        }
    }
}

impl hyper::body::Body for WorkerBody {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(Ok(frame))) => {
                // A server stops polling once `is_end_stream` says so (known
                // length reached), so the end may be known only here.
                if this.inner.is_end_stream() {
                    let status = this.status;
                    this.finish(Outcome::Completed { status });
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(e))) => {
                this.finish(Outcome::WorkerFailed(describe(&e)));
                Poll::Ready(Some(Err(e)))
            }
            Poll::Ready(None) => {
                let status = this.status;
                this.finish(Outcome::Completed { status });
                Poll::Ready(None)
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for WorkerBody {
    fn drop(&mut self) {
        if self.on_done.is_some() {
            // An empty body (HEAD, 204, 304, length 0) is never polled.
            let outcome = if self.inner.is_end_stream() {
                Outcome::Completed {
                    status: self.status,
                }
            } else {
                Outcome::ClientGone
            };
            self.finish(outcome);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::error::ApiError;
    use axum::extract::State;
    use axum::http::header::CONTENT_TYPE;
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    use axum::routing::any;
    use axum::Router;
    use std::collections::HashSet;
    use std::convert::Infallible;
    use std::sync::{Arc, Mutex};
    use std::time::Instant;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;
    use tokio::sync::mpsc;
    use tokio::time::timeout;

    const DEADLINE: Duration = Duration::from_secs(5);

    /// Serves `app` (with ConnectInfo) on 127.0.0.1:0; returns the port.
    async fn serve(app: Router) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await;
        });
        port
    }

    struct ProxyState {
        fwd: Forwarder,
        worker: u16,
        outcomes: mpsc::UnboundedSender<Outcome>,
        /// The worker's kept connection between requests, as a lease keeps it.
        conn: Mutex<Option<WorkerConn>>,
    }

    async fn proxy_handler(State(st): State<Arc<ProxyState>>, req: Request) -> Response {
        let pq = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".to_owned());
        let tx = st.outcomes.clone();
        let back = st.clone();
        let on_done: OnDone = Box::new(move |o, conn| {
            *back.conn.lock().expect("lock") = conn;
            let _ = tx.send(o);
        });
        let conn = st.conn.lock().expect("lock").take();
        match st
            .fwd
            .forward(conn, st.worker, &pq, "req-123", req, on_done)
            .await
        {
            Ok(r) => r,
            Err(ForwardError::Connect(m, _)) => {
                ApiError::from_status(StatusCode::SERVICE_UNAVAILABLE, format!("connect: {m}"))
                    .into_response()
            }
            Err(ForwardError::Failed(m)) => {
                ApiError::from_status(StatusCode::BAD_GATEWAY, m).into_response()
            }
        }
    }

    /// A proxy app forwarding everything to `worker`; returns its port and
    /// the receiver of `on_done` outcomes.
    async fn proxy_to(worker: u16) -> (u16, mpsc::UnboundedReceiver<Outcome>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let state = Arc::new(ProxyState {
            fwd: Forwarder::new(),
            worker,
            outcomes: tx,
            conn: Mutex::new(None),
        });
        let app = Router::new().fallback(proxy_handler).with_state(state);
        (serve(app).await, rx)
    }

    async fn next_outcome(rx: &mut mpsc::UnboundedReceiver<Outcome>) -> Outcome {
        timeout(DEADLINE, rx.recv())
            .await
            .expect("on_done not called in time")
            .expect("outcome channel closed")
    }

    fn no_more_outcomes(rx: &mut mpsc::UnboundedReceiver<Outcome>) {
        assert!(rx.try_recv().is_err(), "on_done called more than once");
    }

    fn event(i: usize) -> Bytes {
        Bytes::from(format!("data: {i}\n\n"))
    }

    /// A worker whose `/sse` answer streams, as SSE, whatever the test sends
    /// on the returned channel (closing it ends the body).
    async fn gated_sse_worker() -> (u16, mpsc::UnboundedSender<Bytes>) {
        let (tx, rx) = mpsc::unbounded_channel::<Bytes>();
        let slot = Arc::new(Mutex::new(Some(rx)));
        let app = Router::new().route(
            "/sse",
            any(move || {
                let slot = slot.clone();
                async move {
                    let rx = slot.lock().expect("lock").take().expect("one request");
                    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
                        rx.recv().await.map(|b| (Ok::<_, Infallible>(b), rx))
                    });
                    (
                        [(CONTENT_TYPE, "text/event-stream")],
                        Body::from_stream(stream),
                    )
                }
            }),
        );
        (serve(app).await, tx)
    }

    #[tokio::test]
    async fn sse_events_arrive_one_by_one() {
        let (worker, events) = gated_sse_worker().await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let mut resp = reqwest::get(format!("http://127.0.0.1:{proxy}/sse"))
            .await
            .expect("request");
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.headers()[CONTENT_TYPE.as_str()], "text/event-stream");
        // The worker sends event i only after the client has received i-1.
        for i in 0..5 {
            events.send(event(i)).expect("worker alive");
            let chunk = timeout(DEADLINE, resp.chunk())
                .await
                .expect("event not streamed through the proxy")
                .expect("body")
                .expect("chunk");
            assert_eq!(chunk, event(i));
        }
        drop(events);
        let end = timeout(DEADLINE, resp.chunk()).await.expect("end");
        assert!(end.expect("clean end").is_none());
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 200 }
        );
        no_more_outcomes(&mut outcomes);
    }

    #[tokio::test]
    async fn paced_sse_is_not_buffered() {
        let app = Router::new().route(
            "/sse",
            any(|| async {
                let stream = futures_util::stream::unfold(0usize, |i| async move {
                    if i == 5 {
                        return None;
                    }
                    if i > 0 {
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                    Some((Ok::<_, Infallible>(event(i)), i + 1))
                });
                (
                    [(CONTENT_TYPE, "text/event-stream")],
                    Body::from_stream(stream),
                )
            }),
        );
        let worker = serve(app).await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let mut resp = reqwest::get(format!("http://127.0.0.1:{proxy}/sse"))
            .await
            .expect("request");
        let start = Instant::now();
        let mut received = Vec::new();
        let mut first = None;
        while let Some(chunk) = timeout(DEADLINE, resp.chunk())
            .await
            .expect("stalled")
            .expect("body")
        {
            first.get_or_insert_with(|| start.elapsed());
            received.extend_from_slice(&chunk);
        }
        let total = start.elapsed();
        let first = first.expect("some chunk");
        let expected: Vec<u8> = (0..5).flat_map(|i| event(i).to_vec()).collect();
        assert_eq!(received, expected);
        assert!(total >= Duration::from_millis(750), "total {total:?}");
        // Buffered, the first event would arrive with the last one.
        assert!(
            first + Duration::from_millis(500) < total,
            "first event at {first:?}, all at {total:?}"
        );
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 200 }
        );
    }

    struct Captured {
        method: Method,
        uri: Uri,
        headers: HeaderMap,
        body: Bytes,
    }

    /// A worker recording each request it gets and answering "ok" with some
    /// hop-by-hop headers.
    async fn capture_worker() -> (u16, mpsc::UnboundedReceiver<Captured>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let app = Router::new().fallback(move |req: Request| {
            let tx = tx.clone();
            async move {
                let (parts, body) = req.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX)
                    .await
                    .expect("request body");
                let _ = tx.send(Captured {
                    method: parts.method,
                    uri: parts.uri,
                    headers: parts.headers,
                    body,
                });
                (
                    StatusCode::CREATED,
                    [
                        ("x-resp", "1"),
                        ("keep-alive", "timeout=5"),
                        ("connection", "x-resp-drop"),
                        ("x-resp-drop", "secret"),
                        ("proxy-authenticate", "Basic"),
                    ],
                    "ok",
                )
            }
        });
        (serve(app).await, rx)
    }

    fn big_body() -> Vec<u8> {
        (0..1024 * 1024).map(|i: u32| (i % 251) as u8).collect()
    }

    #[tokio::test]
    async fn request_arrives_unchanged_minus_hop_by_hop() {
        let (worker, mut seen) = capture_worker().await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let body = big_body();
        let client = reqwest::Client::new();
        let resp = client
            .post(format!("http://127.0.0.1:{proxy}/some/path?x=1&y=a%20b"))
            .header("x-custom", "foo")
            .header("x-multi", "a")
            .header("x-multi", "b")
            .header("authorization", "Bearer t")
            .header("connection", "keep-alive, x-drop-me")
            .header("x-drop-me", "1")
            .header("keep-alive", "timeout=5")
            .header("proxy-authorization", "Basic x")
            .header("te", "trailers")
            .header("x-everai-request-id", "forged")
            .body(body.clone())
            .send()
            .await
            .expect("request");
        assert_eq!(resp.status(), 201);
        let h = resp.headers();
        assert_eq!(h["x-resp"], "1");
        for gone in [
            "keep-alive",
            "connection",
            "x-resp-drop",
            "proxy-authenticate",
        ] {
            assert!(!h.contains_key(gone), "response kept {gone}");
        }
        assert_eq!(resp.text().await.expect("text"), "ok");

        let got = timeout(DEADLINE, seen.recv())
            .await
            .expect("seen")
            .expect("req");
        assert_eq!(got.method, Method::POST);
        assert_eq!(got.uri.to_string(), "/some/path?x=1&y=a%20b");
        assert!(got.body == body, "body differs");
        let h = &got.headers;
        assert_eq!(h["x-custom"], "foo");
        let multi: Vec<_> = h.get_all("x-multi").iter().collect();
        assert_eq!(multi, ["a", "b"]);
        assert_eq!(h["authorization"], "Bearer t");
        assert_eq!(h["content-length"], "1048576");
        assert_eq!(h["host"], format!("127.0.0.1:{worker}").as_str());
        assert_eq!(h["x-forwarded-host"], format!("127.0.0.1:{proxy}").as_str());
        assert_eq!(h["x-everai-request-id"], "req-123");
        assert_eq!(h.get_all("x-everai-request-id").iter().count(), 1);
        assert_eq!(h["x-forwarded-for"], "127.0.0.1");
        assert_eq!(h["x-forwarded-proto"], "http");
        for gone in [
            "connection",
            "x-drop-me",
            "keep-alive",
            "proxy-authorization",
            "te",
            "transfer-encoding",
        ] {
            assert!(!h.contains_key(gone), "worker got {gone}");
        }
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 201 }
        );
        no_more_outcomes(&mut outcomes);
    }

    #[tokio::test]
    async fn chunked_upload_is_streamed_and_forwarded_headers_append() {
        let (worker, mut seen) = capture_worker().await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let body = big_body();
        let parts: Vec<Result<Vec<u8>, Infallible>> =
            body.chunks(64 * 1024).map(|c| Ok(c.to_vec())).collect();
        let resp = reqwest::Client::new()
            .put(format!("http://127.0.0.1:{proxy}/upload"))
            .header("x-forwarded-for", "10.1.2.3")
            .header("x-forwarded-proto", "https")
            .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
                parts,
            )))
            .send()
            .await
            .expect("request");
        assert_eq!(resp.status(), 201);
        let got = timeout(DEADLINE, seen.recv())
            .await
            .expect("seen")
            .expect("req");
        assert_eq!(got.method, Method::PUT);
        assert!(got.body == body, "body differs");
        assert_eq!(got.headers["x-forwarded-for"], "10.1.2.3, 127.0.0.1");
        assert_eq!(got.headers["x-forwarded-proto"], "https");
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 201 }
        );
    }

    #[tokio::test]
    async fn big_response_and_error_statuses_pass_through() {
        let app = Router::new()
            .route("/big", any(|| async { big_body() }))
            .route(
                "/missing",
                any(|| async { (StatusCode::NOT_FOUND, "no such thing") }),
            )
            .route("/empty", any(|| async { StatusCode::NO_CONTENT }));
        let worker = serve(app).await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let client = reqwest::Client::new();

        let resp = client
            .get(format!("http://127.0.0.1:{proxy}/big"))
            .send()
            .await
            .expect("big");
        assert_eq!(resp.headers()["content-length"], "1048576");
        assert!(resp.bytes().await.expect("bytes") == big_body());
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 200 }
        );

        let resp = client
            .get(format!("http://127.0.0.1:{proxy}/missing"))
            .send()
            .await
            .expect("missing");
        assert_eq!(resp.status(), 404);
        assert_eq!(resp.text().await.expect("text"), "no such thing");
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 404 }
        );

        let resp = client
            .get(format!("http://127.0.0.1:{proxy}/empty"))
            .send()
            .await
            .expect("empty");
        assert_eq!(resp.status(), 204);
        assert!(resp.bytes().await.expect("bytes").is_empty());
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 204 }
        );

        let resp = client
            .head(format!("http://127.0.0.1:{proxy}/big"))
            .send()
            .await
            .expect("head");
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.headers()["content-length"], "1048576");
        assert!(resp.bytes().await.expect("bytes").is_empty());
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 200 }
        );
        no_more_outcomes(&mut outcomes);
    }

    #[tokio::test]
    async fn client_gone_mid_stream() {
        let (worker, events) = gated_sse_worker().await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let mut resp = reqwest::get(format!("http://127.0.0.1:{proxy}/sse"))
            .await
            .expect("request");
        events.send(event(0)).expect("worker alive");
        let chunk = timeout(DEADLINE, resp.chunk()).await.expect("first event");
        assert_eq!(chunk.expect("body"), Some(event(0)));
        drop(resp);
        assert_eq!(next_outcome(&mut outcomes).await, Outcome::ClientGone);
        // The worker's side is torn down too: its body stream is dropped.
        timeout(DEADLINE, events.closed())
            .await
            .expect("worker connection not closed");
        no_more_outcomes(&mut outcomes);
    }

    #[tokio::test]
    async fn client_gone_before_worker_answers() {
        let (arrived_tx, mut arrived) = mpsc::unbounded_channel::<()>();
        let app = Router::new().fallback(move || {
            let arrived_tx = arrived_tx.clone();
            async move {
                let _ = arrived_tx.send(());
                std::future::pending::<()>().await;
            }
        });
        let worker = serve(app).await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let call = tokio::spawn(reqwest::get(format!("http://127.0.0.1:{proxy}/slow")));
        timeout(DEADLINE, arrived.recv())
            .await
            .expect("request reached the worker");
        call.abort();
        assert_eq!(next_outcome(&mut outcomes).await, Outcome::ClientGone);
        no_more_outcomes(&mut outcomes);
    }

    /// A raw worker that reads one request head, writes `answer`, and closes.
    async fn raw_worker(answer: &'static [u8]) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        tokio::spawn(async move {
            while let Ok((mut sock, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut buf = [0u8; 4096];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                        match sock.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => head.extend_from_slice(&buf[..n]),
                        }
                    }
                    let _ = sock.write_all(answer).await;
                    let _ = sock.flush().await;
                });
            }
        });
        port
    }

    async fn assert_worker_fails_mid_body(answer: &'static [u8], first: &[u8]) {
        let worker = raw_worker(answer).await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let mut resp = reqwest::get(format!("http://127.0.0.1:{proxy}/"))
            .await
            .expect("headers pass through");
        assert_eq!(resp.status(), 200);
        let mut got = Vec::new();
        let failed = loop {
            match timeout(DEADLINE, resp.chunk()).await.expect("stalled") {
                Ok(Some(c)) => got.extend_from_slice(&c),
                Ok(None) => break false,
                Err(_) => break true,
            }
        };
        assert!(failed, "the client must see a broken body, not a clean end");
        assert_eq!(got, first);
        match next_outcome(&mut outcomes).await {
            Outcome::WorkerFailed(msg) => assert!(!msg.is_empty()),
            other => panic!("expected WorkerFailed, got {other:?}"),
        }
        no_more_outcomes(&mut outcomes);
    }

    #[tokio::test]
    async fn worker_closing_mid_body_with_length() {
        assert_worker_fails_mid_body(
            b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n0123456789",
            b"0123456789",
        )
        .await;
    }

    #[tokio::test]
    async fn worker_closing_mid_chunked_body() {
        assert_worker_fails_mid_body(
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n",
            b"hello",
        )
        .await;
    }

    #[tokio::test]
    async fn worker_closing_without_answer_is_failed_not_connect() {
        let worker = raw_worker(b"").await;
        let (tx, mut outcomes) = mpsc::unbounded_channel();
        let req = Request::new(Body::empty());
        let res = Forwarder::new()
            .forward(
                None,
                worker,
                "/",
                "r1",
                req,
                Box::new(move |o, _| {
                    let _ = tx.send(o);
                }),
            )
            .await;
        assert!(matches!(res, Err(ForwardError::Failed(_))), "{res:?}");
        assert!(matches!(outcomes.try_recv(), Ok(Outcome::WorkerFailed(_))));
        no_more_outcomes(&mut outcomes);

        // Through a proxy app: a 502 in the platform's error shape.
        let (proxy, _outcomes) = proxy_to(worker).await;
        let resp = reqwest::get(format!("http://127.0.0.1:{proxy}/"))
            .await
            .expect("request");
        assert_eq!(resp.status(), 502);
        let text = resp.text().await.expect("text");
        assert!(text.starts_with("{\"code\":14,\"message\":\""), "{text}");
        assert!(text.ends_with("\",\"details\":[]}"), "{text}");
    }

    async fn dead_port() -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        drop(listener);
        port
    }

    #[tokio::test]
    async fn no_listener_is_a_connect_error_and_the_request_comes_back() {
        let dead = dead_port().await;
        let (worker, mut seen) = capture_worker().await;
        let fwd = Forwarder::new();
        let mut req = Request::new(Body::empty());
        *req.uri_mut() = Uri::from_static("/items?page=2");
        req.headers_mut()
            .insert("x-custom", HeaderValue::from_static("v"));

        let (tx, mut outcomes) = mpsc::unbounded_channel();
        let tx2 = tx.clone();
        let res = fwd
            .forward(
                None,
                dead,
                "/items?page=2",
                "r1",
                req,
                Box::new(move |o, _| {
                    let _ = tx.send(o);
                }),
            )
            .await;
        let Err(ForwardError::Connect(msg, Some(unsent))) = res else {
            panic!("expected a connect error with the request, got {res:?}")
        };
        assert!(!msg.is_empty());
        assert!(matches!(outcomes.try_recv(), Ok(Outcome::WorkerFailed(_))));
        no_more_outcomes(&mut outcomes);

        let resp = fwd
            .forward(
                None,
                worker,
                "/items?page=2",
                "r1",
                *unsent,
                Box::new(move |o, _| {
                    let _ = tx2.send(o);
                }),
            )
            .await
            .expect("retry on a live worker");
        assert_eq!(resp.status(), 201);
        let body = axum::body::to_bytes(resp.into_body(), 1024)
            .await
            .expect("body");
        assert_eq!(&body[..], b"ok");
        assert_eq!(
            next_outcome(&mut outcomes).await,
            Outcome::Completed { status: 201 }
        );
        let got = timeout(DEADLINE, seen.recv())
            .await
            .expect("seen")
            .expect("req");
        assert_eq!(got.uri.to_string(), "/items?page=2");
        assert_eq!(got.headers["x-custom"], "v");
    }

    #[tokio::test]
    async fn dropped_response_reports_client_gone() {
        let (worker, events) = gated_sse_worker().await;
        let (tx, mut outcomes) = mpsc::unbounded_channel();
        let resp = Forwarder::new()
            .forward(
                None,
                worker,
                "/sse",
                "r1",
                Request::new(Body::empty()),
                Box::new(move |o, _| {
                    let _ = tx.send(o);
                }),
            )
            .await
            .expect("response");
        assert!(outcomes.try_recv().is_err(), "not finished yet");
        drop(resp);
        assert_eq!(outcomes.try_recv(), Ok(Outcome::ClientGone));
        drop(events);
    }

    #[tokio::test]
    async fn keep_alive_reuses_worker_connections() {
        let peers = Arc::new(Mutex::new(HashSet::new()));
        let seen = peers.clone();
        let app = Router::new().fallback(
            move |ConnectInfo(peer): ConnectInfo<SocketAddr>, uri: Uri| {
                seen.lock().expect("lock").insert(peer);
                async move { uri.to_string() }
            },
        );
        let worker = serve(app).await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let client = reqwest::Client::new();
        for i in 0..100 {
            let resp = client
                .get(format!("http://127.0.0.1:{proxy}/n?i={i}"))
                .send()
                .await
                .expect("request");
            assert_eq!(resp.status(), 200);
            assert_eq!(resp.text().await.expect("text"), format!("/n?i={i}"));
            assert_eq!(
                next_outcome(&mut outcomes).await,
                Outcome::Completed { status: 200 }
            );
        }
        // One worker, one request at a time: one kept connection.
        let connections = peers.lock().expect("lock").len();
        assert_eq!(
            connections, 1,
            "100 sequential requests used {connections} worker connections"
        );
    }

    #[tokio::test]
    async fn a_kept_connection_the_worker_closed_is_replaced() {
        let worker =
            raw_worker(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                .await;
        let (proxy, mut outcomes) = proxy_to(worker).await;
        let client = reqwest::Client::new();
        for _ in 0..5 {
            let resp = client
                .get(format!("http://127.0.0.1:{proxy}/"))
                .send()
                .await
                .expect("request");
            assert_eq!(resp.status(), 200);
            assert_eq!(resp.text().await.expect("text"), "ok");
            assert_eq!(
                next_outcome(&mut outcomes).await,
                Outcome::Completed { status: 200 }
            );
        }
    }

    #[test]
    fn hop_by_hop_headers_are_stripped() {
        let mut h = HeaderMap::new();
        for (k, v) in [
            ("connection", "close, x-a"),
            ("connection", "X-B"),
            ("x-a", "1"),
            ("x-b", "2"),
            ("keep-alive", "timeout=5"),
            ("proxy-authorization", "x"),
            ("proxy-connection", "keep-alive"),
            ("te", "trailers"),
            ("trailer", "x-t"),
            ("transfer-encoding", "chunked"),
            ("upgrade", "websocket"),
            ("x-keep", "yes"),
            ("content-type", "text/plain"),
        ] {
            h.append(HeaderName::from_static(k), HeaderValue::from_static(v));
        }
        strip_hop_by_hop(&mut h);
        let left: Vec<&str> = h.keys().map(|k| k.as_str()).collect();
        assert_eq!(left, ["x-keep", "content-type"]);
    }

    #[test]
    fn forwarder_builds_outside_a_runtime() {
        let fwd = Forwarder::new();
        let _clone = fwd.clone();
    }

    #[test]
    fn retryable_only_without_body() {
        let none = HeaderMap::new();
        let mut zero = HeaderMap::new();
        zero.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        let mut some = HeaderMap::new();
        some.insert(CONTENT_LENGTH, HeaderValue::from_static("12"));
        let mut chunked = HeaderMap::new();
        chunked.insert(TRANSFER_ENCODING, HeaderValue::from_static("chunked"));
        for m in [Method::GET, Method::HEAD, Method::OPTIONS, Method::DELETE] {
            assert!(is_retryable(&m, &none), "{m}");
            assert!(is_retryable(&m, &zero), "{m}");
            assert!(!is_retryable(&m, &some), "{m}");
            assert!(!is_retryable(&m, &chunked), "{m}");
        }
        assert!(!is_retryable(&Method::POST, &none));
        assert!(!is_retryable(&Method::PATCH, &none));
    }

    #[tokio::test]
    async fn bad_request_id_fails_and_reports() {
        let (worker, _seen) = capture_worker().await;
        let (tx, mut outcomes) = mpsc::unbounded_channel();
        let res = Forwarder::new()
            .forward(
                None,
                worker,
                "/",
                "bad\nid",
                Request::new(Body::empty()),
                Box::new(move |o, _| {
                    let _ = tx.send(o);
                }),
            )
            .await;
        assert!(matches!(res, Err(ForwardError::Failed(_))), "{res:?}");
        assert!(matches!(outcomes.try_recv(), Ok(Outcome::WorkerFailed(_))));
    }
}
