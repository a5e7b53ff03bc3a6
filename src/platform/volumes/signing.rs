//! Short-lived signatures for the storage URLs the volume API hands out.
//!
//! A URL carries `expires` (Unix seconds) and `signature`, the hex
//! HMAC-SHA256 of `METHOD\nPATH\nEXPIRES` under a key kept in the data dir
//! (so URLs issued before a restart stay valid until they expire). Storage
//! requests need no bearer token: the signature is the authorisation.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long a signed URL stays valid.
pub const URL_LIFETIME: Duration = Duration::from_secs(15 * 60);

#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Missing,
    Expired,
    BadSignature,
}

impl Refusal {
    pub fn message(&self) -> &'static str {
        match self {
            Refusal::Missing => "storage URL is not signed: ask the volume API for a signed URL",
            Refusal::Expired => "storage URL has expired: ask the volume API for a new one",
            Refusal::BadSignature => "storage URL signature does not match",
        }
    }
}

impl Signer {
    pub fn new(key: Vec<u8>) -> Signer {
        Signer { key }
    }

    /// The key kept in `path` (0600), made on first use.
    pub fn load_or_create(path: &Path) -> Result<Signer, super::VolumeError> {
        if let Ok(text) = std::fs::read_to_string(path) {
            if let Ok(key) = hex::decode(text.trim()) {
                if key.len() >= 32 {
                    return Ok(Signer::new(key));
                }
            }
        }
        let key: [u8; 32] = rand::random();
        crate::config::write_private_file(path, hex::encode(key).as_bytes()).map_err(|source| {
            super::VolumeError::WriteKey {
                path: path.to_path_buf(),
                source,
            }
        })?;
        Ok(Signer::new(key.to_vec()))
    }

    fn mac(&self, method: &str, path: &str, expires: u64) -> String {
        // HMAC accepts keys of any length, so `new_from_slice` cannot fail.
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.key) {
            Ok(m) => m,
            Err(_) => return String::new(),
        };
        mac.update(format!("{method}\n{path}\n{expires}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// `path?expires=..&signature=..`, valid for `URL_LIFETIME` from `now`.
    pub fn sign(&self, method: &str, path: &str, now: SystemTime) -> String {
        let expires = unix(now) + URL_LIFETIME.as_secs();
        format!(
            "{path}?expires={expires}&signature={}",
            self.mac(method, path, expires)
        )
    }

    pub fn verify(
        &self,
        method: &str,
        path: &str,
        expires: Option<&str>,
        signature: Option<&str>,
        now: SystemTime,
    ) -> Result<(), Refusal> {
        let (Some(expires), Some(signature)) = (expires, signature) else {
            return Err(Refusal::Missing);
        };
        let expires: u64 = expires.parse().map_err(|_| Refusal::BadSignature)?;
        let want = self.mac(method, path, expires);
        let same = want.len() == signature.len()
            && want
                .bytes()
                .zip(signature.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if !same {
            return Err(Refusal::BadSignature);
        }
        if unix(now) > expires {
            return Err(Refusal::Expired);
        }
        Ok(())
    }
}

fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(url: &str, key: &str) -> Option<String> {
        let q = url.split_once('?')?.1;
        q.split('&')
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")).map(str::to_string))
    }

    #[test]
    fn signed_urls_verify_until_they_expire() {
        let signer = Signer::new(vec![7; 32]);
        let now = SystemTime::now();
        let url = signer.sign("PUT", "/storage/v1/put/abc/3", now);
        let (e, s) = (query(&url, "expires"), query(&url, "signature"));
        let check = |method: &str, path: &str, at: SystemTime| {
            signer.verify(method, path, e.as_deref(), s.as_deref(), at)
        };
        assert_eq!(check("PUT", "/storage/v1/put/abc/3", now), Ok(()));
        assert_eq!(
            check("PUT", "/storage/v1/put/abd/3", now),
            Err(Refusal::BadSignature)
        );
        assert_eq!(
            check("GET", "/storage/v1/put/abc/3", now),
            Err(Refusal::BadSignature)
        );
        let later = now + URL_LIFETIME + Duration::from_secs(5);
        assert_eq!(
            check("PUT", "/storage/v1/put/abc/3", later),
            Err(Refusal::Expired)
        );
        assert_eq!(
            signer.verify("PUT", "/x", None, None, now),
            Err(Refusal::Missing)
        );
        let other = Signer::new(vec![8; 32]);
        assert_eq!(
            other.verify(
                "PUT",
                "/storage/v1/put/abc/3",
                e.as_deref(),
                s.as_deref(),
                now
            ),
            Err(Refusal::BadSignature)
        );
    }
}
