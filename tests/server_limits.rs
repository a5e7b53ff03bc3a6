//! The local platform under connection pressure, with the usual open-file
//! limit of 1,024 (`prlimit --nofile=1024:1024`): idle and slow clients
//! cannot take the API down, a full queue answers 429 instead of hanging,
//! and a worker that dies after it was healthy is replaced at once.
//! Loops are bounded and every connection is on loopback.

mod common;

use common::apps::{manifest, manual};
use common::*;
use std::io::{Read, Write};
use std::net::TcpStream;

const LIMIT_1024: &[&str] = &["prlimit", "--nofile=1024:1024"];

/// This test process holds more than 1,024 sockets: raise its own soft
/// limit (to the hard one, which must allow it).
fn allow_many_sockets(needed: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer to a local struct.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        assert!(
            limit.rlim_max >= needed,
            "the hard open-file limit {} is below the {needed} this test needs",
            limit.rlim_max
        );
        if limit.rlim_cur < needed {
            limit.rlim_cur = limit.rlim_max;
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
        }
    }
}

fn idle_connections(addr: &str, n: usize) -> Vec<TcpStream> {
    (0..n)
        .map(|i| TcpStream::connect(addr).unwrap_or_else(|e| panic!("connection {i}: {e}")))
        .collect()
}

#[test]
fn eleven_hundred_idle_connections_leave_the_api_answering() {
    allow_many_sockets(1400);
    let server = Server::start_with(ServerOptions {
        launcher: LIMIT_1024,
        ..Default::default()
    });
    let idle = idle_connections(&server.addr, 1100);
    let (status, body) = server.http("GET", "/api/configmaps/v1/configmaps", None);
    assert_eq!(status, 200, "{body}");
    // The room was made by closing the oldest idle connections.
    let mut first = idle.into_iter().next().expect("one");
    first
        .set_read_timeout(Some(COMMAND_DEADLINE))
        .expect("timeout");
    let mut buf = [0u8; 16];
    assert!(
        matches!(first.read(&mut buf), Ok(0) | Err(_)),
        "the oldest idle connection is still open"
    );
}

/// Reads from `stream` until the server closes it; fails past the deadline.
fn assert_closed_by_server(stream: &mut TcpStream, what: &str) {
    stream
        .set_read_timeout(Some(COMMAND_DEADLINE))
        .expect("timeout");
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return,
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                panic!("{what}: the server kept the connection open for {COMMAND_DEADLINE:?}")
            }
            Err(_) => return, // reset: closed too
        }
    }
}

#[test]
fn slow_heads_and_idle_keep_alive_connections_time_out() {
    let server = Server::start_with(ServerOptions {
        args: &["--header-timeout", "1"],
        ..Default::default()
    });
    let addr = server.addr.clone();
    // Slowloris: a head that never ends.
    let mut slow = TcpStream::connect(&addr).expect("connect");
    slow.write_all(b"GET /api/configmaps/v1/configmaps HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n")
        .expect("send part of a head");
    assert_closed_by_server(&mut slow, "incomplete request head");
    // A keep-alive connection after its answer.
    let mut kept = TcpStream::connect(&addr).expect("connect");
    kept.write_all(
        format!(
            "GET /api/configmaps/v1/configmaps HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\n\r\n",
            server.token
        )
        .as_bytes(),
    )
    .expect("send");
    assert_closed_by_server(&mut kept, "idle keep-alive connection");
}

#[test]
fn a_full_queue_answers_429_under_1024_open_files() {
    allow_many_sockets(1400);
    let p = Server::start_with(ServerOptions {
        launcher: LIMIT_1024,
        args: FAST,
        ..Default::default()
    });
    let dir = p.sandbox.work().join("held");
    std::fs::create_dir_all(&dir).expect("mkdir");
    // One worker that holds each request (an SSE stream that outlasts the test).
    p.create_app(
        &dir,
        &manifest(
            "held",
            &[("SSE_INTERVAL", "600"), ("SSE_COUNT", "2")],
            &manual(1),
            "",
        ),
    );
    p.wait_free("held", 1);
    // The default queue limit under 1,024 open files (docs/local-platform.md).
    let derived_queue_limit = 384;
    let path = Server::route("held", "/sse");
    let held: Vec<TcpStream> = (0..1010)
        .map(|_| send(&p.addr, "GET", &path, Some(&p.token)))
        .collect();
    poll(WAIT, "a full queue", || {
        (p.queue("held").len() >= derived_queue_limit).then_some(())
    });
    let next = read_reply(send(&p.addr, "GET", &path, Some(&p.token)));
    assert_eq!(next.status, 429, "{next:?}");
    assert!(next.header("retry-after").is_some(), "{next:?}");
    let body: serde_json::Value = serde_json::from_str(&next.body).expect("JSON error body");
    assert_eq!(body["code"], 8, "{body}");
    // The API still answers.
    let (status, _) = p.api("GET", "/api/configmaps/v1/configmaps", None);
    assert_eq!(status, 200);
    drop(held);
}
