//! Volumes end to end with our CLI against our local platform: push and
//! pull round trips (single and multipart uploads), re-pushes that send
//! nothing, `--sync`, tree/get/list, delete, bad input, quotas, two
//! pushes at once, a server killed in the middle of a push, and progress
//! output (bars on a terminal, lines into a pipe).

mod common;

use common::volumes::*;
use common::{http, poll, Sandbox, Server, ServerOptions};
use std::time::Duration;

const BIG: usize = 12_000_000; // above 5 MiB: multipart

/// A failed transfer: exit 1, nothing on stdout, and (after any progress
/// lines) one last stderr line holding `message`.
#[track_caller]
fn transfer_failed(r: &common::Run, message: &str) {
    r.exit(1);
    assert_eq!(r.stdout, "", "stdout of a failed transfer");
    let last = r.stderr.lines().last().unwrap_or_default();
    assert!(
        last.contains(message),
        "last stderr line {last:?} lacks {message:?}\n{}",
        r.stderr
    );
}

#[test]
fn push_pull_round_trip_sends_only_changes() {
    let server = Server::start();
    let a = Sandbox::connected(&server);
    a.run(["volume", "create", "models"])
        .success()
        .stdout_has("create volume successful\n<Volume: id: ")
        .stdout_has(", name: models, revision: 000000-000, files: 0, size: 0 B>");
    let dir = local_dir(&a, "models");
    assert!(dir.join(".metadata").is_file());
    put(&dir, "small.txt", b"hello world\n");
    put(&dir, "sub/a b.txt", b"x");
    put(&dir, "weights/big.bin", &content(1, BIG));
    let first = a.run(["volume", "push", "models"]);
    first.success();
    let rev1 = revision_of(&first.stdout);
    assert_ne!(rev1, "000000-000");
    first
        .stdout_has("files: 3, size: 11.44 MiB>")
        .stderr_has("uploaded /weights/big.bin (11.44 MiB)");

    // Nothing changed: no new revision, nothing sent.
    let again = a.run(["volume", "push", "models"]);
    again.success();
    assert_eq!(revision_of(&again.stdout), rev1);
    assert!(!again.stderr.contains("uploaded"), "{}", again.stderr);

    a.run(["volume", "tree", "models"]).success().stdout_is(
        "models\n├── small.txt\n├── sub\n│   └── a b.txt\n└── weights\n    └── big.bin\n",
    );

    // Another machine pulls an identical copy.
    let b = Sandbox::connected(&server);
    b.run(["volume", "pull", "models"])
        .success()
        .stdout_has(&format!("revision: {rev1}, files: 3"));
    let dir_b = local_dir(&b, "models");
    assert_eq!(snapshot(&dir_b), snapshot(&dir));

    // Change one file, remove one, add one: only those travel.
    put(&dir, "small.txt", b"changed\n");
    std::fs::remove_file(dir.join("sub/a b.txt")).expect("rm");
    put(&dir, "new.txt", b"new");
    let second = a.run(["volume", "push", "models"]);
    second.success().stdout_has("files: 3,");
    assert_eq!(
        second.stderr.matches("uploaded /").count(),
        2,
        "{}",
        second.stderr
    );
    let rev2 = revision_of(&second.stdout);
    assert!(rev2 > rev1, "{rev2} after {rev1}");

    // Pull without --sync keeps the local extra file; --sync removes it.
    b.run(["volume", "pull", "models"]).success();
    assert!(dir_b.join("sub/a b.txt").exists());
    b.run(["volume", "pull", "models", "--sync"]).success();
    assert_eq!(snapshot(&dir_b), snapshot(&dir));

    // A pull of an up-to-date copy transfers nothing.
    let idle = b.run(["volume", "pull", "models"]);
    idle.success();
    assert!(!idle.stderr.contains("downloaded"), "{}", idle.stderr);

    // --force fetches what differs even at the same revision.
    put(&dir_b, "small.txt", b"local edit");
    b.run(["volume", "pull", "models", "--force"])
        .success()
        .stderr_has("downloaded /small.txt");
    assert_eq!(snapshot(&dir_b), snapshot(&dir));
}

#[test]
fn list_get_publish_delete() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["volume", "create", "v1"]).success();
    s.run(["volume", "create", "v1"])
        .one_line_error(1)
        .stderr_has("already exists");
    let dir = local_dir(&s, "v1");
    s.run(["volume", "list"])
        .success()
        .stdout_has("v1      000000-000")
        .stdout_has("Private");
    s.run(["volume", "publish", "v1"]).success().stdout_is("");
    s.run(["vol", "ls"]).success().stdout_has("Public");
    s.run(["volume", "get", "local/v1"])
        .success()
        .stdout_has(&format!("path: {}", dir.display()));

    s.run(["volume", "delete", "v1"])
        .one_line_error(2)
        .stderr_has("You must specify one of --local, --cloud or --all");
    s.run(["volume", "delete", "v1", "--local", "--cloud"])
        .one_line_error(2)
        .stderr_has("You cannot use both --local and --cloud, please use --all instead");
    s.run(["volume", "delete", "v1", "--local"])
        .success()
        .stdout_is("Volume deleted successfully\n");
    assert!(!dir.exists());
    s.run(["volume", "delete", "v1", "--local"])
        .one_line_error(1)
        .stderr_has("Volume not found in local");
    s.run(["volume", "delete", "v1", "--cloud"])
        .success()
        .stdout_is("Volume deleted successfully\n");
    s.run(["volume", "get", "v1"])
        .one_line_error(1)
        .stderr_has("NotFound");
}

#[test]
fn bad_names_and_paths_are_refused() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["volume", "create", "alice/v"])
        .one_line_error(2)
        .stderr_has("only short volume name (do not include user name) permitted");
    s.run(["volume", "get", "a/b/c"])
        .one_line_error(2)
        .stderr_has("invalid volume name a/b/c");
    s.run(["volume", "create", "bad name!"])
        .one_line_error(1)
        .stderr_has("invalid volume name");
    s.run(["volume", "create", "v"]).success();

    let api = |method: &str, path: &str, body: Option<&str>| {
        server.http(method, path, body.map(str::as_bytes))
    };
    let (status, body) = api("PUT", "/api/volumes/v1/v/revisions", None);
    assert_eq!(status, 200, "{body}");
    let rev: serde_json::Value = serde_json::from_str(&body).expect("revision");
    let rev = rev["name"].as_str().expect("name").to_string();
    let info = r#"{"file":{"size":"3","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}}"#;
    for bad in [
        "%2F..%2Fx",
        "%2Fa%2F..%2F..%2Fx",
        "x",
        "%2Fa%00b",
        "%2F.metadata",
        "%2Fa%2F%2Fb",
    ] {
        let (status, body) = api(
            "PUT",
            &format!("/api/volumes/v1/v/revisions/{rev}/upload/{bad}"),
            Some(info),
        );
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(
            body.contains("\"code\":3") && body.contains("invalid file path"),
            "{body}"
        );
    }
    let (status, body) = api(
        "PUT",
        "/api/volumes/v1/v/revisions/1-2/upload/%2Fa",
        Some(info),
    );
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("invalid revision name"), "{body}");
    // Committing a file whose content never arrived is refused; the volume
    // keeps its revision.
    let commit = r#"{"files":[{"path":"/abc","size":"3","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}]}"#;
    let (status, body) = api(
        "POST",
        &format!("/api/volumes/v1/v/revisions/{rev}"),
        Some(commit),
    );
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("has not been uploaded"), "{body}");
    s.run(["volume", "get", "v"])
        .success()
        .stdout_has("revision: 000000-000");

    // Storage URLs need a valid signature.
    let (status, body) = api(
        "PUT",
        &format!("/api/volumes/v1/v/revisions/{rev}/upload/%2Fabc"),
        Some(info),
    );
    assert_eq!(status, 200, "{body}");
    let sign: serde_json::Value = serde_json::from_str(&body).expect("sign");
    let url = sign["response"]["url"].as_str().expect("url");
    let path = url
        .split_once("//")
        .expect("scheme")
        .1
        .split_once('/')
        .expect("path")
        .1;
    let unsigned = format!("/{}", path.split('?').next().expect("path"));
    let (status, body) = http(&server.endpoint, "PUT", &unsigned, None, Some(b"abc"));
    assert_eq!(status, 403, "{body}");
    let tampered = format!("/{}", path.replace("signature=", "signature=0"));
    let (status, _) = http(&server.endpoint, "PUT", &tampered, None, Some(b"abc"));
    assert_eq!(status, 403);
    // The signed URL refuses bytes that are not the announced content.
    let (status, body) = http(
        &server.endpoint,
        "PUT",
        &format!("/{path}"),
        None,
        Some(b"abd"),
    );
    assert_eq!(status, 400, "{body}");
    let (status, body) = http(
        &server.endpoint,
        "PUT",
        &format!("/{path}"),
        None,
        Some(b"abc"),
    );
    assert_eq!(status, 200, "{body}");
}

#[test]
fn pull_never_writes_through_a_symlink_and_push_refuses_links_outside() {
    let server = Server::start();
    let a = Sandbox::connected(&server);
    a.run(["volume", "create", "v"]).success();
    let dir = local_dir(&a, "v");
    put(&dir, "sub/file", b"payload");
    a.run(["volume", "push", "v"]).success();

    let b = Sandbox::connected(&server);
    b.run(["volume", "pull", "v"]).success();
    let dir_b = local_dir(&b, "v");
    // Replace the directory by a symlink to somewhere outside the copy.
    let outside = tempfile::tempdir().expect("tempdir");
    std::fs::remove_dir_all(dir_b.join("sub")).expect("rm");
    std::os::unix::fs::symlink(outside.path(), dir_b.join("sub")).expect("symlink");
    let r = b.run(["volume", "pull", "v", "--force"]);
    r.one_line_error(1);
    assert!(
        !outside.path().join("file").exists(),
        "wrote through the symlink"
    );

    std::os::unix::fs::symlink("/etc/hostname", dir.join("leak")).expect("symlink");
    a.run(["volume", "push", "v"])
        .one_line_error(1)
        .stderr_has("outside the volume");
}

#[test]
fn quotas_name_the_limit() {
    let server = Server::start_with(ServerOptions {
        args: &[
            "--volume-max-file-size",
            "1000",
            "--volume-max-size",
            "1500",
        ],
        ..Default::default()
    });
    let s = Sandbox::connected(&server);
    s.run(["volume", "create", "q"]).success();
    let dir = local_dir(&s, "q");
    put(&dir, "big", &content(2, 1001));
    transfer_failed(
        &s.run(["volume", "push", "q"]),
        "per-file limit of 1000 bytes",
    );
    put(&dir, "big", &content(2, 900));
    put(&dir, "big2", &content(3, 900));
    transfer_failed(
        &s.run(["volume", "push", "q"]),
        "per-volume limit of 1500 bytes",
    );
    s.run(["volume", "get", "q"])
        .success()
        .stdout_has("revision: 000000-000");
}

#[test]
fn two_pushes_at_once_leave_one_complete_revision() {
    let server = Server::start();
    let a = Sandbox::connected(&server);
    a.run(["volume", "create", "shared"]).success();
    let mut b = Sandbox::connected(&server);
    b.set(
        "EVERAI_VOLUME_ROOT",
        &b.root().join("other-root").display().to_string(),
    );
    b.run(["volume", "pull", "shared"]).success();
    let (dir_a, dir_b) = (local_dir(&a, "shared"), local_dir(&b, "shared"));
    for i in 0..40 {
        put(&dir_a, &format!("a/{i}"), &content(100 + i, 2000));
        put(&dir_b, &format!("b/{i}"), &content(200 + i, 2000));
    }
    put(&dir_a, "common", b"from a");
    put(&dir_b, "common", b"from b");
    let (ca, cb) = (
        a.everai(["volume", "push", "shared"]),
        b.everai(["volume", "push", "shared"]),
    );
    let ta = std::thread::spawn(move || common::run(ca));
    let tb = std::thread::spawn(move || common::run(cb));
    let (ra, rb) = (ta.join().expect("a"), tb.join().expect("b"));
    for r in [&ra, &rb] {
        r.no_panic();
        if r.code() != 0 {
            transfer_failed(r, "push again");
        }
    }
    assert!(ra.code() == 0 || rb.code() == 0, "one push must win");
    let c = Sandbox::connected(&server);
    c.run(["volume", "pull", "shared"]).success();
    let got = snapshot(&local_dir(&c, "shared"));
    let (want_a, want_b) = (snapshot(&dir_a), snapshot(&dir_b));
    assert!(got == want_a || got == want_b, "a mixture: {got:?}");
}

#[test]
fn server_killed_mid_push_then_push_resumes() {
    let data = tempfile::tempdir().expect("tempdir");
    let data_dir = data.path().join("data");
    let token = common::unique_token();
    let mut server = Server::start_on(&data_dir, &token);
    let mut s = Sandbox::connected(&server);
    // Through a slow relay, so that the push is still under way when the
    // server is killed (straight to the server it may end first).
    let relay = Relay::start(&server.endpoint);
    s.set("EVERAI_ENDPOINT", &relay.endpoint);
    s.run(["volume", "create", "big"]).success();
    let dir = local_dir(&s, "big");
    const LARGE: usize = 40 * 1024 * 1024;
    let mut digests = Vec::new();
    for i in 0..3 {
        let bytes = content(10 + i, LARGE);
        put(&dir, &format!("part{i}.bin"), &bytes);
        digests.push(sha256_hex(&bytes));
    }
    for i in 0..50 {
        put(&dir, &format!("small/{i}.txt"), &content(50 + i, 100));
    }
    let mut push = s.everai(["volume", "push", "big"]);
    push.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = push.spawn().expect("start push");
    // Kill the server once some parts, but not all, have arrived.
    poll(
        Duration::from_secs(120),
        "a first part on the server",
        || {
            let held: usize = digests
                .iter()
                .map(|sha| parts_on_server(&server, "big", sha, LARGE).unwrap_or(2))
                .sum();
            (held > 0).then_some(())
        },
    );
    server.kill();
    let status = common::wait_deadline(&mut child, Duration::from_secs(120)).expect("push ends");
    assert!(
        !status.success(),
        "the push cannot succeed without its server"
    );

    let server = Server::start_on(&data_dir, &token);
    s.connect(&server);
    s.run(["volume", "get", "big"])
        .success()
        .stdout_has("revision: 000000-000");
    let resumed = s.run(["volume", "push", "big"]);
    resumed.success().stdout_has("files: 53,");
    assert!(
        resumed.stderr.contains("already there") || resumed.stderr.contains("resumed"),
        "nothing was reused: {}",
        resumed.stderr
    );
    let fresh = Sandbox::connected(&server);
    fresh.run(["volume", "pull", "big"]).success();
    assert_eq!(snapshot(&local_dir(&fresh, "big")), snapshot(&dir));
}

#[test]
fn progress_draws_bars_on_a_terminal_and_lines_into_a_pipe() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["volume", "create", "tty"]).success();
    let dir = local_dir(&s, "tty");
    put(&dir, "big.bin", &content(5, BIG));
    put(&dir, "small.txt", b"small");

    // Under `script` the CLI's stderr is a terminal: bars, no per-file lines.
    let mut on_tty = s.command("script");
    on_tty.args([
        "-qec",
        &format!("{} volume push tty", common::EVERAI),
        "/dev/null",
    ]);
    let tty = common::run(on_tty);
    tty.success();
    assert!(
        tty.stdout.contains("Uploading ") && tty.stdout.contains(" files ["),
        "no progress bar drawn: {:?}",
        tty.stdout
    );
    assert!(
        !tty.stdout.contains("uploaded /big.bin ("),
        "per-file lines on a terminal: {:?}",
        tty.stdout
    );

    // Into a pipe: one line per file and a summary, no bar drawing.
    put(&dir, "big.bin", &content(6, BIG));
    put(&dir, "small.txt", b"changed");
    let piped = s.run(["volume", "push", "tty"]);
    piped
        .success()
        .stderr_has("uploaded /big.bin (11.44 MiB)\n")
        .stderr_has("uploaded /small.txt (7 B)\n")
        .stderr_has("uploaded 2 files, ");
    assert!(!piped.stderr.contains('\r'), "{:?}", piped.stderr);
    assert!(!piped.stderr.contains(" files ["), "{:?}", piped.stderr);
}
