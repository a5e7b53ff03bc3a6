//! Wire types of the EverAI REST API, shared by the client and the local platform.
//!
//! Field names follow the platform's JSON exactly (camelCase with the
//! exceptions listed in docs/wire.md). Optional fields are never sent as
//! `null`; list keys are always present in responses.

pub mod app;
pub mod int64;
mod objects;
mod resolve;
mod runtime;
pub mod trace;
pub mod volume;

pub use objects::*;
pub use resolve::{decode_secret, utf8_text, ResolveError, ValueSource};
pub use runtime::*;

use serde::{Deserialize, Serialize};

/// The error body every non-2xx answer carries (gRPC-gateway shape).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ErrorBody {
    pub code: i32,
    pub message: String,
    #[serde(default)]
    pub details: Vec<serde_json::Value>,
}

/// gRPC status codes used in error bodies.
pub mod grpc_code {
    pub const INVALID_ARGUMENT: i32 = 3;
    pub const NOT_FOUND: i32 = 5;
    pub const ALREADY_EXISTS: i32 = 6;
    pub const PERMISSION_DENIED: i32 = 7;
    pub const RESOURCE_EXHAUSTED: i32 = 8;
    pub const FAILED_PRECONDITION: i32 = 9;
    pub const ABORTED: i32 = 10;
    pub const OUT_OF_RANGE: i32 = 11;
    pub const INTERNAL: i32 = 13;
    pub const UNAVAILABLE: i32 = 14;
    pub const UNAUTHENTICATED: i32 = 16;
}

/// Answer of operations whose result is "nothing": `{}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Empty {}

/// Current time as the platform emits it: RFC 3339, UTC, `Z`, milliseconds.
pub fn now_rfc3339() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// A DNS-1123 label (how names of namespaces, apps, configmaps and secrets
/// are formed): at most 63 of `[a-z0-9-]`, alphanumeric at both ends.
pub fn is_dns1123_label(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 63
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes[0] != b'-'
        && bytes[bytes.len() - 1] != b'-'
}
