//! Helpers of the tests with apps (routes, request queue, workers,
//! autoscaling), on top of [`Server`]:
//!
//! - app and worker calls as methods of [`Server`] (`create_app`,
//!   `workers`, `wait_free`, `queue`, `events`, ...);
//! - [`manifest`]: app manifests around the get-start example server;
//! - [`Load`]: concurrent route clients;
//! - [`parse_table`]: the CLI's tables as rows of named cells;
//! - [`worker_pids`]: a worker's processes, found by `EVERAI_WORKER_ID=<id>`
//!   in `/proc/*/environ`.

use super::poll;
// What tests with apps use beside these helpers, for one `use common::apps::*`.
#[allow(unused_imports)]
pub use super::http::{read_reply, request, send, Reply};
#[allow(unused_imports)]
pub use super::server::{pids_with_env, Server, FAST, WAIT};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// The crate's root (examples live there).
pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

pub fn example_dir() -> PathBuf {
    Path::new(REPO).join("examples").join("get-start")
}

/// The get-start example's server, by absolute path.
pub fn example_server() -> PathBuf {
    example_dir().join("server.py")
}

// ---------------------------------------------------------------------------
// Apps and workers on the platform under test.

impl Server {
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

    /// The path of app `app`'s route `path`.
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
// Route load.

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

/// Processes of worker `id`.
pub fn worker_pids(id: &str) -> Vec<i32> {
    pids_with_env(&format!("EVERAI_WORKER_ID={id}"))
}

/// Sends `sig` to `pid`, which may already be gone.
pub fn unsafe_kill(pid: i32, sig: i32) {
    // SAFETY: kill(2) has no memory-safety preconditions.
    unsafe {
        libc::kill(pid, sig);
    }
}

/// The worker ids of API worker objects.
pub fn ids(workers: &[Value]) -> Vec<String> {
    workers
        .iter()
        .filter_map(|w| w["id"].as_str().map(str::to_string))
        .collect()
}
