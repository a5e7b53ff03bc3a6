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

mod exec;
mod group;
mod ready;
mod spawn;
mod status;

pub use group::kill_leftover;
pub use ready::{free_port, wait_ready, NotReady, ProbeFailure};
pub(crate) use spawn::expand_port;
pub use spawn::{ProcessSpec, SpawnError, WorkerProcess};

#[cfg(test)]
mod tests;
use super::backend::{BoxFuture, Launch, RunningWorker, StartError, WorkerRuntime};
use super::exec::{ExecError, ExecRequest, ExecSession, ExecTarget};
use std::path::PathBuf;
use std::time::Duration;

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

/// The process runtime: each worker is a local run of `spec.command`.
pub struct ProcessRuntime {
    /// The `everai` binary, which runs each worker under its guard
    /// (`platform::guard`); `None` when it cannot be found.
    pub guard: Option<PathBuf>,
}

/// A worker process and the port it was given.
struct RunningProcess {
    process: WorkerProcess,
    port: u16,
}

impl WorkerRuntime for ProcessRuntime {
    fn name(&self) -> &'static str {
        "process"
    }

    fn start<'a>(
        &'a self,
        launch: &'a Launch,
    ) -> BoxFuture<'a, Result<Box<dyn RunningWorker>, StartError>> {
        Box::pin(async move {
            let command = launch.command().ok_or_else(|| StartError::NoCommand {
                image: launch.app.spec.image.clone().unwrap_or_default(),
            })?;
            let port = match launch.publish {
                Some(addr) => addr.port(),
                None => free_port().map_err(StartError::NoFreePort)?,
            };
            let spec = ProcessSpec {
                worker_id: launch.worker_id.clone(),
                command: command.to_vec(),
                env: worker_env(launch),
                workdir: launch.workdir.clone(),
                port,
                log_path: launch.log_path(),
                guard: self.guard.clone(),
            };
            let process = WorkerProcess::spawn(&spec)?;
            Ok(Box::new(RunningProcess { process, port }) as Box<dyn RunningWorker>)
        })
    }

    fn exec<'a>(
        &'a self,
        target: &'a ExecTarget,
        request: &'a ExecRequest,
    ) -> BoxFuture<'a, Result<ExecSession, ExecError>> {
        Box::pin(async move { exec::exec(target, request) })
    }
}

/// The launch's environment plus where its volume files are.
fn worker_env(launch: &Launch) -> Vec<(String, String)> {
    let mut env = launch.env.clone();
    env.push((
        "EVERAI_VOLUMES_DIR".into(),
        launch.volumes_dir().display().to_string(),
    ));
    env.push((
        "EVERAI_MOUNTS_DIR".into(),
        launch.mounts_dir().display().to_string(),
    ));
    env
}

impl RunningWorker for RunningProcess {
    fn port(&self) -> u16 {
        self.port
    }

    fn leftover_pid(&self) -> i64 {
        i64::from(self.process.pid())
    }

    fn wait(&mut self) -> BoxFuture<'_, String> {
        Box::pin(self.process.wait())
    }

    fn stop(&mut self, grace: Duration) -> BoxFuture<'_, ()> {
        Box::pin(self.process.stop(grace))
    }
}
