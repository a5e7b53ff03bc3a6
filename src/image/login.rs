//! A login check before the build (`POST /auth`): the engine logs in to the
//! registry with the push credentials, so a wrong password is reported
//! before minutes of building, as one line. bollard has no call for this
//! endpoint, so it is one plain HTTP/1.1 request on the engine's socket
//! (unix:// or tcp:// `DOCKER_HOST`); with any other transport, or when
//! the engine cannot answer it, the check is skipped and the push itself
//! reports a refusal.

use super::auth::Credentials;
use super::engine::{host, one_line};
use super::reference::Reference;
use super::ImageError;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;

/// What the engine said about the credentials.
#[derive(Debug, Clone, PartialEq)]
pub enum Login {
    Accepted,
    /// The check could not be made (transport, old engine, registry down).
    Unknown,
}

pub async fn check(
    api_version: &str,
    reference: &Reference,
    credentials: &Credentials,
) -> Result<Login, ImageError> {
    let body =
        serde_json::to_vec(&credentials.for_engine(reference.server_address())).unwrap_or_default();
    let Some((status, answer)) = post(&format!("/v{api_version}/auth"), body).await else {
        return Ok(Login::Unknown);
    };
    if (200..300).contains(&status) {
        return Ok(Login::Accepted);
    }
    let message = serde_json::from_slice::<serde_json::Value>(&answer)
        .ok()
        .and_then(|v| {
            v.get("message")
                .and_then(|m| m.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| String::from_utf8_lossy(&answer).into_owned());
    let lower = message.to_ascii_lowercase();
    if status == 401
        || ["401", "unauthorized", "denied", "incorrect"]
            .iter()
            .any(|w| lower.contains(w))
    {
        return Err(ImageError::LoginRefused {
            registry: reference.registry.clone(),
            user: if credentials.username().is_empty() {
                String::new()
            } else {
                format!(" of {}", credentials.username())
            },
            detail: one_line(&message),
        });
    }
    Ok(Login::Unknown)
}

/// One POST to the engine; None when it cannot be made.
async fn post(path: &str, body: Vec<u8>) -> Option<(u16, Bytes)> {
    let host = host();
    let request = hyper::Request::post(path)
        .header(hyper::header::HOST, "docker")
        .header(hyper::header::CONTENT_TYPE, "application/json")
        .body(Full::new(Bytes::from(body)))
        .ok()?;
    if let Some(socket) = host.strip_prefix("unix://") {
        let stream = tokio::net::UnixStream::connect(socket).await.ok()?;
        send(TokioIo::new(stream), request).await
    } else if let Some(addr) = host.strip_prefix("tcp://") {
        let stream = tokio::net::TcpStream::connect(addr.trim_end_matches('/'))
            .await
            .ok()?;
        send(TokioIo::new(stream), request).await
    } else {
        None
    }
}

async fn send<IO>(io: IO, request: hyper::Request<Full<Bytes>>) -> Option<(u16, Bytes)>
where
    IO: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io).await.ok()?;
    let driver = tokio::spawn(connection);
    let response = sender.send_request(request).await.ok()?;
    let status = response.status().as_u16();
    let body = response.into_body().collect().await.ok()?.to_bytes();
    driver.abort();
    Some((status, body))
}
