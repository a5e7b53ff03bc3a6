//! The discrete-event loop: the platform's data plane and scheduler rules
//! (docs/simulate.md, "What is modelled") on a simulated clock.
//!
//! Everything that happens at one instant is handled in this order: worker
//! events (a request finished, a worker became ready), then arrivals, then
//! queue timeouts, then the tick. The scheduler decides, with the shared
//! [`ResolvedPolicy::plan`], after every event that wakes the platform's
//! scheduler (a request queued or left the queue, a worker became ready, a
//! worker freed while requests wait, and for `free-worker` a request took a
//! free worker) and at every tick.

use super::histogram::Histogram;
use super::load::{Draws, LoadSpec, RateSchedule, Service, Trace, TraceError, SECOND};
use super::report::{Decision, Report, Sample, Summary};
use super::{SimConfig, SimError};
use crate::autoscale::{
    self, Action, Factors, PolicyArgs, PolicyKind, QueueReason, ResolvedPolicy,
    WorkerStatus as PolicyStatus,
};
use chrono::{DateTime, Utc};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// How many past ticks of queue length are kept (as the platform does).
const HISTORY_LEN: usize = 120;
/// A closed-loop client refused with 429 tries again after this long (the
/// platform's Retry-After).
const RETRY_AFTER: u64 = SECOND;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Starting,
    Free,
    Busy,
}

struct Worker {
    seq: u64,
    id: String,
    created_unix: i64,
    last_serve_unix: i64,
    successes: i64,
    state: State,
    /// The closed-loop client whose request it serves.
    client: Option<u32>,
}

struct Waiting {
    arrival: u64,
    service: u64,
    client: Option<u32>,
}

/// Things that happen at a known time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    /// Worker `seq` finished its request.
    Done(u64),
    /// Worker `seq` passed its readiness probe.
    Ready(u64),
    /// Closed-loop client sends its next request.
    Send(u32),
}

/// Where requests come from.
enum Source {
    Trace(Trace),
    Rate {
        schedule: RateSchedule,
        end: u64,
        at: u64,
        service: Service,
    },
    Closed {
        end: Option<u64>,
        left: Option<u64>,
        service: Service,
    },
}

struct Sim<'a> {
    config: &'a SimConfig,
    policy: &'a ResolvedPolicy,
    now: u64,
    workers: Vec<Worker>,
    /// Workers in state Busy (kept, not counted, on the hot path).
    busy: u32,
    next_seq: u64,
    queue: VecDeque<Waiting>,
    events: BinaryHeap<Reverse<(u64, Event)>>,
    histories: VecDeque<(i64, i64)>,
    draws: Draws,
    source: Source,
    /// The next open-loop arrival, read ahead: (time, service).
    pending: Option<(u64, u64)>,
    summary: Summary,
    waits: Histogram,
    decisions: Vec<Decision>,
    decisions_dropped: u64,
    samples: Vec<Sample>,
    interval: Sample,
    /// Last time a request arrived or finished.
    last_activity: u64,
    last_problem: Option<String>,
    /// The policy arguments, worked out once when no argument decorator
    /// can change them over time.
    fixed_args: Option<PolicyArgs>,
}

/// Runs one simulation.
pub fn run(
    config: &SimConfig,
    policy: &ResolvedPolicy,
    load: &LoadSpec,
) -> Result<Report, SimError> {
    let mut draws = Draws::new(config.seed);
    let mut source = match load {
        LoadSpec::Trace(path) => {
            let file = std::fs::File::open(path).map_err(|source| TraceError::Open {
                path: path.clone(),
                source,
            })?;
            Source::Trace(Trace::new(Box::new(std::io::BufReader::with_capacity(
                1 << 16,
                file,
            ))))
        }
        LoadSpec::Rate {
            schedule,
            duration,
            service,
        } => Source::Rate {
            schedule: schedule.clone(),
            end: *duration,
            at: 0,
            service: service.clone(),
        },
        LoadSpec::Clients {
            duration,
            requests,
            service,
            ..
        } => Source::Closed {
            end: *duration,
            left: *requests,
            service: service.clone(),
        },
    };
    let pending = next_open_arrival(&mut source, &mut draws)?;
    let origin_unix_us = match (&source, config.clock_origin_us) {
        (_, Some(origin)) => origin,
        // A trace from the platform carries unix times: simulate on them,
        // so whole-second rounding and time windows fall as they did.
        (Source::Trace(trace), None) => trace
            .origin()
            .filter(|t| *t > 1e9)
            .map(|t| (t * SECOND as f64).round() as i64)
            .unwrap_or(super::DEFAULT_ORIGIN_US),
        _ => super::DEFAULT_ORIGIN_US,
    };
    let mut sim = Sim {
        config,
        policy,
        now: 0,
        workers: Vec::new(),
        busy: 0,
        next_seq: 0,
        queue: VecDeque::new(),
        events: BinaryHeap::new(),
        histories: VecDeque::new(),
        draws,
        source,
        pending,
        summary: Summary::default(),
        waits: Histogram::default(),
        decisions: Vec::new(),
        decisions_dropped: 0,
        samples: Vec::new(),
        interval: Sample::default(),
        last_activity: 0,
        last_problem: None,
        fixed_args: None,
    };
    if policy.argument_decorators.is_empty() {
        sim.fixed_args = policy.args_at(sim.datetime(0)).ok();
    }
    sim.summary.origin_unix = origin_unix_us as f64 / SECOND as f64;
    if let LoadSpec::Clients { clients, .. } = load {
        for client in 0..*clients {
            sim.events.push(Reverse((0, Event::Send(client))));
        }
    }
    let initial = match config.initial_workers {
        Some(n) => n,
        None => {
            policy
                .args_at(sim.datetime(0))
                .map_err(SimError::Policy)?
                .min_workers
        }
    };
    for _ in 0..initial {
        let seq = sim.add_worker(State::Free);
        // Started long before the load: the oldest workers.
        let long_ago = sim.unix(0) - 3600;
        if let Some(w) = sim.workers.iter_mut().find(|w| w.seq == seq) {
            w.created_unix = long_ago;
        }
    }
    sim.run()?;
    Ok(sim.finish())
}

fn next_open_arrival(
    source: &mut Source,
    draws: &mut Draws,
) -> Result<Option<(u64, u64)>, TraceError> {
    match source {
        Source::Trace(trace) => trace.next_request(),
        Source::Rate {
            schedule,
            end,
            at,
            service,
        } => Ok(schedule
            .next_after(*at, *end, &mut draws.arrivals)
            .map(|t| {
                *at = t;
                (t, service.sample(&mut draws.services))
            })),
        Source::Closed { .. } => Ok(None),
    }
}

impl Sim<'_> {
    fn unix_us(&self, t: u64) -> i64 {
        self.summary_origin_us() + t as i64
    }

    fn summary_origin_us(&self) -> i64 {
        (self.summary.origin_unix * SECOND as f64).round() as i64
    }

    /// Whole unix seconds at `t`, as the platform's clock reads them.
    fn unix(&self, t: u64) -> i64 {
        self.unix_us(t).div_euclid(SECOND as i64)
    }

    fn datetime(&self, t: u64) -> DateTime<Utc> {
        DateTime::from_timestamp_micros(self.unix_us(t)).unwrap_or_default()
    }

    fn add_worker(&mut self, state: State) -> u64 {
        self.next_seq += 1;
        let seq = self.next_seq;
        let unix = self.unix(self.now);
        self.workers.push(Worker {
            seq,
            id: format!("w{seq}"),
            created_unix: unix,
            last_serve_unix: unix,
            successes: 0,
            state,
            client: None,
        });
        if state == State::Starting {
            let ready = self.now + self.config.start_time;
            self.events.push(Reverse((ready, Event::Ready(seq))));
        }
        self.observe();
        seq
    }

    /// Keeps the per-interval peaks for the plot.
    fn observe(&mut self) {
        let i = &mut self.interval;
        i.workers = i.workers.max(self.workers.len() as u32);
        i.busy = i.busy.max(
            self.workers
                .iter()
                .filter(|w| w.state == State::Busy)
                .count() as u32,
        );
        i.queue = i.queue.max(self.queue.len() as u32);
        self.summary.peak_workers = self.summary.peak_workers.max(self.workers.len() as u32);
        self.summary.peak_queue = self.summary.peak_queue.max(self.queue.len() as u32);
    }

    /// Moves the clock, paying for the workers that lived meanwhile.
    fn advance(&mut self, to: u64) {
        if to > self.now {
            let dt = (to - self.now) as u128;
            self.summary.worker_us += dt * self.workers.len() as u128;
            self.summary.busy_us += dt * u128::from(self.busy);
            self.now = to;
        }
    }

    fn run(&mut self) -> Result<(), SimError> {
        let tick = self.config.tick.max(1);
        let mut next_tick = 0u64;
        loop {
            let worker_event = self.events.peek().map(|Reverse((t, _))| *t);
            let arrival = self.pending.map(|(t, _)| t);
            let expiry = self
                .queue
                .front()
                .map(|w| w.arrival.saturating_add(self.config.queue_timeout));
            let load_done = self.pending.is_none() && self.events.is_empty();
            if load_done && self.queue.is_empty() && self.settled(next_tick) {
                break;
            }
            let first = [worker_event, arrival, expiry, Some(next_tick)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(next_tick);
            self.advance(first);
            if worker_event == Some(first) {
                if let Some(Reverse((_, event))) = self.events.pop() {
                    self.handle(event)?;
                }
            } else if arrival == Some(first) {
                if let Some((_, service)) = self.pending.take() {
                    self.arrive(service, None);
                    self.pending = next_open_arrival(&mut self.source, &mut self.draws)?;
                }
            } else if expiry == Some(first) {
                self.queue.pop_front();
                self.summary.timed_out += 1;
                self.decide();
            } else {
                self.tick();
                next_tick += tick;
            }
        }
        Ok(())
    }

    /// Done once the load is over and the workers are back to
    /// `min_workers`, or nothing was removed for `max_idle_time` plus two
    /// ticks after the last request.
    fn settled(&self, next_tick: u64) -> bool {
        let Ok(args) = self.policy.args_at(self.datetime(self.now)) else {
            return true;
        };
        let starting = self.workers.iter().any(|w| w.state == State::Starting);
        let quiet = u64::from(args.max_idle_time) * SECOND + 2 * self.config.tick;
        (!starting && self.workers.len() <= args.min_workers as usize)
            || next_tick > self.last_activity + quiet
    }

    fn handle(&mut self, event: Event) -> Result<(), SimError> {
        match event {
            Event::Done(seq) => {
                self.last_activity = self.now;
                let unix = self.unix(self.now);
                let Some(w) = self.workers.iter_mut().find(|w| w.seq == seq) else {
                    return Ok(());
                };
                w.state = State::Free;
                w.last_serve_unix = unix;
                w.successes += 1;
                let client = w.client.take();
                self.busy -= 1;
                self.summary.served += 1;
                self.dispatch();
                self.observe();
                if !self.queue.is_empty() {
                    self.decide();
                }
                if let Some(client) = client {
                    self.client_again(client, self.now);
                }
            }
            Event::Ready(seq) => {
                let unix = self.unix(self.now);
                if let Some(w) = self.workers.iter_mut().find(|w| w.seq == seq) {
                    w.state = State::Free;
                    w.last_serve_unix = unix;
                }
                self.dispatch();
                self.observe();
                self.decide();
            }
            Event::Send(client) => {
                let service = match &self.source {
                    Source::Closed { service, .. } => service.sample(&mut self.draws.services),
                    _ => 0,
                };
                if let Source::Closed { left: Some(n), .. } = &mut self.source {
                    *n = n.saturating_sub(1);
                }
                self.arrive(service, Some(client));
            }
        }
        Ok(())
    }

    /// Schedules a closed-loop client's next request at `at`, while the
    /// load lasts.
    fn client_again(&mut self, client: u32, at: u64) {
        if let Source::Closed { end, left, .. } = &self.source {
            let in_time = end.is_none_or(|end| at < end);
            let budget = left.is_none_or(|n| n > 0);
            if in_time && budget {
                self.events.push(Reverse((at, Event::Send(client))));
            }
        }
    }

    fn arrive(&mut self, service: u64, client: Option<u32>) {
        self.last_activity = self.now;
        self.summary.arrived += 1;
        if let Some(i) = self.workers.iter().position(|w| w.state == State::Free) {
            self.waits.record(0);
            self.start_request(i, service, client);
            self.observe();
            // One free worker less matters to `free-worker` at once.
            if self.policy.kind == PolicyKind::FreeWorker {
                self.decide();
            }
            return;
        }
        if self.queue.len() >= self.config.queue_limit {
            self.summary.refused += 1;
            if let Some(client) = client {
                self.client_again(client, self.now + RETRY_AFTER);
            }
            return;
        }
        self.queue.push_back(Waiting {
            arrival: self.now,
            service,
            client,
        });
        self.observe();
        self.decide();
    }

    fn start_request(&mut self, index: usize, service: u64, client: Option<u32>) {
        let w = &mut self.workers[index];
        w.state = State::Busy;
        w.client = client;
        self.busy += 1;
        let seq = w.seq;
        self.events
            .push(Reverse((self.now + service, Event::Done(seq))));
    }

    /// Free workers, oldest first, take the head of the queue.
    fn dispatch(&mut self) {
        while !self.queue.is_empty() {
            let Some(i) = self.workers.iter().position(|w| w.state == State::Free) else {
                return;
            };
            let Some(waiting) = self.queue.pop_front() else {
                return;
            };
            self.waits.record(self.now - waiting.arrival);
            self.start_request(i, waiting.service, waiting.client);
        }
    }

    fn tick(&mut self) {
        let unix = self.unix(self.now);
        self.histories.push_back((unix, self.queue.len() as i64));
        while self.histories.len() > HISTORY_LEN {
            self.histories.pop_front();
        }
        let mut sample = std::mem::take(&mut self.interval);
        sample.t = self.now as f64 / SECOND as f64;
        self.samples.push(sample);
        self.observe();
        self.decide();
    }

    /// The policy inputs, built as the platform's scheduler builds them.
    fn factors(&self) -> Factors {
        let now = self.unix(self.now);
        let summary = |busy: i64| -> autoscale::QueueSummary {
            [
                (QueueReason::QueueDueBusy, busy),
                (QueueReason::QueueDueSession, 0),
            ]
            .into_iter()
            .collect()
        };
        // Only factor decorators (`average`) read the histories; building
        // 120 of them at every decision would dominate long runs.
        let queue_histories: autoscale::QueueHistories = if self.policy.factor_decorators.is_empty()
        {
            autoscale::QueueHistories::default()
        } else {
            self.histories
                .iter()
                .rev()
                .map(|(t, busy)| ((now - t).max(0), summary(*busy)))
                .collect()
        };
        let workers: Vec<autoscale::Worker> = self
            .workers
            .iter()
            .rev()
            .map(|w| autoscale::Worker {
                worker_id: w.id.clone(),
                gpu_type: None,
                region: "local".into(),
                started_at: w.created_unix,
                last_service_time: w.last_serve_unix,
                number_of_successes: w.successes,
                number_of_failures: 0,
                number_of_sessions: 0,
                average_response_time: 0.0,
                current_request: i64::from(w.state == State::Busy),
                status: match w.state {
                    State::Starting => PolicyStatus::Inflight,
                    State::Free => PolicyStatus::Free,
                    State::Busy => PolicyStatus::Busy,
                },
            })
            .collect();
        let worker_summary: autoscale::WorkerSummary = PolicyStatus::ALL
            .iter()
            .map(|s| (*s, workers.iter().filter(|w| w.status == *s).count() as i64))
            .collect();
        Factors {
            queue_histories: Some(queue_histories),
            queue: Some(summary(self.queue.len() as i64)),
            utilization: None,
            workers,
            worker: Some(worker_summary),
            worker_histories: None,
        }
    }

    /// One scheduler decision, acted on at once.
    fn decide(&mut self) {
        let now = self.datetime(self.now);
        let planned = match &self.fixed_args {
            Some(args) => self.policy.plan_with(*args, self.factors(), now),
            None => self.policy.plan(self.factors(), now),
        };
        let plan = match planned {
            Ok(Some(plan)) => plan,
            Ok(None) => return,
            Err(e) => {
                let message = e.to_string();
                if self.last_problem.as_deref() != Some(message.as_str()) {
                    self.record(
                        "problem",
                        0,
                        format!("no scaling decision: {message}; keeping the current workers"),
                    );
                    self.last_problem = Some(message);
                }
                return;
            }
        };
        self.last_problem = None;
        for (action, reason) in plan.actions() {
            match action {
                Action::ScaleUp { count } => {
                    for _ in 0..*count {
                        self.add_worker(State::Starting);
                    }
                    self.summary.scale_ups += 1;
                    self.summary.workers_added += u64::from(*count);
                    self.record("scale up", *count, reason.to_string());
                }
                Action::ScaleDown { worker_id } => {
                    let Some(i) = self.workers.iter().position(|w| &w.id == worker_id) else {
                        continue;
                    };
                    // Candidates are FREE: the worker goes at once. (A busy
                    // one would finish its request first; the policy never
                    // picks one.)
                    if self.workers[i].state != State::Free {
                        continue;
                    }
                    self.workers.remove(i);
                    self.summary.scale_downs += 1;
                    self.record("scale down", 1, reason.to_string());
                }
            }
        }
    }

    fn record(&mut self, action: &'static str, count: u32, reason: String) {
        if self.decisions.len() >= self.config.timeline_limit {
            self.decisions_dropped += 1;
            return;
        }
        self.decisions.push(Decision {
            t: self.now as f64 / SECOND as f64,
            action,
            count,
            reason,
            workers: self.workers.len() as u32,
        });
    }

    fn finish(mut self) -> Report {
        let mut last = std::mem::take(&mut self.interval);
        last.t = self.now as f64 / SECOND as f64;
        self.samples.push(last);
        self.summary.horizon_us = self.now;
        self.summary.final_workers = self.workers.len() as u32;
        Report::new(
            self.summary,
            &self.waits,
            self.decisions,
            self.decisions_dropped,
            self.samples,
        )
    }
}
