//! The lean route path (docs/architecture.md, "How a route request flows")
//! byte by byte: request and response framings, keep-alive and pipelining,
//! interim answers, a worker closing its kept connection, heads that arrive
//! in pieces or outgrow the first buffer, and a route on a connection hyper
//! serves (an API call first). The worker is a raw HTTP/1.1 server written
//! here, so that every framing is under the test's control.

mod common;

use common::apps::*;
use common::*;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A worker that answers by path: `/healthz`; `/nocontent` (204);
/// `/close` (a body ended by closing); `/hold?FILE` (answers once FILE
/// exists); `/once` (an answer with a length,
/// then the connection closed without `Connection: close`); `/chunked`
/// (the echo, chunked); anything else: the echo (method, target, how many
/// requests its connection carried, the headers it got, the body).
const WORKER: &str = r#"
import os, socket, sys, threading, time

def read_head(f):
    lines = []
    while True:
        line = f.readline()
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            return lines
        lines.append(line.decode("latin-1").rstrip("\r\n"))

def read_body(f, headers):
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = b""
        while True:
            size = int(f.readline().split(b";")[0].strip(), 16)
            if size == 0:
                while f.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return body
            body += f.read(size)
            f.readline()
    n = int(headers.get("content-length", "0"))
    return f.read(n) if n else b""

def serve(conn):
    f = conn.makefile("rb")
    served = 0
    while True:
        head = read_head(f)
        if head is None:
            break
        method, target, _ = head[0].split(" ", 2)
        headers = {}
        for line in head[1:]:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        body = read_body(f, headers)
        served += 1
        path = target.split("?")[0]
        if path == "/healthz":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            continue
        if path == "/nocontent":
            conn.sendall(b"HTTP/1.1 204 No Content\r\nX-Seen: yes\r\n\r\n")
            continue
        if path == "/close":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end")
            break
        if path == "/hold":
            # Answers once the file named in the query exists.
            while not os.path.exists(target.split("?", 1)[1]):
                time.sleep(0.01)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nheld")
            continue
        if path == "/once":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nonce")
            break
        lines = [method, target, "served=%d" % served]
        lines += ["%s: %s" % kv for kv in sorted(headers.items())]
        reply = ("\n".join(lines) + "\n\n").encode("latin-1") + body
        if path == "/chunked":
            out = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            for i in range(0, len(reply), 7):
                piece = reply[i:i + 7]
                out += b"%x\r\n%s\r\n" % (len(piece), piece)
            conn.sendall(out + b"0\r\n\r\n")
            continue
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(reply))
        if method != "HEAD":
            conn.sendall(reply)
    conn.close()

port = int(sys.argv[sys.argv.index("--port") + 1])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", port))
listener.listen(64)
while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
"#;

/// A platform with app `raw` (one worker of [`WORKER`]).
fn platform() -> Server {
    let p = Server::for_apps(&[]);
    let dir = p.sandbox.root().join("raw");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let script = dir.join("worker.py");
    std::fs::write(&script, WORKER).expect("worker script");
    let command = format!(
        "[python3, {:?}, \"--port\", \"$PORT\"]",
        script.display().to_string()
    );
    p.create_app(
        &dir,
        &manifest_with_command("raw", &command, &[], &manual(1), ""),
    );
    p.wait_free("raw", 1);
    p
}

/// One answer read off a kept connection.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The echo's line `name: value` for a request header.
    fn echoed(&self, name: &str) -> Option<String> {
        let prefix = format!("{name}: ");
        self.text()
            .lines()
            .find_map(|l| l.strip_prefix(&prefix).map(str::to_string))
    }
}

fn connect(p: &Server) -> BufReader<TcpStream> {
    let stream = TcpStream::connect(&p.addr).expect("connect");
    stream
        .set_read_timeout(Some(COMMAND_DEADLINE))
        .expect("timeout");
    stream.set_nodelay(true).expect("nodelay");
    BufReader::new(stream)
}

fn head_of(r: &mut BufReader<TcpStream>) -> (u16, BTreeMap<String, String>) {
    let mut line = String::new();
    r.read_line(&mut line).expect("status line");
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("status line {line:?}"));
    let mut headers = BTreeMap::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).expect("header line");
        let line = line.trim_end();
        if line.is_empty() {
            return (status, headers);
        }
        let (k, v) = line.split_once(':').expect("header");
        headers.insert(k.trim().to_lowercase(), v.trim().to_string());
    }
}

/// Reads one answer; `bodiless` for HEAD, 204 and 304.
fn answer(r: &mut BufReader<TcpStream>, bodiless: bool) -> Answer {
    let (status, headers) = head_of(r);
    let mut body = Vec::new();
    if bodiless {
    } else if headers
        .get("transfer-encoding")
        .is_some_and(|v| v == "chunked")
    {
        loop {
            let mut size = String::new();
            r.read_line(&mut size).expect("chunk size");
            let n = usize::from_str_radix(size.trim(), 16).expect("hex size");
            let mut chunk = vec![0u8; n + 2];
            r.read_exact(&mut chunk).expect("chunk");
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
    } else if let Some(n) = headers.get("content-length") {
        body = vec![0u8; n.parse().expect("length")];
        r.read_exact(&mut body).expect("body");
    } else {
        r.read_to_end(&mut body).expect("body to the end");
    }
    Answer {
        status,
        headers,
        body,
    }
}

fn get(p: &Server, path: &str) -> String {
    format!(
        "GET {} HTTP/1.1\r\nHost: example.test\r\nAuthorization: Bearer {}\r\n\r\n",
        Server::route("raw", path),
        p.token
    )
}

/// A request head with the platform token: `METHOD TARGET`, then `extra`
/// header lines (each ending in CRLF).
fn request(p: &Server, method: &str, target: &str, extra: &str) -> String {
    format!(
        "{method} {target} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\n{extra}\r\n",
        p.token
    )
}

fn write(r: &mut BufReader<TcpStream>, bytes: &[u8]) {
    r.get_mut().write_all(bytes).expect("send");
}

#[test]
fn keep_alive_and_pipelined_requests_share_connections_with_the_head_rewritten() {
    let p = platform();
    let mut c = connect(&p);
    // Two requests in one write, then a third after the answers.
    write(
        &mut c,
        format!("{}{}", get(&p, "/a?n=1"), get(&p, "/b?n=2")).as_bytes(),
    );
    let first = answer(&mut c, false);
    let second = answer(&mut c, false);
    write(&mut c, get(&p, "/c?n=3").as_bytes());
    let third = answer(&mut c, false);
    for (a, target) in [(&first, "/a?n=1"), (&second, "/b?n=2"), (&third, "/c?n=3")] {
        assert_eq!(a.status, 200, "{a:?}");
        let text = a.text();
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("GET"), "{text}");
        assert_eq!(lines.next(), Some(target), "{text}");
        assert_eq!(
            a.echoed("x-forwarded-host").as_deref(),
            Some("example.test")
        );
        assert_eq!(a.echoed("x-forwarded-for").as_deref(), Some("127.0.0.1"));
        assert_eq!(a.echoed("x-forwarded-proto").as_deref(), Some("http"));
        assert_eq!(a.echoed("x-everai-request-id").map(|v| v.len()), Some(22));
        assert!(a
            .echoed("host")
            .is_some_and(|h| h.starts_with("127.0.0.1:")));
        assert_eq!(a.echoed("authorization"), None, "the token stays here");
    }
    // One worker, one request at a time: its kept connection carried all.
    let served: Vec<String> = [&first, &second, &third]
        .iter()
        .map(|a| a.text().lines().nth(2).unwrap_or_default().to_string())
        .collect();
    assert_eq!(served, ["served=1", "served=2", "served=3"]);
}

#[test]
fn a_chunked_body_with_expect_100_continue_goes_through_chunk_by_chunk() {
    let p = platform();
    let mut c = connect(&p);
    write(
        &mut c,
        request(
            &p,
            "POST",
            &Server::route("raw", "/upload"),
            "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n",
        )
        .as_bytes(),
    );
    let (status, _) = head_of(&mut c);
    assert_eq!(status, 100, "the body is asked for");
    for piece in [
        "5\r\nhello\r\n",
        "1;ext=x\r\n",
        ",\r\n",
        "6\r\n world\r\n",
        "0\r\n\r\n",
    ] {
        write(&mut c, piece.as_bytes());
    }
    let a = answer(&mut c, false);
    assert_eq!(a.status, 200, "{a:?}");
    assert!(a.text().ends_with("\n\nhello, world"), "{}", a.text());
    assert_eq!(a.echoed("transfer-encoding").as_deref(), Some("chunked"));
    assert_eq!(a.echoed("expect"), None, "answered by the platform");
    // A body with a length on the same connection.
    write(
        &mut c,
        (request(
            &p,
            "PUT",
            &Server::route("raw", "/put"),
            "Content-Length: 3\r\n",
        ) + "abc")
            .as_bytes(),
    );
    let a = answer(&mut c, false);
    assert!(a.text().ends_with("\n\nabc"), "{}", a.text());
}

#[test]
fn head_204_and_chunked_answers_keep_the_connection() {
    let p = platform();
    let mut c = connect(&p);
    write(
        &mut c,
        request(&p, "HEAD", &Server::route("raw", "/h"), "").as_bytes(),
    );
    let head = answer(&mut c, true);
    assert_eq!(head.status, 200);
    assert!(
        head.headers["content-length"]
            .parse::<usize>()
            .expect("length")
            > 0
    );
    write(&mut c, get(&p, "/nocontent").as_bytes());
    let empty = answer(&mut c, true);
    assert_eq!(empty.status, 204);
    assert_eq!(empty.headers.get("x-seen").map(String::as_str), Some("yes"));
    write(&mut c, get(&p, "/chunked?x=1").as_bytes());
    let chunked = answer(&mut c, false);
    assert_eq!(chunked.status, 200);
    assert!(
        chunked.text().starts_with("GET\n/chunked?x=1\n"),
        "{}",
        chunked.text()
    );
    // Nothing was left over between the answers: the next one is whole.
    write(&mut c, get(&p, "/after").as_bytes());
    let after = answer(&mut c, false);
    assert!(
        after.text().starts_with("GET\n/after\n"),
        "{}",
        after.text()
    );
}

#[test]
fn a_close_delimited_answer_ends_with_the_client_connection() {
    let p = platform();
    let mut c = connect(&p);
    write(&mut c, get(&p, "/close").as_bytes());
    let a = answer(&mut c, false);
    assert_eq!(a.status, 200);
    assert_eq!(a.text(), "until the end");
    assert_eq!(
        a.headers.get("connection").map(String::as_str),
        Some("close")
    );
    // The worker is free and serves the next request on a new connection.
    let r = p.get(&Server::route("raw", "/next"), true);
    assert_eq!(r.status, 200, "{r:?}");
}

#[test]
fn a_worker_closing_its_kept_connection_is_replaced() {
    let p = platform();
    let mut c = connect(&p);
    for _ in 0..5 {
        write(&mut c, get(&p, "/once").as_bytes());
        let a = answer(&mut c, false);
        assert_eq!((a.status, a.text().as_str()), (200, "once"));
    }
}

#[test]
fn a_route_after_an_api_call_on_one_connection_is_served_too() {
    let p = platform();
    let mut c = connect(&p);
    write(
        &mut c,
        request(&p, "GET", "/api/configmaps/v1/configmaps", "").as_bytes(),
    );
    let api = answer(&mut c, false);
    assert_eq!(api.status, 200, "{api:?}");
    write(&mut c, get(&p, "/after-api?q=1").as_bytes());
    let routed = answer(&mut c, false);
    assert_eq!(routed.status, 200, "{routed:?}");
    assert!(
        routed.text().starts_with("GET\n/after-api?q=1\n"),
        "{}",
        routed.text()
    );
    assert_eq!(
        routed.echoed("x-forwarded-host").as_deref(),
        Some("example.test")
    );
    assert_eq!(routed.echoed("authorization"), None);
    write(
        &mut c,
        format!(
            "GET {} HTTP/1.1\r\nHost: x\r\n\r\n",
            Server::route("raw", "/x")
        )
        .as_bytes(),
    );
    assert_eq!(answer(&mut c, false).status, 401);
}

#[test]
fn heads_larger_than_the_first_buffer_or_sent_in_pieces_are_read_whole() {
    let p = platform();
    let mut c = connect(&p);
    let big = "v".repeat(6000);
    let request = get(&p, "/big").replace("\r\n\r\n", &format!("\r\nX-Big: {big}\r\n\r\n"));
    write(&mut c, request.as_bytes());
    let a = answer(&mut c, false);
    assert_eq!(a.status, 200, "{a:?}");
    assert_eq!(a.echoed("x-big").as_deref(), Some(big.as_str()));
    // A slow client: its head in small pieces (paced, so that they arrive
    // as separate reads; nothing waits on them).
    for piece in get(&p, "/slow?s=1").as_bytes().chunks(9) {
        write(&mut c, piece);
        std::thread::sleep(Duration::from_millis(3));
    }
    let a = answer(&mut c, false);
    assert_eq!(a.status, 200, "{a:?}");
    assert!(a.text().starts_with("GET\n/slow?s=1\n"), "{}", a.text());
}

#[test]
fn platform_answers_on_the_lean_path_are_the_error_body_and_keep_the_connection() {
    let p = platform();
    let mut c = connect(&p);
    write(
        &mut c,
        request(&p, "GET", "/api/routes/v1/default/nothing/x", "").as_bytes(),
    );
    let a = answer(&mut c, false);
    assert_eq!(a.status, 404);
    assert_eq!(a.headers["content-type"], "application/json");
    let body: serde_json::Value = serde_json::from_slice(&a.body).expect("JSON");
    assert_eq!(body["code"], 5, "{body}");
    assert_eq!(body["details"], serde_json::json!([]));
    write(&mut c, get(&p, "/fine").as_bytes());
    assert_eq!(answer(&mut c, false).status, 200);
    poll(COMMAND_DEADLINE, "the 404 in the log", || {
        p.stderr()
            .lines()
            .any(|l| l.contains("GET /api/routes/v1/default/nothing/x 404"))
            .then_some(())
    });
}

#[test]
fn a_stopping_server_finishes_the_request_in_progress_then_closes() {
    let mut p = platform();
    let release = p.sandbox.root().join("release");
    let mut c = connect(&p);
    write(
        &mut c,
        get(&p, &format!("/hold?{}", release.display())).as_bytes(),
    );
    poll(WAIT, "the worker busy", || {
        (p.running("raw", "BUSY") == 1).then_some(())
    });
    p.signal(SIGTERM);
    // Stopping, the server stops accepting first.
    poll(COMMAND_DEADLINE, "the listener closed", || {
        TcpStream::connect(&p.addr).is_err().then_some(())
    });
    std::fs::write(&release, b"").expect("release the worker");
    let a = answer(&mut c, false);
    assert_eq!((a.status, a.text().as_str()), (200, "held"));
    let mut rest = Vec::new();
    assert_eq!(c.read_to_end(&mut rest).ok(), Some(0), "closed after it");
    p.wait_exit(SERVER_DEADLINE);
}

/// The status of one answer with a length, or `None` once the connection
/// failed or ended (for clients that outlive the server).
fn try_answer(r: &mut BufReader<TcpStream>) -> Option<u16> {
    let mut line = String::new();
    r.read_line(&mut line).ok().filter(|n| *n > 0)?;
    let status = line.split_whitespace().nth(1)?.parse().ok()?;
    let mut length = 0;
    loop {
        let mut line = String::new();
        r.read_line(&mut line).ok().filter(|n| *n > 0)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().ok()?;
            }
        }
    }
    let mut body = vec![0u8; length];
    r.read_exact(&mut body).ok()?;
    Some(status)
}

/// Threads of process `pid` named `name`.
fn threads_named(pid: u32, name: &str) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|tasks| {
            tasks
                .flatten()
                .filter(|t| {
                    std::fs::read_to_string(t.path().join("comm"))
                        .is_ok_and(|comm| comm.trim_end() == name)
                })
                .count()
        })
        .unwrap_or(0)
}

/// A server stopped under route load (kept connections on the lean path,
/// one queued behind the single worker, one route on a connection hyper
/// serves) exits with status 0 and takes its worker with it; every client's
/// connection ends. The routes run on the route thread
/// (docs/architecture.md, "Threads").
#[test]
fn a_server_under_route_load_stops_cleanly() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let mut p = platform();
    let served = Arc::new(AtomicUsize::new(0));
    let api = request(&p, "GET", "/api/configmaps/v1/configmaps", "");
    let clients: Vec<_> = (0..5)
        .map(|i| {
            let mut c = connect(&p);
            let (request, api, served) = (get(&p, "/load"), api.clone(), served.clone());
            std::thread::spawn(move || {
                // The first client's connection goes to hyper.
                if i == 0 {
                    write(&mut c, api.as_bytes());
                    assert_eq!(try_answer(&mut c), Some(200), "the API call");
                }
                loop {
                    if c.get_mut().write_all(request.as_bytes()).is_err() {
                        return;
                    }
                    match try_answer(&mut c) {
                        Some(200) => {
                            served.fetch_add(1, Ordering::SeqCst);
                        }
                        // Refused while stopping (503): the connection ends
                        // or carries the next one.
                        Some(_) => {}
                        None => return,
                    }
                }
            })
        })
        .collect();
    poll(WAIT, "routes served under load", || {
        (served.load(Ordering::SeqCst) >= 50).then_some(())
    });
    assert_eq!(
        threads_named(p.pid(), "everai-route"),
        1,
        "the route thread"
    );
    assert!(!p.worker_processes().is_empty(), "the worker runs");
    p.signal(SIGTERM);
    let status = p.wait_exit(SERVER_DEADLINE);
    assert_eq!(
        status.code(),
        Some(0),
        "exit status: {status:?}; stderr:\n{}",
        p.stderr()
    );
    for c in clients {
        c.join().expect("a client's connection ended");
    }
    poll(WAIT, "the worker gone", || {
        p.worker_processes().is_empty().then_some(())
    });
}

#[test]
fn a_refused_request_with_an_unread_body_is_answered_then_closed() {
    let p = platform();
    let mut c = connect(&p);
    // No token: 401 before the body is read; the body keeps coming.
    let body = vec![b'x'; 512 * 1024];
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        Server::route("raw", "/up"),
        body.len()
    );
    write(&mut c, head.as_bytes());
    write(&mut c, &body);
    let a = answer(&mut c, false);
    assert_eq!(a.status, 401, "{a:?}");
    assert_eq!(
        a.headers.get("connection").map(String::as_str),
        Some("close")
    );
    let json: serde_json::Value = serde_json::from_slice(&a.body).expect("JSON");
    assert_eq!(json["code"], 16, "{json}");
    // Closed cleanly (not reset while the body was still unread).
    let mut rest = Vec::new();
    let end = c.read_to_end(&mut rest);
    assert!(end.is_ok() && rest.is_empty(), "{end:?} {rest:?}");
}
