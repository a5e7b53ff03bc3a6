//! Worker replacement and back-off: a worker that was ready and dies is
//! replaced at once, so when all the workers of an app die together they all
//! come back together; a worker that exits before it is ready (a crash
//! loop) backs off per slot, 250 ms doubling, each slot on its own.

mod common;

use common::apps::*;
use common::poll;
use std::time::Duration;

/// Longer than the start of eight workers on a busy machine, shorter than
/// the 32 s an app-wide back-off used to impose after eight deaths.
const ALL_BACK: Duration = Duration::from_secs(25);

fn event_messages(p: &Server, app: &str) -> Vec<String> {
    p.events(app)
        .iter()
        .filter_map(|e| e["message"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn eight_healthy_workers_killed_together_all_come_back_at_once() {
    let p = Server::for_apps(&[]);
    p.create_app(
        &p.sandbox.root().join("eight"),
        &manifest("eight", &[], &manual(8), ""),
    );
    let before = ids(&p.wait_free("eight", 8));
    for id in &before {
        for pid in worker_pids(id) {
            unsafe_kill(pid, common::SIGKILL);
        }
    }
    let after = poll(ALL_BACK, "eight new workers RUNNING FREE", || {
        let w = p.workers("eight");
        (w.len() == 8
            && w.iter().all(|w| {
                w["status"] == "STATUS_RUNNING"
                    && w["detailStatus"] == "DETAIL_STATUS_FREE"
                    && !before.iter().any(|b| w["id"] == b.as_str())
            }))
        .then_some(w)
    });
    assert_eq!(after.len(), 8);
    let messages = event_messages(&p, "eight");
    for id in &before {
        assert!(
            messages
                .iter()
                .any(|m| m.contains(id.as_str()) && m.contains("replaced at once")),
            "no immediate replacement event for {id}: {messages:#?}"
        );
    }
    assert!(
        !messages.iter().any(|m| m.contains("crash loop")),
        "{messages:#?}"
    );
    // The server log has one line per worker start and failure.
    let log = p.stderr();
    for id in &before {
        assert!(
            log.contains(&format!("worker {id} of app default/eight started")),
            "{log}"
        );
        assert!(
            log.contains(&format!("worker {id} of app default/eight failed")),
            "{log}"
        );
    }
}

#[test]
fn a_crash_loop_backs_off_per_slot() {
    let p = Server::for_apps(&[]);
    p.create_app(
        &p.sandbox.root().join("looping"),
        &manifest_with_command("looping", "[sh, -c, \"exit 3\"]", &[], &manual(2), ""),
    );
    let third = "restarts in 1000 ms (crash loop 3)";
    let messages = poll(WAIT, "a third crash of one slot", || {
        let m = event_messages(&p, "looping");
        m.iter().any(|m| m.contains(third)).then_some(m)
    });
    let count = |needle: &str| messages.iter().filter(|m| m.contains(needle)).count();
    // Two slots, each with its own streak: both crashed once and twice.
    assert_eq!(
        count("restarts in 250 ms (crash loop 1)"),
        2,
        "{messages:#?}"
    );
    assert_eq!(
        count("restarts in 500 ms (crash loop 2)"),
        2,
        "{messages:#?}"
    );
    assert!(
        !messages.iter().any(|m| m.contains("replaced at once")),
        "{messages:#?}"
    );
}
