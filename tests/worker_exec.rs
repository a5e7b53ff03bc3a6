//! `everai worker exec` against the local platform, which serves the Docker
//! Engine exec calls: our CLI (output on the right stream, argv unchanged,
//! stdin, exit status) and the reference client (which speaks docker-py to
//! `$EVERAI_EXEC_ENTRYPOINT`), into a process worker and into a container
//! worker.

mod common;

use common::apps::*;
use common::docker;

/// The only worker of `app`, once it is free.
fn worker_of(p: &Server, app: &str) -> String {
    let workers = p.wait_free(app, 1);
    workers[0]["id"].as_str().unwrap().to_string()
}

/// The reference client pointed at the platform's exec API.
fn reference_exec(p: &Server, args: &[&str]) -> common::Run {
    let mut env = common::Sandbox::connected(p);
    env.set("EVERAI_EXEC_ENTRYPOINT", &format!("tcp://{}", p.addr))
        .set("EVERAI_EXEC_DISABLE_TLS", "true");
    env.run_reference(["worker", "exec"].iter().chain(args))
}

#[test]
fn exec_in_a_process_worker() {
    let p = Server::for_apps(&[]);
    let dir = p.sandbox.root().join("shell");
    p.create_app(
        &dir,
        &manifest("shell", &[("GREETING", "hi")], &manual(1), ""),
    );
    let id = worker_of(&p, "shell");

    // argv reaches the worker unchanged; stdout and stderr stay apart.
    let r = p.cli(&[
        "worker",
        "exec",
        &id,
        "sh",
        "-c",
        "printf '[%s]\\n' \"$@\"; echo oops >&2",
        "sh",
        "a b",
        "--flag",
    ]);
    r.success();
    assert_eq!(r.stdout, "[a b]\n[--flag]\n");
    assert_eq!(r.stderr, "oops\n");

    // The worker's environment and directory.
    let r = p.cli(&[
        "worker",
        "exec",
        &id,
        "sh",
        "-c",
        "echo $GREETING $EVERAI_WORKER_ID; pwd",
    ]);
    r.success();
    let dir = std::fs::canonicalize(&dir).unwrap();
    assert_eq!(r.stdout, format!("hi {id}\n{}\n", dir.display()));

    // The remote status is ours.
    p.cli(&["worker", "exec", &id, "sh", "-c", "exit 7"])
        .exit(7);

    // -t: a pseudo-terminal, one stream; without it, none.
    let r = p.cli(&[
        "worker",
        "exec",
        "-t",
        &id,
        "sh",
        "-c",
        "tty; echo oops >&2; exit 2",
    ]);
    r.exit(2);
    assert!(r.stdout.starts_with("/dev/pts/"), "{r:?}");
    assert!(r.stdout.contains("oops"), "{r:?}");
    assert_eq!(r.stderr, "");
    let r = p.cli(&["worker", "exec", &id, "tty"]);
    r.exit(1);
    assert_eq!(r.stdout, "not a tty\n");

    // -i passes stdin; without it the command reads nothing.
    let r = p
        .sandbox
        .run_stdin(["worker", "exec", "-i", &id, "cat"], "line one\nline two\n");
    r.success();
    assert_eq!(r.stdout, "line one\nline two\n");
    let r = p
        .sandbox
        .run_stdin(["worker", "exec", &id, "cat"], "ignored\n");
    r.success();
    assert_eq!(r.stdout, "");

    // A command that does not exist: status 127 and why, like the engine.
    let r = p.cli(&["worker", "exec", &id, "no-such-command-here"]);
    r.exit(127);
    assert!(
        r.stderr
            .starts_with("cannot run \"no-such-command-here\" in the worker: "),
        "{}",
        r.stderr
    );

    // An unknown worker: one line naming it.
    let r = p.cli(&["worker", "exec", "nosuchworker", "true"]);
    r.one_line_error(1);
    r.stderr_has("No such container: nosuchworker");

    // The reference client, unchanged.
    let r = reference_exec(&p, &[&id, "echo", "from", "the", "reference"]);
    assert_eq!(
        (r.code(), r.stdout.as_str()),
        (0, "from the reference\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn exec_needs_the_token() {
    let p = Server::for_apps(&[]);
    p.create_app(
        &p.sandbox.root().join("locked"),
        &manifest("locked", &[], &manual(1), ""),
    );
    let id = worker_of(&p, "locked");
    let (status, _) = {
        let body = serde_json::json!({"Cmd": ["true"]}).to_string();
        common::http(
            &p.endpoint,
            "POST",
            &format!("/v1.41/containers/{id}/exec"),
            Some("Bearer wrong"),
            Some(body.as_bytes()),
        )
    };
    assert_eq!(status, 401);
    let mut sandbox = common::Sandbox::new();
    sandbox
        .set("EVERAI_ENDPOINT", &p.endpoint)
        .set("EVERAI_TOKEN", "wrong");
    let r = sandbox.run(["worker", "exec", &id, "true"]);
    r.one_line_error(4);
}

#[test]
fn exec_in_a_container_worker() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let image = engine.fixture_image("v1");
    let p = Server::for_apps(&["--runtime", "docker"]);
    let yaml = format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: boxed\nspec:\n  image: {image}\n  readinessProbe:\n    httpGet:\n      path: /healthz\n  resource:\n    cpu: 1\n    memory: 64 MiB\n{}",
        manual(1)
    );
    p.create_app(&p.sandbox.root().join("boxed"), &yaml);
    let id = worker_of(&p, "boxed");

    let r = p.cli(&["worker", "exec", &id, "/server", "args", "a b", "--flag"]);
    r.success();
    assert_eq!(r.stdout, "[a b]\n[--flag]\n");
    let r = p.cli(&["worker", "exec", &id, "/server", "stderr", "oops"]);
    r.success();
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", "oops\n"));
    let r = p.cli(&["worker", "exec", &id, "/server", "env", "EVERAI_WORKER_ID"]);
    assert_eq!(r.stdout, format!("{id}\n"));
    p.cli(&["worker", "exec", &id, "/server", "exit", "5"])
        .exit(5);
    let r = p.sandbox.run_stdin(
        ["worker", "exec", "-i", &id, "/server", "cat"],
        "to the box\n",
    );
    r.success();
    assert_eq!(r.stdout, "to the box\n");

    let r = reference_exec(&p, &[&id, "/server", "args", "x", "y"]);
    assert_eq!(
        (r.code(), r.stdout.as_str()),
        (0, "[x]\n[y]\n"),
        "{}",
        r.stderr
    );
    let data_dir = p.data_dir.clone();
    drop(p);
    assert!(engine.containers_of(&data_dir).is_empty());
}
