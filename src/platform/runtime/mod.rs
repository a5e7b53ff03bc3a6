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
pub mod trace;
mod worker;

pub use backend::WorkerRuntime;
pub use lease::{AcquireError, Lease};

use super::events::EventLog;
use super::store::Store;
use crate::model::app::AppV1alpha1;
use crate::model::{detail_status, worker_status, Worker};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::{oneshot, watch, Notify};

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

/// Where an app is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Deployed,
    Paused,
    Deleting,
}

/// A worker as the runtime tracks it while it is alive.
#[derive(Debug)]
pub struct WorkerSlot {
    pub id: String,
    pub revision: i64,
    pub state: WorkerState,
    /// A worker of a new revision that replaces an old one once ready.
    pub rollin: bool,
    pub port: u16,
    pub created_at: String,
    pub created_unix: i64,
    pub launch_at: Option<String>,
    pub last_serve_at: Option<String>,
    pub last_serve_unix: i64,
    pub success: i32,
    pub failed: i32,
    pub in_flight: u32,
    /// Starts in a row, on this slot, that ended before the worker was ready.
    pub crash_streak: u32,
    stop: Option<oneshot::Sender<()>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkerState {
    Starting,
    Free,
    Busy,
    /// Its last connection broke: out of rotation until its probe answers.
    Checking,
    /// Chosen for removal: gets no new request, stops once idle.
    Removing,
}

impl WorkerSlot {
    /// Marks the worker for removal: an idle one stops now, a busy one after
    /// its request (the lease release stops it).
    pub fn retire(&mut self) {
        let idle = self.state != WorkerState::Busy;
        self.state = WorkerState::Removing;
        if idle {
            self.request_stop();
        }
    }

    /// Asks the worker's supervisor to stop it (once).
    fn request_stop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }

    pub fn to_model(&self, app_uid: &str) -> Worker {
        let detail = match self.state {
            WorkerState::Starting if self.rollin => detail_status::ROLLIN,
            WorkerState::Starting => detail_status::IN_FLIGHT,
            WorkerState::Free => detail_status::FREE,
            WorkerState::Busy | WorkerState::Checking => detail_status::BUSY,
            WorkerState::Removing => detail_status::REMOVE,
        };
        let status = match self.state {
            WorkerState::Starting => worker_status::PENDING,
            _ => worker_status::RUNNING,
        };
        Worker {
            id: self.id.clone(),
            device_id: Some("local".into()),
            status: status.into(),
            detail_status: Some(detail.into()),
            created_at: self.created_at.clone(),
            launch_at: self.launch_at.clone(),
            last_serve_at: self.last_serve_at.clone(),
            success_count: nonzero(self.success),
            failed_count: nonzero(self.failed),
            app_id: Some(app_uid.to_string()),
            app_revision: Some(self.revision.to_string()),
            ..Default::default()
        }
    }
}

/// A request waiting for a worker.
pub struct Waiter {
    pub id: u64,
    pub created_at: String,
    /// The sticky session the request belongs to, if any.
    pub session: Option<String>,
    /// The worker the request waits for (its session's), if any.
    pub target: Option<String>,
    tx: oneshot::Sender<Lease>,
}

impl Waiter {
    /// The API's queue reason.
    pub fn reason(&self) -> &'static str {
        if self.target.is_some() {
            crate::model::queue_reason::SESSION_WORKER_BUSY
        } else {
            crate::model::queue_reason::WORKER_BUSY
        }
    }
}

/// A sticky session's binding to a worker.
#[derive(Debug, Clone)]
pub struct Session {
    pub worker: String,
    pub last_used: Instant,
}

/// A worker counter as the hosted platform sends it: zero is omitted (the
/// proto3 default), so clients show an empty cell, not `0`.
pub fn nonzero(count: i32) -> Option<i32> {
    (count != 0).then_some(count)
}

/// A crash-looping slot waiting for its next start.
#[derive(Debug, Clone, Copy)]
pub struct Restart {
    /// Starts in a row that ended before the worker was ready.
    pub streak: u32,
    pub not_before: Instant,
}

/// Back-off of a slot after `streak` starts in a row ended before the
/// worker was ready: 250 ms, doubling, at most 30 s.
pub fn crash_backoff(streak: u32) -> Duration {
    let doubled = 250u64.saturating_mul(1 << streak.saturating_sub(1).min(7));
    Duration::from_millis(doubled).min(Duration::from_secs(30))
}

/// Everything the runtime knows about one app, behind its lock.
pub struct AppState {
    pub app: Arc<AppV1alpha1>,
    pub revision: i64,
    /// Directory the app's commands run in (the manifest's directory when the
    /// CLI told us, else the app's own directory under the data dir).
    pub workdir: PathBuf,
    pub phase: Phase,
    pub workers: Vec<WorkerSlot>,
    pub queue: VecDeque<Waiter>,
    next_waiter: u64,
    /// Queue lengths of past ticks, newest last: (unix seconds, waiting for
    /// any worker, waiting for their session's worker).
    pub histories: VecDeque<(i64, i64, i64)>,
    /// Worker count of a `manual` app, changed by the scale-up/down API.
    pub manual_target: Option<u32>,
    /// Slots whose worker crash-looped (exited before it was ready), each
    /// waiting out its own back-off before it restarts; a worker that dies
    /// after it was ready leaves no entry and is replaced at once.
    pub restarts: Vec<Restart>,
    /// The last scheduler problem reported as an event (reported once).
    pub last_problem: Option<String>,
    /// The policy reacts to a worker turning busy (`free-worker`), so the
    /// scheduler is woken when a request takes a free worker.
    pub wake_on_busy: bool,
    /// Sticky sessions (`x-everai-session-id`) and their workers.
    pub sessions: HashMap<String, Session>,
    /// Data volume revisions workers of the current revision see
    /// (`spec.volumes[].name` → `volume@revision`); `app update` after a
    /// push rolls the workers onto the new ones.
    pub volume_revisions: BTreeMap<String, String>,
}

impl AppState {
    /// Crash-looping slots still waiting out their back-off; they count as
    /// taken when the scheduler sizes the app.
    pub fn pending_restarts(&self) -> usize {
        let now = Instant::now();
        self.restarts.iter().filter(|r| r.not_before > now).count()
    }

    /// Takes the due restart with the longest streak, for a worker about to
    /// start on that slot.
    fn take_due_restart(&mut self) -> Option<u32> {
        let now = Instant::now();
        let index = self
            .restarts
            .iter()
            .enumerate()
            .filter(|(_, r)| r.not_before <= now)
            .max_by_key(|(_, r)| r.streak)
            .map(|(i, _)| i)?;
        Some(self.restarts.swap_remove(index).streak)
    }

    /// Workers that count toward the app's size (not being removed).
    pub fn active(&self) -> impl Iterator<Item = &WorkerSlot> {
        self.workers
            .iter()
            .filter(|w| w.state != WorkerState::Removing)
    }

    pub fn ready_count(&self) -> i32 {
        self.workers
            .iter()
            .filter(|w| {
                matches!(
                    w.state,
                    WorkerState::Free | WorkerState::Busy | WorkerState::Checking
                )
            })
            .count() as i32
    }

    pub fn desired_count(&self) -> i32 {
        match self.phase {
            Phase::Deployed => self.active().count() as i32,
            _ => 0,
        }
    }

    pub fn slot_mut(&mut self, id: &str) -> Option<&mut WorkerSlot> {
        self.workers.iter_mut().find(|w| w.id == id)
    }

    /// The live worker a session is bound to; a binding to a worker that is
    /// gone or leaving is dropped.
    pub fn session_worker(&mut self, session: &str) -> Option<String> {
        let worker = self.sessions.get(session)?.worker.clone();
        if self.active().any(|w| w.id == worker) {
            Some(worker)
        } else {
            self.sessions.remove(session);
            None
        }
    }

    pub fn bind_session(&mut self, session: &str, worker: &str) {
        self.sessions.insert(
            session.to_string(),
            Session {
                worker: worker.to_string(),
                last_used: Instant::now(),
            },
        );
    }

    /// Open sessions per worker (`number_of_sessions` of the policies).
    pub fn sessions_of(&self, worker: &str) -> usize {
        self.sessions
            .values()
            .filter(|s| s.worker == worker)
            .count()
    }

    /// Forgets sessions idle longer than `ttl`, so their workers may go.
    pub fn expire_sessions(&mut self, ttl: Duration) {
        self.sessions.retain(|_, s| s.last_used.elapsed() < ttl);
    }
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
        let wake_on_busy = wakes_on_busy(&launch.app);
        let volume_revisions = self.volume_revisions(&launch.app);
        let rt = Arc::new(AppRuntime {
            uid: launch.uid.clone(),
            namespace,
            name: launch.app.metadata.name.clone(),
            state: Mutex::new(AppState {
                manual_target: manual_default(&launch.app),
                app: Arc::new(launch.app),
                revision: launch.revision,
                workdir: launch.workdir,
                phase: if launch.paused {
                    Phase::Paused
                } else {
                    Phase::Deployed
                },
                workers: Vec::new(),
                queue: VecDeque::new(),
                next_waiter: 0,
                histories: VecDeque::new(),
                restarts: Vec::new(),
                last_problem: None,
                wake_on_busy,
                sessions: HashMap::new(),
                volume_revisions,
            }),
            wake: Notify::new(),
            trace: trace::TraceRing::new(self.config.trace_capacity),
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
        let rolls = runs_differently(&st.app, &app) || st.volume_revisions != volume_revisions;
        st.volume_revisions = volume_revisions;
        st.manual_target = manual_default(&app).or(st.manual_target);
        st.wake_on_busy = wakes_on_busy(&app);
        st.app = Arc::new(app);
        st.workdir = workdir;
        if rolls {
            st.revision = revision;
            let old: Vec<String> = st
                .active()
                .filter(|w| w.revision < revision)
                .map(|w| w.id.clone())
                .collect();
            // Old workers still starting are useless: drop them right away.
            for id in &old {
                if let Some(w) = st.slot_mut(id) {
                    if w.state == WorkerState::Starting {
                        w.retire();
                    }
                }
            }
            let to_replace = st.active().filter(|w| w.revision < revision).count();
            if st.phase == Phase::Deployed && to_replace > 0 {
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
            st.phase = Phase::Paused;
            retire_all(&mut st);
            drop(st);
            rt.wake.notify_one();
        }
    }

    pub fn resume(&self, uid: &str) {
        if let Some(rt) = self.get(uid) {
            let mut st = rt.lock();
            st.phase = Phase::Deployed;
            st.restarts.clear();
            drop(st);
            rt.wake.notify_one();
        }
    }

    /// Delete: the app leaves the runtime; its workers stop.
    pub fn remove(&self, uid: &str) {
        if let Some(rt) = self.apps().remove(uid) {
            let mut st = rt.lock();
            st.phase = Phase::Deleting;
            retire_all(&mut st);
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
            for w in st.workers.iter_mut() {
                w.request_stop();
            }
            st.queue.clear();
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
        let now = chrono::Utc::now();
        let crash_streak = st.take_due_restart().unwrap_or(0);
        st.workers.push(WorkerSlot {
            id: id.clone(),
            revision: st.revision,
            state: WorkerState::Starting,
            rollin,
            port: 0,
            created_at: crate::model::now_rfc3339(),
            created_unix: now.timestamp(),
            launch_at: None,
            last_serve_at: None,
            last_serve_unix: now.timestamp(),
            success: 0,
            failed: 0,
            in_flight: 0,
            crash_streak,
            stop: Some(stop_tx),
        });
        let handle = tokio::spawn(worker::supervise(
            self.clone(),
            rt.clone(),
            id.clone(),
            st.app.clone(),
            st.workdir.clone(),
            stop_rx,
        ));
        self.track(handle);
        id
    }

    /// `workers:scale-up` of a manual app: raises its target and starts the
    /// workers at once. Returns their ids.
    pub fn manual_scale_up(self: &Arc<Self>, uid: &str, count: u32) -> Result<Vec<String>, String> {
        let rt = self.get(uid).ok_or("the app is not running")?;
        let mut st = rt.lock();
        let Some(target) = st.manual_target else {
            return Err("scale-up and scale-down are for apps with a manual autoscaler".into());
        };
        if st.phase != Phase::Deployed {
            return Err("the app is paused; resume it first".into());
        }
        st.manual_target = Some(target + count);
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
    pub fn manual_scale_down(&self, uid: &str, count: u32, ids: Vec<String>) -> Result<(), String> {
        let rt = self.get(uid).ok_or("the app is not running")?;
        let mut st = rt.lock();
        let Some(target) = st.manual_target else {
            return Err("scale-up and scale-down are for apps with a manual autoscaler".into());
        };
        let mut chosen = ids;
        for id in &chosen {
            if !st.active().any(|w| &w.id == id) {
                return Err(format!("no live worker {id}"));
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
            return Err("give scaleDownWorkersNum or workerIds".into());
        }
        for id in &chosen {
            if let Some(w) = st.slot_mut(id) {
                w.retire();
            }
        }
        let new_target = target.saturating_sub(chosen.len() as u32);
        st.manual_target = Some(new_target);
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
                st.workers.iter().map(|w| w.to_model(uid)).collect()
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
                .queue
                .iter()
                .map(|w| (w.created_at.clone(), w.reason()))
                .collect(),
            None => Vec::new(),
        }
    }
}

/// Active workers in the order a manual scale-down removes them: idle before
/// busy, newest first.
pub fn removal_order(st: &AppState) -> Vec<String> {
    let mut candidates: Vec<(bool, std::cmp::Reverse<usize>, String)> = st
        .active()
        .enumerate()
        .map(|(i, w)| {
            (
                w.state == WorkerState::Busy,
                std::cmp::Reverse(i),
                w.id.clone(),
            )
        })
        .collect();
    candidates.sort();
    candidates.into_iter().map(|c| c.2).collect()
}

/// Marks every worker for removal; idle ones stop at once. Waiting requests
/// are released (their receivers see the sender dropped and answer 503).
fn retire_all(st: &mut AppState) {
    for w in st.workers.iter_mut() {
        w.retire();
    }
    st.queue.clear();
}

fn wakes_on_busy(app: &AppV1alpha1) -> bool {
    app.spec
        .autoscaler
        .as_ref()
        .and_then(|a| a.builtin.as_ref())
        .and_then(|b| b.name.as_deref())
        == Some("free-worker")
}

fn manual_default(app: &AppV1alpha1) -> Option<u32> {
    let manual = app.spec.autoscaler.as_ref()?.manual.as_ref()?;
    Some(manual.default_worker_num.unwrap_or(1).max(0) as u32)
}

/// Whether two definitions run differently, i.e. need new workers.
fn runs_differently(old: &AppV1alpha1, new: &AppV1alpha1) -> bool {
    let (a, b) = (&old.spec, &new.spec);
    let json = |v: &dyn erased::AsJson| v.as_json();
    a.image != b.image
        || a.command != b.command
        || a.port != b.port
        || json(&a.env) != json(&b.env)
        || json(&a.resource) != json(&b.resource)
        || json(&a.volumes) != json(&b.volumes)
        || json(&a.volume_mounts) != json(&b.volume_mounts)
        || json(&a.readiness_probe) != json(&b.readiness_probe)
}

/// Compares spec parts through their JSON form (the wire types need not
/// implement `PartialEq`).
mod erased {
    pub trait AsJson {
        fn as_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> AsJson for T {
        fn as_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
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
