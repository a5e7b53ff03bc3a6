//! No worker process outlives its server: SIGTERM stops them all; after a
//! `kill -9` of the server every worker process goes too (each worker's guard
//! gets the parent-death signal and stops its whole process group, background
//! children included), and the next start closes their records. Processes are
//! counted by their `EVERAI_WORKER_ID`.

mod common;

use common::apps::*;
use common::poll;
use std::time::Duration;

/// A worker whose shell leaves a background child behind, re-parented (not
/// killed) when the server dies abruptly.
fn leaky_manifest() -> String {
    let cmd = format!(
        "[sh, -c, \"sleep 300 & exec python3 {} --port $PORT\"]",
        example_server().display()
    );
    manifest_with_command("leaky", &cmd, &[], &simple(2, 2, 5, 60), "")
}

fn processes_of(workers: &[String]) -> usize {
    workers.iter().map(|id| worker_pids(id).len()).sum()
}

#[test]
fn neither_sigterm_nor_kill_9_of_the_server_leaves_a_worker_process() {
    // Data dir and manifest dirs outlive each server (and its sandbox).
    let dir = tempfile::Builder::new()
        .prefix("everai-orphans-")
        .tempdir()
        .unwrap();
    let data = dir.path().join("data");
    let token = common::unique_token();

    // 1. SIGTERM: every process of every worker goes (sh's background child too).
    let mut p = Server::for_apps_on(&data, &token, &[]);
    p.create_app(&dir.path().join("leaky"), &leaky_manifest());
    p.create_app(
        &dir.path().join("plain"),
        &manifest("plain", &[], &simple(1, 1, 5, 60), ""),
    );
    let mut first = ids(&p.wait_free("leaky", 2));
    first.extend(ids(&p.wait_free("plain", 1)));
    assert!(
        processes_of(&first) >= 5,
        "python + sleep per leaky worker, python for plain"
    );
    let status = p
        .stop(Duration::from_secs(30))
        .expect("the server exits on SIGTERM");
    assert!(status.success(), "{status:?}\n{}", p.stderr());
    assert_eq!(
        processes_of(&first),
        0,
        "SIGTERM left worker processes behind"
    );
    drop(p);

    // 2. kill -9: the restarted server finds the leftovers and kills them.
    let mut p = Server::for_apps_on(&data, &token, &[]);
    let second = ids(&p.wait_free("leaky", 2));
    p.wait_free("plain", 1);
    assert!(
        second.iter().all(|id| !first.contains(id)),
        "restored apps get new workers"
    );
    p.kill();
    // Each worker runs under its guard (`everai __worker-guard`), whose
    // parent-death signal takes the whole process group down: sh's
    // background `sleep` goes too, without waiting for a restart.
    poll(WAIT, "every worker process gone after kill -9", || {
        (processes_of(&second) == 0).then_some(())
    });

    let p = Server::for_apps_on(&data, &token, &[]);
    assert_eq!(processes_of(&second), 0);
    // Their records are closed: not live any more.
    let live = ids(&p.wait_free("leaky", 2));
    assert!(live.iter().all(|id| !second.contains(id)));
    let all = p.all_workers("leaky");
    for id in &second {
        let w = all
            .iter()
            .find(|w| w["id"] == id.as_str())
            .unwrap_or_else(|| panic!("{all:#?}"));
        assert_eq!(w["status"], "STATUS_TERMINATED", "{w}");
    }
    drop(p);
    assert_eq!(processes_of(&live), 0);
}
