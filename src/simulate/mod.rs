//! `everai app simulate`: what an app's autoscaling policy would do under a
//! given load, offline, in simulated time. The decision is the platform's
//! own ([`crate::autoscale::ResolvedPolicy::plan`]); the queue, workers and
//! ticks follow the local platform's rules. What is modelled and what is
//! not: docs/simulate.md.

mod engine;
pub mod histogram;
pub mod load;
pub mod plot;
pub mod report;

pub use load::{
    parse_duration, LoadSpec, LoadSpecError, RateSchedule, Service, TraceError, TraceRecord,
};
pub use report::Report;

use crate::autoscale::ResolvedPolicy;

/// Simulated time 0 when neither `--start` nor a trace with unix times
/// says otherwise: 2026-01-01T00:00:00Z, so that runs repeat.
pub const DEFAULT_ORIGIN_US: i64 = 1_767_225_600_000_000;

#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error(transparent)]
    Trace(#[from] load::TraceError),
    #[error("the policy cannot decide: {0}")]
    Policy(crate::autoscale::PlanError),
    #[error("{0}")]
    Plot(String),
}

/// The platform's timings and limits for a run (times in microseconds).
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// From a scale-up to the worker being ready.
    pub start_time: u64,
    /// The scheduler's tick.
    pub tick: u64,
    /// Requests that may wait before new ones get 429.
    pub queue_limit: usize,
    /// Longest wait before a request gets 503.
    pub queue_timeout: u64,
    /// Unix µs of simulated time 0; `None`: the trace's first arrival when
    /// it is a unix time, else [`DEFAULT_ORIGIN_US`].
    pub clock_origin_us: Option<i64>,
    /// Workers ready at time 0; `None`: `min_workers`.
    pub initial_workers: Option<u32>,
    pub seed: u64,
    /// Most decisions kept in a report's timeline.
    pub timeline_limit: usize,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            start_time: 2 * load::SECOND,
            tick: load::SECOND,
            queue_limit: 1000,
            queue_timeout: 600 * load::SECOND,
            clock_origin_us: None,
            initial_workers: None,
            seed: 1,
            timeline_limit: 10_000,
        }
    }
}

/// Runs `policy` under `load`.
pub fn simulate(
    config: &SimConfig,
    policy: &ResolvedPolicy,
    load: &LoadSpec,
) -> Result<Report, SimError> {
    let mut report = engine::run(config, policy, load)?;
    report.arguments = policy.arguments.clone();
    Ok(report)
}

#[cfg(test)]
mod tests;
