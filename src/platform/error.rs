//! The platform's one error type, rendered as the gRPC-gateway error body
//! `{"code", "message", "details"}` that clients expect.

use crate::model::{grpc_code, ErrorBody};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: i32,
    pub message: String,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: i32, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            grpc_code::INVALID_ARGUMENT,
            message,
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

    pub fn precondition(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            grpc_code::FAILED_PRECONDITION,
            message,
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
        (self.status, Json(body)).into_response()
    }
}
