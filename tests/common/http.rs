//! The one raw HTTP/1.1 client of the tests, over `std::net::TcpStream`:
//! for what the CLI cannot send (no token, oversized names, signed URLs) and
//! for route clients that must tell a complete chunked stream from a cut
//! one. Every request is `Connection: close`.

use super::COMMAND_DEADLINE;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// `127.0.0.1:PORT` of `http://127.0.0.1:PORT[/]`.
pub fn addr_of(endpoint: &str) -> String {
    endpoint
        .strip_prefix("http://")
        .unwrap_or(endpoint)
        .trim_end_matches('/')
        .to_string()
}

/// An answer as a client saw it.
#[derive(Debug, Clone)]
pub struct Reply {
    /// 0 when no status line arrived at all.
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The body ended the way its framing says (zero chunk / Content-Length).
    pub complete: bool,
    pub error: Option<String>,
    pub elapsed: Duration,
}

impl Reply {
    /// SSE events in the body.
    pub fn events(&self) -> usize {
        self.body.matches("data: ").count()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// 200, complete, with exactly `events` events.
    pub fn is_full_stream(&self, events: usize) -> bool {
        self.status == 200 && self.complete && self.events() == events && self.error.is_none()
    }
}

/// Sends one request with `headers` (and, with a body, its length) and
/// returns the stream, still unread.
pub fn send_with(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    stream
        .set_read_timeout(Some(COMMAND_DEADLINE))
        .expect("timeout");
    let _ = stream.set_nodelay(true);
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        req.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!("Content-Length: {}\r\n", b.len()));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).expect("send request");
    if let Some(b) = body {
        // The server may answer (413) and close before it read a large
        // body; that answer is what the caller reads next.
        let _ = stream.write_all(b);
    }
    stream
}

/// Sends one request (with the bearer `token`) and returns the stream,
/// still unread: for clients that go away before the answer.
pub fn send(addr: &str, method: &str, path: &str, token: Option<&str>) -> TcpStream {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Accept", "*/*")];
    headers.extend(auth.as_deref().map(|a| ("Authorization", a)));
    send_with(addr, method, path, &headers, None)
}

/// One request, read to the end.
pub fn request(addr: &str, method: &str, path: &str, token: Option<&str>) -> Reply {
    let start = Instant::now();
    let mut reply = read_reply(send(addr, method, path, token));
    reply.elapsed = start.elapsed();
    reply
}

/// One API request with a JSON body and any `Authorization` value; returns
/// the status code and the body.
pub fn http(
    endpoint: &str,
    method: &str,
    path: &str,
    authorization: Option<&str>,
    body: Option<&[u8]>,
) -> (u16, String) {
    let mut headers = vec![("Accept", "application/json")];
    headers.extend(authorization.map(|a| ("Authorization", a)));
    if body.is_some() {
        headers.push(("Content-Type", "application/json"));
    }
    let stream = send_with(&addr_of(endpoint), method, path, &headers, body);
    let reply = read_reply(stream);
    assert!(
        reply.status != 0,
        "no HTTP status from {endpoint}: {reply:?}"
    );
    (reply.status, reply.body)
}

/// Reads a response: status, headers, then the body by its framing, noting
/// whether it ended properly.
pub fn read_reply(stream: TcpStream) -> Reply {
    let mut r = BufReader::new(stream);
    let mut reply = Reply {
        status: 0,
        headers: vec![],
        body: String::new(),
        complete: false,
        error: None,
        elapsed: Duration::ZERO,
    };
    let mut line = String::new();
    match r.read_line(&mut line) {
        Ok(0) => {
            reply.error = Some("connection closed before a status line".into());
            return reply;
        }
        Err(e) => {
            reply.error = Some(format!("reading the status line: {e}"));
            return reply;
        }
        Ok(_) => {}
    }
    reply.status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    loop {
        line.clear();
        match r.read_line(&mut line) {
            Ok(0) => {
                reply.error = Some("connection closed in the headers".into());
                return reply;
            }
            Err(e) => {
                reply.error = Some(format!("reading headers: {e}"));
                return reply;
            }
            Ok(_) => {}
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            reply
                .headers
                .push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let chunked = reply
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let length = reply
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    let mut body = Vec::new();
    if chunked {
        read_chunks(&mut r, &mut body, &mut reply);
    } else if let Some(n) = length {
        let mut buf = vec![0u8; n];
        match r.read_exact(&mut buf) {
            Ok(()) => {
                body = buf;
                reply.complete = true;
            }
            Err(e) => {
                let _ = r.read_to_end(&mut body);
                reply.error = Some(format!("body cut: {e}"));
            }
        }
    } else {
        match r.read_to_end(&mut body) {
            Ok(_) => reply.complete = true,
            Err(e) => reply.error = Some(format!("reading the body: {e}")),
        }
    }
    reply.body = String::from_utf8_lossy(&body).into_owned();
    reply
}

/// A chunked body into `body`; `reply.complete` once the zero chunk came.
fn read_chunks(r: &mut impl BufRead, body: &mut Vec<u8>, reply: &mut Reply) {
    let mut line = String::new();
    loop {
        line.clear();
        match r.read_line(&mut line) {
            Ok(0) => {
                reply.error = Some("stream cut: connection closed before the last chunk".into());
                return;
            }
            Err(e) => {
                reply.error = Some(format!("stream cut: {e}"));
                return;
            }
            Ok(_) => {}
        }
        let Ok(size) = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
        else {
            reply.error = Some(format!("bad chunk size line {line:?}"));
            return;
        };
        if size == 0 {
            reply.complete = true;
            return;
        }
        let mut chunk = vec![0u8; size + 2];
        if let Err(e) = r.read_exact(&mut chunk) {
            reply.error = Some(format!("stream cut inside a chunk: {e}"));
            return;
        }
        body.extend_from_slice(&chunk[..size]);
    }
}
