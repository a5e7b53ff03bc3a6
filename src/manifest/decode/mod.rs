//! Positioned YAML tree → `App`, collecting every problem.
//!
//! Two levels of problems:
//! - *structural* (the reference's loading rules, docs/manifest.md, plus
//!   our rejection of unknown keys): `parse_manifest` fails on any of them;
//! - *semantic* (cross references, name syntax, value ranges, autoscaler
//!   arguments): reported by `check_manifest` only.
//!
//! `reader` reads typed values with positions; `spec`, `volumes` and
//! `autoscaler` decode their parts of the document; `suggest` makes the
//! "did you mean" hints. The field-name tables below are the schema.

mod autoscaler;
mod reader;
mod spec;
mod suggest;
mod volumes;

use super::yaml::{quote, Kind, Node, Pos};
use crate::model::app::*;
use reader::*;
use std::collections::{BTreeMap, BTreeSet};
use suggest::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Structural,
    Semantic,
}

#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub level: Level,
    pub pos: Pos,
    pub path: String,
    pub message: String,
}

#[derive(Default)]
pub(crate) struct Decoder {
    pub found: Vec<Found>,
}

const TOP_FIELDS: &[&str] = &["version", "kind", "metadata", "spec", "status"];
const METADATA_FIELDS: &[&str] = &[
    "name",
    "namespace",
    "resourceVersion",
    "uid",
    "createdAt",
    "updatedAt",
    "labels",
];
const SPEC_FIELDS: &[&str] = &[
    "image",
    "imagePullSecrets",
    "volumeMounts",
    "env",
    "command",
    "port",
    "readinessProbe",
    "volumes",
    "resource",
    "routeAuthType",
    "routePublicKey",
    "requestQuota",
    "autoscaler",
    "services",
    "lifeCycle",
    "auxiliaryUsers",
];
const STATUS_FIELDS: &[&str] = &["desiredWorker", "readyWorker", "status"];
const VALUE_FIELDS: &[&str] = &["value", "valueFrom"];
const VALUE_FROM_FIELDS: &[&str] = &["secretKeyRef", "configMapKeyRef"];
const KEY_REF_FIELDS: &[&str] = &["name", "key"];
const PULL_SECRETS_FIELDS: &[&str] = &["username", "password"];
const MOUNT_FIELDS: &[&str] = &["name", "mountPath", "readOnly"];
const ENV_FIELDS: &[&str] = &["name", "envValue"];
const PATH_FIELDS: &[&str] = &["path"];
const PROBE_FIELDS: &[&str] = &["httpGet"];
const LIFECYCLE_FIELDS: &[&str] = &["postStart"];
const ACTION_FIELDS: &[&str] = &["httpGet", "httpPost", "exec"];
const EXEC_FIELDS: &[&str] = &["command"];
const SERVICE_FIELDS: &[&str] = &["port"];
const VOLUME_FIELDS: &[&str] = &[
    "name",
    "volume",
    "secret",
    "configMap",
    "combinedVolume",
    "sharedVolume",
];
const VOLUME_SOURCE_FIELDS: &[&str] = &["volume"];
const SECRET_SOURCE_FIELDS: &[&str] = &["secretName", "items"];
const CONFIGMAP_SOURCE_FIELDS: &[&str] = &["name", "items"];
const ITEM_FIELDS: &[&str] = &["key", "path"];
const COMBINED_FIELDS: &[&str] = &["volumes"];
const SHARED_FIELDS: &[&str] = &["sharedVolumeName"];
const RESOURCE_FIELDS: &[&str] = &["cpu", "memory", "gpu", "filters"];
const FILTER_FIELDS: &[&str] = &["gpu", "cpu", "regions", "cuda", "nvidia"];
const CPU_FIELDS: &[&str] = &["platforms", "models"];
const AUTOSCALER_FIELDS: &[&str] = &["scheduler", "builtin", "thirdParty", "container", "manual"];
const BUILTIN_FIELDS: &[&str] = &["name", "arguments", "decorators"];
const DECORATORS_FIELDS: &[&str] = &["arguments", "factors"];
const DECORATOR_ITEM_FIELDS: &[&str] = &["name", "arguments"];
const MANUAL_FIELDS: &[&str] = &["defaultWorkerNum"];
const CONTAINER_FIELDS: &[&str] = &[
    "image",
    "imagePullSecrets",
    "command",
    "port",
    "entryPath",
    "volumes",
];
const ENTRY_PATH_FIELDS: &[&str] = &["httpPost"];
const THIRD_PARTY_FIELDS: &[&str] = &["library", "arguments"];

#[cfg(test)]
mod tests {
    use super::spec::is_env_name;
    use super::*;

    #[test]
    fn helpers() {
        assert!(is_env_name("LOG_LEVEL"));
        assert!(is_env_name("my.var-1"));
        assert!(!is_env_name("1X"));
        assert!(!is_env_name("A=B"));
        assert!(!is_env_name(""));
        assert_eq!(child("", "spec"), "spec");
        assert_eq!(
            child("metadata.labels", "app.kubernetes.io/name"),
            "metadata.labels[\"app.kubernetes.io/name\"]"
        );
        assert_eq!(
            suggestion("resources", SPEC_FIELDS).as_deref(),
            Some("resource")
        );
        assert_eq!(suggestion("Image", SPEC_FIELDS).as_deref(), Some("image"));
        assert_eq!(
            normalize_timestamp("2024-06-18T04:21:37+0000").as_deref(),
            Some("2024-06-18T04:21:37+00:00")
        );
        assert_eq!(
            normalize_timestamp("2024-10-02T07:12:40.118Z").as_deref(),
            Some("2024-10-02T07:12:40.118+00:00")
        );
        assert_eq!(normalize_timestamp("yesterday"), None);
    }
}
