//! Where the CLI keeps its state and which platform it talks to.
//!
//! Resolution order, every command:
//! - endpoint: `EVERAI_ENDPOINT`, else the one stored by `login --endpoint`
//!   (or by `everai server`), else the hosted default;
//! - home: `EVERAI_HOME` (with `~` expanded), else `$XDG_CACHE_HOME/everai`,
//!   else `~/.cache/everai` — the reference client's layout, so an existing
//!   login keeps working.

use std::path::{Path, PathBuf};

pub const DEFAULT_ENDPOINT: &str = "https://everai.expvent.com";

/// Name of the file in the home that stores the endpoint chosen at login.
const ENDPOINT_FILE: &str = "endpoint";

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn user_home() -> PathBuf {
    env_nonempty("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

fn expand_tilde(path: &str) -> PathBuf {
    match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            user_home().join(rest.trim_start_matches('/'))
        }
        _ => PathBuf::from(path),
    }
}

/// The client home, `$EVERAI_HOME`.
pub fn home() -> PathBuf {
    if let Some(h) = env_nonempty("EVERAI_HOME") {
        return expand_tilde(&h);
    }
    let cache = env_nonempty("XDG_CACHE_HOME")
        .map(|c| expand_tilde(&c))
        .unwrap_or_else(|| user_home().join(".cache"));
    cache.join("everai")
}

/// Local volume cache root (`EVERAI_VOLUME_ROOT`, used verbatim).
pub fn volume_root() -> PathBuf {
    env_nonempty("EVERAI_VOLUME_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join("volumes"))
}

/// Where the endpoint came from, for `everai config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndpointSource {
    Env,
    Stored,
    Default,
}

/// The API base URL, without a trailing slash.
pub fn endpoint() -> (String, EndpointSource) {
    if let Some(e) = env_nonempty("EVERAI_ENDPOINT") {
        return (
            e.trim().trim_end_matches('/').to_string(),
            EndpointSource::Env,
        );
    }
    if let Ok(stored) = std::fs::read_to_string(home().join(ENDPOINT_FILE)) {
        let stored = stored.trim();
        if !stored.is_empty() {
            return (
                stored.trim_end_matches('/').to_string(),
                EndpointSource::Stored,
            );
        }
    }
    (DEFAULT_ENDPOINT.to_string(), EndpointSource::Default)
}

/// An endpoint that is not an absolute http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid endpoint {0:?}: use an http:// or https:// URL such as {DEFAULT_ENDPOINT}", DEFAULT_ENDPOINT = DEFAULT_ENDPOINT)]
pub struct InvalidEndpoint(pub String);

/// Checks that `url` is an absolute http(s) URL; the error names the fix.
pub fn validate_endpoint(url: &str) -> Result<String, InvalidEndpoint> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("http://")
        .or_else(|| trimmed.strip_prefix("https://"));
    match rest {
        Some(host) if !host.is_empty() && !host.starts_with('/') => Ok(trimmed.to_string()),
        _ => Err(InvalidEndpoint(url.to_string())),
    }
}

/// Stores the endpoint for later commands (`login --endpoint`, `everai server`).
pub fn store_endpoint(url: &str) -> std::io::Result<()> {
    write_private_file(&home().join(ENDPOINT_FILE), url.as_bytes())
}

/// Forgets a stored endpoint (`logout`); absent is fine.
pub fn forget_endpoint() -> std::io::Result<()> {
    match std::fs::remove_file(home().join(ENDPOINT_FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Writes a file readable by its owner only (0600), atomically: the content is
/// written to a temporary sibling and renamed over the target, so a crash never
/// leaves half a file.
pub fn write_private_file(path: &Path, content: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)?;
    file.write_all(content)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)
}

/// Loads `./.env` (python-dotenv syntax) without overriding the real environment.
pub fn load_dotenv() {
    // A malformed .env must not stop the CLI; the reference ignores it too.
    let _ = dotenvy::from_path(".env");
}
