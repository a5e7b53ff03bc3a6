//! The API token: where it is read from and where `login` stores it.
//!
//! Read order: `EVERAI_TOKEN`, then the system keyring (Secret Service), then
//! the token file `$EVERAI_HOME/token` (the reference client's location).
//! Keyring calls run on a helper thread with a deadline so a locked or absent
//! keyring daemon can never hang a command.

use crate::config;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

const KEYRING_SERVICE: &str = "everai";
const KEYRING_USER: &str = "token";
const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Where a token was found or stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Env,
    Keyring,
    File(PathBuf),
}

impl std::fmt::Display for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Env => f.write_str("environment variable EVERAI_TOKEN"),
            TokenSource::Keyring => f.write_str("system keyring"),
            TokenSource::File(p) => write!(f, "file {}", p.display()),
        }
    }
}

/// A token with its origin. `Debug` never shows the secret.
#[derive(Clone)]
pub struct Token {
    pub value: String,
    pub source: TokenSource,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("value", &"<redacted>")
            .field("source", &self.source)
            .finish()
    }
}

/// Tokens are stored as given but read with line breaks and blanks removed,
/// like the reference client; an empty result means "no token".
pub fn clean(raw: &str) -> Option<String> {
    let cleaned: String = raw.chars().filter(|c| *c != '\r' && *c != '\n').collect();
    let cleaned = cleaned.trim();
    (!cleaned.is_empty()).then(|| cleaned.to_string())
}

pub fn token_file() -> PathBuf {
    config::home().join("token")
}

/// Finds the token to use, if any.
pub fn resolve() -> Option<Token> {
    if let Some(value) = std::env::var("EVERAI_TOKEN").ok().and_then(|v| clean(&v)) {
        return Some(Token {
            value,
            source: TokenSource::Env,
        });
    }
    if let Ok(Some(value)) = keyring_get() {
        if let Some(value) = clean(&value) {
            return Some(Token {
                value,
                source: TokenSource::Keyring,
            });
        }
    }
    let path = token_file();
    let value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|v| clean(&v))?;
    Some(Token {
        value,
        source: TokenSource::File(path),
    })
}

/// Where `store` put a token, and why not in the keyring when it fell back.
pub struct Stored {
    pub source: TokenSource,
    pub keyring_unavailable: Option<String>,
}

/// Stores a token: in the keyring unless `insecure_file`, falling back to the
/// 0600 token file when no keyring answers.
pub fn store(token: &str, insecure_file: bool) -> Result<Stored, String> {
    let mut keyring_unavailable = None;
    if !insecure_file {
        match keyring_set(token) {
            Ok(()) => {
                // A stale file would otherwise come back after a later logout.
                let _ = remove_token_file();
                return Ok(Stored {
                    source: TokenSource::Keyring,
                    keyring_unavailable: None,
                });
            }
            Err(reason) => keyring_unavailable = Some(reason),
        }
    }
    let path = token_file();
    config::write_private_file(&path, token.as_bytes())
        .map_err(|e| format!("cannot write the token file {}: {e}", path.display()))?;
    Ok(Stored {
        source: TokenSource::File(path),
        keyring_unavailable,
    })
}

/// Removes stored tokens (keyring entry and file). Returns whether any existed.
pub fn remove_stored() -> Result<bool, String> {
    let in_keyring = keyring_delete().unwrap_or(false);
    let in_file = remove_token_file().map_err(|e| {
        format!(
            "cannot remove the token file {}: {e}",
            token_file().display()
        )
    })?;
    Ok(in_keyring || in_file)
}

fn remove_token_file() -> std::io::Result<bool> {
    match std::fs::remove_file(token_file()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

fn keyring_disabled() -> bool {
    std::env::var("EVERAI_NO_KEYRING")
        .map(|v| !v.is_empty() && v != "0")
        .unwrap_or(false)
}

/// Runs one keyring operation on its own thread with a deadline. The Secret
/// Service client needs a Tokio context, so the thread gets a small runtime.
fn with_keyring<T: Send + 'static>(
    op: impl FnOnce(&keyring::Entry) -> Result<T, keyring::Error> + Send + 'static,
) -> Result<T, String> {
    if keyring_disabled() {
        return Err("disabled by EVERAI_NO_KEYRING".into());
    }
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let result = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
                .and_then(|rt| {
                    let _guard = rt.enter();
                    keyring::Entry::new(KEYRING_SERVICE, KEYRING_USER)
                        .and_then(|entry| op(&entry))
                        .map_err(|e| e.to_string())
                });
            let _ = tx.send(result);
        })
        .map_err(|e| e.to_string())?;
    rx.recv_timeout(KEYRING_TIMEOUT)
        .map_err(|_| "the keyring did not answer in time".to_string())?
}

fn keyring_get() -> Result<Option<String>, String> {
    with_keyring(|entry| match entry.get_password() {
        Ok(v) => Ok(Some(v)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e),
    })
}

fn keyring_set(token: &str) -> Result<(), String> {
    let token = token.to_string();
    with_keyring(move |entry| entry.set_password(&token))
}

fn keyring_delete() -> Result<bool, String> {
    with_keyring(|entry| match entry.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(e),
    })
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn clean_strips_line_breaks_and_blanks() {
        assert_eq!(clean("  ab\r\ncd \n"), Some("abcd".into()));
        assert_eq!(clean(" \n\r "), None);
        assert_eq!(clean(""), None);
    }
}
