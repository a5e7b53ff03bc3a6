//! Sticky sessions (docs/wire.md, "Routes"): requests carrying the same
//! `x-everai-session-id` go to the same worker; while that worker is busy
//! they wait in the queue with reason `SessionWorkerBusy`, even when another
//! worker is free.

mod common;

use common::apps::*;
use common::poll;
use std::io::{Read, Write};
use std::net::TcpStream;

/// One GET with a session header, read to the end (Connection: close).
fn get_with_session(addr: &str, path: &str, token: &str, session: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAuthorization: Bearer {token}\r\nx-everai-session-id: {session}\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut reply = String::new();
    let _ = stream.read_to_string(&mut reply);
    reply
}

/// The worker id in the example server's greeting.
fn served_by(reply: &str) -> String {
    reply
        .split("(worker ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no worker id in {reply:?}"))
        .to_string()
}

#[test]
fn a_session_sticks_to_its_worker_and_waits_for_it() {
    let p = Server::for_apps(&[]);
    let m = manifest(
        "sticky",
        &[("SSE_COUNT", "15"), ("SSE_INTERVAL", "0.2")],
        &manual(2),
        "",
    );
    p.create_app(&p.sandbox.root().join("sticky"), &m);
    p.wait_free("sticky", 2);
    let root = Server::route("sticky", "/");

    // A session's requests all reach the worker that served its first one.
    let first = served_by(&get_with_session(&p.addr, &root, &p.token, "s1"));
    for _ in 0..5 {
        assert_eq!(
            served_by(&get_with_session(&p.addr, &root, &p.token, "s1")),
            first
        );
    }

    // Keep that worker busy with a stream of the same session...
    let (addr, token, sse) = (
        p.addr.clone(),
        p.token.clone(),
        Server::route("sticky", "/sse"),
    );
    let stream = std::thread::spawn(move || get_with_session(&addr, &sse, &token, "s1"));
    poll(WAIT, "the session's worker busy", || {
        (p.running("sticky", "BUSY") == 1).then_some(())
    });
    // ...then the session's next request waits for it, though a worker is free.
    let (addr, token, path) = (p.addr.clone(), p.token.clone(), root.clone());
    let waiting = std::thread::spawn(move || get_with_session(&addr, &path, &token, "s1"));
    let queue = poll(WAIT, "the request queued for its session's worker", || {
        let q = p.queue("sticky");
        (!q.is_empty()).then_some(q)
    });
    assert_eq!(
        queue[0]["reason"], "QueueReasonSessionWorkerBusy",
        "{queue:?}"
    );
    assert_eq!(
        p.running("sticky", "FREE"),
        1,
        "the other worker stays free"
    );
    let table = parse_table(&p.ok(&["app", "queue", "sticky"]));
    assert_eq!(table[0]["QUEUE_REASON"], "SessionWorkerBusy");

    // Another session (or none) is served by the free worker meanwhile.
    let other = served_by(&get_with_session(&p.addr, &root, &p.token, "s2"));
    assert_ne!(other, first);

    let streamed = stream.join().expect("stream thread");
    assert!(streamed.contains("event 15 of 15"), "{streamed}");
    assert_eq!(served_by(&waiting.join().expect("waiting thread")), first);
}
