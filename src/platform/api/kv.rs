//! Configmaps and secrets: the same five operations under two prefixes.

use super::{check_name, parse_json};
use crate::model::{ConfigMapList, Empty, KeyValueBody, KeyValueObject, SecretList};
use crate::platform::error::{ApiError, ApiResult};
use crate::platform::store::{KvRow, KvWrite};
use crate::platform::State;
use axum::body::Bytes;
use axum::extract::{Path, State as AxState};
use axum::routing::get;
use axum::{Json, Router};
use base64::Engine;
use std::sync::Arc;

/// Kubernetes' limit for one configmap or secret.
pub const MAX_OBJECT_BYTES: usize = 1024 * 1024;

pub use crate::platform::store::KvKind as Kind;

type St = AxState<Arc<State>>;

pub fn routes(kind: Kind) -> Router<Arc<State>> {
    let (list_path, item_path) = match kind {
        Kind::ConfigMap => ("/api/configmaps/v1/configmaps", "/api/configmaps/v1/{name}"),
        Kind::Secret => ("/api/secrets/v1/secrets", "/api/secrets/v1/{name}"),
    };
    Router::new()
        .route(list_path, get(move |st: St| list(kind, st)))
        .route(
            item_path,
            get(move |st: St, p: Path<String>| fetch(kind, st, p))
                .put(move |st: St, p: Path<String>, b: Bytes| write(kind, st, p, b, false))
                .post(move |st: St, p: Path<String>, b: Bytes| write(kind, st, p, b, true))
                .delete(move |st: St, p: Path<String>| remove(kind, st, p)),
        )
}

fn to_object(row: KvRow) -> ApiResult<KeyValueObject> {
    Ok(KeyValueObject {
        name: row.name,
        data: serde_json::from_str(&row.data)
            .map_err(|e| ApiError::internal(format!("stored data unreadable: {e}")))?,
        labels: row
            .labels
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(|e| ApiError::internal(format!("stored labels unreadable: {e}")))?,
        create_at: Some(row.created_at),
    })
}

async fn list(kind: Kind, AxState(st): St) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let items = st
        .store
        .kv_list(kind)
        .await?
        .into_iter()
        .map(to_object)
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(match kind {
        Kind::ConfigMap => Json(ConfigMapList { configmaps: items }).into_response(),
        Kind::Secret => Json(SecretList { secrets: items }).into_response(),
    })
}

async fn fetch(
    kind: Kind,
    AxState(st): St,
    Path(name): Path<String>,
) -> ApiResult<Json<KeyValueObject>> {
    Ok(Json(to_object(st.store.kv_get(kind, &name).await?)?))
}

fn validate(kind: Kind, name: &str, body: &KeyValueBody) -> ApiResult<()> {
    check_name(kind.key(), name)?;
    let mut size = 0;
    for (key, value) in &body.data {
        let key_ok = !key.is_empty()
            && key.len() <= 253
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !key_ok {
            return Err(ApiError::invalid(format!(
                "invalid {} key \"{key}\": use letters, digits, '-', '_' and '.'",
                kind.key()
            )));
        }
        if kind == Kind::Secret {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(value)
                .map_err(|e| {
                    ApiError::invalid(format!(
                        "secret \"{name}\": data.{key} is not valid base64: {e}"
                    ))
                })?;
            String::from_utf8(decoded).map_err(|_| {
                ApiError::invalid(format!(
                    "secret \"{name}\": data.{key} is not base64 of UTF-8 text"
                ))
            })?;
        }
        size += key.len() + value.len();
    }
    // Labels are stored with the object, so they count toward its size.
    size += body
        .labels
        .iter()
        .flatten()
        .map(|(k, v)| k.len() + v.len())
        .sum::<usize>();
    if size > MAX_OBJECT_BYTES {
        return Err(ApiError::invalid(format!(
            "{} \"{name}\" is too large: {size} bytes of data and labels, the limit is {MAX_OBJECT_BYTES} (1 MiB)",
            kind.key()
        )));
    }
    Ok(())
}

async fn write(
    kind: Kind,
    AxState(st): St,
    Path(name): Path<String>,
    body: Bytes,
    update: bool,
) -> ApiResult<Json<KeyValueObject>> {
    let body: KeyValueBody = parse_json(&body)?;
    validate(kind, &name, &body)?;
    let data = serde_json::to_string(&body.data).map_err(|e| ApiError::internal(e.to_string()))?;
    let labels = body
        .labels
        .as_ref()
        .filter(|l| !l.is_empty())
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| ApiError::internal(e.to_string()))?;
    let object = KvWrite { name, data, labels };
    let now = crate::model::now_rfc3339();
    let row = if update {
        st.store.kv_update(kind, object, now).await?
    } else {
        st.store.kv_create(kind, object, now).await?
    };
    Ok(Json(to_object(row)?))
}

async fn remove(kind: Kind, AxState(st): St, Path(name): Path<String>) -> ApiResult<Json<Empty>> {
    st.store.kv_delete(kind, &name).await?;
    Ok(Json(Empty {}))
}
