//! Lenient number parsing for factor fields.
//!
//! The reference service validates factors with pydantic in "lax" mode, which
//! accepts `3`, `3.0`, `"3"` and `true` for an integer field. We accept the
//! same family of spellings so that a body the reference takes is not refused
//! here, while still refusing fractional values such as `1.5`.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// An `i64` that deserializes from an integer, an integral float, a bool or a
/// numeric string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LaxI64(pub(super) i64);

/// An `f64` that deserializes from any JSON number, a bool or a numeric string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct LaxF64(pub(super) f64);

/// Parses an integer written as text, as pydantic's lax mode does: what
/// Python's `int()` reads, plus an all-zero fraction (`"3.00"`).
pub(super) fn parse_int_text(text: &str) -> Option<i64> {
    let text = text.trim();
    let whole = match text.split_once('.') {
        Some((whole, fraction)) if fraction.bytes().all(|b| b == b'0') => whole,
        Some(_) => return None,
        None => text,
    };
    crate::pycompat::parse_int(whole)
}

/// Converts a float to an integer only when it has no fractional part and
/// fits; `i64::MAX as f64` rounds up to 2^63, hence the strict upper bound.
fn integral_f64(value: f64) -> Option<i64> {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63
    if value.is_finite() && value.fract() == 0.0 && (-LIMIT..LIMIT).contains(&value) {
        // In range and integral, so the cast is exact.
        Some(value as i64)
    } else {
        None
    }
}

struct LaxI64Visitor;

impl Visitor<'_> for LaxI64Visitor {
    type Value = LaxI64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an integer")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<LaxI64, E> {
        Ok(LaxI64(i64::from(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<LaxI64, E> {
        Ok(LaxI64(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<LaxI64, E> {
        i64::try_from(v)
            .map(LaxI64)
            .map_err(|_| E::custom(format!("integer {v} is out of range")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<LaxI64, E> {
        integral_f64(v)
            .map(LaxI64)
            .ok_or_else(|| E::custom(format!("expected an integer, got {v}")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<LaxI64, E> {
        parse_int_text(v)
            .map(LaxI64)
            .ok_or_else(|| E::custom(format!("expected an integer, got {v:?}")))
    }
}

impl<'de> Deserialize<'de> for LaxI64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LaxI64Visitor)
    }
}

struct LaxF64Visitor;

impl Visitor<'_> for LaxF64Visitor {
    type Value = LaxF64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<LaxF64, E> {
        Ok(LaxF64(if v { 1.0 } else { 0.0 }))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<LaxF64, E> {
        Ok(LaxF64(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<LaxF64, E> {
        Ok(LaxF64(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<LaxF64, E> {
        Ok(LaxF64(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<LaxF64, E> {
        v.trim()
            .parse()
            .map(LaxF64)
            .map_err(|_| E::custom(format!("expected a number, got {v:?}")))
    }
}

impl<'de> Deserialize<'de> for LaxF64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LaxF64Visitor)
    }
}

/// `deserialize_with` helper for required integer fields.
pub(super) fn int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    LaxI64::deserialize(deserializer).map(|v| v.0)
}

/// `deserialize_with` helper for optional integer fields (`null` → `None`).
pub(super) fn opt_int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Option::<LaxI64>::deserialize(deserializer).map(|v| v.map(|v| v.0))
}

/// `deserialize_with` helper for required float fields.
pub(super) fn float<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    LaxF64::deserialize(deserializer).map(|v| v.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_of(json: &str) -> Result<i64, serde_json::Error> {
        serde_json::from_str::<LaxI64>(json).map(|v| v.0)
    }

    #[test]
    fn integers_in_every_spelling_the_reference_takes() {
        assert_eq!(int_of("3").ok(), Some(3));
        assert_eq!(int_of("-3").ok(), Some(-3));
        assert_eq!(int_of("3.0").ok(), Some(3));
        assert_eq!(int_of("\" 3 \"").ok(), Some(3));
        assert_eq!(int_of("\"+3\"").ok(), Some(3));
        assert_eq!(int_of("\"3.00\"").ok(), Some(3));
        assert_eq!(int_of("true").ok(), Some(1));
        assert_eq!(int_of("9223372036854775807").ok(), Some(i64::MAX));
    }

    #[test]
    fn fractions_and_garbage_are_refused() {
        for bad in [
            "1.5",
            "\"1.5\"",
            "\"abc\"",
            "\"\"",
            "\"-\"",
            "null",
            "[]",
            "{}",
            "1e300",
            "18446744073709551615",
            "\"99999999999999999999\"",
        ] {
            assert!(int_of(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn floats_accept_ints_and_strings() {
        let f = |json: &str| serde_json::from_str::<LaxF64>(json).map(|v| v.0).ok();
        assert_eq!(f("1"), Some(1.0));
        assert_eq!(f("1.25"), Some(1.25));
        assert_eq!(f("\" 2.5\""), Some(2.5));
        assert_eq!(f("\"x\""), None);
    }
}
