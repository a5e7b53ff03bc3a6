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
pub async fn acquire(runtime: &Runtime, rt: &Arc<AppRuntime>) -> Result<Lease, AcquireError> {
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
        if let Some(lease) = take_free_worker(rt, &mut st) {
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

/// The oldest free worker (workers are kept in creation order), marked busy:
/// routing to the oldest lets the newest go idle first, which is the order
/// scale-down removes them in.
fn take_free_worker(rt: &Arc<AppRuntime>, st: &mut AppState) -> Option<Lease> {
    let slot = st
        .workers
        .iter_mut()
        .find(|w| w.state == WorkerState::Free)?;
    slot.state = WorkerState::Busy;
    slot.in_flight = 1;
    Some(Lease {
        rt: rt.clone(),
        worker_id: slot.id.clone(),
        port: slot.port,
        end: None,
        armed: true,
    })
}

/// Gives free workers to waiting requests, head of the queue first.
pub(super) fn dispatch(rt: &Arc<AppRuntime>, st: &mut AppState) {
    while !st.queue.is_empty() {
        let Some(mut lease) = take_free_worker(rt, st) else {
            return;
        };
        loop {
            let Some(waiter) = st.queue.pop_front() else {
                // Nobody left: give the worker back without re-entering the lock.
                lease.armed = false;
                if let Some(w) = st.slot_mut(&lease.worker_id) {
                    w.state = WorkerState::Free;
                    w.in_flight = 0;
                }
                return;
            };
            match waiter.tx.send(lease) {
                Ok(()) => break,
                // That request went away meanwhile; try the next one.
                Err(back) => lease = back,
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
    let healthy = crate::platform::process::wait_ready(port, probe.as_deref(), RECHECK_TIMEOUT)
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
