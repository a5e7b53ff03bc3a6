//! Handing workers to requests: the FIFO queue and the lease a request holds
//! while a worker serves it.

use super::{AppRuntime, AppState, Phase, Runtime};
use crate::platform::proxy::WorkerConn;
use std::sync::Arc;
use tokio::sync::oneshot;

/// The right to send one request to one worker. Dropping it gives the worker
/// back (to the head of the queue first).
pub struct Lease {
    rt: Arc<AppRuntime>,
    pub worker_id: String,
    pub port: u16,
    /// The worker's kept connection, for the request to take (`None`: the
    /// request opens one).
    pub conn: Option<WorkerConn>,
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
    /// Records how the request went and gives the worker back, with its
    /// connection when that can carry the next request.
    pub fn finish(mut self, end: RequestEnd, conn: Option<WorkerConn>) {
        self.end = Some(end);
        self.conn = conn;
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if self.armed {
            release(&self.rt, &self.worker_id, self.end, self.conn.take());
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
    let (rx, waiter_id, wake) = {
        let mut st = rt.lock();
        match st.phase() {
            Phase::Deployed => {}
            Phase::Paused => return Err(AcquireError::Paused),
            Phase::Deleting => return Err(AcquireError::Gone),
        }
        let target = session.and_then(|s| st.session_worker(s));
        let index = st.free_worker(target.as_deref());
        if let Some(index) = index {
            let lease = take_worker(rt, &mut st, index);
            if let Some(s) = session {
                st.bind_session(s, &lease.worker_id);
            }
            // One free worker less matters to `free-worker` at once.
            if st.wake_on_busy() {
                rt.wake.notify_one();
            }
            return Ok(lease);
        }
        if st.queue_len() >= runtime.config.queue_limit {
            return Err(AcquireError::QueueFull { retry_after: 1 });
        }
        let (tx, rx) = oneshot::channel();
        let id = st.enqueue(session, target, tx);
        (rx, id, st.wake_on_queue())
    };
    // The queue grew: a policy that reads it decides now, not at its next
    // tick.
    if wake {
        rt.wake.notify_one();
    }
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
            let phase = rt.lock().phase();
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
        if st.leave_queue(self.waiter_id) && st.wake_on_queue() {
            drop(st);
            self.rt.wake.notify_one();
        }
    }
}

/// Marks the worker at `index` busy and leases it.
fn take_worker(rt: &Arc<AppRuntime>, st: &mut AppState, index: usize) -> Lease {
    let (worker_id, port, conn) = st.take_worker(index);
    Lease {
        rt: rt.clone(),
        worker_id,
        port,
        conn,
        end: None,
        armed: true,
    }
}

/// Gives free workers to waiting requests, head of the queue first.
pub(super) fn dispatch(rt: &Arc<AppRuntime>, st: &mut AppState) {
    st.forget_gone_targets();
    while let Some((wi, waiter)) = st.next_match() {
        let lease = take_worker(rt, st, wi);
        let worker_id = lease.worker_id.clone();
        let session = waiter.session().map(str::to_string);
        match waiter.hand(lease) {
            Ok(()) => {
                if let Some(session) = &session {
                    st.bind_session(session, &worker_id);
                }
            }
            Err(mut back) => {
                // That request went away meanwhile; the worker stays free
                // (without re-entering the lock through the lease's drop).
                back.armed = false;
                st.untake_worker(wi, back.conn.take());
            }
        }
    }
}

/// Takes a worker back after a request. A worker whose connection broke is
/// checked before it gets another request, so queued requests are not handed
/// to a worker that just died.
fn release(
    rt: &Arc<AppRuntime>,
    worker_id: &str,
    end: Option<RequestEnd>,
    conn: Option<WorkerConn>,
) {
    let mut st = rt.lock();
    let recheck = st.release_worker(worker_id, end, conn);
    if let Some(port) = recheck {
        rt.main.spawn(recheck_worker(
            rt.clone(),
            worker_id.to_string(),
            port,
            st.probe_path(),
        ));
    }
    dispatch(rt, &mut st);
    // An idle worker changes no decision until its idle time is up (the tick
    // sees that); a waiting queue may, to a policy that reads it.
    let wake = st.wake_on_queue() && st.queue_len() > 0;
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
    st.finish_check(&worker_id, healthy);
    dispatch(&rt, &mut st);
    drop(st);
    rt.wake.notify_one();
}

/// How long a worker whose connection broke gets to answer its probe.
const RECHECK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);
