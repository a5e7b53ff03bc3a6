//! The seam between the platform and what actually runs a worker.
//!
//! The scheduler, leases and the route proxy only know a worker by its id
//! and the loopback port its HTTP service answers on. How it runs is up to
//! a [`WorkerRuntime`]: local processes (`process`) or containers of the
//! Docker engine (`docker`). The worker supervisor prepares a [`Launch`]
//! (resolved env, volume files), asks the runtime to start it, and then
//! drives the [`RunningWorker`] it gets back: readiness, exit, stop.
//! See docs/local-platform.md, "Runtimes".

use super::exec::{ExecError, ExecRequest, ExecSession, ExecTarget};
use crate::model::app::AppV1alpha1;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Why a runtime could not start a worker. Its text is the worker's failure
/// message: what went wrong and how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("the app has no spec.command, and the process runtime cannot run its image {image:?}: start the server with `--runtime docker`, or add `command: [...]` to the manifest")]
    NoCommand { image: String },
    #[error("no free port for the worker: {0}")]
    NoFreePort(std::io::Error),
    #[error(transparent)]
    Spawn(#[from] super::process::SpawnError),
    #[error(transparent)]
    Docker(#[from] super::docker::DockerError),
}

/// Everything a runtime needs to start one worker.
#[derive(Debug, Clone)]
pub struct Launch {
    pub worker_id: String,
    pub app: Arc<AppV1alpha1>,
    /// The platform's variables, then the app's `spec.env` resolved (the
    /// app's win). Runtimes add the port and the volume directories.
    pub env: Vec<(String, String)>,
    /// Working directory of a process worker (the manifest's directory).
    pub workdir: PathBuf,
    /// `DIR/workers/ID`: `worker.log`, `volumes/NAME/`, `mounts/PATH/`.
    pub worker_dir: PathBuf,
    /// `spec.imagePullSecrets` resolved: (username, password).
    pub pull_auth: Option<(String, String)>,
    /// Where to serve (`everai run --listen --port`); `None`: a loopback
    /// port the runtime picks (the platform's workers).
    pub publish: Option<std::net::SocketAddr>,
    /// Data volumes at the revision current at start: a read-only host
    /// tree per volume and where the worker sees it (the process runtime
    /// already has them linked under `mounts/`; a container binds them).
    pub data_mounts: Vec<crate::platform::volumes::mounts::DataMount>,
}

impl Launch {
    pub fn log_path(&self) -> PathBuf {
        self.worker_dir.join("worker.log")
    }

    pub fn volumes_dir(&self) -> PathBuf {
        self.worker_dir.join("volumes")
    }

    pub fn mounts_dir(&self) -> PathBuf {
        self.worker_dir.join("mounts")
    }

    /// `spec.command` when it is set and not empty.
    pub fn command(&self) -> Option<&[String]> {
        self.app.spec.command.as_deref().filter(|c| !c.is_empty())
    }
}

/// A way of running workers.
pub trait WorkerRuntime: Send + Sync {
    /// `process` or `docker`, as `--runtime` names it.
    fn name(&self) -> &'static str;

    /// Starts the worker; returns once it runs (not once it is ready).
    fn start<'a>(
        &'a self,
        launch: &'a Launch,
    ) -> BoxFuture<'a, Result<Box<dyn RunningWorker>, StartError>>;

    /// Starts `request` inside the running worker `target` (`worker exec`).
    fn exec<'a>(
        &'a self,
        target: &'a ExecTarget,
        request: &'a ExecRequest,
    ) -> BoxFuture<'a, Result<ExecSession, ExecError>>;
}

/// One started worker.
pub trait RunningWorker: Send {
    /// The loopback port routes send its traffic to.
    fn port(&self) -> u16;

    /// What a restarted server needs to find leftovers of this worker: the
    /// process group leader's pid, or 0 for a container (containers are
    /// found by their labels).
    fn leftover_pid(&self) -> i64;

    /// Resolves when the worker has ended; describes how ("exited with
    /// status 3"). Cancel-safe; after the end, returns the same text again.
    fn wait(&mut self) -> BoxFuture<'_, String>;

    /// Stops it: a polite signal, then a kill after `grace`; removes what
    /// the runtime created for it. Returns once it is gone.
    fn stop(&mut self, grace: Duration) -> BoxFuture<'_, ()>;

    /// A future that resolves when `probe` (an HTTP path answering 200;
    /// `None`: the port accepts connections) succeeds, or fails after
    /// `timeout`. It owns what it needs, so the worker can be waited for
    /// at the same time.
    fn wait_ready(
        &self,
        probe: Option<String>,
        timeout: Duration,
    ) -> BoxFuture<'static, Result<(), super::process::NotReady>> {
        let port = self.port();
        Box::pin(async move { super::process::wait_ready(port, probe.as_deref(), timeout).await })
    }
}
