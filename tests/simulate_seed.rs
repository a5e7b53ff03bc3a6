//! Prediction against reality: the seed scenario (the get-start app, its
//! policy read from `get-start-configmap`, four concurrent clients) runs on
//! the local platform; its recorded trace (`app trace`) is replayed by
//! `app simulate`, and the simulation must agree with what the platform did:
//! peak workers and scale-ups equal, worker-seconds within 15 %, wait p95
//! within 25 % or 200 ms, whichever is larger.
//!
//! With `EVERAI_SIM_REPORT_DIR=DIR` the figures (`seed-figures.md`) and the
//! two timelines (`seed-simulated.svg`, `seed-platform.svg`) are written
//! there; docs/simulate.md shows them.

mod common;

use common::apps::*;
use common::poll;
use everai::simulate::plot::{self, Panel};
use everai::simulate::report::Sample;
use serde_json::Value;

const EVENTS: usize = 5;
const INTERVAL: &str = "0.25";
const CLIENTS: usize = 4;
const PER_CLIENT: usize = 3;

fn unix(text: &str) -> f64 {
    chrono::DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("time {text:?}: {e}"))
        .timestamp_micros() as f64
        / 1e6
}

/// The value at quantile `q` of `values` (nearest rank).
fn quantile(mut values: Vec<f64>, q: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    let rank = ((q * values.len() as f64).ceil() as usize).max(1);
    values[rank - 1]
}

/// Seconds during which `intervals` overlap `[from, to]`, and the most
/// that overlap at once within it.
fn overlap(intervals: &[(f64, f64)], from: f64, to: f64) -> (f64, usize) {
    let total = intervals
        .iter()
        .map(|(a, b)| (b.min(to) - a.max(from)).max(0.0))
        .sum();
    let mut edges: Vec<(f64, i32)> = intervals
        .iter()
        .filter(|(a, b)| *b > from && *a < to)
        .flat_map(|(a, b)| [(a.max(from), 1), (b.min(to), -1)])
        .collect();
    edges.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
    let (mut now, mut peak) = (0i32, 0i32);
    for (_, delta) in edges {
        now += delta;
        peak = peak.max(now);
    }
    (total, peak as usize)
}

#[test]
fn simulation_of_the_recorded_seed_load_matches_the_platform() {
    let p = Server::for_apps(&[]);
    p.configmap(
        "create",
        "get-start-configmap",
        &[
            ("min_workers", "1"),
            ("max_workers", "5"),
            ("max_queue_size", "2"),
            ("scale_up_step", "1"),
            ("max_idle_time", "2"),
        ],
    );
    let dir = p.sandbox.root().join("get-start");
    let count = EVENTS.to_string();
    let yaml = manifest(
        "get-start",
        &[("SSE_COUNT", &count), ("SSE_INTERVAL", INTERVAL)],
        &simple_from_configmap("get-start-configmap"),
        "",
    );
    let manifest_path = p.create_app(&dir, &yaml);
    p.wait_free("get-start", 1);

    let load = Load::start(
        &p.addr,
        &Server::route("get-start", "/sse"),
        Some(&p.token),
        CLIENTS,
        PER_CLIENT,
    );
    let replies = load.join();
    assert_eq!(replies.len(), CLIENTS * PER_CLIENT);
    assert_all_full(&replies, EVENTS);
    // Back to one worker: every decision of the episode is taken.
    poll(WAIT, "back to one worker", || {
        (p.workers("get-start").len() == 1).then_some(())
    });

    // The recorded load.
    let trace = p.ok(&["app", "trace", "get-start", "--since", "10m"]);
    let records: Vec<Value> = trace
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(records.len(), CLIENTS * PER_CLIENT, "{trace}");
    assert!(records.iter().all(|r| r["status"] == 200), "{trace}");
    let trace_path = p.sandbox.file("seed.jsonl", &trace);

    // The simulation of it: the policy from the manifest and the
    // platform's configmap, the start time measured from its workers, the
    // tick of this server (FAST: 100 ms).
    let report_dir = std::env::var_os("EVERAI_SIM_REPORT_DIR").map(std::path::PathBuf::from);
    let sim_svg = report_dir
        .as_ref()
        .map(|d| d.join("seed-simulated.svg"))
        .unwrap_or_else(|| p.sandbox.root().join("seed-simulated.svg"));
    let out = p.ok(&[
        "app",
        "simulate",
        "-f",
        manifest_path.to_str().unwrap(),
        "--trace",
        trace_path.to_str().unwrap(),
        "--tick",
        "100ms",
        "--plot",
        sim_svg.to_str().unwrap(),
        "-o",
        "json",
    ]);
    let sim: Value = serde_json::from_str(&out).expect("simulate -o json");
    let run = &sim["runs"][0];
    assert_eq!(run["arguments"]["max_queue_size"], "2", "{run}");
    assert_eq!(run["requests"]["served"], (CLIENTS * PER_CLIENT) as u64);

    // What the platform did, over the same span.
    let t0 = records[0]["arrival"].as_f64().unwrap();
    let now = unix(&chrono::Utc::now().to_rfc3339());
    let workers: Vec<(f64, f64)> = p
        .all_workers("get-start")
        .iter()
        .filter(|w| w["status"] != "STATUS_ERROR")
        .map(|w| {
            let created = unix(w["createdAt"].as_str().unwrap());
            let deleted = w["deletedAt"].as_str().map(unix).unwrap_or(now);
            (created, deleted)
        })
        .collect();
    let last_removal = workers
        .iter()
        .map(|w| w.1)
        .filter(|t| *t < now)
        .fold(t0, f64::max);
    let sim_end = run["start_unix"].as_f64().unwrap() + run["duration_seconds"].as_f64().unwrap();
    let end = sim_end.max(last_removal);
    let (real_ws, real_peak) = overlap(&workers, t0, end);
    // After its end the simulation keeps its last workers.
    let sim_ws = run["worker_seconds"].as_f64().unwrap()
        + (end - sim_end) * run["workers"]["at_end"].as_f64().unwrap();
    let real_scale_ups = p
        .events("get-start")
        .iter()
        .filter(|e| {
            e["from"] == "Autoscaler"
                && e["message"].as_str().unwrap_or("").starts_with("scale up")
                && unix(e["createdAt"].as_str().unwrap()) >= t0
        })
        .count() as u64;
    let real_p95 = quantile(
        records
            .iter()
            .map(|r| r["wait"].as_f64().unwrap())
            .collect(),
        0.95,
    );
    let sim_p95 = run["wait_seconds"]["p95"].as_f64().unwrap();
    let sim_peak = run["workers"]["peak"].as_u64().unwrap() as usize;
    let sim_scale_ups = run["scale_ups"].as_u64().unwrap();

    let figures = format!(
        "| figure | platform | simulation | allowed |\n|---|---|---|---|\n\
         | peak workers | {real_peak} | {sim_peak} | equal |\n\
         | scale-ups | {real_scale_ups} | {sim_scale_ups} | equal |\n\
         | worker-seconds | {real_ws:.2} | {sim_ws:.2} | within 15 % |\n\
         | wait p95 (s) | {real_p95:.3} | {sim_p95:.3} | within 25 % or 0.2 s |\n\
         | worker start time (s) | — | {:.3} | measured from the workers |\n",
        sim["start_time_seconds"].as_f64().unwrap_or(0.0)
    );
    eprintln!("{figures}");
    if let Some(dir) = &report_dir {
        std::fs::write(dir.join("seed-figures.md"), &figures).unwrap();
        std::fs::write(dir.join("seed-trace.jsonl"), &trace).unwrap();
        let samples = real_samples(&records, &workers, t0, end);
        plot::draw(
            &dir.join("seed-platform.svg"),
            &[Panel {
                title: format!(
                    "platform: peak {real_peak} workers, {real_ws:.0} worker-seconds, wait p95 {real_p95:.2}s"
                ),
                samples: &samples,
            }],
        )
        .unwrap();
    }

    assert_eq!(sim_peak, real_peak, "peak workers\n{figures}");
    assert_eq!(sim_scale_ups, real_scale_ups, "scale-ups\n{figures}");
    assert!(
        (sim_ws - real_ws).abs() <= 0.15 * real_ws,
        "worker-seconds\n{figures}"
    );
    assert!(
        (sim_p95 - real_p95).abs() <= (0.25 * real_p95).max(0.2),
        "wait p95\n{figures}"
    );
    assert!(std::fs::metadata(&sim_svg).unwrap().len() > 1000);
}

/// The platform's timeline every 100 ms: workers alive, requests being
/// served (busy workers) and waiting.
fn real_samples(records: &[Value], workers: &[(f64, f64)], t0: f64, end: f64) -> Vec<Sample> {
    let spans: Vec<(f64, f64, f64)> = records
        .iter()
        .map(|r| {
            let arrival = r["arrival"].as_f64().unwrap();
            let start = arrival + r["wait"].as_f64().unwrap();
            (arrival, start, start + r["service"].as_f64().unwrap())
        })
        .collect();
    let steps = ((end - t0) / 0.1).ceil() as usize;
    (1..=steps)
        .map(|i| {
            let t = t0 + i as f64 * 0.1;
            let at = |a: f64, b: f64| a <= t && t < b;
            Sample {
                t: t - t0,
                workers: workers.iter().filter(|w| at(w.0, w.1)).count() as u32,
                busy: spans.iter().filter(|s| at(s.1, s.2)).count() as u32,
                queue: spans.iter().filter(|s| at(s.0, s.1)).count() as u32,
            }
        })
        .collect()
}
