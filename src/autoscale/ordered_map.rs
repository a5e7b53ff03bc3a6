//! Insertion-ordered maps with the JSON behaviour of a Python dict.
//!
//! The reference echoes the factors back in its reply, and a Python dict keeps
//! keys in the order they first appeared (a repeated key keeps its first
//! position and takes the last value). Replies only come out byte-identical if
//! we keep that order too, so the queue summaries, histories and decorator
//! arguments use an `IndexMap` instead of a `BTreeMap`.

use super::lax::{parse_int_text, LaxI64};
use indexmap::IndexMap;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::hash::Hash;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

/// An [`IndexMap`] (insertion order; a repeated key keeps its first position
/// and takes the last value, as in a Python dict) whose JSON form reads keys
/// and values leniently, as the reference's pydantic models do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderedMap<K: Hash + Eq, V>(IndexMap<K, V>);

impl<K: Hash + Eq, V> Default for OrderedMap<K, V> {
    fn default() -> Self {
        Self(IndexMap::new())
    }
}

impl<K: Hash + Eq, V> OrderedMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }
}

impl<K: Hash + Eq, V> Deref for OrderedMap<K, V> {
    type Target = IndexMap<K, V>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<K: Hash + Eq, V> DerefMut for OrderedMap<K, V> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for OrderedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl<K: Hash + Eq, V> IntoIterator for OrderedMap<K, V> {
    type Item = (K, V);
    type IntoIter = indexmap::map::IntoIter<K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// A JSON object key that is not one of an [`OrderedMap`]'s keys; serde
/// reports it with the position in the document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("expected an integer key, got {0:?}")]
    NotInteger(String),
    #[error("unknown key {text:?}, expected one of {}", .expected.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", "))]
    Unknown {
        text: String,
        expected: Vec<&'static str>,
    },
}

/// A type usable as a JSON object key of an [`OrderedMap`].
pub trait MapKey: Sized + Hash + Eq {
    /// Parses a key from its JSON text, or says what was expected.
    fn parse_key(text: &str) -> Result<Self, KeyError>;
    /// The key as JSON object key text.
    fn key_text(&self) -> Cow<'_, str>;
}

impl MapKey for String {
    fn parse_key(text: &str) -> Result<Self, KeyError> {
        Ok(text.to_owned())
    }

    fn key_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

/// Integer keys (seconds ago in the histories) are written as decimal text
/// and read leniently, as Python's `int()` would (`"010"` is 10).
impl MapKey for i64 {
    fn parse_key(text: &str) -> Result<Self, KeyError> {
        parse_int_text(text).ok_or_else(|| KeyError::NotInteger(text.to_string()))
    }

    fn key_text(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}

/// A type usable as a value of an [`OrderedMap`]. This exists so integer
/// values can go through the lenient integer parser.
pub trait MapValue: Sized {
    /// Reads one value.
    fn deserialize_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

impl MapValue for i64 {
    fn deserialize_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        LaxI64::deserialize(deserializer).map(|v| v.0)
    }
}

impl MapValue for String {
    fn deserialize_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)
    }
}

impl<K: MapKey, V: MapValue> MapValue for OrderedMap<K, V> {
    fn deserialize_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::deserialize(deserializer)
    }
}

impl<K: MapKey, V: Serialize> Serialize for OrderedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k.key_text().as_ref(), v)?;
        }
        map.end()
    }
}

struct ValueSeed<V>(PhantomData<V>);

impl<'de, V: MapValue> DeserializeSeed<'de> for ValueSeed<V> {
    type Value = V;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<V, D::Error> {
        V::deserialize_value(deserializer)
    }
}

struct OrderedMapVisitor<K, V>(PhantomData<(K, V)>);

impl<'de, K: MapKey, V: MapValue> Visitor<'de> for OrderedMapVisitor<K, V> {
    type Value = OrderedMap<K, V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = IndexMap::with_capacity(access.size_hint().unwrap_or(0).min(4096));
        while let Some(text) = access.next_key::<Cow<'de, str>>()? {
            let key = K::parse_key(&text).map_err(de::Error::custom)?;
            let value = access.next_value_seed(ValueSeed::<V>(PhantomData))?;
            map.insert(key, value);
        }
        Ok(OrderedMap(map))
    }
}

impl<'de, K: MapKey, V: MapValue> Deserialize<'de> for OrderedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OrderedMapVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_key_keeps_first_position_and_last_value() {
        let map: OrderedMap<i64, i64> =
            serde_json::from_str(r#"{"10": 1, "5": 2, "010": 3}"#).expect("valid map");
        assert_eq!(map.get(&10), Some(&3));
        assert_eq!(map.len(), 2);
        assert_eq!(
            serde_json::to_string(&map).expect("serializable"),
            r#"{"10":3,"5":2}"#
        );
    }

    #[test]
    fn string_maps_keep_order_and_refuse_numbers() {
        let map: OrderedMap<String, String> =
            serde_json::from_str(r#"{"b": "1", "a": "2"}"#).expect("valid map");
        let keys: Vec<_> = map.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert!(serde_json::from_str::<OrderedMap<String, String>>(r#"{"a": 1}"#).is_err());
    }

    #[test]
    fn bad_integer_key_is_an_error() {
        let err = serde_json::from_str::<OrderedMap<i64, i64>>(r#"{"ten": 1}"#).expect_err("ten");
        assert_eq!(
            err.to_string(),
            "expected an integer key, got \"ten\" at line 1 column 6"
        );
    }
}
