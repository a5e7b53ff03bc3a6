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

/// Why the keyring was not used.
#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("disabled by EVERAI_NO_KEYRING")]
    Disabled,
    #[error(transparent)]
    Keyring(#[from] keyring::Error),
    /// The helper thread or its runtime could not be started.
    #[error(transparent)]
    Thread(std::io::Error),
    #[error("the keyring did not answer in time")]
    Timeout,
}

/// Why a stored token could not be written or removed.
#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    #[error("cannot write the token file {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot remove the token file {}: {source}", path.display())]
    Remove {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where `store` put a token, and why not in the keyring when it fell back.
pub struct Stored {
    pub source: TokenSource,
    pub keyring_unavailable: Option<KeyringError>,
}

/// Stores a token: in the keyring unless `insecure_file`, falling back to the
/// 0600 token file when no keyring answers.
pub fn store(token: &str, insecure_file: bool) -> Result<Stored, CredentialsError> {
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
    config::write_private_file(&path, token.as_bytes()).map_err(|source| {
        CredentialsError::Write {
            path: path.clone(),
            source,
        }
    })?;
    Ok(Stored {
        source: TokenSource::File(path),
        keyring_unavailable,
    })
}

/// Removes stored tokens (keyring entry and file). Returns whether any existed.
pub fn remove_stored() -> Result<bool, CredentialsError> {
    let in_keyring = keyring_delete().unwrap_or(false);
    let in_file = remove_token_file().map_err(|source| CredentialsError::Remove {
        path: token_file(),
        source,
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
) -> Result<T, KeyringError> {
    if keyring_disabled() {
        return Err(KeyringError::Disabled);
    }
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let result = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(KeyringError::Thread)
                .and_then(|rt| {
                    let _guard = rt.enter();
                    Ok(keyring::Entry::new(KEYRING_SERVICE, KEYRING_USER)
                        .and_then(|entry| op(&entry))?)
                });
            let _ = tx.send(result);
        })
        .map_err(KeyringError::Thread)?;
    rx.recv_timeout(KEYRING_TIMEOUT)
        .map_err(|_| KeyringError::Timeout)?
}

fn keyring_get() -> Result<Option<String>, KeyringError> {
    with_keyring(|entry| match entry.get_password() {
        Ok(v) => Ok(Some(v)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e),
    })
}

fn keyring_set(token: &str) -> Result<(), KeyringError> {
    let token = token.to_string();
    with_keyring(move |entry| entry.set_password(&token))
}

fn keyring_delete() -> Result<bool, KeyringError> {
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
