//! The reference client (PyPI `everai==0.2.41`) runs its app and worker
//! commands unchanged against our local platform, and for the same state its
//! `app list`, `app get`, `worker list`, `app queue` and `app events` tables
//! are byte-identical to ours.
//!
//! The reference does not send our manifest-dir header, so the manifest's
//! command names the example server by absolute path. Both clients run from
//! temp directories without `app.py` / `app.yaml`.
//!
//! The reference is found through `EVERAI_REF_BIN` (set by scripts/test.sh)
//! or at `target/refvenv/bin/everai`; the test fails when it is absent.

mod common;

use common::apps::*;
use common::{poll, Run, Sandbox};

struct Ref {
    env: Sandbox,
}

impl Ref {
    fn new(p: &Server) -> Ref {
        Ref {
            env: Sandbox::connected(p),
        }
    }

    fn run(&self, args: &[&str]) -> Run {
        self.env.run_reference(args)
    }

    #[track_caller]
    fn ok(&self, args: &[&str], expected: &str) {
        self.run(args).reference_printed(expected);
    }

    #[track_caller]
    fn out(&self, args: &[&str]) -> String {
        let r = self.run(args);
        r.reference_exit0();
        r.stdout
    }
}

/// Both clients print the same bytes for `args`; returns them.
#[track_caller]
fn same(p: &Server, r: &Ref, args: &[&str]) -> String {
    let theirs = r.out(args);
    let ours = p.ok(args);
    assert_eq!(
        ours,
        theirs,
        "`everai {}`: ours (left) vs the reference (right)",
        args.join(" ")
    );
    ours
}

#[test]
fn the_reference_client_manages_apps_on_our_platform_and_prints_what_we_print() {
    let p = Server::for_apps(&[]);
    let r = Ref::new(&p);
    let dir = r.env.root().join("manifests");
    std::fs::create_dir_all(&dir).unwrap();
    let manifest_path = dir.join("app.yaml");
    std::fs::write(
        &manifest_path,
        manifest(
            "refapp",
            &[("SSE_COUNT", "300"), ("SSE_INTERVAL", "0.1")],
            &simple(1, 1, 10, 60),
            "",
        ),
    )
    .unwrap();
    r.ok(
        &["app", "create", "-f", manifest_path.to_str().unwrap()],
        "App `refapp` successfully created\n",
    );
    // The reference's `create` of an existing name: its own message.
    r.ok(
        &["app", "create", "-f", manifest_path.to_str().unwrap()],
        "App name already exists\n",
    );
    p.wait_free("refapp", 1);

    // Steady state, nothing queued.
    let list = same(&p, &r, &["app", "list"]);
    assert!(
        list.contains("refapp") && list.contains("DEPLOYED") && list.contains("1/1"),
        "{list}"
    );
    same(&p, &r, &["app", "get", "refapp"]);
    let workers = same(&p, &r, &["worker", "list", "refapp"]);
    assert!(
        workers.contains("RUNNING") && workers.contains("FREE"),
        "{workers}"
    );
    assert_eq!(same(&p, &r, &["app", "queue", "refapp"]).lines().count(), 2);

    // Busy worker, two queued requests: a state that holds for a while.
    let route = Server::route("refapp", "/sse");
    let busy = send(&p.addr, "GET", &route, Some(&p.token));
    poll(WAIT, "the worker busy", || {
        (p.running("refapp", "BUSY") == 1).then_some(())
    });
    let queued: Vec<_> = (0..2)
        .map(|_| send(&p.addr, "GET", &route, Some(&p.token)))
        .collect();
    poll(WAIT, "two queued", || {
        (p.queue("refapp").len() == 2).then_some(())
    });
    let queue = same(&p, &r, &["app", "queue", "refapp"]);
    let rows = parse_table(&queue);
    assert_eq!(rows.len(), 2, "{queue}");
    assert!(
        rows.iter().all(|row| row["QUEUE_REASON"] == "WorkerBusy"),
        "{queue}"
    );
    let workers = same(&p, &r, &["worker", "list", "refapp"]);
    assert!(workers.contains("BUSY"), "{workers}");
    same(&p, &r, &["worker", "list", "refapp", "-o", "wide"]);
    drop(queued);
    drop(busy);
    poll(WAIT, "queue empty again", || {
        p.queue("refapp").is_empty().then_some(())
    });

    // Pause and resume with the reference: both print nothing.
    r.ok(&["app", "pause", "refapp"], "");
    poll(WAIT, "no workers while paused", || {
        p.workers("refapp").is_empty().then_some(())
    });
    let list = same(&p, &r, &["app", "list"]);
    assert!(list.contains("PAUSED") && list.contains("0/0"), "{list}");
    r.ok(&["app", "resume", "refapp"], "");
    p.wait_free("refapp", 1);
    let list = same(&p, &r, &["app", "list"]);
    assert!(list.contains("DEPLOYED") && list.contains("1/1"), "{list}");
    same(&p, &r, &["worker", "list", "refapp", "--all"]);
    let events = same(&p, &r, &["app", "events", "refapp"]);
    assert!(
        events.contains("paused") && events.contains("resumed"),
        "{events}"
    );

    // Delete with the reference.
    r.ok(
        &["app", "delete", "refapp", "--force"],
        "App `refapp` deleted\n",
    );
    let list = same(&p, &r, &["app", "list"]);
    assert_eq!(list.lines().count(), 2, "{list}");
    poll(WAIT, "workers of the deleted app gone", || {
        p.worker_processes().is_empty().then_some(())
    });
}
