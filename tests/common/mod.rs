//! Shared harness of the integration tests: the built `everai` binary, run
//! against a real `everai server` on a free loopback port, in an isolated
//! environment. No mocks, no fixed sleeps: every wait polls a condition
//! until a deadline.
//!
//! - [`Sandbox`]: temp `HOME`, `EVERAI_HOME`, `XDG_RUNTIME_DIR` and working
//!   directory; a cleared environment (only `PATH` kept), no session bus, and
//!   `EVERAI_NO_KEYRING=1` unless a test is about the keyring.
//! - [`Server`]: `everai server --listen 127.0.0.1:0 ...`; reads the endpoint
//!   from its first stdout line; killed when dropped.
//! - [`Run`]: a finished command with assertion helpers.
//! - [`http`]: a raw HTTP/1.1 request over `std::net::TcpStream`.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
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

    /// Runs `everai ARGS` with `input` on standard input.
    pub fn run_stdin<I, S>(&self, args: I, input: &str) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_with_input(self.everai(args), Some(input.as_bytes()))
    }
}

// ---------------------------------------------------------------------------
// Running a command with a deadline.

/// A finished command: exit code, captured output, and the command line for
/// messages.
#[derive(Debug, Clone)]
pub struct Run {
    pub line: String,
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: Command) -> Run {
    run_with_input(cmd, None)
}

/// Spawns `cmd`, feeds `input`, collects stdout/stderr on helper threads, and
/// kills it (failing the test) if it outlives [`COMMAND_DEADLINE`].
pub fn run_with_input(mut cmd: Command, input: Option<&[u8]>) -> Run {
    let line = describe(&cmd);
    if input.is_some() {
        cmd.stdin(Stdio::piped());
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start `{line}`: {e}"));
    if let Some(input) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    let out = reader(child.stdout.take().expect("stdout"));
    let err = reader(child.stderr.take().expect("stderr"));
    let Some(status) = wait_deadline(&mut child, COMMAND_DEADLINE) else {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "`{line}` did not finish within {COMMAND_DEADLINE:?}\nstdout: {}\nstderr: {}",
            out.join().unwrap_or_default(),
            err.join().unwrap_or_default()
        )
    };
    Run {
        line,
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
    }
}

fn reader(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Waits for `child` to exit, polling, until `deadline`.
pub fn wait_deadline(child: &mut Child, deadline: Duration) -> Option<ExitStatus> {
    let end = Instant::now() + deadline;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < end => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) => return None,
            Err(e) => panic!("wait: {e}"),
        }
    }
}

fn describe(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program())
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut parts = vec![program];
    for arg in cmd.get_args() {
        let a = arg.to_string_lossy();
        parts.push(if a.len() > 80 {
            format!(
                "{}...",
                &a[..a.char_indices().nth(77).map_or(a.len(), |(i, _)| i)]
            )
        } else {
            a.into_owned()
        });
    }
    parts.join(" ")
}

impl Run {
    /// The exit code; fails the test when a signal ended the process.
    #[track_caller]
    pub fn code(&self) -> i32 {
        match self.status.code() {
            Some(c) => c,
            None => panic!(
                "`{}` was killed by a signal ({:?}){}",
                self.line,
                self.status,
                self.dump()
            ),
        }
    }

    fn dump(&self) -> String {
        format!(
            "\n--- stdout ---\n{}--- stderr ---\n{}",
            self.stdout, self.stderr
        )
    }

    /// No panic, no backtrace, not killed by a signal, exit code not 101.
    #[track_caller]
    pub fn no_panic(&self) -> &Self {
        let code = self.code();
        assert!(
            code != 101
                && !self.stderr.contains("panicked")
                && !self.stderr.contains("RUST_BACKTRACE")
                && !self.stderr.contains("stack backtrace"),
            "`{}` panicked (exit {code}){}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn success(&self) -> &Self {
        self.no_panic();
        assert_eq!(self.code(), 0, "`{}` failed{}", self.line, self.dump());
        self
    }

    #[track_caller]
    pub fn exit(&self, expected: i32) -> &Self {
        self.no_panic();
        assert_eq!(
            self.code(),
            expected,
            "exit code of `{}`{}",
            self.line,
            self.dump()
        );
        self
    }

    /// A failure reported the way the CLI promises: exit `code`, nothing on
    /// stdout, exactly one line on stderr.
    #[track_caller]
    pub fn one_line_error(&self, code: i32) -> &Self {
        self.exit(code);
        assert_eq!(
            self.stdout,
            "",
            "`{}` printed on stdout{}",
            self.line,
            self.dump()
        );
        assert_eq!(
            self.stderr.lines().count(),
            1,
            "`{}` must print exactly one line on stderr{}",
            self.line,
            self.dump()
        );
        assert!(self.stderr.ends_with('\n'), "stderr ends with a newline");
        self
    }

    /// The one stderr line without the optional `error: ` prefix.
    pub fn error_message(&self) -> String {
        let line = self.stderr.trim_end();
        line.strip_prefix("error: ").unwrap_or(line).to_string()
    }

    #[track_caller]
    pub fn stdout_is(&self, expected: &str) -> &Self {
        assert_eq!(
            self.stdout,
            expected,
            "stdout of `{}`{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stderr_is(&self, expected: &str) -> &Self {
        assert_eq!(
            self.stderr,
            expected,
            "stderr of `{}`{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout of `{}` lacks {needle:?}{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr of `{}` lacks {needle:?}{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn nowhere(&self, needle: &str) -> &Self {
        assert!(
            !self.stdout.contains(needle) && !self.stderr.contains(needle),
            "`{}` printed {needle:?}{}",
            self.line,
            self.dump()
        );
        self
    }
}

// ---------------------------------------------------------------------------
// The local platform.

/// A running `everai server`; killed (SIGKILL) when dropped.
pub struct Server {
    pub endpoint: String,
    pub token: String,
    pub data_dir: PathBuf,
    /// The first stdout lines, as printed.
    pub banner: Vec<String>,
    child: Child,
    stderr: Arc<Mutex<String>>,
    stdout: Arc<Mutex<String>>,
    _owned_dir: Option<tempfile::TempDir>,
    _sandbox: Option<Sandbox>,
}

pub struct ServerOptions<'a> {
    /// None: a fresh temp dir owned by the server.
    pub data_dir: Option<&'a Path>,
    /// None: `--token` is not given (the server makes or reuses its own).
    pub token: Option<String>,
    /// Pass `--no-login` (default).
    pub no_login: bool,
    /// The environment to run in; None: a private sandbox.
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
        let own_sandbox = match opts.sandbox {
            Some(_) => None,
            None => Some(Sandbox::new()),
        };
        let sandbox = opts.sandbox.or(own_sandbox.as_ref()).expect("a sandbox");
        let mut cmd = match opts.launcher.split_first() {
            Some((launcher, launcher_args)) => {
                let mut cmd = sandbox.command(launcher);
                cmd.args(launcher_args).arg(opts.program);
                cmd
            }
            None => sandbox.command(opts.program),
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
        let stderr = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel::<String>();
        {
            let out = child.stdout.take().expect("stdout");
            let buf = stdout.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines() {
                    let Ok(line) = line else { break };
                    buf.lock().expect("lock").push_str(&format!("{line}\n"));
                    let _ = tx.send(line);
                }
            });
        }
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

        let end = Instant::now() + SERVER_DEADLINE;
        let mut banner = Vec::new();
        while banner.len() < 3 {
            let left = end.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
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
        Server {
            endpoint,
            token,
            data_dir,
            banner,
            child,
            stderr,
            stdout,
            _owned_dir: owned_dir,
            _sandbox: own_sandbox,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `host:port` of the endpoint.
    pub fn addr(&self) -> String {
        addr_of(&self.endpoint)
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("lock").clone()
    }

    pub fn stdout(&self) -> String {
        self.stdout.lock().expect("lock").clone()
    }

    /// Sends `signal` (e.g. [`SIGTERM`]) to the server process.
    pub fn signal(&self, signal: i32) {
        send_signal(self.child.id(), signal);
    }

    /// SIGKILL, then reap.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Waits for the server to exit on its own.
    pub fn wait_exit(&mut self, deadline: Duration) -> ExitStatus {
        wait_deadline(&mut self.child, deadline).unwrap_or_else(|| {
            panic!(
                "everai server still running after {deadline:?}; stderr:\n{}",
                self.stderr()
            )
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

pub const SIGINT: i32 = 2;
pub const SIGKILL: i32 = 9;
pub const SIGTERM: i32 = 15;

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

pub fn send_signal(pid: u32, signal: i32) {
    let pid = i32::try_from(pid).expect("pid fits i32");
    // SAFETY: kill(2) has no memory-safety preconditions.
    let rc = unsafe { kill(pid, signal) };
    assert_eq!(rc, 0, "kill({pid}, {signal}) failed");
}

/// An endpoint on which nothing listens (a port that was free a moment ago).
pub fn dead_endpoint() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
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
// Raw HTTP, for what the CLI cannot send (no token, oversized names).

fn addr_of(endpoint: &str) -> String {
    endpoint
        .strip_prefix("http://")
        .unwrap_or(endpoint)
        .trim_end_matches('/')
        .to_string()
}

/// One HTTP/1.1 request; returns the status code and the body.
pub fn http(
    endpoint: &str,
    method: &str,
    path: &str,
    authorization: Option<&str>,
    body: Option<&[u8]>,
) -> (u16, String) {
    let addr = addr_of(endpoint);
    let mut stream = TcpStream::connect(&addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    stream
        .set_read_timeout(Some(COMMAND_DEADLINE))
        .expect("timeout");
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\n");
    if let Some(auth) = authorization {
        req.push_str(&format!("Authorization: {auth}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).expect("send request");
    if let Some(b) = body {
        stream.write_all(b).expect("send body");
    }
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read response");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("malformed HTTP response: {text:?}"));
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    let chunked = head.lines().any(|l| {
        l.to_ascii_lowercase().starts_with("transfer-encoding:")
            && l.to_ascii_lowercase().contains("chunked")
    });
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    (status, body)
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n =
            usize::from_str_radix(size.split(';').next().unwrap_or("0").trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
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
