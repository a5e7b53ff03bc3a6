//! Helpers of the `apps_*` integration tests (routes, request queue, workers,
//! autoscaling). Included by each of those files with
//! `#[path = "common/apps.rs"] mod apps;` next to `mod common;`, so the shared
//! harness in `common/mod.rs` stays untouched.
//!
//! - [`Platform`]: `everai server` with the runtime flags these tests need
//!   (`--tick-ms`, `--queue-limit`, ...), a connected [`Sandbox`] for the CLI,
//!   raw API calls, and a `Drop` that stops the server gracefully and then
//!   kills any worker process still carrying its endpoint (no orphans even
//!   when a test fails).
//! - [`Reply`] / [`request`] / [`Load`]: route clients over raw HTTP/1.1 that
//!   tell a complete chunked stream from a cut one.
//! - [`parse_table`]: the CLI's tables as rows of named cells.
//! - [`pids_with_env`]: processes found by an environment entry in
//!   `/proc/*/environ` (`EVERAI_WORKER_ID=<id>`).
//! - [`manifest`]: app manifests around the get-start example server.
#![allow(dead_code)]

use crate::common::{self, poll, Run, Sandbox, EVERAI};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// The crate's root (examples live there).
pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

pub fn example_dir() -> PathBuf {
    Path::new(REPO).join("examples").join("get-start")
}

/// The get-start example's server, by absolute path.
pub fn example_server() -> PathBuf {
    example_dir().join("server.py")
}

/// Deadline for conditions that depend on workers starting and requests
/// finishing (generous: the machine may be busy with other test binaries).
pub const WAIT: Duration = Duration::from_secs(40);

// ---------------------------------------------------------------------------
// The platform under test.

pub struct Platform {
    pub endpoint: String,
    /// `127.0.0.1:PORT`
    pub addr: String,
    pub token: String,
    pub data_dir: PathBuf,
    /// CLI environment, connected through EVERAI_ENDPOINT / EVERAI_TOKEN.
    pub sandbox: Sandbox,
    child: Option<Child>,
    stderr: Arc<Mutex<String>>,
    _dir: Option<tempfile::TempDir>,
}

/// Flags used unless a test passes its own: fast ticks, a short stop grace.
pub const FAST: &[&str] = &[
    "--tick-ms",
    "100",
    "--stop-grace",
    "3",
    "--ready-timeout",
    "30",
];

impl Platform {
    /// A fresh server in a temp data dir with [`FAST`] plus `extra` flags.
    pub fn start(extra: &[&str]) -> Platform {
        let dir = tempfile::Builder::new()
            .prefix("everai-apps-")
            .tempdir()
            .expect("temp dir");
        let data_dir = dir.path().join("data");
        let mut p = Platform::start_on(&data_dir, &common::unique_token(), extra);
        p._dir = Some(dir);
        p
    }

    /// A server on `data_dir` (which the caller keeps alive) with `token`.
    pub fn start_on(data_dir: &Path, token: &str, extra: &[&str]) -> Platform {
        Platform::start_under(&[], data_dir, token, extra)
    }

    /// A fresh server run under `launcher` (e.g. `prlimit --nofile=...`).
    pub fn start_launched(launcher: &[&str], extra: &[&str]) -> Platform {
        let dir = tempfile::Builder::new()
            .prefix("everai-apps-")
            .tempdir()
            .expect("temp dir");
        let data_dir = dir.path().join("data");
        let mut p = Platform::start_under(launcher, &data_dir, &common::unique_token(), extra);
        p._dir = Some(dir);
        p
    }

    fn start_under(launcher: &[&str], data_dir: &Path, token: &str, extra: &[&str]) -> Platform {
        let mut sandbox = Sandbox::new();
        let mut cmd = match launcher.split_first() {
            Some((program, args)) => {
                let mut cmd = sandbox.command(program);
                cmd.args(args).arg(EVERAI);
                cmd
            }
            None => sandbox.command(EVERAI),
        };
        cmd.args([
            "server",
            "--listen",
            "127.0.0.1:0",
            "--no-login",
            "--token",
            token,
            "--data-dir",
        ])
        .arg(data_dir)
        .args(FAST)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start everai server");
        let (tx, rx) = mpsc::channel::<String>();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        {
            let mut err = child.stderr.take().expect("stderr");
            let buf = stderr.clone();
            std::thread::spawn(move || {
                let mut chunk = [0u8; 4096];
                while let Ok(n) = err.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    buf.lock()
                        .expect("lock")
                        .push_str(&String::from_utf8_lossy(&chunk[..n]));
                }
            });
        }
        let first = match rx.recv_timeout(common::SERVER_DEADLINE) {
            Ok(line) => line,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "everai server printed no endpoint; stderr:\n{}",
                    stderr.lock().expect("lock")
                );
            }
        };
        let endpoint = first
            .strip_prefix("Endpoint: ")
            .unwrap_or_else(|| panic!("first line is not `Endpoint: URL`: {first:?}"))
            .to_string();
        let addr = endpoint.trim_start_matches("http://").to_string();
        sandbox
            .set("EVERAI_ENDPOINT", &endpoint)
            .set("EVERAI_TOKEN", token);
        Platform {
            endpoint,
            addr,
            token: token.to_string(),
            data_dir: data_dir.to_path_buf(),
            sandbox,
            child: Some(child),
            stderr,
            _dir: None,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().map(|c| c.id()).unwrap_or(0)
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("lock").clone()
    }

    /// `everai ARGS` from the sandbox's working directory (no app.yaml there).
    pub fn cli(&self, args: &[&str]) -> Run {
        common::run(self.sandbox.everai(args))
    }

    /// `everai ARGS`, which must succeed; its stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.cli(args);
        r.success();
        r.stdout
    }

    /// One API call with the platform token: (status, JSON body or the text
    /// as a JSON string).
    pub fn api(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
        let bytes = body.map(|b| b.to_string().into_bytes());
        let auth = format!("Bearer {}", self.token);
        let (status, text) =
            common::http(&self.endpoint, method, path, Some(&auth), bytes.as_deref());
        let json = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, json)
    }

    fn app_path(app: &str) -> String {
        format!("/api/apps/v1/namespaces/default/apps/{app}")
    }

    /// Live workers as the API returns them.
    pub fn workers(&self, app: &str) -> Vec<Value> {
        self.workers_query(app, "showAll=false&recentDays=2")
    }

    /// Live, terminated and failed workers.
    pub fn all_workers(&self, app: &str) -> Vec<Value> {
        self.workers_query(app, "showAll=true&recentDays=2")
    }

    fn workers_query(&self, app: &str, query: &str) -> Vec<Value> {
        let (status, body) = self.api(
            "GET",
            &format!("{}/workers?{query}", Self::app_path(app)),
            None,
        );
        assert_eq!(status, 200, "list workers of {app}: {body}");
        body["workers"].as_array().cloned().unwrap_or_default()
    }

    /// Live workers in state STATUS_RUNNING / DETAIL_STATUS_`detail`.
    pub fn running(&self, app: &str, detail: &str) -> usize {
        let want = format!("DETAIL_STATUS_{detail}");
        self.workers(app)
            .iter()
            .filter(|w| w["status"] == "STATUS_RUNNING" && w["detailStatus"] == want.as_str())
            .count()
    }

    pub fn queue(&self, app: &str) -> Vec<Value> {
        let (status, body) = self.api(
            "GET",
            &format!("{}/request_queues", Self::app_path(app)),
            None,
        );
        assert_eq!(status, 200, "queue of {app}: {body}");
        body["queues"].as_array().cloned().unwrap_or_default()
    }

    /// Events, newest first.
    pub fn events(&self, app: &str) -> Vec<Value> {
        let (status, body) = self.api(
            "GET",
            &format!("{}/events?pageSize=1000", Self::app_path(app)),
            None,
        );
        assert_eq!(status, 200, "events of {app}: {body}");
        body["events"].as_array().cloned().unwrap_or_default()
    }

    /// The app object (`appV1alpha1`).
    pub fn app(&self, app: &str) -> Value {
        let (status, body) = self.api("GET", &Self::app_path(app), None);
        assert_eq!(status, 200, "get {app}: {body}");
        body["appV1alpha1"].clone()
    }

    /// Waits until the app has exactly `n` live workers, all RUNNING FREE.
    #[track_caller]
    pub fn wait_free(&self, app: &str, n: usize) -> Vec<Value> {
        poll(
            WAIT,
            &format!("{n} RUNNING FREE worker(s) of {app}"),
            || {
                let w = self.workers(app);
                (w.len() == n
                    && w.iter().all(|w| {
                        w["status"] == "STATUS_RUNNING" && w["detailStatus"] == "DETAIL_STATUS_FREE"
                    }))
                .then_some(w)
            },
        )
    }

    /// `POST /api/routes/v1/default/{app}{path}`-style path of the route.
    pub fn route(app: &str, path: &str) -> String {
        format!("/api/routes/v1/default/{app}{path}")
    }

    /// One GET on the platform, with the token when `auth`.
    pub fn get(&self, path: &str, auth: bool) -> Reply {
        let auth = auth.then(|| self.token.clone());
        request(&self.addr, "GET", path, auth.as_deref())
    }

    /// Writes `manifest` as `<dir>/app.yaml` and runs `everai app create -f`
    /// from the sandbox's working directory (not `dir`).
    #[track_caller]
    pub fn create_app(&self, dir: &Path, manifest: &str) -> PathBuf {
        std::fs::create_dir_all(dir).expect("mkdir app dir");
        let path = dir.join("app.yaml");
        std::fs::write(&path, manifest).expect("write app.yaml");
        self.ok(&["app", "create", "-f", path.to_str().expect("utf-8 path")]);
        path
    }

    /// `everai configmap create NAME -l k=v ...`
    #[track_caller]
    pub fn configmap(&self, verb: &str, name: &str, data: &[(&str, &str)]) {
        let mut args = vec!["configmap".to_string(), verb.to_string(), name.to_string()];
        for (k, v) in data {
            args.push("--from-literal".into());
            args.push(format!("{k}={v}"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.ok(&args);
    }

    /// SIGTERM, then wait for the exit (SIGKILL after `deadline`).
    pub fn stop(&mut self, deadline: Duration) -> Option<std::process::ExitStatus> {
        let mut child = self.child.take()?;
        common::send_signal(child.id(), common::SIGTERM);
        let status = common::wait_deadline(&mut child, deadline);
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        status
    }

    /// SIGKILL, reaped.
    pub fn kill9(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Processes started by this server (workers carry its endpoint).
    pub fn worker_processes(&self) -> Vec<i32> {
        pids_with_env(&format!("EVERAI_ENDPOINT={}", self.endpoint))
    }
}

impl Drop for Platform {
    fn drop(&mut self) {
        self.stop(Duration::from_secs(15));
        // Safety net: nothing this server started may outlive the test.
        for pid in self.worker_processes() {
            unsafe_kill(pid, common::SIGKILL);
        }
    }
}

// ---------------------------------------------------------------------------
// Manifests.

/// An app manifest running the get-start example server (absolute path, so
/// it works wherever the command runs) with `env` and an autoscaler block
/// (YAML lines indented for `spec:`; empty = none). `extra` is added to the
/// spec as is (indented two spaces).
pub fn manifest(name: &str, env: &[(&str, &str)], autoscaler: &str, extra: &str) -> String {
    let server = example_server();
    manifest_with_command(
        name,
        &format!(
            "[python3, {:?}, \"--port\", \"$PORT\"]",
            server.display().to_string()
        ),
        env,
        autoscaler,
        extra,
    )
}

pub fn manifest_with_command(
    name: &str,
    command: &str,
    env: &[(&str, &str)],
    autoscaler: &str,
    extra: &str,
) -> String {
    let mut y = format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: {name}\n  namespace: default\nspec:\n  image: get-start:local\n  command: {command}\n  readinessProbe:\n    httpGet:\n      path: /healthz\n  resource:\n    cpu: 1\n    memory: 256 MiB\n"
    );
    if !env.is_empty() {
        y.push_str("  env:\n");
        for (k, v) in env {
            y.push_str(&format!(
                "  - name: {k}\n    envValue:\n      value: {v:?}\n"
            ));
        }
    }
    y.push_str(extra);
    y.push_str(autoscaler);
    y
}

/// `simple` with literal arguments.
pub fn simple(min: u32, max: u32, max_queue: u32, idle: u32) -> String {
    format!(
        "  autoscaler:\n    scheduler: queue\n    builtin:\n      name: simple\n      arguments:\n        min_workers: {{value: \"{min}\"}}\n        max_workers: {{value: \"{max}\"}}\n        max_queue_size: {{value: \"{max_queue}\"}}\n        scale_up_step: {{value: \"1\"}}\n        max_idle_time: {{value: \"{idle}\"}}\n"
    )
}

/// `simple` with every argument read from configmap `cm`.
pub fn simple_from_configmap(cm: &str) -> String {
    let mut y = String::from(
        "  autoscaler:\n    scheduler: queue\n    builtin:\n      name: simple\n      arguments:\n",
    );
    for key in [
        "min_workers",
        "max_workers",
        "max_queue_size",
        "scale_up_step",
        "max_idle_time",
    ] {
        y.push_str(&format!(
            "        {key}:\n          valueFrom: {{configMapKeyRef: {{name: {cm}, key: {key}}}}}\n"
        ));
    }
    y
}

pub fn manual(n: u32) -> String {
    format!("  autoscaler:\n    manual:\n      defaultWorkerNum: {n}\n")
}

// ---------------------------------------------------------------------------
// Route clients.

/// A route answer as a client saw it.
#[derive(Debug, Clone)]
pub struct Reply {
    /// 0 when no status line arrived at all.
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The body ended the way its framing says (zero chunk / Content-Length).
    pub complete: bool,
    pub error: Option<String>,
    pub elapsed: Duration,
}

impl Reply {
    /// SSE events in the body.
    pub fn events(&self) -> usize {
        self.body.matches("data: ").count()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// 200, complete, with exactly `events` events.
    pub fn is_full_stream(&self, events: usize) -> bool {
        self.status == 200 && self.complete && self.events() == events && self.error.is_none()
    }
}

/// Sends one request (`Connection: close`) and returns the stream, still
/// unread: for clients that go away before the answer.
pub fn send(addr: &str, method: &str, path: &str, token: Option<&str>) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let _ = stream.set_nodelay(true);
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: */*\r\n");
    if let Some(t) = token {
        req.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).expect("send request");
    stream
}

/// One request, read to the end.
pub fn request(addr: &str, method: &str, path: &str, token: Option<&str>) -> Reply {
    let start = Instant::now();
    let stream = send(addr, method, path, token);
    let mut reply = read_reply(stream);
    reply.elapsed = start.elapsed();
    reply
}

/// Reads a response: status, headers, then the body by its framing, noting
/// whether it ended properly.
pub fn read_reply(stream: TcpStream) -> Reply {
    let mut r = BufReader::new(stream);
    let mut reply = Reply {
        status: 0,
        headers: vec![],
        body: String::new(),
        complete: false,
        error: None,
        elapsed: Duration::ZERO,
    };
    let mut line = String::new();
    match r.read_line(&mut line) {
        Ok(0) => {
            reply.error = Some("connection closed before a status line".into());
            return reply;
        }
        Err(e) => {
            reply.error = Some(format!("reading the status line: {e}"));
            return reply;
        }
        Ok(_) => {}
    }
    reply.status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    loop {
        line.clear();
        match r.read_line(&mut line) {
            Ok(0) => {
                reply.error = Some("connection closed in the headers".into());
                return reply;
            }
            Err(e) => {
                reply.error = Some(format!("reading headers: {e}"));
                return reply;
            }
            Ok(_) => {}
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            reply
                .headers
                .push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let chunked = reply
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let length = reply
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            match r.read_line(&mut line) {
                Ok(0) => {
                    reply.error =
                        Some("stream cut: connection closed before the last chunk".into());
                    break;
                }
                Err(e) => {
                    reply.error = Some(format!("stream cut: {e}"));
                    break;
                }
                Ok(_) => {}
            }
            let Ok(size) = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
            else {
                reply.error = Some(format!("bad chunk size line {line:?}"));
                break;
            };
            if size == 0 {
                reply.complete = true;
                break;
            }
            let mut chunk = vec![0u8; size + 2];
            if let Err(e) = r.read_exact(&mut chunk) {
                reply.error = Some(format!("stream cut inside a chunk: {e}"));
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(n) = length {
        let mut buf = vec![0u8; n];
        match r.read_exact(&mut buf) {
            Ok(()) => {
                body = buf;
                reply.complete = true;
            }
            Err(e) => {
                let _ = r.read_to_end(&mut body);
                reply.error = Some(format!("body cut: {e}"));
            }
        }
    } else {
        match r.read_to_end(&mut body) {
            Ok(_) => reply.complete = true,
            Err(e) => reply.error = Some(format!("reading the body: {e}")),
        }
    }
    reply.body = String::from_utf8_lossy(&body).into_owned();
    reply
}

/// Concurrent clients that each send GET requests in a loop while they are
/// "active" (client `i` is active while `i < active`), until stopped, or a
/// fixed number of requests each.
pub struct Load {
    stop: Arc<AtomicBool>,
    pub active: Arc<AtomicUsize>,
    pub done: Arc<AtomicUsize>,
    handles: Vec<std::thread::JoinHandle<Vec<Reply>>>,
}

impl Load {
    /// `clients` clients, each sending `per_client` requests (0 = until
    /// [`Load::finish`]) to `path` on `addr`.
    pub fn start(
        addr: &str,
        path: &str,
        token: Option<&str>,
        clients: usize,
        per_client: usize,
    ) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let active = Arc::new(AtomicUsize::new(clients));
        let done = Arc::new(AtomicUsize::new(0));
        let handles = (0..clients)
            .map(|i| {
                let (stop, active, done) = (stop.clone(), active.clone(), done.clone());
                let (addr, path, token) = (
                    addr.to_string(),
                    path.to_string(),
                    token.map(str::to_string),
                );
                std::thread::spawn(move || {
                    let mut replies = Vec::new();
                    loop {
                        if stop.load(Ordering::SeqCst)
                            || (per_client > 0 && replies.len() >= per_client)
                        {
                            return replies;
                        }
                        if i >= active.load(Ordering::SeqCst) {
                            std::thread::sleep(Duration::from_millis(10));
                            continue;
                        }
                        replies.push(request(&addr, "GET", &path, token.as_deref()));
                        done.fetch_add(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        Load {
            stop,
            active,
            done,
            handles,
        }
    }

    pub fn set_active(&self, n: usize) {
        self.active.store(n, Ordering::SeqCst);
    }

    pub fn completed(&self) -> usize {
        self.done.load(Ordering::SeqCst)
    }

    /// Stops looping clients (each finishes its current request) and
    /// collects every reply.
    pub fn finish(self) -> Vec<Reply> {
        self.stop.store(true, Ordering::SeqCst);
        self.handles
            .into_iter()
            .flat_map(|h| h.join().expect("client thread"))
            .collect()
    }

    /// Waits for clients with a fixed request count, without stopping them.
    pub fn join(self) -> Vec<Reply> {
        self.handles
            .into_iter()
            .flat_map(|h| h.join().expect("client thread"))
            .collect()
    }
}

/// Panics with a summary unless every reply is a full stream of `events`.
#[track_caller]
pub fn assert_all_full(replies: &[Reply], events: usize) {
    let bad: Vec<String> = replies
        .iter()
        .filter(|r| !r.is_full_stream(events))
        .map(|r| {
            format!(
                "status {} complete {} events {} error {:?} body {:?}",
                r.status,
                r.complete,
                r.events(),
                r.error,
                r.body.chars().take(200).collect::<String>()
            )
        })
        .collect();
    assert!(
        bad.is_empty(),
        "{} of {} requests were not full {events}-event streams:\n{}",
        bad.len(),
        replies.len(),
        bad.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Tables.

/// Rows of a "simple" table as header → trimmed cell, using the dash line
/// for the column spans (works for left- and right-aligned columns and for
/// rows whose trailing empty cells were trimmed).
pub fn parse_table(text: &str) -> Vec<BTreeMap<String, String>> {
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 2, "not a table: {text:?}");
    let dashes = lines[1];
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in dashes.char_indices().chain([(dashes.len(), ' ')]) {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    let cell = |line: &str, (s, e): (usize, usize)| -> String {
        let chars: Vec<char> = line.chars().collect();
        chars[s.min(chars.len())..e.min(chars.len())]
            .iter()
            .collect::<String>()
            .trim()
            .to_string()
    };
    let headers: Vec<String> = spans.iter().map(|sp| cell(lines[0], *sp)).collect();
    lines[2..]
        .iter()
        .map(|l| {
            headers
                .iter()
                .cloned()
                .zip(spans.iter().map(|sp| cell(l, *sp)))
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Processes.

/// PIDs of live processes whose environment holds exactly `entry`
/// (`NAME=value`). Zombies (no environ) are not counted.
pub fn pids_with_env(entry: &str) -> Vec<i32> {
    let mut pids = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return pids;
    };
    for e in dir.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let Ok(environ) = std::fs::read(format!("/proc/{pid}/environ")) else {
            continue;
        };
        if environ.split(|b| *b == 0).any(|v| v == entry.as_bytes()) {
            pids.push(pid);
        }
    }
    pids
}

/// Processes of worker `id`.
pub fn worker_pids(id: &str) -> Vec<i32> {
    pids_with_env(&format!("EVERAI_WORKER_ID={id}"))
}

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

pub fn unsafe_kill(pid: i32, sig: i32) {
    // SAFETY: kill(2) has no memory-safety preconditions.
    unsafe {
        kill(pid, sig);
    }
}

/// The worker ids of API worker objects.
pub fn ids(workers: &[Value]) -> Vec<String> {
    workers
        .iter()
        .filter_map(|w| w["id"].as_str().map(str::to_string))
        .collect()
}
