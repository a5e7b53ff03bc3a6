//! Scenarios with known outcomes, on the shared decision code.

use super::load::SECOND;
use super::*;
use crate::autoscale::{DecoratorSpec, PolicyKind, ResolvedPolicy};
use std::collections::BTreeMap;

fn policy(args: &[(&str, &str)]) -> ResolvedPolicy {
    ResolvedPolicy {
        kind: PolicyKind::Simple,
        arguments: args
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
        argument_decorators: vec![],
        factor_decorators: vec![],
    }
}

/// The seed scenario's policy (autoscaling: min 1, max 5, queue 2).
fn seed_policy(idle: &str) -> ResolvedPolicy {
    policy(&[
        ("min_workers", "1"),
        ("max_workers", "5"),
        ("max_queue_size", "2"),
        ("scale_up_step", "1"),
        ("max_idle_time", idle),
    ])
}

fn clients(n: u32, requests: u64, service: Service) -> LoadSpec {
    LoadSpec::Clients {
        clients: n,
        duration: None,
        requests: Some(requests),
        service,
    }
}

#[test]
fn four_clients_on_one_worker_scale_up_once_and_back_down() {
    let config = SimConfig::default();
    let load = clients(4, 8, Service::Fixed(SECOND));
    let r = simulate(&config, &seed_policy("2"), &load).unwrap();
    assert_eq!(r.requests.arrived, 8);
    assert_eq!(r.requests.served, 8);
    // 1 busy + 3 queued > 2: one scale-up at once; the new worker (ready
    // at 2 s) ends the queue, so no second one.
    assert_eq!(r.scale_ups, 1);
    assert_eq!(r.workers.peak, 2);
    assert_eq!(
        r.timeline[0].reason,
        "scale up 1: 3 queued due to busy > max_queue_size 2"
    );
    assert_eq!(r.timeline[0].t, 0.0);
    // Back to min_workers after max_idle_time.
    assert_eq!(r.scale_downs, 1);
    assert_eq!(r.workers.at_end, 1);
    let down = r.timeline.last().unwrap();
    assert!(
        down.reason
            .starts_with("scale down worker w2: idle 2s >= max_idle_time 2"),
        "{}",
        down.reason
    );
    // Waits: 0, 1 s on the first worker; at 2 s the second is ready and
    // both take one: the longest wait is 2 s.
    assert_eq!(r.wait_seconds.max, 2.0);
    assert!(r.worker_seconds > r.busy_worker_seconds);
    assert!((r.busy_worker_seconds - 8.0).abs() < 1e-9);
}

#[test]
fn full_queue_refuses_and_timeout_drops() {
    let config = SimConfig {
        queue_limit: 2,
        ..SimConfig::default()
    };
    let one = policy(&[("min_workers", "1"), ("max_workers", "1")]);
    let burst = LoadSpec::Rate {
        schedule: RateSchedule::parse("1000/s").unwrap(),
        duration: SECOND / 100,
        service: Service::Fixed(10 * SECOND),
    };
    let r = simulate(&config, &one, &burst).unwrap();
    assert!(r.requests.arrived > 3, "{}", r.requests.arrived);
    assert_eq!(r.requests.refused_queue_full, r.requests.arrived - 3);
    assert_eq!(r.requests.served, 3);
    assert_eq!(r.workers.peak, 1, "max_workers holds");

    let config = SimConfig {
        queue_timeout: 5 * SECOND,
        ..SimConfig::default()
    };
    let r = simulate(&config, &one, &burst).unwrap();
    assert_eq!(r.requests.refused_queue_full, 0);
    assert_eq!(r.requests.served, 1);
    assert_eq!(r.requests.timed_out, r.requests.arrived - 1);
}

#[test]
fn same_seed_same_result_other_seed_other_load() {
    let config = SimConfig::default();
    let load = LoadSpec::Rate {
        schedule: RateSchedule::parse("0:1/s,30s:8/s,60s:1/s").unwrap(),
        duration: 120 * SECOND,
        service: Service::Exp(SECOND),
    };
    let p = seed_policy("10");
    let a = simulate(&config, &p, &load).unwrap();
    let b = simulate(&config, &p, &load).unwrap();
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
    let c = simulate(&SimConfig { seed: 2, ..config }, &p, &load).unwrap();
    assert_ne!(a.requests.arrived, c.requests.arrived);
    assert!(a.scale_ups >= 1 && a.workers.peak <= 5);
}

#[test]
fn a_starting_worker_blocks_further_scale_ups() {
    // Ten clients, slow start: the first scale-up is the only one while
    // its worker starts, however long the queue.
    let config = SimConfig {
        start_time: 30 * SECOND,
        ..SimConfig::default()
    };
    let load = clients(10, 10, Service::Fixed(SECOND));
    let r = simulate(&config, &seed_policy("60"), &load).unwrap();
    assert_eq!(r.scale_ups, 1);
    // Decided as the queue grew: at the third waiting request.
    assert!(r.timeline[0].reason.contains("3 queued due to busy"));
    assert_eq!(r.requests.served, 10);
}

#[test]
fn time_match_follows_the_simulated_clock() {
    let mut p = seed_policy("2");
    p.argument_decorators = vec![DecoratorSpec::new(
        "time-match",
        [
            ("match(* 0 * * *)", "night_"),
            ("night_max_queue_size", "100"),
        ],
    )];
    let load = clients(4, 8, Service::Fixed(SECOND));
    // DEFAULT_ORIGIN is midnight UTC: the night window holds, no scale-up.
    let night = simulate(&SimConfig::default(), &p, &load).unwrap();
    assert_eq!(night.scale_ups, 0);
    let noon = SimConfig {
        clock_origin_us: Some(DEFAULT_ORIGIN_US + 12 * 3600 * SECOND as i64),
        ..SimConfig::default()
    };
    let day = simulate(&noon, &p, &load).unwrap();
    assert_eq!(day.scale_ups, 1);
}

#[test]
fn bad_arguments_are_reported_not_fatal() {
    let p = policy(&[("max_queue_size", "lots")]);
    let load = clients(1, 1, Service::Fixed(SECOND));
    let e = simulate(&SimConfig::default(), &p, &load).unwrap_err();
    assert!(e.to_string().contains("max_queue_size"), "{e}");
}

#[test]
fn free_worker_scales_up_as_soon_as_the_last_free_worker_is_taken() {
    let mut p = seed_policy("60");
    p.kind = PolicyKind::FreeWorker;
    p.arguments.remove("max_queue_size");
    p.arguments.insert("min_free_workers".into(), "1".into());
    let load = clients(1, 1, Service::Fixed(SECOND));
    let r = simulate(&SimConfig::default(), &p, &load).unwrap();
    assert_eq!(r.scale_ups, 1);
    assert_eq!(r.timeline[0].t, 0.0);
    assert_eq!(
        r.timeline[0].reason,
        "scale up 1: 0 free workers < min_free_workers 1"
    );
}

#[test]
fn average_waits_for_its_histories() {
    let mut p = seed_policy("60");
    p.factor_decorators = vec![DecoratorSpec::new("average", [("used_histories", "3")])];
    let load = clients(4, 40, Service::Fixed(10 * SECOND));
    let r = simulate(&SimConfig::default(), &p, &load).unwrap();
    assert_eq!(r.scale_ups, 1);
    // Ticks at 0, 1, 2 s record the histories; the first decision can
    // come only once three are there.
    assert!(r.timeline[0].t >= 2.0, "{:?}", r.timeline[0]);
    let plain = simulate(&SimConfig::default(), &seed_policy("60"), &load).unwrap();
    assert_eq!(plain.timeline[0].t, 0.0);
}
