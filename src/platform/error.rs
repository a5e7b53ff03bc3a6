//! The platform's one error type, rendered as the gRPC-gateway error body
//! `{"code", "message", "details"}` that clients expect. Every error the
//! server answers with goes through it, the route proxy's 429/502/503
//! included (see docs/local-platform.md, "Limits and failure behaviour").

use crate::model::{grpc_code, ErrorBody};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: i32,
    pub message: String,
    /// Seconds for a `Retry-After` header (429 and 503 answers).
    pub retry_after: Option<u64>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: i32, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    /// An error for `status` with the gRPC code grpc-gateway pairs with it.
    pub fn from_status(status: StatusCode, message: impl Into<String>) -> Self {
        Self::new(status, grpc_code_of(status), message)
    }

    /// Asks the client to come back after `seconds`.
    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    /// Takes a message or a typed error, rendered by its `Display`.
    pub fn invalid(message: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            grpc_code::INVALID_ARGUMENT,
            message.to_string(),
        )
    }

    pub fn not_found(kind: &str, name: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            grpc_code::NOT_FOUND,
            format!("{kind} \"{name}\" not found"),
        )
    }

    pub fn already_exists(kind: &str, name: &str) -> Self {
        Self::new(
            StatusCode::CONFLICT,
            grpc_code::ALREADY_EXISTS,
            format!("{kind} \"{name}\" already exists"),
        )
    }

    /// Takes a message or a typed error, rendered by its `Display`.
    pub fn precondition(message: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            grpc_code::FAILED_PRECONDITION,
            message.to_string(),
        )
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            grpc_code::UNAUTHENTICATED,
            "missing or invalid bearer token",
        )
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            grpc_code::INTERNAL,
            message,
        )
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            grpc_code::UNAVAILABLE,
            message,
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.status)
    }
}

impl std::error::Error for ApiError {}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        ApiError::internal(format!("store: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            code: self.code,
            message: self.message,
            details: vec![],
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The gRPC code grpc-gateway pairs with an HTTP status.
pub fn grpc_code_of(status: StatusCode) -> i32 {
    match status.as_u16() {
        200..=299 => 0,                             // OK
        400 => grpc_code::INVALID_ARGUMENT,         // 3
        401 => grpc_code::UNAUTHENTICATED,          // 16
        403 => grpc_code::PERMISSION_DENIED,        // 7
        404 => grpc_code::NOT_FOUND,                // 5
        405 => 12, // UNIMPLEMENTED, as grpc-gateway answers an unknown method
        409 => grpc_code::ALREADY_EXISTS, // 6
        412 => grpc_code::FAILED_PRECONDITION, // 9
        413 | 429 => grpc_code::RESOURCE_EXHAUSTED, // 8
        499 => 1,  // CANCELLED
        501 => 12, // UNIMPLEMENTED
        502 | 503 => grpc_code::UNAVAILABLE, // 14
        504 => 4,  // DEADLINE_EXCEEDED
        500..=599 => grpc_code::INTERNAL, // 13
        _ => 2,    // UNKNOWN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn body_is_escaped_json_with_retry_after() {
        for (status, code) in [
            (StatusCode::BAD_GATEWAY, 14),
            (StatusCode::SERVICE_UNAVAILABLE, 14),
            (StatusCode::GATEWAY_TIMEOUT, 4),
            (StatusCode::TOO_MANY_REQUESTS, 8),
            (StatusCode::PAYLOAD_TOO_LARGE, 8),
            (StatusCode::METHOD_NOT_ALLOWED, 12),
        ] {
            let resp = ApiError::from_status(status, "worker \"w1\" said:\n\tno\u{1}")
                .retry_after(3)
                .into_response();
            assert_eq!(resp.status(), status);
            assert_eq!(resp.headers()["content-type"], "application/json");
            assert_eq!(resp.headers()[RETRY_AFTER], "3");
            let body = axum::body::to_bytes(resp.into_body(), 1024)
                .await
                .expect("body");
            let want = format!(
                "{{\"code\":{code},\"message\":\"worker \\\"w1\\\" said:\\n\\tno\\u0001\",\"details\":[]}}"
            );
            assert_eq!(std::str::from_utf8(&body).expect("utf8"), want);
        }
    }
}
