//! `worker exec` transport: the Docker Engine API exec calls, sent to the
//! exec entry point with the bearer token and `X-everai-worker-id` (what
//! the hosted platform's exec gateway and our local platform both serve).
//!
//! Entry point: `EVERAI_EXEC_ENTRYPOINT` (`tcp://HOST:PORT[/PATH]`, TLS
//! unless `EVERAI_EXEC_DISABLE_TLS` is true; `http(s)://` URLs are taken as
//! they are). Unset, a loopback API endpoint (the local platform) is its
//! own exec entry point, anything else uses the hosted gateway
//! `tcp://everai-exec.expvent.com:443`.

use crate::error::{Error, Result};
use serde_json::Value;
use std::time::Duration;

const HOSTED_ENTRYPOINT: &str = "tcp://everai-exec.expvent.com:443";
/// The Engine API version we speak (the newest our local platform serves).
const API_VERSION: &str = "1.41";
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The base URL of the exec API for an API `endpoint`, from the
/// environment values `entrypoint` and `disable_tls`.
pub fn base_url(endpoint: &str, entrypoint: Option<&str>, disable_tls: Option<&str>) -> String {
    let tls = !disable_tls
        .map(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "t"))
        .unwrap_or(false);
    let entry = match entrypoint.filter(|e| !e.is_empty()) {
        Some(e) => e.to_string(),
        None if is_loopback(endpoint) => return endpoint.trim_end_matches('/').to_string(),
        None => HOSTED_ENTRYPOINT.to_string(),
    };
    let url = match entry.strip_prefix("tcp://") {
        Some(rest) => format!("{}://{rest}", if tls { "https" } else { "http" }),
        None => entry,
    };
    url.trim_end_matches('/').to_string()
}

fn is_loopback(endpoint: &str) -> bool {
    let host = endpoint
        .split_once("://")
        .map_or(endpoint, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    host == "localhost" || host.starts_with("127.") || endpoint.contains("://[::1]")
}

/// The innermost cause ("Connection refused") says the most.
fn innermost(e: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

pub struct ExecClient {
    http: reqwest::Client,
    base: String,
    token: String,
    worker: String,
}

impl ExecClient {
    pub fn new(base: &str, token: &str, worker: &str) -> Result<ExecClient> {
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("everai-rs/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::failed(format!("cannot set up the HTTP client: {e}")))?;
        Ok(ExecClient {
            http,
            base: base.to_string(),
            token: token.to_string(),
            worker: worker.to_string(),
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}/v{API_VERSION}{path}", self.base)
    }

    fn request(&self, method: reqwest::Method, url: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, url)
            .bearer_auth(&self.token)
            .header("X-everai-worker-id", &self.worker)
    }

    async fn send(&self, builder: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let response = builder.send().await.map_err(|e| Error::Connect {
            endpoint: self.base.clone(),
            detail: innermost(&e),
        })?;
        let status = response.status();
        if status.is_success() || status == reqwest::StatusCode::SWITCHING_PROTOCOLS {
            return Ok(response);
        }
        let body = response.bytes().await.unwrap_or_default();
        let message = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| v["message"].as_str().map(str::to_string))
            .unwrap_or_else(|| String::from_utf8_lossy(&body).trim().to_string());
        Err(Error::Api {
            status: status.as_u16(),
            reason: crate::error::reason_for_status(status.as_u16()),
            message,
        })
    }

    /// Creates the exec instance; returns its id.
    pub async fn create(&self, argv: &[String], stdin: bool, tty: bool) -> Result<String> {
        let body = serde_json::json!({
            "AttachStdin": stdin,
            "AttachStdout": true,
            "AttachStderr": true,
            "Tty": tty,
            "Cmd": argv,
        });
        let url = self.url(&format!(
            "/containers/{}/exec",
            crate::client::seg(&self.worker)
        ));
        let response = self
            .send(self.request(reqwest::Method::POST, &url).json(&body))
            .await?;
        let value: Value = response
            .json()
            .await
            .map_err(|e| Error::failed(format!("unexpected exec answer: {e}")))?;
        value["Id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| Error::failed("the exec answer has no Id"))
    }

    /// Starts it and takes over the connection: stdin one way, the output
    /// (raw with a tty, else multiplexed frames) the other.
    pub async fn start(&self, id: &str, tty: bool) -> Result<reqwest::Upgraded> {
        let url = self.url(&format!("/exec/{}/start", crate::client::seg(id)));
        let builder = self
            .request(reqwest::Method::POST, &url)
            .header(reqwest::header::CONNECTION, "Upgrade")
            .header(reqwest::header::UPGRADE, "tcp")
            .json(&serde_json::json!({"Detach": false, "Tty": tty}));
        let response = self.send(builder).await?;
        response
            .upgrade()
            .await
            .map_err(|e| Error::failed(format!("the exec connection was not handed over: {e}")))
    }

    /// The exit code, once the command has ended.
    pub async fn exit_code(&self, id: &str) -> Result<Option<i64>> {
        let url = self.url(&format!("/exec/{}/json", crate::client::seg(id)));
        let response = self.send(self.request(reqwest::Method::GET, &url)).await?;
        let value: Value = response
            .json()
            .await
            .map_err(|e| Error::failed(format!("unexpected exec answer: {e}")))?;
        Ok(value["ExitCode"].as_i64())
    }
}

#[cfg(test)]
mod tests {
    use super::base_url;

    #[test]
    fn entry_points() {
        // The local platform serves exec itself.
        assert_eq!(
            base_url("http://127.0.0.1:7480/", None, None),
            "http://127.0.0.1:7480"
        );
        assert_eq!(
            base_url("https://everai.expvent.com", None, None),
            "https://everai-exec.expvent.com:443"
        );
        assert_eq!(
            base_url("https://x", Some("tcp://h:99/p/"), Some("True")),
            "http://h:99/p"
        );
        assert_eq!(
            base_url("https://x", Some("tcp://h:99"), None),
            "https://h:99"
        );
        assert_eq!(
            base_url("https://x", Some("http://h:1"), None),
            "http://h:1"
        );
    }
}
