//! Workers, request queues, events and scaling bodies.

use serde::{Deserialize, Serialize};

pub mod worker_status {
    pub const CREATED: &str = "STATUS_CREATED";
    pub const INITIALIZED: &str = "STATUS_INITIALIZED";
    pub const PENDING: &str = "STATUS_PENDING";
    pub const RUNNING: &str = "STATUS_RUNNING";
    pub const TERMINATING: &str = "STATUS_TERMINATING";
    pub const ERROR: &str = "STATUS_ERROR";
    pub const UNAVAILABLE: &str = "STATUS_UNAVAILABLE";
    pub const TERMINATED: &str = "STATUS_TERMINATED";
}

pub mod detail_status {
    pub const IN_FLIGHT: &str = "DETAIL_STATUS_IN_FLIGHT";
    pub const REMOVE: &str = "DETAIL_STATUS_REMOVE";
    pub const ROLLIN: &str = "DETAIL_STATUS_ROLLIN";
    pub const BUSY: &str = "DETAIL_STATUS_BUSY";
    pub const FREE: &str = "DETAIL_STATUS_FREE";
}

pub mod queue_reason {
    pub const NOT_DISPATCH: &str = "QueueReasonNotDispatch";
    pub const WORKER_BUSY: &str = "QueueReasonWorkerBusy";
    pub const SESSION_WORKER_BUSY: &str = "QueueReasonSessionWorkerBusy";
}

pub mod event_type {
    pub const NORMAL: &str = "EVENT_TYPE_NORMAL";
    pub const WARNING: &str = "EVENT_TYPE_WARNING";
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Worker {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_status: Option<String>,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_serve_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_count: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_number: Option<i32>,
    #[serde(default, rename = "CPUs", skip_serializing_if = "Option::is_none")]
    pub cpus: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(default, rename = "GPUs", skip_serializing_if = "Option::is_none")]
    pub gpus: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_revision: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replace_worker_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkerList {
    #[serde(default)]
    pub workers: Vec<Worker>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_size: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_workers: Option<i32>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct QueuedRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i32>,
    pub reason: String,
    #[serde(rename = "createAt")]
    pub create_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QueueList {
    #[serde(default)]
    pub queues: Vec<QueuedRequest>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    #[serde(rename = "type")]
    pub event_type: String,
    #[serde(rename = "from")]
    pub source: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EventList {
    #[serde(default)]
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScaleUpRequest {
    #[serde(with = "super::int64")]
    pub scale_up_workers_num: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScaleUpResponse {
    #[serde(default)]
    pub worker_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScaleDownRequest {
    #[serde(
        default,
        with = "super::int64::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub scale_down_workers_num: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_ids: Option<Vec<String>>,
}
