//! Shared harness of the integration tests: the built `everai` binary, run
//! against a real `everai server` on a free loopback port, in an isolated
//! environment. No mocks, no fixed sleeps: every wait polls a condition
//! until a deadline. Each test file is its own crate and says `mod common;`.
//!
//! - [`Sandbox`]: temp `HOME`, `EVERAI_HOME`, `XDG_RUNTIME_DIR` and working
//!   directory; a cleared environment (only `PATH` kept), no session bus, and
//!   `EVERAI_NO_KEYRING=1` unless a test is about the keyring.
//! - [`command`]: [`run`] a command with a deadline; [`Run`], the finished
//!   command with assertion helpers.
//! - [`server`]: [`Server`], `everai server --listen 127.0.0.1:0 ...` with a
//!   connected sandbox and API calls; stopped when dropped.
//! - [`http`]: the raw HTTP/1.1 client ([`http()`], [`request`], [`send`]).
//! - [`apps`]: manifests, app and worker helpers on [`Server`], route load.
//! - [`docker`]: the Docker engine and the fixture images.
//! - [`volumes`]: file trees with known content for volume tests.
//!
//! Commands run through [`run`] rather than assert_cmd: a command that
//! outlives [`COMMAND_DEADLINE`] must fail the test saying so (assert_cmd's
//! timeout returns the killed status like any other), stdin stays
//! `/dev/null` unless a test gives input, and [`Run`]'s checks are the CLI's
//! own contract (one stderr line, no panic) with the command line and both
//! streams in every failure message.
// Each test crate uses only part of the harness; the rest would warn.
#![allow(dead_code)]

pub mod apps;
pub mod command;
pub mod docker;
pub mod http;
pub mod server;
pub mod volumes;

// Short paths for the tests (`use common::*`); each uses some.
#[allow(unused_imports)]
pub use command::{collect, run, run_with_input, wait_deadline, Run};
#[allow(unused_imports)]
pub use http::{http, read_reply, request, send, Reply};
#[allow(unused_imports)]
pub use server::{Server, ServerOptions, FAST, WAIT};

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const EVERAI: &str = env!("CARGO_BIN_EXE_everai");
pub const EVER: &str = env!("CARGO_BIN_EXE_ever");

/// Longest any single CLI command may take before the test fails.
pub const COMMAND_DEADLINE: Duration = Duration::from_secs(60);
/// Longest a server may take to print its endpoint or to stop.
pub const SERVER_DEADLINE: Duration = Duration::from_secs(30);

/// A token unique to this process and call.
pub fn unique_token() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "tok-{}-{}-{nanos:x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Polls `check` every 20 ms until it returns `Some` or `deadline` passes.
#[track_caller]
pub fn poll<T>(deadline: Duration, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let end = Instant::now() + deadline;
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(
            Instant::now() < end,
            "timed out after {deadline:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The quick start's `configmap create` (README.md): the configmap the
/// get-start example's autoscaler reads.
pub const GET_START_CONFIGMAP: [&str; 13] = [
    "configmap",
    "create",
    "get-start-configmap",
    "--from-literal",
    "min_workers=1",
    "--from-literal",
    "max_workers=5",
    "--from-literal",
    "max_queue_size=2",
    "--from-literal",
    "scale_up_step=1",
    "--from-literal",
    "max_idle_time=60",
];

/// The Unix permission bits of `path`.
#[track_caller]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("stat {}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

// ---------------------------------------------------------------------------
// Sandbox: an isolated client environment.

pub struct Sandbox {
    root: tempfile::TempDir,
    vars: BTreeMap<String, String>,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Sandbox {
    pub fn new() -> Sandbox {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::Builder::new()
            .prefix("everai-test-")
            .tempdir()
            .expect("temp dir");
        for dir in ["home", "everai-home", "run", "work"] {
            std::fs::create_dir_all(root.path().join(dir)).expect("mkdir");
        }
        std::fs::set_permissions(
            root.path().join("run"),
            std::fs::Permissions::from_mode(0o700),
        )
        .expect("chmod run dir");
        let mut vars = BTreeMap::new();
        vars.insert(
            "PATH".to_string(),
            std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into()),
        );
        let p = |d: &str| root.path().join(d).display().to_string();
        vars.insert("HOME".into(), p("home"));
        vars.insert("EVERAI_HOME".into(), p("everai-home"));
        vars.insert("XDG_RUNTIME_DIR".into(), p("run"));
        vars.insert("XDG_CACHE_HOME".into(), p("home/.cache"));
        vars.insert("XDG_DATA_HOME".into(), p("home/.local/share"));
        vars.insert("LANG".into(), "C.UTF-8".into());
        vars.insert("EVERAI_NO_KEYRING".into(), "1".into());
        Sandbox { root, vars }
    }

    /// A sandbox whose CLI talks to `server` through EVERAI_ENDPOINT/EVERAI_TOKEN.
    pub fn connected(server: &Server) -> Sandbox {
        let mut s = Sandbox::new();
        s.connect(server);
        s
    }

    pub fn connect(&mut self, server: &Server) -> &mut Self {
        self.set("EVERAI_ENDPOINT", &server.endpoint)
            .set("EVERAI_TOKEN", &server.token)
    }

    pub fn set(&mut self, key: &str, value: &str) -> &mut Self {
        self.vars.insert(key.to_string(), value.to_string());
        self
    }

    pub fn unset(&mut self, key: &str) -> &mut Self {
        self.vars.remove(key);
        self
    }

    pub fn var(&self, key: &str) -> Option<&str> {
        self.vars.get(key).map(String::as_str)
    }

    pub fn root(&self) -> &Path {
        self.root.path()
    }

    pub fn everai_home(&self) -> PathBuf {
        self.root.path().join("everai-home")
    }

    pub fn token_file(&self) -> PathBuf {
        self.everai_home().join("token")
    }

    /// The working directory of every command (has no `.env`, no `app.py`).
    pub fn work(&self) -> PathBuf {
        self.root.path().join("work")
    }

    /// Writes `content` to `name` in the working directory; returns its path.
    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.work().join(name);
        std::fs::write(&path, content).expect("write test file");
        path
    }

    /// A command for `program` with exactly this sandbox's environment.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .envs(&self.vars)
            .current_dir(self.work())
            .stdin(Stdio::null());
        cmd
    }

    /// `everai ARGS` in this sandbox (not yet run).
    pub fn everai<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = self.command(EVERAI);
        cmd.args(args);
        cmd
    }

    /// Runs `everai ARGS` to completion.
    pub fn run<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run(self.everai(args))
    }

    /// Runs the reference client ([`reference_bin`]) with `args`.
    pub fn run_reference<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = self.command(reference_bin());
        cmd.args(args);
        run(cmd)
    }

    /// Runs `everai ARGS` with `input` on standard input.
    pub fn run_stdin<I, S>(&self, args: I, input: &str) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_with_input(self.everai(args), Some(input.as_bytes()))
    }
}

pub const SIGINT: i32 = 2;
pub const SIGKILL: i32 = 9;
pub const SIGTERM: i32 = 15;

pub fn send_signal(pid: u32, signal: i32) {
    let pid = i32::try_from(pid).expect("pid fits i32");
    // SAFETY: kill(2) has no memory-safety preconditions.
    let rc = unsafe { libc::kill(pid, signal) };
    assert_eq!(rc, 0, "kill({pid}, {signal}) failed");
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

/// An endpoint on which nothing listens (a port that was free a moment ago).
pub fn dead_endpoint() -> String {
    format!("http://127.0.0.1:{}", free_port())
}

/// A listener that records whether anyone connected: proof that a command
/// sent no request. The kernel completes connections into the backlog even
/// though nobody accepts them, so [`Sentinel::connections`] sees any attempt.
pub struct Sentinel {
    listener: std::net::TcpListener,
    pub endpoint: String,
}

impl Sentinel {
    pub fn new() -> Sentinel {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
        Sentinel { listener, endpoint }
    }

    pub fn connections(&self) -> usize {
        let mut n = 0;
        while self.listener.accept().is_ok() {
            n += 1;
        }
        n
    }
}

impl Default for Sentinel {
    fn default() -> Self {
        Self::new()
    }
}

// ---------------------------------------------------------------------------
// Expected outputs, written from docs/output.md.

/// The first cell of each data row of a table (tests use names without
/// spaces); the header and the dash line are skipped.
pub fn table_names(table: &str) -> Vec<String> {
    table
        .lines()
        .skip(1)
        .filter(|l| !l.chars().all(|c| c == '-' || c == ' '))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// docs/output.md ("simple" tabulate), implemented independently of
/// the crate to compute expected tables: width = max(header + 2, longest
/// cell); a column whose non-empty cells are all numbers is right-aligned,
/// header included; two spaces between columns; trailing blanks removed
/// except on the dash line.
pub fn tabulate(headers: &[&str], rows: &[Vec<&str>]) -> String {
    let numeric: Vec<bool> = (0..headers.len())
        .map(|i| {
            let cells: Vec<&str> = rows
                .iter()
                .map(|r| r[i].trim())
                .filter(|c| !c.is_empty())
                .collect();
            !cells.is_empty() && cells.iter().all(|c| c.parse::<f64>().is_ok())
        })
        .collect();
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([h.chars().count() + 2])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if numeric[i] {
                    format!("{c:>w$}", w = widths[i])
                } else {
                    format!("{c:<w$}", w = widths[i])
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    let mut out = line(headers.to_vec());
    out.push('\n');
    let dashes: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&dashes.join("  "));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r.clone()));
        out.push('\n');
    }
    out
}

/// The reference client (PyPI everai==0.2.41): `EVERAI_REF_BIN`, else the
/// virtualenv `scripts/test.sh` installs into `target/refvenv`.
pub fn reference_bin() -> PathBuf {
    let candidates: Vec<PathBuf> = std::env::var_os("EVERAI_REF_BIN")
        .map(PathBuf::from)
        .into_iter()
        .chain([PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/refvenv/bin/everai")])
        .collect();
    candidates
        .iter()
        .find(|p| p.is_file())
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "the reference client everai==0.2.41 is not installed (looked at {candidates:?}); \
                 run `scripts/test.sh`, which installs it into target/refvenv, or set EVERAI_REF_BIN"
            )
        })
}
