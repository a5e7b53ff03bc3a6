//! The reference's `everai.utils.datetime.format_datetime`.

use chrono::{DateTime, Datelike, FixedOffset, Local, Offset, TimeZone, Timelike, Utc};

/// What the reference shows instead of the Unix epoch (a zero timestamp).
const EPOCH_UTC: &str = "1970-01-01T00:00:00+0000";

/// Formats an RFC 3339 timestamp like the reference: in UTC, or in the local
/// zone when `EVERAI_USE_LOCAL_TIMEZONE` is `true`/`1`/`t` (any case).
/// See [`format_timestamp_with`].
pub fn format_timestamp(rfc3339: &str) -> String {
    let local = std::env::var("EVERAI_USE_LOCAL_TIMEZONE")
        .is_ok_and(|v| matches!(v.to_lowercase().as_str(), "true" | "1" | "t"));
    format_timestamp_with(rfc3339, local)
}

/// Formats an RFC 3339 timestamp (`Z` or an offset, any fraction) as
/// `strftime("%Y-%m-%dT%H:%M:%S%z")` in UTC or the local zone: the fraction
/// is dropped, not rounded. Text that does not parse is returned unchanged.
///
/// Like the reference, the result is empty when it reads
/// `1970-01-01T00:00:00+0000`, i.e. the epoch shown in UTC; in a local zone
/// with another offset the epoch prints as a normal time.
pub fn format_timestamp_with(rfc3339: &str, local: bool) -> String {
    let Ok(t) = DateTime::parse_from_rfc3339(rfc3339) else {
        return rfc3339.to_string();
    };
    let formatted = if local {
        strftime(&t.with_timezone(&Local))
    } else {
        strftime(&t.with_timezone(&Utc))
    };
    if formatted == EPOCH_UTC {
        String::new()
    } else {
        formatted
    }
}

/// `%Y-%m-%dT%H:%M:%S%z` as Python prints it on Linux: the year is not
/// zero-padded (`1-01-01T…` for year 1) and `%z` adds seconds only when the
/// offset has them.
fn strftime<Tz: TimeZone>(t: &DateTime<Tz>) -> String {
    let offset: FixedOffset = t.offset().fix();
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    let mut zone = format!("{sign}{:02}{:02}", abs / 3600, abs / 60 % 60);
    if abs % 60 != 0 {
        zone.push_str(&format!("{:02}", abs % 60));
    }
    format!(
        "{}-{:02}-{:02}T{:02}:{:02}:{:02}{zone}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> String {
        format_timestamp_with(s, false)
    }

    #[test]
    fn utc_formatting() {
        assert_eq!(utc("2024-07-29T02:42:50Z"), "2024-07-29T02:42:50+0000");
        assert_eq!(
            utc("2024-07-29T02:42:50.999999999Z"),
            "2024-07-29T02:42:50+0000"
        );
        assert_eq!(
            utc("2024-07-29T02:42:50.5+08:00"),
            "2024-07-28T18:42:50+0000"
        );
        assert_eq!(
            utc("2024-07-29T23:59:59.123-05:30"),
            "2024-07-30T05:29:59+0000"
        );
        assert_eq!(
            utc("2024-02-29T00:00:00.1234567891234Z"),
            "2024-02-29T00:00:00+0000"
        );
        assert_eq!(utc("2024-07-29t02:42:50z"), "2024-07-29T02:42:50+0000");
        assert_eq!(utc("0001-01-01T00:00:00Z"), "1-01-01T00:00:00+0000");
    }

    #[test]
    fn epoch_is_empty() {
        assert_eq!(utc("1970-01-01T00:00:00Z"), "");
        assert_eq!(utc("1970-01-01T00:00:00.75Z"), "");
        assert_eq!(utc("1970-01-01T08:00:00+08:00"), "");
        assert_eq!(utc("1970-01-01T00:00:01Z"), "1970-01-01T00:00:01+0000");
    }

    #[test]
    fn unparsable_is_unchanged() {
        for s in [
            "",
            "yesterday",
            "2024-07-29",
            "2024-07-29T02:42:50",
            "2024-13-01T00:00:00Z",
        ] {
            assert_eq!(utc(s), s);
        }
    }

    #[test]
    fn local_zone_uses_the_local_offset() {
        let s = "2024-07-29T02:42:50Z";
        let t = DateTime::parse_from_rfc3339(s)
            .unwrap()
            .with_timezone(&Local);
        let got = format_timestamp_with(s, true);
        assert_eq!(got, strftime(&t));
        assert!(got.starts_with(&t.format("%Y-%m-%dT%H:%M:%S").to_string()));
    }

    #[test]
    fn offsets_with_seconds() {
        let zone = FixedOffset::east_opt(5 * 3600 + 30 * 60 + 7).unwrap();
        let t = zone.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap();
        assert_eq!(strftime(&t), "2024-01-02T03:04:05+053007");
        let zone = FixedOffset::west_opt(3600).unwrap();
        let t = zone.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap();
        assert_eq!(strftime(&t), "2024-01-02T03:04:05-0100");
    }
}
