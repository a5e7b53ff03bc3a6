//! "Did you mean" hints for unknown keys.

use super::*;

/// Levenshtein distance, for "did you mean" hints on short names (long
/// keys are never close to a field name, and are not worth the quadratic cost).
pub(super) fn distance(a: &str, b: &str) -> usize {
    if a.chars().count() > 64 || b.chars().count() > 64 {
        return usize::MAX;
    }
    strsim::levenshtein(a, b)
}

pub(super) fn suggestion(key: &str, known: &[&str]) -> Option<String> {
    let lower = key.to_ascii_lowercase();
    if let Some(k) = known.iter().find(|k| k.to_ascii_lowercase() == lower) {
        return Some((*k).to_string());
    }
    if key.len() >= 3 {
        if let Some(k) = known
            .iter()
            .find(|k| k.starts_with(key) || key.starts_with(**k))
        {
            return Some((*k).to_string());
        }
    }
    let best = known
        .iter()
        .map(|k| (distance(key, k), *k))
        .min_by_key(|(d, _)| *d)?;
    (best.0 <= 2 && best.0 < key.chars().count()).then(|| best.1.to_string())
}

pub(super) fn unknown_key_message(object_path: &str, key: &str, known: &[&str]) -> String {
    let mut msg = format!("unknown field {}", quote(key));
    let in_env = object_path.starts_with("spec.env[") && !object_path.contains("envValue");
    if in_env && (key == "value" || key == "valueFrom") {
        msg.push_str(&format!(
            "; env entries take their value under envValue (envValue: {{{key}: ...}})"
        ));
    } else if let Some(s) = suggestion(key, known) {
        msg.push_str(&format!("; did you mean {s}?"));
    } else {
        msg.push_str(&format!("; expected one of: {}", known.join(", ")));
    }
    msg
}
