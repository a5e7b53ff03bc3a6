//! The live side of the platform: per app, its workers, its request queue
//! and the scheduler that sizes it.
//!
//! Locking: each app has one `std::sync::Mutex<AppState>`, held only for
//! short, non-async critical sections. Handing a worker to a request
//! (`Lease`) and taking it back are both done under that lock, so a worker
//! is never given to two requests and a freed worker always serves the
//! head of the queue first.

pub mod backend;
pub mod docker;
pub mod exec;
pub mod lease;
pub mod prepare;
pub mod process;
mod scheduler;
mod state;
pub mod trace;
mod worker;

pub use backend::WorkerRuntime;
pub use lease::{AcquireError, Lease};
use state::Definition;
pub use state::{AppState, Phase, Restart, Waiter, WorkerSlot, WorkerState};

use super::events::EventLog;
use super::store::Store;
use crate::model::app::AppV1alpha1;
use crate::model::Worker;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::{oneshot, watch, Notify};

/// Why a manual scale-up or scale-down was refused (a 400 FAILED_PRECONDITION
/// that names the app).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ScaleError {
    #[error("the app is not running")]
    NotRunning,
    #[error("scale-up and scale-down are for apps with a manual autoscaler")]
    NotManual,
    #[error("the app is paused; resume it first")]
    Paused,
    #[error("no live worker {0}")]
    NoSuchWorker(String),
    #[error("give scaleDownWorkersNum or workerIds")]
    NothingChosen,
}

/// Limits and timings of the platform, set by `everai server` flags.
#[derive(Debug, Clone)]
pub struct RuntimeConfig {
    /// Requests that may wait per app before new ones get 429.
    pub queue_limit: usize,
    /// Longest a request waits in the queue before it gets 503.
    pub queue_timeout: Duration,
    /// Longest a worker may take to pass its readiness probe.
    pub ready_timeout: Duration,
    /// How long a stopping worker gets between SIGTERM and SIGKILL.
    pub stop_grace: Duration,
    /// How long a sticky session stays bound to its worker without requests.
    pub session_ttl: Duration,
    /// Period of the scheduler tick (idle time, queue histories).
    pub tick: Duration,
    /// Routed requests kept per app for `everai app trace`.
    pub trace_capacity: usize,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            queue_limit: 1000,
            queue_timeout: Duration::from_secs(600),
            ready_timeout: Duration::from_secs(600),
            stop_grace: Duration::from_secs(10),
            session_ttl: Duration::from_secs(600),
            tick: Duration::from_secs(1),
            trace_capacity: 10_000,
        }
    }
}

/// What every worker and scheduler task needs from the platform.
pub struct Runtime {
    pub store: Store,
    pub events: EventLog,
    pub config: RuntimeConfig,
    pub data_dir: PathBuf,
    /// The platform's own endpoint and token, given to workers (SDK apps read
    /// their configmaps and secrets through the API).
    pub endpoint: Mutex<String>,
    pub token: String,
    /// What runs the workers: processes or containers.
    pub workers: Arc<dyn WorkerRuntime>,
    /// Running workers as `worker exec` finds them, and exec instances.
    pub execs: exec::ExecRegistry,
    apps: Mutex<HashMap<String, Arc<AppRuntime>>>,
    tasks: Mutex<Vec<tokio::task::JoinHandle<()>>>,
    shutdown: watch::Sender<bool>,
}

/// The worker runtime `choice` asks for (see `RuntimeChoice`).
pub async fn select(
    choice: super::RuntimeChoice,
    data_dir: &std::path::Path,
) -> Result<Arc<dyn WorkerRuntime>, docker::DockerError> {
    use super::RuntimeChoice;
    let process = || -> Arc<dyn WorkerRuntime> {
        Arc::new(process::ProcessRuntime {
            guard: std::env::current_exe().ok(),
        })
    };
    match choice {
        RuntimeChoice::Process => Ok(process()),
        RuntimeChoice::Docker => Ok(Arc::new(docker::DockerRuntime::start(data_dir).await?)),
        RuntimeChoice::Auto => match docker::DockerRuntime::start(data_dir).await {
            Ok(docker) => Ok(Arc::new(docker)),
            Err(_) => Ok(process()),
        },
    }
}

/// A worker counter as the hosted platform sends it: zero is omitted (the
/// proto3 default), so clients show an empty cell, not `0`.
pub fn nonzero(count: i32) -> Option<i32> {
    (count != 0).then_some(count)
}

/// Back-off of a slot after `streak` starts in a row ended before the
/// worker was ready: 250 ms, doubling, at most 30 s.
pub fn crash_backoff(streak: u32) -> Duration {
    let doubled = 250u64.saturating_mul(1 << streak.saturating_sub(1).min(7));
    Duration::from_millis(doubled).min(Duration::from_secs(30))
}

/// One app's live runtime.
pub struct AppRuntime {
    pub uid: String,
    pub namespace: String,
    pub name: String,
    state: Mutex<AppState>,
    /// Wakes the scheduler: queue or worker changes.
    pub wake: Notify,
    /// The last routed requests (`everai app trace`).
    pub trace: trace::TraceRing,
    /// The runtime the app's own tasks run on. A lease ends on whichever
    /// runtime served the request (the route thread, for the lean path;
    /// docs/architecture.md, "Threads"), and what it starts must not live
    /// there.
    pub main: tokio::runtime::Handle,
}

impl AppRuntime {
    pub fn lock(&self) -> MutexGuard<'_, AppState> {
        // A panic while holding the lock must not take the platform down:
        // the state is still structurally valid, keep using it.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// How an app enters the runtime (create, or restore at start-up).
pub struct AppLaunch {
    pub uid: String,
    pub app: AppV1alpha1,
    pub revision: i64,
    pub workdir: PathBuf,
    pub paused: bool,
}

impl Runtime {
    pub fn new(
        store: Store,
        events: EventLog,
        config: RuntimeConfig,
        data_dir: PathBuf,
        token: String,
        workers: Arc<dyn WorkerRuntime>,
    ) -> Arc<Runtime> {
        let (shutdown, _) = watch::channel(false);
        Arc::new(Runtime {
            store,
            events,
            config,
            data_dir,
            endpoint: Mutex::new(String::new()),
            token,
            workers,
            execs: exec::ExecRegistry::default(),
            apps: Mutex::new(HashMap::new()),
            tasks: Mutex::new(Vec::new()),
            shutdown,
        })
    }

    pub fn set_endpoint(&self, endpoint: &str) {
        *self.endpoint.lock().unwrap_or_else(|p| p.into_inner()) = endpoint.to_string();
    }

    fn apps(&self) -> MutexGuard<'_, HashMap<String, Arc<AppRuntime>>> {
        self.apps.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, uid: &str) -> Option<Arc<AppRuntime>> {
        self.apps().get(uid).cloned()
    }

    fn track(&self, handle: tokio::task::JoinHandle<()>) {
        let mut tasks = self.tasks.lock().unwrap_or_else(|p| p.into_inner());
        tasks.retain(|t| !t.is_finished());
        tasks.push(handle);
    }

    pub fn is_shutting_down(&self) -> bool {
        *self.shutdown.borrow()
    }

    /// Starts managing an app: its scheduler brings it to its policy.
    pub fn launch(self: &Arc<Self>, launch: AppLaunch) -> Arc<AppRuntime> {
        let namespace = launch.app.metadata.namespace.clone().unwrap_or_default();
        let namespace = if namespace.is_empty() {
            "default".to_string()
        } else {
            namespace
        };
        let volume_revisions = self.volume_revisions(&launch.app);
        let rt = Arc::new(AppRuntime {
            uid: launch.uid.clone(),
            namespace,
            name: launch.app.metadata.name.clone(),
            state: Mutex::new(AppState::new(
                Definition {
                    app: launch.app,
                    revision: launch.revision,
                    workdir: launch.workdir,
                    volume_revisions,
                },
                launch.paused,
            )),
            wake: Notify::new(),
            trace: trace::TraceRing::new(self.config.trace_capacity),
            main: tokio::runtime::Handle::current(),
        });
        self.apps().insert(launch.uid, rt.clone());
        let handle = tokio::spawn(scheduler::run(
            self.clone(),
            rt.clone(),
            self.shutdown.subscribe(),
        ));
        self.track(handle);
        rt.wake.notify_one();
        rt
    }

    /// Applies a new definition. When what runs changed (image, command, env,
    /// resources, volumes, port, probe), workers of the new revision roll in
    /// and replace the old ones one by one; otherwise only the policy changes.
    pub fn update(self: &Arc<Self>, uid: &str, app: AppV1alpha1, revision: i64, workdir: PathBuf) {
        let Some(rt) = self.get(uid) else { return };
        let volume_revisions = self.volume_revisions(&app);
        let mut st = rt.lock();
        let rolls = st.redefine(Definition {
            app,
            revision,
            workdir,
            volume_revisions,
        });
        if rolls {
            st.retire_starting_before(revision);
            let to_replace = st.active().filter(|w| w.revision < revision).count();
            if st.phase() == Phase::Deployed && to_replace > 0 {
                self.events.normal(
                    &rt.uid,
                    "AppServer",
                    &format!("rolling update to revision {revision}: starting {to_replace} new worker(s) to replace the old ones"),
                );
                for _ in 0..to_replace {
                    self.start_worker(&rt, &mut st, true);
                }
            }
        }
        drop(st);
        rt.wake.notify_one();
    }

    /// The data volume revisions a worker of `app` started now would see
    /// (empty when they cannot be resolved: the worker start says why).
    fn volume_revisions(&self, app: &AppV1alpha1) -> BTreeMap<String, String> {
        self.store
            .call_blocking(|c| Ok(crate::platform::volumes::mounts::current_revisions(c, app)))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default()
    }

    /// Pause: every worker stops (busy ones finish their request first),
    /// waiting requests get 503.
    pub fn pause(&self, uid: &str) {
        if let Some(rt) = self.get(uid) {
            let mut st = rt.lock();
            st.wind_down(Phase::Paused);
            drop(st);
            rt.wake.notify_one();
        }
    }

    pub fn resume(&self, uid: &str) {
        if let Some(rt) = self.get(uid) {
            let mut st = rt.lock();
            st.resume();
            drop(st);
            rt.wake.notify_one();
        }
    }

    /// Delete: the app leaves the runtime; its workers stop.
    pub fn remove(&self, uid: &str) {
        if let Some(rt) = self.apps().remove(uid) {
            let mut st = rt.lock();
            st.wind_down(Phase::Deleting);
            drop(st);
            rt.wake.notify_one();
        }
    }

    /// Stops every worker and waits for their supervisors, bounded by the
    /// stop grace plus a margin.
    pub async fn shutdown(&self) {
        let _ = self.shutdown.send(true);
        let apps: Vec<Arc<AppRuntime>> = self.apps().values().cloned().collect();
        for rt in apps {
            let mut st = rt.lock();
            st.stop_all();
        }
        let tasks: Vec<_> =
            std::mem::take(&mut *self.tasks.lock().unwrap_or_else(|p| p.into_inner()));
        let wait_all = futures_util::future::join_all(tasks);
        let _ =
            tokio::time::timeout(self.config.stop_grace + Duration::from_secs(5), wait_all).await;
        // The workers' last events ("stopped") are stored before we exit.
        self.events.flush().await;
    }

    /// Adds one worker to `st` and starts its supervisor.
    pub fn start_worker(
        self: &Arc<Self>,
        rt: &Arc<AppRuntime>,
        st: &mut AppState,
        rollin: bool,
    ) -> String {
        let id = super::random_id(22);
        let (stop_tx, stop_rx) = oneshot::channel();
        st.add_worker(&id, rollin, stop_tx);
        let handle = tokio::spawn(worker::supervise(
            self.clone(),
            rt.clone(),
            id.clone(),
            st.app().clone(),
            st.workdir().to_path_buf(),
            stop_rx,
        ));
        self.track(handle);
        id
    }

    /// `workers:scale-up` of a manual app: raises its target and starts the
    /// workers at once. Returns their ids.
    pub fn manual_scale_up(
        self: &Arc<Self>,
        uid: &str,
        count: u32,
    ) -> Result<Vec<String>, ScaleError> {
        let rt = self.get(uid).ok_or(ScaleError::NotRunning)?;
        let mut st = rt.lock();
        let Some(target) = st.manual_target() else {
            return Err(ScaleError::NotManual);
        };
        if st.phase() != Phase::Deployed {
            return Err(ScaleError::Paused);
        }
        st.set_manual_target(target + count);
        let ids = (0..count)
            .map(|_| self.start_worker(&rt, &mut st, false))
            .collect();
        self.events.normal(
            &rt.uid,
            "Scheduler",
            &format!(
                "scale up {count}: manual target {target} -> {}",
                target + count
            ),
        );
        drop(st);
        rt.wake.notify_one();
        Ok(ids)
    }

    /// `workers:scale-down` of a manual app: removes the named workers, or
    /// `count` of them (idle and newest first).
    pub fn manual_scale_down(
        &self,
        uid: &str,
        count: u32,
        ids: Vec<String>,
    ) -> Result<(), ScaleError> {
        let rt = self.get(uid).ok_or(ScaleError::NotRunning)?;
        let mut st = rt.lock();
        let Some(target) = st.manual_target() else {
            return Err(ScaleError::NotManual);
        };
        let mut chosen = ids;
        for id in &chosen {
            if !st.active().any(|w| &w.id == id) {
                return Err(ScaleError::NoSuchWorker(id.clone()));
            }
        }
        if chosen.is_empty() {
            let mut candidates: Vec<(bool, i64, String)> = st
                .active()
                .map(|w| (w.state == WorkerState::Busy, -w.created_unix, w.id.clone()))
                .collect();
            candidates.sort();
            chosen = candidates
                .into_iter()
                .take(count as usize)
                .map(|c| c.2)
                .collect();
        }
        if chosen.is_empty() {
            return Err(ScaleError::NothingChosen);
        }
        for id in &chosen {
            st.retire(id);
        }
        let new_target = target.saturating_sub(chosen.len() as u32);
        st.set_manual_target(new_target);
        self.events.normal(
            &rt.uid,
            "Scheduler",
            &format!(
                "scale down {}: manual target {target} -> {new_target}",
                chosen.len()
            ),
        );
        drop(st);
        rt.wake.notify_one();
        Ok(())
    }

    /// The runtime of the app `namespace/name`, if it runs.
    pub fn find(&self, namespace: &str, name: &str) -> Option<Arc<AppRuntime>> {
        self.apps()
            .values()
            .find(|a| a.namespace == namespace && a.name == name)
            .cloned()
    }

    /// The runtime of an app by route name (= app name) in any namespace;
    /// `default` wins when several namespaces have one.
    pub fn find_route(&self, name: &str) -> Option<Arc<AppRuntime>> {
        let apps = self.apps();
        let mut matches: Vec<&Arc<AppRuntime>> = apps.values().filter(|a| a.name == name).collect();
        matches.sort_by_key(|a| (a.namespace != "default", a.namespace.clone()));
        matches.first().map(|a| (*a).clone())
    }

    /// Live workers of an app as the API shows them.
    pub fn live_workers(&self, uid: &str) -> Vec<Worker> {
        match self.get(uid) {
            Some(rt) => {
                let st = rt.lock();
                st.workers().iter().map(|w| w.to_model(uid)).collect()
            }
            None => Vec::new(),
        }
    }

    /// (ready, desired) worker counts for the app's status.
    pub fn counts(&self, uid: &str) -> (i32, i32) {
        match self.get(uid) {
            Some(rt) => {
                let st = rt.lock();
                (st.ready_count(), st.desired_count())
            }
            None => (0, 0),
        }
    }

    /// Waiting requests, head first: (enqueue time, API reason).
    pub fn queue(&self, uid: &str) -> Vec<(String, &'static str)> {
        match self.get(uid) {
            Some(rt) => rt
                .lock()
                .waiting()
                .map(|w| (w.created_at(), w.reason()))
                .collect(),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod backoff_tests {
    use super::crash_backoff;
    use std::time::Duration;

    #[test]
    fn crash_backoff_doubles_from_250ms_up_to_30s() {
        let ms = |n| crash_backoff(n).as_millis();
        assert_eq!([ms(1), ms(2), ms(3), ms(4)], [250, 500, 1000, 2000]);
        assert_eq!(crash_backoff(8), Duration::from_secs(30));
        assert_eq!(crash_backoff(50), Duration::from_secs(30));
    }
}
