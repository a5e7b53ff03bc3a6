//! `everai server`, the embedded local platform: start-up banner, clean stop
//! on SIGINT/SIGTERM, storing the CLI login, token handling on the wire,
//! durability across `kill -9`, and concurrent writers.

mod common;

use common::*;

#[test]
fn banner_is_endpoint_token_data_dir() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("data");
    let server = Server::start_on(&data, "banner-token");
    let port: u16 = server
        .endpoint
        .strip_prefix("http://127.0.0.1:")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("endpoint {:?}", server.endpoint));
    assert_ne!(port, 0, "port 0 must be resolved to the bound port");
    assert_eq!(server.banner[1], "Token: banner-token");
    assert_eq!(server.banner[2], format!("Data dir: {}", data.display()));
    assert_eq!(mode(&data), 0o700, "data dir is private");
    // It serves right away.
    let (status, body) = http(
        &server.endpoint,
        "GET",
        "/api/namespaces/v1/namespaces",
        Some("Bearer banner-token"),
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"name\":\"default\""), "{body}");
}

fn stops_cleanly_on(signal: i32) {
    let mut server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["configmap", "create", "before-stop", "-l", "a=1"])
        .success();
    let addr = server.addr.clone();
    server.signal(signal);
    let status = server.wait_exit(SERVER_DEADLINE);
    assert_eq!(
        status.code(),
        Some(0),
        "exit status after signal {signal}: {status:?}; stderr:\n{}",
        server.stderr()
    );
    // The reader thread may still be collecting the last lines.
    let stderr = poll(COMMAND_DEADLINE, "the stop message on stderr", || {
        let stderr = server.stderr();
        stderr.contains("stopped").then_some(stderr)
    });
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(
        std::net::TcpStream::connect(&addr).is_err(),
        "{addr} still accepts connections after the server stopped"
    );
    // The data survives a clean stop too.
    let again = Server::start_on(&server.data_dir, &server.token);
    Sandbox::connected(&again)
        .run(["configmap", "get", "before-stop", "-o", "json"])
        .success()
        .stdout_has("\"a\": \"1\"");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    stops_cleanly_on(SIGTERM);
}

#[test]
fn sigint_stops_the_server_cleanly() {
    stops_cleanly_on(SIGINT);
}

#[test]
fn without_no_login_the_server_becomes_the_cli_login() {
    let s = Sandbox::new(); // no EVERAI_ENDPOINT, no EVERAI_TOKEN
    let server = Server::start_with(ServerOptions {
        no_login: false,
        sandbox: Some(&s),
        ..Default::default()
    });
    // The login is written before the banner's last line is printed.
    poll(SERVER_DEADLINE, "the stored login", || {
        (s.token_file().exists() && s.everai_home().join("endpoint").exists()).then_some(())
    });
    assert_eq!(mode(&s.token_file()), 0o600);
    assert_eq!(
        std::fs::read_to_string(s.token_file())
            .expect("token")
            .trim(),
        server.token
    );
    s.run(["configmap", "list"])
        .success()
        .stdout_is(&tabulate(&["NAME", "ITEMS"], &[]));
    s.run(["configmap", "create", "x", "-l", "a=1"])
        .success()
        .stdout_is("Configmap `x` created successfully\n");
    s.run(["config"])
        .success()
        .stdout_has(&format!("EVERAI_ENDPOINT {}\n", server.endpoint))
        .nowhere(&server.token);
}

#[test]
fn a_generated_token_is_kept_in_the_data_dir() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("data");
    let mut first = Server::start_with(ServerOptions {
        data_dir: Some(&data),
        token: None,
        ..Default::default()
    });
    assert!(first.token.len() >= 20, "a strong token: {:?}", first.token);
    assert_eq!(mode(&data.join("token")), 0o600);
    first.kill();
    let second = Server::start_with(ServerOptions {
        data_dir: Some(&data),
        token: None,
        ..Default::default()
    });
    assert_eq!(second.token, first.token, "restart keeps the token");
}

#[test]
fn requests_without_the_right_token_get_401() {
    let server = Server::start();
    let paths = [
        ("GET", "/api/configmaps/v1/configmaps"),
        ("GET", "/api/secrets/v1/secrets"),
        ("GET", "/api/namespaces/v1/namespaces"),
        ("GET", "/api/configmaps/v1/x"),
        ("DELETE", "/api/secrets/v1/x"),
    ];
    for (method, path) in paths {
        for auth in [
            None,
            Some("Bearer None".to_string()), // what the reference sends with no token
            Some("Bearer wrong".to_string()),
            Some(format!("Bearer {}x", server.token)),
            Some(format!("Basic {}", server.token)),
            Some("Bearer ".to_string()),
        ] {
            let (status, body) = http(&server.endpoint, method, path, auth.as_deref(), None);
            assert_eq!(status, 401, "{method} {path} with {auth:?}: {body}");
            assert!(
                body.contains("\"code\":16"),
                "gRPC UNAUTHENTICATED body: {body}"
            );
        }
    }
    let (status, body) = http(
        &server.endpoint,
        "PUT",
        "/api/configmaps/v1/sneaky",
        None,
        Some(br#"{"data":{"a":"1"}}"#),
    );
    assert_eq!(status, 401, "{body}");
    let (status, body) = server.http("GET", "/api/configmaps/v1/sneaky", None);
    assert_eq!(
        status, 404,
        "the unauthenticated write must not have happened: {body}"
    );
    let (status, body) = server.http("GET", "/api/configmaps/v1/configmaps", None);
    assert_eq!((status, body.as_str()), (200, "{\"configmaps\":[]}"));
}

#[test]
fn a_write_answered_200_survives_kill_9() {
    let mut server = Server::start();
    let token = server.token.clone();
    let s = Sandbox::connected(&server);
    s.run(["configmap", "create", "durable", "-l", "k=v1"])
        .success();
    s.run(["secret", "create", "durable-secret", "-l", "pw=hunter2"])
        .success();
    s.run(["namespace", "create", "durable-ns"]).success();
    s.run(["configmap", "update", "durable", "-l", "k=v2"])
        .success()
        .stdout_is("Configmap `durable` updated successfully\n");
    server.signal(SIGKILL);
    let status = server.wait_exit(SERVER_DEADLINE);
    assert_eq!(status.code(), None, "killed by SIGKILL");

    let restarted = Server::start_on(&server.data_dir, &token);
    let s = Sandbox::connected(&restarted);
    s.run(["configmap", "get", "durable", "-o", "json"])
        .success()
        .stdout_is("{\n  \"name\": \"durable\",\n  \"data\": {\n    \"k\": \"v2\"\n  }\n}\n");
    s.run(["secret", "get", "durable-secret", "-o", "json"])
        .success()
        .stdout_has("\"pw\": \"aHVudGVyMg==\"");
    let r = s.run(["namespace", "list"]);
    r.success();
    assert_eq!(table_names(&r.stdout), ["default", "durable-ns"]);
}

#[test]
fn fifty_parallel_updates_leave_a_consistent_store() {
    const UPDATES: usize = 50;
    const CREATES: usize = 10;
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["configmap", "create", "hot", "-l", "v=initial"])
        .success();
    s.run(["configmap", "create", "bystander", "-l", "b=1"])
        .success();

    // All writers at once: 50 updates of one configmap and a few creates.
    let mut children = Vec::new();
    for i in 0..UPDATES {
        let mut cmd = s.everai([
            "configmap".to_string(),
            "update".to_string(),
            "hot".to_string(),
            "-l".to_string(),
            format!("v={i}"),
            "-l".to_string(),
            format!("w={i}"),
        ]);
        cmd.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        children.push((format!("update {i}"), cmd.spawn().expect("spawn")));
    }
    for i in 0..CREATES {
        let mut cmd = s.everai([
            "configmap".to_string(),
            "create".to_string(),
            format!("new-{i}"),
            "-l".to_string(),
            format!("n={i}"),
        ]);
        cmd.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        children.push((format!("create {i}"), cmd.spawn().expect("spawn")));
    }
    for (what, mut child) in children {
        let status = wait_deadline(&mut child, COMMAND_DEADLINE)
            .unwrap_or_else(|| panic!("{what} did not finish"));
        let out = child.wait_with_output().expect("output");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(status.success(), "{what} failed: {stdout}{stderr}");
        assert_eq!(stderr, "", "{what} wrote to stderr");
        assert!(stdout.ends_with("successfully\n"), "{what}: {stdout}");
    }

    // The final value is one whole write: v and w from the same update.
    let r = s.run(["configmap", "get", "hot", "-o", "json"]);
    r.success();
    let candidates: Vec<String> = (0..UPDATES)
        .map(|i| format!("{{\n  \"name\": \"hot\",\n  \"data\": {{\n    \"v\": \"{i}\",\n    \"w\": \"{i}\"\n  }}\n}}\n"))
        .collect();
    assert!(
        candidates.contains(&r.stdout),
        "final value is not one of the written ones:\n{}",
        r.stdout
    );
    let r = s.run(["configmap", "list"]);
    r.success();
    let mut expected: Vec<String> = vec!["bystander".into(), "hot".into()];
    expected.extend((0..CREATES).map(|i| format!("new-{i}")));
    expected.sort();
    assert_eq!(table_names(&r.stdout), expected);
}

#[test]
fn a_busy_port_is_a_one_line_error() {
    let server = Server::start();
    let s = Sandbox::new();
    let dir = tempfile::tempdir().expect("tmp");
    let mut cmd = s.everai(["server", "--no-login", "--token", "t", "--listen"]);
    cmd.arg(&server.addr)
        .arg("--data-dir")
        .arg(dir.path().join("d"));
    let r = run(cmd);
    r.exit(1)
        .stderr_has("cannot listen")
        .stderr_has(&server.addr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(!r.stdout.contains("Endpoint:"), "{}", r.stdout);
}

#[test]
fn the_server_answers_while_clients_come_and_go() {
    // Poll-based readiness: the first request right after the banner works,
    // and many short connections in a row all get answers.
    let server = Server::start();
    for i in 0..100 {
        let (status, _) = server.http("GET", "/api/namespaces/v1/namespaces", None);
        assert_eq!(status, 200, "request {i}");
    }
    let (status, body) = server.http("GET", "/api/no/such/path", None);
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("\"code\":5"), "{body}");
}

#[test]
fn an_unusable_data_dir_is_a_one_line_error_naming_it() {
    let s = Sandbox::new();
    let serve_on = |dir: &std::path::Path| {
        s.run([
            "server",
            "--listen",
            "127.0.0.1:0",
            "--no-login",
            "--token",
            "t-second",
            "--data-dir",
            &dir.display().to_string(),
        ])
    };
    let file = s.file("not-a-dir", "x");
    serve_on(&file).one_line_error(1).stderr_has(&format!(
        "the data dir {} is a file; pass a directory with --data-dir",
        file.display()
    ));

    let shared = s.work().join("shared");
    std::fs::create_dir_all(&shared).expect("mkdir");
    let _first = Server::start_on(&shared, "t-first");
    serve_on(&shared).one_line_error(1).stderr_has(&format!(
        "another everai server is using the data dir {}; stop it or pass another --data-dir",
        shared.display()
    ));
}
