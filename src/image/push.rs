//! `POST /images/{name}/push`: the engine uploads the layers the registry
//! lacks and answers the manifest digest in a final status line
//! (`TAG: digest: sha256:... size: N`).

use super::auth::Credentials;
use super::engine::{self, one_line};
use super::progress::Progress;
use super::reference::Reference;
use super::ImageError;
use bollard::query_parameters::PushImageOptions;
use bollard::Docker;
use futures_util::StreamExt;

#[derive(Debug, Clone, PartialEq)]
pub struct Pushed {
    /// `sha256:...` of the manifest.
    pub digest: String,
    /// Layers uploaded by this push.
    pub layers_pushed: usize,
    /// Layers the registry already had (or mounted from another repository).
    pub layers_existing: usize,
}

pub async fn push(
    docker: &Docker,
    reference: &Reference,
    credentials: Option<&Credentials>,
    progress: &mut Progress,
) -> Result<Pushed, ImageError> {
    let options = PushImageOptions {
        tag: Some(reference.tag_or_latest().to_string()),
        ..Default::default()
    };
    let auth = credentials.map(|c| c.for_engine(reference.server_address()));
    let mut events = docker.push_image(&reference.repository, Some(options), auth);
    let mut pushed = Pushed {
        digest: String::new(),
        layers_pushed: 0,
        layers_existing: 0,
    };
    while let Some(event) = events.next().await {
        let info = event.map_err(|e| failure(reference, credentials, &engine::message(e)))?;
        if let Some(detail) = info.error_detail {
            let message = detail.message.unwrap_or_else(|| "unknown error".into());
            return Err(failure(reference, credentials, &message));
        }
        let Some(status) = info.status else { continue };
        match status.as_str() {
            "Pushed" => pushed.layers_pushed += 1,
            "Layer already exists" => pushed.layers_existing += 1,
            s if s.starts_with("Mounted from") => pushed.layers_existing += 1,
            _ => {}
        }
        if let Some(digest) = digest_of(&status) {
            pushed.digest = digest;
        }
        let detail = info.progress_detail.unwrap_or_default();
        progress.push_status(&status, detail.current, detail.total);
    }
    progress.push_done();
    if pushed.digest.is_empty() {
        return Err(ImageError::PushFailed {
            registry: reference.registry.clone(),
            message: "the engine did not report the pushed digest".into(),
        });
    }
    Ok(pushed)
}

/// `v1: digest: sha256:abc size: 524` → `sha256:abc`.
pub fn digest_of(status: &str) -> Option<String> {
    let rest = status.split_once(" digest: ")?.1;
    let digest = rest.split_whitespace().next()?;
    digest.contains(':').then(|| digest.to_string())
}

/// Registries answer a refused login with `unauthorized` (401) or `denied`.
fn failure(reference: &Reference, credentials: Option<&Credentials>, message: &str) -> ImageError {
    let lower = message.to_ascii_lowercase();
    let refused = ["unauthorized", "authentication required", "denied", "401"]
        .iter()
        .any(|w| lower.contains(w));
    if refused {
        ImageError::LoginRefused {
            registry: reference.registry.clone(),
            user: credentials
                .filter(|c| !c.username().is_empty())
                .map(|c| format!(" of {}", c.username()))
                .unwrap_or_else(|| " (no credentials were given)".into()),
            detail: one_line(message),
        }
    } else {
        ImageError::PushFailed {
            registry: reference.registry.clone(),
            message: one_line(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_from_the_final_status() {
        assert_eq!(
            digest_of("1: digest: sha256:1160b3 size: 524").as_deref(),
            Some("sha256:1160b3")
        );
        assert_eq!(digest_of("Pushed"), None);
    }

    #[test]
    fn refusals_are_login_errors() {
        let r = Reference::parse("127.0.0.1:5000/a:1").expect("valid");
        let c = Credentials::password("bob", "hunter2", "test");
        let e = failure(&r, Some(&c), "unauthorized: authentication required");
        assert!(matches!(e, ImageError::LoginRefused { .. }));
        let text = e.to_string();
        assert!(
            text.contains("127.0.0.1:5000") && text.contains("bob") && !text.contains("hunter2")
        );
        let e = failure(&r, None, "connection refused");
        assert!(matches!(e, ImageError::PushFailed { .. }));
    }
}
