//! Re-implementations of the few Python built-ins whose exact behaviour shows
//! in the reference's output or input handling: `str.isspace`/`strip`/
//! `splitlines`, `int()`/`float()` parsing, `repr()` of floats, strings and dicts, and
//! `format(x, "g")`.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::unicode::{ascii_digit, is_printable};

/// Python's `str.isspace()` for one character. Unlike `char::is_whitespace`
/// it includes the information separators U+001C..U+001F.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's `str(bool)`.
pub fn python_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Python's `str.strip()`.
pub(crate) fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Python's `str.rstrip()`.
pub(crate) fn rstrip(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// Python's `len()` of a string: code points.
pub(crate) fn len(s: &str) -> usize {
    s.chars().count()
}

/// Python's `str.splitlines()` (without `keepends`).
pub(crate) fn splitlines(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        lines.push(&s[start..i]);
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = iter.peek() {
                iter.next();
                end = j + 1;
            }
        }
        start = end;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// Splits on every `\r` and every `\n` (Python `re.split("[\r\n]", s)`), so
/// `"\r\n"` yields an empty piece in between.
pub(crate) fn split_cr_lf(s: &str) -> impl Iterator<Item = &str> {
    s.split(['\r', '\n'])
}

/// Accepts `digit ( "_"? digit )*`, the digit groups of Python numeric literals.
fn is_digit_group(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'_')
}

fn strip_sign(s: &str) -> &str {
    s.strip_prefix(['+', '-']).unwrap_or(s)
}

/// Like Python before it parses a number: other scripts' decimal digits
/// become ASCII digits.
fn ascii_digits(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| ascii_digit(c).unwrap_or(c)).collect())
}

/// The decimal literal Python's `int(s)` reads (base 10), normalised to an
/// optional `-` and ASCII digits: surrounding whitespace (Python's
/// `str.isspace`), one sign, digits of any script, single `_` between
/// digits. `None` where `int(s)` raises `ValueError`.
pub fn int_literal(s: &str) -> Option<String> {
    let normalized = ascii_digits(s);
    let t = strip(&normalized);
    let digits = strip_sign(t);
    if !is_digit_group(digits) {
        return None;
    }
    let sign = if t.starts_with('-') { "-" } else { "" };
    Some(format!("{sign}{}", digits.replace('_', "")))
}

/// Whether Python's `int(s)` succeeds (base 10), whatever the size.
pub fn is_int(s: &str) -> bool {
    int_literal(s).is_some()
}

/// Python's `int(s)` (base 10) as an `i64`; `None` where Python raises
/// `ValueError` or the value does not fit.
pub fn parse_int(s: &str) -> Option<i64> {
    int_literal(s)?.parse().ok()
}

/// Python's `float(s)`: `None` where it would raise `ValueError`.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let normalized = ascii_digits(s);
    let t = strip(&normalized);
    let negative = t.starts_with('-');
    let body = strip_sign(t);
    let special = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let int_ok = int_part.is_empty() || is_digit_group(int_part);
    let frac_ok = frac_part.is_none_or(|f| f.is_empty() || is_digit_group(f));
    let has_digits = !int_part.is_empty() || frac_part.is_some_and(|f| !f.is_empty());
    let exp_ok = exponent.is_none_or(|e| is_digit_group(strip_sign(e)));
    if !(int_ok && frac_ok && has_digits && exp_ok) {
        return None;
    }
    let canonical = format!(
        "{}{}.{}e{}",
        if negative { "-" } else { "" },
        if int_part.is_empty() { "0" } else { int_part },
        frac_part.filter(|f| !f.is_empty()).unwrap_or("0"),
        exponent.unwrap_or("0"),
    )
    .replace('_', "");
    canonical.parse().ok()
}

/// Splits Rust's `{:e}` output ("-1.2345e-7") into sign, digits without the
/// point ("12345") and the decimal exponent of the first digit (-7).
fn sci_parts(formatted: &str) -> (bool, String, i32) {
    let (mantissa, exp) = formatted.split_once('e').unwrap_or((formatted, "0"));
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (negative, digits, exp.parse().unwrap_or(0))
}

fn exponent_suffix(exp: i32) -> String {
    format!(
        "e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.unsigned_abs()
    )
}

/// Python's `repr(float)`: the shortest round-tripping digits, in positional
/// notation for 1e-4 <= |x| < 1e16 (always with a fractional part), else
/// scientific with a signed, at least two-digit exponent.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Rust's shortest round-trip digits break exact ties upwards; Python's
    // take the nearest (ties to even) string of that length, which the exact
    // fixed-precision formatting gives, whenever it also round-trips.
    let shortest = format!("{x:e}");
    let len = sci_parts(&shortest).1.len();
    let nearest = format!("{x:.prec$e}", prec = len.saturating_sub(1));
    let chosen = if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        shortest
    };
    let (negative, mut digits, exp) = sci_parts(&chosen);
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let sign = if negative { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        return format!("{sign}{first}{point}{}", exponent_suffix(exp));
    }
    if exp < 0 {
        let zeros = "0".repeat(exp.unsigned_abs() as usize - 1);
        return format!("{sign}0.{zeros}{digits}");
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        let zeros = "0".repeat(int_len - digits.len());
        format!("{sign}{digits}{zeros}.0")
    } else {
        let (int_part, frac) = digits.split_at(int_len);
        format!("{sign}{int_part}.{frac}")
    }
}

fn trim_fraction_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Python's `format(x, "g")`: six significant digits, trailing zeros removed,
/// scientific notation when the exponent is below -4 or at least 6.
pub(crate) fn format_g(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = format!("{x:.5e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        return format!("{}{}", trim_fraction_zeros(mantissa), exponent_suffix(exp));
    }
    let decimals = (5 - exp) as usize;
    trim_fraction_zeros(&format!("{x:.decimals$}")).to_string()
}

/// Python's `repr(str)`.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && is_printable(c) => out.push(c),
            c => {
                let code = c as u32;
                let escaped = if code < 0x100 {
                    format!("\\x{code:02x}")
                } else if code < 0x10000 {
                    format!("\\u{code:04x}")
                } else {
                    format!("\\U{code:08x}")
                };
                out.push_str(&escaped);
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of the value a JSON document decodes to.
pub(crate) fn value_repr(value: &Value) -> String {
    match value {
        Value::Null => "None".into(),
        Value::Bool(b) => python_bool(*b).into(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => float_repr(f),
            _ => n.to_string(),
        },
        Value::String(s) => str_repr(s),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(value_repr).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => dict_repr(map),
    }
}

/// Python's `repr(dict)`: `{'k': 'v', 'n': 1}`, insertion order.
pub(crate) fn dict_repr(map: &Map<String, Value>) -> String {
    let parts: Vec<String> = map
        .iter()
        .map(|(k, v)| format!("{}: {}", str_repr(k), value_repr(v)))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_matches_python() {
        assert!(is_space('\x1c') && is_space('\u{3000}') && is_space('\u{85}'));
        assert!(!is_space('\u{200b}') && !is_space('\u{180e}') && !is_space('x'));
        assert_eq!(strip("\x1f a b\u{a0}"), "a b");
        assert_eq!(rstrip(" a \n"), " a");
    }

    #[test]
    fn splitlines_matches_python() {
        assert_eq!(splitlines(""), Vec::<&str>::new());
        assert_eq!(
            splitlines("a\r\nb\rc\nd\x0be\u{2028}f\n"),
            ["a", "b", "c", "d", "e", "f"]
        );
        assert_eq!(splitlines("\n\nx"), ["", "", "x"]);
    }

    #[test]
    fn int_and_float_parsing() {
        for s in ["0", "007", " 5\n", "+1_000", "-3"] {
            assert!(is_int(s), "{s}");
        }
        assert!(is_int("١٢") && is_int("\u{3000}３"));
        assert_eq!(parse_float("١.٥"), Some(1.5));
        for s in ["", "1__0", "_1", "1_", "1.0", "- 5", "0x10", "¹"] {
            assert!(!is_int(s), "{s}");
        }
        assert_eq!(parse_int(" +1_000\n"), Some(1000));
        assert_eq!(parse_int("-0"), Some(0));
        assert_eq!(parse_int("١٢"), Some(12));
        assert_eq!(parse_int("9223372036854775808"), None);
        assert_eq!(int_literal("-0_7"), Some("-07".to_string()));
        assert_eq!(parse_int("1.0"), None);
        assert_eq!(parse_float("1_0.5"), Some(10.5));
        assert_eq!(parse_float("1e1_0"), Some(1e10));
        assert_eq!(parse_float(" .5 "), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("1e999"), Some(f64::INFINITY));
        for s in [
            "", ".", "e5", "1e", "1._5", "1_.5", "infx", "1.5.2", "--1", "1e+-2",
        ] {
            assert_eq!(parse_float(s), None, "{s}");
        }
    }

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (1.5, "1.5"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (123.0, "123.0"),
            (-0.0, "-0.0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e-300, "1e-300"),
            (f64::MAX, "1.7976931348623157e+308"),
            // Exact ties between two shortest candidates go to the even digit.
            (864386449098314.0 + 0.25, "864386449098314.2"),
            (91673352581770.0 + 0.125, "91673352581770.12"),
            (5e-324, "5e-324"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn format_g_matches_python() {
        let cases = [
            (1000.0, "1000"),
            (1.23456789, "1.23457"),
            (123456.5, "123456"),
            (123457.5, "123458"),
            (1234565.0, "1.23456e+06"),
            (0.000123456789, "0.000123457"),
            (123456789.0, "1.23457e+08"),
            (1e-7, "1e-07"),
            (0.0001, "0.0001"),
            (999999.5, "1e+06"),
            (9.999996, "10"),
            (-0.0, "-0"),
            (1e100, "1e+100"),
            (f64::NAN, "nan"),
            (f64::NEG_INFINITY, "-inf"),
        ];
        for (x, want) in cases {
            assert_eq!(format_g(x), want);
        }
    }

    #[test]
    fn str_repr_matches_python() {
        assert_eq!(str_repr("v"), "'v'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\\b\tc\n\r"), "'a\\\\b\\tc\\n\\r'");
        assert_eq!(str_repr("\x00\x7f\u{a0}\u{ad}"), "'\\x00\\x7f\\xa0\\xad'");
        assert_eq!(
            str_repr("日本\u{200b}\u{e000}😀\u{f0000}"),
            "'日本\\u200b\\ue000😀\\U000f0000'"
        );
    }
}
