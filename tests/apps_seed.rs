//! The seed scenario of docs/scaling.md on the local platform, driven by
//! the CLI: the get-start example with the `simple` policy read from the
//! configmap `get-start-configmap`, four concurrent clients on its route.
//!
//! Before the load: one worker RUNNING FREE, an empty queue. Under load: two
//! workers RUNNING BUSY and queue rows `WorkerBusy`. After `max_idle_time`:
//! one worker again. Every request gets 200 and its whole event stream.
//!
//! The example streams 10 events one second apart; to keep the test short
//! its two files are copied to a temp dir and the manifest gets
//! `SSE_COUNT`/`SSE_INTERVAL` env entries (nothing else changes). `app
//! create -f` runs from another directory, so the worker's command
//! (`python3 server.py`, relative) proves it runs in the manifest's dir.
//!
//! The same scenario runs on both worker runtimes: processes, and
//! containers (`--runtime docker`), where the manifest names the fixture
//! image (a static build of the same server, `tests/fixtures`) and no
//! command, like an app created from the tutorial's app.py.

mod common;

use common::apps::*;
use common::{docker, poll, Server, GET_START_CONFIGMAP, WAIT};

const EVENTS: usize = 5;

#[test]
fn seed_scenario_scales_up_under_load_and_back_down_when_idle() {
    seed_scenario(&[], |yaml| yaml);
}

#[test]
fn seed_scenario_on_container_workers() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let image = engine.fixture_image("v1");
    seed_scenario(&["--runtime", "docker"], |yaml| {
        let command = "  command: [python3, server.py, \"--port\", \"$PORT\"]\n";
        assert!(yaml.contains(command), "example manifest has its command");
        yaml.replacen(command, "", 1).replacen(
            "image: get-start:local",
            &format!("image: {image}"),
            1,
        )
    });
}

/// The scenario on a server started with `flags`; `adapt` turns the
/// example manifest into the one to deploy.
fn seed_scenario(flags: &[&str], adapt: impl FnOnce(String) -> String) {
    let p = Server::for_apps(flags);
    let app_dir = p.sandbox.root().join("get-start");
    std::fs::create_dir_all(&app_dir).unwrap();
    let yaml = adapt(std::fs::read_to_string(example_dir().join("app.yaml")).unwrap());
    assert!(yaml.contains("\nspec:\n"), "example manifest has a spec");
    let yaml = yaml.replacen(
        "\nspec:\n",
        &format!(
            "\nspec:\n  env:\n  - name: SSE_COUNT\n    envValue: {{value: \"{EVENTS}\"}}\n  - name: SSE_INTERVAL\n    envValue: {{value: \"0.25\"}}\n"
        ),
        1,
    );
    std::fs::write(app_dir.join("app.yaml"), yaml).unwrap();
    std::fs::copy(example_server(), app_dir.join("server.py")).unwrap();

    let mut configmap = GET_START_CONFIGMAP;
    configmap[12] = "max_idle_time=2"; // idle workers go within the test
    p.ok(&configmap);
    let manifest = app_dir.join("app.yaml");
    assert_ne!(
        p.sandbox.work(),
        app_dir,
        "create runs from another directory"
    );
    let out = p.ok(&["app", "create", "-f", manifest.to_str().unwrap()]);
    assert_eq!(out, "App `get-start` successfully created\n");

    // Before the load: exactly one worker, RUNNING FREE; an empty queue.
    let rows = poll(WAIT, "one RUNNING FREE worker in `worker list`", || {
        let rows = parse_table(&p.ok(&["worker", "list", "get-start"]));
        (rows.len() == 1 && rows[0]["STATUS"] == "RUNNING" && rows[0]["DETAIL_STATUS"] == "FREE")
            .then_some(rows)
    });
    let first = rows[0]["ID"].clone();
    assert_eq!(
        p.ok(&["app", "queue", "get-start"]),
        "QUEUE_INDEX    CREATE_AT    QUEUE_REASON\n-------------  -----------  --------------\n"
    );

    // Under load: four clients, two requests each.
    let route = Server::route("get-start", "/sse");
    let load = Load::start(&p.addr, &route, Some(&p.token), 4, 2);
    let (mut saw_busy, mut saw_queue) = (0usize, 0usize);
    poll(
        WAIT,
        "2 RUNNING BUSY workers and WorkerBusy queue rows",
        || {
            let workers = parse_table(&p.ok(&["worker", "list", "get-start"]));
            let busy = workers
                .iter()
                .filter(|r| r["STATUS"] == "RUNNING" && r["DETAIL_STATUS"] == "BUSY")
                .count();
            saw_busy = saw_busy.max(busy);
            let queue = parse_table(&p.ok(&["app", "queue", "get-start"]));
            if !queue.is_empty() {
                assert!(
                    queue
                        .iter()
                        .all(|r| r["QUEUE_REASON"] == "WorkerBusy" && !r["CREATE_AT"].is_empty()),
                    "queue rows: {queue:?}"
                );
                let indexes: Vec<&str> = queue.iter().map(|r| r["QUEUE_INDEX"].as_str()).collect();
                let expected: Vec<String> = (0..queue.len()).map(|i| i.to_string()).collect();
                assert_eq!(indexes, expected, "queue indexes count from the head");
            }
            saw_queue = saw_queue.max(queue.len());
            (saw_busy >= 2 && saw_queue >= 1).then_some(())
        },
    );
    let replies = load.join();
    assert_eq!(replies.len(), 8);
    assert_all_full(&replies, EVENTS);

    // The scale-up was the autoscaler's, and says why.
    let events = p.events("get-start");
    assert!(
        events.iter().any(|e| e["from"] == "Autoscaler"
            && e["message"].as_str().unwrap_or("").contains("scale up 1")
            && e["message"]
                .as_str()
                .unwrap_or("")
                .contains("max_queue_size 2")),
        "no scale-up event: {events:#?}"
    );

    // Idle for max_idle_time: back to one worker.
    let rows = poll(WAIT, "back to one worker", || {
        let rows = parse_table(&p.ok(&["worker", "list", "get-start"]));
        (rows.len() == 1 && rows[0]["DETAIL_STATUS"] == "FREE").then_some(rows)
    });
    assert_eq!(rows[0]["STATUS"], "RUNNING");
    let all = parse_table(&p.ok(&["worker", "list", "get-start", "--all"]));
    // (Which of the two goes is not asserted: both were created in the same
    // second, and the policy's started_at has second resolution.)
    assert!(rows[0]["ID"] == first || all.iter().any(|r| r["ID"] == first));
    assert!(
        all.iter()
            .any(|r| r["STATUS"] == "TERMINATED" && !r["DELETED_AT"].is_empty()),
        "the removed worker shows as TERMINATED in --all: {all:?}"
    );
}
