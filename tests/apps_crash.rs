//! A worker killed (SIGKILL) in the middle of a streamed answer: the client
//! of that request sees a cut stream (the 200 head was already sent; the
//! proxy ends the chunked body without its last chunk) — never a silent
//! success. The platform replaces the worker (a WARNING event, the dead one
//! shows as ERROR in `worker list --all`) and the requests that were queued
//! behind it are served by the replacement, completely.

mod common;

use common::apps::*;
use common::poll;

const EVENTS: usize = 15;

#[test]
fn a_worker_killed_mid_request_cuts_that_stream_and_is_replaced() {
    let p = Server::for_apps(&[]);
    let m = manifest(
        "crash",
        &[("SSE_COUNT", "15"), ("SSE_INTERVAL", "0.1")],
        &simple(1, 1, 10, 60),
        "",
    );
    p.create_app(&p.sandbox.root().join("crash"), &m);
    let victim = ids(&p.wait_free("crash", 1)).remove(0);
    let pids = worker_pids(&victim);
    assert!(
        !pids.is_empty(),
        "the worker's process carries EVERAI_WORKER_ID={victim}"
    );

    let route = Server::route("crash", "/sse");
    let (addr, token) = (p.addr.clone(), p.token.clone());
    let first = std::thread::spawn(move || request(&addr, "GET", &route, Some(&token)));
    poll(WAIT, "the worker busy", || {
        (p.running("crash", "BUSY") == 1).then_some(())
    });
    let queued: Vec<_> = (0..2)
        .map(|_| {
            let (addr, token, route) = (
                p.addr.clone(),
                p.token.clone(),
                Server::route("crash", "/sse"),
            );
            std::thread::spawn(move || request(&addr, "GET", &route, Some(&token)))
        })
        .collect();
    poll(WAIT, "two requests queued", || {
        (p.queue("crash").len() == 2).then_some(())
    });

    // The command's processes first, its guard last: a guard that dies first
    // lets the server stop the group with SIGTERM, and the example server
    // then ends its stream cleanly, which is not the crash under test.
    let mut pids = pids;
    pids.sort_by_key(|pid| is_guard(*pid));
    for pid in &pids {
        unsafe_kill(*pid, common::SIGKILL);
    }

    let cut = first.join().unwrap();
    eprintln!(
        "killed request: status {} complete {} events {} error {:?}",
        cut.status,
        cut.complete,
        cut.events(),
        cut.error
    );
    assert!(
        !cut.is_full_stream(EVENTS),
        "a killed worker's request must not look successful: {cut:?}"
    );
    assert!(
        (cut.status == 200 && !cut.complete && cut.error.is_some() && cut.events() < EVENTS)
            || cut.status == 502,
        "expected a cut stream or a 502: {cut:?}"
    );

    for q in queued {
        let r = q.join().unwrap();
        assert!(
            r.is_full_stream(EVENTS),
            "a queued request went to the replacement: {r:?}"
        );
    }

    let live = p.workers("crash");
    assert_eq!(live.len(), 1, "{live:#?}");
    assert_ne!(live[0]["id"], victim.as_str(), "replaced");
    assert_eq!(live[0]["status"], "STATUS_RUNNING");

    let all = parse_table(&p.ok(&["worker", "list", "crash", "--all"]));
    let dead = all
        .iter()
        .find(|r| r["ID"] == victim)
        .unwrap_or_else(|| panic!("{all:?}"));
    assert_eq!(dead["STATUS"], "ERROR", "{all:?}");
    assert!(!dead["DELETED_AT"].is_empty());
    let live_rows = parse_table(&p.ok(&["worker", "list", "crash"]));
    assert!(live_rows.iter().all(|r| r["ID"] != victim), "{live_rows:?}");

    let events = parse_table(&p.ok(&["app", "events", "crash"]));
    assert!(
        events
            .iter()
            .any(|e| e["TYPE"] == "WARNING" && e["MESSAGE"].contains(&victim)),
        "{events:#?}"
    );
}

/// Whether the process is a worker's guard (`everai __worker-guard`).
fn is_guard(pid: i32) -> bool {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .map(|cmdline| {
            cmdline
                .split(|b| *b == 0)
                .any(|arg| arg == b"__worker-guard")
        })
        .unwrap_or(false)
}
