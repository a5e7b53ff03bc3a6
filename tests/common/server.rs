//! The local platform under test: `everai server --listen 127.0.0.1:0` in a
//! temp data dir and an isolated [`Sandbox`], its endpoint read from its
//! first stdout lines, a connected sandbox for the CLI, and calls of its API.
//! Dropping it stops it gracefully (workers and containers are stopped by
//! the server itself), then kills it and any worker process still carrying
//! its endpoint: nothing it started outlives a test, even a failed one.

use super::http::{addr_of, http};
use super::{collect, send_signal, unique_token, wait_deadline, Run, Sandbox, EVERAI};
use super::{SERVER_DEADLINE, SIGKILL, SIGTERM};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// Deadline for conditions that depend on workers starting and requests
/// finishing (generous: the machine may be busy with other test binaries).
pub const WAIT: Duration = Duration::from_secs(40);

/// The flags of [`Server::for_apps`]: fast ticks, a short stop grace.
pub const FAST: &[&str] = &[
    "--tick-ms",
    "100",
    "--stop-grace",
    "3",
    "--ready-timeout",
    "30",
];

/// How long a dropped server may take to stop before it is killed.
const DROP_GRACE: Duration = Duration::from_secs(15);

/// A running `everai server`.
pub struct Server {
    pub endpoint: String,
    /// `127.0.0.1:PORT` of the endpoint.
    pub addr: String,
    pub token: String,
    pub data_dir: PathBuf,
    /// The first stdout lines, as printed.
    pub banner: Vec<String>,
    /// A CLI environment connected through EVERAI_ENDPOINT / EVERAI_TOKEN
    /// (the one the server runs in, unless the options gave another).
    pub sandbox: Sandbox,
    /// None once stopped or killed.
    child: Option<Child>,
    stderr: Arc<Mutex<String>>,
    stdout: Arc<Mutex<String>>,
    _owned_dir: Option<tempfile::TempDir>,
}

pub struct ServerOptions<'a> {
    /// None: a fresh temp dir owned by the server.
    pub data_dir: Option<&'a Path>,
    /// None: `--token` is not given (the server makes or reuses its own).
    pub token: Option<String>,
    /// Pass `--no-login` (default).
    pub no_login: bool,
    /// The environment to run in; None: the server's own [`Server::sandbox`].
    /// Not one connected to another server: a dropped server kills the
    /// processes that carry its endpoint.
    pub sandbox: Option<&'a Sandbox>,
    pub program: &'a str,
    /// A command the server runs under, e.g. `["prlimit", "--nofile=1024:1024"]`.
    pub launcher: &'a [&'a str],
    /// More `everai server` flags.
    pub args: &'a [&'a str],
}

impl Default for ServerOptions<'_> {
    fn default() -> Self {
        ServerOptions {
            data_dir: None,
            token: Some(unique_token()),
            no_login: true,
            sandbox: None,
            program: EVERAI,
            launcher: &[],
            args: &[],
        }
    }
}

impl Server {
    /// A fresh server: new data dir, unique token, `--no-login`.
    pub fn start() -> Server {
        Server::start_with(ServerOptions::default())
    }

    /// A server on an existing data dir with a known token (restarts).
    pub fn start_on(data_dir: &Path, token: &str) -> Server {
        Server::start_with(ServerOptions {
            data_dir: Some(data_dir),
            token: Some(token.to_string()),
            ..Default::default()
        })
    }

    /// A fresh server for apps and workers: [`FAST`] plus `extra` flags.
    pub fn for_apps(extra: &[&str]) -> Server {
        let args = [FAST, extra].concat();
        Server::start_with(ServerOptions {
            args: &args,
            ..Default::default()
        })
    }

    /// [`Server::for_apps`] on `data_dir` (which the caller keeps) with `token`.
    pub fn for_apps_on(data_dir: &Path, token: &str, extra: &[&str]) -> Server {
        let args = [FAST, extra].concat();
        Server::start_with(ServerOptions {
            data_dir: Some(data_dir),
            token: Some(token.to_string()),
            args: &args,
            ..Default::default()
        })
    }

    pub fn start_with(opts: ServerOptions<'_>) -> Server {
        let (owned_dir, data_dir) = match opts.data_dir {
            Some(d) => (None, d.to_path_buf()),
            None => {
                let t = tempfile::Builder::new()
                    .prefix("everai-data-")
                    .tempdir()
                    .expect("temp dir");
                let p = t.path().join("data");
                (Some(t), p)
            }
        };
        let mut sandbox = Sandbox::new();
        let env = opts.sandbox.unwrap_or(&sandbox);
        let mut cmd = match opts.launcher.split_first() {
            Some((launcher, launcher_args)) => {
                let mut cmd = env.command(launcher);
                cmd.args(launcher_args).arg(opts.program);
                cmd
            }
            None => env.command(opts.program),
        };
        cmd.args(["server", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(&data_dir)
            .args(opts.args);
        if let Some(token) = &opts.token {
            cmd.args(["--token", token]);
        }
        if opts.no_login {
            cmd.arg("--no-login");
        }
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start everai server");
        let stdout = Arc::new(Mutex::new(String::new()));
        let lines = stdout_lines(&mut child, stdout.clone());
        let stderr = collect(child.stderr.take().expect("stderr"));

        let end = Instant::now() + SERVER_DEADLINE;
        let mut banner = Vec::new();
        while banner.len() < 3 {
            let left = end.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) => banner.push(line),
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!(
                        "everai server printed {banner:?} and no more within {SERVER_DEADLINE:?}; stderr:\n{}",
                        stderr.lock().expect("lock")
                    );
                }
            }
        }
        let endpoint = banner[0]
            .strip_prefix("Endpoint: ")
            .unwrap_or_else(|| panic!("first line is not `Endpoint: URL`: {banner:?}"))
            .to_string();
        let token = banner[1]
            .strip_prefix("Token: ")
            .unwrap_or_else(|| panic!("second line is not `Token: TOKEN`: {banner:?}"))
            .to_string();
        sandbox
            .set("EVERAI_ENDPOINT", &endpoint)
            .set("EVERAI_TOKEN", &token);
        Server {
            addr: addr_of(&endpoint),
            endpoint,
            token,
            data_dir,
            banner,
            sandbox,
            child: Some(child),
            stderr,
            stdout,
            _owned_dir: owned_dir,
        }
    }

    /// The server's process id (0 once stopped).
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("lock").clone()
    }

    pub fn stdout(&self) -> String {
        self.stdout.lock().expect("lock").clone()
    }

    /// Sends `signal` (e.g. [`SIGTERM`]) to the server process.
    pub fn signal(&self, signal: i32) {
        let child = self.child.as_ref().expect("the server is running");
        send_signal(child.id(), signal);
    }

    /// SIGKILL, then reap.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGTERM (unless it already exited), then wait for the exit; SIGKILL
    /// after `deadline` (None then).
    pub fn stop(&mut self, deadline: Duration) -> Option<ExitStatus> {
        let mut child = self.child.take()?;
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        send_signal(child.id(), SIGTERM);
        let status = wait_deadline(&mut child, deadline);
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        status
    }

    /// Waits for the server to exit on its own (after a signal).
    pub fn wait_exit(&mut self, deadline: Duration) -> ExitStatus {
        let child = self.child.as_mut().expect("the server is running");
        wait_deadline(child, deadline).unwrap_or_else(|| {
            panic!(
                "everai server still running after {deadline:?}; stderr:\n{}",
                self.stderr()
            )
        })
    }

    /// Processes started by this server (workers carry its endpoint).
    pub fn worker_processes(&self) -> Vec<i32> {
        pids_with_env(&format!("EVERAI_ENDPOINT={}", self.endpoint))
    }

    // --- The CLI and the API ---------------------------------------------

    /// `everai ARGS` from the sandbox's working directory (no app.yaml there).
    pub fn cli(&self, args: &[&str]) -> Run {
        self.sandbox.run(args)
    }

    /// `everai ARGS`, which must succeed; its stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.cli(args);
        r.success();
        r.stdout
    }

    /// One raw API request with the platform token: (status, body).
    pub fn http(&self, method: &str, path: &str, body: Option<&[u8]>) -> (u16, String) {
        let auth = format!("Bearer {}", self.token);
        http(&self.endpoint, method, path, Some(&auth), body)
    }

    /// One API call with the platform token: (status, JSON body or the text
    /// as a JSON string).
    pub fn api(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
        let bytes = body.map(|b| b.to_string().into_bytes());
        let (status, text) = self.http(method, path, bytes.as_deref());
        let json = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, json)
    }

    /// `everai configmap VERB NAME --from-literal k=v ...`
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
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop(DROP_GRACE);
        for pid in self.worker_processes() {
            // SAFETY: kill(2) has no memory-safety preconditions.
            unsafe {
                libc::kill(pid, SIGKILL);
            }
        }
    }
}

/// Lines of the child's stdout, as they come (also kept in `buf`).
fn stdout_lines(child: &mut Child, buf: Arc<Mutex<String>>) -> mpsc::Receiver<String> {
    let out = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            buf.lock().expect("lock").push_str(&format!("{line}\n"));
            let _ = tx.send(line);
        }
    });
    rx
}

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
