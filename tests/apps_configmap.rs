//! Policy arguments read from a configmap are read again at every decision:
//! `everai configmap update` changes a running app's scaling without an app
//! update (docs/scaling.md).

mod common;

use common::apps::*;
use common::poll;
use std::time::{Duration, Instant};

fn args(max_workers: &str) -> Vec<(&'static str, String)> {
    vec![
        ("min_workers", "1".into()),
        ("max_workers", max_workers.into()),
        ("max_queue_size", "2".into()),
        ("scale_up_step", "1".into()),
        ("max_idle_time", "60".into()),
    ]
}

fn set(p: &Server, verb: &str, max_workers: &str) {
    let a = args(max_workers);
    let data: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
    p.configmap(verb, "cm-scale", &data);
}

#[test]
fn configmap_update_changes_the_next_decision_without_an_app_update() {
    let p = Server::for_apps(&[]);
    set(&p, "create", "5");
    // Long streams: the four requests stay in flight for the whole test.
    let m = manifest(
        "cm-app",
        &[("SSE_COUNT", "300"), ("SSE_INTERVAL", "0.1")],
        &simple_from_configmap("cm-scale"),
        "",
    );
    p.create_app(&p.sandbox.root().join("cm-app"), &m);
    p.wait_free("cm-app", 1);
    let version = p.app("cm-app")["metadata"]["resourceVersion"].clone();

    // max_workers 5 -> 1 while the app runs.
    set(&p, "update", "1");

    let route = Server::route("cm-app", "/sse");
    let clients: Vec<_> = (0..4)
        .map(|_| send(&p.addr, "GET", &route, Some(&p.token)))
        .collect();
    poll(WAIT, "three requests queued behind the busy worker", || {
        (p.queue("cm-app").len() == 3 && p.running("cm-app", "BUSY") == 1).then_some(())
    });
    // The trigger holds (3 queued > max_queue_size 2) at every tick, but
    // max_workers is 1 now: for 15 ticks no second worker appears.
    let end = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < end {
        let workers = p.workers("cm-app");
        assert_eq!(
            workers.len(),
            1,
            "max_workers 1 from the configmap: {workers:#?}"
        );
        assert_eq!(p.queue("cm-app").len(), 3);
        std::thread::sleep(Duration::from_millis(50));
    }

    // Raising it again makes the next decision add a worker.
    set(&p, "update", "5");
    poll(
        WAIT,
        "a second worker after max_workers went back to 5",
        || (p.running("cm-app", "BUSY") == 2).then_some(()),
    );
    assert_eq!(
        p.queue("cm-app").len(),
        2,
        "the new worker took the head of the queue"
    );
    assert_eq!(
        p.app("cm-app")["metadata"]["resourceVersion"],
        version,
        "no app update happened"
    );
    drop(clients);
}

#[test]
fn a_missing_configmap_key_keeps_the_workers_and_says_why() {
    let p = Server::for_apps(&[]);
    set(&p, "create", "5");
    let m = manifest("cm-bad", &[], &simple_from_configmap("cm-scale"), "");
    p.create_app(&p.sandbox.root().join("cm-bad"), &m);
    let before = ids(&p.wait_free("cm-bad", 1));
    // Drop max_workers from the configmap (update replaces all keys).
    p.configmap(
        "update",
        "cm-scale",
        &[
            ("min_workers", "1"),
            ("max_queue_size", "2"),
            ("scale_up_step", "1"),
            ("max_idle_time", "60"),
        ],
    );
    let warning = poll(WAIT, "a WARNING event about the missing key", || {
        p.events("cm-bad").into_iter().find(|e| {
            e["type"] == "EVENT_TYPE_WARNING"
                && e["message"].as_str().unwrap_or("").contains("max_workers")
        })
    });
    assert_eq!(warning["from"], "Autoscaler", "{warning}");
    assert_eq!(
        warning["message"],
        "no scaling decision: argument max_workers: configmap \"cm-scale\" has no key \"max_workers\"; keeping the current workers"
    );
    assert_eq!(
        ids(&p.workers("cm-bad")),
        before,
        "the app keeps its worker"
    );
    let r = p.get(&Server::route("cm-bad", "/"), true);
    assert_eq!(r.status, 200, "{r:?}");
}

#[test]
fn a_worker_env_key_the_configmap_lacks_fails_the_worker_naming_it() {
    let p = Server::for_apps(&[]);
    p.configmap("create", "cm-env", &[("present", "1")]);
    let m = manifest(
        "env-bad",
        &[],
        &manual(1),
        "  env:\n  - name: A\n    envValue:\n      valueFrom: {configMapKeyRef: {name: cm-env, key: missing}}\n",
    );
    p.create_app(&p.sandbox.root().join("env-bad"), &m);
    let failed = poll(WAIT, "a warning about the failed worker", || {
        p.events("env-bad").into_iter().find_map(|e| {
            let message = e["message"].as_str().unwrap_or("").to_string();
            (e["type"] == "EVENT_TYPE_WARNING" && message.contains(" failed: ")).then_some(message)
        })
    });
    assert!(
        failed.contains(" failed: env A: configmap \"cm-env\" has no key \"missing\"; "),
        "{failed}"
    );
}
