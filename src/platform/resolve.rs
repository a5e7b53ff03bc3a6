//! Reads `Value`s (literal, configMapKeyRef, secretKeyRef) against the store.
//! Used for worker env and autoscaler arguments, re-read at every use so that
//! `everai configmap update` takes effect without an app update.

use super::store::{KvKind, KvReader};
use crate::model::app::Value;
use crate::model::{decode_secret, utf8_text, ResolveError, ValueSource};
use std::collections::BTreeMap;

/// The text of `value`, or what is missing.
pub fn resolve(kv: &KvReader<'_>, value: &Value) -> Result<String, ResolveError> {
    let (kind, name, key) = match value.source()? {
        ValueSource::Literal(text) => return Ok(text.to_string()),
        ValueSource::Key { kind, name, key } => (kind, name, key),
    };
    if kind == "configmap" {
        return lookup(kv, KvKind::ConfigMap, name, key);
    }
    let encoded = lookup(kv, KvKind::Secret, name, key)?;
    utf8_text(kind, name, key, decode_secret(name, key, &encoded)?)
}

/// All keys of a configmap or secret (secrets decoded), for volume files.
pub fn whole(
    kv: &KvReader<'_>,
    kind: KvKind,
    name: &str,
) -> Result<Vec<(String, Vec<u8>)>, ResolveError> {
    read_data(kv, kind, name)?
        .into_iter()
        .map(|(k, v)| match kind {
            KvKind::Secret => decode_secret(name, &k, &v).map(|b| (k, b)),
            KvKind::ConfigMap => Ok((k, v.into_bytes())),
        })
        .collect()
}

/// The stored data of a configmap or secret (secret values still base64).
fn read_data(
    kv: &KvReader<'_>,
    kind: KvKind,
    name: &str,
) -> Result<BTreeMap<String, String>, ResolveError> {
    let unreadable = |e: &dyn std::fmt::Display| ResolveError::Unreadable(e.to_string());
    let row = kv
        .get(kind, name)
        .map_err(|e| unreadable(&e))?
        .ok_or_else(|| ResolveError::NotFound {
            kind: kind.key(),
            name: name.to_string(),
        })?;
    serde_json::from_str(&row.data).map_err(|e| unreadable(&e))
}

fn lookup(kv: &KvReader<'_>, kind: KvKind, name: &str, key: &str) -> Result<String, ResolveError> {
    read_data(kv, kind, name)?
        .remove(key)
        .ok_or_else(|| ResolveError::NoKey {
            kind: kind.key(),
            name: name.to_string(),
            key: key.to_string(),
        })
}
