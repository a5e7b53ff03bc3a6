//! `everai app simulate` as a user drives it, without a platform: input
//! errors, the policy's references, repeatable JSON, compare and plot.

mod common;

use common::*;
use serde_json::Value;

const MANIFEST: &str = "version: everai/v1alpha1
kind: App
metadata:
  name: sim
spec:
  image: sim:local
  command: [python3, server.py]
  resource: {cpu: 1, memory: 256 MiB}
  autoscaler:
    scheduler: queue
    builtin:
      name: simple
      arguments:
        min_workers: {value: \"1\"}
        max_workers: {value: \"5\"}
        max_queue_size:
          valueFrom: {configMapKeyRef: {name: sim-cm, key: queue}}
        max_idle_time:
          valueFrom: {configMapKeyRef: {name: sim-cm, key: idle}}
";

fn sandbox() -> Sandbox {
    let s = Sandbox::new();
    s.file("app.yaml", MANIFEST);
    s
}

const LOAD: &[&str] = &["--clients", "4", "--requests", "40", "--service", "10s"];

fn simulate(s: &Sandbox, extra: &[&str]) -> Run {
    let mut args = vec!["app", "simulate", "--start-time", "2s"];
    args.extend_from_slice(LOAD);
    args.extend_from_slice(extra);
    s.run(&args)
}

#[test]
fn unresolved_configmap_values_are_named_in_one_line() {
    let s = sandbox();
    let run = simulate(&s, &[]);
    run.one_line_error(1);
    let message = run.error_message();
    assert!(
        message.contains("max_queue_size (configmap sim-cm key queue)")
            && message.contains("max_idle_time (configmap sim-cm key idle)")
            && message.contains("--set max_queue_size=VALUE"),
        "{message}"
    );
    // One of them given: only the other is named.
    let run = simulate(&s, &["--set", "max_queue_size=2"]);
    run.one_line_error(1);
    assert!(!run.error_message().contains("max_queue_size"));
}

#[test]
fn bad_load_flags_are_usage_errors() {
    let s = sandbox();
    for (args, needle) in [
        (
            vec!["app", "simulate", "--clients", "4", "--service", "1s"],
            "--duration or --requests",
        ),
        (
            vec!["app", "simulate", "--rate", "5/s", "--duration", "1m"],
            "--service is required",
        ),
        (
            vec![
                "app",
                "simulate",
                "--rate",
                "5/w",
                "--duration",
                "1m",
                "--service",
                "1s",
            ],
            "unknown rate unit",
        ),
        (
            vec![
                "app",
                "simulate",
                "--clients",
                "2",
                "--requests",
                "4",
                "--service",
                "gauss:1s",
            ],
            "--service",
        ),
    ] {
        let run = s.run(&args);
        run.one_line_error(2);
        assert!(
            run.error_message().contains(needle),
            "{args:?}: {}",
            run.stderr
        );
    }
    // No load at all: clap's own usage error.
    s.run(["app", "simulate"]).no_panic().exit(2);
}

#[test]
fn json_repeats_and_compare_gives_one_row_per_set() {
    let s = sandbox();
    let set = ["--set", "max_queue_size=2", "--set", "max_idle_time=60"];
    let compare = [
        &set[..],
        &["--compare", "max_queue_size=1,2,4", "-o", "json"],
    ]
    .concat();
    let first = simulate(&s, &compare);
    first.success();
    let again = simulate(&s, &compare);
    assert_eq!(first.stdout, again.stdout, "the same seed repeats");
    let doc: Value = serde_json::from_str(&first.stdout).unwrap();
    let runs = doc["runs"].as_array().unwrap();
    let labels: Vec<&str> = runs.iter().map(|r| r["label"].as_str().unwrap()).collect();
    assert_eq!(
        labels,
        ["max_queue_size=1", "max_queue_size=2", "max_queue_size=4"]
    );
    // Same load, fewer workers as the queue may grow: less cost, more wait.
    let peaks: Vec<u64> = runs
        .iter()
        .map(|r| r["workers"]["peak"].as_u64().unwrap())
        .collect();
    assert_eq!(peaks, [3, 2, 1]);
    let cost: Vec<f64> = runs
        .iter()
        .map(|r| r["worker_seconds"].as_f64().unwrap())
        .collect();
    let p95: Vec<f64> = runs
        .iter()
        .map(|r| r["wait_seconds"]["p95"].as_f64().unwrap())
        .collect();
    assert!(cost[0] > cost[1] && cost[1] > cost[2], "{cost:?}");
    assert!(p95[0] < p95[1] && p95[1] < p95[2], "{p95:?}");
    assert!(runs.iter().all(|r| r["requests"]["served"] == 40));
    assert_eq!(
        runs[1]["timeline"][0]["reason"],
        "scale up 1: 3 queued due to busy > max_queue_size 2"
    );

    // The table: a summary row per set and the decisions.
    let plot = s.root().join("compare.svg");
    let table = simulate(
        &s,
        &[
            &set[..],
            &[
                "--compare",
                "max_queue_size=1,2",
                "--plot",
                plot.to_str().unwrap(),
            ],
        ]
        .concat(),
    );
    table.success();
    let out = &table.stdout;
    assert!(
        out.contains("WAIT_P95") && out.contains("WORKER_SECONDS"),
        "{out}"
    );
    assert_eq!(out.matches("\nmax_queue_size=").count(), 2, "{out}");
    assert!(out.contains("Decisions (max_queue_size=1):"), "{out}");
    let svg = std::fs::read_to_string(&plot).unwrap();
    assert!(svg.contains("max_queue_size=1:") && svg.contains("max_queue_size=2:"));
}

#[test]
fn a_trace_file_replays() {
    let s = sandbox();
    let lines: String = (0..20)
        .map(|i| {
            format!(
                "{{\"arrival\": {}, \"service\": 3}}\n",
                1_800_000_000.0 + f64::from(i) * 0.5
            )
        })
        .collect();
    let trace = s.file("t.jsonl", lines);
    let run = s.run([
        "app",
        "simulate",
        "--set",
        "max_queue_size=2",
        "--set",
        "max_idle_time=5",
        "--start-time",
        "1s",
        "--trace",
        trace.to_str().unwrap(),
        "-o",
        "json",
    ]);
    run.success();
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    let r = &doc["runs"][0];
    assert_eq!(r["requests"]["served"], 20);
    assert_eq!(r["start_unix"], 1_800_000_000.0, "the trace's own clock");
    assert!(r["scale_ups"].as_u64().unwrap() >= 2);
    assert!(r["workers"]["peak"].as_u64().unwrap() <= 5);
    let bad = s.file("bad.jsonl", "{\"arrival\": 2}\nnot json\n");
    let run = s.run([
        "app",
        "simulate",
        "--set",
        "max_queue_size=2",
        "--set",
        "max_idle_time=5",
        "--trace",
        bad.to_str().unwrap(),
    ]);
    run.one_line_error(1);
    assert!(
        run.error_message().contains("trace line 2"),
        "{}",
        run.stderr
    );
}
