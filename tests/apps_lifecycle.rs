//! An app's life on the local platform: pause (every worker stops, the route
//! answers 503 naming `everai app resume`), resume (back to min_workers),
//! delete (workers stop, their processes are gone, the route is 404); and
//! the manual autoscaler's scale-up / scale-down API (docs/wire.md).

mod common;

use common::apps::*;
use common::poll;
use serde_json::json;

#[test]
fn pause_resume_and_delete() {
    let p = Server::for_apps(&[]);
    let m = manifest("life", &[], &simple(2, 3, 2, 60), "");
    p.create_app(&p.sandbox.root().join("life"), &m);
    let first = ids(&p.wait_free("life", 2));
    let route = Server::route("life", "/");
    assert_eq!(p.get(&route, true).status, 200);
    let list = parse_table(&p.ok(&["app", "list"]));
    assert_eq!(
        (
            list[0]["NAME"].as_str(),
            list[0]["STATUS"].as_str(),
            list[0]["WORKERS"].as_str()
        ),
        ("life", "DEPLOYED", "2/2")
    );

    // Pause: prints nothing; no workers, no processes.
    p.cli(&["app", "pause", "life"]).success().stdout_is("");
    poll(WAIT, "no live workers after pause", || {
        p.workers("life").is_empty().then_some(())
    });
    for id in &first {
        poll(WAIT, "paused worker's processes gone", || {
            worker_pids(id).is_empty().then_some(())
        });
    }
    assert_eq!(
        p.ok(&["worker", "list", "life"]).lines().count(),
        2,
        "header and dashes only"
    );
    let list = parse_table(&p.ok(&["app", "list"]));
    assert_eq!(
        (list[0]["STATUS"].as_str(), list[0]["WORKERS"].as_str()),
        ("PAUSED", "0/0")
    );
    let r = p.get(&route, true);
    assert_eq!(r.status, 503, "{r:?}");
    assert!(r.body.contains("everai app resume"), "{r:?}");
    // Still paused a few ticks later: the policy's min_workers does not apply.
    let r = p.get(&route, true);
    assert_eq!(r.status, 503);
    assert!(p.workers("life").is_empty());

    // Resume: back to min_workers, new workers.
    p.cli(&["app", "resume", "life"]).success().stdout_is("");
    let resumed = ids(&p.wait_free("life", 2));
    assert!(resumed.iter().all(|id| !first.contains(id)), "new workers");
    assert_eq!(p.get(&route, true).status, 200);
    let list = parse_table(&p.ok(&["app", "list"]));
    assert_eq!(
        (list[0]["STATUS"].as_str(), list[0]["WORKERS"].as_str()),
        ("DEPLOYED", "2/2")
    );
    let pids: Vec<i32> = resumed.iter().flat_map(|id| worker_pids(id)).collect();
    assert!(pids.len() >= 2, "each worker has its process");

    // Delete: workers stop, processes gone, route and app 404.
    p.cli(&["app", "delete", "life", "--force"])
        .success()
        .stdout_is("App `life` deleted\n");
    for id in &resumed {
        poll(WAIT, "deleted app's worker processes gone", || {
            worker_pids(id).is_empty().then_some(())
        });
    }
    let r = p.get(&route, true);
    assert_eq!(r.status, 404, "{r:?}");
    let (status, _) = p.api("GET", "/api/apps/v1/namespaces/default/apps/life", None);
    assert_eq!(status, 404);
    assert_eq!(p.ok(&["app", "list"]).lines().count(), 2);
    assert!(
        p.worker_processes().is_empty(),
        "no process of this server left"
    );
}

#[test]
fn manual_autoscaler_scales_by_the_api() {
    let p = Server::for_apps(&[]);
    let m = manifest("hand", &[], &manual(1), "");
    p.create_app(&p.sandbox.root().join("hand"), &m);
    let base = ids(&p.wait_free("hand", 1));
    let api = "/api/apps/v1/namespaces/default/apps/hand";

    let (status, body) = p.api(
        "POST",
        &format!("{api}/workers:scale-up"),
        Some(&json!({"scaleUpWorkersNum": "2"})),
    );
    assert_eq!(status, 200, "{body}");
    let added: Vec<String> = body["workerIds"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(added.len(), 2, "{body}");
    let live = ids(&p.wait_free("hand", 3));
    for id in added.iter().chain(&base) {
        assert!(live.contains(id), "{id} live in {live:?}");
    }
    let events = p.events("hand");
    assert!(
        events
            .iter()
            .any(|e| e["message"].as_str().unwrap_or("").contains("scale up 2")),
        "{events:#?}"
    );

    let (status, body) = p.api(
        "POST",
        &format!("{api}/workers:scale-down"),
        Some(&json!({"workerIds": added})),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({}));
    let live = ids(&p.wait_free("hand", 1));
    assert_eq!(live, base, "the named workers went, the first stayed");
    for id in &added {
        poll(WAIT, "scaled-down processes gone", || {
            worker_pids(id).is_empty().then_some(())
        });
    }
    // The target stays at 1: nothing comes back on later ticks.
    let r = p.get(&Server::route("hand", "/"), true);
    assert_eq!(r.status, 200);
    assert_eq!(ids(&p.workers("hand")), base);

    // Counts as JSON numbers are accepted too.
    let (status, body) = p.api(
        "POST",
        &format!("{api}/workers:scale-up"),
        Some(&json!({"scaleUpWorkersNum": 1})),
    );
    assert_eq!(status, 200, "{body}");
    p.wait_free("hand", 2);
    let (status, body) = p.api(
        "POST",
        &format!("{api}/workers:scale-down"),
        Some(&json!({"scaleDownWorkersNum": "1"})),
    );
    assert_eq!(status, 200, "{body}");
    p.wait_free("hand", 1);
}
