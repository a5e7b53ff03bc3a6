//! Load models: where requests come from and how long each one keeps a
//! worker busy. Times are microseconds from the start of the simulation.
//!
//! - [`Trace`]: JSON lines recorded by `everai app trace` (or written by
//!   hand), read as a stream.
//! - closed loop ([`LoadSpec::Clients`]): N clients, each sending its next
//!   request when the previous one is answered, like `ab -c N`.
//! - open loop ([`RateSchedule`]): Poisson arrivals whose rate may step or
//!   ramp over time.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::io::BufRead;

pub const SECOND: u64 = 1_000_000;

/// Why a trace cannot be read; the message names the line to fix.
#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    #[error("cannot read the trace {}: {source}", path.display())]
    Open {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("reading the trace: {0}")]
    Read(std::io::Error),
    #[error(
        "trace line {line}: {source}; each line is {{\"arrival\": SECONDS, \"service\": SECONDS}}"
    )]
    Record {
        line: usize,
        source: serde_json::Error,
    },
    #[error("trace line {line}: arrival {arrival} is earlier than the line before; sort the trace by arrival")]
    Unsorted { line: usize, arrival: f64 },
}

/// Why a duration, service time or rate given on the command line cannot
/// be read; each message quotes the text and shows the form to write.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadSpecError {
    #[error("{0:?} is not a duration (e.g. 250ms, 2s, 10m, 1h)")]
    NotDuration(String),
    #[error("{text:?}: unknown unit {unit:?} (use us, ms, s, m, h or d)")]
    DurationUnit { text: String, unit: String },
    #[error("{0:?} is not a duration")]
    NegativeDuration(String),
    #[error("{0:?}: write uniform:LOW..HIGH, e.g. uniform:1s..3s")]
    UniformForm(String),
    #[error("{0:?}: the low bound is above the high one")]
    UniformOrder(String),
    /// A plain service time that is not a duration.
    #[error("{0}; or exp:MEAN, uniform:LOW..HIGH")]
    Service(Box<LoadSpecError>),
    #[error("{0:?}: unknown rate unit (use /s, /m or /h)")]
    RateUnit(String),
    #[error("{0:?} is not a rate (e.g. 20/s)")]
    NotRate(String),
    #[error("{0:?} is not a rate")]
    NegativeRate(String),
    #[error("{0:?}: write TIME:RATE, e.g. 60s:20/s")]
    PointForm(String),
    #[error("{0:?}: times must increase")]
    TimesDecrease(String),
}

/// Parses `250ms`, `2s`, `1.5s`, `10m`, `2h`, `1d`, `100us` (a bare number
/// is seconds) into microseconds.
pub fn parse_duration(text: &str) -> Result<u64, LoadSpecError> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| LoadSpecError::NotDuration(text.to_string()))?;
    let scale = match unit {
        "us" => 1.0,
        "ms" => 1e3,
        "" | "s" => 1e6,
        "m" => 60e6,
        "h" => 3600e6,
        "d" => 86400e6,
        _ => {
            return Err(LoadSpecError::DurationUnit {
                text: text.to_string(),
                unit: unit.to_string(),
            })
        }
    };
    if !value.is_finite() || value < 0.0 {
        return Err(LoadSpecError::NegativeDuration(text.to_string()));
    }
    Ok((value * scale).round() as u64)
}

/// How long a request keeps its worker busy.
#[derive(Debug, Clone, PartialEq)]
pub enum Service {
    Fixed(u64),
    /// Exponential with this mean.
    Exp(u64),
    /// Uniform between the two bounds.
    Uniform(u64, u64),
}

impl Service {
    /// `200ms`, `exp:200ms` or `uniform:1s..3s`.
    pub fn parse(text: &str) -> Result<Service, LoadSpecError> {
        if let Some(mean) = text.strip_prefix("exp:") {
            return Ok(Service::Exp(parse_duration(mean)?));
        }
        if let Some(range) = text.strip_prefix("uniform:") {
            let (low, high) = range
                .split_once("..")
                .ok_or_else(|| LoadSpecError::UniformForm(text.to_string()))?;
            let (low, high) = (parse_duration(low)?, parse_duration(high)?);
            if low > high {
                return Err(LoadSpecError::UniformOrder(text.to_string()));
            }
            return Ok(Service::Uniform(low, high));
        }
        parse_duration(text)
            .map(Service::Fixed)
            .map_err(|e| LoadSpecError::Service(Box::new(e)))
    }

    pub fn sample(&self, rng: &mut StdRng) -> u64 {
        match *self {
            Service::Fixed(d) => d,
            Service::Exp(mean) => exponential(rng, mean as f64).round() as u64,
            Service::Uniform(low, high) if low == high => low,
            Service::Uniform(low, high) => rng.gen_range(low..=high),
        }
    }
}

/// An exponential variate with this mean.
fn exponential(rng: &mut StdRng, mean: f64) -> f64 {
    let u: f64 = rng.gen::<f64>();
    -mean * (1.0 - u).ln()
}

/// One point of a rate schedule.
#[derive(Debug, Clone, PartialEq)]
struct RatePoint {
    at: u64,
    per_second: f64,
    /// Reached linearly from the previous point instead of at once.
    ramp: bool,
}

/// Requests per second over time: `20/s`, or points `T:R` separated by
/// commas, e.g. `0:1/s,60s:20/s,120s:1/s` (steps); `T:~R` ramps linearly
/// from the previous point's rate to R at T. The last rate holds until the
/// end of the load. Rates: `N/s`, `N/m`, `N/h`, or a bare number per second.
#[derive(Debug, Clone, PartialEq)]
pub struct RateSchedule {
    points: Vec<RatePoint>,
}

fn parse_rate(text: &str) -> Result<f64, LoadSpecError> {
    let (number, per) = match text.split_once('/') {
        Some((n, unit)) => (
            n,
            match unit {
                "s" => 1.0,
                "m" => 60.0,
                "h" => 3600.0,
                _ => return Err(LoadSpecError::RateUnit(text.to_string())),
            },
        ),
        None => (text, 1.0),
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| LoadSpecError::NotRate(text.to_string()))?;
    if !value.is_finite() || value < 0.0 {
        return Err(LoadSpecError::NegativeRate(text.to_string()));
    }
    Ok(value / per)
}

impl RateSchedule {
    pub fn parse(text: &str) -> Result<RateSchedule, LoadSpecError> {
        if !text.contains(':') {
            let per_second = parse_rate(text)?;
            return Ok(RateSchedule {
                points: vec![RatePoint {
                    at: 0,
                    per_second,
                    ramp: false,
                }],
            });
        }
        let mut points: Vec<RatePoint> = Vec::new();
        for part in text.split(',') {
            let (at, rate) = part
                .split_once(':')
                .ok_or_else(|| LoadSpecError::PointForm(part.to_string()))?;
            let at = parse_duration(at)?;
            let (ramp, rate) = match rate.strip_prefix('~') {
                Some(r) => (true, r),
                None => (false, rate),
            };
            if points.last().is_some_and(|p| p.at >= at) {
                return Err(LoadSpecError::TimesDecrease(part.to_string()));
            }
            points.push(RatePoint {
                at,
                per_second: parse_rate(rate)?,
                ramp,
            });
        }
        if points[0].at != 0 {
            points.insert(
                0,
                RatePoint {
                    at: 0,
                    per_second: 0.0,
                    ramp: false,
                },
            );
        }
        Ok(RateSchedule { points })
    }

    /// The segment holding `t`: (start, end, rate at start, rate at end).
    fn segment(&self, t: u64) -> (u64, Option<u64>, f64, f64) {
        let i = self.points.partition_point(|p| p.at <= t).saturating_sub(1);
        let here = &self.points[i];
        match self.points.get(i + 1) {
            Some(next) if next.ramp => (here.at, Some(next.at), here.per_second, next.per_second),
            Some(next) => (here.at, Some(next.at), here.per_second, here.per_second),
            None => (here.at, None, here.per_second, here.per_second),
        }
    }

    /// The first arrival after `t` (non-homogeneous Poisson, by thinning),
    /// or `None` when no request comes before `end`.
    pub fn next_after(&self, mut t: u64, end: u64, rng: &mut StdRng) -> Option<u64> {
        loop {
            if t >= end {
                return None;
            }
            let (start, seg_end, r0, r1) = self.segment(t);
            let seg_end = seg_end.unwrap_or(end).min(end);
            let peak = r0.max(r1);
            if peak <= 0.0 {
                t = seg_end;
                continue;
            }
            let gap = exponential(rng, SECOND as f64 / peak).max(1.0) as u64;
            let candidate = t.saturating_add(gap);
            if candidate >= seg_end {
                // Memoryless: start again from the segment's end.
                t = seg_end;
                continue;
            }
            t = candidate;
            let span = seg_end.saturating_sub(start).max(1) as f64;
            let rate = r0 + (r1 - r0) * (candidate - start) as f64 / span;
            if rng.gen::<f64>() * peak <= rate {
                return Some(candidate);
            }
        }
    }
}

pub use crate::model::trace::TraceRecord;

/// A trace read line by line.
pub struct Trace {
    lines: Box<dyn BufRead>,
    line_no: usize,
    origin: Option<f64>,
    last: f64,
    /// Mean service of the records read so far (for refused requests, whose
    /// service the trace does not know).
    service_sum: f64,
    service_count: u64,
    buf: String,
}

impl Trace {
    pub fn new(lines: Box<dyn BufRead>) -> Trace {
        Trace {
            lines,
            line_no: 0,
            origin: None,
            last: f64::MIN,
            service_sum: 0.0,
            service_count: 0,
            buf: String::new(),
        }
    }

    /// The first arrival as written (unix seconds when the trace came from
    /// the platform); read after the first [`Trace::next_request`].
    pub fn origin(&self) -> Option<f64> {
        self.origin
    }

    /// The next request: (arrival µs from the first one, service µs).
    pub fn next_request(&mut self) -> Result<Option<(u64, u64)>, TraceError> {
        loop {
            self.buf.clear();
            self.line_no += 1;
            let read = self
                .lines
                .read_line(&mut self.buf)
                .map_err(TraceError::Read)?;
            if read == 0 {
                return Ok(None);
            }
            let line = self.buf.trim();
            if line.is_empty() {
                continue;
            }
            let record: TraceRecord =
                serde_json::from_str(line).map_err(|source| TraceError::Record {
                    line: self.line_no,
                    source,
                })?;
            if record.arrival < self.last {
                return Err(TraceError::Unsorted {
                    line: self.line_no,
                    arrival: record.arrival,
                });
            }
            self.last = record.arrival;
            let origin = *self.origin.get_or_insert(record.arrival);
            let service = match record.service {
                Some(s) if s.is_finite() && s >= 0.0 => {
                    self.service_sum += s;
                    self.service_count += 1;
                    s
                }
                _ if self.service_count > 0 => self.service_sum / self.service_count as f64,
                _ => 0.0,
            };
            let at = ((record.arrival - origin) * SECOND as f64).round() as u64;
            return Ok(Some((at, (service * SECOND as f64).round() as u64)));
        }
    }
}

/// What load to simulate.
#[derive(Debug, Clone)]
pub enum LoadSpec {
    /// Replay this trace file.
    Trace(std::path::PathBuf),
    /// `clients` closed-loop clients until `duration` or `requests` in all.
    Clients {
        clients: u32,
        duration: Option<u64>,
        requests: Option<u64>,
        service: Service,
    },
    /// Open-loop Poisson arrivals for `duration`.
    Rate {
        schedule: RateSchedule,
        duration: u64,
        service: Service,
    },
}

/// Random draws of a run. Arrivals and service times come from separate
/// streams, so the k-th request has the same service time in every
/// compared run whatever the policy does.
pub struct Draws {
    pub arrivals: StdRng,
    pub services: StdRng,
}

impl Draws {
    pub fn new(seed: u64) -> Draws {
        Draws {
            arrivals: StdRng::seed_from_u64(seed),
            services: StdRng::seed_from_u64(seed ^ 0x5eed_5e7c_1ce5_0000),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_load_specs_say_what_to_write() {
        let message = |r: Result<u64, LoadSpecError>| r.map_err(|e| e.to_string());
        assert_eq!(
            message(parse_duration("2 weeks")),
            Err("\"2 weeks\": unknown unit \" weeks\" (use us, ms, s, m, h or d)".into())
        );
        assert_eq!(
            message(parse_duration("")),
            Err("\"\" is not a duration (e.g. 250ms, 2s, 10m, 1h)".into())
        );
        let service = |t| Service::parse(t).map_err(|e| e.to_string());
        assert_eq!(
            service("poisson:1s"),
            Err("\"poisson:1s\" is not a duration (e.g. 250ms, 2s, 10m, 1h); or exp:MEAN, uniform:LOW..HIGH".into())
        );
        assert_eq!(
            service("uniform:1s"),
            Err("\"uniform:1s\": write uniform:LOW..HIGH, e.g. uniform:1s..3s".into())
        );
        assert_eq!(
            service("uniform:3s..1s"),
            Err("\"uniform:3s..1s\": the low bound is above the high one".into())
        );
        let rate = |t| RateSchedule::parse(t).map_err(|e| e.to_string());
        assert_eq!(
            rate("5/d"),
            Err("\"5/d\": unknown rate unit (use /s, /m or /h)".into())
        );
        assert_eq!(
            rate("fast"),
            Err("\"fast\" is not a rate (e.g. 20/s)".into())
        );
        assert_eq!(rate("-1/s"), Err("\"-1/s\" is not a rate".into()));
        assert_eq!(
            rate("0:1/s,1m"),
            Err("\"1m\": write TIME:RATE, e.g. 60s:20/s".into())
        );
        assert_eq!(
            rate("60s:1/s,30s:2/s"),
            Err("\"30s:2/s\": times must increase".into())
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("250ms"), Ok(250_000));
        assert_eq!(parse_duration("1.5s"), Ok(1_500_000));
        assert_eq!(parse_duration("2"), Ok(2_000_000));
        assert_eq!(parse_duration("1h"), Ok(3_600_000_000));
        assert!(parse_duration("2 weeks").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn services() {
        assert_eq!(Service::parse("200ms"), Ok(Service::Fixed(200_000)));
        assert_eq!(Service::parse("exp:1s"), Ok(Service::Exp(SECOND)));
        assert_eq!(
            Service::parse("uniform:1s..3s"),
            Ok(Service::Uniform(SECOND, 3 * SECOND))
        );
        assert!(Service::parse("uniform:3s..1s").is_err());
        assert!(Service::parse("poisson:1s").is_err());
        let mut rng = StdRng::seed_from_u64(1);
        let n = 20_000;
        let mean = (0..n)
            .map(|_| Service::Exp(SECOND).sample(&mut rng))
            .sum::<u64>() as f64
            / n as f64;
        assert!((mean / SECOND as f64 - 1.0).abs() < 0.05, "mean {mean}");
        for _ in 0..100 {
            let s = Service::Uniform(SECOND, 3 * SECOND).sample(&mut rng);
            assert!((SECOND..=3 * SECOND).contains(&s));
        }
    }

    fn count(schedule: &RateSchedule, from: u64, to: u64, seed: u64) -> usize {
        let mut rng = StdRng::seed_from_u64(seed);
        let (mut t, mut n) = (0, 0);
        while let Some(next) = schedule.next_after(t, to, &mut rng) {
            if next >= from {
                n += 1;
            }
            t = next;
        }
        n
    }

    #[test]
    fn steps_and_ramps() {
        let s = RateSchedule::parse("0:1/s,60s:20/s,120s:1/s").unwrap();
        // 20/s for a minute: 1200 expected, Poisson spread ~35.
        let mid = count(&s, 60 * SECOND, 120 * SECOND, 7);
        assert!((1100..1300).contains(&mid), "{mid}");
        let ramp = RateSchedule::parse("0:0/s,100s:~10/s").unwrap();
        // A ramp from 0 to 10/s over 100 s: 500 expected.
        let n = count(&ramp, 0, 100 * SECOND, 3);
        assert!((420..580).contains(&n), "{n}");
        assert!(RateSchedule::parse("10s:1/s,5s:2/s").is_err());
        assert_eq!(
            RateSchedule::parse("5/m").unwrap(),
            RateSchedule::parse("0:5/m").unwrap()
        );
    }

    #[test]
    fn trace_lines_are_relative_to_the_first() {
        let text =
            "{\"arrival\": 1000.5, \"service\": 2}\n\n{\"arrival\": 1001, \"status\": 429}\n";
        let mut trace = Trace::new(Box::new(std::io::Cursor::new(text)));
        assert_eq!(trace.next_request().unwrap(), Some((0, 2 * SECOND)));
        assert_eq!(
            trace.next_request().unwrap(),
            Some((SECOND / 2, 2 * SECOND))
        );
        assert_eq!(trace.next_request().unwrap(), None);
        assert_eq!(trace.origin(), Some(1000.5));
        let bad = "{\"arrival\": 2}\n{\"arrival\": 1}\n";
        let mut trace = Trace::new(Box::new(std::io::Cursor::new(bad)));
        trace.next_request().unwrap();
        let e = trace.next_request().unwrap_err().to_string();
        assert!(e.contains("line 2") && e.contains("sort"), "{e}");
    }
}
