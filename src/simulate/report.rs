//! What a simulation reports: the summary an SRE compares between policies,
//! the timeline of decisions with the platform's reasons, and the series
//! the plot draws.

use super::histogram::Histogram;
use super::load::SECOND;
use crate::output::render_table;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counters the event loop keeps.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Unix seconds of simulated time 0.
    pub origin_unix: f64,
    pub arrived: u64,
    pub served: u64,
    /// Refused at once: the queue was full (429).
    pub refused: u64,
    /// Waited longer than the queue timeout (503).
    pub timed_out: u64,
    pub peak_workers: u32,
    pub peak_queue: u32,
    pub final_workers: u32,
    /// Σ live workers × time, starting ones included (the cost).
    pub worker_us: u128,
    pub busy_us: u128,
    pub horizon_us: u64,
    /// Scale-up decisions, and the workers they added.
    pub scale_ups: u64,
    pub workers_added: u64,
    pub scale_downs: u64,
}

/// One decision of the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// Seconds from the start of the load.
    pub t: f64,
    /// `scale up`, `scale down` or `problem`.
    pub action: &'static str,
    pub count: u32,
    /// As the platform's app event says it.
    pub reason: String,
    /// Live workers after the action.
    pub workers: u32,
}

/// The peaks of one tick interval, for the plot.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Sample {
    /// End of the interval, seconds from the start.
    pub t: f64,
    pub workers: u32,
    pub busy: u32,
    pub queue: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Requests {
    pub arrived: u64,
    pub served: u64,
    /// 429: the queue was full.
    pub refused_queue_full: u64,
    /// 503: waited longer than the queue timeout.
    pub timed_out: u64,
}

/// Seconds a served request waited for a worker.
#[derive(Debug, Clone, Serialize)]
pub struct Waits {
    pub p50: f64,
    pub p95: f64,
    pub p99: f64,
    pub mean: f64,
    pub max: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Workers {
    pub peak: u32,
    pub mean: f64,
    pub at_end: u32,
}

/// The result of one run, as `-o json` writes it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The compared set (`max_queue_size=2`), or `manifest`.
    pub label: String,
    /// The policy arguments as given (before time-match decorators).
    pub arguments: BTreeMap<String, String>,
    /// Unix seconds of simulated time 0.
    pub start_unix: f64,
    pub duration_seconds: f64,
    pub requests: Requests,
    pub wait_seconds: Waits,
    pub workers: Workers,
    /// The cost: Σ workers × seconds, starting workers included.
    pub worker_seconds: f64,
    pub busy_worker_seconds: f64,
    pub peak_queue: u32,
    pub scale_ups: u64,
    pub workers_added: u64,
    pub scale_downs: u64,
    pub timeline: Vec<Decision>,
    /// Decisions left out of `timeline` (it is bounded).
    pub timeline_left_out: u64,
    #[serde(skip)]
    pub samples: Vec<Sample>,
}

fn seconds(us: u64) -> f64 {
    us as f64 / SECOND as f64
}

impl Report {
    pub fn new(
        s: Summary,
        waits: &Histogram,
        timeline: Vec<Decision>,
        timeline_left_out: u64,
        samples: Vec<Sample>,
    ) -> Report {
        let horizon = seconds(s.horizon_us);
        let worker_seconds = s.worker_us as f64 / SECOND as f64;
        Report {
            label: String::new(),
            arguments: BTreeMap::new(),
            start_unix: s.origin_unix,
            duration_seconds: horizon,
            requests: Requests {
                arrived: s.arrived,
                served: s.served,
                refused_queue_full: s.refused,
                timed_out: s.timed_out,
            },
            wait_seconds: Waits {
                p50: seconds(waits.quantile(0.50)),
                p95: seconds(waits.quantile(0.95)),
                p99: seconds(waits.quantile(0.99)),
                mean: waits.mean() / SECOND as f64,
                max: seconds(waits.max()),
            },
            workers: Workers {
                peak: s.peak_workers,
                mean: if horizon > 0.0 {
                    worker_seconds / horizon
                } else {
                    f64::from(s.final_workers)
                },
                at_end: s.final_workers,
            },
            worker_seconds,
            busy_worker_seconds: s.busy_us as f64 / SECOND as f64,
            peak_queue: s.peak_queue,
            scale_ups: s.scale_ups,
            workers_added: s.workers_added,
            scale_downs: s.scale_downs,
            timeline,
            timeline_left_out,
            samples,
        }
    }
}

/// `1.25s`, `340ms`, `0s`.
pub fn human_seconds(s: f64) -> String {
    if s == 0.0 {
        "0s".into()
    } else if s < 1.0 {
        format!("{:.0}ms", s * 1000.0)
    } else if s < 600.0 {
        format!("{s:.2}s")
    } else {
        format!("{:.1}m", s / 60.0)
    }
}

/// The summary table: one row per run.
pub fn summary_table(reports: &[Report]) -> String {
    let headers = [
        "SET",
        "SERVED",
        "REFUSED",
        "WAIT_P50",
        "WAIT_P95",
        "WAIT_P99",
        "PEAK_WORKERS",
        "MEAN_WORKERS",
        "WORKER_SECONDS",
        "SCALE_UPS",
        "SCALE_DOWNS",
    ];
    let rows: Vec<Vec<String>> = reports
        .iter()
        .map(|r| {
            vec![
                r.label.clone(),
                r.requests.served.to_string(),
                (r.requests.refused_queue_full + r.requests.timed_out).to_string(),
                human_seconds(r.wait_seconds.p50),
                human_seconds(r.wait_seconds.p95),
                human_seconds(r.wait_seconds.p99),
                r.workers.peak.to_string(),
                format!("{:.2}", r.workers.mean),
                // Whole seconds: tabulate would print large floats as 1.2e+06.
                format!("{:.0}", r.worker_seconds),
                r.scale_ups.to_string(),
                r.scale_downs.to_string(),
            ]
        })
        .collect();
    render_table(&headers, &rows)
}

/// The decisions of one run, one line each, at most `limit` lines.
pub fn timeline_text(report: &Report, limit: usize) -> String {
    let mut out = String::new();
    for d in report.timeline.iter().take(limit) {
        out.push_str(&format!(
            "{:>9}  {}  (workers: {})\n",
            format!("{:.1}s", d.t),
            d.reason,
            d.workers
        ));
    }
    let more = report.timeline.len().saturating_sub(limit) as u64 + report.timeline_left_out;
    if more > 0 {
        out.push_str(&format!("      ...  {more} more decisions (see -o json)\n"));
    }
    if report.timeline.is_empty() {
        out.push_str("           no scaling decisions\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_units() {
        assert_eq!(human_seconds(0.0), "0s");
        assert_eq!(human_seconds(0.3404), "340ms");
        assert_eq!(human_seconds(2.5), "2.50s");
        assert_eq!(human_seconds(900.0), "15.0m");
    }
}
