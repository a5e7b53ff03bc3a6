//! A small insertion-ordered map with the JSON behaviour of a Python dict.
//!
//! The reference echoes the factors back in its reply, and a Python dict keeps
//! keys in the order they first appeared (a repeated key keeps its first
//! position and takes the last value). Replies only come out byte-identical if
//! we keep that order too, so the queue summaries, histories and decorator
//! arguments use this map instead of a `BTreeMap`.

use super::lax::{parse_int_text, LaxI64};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A map that keeps its keys in insertion order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for OrderedMap<K, V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
        }
    }
}

impl<K: PartialEq, V> OrderedMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value under `key`, if any.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key` to `value`. An existing key keeps its position (like a
    /// Python dict); the previous value is returned.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<K: PartialEq, V> FromIterator<(K, V)> for OrderedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Self::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<K, V> IntoIterator for OrderedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// A type usable as a JSON object key of an [`OrderedMap`].
pub trait MapKey: Sized + PartialEq {
    /// Parses a key from its JSON text, or explains what was expected.
    fn parse_key(text: &str) -> Result<Self, String>;
    /// The key as JSON object key text. Equal keys must give equal text
    /// (it identifies repeated keys while reading).
    fn key_text(&self) -> Cow<'_, str>;
}

impl MapKey for String {
    fn parse_key(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }

    fn key_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

/// Integer keys (seconds ago in the histories) are written as decimal text
/// and read leniently, as Python's `int()` would (`"010"` is 10).
impl MapKey for i64 {
    fn parse_key(text: &str) -> Result<Self, String> {
        parse_int_text(text).ok_or_else(|| format!("expected an integer key, got {text:?}"))
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
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
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
        let mut entries: Vec<(K, V)> = Vec::new();
        // Position of each key by its canonical text, so that a body with
        // many keys is read in O(n log n) rather than O(n²).
        let mut positions: BTreeMap<String, usize> = BTreeMap::new();
        while let Some(text) = access.next_key::<Cow<'de, str>>()? {
            let key = K::parse_key(&text).map_err(de::Error::custom)?;
            let value = access.next_value_seed(ValueSeed::<V>(PhantomData))?;
            match positions.entry(key.key_text().into_owned()) {
                Entry::Occupied(slot) => {
                    if let Some(entry) = entries.get_mut(*slot.get()) {
                        entry.1 = value;
                    }
                }
                Entry::Vacant(slot) => {
                    slot.insert(entries.len());
                    entries.push((key, value));
                }
            }
        }
        Ok(OrderedMap { entries })
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
        assert!(serde_json::from_str::<OrderedMap<i64, i64>>(r#"{"ten": 1}"#).is_err());
    }
}
