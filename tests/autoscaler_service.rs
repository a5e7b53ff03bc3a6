//! `everai autoscaler`: the decision service of docs/scaling.md, run as
//! the built binary on a free port and asked over HTTP, with the same
//! request and reply JSON as the reference service.

mod common;

use common::{http, poll, Sandbox};
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

struct Service {
    child: Child,
    addr: String,
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(sandbox: &Sandbox) -> Service {
    let mut child = sandbox
        .everai(["autoscaler", "--listen", "127.0.0.1", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start everai autoscaler");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("Running on http://").nth(1) {
                let _ = tx.send(rest.split_whitespace().next().unwrap_or("").to_string());
            }
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the service prints its address");
    Service { child, addr }
}

/// One POST; returns (status, body).
fn post(addr: &str, body: &str) -> (u16, String) {
    let endpoint = format!("http://{addr}");
    http(
        &endpoint,
        "POST",
        "/-everai-/autoscaler",
        None,
        Some(body.as_bytes()),
    )
}

/// A POST that must answer 200; its JSON reply.
#[track_caller]
fn decide(addr: &str, body: &str) -> serde_json::Value {
    let (status, reply) = post(addr, body);
    assert_eq!(status, 200, "{reply}");
    serde_json::from_str(&reply).expect("json reply")
}

fn worker(id: &str, status: &str, started: i64, last_service: i64) -> String {
    format!(
        r#"{{"worker_id":"{id}","gpu_type":null,"region":"local","started_at":{started},"last_service_time":{last_service},"number_of_successes":0,"number_of_failures":0,"number_of_sessions":0,"average_response_time":0.0,"current_request":0,"status":"{status}"}}"#
    )
}

#[test]
fn decides_like_the_reference_service() {
    let sandbox = Sandbox::new();
    let service = start(&sandbox);
    poll(Duration::from_secs(10), "service answers", || {
        TcpStream::connect(&service.addr).ok().map(|_| ())
    });

    // 3 requests wait for busy workers, more than max_queue_size 2: scale up 1.
    let body = format!(
        r#"{{"factors":{{"queue":{{"QueueDueBusy":3}},"workers":[{}]}},"name":"simple","arguments":{{"min_workers":"1","max_workers":"5","max_queue_size":"2","max_idle_time":"60","scale_up_step":"1"}}}}"#,
        worker("a", "Busy", 100, 100)
    );
    let reply = decide(&service.addr, &body);
    assert_eq!(reply["max_workers"], 5);
    assert_eq!(
        reply["actions"],
        serde_json::json!([{"count": 1, "action": "ScaleUp"}])
    );

    // Two idle workers long past max_idle_time, min_workers 1: the newest goes.
    let body = format!(
        r#"{{"factors":{{"queue":{{}},"workers":[{},{}]}},"name":"simple","arguments":{{"min_workers":"1","max_workers":"5","max_queue_size":"2","max_idle_time":"60","scale_up_step":"1"}}}}"#,
        worker("old", "Free", 100, 100),
        worker("new", "Free", 200, 200)
    );
    let reply = decide(&service.addr, &body);
    assert_eq!(
        reply["actions"],
        serde_json::json!([{"worker_id": "new", "action": "ScaleDown"}])
    );

    // Bad input: 400 with the reference's text.
    let (status, reply) = post(&service.addr, "{not json");
    assert_eq!(status, 400);
    assert!(reply.starts_with("Bad request, "), "{reply}");
}

/// The platform's contract for a `container` autoscaler: a body of bare
/// factors, decided by the app's own policy from `./app.yaml`, with
/// arguments read from a configmap through the API.
#[test]
fn bare_factors_are_decided_by_the_policy_of_app_yaml() {
    let server = common::Server::start();
    let sandbox = Sandbox::connected(&server);
    sandbox
        .run([
            "configmap",
            "create",
            "scaling",
            "--from-literal",
            "max_workers=7",
        ])
        .success();
    sandbox.file(
        "app.yaml",
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: scaled\nspec:\n  image: x:1\n  resource:\n    cpu: 1\n    memory: 256 MiB\n  autoscaler:\n    builtin:\n      name: simple\n      arguments:\n        min_workers: {value: \"3\"}\n        max_workers:\n          valueFrom: {configMapKeyRef: {name: scaling, key: max_workers}}\n",
    );
    let service = start(&sandbox);
    let reply = decide(&service.addr, r#"{"queue":{},"workers":[]}"#);
    assert_eq!(reply["max_workers"], 7, "{reply}");
    assert_eq!(
        reply["actions"],
        serde_json::json!([{"count": 3, "action": "ScaleUp"}])
    );
    // The full request still works and names its own policy.
    let (status, reply) = post(
        &service.addr,
        r#"{"factors":{"queue":{},"workers":[]},"name":"simple","arguments":{"min_workers":"2"}}"#,
    );
    assert_eq!(status, 200, "{reply}");
    assert!(reply.contains(r#""count":2"#), "{reply}");

    // A key the configmap lacks: a 500 naming the argument, the configmap
    // and the key.
    let other = Sandbox::connected(&server);
    other.file(
        "app.yaml",
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: scaled\nspec:\n  image: x:1\n  resource:\n    cpu: 1\n    memory: 256 MiB\n  autoscaler:\n    builtin:\n      name: simple\n      arguments:\n        max_workers:\n          valueFrom: {configMapKeyRef: {name: scaling, key: nope}}\n",
    );
    let service = start(&other);
    let (status, reply) = post(&service.addr, r#"{"queue":{},"workers":[]}"#);
    assert_eq!(status, 500, "{reply}");
    assert_eq!(
        reply,
        "Internal Server Error, max_workers: configmap \"scaling\" has no key \"nope\""
    );
}

/// `time-match` takes any IANA zone, daylight saving included, even on a
/// machine without a tz database (TZDIR points nowhere here).
#[test]
fn time_match_takes_daylight_saving_zones_without_a_system_tz_database() {
    let mut sandbox = Sandbox::new();
    sandbox.set("TZDIR", "/nonexistent-zoneinfo");
    sandbox.file(
        "app.yaml",
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: timed\nspec:\n  image: x:1\n  resource:\n    cpu: 1\n    memory: 256 MiB\n  autoscaler:\n    builtin:\n      name: simple\n      arguments:\n        min_workers: {value: \"1\"}\n        max_workers: {value: \"9\"}\n      decorators:\n        arguments:\n        - name: time-match\n          arguments:\n            timezone: {value: Europe/Berlin}\n            \"match(* * * * *)\": {value: always_}\n            always_min_workers: {value: \"4\"}\n",
    );
    let service = start(&sandbox);
    let reply = decide(&service.addr, r#"{"queue":{},"workers":[]}"#);
    assert_eq!(
        reply["actions"],
        serde_json::json!([{"count": 4, "action": "ScaleUp"}]),
        "{reply}"
    );
    for zone in ["America/New_York", "europe/london"] {
        let body = format!(
            r#"{{"factors":{{"queue":{{}},"workers":[]}},"name":"simple","arguments":{{"min_workers":"1"}},"decorators":{{"arguments":[{{"name":"time-match","arguments":{{"timezone":"{zone}","match(* * * * *)":"a_","a_min_workers":"2"}}}}]}}}}"#
        );
        let (status, reply) = post(&service.addr, &body);
        assert_eq!(status, 200, "{zone}: {reply}");
        assert!(reply.contains(r#""count":2"#), "{zone}: {reply}");
    }
}
