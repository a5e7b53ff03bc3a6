//! `autoscaler`: serves the builtin autoscaling decision over HTTP
//! (`POST /-everai-/autoscaler`), the service a `container` autoscaler
//! points at. Two bodies are accepted:
//!
//! - bare factors, the platform's contract for a `container` autoscaler (and
//!   what the reference serves): the policy, its arguments and decorators
//!   come from the app in `./app.yaml` (as the reference reads `app.py`);
//!   arguments from configmaps and secrets are read through the API at each
//!   request; without `./app.yaml` or a builtin policy there, `simple` with
//!   its defaults decides, as in the reference;
//! - the full `{factors, name, arguments, decorators}` request.

use super::printer;
use crate::autoscale::handle_service_request;
use crate::client::Client;
use crate::client::KvKind;
use crate::error::{Error, Result};
use crate::model::app::{Arguments, DecoratorItem, Value};
use crate::model::{decode_secret, utf8_text, ResolveError, ValueSource};
use axum::body::Bytes;
use axum::extract::State;
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

/// The app file the policy for bare factors is read from.
pub const APP_FILE: &str = "app.yaml";

/// The policy applied to a body of bare factors, still unresolved.
#[derive(Debug, Clone, Default)]
pub struct AppPolicy {
    name: String,
    arguments: Vec<(String, Value)>,
    argument_decorators: Vec<(String, Vec<(String, Value)>)>,
    factor_decorators: Vec<(String, Vec<(String, Value)>)>,
}

fn pairs(arguments: Option<&Arguments>) -> Vec<(String, Value)> {
    arguments
        .map(|a| a.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

fn decorator_items(items: Option<&Vec<DecoratorItem>>) -> Vec<(String, Vec<(String, Value)>)> {
    items
        .into_iter()
        .flatten()
        .filter_map(|d| Some((d.name.clone()?, pairs(d.arguments.as_ref()))))
        .collect()
}

impl AppPolicy {
    /// The builtin autoscaler of `./app.yaml`; `simple` with its defaults
    /// when the file is absent or names another kind of autoscaler.
    pub fn load(path: &std::path::Path) -> Result<AppPolicy> {
        if !path.exists() {
            return Ok(AppPolicy::default());
        }
        let app = crate::manifest::load_manifest(path)
            .map_err(|e| Error::usage(format!("{e}; fix {} or run elsewhere", path.display())))?;
        let Some(builtin) = app
            .app_v1alpha1
            .spec
            .autoscaler
            .as_ref()
            .and_then(|a| a.builtin.as_ref())
        else {
            return Ok(AppPolicy::default());
        };
        let decorators = builtin.decorators.as_ref();
        Ok(AppPolicy {
            name: builtin.name.clone().unwrap_or_default(),
            arguments: pairs(builtin.arguments.as_ref()),
            argument_decorators: decorator_items(decorators.and_then(|d| d.arguments.as_ref())),
            factor_decorators: decorator_items(decorators.and_then(|d| d.factors.as_ref())),
        })
    }

    fn name(&self) -> &str {
        if self.name.is_empty() {
            "simple"
        } else {
            &self.name
        }
    }

    /// The full service request for `factors`, with every value resolved.
    async fn request_for(
        &self,
        factors: serde_json::Value,
    ) -> std::result::Result<Vec<u8>, RequestError> {
        let mut resolver = Resolver::default();
        let mut resolve_all =
            async |values: &[(String, Value)]| {
                let mut out = serde_json::Map::new();
                for (key, value) in values {
                    let text = resolver.resolve(value).await.map_err(|source| {
                        RequestError::Unresolved {
                            name: key.clone(),
                            source,
                        }
                    })?;
                    out.insert(key.clone(), serde_json::Value::String(text));
                }
                Ok::<_, RequestError>(serde_json::Value::Object(out))
            };
        let arguments = resolve_all(&self.arguments).await?;
        let mut decorators = serde_json::Map::new();
        for (kind, items) in [
            ("arguments", &self.argument_decorators),
            ("factors", &self.factor_decorators),
        ] {
            let mut list = Vec::new();
            for (name, args) in items {
                list.push(serde_json::json!({"name": name, "arguments": resolve_all(args).await?}));
            }
            decorators.insert(kind.to_string(), serde_json::Value::Array(list));
        }
        let request = serde_json::json!({
            "factors": factors,
            "name": self.name(),
            "arguments": arguments,
            "decorators": decorators,
        });
        Ok(serde_json::to_vec(&request)?)
    }
}

/// Why bare factors could not be made a full service request (answered
/// as a 500 with this text).
#[derive(Debug, thiserror::Error)]
enum RequestError {
    #[error("{name}: {source}")]
    Unresolved { name: String, source: ResolveError },
    #[error(transparent)]
    Encode(#[from] serde_json::Error),
}

/// Reads `valueFrom` references through the platform's API (the endpoint
/// and token of the environment, as a worker has them).
#[derive(Default)]
struct Resolver {
    client: Option<Client>,
}

impl Resolver {
    async fn resolve(&mut self, value: &Value) -> std::result::Result<String, ResolveError> {
        let (kind, name, key) = match value.source()? {
            ValueSource::Literal(text) => return Ok(text.to_string()),
            ValueSource::Key { kind, name, key } => (kind, name, key),
        };
        let unreadable = |e: Error| ResolveError::Unreadable(e.to_string());
        if self.client.is_none() {
            self.client = Some(Client::from_config().map_err(unreadable)?);
        }
        let client = self
            .client
            .as_ref()
            .ok_or_else(|| unreadable(Error::failed("no API client")))?;
        let kv_kind = if kind == "secret" {
            KvKind::Secret
        } else {
            KvKind::ConfigMap
        };
        let object = client.kv_get(kv_kind, name).await.map_err(unreadable)?;
        let raw = object.data.get(key).ok_or_else(|| ResolveError::NoKey {
            kind,
            name: name.to_string(),
            key: key.to_string(),
        })?;
        match kv_kind {
            KvKind::ConfigMap => Ok(raw.clone()),
            KvKind::Secret => utf8_text(kind, name, key, decode_secret(name, key, raw)?),
        }
    }
}

/// The service's routes, applying `policy` to bare factors.
pub fn router(policy: AppPolicy) -> Router {
    Router::new()
        .route(HANDLER_PATH, post(decide))
        .with_state(std::sync::Arc::new(policy))
}

/// `Some(factors)` when `body` is a JSON object of bare factors (it has no
/// `factors` member of its own).
fn bare_factors(body: &[u8]) -> Option<serde_json::Value> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(v @ serde_json::Value::Object(_)) if v.get("factors").is_none() => Some(v),
        _ => None,
    }
}

async fn decide(State(policy): State<std::sync::Arc<AppPolicy>>, body: Bytes) -> Response {
    let body = match bare_factors(&body) {
        Some(factors) => match policy.request_for(factors).await {
            Ok(full) => Bytes::from(full),
            Err(e) => {
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("Internal Server Error, {e}"),
                )
                    .into_response()
            }
        },
        None => body,
    };
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
    let policy = AppPolicy::load(std::path::Path::new(APP_FILE))?;
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
    axum::serve(listener, router(policy))
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
        let resp = router(AppPolicy::default())
            .oneshot(req)
            .await
            .expect("response");
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
    async fn bare_factors_are_decided_by_the_default_policy() {
        let (status, body) = call(r#"{"queue":{"QueueDueBusy":3},"workers":[]}"#).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["max_workers"], 1, "{body}");
        assert_eq!(
            v["actions"],
            serde_json::json!([{"count": 1, "action": "ScaleUp"}])
        );
    }

    #[tokio::test]
    async fn an_unknown_policy_is_a_bad_request() {
        let (status, body) = call(r#"{"name":"nope","factors":{"workers":[]}}"#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.starts_with("Bad request, "), "{body}");
    }
}
