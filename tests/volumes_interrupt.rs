//! Interrupted pushes: Ctrl-C and a network cut in the middle of a large
//! upload leave the old revision current, and a re-run sends only the
//! parts the server does not hold yet; unfinished uploads are removed
//! when their TTL runs out (at server start and on a timer). A slow relay
//! in front of the server makes "the middle" last long enough to act in.

mod common;

use common::volumes::*;
use common::{poll, Sandbox, Server, ServerOptions};
use std::process::{Child, Stdio};
use std::time::Duration;

const PART: usize = 32 << 20;
const PARTS: usize = 6;

/// A volume `vol` at a first revision (one small file), then a large file
/// added locally. Returns the first revision and the large file's digest.
fn volume_with_pending_big_file(s: &Sandbox) -> (String, String) {
    s.run(["volume", "create", "vol"]).success();
    let dir = local_dir(s, "vol");
    put(&dir, "old.txt", b"first revision\n");
    let first = s.run(["volume", "push", "vol"]);
    first.success();
    let big = content(7, PARTS * PART);
    put(&dir, "big.bin", &big);
    (revision_of(&first.stdout), sha256_hex(&big))
}

/// Starts `volume push vol` and returns it once at least one part (not
/// the whole file) is on the server, with how many parts were seen.
fn push_caught_midway(s: &Sandbox, server: &Server, sha: &str) -> (Child, usize) {
    let mut push = s.everai(["volume", "push", "vol"]);
    push.stdout(Stdio::null()).stderr(Stdio::null());
    let child = push.spawn().expect("start push");
    let seen = poll(
        Duration::from_secs(120),
        "a first part on the server",
        || match parts_on_server(server, "vol", sha, PARTS * PART) {
            None => panic!("the whole file arrived before the push was interrupted"),
            Some(0) => None,
            Some(n) => Some(n),
        },
    );
    (child, seen)
}

#[track_caller]
fn ends_in_failure(child: &mut Child) {
    let status = common::wait_deadline(child, Duration::from_secs(120)).expect("push ends");
    assert!(!status.success(), "an interrupted push cannot succeed");
}

/// The re-run: succeeds, says how many parts it found, and transfers
/// exactly the others. Returns the parts found.
#[track_caller]
fn resumed_push(s: &Sandbox, at_least: usize) -> usize {
    let r = s.run(["volume", "push", "vol"]);
    r.success().stdout_has("files: 2,");
    let found: usize = r
        .stderr
        .split("resumed /big.bin: ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no resume note: {}", r.stderr));
    assert!(
        (at_least..PARTS).contains(&found),
        "{found} parts found, {at_least} seen before: {}",
        r.stderr
    );
    r.stderr_has(&format!(
        "resumed /big.bin: {found} of {PARTS} parts already there"
    ))
    .stderr_has(&format!(
        "uploaded 1 files, {} MiB transferred",
        (PARTS - found) * 32
    ));
    found
}

#[track_caller]
fn pulled_copy_matches(server: &Server, s: &Sandbox) {
    let fresh = Sandbox::connected(server);
    fresh.run(["volume", "pull", "vol"]).success();
    assert_eq!(
        snapshot(&local_dir(&fresh, "vol")),
        snapshot(&local_dir(s, "vol"))
    );
}

/// A server, a slow relay in front of it, and a sandbox that talks to the
/// server through the relay.
fn behind_relay() -> (Server, Relay, Sandbox) {
    let server = Server::start();
    let relay = Relay::start(&server.endpoint);
    let mut s = Sandbox::connected(&server);
    s.set("EVERAI_ENDPOINT", &relay.endpoint);
    (server, relay, s)
}

#[test]
fn ctrl_c_mid_push_keeps_the_old_revision_and_the_rerun_resumes() {
    let (server, _relay, s) = behind_relay(); // the relay lives to the end
    let (first, sha) = volume_with_pending_big_file(&s);

    let (mut child, seen) = push_caught_midway(&s, &server, &sha);
    let pid = child.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill -INT");
    assert!(sent.success());
    ends_in_failure(&mut child);

    s.run(["volume", "get", "vol"])
        .success()
        .stdout_has(&format!("revision: {first}, files: 1,"));
    resumed_push(&s, seen);
    pulled_copy_matches(&server, &s);
}

#[test]
fn network_cut_mid_push_keeps_the_old_revision_and_the_rerun_resumes() {
    let (server, relay, s) = behind_relay();
    let (first, sha) = volume_with_pending_big_file(&s);

    let (mut child, seen) = push_caught_midway(&s, &server, &sha);
    relay.cut();
    ends_in_failure(&mut child);

    let direct = Sandbox::connected(&server);
    direct
        .run(["volume", "get", "vol"])
        .success()
        .stdout_has(&format!("revision: {first}, files: 1,"));
    relay.restore();
    resumed_push(&s, seen);
    pulled_copy_matches(&server, &s);
}

/// Entries of a directory (none when it does not exist).
fn entries(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir).map_or_else(
        |_| Vec::new(),
        |d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        },
    )
}

#[test]
fn unfinished_uploads_are_removed_once_their_ttl_runs_out() {
    let data = tempfile::tempdir().expect("tempdir");
    let data_dir = data.path().join("data");
    let token = common::unique_token();
    let mut server = Server::start_on(&data_dir, &token);
    let relay = Relay::start(&server.endpoint);
    let mut s = Sandbox::connected(&server);
    s.set("EVERAI_ENDPOINT", &relay.endpoint);
    let (_, sha) = volume_with_pending_big_file(&s);
    let (mut child, _) = push_caught_midway(&s, &server, &sha);
    child.kill().expect("kill push");
    ends_in_failure(&mut child);
    let volumes = data_dir.join("volumes");
    put(&volumes, "uploads/stray/data", b"no row names this upload");
    put(&volumes, "tmp/leftover", b"a body being received");

    // A restart keeps the upload (within its TTL) and drops the leftovers.
    server.kill();
    let mut server = Server::start_on(&data_dir, &token);
    assert_eq!(entries(&volumes.join("tmp")), Vec::<String>::new());
    let uploads = entries(&volumes.join("uploads"));
    assert_eq!(uploads.len(), 1, "{uploads:?}");
    assert!(!uploads.contains(&"stray".to_string()), "{uploads:?}");
    let kept = parts_on_server(&server, "vol", &sha, PARTS * PART).expect("upload kept");
    assert!(kept > 0);

    // With a TTL of one second the timer removes it; a push starts afresh.
    server.kill();
    let mut server = Server::start_with(ServerOptions {
        data_dir: Some(&data_dir),
        token: Some(token.clone()),
        args: &["--volume-upload-ttl", "1"],
        ..Default::default()
    });
    poll(Duration::from_secs(60), "the upload removed", || {
        entries(&volumes.join("uploads")).is_empty().then_some(())
    });
    assert_eq!(parts_on_server(&server, "vol", &sha, PARTS * PART), Some(0));
    // (Back to the default TTL: one second could expire the push's own upload.)
    server.kill();
    let server = Server::start_on(&data_dir, &token);
    s.set("EVERAI_ENDPOINT", &server.endpoint);
    let r = s.run(["volume", "push", "vol"]);
    r.success();
    assert!(!r.stderr.contains("resumed"), "{}", r.stderr);
    pulled_copy_matches(&server, &s);
}
