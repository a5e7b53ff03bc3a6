//! Registry credentials from the user's Docker client configuration:
//! `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. In the order
//! the docker CLI uses: a per-registry `credHelpers` entry, then the
//! `credsStore` helper, then the base64 `user:password` of `auths`.
//! A helper is the program `docker-credential-NAME`, run as
//! `docker-credential-NAME get` with the server address on stdin; it answers
//! `{"ServerURL", "Username", "Secret"}` on stdout (a `Username` of
//! `<token>` means `Secret` is an identity token). Secrets travel through
//! pipes only, never through argument lists.

use super::auth::Credentials;
use super::reference::{DOCKER_HUB, DOCKER_HUB_AUTH_KEY};
use super::ImageError;
use base64::Engine;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ConfigFile {
    #[serde(default)]
    auths: BTreeMap<String, AuthEntry>,
    #[serde(default)]
    creds_store: Option<String>,
    #[serde(default)]
    cred_helpers: BTreeMap<String, String>,
}

#[derive(Default, Deserialize)]
struct AuthEntry {
    #[serde(default)]
    auth: Option<String>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    password: Option<String>,
    #[serde(default)]
    identitytoken: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct HelperAnswer {
    #[serde(default)]
    username: String,
    #[serde(default)]
    secret: String,
}

/// The Docker client configuration file in use.
pub fn config_path() -> Option<PathBuf> {
    match std::env::var_os("DOCKER_CONFIG").filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir).join("config.json")),
        None => std::env::var_os("HOME")
            .filter(|v| !v.is_empty())
            .map(|home| PathBuf::from(home).join(".docker").join("config.json")),
    }
}

/// What is wrong with the Docker configuration file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
    Read(std::io::Error),
    #[error(transparent)]
    Json(serde_json::Error),
    #[error("auths.{0}.auth is not base64")]
    AuthNotBase64(String),
    #[error("auths.{0}.auth is not USER:PASSWORD")]
    AuthNotPair(String),
}

/// Why a credential helper gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum HelperError {
    #[error("cannot run it: {0}")]
    Run(std::io::Error),
    #[error(transparent)]
    Io(std::io::Error),
    #[error("it failed ({status}) for {server}")]
    Failed {
        status: std::process::ExitStatus,
        server: String,
    },
    #[error("its answer for {0} is not the helper JSON")]
    Answer(String),
}

/// Credentials for `registry` (host[:port], or `docker.io`) from the Docker
/// configuration, if it has any.
pub fn lookup(registry: &str) -> Result<Option<Credentials>, ImageError> {
    let Some(path) = config_path() else {
        return Ok(None);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(bad_config(&path, ConfigError::Read(e))),
    };
    lookup_in(&path, &text, registry, &|helper, server| {
        run_helper(helper, server)
    })
}

type HelperFn<'a> = dyn Fn(&str, &str) -> Result<Option<Credentials>, ImageError> + 'a;

fn lookup_in(
    path: &Path,
    text: &str,
    registry: &str,
    helper: &HelperFn<'_>,
) -> Result<Option<Credentials>, ImageError> {
    let config: ConfigFile =
        serde_json::from_str(text).map_err(|e| bad_config(path, ConfigError::Json(e)))?;
    let host = normalize(registry);
    let server = if registry == DOCKER_HUB {
        DOCKER_HUB_AUTH_KEY
    } else {
        registry
    };
    if let Some(name) = config
        .cred_helpers
        .iter()
        .find(|(key, _)| normalize(key) == host)
        .map(|(_, name)| name)
    {
        return helper(name, server);
    }
    if let Some(name) = config.creds_store.as_deref().filter(|s| !s.is_empty()) {
        if let Some(found) = helper(name, server)? {
            return Ok(Some(found));
        }
    }
    let Some(entry) = config
        .auths
        .iter()
        .find(|(key, _)| normalize(key) == host)
        .map(|(_, entry)| entry)
    else {
        return Ok(None);
    };
    if let Some(token) = entry.identitytoken.as_deref().filter(|t| !t.is_empty()) {
        return Ok(Some(Credentials::identity_token(
            entry.username.clone().unwrap_or_default(),
            token.to_string(),
            "the Docker config",
        )));
    }
    if let Some(auth) = entry.auth.as_deref().filter(|a| !a.is_empty()) {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(auth.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| bad_config(path, ConfigError::AuthNotBase64(registry.to_string())))?;
        let (user, password) = decoded
            .split_once(':')
            .ok_or_else(|| bad_config(path, ConfigError::AuthNotPair(registry.to_string())))?;
        return Ok(Some(Credentials::password(
            user,
            password,
            "the Docker config",
        )));
    }
    match (&entry.username, &entry.password) {
        (Some(user), Some(password)) => Ok(Some(Credentials::password(
            user,
            password,
            "the Docker config",
        ))),
        _ => Ok(None),
    }
}

/// `https://index.docker.io/v1/` → `index.docker.io`; `docker.io` likewise.
fn normalize(key: &str) -> String {
    let key = key
        .strip_prefix("https://")
        .or_else(|| key.strip_prefix("http://"))
        .unwrap_or(key);
    let host = key.split('/').next().unwrap_or(key).to_ascii_lowercase();
    match host.as_str() {
        "docker.io" | "registry-1.docker.io" => "index.docker.io".to_string(),
        _ => host,
    }
}

fn bad_config(path: &Path, source: ConfigError) -> ImageError {
    ImageError::DockerConfig {
        path: path.to_path_buf(),
        source,
    }
}

/// `docker-credential-NAME get`, server address on stdin.
fn run_helper(name: &str, server: &str) -> Result<Option<Credentials>, ImageError> {
    let program = format!("docker-credential-{name}");
    let failed = |source| ImageError::CredentialHelper {
        helper: program.clone(),
        source,
    };
    let mut child = Command::new(&program)
        .arg("get")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(HelperError::Run(e)))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(server.as_bytes())
            .map_err(|e| failed(HelperError::Io(e)))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| failed(HelperError::Io(e)))?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stdout);
        // The helpers' protocol: this exact answer means "no entry".
        if said.contains("credentials not found") {
            return Ok(None);
        }
        return Err(failed(HelperError::Failed {
            status: out.status,
            server: server.to_string(),
        }));
    }
    let answer: HelperAnswer = serde_json::from_slice(&out.stdout)
        .map_err(|_| failed(HelperError::Answer(server.to_string())))?;
    let source = format!("credential helper {program}");
    Ok(Some(if answer.username == "<token>" {
        Credentials::identity_token(String::new(), answer.secret, &source)
    } else {
        Credentials::password(&answer.username, &answer.secret, &source)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, registry: &str) -> Option<Credentials> {
        let helper = |name: &str, server: &str| {
            Ok(Some(Credentials::password(
                &format!("{name}-user"),
                &format!("pw-for-{server}"),
                "test helper",
            )))
        };
        lookup_in(Path::new("config.json"), text, registry, &helper).expect("lookup")
    }

    #[test]
    fn auths_entries_decode_user_and_password() {
        let auth = base64::engine::general_purpose::STANDARD.encode("bob:s3cret");
        let text = format!(r#"{{"auths": {{"http://127.0.0.1:5000/v2/": {{"auth": "{auth}"}}}}}}"#);
        let c = find(&text, "127.0.0.1:5000").expect("found");
        assert_eq!(c.username(), "bob");
        assert_eq!(c.secret(), "s3cret");
        assert!(find(&text, "127.0.0.1:5001").is_none());
    }

    #[test]
    fn hub_keys_and_helpers_take_precedence() {
        let text = r#"{"auths": {"https://index.docker.io/v1/": {}},
                       "credsStore": "store",
                       "credHelpers": {"gcr.io": "gcr"}}"#;
        let hub = find(text, DOCKER_HUB).expect("store answers");
        assert_eq!(hub.username(), "store-user");
        assert_eq!(hub.secret(), format!("pw-for-{DOCKER_HUB_AUTH_KEY}"));
        let gcr = find(text, "gcr.io").expect("helper answers");
        assert_eq!(gcr.username(), "gcr-user");
    }

    #[test]
    fn identity_tokens_and_bad_files() {
        let text = r#"{"auths": {"reg.example": {"identitytoken": "tok"}}}"#;
        let c = find(text, "reg.example").expect("found");
        assert!(c.is_identity_token());
        let e = lookup_in(Path::new("c.json"), "{", "x", &|_, _| Ok(None)).expect_err("bad json");
        assert!(e.to_string().contains("c.json"));
        let message = |text: &str| {
            lookup_in(Path::new("c.json"), text, "reg.example", &|_, _| Ok(None))
                .map(drop)
                .map_err(|e| e.to_string())
        };
        assert_eq!(
            message(r#"{"auths": {"reg.example": {"auth": "!!"}}}"#),
            Err("Docker config c.json: auths.reg.example.auth is not base64".into())
        );
        let no_colon = base64::engine::general_purpose::STANDARD.encode("bob");
        assert_eq!(
            message(&format!(
                r#"{{"auths": {{"reg.example": {{"auth": "{no_colon}"}}}}}}"#
            )),
            Err("Docker config c.json: auths.reg.example.auth is not USER:PASSWORD".into())
        );
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let c = Credentials::password("u", "hunter2", "x");
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
