//! The request trace of an app (a local-platform extension, see
//! docs/simulate.md): per routed request, when it arrived, how long it
//! waited for a worker and how long the worker served it. `everai app
//! trace` writes these as JSON lines; `everai app simulate --trace` reads
//! them.

use serde::{Deserialize, Serialize};

/// One routed request. Times are seconds; `arrival` is unix time (any
/// origin is accepted by the simulator).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraceRecord {
    pub arrival: f64,
    /// Time in the queue; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<f64>,
    /// Time a worker spent on it; absent for a request no worker served
    /// (refused with 429/503).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
}

/// `GET .../apps/{name}/trace`: the records kept, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TraceList {
    #[serde(default)]
    pub requests: Vec<TraceRecord>,
    /// How many records the platform keeps per app (older ones are gone).
    #[serde(default)]
    pub capacity: u64,
}
