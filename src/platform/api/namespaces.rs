//! Namespaces group apps; `default` always exists and cannot be deleted.

use super::{check_name, parse_json};
use crate::model::{Empty, Namespace, NamespaceList};
use crate::platform::error::{ApiError, ApiResult};
use crate::platform::store::{NamespaceRow, Store};
use crate::platform::State;
use axum::body::Bytes;
use axum::extract::{Path, State as AxState};
use axum::routing::get;
use axum::{Json, Router};
use std::sync::Arc;

type St = AxState<Arc<State>>;

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/api/namespaces/v1/namespaces", get(list).put(create))
        .route(
            "/api/namespaces/v1/namespaces/{name}",
            get(fetch).delete(remove),
        )
}

pub async fn ensure_default(store: &Store) -> ApiResult<()> {
    Ok(store
        .ensure_default_namespace(crate::model::now_rfc3339())
        .await?)
}

fn to_namespace(row: NamespaceRow) -> Namespace {
    Namespace {
        name: row.name,
        labels: row.labels.and_then(|l| serde_json::from_str(&l).ok()),
        created_at: Some(row.created_at),
    }
}

async fn list(AxState(st): St) -> ApiResult<Json<NamespaceList>> {
    let rows = st.store.namespaces().await?;
    Ok(Json(NamespaceList {
        namespaces: rows.into_iter().map(to_namespace).collect(),
    }))
}

async fn fetch(AxState(st): St, Path(name): Path<String>) -> ApiResult<Json<Namespace>> {
    Ok(Json(to_namespace(st.store.namespace(&name).await?)))
}

async fn create(AxState(st): St, body: Bytes) -> ApiResult<Json<Namespace>> {
    let ns: Namespace = parse_json(&body)?;
    check_name("namespace", &ns.name)?;
    let labels = ns
        .labels
        .as_ref()
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::to_string(l).unwrap_or_default());
    let row = NamespaceRow {
        name: ns.name,
        labels,
        created_at: crate::model::now_rfc3339(),
    };
    Ok(Json(to_namespace(st.store.create_namespace(row).await?)))
}

async fn remove(AxState(st): St, Path(name): Path<String>) -> ApiResult<Json<Empty>> {
    if name == "default" {
        return Err(ApiError::precondition(
            "namespace \"default\" cannot be deleted",
        ));
    }
    st.store.delete_namespace(&name).await?;
    Ok(Json(Empty {}))
}
