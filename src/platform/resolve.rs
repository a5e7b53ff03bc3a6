//! Reads `Value`s (literal, configMapKeyRef, secretKeyRef) against the store.
//! Used for worker env and autoscaler arguments, re-read at every use so that
//! `everai configmap update` takes effect without an app update.

use super::error::{ApiError, ApiResult};
use super::store::{KvKind, KvReader};
use crate::model::app::Value;
use base64::Engine;
use std::collections::BTreeMap;

/// The text of `value`, or a message naming what is missing.
pub fn resolve(kv: &KvReader<'_>, value: &Value) -> Result<String, String> {
    if let Some(text) = value.as_literal() {
        return Ok(text.to_string());
    }
    if let Some(r) = value.config_map_key_ref() {
        let (name, key) = (
            r.name.as_deref().unwrap_or(""),
            r.key.as_deref().unwrap_or(""),
        );
        return lookup(kv, KvKind::ConfigMap, name, key);
    }
    if let Some(r) = value.secret_key_ref() {
        let (name, key) = (
            r.name.as_deref().unwrap_or(""),
            r.key.as_deref().unwrap_or(""),
        );
        let encoded = lookup(kv, KvKind::Secret, name, key)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| format!("secret \"{name}\" key \"{key}\" is not valid base64"))?;
        return String::from_utf8(bytes)
            .map_err(|_| format!("secret \"{name}\" key \"{key}\" is not UTF-8 text"));
    }
    Err("a value has neither `value` nor `valueFrom`".to_string())
}

/// All keys of a configmap or secret (secrets decoded), for volume files.
pub fn whole(
    kv: &KvReader<'_>,
    kind: KvKind,
    name: &str,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    read_data(kv, kind, name)?
        .into_iter()
        .map(|(k, v)| {
            if kind == KvKind::Secret {
                base64::engine::general_purpose::STANDARD
                    .decode(&v)
                    .map(|b| (k.clone(), b))
                    .map_err(|_| format!("secret \"{name}\" key \"{k}\" is not valid base64"))
            } else {
                Ok((k, v.into_bytes()))
            }
        })
        .collect()
}

/// The stored data of a configmap or secret (secret values still base64).
fn read_data(
    kv: &KvReader<'_>,
    kind: KvKind,
    name: &str,
) -> Result<BTreeMap<String, String>, String> {
    let row = kv
        .get(kind, name)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{kind} \"{name}\" not found"))?;
    serde_json::from_str(&row.data).map_err(|e| e.to_string())
}

fn lookup(kv: &KvReader<'_>, kind: KvKind, name: &str, key: &str) -> Result<String, String> {
    read_data(kv, kind, name)?
        .get(key)
        .cloned()
        .ok_or_else(|| format!("{kind} \"{name}\" has no key \"{key}\""))
}

/// Convenience for handlers: a resolution failure as a 400.
pub fn resolve_api(kv: &KvReader<'_>, value: &Value) -> ApiResult<String> {
    resolve(kv, value).map_err(ApiError::precondition)
}
