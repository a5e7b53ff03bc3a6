//! Turning a `Value` (a literal, or a key of a configmap or secret) into
//! text: the parts and the error shared by every place that does it (worker
//! env and volume files on the platform and in `everai run`, autoscaler
//! arguments in the scheduler, `everai autoscaler` and `app simulate`).

use super::app::Value;
use base64::Engine;

/// Why a value has no text. The messages name the configmap or secret and
/// the key, so the user knows what to create or fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("a value has neither `value` nor `valueFrom`")]
    Empty,
    #[error("{kind} \"{name}\" not found")]
    NotFound { kind: &'static str, name: String },
    #[error("{kind} \"{name}\" has no key \"{key}\"")]
    NoKey {
        kind: &'static str,
        name: String,
        key: String,
    },
    #[error("secret \"{name}\" key \"{key}\" is not valid base64")]
    NotBase64 { name: String, key: String },
    #[error("{kind} \"{name}\" key \"{key}\" is not UTF-8 text")]
    NotUtf8 {
        kind: &'static str,
        name: String,
        key: String,
    },
    /// The store or the API could not be read; its own message.
    #[error("{0}")]
    Unreadable(String),
}

/// Where a value's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueSource<'a> {
    Literal(&'a str),
    /// Key `key` of the configmap or secret (`kind`) `name`.
    Key {
        kind: &'static str,
        name: &'a str,
        key: &'a str,
    },
}

impl Value {
    /// Where the text of this value is; a configmap reference wins over a
    /// secret one, as on the platform.
    pub fn source(&self) -> Result<ValueSource<'_>, ResolveError> {
        if let Some(text) = self.as_literal() {
            return Ok(ValueSource::Literal(text));
        }
        let (kind, r) = match (self.config_map_key_ref(), self.secret_key_ref()) {
            (Some(r), _) => ("configmap", r),
            (None, Some(r)) => ("secret", r),
            (None, None) => return Err(ResolveError::Empty),
        };
        Ok(ValueSource::Key {
            kind,
            name: r.name.as_deref().unwrap_or(""),
            key: r.key.as_deref().unwrap_or(""),
        })
    }
}

/// The bytes of a secret value as stored and sent (base64).
pub fn decode_secret(name: &str, key: &str, encoded: &str) -> Result<Vec<u8>, ResolveError> {
    base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|_| ResolveError::NotBase64 {
            name: name.to_string(),
            key: key.to_string(),
        })
}

/// `bytes` as text, for key `key` of `kind` `name`.
pub fn utf8_text(
    kind: &'static str,
    name: &str,
    key: &str,
    bytes: Vec<u8>,
) -> Result<String, ResolveError> {
    String::from_utf8(bytes).map_err(|_| ResolveError::NotUtf8 {
        kind,
        name: name.to_string(),
        key: key.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(json: serde_json::Value) -> Value {
        serde_json::from_value(json).expect("value")
    }

    #[test]
    fn a_value_names_where_its_text_is() {
        assert_eq!(
            value(serde_json::json!("x")).source(),
            Ok(ValueSource::Literal("x"))
        );
        let v =
            value(serde_json::json!({"valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}));
        assert_eq!(
            v.source(),
            Ok(ValueSource::Key {
                kind: "secret",
                name: "s",
                key: "k"
            })
        );
        let empty = value(serde_json::json!({"valueFrom": {}}));
        assert_eq!(
            empty.source().map_err(|e| e.to_string()),
            Err("a value has neither `value` nor `valueFrom`".to_string())
        );
    }

    #[test]
    fn secret_values_must_be_base64_of_utf8_text() {
        assert_eq!(decode_secret("s", "k", "eA=="), Ok(b"x".to_vec()));
        assert_eq!(
            decode_secret("s", "k", "!").map_err(|e| e.to_string()),
            Err("secret \"s\" key \"k\" is not valid base64".to_string())
        );
        assert_eq!(
            utf8_text("secret", "s", "k", vec![0xff]).map_err(|e| e.to_string()),
            Err("secret \"s\" key \"k\" is not UTF-8 text".to_string())
        );
    }
}
