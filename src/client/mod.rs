//! Typed client of the EverAI REST API.
//!
//! One `Client` per command: it carries the endpoint and the bearer token, sets
//! connect and total timeouts, and retries idempotent requests (GET, PUT,
//! DELETE) on connection failures and 502/503/504, honouring `Retry-After`.

mod api;
mod apps;
pub mod exec;
mod volumes;

use crate::credentials;
use crate::error::{reason_for_status, Error, Result};
use crate::model::ErrorBody;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::Duration;

pub use api::KvKind;
pub use volumes::Storage;

/// `everai -v`: log each request and its answer on stderr (never the token).
pub static VERBOSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[allow(clippy::print_stderr)]
fn trace(line: std::fmt::Arguments<'_>) {
    if VERBOSE.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("{line}");
    }
}

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const TOTAL_TIMEOUT: Duration = Duration::from_secs(60);
const MAX_RETRIES: u32 = 3;
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    endpoint: String,
    token: String,
}

impl Client {
    pub fn new(endpoint: &str, token: &str) -> Result<Self> {
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(TOTAL_TIMEOUT)
            .user_agent(concat!("everai-rs/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::failed(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Client {
            http,
            endpoint: endpoint.trim_end_matches('/').to_string(),
            token: token.to_string(),
        })
    }

    /// A client for the configured endpoint and token; fails early when not
    /// logged in (the reference would send `Bearer None`).
    pub fn from_config() -> Result<Self> {
        let token = credentials::resolve().ok_or(Error::NotLoggedIn)?;
        let (endpoint, _) = crate::config::endpoint();
        Client::new(&endpoint, &token.value)
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.call(Method::GET, path, None::<&()>, &[]).await
    }

    pub async fn delete<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.call(Method::DELETE, path, None::<&()>, &[]).await
    }

    pub async fn put<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T> {
        self.call(Method::PUT, path, Some(body), &[]).await
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T> {
        self.call(Method::POST, path, Some(body), &[]).await
    }

    /// POST without a body (`:pause`, `:resume`).
    pub async fn post_empty<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.call(Method::POST, path, None::<&()>, &[]).await
    }

    /// One request with retries; `headers` are added to the standard ones.
    pub(crate) async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
    ) -> Result<T> {
        let url = format!("{}{}", self.endpoint, path);
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|e| Error::failed(format!("cannot encode the request: {e}")))?;
        let idempotent = matches!(method, Method::GET | Method::PUT | Method::DELETE);
        let mut attempt = 0;
        loop {
            let mut req = self
                .http
                .request(method.clone(), &url)
                .bearer_auth(&self.token)
                .header("Accept", "application/json");
            for (name, value) in headers {
                req = req.header(*name, *value);
            }
            if let Some(b) = &body {
                req = req
                    .header("Content-Type", "application/json")
                    .body(b.clone());
            }
            let started = std::time::Instant::now();
            trace(format_args!("> {method} {url}"));
            let retry_in = match req.send().await {
                Ok(resp) => {
                    let status = resp.status();
                    trace(format_args!(
                        "< {} {} ({} ms)",
                        status.as_u16(),
                        status.canonical_reason().unwrap_or(""),
                        started.elapsed().as_millis()
                    ));
                    let retryable = matches!(
                        status,
                        StatusCode::BAD_GATEWAY
                            | StatusCode::SERVICE_UNAVAILABLE
                            | StatusCode::GATEWAY_TIMEOUT
                    );
                    if !(idempotent && retryable && attempt < MAX_RETRIES) {
                        return self.decode(resp).await;
                    }
                    retry_after(&resp).unwrap_or_else(|| backoff(attempt))
                }
                Err(e) if e.is_connect() && idempotent && attempt < MAX_RETRIES => backoff(attempt),
                Err(e) => return Err(self.transport_error(e)),
            };
            attempt += 1;
            tokio::time::sleep(retry_in).await;
        }
    }

    async fn decode<T: DeserializeOwned>(&self, resp: reqwest::Response) -> Result<T> {
        let status = resp.status();
        let bytes = resp.bytes().await.map_err(|e| self.transport_error(e))?;
        if status == StatusCode::OK {
            // `{}` and empty bodies both mean "nothing" for unit-like answers.
            let bytes: &[u8] = if bytes.is_empty() { b"{}" } else { &bytes };
            return serde_json::from_slice(bytes).map_err(|e| {
                Error::failed(format!("unexpected answer from {}: {e}", self.endpoint))
            });
        }
        Err(api_error(status.as_u16(), &bytes))
    }

    fn transport_error(&self, e: reqwest::Error) -> Error {
        if e.is_connect() {
            // The innermost cause is the useful one ("Connection refused").
            let mut cause: &dyn std::error::Error = &e;
            while let Some(next) = cause.source() {
                cause = next;
            }
            let detail = cause.to_string();
            Error::Connect {
                endpoint: self.endpoint.clone(),
                detail,
            }
        } else if e.is_timeout() {
            Error::failed(format!(
                "request to {} timed out after {}s",
                self.endpoint,
                TOTAL_TIMEOUT.as_secs()
            ))
        } else {
            Error::failed(format!("request to {} failed: {e}", self.endpoint))
        }
    }
}

/// Turns a non-2xx answer into an error, showing the server's message.
pub fn api_error(status: u16, body: &[u8]) -> Error {
    let mut message = match serde_json::from_slice::<ErrorBody>(body) {
        Ok(b) => b.message,
        Err(_) => {
            let text = String::from_utf8_lossy(body);
            let text = text.trim();
            if text.is_empty() {
                format!("HTTP {status}")
            } else {
                text.chars().take(300).collect()
            }
        }
    };
    if status == 401 {
        message.push_str(" (run `everai login --token TOKEN` with a valid token)");
    }
    Error::Api {
        status,
        reason: reason_for_status(status),
        message,
    }
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(200 * 2u64.pow(attempt))
}

fn retry_after(resp: &reqwest::Response) -> Option<Duration> {
    let secs: u64 = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs).min(MAX_RETRY_AFTER))
}

/// Percent-encodes one path parameter with no safe characters, as the
/// reference client does (`/` becomes `%2F`).
pub fn seg(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seg_encodes_everything_but_unreserved() {
        assert_eq!(
            seg("users/alice/volumes/v 1"),
            "users%2Falice%2Fvolumes%2Fv%201"
        );
        assert_eq!(seg("get-start_1.x~"), "get-start_1.x~");
    }

    #[test]
    fn api_error_reads_the_grpc_body_or_falls_back() {
        let e = api_error(
            404,
            br#"{"code":5,"message":"configmap \"x\" not found","details":[]}"#,
        );
        assert_eq!(
            e.to_string(),
            r#"Error from server (NotFound): configmap "x" not found"#
        );
        let e = api_error(502, b"bad gateway");
        assert_eq!(e.to_string(), "Error from server (BadGateway): bad gateway");
    }
}
