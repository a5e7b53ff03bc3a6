//! The App object of the platform API (`{"appV1alpha1": {...}}`), shared by
//! the REST client and the local platform (docs/wire.md, docs/manifest.md).
//!
//! Wire rules followed here:
//! - camelCase field names, in the reference model's declaration order (so a
//!   serialized body matches the captured ones key for key);
//! - every optional field is an `Option` that is skipped when `None`: we never
//!   emit `null`, and an empty list that was given stays `[]`;
//! - int32 fields are JSON numbers, timestamps are kept as the RFC 3339 text
//!   they arrived as, enums are plain `String`s (known names as consts below;
//!   validation happens in the manifest layer / the server);
//! - deserialization is lenient: unknown fields are ignored and `null` is
//!   treated as absent, like the reference client. Strictness lives in
//!   `crate::manifest`.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/// `version:` of a manifest / of the `app get -o json|yaml` document.
pub const API_VERSION: &str = "everai/v1alpha1";
/// `kind:` of a manifest / of the `app get -o json|yaml` document.
pub const KIND_APP: &str = "App";
/// Header our CLI sends with app create/update: the manifest's directory,
/// where the local platform runs the app's command. The hosted platform
/// ignores it; HTTP header names are case-insensitive.
pub const MANIFEST_DIR_HEADER: &str = "x-everai-manifest-dir";

/// Namespace used when an app has none.
pub const DEFAULT_NAMESPACE: &str = "default";

/// Prefix of the `status.status` enum names.
pub const STATUS_PREFIX: &str = "STATUS_";
pub const STATUS_UNSPECIFIED: &str = "STATUS_UNSPECIFIED";
pub const STATUS_DEPLOYED: &str = "STATUS_DEPLOYED";
pub const STATUS_PAUSED: &str = "STATUS_PAUSED";
pub const STATUS_TERMINATING: &str = "STATUS_TERMINATING";
pub const STATUS_DELETED: &str = "STATUS_DELETED";
/// Every valid `status.status` (AppStatus) name.
pub const APP_STATUSES: &[&str] = &[
    STATUS_UNSPECIFIED,
    STATUS_DEPLOYED,
    STATUS_PAUSED,
    STATUS_TERMINATING,
    STATUS_DELETED,
];

/// Prefix of the `spec.routeAuthType` enum names.
pub const ROUTE_AUTH_TYPE_PREFIX: &str = "ROUTE_AUTH_TYPE_";
pub const ROUTE_AUTH_TYPE_UNSPECIFIED: &str = "ROUTE_AUTH_TYPE_UNSPECIFIED";
pub const ROUTE_AUTH_TYPE_PRIVATE: &str = "ROUTE_AUTH_TYPE_PRIVATE";
pub const ROUTE_AUTH_TYPE_JWT: &str = "ROUTE_AUTH_TYPE_JWT";
pub const ROUTE_AUTH_TYPE_PUBLIC: &str = "ROUTE_AUTH_TYPE_PUBLIC";
/// Every valid `spec.routeAuthType` name.
pub const ROUTE_AUTH_TYPES: &[&str] = &[
    ROUTE_AUTH_TYPE_UNSPECIFIED,
    ROUTE_AUTH_TYPE_PRIVATE,
    ROUTE_AUTH_TYPE_JWT,
    ROUTE_AUTH_TYPE_PUBLIC,
];

/// `spec.autoscaler.scheduler` of both builtin policies.
pub const SCHEDULER_QUEUE: &str = "queue";
// The names, arguments and decorators of the builtin autoscalers are
// decided by `crate::autoscale` (`PolicyKind`, `parse_count`, the decorators).

/// A JSON object with string keys in the order given (labels, autoscaler
/// arguments): a duplicate key on input replaces the earlier value in place,
/// as a Python dict does.
pub type OrderedMap<V> = indexmap::IndexMap<String, V>;
/// Labels of an app (`metadata.labels`), in the order given.
pub type Labels = OrderedMap<String>;
/// Arguments of an autoscaler or decorator.
pub type Arguments = OrderedMap<Value>;

// ---------------------------------------------------------------------------
// App
// ---------------------------------------------------------------------------

/// `{"appV1alpha1": {...}}`: body and answer of create/get/update.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct App {
    #[serde(rename = "appV1alpha1", default)]
    pub app_v1alpha1: AppV1alpha1,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AppV1alpha1 {
    #[serde(default)]
    pub metadata: Metadata,
    #[serde(default)]
    pub spec: AppSpec,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AppStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Read-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_version: Option<String>,
    /// Read-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// Read-only, RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Read-only, RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_pull_secrets: Option<ImagePullSecrets>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_mounts: Option<Vec<VolumeMount>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<EnvVar>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// HTTP port of the container; absent = 80.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness_probe: Option<Probe>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<AppVolume>>,
    /// Required by the model; always serialized.
    #[serde(default)]
    pub resource: Resource,
    /// A `ROUTE_AUTH_TYPE_*` name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_auth_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_public_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_quota: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoscaler: Option<Autoscaler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<Service>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub life_cycle: Option<LifeCycle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auxiliary_users: Option<Vec<String>>,
}

// ---------------------------------------------------------------------------
// Value
// ---------------------------------------------------------------------------

/// `Commonv1Value`: a literal `{"value": "5"}` or a reference
/// `{"valueFrom": {...}}` (exactly one, checked by the manifest layer).
///
/// Always serialized in the object form. Deserializes from the object form
/// and also from a bare scalar, stored as its text like the reference does:
/// `5` → `{"value": "5"}`, `1.5` → `"1.5"`, `true` → `"True"`. `null` gives
/// an empty Value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Value {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "valueFrom", skip_serializing_if = "Option::is_none")]
    pub value_from: Option<ValueFrom>,
}

impl Value {
    /// `{"value": text}`.
    pub fn literal(text: impl Into<String>) -> Self {
        Value {
            value: Some(text.into()),
            value_from: None,
        }
    }
    /// `{"valueFrom": {"configMapKeyRef": {"name": .., "key": ..}}}`.
    pub fn config_map_ref(name: impl Into<String>, key: impl Into<String>) -> Self {
        Value {
            value: None,
            value_from: Some(ValueFrom {
                secret_key_ref: None,
                config_map_key_ref: Some(KeyRef::new(name, key)),
            }),
        }
    }
    /// `{"valueFrom": {"secretKeyRef": {"name": .., "key": ..}}}`.
    pub fn secret_ref(name: impl Into<String>, key: impl Into<String>) -> Self {
        Value {
            value: None,
            value_from: Some(ValueFrom {
                secret_key_ref: Some(KeyRef::new(name, key)),
                config_map_key_ref: None,
            }),
        }
    }
    /// The literal text, if this is a literal.
    pub fn as_literal(&self) -> Option<&str> {
        self.value.as_deref()
    }
    /// The configmap reference, if any.
    pub fn config_map_key_ref(&self) -> Option<&KeyRef> {
        self.value_from.as_ref()?.config_map_key_ref.as_ref()
    }
    /// The secret reference, if any.
    pub fn secret_key_ref(&self) -> Option<&KeyRef> {
        self.value_from.as_ref()?.secret_key_ref.as_ref()
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value object ({\"value\"} or {\"valueFrom\"}) or a scalar")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::literal(crate::pycompat::python_bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::literal(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::literal(v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(Value::literal(v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(Value::literal(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::literal(crate::pycompat::float_repr(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::literal(v))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::literal(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::default())
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::default())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut out = Value::default();
        while let Some(key) = access.next_key::<String>()? {
            match key.as_str() {
                "value" => out.value = access.next_value::<Option<ScalarText>>()?.map(|s| s.0),
                "valueFrom" => out.value_from = access.next_value::<Option<ValueFrom>>()?,
                _ => {
                    access.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
}

/// A string, or a number/bool rendered as text (lenient reading of `value`).
struct ScalarText(String);

impl<'de> Deserialize<'de> for ScalarText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ScalarText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<ScalarText, E> {
                Ok(ScalarText(crate::pycompat::python_bool(v).to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<ScalarText, E> {
                Ok(ScalarText(crate::pycompat::float_repr(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValueFrom {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key_ref: Option<KeyRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_key_ref: Option<KeyRef>,
}

/// `{name, key}` of a secret or configmap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl KeyRef {
    pub fn new(name: impl Into<String>, key: impl Into<String>) -> Self {
        KeyRef {
            name: Some(name.into()),
            key: Some(key.into()),
        }
    }
}

// ---------------------------------------------------------------------------
// Spec sub-objects
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImagePullSecrets {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VolumeMount {
    /// Name of a `spec.volumes[]` entry.
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

/// `spec.env[]` (`V1Environment`): note the `envValue` wrapper.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnvVar {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_value: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Probe {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_get: Option<HttpPath>,
}

/// `{"path": ...}` (`V1HttpGet`, `V1HttpPost`, `ProbeHttpGet`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpPath {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LifeCycle {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_start: Option<Action>,
}

/// One of `httpGet`, `httpPost`, `exec`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_get: Option<HttpPath>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_post: Option<HttpPath>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exec: Option<ExecAction>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecAction {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Service {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
}

/// `spec.volumes[]`: a name plus exactly one source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppVolume {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<VolumeSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map: Option<ConfigMapSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combined_volume: Option<CombinedVolumeSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_volume: Option<SharedVolumeSource>,
}

/// `{"volume": NAME}`: `vol`, `user/vol` or `users/<u>/volumes/<v>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecretSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<KeyToPath>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigMapSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<KeyToPath>>,
}

/// `{"key", "path"}` of a secret/configmap volume.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyToPath {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombinedVolumeSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<VolumeSource>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedVolumeSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_volume_name: Option<String>,
}

/// `spec.resource`: `cpu` and `memory` are required and always serialized.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    #[serde(default)]
    pub cpu: i32,
    /// `"<number> <unit>"`, unit in `B KiB MiB GiB TiB PiB EiB`.
    #[serde(default)]
    pub memory: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<ResourceFilter>,
}

/// A rule of `spec.resource` that a request breaks: the field under
/// `spec.resource` (`cpu`, `memory`, `gpu`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceProblem {
    pub field: &'static str,
    pub message: String,
}

impl Resource {
    /// What every app's resources must satisfy: at least one CPU, a memory
    /// size above 0 B, no negative GPU count. The server runs this on every
    /// create and update and `app check` on every manifest, so both give the
    /// same verdict. Empty when the resources are fine.
    pub fn problems(&self) -> Vec<ResourceProblem> {
        let mut found = Vec::new();
        let mut add = |field, message: String| found.push(ResourceProblem { field, message });
        if self.cpu < 1 {
            add("cpu", "must be at least 1".to_string());
        }
        match parse_memory(&self.memory) {
            Ok(0) => add("memory", "must be more than 0 B".to_string()),
            Ok(_) => {}
            Err(e) => add("memory", e.to_string()),
        }
        if self.gpu.is_some_and(|g| g < 0) {
            add("gpu", "must not be negative".to_string());
        }
        found
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceFilter {
    /// GPU models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpu: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<CpuConstraint>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
    /// CUDA version constraint such as `">=12.2"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cuda: Option<String>,
    /// Driver version constraint such as `">=535.154.05"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nvidia: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CpuConstraint {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platforms: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
}

// ---------------------------------------------------------------------------
// Autoscaler
// ---------------------------------------------------------------------------

/// `spec.autoscaler`: `scheduler` plus one policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Autoscaler {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduler: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builtin: Option<BuiltinScaler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party: Option<ThirdPartyScaler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<ContainerScaler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manual: Option<ManualScaler>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BuiltinScaler {
    /// `simple` or `free-worker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Arguments>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decorators: Option<Decorators>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Decorators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<DecoratorItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factors: Option<Vec<DecoratorItem>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DecoratorItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Arguments>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManualScaler {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_worker_num: Option<i32>,
}

/// A decision service run as a container (docs/scaling.md, "The decision service").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerScaler {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_pull_secrets: Option<ImagePullSecrets>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_path: Option<EntryPath>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<AppVolume>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryPath {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_post: Option<HttpPath>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ThirdPartyScaler {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Arguments>,
}

// ---------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------

/// `status` (read-only). A server always emits all three fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_worker: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_worker: Option<i32>,
    /// A `STATUS_*` name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

// ---------------------------------------------------------------------------
// App helpers and the display document
// ---------------------------------------------------------------------------

impl App {
    /// The app's namespace, `default` when absent or empty.
    pub fn namespace(&self) -> &str {
        match self.app_v1alpha1.metadata.namespace.as_deref() {
            Some(ns) if !ns.is_empty() => ns,
            _ => DEFAULT_NAMESPACE,
        }
    }

    /// The app's name.
    pub fn name(&self) -> &str {
        &self.app_v1alpha1.metadata.name
    }

    /// The document that `app get -o json|yaml` prints (docs/output.md,
    /// "JSON and YAML"), as the reference builds it (`App.to_dict`): `version` and
    /// `kind` in front, then `metadata`, `spec`, `status` with their keys in
    /// the model's declaration order; nulls omitted; empty namespace →
    /// `default`; `metadata.createdAt`/`updatedAt` passed through `fmt_ts`;
    /// `status.status` and `spec.routeAuthType` without their `STATUS_` /
    /// `ROUTE_AUTH_TYPE_` prefixes.
    pub fn to_document(&self, fmt_ts: impl Fn(&str) -> String) -> serde_json::Value {
        document(self, Some(&fmt_ts))
    }
}

/// Shared by `App::to_document` and the manifest printer: `fmt_ts` `None`
/// leaves timestamps as they are.
pub(crate) fn document(app: &App, fmt_ts: Option<&dyn Fn(&str) -> String>) -> serde_json::Value {
    use serde_json::{Map, Value as J};
    let mut inner = app.app_v1alpha1.clone();
    inner.metadata.namespace = Some(app.namespace().to_string());
    if let Some(f) = fmt_ts {
        let md = &mut inner.metadata;
        md.created_at = md.created_at.as_deref().map(f);
        md.updated_at = md.updated_at.as_deref().map(f);
    }
    if let Some(t) = inner.spec.route_auth_type.as_mut() {
        if let Some(short) = t.strip_prefix(ROUTE_AUTH_TYPE_PREFIX) {
            *t = short.to_string();
        }
    }
    if let Some(st) = inner.status.as_mut().and_then(|s| s.status.as_mut()) {
        if let Some(short) = st.strip_prefix(STATUS_PREFIX) {
            *st = short.to_string();
        }
    }
    let mut doc = Map::new();
    doc.insert("version".into(), J::String(API_VERSION.into()));
    doc.insert("kind".into(), J::String(KIND_APP.into()));
    // Serializing our own plain structs cannot fail (string keys only).
    if let Ok(J::Object(body)) = serde_json::to_value(&inner) {
        for (k, v) in body {
            doc.insert(k, v);
        }
    }
    J::Object(doc)
}

/// The units a memory size may have, smallest first.
const MEMORY_UNITS: &[&str] = &["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

/// Why a text is not a memory size.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MemoryError {
    /// Not `"<number> <unit>"`; `hint` is the size with a unit spelled as
    /// it should be, when the unit looks like a known one.
    #[error("invalid memory size {}: expected \"<number> <unit>\" with unit one of {} (e.g. \"1024 MiB\", \"2 GiB\"){}",
        quoted(.text), MEMORY_UNITS.join(", "),
        .hint.as_ref().map(|h| format!("; did you mean \"{h}\"?")).unwrap_or_default())]
    Invalid { text: String, hint: Option<String> },
    #[error("memory size {} is too large", quoted(.0))]
    TooLarge(String),
}

/// `text` as a JSON string, the way memory errors quote it.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// Parses a memory size `"<number> <unit>"` (one space; unit one of `B KiB
/// MiB GiB TiB PiB EiB`; the number may have a fraction: `"1.5 GiB"`) into
/// bytes (fractions of a byte are dropped).
pub fn parse_memory(s: &str) -> Result<u64, MemoryError> {
    let bad = || MemoryError::Invalid {
        text: s.to_string(),
        hint: None,
    };
    let (number, unit) = s.split_once(' ').ok_or_else(bad)?;
    let exp = MEMORY_UNITS
        .iter()
        .position(|u| *u == unit)
        .ok_or_else(|| {
            let hint = match unit.to_ascii_lowercase().as_str() {
                "k" | "ki" | "kb" | "kib" => Some("KiB"),
                "m" | "mi" | "mb" | "mib" => Some("MiB"),
                "g" | "gi" | "gb" | "gib" => Some("GiB"),
                "t" | "ti" | "tb" | "tib" => Some("TiB"),
                "b" => Some("B"),
                _ => None,
            };
            MemoryError::Invalid {
                text: s.to_string(),
                hint: hint.map(|h| format!("{number} {h}")),
            }
        })?;
    let (int_part, frac_part) = match number.split_once('.') {
        Some((i, f)) => (i, f),
        None => (number, ""),
    };
    let digits_ok = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty()
        || !digits_ok(int_part)
        || !digits_ok(frac_part)
        || (number.contains('.') && frac_part.is_empty())
    {
        return Err(bad());
    }
    let multiplier: u128 = 1u128 << (10 * exp as u32);
    let too_big = || MemoryError::TooLarge(s.to_string());
    let whole: u128 = int_part.parse::<u128>().map_err(|_| too_big())?;
    let mut bytes = whole.checked_mul(multiplier).ok_or_else(too_big)?;
    if !frac_part.is_empty() {
        // Exact decimal fraction: frac / 10^len * multiplier, rounded down.
        let digits = &frac_part[..frac_part.len().min(18)];
        let frac: u128 = digits.parse().map_err(|_| bad())?;
        let scale = 10u128.pow(digits.len() as u32);
        bytes = bytes
            .checked_add(frac.checked_mul(multiplier).ok_or_else(too_big)? / scale)
            .ok_or_else(too_big)?;
    }
    u64::try_from(bytes).map_err(|_| too_big())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resource_rules() {
        let resource = |cpu: i32, memory: &str, gpu: Option<i32>| Resource {
            cpu,
            memory: memory.to_string(),
            gpu,
            filters: None,
        };
        assert_eq!(resource(1, "1 GiB", Some(0)).problems(), []);
        let fields = |r: Resource| -> Vec<&'static str> {
            r.problems().into_iter().map(|p| p.field).collect()
        };
        assert_eq!(fields(resource(-5, "1 GiB", None)), ["cpu"]);
        assert_eq!(
            fields(resource(0, "0 B", Some(-1))),
            ["cpu", "memory", "gpu"]
        );
        assert_eq!(fields(resource(2, "2Gi", None)), ["memory"]);
    }

    #[test]
    fn value_object_and_shorthand_forms() {
        let v: Value = serde_json::from_value(json!({"value": "5"})).unwrap();
        assert_eq!(v, Value::literal("5"));
        let v: Value = serde_json::from_value(json!(5)).unwrap();
        assert_eq!(v, Value::literal("5"));
        let v: Value = serde_json::from_value(json!(1.5)).unwrap();
        assert_eq!(v, Value::literal("1.5"));
        let v: Value = serde_json::from_value(json!(true)).unwrap();
        assert_eq!(v, Value::literal("True"));
        let v: Value = serde_json::from_value(json!("x")).unwrap();
        assert_eq!(v, Value::literal("x"));
        let v: Value = serde_json::from_value(
            json!({"valueFrom": {"configMapKeyRef": {"name": "cm", "key": "k"}}, "extra": 1}),
        )
        .unwrap();
        assert_eq!(v, Value::config_map_ref("cm", "k"));
        assert_eq!(
            serde_json::to_value(Value::secret_ref("s", "k")).unwrap(),
            json!({"valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}})
        );
        assert_eq!(
            serde_json::to_value(Value::literal("1")).unwrap(),
            json!({"value": "1"})
        );
        let v: Option<Value> = serde_json::from_value(json!(null)).unwrap();
        assert_eq!(v, None);
        let m: Arguments = serde_json::from_value(json!({"a": null})).unwrap();
        assert_eq!(m.get("a"), Some(&Value::default()));
    }

    #[test]
    fn ordered_map_keeps_order_and_replaces_duplicates() {
        let m: Labels = serde_json::from_str(r#"{"b": "1", "a": "2", "b": "3"}"#).unwrap();
        assert_eq!(m.keys().cloned().collect::<Vec<_>>(), vec!["b", "a"]);
        assert_eq!(m.get("b").map(String::as_str), Some("3"));
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"b":"3","a":"2"}"#);
    }

    #[test]
    fn lenient_reading_of_server_answers() {
        let app: App = serde_json::from_value(json!({"appV1alpha1": {
            "metadata": {"name": "a", "createdAt": "2024-10-02T07:12:40.118Z", "somethingNew": 1},
            "spec": {"resource": {"cpu": 1, "memory": "1 GiB"}, "image": null,
                     "autoscaler": {"builtin": {"name": "simple",
                        "arguments": {"max_workers": {"value": "5"}, "min_workers": 1}}}},
            "status": {"status": "STATUS_DEPLOYED", "desiredWorker": 1, "readyWorker": 1}
        }}))
        .unwrap();
        assert_eq!(app.name(), "a");
        assert_eq!(app.namespace(), "default");
        assert_eq!(app.app_v1alpha1.spec.image, None);
        let args = app
            .app_v1alpha1
            .spec
            .autoscaler
            .as_ref()
            .unwrap()
            .builtin
            .as_ref()
            .unwrap();
        let args = args.arguments.as_ref().unwrap();
        assert_eq!(args.get("min_workers"), Some(&Value::literal("1")));
        // An empty object is a (degenerate) App, never an error.
        let empty: App = serde_json::from_str("{}").unwrap();
        assert_eq!(empty.namespace(), "default");
    }

    #[test]
    fn serialization_never_emits_null_and_keeps_empty_lists() {
        let mut app = App::default();
        app.app_v1alpha1.metadata.name = "x".into();
        app.app_v1alpha1.spec.resource = Resource {
            cpu: 1,
            memory: "1 GiB".into(),
            gpu: None,
            filters: Some(ResourceFilter {
                cpu: Some(CpuConstraint {
                    platforms: Some(vec!["amd64".into()]),
                    models: Some(vec![]),
                }),
                ..Default::default()
            }),
        };
        let s = serde_json::to_string(&app).unwrap();
        assert_eq!(
            s,
            r#"{"appV1alpha1":{"metadata":{"name":"x"},"spec":{"resource":{"cpu":1,"memory":"1 GiB","filters":{"cpu":{"platforms":["amd64"],"models":[]}}}}}}"#
        );
        assert!(!s.contains("null"));
    }

    #[test]
    fn document_has_reference_shape() {
        let app: App = serde_json::from_value(json!({"appV1alpha1": {
            "status": {"status": "STATUS_DEPLOYED", "desiredWorker": 3, "readyWorker": 3},
            "spec": {"routeAuthType": "ROUTE_AUTH_TYPE_PUBLIC", "image": "quay.io/u/img:v1",
                     "resource": {"memory": "1 GiB", "cpu": 1}},
            "metadata": {"labels": {"l": "v"}, "createdAt": "2024-06-18T04:21:37Z",
                         "uid": "u1", "resourceVersion": "3", "name": "get-start", "namespace": ""}
        }}))
        .unwrap();
        let doc = app.to_document(|s| format!("<{s}>"));
        assert_eq!(
            serde_json::to_string(&doc).unwrap(),
            concat!(
                r#"{"version":"everai/v1alpha1","kind":"App","#,
                r#""metadata":{"name":"get-start","namespace":"default","resourceVersion":"3","uid":"u1","createdAt":"<2024-06-18T04:21:37Z>","labels":{"l":"v"}},"#,
                r#""spec":{"image":"quay.io/u/img:v1","resource":{"cpu":1,"memory":"1 GiB"},"routeAuthType":"PUBLIC"},"#,
                r#""status":{"desiredWorker":3,"readyWorker":3,"status":"DEPLOYED"}}"#
            )
        );
        // No status: no status key.
        let mut app2 = app.clone();
        app2.app_v1alpha1.status = None;
        let doc2 = app2.to_document(|s| s.to_string());
        assert!(doc2.get("status").is_none());
    }
}
