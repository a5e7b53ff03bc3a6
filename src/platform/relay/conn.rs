//! One route request on the lean path: the route's rules (the same
//! functions as the axum handler, `api::routes`), the app's queue, then the
//! request relayed to the worker over its kept raw connection and the answer
//! relayed back.
//!
//! Rules kept from the hyper path (`platform::proxy`): a kept connection
//! idle too long or closed by the worker is replaced before use; one that
//! turns out closed before the worker read anything is replaced once (for a
//! request without a body); a refused connection is retried on another
//! worker for an idempotent request without a body; every leased request
//! ends with exactly one [`Outcome`].

use super::framing::{self, Framing, RelayError};
use super::head::{self, Forwarding, RequestHead, ResponseHead};
use super::scratch::Scratch;
use crate::model::ErrorBody;
use crate::platform::api::routes::{self, Admitted, Arrival};
use crate::platform::error::ApiError;
use crate::platform::proxy::{self, Outcome, WorkerConn};
use crate::platform::runtime::lease::Lease;
use crate::platform::runtime::AppRuntime;
use crate::platform::State;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Whether the client's connection can carry its next request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    KeepAlive,
    Close,
}

/// The client's address, and its IP as `X-Forwarded-For` carries it
/// (formatted once per connection).
pub struct Peer {
    pub addr: SocketAddr,
    ip: String,
}

impl Peer {
    pub fn new(addr: SocketAddr) -> Peer {
        Peer {
            addr,
            ip: addr.ip().to_string(),
        }
    }
}

/// Serves one route request whose head was read. `pending` holds the bytes
/// read after the head; afterwards it holds those after the request's body.
pub async fn serve_route(
    state: &State,
    client: &mut TcpStream,
    peer: &Peer,
    head: RequestHead,
    pending: &mut Vec<u8>,
) -> Next {
    let at = Arrival::now();
    let started = at.entered();
    let Admitted { rt, path, public } =
        match routes::admit(state, head.authorization(), head.path()) {
            Ok(a) => a,
            Err(e) => return answer_error(client, &head, peer.addr, started, e).await,
        };
    let mut path_and_query = path;
    path_and_query.push_str(head.query());
    let request_id = crate::platform::request_id();
    let session = routes::session_of(head.session());
    let retryable = proxy::is_idempotent(head.method().as_bytes()) && head.body.is_empty();
    for attempt in 1..=routes::CONNECT_ATTEMPTS {
        // A client that goes away while its request waits leaves the queue
        // (dropping the wait does).
        // Biased: a worker free at once costs no look at the client.
        let leased = tokio::select! {
            biased;
            l = routes::lease_for(state, &rt, session.as_deref(), at) => l,
            () = client_gone(client) => return Next::Close,
        };
        let mut lease = match leased {
            Ok(l) => l,
            Err(e) => return answer_error(client, &head, peer.addr, started, e).await,
        };
        let port = lease.port;
        let kept = lease.conn.take().and_then(|c| c.into_raw(port));
        let served = Served::new(rt.clone(), lease, at);
        let to = Forwarding {
            port,
            path_and_query: &path_and_query,
            request_id: &request_id,
            peer_ip: &peer.ip,
            public,
        };
        let mut worker_head = Scratch::default();
        head::write_worker_request(&head, &to, &mut worker_head);
        // Boxed: a queued request's future holds only the wait, not the
        // relay's state (docs/benchmarks.md, memory per queued request).
        let ended = Box::pin(forward(client, kept, port, &head, &worker_head, pending)).await;
        match ended {
            Ended::Answered {
                status,
                outcome,
                worker,
                next,
            } => {
                served.finish(outcome, worker.map(|w| WorkerConn::raw(w, port)));
                if status >= 400 {
                    crate::platform::http::log_failed(
                        head.method(),
                        head.path(),
                        status,
                        started,
                        peer.addr,
                    );
                }
                return next;
            }
            Ended::Refused(msg) if retryable && attempt < routes::CONNECT_ATTEMPTS => {
                // Nothing reached the worker and the request is safe to
                // repeat; try another worker.
                served.finish(Outcome::WorkerFailed(msg), None);
                tokio::task::yield_now().await;
            }
            Ended::Refused(msg) | Ended::Failed(msg) => {
                served.finish(Outcome::WorkerFailed(msg.clone()), None);
                let e = routes::worker_failed(&rt, &msg);
                return answer_error(client, &head, peer.addr, started, e).await;
            }
            Ended::ClientGone => {
                served.finish(Outcome::ClientGone, None);
                return Next::Close;
            }
        }
    }
    answer_error(client, &head, peer.addr, started, routes::no_worker()).await
}

/// A leased request's end, reported once: ClientGone when dropped unreported
/// (the connection's task was cancelled).
struct Served(Option<(Arc<AppRuntime>, Lease, Arrival, Instant)>);

impl Served {
    fn new(rt: Arc<AppRuntime>, lease: Lease, at: Arrival) -> Served {
        Served(Some((rt, lease, at, Instant::now())))
    }

    fn finish(mut self, outcome: Outcome, conn: Option<WorkerConn>) {
        self.report(outcome, conn);
    }

    fn report(&mut self, outcome: Outcome, conn: Option<WorkerConn>) {
        if let Some((rt, lease, at, acquired)) = self.0.take() {
            routes::finish(&rt, lease, at, acquired, outcome, conn);
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.report(Outcome::ClientGone, None);
    }
}

/// How forwarding one request ended.
enum Ended {
    /// The worker's answer head reached the client.
    Answered {
        status: u16,
        outcome: Outcome,
        /// The worker's connection, when it can carry the next request.
        worker: Option<TcpStream>,
        next: Next,
    },
    /// No connection to the worker: nothing was sent.
    Refused(String),
    /// The worker failed before its answer's head: the platform answers 502.
    Failed(String),
    ClientGone,
}

/// Sends the request to the worker and relays the answer back.
async fn forward(
    client: &mut TcpStream,
    kept: Option<TcpStream>,
    port: u16,
    head: &RequestHead,
    worker_head: &[u8],
    pending: &mut Vec<u8>,
) -> Ended {
    let mut reused = kept.is_some();
    let mut worker = match kept {
        Some(w) => w,
        None => match Box::pin(proxy::connect_worker(port)).await {
            Ok(w) => w,
            Err(e) => return Ended::Refused(e.to_string()),
        },
    };
    let mut wbuf = Scratch::default();
    let mut out = Scratch::default();
    let answer = loop {
        let sent = worker.write_all(worker_head).await;
        let response = match sent {
            Ok(()) => {
                send_body_and_read_head(client, &mut worker, head, pending, &mut wbuf, &mut out)
                    .await
            }
            Err(e) => Err(HeadError::Worker(e.to_string(), true)),
        };
        match response {
            Ok(r) => break r,
            // A kept connection the worker closed before reading anything:
            // once more on a new one (bodiless requests: the body is gone).
            Err(HeadError::Worker(msg, nothing)) => {
                if reused && nothing && head.body.is_empty() {
                    reused = false;
                    wbuf.clear();
                    out.clear();
                    worker = match Box::pin(proxy::connect_worker(port)).await {
                        Ok(w) => w,
                        Err(e) => return Ended::Refused(e.to_string()),
                    };
                    continue;
                }
                return Ended::Failed(msg);
            }
            Err(HeadError::ClientGone) => return Ended::ClientGone,
        }
    };
    wbuf.drain(..answer.len);
    let status = answer.status;
    let close = head.close || answer.body == Framing::Close;
    match framing::relay(answer.body, &mut worker, &mut wbuf, client, &mut out).await {
        Ok(()) => {
            let keep = answer.worker_keeps && wbuf.is_empty();
            Ended::Answered {
                status,
                outcome: Outcome::Completed { status },
                worker: keep.then_some(worker),
                next: if close { Next::Close } else { Next::KeepAlive },
            }
        }
        // The client has a head and part of a body: only closing tells it.
        Err(RelayError::Read(msg)) => Ended::Answered {
            status,
            outcome: Outcome::WorkerFailed(msg),
            worker: None,
            next: Next::Close,
        },
        Err(RelayError::Write(_)) => Ended::Answered {
            status,
            outcome: Outcome::ClientGone,
            worker: None,
            next: Next::Close,
        },
    }
}

enum HeadError {
    /// The worker failed; `true` when it sent nothing at all.
    Worker(String, bool),
    ClientGone,
}

/// Relays the request body, then reads the worker's answer head, relaying
/// interim (1xx) answers; the final head's rewrite is in `out`.
async fn send_body_and_read_head(
    client: &mut TcpStream,
    worker: &mut TcpStream,
    head: &RequestHead,
    pending: &mut Vec<u8>,
    wbuf: &mut Vec<u8>,
    out: &mut Vec<u8>,
) -> Result<ResponseHead, HeadError> {
    if !head.body.is_empty() {
        if head.expect_continue
            && client
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .await
                .is_err()
        {
            return Err(HeadError::ClientGone);
        }
        match framing::relay(head.body, client, pending, worker, &mut Vec::new()).await {
            Ok(()) => {}
            Err(RelayError::Read(_)) => return Err(HeadError::ClientGone),
            Err(RelayError::Write(e)) => return Err(HeadError::Worker(e, false)),
        }
        if pending.is_empty() {
            *pending = Vec::new();
        }
    }
    let mut received = false;
    loop {
        out.clear();
        match head::client_response(wbuf, head.is_head(), head.close, out) {
            Ok(Some(r)) if r.status >= 200 => return Ok(r),
            Ok(Some(r)) if r.status == 101 => {
                return Err(HeadError::Worker(
                    "the worker switched protocols, which routes do not forward".into(),
                    false,
                ))
            }
            Ok(Some(interim)) => {
                if client.write_all(out).await.is_err() {
                    return Err(HeadError::ClientGone);
                }
                wbuf.drain(..interim.len);
                continue;
            }
            Ok(None) => {}
            Err(e) => return Err(HeadError::Worker(e.to_string(), false)),
        }
        if wbuf.len() >= super::MAX_HEAD {
            return Err(HeadError::Worker("response head too large".into(), false));
        }
        wbuf.reserve(4096);
        let read = tokio::select! {
            biased;
            r = worker.read_buf(wbuf) => r,
            () = client_gone(client) => return Err(HeadError::ClientGone),
        };
        match read {
            Ok(0) => {
                return Err(HeadError::Worker(
                    "connection closed before message completed".into(),
                    !received,
                ))
            }
            Ok(_) => received = true,
            Err(e) => return Err(HeadError::Worker(e.to_string(), !received)),
        }
    }
}

/// Resolves when the client closes its side (or breaks); never when it sends
/// more (a pipelined request, a body): those bytes stay for later.
async fn client_gone(client: &TcpStream) {
    let mut probe = [0u8; 1];
    match client.peek(&mut probe).await {
        Ok(0) | Err(_) => {}
        Ok(_) => std::future::pending::<()>().await,
    }
}

/// The platform's own answer (401, 404, 429, 502, 503) in the
/// `{code, message, details}` shape, logged as `http::handle` logs.
async fn answer_error(
    client: &mut TcpStream,
    head: &RequestHead,
    peer: SocketAddr,
    started: Instant,
    e: ApiError,
) -> Next {
    // An unread body would be taken for the next request: close after.
    let close = head.close || !head.body.is_empty();
    let bytes = error_bytes(&e, close);
    crate::platform::http::log_failed(head.method(), head.path(), e.status.as_u16(), started, peer);
    if client.write_all(&bytes).await.is_err() || close {
        return Next::Close;
    }
    Next::KeepAlive
}

/// An [`ApiError`] as HTTP/1.1 bytes, as `IntoResponse` renders it.
fn error_bytes(e: &ApiError, close: bool) -> Vec<u8> {
    let body = serde_json::to_vec(&ErrorBody {
        code: e.code,
        message: e.message.clone(),
        details: vec![],
    })
    .unwrap_or_default();
    let mut out = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
        e.status.as_u16(),
        e.status.canonical_reason().unwrap_or(""),
        body.len()
    );
    if let Some(secs) = e.retry_after {
        out.push_str(&format!("retry-after: {secs}\r\n"));
    }
    if close {
        out.push_str("connection: close\r\n");
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&body);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;

    #[test]
    fn platform_errors_render_as_axum_does() {
        let e = ApiError::from_status(StatusCode::TOO_MANY_REQUESTS, "full").retry_after(1);
        let text = String::from_utf8(error_bytes(&e, false)).expect("utf8");
        let body = r#"{"code":8,"message":"full","details":[]}"#;
        assert_eq!(
            text,
            format!("HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\ncontent-length: {}\r\nretry-after: 1\r\n\r\n{body}", body.len())
        );
    }
}
