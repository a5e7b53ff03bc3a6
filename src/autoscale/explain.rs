//! Human explanations of a decision, one line per action, for app events.

use super::args::{PolicyArgs, PolicyKind};
use super::factors::{Factors, QueueReason};
use super::policy::{trigger_holds, Action, Decision};

/// Says why each action of `decision` was taken, e.g.
/// `scale up 1: 3 queued due to busy > max_queue_size 2` or
/// `scale down worker w1: idle 65s >= max_idle_time 60`.
///
/// The reasons are worked out again from the same inputs, so this also works
/// for a decision that came from elsewhere (an external autoscaler); when no
/// builtin rule explains an action, the line names the action alone.
pub fn explain(
    kind: PolicyKind,
    args: &PolicyArgs,
    factors: &Factors,
    decision: &Decision,
) -> Vec<String> {
    decision
        .actions
        .iter()
        .map(|action| match action {
            Action::ScaleUp { count } => explain_scale_up(kind, args, factors, *count),
            Action::ScaleDown { worker_id } => {
                explain_scale_down(args, factors, decision.decided_at, worker_id)
            }
        })
        .collect()
}

fn explain_scale_up(kind: PolicyKind, args: &PolicyArgs, factors: &Factors, count: u32) -> String {
    let workers = factors.worker_count();
    if workers < i64::from(args.min_workers) {
        return format!(
            "scale up {count}: {workers} workers < min_workers {}",
            args.min_workers
        );
    }
    if !trigger_holds(kind, args, factors) {
        return format!("scale up {count}");
    }
    match kind {
        PolicyKind::Simple => format!(
            "scale up {count}: {} queued due to busy > max_queue_size {}",
            factors.queued(QueueReason::QueueDueBusy),
            args.max_queue_size
        ),
        PolicyKind::FreeWorker => format!(
            "scale up {count}: {} free workers < min_free_workers {}",
            factors.free_workers(),
            args.min_free_workers
        ),
    }
}

fn explain_scale_down(
    args: &PolicyArgs,
    factors: &Factors,
    decided_at: Option<i64>,
    worker_id: &str,
) -> String {
    let worker = factors.workers.iter().find(|w| w.worker_id == worker_id);
    match (worker, decided_at) {
        (Some(worker), Some(now)) => format!(
            "scale down worker {worker_id}: idle {}s >= max_idle_time {}",
            now.saturating_sub(worker.last_service_time),
            args.max_idle_time
        ),
        (Some(_), None) => format!(
            "scale down worker {worker_id}: idle >= max_idle_time {}",
            args.max_idle_time
        ),
        (None, _) => format!("scale down worker {worker_id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::factors::tests::worker;
    use super::super::factors::WorkerStatus;
    use super::super::policy::decide;
    use super::*;

    const NOW: i64 = 1_700_000_000;

    fn args(min: u32, max: u32) -> PolicyArgs {
        PolicyArgs {
            min_workers: min,
            max_workers: max,
            max_queue_size: 2,
            max_idle_time: 60,
            ..PolicyArgs::default()
        }
    }

    fn lines(kind: PolicyKind, args: &PolicyArgs, factors: &Factors) -> Vec<String> {
        explain(kind, args, factors, &decide(kind, args, factors, NOW))
    }

    #[test]
    fn explains_min_workers() {
        let f = Factors::default();
        assert_eq!(
            lines(PolicyKind::Simple, &args(2, 5), &f),
            ["scale up 2: 0 workers < min_workers 2"]
        );
    }

    #[test]
    fn explains_the_queue_trigger() {
        let f = Factors {
            queue: Some([(QueueReason::QueueDueBusy, 3)].into_iter().collect()),
            workers: vec![worker("a", WorkerStatus::Busy, 1, NOW)],
            ..Factors::default()
        };
        assert_eq!(
            lines(PolicyKind::Simple, &args(1, 5), &f),
            ["scale up 1: 3 queued due to busy > max_queue_size 2"]
        );
    }

    #[test]
    fn explains_the_free_worker_trigger() {
        let f = Factors {
            workers: vec![worker("a", WorkerStatus::Busy, 1, NOW)],
            ..Factors::default()
        };
        assert_eq!(
            lines(PolicyKind::FreeWorker, &args(1, 5), &f),
            ["scale up 1: 0 free workers < min_free_workers 1"]
        );
    }

    #[test]
    fn explains_each_scale_down() {
        let f = Factors {
            workers: vec![
                worker("old", WorkerStatus::Free, 1, NOW - 65),
                worker("new", WorkerStatus::Free, 2, NOW - 100),
            ],
            ..Factors::default()
        };
        assert_eq!(
            lines(PolicyKind::Simple, &args(0, 5), &f),
            [
                "scale down worker new: idle 100s >= max_idle_time 60",
                "scale down worker old: idle 65s >= max_idle_time 60"
            ]
        );
    }

    #[test]
    fn foreign_decisions_get_plain_lines() {
        let decision = Decision {
            max_workers: 3,
            actions: vec![
                Action::ScaleUp { count: 2 },
                Action::ScaleDown {
                    worker_id: "ghost".into(),
                },
                Action::ScaleDown {
                    worker_id: "a".into(),
                },
            ],
            decided_at: None,
        };
        let f = Factors {
            workers: vec![worker("a", WorkerStatus::Free, 1, 0)],
            ..Factors::default()
        };
        assert_eq!(
            explain(PolicyKind::Simple, &args(1, 3), &f, &decision),
            [
                "scale up 2",
                "scale down worker ghost",
                "scale down worker a: idle >= max_idle_time 60"
            ]
        );
    }

    #[test]
    fn no_actions_no_lines() {
        let f = Factors {
            workers: vec![worker("a", WorkerStatus::Free, 1, NOW)],
            ..Factors::default()
        };
        assert!(lines(PolicyKind::Simple, &args(1, 5), &f).is_empty());
    }
}
