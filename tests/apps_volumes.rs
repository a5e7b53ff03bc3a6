//! Workers see their app's data volumes read-only at the revision current
//! when they started (process runtime: `workers/ID/mounts/MOUNT_PATH` and
//! `workers/ID/volumes/NAME`); `app update` after a push rolls them onto
//! the new revision; a missing volume fails the worker with a reason.

mod common;

use common::apps::*;
use common::poll;
use common::volumes::*;

const VOLUMES: &str = "  volumes:\n  - name: models\n    volume:\n      volume: models\n  volumeMounts:\n  - name: models\n    mountPath: /models\n    readOnly: true\n";

#[test]
fn workers_see_the_volume_revision_they_started_with() {
    let p = Server::for_apps(&[]);
    p.ok(&["volume", "create", "models"]);
    let dir = local_dir(&p.sandbox, "models");
    put(&dir, "weights/v.txt", b"one");
    p.ok(&["volume", "push", "models"]);

    let app_dir = p.sandbox.root().join("app");
    let manifest = manifest("reader", &[], &simple(1, 3, 1, 60), VOLUMES);
    let path = p.create_app(&app_dir, &manifest);
    let first = p.wait_free("reader", 1)[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    let worker_dir = p.data_dir.join("workers").join(&first);
    let seen = worker_dir.join("mounts/models/weights/v.txt");
    assert_eq!(std::fs::read(&seen).expect("mounted file"), b"one");
    assert_eq!(
        std::fs::read(worker_dir.join("volumes/models/weights/v.txt")).expect("file"),
        b"one"
    );
    // Read-only: no write bits on the tree.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&seen).expect("stat").permissions().mode();
    assert_eq!(mode & 0o222, 0, "mode {mode:o}");
    let dir_mode = std::fs::metadata(seen.parent().expect("dir"))
        .expect("stat")
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o222, 0, "mode {dir_mode:o}");

    // A push does not change what a running worker sees...
    put(&dir, "weights/v.txt", b"two");
    p.ok(&["volume", "push", "models"]);
    assert_eq!(std::fs::read(&seen).expect("still mounted"), b"one");

    // ...`app update` rolls the workers onto the new revision.
    p.ok(&["app", "update", "-f", path.to_str().expect("utf-8")]);
    let second = poll(WAIT, "a new worker on the new revision", || {
        let w = p.workers("reader");
        (w.len() == 1
            && w[0]["id"] != first.as_str()
            && w[0]["detailStatus"] == "DETAIL_STATUS_FREE")
            .then(|| w[0]["id"].as_str().map(str::to_string))
            .flatten()
    });
    let now = p
        .data_dir
        .join("workers")
        .join(&second)
        .join("mounts/models/weights/v.txt");
    assert_eq!(std::fs::read(now).expect("new file"), b"two");
}

#[test]
fn a_missing_volume_fails_the_worker_with_the_fix() {
    let p = Server::for_apps(&[]);
    let app_dir = p.sandbox.root().join("app");
    p.create_app(&app_dir, &manifest("orphan", &[], &manual(1), VOLUMES));
    poll(WAIT, "an event naming the missing volume", || {
        p.events("orphan")
            .iter()
            .any(|e| {
                e["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("volume models does not exist: create it with `everai volume create models`"))
            })
            .then_some(())
    });
}

#[test]
fn app_prepare_creates_and_pushes_the_requested_volumes() {
    let p = Server::for_apps(&[]);
    let app_dir = p.sandbox.root().join("app");
    std::fs::create_dir_all(&app_dir).expect("mkdir");
    let path = app_dir.join("app.yaml");
    std::fs::write(&path, manifest("prep", &[], &manual(1), VOLUMES)).expect("write");
    let path = path.to_str().expect("utf-8");
    let first = p.ok(&["app", "prepare", "-f", path]);
    assert!(
        first
            .starts_with("created volume models\nvolume models is up to date: revision 000000-000"),
        "{first}"
    );
    let dir = local_dir(&p.sandbox, "models");
    put(&dir, "w.bin", b"weights");
    let second = p.ok(&["app", "prepare", "-f", path]);
    assert!(
        second.starts_with("pushed volume models: revision 000001-"),
        "{second}"
    );
    assert!(second.contains("1 file(s) uploaded"), "{second}");
    p.ok(&["volume", "tree", "models"])
        .contains("w.bin")
        .then_some(())
        .expect("pushed file in the tree");
}
