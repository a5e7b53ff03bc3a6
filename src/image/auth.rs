//! Which registry credentials a push uses, in order: `--username` with
//! `--password-stdin`; the manifest's `spec.imagePullSecrets` (literal
//! values, or secrets/configmaps fetched from the current endpoint); the
//! user's Docker configuration ([`super::docker_config`]). None of them:
//! the push goes out anonymously.

use crate::client::{Client, KvKind};
use crate::error::Error;
use crate::model::app::{ImagePullSecrets, Value};
use base64::Engine;
use bollard::auth::DockerCredentials;

/// Credentials for one registry. `Debug` never shows the secret.
#[derive(Clone, PartialEq)]
pub struct Credentials {
    username: String,
    secret: String,
    identity_token: bool,
    /// Where they came from, for `-v` and messages.
    pub source: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("secret", &"<redacted>")
            .field("source", &self.source)
            .finish()
    }
}

impl Credentials {
    pub fn password(username: &str, password: &str, source: &str) -> Credentials {
        Credentials {
            username: username.to_string(),
            secret: password.to_string(),
            identity_token: false,
            source: source.to_string(),
        }
    }

    pub fn identity_token(username: String, token: String, source: &str) -> Credentials {
        Credentials {
            username,
            secret: token,
            identity_token: true,
            source: source.to_string(),
        }
    }

    pub fn username(&self) -> &str {
        &self.username
    }

    pub fn secret(&self) -> &str {
        &self.secret
    }

    pub fn is_identity_token(&self) -> bool {
        self.identity_token
    }

    /// The engine's `X-Registry-Auth` payload for `server_address`.
    pub fn for_engine(&self, server_address: &str) -> DockerCredentials {
        let mut c = DockerCredentials {
            serveraddress: Some(server_address.to_string()),
            ..Default::default()
        };
        if self.identity_token {
            c.identitytoken = Some(self.secret.clone());
        } else {
            c.username = Some(self.username.clone());
            c.password = Some(self.secret.clone());
        }
        c
    }
}

/// Resolves `spec.imagePullSecrets` through the platform: each of username
/// and password is a literal, a secret key (values are base64 on the wire)
/// or a configmap key.
pub async fn from_pull_secrets(
    secrets: &ImagePullSecrets,
    manifest: &str,
) -> Result<Option<Credentials>, Error> {
    let (Some(user), Some(password)) = (&secrets.username, &secrets.password) else {
        return Ok(None);
    };
    let mut client = None;
    let username = resolve_value(user, "username", manifest, &mut client).await?;
    let password = resolve_value(password, "password", manifest, &mut client).await?;
    let source = format!("spec.imagePullSecrets of {manifest}");
    Ok(Some(Credentials::password(&username, &password, &source)))
}

async fn resolve_value(
    value: &Value,
    field: &str,
    manifest: &str,
    client: &mut Option<Client>,
) -> Result<String, Error> {
    if let Some(text) = value.as_literal() {
        return Ok(text.to_string());
    }
    let (kind, key_ref) = match (value.secret_key_ref(), value.config_map_key_ref()) {
        (Some(r), _) => (KvKind::Secret, r),
        (None, Some(r)) => (KvKind::ConfigMap, r),
        (None, None) => {
            return Err(Error::usage(format!(
            "{manifest}: spec.imagePullSecrets.{field} has no value: give `value` or `valueFrom`"
        )))
        }
    };
    let (Some(name), Some(key)) = (key_ref.name.as_deref(), key_ref.key.as_deref()) else {
        return Err(Error::usage(format!(
            "{manifest}: spec.imagePullSecrets.{field}.valueFrom needs both name and key"
        )));
    };
    if client.is_none() {
        *client = Some(Client::from_config()?);
    }
    let Some(api) = client.as_ref() else {
        return Err(Error::failed("no API client"));
    };
    let object = api.kv_get(kind, name).await?;
    let stored = object.data.get(key).ok_or_else(|| {
        Error::failed(format!(
            "spec.imagePullSecrets.{field}: {} {:?} has no key {:?}",
            kind.noun(),
            name,
            key
        ))
    })?;
    match kind {
        KvKind::Secret => base64::engine::general_purpose::STANDARD
            .decode(stored)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| {
                Error::failed(format!(
                    "spec.imagePullSecrets.{field}: secret {:?} key {:?} is not base64 text",
                    name, key
                ))
            }),
        KvKind::ConfigMap => Ok(stored.clone()),
    }
}
