//! `GET /api/resources/v1/{regions,cpu,gpu}`: what this host offers.

use crate::model::{CpuList, GpuList, RegionList};
use crate::platform::State;
use axum::extract::State as AxState;
use axum::routing::get;
use axum::{Json, Router};
use std::sync::Arc;

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route(
            "/api/resources/v1/regions",
            get(|AxState(st): AxState<Arc<State>>| async move {
                Json(RegionList {
                    regions: vec![st.host.region.clone()],
                })
            }),
        )
        .route(
            "/api/resources/v1/cpu",
            get(|AxState(st): AxState<Arc<State>>| async move {
                Json(CpuList {
                    cpus: vec![format!(
                        "{} ({} CPUs, {} MiB memory)",
                        st.host.cpu_model,
                        st.host.cpus,
                        st.host.memory_bytes / (1024 * 1024)
                    )],
                })
            }),
        )
        .route(
            "/api/resources/v1/gpu",
            get(|AxState(st): AxState<Arc<State>>| async move {
                Json(GpuList {
                    gpus: st.host.gpus.clone(),
                })
            }),
        )
}
