//! Namespaces, configmaps, secrets and resources.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub type Labels = BTreeMap<String, String>;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Namespace {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NamespaceList {
    #[serde(default)]
    pub namespaces: Vec<Namespace>,
}

/// A configmap or a secret: the two share one shape. For secrets every `data`
/// value is the standard base64 of the UTF-8 plaintext.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct KeyValueObject {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub data: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
    /// Spelled `createAt` on the wire (docs/wire.md, "Field names").
    #[serde(default, rename = "createAt", skip_serializing_if = "Option::is_none")]
    pub create_at: Option<String>,
}

pub type ConfigMap = KeyValueObject;
pub type Secret = KeyValueObject;

/// Body of create/update for configmaps and secrets (name is in the path).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct KeyValueBody {
    #[serde(default)]
    pub data: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConfigMapList {
    #[serde(default)]
    pub configmaps: Vec<ConfigMap>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SecretList {
    #[serde(default)]
    pub secrets: Vec<Secret>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RegionList {
    #[serde(default)]
    pub regions: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CpuList {
    #[serde(default)]
    pub cpus: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GpuList {
    #[serde(default)]
    pub gpus: Vec<String>,
}
