//! `autoscaler`: serves the builtin autoscaling decision over HTTP
//! (`POST /-everai-/autoscaler`, docs/autoscaling.md), the service a
//! `container` autoscaler points at. Unlike the reference it needs no
//! app.py: the policy name and arguments come in each request.

use super::printer;
use crate::autoscale::handle_service_request;
use crate::error::{Error, Result};
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use clap::Args;

/// The route of the decision service.
pub const HANDLER_PATH: &str = "/-everai-/autoscaler";

#[derive(Debug, Args)]
pub struct AutoscalerArgs {
    /// The port to bind to [default: $EVERAI_PORT, else 80; 0 picks a free port]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// The interface to bind to
    #[arg(long, default_value = "0.0.0.0", value_name = "LISTEN")]
    pub listen: String,
}

/// `$EVERAI_PORT` as the reference reads it: an integer, `0` meaning 80;
/// unset or empty means 80.
pub fn default_port(env: Option<&str>) -> Result<u16> {
    let Some(raw) = env.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(80);
    };
    match raw.parse::<u16>() {
        Ok(0) => Ok(80),
        Ok(port) => Ok(port),
        Err(_) => Err(Error::usage(format!(
            "EVERAI_PORT must be a port number (1-65535), got {raw:?}"
        ))),
    }
}

/// The service's routes.
pub fn router() -> Router {
    Router::new().route(HANDLER_PATH, post(decide))
}

async fn decide(body: Bytes) -> Response {
    match handle_service_request(&body, chrono::Utc::now()) {
        Ok(reply) => Json(reply).into_response(),
        Err(e) => {
            let status =
                StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, e.to_string()).into_response()
        }
    }
}

/// Serves until SIGTERM (graceful, exit 0) or Ctrl-C (the CLI's interrupt
/// handling: exit 130).
pub async fn run(args: AutoscalerArgs) -> Result<()> {
    let port = match args.port {
        Some(p) => p,
        None => default_port(std::env::var("EVERAI_PORT").ok().as_deref())?,
    };
    printer::line("------ run_autoscaling ------ ");
    let listener = tokio::net::TcpListener::bind((args.listen.as_str(), port))
        .await
        .map_err(|e| {
            Error::failed(format!(
                "cannot listen on {}:{port}: {e}; pick another address with --listen/--port",
                args.listen
            ))
        })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::failed(format!("cannot read the bound address: {e}")))?;
    printer::line(&format!("handler is {HANDLER_PATH}"));
    printer::err_line(&format!(
        " * Running on http://{addr} (Press CTRL+C to quit)"
    ));
    axum::serve(listener, router())
        .with_graceful_shutdown(terminated())
        .await
        .map_err(|e| Error::failed(format!("the autoscaler service failed: {e}")))?;
    Ok(())
}

/// Resolves on SIGTERM.
async fn terminated() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut s) => {
            s.recv().await;
        }
        Err(_) => std::future::pending::<()>().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    #[test]
    fn port_defaults_like_the_reference() {
        assert_eq!(default_port(None).expect("ok"), 80);
        assert_eq!(default_port(Some("")).expect("ok"), 80);
        assert_eq!(default_port(Some("0")).expect("ok"), 80);
        assert_eq!(default_port(Some("8080")).expect("ok"), 8080);
        assert!(matches!(default_port(Some("x")), Err(Error::Usage(_))));
        assert!(matches!(default_port(Some("70000")), Err(Error::Usage(_))));
    }

    async fn call(body: &'static str) -> (StatusCode, String) {
        let req = axum::http::Request::post(HANDLER_PATH)
            .body(axum::body::Body::from(body))
            .expect("request");
        let resp = router().oneshot(req).await.expect("response");
        let status = resp.status();
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .expect("body");
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    #[tokio::test]
    async fn bad_requests_get_400_with_the_reference_wording() {
        let (status, body) = call("not json").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.starts_with("Bad request, "), "{body}");
    }

    #[tokio::test]
    async fn a_decision_is_json() {
        let (status, body) = call(
            r#"{"factors":{"queue":{"QueueDueBusy":3},"workers":[]},"name":"simple","arguments":{"min_workers":"2"}}"#,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(
            v["actions"],
            serde_json::json!([{"count": 2, "action": "ScaleUp"}])
        );
    }

    #[tokio::test]
    async fn an_unknown_policy_is_a_bad_request() {
        let (status, body) = call(r#"{"name":"nope","factors":{"workers":[]}}"#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.starts_with("Bad request, "), "{body}");
    }
}
