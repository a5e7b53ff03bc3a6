//! Starting a worker process (own process group, clean environment, log
//! file, parent-death signal on a dedicated thread) and the handle that
//! waits for it and stops its whole group.

use super::group::{environ_contains, live_group_members, signal_group, worker_marker};
use super::status::{describe_io, describe_status};
use super::{DEFAULT_PATH, GROUP_POLL, WORKER_ID_VAR};
use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;
use tokio::process::Child;
use tokio::time::Instant;

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
                cmd.arg(crate::platform::guard::SUBCOMMAND)
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

pub(super) fn build_env(spec: &ProcessSpec) -> Vec<(OsString, OsString)> {
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
pub(crate) fn expand_port(arg: &str, port: u16) -> String {
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
pub(super) fn resolve_program(
    program: &str,
    workdir: &Path,
    path_var: Option<&OsStr>,
) -> io::Result<PathBuf> {
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
