//! Namespaces group apps; `default` always exists and cannot be deleted.

use super::{check_name, parse_json};
use crate::model::{Empty, Namespace, NamespaceList};
use crate::platform::error::{ApiError, ApiResult};
use crate::platform::store::Store;
use crate::platform::State;
use axum::body::Bytes;
use axum::extract::{Path, State as AxState};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::OptionalExtension;
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
    let now = crate::model::now_rfc3339();
    store
        .call(move |c| {
            c.execute(
                "INSERT OR IGNORE INTO namespaces (name, labels, created_at) VALUES ('default', NULL, ?1)",
                [&now],
            )?;
            Ok(())
        })
        .await
}

fn row_to_namespace(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, Option<String>, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
}

fn to_namespace((name, labels, created_at): (String, Option<String>, String)) -> Namespace {
    Namespace {
        name,
        labels: labels.and_then(|l| serde_json::from_str(&l).ok()),
        created_at: Some(created_at),
    }
}

/// Whether namespace `name` exists (apps check it on create).
pub fn exists(c: &rusqlite::Connection, name: &str) -> rusqlite::Result<bool> {
    c.query_row("SELECT 1 FROM namespaces WHERE name = ?1", [name], |_| {
        Ok(())
    })
    .optional()
    .map(|r| r.is_some())
}

async fn list(AxState(st): St) -> ApiResult<Json<NamespaceList>> {
    let rows = st
        .store
        .call(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT name, labels, created_at FROM namespaces ORDER BY created_at, name",
            )?;
            let rows = stmt.query_map([], row_to_namespace)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await?;
    Ok(Json(NamespaceList {
        namespaces: rows.into_iter().map(to_namespace).collect(),
    }))
}

async fn fetch(AxState(st): St, Path(name): Path<String>) -> ApiResult<Json<Namespace>> {
    let n = name.clone();
    let row = st
        .store
        .call(move |c| {
            Ok(c.query_row(
                "SELECT name, labels, created_at FROM namespaces WHERE name = ?1",
                [&n],
                row_to_namespace,
            )
            .optional()?)
        })
        .await?
        .ok_or_else(|| ApiError::not_found("namespace", &name))?;
    Ok(Json(to_namespace(row)))
}

async fn create(AxState(st): St, body: Bytes) -> ApiResult<Json<Namespace>> {
    let ns: Namespace = parse_json(&body)?;
    check_name("namespace", &ns.name)?;
    let labels = ns
        .labels
        .as_ref()
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::to_string(l).unwrap_or_default());
    let now = crate::model::now_rfc3339();
    let name = ns.name.clone();
    let inserted = st
        .store
        .call(move |c| {
            Ok(c.execute(
                "INSERT OR IGNORE INTO namespaces (name, labels, created_at) VALUES (?1, ?2, ?3)",
                (&name, &labels, &now),
            )?)
        })
        .await?;
    if inserted == 0 {
        return Err(ApiError::already_exists("namespace", &ns.name));
    }
    fetch(AxState(st), Path(ns.name)).await
}

async fn remove(AxState(st): St, Path(name): Path<String>) -> ApiResult<Json<Empty>> {
    if name == "default" {
        return Err(ApiError::precondition(
            "namespace \"default\" cannot be deleted",
        ));
    }
    let n = name.clone();
    st.store
        .call(move |c| {
            let apps: i64 = c.query_row(
                "SELECT COUNT(*) FROM apps WHERE namespace = ?1",
                [&n],
                |r| r.get(0),
            )?;
            if apps > 0 {
                return Err(ApiError::precondition(format!(
                    "namespace \"{n}\" still has {apps} app(s); delete them first"
                )));
            }
            if c.execute("DELETE FROM namespaces WHERE name = ?1", [&n])? == 0 {
                return Err(ApiError::not_found("namespace", &n));
            }
            Ok(())
        })
        .await?;
    Ok(Json(Empty {}))
}
