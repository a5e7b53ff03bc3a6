//! One app's live state and every change that may be made to it: the
//! scheduler, leases and worker supervisors ask through these methods rather
//! than reach into the fields, so the rules (a worker is leased to one
//! request at a time, the queue is served head first, a retired worker stops
//! once idle) live in one place.

use super::lease::RequestEnd;
use super::Lease;
use crate::model::app::AppV1alpha1;
use crate::model::{detail_status, worker_status, Worker};
use crate::platform::proxy::WorkerConn;
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::oneshot;

/// How many past ticks of queue length are kept (for `average`).
const HISTORY_LEN: usize = 120;

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
    /// When it last finished a request (formatted only when shown).
    /// Kept as the clock gives it; formatted only when shown.
    pub last_serve: Option<SystemTime>,
    pub last_serve_unix: i64,
    pub success: i32,
    pub failed: i32,
    pub in_flight: u32,
    /// Starts in a row, on this slot, that ended before the worker was ready.
    pub crash_streak: u32,
    /// Its kept connection while it has no request (a request holds it
    /// through its lease).
    conn: Option<WorkerConn>,
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
            last_serve_at: self.last_serve.map(system_rfc3339),
            success_count: super::nonzero(self.success),
            failed_count: super::nonzero(self.failed),
            app_id: Some(app_uid.to_string()),
            app_revision: Some(self.revision.to_string()),
            ..Default::default()
        }
    }
}

/// A request waiting for a worker.
pub struct Waiter {
    id: u64,
    created_at: SystemTime,
    /// The sticky session the request belongs to, if any.
    session: Option<String>,
    /// The worker the request waits for (its session's), if any.
    target: Option<String>,
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

    pub fn created_at(&self) -> String {
        system_rfc3339(self.created_at)
    }

    pub fn session(&self) -> Option<&str> {
        self.session.as_deref()
    }

    /// Hands the lease to the waiting request; gives it back when that
    /// request went away meanwhile.
    pub fn hand(self, lease: Lease) -> Result<(), Lease> {
        self.tx.send(lease)
    }
}

/// A sticky session's binding to a worker.
#[derive(Debug, Clone)]
struct Session {
    worker: String,
    last_used: Instant,
}

/// A crash-looping slot waiting for its next start.
#[derive(Debug, Clone, Copy)]
pub struct Restart {
    /// Starts in a row that ended before the worker was ready.
    pub streak: u32,
    pub not_before: Instant,
}

/// What an app definition says about its runtime, for `AppState::redefine`.
pub struct Definition {
    pub app: AppV1alpha1,
    pub revision: i64,
    pub workdir: PathBuf,
    pub volume_revisions: BTreeMap<String, String>,
}

/// Everything the runtime knows about one app, behind its lock.
pub struct AppState {
    app: std::sync::Arc<AppV1alpha1>,
    revision: i64,
    /// Directory the app's commands run in (the manifest's directory when the
    /// CLI told us, else the app's own directory under the data dir).
    workdir: PathBuf,
    phase: Phase,
    workers: Vec<WorkerSlot>,
    queue: VecDeque<Waiter>,
    next_waiter: u64,
    /// Queue lengths of past ticks, newest last: (unix seconds, waiting for
    /// any worker, waiting for their session's worker).
    histories: VecDeque<(i64, i64, i64)>,
    /// Worker count of a `manual` app, changed by the scale-up/down API.
    manual_target: Option<u32>,
    /// Slots whose worker crash-looped (exited before it was ready), each
    /// waiting out its own back-off before it restarts; a worker that dies
    /// after it was ready leaves no entry and is replaced at once.
    restarts: Vec<Restart>,
    /// The last scheduler problem reported as an event (reported once).
    last_problem: Option<String>,
    /// The policy reacts to a worker turning busy (`free-worker`), so the
    /// scheduler is woken when a request takes a free worker.
    wake_on_busy: bool,
    /// The policy reads the queue (any builtin one), so the scheduler is
    /// woken when it changes; a manual count never looks at it.
    wake_on_queue: bool,
    /// Sticky sessions (`x-everai-session-id`) and their workers.
    sessions: HashMap<String, Session>,
    /// Data volume revisions workers of the current revision see
    /// (`spec.volumes[].name` → `volume@revision`); `app update` after a
    /// push rolls the workers onto the new ones.
    volume_revisions: BTreeMap<String, String>,
}

impl AppState {
    pub fn new(definition: Definition, paused: bool) -> AppState {
        AppState {
            manual_target: manual_default(&definition.app),
            wake_on_busy: wakes_on_busy(&definition.app),
            wake_on_queue: wakes_on_queue(&definition.app),
            app: std::sync::Arc::new(definition.app),
            revision: definition.revision,
            workdir: definition.workdir,
            phase: if paused {
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
            sessions: HashMap::new(),
            volume_revisions: definition.volume_revisions,
        }
    }

    // ---- the definition and the phase ----

    pub fn app(&self) -> &std::sync::Arc<AppV1alpha1> {
        &self.app
    }

    pub fn revision(&self) -> i64 {
        self.revision
    }

    pub fn workdir(&self) -> &Path {
        &self.workdir
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn wake_on_busy(&self) -> bool {
        self.wake_on_busy
    }

    pub fn wake_on_queue(&self) -> bool {
        self.wake_on_queue
    }

    /// Applies a new definition; returns whether what runs changed (then the
    /// revision moves on and workers of older revisions are to be replaced).
    pub fn redefine(&mut self, definition: Definition) -> bool {
        let rolls = runs_differently(&self.app, &definition.app)
            || self.volume_revisions != definition.volume_revisions;
        self.volume_revisions = definition.volume_revisions;
        self.manual_target = manual_default(&definition.app).or(self.manual_target);
        self.wake_on_busy = wakes_on_busy(&definition.app);
        self.wake_on_queue = wakes_on_queue(&definition.app);
        self.app = std::sync::Arc::new(definition.app);
        self.workdir = definition.workdir;
        if rolls {
            self.revision = definition.revision;
        }
        rolls
    }

    /// Pause or delete: every worker is retired (idle ones stop at once),
    /// waiting requests are released (their receivers see the sender
    /// dropped and answer 503).
    pub fn wind_down(&mut self, phase: Phase) {
        self.phase = phase;
        for w in self.workers.iter_mut() {
            w.retire();
        }
        self.queue.clear();
    }

    pub fn resume(&mut self) {
        self.phase = Phase::Deployed;
        self.restarts.clear();
    }

    /// Platform shutdown: every supervisor is told to stop its worker, and
    /// waiting requests are released.
    pub fn stop_all(&mut self) {
        for w in self.workers.iter_mut() {
            w.request_stop();
        }
        self.queue.clear();
    }

    // ---- workers ----

    pub fn workers(&self) -> &[WorkerSlot] {
        &self.workers
    }

    pub fn worker(&self, id: &str) -> Option<&WorkerSlot> {
        self.workers.iter().find(|w| w.id == id)
    }

    fn slot_mut(&mut self, id: &str) -> Option<&mut WorkerSlot> {
        self.workers.iter_mut().find(|w| w.id == id)
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

    /// Adds a starting worker of the current revision; its supervisor stops
    /// it when `stop` fires.
    pub fn add_worker(&mut self, id: &str, rollin: bool, stop: oneshot::Sender<()>) {
        let now = chrono::Utc::now();
        let crash_streak = self.take_due_restart().unwrap_or(0);
        self.workers.push(WorkerSlot {
            id: id.to_string(),
            revision: self.revision,
            state: WorkerState::Starting,
            rollin,
            port: 0,
            created_at: crate::model::now_rfc3339(),
            created_unix: now.timestamp(),
            launch_at: None,
            last_serve: None,
            last_serve_unix: now.timestamp(),
            success: 0,
            failed: 0,
            in_flight: 0,
            crash_streak,
            conn: None,
            stop: Some(stop),
        });
    }

    /// Takes a worker out of the live set (its supervisor is done with it).
    pub fn remove_worker(&mut self, id: &str) -> Option<WorkerSlot> {
        let index = self.workers.iter().position(|w| w.id == id)?;
        Some(self.workers.remove(index))
    }

    pub fn set_port(&mut self, id: &str, port: u16) {
        if let Some(w) = self.slot_mut(id) {
            w.port = port;
        }
    }

    /// Retires the worker unless it is already leaving; returns whether it
    /// was retired now.
    pub fn retire(&mut self, id: &str) -> bool {
        match self.slot_mut(id) {
            Some(w) if w.state != WorkerState::Removing => {
                w.retire();
                true
            }
            _ => false,
        }
    }

    /// Old workers still starting are useless after a roll: they go at once.
    pub fn retire_starting_before(&mut self, revision: i64) {
        for w in self.workers.iter_mut() {
            if w.revision < revision && w.state == WorkerState::Starting {
                w.retire();
            }
        }
    }

    /// A worker passed its readiness probe: it takes requests from now on.
    /// Returns whether it was a rolled-in one (then an older worker should
    /// go); `None` if it is no longer wanted.
    pub fn mark_ready(&mut self, id: &str) -> Option<bool> {
        let w = self.slot_mut(id)?;
        if w.state == WorkerState::Removing {
            w.request_stop();
            return None;
        }
        w.state = WorkerState::Free;
        w.launch_at = Some(crate::model::now_rfc3339());
        w.last_serve_unix = chrono::Utc::now().timestamp();
        Some(std::mem::take(&mut w.rollin))
    }

    /// Retires one worker of an older revision, an idle one first (a busy
    /// one finishes its request); returns its id.
    pub fn retire_one_older(&mut self) -> Option<String> {
        let revision = self.revision;
        let old = self
            .workers
            .iter_mut()
            .filter(|w| w.revision < revision && w.state != WorkerState::Removing)
            .min_by_key(|w| match w.state {
                WorkerState::Free | WorkerState::Starting => 0,
                _ => 1,
            })?;
        old.retire();
        Some(old.id.clone())
    }

    /// The free worker a request may take now: its session's worker when it
    /// has one, else the oldest free one.
    pub fn free_worker(&self, target: Option<&str>) -> Option<usize> {
        match target {
            Some(worker) => self
                .workers
                .iter()
                .position(|w| w.id == worker && w.state == WorkerState::Free),
            None => self
                .workers
                .iter()
                .position(|w| w.state == WorkerState::Free),
        }
    }

    /// Marks the worker at `index` busy; returns its id, port and kept
    /// connection.
    pub fn take_worker(&mut self, index: usize) -> (String, u16, Option<WorkerConn>) {
        let slot = &mut self.workers[index];
        slot.state = WorkerState::Busy;
        slot.in_flight = 1;
        (slot.id.clone(), slot.port, slot.conn.take())
    }

    /// Undoes `take_worker` for a lease that was never used.
    pub fn untake_worker(&mut self, index: usize, conn: Option<WorkerConn>) {
        let slot = &mut self.workers[index];
        slot.state = WorkerState::Free;
        slot.in_flight = 0;
        slot.conn = conn;
    }

    /// Takes a worker back after a request, counting how it went. Returns the
    /// worker's port when its connection broke: it is out of rotation until
    /// its probe answers (`finish_check`).
    pub fn release_worker(
        &mut self,
        id: &str,
        end: Option<RequestEnd>,
        conn: Option<WorkerConn>,
    ) -> Option<u16> {
        let w = self.slot_mut(id)?;
        // Read once per request: the plain clock, not a calendar date.
        let now = SystemTime::now();
        w.in_flight = 0;
        w.last_serve_unix = crate::platform::unix_seconds(now) as i64;
        w.last_serve = Some(now);
        match end {
            Some(RequestEnd::Served) => w.success += 1,
            Some(RequestEnd::Failed) | Some(RequestEnd::WorkerBroken) => w.failed += 1,
            Some(RequestEnd::ClientGone) | None => {}
        }
        match w.state {
            WorkerState::Busy if end == Some(RequestEnd::WorkerBroken) => {
                w.state = WorkerState::Checking;
                return Some(w.port);
            }
            WorkerState::Busy => {
                w.state = WorkerState::Free;
                w.conn = conn;
            }
            WorkerState::Removing => w.request_stop(),
            _ => {}
        }
        None
    }

    /// The probe of a worker whose connection broke answered (`healthy`) or
    /// not: back in rotation, or retired.
    pub fn finish_check(&mut self, id: &str, healthy: bool) {
        if let Some(w) = self.slot_mut(id) {
            if w.state == WorkerState::Checking {
                if healthy {
                    w.state = WorkerState::Free;
                } else {
                    w.retire();
                }
            }
        }
    }

    /// The readiness probe path of the app's workers.
    pub fn probe_path(&self) -> Option<String> {
        self.app
            .spec
            .readiness_probe
            .as_ref()
            .and_then(|p| p.http_get.as_ref())
            .and_then(|g| g.path.clone())
    }

    /// Active workers in the order a manual scale-down removes them: idle
    /// before busy, newest first.
    pub fn removal_order(&self) -> Vec<String> {
        let mut candidates: Vec<(bool, std::cmp::Reverse<usize>, String)> = self
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

    // ---- the queue ----

    /// Waiting requests, head first.
    pub fn waiting(&self) -> impl Iterator<Item = &Waiter> {
        self.queue.iter()
    }

    pub fn queue_len(&self) -> usize {
        self.queue.len()
    }

    /// Queues a request; returns its waiter id.
    pub fn enqueue(
        &mut self,
        session: Option<&str>,
        target: Option<String>,
        tx: oneshot::Sender<Lease>,
    ) -> u64 {
        self.next_waiter += 1;
        let id = self.next_waiter;
        self.queue.push_back(Waiter {
            id,
            created_at: SystemTime::now(),
            session: session.map(str::to_string),
            target,
            tx,
        });
        id
    }

    /// Removes a waiter whose request went away; returns whether it was
    /// still queued.
    pub fn leave_queue(&mut self, waiter_id: u64) -> bool {
        let before = self.queue.len();
        self.queue.retain(|w| w.id != waiter_id);
        self.queue.len() != before
    }

    /// The next (free worker, waiting request) pair, the request taken out of
    /// the queue: free workers oldest first (routing to the oldest lets the
    /// newest go idle first, the order scale-down removes them in), each
    /// taking the first request in queue order that it may serve.
    pub fn next_match(&mut self) -> Option<(usize, Waiter)> {
        let (wi, qi) = self
            .workers
            .iter()
            .enumerate()
            .filter(|(_, w)| w.state == WorkerState::Free)
            .find_map(|(wi, w)| {
                self.queue
                    .iter()
                    .position(|q| q.target.as_deref().is_none_or(|t| t == w.id))
                    .map(|qi| (wi, qi))
            })?;
        self.queue.remove(qi).map(|waiter| (wi, waiter))
    }

    /// Requests waiting for a session's worker that is gone take any worker.
    pub fn forget_gone_targets(&mut self) {
        for waiter in self.queue.iter_mut() {
            if let Some(t) = &waiter.target {
                if !self
                    .workers
                    .iter()
                    .any(|w| &w.id == t && w.state != WorkerState::Removing)
                {
                    waiter.target = None;
                }
            }
        }
    }

    /// Waiting requests: (for any worker, for their session's busy worker).
    pub fn queue_counts(&self) -> (i64, i64) {
        let session = self.queue.iter().filter(|w| w.target.is_some()).count() as i64;
        (self.queue.len() as i64 - session, session)
    }

    /// Once per tick: remembers the queue for `average`, and forgets sticky
    /// sessions idle longer than `session_ttl`.
    pub fn record_history(&mut self, now: i64, session_ttl: Duration) {
        self.sessions
            .retain(|_, s| s.last_used.elapsed() < session_ttl);
        let (busy, session) = self.queue_counts();
        self.histories.push_back((now, busy, session));
        while self.histories.len() > HISTORY_LEN {
            self.histories.pop_front();
        }
    }

    /// Queue lengths of past ticks, newest last.
    pub fn histories(&self) -> impl DoubleEndedIterator<Item = &(i64, i64, i64)> {
        self.histories.iter()
    }

    // ---- sizing ----

    pub fn manual_target(&self) -> Option<u32> {
        self.manual_target
    }

    pub fn set_manual_target(&mut self, target: u32) {
        self.manual_target = Some(target);
    }

    /// A slot crash-looped: it waits out its back-off before it restarts.
    pub fn add_restart(&mut self, restart: Restart) {
        self.restarts.push(restart);
    }

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

    /// Remembers a scheduler problem; returns whether it is new (then it is
    /// reported as an event).
    pub fn report_problem(&mut self, message: &str) -> bool {
        if self.last_problem.as_deref() == Some(message) {
            return false;
        }
        self.last_problem = Some(message.to_string());
        true
    }

    pub fn clear_problem(&mut self) {
        self.last_problem = None;
    }

    // ---- sticky sessions ----

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
}

/// A time as the API shows it (as `crate::model::now_rfc3339`).
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// [`rfc3339`] of a clock reading.
pub fn system_rfc3339(t: SystemTime) -> String {
    rfc3339(DateTime::<Utc>::from(t))
}

fn wakes_on_busy(app: &AppV1alpha1) -> bool {
    app.spec
        .autoscaler
        .as_ref()
        .and_then(|a| a.builtin.as_ref())
        .and_then(|b| b.name.as_deref())
        == Some("free-worker")
}

fn wakes_on_queue(app: &AppV1alpha1) -> bool {
    !matches!(
        crate::autoscale::AppPolicy::of(app),
        crate::autoscale::AppPolicy::Manual
    )
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
