//! Time zones for the `time-match` decorator, without a tz database.
//!
//! Supported: `UTC` and its aliases, fixed offsets (`+08:00`, `-0530`,
//! `UTC+8`, `GMT-03:30`), IANA `Etc/GMT±N` (POSIX sign: `Etc/GMT-8` is UTC+8)
//! and a table of zone names that keep one offset all year (no daylight
//! saving), such as `Asia/Shanghai`. Names are matched case-insensitively, as
//! pytz does. Any other name is an error: silently using UTC for a zone with
//! daylight saving would shift the windows by an hour half of the year.

use chrono::FixedOffset;

/// IANA names without daylight saving, with their offset in minutes east.
const FIXED_ZONES: &[(&str, i32)] = &[
    ("Africa/Abidjan", 0),
    ("Africa/Accra", 0),
    ("Africa/Algiers", 60),
    ("Africa/Johannesburg", 120),
    ("Africa/Lagos", 60),
    ("Africa/Nairobi", 180),
    ("America/Argentina/Buenos_Aires", -180),
    ("America/Bogota", -300),
    ("America/Buenos_Aires", -180),
    ("America/Caracas", -240),
    ("America/Lima", -300),
    ("America/Phoenix", -420),
    ("America/Puerto_Rico", -240),
    ("America/Sao_Paulo", -180),
    ("Asia/Bangkok", 420),
    ("Asia/Calcutta", 330),
    ("Asia/Chongqing", 480),
    ("Asia/Chungking", 480),
    ("Asia/Colombo", 330),
    ("Asia/Dhaka", 360),
    ("Asia/Dubai", 240),
    ("Asia/Harbin", 480),
    ("Asia/Ho_Chi_Minh", 420),
    ("Asia/Hong_Kong", 480),
    ("Asia/Jakarta", 420),
    ("Asia/Kabul", 270),
    ("Asia/Karachi", 300),
    ("Asia/Kathmandu", 345),
    ("Asia/Kolkata", 330),
    ("Asia/Kuala_Lumpur", 480),
    ("Asia/Macao", 480),
    ("Asia/Macau", 480),
    ("Asia/Manila", 480),
    ("Asia/Qatar", 180),
    ("Asia/Riyadh", 180),
    ("Asia/Saigon", 420),
    ("Asia/Seoul", 540),
    ("Asia/Shanghai", 480),
    ("Asia/Singapore", 480),
    ("Asia/Taipei", 480),
    ("Asia/Tashkent", 300),
    ("Asia/Tokyo", 540),
    ("Asia/Yangon", 390),
    ("Australia/Brisbane", 600),
    ("Australia/Darwin", 570),
    ("Australia/Perth", 480),
    ("Europe/Istanbul", 180),
    ("Europe/Minsk", 180),
    ("Europe/Moscow", 180),
    ("Hongkong", 480),
    ("Japan", 540),
    ("Pacific/Honolulu", -600),
    ("PRC", 480),
    ("ROC", 480),
    ("ROK", 540),
    ("Singapore", 480),
    ("Turkey", 180),
    ("US/Arizona", -420),
    ("US/Hawaii", -600),
    ("W-SU", 180),
];

/// Names of UTC itself.
const UTC_NAMES: &[&str] = &[
    "UTC",
    "UCT",
    "GMT",
    "GMT0",
    "GMT+0",
    "GMT-0",
    "Greenwich",
    "Universal",
    "Zulu",
    "Etc/UTC",
    "Etc/UCT",
    "Etc/GMT",
    "Etc/GMT0",
    "Etc/GMT+0",
    "Etc/GMT-0",
    "Etc/Greenwich",
    "Etc/Universal",
    "Etc/Zulu",
];

/// Why a time zone name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTimezone(pub String);

impl std::fmt::Display for UnknownTimezone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown or unsupported timezone {:?}: use UTC, a fixed offset such as +08:00 or \
             UTC+8, Etc/GMT-8, or a zone without daylight saving such as Asia/Shanghai",
            self.0
        )
    }
}

impl std::error::Error for UnknownTimezone {}

/// Resolves a zone name to its (fixed) offset. An empty name means UTC.
pub fn parse_timezone(name: &str) -> Result<FixedOffset, UnknownTimezone> {
    let trimmed = name.trim();
    let unknown = || UnknownTimezone(name.to_owned());
    if trimmed.is_empty() || UTC_NAMES.iter().any(|n| n.eq_ignore_ascii_case(trimmed)) {
        return offset_from_minutes(0).ok_or_else(unknown);
    }
    if let Some((_, minutes)) = FIXED_ZONES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(trimmed))
    {
        return offset_from_minutes(*minutes).ok_or_else(unknown);
    }
    if let Some(rest) = strip_prefix_ignore_case(trimmed, "Etc/GMT") {
        // POSIX sign convention: Etc/GMT+5 is five hours *behind* UTC.
        return posix_hours(rest)
            .and_then(|hours| offset_from_minutes(-hours * 60))
            .ok_or_else(unknown);
    }
    let offset = strip_prefix_ignore_case(trimmed, "UTC")
        .or_else(|| strip_prefix_ignore_case(trimmed, "GMT"))
        .unwrap_or(trimmed);
    signed_offset_minutes(offset)
        .and_then(offset_from_minutes)
        .ok_or_else(unknown)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn offset_from_minutes(minutes: i32) -> Option<FixedOffset> {
    FixedOffset::east_opt(minutes.checked_mul(60)?)
}

/// `+5` / `-12` as in `Etc/GMT+5`: IANA defines -14..=+12 only.
fn posix_hours(text: &str) -> Option<i32> {
    let (sign, digits) = split_sign(text)?;
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits.parse().ok()?;
    let signed = sign * hours;
    (-14..=12).contains(&signed).then_some(signed)
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

    fn minutes(name: &str) -> Option<i32> {
        parse_timezone(name).ok().map(|o| o.local_minus_utc() / 60)
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
    }

    #[test]
    fn etc_gmt_uses_the_posix_sign() {
        assert_eq!(minutes("Etc/GMT-8"), Some(480));
        assert_eq!(minutes("Etc/GMT+5"), Some(-300));
        assert_eq!(minutes("Etc/GMT+13"), None);
    }

    #[test]
    fn named_zones_without_daylight_saving() {
        assert_eq!(minutes("Asia/Shanghai"), Some(480));
        assert_eq!(minutes("asia/shanghai"), Some(480));
        assert_eq!(minutes("Asia/Kolkata"), Some(330));
        assert_eq!(minutes("Asia/Tokyo"), Some(540));
    }

    #[test]
    fn unknown_and_daylight_saving_zones_are_errors() {
        for name in [
            "America/New_York",
            "Europe/London",
            "Mars/Olympus",
            "+15:00",
            "+08:60",
            "+8:0",
            "UTC+",
            "+",
            "08:00",
            "+123",
            "Etc/GMT+x",
        ] {
            let err = parse_timezone(name).expect_err(name);
            assert!(err.to_string().contains("unsupported timezone"), "{err}");
        }
    }
}
