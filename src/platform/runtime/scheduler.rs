//! The per-app scheduler: decides on queue and worker changes (woken by
//! `AppRuntime::wake`, at most every 10 ms) and on a periodic tick (idle
//! time, queue histories),
//! with the same policy code as `everai autoscaler` (`crate::autoscale`).
//! Policy arguments are re-read from configmaps and secrets at every
//! decision.

use super::{AppRuntime, AppState, Phase, Runtime, WorkerState};
use crate::autoscale::{self, Action, AppPolicy, Factors, QueueReason, WorkerStatus};
use crate::platform::resolve;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;

/// Decisions woken by queue or worker changes are at least this far apart.
/// A busy route changes the queue tens of thousands of times a second; the
/// changes in between are folded into the next decision (docs/scaling.md),
/// so requests do not pay a decision, and a wake-up of this task from the
/// route thread, each.
const MIN_WAKE_GAP: Duration = Duration::from_millis(10);

pub(super) async fn run(
    runtime: Arc<Runtime>,
    rt: Arc<AppRuntime>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut tick = tokio::time::interval(runtime.config.tick);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut last_decision: Option<Instant> = None;
    loop {
        let woken = tokio::select! {
            _ = rt.wake.notified() => true,
            _ = tick.tick() => {
                record_history(&rt, runtime.config.session_ttl);
                false
            }
            _ = shutdown.changed() => return,
        };
        if let (true, Some(last)) = (woken, last_decision) {
            let wait = MIN_WAKE_GAP.saturating_sub(last.elapsed());
            if !wait.is_zero() {
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    _ = shutdown.changed() => return,
                }
            }
        }
        if *shutdown.borrow() {
            return;
        }
        last_decision = Some(Instant::now());
        let (phase, has_workers) = {
            let st = rt.lock();
            (st.phase(), !st.workers().is_empty())
        };
        match phase {
            Phase::Deployed => decide_once(&runtime, &rt).await,
            Phase::Paused => {}
            Phase::Deleting if has_workers => {}
            Phase::Deleting => return,
        }
    }
}

/// Once per tick: remembers the queue for `average`, and forgets idle
/// sticky sessions.
fn record_history(rt: &AppRuntime, session_ttl: std::time::Duration) {
    rt.lock()
        .record_history(chrono::Utc::now().timestamp(), session_ttl);
}

async fn decide_once(runtime: &Arc<Runtime>, rt: &Arc<AppRuntime>) {
    let app = rt.lock().app().clone();
    let policy = match AppPolicy::of(&app) {
        AppPolicy::Manual => return manual(runtime, rt),
        AppPolicy::Unsupported(message) => return problem(runtime, rt, &message),
        AppPolicy::Builtin(policy) => policy,
    };
    // Resolve every Value (configmap/secret references) afresh.
    let resolved = runtime
        .store
        .read_kv(move |c| Ok(policy.resolve(|v| resolve::resolve(c, v))))
        .await;
    let policy = match resolved {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => return problem(runtime, rt, &e.to_string()),
        Err(e) => return problem(runtime, rt, &e.message),
    };
    let now = chrono::Utc::now();
    let factors = factors_of(&rt.lock(), now.timestamp());
    let plan = match policy.plan(factors, now) {
        Ok(Some(plan)) => plan,
        Ok(None) => return,
        Err(e) => return problem(runtime, rt, &e.to_string()),
    };
    rt.lock().clear_problem();
    if plan.decision.actions.is_empty() {
        return;
    }
    act(runtime, rt, &plan.decision.actions, &plan.reasons);
}

/// Reports a scheduler problem once (until it changes); workers stay as they are.
fn problem(runtime: &Runtime, rt: &AppRuntime, message: &str) {
    if rt.lock().report_problem(message) {
        runtime.events.warning(
            &rt.uid,
            "Autoscaler",
            &format!("no scaling decision: {message}; keeping the current workers"),
        );
    }
}

fn act(runtime: &Arc<Runtime>, rt: &Arc<AppRuntime>, actions: &[Action], explanations: &[String]) {
    let mut st = rt.lock();
    if st.phase() != Phase::Deployed {
        return;
    }
    for (index, action) in actions.iter().enumerate() {
        let why = explanations.get(index).cloned().unwrap_or_default();
        match action {
            Action::ScaleUp { count } => {
                // Crash-looping slots waiting out their back-off are part
                // of what the policy asks for.
                let count = (*count as usize).saturating_sub(st.pending_restarts());
                if count == 0 {
                    continue;
                }
                for _ in 0..count {
                    runtime.start_worker(rt, &mut st, false);
                }
                runtime.events.normal(&rt.uid, "Autoscaler", &why);
            }
            Action::ScaleDown { worker_id } => {
                if !st.retire(worker_id) {
                    continue;
                }
                runtime.events.normal(&rt.uid, "Autoscaler", &why);
            }
        }
    }
}

/// `manual`: keep exactly the target count (replacing failed workers).
fn manual(runtime: &Arc<Runtime>, rt: &Arc<AppRuntime>) {
    let mut st = rt.lock();
    let target = st.manual_target().unwrap_or(1) as usize;
    let live = st.active().count();
    let waiting = st.pending_restarts();
    if live + waiting < target {
        for _ in live + waiting..target {
            runtime.start_worker(rt, &mut st, false);
        }
        runtime.events.normal(
            &rt.uid,
            "Scheduler",
            &format!(
                "scale up {}: {live} workers < manual target {target}",
                target - live - waiting
            ),
        );
    } else if live > target {
        let extra = live - target;
        for id in st.removal_order().into_iter().take(extra) {
            st.retire(&id);
        }
        runtime.events.normal(
            &rt.uid,
            "Scheduler",
            &format!("scale down {extra}: {live} workers > manual target {target}"),
        );
    }
}

fn summary(busy: i64, session: i64) -> autoscale::QueueSummary {
    [
        (QueueReason::QueueDueBusy, busy),
        (QueueReason::QueueDueSession, session),
    ]
    .into_iter()
    .collect()
}

/// The policy inputs, from the live state.
fn factors_of(st: &AppState, now: i64) -> Factors {
    let (busy, session) = st.queue_counts();
    let queue = summary(busy, session);
    let queue_histories: autoscale::QueueHistories = st
        .histories()
        .rev()
        .map(|(t, b, s)| ((now - t).max(0), summary(*b, *s)))
        .collect();
    // Newest first: the policy sorts by `started_at` (whole seconds) with a
    // stable sort, so workers started in the same second keep this order
    // and the newest is removed first.
    let workers: Vec<autoscale::Worker> = st
        .active()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|w| autoscale::Worker {
            worker_id: w.id.clone(),
            gpu_type: None,
            region: "local".into(),
            started_at: w.created_unix,
            last_service_time: w.last_serve_unix,
            number_of_successes: i64::from(w.success),
            number_of_failures: i64::from(w.failed),
            number_of_sessions: st.sessions_of(&w.id) as i64,
            average_response_time: 0.0,
            current_request: i64::from(w.in_flight),
            status: match w.state {
                WorkerState::Starting => WorkerStatus::Inflight,
                WorkerState::Busy | WorkerState::Checking => WorkerStatus::Busy,
                WorkerState::Free | WorkerState::Removing => WorkerStatus::Free,
            },
        })
        .collect();
    let summary: autoscale::WorkerSummary = WorkerStatus::ALL
        .iter()
        .map(|s| (*s, workers.iter().filter(|w| w.status == *s).count() as i64))
        .collect();
    Factors {
        queue_histories: Some(queue_histories),
        queue: Some(queue),
        utilization: None,
        workers,
        worker: Some(summary),
        worker_histories: None,
    }
}
