//! Handing workers to requests: the FIFO queue and the lease a request holds
//! while a worker serves it.

use super::{AppRuntime, AppState, Phase, Runtime, Waiter, WorkerState};
use std::sync::Arc;
use tokio::sync::oneshot;

/// The right to send one request to one worker. Dropping it gives the worker
/// back (to the head of the queue first).
pub struct Lease {
    rt: Arc<AppRuntime>,
    pub worker_id: String,
    pub port: u16,
    end: Option<RequestEnd>,
    armed: bool,
}

/// How a request ended, for the worker's counters and health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestEnd {
    /// The worker answered below 500 and the body went out whole.
    Served,
    /// The worker answered 5xx.
    Failed,
    /// The connection to the worker broke: it may be dead.
    WorkerBroken,
    /// The client went away; says nothing about the worker.
    ClientGone,
}

impl Lease {
    /// Records how the request went and gives the worker back.
    pub fn finish(mut self, end: RequestEnd) {
        self.end = Some(end);
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if self.armed {
            release(&self.rt, &self.worker_id, self.end);
        }
    }
}

#[derive(Debug)]
pub enum AcquireError {
    Paused,
    QueueFull {
        retry_after: u64,
    },
    Timeout,
    Gone,
    /// The platform is stopping.
    ShuttingDown,
}

/// Gets a worker for a request: at once when one is free, else after waiting
/// in the app's queue. A caller that goes away (its future is dropped) leaves
/// the queue.
///
/// With a sticky `session` (header `x-everai-session-id`), the request goes
/// to the worker that served the session before, waiting for it when it is
/// busy (reason `SessionWorkerBusy`); a new session binds to the worker it
/// gets.
pub async fn acquire(
    runtime: &Runtime,
    rt: &Arc<AppRuntime>,
    session: Option<&str>,
) -> Result<Lease, AcquireError> {
    if runtime.is_shutting_down() {
        return Err(AcquireError::ShuttingDown);
    }
    let (rx, waiter_id) = {
        let mut st = rt.lock();
        match st.phase {
            Phase::Deployed => {}
            Phase::Paused => return Err(AcquireError::Paused),
            Phase::Deleting => return Err(AcquireError::Gone),
        }
        let target = session.and_then(|s| st.session_worker(s));
        let index = match &target {
            Some(worker) => st
                .workers
                .iter()
                .position(|w| &w.id == worker && w.state == WorkerState::Free),
            None => st.workers.iter().position(|w| w.state == WorkerState::Free),
        };
        if let Some(index) = index {
            let lease = take_worker(rt, &mut st, index);
            if let Some(s) = session {
                st.bind_session(s, &lease.worker_id);
            }
            // One free worker less matters to `free-worker` at once.
            if st.wake_on_busy {
                rt.wake.notify_one();
            }
            return Ok(lease);
        }
        if st.queue.len() >= runtime.config.queue_limit {
            return Err(AcquireError::QueueFull { retry_after: 1 });
        }
        let (tx, rx) = oneshot::channel();
        st.next_waiter += 1;
        let id = st.next_waiter;
        st.queue.push_back(Waiter {
            id,
            created_at: crate::model::now_rfc3339(),
            session: session.map(str::to_string),
            target,
            tx,
        });
        (rx, id)
    };
    // The queue grew: the scheduler decides now, not at its next tick.
    rt.wake.notify_one();
    let guard = LeaveQueueOnDrop { rt, waiter_id };
    let result = tokio::time::timeout(runtime.config.queue_timeout, rx).await;
    drop(guard);
    match result {
        Ok(Ok(lease)) => Ok(lease),
        Ok(Err(_)) => {
            // Our sender was dropped: the app was paused or deleted, or the
            // platform is stopping.
            if runtime.is_shutting_down() {
                return Err(AcquireError::ShuttingDown);
            }
            let phase = rt.lock().phase;
            Err(if phase == Phase::Paused {
                AcquireError::Paused
            } else {
                AcquireError::Gone
            })
        }
        Err(_) => Err(AcquireError::Timeout),
    }
}

/// Removes a waiter whose request went away (client disconnect or timeout).
struct LeaveQueueOnDrop<'a> {
    rt: &'a Arc<AppRuntime>,
    waiter_id: u64,
}

impl Drop for LeaveQueueOnDrop<'_> {
    fn drop(&mut self) {
        let mut st = self.rt.lock();
        let before = st.queue.len();
        st.queue.retain(|w| w.id != self.waiter_id);
        if st.queue.len() != before {
            drop(st);
            self.rt.wake.notify_one();
        }
    }
}

/// Marks the worker at `index` busy and leases it.
fn take_worker(rt: &Arc<AppRuntime>, st: &mut AppState, index: usize) -> Lease {
    let slot = &mut st.workers[index];
    slot.state = WorkerState::Busy;
    slot.in_flight = 1;
    Lease {
        rt: rt.clone(),
        worker_id: slot.id.clone(),
        port: slot.port,
        end: None,
        armed: true,
    }
}

/// The next (free worker, waiting request) pair: free workers oldest first
/// (routing to the oldest lets the newest go idle first, the order
/// scale-down removes them in), each taking the first request in queue order
/// that it may serve.
fn next_match(st: &AppState) -> Option<(usize, usize)> {
    st.workers
        .iter()
        .enumerate()
        .filter(|(_, w)| w.state == WorkerState::Free)
        .find_map(|(wi, w)| {
            st.queue
                .iter()
                .position(|q| q.target.as_deref().is_none_or(|t| t == w.id))
                .map(|qi| (wi, qi))
        })
}

/// Gives free workers to waiting requests, head of the queue first.
pub(super) fn dispatch(rt: &Arc<AppRuntime>, st: &mut AppState) {
    // Requests waiting for a session's worker that is gone take any worker.
    let alive: Vec<String> = st.active().map(|w| w.id.clone()).collect();
    for waiter in st.queue.iter_mut() {
        if waiter.target.as_ref().is_some_and(|t| !alive.contains(t)) {
            waiter.target = None;
        }
    }
    while let Some((wi, qi)) = next_match(st) {
        let Some(waiter) = st.queue.remove(qi) else {
            return;
        };
        let lease = take_worker(rt, st, wi);
        let worker_id = lease.worker_id.clone();
        match waiter.tx.send(lease) {
            Ok(()) => {
                if let Some(session) = &waiter.session {
                    st.bind_session(session, &worker_id);
                }
            }
            Err(mut back) => {
                // That request went away meanwhile; the worker stays free
                // (without re-entering the lock through the lease's drop).
                back.armed = false;
                let slot = &mut st.workers[wi];
                slot.state = WorkerState::Free;
                slot.in_flight = 0;
            }
        }
    }
}

/// Takes a worker back after a request. A worker whose connection broke is
/// checked before it gets another request, so queued requests are not handed
/// to a worker that just died.
fn release(rt: &Arc<AppRuntime>, worker_id: &str, end: Option<RequestEnd>) {
    let mut st = rt.lock();
    let now = chrono::Utc::now();
    let probe = st
        .app
        .spec
        .readiness_probe
        .as_ref()
        .and_then(|p| p.http_get.as_ref())
        .and_then(|g| g.path.clone());
    let mut recheck = None;
    if let Some(w) = st.slot_mut(worker_id) {
        w.in_flight = 0;
        w.last_serve_unix = now.timestamp();
        w.last_serve_at = Some(crate::model::now_rfc3339());
        match end {
            Some(RequestEnd::Served) => w.success += 1,
            Some(RequestEnd::Failed) | Some(RequestEnd::WorkerBroken) => w.failed += 1,
            Some(RequestEnd::ClientGone) | None => {}
        }
        match w.state {
            WorkerState::Busy if end == Some(RequestEnd::WorkerBroken) => {
                w.state = WorkerState::Checking;
                recheck = Some(w.port);
            }
            WorkerState::Busy => w.state = WorkerState::Free,
            WorkerState::Removing => w.request_stop(),
            _ => {}
        }
    }
    if let Some(port) = recheck {
        tokio::spawn(recheck_worker(
            rt.clone(),
            worker_id.to_string(),
            port,
            probe,
        ));
    }
    dispatch(rt, &mut st);
    // An idle worker changes no decision until its idle time is up (the tick
    // sees that); a waiting queue may.
    let wake = !st.queue.is_empty();
    drop(st);
    if wake {
        rt.wake.notify_one();
    }
}

/// Probes a worker whose connection broke: back in rotation if it answers,
/// else retired (its supervisor reports the exit if it died).
async fn recheck_worker(rt: Arc<AppRuntime>, worker_id: String, port: u16, probe: Option<String>) {
    let healthy =
        crate::platform::runtime::process::wait_ready(port, probe.as_deref(), RECHECK_TIMEOUT)
            .await
            .is_ok();
    let mut st = rt.lock();
    if let Some(w) = st.slot_mut(&worker_id) {
        if w.state == WorkerState::Checking {
            if healthy {
                w.state = WorkerState::Free;
            } else {
                w.retire();
            }
        }
    }
    dispatch(&rt, &mut st);
    drop(st);
    rt.wake.notify_one();
}

/// How long a worker whose connection broke gets to answer its probe.
const RECHECK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);
