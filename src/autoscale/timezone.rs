//! Time zones for the `time-match` decorator: every IANA zone, daylight
//! saving included (`Europe/Berlin`, `America/New_York`), looked up with
//! jiff in the system's tz database and, where the machine has none (a
//! fresh Debian without `tzdata`), in the copy bundled into the binary.
//! Names match case-insensitively, as pytz does. Fixed offsets (`+08:00`,
//! `-0530`, `UTC+8`, `GMT-03:30`) are accepted too; an empty name is UTC.

use chrono::{DateTime, FixedOffset, Utc};
use jiff::tz::{Offset, TimeZone};

/// Why a time zone name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTimezone(pub String);

impl std::fmt::Display for UnknownTimezone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown timezone {:?}: use an IANA name such as Europe/Berlin or Asia/Shanghai, \
             UTC, or a fixed offset such as +08:00",
            self.0
        )
    }
}

impl std::error::Error for UnknownTimezone {}

/// Resolves a zone name. An empty name means UTC.
pub fn parse_timezone(name: &str) -> Result<TimeZone, UnknownTimezone> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Ok(TimeZone::UTC);
    }
    let offset_text = strip_prefix_ignore_case(trimmed, "UTC")
        .or_else(|| strip_prefix_ignore_case(trimmed, "GMT"))
        .unwrap_or(trimmed);
    if let Some(minutes) = signed_offset_minutes(offset_text) {
        return Offset::from_seconds(minutes * 60)
            .map(TimeZone::fixed)
            .map_err(|_| UnknownTimezone(name.to_owned()));
    }
    TimeZone::get(trimmed).map_err(|_| UnknownTimezone(name.to_owned()))
}

/// The UTC offset `zone` has at `now` (it changes with daylight saving).
pub fn offset_at(zone: &TimeZone, now: DateTime<Utc>) -> FixedOffset {
    let seconds = jiff::Timestamp::from_second(now.timestamp())
        .map(|t| zone.to_offset(t).seconds())
        .unwrap_or(0);
    FixedOffset::east_opt(seconds).unwrap_or_else(|| chrono::Offset::fix(&Utc))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn split_sign(text: &str) -> Option<(i32, &str)> {
    if let Some(rest) = text.strip_prefix('+') {
        Some((1, rest))
    } else {
        text.strip_prefix('-').map(|rest| (-1, rest))
    }
}

/// `+8`, `+08`, `+0800`, `+08:00`, `-5:30` → minutes east of UTC, at most 14
/// hours either way.
fn signed_offset_minutes(text: &str) -> Option<i32> {
    let (sign, rest) = split_sign(text)?;
    let (hours, minutes) = match rest.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None if rest.len() == 4 => rest.split_at(2),
        None => (rest, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if minutes >= 60 || hours * 60 + minutes > 14 * 60 {
        return None;
    }
    Some(sign * (hours * 60 + minutes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn minutes_at(name: &str, now: DateTime<Utc>) -> Option<i32> {
        parse_timezone(name)
            .ok()
            .map(|z| offset_at(&z, now).local_minus_utc() / 60)
    }

    fn minutes(name: &str) -> Option<i32> {
        minutes_at(name, Utc.with_ymd_and_hms(2024, 1, 15, 12, 0, 0).unwrap())
    }

    #[test]
    fn utc_and_aliases() {
        for name in ["", "UTC", "utc", "Etc/UTC", "GMT", "Zulu", "Etc/GMT+0"] {
            assert_eq!(minutes(name), Some(0), "{name}");
        }
    }

    #[test]
    fn fixed_offsets() {
        assert_eq!(minutes("+08:00"), Some(480));
        assert_eq!(minutes("+8"), Some(480));
        assert_eq!(minutes("-0530"), Some(-330));
        assert_eq!(minutes("UTC+8"), Some(480));
        assert_eq!(minutes("utc-03:30"), Some(-210));
        assert_eq!(minutes("GMT+5:45"), Some(345));
        assert_eq!(minutes("+14:00"), Some(840));
        assert_eq!(minutes("Etc/GMT-8"), Some(480), "POSIX sign");
        assert_eq!(minutes("Etc/GMT+5"), Some(-300), "POSIX sign");
    }

    #[test]
    fn daylight_saving_zones_follow_the_season() {
        let winter = Utc.with_ymd_and_hms(2024, 1, 15, 12, 0, 0).unwrap();
        let summer = Utc.with_ymd_and_hms(2024, 7, 15, 12, 0, 0).unwrap();
        assert_eq!(minutes_at("Europe/Berlin", winter), Some(60));
        assert_eq!(minutes_at("Europe/Berlin", summer), Some(120));
        assert_eq!(minutes_at("America/New_York", winter), Some(-300));
        assert_eq!(minutes_at("america/new_york", summer), Some(-240));
        assert_eq!(minutes("Asia/Shanghai"), Some(480));
        assert_eq!(minutes("Asia/Kolkata"), Some(330));
    }

    #[test]
    fn unknown_names_are_errors() {
        for name in [
            "Mars/Olympus",
            "+15:00",
            "+08:60",
            "+8:0",
            "UTC+",
            "+",
            "08:00",
            "+123",
        ] {
            let err = parse_timezone(name).expect_err(name);
            assert!(err.to_string().contains("unknown timezone"), "{err}");
        }
    }
}
