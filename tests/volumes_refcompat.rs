//! The reference client (PyPI `everai==0.2.41`) runs `volume create, push,
//! pull, tree, list` unchanged against our local platform, including a
//! multipart upload (a file above 5 MiB) and a re-push that sends nothing;
//! its tables match ours byte for byte, and the two clients share one
//! local cache (`.metadata` in the reference's format).
//!
//! The reference is found through `EVERAI_REF_BIN` (set by scripts/test.sh)
//! or at `target/refvenv/bin/everai`; the test fails when it is absent.

mod common;

use common::volumes::*;
use common::{Run, Sandbox, Server};

fn reference(sandbox: &Sandbox, args: &[&str]) -> Run {
    let r = sandbox.run_reference(args);
    r.reference_exit0();
    // The reference reports errors on stdout with exit 0.
    assert!(
        !r.stdout.contains("Error") && !r.stdout.contains("Traceback"),
        "reference `everai {}` failed: {}{}",
        args.join(" "),
        r.stdout,
        r.stderr
    );
    r
}

#[test]
fn reference_client_pushes_and_pulls_with_our_platform() {
    let server = Server::start();
    let shared = Sandbox::connected(&server);
    reference(&shared, &["volume", "create", "refvol"])
        .stdout_has("create volume successful\n<Volume: id: ");
    // Our CLI finds the copy the reference created (same root, same .metadata).
    let dir = local_dir(&shared, "refvol");
    assert!(dir.join(".metadata").is_file());
    put(&dir, "config.json", b"{\"a\": 1}\n");
    put(&dir, "my model/weights.bin", &content(7, 12_000_000));
    let pushed = reference(&shared, &["volume", "push", "refvol"]);
    let rev1 = revision_of(&pushed.stdout);
    assert_ne!(rev1, "000000-000");
    assert!(pushed.stderr.contains("Uploading"), "{}", pushed.stderr);

    // A re-push with nothing changed creates no revision and sends nothing.
    let again = reference(&shared, &["volume", "push", "refvol"]);
    assert_eq!(revision_of(&again.stdout), rev1);
    assert!(!again.stderr.contains("Uploading"), "{}", again.stderr);

    // Same tables and tree from both clients.
    for args in [
        &["volume", "list"][..],
        &["volume", "list", "-o", "json"],
        &["volume", "list", "-o", "yaml"],
        &["volume", "tree", "refvol"],
        &["volume", "get", "refvol"],
    ] {
        let theirs = reference(&shared, args).stdout;
        shared.run(args).success().stdout_is(&theirs);
    }

    // Our CLI pulls what the reference pushed, on another machine.
    let ours = Sandbox::connected(&server);
    ours.run(["volume", "pull", "refvol"])
        .success()
        .stdout_has(&format!("revision: {rev1}, files: 2,"));
    let our_dir = local_dir(&ours, "refvol");
    assert_eq!(snapshot(&our_dir), snapshot(&dir));

    // We push a change (and a second large file); the reference pulls it.
    put(&our_dir, "config.json", b"{\"a\": 2}\n");
    put(&our_dir, "extra.bin", &content(8, 6_000_000));
    let rev2 = revision_of(&ours.run(["volume", "push", "refvol"]).success().stdout);
    assert!(rev2 > rev1);
    let their_pull = Sandbox::connected(&server);
    let pulled = reference(&their_pull, &["volume", "pull", "refvol"]);
    assert_eq!(revision_of(&pulled.stdout), rev2);
    assert_eq!(
        snapshot(&local_dir(&their_pull, "refvol")),
        snapshot(&our_dir)
    );

    // The reference pushes on top of ours; our pull follows.
    put(&dir, "config.json", b"{\"a\": 2}\n");
    put(&dir, "extra.bin", &content(8, 6_000_000));
    put(&dir, "from-ref.txt", b"hi");
    let rev3 = revision_of(&reference(&shared, &["volume", "push", "refvol"]).stdout);
    assert!(rev3 > rev2);
    ours.run(["volume", "pull", "refvol"])
        .success()
        .stdout_has("files: 4,");
    assert_eq!(snapshot(&our_dir), snapshot(&dir));
}
