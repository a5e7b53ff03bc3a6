//! The route in front of an app's workers (docs/wire.md, "Routes"): auth before
//! anything reaches a worker, the legacy URL forms, public apps, the queue
//! limit (429 with Retry-After), and clients that go away while queued.

mod common;

use common::apps::*;
use common::poll;
use std::net::Shutdown;

/// The worker's request log (the example server logs each request line).
fn worker_log(p: &Server, id: &str) -> String {
    std::fs::read_to_string(p.data_dir.join("workers").join(id).join("worker.log"))
        .unwrap_or_default()
}

#[test]
fn private_routes_need_the_token_legacy_forms_work_public_apps_are_open() {
    let p = Server::for_apps(&[]);
    p.create_app(
        &p.sandbox.root().join("authy"),
        &manifest("authy", &[], &simple(1, 1, 5, 60), ""),
    );
    p.create_app(
        &p.sandbox.root().join("open"),
        &manifest(
            "open",
            &[],
            &simple(1, 1, 5, 60),
            "  routeAuthType: PUBLIC\n",
        ),
    );
    let worker = ids(&p.wait_free("authy", 1)).remove(0);
    p.wait_free("open", 1);

    // Private app: no token, a wrong token, another scheme -> 401.
    let path = Server::route("authy", "/?probe=no-token");
    let r = request(&p.addr, "GET", &path, None);
    assert_eq!(r.status, 401, "{r:?}");
    assert!(r.body.contains("Authorization"), "{r:?}");
    let r = request(
        &p.addr,
        "GET",
        &Server::route("authy", "/?probe=bad-token"),
        Some("not-the-token"),
    );
    assert_eq!(r.status, 401, "{r:?}");
    let r = request(
        &p.addr,
        "GET",
        "/api/routes/v1/authy/?probe=legacy-no-token",
        None,
    );
    assert_eq!(r.status, 401, "{r:?}");

    // With the token: all three URL forms reach the worker.
    for (path, probe) in [
        (Server::route("authy", "/?probe=current"), "probe=current"),
        (
            "/api/routes/v1/authy/?probe=legacy".to_string(),
            "probe=legacy",
        ),
        (
            "/api/apps/v1/routes/authy/?probe=oldest".to_string(),
            "probe=oldest",
        ),
    ] {
        let r = p.get(&path, true);
        assert_eq!(r.status, 200, "{path}: {r:?}");
        assert!(r.body.starts_with("Hello from get-start"), "{path}: {r:?}");
        poll(WAIT, "the request in the worker's log", || {
            worker_log(&p, &worker).contains(probe).then_some(())
        });
    }
    let log = worker_log(&p, &worker);
    for probe in ["no-token", "bad-token", "legacy-no-token"] {
        assert!(
            !log.contains(probe),
            "a rejected request reached the worker:\n{log}"
        );
    }
    let w = &p.workers("authy")[0];
    assert_eq!(w["successCount"], 3, "{w}");

    // The path after the app segment is forwarded, query included.
    let r = p.get(&Server::route("authy", "/nope?x=1"), true);
    assert_eq!(r.status, 404, "the worker's own 404: {r:?}");
    assert_eq!(r.body, "not found\n");

    // Public app: no token needed.
    let r = request(&p.addr, "GET", &Server::route("open", "/"), None);
    assert_eq!(r.status, 200, "{r:?}");
    let r = request(&p.addr, "GET", "/api/routes/v1/open/", None);
    assert_eq!(r.status, 200, "{r:?}");

    // Unknown app: 404.
    let r = p.get(&Server::route("nosuch", "/"), true);
    assert_eq!(r.status, 404, "{r:?}");
}

#[test]
fn a_full_queue_answers_429_with_retry_after() {
    let p = Server::for_apps(&["--queue-limit", "2"]);
    p.create_app(
        &p.sandbox.root().join("tight"),
        &manifest(
            "tight",
            &[("SSE_COUNT", "300"), ("SSE_INTERVAL", "0.1")],
            &simple(1, 1, 10, 60),
            "",
        ),
    );
    p.wait_free("tight", 1);
    let route = Server::route("tight", "/sse");
    let busy = send(&p.addr, "GET", &route, Some(&p.token));
    poll(WAIT, "the worker busy", || {
        (p.running("tight", "BUSY") == 1).then_some(())
    });
    let waiting: Vec<_> = (0..2)
        .map(|_| send(&p.addr, "GET", &route, Some(&p.token)))
        .collect();
    poll(WAIT, "two requests queued", || {
        (p.queue("tight").len() == 2).then_some(())
    });

    let r = p.get(&route, true);
    assert_eq!(r.status, 429, "{r:?}");
    let retry: u64 = r
        .header("retry-after")
        .unwrap_or_else(|| panic!("no Retry-After: {r:?}"))
        .parse()
        .expect("Retry-After in seconds");
    assert!(retry >= 1);
    assert!(r.body.contains("queue"), "{r:?}");
    assert_eq!(
        p.queue("tight").len(),
        2,
        "the refused request did not queue"
    );
    drop(waiting);
    drop(busy);
}

#[test]
fn a_client_that_goes_away_while_queued_leaves_the_queue() {
    let p = Server::for_apps(&[]);
    p.create_app(
        &p.sandbox.root().join("leave"),
        &manifest(
            "leave",
            &[("SSE_COUNT", "300"), ("SSE_INTERVAL", "0.1")],
            &simple(1, 1, 10, 60),
            "",
        ),
    );
    p.wait_free("leave", 1);
    let route = Server::route("leave", "/sse");
    let busy = send(&p.addr, "GET", &route, Some(&p.token));
    poll(WAIT, "the worker busy", || {
        (p.running("leave", "BUSY") == 1).then_some(())
    });
    let mut waiting: Vec<_> = (0..3)
        .map(|_| send(&p.addr, "GET", &route, Some(&p.token)))
        .collect();
    poll(WAIT, "three requests queued", || {
        (p.queue("leave").len() == 3).then_some(())
    });

    for left in [2usize, 1, 0] {
        let gone = waiting.pop().unwrap();
        gone.shutdown(Shutdown::Both).expect("shutdown");
        drop(gone);
        poll(WAIT, &format!("queue down to {left}"), || {
            (p.queue("leave").len() == left).then_some(())
        });
    }
    // The busy request was not disturbed; the worker is still serving it.
    assert_eq!(p.running("leave", "BUSY"), 1);
    let table = p.ok(&["app", "queue", "leave"]);
    assert_eq!(table.lines().count(), 2, "{table}");
    drop(busy);
    poll(WAIT, "the worker free again after its client left", || {
        (p.running("leave", "FREE") == 1).then_some(())
    });
}

#[test]
fn a_request_that_waits_longer_than_the_queue_timeout_gets_503() {
    let p = Server::for_apps(&["--queue-timeout", "1"]);
    p.create_app(
        &p.sandbox.root().join("slow"),
        &manifest(
            "slow",
            &[("SSE_COUNT", "300"), ("SSE_INTERVAL", "0.1")],
            &simple(1, 1, 10, 60),
            "",
        ),
    );
    p.wait_free("slow", 1);
    let route = Server::route("slow", "/sse");
    let busy = send(&p.addr, "GET", &route, Some(&p.token));
    poll(WAIT, "the worker busy", || {
        (p.running("slow", "BUSY") == 1).then_some(())
    });
    let r = p.get(&route, true);
    assert_eq!(r.status, 503, "{r:?}");
    assert!(r.header("retry-after").is_some(), "{r:?}");
    assert!(
        r.elapsed >= std::time::Duration::from_millis(900),
        "waited its second: {r:?}"
    );
    assert!(
        p.queue("slow").is_empty(),
        "the timed-out request left the queue"
    );
    drop(busy);
}
