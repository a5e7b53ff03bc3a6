//! `worker exec`: commands run inside a running worker, on its runtime.
//!
//! The API side (`api::exec`) speaks the Docker Engine exec calls; this
//! module keeps what they need: the live workers' launches (so a process
//! exec gets the worker's environment and directory), the exec instances
//! (created, running, exit code), and the runtime-neutral [`ExecSession`]
//! a runtime hands back.

use super::backend::{BoxFuture, Launch};
use hyper::body::Bytes;
use std::collections::HashMap;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::io::AsyncWrite;
use tokio::sync::mpsc;

/// stdout in the Docker multiplexed stream (and in tty mode, everything).
pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;

/// What to run, as the client asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecRequest {
    pub argv: Vec<String>,
    /// Keep stdin open and pass it on.
    pub stdin: bool,
    /// One raw stream (stdout and stderr merged) instead of a multiplexed one.
    pub tty: bool,
}

/// Why a command could not be started in a worker. The API answers with
/// its text as the exec's output and status 127, as the engine does.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("no command given")]
    NoCommand,
    #[error("cannot run {program:?} in the worker: {source}")]
    Run {
        program: String,
        source: std::io::Error,
    },
    #[error("cannot allocate a pseudo-terminal: {0}")]
    Pty(std::io::Error),
    #[error("cannot exec in the worker's container: {0}")]
    Create(bollard::errors::Error),
    #[error("cannot start the exec in the worker's container: {0}")]
    Start(bollard::errors::Error),
    #[error("the engine detached the exec")]
    Detached,
}

/// A worker as `exec` finds it.
#[derive(Debug, Clone)]
pub struct ExecTarget {
    pub launch: Arc<Launch>,
    /// The loopback port of the worker (a process gets it in `PORT`).
    pub port: u16,
}

/// A started command: its output (stream id, bytes) until it ends, its
/// stdin when asked for, and its exit code (resolves after the output).
pub struct ExecSession {
    pub output: mpsc::Receiver<(u8, Bytes)>,
    pub input: Option<Pin<Box<dyn AsyncWrite + Send>>>,
    pub exit: BoxFuture<'static, i64>,
}

/// Where an exec instance is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecState {
    Created,
    Running,
    Exited(i64),
}

#[derive(Debug, Clone)]
pub struct ExecInstance {
    pub worker_id: String,
    pub request: ExecRequest,
    pub state: ExecState,
}

/// Live workers and exec instances of the platform.
#[derive(Default)]
pub struct ExecRegistry {
    workers: Mutex<HashMap<String, ExecTarget>>,
    execs: Mutex<HashMap<String, ExecInstance>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl ExecRegistry {
    pub fn add_worker(&self, id: &str, target: ExecTarget) {
        lock(&self.workers).insert(id.to_string(), target);
    }

    pub fn remove_worker(&self, id: &str) {
        lock(&self.workers).remove(id);
    }

    pub fn worker(&self, id: &str) -> Option<ExecTarget> {
        lock(&self.workers).get(id).cloned()
    }

    /// Records a new exec instance; returns its id.
    pub fn create(&self, worker_id: &str, request: ExecRequest) -> String {
        let id = crate::platform::random_id(32);
        let mut execs = lock(&self.execs);
        // Finished instances are only kept until a few newer ones exist.
        if execs.len() > 256 {
            execs.retain(|_, e| !matches!(e.state, ExecState::Exited(_)));
        }
        execs.insert(
            id.clone(),
            ExecInstance {
                worker_id: worker_id.to_string(),
                request,
                state: ExecState::Created,
            },
        );
        id
    }

    pub fn get(&self, id: &str) -> Option<ExecInstance> {
        lock(&self.execs).get(id).cloned()
    }

    /// Moves `id` from created to running; false if it was started already.
    pub fn begin(&self, id: &str) -> bool {
        match lock(&self.execs).get_mut(id) {
            Some(e) if e.state == ExecState::Created => {
                e.state = ExecState::Running;
                true
            }
            _ => false,
        }
    }

    pub fn finish(&self, id: &str, code: i64) {
        if let Some(e) = lock(&self.execs).get_mut(id) {
            e.state = ExecState::Exited(code);
        }
    }
}

/// Removes the worker from the registry when its supervisor ends.
pub struct WorkerEntry<'a> {
    pub registry: &'a ExecRegistry,
    pub id: String,
}

impl Drop for WorkerEntry<'_> {
    fn drop(&mut self) {
        self.registry.remove_worker(&self.id);
    }
}
