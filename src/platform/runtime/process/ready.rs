//! Readiness: polling a worker's port with a TCP connect or an HTTP GET.

use super::status::{describe_io, fmt_duration};
use super::{READY_ATTEMPT_TIMEOUT, READY_POLL};
use http_body_util::Empty;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use std::io;
use std::time::Duration;
use tokio::time::Instant;

/// A free loopback TCP port (bind 127.0.0.1:0, read, release).
pub fn free_port() -> io::Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}

/// A worker that did not become ready in time: what was tried and how the
/// last attempt failed.
#[derive(Debug, thiserror::Error)]
pub enum NotReady {
    #[error("worker not ready: GET {path} on port {port} did not answer 200 within {} (last attempt: {})", fmt_duration(*.timeout), last_text(.last))]
    Http {
        path: String,
        port: u16,
        timeout: Duration,
        last: Option<ProbeFailure>,
    },
    #[error("worker not ready: TCP connect to 127.0.0.1:{port} did not succeed within {} (last attempt: {})", fmt_duration(*.timeout), last_text(.last))]
    Tcp {
        port: u16,
        timeout: Duration,
        last: Option<ProbeFailure>,
    },
}

fn last_text(last: &Option<ProbeFailure>) -> String {
    last.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// How one readiness attempt failed.
#[derive(Debug, thiserror::Error)]
pub enum ProbeFailure {
    #[error("{}", describe_io(.0))]
    Connect(io::Error),
    #[error("could not connect: {}", describe_io(.0))]
    HttpConnect(io::Error),
    #[error("HTTP handshake failed: {0}")]
    Handshake(hyper::Error),
    #[error("invalid probe path {path:?}: {source}")]
    Path {
        path: String,
        source: hyper::http::Error,
    },
    #[error("request failed: {0}")]
    Request(hyper::Error),
    #[error("connection closed before an answer ({0})")]
    Closed(hyper::Error),
    #[error("connection failed: {0}")]
    Connection(hyper::Error),
    #[error("answered {0}")]
    Status(hyper::StatusCode),
    #[error("no answer within {}", fmt_duration(*.0))]
    Silent(Duration),
}

/// Polls until the worker on `port` is ready.
///
/// With `probe_path` `Some(p)`: an HTTP GET of `http://127.0.0.1:{port}{p}`
/// answers 200. With `None`: a TCP connect to the port succeeds. Attempts are
/// 50 ms apart, each bounded by a short timeout; after `timeout` the error
/// says what was tried and how the last attempt failed.
pub async fn wait_ready(
    port: u16,
    probe_path: Option<&str>,
    timeout: Duration,
) -> Result<(), NotReady> {
    let path = probe_path.map(|p| {
        if p.starts_with('/') {
            p.to_string()
        } else {
            format!("/{p}")
        }
    });
    let deadline = Instant::now() + timeout;
    let mut last: Option<ProbeFailure> = None;
    loop {
        let now = Instant::now();
        let budget = deadline
            .saturating_duration_since(now)
            .clamp(READY_POLL, READY_ATTEMPT_TIMEOUT);
        let attempt = async {
            match &path {
                Some(p) => http_probe(port, p).await,
                None => tcp_probe(port).await,
            }
        };
        match tokio::time::timeout(budget, attempt).await {
            Ok(Ok(())) => return Ok(()),
            Ok(Err(e)) => last = Some(e),
            // An attempt cut short by the approaching deadline says less than
            // the failure before it.
            Err(_) if last.is_none() || budget >= READY_ATTEMPT_TIMEOUT => {
                last = Some(ProbeFailure::Silent(budget));
            }
            Err(_) => {}
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        tokio::time::sleep_until((now + READY_POLL).min(deadline)).await;
    }
    Err(match path {
        Some(path) => NotReady::Http {
            path,
            port,
            timeout,
            last,
        },
        None => NotReady::Tcp {
            port,
            timeout,
            last,
        },
    })
}

// ---------------------------------------------------------------------------
// readiness probes

async fn tcp_probe(port: u16) -> Result<(), ProbeFailure> {
    tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .map(drop)
        .map_err(ProbeFailure::Connect)
}

async fn http_probe(port: u16, path: &str) -> Result<(), ProbeFailure> {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(ProbeFailure::HttpConnect)?;
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake::<_, Empty<Bytes>>(TokioIo::new(stream))
            .await
            .map_err(ProbeFailure::Handshake)?;
    let request = hyper::Request::builder()
        .method(hyper::Method::GET)
        .uri(path)
        .header(hyper::header::HOST, format!("127.0.0.1:{port}"))
        .header(hyper::header::USER_AGENT, "everai-readiness-probe")
        .body(Empty::<Bytes>::new())
        .map_err(|source| ProbeFailure::Path {
            path: path.to_string(),
            source,
        })?;
    let send = sender.send_request(request);
    tokio::pin!(conn);
    tokio::pin!(send);
    let response = tokio::select! {
        response = &mut send => response.map_err(ProbeFailure::Request)?,
        closed = &mut conn => {
            // The connection may finish in the same poll that delivered the
            // answer (server closes right after it): collect it if it is there.
            match send.await {
                Ok(response) => response,
                Err(e) => {
                    return Err(match closed {
                        Ok(()) => ProbeFailure::Closed(e),
                        Err(conn_err) => ProbeFailure::Connection(conn_err),
                    })
                }
            }
        }
    };
    let status = response.status();
    if status == hyper::StatusCode::OK {
        Ok(())
    } else {
        Err(ProbeFailure::Status(status))
    }
}
