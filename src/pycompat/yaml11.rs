//! PyYAML's YAML 1.1 scalar typing, for both directions: which plain
//! scalars its implicit resolvers read as something other than a string
//! (the loader types them, the emitter must quote such strings), and how it
//! constructs ints and floats from them. The reference reads manifests with
//! `yaml.safe_load` and prints documents with `yaml.dump`.

/// The tag PyYAML's implicit resolvers give a plain scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Implicit {
    Null,
    Bool(bool),
    Int,
    Float,
    Timestamp,
    /// `<<`
    Merge,
    /// `=`
    Value,
    /// `!`, `&`, `*`
    Yaml,
    Str,
}

/// The implicit tag of a plain scalar. Resolvers are chosen by the first
/// character, then tried in PyYAML's order (bool, float, int, merge, null,
/// timestamp, value, yaml).
pub fn implicit_tag(v: &str) -> Implicit {
    let b = v.as_bytes();
    match v.chars().next() {
        None => Implicit::Null,
        Some('y' | 'Y' | 'n' | 'N' | 't' | 'T' | 'f' | 'F' | 'o' | 'O') => {
            if let Some(value) = bool_value(v) {
                Implicit::Bool(value)
            } else if matches!(v, "null" | "Null" | "NULL") {
                Implicit::Null
            } else {
                Implicit::Str
            }
        }
        Some('-' | '+' | '.') if is_float(b) => Implicit::Float,
        Some('-' | '+') if is_int(b) => Implicit::Int,
        Some('0'..='9') if is_float(b) => Implicit::Float,
        Some('0'..='9') if is_int(b) => Implicit::Int,
        Some('0'..='9') if is_timestamp(b) => Implicit::Timestamp,
        Some('~') if v == "~" => Implicit::Null,
        Some('<') if v == "<<" => Implicit::Merge,
        Some('=') if v == "=" => Implicit::Value,
        Some('!' | '&' | '*') if matches!(v, "!" | "&" | "*") => Implicit::Yaml,
        _ => Implicit::Str,
    }
}

/// The booleans of YAML 1.1 as PyYAML spells them (`y`/`n` are strings).
fn bool_value(v: &str) -> Option<bool> {
    match v {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => Some(true),
        "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => Some(false),
        _ => None,
    }
}

/// PyYAML `construct_yaml_bool` (used for `!!bool`): any case.
pub fn construct_bool(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "yes" | "true" | "on" => Some(true),
        "no" | "false" | "off" => Some(false),
        _ => None,
    }
}

/// Length of the longest prefix of `b` whose bytes satisfy `f`.
fn span(b: &[u8], f: impl Fn(u8) -> bool) -> usize {
    b.iter().position(|&c| !f(c)).unwrap_or(b.len())
}

fn skip_sign(b: &[u8]) -> &[u8] {
    match b.first() {
        Some(b'-' | b'+') => &b[1..],
        _ => b,
    }
}

fn digit_or_underscore(c: u8) -> bool {
    c.is_ascii_digit() || c == b'_'
}

/// `(?::[0-5]?[0-9])+`: consumes sexagesimal groups, returns the rest, or
/// `None` when there is not at least one.
fn sexagesimal(mut b: &[u8]) -> Option<&[u8]> {
    let mut groups = 0;
    while let Some(rest) = b.strip_prefix(b":") {
        let n = span(rest, |c| c.is_ascii_digit()).min(2);
        let ok = match n {
            1 => true,
            2 => rest[0] <= b'5',
            _ => false,
        };
        if !ok {
            break;
        }
        b = &rest[n..];
        groups += 1;
    }
    (groups > 0).then_some(b)
}

/// The float resolver's pattern.
fn is_float(b: &[u8]) -> bool {
    let exponent_ok = |r: &[u8]| match r {
        [] => true,
        [b'e' | b'E', b'-' | b'+', digits @ ..] => {
            !digits.is_empty() && digits.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    };
    let unsigned = skip_sign(b);
    // [-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?
    if unsigned.first().is_some_and(u8::is_ascii_digit) {
        let n = span(unsigned, digit_or_underscore);
        if let Some(frac) = unsigned[n..].strip_prefix(b".") {
            if exponent_ok(&frac[span(frac, digit_or_underscore)..]) {
                return true;
            }
        }
        // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        if let Some(rest) = sexagesimal(&unsigned[n..]) {
            if let Some(frac) = rest.strip_prefix(b".") {
                if span(frac, digit_or_underscore) == frac.len() {
                    return true;
                }
            }
        }
    }
    // \.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    if let Some(frac) = b.strip_prefix(b".") {
        if frac.first().is_some_and(u8::is_ascii_digit)
            && exponent_ok(&frac[span(frac, digit_or_underscore)..])
        {
            return true;
        }
    }
    // [-+]?\.(?:inf|Inf|INF) and \.(?:nan|NaN|NAN)
    matches!(unsigned, b".inf" | b".Inf" | b".INF") || matches!(b, b".nan" | b".NaN" | b".NAN")
}

/// The int resolver's pattern.
fn is_int(b: &[u8]) -> bool {
    let u = skip_sign(b);
    let all = |r: &[u8], f: fn(u8) -> bool| !r.is_empty() && r.iter().all(|&c| f(c));
    if let Some(r) = u.strip_prefix(b"0b") {
        if all(r, |c| c == b'0' || c == b'1' || c == b'_') {
            return true;
        }
    }
    if let Some(r) = u.strip_prefix(b"0x") {
        if all(r, |c| c.is_ascii_hexdigit() || c == b'_') {
            return true;
        }
    }
    if let Some(r) = u.strip_prefix(b"0") {
        if r.is_empty() || all(r, |c| (b'0'..=b'7').contains(&c) || c == b'_') {
            return true;
        }
    }
    if u.first().is_some_and(|c| (b'1'..=b'9').contains(c)) {
        let n = span(u, digit_or_underscore);
        if n == u.len() || sexagesimal(&u[n..]).is_some_and(<[u8]>::is_empty) {
            return true;
        }
    }
    false
}

/// The timestamp resolver's pattern: a date, or a date and time with an
/// optional fraction and zone (`Z`, `±h`, `±hh`, `±hh:mm`; not `±hhmm`).
fn is_timestamp(b: &[u8]) -> bool {
    let digits = |r: &[u8], min: usize, max: usize| -> Option<usize> {
        let n = span(r, |c| c.is_ascii_digit()).min(max);
        (n >= min).then_some(n)
    };
    let date = |r: &[u8], loose: bool| -> Option<usize> {
        let (lo, hi) = if loose { (1, 2) } else { (2, 2) };
        let mut i = 4;
        if digits(r, 4, 4)? != 4 {
            return None;
        }
        for _ in 0..2 {
            if r.get(i) != Some(&b'-') {
                return None;
            }
            i += 1;
            i += digits(&r[i..], lo, hi)?;
        }
        Some(i)
    };
    if date(b, false) == Some(b.len()) {
        return true;
    }
    let time = || -> Option<()> {
        let mut i = date(b, true)?;
        match b.get(i) {
            Some(b'T' | b't') => i += 1,
            Some(b' ' | b'\t') => i += span(&b[i..], |c| c == b' ' || c == b'\t'),
            _ => return None,
        }
        i += digits(&b[i..], 1, 2)?;
        for _ in 0..2 {
            if b.get(i) != Some(&b':') {
                return None;
            }
            i += 1;
            if digits(&b[i..], 2, 2)? != 2 {
                return None;
            }
            i += 2;
        }
        if b.get(i) == Some(&b'.') {
            i += 1 + span(&b[i + 1..], |c| c.is_ascii_digit());
        }
        if i == b.len() {
            return Some(());
        }
        i += span(&b[i..], |c| c == b' ' || c == b'\t');
        match b.get(i) {
            Some(b'Z') => i += 1,
            Some(b'-' | b'+') => {
                i += 1;
                i += digits(&b[i..], 1, 2)?;
                if b.get(i) == Some(&b':') && digits(&b[i + 1..], 2, 2) == Some(2) {
                    i += 3;
                }
            }
            _ => return None,
        }
        (i == b.len()).then_some(())
    };
    time().is_some()
}

fn strip_sign(s: &str) -> (bool, &str) {
    if let Some(r) = s.strip_prefix('-') {
        (true, r)
    } else if let Some(r) = s.strip_prefix('+') {
        (false, r)
    } else {
        (false, s)
    }
}

/// PyYAML `construct_yaml_int` (also used for `!!int`).
pub fn construct_int(v: &str) -> Option<(Option<i128>, String)> {
    let cleaned: String = v.chars().filter(|c| *c != '_').collect();
    let (neg, body) = strip_sign(&cleaned);
    if body.is_empty() {
        return None;
    }
    let parse = |digits: &str, radix: u32| -> Option<Option<i128>> {
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        Some(i128::from_str_radix(digits, radix).ok())
    };
    let magnitude: Option<i128> = if body == "0" {
        Some(0)
    } else if let Some(b) = body.strip_prefix("0b") {
        parse(b, 2)?
    } else if let Some(h) = body.strip_prefix("0x") {
        parse(h, 16)?
    } else if body.contains(':') {
        let mut acc: Option<i128> = Some(0);
        for part in body.split(':') {
            let d = parse(part, 10)??;
            acc = acc
                .and_then(|a| a.checked_mul(60))
                .and_then(|a| a.checked_add(d));
        }
        acc
    } else if let Some(o) = body.strip_prefix('0') {
        parse(o, 8)?
    } else {
        parse(body, 10)?
    };
    Some(match magnitude {
        Some(m) => {
            let value = if neg { -m } else { m };
            (Some(value), value.to_string())
        }
        None => {
            // Too large for i128: keep the decimal text when we have it.
            let text = if body.chars().all(|c| c.is_ascii_digit()) {
                format!("{}{}", if neg { "-" } else { "" }, body)
            } else {
                cleaned.clone()
            };
            (None, text)
        }
    })
}

/// PyYAML `construct_yaml_float` (also used for `!!float`).
pub fn construct_float(v: &str) -> Option<f64> {
    let cleaned: String = v
        .chars()
        .filter(|c| *c != '_')
        .collect::<String>()
        .to_lowercase();
    let (neg, body) = strip_sign(&cleaned);
    let sign = if neg { -1.0 } else { 1.0 };
    if body == ".inf" {
        return Some(sign * f64::INFINITY);
    }
    if body == ".nan" {
        return Some(f64::NAN);
    }
    if body.contains(':') {
        let mut acc = 0.0f64;
        for part in body.split(':') {
            let d: f64 = part.parse().ok()?;
            acc = acc * 60.0 + d;
        }
        return Some(sign * acc);
    }
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.e".contains(&b))
    {
        return None;
    }
    body.parse::<f64>().ok().map(|f| sign * f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn implicit_tags() {
        assert_eq!(implicit_tag(""), Implicit::Null);
        assert_eq!(implicit_tag("Off"), Implicit::Bool(false));
        assert_eq!(implicit_tag("y"), Implicit::Str);
        assert_eq!(implicit_tag("010"), Implicit::Int);
        assert_eq!(implicit_tag("1:30"), Implicit::Int);
        assert_eq!(implicit_tag("1_000"), Implicit::Int);
        assert_eq!(implicit_tag("09"), Implicit::Str);
        assert_eq!(implicit_tag(".5"), Implicit::Float);
        assert_eq!(implicit_tag("+.5"), Implicit::Str);
        assert_eq!(implicit_tag("1e3"), Implicit::Str);
        assert_eq!(implicit_tag("2024-06-18"), Implicit::Timestamp);
        assert_eq!(implicit_tag("<<"), Implicit::Merge);
        assert_eq!(implicit_tag("1 GiB"), Implicit::Str);
    }

    #[test]
    fn constructors() {
        assert_eq!(construct_int("0x1F"), Some((Some(31), "31".into())));
        assert_eq!(construct_int("-1:30"), Some((Some(-90), "-90".into())));
        assert_eq!(construct_float("1_0.5"), Some(10.5));
        assert_eq!(construct_float("-.inf"), Some(f64::NEG_INFINITY));
        assert_eq!(construct_bool("TrUe"), Some(true));
        assert_eq!(construct_bool("y"), None);
    }
}
