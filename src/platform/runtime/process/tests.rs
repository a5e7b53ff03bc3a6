//! Unit tests of the process runtime against real processes.

use super::group::{environ_contains, is_alive, live_group_members};
use super::spawn::{expand_port, resolve_program};
use super::*;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Instant as StdInstant;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const HELPER_ENV: &str = "EVERAI_PROCESS_TEST_PDEATHSIG_DIR";

fn spec(dir: &Path, id: &str, command: &[&str]) -> ProcessSpec {
    ProcessSpec {
        worker_id: id.to_string(),
        command: command.iter().map(|s| s.to_string()).collect(),
        env: Vec::new(),
        workdir: dir.to_path_buf(),
        port: 4321,
        log_path: dir.join("logs").join(format!("{id}.log")),
        guard: None,
    }
}

/// Polls `check` every 10 ms until it holds; panics after `timeout`.
async fn eventually(what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
    let deadline = StdInstant::now() + timeout;
    while !check() {
        assert!(
            StdInstant::now() < deadline,
            "timed out waiting for: {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn eventually_blocking(what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
    let deadline = StdInstant::now() + timeout;
    while !check() {
        assert!(
            StdInstant::now() < deadline,
            "timed out waiting for: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn read_log(spec: &ProcessSpec) -> String {
    std::fs::read_to_string(&spec.log_path).unwrap_or_default()
}

/// Spawns, retrying on ETXTBSY (a script written by this multi-threaded
/// test process can be briefly held open by another test's fork).
fn spawn_retrying(spec: &ProcessSpec) -> Result<WorkerProcess, SpawnError> {
    let deadline = StdInstant::now() + Duration::from_secs(5);
    loop {
        match WorkerProcess::spawn(spec) {
            Err(SpawnError::Spawn(_, e))
                if e.raw_os_error() == Some(libc::ETXTBSY) && StdInstant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            other => return other,
        }
    }
}

#[tokio::test]
async fn stop_kills_the_whole_process_tree() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = spec(
        dir.path(),
        "w-tree",
        &["sh", "-c", "sleep 1000 & sleep 1000; echo never"],
    );
    let mut w = WorkerProcess::spawn(&s).expect("spawn");
    let pgid = w.pid() as i32;
    eventually(
        "sh and two sleeps in the group",
        Duration::from_secs(10),
        || live_group_members(pgid).len() == 3,
    )
    .await;
    let members = live_group_members(pgid);
    assert!(members.contains(&pgid));

    let started = StdInstant::now();
    w.stop(Duration::from_secs(20)).await;
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "SIGTERM should have sufficed"
    );
    assert_eq!(w.wait().await, "killed by signal 15 (SIGTERM)");
    eventually(
        "every process of the tree gone",
        Duration::from_secs(5),
        || members.iter().all(|p| !is_alive(*p)),
    )
    .await;
}

#[tokio::test]
async fn stop_escalates_to_sigkill_after_grace() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = spec(
        dir.path(),
        "w-stubborn",
        &["sh", "-c", "trap '' TERM; sleep 1000; echo never"],
    );
    let mut w = WorkerProcess::spawn(&s).expect("spawn");
    let pgid = w.pid() as i32;
    // The sleep starts after the trap is installed.
    eventually("sh and sleep in the group", Duration::from_secs(10), || {
        live_group_members(pgid).len() == 2
    })
    .await;
    let members = live_group_members(pgid);

    let grace = Duration::from_millis(300);
    let started = StdInstant::now();
    w.stop(grace).await;
    assert!(
        started.elapsed() >= grace,
        "stopped before the grace ran out"
    );
    assert_eq!(w.wait().await, "killed by signal 9 (SIGKILL)");
    eventually("group gone", Duration::from_secs(5), || {
        members.iter().all(|p| !is_alive(*p))
    })
    .await;
}

#[tokio::test]
async fn stop_kills_members_that_outlive_the_leader() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The leader dies on SIGTERM; its background child ignores it.
    let s = spec(
        dir.path(),
        "w-straggler",
        &["sh", "-c", "(trap '' TERM; sleep 1000; echo never) & wait"],
    );
    let mut w = WorkerProcess::spawn(&s).expect("spawn");
    let pgid = w.pid() as i32;
    eventually(
        "subshell and sleep started",
        Duration::from_secs(10),
        || live_group_members(pgid).len() == 3,
    )
    .await;
    let members = live_group_members(pgid);
    w.stop(Duration::from_millis(300)).await;
    eventually("stragglers gone", Duration::from_secs(5), || {
        members.iter().all(|p| !is_alive(*p))
    })
    .await;
}

#[tokio::test]
async fn stop_after_exit_returns_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut w = WorkerProcess::spawn(&spec(dir.path(), "w-done", &["true"])).expect("spawn");
    assert_eq!(w.wait().await, "exited with status 0");
    let started = StdInstant::now();
    w.stop(Duration::from_secs(30)).await;
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(w.wait().await, "exited with status 0");
}

#[tokio::test]
async fn wait_reports_exit_status_and_signal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        ("exit 3", "exited with status 3"),
        ("exit 0", "exited with status 0"),
        ("kill -9 $$", "killed by signal 9 (SIGKILL)"),
        ("kill -TERM $$", "killed by signal 15 (SIGTERM)"),
    ];
    for (script, expected) in cases {
        let mut w = WorkerProcess::spawn(&spec(dir.path(), "w-status", &["sh", "-c", script]))
            .expect("spawn");
        assert_eq!(w.wait().await, expected, "for {script:?}");
        // Repeated waits give the same answer.
        assert_eq!(w.wait().await, expected);
    }
}

#[tokio::test]
async fn drop_kills_the_group() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = spec(
        dir.path(),
        "w-drop",
        &["sh", "-c", "sleep 1000 & sleep 1000; echo never"],
    );
    let w = WorkerProcess::spawn(&s).expect("spawn");
    let pgid = w.pid() as i32;
    eventually("tree started", Duration::from_secs(10), || {
        live_group_members(pgid).len() == 3
    })
    .await;
    let members = live_group_members(pgid);
    drop(w);
    eventually("tree gone after drop", Duration::from_secs(5), || {
        members.iter().all(|p| !is_alive(*p))
    })
    .await;
}

#[tokio::test]
async fn child_gets_a_clean_environment() {
    // Safe in edition 2021; std's env lock orders this with the reads of
    // concurrent spawns in other tests.
    std::env::set_var("EVERAI_PROCESS_TEST_PARENT_ONLY", "leaked");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = spec(dir.path(), "w-env", &["env"]);
    s.port = 5678;
    s.env = vec![
        ("FOO".to_string(), "bar baz".to_string()),
        ("EVERAI_PORT".to_string(), "9999".to_string()),
        ("EVERAI_WORKER_ID".to_string(), "spoofed".to_string()),
    ];
    let mut w = WorkerProcess::spawn(&s).expect("spawn");
    assert_eq!(w.wait().await, "exited with status 0");
    let log = read_log(&s);
    let lines: Vec<&str> = log.lines().collect();
    for expected in [
        "PORT=5678",
        "EVERAI_PORT=9999",
        "EVERAI_WORKER_ID=w-env",
        "FOO=bar baz",
    ] {
        assert!(lines.contains(&expected), "missing {expected} in:\n{log}");
    }
    assert!(
        lines.iter().any(|l| l.starts_with("PATH=")),
        "no PATH in:\n{log}"
    );
    assert!(
        !log.contains("EVERAI_PROCESS_TEST_PARENT_ONLY"),
        "parent var leaked:\n{log}"
    );
    assert!(!log.contains("spoofed"));
    let allowed = [
        "PATH",
        "HOME",
        "LANG",
        "LC_ALL",
        "TZ",
        "EVERAI_WORKER_ID",
        "PORT",
        "EVERAI_PORT",
        "FOO",
        "PWD",
    ];
    for line in &lines {
        let key = line.split('=').next().unwrap_or_default();
        assert!(allowed.contains(&key), "unexpected variable {line:?}");
    }
}

#[test]
fn port_placeholders_expand_only_as_whole_names() {
    assert_eq!(expand_port("--port=$PORT", 80), "--port=80");
    assert_eq!(expand_port("${PORT}x$PORT", 81), "81x81");
    assert_eq!(
        expand_port("$PORTS $PORT_X ${PORTS}", 82),
        "$PORTS $PORT_X ${PORTS}"
    );
    assert_eq!(expand_port("a$PORT/b $ $", 83), "a83/b $ $");
    assert_eq!(expand_port("$$PORT", 84), "$84");
    assert_eq!(expand_port("no placeholder", 85), "no placeholder");
}

#[tokio::test]
async fn port_is_expanded_in_arguments() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = spec(
        dir.path(),
        "w-expand",
        &[
            "printf",
            "[%s]",
            "$PORT",
            "${PORT}",
            "--listen=127.0.0.1:$PORT",
            "$PORTS",
        ],
    );
    s.port = 7070;
    let mut w = WorkerProcess::spawn(&s).expect("spawn");
    assert_eq!(w.wait().await, "exited with status 0");
    assert_eq!(
        read_log(&s),
        "[7070][7070][--listen=127.0.0.1:7070][$PORTS]"
    );
}

#[tokio::test]
async fn relative_program_runs_from_the_workdir() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("server.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"script port=$PORT arg=$1 cwd=$(pwd)\"\n",
    )
    .expect("write script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let s = spec(dir.path(), "w-rel", &["./server.sh", "--port=$PORT"]);
    let mut w = spawn_retrying(&s).expect("spawn");
    assert_eq!(w.wait().await, "exited with status 0");
    let cwd = std::fs::canonicalize(dir.path()).expect("canonicalize");
    let expected = format!("script port=4321 arg=--port=4321 cwd={}\n", cwd.display());
    assert_eq!(read_log(&s), expected);
}

#[tokio::test]
async fn missing_program_is_a_clear_spawn_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = WorkerProcess::spawn(&spec(dir.path(), "w-typo", &["pyhton3-no-such-program"]))
        .expect_err("must fail");
    assert!(matches!(&err, SpawnError::Spawn(p, _) if p == "pyhton3-no-such-program"));
    let text = err.to_string();
    assert!(
        text.starts_with(
            "cannot start worker command \"pyhton3-no-such-program\": not found in PATH"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("(check spec.command in the app manifest)"),
        "{text}"
    );
    assert!(!text.contains('\n'));

    let err = WorkerProcess::spawn(&spec(dir.path(), "w-typo", &["./missing.sh"]))
        .expect_err("must fail");
    assert!(matches!(&err, SpawnError::Spawn(p, _) if p == "./missing.sh"));
    assert!(
        err.to_string().contains("missing.sh does not exist"),
        "{err}"
    );

    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "x").expect("write");
    let err =
        WorkerProcess::spawn(&spec(dir.path(), "w-typo", &["./plain.txt"])).expect_err("must fail");
    assert!(err.to_string().contains("is not executable"), "{err}");
}

#[tokio::test]
async fn empty_command_and_bad_paths_are_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = WorkerProcess::spawn(&spec(dir.path(), "w-empty", &[])).expect_err("empty");
    assert!(matches!(err, SpawnError::EmptyCommand));
    assert!(err.to_string().contains("spec.command"));
    let err = WorkerProcess::spawn(&spec(dir.path(), "w-empty", &[""])).expect_err("empty");
    assert!(matches!(err, SpawnError::EmptyCommand));

    let missing = dir.path().join("no-such-app");
    let mut s = spec(dir.path(), "w-nodir", &["true"]);
    s.workdir = missing.clone();
    let err = WorkerProcess::spawn(&s).expect_err("missing workdir");
    assert!(matches!(&err, SpawnError::Workdir(p, _) if *p == missing));
    let text = err.to_string();
    assert!(text.contains(&missing.display().to_string()), "{text}");
    assert!(text.contains("No such file or directory"), "{text}");

    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    s.workdir = file.clone();
    let err = WorkerProcess::spawn(&s).expect_err("file as workdir");
    assert!(err.to_string().contains("Not a directory"), "{err}");

    let mut s = spec(dir.path(), "w-nolog", &["true"]);
    s.log_path = file.join("worker.log");
    let err = WorkerProcess::spawn(&s).expect_err("log under a file");
    assert!(matches!(&err, SpawnError::Log(p, _) if *p == s.log_path));
    assert!(
        err.to_string().starts_with("cannot open worker log file"),
        "{err}"
    );
}

#[tokio::test]
async fn log_file_receives_stdout_and_stderr_appended() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = spec(
        dir.path(),
        "w-log",
        &["sh", "-c", "echo to-stdout; echo to-stderr >&2"],
    );
    s.log_path = dir.path().join("deep/er/logs/w.log");
    for _ in 0..2 {
        let mut w = WorkerProcess::spawn(&s).expect("spawn");
        assert_eq!(w.wait().await, "exited with status 0");
    }
    let log = read_log(&s);
    assert_eq!(log.matches("to-stdout\n").count(), 2, "{log}");
    assert_eq!(log.matches("to-stderr\n").count(), 2, "{log}");
}

#[test]
fn handles_and_futures_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    fn check(w: &mut WorkerProcess) {
        assert_send(&w.wait());
    }
    fn check_stop(w: &mut WorkerProcess) {
        assert_send(&w.stop(Duration::ZERO));
    }
    let _ = (
        check as fn(&mut WorkerProcess),
        check_stop as fn(&mut WorkerProcess),
    );
    assert_send(&wait_ready(1, Some("/"), Duration::ZERO));
    assert_send(&wait_ready(1, None, Duration::ZERO));
}

#[test]
fn free_port_is_bindable() {
    let port = free_port().expect("free port");
    assert_ne!(port, 0);
    std::net::TcpListener::bind(("127.0.0.1", port)).expect("port is free");
}

/// A tiny HTTP server: answers `statuses[n]` to the n-th request on
/// `/healthz` (the last one repeats) and 404 to other paths.
async fn http_server(statuses: Vec<u16>) -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let hits = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match conn.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let status = if request.starts_with(b"GET /healthz HTTP/1.1\r\n") {
                let n = counter.fetch_add(1, Ordering::SeqCst);
                statuses[n.min(statuses.len() - 1)]
            } else {
                404
            };
            let answer =
                format!("HTTP/1.1 {status} X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            let _ = conn.write_all(answer.as_bytes()).await;
            let _ = conn.shutdown().await;
        }
    });
    (port, hits)
}

#[tokio::test]
async fn wait_ready_http_succeeds_on_200() {
    let (port, hits) = http_server(vec![503, 503, 503, 200]).await;
    wait_ready(port, Some("/healthz"), Duration::from_secs(20))
        .await
        .expect("ready");
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 4);
    // Path without the leading slash is accepted too.
    wait_ready(port, Some("healthz"), Duration::from_secs(20))
        .await
        .expect("ready");
}

#[tokio::test]
async fn wait_ready_http_times_out_with_a_clear_message() {
    let (port, _) = http_server(vec![503]).await;
    let started = StdInstant::now();
    let err = wait_ready(port, Some("/healthz"), Duration::from_millis(400))
        .await
        .expect_err("never ready")
        .to_string();
    assert!(started.elapsed() >= Duration::from_millis(400));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        err,
        format!(
            "worker not ready: GET /healthz on port {port} did not answer 200 within 400ms \
             (last attempt: answered 503 Service Unavailable)"
        )
    );

    let err = wait_ready(port, Some("/other"), Duration::from_millis(200))
        .await
        .expect_err("404")
        .to_string();
    assert!(err.contains("answered 404 Not Found"), "{err}");

    // Accepts connections (kernel backlog) but never answers.
    let silent = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .expect("bind");
    let silent_port = silent.local_addr().expect("addr").port();
    let err = wait_ready(silent_port, Some("/healthz"), Duration::from_millis(300))
        .await
        .expect_err("silent server")
        .to_string();
    assert!(
        err.contains("within 300ms (last attempt: no answer within "),
        "{err}"
    );
    drop(silent);

    let closed = free_port().expect("port");
    let err = wait_ready(closed, Some("/healthz"), Duration::from_millis(200))
        .await
        .expect_err("nothing listens")
        .to_string();
    assert!(
        err.contains("could not connect: Connection refused"),
        "{err}"
    );
}

#[tokio::test]
async fn wait_ready_tcp_mode() {
    let port = free_port().expect("port");
    let err = wait_ready(port, None, Duration::from_millis(300))
        .await
        .expect_err("nothing listens")
        .to_string();
    assert_eq!(
        err,
        format!(
            "worker not ready: TCP connect to 127.0.0.1:{port} did not succeed within 300ms \
             (last attempt: Connection refused)"
        )
    );
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    wait_ready(port, None, Duration::from_secs(10))
        .await
        .expect("listening");
}

#[tokio::test]
async fn wait_ready_against_a_real_worker() {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port().expect("port");
    let mut s = spec(
        dir.path(),
        "w-http",
        &[
            "python3",
            "-m",
            "http.server",
            "$PORT",
            "--bind",
            "127.0.0.1",
        ],
    );
    s.port = port;
    if resolve_program("python3", dir.path(), std::env::var_os("PATH").as_deref()).is_err() {
        return; // no python3 on this machine: the other probe tests cover the logic
    }
    let mut w = WorkerProcess::spawn(&s).expect("spawn python3");
    let ready = tokio::select! {
        r = wait_ready(port, Some("/"), Duration::from_secs(30)) => r.map_err(|e| e.to_string()),
        exit = w.wait() => Err(format!("worker {exit}: {}", read_log(&s))),
    };
    w.stop(Duration::from_secs(5)).await;
    ready.expect("python http.server ready");
}

#[tokio::test]
async fn kill_leftover_kills_only_marked_processes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut w = WorkerProcess::spawn(&spec(dir.path(), "w-1", &["sleep", "1000"])).expect("spawn");
    let pid = w.pid() as i32;
    eventually("marker visible", Duration::from_secs(10), || {
        environ_contains(pid, b"EVERAI_WORKER_ID=w-1")
    })
    .await;
    // Wrong ids, prefixes and extensions of the id do not match.
    assert!(!kill_leftover(pid, "w-2"));
    assert!(!kill_leftover(pid, "w-"));
    assert!(!kill_leftover(pid, "w-10"));
    assert!(is_alive(pid));

    // A process without any marker is left alone.
    let mut plain = std::process::Command::new("sleep")
        .arg("1000")
        .process_group(0)
        .spawn()
        .expect("spawn plain");
    let plain_pid = plain.id() as i32;
    assert!(!kill_leftover(plain_pid, "w-1"));
    assert!(is_alive(plain_pid));
    let _ = plain.kill();
    let _ = plain.wait();

    // Guards against nonsense pids and ourselves.
    for bad in [0, -1, 1, -pid] {
        assert!(!kill_leftover(bad, "w-1"));
    }
    assert!(!kill_leftover(unsafe { libc::getpid() }, "w-1"));
    assert!(!kill_leftover(pid, ""));

    assert!(kill_leftover(pid, "w-1"));
    assert_eq!(w.wait().await, "killed by signal 9 (SIGKILL)");
}

#[tokio::test]
async fn kill_leftover_finds_the_group_when_the_leader_is_gone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pid_file = dir.path().join("bg.pid");
    // What a worker tree looks like after pdeathsig killed its leader: the
    // leader is gone, its background child lives on in the group.
    let mut leader = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("sleep 1000 & echo $! > {}", pid_file.display()))
        .env("EVERAI_WORKER_ID", "w-orphan")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("spawn");
    let leader_pid = leader.id() as i32;
    assert!(leader.wait().expect("wait").success());
    let bg: i32 = std::fs::read_to_string(&pid_file)
        .expect("pid file")
        .trim()
        .parse()
        .expect("pid");
    assert!(is_alive(bg));
    assert!(!kill_leftover(leader_pid, "w-other"));
    assert!(is_alive(bg));
    assert!(kill_leftover(leader_pid, "w-orphan"));
    eventually("orphaned member gone", Duration::from_secs(5), || {
        !is_alive(bg)
    })
    .await;
    assert!(
        !kill_leftover(leader_pid, "w-orphan"),
        "nothing left to kill"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn worker_survives_the_exit_of_the_spawning_thread() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = spec(dir.path(), "w-thread", &["sleep", "1000"]);
    let runtime = tokio::runtime::Handle::current();
    let mut w = std::thread::spawn(move || {
        let _guard = runtime.enter();
        WorkerProcess::spawn(&s)
    })
    .join()
    .expect("thread")
    .expect("spawn");
    // Had PR_SET_PDEATHSIG been tied to that (now finished) thread, the
    // worker would be SIGKILLed right away. This is a "must not happen"
    // window, so it has to be a bounded wait.
    let early = tokio::time::timeout(Duration::from_millis(500), w.wait()).await;
    assert!(
        early.is_err(),
        "worker died with its spawning thread: {early:?}"
    );
    w.stop(Duration::from_secs(5)).await;
}

/// Not a test on its own: the "server" process of
/// `worker_dies_when_the_server_is_killed`, run in a child test binary.
#[test]
#[ignore = "helper process, started by worker_dies_when_the_server_is_killed"]
fn pdeathsig_helper_server() {
    let Some(dir) = std::env::var_os(HELPER_ENV).map(PathBuf::from) else {
        return;
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let s = spec(&dir, "w-pdeathsig", &["sleep", "1000"]);
        let w = tokio::spawn(async move { WorkerProcess::spawn(&s) })
            .await
            .expect("task")
            .expect("spawn");
        let tmp = dir.join("worker.pid.tmp");
        std::fs::write(&tmp, w.pid().to_string()).expect("write pid");
        std::fs::rename(&tmp, dir.join("worker.pid")).expect("rename pid");
        // Wait to be SIGKILLed by the test (bounded, in case it never is).
        tokio::time::sleep(Duration::from_secs(120)).await;
        drop(w);
    });
}

#[test]
fn worker_dies_when_the_server_is_killed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("test binary");
    let module = module_path!()
        .split_once("::")
        .map(|(_, rest)| rest)
        .unwrap_or(module_path!());
    let name = format!("{module}::pdeathsig_helper_server");
    let mut server = std::process::Command::new(exe)
        .args([name.as_str(), "--exact", "--ignored", "--test-threads=1"])
        .env(HELPER_ENV, dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start helper server");
    let pid_file = dir.path().join("worker.pid");
    let deadline = StdInstant::now() + Duration::from_secs(60);
    while !pid_file.exists() {
        if let Ok(Some(status)) = server.try_wait() {
            panic!("helper server ended early: {status}");
        }
        assert!(
            StdInstant::now() < deadline,
            "helper server never started its worker"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let worker: i32 = std::fs::read_to_string(&pid_file)
        .expect("pid file")
        .trim()
        .parse()
        .expect("pid");
    assert!(is_alive(worker));

    server.kill().expect("SIGKILL the server");
    let _ = server.wait();
    eventually_blocking(
        "worker killed by pdeathsig",
        Duration::from_secs(10),
        || !is_alive(worker),
    );
}
