//! The connection to the Docker engine: `DOCKER_HOST` when set (unix://,
//! tcp://, http://), else the local socket; the API version negotiated with
//! the engine (engines as old as API 1.41 refuse newer clients).

use super::ImageError;
use bollard::Docker;
use std::time::Duration;

/// Builds and pushes of large images take long; the engine streams progress
/// all along, so only a silent engine should ever hit this.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(6 * 3600);

/// Where the engine is expected, for messages.
pub fn host() -> String {
    std::env::var("DOCKER_HOST")
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unix:///var/run/docker.sock".to_string())
}

/// Connects and negotiates the API version.
pub async fn connect() -> Result<Docker, ImageError> {
    let no_engine = |e: bollard::errors::Error| ImageError::NoEngine {
        host: host(),
        detail: one_line(&e.to_string()),
    };
    let docker = Docker::connect_with_defaults()
        .map_err(no_engine)?
        .with_timeout(REQUEST_TIMEOUT);
    docker.negotiate_version().await.map_err(no_engine)
}

/// An engine error message without line breaks.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The engine's own words for a failed request or a failure mid-stream.
pub fn message(e: bollard::errors::Error) -> String {
    match e {
        bollard::errors::Error::DockerResponseServerError { message, .. } => message,
        bollard::errors::Error::DockerStreamError { error } => error,
        other => other.to_string(),
    }
}
