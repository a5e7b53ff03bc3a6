//! The factors: what the scheduler knows about an app's queue and workers at
//! one tick. The JSON shape is the reference's `Factors` model, field for
//! field, so a body the reference service accepts is accepted here.

use super::lax;
use super::ordered_map::{KeyError, MapKey, OrderedMap};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Lifecycle state of a live worker as the policies see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WorkerStatus {
    /// Started but not ready yet.
    Inflight,
    /// Ready and serving nothing.
    Free,
    /// Serving a request.
    Busy,
}

/// Why a request waits in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum QueueReason {
    /// Not handed to any worker yet.
    NotDispatch,
    /// Every worker is busy (shown as `WorkerBusy` by `everai app queue`).
    QueueDueBusy,
    /// The session's worker is busy.
    QueueDueSession,
}

impl WorkerStatus {
    /// Every status, in the reference's declaration order.
    pub const ALL: [WorkerStatus; 3] = [Self::Inflight, Self::Free, Self::Busy];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inflight => "Inflight",
            Self::Free => "Free",
            Self::Busy => "Busy",
        }
    }
}

impl QueueReason {
    /// Every reason, in the reference's declaration order.
    pub const ALL: [QueueReason; 3] =
        [Self::NotDispatch, Self::QueueDueBusy, Self::QueueDueSession];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotDispatch => "NotDispatch",
            Self::QueueDueBusy => "QueueDueBusy",
            Self::QueueDueSession => "QueueDueSession",
        }
    }
}

/// Parses one of a fixed set of names, listing them on failure.
fn parse_named<T: Copy>(text: &str, all: &[T], name: fn(T) -> &'static str) -> Result<T, KeyError> {
    all.iter()
        .copied()
        .find(|v| name(*v) == text)
        .ok_or_else(|| KeyError::Unknown {
            text: text.to_string(),
            expected: all.iter().map(|v| name(*v)).collect(),
        })
}

impl MapKey for WorkerStatus {
    fn parse_key(text: &str) -> Result<Self, KeyError> {
        parse_named(text, &Self::ALL, Self::as_str)
    }

    fn key_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

impl MapKey for QueueReason {
    fn parse_key(text: &str) -> Result<Self, KeyError> {
        parse_named(text, &Self::ALL, Self::as_str)
    }

    fn key_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Queued request counts per reason.
pub type QueueSummary = OrderedMap<QueueReason, i64>;
/// Worker counts per status.
pub type WorkerSummary = OrderedMap<WorkerStatus, i64>;
/// Queue summaries of earlier ticks, keyed by seconds ago.
pub type QueueHistories = OrderedMap<i64, QueueSummary>;
/// Worker summaries of earlier ticks, keyed by seconds ago.
pub type WorkerHistories = OrderedMap<i64, WorkerSummary>;

/// One live worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Worker {
    pub worker_id: String,
    #[serde(default)]
    pub gpu_type: Option<String>,
    /// Required by the reference model; the local platform may put any label.
    pub region: String,
    /// Unix seconds.
    #[serde(deserialize_with = "lax::int")]
    pub started_at: i64,
    /// Unix seconds of the end of the last request served (or of readiness).
    #[serde(deserialize_with = "lax::int")]
    pub last_service_time: i64,
    #[serde(deserialize_with = "lax::int")]
    pub number_of_successes: i64,
    #[serde(deserialize_with = "lax::int")]
    pub number_of_failures: i64,
    /// A worker holding sessions is never scaled down.
    #[serde(deserialize_with = "lax::int")]
    pub number_of_sessions: i64,
    #[serde(deserialize_with = "lax::float")]
    pub average_response_time: f64,
    #[serde(deserialize_with = "lax::int")]
    pub current_request: i64,
    pub status: WorkerStatus,
}

/// The decision inputs of one tick. Absent fields take the reference's
/// defaults: no histories (`{}`), no workers (`[]`), everything else `null`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Factors {
    #[serde(default = "empty_histories")]
    pub queue_histories: Option<QueueHistories>,
    #[serde(default)]
    pub queue: Option<QueueSummary>,
    /// Unused by the builtin policies (unsupported by the platform too).
    #[serde(default, deserialize_with = "lax::opt_int")]
    pub utilization: Option<i64>,
    #[serde(default)]
    pub workers: Vec<Worker>,
    #[serde(default)]
    pub worker: Option<WorkerSummary>,
    #[serde(default)]
    pub worker_histories: Option<WorkerHistories>,
}

fn empty_histories() -> Option<QueueHistories> {
    Some(OrderedMap::new())
}

impl Default for Factors {
    fn default() -> Self {
        Self {
            queue_histories: empty_histories(),
            queue: None,
            utilization: None,
            workers: Vec::new(),
            worker: None,
            worker_histories: None,
        }
    }
}

impl Factors {
    /// Requests queued now for `reason` (0 when unknown).
    pub fn queued(&self, reason: QueueReason) -> i64 {
        self.queue
            .as_ref()
            .and_then(|q| q.get(&reason))
            .copied()
            .unwrap_or(0)
    }

    /// Whether any worker is still starting. While one is, the trigger-based
    /// scale-up waits: the new worker may absorb the load.
    pub fn has_inflight(&self) -> bool {
        self.workers
            .iter()
            .any(|w| w.status == WorkerStatus::Inflight)
    }

    /// Number of free workers. The reference reads the `worker` summary; when
    /// the caller sent none (our scheduler builds only the list), we count the
    /// list instead, so `free-worker` still works.
    pub fn free_workers(&self) -> i64 {
        match &self.worker {
            Some(summary) => summary.get(&WorkerStatus::Free).copied().unwrap_or(0),
            None => count_i64(
                self.workers
                    .iter()
                    .filter(|w| w.status == WorkerStatus::Free),
            ),
        }
    }

    /// Workers that are ready (Free or Busy): the ones a scale-down weighs
    /// against `min_workers`.
    pub fn running_workers(&self) -> i64 {
        count_i64(
            self.workers
                .iter()
                .filter(|w| matches!(w.status, WorkerStatus::Free | WorkerStatus::Busy)),
        )
    }

    /// All live workers, whatever their status.
    pub fn worker_count(&self) -> i64 {
        count_i64(self.workers.iter())
    }
}

fn count_i64<I: Iterator>(iter: I) -> i64 {
    i64::try_from(iter.count()).unwrap_or(i64::MAX)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn an_unknown_status_key_lists_the_known_ones() {
        let err = serde_json::from_str::<WorkerSummary>(r#"{"Idle": 1}"#).expect_err("Idle");
        assert_eq!(
            err.to_string(),
            "unknown key \"Idle\", expected one of 'Inflight', 'Free', 'Busy' at line 1 column 7"
        );
    }

    /// A worker with neutral counters, for tests across the module.
    pub(crate) fn worker(id: &str, status: WorkerStatus, started_at: i64, last: i64) -> Worker {
        Worker {
            worker_id: id.to_owned(),
            gpu_type: None,
            region: "local".to_owned(),
            started_at,
            last_service_time: last,
            number_of_successes: 0,
            number_of_failures: 0,
            number_of_sessions: 0,
            average_response_time: 0.0,
            current_request: 0,
            status,
        }
    }

    #[test]
    fn defaults_match_the_reference() {
        let factors: Factors = serde_json::from_str("{}").expect("empty factors");
        assert_eq!(factors, Factors::default());
        assert_eq!(
            serde_json::to_string(&factors).expect("serializable"),
            r#"{"queue_histories":{},"queue":null,"utilization":null,"workers":[],"worker":null,"worker_histories":null}"#
        );
    }

    #[test]
    fn explicit_null_histories_stay_null() {
        let factors: Factors =
            serde_json::from_str(r#"{"queue_histories": null}"#).expect("valid factors");
        assert_eq!(factors.queue_histories, None);
    }

    #[test]
    fn worker_round_trip_with_lenient_numbers() {
        let json = r#"{"worker_id":"a","region":"r","started_at":"5","last_service_time":1.0,
            "number_of_successes":0,"number_of_failures":0,"number_of_sessions":0,
            "average_response_time":1,"current_request":0,"status":"Free","extra":true}"#;
        let w: Worker = serde_json::from_str(json).expect("valid worker");
        assert_eq!(w.started_at, 5);
        assert_eq!(
            serde_json::to_string(&w).expect("serializable"),
            r#"{"worker_id":"a","gpu_type":null,"region":"r","started_at":5,"last_service_time":1,"number_of_successes":0,"number_of_failures":0,"number_of_sessions":0,"average_response_time":1.0,"current_request":0,"status":"Free"}"#
        );
    }

    #[test]
    fn worker_fields_are_required_like_the_reference() {
        let json = r#"{"worker_id":"a","started_at":5,"last_service_time":1,
            "number_of_successes":0,"number_of_failures":0,"number_of_sessions":0,
            "average_response_time":1,"current_request":0,"status":"Free"}"#;
        let err = serde_json::from_str::<Worker>(json).expect_err("region is required");
        assert!(err.to_string().contains("region"), "{err}");
        let bad_status = json
            .replace("\"Free\"", "\"Idle\"")
            .replace("\"a\",", "\"a\",\"region\":\"r\",");
        assert!(serde_json::from_str::<Worker>(&bad_status).is_err());
    }

    #[test]
    fn unknown_queue_reason_is_refused() {
        let err =
            serde_json::from_str::<Factors>(r#"{"queue":{"Foo":1}}"#).expect_err("unknown reason");
        assert!(err.to_string().contains("Foo"), "{err}");
    }

    #[test]
    fn free_workers_prefers_the_summary() {
        let mut factors = Factors {
            workers: vec![
                worker("a", WorkerStatus::Free, 1, 1),
                worker("b", WorkerStatus::Busy, 1, 1),
                worker("c", WorkerStatus::Inflight, 1, 1),
            ],
            ..Factors::default()
        };
        assert_eq!(factors.free_workers(), 1);
        assert_eq!(factors.running_workers(), 2);
        assert_eq!(factors.worker_count(), 3);
        assert!(factors.has_inflight());
        factors.worker = Some([(WorkerStatus::Busy, 1)].into_iter().collect());
        assert_eq!(factors.free_workers(), 0);
    }
}
