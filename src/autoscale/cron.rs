//! The cron-like time windows of the `time-match` decorator.
//!
//! Five fields, `minute hour day month weekday`, each a comma list of `*`,
//! `n`, `a-b`, `*/s`, `a-b/s` or `n/s` (from `n` to the field's end). The rules
//! follow the `crontab` package the reference uses, including two points that
//! differ from Vixie cron:
//! - day and weekday must *both* match (no "either" rule);
//! - weekday 7 is Sunday like 0, a range may end at 7 or 0 (`5-0` is Friday to
//!   Sunday), and for a step the first value after the start must still fit
//!   the field (`50/20` in minutes is an error).

use chrono::{Datelike, TimeZone, Timelike};
use std::fmt;

/// Bounds of one cron field.
#[derive(Debug, Clone, Copy)]
struct FieldSpec {
    name: &'static str,
    min: u32,
    /// The end of `*`.
    max: u32,
    /// The largest value one may write (7 for weekday, else `max`).
    limit: u32,
}

const MINUTE: FieldSpec = FieldSpec {
    name: "minute",
    min: 0,
    max: 59,
    limit: 59,
};
const HOUR: FieldSpec = FieldSpec {
    name: "hour",
    min: 0,
    max: 23,
    limit: 23,
};
const DAY: FieldSpec = FieldSpec {
    name: "day",
    min: 1,
    max: 31,
    limit: 31,
};
const MONTH: FieldSpec = FieldSpec {
    name: "month",
    min: 1,
    max: 12,
    limit: 12,
};
const WEEKDAY: FieldSpec = FieldSpec {
    name: "weekday",
    min: 0,
    max: 6,
    limit: 7,
};

const FIELDS: [FieldSpec; 5] = [MINUTE, HOUR, DAY, MONTH, WEEKDAY];

/// Why a cron expression was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CronError(String);

impl fmt::Display for CronError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CronError {}

/// The values one field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FieldSet {
    /// A bare `*` item accepts everything.
    any: bool,
    /// Bit `v` set when value `v` is accepted (values are at most 59).
    allowed: u64,
}

impl FieldSet {
    fn contains(self, value: u32) -> bool {
        self.any || (value < 64 && self.allowed & (1u64 << value) != 0)
    }
}

/// A parsed five-field schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CronSchedule {
    fields: [FieldSet; 5],
}

impl CronSchedule {
    /// Parses `minute hour day month weekday` (fields separated by blanks).
    pub fn parse(expression: &str) -> Result<Self, CronError> {
        let parts: Vec<&str> = expression.split_whitespace().collect();
        if parts.len() != FIELDS.len() {
            return Err(CronError(format!(
                "cron expression {expression:?} has {} fields, expected 5 \
                 (minute hour day month weekday)",
                parts.len()
            )));
        }
        let mut fields = [FieldSet {
            any: true,
            allowed: 0,
        }; 5];
        for ((slot, spec), text) in fields.iter_mut().zip(FIELDS).zip(parts) {
            *slot = parse_field(spec, text)?;
        }
        Ok(Self { fields })
    }

    /// Whether the wall-clock time of `time` (in its own zone) falls in the
    /// schedule. Seconds are ignored: a schedule matches whole minutes.
    pub fn matches<Tz: TimeZone>(&self, time: &chrono::DateTime<Tz>) -> bool {
        let values = [
            time.minute(),
            time.hour(),
            time.day(),
            time.month(),
            time.weekday().num_days_from_sunday(),
        ];
        self.fields
            .iter()
            .zip(values)
            .all(|(field, value)| field.contains(value))
    }
}

fn field_error(spec: FieldSpec, text: &str, why: impl fmt::Display) -> CronError {
    CronError(format!("invalid {} field {text:?}: {why}", spec.name))
}

/// Reads one plain number of a field, within `min..=limit`.
fn parse_value(spec: FieldSpec, field: &str, text: &str) -> Result<u32, CronError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(field_error(
            spec,
            field,
            format!("{text:?} is not a number"),
        ));
    }
    text.parse::<u32>()
        .ok()
        .filter(|v| (spec.min..=spec.limit).contains(v))
        .ok_or_else(|| {
            field_error(
                spec,
                field,
                format!("{text} is out of range {}-{}", spec.min, spec.limit),
            )
        })
}

fn parse_field(spec: FieldSpec, text: &str) -> Result<FieldSet, CronError> {
    let mut set = FieldSet {
        any: false,
        allowed: 0,
    };
    for item in text.split(',') {
        if item == "*" {
            set.any = true;
            continue;
        }
        for value in parse_item(spec, text, item)? {
            // Sunday may be written 7; it is stored as 0.
            let value = if spec.limit == 7 && value == 7 {
                0
            } else {
                value
            };
            set.allowed |= 1u64 << value;
        }
    }
    Ok(set)
}

/// The values of one comma-separated item.
fn parse_item(spec: FieldSpec, field: &str, item: &str) -> Result<Vec<u32>, CronError> {
    let (range, step) = match item.split_once('/') {
        Some((range, step)) => {
            if step.contains('/') {
                return Err(field_error(spec, field, format!("{item:?} has two steps")));
            }
            let step = parse_step(spec, field, step)?;
            (range, Some(step))
        }
        None => (item, None),
    };
    let (start, end) = if range == "*" {
        (spec.min, spec.max)
    } else if let Some((a, b)) = range.split_once('-') {
        if b.contains('-') {
            return Err(field_error(spec, field, format!("{item:?} is not a range")));
        }
        let start = parse_value(spec, field, a)?;
        let end = parse_value(spec, field, b)?;
        // `sat-sun` written as `6-0`.
        let end = if spec.limit == 7 && end == 0 { 7 } else { end };
        (start, end)
    } else {
        let start = parse_value(spec, field, range)?;
        match step {
            None => return Ok(vec![start]),
            Some(_) => (start, spec.max),
        }
    };
    if start > end {
        return Err(field_error(
            spec,
            field,
            format!("range start {start} is after its end {end}"),
        ));
    }
    if let Some(step) = step.filter(|s| start + s > spec.limit) {
        return Err(field_error(
            spec,
            field,
            format!(
                "step {step} from {start} leaves the range {}-{}",
                spec.min, spec.limit
            ),
        ));
    }
    let step = usize::try_from(step.unwrap_or(1)).unwrap_or(usize::MAX);
    Ok((start..=end).step_by(step).collect())
}

fn parse_step(spec: FieldSpec, field: &str, text: &str) -> Result<u32, CronError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(field_error(
            spec,
            field,
            format!("step {text:?} is not a number"),
        ));
    }
    text.parse::<u32>()
        .ok()
        .filter(|s| (1..=spec.limit).contains(s))
        .ok_or_else(|| {
            field_error(
                spec,
                field,
                format!("step {text} must be between 1 and {}", spec.limit),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    /// The accepted values of each field, `None` for "any".
    fn sets(expression: &str) -> Result<Vec<Option<Vec<u32>>>, CronError> {
        let schedule = CronSchedule::parse(expression)?;
        Ok(schedule
            .fields
            .iter()
            .map(|f| (!f.any).then(|| (0..64).filter(|v| f.contains(*v)).collect()))
            .collect())
    }

    fn any() -> Option<Vec<u32>> {
        None
    }

    fn only(values: &[u32]) -> Option<Vec<u32>> {
        Some(values.to_vec())
    }

    /// Expected sets were produced by the reference's `crontab` package.
    #[test]
    fn parsing_matches_the_reference() {
        assert_eq!(
            sets("*/15 * * * *"),
            Ok(vec![only(&[0, 15, 30, 45]), any(), any(), any(), any()])
        );
        assert_eq!(
            sets("0-30/10 9-17 * * 1-5"),
            Ok(vec![
                only(&[0, 10, 20, 30]),
                only(&[9, 10, 11, 12, 13, 14, 15, 16, 17]),
                any(),
                any(),
                only(&[1, 2, 3, 4, 5]),
            ])
        );
        assert_eq!(
            sets("5/10 * * * *"),
            Ok(vec![
                only(&[5, 15, 25, 35, 45, 55]),
                any(),
                any(),
                any(),
                any()
            ])
        );
        assert_eq!(
            sets("* * * * 7"),
            Ok(vec![any(), any(), any(), any(), only(&[0])])
        );
        assert_eq!(
            sets("* * * * 5-0"),
            Ok(vec![any(), any(), any(), any(), only(&[0, 5, 6])])
        );
        assert_eq!(
            sets("* * * * 1-7/3"),
            Ok(vec![any(), any(), any(), any(), only(&[0, 1, 4])])
        );
        assert_eq!(
            sets("* */23 * * *"),
            Ok(vec![any(), only(&[0, 23]), any(), any(), any()])
        );
        assert_eq!(
            sets("*/5,* * * * *"),
            Ok(vec![any(), any(), any(), any(), any()])
        );
        assert_eq!(
            sets("* * * * 0-7/2"),
            Ok(vec![any(), any(), any(), any(), only(&[0, 2, 4, 6])])
        );
        assert_eq!(
            sets("* * * * */2"),
            Ok(vec![any(), any(), any(), any(), only(&[0, 2, 4, 6])])
        );
        assert_eq!(
            sets("* * 31 2 *"),
            Ok(vec![any(), any(), only(&[31]), only(&[2]), any()])
        );
        assert_eq!(
            sets("* 23,0-8 * * 1-5"),
            Ok(vec![
                any(),
                only(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 23]),
                any(),
                any(),
                only(&[1, 2, 3, 4, 5]),
            ])
        );
    }

    /// Each of these is refused by the reference's `crontab` package too.
    #[test]
    fn invalid_expressions_are_refused() {
        for bad in [
            "50/20 * * * *",
            "* */24 * * *",
            "* * 0 * *",
            "* * * 13 *",
            "1,,2 * * * *",
            "1-2-3 * * * *",
            "*/0 * * * *",
            "* * * * 7/1",
            "5-3 * * * *",
            "-5 * * * *",
            "60 * * * *",
            "* * * * 8",
            "*/ * * * *",
            "1/2/3 * * * *",
            "59/1 * * * *",
            "99999999999 * * * *",
            "* * * *",
            "* * * * * *",
            "a * * * *",
        ] {
            assert!(CronSchedule::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn errors_name_the_field() {
        let err = CronSchedule::parse("* 25 * * *").expect_err("hour 25");
        assert_eq!(
            err.to_string(),
            "invalid hour field \"25\": 25 is out of range 0-23"
        );
    }

    #[test]
    fn matching_uses_all_five_fields() {
        // 2024-01-01 was a Monday.
        let monday_9_30 = Utc.with_ymd_and_hms(2024, 1, 1, 9, 30, 59).single();
        let monday_9_30 = monday_9_30.expect("valid time");
        let check = |e: &str| CronSchedule::parse(e).map(|s| s.matches(&monday_9_30));
        assert_eq!(check("* 9-22 * * 1-5"), Ok(true));
        assert_eq!(check("* 9-22 * * 6,7"), Ok(false));
        assert_eq!(check("30 9 1 1 1"), Ok(true));
        assert_eq!(check("31 9 1 1 1"), Ok(false));
        assert_eq!(check("*/15 * * * *"), Ok(true));
        assert_eq!(check("*/20 * * * *"), Ok(false));
        assert_eq!(check("* * * 2 *"), Ok(false));
        // Day and weekday must both match: the 1st, but not a Sunday.
        assert_eq!(check("* * 1 * 0"), Ok(false));
    }

    #[test]
    fn sunday_is_zero_and_seven() {
        let sunday = Utc
            .with_ymd_and_hms(2024, 1, 7, 0, 0, 0)
            .single()
            .expect("valid time");
        for e in ["* * * * 0", "* * * * 7", "* * * * 6-0", "* * * * 6,7"] {
            assert_eq!(
                CronSchedule::parse(e).map(|s| s.matches(&sunday)),
                Ok(true),
                "{e}"
            );
        }
    }

    #[test]
    fn random_field_text_never_panics() {
        let alphabet = b"0123456789,*/-";
        let mut state: u32 = 12345;
        for _ in 0..5000 {
            let mut fields = Vec::new();
            for _ in 0..5 {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                let len = 1 + (state >> 16) % 7;
                let text: String = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        let i = usize::try_from((state >> 16) % 14).unwrap_or(0);
                        char::from(alphabet[i])
                    })
                    .collect();
                fields.push(text);
            }
            let _ = CronSchedule::parse(&fields.join(" "));
        }
    }
}
