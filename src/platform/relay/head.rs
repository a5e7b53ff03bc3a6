//! Request and response heads on the lean route path: parsed once with
//! `httparse`, kept as their exact bytes, rewritten for the other side
//! (docs/architecture.md, "How a route request flows").

use super::framing::Framing;
use std::io::Write;
use std::ops::Range;

/// Headers per head, at most (hyper's default, which the rest of the API
/// keeps).
pub const MAX_HEADERS: usize = 100;

/// A route request's head, as the client sent it, with what the route's
/// rules need found once. Small on purpose: it is what a queued request
/// holds (docs/benchmarks.md, "Route against HAProxy").
#[derive(Debug)]
pub struct RequestHead {
    /// The exact head, final blank line included.
    bytes: Box<[u8]>,
    /// The request target with repeated slashes in its path merged.
    target: Box<str>,
    /// Where the path ends in `target` (the query follows).
    path_len: usize,
    method_len: usize,
    authorization: Option<Range<usize>>,
    session: Option<Range<usize>>,
    pub body: Framing,
    /// The client asked to close after this request (`Connection: close`).
    pub close: bool,
    /// `Expect: 100-continue`: answered by the platform when it starts
    /// reading the body, as hyper does on the API path.
    pub expect_continue: bool,
}

/// What a buffer's first bytes are.
#[derive(Debug)]
pub enum Parsed {
    /// Not a whole head yet.
    Partial,
    /// A route request the lean path serves, and its head's length.
    Lean(RequestHead, usize),
    /// Anything else (another path, HTTP/1.0, odd framing, an invalid
    /// head): hyper serves the connection and answers as it always did.
    Other,
}

/// Parses a request head at the start of `buf`.
pub fn parse_request(buf: &[u8]) -> Parsed {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    let len = match req.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Parsed::Partial,
        Err(_) => return Parsed::Other,
    };
    let (Some(method), Some(target), Some(1)) = (req.method, req.path, req.version) else {
        return Parsed::Other;
    };
    if method == "CONNECT" || !target.starts_with('/') {
        return Parsed::Other;
    }
    let target = merge_slashes(target);
    let path_len = target.find('?').unwrap_or(target.len());
    if !crate::platform::api::routes::is_route_path(&target[..path_len]) {
        return Parsed::Other;
    }
    let at = |v: &[u8]| {
        let start = v.as_ptr() as usize - buf.as_ptr() as usize;
        start..start + v.len()
    };
    let mut head = RequestHead {
        bytes: Box::default(),
        target: target.into(),
        path_len,
        method_len: method.len(),
        authorization: None,
        session: None,
        body: Framing::Empty,
        close: false,
        expect_continue: false,
    };
    let mut length: Option<u64> = None;
    for h in req.headers.iter() {
        let name = h.name.as_bytes();
        if name.eq_ignore_ascii_case(b"content-length") {
            let Some(n) = parse_length(h.value) else {
                return Parsed::Other;
            };
            if length.is_some_and(|l| l != n) {
                return Parsed::Other;
            }
            length = Some(n);
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            // Only plain `chunked` is relayed as it is; anything else is
            // hyper's to refuse.
            if head.body == Framing::Chunked
                || !h.value.trim_ascii().eq_ignore_ascii_case(b"chunked")
            {
                return Parsed::Other;
            }
            head.body = Framing::Chunked;
        } else if name.eq_ignore_ascii_case(b"connection") {
            head.close |= has_token(h.value, b"close");
        } else if name.eq_ignore_ascii_case(b"authorization") {
            head.authorization = Some(at(h.value));
        } else if name.eq_ignore_ascii_case(crate::platform::api::routes::SESSION_HEADER.as_bytes())
        {
            head.session = Some(at(h.value));
        } else if name.eq_ignore_ascii_case(b"expect") {
            if !h.value.trim_ascii().eq_ignore_ascii_case(b"100-continue") {
                return Parsed::Other;
            }
            head.expect_continue = true;
        }
    }
    match (length, head.body) {
        (Some(_), Framing::Chunked) => return Parsed::Other,
        (Some(0), _) | (None, _) => {}
        (Some(n), _) => head.body = Framing::Length(n),
    }
    head.bytes = buf[..len].into();
    Parsed::Lean(head, len)
}

fn parse_length(v: &[u8]) -> Option<u64> {
    let v = v.trim_ascii();
    if v.is_empty() || v.len() > 19 || !v.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(v).ok()?.parse().ok()
}

fn has_token(value: &[u8], token: &[u8]) -> bool {
    value
        .split(|&b| b == b',')
        .any(|t| t.trim_ascii().eq_ignore_ascii_case(token))
}

/// `target` with runs of `/` in its path (not its query) merged.
fn merge_slashes(target: &str) -> String {
    let path_len = target.find('?').unwrap_or(target.len());
    let (path, query) = target.split_at(path_len);
    if !path.contains("//") {
        return target.to_string();
    }
    let mut merged = String::with_capacity(target.len());
    for c in path.chars() {
        if !(c == '/' && merged.ends_with('/')) {
            merged.push(c);
        }
    }
    merged.push_str(query);
    merged
}

impl RequestHead {
    pub fn method(&self) -> &str {
        // The method is the head's first token, checked by httparse.
        std::str::from_utf8(&self.bytes[..self.method_len]).unwrap_or("?")
    }

    /// The path, repeated slashes merged, without the query.
    pub fn path(&self) -> &str {
        &self.target[..self.path_len]
    }

    /// `?query` or "".
    pub fn query(&self) -> &str {
        &self.target[self.path_len..]
    }

    pub fn authorization(&self) -> Option<&[u8]> {
        self.authorization.clone().map(|r| &self.bytes[r])
    }

    pub fn session(&self) -> Option<&[u8]> {
        self.session.clone().map(|r| &self.bytes[r])
    }

    pub fn is_head(&self) -> bool {
        self.method() == "HEAD"
    }
}

/// What the worker's request head says besides the client's.
pub struct Forwarding<'a> {
    pub port: u16,
    pub path_and_query: &'a str,
    pub request_id: &'a str,
    pub peer_ip: &'a str,
    /// The app is public: `Authorization` goes through.
    pub public: bool,
}

/// The head for the worker: `Host` is the worker (the client's in
/// `X-Forwarded-Host`), `X-Forwarded-For` gets the peer, `X-Forwarded-Proto`
/// is `http` unless set, `X-everai-request-id` is ours, `Authorization` goes
/// only to public apps, hop-by-hop headers and `Expect` are dropped, the
/// framing headers stay (the body is relayed as it came).
/// Written into `out`, which is cleared first.
pub fn write_worker_request(head: &RequestHead, to: &Forwarding<'_>, out: &mut Vec<u8>) {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    // Parsed before: complete and valid.
    let _ = req.parse(&head.bytes);
    out.clear();
    out.extend_from_slice(head.method().as_bytes());
    out.push(b' ');
    if !to.path_and_query.starts_with('/') {
        out.push(b'/');
    }
    out.extend_from_slice(to.path_and_query.as_bytes());
    out.extend_from_slice(b" HTTP/1.1\r\nhost: 127.0.0.1:");
    let _ = write!(out, "{}", to.port);
    out.extend_from_slice(b"\r\n");
    let named = connection_tokens(req.headers);
    let mut original_host = None;
    let mut forwarded_host = false;
    let mut forwarded_proto = false;
    let mut forwarded_for: Option<&[u8]> = None;
    for h in req.headers.iter() {
        let name = h.name.as_bytes();
        let lower = |n: &[u8]| name.eq_ignore_ascii_case(n);
        if lower(b"host") {
            original_host.get_or_insert(h.value);
            continue;
        }
        if lower(b"x-forwarded-for") {
            forwarded_for.get_or_insert(h.value);
            continue;
        }
        if (lower(b"authorization") && !to.public)
            || lower(b"x-everai-request-id")
            || lower(b"expect")
            || is_hop_by_hop(name, &named)
        {
            continue;
        }
        forwarded_host |= lower(b"x-forwarded-host");
        forwarded_proto |= lower(b"x-forwarded-proto");
        push_header(out, name, h.value);
    }
    if let (Some(host), false) = (original_host, forwarded_host) {
        push_header(out, b"x-forwarded-host", host);
    }
    push_header(out, b"x-everai-request-id", to.request_id.as_bytes());
    out.extend_from_slice(b"x-forwarded-for: ");
    if let Some(prior) = forwarded_for.filter(|p| !p.is_empty()) {
        out.extend_from_slice(prior);
        out.extend_from_slice(b", ");
    }
    out.extend_from_slice(to.peer_ip.as_bytes());
    out.extend_from_slice(b"\r\n");
    if !forwarded_proto {
        out.extend_from_slice(b"x-forwarded-proto: http\r\n");
    }
    out.extend_from_slice(b"\r\n");
}

fn push_header(out: &mut Vec<u8>, name: &[u8], value: &[u8]) {
    out.extend_from_slice(name);
    out.extend_from_slice(b": ");
    out.extend_from_slice(value);
    out.extend_from_slice(b"\r\n");
}

/// The header names a `Connection` header lists (allocates only when
/// there is one).
fn connection_tokens<'h>(headers: &[httparse::Header<'h>]) -> Vec<&'h [u8]> {
    let mut named = Vec::new();
    for h in headers {
        if h.name.eq_ignore_ascii_case("connection") {
            named.extend(
                h.value
                    .split(|&b| b == b',')
                    .map(<[u8]>::trim_ascii)
                    .filter(|t| !t.is_empty()),
            );
        }
    }
    named
}

/// Hop-by-hop (RFC 9110 §7.6.1): `Connection` and what it names,
/// `Keep-Alive`, `Proxy-*`, `TE`, `Trailer`, `Upgrade`. The framing
/// headers are never dropped: the body is relayed with its framing.
fn is_hop_by_hop(name: &[u8], named: &[&[u8]]) -> bool {
    let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
    if is(b"content-length") || is(b"transfer-encoding") {
        return false;
    }
    is(b"connection")
        || is(b"keep-alive")
        || is(b"te")
        || is(b"trailer")
        || is(b"upgrade")
        || (name.len() >= 6 && name[..6].eq_ignore_ascii_case(b"proxy-"))
        || named.iter().any(|n| is(n))
}

/// A worker's response head, rewritten for the client.
#[derive(Debug, PartialEq, Eq)]
pub struct ResponseHead {
    pub status: u16,
    /// The head's length in the worker's bytes.
    pub len: usize,
    pub body: Framing,
    /// The worker keeps the connection open after this answer.
    pub worker_keeps: bool,
}

/// Why a worker's response head cannot be relayed.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadResponse {
    #[error("invalid response head: {0}")]
    Head(httparse::Error),
    #[error("invalid content-length")]
    Length,
    #[error("conflicting content-length")]
    ConflictingLength,
    #[error("transfer-encoding other than chunked")]
    Encoding,
}

/// Parses the worker's response head at the start of `buf` and appends its
/// rewrite for the client to `out` (hop-by-hop headers dropped; `connection:
/// close` when `close` or when the body ends with the connection).
/// `Ok(None)`: not whole yet.
pub fn client_response(
    buf: &[u8],
    request_is_head: bool,
    close: bool,
    out: &mut Vec<u8>,
) -> Result<Option<ResponseHead>, BadResponse> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut resp = httparse::Response::new(&mut headers);
    let len = match resp.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(BadResponse::Head(e)),
    };
    let status = resp.code.unwrap_or(0);
    let mut worker_keeps = resp.version == Some(1);
    let mut length: Option<u64> = None;
    let mut chunked = false;
    for h in resp.headers.iter() {
        let name = h.name.as_bytes();
        if name.eq_ignore_ascii_case(b"content-length") {
            let n = parse_length(h.value).ok_or(BadResponse::Length)?;
            if length.is_some_and(|l| l != n) {
                return Err(BadResponse::ConflictingLength);
            }
            length = Some(n);
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            chunked = h
                .value
                .rsplit(|&b| b == b',')
                .next()
                .is_some_and(|t| t.trim_ascii().eq_ignore_ascii_case(b"chunked"));
            if !chunked {
                return Err(BadResponse::Encoding);
            }
        } else if name.eq_ignore_ascii_case(b"connection") && has_token(h.value, b"close") {
            worker_keeps = false;
        }
    }
    // RFC 9112 §6.3: no body for HEAD, 1xx, 204, 304.
    let body = if request_is_head || status < 200 || status == 204 || status == 304 {
        Framing::Empty
    } else if chunked {
        length = None;
        Framing::Chunked
    } else {
        match length {
            Some(0) => Framing::Empty,
            Some(n) => Framing::Length(n),
            None => Framing::Close,
        }
    };
    if body == Framing::Close {
        worker_keeps = false;
    }
    out.extend_from_slice(b"HTTP/1.1 ");
    out.extend_from_slice(status.to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(resp.reason.unwrap_or("").as_bytes());
    out.extend_from_slice(b"\r\n");
    let named = connection_tokens(resp.headers);
    for h in resp.headers.iter() {
        let name = h.name.as_bytes();
        // A chunked answer's stale length is not passed on.
        if is_hop_by_hop(name, &named)
            || (length.is_none() && chunked && name.eq_ignore_ascii_case(b"content-length"))
        {
            continue;
        }
        push_header(out, name, h.value);
    }
    if status >= 200 && (close || body == Framing::Close) {
        out.extend_from_slice(b"connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    Ok(Some(ResponseHead {
        status,
        len,
        body,
        worker_keeps,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn worker_request(head: &RequestHead, to: &Forwarding<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        write_worker_request(head, to, &mut out);
        out
    }

    fn lean(raw: &str) -> RequestHead {
        match parse_request(raw.as_bytes()) {
            Parsed::Lean(h, n) => {
                assert_eq!(n, raw.find("\r\n\r\n").expect("end") + 4);
                h
            }
            other => panic!("not lean: {other:?}"),
        }
    }

    #[test]
    fn route_heads_are_lean_others_are_hyper_s() {
        let h = lean("GET //api//routes/v1/default/app//x?a=b//c HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer t\r\nX-EverAI-Session-Id: s1\r\n\r\n");
        assert_eq!(h.method(), "GET");
        assert_eq!(h.path(), "/api/routes/v1/default/app/x");
        assert_eq!(h.query(), "?a=b//c");
        assert_eq!(h.authorization(), Some(&b"Bearer t"[..]));
        assert_eq!(h.session(), Some(&b"s1"[..]));
        assert_eq!(h.body, Framing::Empty);
        assert!(!h.close);
        for other in [
            "GET /api/configmaps/v1/configmaps HTTP/1.1\r\n\r\n",
            "GET /api/routes/v1/ HTTP/1.1\r\n\r\n",
            "GET /api/routes/v1/a/b HTTP/1.0\r\n\r\n",
            "GET http://x/api/routes/v1/a/b HTTP/1.1\r\n\r\n",
            "POST /api/routes/v1/a/b HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "POST /api/routes/v1/a/b HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
            "POST /api/routes/v1/a/b HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n",
            "GET /api/routes/v1/a/b HTTP/1.1\r\nBad Header\r\n\r\n",
        ] {
            assert!(matches!(parse_request(other.as_bytes()), Parsed::Other), "{other}");
        }
        assert!(matches!(
            parse_request(b"GET /api/routes/v1/a/b HTTP/1.1\r\nHost: x\r\n"),
            Parsed::Partial
        ));
    }

    #[test]
    fn request_framing_and_connection() {
        let h = lean("POST /api/routes/v1/a/b HTTP/1.1\r\nContent-Length: 12\r\nConnection: keep-alive, Close\r\n\r\n");
        assert_eq!(h.body, Framing::Length(12));
        assert!(h.close);
        let h = lean("POST /api/routes/v1/a/b HTTP/1.1\r\nTransfer-Encoding: Chunked\r\nExpect: 100-continue\r\n\r\n");
        assert_eq!(h.body, Framing::Chunked);
        assert!(h.expect_continue);
        let h = lean("POST /api/routes/v1/a/b HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        assert_eq!(h.body, Framing::Empty);
    }

    #[test]
    fn the_worker_head_is_rewritten_as_the_hyper_path_does() {
        let h = lean(concat!(
            "POST /api/routes/v1/default/app/x?q=1 HTTP/1.1\r\n",
            "Host: example.com\r\n",
            "Authorization: Bearer t\r\n",
            "Connection: keep-alive, X-A\r\n",
            "X-A: 1\r\nKeep-Alive: 5\r\nProxy-Authorization: p\r\nTE: trailers\r\n",
            "Trailer: x\r\nUpgrade: ws\r\nExpect: 100-continue\r\n",
            "X-Forwarded-For: 10.0.0.1\r\nX-Everai-Request-Id: spoof\r\n",
            "Transfer-Encoding: chunked\r\nX-Keep: yes\r\n\r\n"
        ));
        let mut to = Forwarding {
            port: 4000,
            path_and_query: "/x?q=1",
            request_id: "rid",
            peer_ip: "127.0.0.1",
            public: false,
        };
        let out = String::from_utf8(worker_request(&h, &to)).expect("utf8");
        assert_eq!(
            out,
            concat!(
                "POST /x?q=1 HTTP/1.1\r\nhost: 127.0.0.1:4000\r\n",
                "Transfer-Encoding: chunked\r\nX-Keep: yes\r\n",
                "x-forwarded-host: example.com\r\nx-everai-request-id: rid\r\n",
                "x-forwarded-for: 10.0.0.1, 127.0.0.1\r\nx-forwarded-proto: http\r\n\r\n"
            )
        );
        to.public = true;
        let out = String::from_utf8(worker_request(&h, &to)).expect("utf8");
        assert!(out.contains("Authorization: Bearer t\r\n"), "{out}");
        let h = lean("GET /api/routes/v1/a/b HTTP/1.1\r\nX-Forwarded-Host: orig\r\nX-Forwarded-Proto: https\r\nHost: h\r\n\r\n");
        let out = String::from_utf8(worker_request(&h, &to)).expect("utf8");
        assert!(out.contains("X-Forwarded-Host: orig\r\n"), "{out}");
        assert!(!out.contains("x-forwarded-host"), "{out}");
        assert!(out.contains("X-Forwarded-Proto: https\r\n"), "{out}");
        assert!(!out.contains("x-forwarded-proto"), "{out}");
    }

    fn response(raw: &str, head: bool, close: bool) -> (ResponseHead, String) {
        let mut out = Vec::new();
        let r = client_response(raw.as_bytes(), head, close, &mut out)
            .expect("valid")
            .expect("whole");
        (r, String::from_utf8(out).expect("utf8"))
    }

    #[test]
    fn response_framing_and_rewrite() {
        let (r, out) = response(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: keep-alive, X-A\r\nX-A: 1\r\nKeep-Alive: 5\r\nX-B: 2\r\n\r\nhello",
            false,
            false,
        );
        assert_eq!(
            (r.status, r.body, r.worker_keeps),
            (200, Framing::Length(5), true)
        );
        assert_eq!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-B: 2\r\n\r\n"
        );
        assert_eq!(r.len, 98, "the worker's head, up to its body");
        let (r, out) = response(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
            false,
            true,
        );
        assert_eq!(r.body, Framing::Chunked);
        assert!(
            out.ends_with("Transfer-Encoding: chunked\r\nconnection: close\r\n\r\n"),
            "{out}"
        );
        let (r, _) = response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", true, false);
        assert_eq!(r.body, Framing::Empty);
        for status in ["204 No Content", "304 Not Modified", "100 Continue"] {
            let (r, _) = response(&format!("HTTP/1.1 {status}\r\n\r\n"), false, false);
            assert_eq!(r.body, Framing::Empty, "{status}");
        }
        let (r, out) = response("HTTP/1.1 200 OK\r\n\r\n", false, false);
        assert_eq!((r.body, r.worker_keeps), (Framing::Close, false));
        assert!(out.ends_with("connection: close\r\n\r\n"), "{out}");
        let (r, _) = response(
            "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
            false,
            false,
        );
        assert_eq!((r.body, r.worker_keeps), (Framing::Empty, false));
        let mut out = Vec::new();
        assert_eq!(
            client_response(b"HTTP/1.1 200 OK\r\n", false, false, &mut out),
            Ok(None)
        );
        assert!(client_response(
            b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
            false,
            false,
            &mut out
        )
        .is_err());
    }
}
