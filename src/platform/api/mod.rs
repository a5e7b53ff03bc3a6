//! HTTP routes of the control plane and the bearer-token check.

pub mod apps;
mod exec;
mod kv;
mod namespaces;
mod resources;
pub mod routes;
mod storage;
#[cfg(test)]
mod tests;
mod volumes;

use super::error::{ApiError, ApiResult};
use super::store::Store;
use super::State;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::header::AUTHORIZATION;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::sync::Arc;

/// Largest request body accepted; object limits (1 MiB) are checked in the
/// handlers so that the error can name the object.
const BODY_LIMIT: usize = 8 * 1024 * 1024;

pub fn router(state: Arc<State>) -> Router {
    let control = Router::new()
        .merge(namespaces::routes())
        .merge(kv::routes(kv::Kind::ConfigMap))
        .merge(kv::routes(kv::Kind::Secret))
        .merge(apps::routes())
        .merge(resources::routes())
        .merge(exec::routes())
        .merge(volumes::routes())
        .route_layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .merge(control)
        // Routes check their own auth: public apps need no token.
        .merge(routes::routes())
        // Signed URLs carry their own authorisation.
        .merge(storage::routes())
        .fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                crate::model::grpc_code::NOT_FOUND,
                "no such API path",
            )
        })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

/// First-start content: the namespace `default` exists from the start.
pub async fn seed(store: &Store) -> ApiResult<()> {
    namespaces::ensure_default(store).await
}

/// Compares the bearer token in constant time. The scheme name is
/// case-insensitive (RFC 7235): `bearer`, `Bearer` and `BEARER` all work.
pub fn token_matches(state: &State, header: Option<&axum::http::HeaderValue>) -> bool {
    token_matches_bytes(state, header.map(|h| h.as_bytes()))
}

/// [`token_matches`] on a raw header value (the lean route path).
pub fn token_matches_bytes(state: &State, header: Option<&[u8]>) -> bool {
    let given = header
        .and_then(|h| std::str::from_utf8(h).ok())
        .filter(|h| h.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b)));
    let Some(given) = given.and_then(bearer_token) else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), state.token.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The credentials of an `Authorization: Bearer <token>` value.
fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, credentials) = value.trim_start().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then_some(credentials)
}

async fn require_token(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    if token_matches(&state, request.headers().get(AUTHORIZATION)) {
        Ok(next.run(request).await)
    } else {
        Err(ApiError::unauthenticated())
    }
}

/// Parses a JSON body whatever its Content-Type (curl's `-d` sends a form type).
pub fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}".as_slice()
    } else {
        body
    };
    serde_json::from_slice(body)
        .map_err(|e| ApiError::invalid(format!("invalid request body: {e}")))
}

/// DNS-1123 label check shared by every named object.
pub fn check_name(kind: &str, name: &str) -> ApiResult<()> {
    if crate::model::is_dns1123_label(name) {
        Ok(())
    } else {
        Err(ApiError::invalid(format!(
            "invalid {kind} name \"{name}\": a DNS-1123 label of at most 63 characters ([a-z0-9-], starting and ending with an alphanumeric)"
        )))
    }
}

#[cfg(test)]
mod token_tests {
    use super::bearer_token;

    #[test]
    fn bearer_scheme_is_case_insensitive() {
        for v in ["Bearer t1", "bearer t1", "BEARER t1", "bEaReR t1"] {
            assert_eq!(bearer_token(v), Some("t1"), "{v}");
        }
        assert_eq!(bearer_token("Basic t1"), None);
        assert_eq!(bearer_token("Bearert1"), None);
    }
}
