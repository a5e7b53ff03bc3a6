//! No request is lost or cut while the app scales up, scales down and rolls
//! to a new revision under load (docs/scaling.md): four clients loop on the route
//! throughout; every answer must be 200 with its whole stream. On both
//! worker runtimes: processes (the new revision changes an env var) and
//! containers (the new revision is a new image).

mod common;

use common::apps::*;
use common::{docker, poll};

const EVENTS: usize = 3;

fn app_manifest(version: &str) -> String {
    manifest(
        "roll",
        &[
            ("SSE_COUNT", "3"),
            ("SSE_INTERVAL", "0.1"),
            ("APP_VERSION", version),
        ],
        &simple(1, 3, 1, 2),
        "",
    )
}

/// The fixture image of `version`, as an image-only app.
fn container_manifest(engine: &docker::Engine, version: &str) -> String {
    let image = engine.fixture_image(version);
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: roll\nspec:\n  image: {image}\n  readinessProbe:\n    httpGet:\n      path: /healthz\n  resource:\n    cpu: 1\n    memory: 64 MiB\n  env:\n  - name: SSE_COUNT\n    envValue: {{value: \"3\"}}\n  - name: SSE_INTERVAL\n    envValue: {{value: \"0.1\"}}\n{}",
        simple(1, 3, 1, 2)
    )
}

#[test]
fn no_request_is_lost_across_scale_up_rolling_update_and_scale_down() {
    rolling(&[], app_manifest, |_, id| {
        poll(WAIT, "old worker processes gone", || {
            worker_pids(id).is_empty().then_some(())
        });
    });
}

#[test]
fn no_request_is_lost_across_a_rolling_update_to_a_new_image() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let p = rolling(
        &["--runtime", "docker"],
        |version| container_manifest(&engine, version),
        |p, _| {
            poll(WAIT, "old worker containers gone", || {
                let left = engine.containers_of(&p.data_dir).len();
                (left == p.workers("roll").len()).then_some(())
            });
        },
    );
    // The route now reaches the new image.
    let reply = p.get(&Server::route("roll", "/"), true);
    assert_eq!(reply.status, 200, "{reply:?}");
    assert!(reply.body.starts_with("hello from v2 worker "), "{reply:?}");
}

/// The scenario on a server started with `flags`; `manifest_of(version)`
/// is the app at v1 and v2; `gone(p, id)` waits until the old worker `id`
/// has left nothing running.
fn rolling(
    flags: &[&str],
    manifest_of: impl Fn(&str) -> String,
    gone: impl Fn(&Server, &str),
) -> Server {
    let p = Server::for_apps(flags);
    let dir = p.sandbox.root().join("roll");
    let manifest_path = p.create_app(&dir, &manifest_of("v1"));
    p.wait_free("roll", 1);
    let rev1 = p.app("roll")["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_string();

    let load = Load::start(
        &p.addr,
        &Server::route("roll", "/sse"),
        Some(&p.token),
        4,
        0,
    );

    // Scale-up: 3 queued > max_queue_size 1.
    poll(WAIT, "a scale-up under load", || {
        (p.workers("roll").len() >= 2).then_some(())
    });
    poll(WAIT, "two workers serving", || {
        (p.running("roll", "BUSY") >= 2).then_some(())
    });

    // Rolling update: a changed env var means new workers.
    std::fs::write(&manifest_path, manifest_of("v2")).unwrap();
    p.ok(&["app", "update", "-f", manifest_path.to_str().unwrap()]);
    let rev2 = p.app("roll")["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(rev1, rev2);
    poll(
        WAIT,
        "every live worker of the new revision and serving",
        || {
            let workers = p.workers("roll");
            (!workers.is_empty()
                && workers.iter().all(|w| w["appRevision"] == rev2.as_str())
                && workers
                    .iter()
                    .any(|w| w["detailStatus"] == "DETAIL_STATUS_BUSY"))
            .then_some(())
        },
    );
    let events = p.events("roll");
    assert!(
        events.iter().any(|e| e["message"]
            .as_str()
            .unwrap_or("")
            .contains("rolling update")),
        "{events:#?}"
    );
    let served = load.completed();
    poll(WAIT, "requests served by the new revision", || {
        (load.completed() >= served + 8).then_some(())
    });

    // Scale-down: one client left; the idle workers go after max_idle_time.
    load.set_active(1);
    poll(
        WAIT,
        "scale-down to one worker while a client keeps going",
        || (p.workers("roll").len() == 1).then_some(()),
    );
    let events = p.events("roll");
    assert!(
        events.iter().any(|e| e["from"] == "Autoscaler"
            && e["message"].as_str().unwrap_or("").contains("scale down")),
        "{events:#?}"
    );
    let served = load.completed();
    poll(WAIT, "the last worker still serving", || {
        (load.completed() >= served + 3).then_some(())
    });

    let replies = load.finish();
    assert!(replies.len() >= 20, "only {} requests", replies.len());
    assert_all_full(&replies, EVENTS);
    let workers = p.workers("roll");
    assert!(
        workers.iter().all(|w| w["appRevision"] == rev2.as_str()),
        "{workers:#?}"
    );
    // Old revision's workers are gone.
    for w in p.all_workers("roll") {
        if w["appRevision"] != rev2.as_str() || w["status"] == "STATUS_TERMINATED" {
            gone(&p, w["id"].as_str().unwrap());
        }
    }
    p
}
