//! Worker processes of the local platform (`everai server`).
//!
//! The embedded platform runs each worker of an app as a local process. This
//! module is the process layer the worker supervisor builds on:
//!
//! * [`WorkerProcess::spawn`] starts `spec.command` in its **own process
//!   group**, in `spec.workdir`, with a clean environment, stdin from
//!   `/dev/null` and stdout + stderr appended to `spec.log_path`.
//! * [`WorkerProcess::wait`] resolves when the worker exits and describes how.
//! * [`WorkerProcess::stop`] sends SIGTERM to the whole group, then SIGKILL
//!   after a grace period.
//! * [`wait_ready`] polls the worker's port (TCP connect or HTTP GET).
//! * [`kill_leftover`] cleans up the workers of a previous server run.
//!
//! # Environment of a worker
//!
//! The child starts from an empty environment holding only `PATH` (a default
//! when the server has none), `HOME`, `LANG`, `LC_ALL` and `TZ` when set, then
//! `EVERAI_WORKER_ID=<id>`, `PORT=<port>` and `EVERAI_PORT=<port>`, then
//! `spec.env`, which may override any of them except `EVERAI_WORKER_ID`: that
//! variable is what [`kill_leftover`] and [`WorkerProcess::stop`] use to tell
//! the worker's processes from unrelated ones after PID reuse, so it is not
//! overridable.
//!
//! # Orphans: process groups, `PR_SET_PDEATHSIG` and the spawning thread
//!
//! Three layers keep workers from outliving the server:
//!
//! 1. **Process groups.** Every worker leads its own group (`setpgid(0, 0)`),
//!    so [`WorkerProcess::stop`] and `Drop` signal the whole tree (a shell
//!    and the python it started, its background jobs, ...) with `killpg`.
//!    `kill_on_drop(true)` is set as well, as a last resort for the leader.
//! 2. **`PR_SET_PDEATHSIG(SIGKILL)`** (Linux) makes the kernel SIGKILL the
//!    worker when the server dies abruptly (`kill -9`, OOM killer, panic with
//!    `abort`). The pitfall: the "parent" the kernel watches is the *thread*
//!    that forked, not the process. In a multi-threaded tokio runtime the
//!    calling thread may be a `spawn_blocking` thread (they exit after 10 s
//!    idle) or any short-lived thread that entered the runtime; when it exits
//!    the worker would be SIGKILLed for no reason while the server is fine.
//!    **Decision:** every spawn is performed on one dedicated, never-exiting
//!    std thread (`everai-spawner`), which enters the caller's runtime handle
//!    so the child is still registered with the caller's runtime for reaping.
//!    That thread lives exactly as long as the process, so the death signal
//!    fires exactly when the server process dies. The pre-exec hook also
//!    re-checks `getppid()` after `prctl` to close the race where the server
//!    dies between `fork` and `prctl`. (If that thread cannot be created, the
//!    spawn happens on the calling thread *without* pdeathsig rather than
//!    risking spurious kills.)
//! 3. **The guard.** When `ProcessSpec::guard` is set (the platform always
//!    sets it), the leader is `everai __worker-guard` with the command as its
//!    child, and the death signal is SIGHUP: the guard then stops the whole
//!    group, so background children die with the server too
//!    (`platform::guard`).
//! 4. **Next start.** The death signal reaches only the group leader; its
//!    descendants (e.g. `sh -c 'a & b'`) are re-parented, not killed, when the
//!    server dies. [`kill_leftover`] is meant to be called at the next start
//!    with the recorded pid and worker id: it kills the leader *and* any live
//!    member of its process group whose environment carries the worker's
//!    `EVERAI_WORKER_ID`, even when the leader itself is already gone. (A
//!    group whose members still exist pins its id, so that id cannot have
//!    been reused by an unrelated process group leader meanwhile.)
//!
//! Nothing here panics or unwraps I/O; every failure is an error value or a
//! description string.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;

use http_body_util::Empty;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::process::Child;
use tokio::time::Instant;

/// Name of the variable that marks every process of a worker.
const WORKER_ID_VAR: &str = "EVERAI_WORKER_ID";
/// PATH given to workers when the server itself has none.
const DEFAULT_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// Pause between two readiness attempts.
const READY_POLL: Duration = Duration::from_millis(50);
/// Upper bound of a single readiness attempt.
const READY_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(2);
/// Pause between two looks at a process group that is shutting down.
const GROUP_POLL: Duration = Duration::from_millis(20);
/// How long [`kill_leftover`] waits for the killed processes to vanish.
const LEFTOVER_WAIT: Duration = Duration::from_secs(1);

/// What to run for one worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessSpec {
    pub worker_id: String,
    /// argv; `$PORT` and `${PORT}` inside arguments are replaced by the port.
    pub command: Vec<String>,
    /// Added to a clean environment (see the module docs).
    pub env: Vec<(String, String)>,
    /// Working directory; must exist.
    pub workdir: PathBuf,
    pub port: u16,
    /// stdout and stderr are appended here (parent directories are created).
    pub log_path: PathBuf,
    /// A guard program (`everai` itself) that runs the command as its child
    /// and takes the whole group down when the server dies (see
    /// `platform::guard`); `None` runs the command directly.
    pub guard: Option<PathBuf>,
}

/// Why a worker could not be started.
#[derive(Debug)]
pub enum SpawnError {
    EmptyCommand,
    Workdir(PathBuf, io::Error),
    Log(PathBuf, io::Error),
    Spawn(String, io::Error),
}

impl fmt::Display for SpawnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpawnError::EmptyCommand => {
                write!(f, "worker command is empty (set spec.command in the app manifest)")
            }
            SpawnError::Workdir(path, e) => write!(
                f,
                "cannot use worker directory {}: {} (check that the app directory exists)",
                path.display(),
                describe_io(e)
            ),
            SpawnError::Log(path, e) => write!(
                f,
                "cannot open worker log file {}: {} (check that the server data directory is writable)",
                path.display(),
                describe_io(e)
            ),
            SpawnError::Spawn(program, e) => write!(
                f,
                "cannot start worker command {program:?}: {} (check spec.command in the app manifest)",
                describe_io(e)
            ),
        }
    }
}

impl std::error::Error for SpawnError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SpawnError::EmptyCommand => None,
            SpawnError::Workdir(_, e) | SpawnError::Log(_, e) | SpawnError::Spawn(_, e) => Some(e),
        }
    }
}

/// A running (or finished, not yet dropped) worker process.
///
/// Dropping it SIGKILLs the whole process group if the leader has not been
/// reaped yet.
#[derive(Debug)]
pub struct WorkerProcess {
    child: Child,
    pid: u32,
    worker_id: String,
    /// Set once the leader has been reaped: how it ended.
    exit: Option<String>,
}

impl WorkerProcess {
    /// Starts the worker described by `spec`. Must be called from within a
    /// tokio runtime (the child is reaped by that runtime).
    pub fn spawn(spec: &ProcessSpec) -> Result<WorkerProcess, SpawnError> {
        let program = match spec.command.first() {
            Some(p) if !p.is_empty() => expand_port(p, spec.port),
            _ => return Err(SpawnError::EmptyCommand),
        };
        let args: Vec<String> = spec.command[1..]
            .iter()
            .map(|a| expand_port(a, spec.port))
            .collect();

        let workdir = std::path::absolute(&spec.workdir)
            .map_err(|e| SpawnError::Workdir(spec.workdir.clone(), e))?;
        match std::fs::metadata(&workdir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(SpawnError::Workdir(
                    spec.workdir.clone(),
                    io::Error::from_raw_os_error(libc::ENOTDIR),
                ))
            }
            Err(e) => return Err(SpawnError::Workdir(spec.workdir.clone(), e)),
        }

        let (stdout, stderr) =
            open_log(&spec.log_path).map_err(|e| SpawnError::Log(spec.log_path.clone(), e))?;

        let env = build_env(spec);
        let path_var = env
            .iter()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.as_os_str());
        let resolved = resolve_program(&program, &workdir, path_var)
            .map_err(|e| SpawnError::Spawn(program.clone(), e))?;

        let runtime = tokio::runtime::Handle::try_current().map_err(|e| {
            SpawnError::Spawn(
                program.clone(),
                io::Error::other(format!(
                    "WorkerProcess::spawn must be called inside a tokio runtime ({e})"
                )),
            )
        })?;

        let spawner = spawner();
        let mut cmd = match &spec.guard {
            Some(guard) => {
                let mut cmd = std::process::Command::new(guard);
                cmd.arg(super::guard::SUBCOMMAND)
                    .arg(&program)
                    .arg(&resolved)
                    .args(&args);
                cmd
            }
            None => {
                let mut cmd = std::process::Command::new(&resolved);
                cmd.arg0(&program).args(&args);
                cmd
            }
        };
        // The guard turns the server's death into a clean stop of the group;
        // a command run directly is killed outright.
        let death_signal = if spec.guard.is_some() {
            libc::SIGHUP
        } else {
            libc::SIGKILL
        };
        cmd.env_clear()
            .envs(env.iter().map(|(k, v)| (k, v)))
            .current_dir(&workdir)
            .stdin(Stdio::null())
            .stdout(Stdio::from(stdout))
            .stderr(Stdio::from(stderr))
            .process_group(0);
        install_pre_exec(&mut cmd, spawner.is_some().then_some(death_signal));
        let mut cmd = tokio::process::Command::from(cmd);
        cmd.kill_on_drop(true);

        let spawned = match spawner {
            Some(tx) => {
                let (result_tx, result_rx) = mpsc::sync_channel::<io::Result<Child>>(1);
                let job: Job = Box::new(move || {
                    let _guard = runtime.enter();
                    // The receiver may be gone only if the caller vanished; then
                    // the child is dropped here and kill_on_drop reaps it.
                    let _ = result_tx.send(cmd.spawn());
                });
                if tx.send(job).is_err() {
                    Err(io::Error::other("the worker spawner thread is gone"))
                } else {
                    result_rx.recv().unwrap_or_else(|_| {
                        Err(io::Error::other("the worker spawner thread failed"))
                    })
                }
            }
            None => {
                let _guard = runtime.enter();
                cmd.spawn()
            }
        };
        let child = spawned.map_err(|e| SpawnError::Spawn(program.clone(), e))?;
        let Some(pid) = child.id() else {
            return Err(SpawnError::Spawn(
                program,
                io::Error::other("the process vanished right after starting"),
            ));
        };
        Ok(WorkerProcess {
            child,
            pid,
            worker_id: spec.worker_id.clone(),
            exit: None,
        })
    }

    /// Pid of the leader, which is also the id of the worker's process group.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// The worker id this process was started for.
    pub fn worker_id(&self) -> &str {
        &self.worker_id
    }

    /// Resolves when the process exits; returns a human description
    /// ("exited with status 3", "killed by signal 9 (SIGKILL)").
    /// Cancel-safe; once the process has ended, returns the same text again.
    pub async fn wait(&mut self) -> String {
        if let Some(done) = &self.exit {
            return done.clone();
        }
        let result = self.child.wait().await;
        self.record(result)
    }

    /// SIGTERM to the whole process group, then SIGKILL to the group after
    /// `grace` if the leader or another process of the group is still alive;
    /// returns once the leader is reaped.
    ///
    /// If the leader had already exited, only group members that still carry
    /// this worker's `EVERAI_WORKER_ID` cause signals (the group id may have
    /// been freed and reused otherwise).
    pub async fn stop(&mut self, grace: Duration) {
        let deadline = Instant::now() + grace;
        let Some(pgid) = self.pgid() else {
            // Not a usable group id: fall back to the leader alone.
            let _ = self.child.start_kill();
            let result = self.child.wait().await;
            self.record(result);
            return;
        };
        if self.exit.is_none() {
            self.try_reap();
        }
        // An unreaped leader (even a zombie) pins the group id, so signalling
        // the group is safe; after reaping, only if our own members remain.
        if self.exit.is_none() || self.own_members_alive(pgid) {
            signal_group(pgid, libc::SIGTERM);
        } else {
            return;
        }

        if self.exit.is_none() {
            if let Ok(result) = tokio::time::timeout_at(deadline, self.child.wait()).await {
                self.record(result);
            }
        }
        if self.exit.is_some() {
            // The leader is gone; give the rest of the group what is left.
            while self.own_members_alive(pgid) {
                let now = Instant::now();
                if now >= deadline {
                    break;
                }
                tokio::time::sleep_until((now + GROUP_POLL).min(deadline)).await;
            }
        }

        if self.exit.is_none() {
            signal_group(pgid, libc::SIGKILL);
            let _ = self.child.start_kill();
            let result = self.child.wait().await;
            self.record(result);
        } else if self.own_members_alive(pgid) {
            signal_group(pgid, libc::SIGKILL);
        }
    }

    fn pgid(&self) -> Option<i32> {
        i32::try_from(self.pid).ok().filter(|p| *p > 1)
    }

    fn record(&mut self, result: io::Result<ExitStatus>) -> String {
        let text = match result {
            Ok(status) => describe_status(status),
            Err(e) => format!("could not wait for worker process {}: {e}", self.pid),
        };
        self.exit = Some(text.clone());
        text
    }

    fn try_reap(&mut self) {
        if let Ok(Some(status)) = self.child.try_wait() {
            self.record(Ok(status));
        }
    }

    fn own_members_alive(&self, pgid: i32) -> bool {
        let marker = worker_marker(&self.worker_id);
        live_group_members(pgid)
            .into_iter()
            .any(|pid| environ_contains(pid, &marker))
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        if self.exit.is_none() {
            if let Some(pgid) = self.pgid() {
                // The leader is not reaped, so the group id is still ours.
                signal_group(pgid, libc::SIGKILL);
            }
        }
        // kill_on_drop SIGKILLs the leader and tokio reaps it in the background.
    }
}

/// A free loopback TCP port (bind 127.0.0.1:0, read, release).
pub fn free_port() -> io::Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}

/// Polls until the worker on `port` is ready.
///
/// With `probe_path` `Some(p)`: an HTTP GET of `http://127.0.0.1:{port}{p}`
/// answers 200. With `None`: a TCP connect to the port succeeds. Attempts are
/// 50 ms apart, each bounded by a short timeout; after `timeout` the error
/// says what was tried and how the last attempt failed.
pub async fn wait_ready(
    port: u16,
    probe_path: Option<&str>,
    timeout: Duration,
) -> Result<(), String> {
    let path = probe_path.map(|p| {
        if p.starts_with('/') {
            p.to_string()
        } else {
            format!("/{p}")
        }
    });
    let deadline = Instant::now() + timeout;
    let mut last: Option<String> = None;
    loop {
        let now = Instant::now();
        let budget = deadline
            .saturating_duration_since(now)
            .clamp(READY_POLL, READY_ATTEMPT_TIMEOUT);
        let attempt = async {
            match &path {
                Some(p) => http_probe(port, p).await,
                None => tcp_probe(port).await,
            }
        };
        match tokio::time::timeout(budget, attempt).await {
            Ok(Ok(())) => return Ok(()),
            Ok(Err(e)) => last = Some(e),
            // An attempt cut short by the approaching deadline says less than
            // the failure before it.
            Err(_) if last.is_none() || budget >= READY_ATTEMPT_TIMEOUT => {
                last = Some(format!("no answer within {}", fmt_duration(budget)));
            }
            Err(_) => {}
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        tokio::time::sleep_until((now + READY_POLL).min(deadline)).await;
    }
    let last = last.unwrap_or_default();
    Err(match &path {
        Some(p) => format!(
            "worker not ready: GET {p} on port {port} did not answer 200 within {} (last attempt: {last})",
            fmt_duration(timeout)
        ),
        None => format!(
            "worker not ready: TCP connect to 127.0.0.1:{port} did not succeed within {} (last attempt: {last})",
            fmt_duration(timeout)
        ),
    })
}

/// Kills a worker process group left over by a previous server run, but only
/// if its processes still carry `EVERAI_WORKER_ID={worker_id}` in
/// `/proc/{pid}/environ` (guards against PID reuse).
///
/// Matches either the leader `pid` itself or any live member of process group
/// `pid` (the leader may be gone while its children live on). Sends SIGKILL to
/// the group (`-pid`) and to the matching processes, then waits up to one
/// second for them to vanish. Returns true if it killed something.
pub fn kill_leftover(pid: i32, worker_id: &str) -> bool {
    if pid <= 1 || worker_id.is_empty() {
        return false;
    }
    // SAFETY: getpid/getpgrp have no preconditions.
    let (me, my_group) = unsafe { (libc::getpid(), libc::getpgrp()) };
    if pid == me || pid == my_group {
        return false;
    }
    let marker = worker_marker(worker_id);
    let mut targets: Vec<i32> = live_group_members(pid)
        .into_iter()
        .filter(|p| *p != me && environ_contains(*p, &marker))
        .collect();
    if !targets.contains(&pid) && environ_contains(pid, &marker) {
        targets.push(pid);
    }
    if targets.is_empty() {
        return false;
    }
    signal_group(pid, libc::SIGKILL);
    for target in &targets {
        // SAFETY: plain kill(2) on a positive pid verified above.
        unsafe {
            libc::kill(*target, libc::SIGKILL);
        }
    }
    let deadline = std::time::Instant::now() + LEFTOVER_WAIT;
    while targets.iter().any(|p| is_alive(*p)) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

// ---------------------------------------------------------------------------
// spawning

type Job = Box<dyn FnOnce() + Send + 'static>;

/// The dedicated, never-exiting thread all forks happen on (see module docs).
fn spawner() -> Option<&'static mpsc::Sender<Job>> {
    static SPAWNER: OnceLock<Option<mpsc::Sender<Job>>> = OnceLock::new();
    SPAWNER
        .get_or_init(|| {
            let (tx, rx) = mpsc::channel::<Job>();
            std::thread::Builder::new()
                .name("everai-spawner".into())
                .spawn(move || {
                    // The sender is in a static and never dropped: this loop
                    // runs for the lifetime of the process.
                    while let Ok(job) = rx.recv() {
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                })
                .ok()
                .map(|_| tx)
        })
        .as_ref()
}

/// Runs in the child between fork and exec: only async-signal-safe calls.
fn install_pre_exec(cmd: &mut std::process::Command, pdeathsig: Option<libc::c_int>) {
    // SAFETY: getpid has no preconditions.
    let parent = unsafe { libc::getpid() };
    let hook = move || -> io::Result<()> {
        // SAFETY: signal(2), prctl(2) and getppid(2) are async-signal-safe and
        // touch no memory of the parent; no allocation happens here.
        unsafe {
            // Dispositions set to SIG_IGN survive exec; a server started with
            // SIGTERM/SIGINT ignored must not make its workers unstoppable.
            for sig in [libc::SIGTERM, libc::SIGINT, libc::SIGQUIT] {
                libc::signal(sig, libc::SIG_DFL);
            }
            #[cfg(target_os = "linux")]
            if let Some(sig) = pdeathsig {
                if libc::prctl(libc::PR_SET_PDEATHSIG, sig as libc::c_ulong, 0, 0, 0) != 0 {
                    return Err(io::Error::last_os_error());
                }
                // The server died between fork and prctl: do not run orphaned.
                if libc::getppid() != parent {
                    return Err(io::Error::from_raw_os_error(libc::ESRCH));
                }
            }
            #[cfg(not(target_os = "linux"))]
            let _ = (pdeathsig, parent);
        }
        Ok(())
    };
    // SAFETY: the hook only makes async-signal-safe system calls.
    unsafe {
        cmd.pre_exec(hook);
    }
}

fn open_log(path: &Path) -> io::Result<(File, File)> {
    if let Some(parent) = path.parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)?;
        }
    }
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    let second = file.try_clone()?;
    Ok((file, second))
}

fn build_env(spec: &ProcessSpec) -> Vec<(OsString, OsString)> {
    fn set(env: &mut Vec<(OsString, OsString)>, key: OsString, value: OsString) {
        match env.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => env.push((key, value)),
        }
    }
    let mut env = Vec::new();
    let path = std::env::var_os("PATH")
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| OsString::from(DEFAULT_PATH));
    set(&mut env, "PATH".into(), path);
    for key in ["HOME", "LANG", "LC_ALL", "TZ"] {
        if let Some(value) = std::env::var_os(key) {
            set(&mut env, key.into(), value);
        }
    }
    let port = spec.port.to_string();
    set(
        &mut env,
        WORKER_ID_VAR.into(),
        spec.worker_id.clone().into(),
    );
    set(&mut env, "PORT".into(), port.clone().into());
    set(&mut env, "EVERAI_PORT".into(), port.into());
    for (key, value) in &spec.env {
        if key != WORKER_ID_VAR {
            set(&mut env, key.into(), value.into());
        }
    }
    env
}

/// Replaces `$PORT` and `${PORT}` (not `$PORTS` & co.) by the port.
fn expand_port(arg: &str, port: u16) -> String {
    let port = port.to_string();
    let mut out = String::with_capacity(arg.len());
    let mut rest = arg;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(tail) = after.strip_prefix("{PORT}") {
            out.push_str(&port);
            rest = tail;
            continue;
        }
        if let Some(tail) = after.strip_prefix("PORT") {
            let continues_name = tail
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            if !continues_name {
                out.push_str(&port);
                rest = tail;
                continue;
            }
        }
        out.push('$');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `PATH` lookup in the child's PATH; a relative path with a `/` is taken
/// relative to the workdir.
fn resolve_program(program: &str, workdir: &Path, path_var: Option<&OsStr>) -> io::Result<PathBuf> {
    if program.contains('/') {
        let p = Path::new(program);
        let full = if p.is_absolute() {
            p.to_path_buf()
        } else {
            workdir.join(p)
        };
        return match std::fs::metadata(&full) {
            Ok(m) if m.is_dir() => Err(io::Error::other(format!(
                "{} is a directory",
                full.display()
            ))),
            Ok(m) if m.permissions().mode() & 0o111 == 0 => Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!("{} is not executable (chmod +x it)", full.display()),
            )),
            Ok(_) => Ok(full),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{} does not exist", full.display()),
            )),
            Err(e) => Err(e),
        };
    }
    let path_var = path_var.unwrap_or(OsStr::new(DEFAULT_PATH));
    let mut not_executable = None;
    for dir in std::env::split_paths(path_var) {
        let dir = if dir.as_os_str().is_empty() || dir.is_relative() {
            workdir.join(dir)
        } else {
            dir
        };
        let candidate = dir.join(program);
        if let Ok(m) = std::fs::metadata(&candidate) {
            if m.is_file() {
                if m.permissions().mode() & 0o111 != 0 {
                    return Ok(candidate);
                }
                not_executable.get_or_insert(candidate);
            }
        }
    }
    Err(match not_executable {
        Some(c) => io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("{} is not executable (chmod +x it)", c.display()),
        ),
        None => io::Error::new(
            io::ErrorKind::NotFound,
            format!("not found in PATH ({})", path_var.to_string_lossy()),
        ),
    })
}

// ---------------------------------------------------------------------------
// signals, /proc

fn signal_group(pgid: i32, sig: i32) {
    if pgid > 1 {
        // SAFETY: killpg(2) on a positive group id; errors (ESRCH) are fine.
        unsafe {
            libc::killpg(pgid, sig);
        }
    }
}

fn worker_marker(worker_id: &str) -> Vec<u8> {
    format!("{WORKER_ID_VAR}={worker_id}").into_bytes()
}

/// Whether `/proc/{pid}/environ` holds exactly the entry `marker`.
fn environ_contains(pid: i32, marker: &[u8]) -> bool {
    std::fs::read(format!("/proc/{pid}/environ"))
        .map(|data| data.split(|b| *b == 0).any(|entry| entry == marker))
        .unwrap_or(false)
}

/// (state, process group) from `/proc/{pid}/stat`.
fn proc_stat(pid: i32) -> Option<(u8, i32)> {
    let stat = std::fs::read(format!("/proc/{pid}/stat")).ok()?;
    let close = stat.iter().rposition(|b| *b == b')')?;
    let rest = std::str::from_utf8(&stat[close + 1..]).ok()?;
    let mut fields = rest.split_ascii_whitespace();
    let state = *fields.next()?.as_bytes().first()?;
    let _ppid = fields.next()?;
    let pgrp = fields.next()?.parse().ok()?;
    Some((state, pgrp))
}

/// Exists and is not a zombie (an unreaped zombie has finished running).
fn is_alive(pid: i32) -> bool {
    matches!(proc_stat(pid), Some((state, _)) if state != b'Z' && state != b'X')
}

/// Pids of the live (non-zombie) processes in process group `pgid`.
fn live_group_members(pgid: i32) -> Vec<i32> {
    if pgid <= 1 {
        return Vec::new();
    }
    // SAFETY: killpg with signal 0 only checks for existence.
    if unsafe { libc::killpg(pgid, 0) } != 0
        && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
    {
        return Vec::new();
    }
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            matches!(proc_stat(*pid), Some((state, pgrp))
                if pgrp == pgid && state != b'Z' && state != b'X')
        })
        .collect()
}

// ---------------------------------------------------------------------------
// readiness probes

async fn tcp_probe(port: u16) -> Result<(), String> {
    tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .map(drop)
        .map_err(|e| describe_io(&e))
}

async fn http_probe(port: u16, path: &str) -> Result<(), String> {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(|e| format!("could not connect: {}", describe_io(&e)))?;
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake::<_, Empty<Bytes>>(TokioIo::new(stream))
            .await
            .map_err(|e| format!("HTTP handshake failed: {e}"))?;
    let request = hyper::Request::builder()
        .method(hyper::Method::GET)
        .uri(path)
        .header(hyper::header::HOST, format!("127.0.0.1:{port}"))
        .header(hyper::header::USER_AGENT, "everai-readiness-probe")
        .body(Empty::<Bytes>::new())
        .map_err(|e| format!("invalid probe path {path:?}: {e}"))?;
    let send = sender.send_request(request);
    tokio::pin!(conn);
    tokio::pin!(send);
    let response = tokio::select! {
        response = &mut send => response.map_err(|e| format!("request failed: {e}"))?,
        closed = &mut conn => {
            // The connection may finish in the same poll that delivered the
            // answer (server closes right after it): collect it if it is there.
            match send.await {
                Ok(response) => response,
                Err(e) => {
                    return Err(match closed {
                        Ok(()) => format!("connection closed before an answer ({e})"),
                        Err(conn_err) => format!("connection failed: {conn_err}"),
                    })
                }
            }
        }
    };
    let status = response.status();
    if status == hyper::StatusCode::OK {
        Ok(())
    } else {
        Err(format!("answered {status}"))
    }
}

// ---------------------------------------------------------------------------
// descriptions

fn describe_status(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        format!("exited with status {code}")
    } else if let Some(sig) = status.signal() {
        let core = if status.core_dumped() {
            ", core dumped"
        } else {
            ""
        };
        format!("killed by signal {sig} ({}{core})", signal_name(sig))
    } else {
        format!("ended: {status}")
    }
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGUSR1 => "SIGUSR1",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGUSR2 => "SIGUSR2",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGCHLD => "SIGCHLD",
        libc::SIGCONT => "SIGCONT",
        libc::SIGSTOP => "SIGSTOP",
        libc::SIGTSTP => "SIGTSTP",
        libc::SIGTTIN => "SIGTTIN",
        libc::SIGTTOU => "SIGTTOU",
        libc::SIGURG => "SIGURG",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGVTALRM => "SIGVTALRM",
        libc::SIGPROF => "SIGPROF",
        libc::SIGWINCH => "SIGWINCH",
        libc::SIGIO => "SIGIO",
        libc::SIGSYS => "SIGSYS",
        _ => "unknown signal",
    }
}

/// An I/O error without the trailing " (os error N)".
fn describe_io(e: &io::Error) -> String {
    let text = e.to_string();
    match (e.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(i)) => text[..i].to_string(),
        _ => text,
    }
}

fn fmt_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        format!("{ms}ms")
    } else if ms % 1000 == 0 {
        format!("{}s", ms / 1000)
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let err = WorkerProcess::spawn(&spec(dir.path(), "w-typo", &["./plain.txt"]))
            .expect_err("must fail");
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
    async fn http_server(
        statuses: Vec<u16>,
    ) -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
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
                let answer = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                );
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
            .expect_err("never ready");
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
            .expect_err("404");
        assert!(err.contains("answered 404 Not Found"), "{err}");

        // Accepts connections (kernel backlog) but never answers.
        let silent = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind");
        let silent_port = silent.local_addr().expect("addr").port();
        let err = wait_ready(silent_port, Some("/healthz"), Duration::from_millis(300))
            .await
            .expect_err("silent server");
        assert!(
            err.contains("within 300ms (last attempt: no answer within "),
            "{err}"
        );
        drop(silent);

        let closed = free_port().expect("port");
        let err = wait_ready(closed, Some("/healthz"), Duration::from_millis(200))
            .await
            .expect_err("nothing listens");
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
            .expect_err("nothing listens");
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
            r = wait_ready(port, Some("/"), Duration::from_secs(30)) => r,
            exit = w.wait() => Err(format!("worker {exit}: {}", read_log(&s))),
        };
        w.stop(Duration::from_secs(5)).await;
        ready.expect("python http.server ready");
    }

    #[tokio::test]
    async fn kill_leftover_kills_only_marked_processes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut w =
            WorkerProcess::spawn(&spec(dir.path(), "w-1", &["sleep", "1000"])).expect("spawn");
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
}
