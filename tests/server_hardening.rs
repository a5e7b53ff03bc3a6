//! The local platform refuses what it must and says so the same way every
//! time: every error is the `{code, message, details}` JSON body, names are
//! checked before any file is made, labels count toward the object limit,
//! the token never needs to be on the command line, a foreign data dir is
//! refused, failed requests are logged, and routes do not reveal which apps
//! exist.

mod common;

use common::*;
use serde_json::Value;

/// `(status, body)` where the body must be the platform's error body.
#[track_caller]
fn assert_error_body(status: u16, body: &str, want_status: u16, want_code: i64) {
    assert_eq!(status, want_status, "{body}");
    let json: Value = serde_json::from_str(body)
        .unwrap_or_else(|e| panic!("error body is not JSON ({e}): {body:?}"));
    assert_eq!(json["code"], want_code, "{body}");
    assert!(
        json["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    assert_eq!(json["details"], serde_json::json!([]), "{body}");
}

#[test]
fn every_error_has_the_json_error_body() {
    let server = Server::start();
    let big = vec![b'x'; 10 * 1024 * 1024];
    let (s, b) = server.http("PUT", "/api/configmaps/v1/big", Some(&big));
    assert_error_body(s, &b, 413, 8);
    let app = "/api/apps/v1/namespaces/default/apps/none";
    let (s, b) = server.http("GET", &format!("{app}/events?pageSize=abc"), None);
    assert_error_body(s, &b, 400, 3);
    let (s, b) = server.http("GET", &format!("{app}/workers?showAll=maybe"), None);
    assert_error_body(s, &b, 400, 3);
    let (s, b) = server.http("GET", "/api/nothing/here", None);
    assert_error_body(s, &b, 404, 5);
    let (s, b) = server.http("PATCH", "/api/configmaps/v1/configmaps", None);
    assert_error_body(s, &b, 405, 12);
}

#[test]
fn repeated_slashes_count_as_one() {
    let server = Server::start();
    let (s, b) = server.http("GET", "//api//configmaps/v1/configmaps", None);
    assert_eq!(s, 200, "{b}");
    // The reference client with a trailing slash on its endpoint.
    let mut env = Sandbox::connected(&server);
    env.set("EVERAI_ENDPOINT", &format!("{}/", server.endpoint));
    Sandbox::connected(&server)
        .run(["configmap", "create", "slashed", "--from-literal", "k=v"])
        .success();
    let r = env.run_reference(["configmap", "list"]);
    assert_eq!(r.code(), 0, "{}", r.stderr);
    assert!(r.stdout.contains("slashed"), "{}", r.stdout);
}

#[test]
fn a_traversing_namespace_makes_no_directory() {
    let server = Server::start();
    let unique = format!("pwned-{}", std::process::id());
    let body = serde_json::json!({"appV1alpha1": {
        "metadata": {"name": "trav"},
        "spec": {"image": "x", "command": ["true"], "resource": {"cpu": 1, "memory": "64 MiB"}}
    }})
    .to_string();
    let (s, b) = server.http(
        "PUT",
        &format!("/api/apps/v1/namespaces/..%2F..%2F..%2F{unique}/apps"),
        Some(body.as_bytes()),
    );
    assert_error_body(s, &b, 400, 3);
    let outside = server.data_dir.join("apps/../../..").join(&unique);
    assert!(!outside.exists(), "{} was created", outside.display());
    assert!(!server
        .data_dir
        .join("apps")
        .join("..")
        .join(&unique)
        .exists());
}

#[test]
fn labels_count_toward_the_object_limit() {
    let server = Server::start();
    let label = "v".repeat(7 * 1024 * 1024);
    let body = serde_json::json!({"data": {"k": "1"}, "labels": {"big": label}}).to_string();
    let (s, b) = server.http("PUT", "/api/configmaps/v1/labelled", Some(body.as_bytes()));
    assert_error_body(s, &b, 400, 3);
    assert!(b.contains("labels"), "{b}");
}

#[test]
fn the_bearer_scheme_is_case_insensitive() {
    let server = Server::start();
    for scheme in ["bearer", "BEARER", "Bearer"] {
        let (s, b) = http(
            &server.endpoint,
            "GET",
            "/api/configmaps/v1/configmaps",
            Some(&format!("{scheme} {}", server.token)),
            None,
        );
        assert_eq!(s, 200, "{scheme}: {b}");
    }
}

fn command_line(pid: u32) -> String {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .map(|b| String::from_utf8_lossy(&b).replace('\0', " "))
        .unwrap_or_default()
}

#[test]
fn the_token_comes_from_a_file_or_the_environment_not_the_command_line() {
    let s = Sandbox::new();
    let token_file = s.file("server-token", "from-a-file-0123\n");
    let path = token_file.display().to_string();
    let server = Server::start_with(ServerOptions {
        token: None,
        sandbox: Some(&s),
        args: &["--token-file", &path],
        ..Default::default()
    });
    assert_eq!(server.token, "from-a-file-0123");
    assert!(!command_line(server.pid()).contains("from-a-file-0123"));
    let (st, b) = http(
        &server.endpoint,
        "GET",
        "/api/configmaps/v1/configmaps",
        Some("Bearer from-a-file-0123"),
        None,
    );
    assert_eq!(st, 200, "{b}");

    let mut e = Sandbox::new();
    e.set("EVERAI_SERVER_TOKEN", "from-the-env-4567");
    let server = Server::start_with(ServerOptions {
        token: None,
        sandbox: Some(&e),
        ..Default::default()
    });
    assert_eq!(server.token, "from-the-env-4567");
    assert!(!command_line(server.pid()).contains("from-the-env-4567"));

    let empty = s.file("empty-token", "\n");
    s.run([
        "server",
        "--listen",
        "127.0.0.1:0",
        "--no-login",
        "--token-file",
        &empty.display().to_string(),
    ])
    .one_line_error(1)
    .stderr_has("empty");
}

#[test]
fn a_data_dir_that_is_not_ours_is_refused_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    let foreign = s.work().join("photos");
    std::fs::create_dir_all(&foreign).expect("mkdir");
    std::fs::write(foreign.join("holiday.jpg"), "jpeg").expect("write");
    std::fs::set_permissions(&foreign, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    s.run([
        "server",
        "--listen",
        "127.0.0.1:0",
        "--no-login",
        "--data-dir",
        &foreign.display().to_string(),
    ])
    .one_line_error(1)
    .stderr_has("not an everai server data dir");
    assert_eq!(mode(&foreign), 0o755, "mode changed");
    let entries: Vec<_> = std::fs::read_dir(&foreign)
        .expect("read")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    assert_eq!(entries, vec![std::ffi::OsString::from("holiday.jpg")]);
    // An empty directory is fine, and so is ours on a restart.
    let empty = s.work().join("empty");
    std::fs::create_dir_all(&empty).expect("mkdir");
    let server = Server::start_on(&empty, "t-empty");
    drop(server);
    let _again = Server::start_on(&empty, "t-empty");
}

#[test]
fn failed_requests_are_logged_one_line_each_by_level() {
    let server = Server::start();
    let (s, _) = server.http(
        "GET",
        "/api/configmaps/v1/configmaps/missing-one?x=secret-query",
        None,
    );
    assert_eq!(s, 404);
    let line = poll(COMMAND_DEADLINE, "the 404 in the log", || {
        server
            .stderr()
            .lines()
            .find(|l| l.contains("/api/configmaps/v1/configmaps/missing-one"))
            .map(str::to_string)
    });
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert!(fields[0].ends_with('Z'), "time first: {line}");
    assert_eq!(
        &fields[1..4],
        ["INFO", "GET", "/api/configmaps/v1/configmaps/missing-one"]
    );
    assert_eq!(fields[4], "404", "{line}");
    assert!(
        !server.stderr().contains("secret-query"),
        "query strings stay out"
    );
    assert!(
        !server.stderr().contains(&server.token),
        "the token stays out"
    );

    let mut quiet = Server::start_with(ServerOptions {
        args: &["--log-level", "warn"],
        ..Default::default()
    });
    let (s, _) = http(&quiet.endpoint, "GET", "/api/nowhere", None, None);
    assert_eq!(s, 404);
    // Everything before the stop message was written before it.
    quiet.signal(SIGTERM);
    quiet.wait_exit(SERVER_DEADLINE);
    poll(COMMAND_DEADLINE, "the stop message", || {
        quiet.stderr().contains("stopped").then_some(())
    });
    assert!(
        !quiet.stderr().contains("/api/nowhere"),
        "{}",
        quiet.stderr()
    );
}

#[test]
fn routes_answer_401_without_a_token_whether_or_not_the_app_exists() {
    let server = Server::start();
    for path in [
        "/api/routes/v1/default/no-such-app/x",
        "/api/routes/v1/no-such-route/x",
        "/api/apps/v1/routes/no-such-route/x",
    ] {
        let (s, b) = http(&server.endpoint, "GET", path, None, None);
        assert_error_body(s, &b, 401, 16);
        let (s, b) = server.http("GET", path, None);
        assert_error_body(s, &b, 404, 5);
    }
}
