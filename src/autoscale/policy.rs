//! The decision both builtin policies take once per tick.

use super::args::{PolicyArgs, PolicyKind};
use super::factors::{Factors, QueueReason, WorkerStatus};
use super::lax::LaxI64;
use serde::de::{self, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// One thing the scheduler should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start `count` workers.
    ScaleUp { count: u32 },
    /// Stop this worker (after it finishes what it serves).
    ScaleDown { worker_id: String },
}

/// Written as the reference writes it: the payload field first, then the
/// `action` tag (`{"count":1,"action":"ScaleUp"}`).
impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        match self {
            Self::ScaleUp { count } => {
                map.serialize_entry("count", count)?;
                map.serialize_entry("action", "ScaleUp")?;
            }
            Self::ScaleDown { worker_id } => {
                map.serialize_entry("worker_id", worker_id)?;
                map.serialize_entry("action", "ScaleDown")?;
            }
        }
        map.end()
    }
}

#[derive(Deserialize)]
struct RawAction {
    action: Option<String>,
    count: Option<LaxI64>,
    worker_id: Option<String>,
}

/// Read leniently, as the reference's union model does: the `action` tag may
/// be missing when the payload field says which action it is.
impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawAction::deserialize(deserializer)?;
        let scale_up = |count: Option<LaxI64>| {
            let count = count.ok_or_else(|| de::Error::missing_field("count"))?;
            u32::try_from(count.0)
                .map(|count| Action::ScaleUp { count })
                .map_err(|_| de::Error::custom(format!("invalid scale-up count {}", count.0)))
        };
        let scale_down = |worker_id: Option<String>| {
            worker_id
                .map(|worker_id| Action::ScaleDown { worker_id })
                .ok_or_else(|| de::Error::missing_field("worker_id"))
        };
        match raw.action.as_deref() {
            Some("ScaleUp") => scale_up(raw.count),
            Some("ScaleDown") => scale_down(raw.worker_id),
            Some(other) => Err(de::Error::unknown_variant(other, &["ScaleUp", "ScaleDown"])),
            None if raw.count.is_some() => scale_up(raw.count),
            None => scale_down(raw.worker_id),
        }
    }
}

/// The outcome of one decision; serializes to the reference's
/// `{"max_workers":N,"actions":[...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub max_workers: u32,
    pub actions: Vec<Action>,
    /// The unix time the decision was taken at, kept so [`super::explain`]
    /// can say how long a removed worker was idle. Not part of the JSON.
    #[serde(skip)]
    pub decided_at: Option<i64>,
}

/// Which rule of the decision produced the actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// Fewer workers than `min_workers`.
    MinWorkers,
    /// The policy's trigger held, no worker was starting, and there was room.
    Trigger,
    /// Neither: idle workers may be removed.
    ScaleDown,
}

/// Decides what to do this tick. Pure: `now_unix` is the current time in unix
/// seconds; it never panics, whatever the inputs.
pub fn decide(kind: PolicyKind, args: &PolicyArgs, factors: &Factors, now_unix: i64) -> Decision {
    decide_with_rule(kind, args, factors, now_unix).0
}

/// [`decide`], also telling which rule applied.
pub(super) fn decide_with_rule(
    kind: PolicyKind,
    args: &PolicyArgs,
    factors: &Factors,
    now_unix: i64,
) -> (Decision, Rule) {
    let (rule, actions) = if let Some(count) = min_workers_shortfall(args, factors) {
        (Rule::MinWorkers, vec![Action::ScaleUp { count }])
    } else if let Some(count) = trigger_scale_up(kind, args, factors) {
        (Rule::Trigger, vec![Action::ScaleUp { count }])
    } else {
        (Rule::ScaleDown, idle_scale_down(args, factors, now_unix))
    };
    let decision = Decision {
        max_workers: args.max_workers,
        actions,
        decided_at: Some(now_unix),
    };
    (decision, rule)
}

/// Rule 1: workers missing to reach `min_workers` (every live worker counts,
/// starting ones included). Like the reference, this ignores `max_workers`.
fn min_workers_shortfall(args: &PolicyArgs, factors: &Factors) -> Option<u32> {
    let missing = i64::from(args.min_workers) - factors.worker_count();
    u32::try_from(missing).ok().filter(|&n| n > 0)
}

/// Whether the policy's own condition asks for more workers.
pub(super) fn trigger_holds(kind: PolicyKind, args: &PolicyArgs, factors: &Factors) -> bool {
    match kind {
        PolicyKind::Simple => {
            factors.queued(QueueReason::QueueDueBusy) > i64::from(args.max_queue_size)
        }
        PolicyKind::FreeWorker => factors.free_workers() < i64::from(args.min_free_workers),
    }
}

/// Rule 2: scale up by `min(scale_up_step, max_workers - workers)` when the
/// trigger holds and no worker is starting (a starting worker may absorb
/// the load; scaling again now would overshoot).
fn trigger_scale_up(kind: PolicyKind, args: &PolicyArgs, factors: &Factors) -> Option<u32> {
    if factors.has_inflight() || !trigger_holds(kind, args, factors) {
        return None;
    }
    let room = i64::from(args.max_workers) - factors.worker_count();
    let count = room.min(i64::from(args.scale_up_step));
    u32::try_from(count).ok().filter(|&n| n > 0)
}

/// Whether a worker may be removed: free, serving nothing, holding no
/// session and idle for at least `max_idle_time` seconds.
pub(super) fn is_idle_candidate(
    worker: &super::factors::Worker,
    max_idle_time: u32,
    now_unix: i64,
) -> bool {
    worker.status == WorkerStatus::Free
        && worker.current_request == 0
        && worker.number_of_sessions == 0
        && now_unix.saturating_sub(worker.last_service_time) >= i64::from(max_idle_time)
}

/// Rule 3: remove idle workers, newest first, but never below `min_workers`
/// counted over the ready (Free or Busy) workers.
///
/// The reference slices the candidates with `running - min_workers` even when
/// that is negative, which in Python keeps all but the last few and can go
/// below `min_workers`; we clamp at zero instead.
fn idle_scale_down(args: &PolicyArgs, factors: &Factors, now_unix: i64) -> Vec<Action> {
    let mut candidates: Vec<_> = factors
        .workers
        .iter()
        .filter(|w| is_idle_candidate(w, args.max_idle_time, now_unix))
        .collect();
    // Stable, so workers started at the same second keep their input order,
    // as with Python's sort(reverse=True).
    candidates.sort_by_key(|w| Reverse(w.started_at));
    let allowed = factors.running_workers() - i64::from(args.min_workers);
    let allowed = usize::try_from(allowed).unwrap_or(0);
    candidates
        .into_iter()
        .take(allowed)
        .map(|w| Action::ScaleDown {
            worker_id: w.worker_id.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::factors::tests::worker;
    use super::super::factors::{QueueSummary, Worker};
    use super::*;

    const NOW: i64 = 1_700_000_000;

    fn args(min: u32, max: u32) -> PolicyArgs {
        PolicyArgs {
            min_workers: min,
            max_workers: max,
            ..PolicyArgs::default()
        }
    }

    fn busy_queue(n: i64) -> Option<QueueSummary> {
        Some([(QueueReason::QueueDueBusy, n)].into_iter().collect())
    }

    fn factors(workers: Vec<Worker>, queued_busy: i64) -> Factors {
        Factors {
            queue: busy_queue(queued_busy),
            workers,
            ..Factors::default()
        }
    }

    fn up(count: u32) -> Vec<Action> {
        vec![Action::ScaleUp { count }]
    }

    fn down(ids: &[&str]) -> Vec<Action> {
        ids.iter()
            .map(|id| Action::ScaleDown {
                worker_id: (*id).to_owned(),
            })
            .collect()
    }

    fn actions(kind: PolicyKind, args: &PolicyArgs, factors: &Factors) -> Vec<Action> {
        decide(kind, args, factors, NOW).actions
    }

    #[test]
    fn action_json_matches_the_reference() {
        let json = serde_json::to_string(&vec![
            Action::ScaleUp { count: 2 },
            Action::ScaleDown {
                worker_id: "w1".into(),
            },
        ])
        .expect("serializable");
        assert_eq!(
            json,
            r#"[{"count":2,"action":"ScaleUp"},{"worker_id":"w1","action":"ScaleDown"}]"#
        );
        let back: Vec<Action> = serde_json::from_str(&json).expect("readable");
        assert_eq!(back.len(), 2);
    }

    #[test]
    fn action_deserialization_is_lenient_but_checked() {
        let read = |s: &str| serde_json::from_str::<Action>(s);
        assert_eq!(
            read(r#"{"count":3}"#).ok(),
            Some(Action::ScaleUp { count: 3 })
        );
        assert_eq!(
            read(r#"{"worker_id":"x"}"#).ok(),
            Some(Action::ScaleDown {
                worker_id: "x".into()
            })
        );
        assert!(read(r#"{"action":"ScaleUp","count":-1}"#).is_err());
        assert!(read(r#"{"action":"Jump","count":1}"#).is_err());
        assert!(read(r#"{"action":"ScaleDown"}"#).is_err());
        assert!(read(r#"{}"#).is_err());
    }

    #[test]
    fn decision_json_matches_the_reference() {
        let d = decide(PolicyKind::Simple, &args(2, 3), &Factors::default(), NOW);
        assert_eq!(
            serde_json::to_string(&d).expect("serializable"),
            r#"{"max_workers":3,"actions":[{"count":2,"action":"ScaleUp"}]}"#
        );
        let back: Decision =
            serde_json::from_str(r#"{"max_workers":3,"actions":[]}"#).expect("readable");
        assert_eq!(back.decided_at, None);
    }

    // Rule 1.

    #[test]
    fn scales_up_to_min_workers_counting_inflight() {
        let f = factors(vec![worker("a", WorkerStatus::Inflight, 1, 1)], 0);
        assert_eq!(actions(PolicyKind::Simple, &args(3, 5), &f), up(2));
        assert_eq!(actions(PolicyKind::FreeWorker, &args(3, 5), &f), up(2));
    }

    #[test]
    fn min_workers_wins_over_max_workers_like_the_reference() {
        let f = factors(vec![], 0);
        let d = decide(PolicyKind::Simple, &args(4, 2), &f, NOW);
        assert_eq!(d.actions, up(4));
        assert_eq!(d.max_workers, 2);
    }

    // Rule 2, simple.

    #[test]
    fn simple_scales_up_when_busy_queue_exceeds_max_queue_size() {
        let a = PolicyArgs {
            max_queue_size: 2,
            ..args(1, 5)
        };
        let busy = vec![worker("a", WorkerStatus::Busy, 1, 1)];
        assert_eq!(
            actions(PolicyKind::Simple, &a, &factors(busy.clone(), 3)),
            up(1)
        );
        // Equal is not more.
        assert_eq!(actions(PolicyKind::Simple, &a, &factors(busy, 2)), vec![]);
    }

    #[test]
    fn only_queued_due_to_busy_counts_for_simple() {
        let mut f = factors(vec![worker("a", WorkerStatus::Busy, 1, 1)], 0);
        f.queue = Some(
            [
                (QueueReason::NotDispatch, 10),
                (QueueReason::QueueDueSession, 10),
            ]
            .into_iter()
            .collect(),
        );
        assert_eq!(actions(PolicyKind::Simple, &args(1, 5), &f), vec![]);
        f.queue = None;
        assert_eq!(actions(PolicyKind::Simple, &args(1, 5), &f), vec![]);
    }

    #[test]
    fn no_trigger_scale_up_while_a_worker_is_inflight() {
        let f = factors(
            vec![
                worker("a", WorkerStatus::Busy, 1, 1),
                worker("b", WorkerStatus::Inflight, 2, 2),
            ],
            9,
        );
        assert_eq!(actions(PolicyKind::Simple, &args(1, 5), &f), vec![]);
        assert_eq!(actions(PolicyKind::FreeWorker, &args(1, 5), &f), vec![]);
    }

    #[test]
    fn step_is_clamped_at_max_workers() {
        let a = PolicyArgs {
            scale_up_step: 3,
            ..args(1, 4)
        };
        let two_busy = vec![
            worker("a", WorkerStatus::Busy, 1, 1),
            worker("b", WorkerStatus::Busy, 1, 1),
        ];
        assert_eq!(
            actions(PolicyKind::Simple, &a, &factors(two_busy.clone(), 5)),
            up(2)
        );
        let wide = PolicyArgs {
            max_workers: 10,
            ..a
        };
        assert_eq!(
            actions(PolicyKind::Simple, &wide, &factors(two_busy, 5)),
            up(3)
        );
    }

    #[test]
    fn no_scale_up_at_or_above_max_workers_or_with_zero_step() {
        let busy = vec![
            worker("a", WorkerStatus::Busy, 1, 1),
            worker("b", WorkerStatus::Busy, 1, 1),
        ];
        assert_eq!(
            actions(PolicyKind::Simple, &args(1, 2), &factors(busy.clone(), 9)),
            vec![]
        );
        assert_eq!(
            actions(PolicyKind::Simple, &args(1, 1), &factors(busy.clone(), 9)),
            vec![]
        );
        let zero_step = PolicyArgs {
            scale_up_step: 0,
            ..args(1, 9)
        };
        assert_eq!(
            actions(PolicyKind::Simple, &zero_step, &factors(busy, 9)),
            vec![]
        );
    }

    // Rule 2, free-worker.

    #[test]
    fn free_worker_scales_up_when_too_few_free() {
        let a = PolicyArgs {
            min_free_workers: 1,
            ..args(1, 5)
        };
        let busy = factors(vec![worker("a", WorkerStatus::Busy, 1, NOW)], 0);
        assert_eq!(actions(PolicyKind::FreeWorker, &a, &busy), up(1));
        let free = factors(vec![worker("a", WorkerStatus::Free, 1, NOW)], 0);
        assert_eq!(actions(PolicyKind::FreeWorker, &a, &free), vec![]);
        let two = PolicyArgs {
            min_free_workers: 2,
            scale_up_step: 4,
            ..a
        };
        assert_eq!(actions(PolicyKind::FreeWorker, &two, &free), up(4));
    }

    #[test]
    fn free_worker_uses_the_worker_summary_when_given() {
        let mut f = factors(vec![worker("a", WorkerStatus::Busy, 1, NOW)], 0);
        f.worker = Some([(WorkerStatus::Free, 1)].into_iter().collect());
        assert_eq!(actions(PolicyKind::FreeWorker, &args(1, 5), &f), vec![]);
        f.worker = Some([(WorkerStatus::Busy, 1)].into_iter().collect());
        assert_eq!(actions(PolicyKind::FreeWorker, &args(1, 5), &f), up(1));
    }

    #[test]
    fn free_worker_ignores_the_queue() {
        let f = factors(vec![worker("a", WorkerStatus::Free, 1, NOW)], 50);
        assert_eq!(actions(PolicyKind::FreeWorker, &args(1, 5), &f), vec![]);
    }

    // Rule 3.

    #[test]
    fn scale_down_newest_first_and_keeps_min_workers() {
        let f = factors(
            vec![
                worker("old", WorkerStatus::Free, 100, 0),
                worker("new", WorkerStatus::Free, 300, 0),
                worker("mid", WorkerStatus::Free, 200, 0),
            ],
            0,
        );
        assert_eq!(
            actions(PolicyKind::Simple, &args(1, 5), &f),
            down(&["new", "mid"])
        );
        assert_eq!(
            actions(PolicyKind::Simple, &args(0, 5), &f),
            down(&["new", "mid", "old"])
        );
        assert_eq!(actions(PolicyKind::Simple, &args(3, 5), &f), vec![]);
    }

    #[test]
    fn ties_keep_input_order() {
        let f = factors(
            vec![
                worker("b", WorkerStatus::Free, 5, 0),
                worker("a", WorkerStatus::Free, 5, 0),
                worker("c", WorkerStatus::Free, 7, 0),
            ],
            0,
        );
        assert_eq!(
            actions(PolicyKind::Simple, &args(0, 5), &f),
            down(&["c", "b", "a"])
        );
    }

    #[test]
    fn idle_threshold_is_inclusive() {
        let a = PolicyArgs {
            max_idle_time: 60,
            ..args(0, 5)
        };
        let at = |last| factors(vec![worker("w", WorkerStatus::Free, 1, last)], 0);
        assert_eq!(actions(PolicyKind::Simple, &a, &at(NOW - 60)), down(&["w"]));
        assert_eq!(actions(PolicyKind::Simple, &a, &at(NOW - 59)), vec![]);
        assert_eq!(actions(PolicyKind::Simple, &a, &at(NOW + 1000)), vec![]);
    }

    #[test]
    fn busy_requesting_session_and_inflight_workers_are_kept() {
        let mut serving = worker("serving", WorkerStatus::Free, 4, 0);
        serving.current_request = 1;
        let mut session = worker("session", WorkerStatus::Free, 3, 0);
        session.number_of_sessions = 1;
        let f = factors(
            vec![
                worker("busy", WorkerStatus::Busy, 5, 0),
                serving,
                session,
                worker("inflight", WorkerStatus::Inflight, 2, 0),
                worker("idle", WorkerStatus::Free, 1, 0),
            ],
            0,
        );
        assert_eq!(
            actions(PolicyKind::Simple, &args(0, 9), &f),
            down(&["idle"])
        );
    }

    #[test]
    fn scale_down_happens_even_while_a_worker_is_inflight() {
        let f = factors(
            vec![
                worker("a", WorkerStatus::Free, 5, 0),
                worker("i", WorkerStatus::Inflight, 5, 0),
            ],
            3,
        );
        assert_eq!(actions(PolicyKind::Simple, &args(0, 3), &f), down(&["a"]));
    }

    /// The reference defect: with 2 running workers, 1 starting and
    /// min_workers 3 it removes one worker (Python's `[:-1]`); we remove none.
    #[test]
    fn never_scales_down_below_min_workers() {
        let f = factors(
            vec![
                worker("a", WorkerStatus::Free, 5, 1),
                worker("b", WorkerStatus::Free, 7, 1),
                worker("c", WorkerStatus::Inflight, 5, 1),
            ],
            3,
        );
        let d = decide(PolicyKind::Simple, &args(3, 5), &f, NOW);
        assert_eq!(d.actions, vec![]);
        assert_eq!(d.max_workers, 5);
    }

    #[test]
    fn busy_workers_count_as_running_for_the_floor() {
        let f = factors(
            vec![
                worker("busy", WorkerStatus::Busy, 1, 0),
                worker("idle1", WorkerStatus::Free, 2, 0),
                worker("idle2", WorkerStatus::Free, 3, 0),
            ],
            0,
        );
        assert_eq!(
            actions(PolicyKind::FreeWorker, &args(2, 5), &f),
            down(&["idle2"])
        );
    }

    #[test]
    fn rule_reporting() {
        let (_, rule) = decide_with_rule(PolicyKind::Simple, &args(1, 1), &factors(vec![], 0), NOW);
        assert_eq!(rule, Rule::MinWorkers);
        let busy = factors(vec![worker("a", WorkerStatus::Busy, 1, 1)], 5);
        let (_, rule) = decide_with_rule(PolicyKind::Simple, &args(1, 2), &busy, NOW);
        assert_eq!(rule, Rule::Trigger);
        let (_, rule) = decide_with_rule(PolicyKind::Simple, &args(1, 1), &busy, NOW);
        assert_eq!(rule, Rule::ScaleDown);
    }

    /// xorshift64*, so the odd-input test is deterministic without a crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn pick<T: Copy>(&mut self, values: &[T]) -> T {
            let len = u64::try_from(values.len()).unwrap_or(1);
            let i = usize::try_from(self.next() % len).unwrap_or(0);
            values[i]
        }
    }

    #[test]
    fn odd_inputs_never_panic_and_respect_the_invariants() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let counts = [0, 1, 2, 3, 7, u32::MAX - 1, u32::MAX];
        let times = [i64::MIN, -1, 0, 1, NOW - 1000, NOW, NOW + 5, i64::MAX];
        let queue = [i64::MIN, -5, 0, 1, 2, 100, i64::MAX];
        let statuses = WorkerStatus::ALL;
        for round in 0..3000 {
            let a = PolicyArgs {
                min_workers: rng.pick(&counts),
                max_workers: rng.pick(&counts),
                max_queue_size: rng.pick(&counts),
                min_free_workers: rng.pick(&counts),
                scale_up_step: rng.pick(&counts),
                max_idle_time: rng.pick(&counts),
            };
            let n = rng.next() % 6;
            let workers = (0..n)
                .map(|i| {
                    let mut w = worker(
                        &format!("w{i}"),
                        rng.pick(&statuses),
                        rng.pick(&times),
                        rng.pick(&times),
                    );
                    w.current_request = rng.pick(&queue);
                    w.number_of_sessions = rng.pick(&[0, 0, 1, -1]);
                    w
                })
                .collect();
            let mut f = factors(workers, rng.pick(&queue));
            if round % 3 == 0 {
                f.worker = Some(
                    [(WorkerStatus::Free, rng.pick(&queue))]
                        .into_iter()
                        .collect(),
                );
            }
            let now = rng.pick(&times);
            for kind in PolicyKind::ALL {
                let d = decide(kind, &a, &f, now);
                assert_eq!(d.max_workers, a.max_workers);
                let removed = d
                    .actions
                    .iter()
                    .filter(|x| matches!(x, Action::ScaleDown { .. }))
                    .count();
                let removed = i64::try_from(removed).unwrap_or(i64::MAX);
                if removed > 0 {
                    assert!(f.running_workers() - removed >= i64::from(a.min_workers));
                }
                for action in &d.actions {
                    if let Action::ScaleUp { count } = action {
                        assert!(*count > 0);
                        assert_eq!(d.actions.len(), 1);
                    }
                }
            }
        }
    }
}
