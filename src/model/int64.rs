//! int64 fields travel as JSON strings (protobuf JSON mapping); accept numbers too.

use serde::{de, Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(v: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&v.to_string())
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Num(i64),
        Str(String),
    }
    match Either::deserialize(d)? {
        Either::Num(n) => Ok(n),
        Either::Str(s) => s
            .trim()
            .parse()
            .map_err(|_| de::Error::custom(format!("expected an int64 string, got {s:?}"))),
    }
}

/// The same for `Option<i64>` fields.
pub mod option {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(n) => s.serialize_str(&n.to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        #[derive(Deserialize)]
        struct Wrap(#[serde(with = "super")] i64);
        Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
    }
}
