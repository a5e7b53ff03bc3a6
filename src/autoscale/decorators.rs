//! Decorators: rewrite the policy arguments (`noop`, `time-match`) or the
//! factors (`noop`, `average`) before a decision.

use super::args::parse_count;
use super::cron::CronSchedule;
use super::factors::{Factors, QueueReason, WorkerStatus};
use super::ordered_map::{MapKey, OrderedMap};
use super::timezone::{offset_at, parse_timezone};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Names of the argument decorators.
pub const ARGUMENT_DECORATORS: [&str; 2] = ["noop", "time-match"];
/// Names of the factor decorators.
pub const FACTOR_DECORATORS: [&str; 2] = ["noop", "average"];

/// Default of `average`'s `used_histories`.
const DEFAULT_USED_HISTORIES: usize = 5;

/// One configured decorator, as in `spec.autoscaler.builtin.decorators` and
/// the reference service's request. Arguments keep their order: with
/// `time-match`, a later matching window overrides an earlier one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecoratorSpec {
    pub name: String,
    #[serde(default)]
    pub arguments: Option<OrderedMap<String, String>>,
}

impl DecoratorSpec {
    /// A decorator with these arguments.
    pub fn new<K: Into<String>, V: Into<String>>(
        name: &str,
        arguments: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self {
            name: name.to_owned(),
            arguments: Some(
                arguments
                    .into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            ),
        }
    }

    fn argument_pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.arguments
            .iter()
            .flat_map(|args| args.iter())
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// Both decorator lists of an autoscaler.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decorators {
    #[serde(default)]
    pub arguments: Option<Vec<DecoratorSpec>>,
    #[serde(default)]
    pub factors: Option<Vec<DecoratorSpec>>,
}

/// Why decorators could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecoratorError {
    /// No decorator of this name exists for this list.
    Unknown {
        name: String,
        valid: &'static [&'static str],
    },
    /// A decorator's argument is wrong.
    Invalid {
        decorator: &'static str,
        message: String,
    },
}

impl fmt::Display for DecoratorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown { name, valid } => write!(
                f,
                "unknown decorator {name:?}, valid decorators: {}",
                valid.join(", ")
            ),
            Self::Invalid { decorator, message } => write!(f, "{decorator} decorator: {message}"),
        }
    }
}

impl std::error::Error for DecoratorError {}

fn invalid(decorator: &'static str, message: impl Into<String>) -> DecoratorError {
    DecoratorError::Invalid {
        decorator,
        message: message.into(),
    }
}

/// Applies argument decorators in order. While a `time-match` window
/// matches at `now`, its `<prefix><argument>` values override `<argument>`.
pub fn apply_argument_decorators(
    decorators: &[DecoratorSpec],
    mut args: BTreeMap<String, String>,
    now: DateTime<Utc>,
) -> Result<BTreeMap<String, String>, DecoratorError> {
    for spec in decorators {
        match spec.name.as_str() {
            "noop" => {}
            "time-match" => TimeMatch::from_spec(spec)?.apply(&mut args, now),
            _ => return Err(unknown(spec, &ARGUMENT_DECORATORS)),
        }
    }
    Ok(args)
}

/// Applies factor decorators in order. `Ok(None)` means "not enough history
/// yet": take no decision this tick.
pub fn apply_factor_decorators(
    decorators: &[DecoratorSpec],
    factors: Factors,
) -> Result<Option<Factors>, DecoratorError> {
    let outcome = run_factor_decorators(decorators, factors)?;
    Ok(outcome.enough_history.then_some(outcome.factors))
}

/// Checks that every decorator exists and has valid arguments, e.g. when an
/// app is deployed, so a typo is reported before the first tick.
pub fn validate_decorators(decorators: &Decorators) -> Result<(), DecoratorError> {
    for spec in decorators.arguments.iter().flatten() {
        match spec.name.as_str() {
            "noop" => {}
            "time-match" => {
                TimeMatch::from_spec(spec)?;
            }
            _ => return Err(unknown(spec, &ARGUMENT_DECORATORS)),
        }
    }
    for spec in decorators.factors.iter().flatten() {
        match spec.name.as_str() {
            "noop" => {}
            "average" => {
                Average::from_spec(spec)?;
            }
            _ => return Err(unknown(spec, &FACTOR_DECORATORS)),
        }
    }
    Ok(())
}

fn unknown(spec: &DecoratorSpec, valid: &'static [&'static str]) -> DecoratorError {
    DecoratorError::Unknown {
        name: spec.name.clone(),
        valid,
    }
}

/// Result of the factor decorators, with what the service needs to echo the
/// factors the way the reference does.
pub(super) struct FactorOutcome {
    /// The decorated factors. When history was short, `queue` (and `worker`
    /// when worker history was short) is `None`, as in the reference.
    pub(super) factors: Factors,
    /// False when an `average` lacked queue history.
    pub(super) enough_history: bool,
    /// True when a decorator built new factors rather than passing them on.
    pub(super) rebuilt: bool,
}

pub(super) fn run_factor_decorators(
    decorators: &[DecoratorSpec],
    mut factors: Factors,
) -> Result<FactorOutcome, DecoratorError> {
    let mut enough_history = true;
    let mut rebuilt = false;
    for spec in decorators {
        match spec.name.as_str() {
            "noop" => {}
            "average" => {
                let average = Average::from_spec(spec)?;
                enough_history &= average.has_enough_history(&factors);
                factors = average.apply(factors);
                rebuilt = true;
            }
            _ => return Err(unknown(spec, &FACTOR_DECORATORS)),
        }
    }
    Ok(FactorOutcome {
        factors,
        enough_history,
        rebuilt,
    })
}

/// `time-match`: cron windows mapped to argument prefixes.
struct TimeMatch {
    zone: jiff::tz::TimeZone,
    /// `(window, prefix)` in argument order.
    windows: Vec<(CronSchedule, String)>,
    /// Every other argument (the prefixed values), in order.
    values: Vec<(String, String)>,
}

const TIME_MATCH: &str = "time-match";

impl TimeMatch {
    fn from_spec(spec: &DecoratorSpec) -> Result<Self, DecoratorError> {
        let mut zone = jiff::tz::TimeZone::UTC;
        let mut windows = Vec::new();
        let mut values = Vec::new();
        for (key, value) in spec.argument_pairs() {
            if key == "timezone" {
                zone = parse_timezone(value).map_err(|e| invalid(TIME_MATCH, e.to_string()))?;
            } else if let Some(expression) = match_expression(key)? {
                let window = CronSchedule::parse(expression)
                    .map_err(|e| invalid(TIME_MATCH, format!("{key}: {e}")))?;
                windows.push((window, value.to_owned()));
            } else {
                values.push((key.to_owned(), value.to_owned()));
            }
        }
        Ok(Self {
            zone,
            windows,
            values,
        })
    }

    fn apply(&self, args: &mut BTreeMap<String, String>, now: DateTime<Utc>) {
        let local = now.with_timezone(&offset_at(&self.zone, now));
        for (window, prefix) in &self.windows {
            if !window.matches(&local) {
                continue;
            }
            for (key, value) in &self.values {
                if let Some(name) = key.strip_prefix(prefix.as_str()) {
                    args.insert(name.to_owned(), value.clone());
                }
            }
        }
    }
}

/// The cron text of a `match(<5 fields>)` key; `None` for other keys.
///
/// The reference silently treats a malformed `match(...)` key as an ordinary
/// value, so a typo makes a window that never applies; we report it instead.
fn match_expression(key: &str) -> Result<Option<&str>, DecoratorError> {
    let Some(rest) = key.strip_prefix("match(") else {
        return Ok(None);
    };
    let well_formed = rest.strip_suffix(')').filter(|inner| {
        let fields: Vec<&str> = inner.split(' ').collect();
        fields.len() == 5
            && fields.iter().all(|f| {
                !f.is_empty()
                    && f.bytes()
                        .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'*' | b'/' | b'-'))
            })
    });
    well_formed.map(Some).ok_or_else(|| {
        invalid(
            TIME_MATCH,
            format!(
                "malformed key {key:?}: expected match(<minute> <hour> <day> <month> <weekday>) \
                 with fields of digits, ',', '*', '/' and '-' separated by single spaces"
            ),
        )
    })
}

/// What is wrong with a `time-match` argument key, as the decorator will
/// read it: a `match(...)` key must be well formed and its window valid.
/// `None` for a good window and for the other keys (`timezone`, values).
pub fn time_match_key_problem(key: &str) -> Option<String> {
    match match_expression(key) {
        Ok(None) => None,
        Ok(Some(expression)) => CronSchedule::parse(expression)
            .err()
            .map(|e| format!("{key}: {e}")),
        Err(DecoratorError::Invalid { message, .. }) => Some(message),
        Err(e) => Some(e.to_string()),
    }
}

/// `average`: queue (and worker) counts become the integer mean of now and
/// the `used_histories` most recent history entries.
struct Average {
    used_histories: usize,
}

const AVERAGE: &str = "average";

impl Average {
    fn from_spec(spec: &DecoratorSpec) -> Result<Self, DecoratorError> {
        let mut used_histories = DEFAULT_USED_HISTORIES;
        for (key, value) in spec.argument_pairs() {
            if key != "used_histories" {
                return Err(invalid(
                    AVERAGE,
                    format!("unknown argument {key:?}, valid arguments: used_histories"),
                ));
            }
            used_histories = parse_count(value)
                .ok()
                .and_then(|count| usize::try_from(count).ok())
                .ok_or_else(|| {
                    invalid(
                        AVERAGE,
                        format!(
                            "invalid value {value:?} for argument used_histories: \
                             expected a non-negative integer"
                        ),
                    )
                })?;
        }
        Ok(Self { used_histories })
    }

    fn has_enough_history(&self, factors: &Factors) -> bool {
        let len = factors.queue_histories.as_ref().map_or(0, |h| h.len());
        len >= self.used_histories
    }

    fn apply(&self, factors: Factors) -> Factors {
        let queue = self.average(
            factors.queue.as_ref(),
            factors.queue_histories.as_ref(),
            &QueueReason::ALL,
        );
        let mut worker = self.average(
            factors.worker.as_ref(),
            factors.worker_histories.as_ref(),
            &WorkerStatus::ALL,
        );
        // Averaging must not hide a starting worker: it blocks scale-up.
        let inflight_now = factors
            .worker
            .as_ref()
            .and_then(|w| w.get(&WorkerStatus::Inflight))
            .is_some_and(|&n| n > 0);
        if let Some(summary) = worker.as_mut() {
            if inflight_now && summary.get(&WorkerStatus::Inflight) == Some(&0) {
                summary.insert(WorkerStatus::Inflight, 1);
            }
        }
        Factors {
            queue,
            worker,
            ..factors
        }
    }

    /// The mean of `now` and the first `used_histories` entries of
    /// `histories` by ascending seconds-ago, truncated toward zero; `None`
    /// when there are fewer entries than that.
    ///
    /// The reference adds one history entry even when `used_histories` is 0
    /// (its loop checks the count after adding); we use exactly
    /// `used_histories` entries, as the documented mean says.
    fn average<K: MapKey + Copy>(
        &self,
        now: Option<&OrderedMap<K, i64>>,
        histories: Option<&OrderedMap<i64, OrderedMap<K, i64>>>,
        keys: &[K],
    ) -> Option<OrderedMap<K, i64>> {
        let mut recent: Vec<(i64, &OrderedMap<K, i64>)> = histories
            .into_iter()
            .flat_map(|h| h.iter())
            .map(|(ago, summary)| (*ago, summary))
            .collect();
        if recent.len() < self.used_histories {
            return None;
        }
        recent.sort_by_key(|(ago, _)| *ago);
        let samples = now
            .into_iter()
            .chain(recent.iter().take(self.used_histories).map(|(_, s)| *s));
        let mut sums: Vec<(K, i128)> = keys.iter().map(|k| (*k, 0)).collect();
        for summary in samples {
            for (key, count) in summary.iter() {
                if let Some((_, sum)) = sums.iter_mut().find(|(k, _)| k == key) {
                    *sum += i128::from(*count);
                }
            }
        }
        let divisor = i128::try_from(self.used_histories)
            .unwrap_or(i128::MAX)
            .saturating_add(1);
        Some(
            sums.into_iter()
                .map(|(k, sum)| {
                    let mean = sum / divisor;
                    (k, i64::try_from(mean).unwrap_or(0))
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::factors::QueueSummary;
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .unwrap_or_default()
    }

    fn base_args() -> BTreeMap<String, String> {
        [
            ("min_workers", "1"),
            ("max_workers", "3"),
            ("max_idle_time", "120"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    /// The reference docstring's example.
    fn weekly() -> DecoratorSpec {
        DecoratorSpec::new(
            "time-match",
            [
                ("match(* 9-22 * * 1-5)", "weekday_day_"),
                ("match(* 23,0-8 * * 1-5)", "weekday_night_"),
                ("match(* 9-23,0 * * 6,7)", "weekend_day_"),
                ("match(* 1-8 * * 6,7)", "weekend_night_"),
                ("weekday_day_min_workers", "5"),
                ("weekday_day_max_workers", "50"),
                ("weekday_night_min_workers", "2"),
                ("weekend_day_min_workers", "10"),
                ("weekend_day_max_idle_time", "300"),
                ("weekend_night_max_workers", "5"),
            ],
        )
    }

    fn decorated(specs: &[DecoratorSpec], now: DateTime<Utc>) -> Vec<(String, String)> {
        apply_argument_decorators(specs, base_args(), now)
            .map(|m| m.into_iter().collect())
            .unwrap_or_default()
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    // Expected values below were produced by the reference
    // TimeMatchDecorator with the same arguments and mock_now.

    #[test]
    fn time_match_weekday_day_window() {
        // Wednesday 2024-01-03 10:00 UTC.
        assert_eq!(
            decorated(&[weekly()], utc(2024, 1, 3, 10, 0)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "50"),
                ("min_workers", "5")
            ])
        );
    }

    #[test]
    fn time_match_weekday_night_window_with_list_and_range() {
        // Wednesday 23:30 and 04:00 UTC: `23,0-8`.
        for now in [utc(2024, 1, 3, 23, 30), utc(2024, 1, 3, 4, 0)] {
            assert_eq!(
                decorated(&[weekly()], now),
                pairs(&[
                    ("max_idle_time", "120"),
                    ("max_workers", "3"),
                    ("min_workers", "2")
                ])
            );
        }
    }

    #[test]
    fn time_match_weekend_uses_seven_for_sunday() {
        // Sunday 2024-01-07 12:00.
        assert_eq!(
            decorated(&[weekly()], utc(2024, 1, 7, 12, 0)),
            pairs(&[
                ("max_idle_time", "300"),
                ("max_workers", "3"),
                ("min_workers", "10")
            ])
        );
        // Saturday 03:00: weekend night.
        assert_eq!(
            decorated(&[weekly()], utc(2024, 1, 6, 3, 0)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "5"),
                ("min_workers", "1")
            ])
        );
    }

    #[test]
    fn time_match_outside_every_window_keeps_arguments() {
        let spec = DecoratorSpec::new(
            "time-match",
            [
                ("match(*/15 9-17 * 1-6 1-5)", "busy_"),
                ("busy_min_workers", "4"),
            ],
        );
        // Minute 7 is not in */15.
        assert_eq!(
            decorated(std::slice::from_ref(&spec), utc(2024, 1, 3, 10, 7)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "3"),
                ("min_workers", "1")
            ])
        );
        // Minute 45 is, in January on a Wednesday.
        assert_eq!(
            decorated(std::slice::from_ref(&spec), utc(2024, 1, 3, 10, 45)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "3"),
                ("min_workers", "4")
            ])
        );
        // July is outside the month range 1-6.
        assert_eq!(
            decorated(&[spec], utc(2024, 7, 3, 10, 45)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "3"),
                ("min_workers", "1")
            ])
        );
    }

    #[test]
    fn time_match_timezone_shifts_the_window() {
        let spec = DecoratorSpec::new(
            "time-match",
            [
                ("timezone", "Asia/Shanghai"),
                ("match(* 9-22 * * 1-5)", "day_"),
                ("day_min_workers", "5"),
            ],
        );
        // 02:00 UTC Wednesday is 10:00 in Shanghai.
        assert_eq!(
            decorated(std::slice::from_ref(&spec), utc(2024, 1, 3, 2, 0)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "3"),
                ("min_workers", "5")
            ])
        );
        // 20:00 UTC Friday is 04:00 Saturday in Shanghai: no match.
        assert_eq!(
            decorated(&[spec], utc(2024, 1, 5, 20, 0)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "3"),
                ("min_workers", "1")
            ])
        );
    }

    #[test]
    fn later_window_overrides_earlier_one() {
        let spec = DecoratorSpec::new(
            "time-match",
            [
                ("match(* * * * *)", "a_"),
                ("match(* 10 * * *)", "b_"),
                ("a_min_workers", "2"),
                ("b_min_workers", "7"),
                ("a_max_workers", "9"),
            ],
        );
        assert_eq!(
            decorated(&[spec], utc(2024, 1, 3, 10, 0)),
            pairs(&[
                ("max_idle_time", "120"),
                ("max_workers", "9"),
                ("min_workers", "7")
            ])
        );
    }

    #[test]
    fn noop_and_chains() {
        let noop = DecoratorSpec {
            name: "noop".into(),
            arguments: None,
        };
        assert_eq!(
            apply_argument_decorators(&[noop], base_args(), utc(2024, 1, 3, 10, 0)),
            Ok(base_args())
        );
    }

    #[test]
    fn time_match_errors() {
        let now = utc(2024, 1, 3, 10, 0);
        let bad_tz = DecoratorSpec::new("time-match", [("timezone", "Mars/Olympus")]);
        let err = apply_argument_decorators(&[bad_tz], base_args(), now).expect_err("no such zone");
        assert!(err.to_string().contains("Mars/Olympus"), "{err}");
        let bad_cron = DecoratorSpec::new("time-match", [("match(* 25 * * *)", "x_")]);
        let err = apply_argument_decorators(&[bad_cron], base_args(), now).expect_err("hour 25");
        assert!(err.to_string().contains("hour"), "{err}");
        let bad_key = DecoratorSpec::new("time-match", [("match(0 9 * * mon)", "x_")]);
        let err = apply_argument_decorators(&[bad_key], base_args(), now).expect_err("names");
        assert!(err.to_string().contains("malformed key"), "{err}");
        let average = DecoratorSpec::new("average", Vec::<(String, String)>::new());
        let err = apply_argument_decorators(&[average], base_args(), now).expect_err("wrong list");
        assert_eq!(
            err.to_string(),
            "unknown decorator \"average\", valid decorators: noop, time-match"
        );
    }

    fn queue(items: &[(QueueReason, i64)]) -> QueueSummary {
        items.iter().copied().collect()
    }

    fn histories(items: &[(i64, QueueSummary)]) -> OrderedMap<i64, QueueSummary> {
        items.iter().cloned().collect()
    }

    fn average(used: Option<&str>) -> DecoratorSpec {
        match used {
            Some(v) => DecoratorSpec::new("average", [("used_histories", v)]),
            None => DecoratorSpec::new("average", Vec::<(String, String)>::new()),
        }
    }

    /// Reference: queue {QueueDueSession:1, QueueDueBusy:3} with histories
    /// 30:{Busy 6}, 10:{Busy 3, NotDispatch 2}, 20, 40, 50: {}, 60:{Busy 100}
    /// averages to {NotDispatch:0, QueueDueBusy:2, QueueDueSession:0}.
    #[test]
    fn average_with_enough_history() {
        use QueueReason::*;
        let factors = Factors {
            queue: Some(queue(&[(QueueDueSession, 1), (QueueDueBusy, 3)])),
            queue_histories: Some(histories(&[
                (30, queue(&[(QueueDueBusy, 6)])),
                (10, queue(&[(QueueDueBusy, 3), (NotDispatch, 2)])),
                (20, queue(&[])),
                (40, queue(&[])),
                (50, queue(&[])),
                (60, queue(&[(QueueDueBusy, 100)])),
            ])),
            ..Factors::default()
        };
        let averaged = apply_factor_decorators(&[average(None)], factors)
            .ok()
            .flatten()
            .expect("enough history");
        assert_eq!(
            serde_json::to_string(&averaged.queue).unwrap_or_default(),
            r#"{"NotDispatch":0,"QueueDueBusy":2,"QueueDueSession":0}"#
        );
        // No worker history: the worker summary is dropped, as in the reference.
        assert_eq!(averaged.worker, None);
    }

    #[test]
    fn average_without_enough_history_takes_no_decision() {
        let factors = Factors {
            queue: Some(queue(&[(QueueReason::QueueDueBusy, 3)])),
            queue_histories: Some(histories(&[(10, queue(&[]))])),
            ..Factors::default()
        };
        assert_eq!(
            apply_factor_decorators(&[average(Some("2"))], factors.clone()),
            Ok(None)
        );
        let one = apply_factor_decorators(&[average(Some("1"))], factors)
            .ok()
            .flatten()
            .expect("one history is enough");
        // (3 + 0) / 2 = 1.
        assert_eq!(one.queued(QueueReason::QueueDueBusy), 1);
    }

    #[test]
    fn average_of_zero_histories_is_now() {
        let factors = Factors {
            queue: Some(queue(&[(QueueReason::QueueDueBusy, 3)])),
            queue_histories: Some(histories(&[(10, queue(&[(QueueReason::QueueDueBusy, 9)]))])),
            ..Factors::default()
        };
        let now_only = apply_factor_decorators(&[average(Some("0"))], factors)
            .ok()
            .flatten()
            .expect("zero histories needed");
        assert_eq!(now_only.queued(QueueReason::QueueDueBusy), 3);
    }

    #[test]
    fn average_uses_most_recent_histories_and_truncates() {
        let factors = Factors {
            queue: Some(queue(&[(QueueReason::QueueDueBusy, 1)])),
            queue_histories: Some(histories(&[
                (90, queue(&[(QueueReason::QueueDueBusy, 1000)])),
                (5, queue(&[(QueueReason::QueueDueBusy, 2)])),
                (15, queue(&[(QueueReason::QueueDueBusy, 2)])),
            ])),
            ..Factors::default()
        };
        let averaged = apply_factor_decorators(&[average(Some("2"))], factors)
            .ok()
            .flatten()
            .expect("enough history");
        // (1 + 2 + 2) / 3 = 1; the 90s-old entry is not used.
        assert_eq!(averaged.queued(QueueReason::QueueDueBusy), 1);
    }

    #[test]
    fn average_keeps_an_inflight_worker_visible() {
        let workers = |items: &[(WorkerStatus, i64)]| items.iter().copied().collect();
        let factors = Factors {
            queue_histories: Some(histories(&[(10, queue(&[]))])),
            worker: Some(workers(&[
                (WorkerStatus::Inflight, 1),
                (WorkerStatus::Free, 2),
            ])),
            worker_histories: Some(
                [(10, workers(&[(WorkerStatus::Free, 3)]))]
                    .into_iter()
                    .collect(),
            ),
            ..Factors::default()
        };
        let averaged = apply_factor_decorators(&[average(Some("1"))], factors)
            .ok()
            .flatten()
            .expect("enough history");
        assert_eq!(
            serde_json::to_string(&averaged.worker).unwrap_or_default(),
            r#"{"Inflight":1,"Free":2,"Busy":0}"#
        );
    }

    #[test]
    fn average_argument_errors() {
        for bad in ["-1", "x", "1.5", ""] {
            let err = apply_factor_decorators(&[average(Some(bad))], Factors::default())
                .expect_err("invalid used_histories");
            assert!(err.to_string().contains("used_histories"), "{err}");
        }
        let extra = DecoratorSpec::new("average", [("window", "3")]);
        assert!(apply_factor_decorators(&[extra], Factors::default()).is_err());
        let tm = DecoratorSpec::new("time-match", Vec::<(String, String)>::new());
        assert!(apply_factor_decorators(&[tm], Factors::default()).is_err());
    }

    #[test]
    fn noop_factor_decorator_passes_factors_through() {
        let factors = Factors {
            queue: Some(queue(&[(QueueReason::QueueDueBusy, 3)])),
            ..Factors::default()
        };
        let noop = DecoratorSpec::new("noop", [("anything", "goes")]);
        assert_eq!(
            apply_factor_decorators(&[noop], factors.clone()),
            Ok(Some(factors))
        );
    }

    #[test]
    fn validation_reports_each_problem() {
        let ok = Decorators {
            arguments: Some(vec![weekly()]),
            factors: Some(vec![average(Some("3"))]),
        };
        assert_eq!(validate_decorators(&ok), Ok(()));
        let bad = Decorators {
            arguments: None,
            factors: Some(vec![average(Some("three"))]),
        };
        assert!(validate_decorators(&bad).is_err());
        let typo = Decorators {
            arguments: Some(vec![DecoratorSpec::new(
                "timematch",
                Vec::<(String, String)>::new(),
            )]),
            factors: None,
        };
        assert!(validate_decorators(&typo).is_err());
    }

    #[test]
    fn decorator_json_keeps_argument_order() {
        let json = r#"{"name":"time-match","arguments":{"match(* 10 * * *)":"b_","match(* * * * *)":"a_"}}"#;
        let spec: DecoratorSpec = serde_json::from_str(json).expect("valid spec");
        assert_eq!(serde_json::to_string(&spec).unwrap_or_default(), json);
    }
}
