//! One task per worker: prepare its files and environment, start it on the
//! platform's worker runtime (process or container, `backend`), wait for
//! readiness, watch it, and stop it when told to.
//!
//! Worker layout under the data dir: `workers/<id>/` holds `worker.log`
//! (stdout and stderr), `volumes/<name>/` (configmap and secret volumes as
//! files, one per key) and `mounts/<mountPath>` (the same files at each
//! `volumeMounts` path). Data volumes are symlinks there to the read-only
//! tree of the revision current at start (platform/volumes/mounts.rs),
//! also given to the runtime as `Launch::data_mounts`. A process worker
//! runs in the app's working directory; a container gets those
//! directories mounted.

use super::backend::Launch;
use super::exec::{ExecTarget, WorkerEntry};
use super::lease::dispatch;
use super::prepare::{self, DataSource};
use super::{AppRuntime, Runtime, WorkerState};
use crate::model::app::AppV1alpha1;
use crate::model::{worker_status, Worker};
use crate::platform::error::ApiError;
use crate::platform::log;
use crate::platform::store::{KvKind, KvReader};
use crate::platform::volumes::mounts;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::oneshot;

const SOURCE: &str = "AppServer";

enum Started {
    Ready,
    Failed(String),
    StopRequested,
}

pub(super) async fn supervise(
    runtime: Arc<Runtime>,
    rt: Arc<AppRuntime>,
    id: String,
    app: Arc<AppV1alpha1>,
    workdir: PathBuf,
    mut stop_rx: oneshot::Receiver<()>,
) {
    let created_at = rt
        .lock()
        .worker(&id)
        .map(|w| w.created_at.clone())
        .unwrap_or_else(crate::model::now_rfc3339);
    let mut record = Worker {
        id: id.clone(),
        device_id: Some("local".into()),
        status: worker_status::PENDING.into(),
        created_at,
        app_id: Some(rt.uid.clone()),
        ..Default::default()
    };
    persist(&runtime, &rt.uid, &record, None).await;
    runtime.events.normal(
        &rt.uid,
        "Scheduler",
        &format!("Successfully assigned worker/{id} to node/local"),
    );

    let worker_dir = runtime.data_dir.join("workers").join(&id);
    let launch = match prepare(&runtime, &app, &id, &worker_dir, &workdir).await {
        Ok(launch) => launch,
        Err(e) => {
            return finish_failed(&runtime, &rt, &mut record, &e.message).await;
        }
    };
    let mut worker = match runtime.workers.start(&launch).await {
        Ok(w) => w,
        Err(e) => return finish_failed(&runtime, &rt, &mut record, &e.to_string()).await,
    };
    persist(&runtime, &rt.uid, &record, Some(worker.leftover_pid())).await;
    log::info(&format!(
        "worker {id} of app {}/{} started on {} (port {})",
        rt.namespace,
        rt.name,
        runtime.workers.name(),
        worker.port()
    ));
    {
        rt.lock().set_port(&id, worker.port());
    }
    let exec_target = ExecTarget {
        launch: Arc::new(launch),
        port: worker.port(),
    };
    runtime.execs.add_worker(&id, exec_target);
    let _exec_entry = WorkerEntry {
        registry: &runtime.execs,
        id: id.clone(),
    };

    let probe = app
        .spec
        .readiness_probe
        .as_ref()
        .and_then(|p| p.http_get.as_ref())
        .and_then(|g| g.path.clone());
    let started = tokio::select! {
        r = worker.wait_ready(probe.clone(), runtime.config.ready_timeout) => match r {
            Ok(()) => Started::Ready,
            Err(e) => Started::Failed(format!("never became ready: {e}")),
        },
        status = worker.wait() => Started::Failed(format!("exited before it was ready: {status}")),
        _ = &mut stop_rx => Started::StopRequested,
    };
    match started {
        Started::Ready => {}
        Started::Failed(message) => {
            worker.stop(runtime.config.stop_grace).await;
            return finish_failed(&runtime, &rt, &mut record, &message).await;
        }
        Started::StopRequested => {
            worker.stop(runtime.config.stop_grace).await;
            return finish_stopped(&runtime, &rt, &mut record).await;
        }
    }

    mark_ready(&runtime, &rt, &id);
    record.status = worker_status::RUNNING.into();
    record.launch_at = Some(crate::model::now_rfc3339());
    persist(&runtime, &rt.uid, &record, Some(worker.leftover_pid())).await;

    tokio::select! {
        status = worker.wait() => {
            // Whatever the command left running in its group goes too.
            worker.stop(runtime.config.stop_grace).await;
            let message = format!("exited unexpectedly: {status}");
            finish_failed(&runtime, &rt, &mut record, &message).await
        }
        _ = &mut stop_rx => {
            worker.stop(runtime.config.stop_grace).await;
            finish_stopped(&runtime, &rt, &mut record).await
        }
    }
}

/// A ready worker starts taking requests; a rolled-in one retires one
/// worker of an older revision.
fn mark_ready(runtime: &Runtime, rt: &Arc<AppRuntime>, id: &str) {
    let mut st = rt.lock();
    let Some(rolled_in) = st.mark_ready(id) else {
        return;
    };
    runtime
        .events
        .normal(&rt.uid, SOURCE, &format!("Worker/{id} is ready now"));
    if rolled_in {
        if let Some(old) = st.retire_one_older() {
            let revision = st.revision();
            runtime.events.normal(
                &rt.uid,
                SOURCE,
                &format!(
                    "rolling update: worker/{id} of revision {revision} replaces worker/{old}"
                ),
            );
        }
    }
    dispatch(rt, &mut st);
    drop(st);
    rt.wake.notify_one();
}

/// How a worker left the live set.
#[derive(Default)]
struct Taken {
    /// It was being removed (then its exit is expected).
    removing: bool,
    /// It failed before it was ready: the back-off its slot now waits out.
    restart: Option<super::Restart>,
}

/// Removes the worker from the live set, keeping its counters in `record`.
/// A worker that `failed` before it was ready books its slot's back-off in
/// the same critical section: a scheduler looking in between would see the
/// slot free and start a worker that forgot the crash streak.
fn take_slot(rt: &AppRuntime, record: &mut Worker, failed: bool) -> Taken {
    let mut st = rt.lock();
    let Some(slot) = st.remove_worker(&record.id) else {
        return Taken::default();
    };
    let removing = slot.state == WorkerState::Removing;
    let restart = (failed && !removing && slot.state == WorkerState::Starting).then(|| {
        let streak = slot.crash_streak + 1;
        let restart = super::Restart {
            streak,
            not_before: Instant::now() + super::crash_backoff(streak),
        };
        st.add_restart(restart);
        restart
    });
    drop(st);
    record.app_revision = Some(slot.revision.to_string());
    record.success_count = super::nonzero(slot.success);
    record.failed_count = super::nonzero(slot.failed);
    record.last_serve_at = slot.last_serve.map(super::state::system_rfc3339);
    Taken { removing, restart }
}

async fn finish_failed(
    runtime: &Runtime,
    rt: &Arc<AppRuntime>,
    record: &mut Worker,
    message: &str,
) {
    let taken = take_slot(rt, record, true);
    if taken.removing {
        // It was being removed anyway; its exit is the end we wanted.
        return finish_stopped(runtime, rt, record).await;
    }
    // Back-off is per slot and only for a crash loop: a worker that was
    // ready and died is replaced at once, so when every worker of an app
    // dies together they all come back together.
    let replacement = match taken.restart {
        Some(super::Restart { streak, not_before }) => {
            let rt = rt.clone();
            tokio::spawn(async move {
                tokio::time::sleep_until(not_before.into()).await;
                rt.wake.notify_one();
            });
            format!(
                "it never became ready, so its slot restarts in {} ms (crash loop {streak})",
                super::crash_backoff(streak).as_millis()
            )
        }
        None => "it had been ready, so it is replaced at once".to_string(),
    };
    log::warn(&format!(
        "worker {} of app {}/{} failed: {message}; {replacement}",
        record.id, rt.namespace, rt.name
    ));
    runtime.events.warning(
        &rt.uid,
        SOURCE,
        &format!("Worker/{} failed: {message}; {replacement}", record.id),
    );
    record.status = worker_status::ERROR.into();
    record.detail_status = None;
    record.deleted_at = Some(crate::model::now_rfc3339());
    persist(runtime, &rt.uid, record, None).await;
    rt.wake.notify_one();
}

async fn finish_stopped(runtime: &Runtime, rt: &Arc<AppRuntime>, record: &mut Worker) {
    take_slot(rt, record, false);
    record.status = worker_status::TERMINATED.into();
    record.detail_status = None;
    record.deleted_at = Some(crate::model::now_rfc3339());
    persist(runtime, &rt.uid, record, None).await;
    log::info(&format!(
        "worker {} of app {}/{} stopped",
        record.id, rt.namespace, rt.name
    ));
    runtime
        .events
        .normal(&rt.uid, SOURCE, &format!("Worker/{} stopped", record.id));
    rt.wake.notify_one();
}

/// Stores the worker's record (for `worker list --all`) and its PID (so a
/// restarted server can kill leftovers).
async fn persist(runtime: &Runtime, app_uid: &str, record: &Worker, pid: Option<i64>) {
    let Ok(body) = serde_json::to_string(record) else {
        return;
    };
    let saved = runtime
        .store
        .save_worker(
            record.id.clone(),
            app_uid.to_string(),
            body,
            pid,
            record.created_at.clone(),
        )
        .await;
    if let Err(e) = saved {
        log::warn(&format!("cannot store worker {}: {e}", record.id));
    }
}

/// Resolves the worker's environment and pull credentials and writes its
/// volume files. Fails with a precondition error (a missing configmap key,
/// an unknown volume), whose message becomes the worker's failure event.
async fn prepare(
    runtime: &Runtime,
    app: &Arc<AppV1alpha1>,
    id: &str,
    worker_dir: &Path,
    workdir: &Path,
) -> Result<Launch, ApiError> {
    let app_for_env = app.clone();
    let worker_dir_owned = worker_dir.to_path_buf();
    let volumes_root = runtime.data_dir.join("volumes");
    let (mut env, pull_auth) = runtime
        .store
        .read_kv(move |c| {
            let source = StoreSource(c);
            let env =
                prepare::resolve_env(&source, &app_for_env).map_err(ApiError::precondition)?;
            let pull_auth = prepare::resolve_pull_auth(&source, &app_for_env)
                .map_err(ApiError::precondition)?;
            prepare::write_volumes(&source, &app_for_env, &worker_dir_owned)
                .map_err(ApiError::precondition)?;
            Ok((env, pull_auth))
        })
        .await?;
    let (app_for_mounts, worker_dir_owned) = (app.clone(), worker_dir.to_path_buf());
    let data_mounts = runtime
        .store
        .call(move |c| {
            mounts::resolve(c, &volumes_root, &app_for_mounts)
                .and_then(|m| mounts::link_into(&worker_dir_owned, &m).map(|()| m))
                .map_err(|e| ApiError::precondition(e.to_string()))
        })
        .await?;
    let endpoint = runtime
        .endpoint
        .lock()
        .map(|e| e.clone())
        .unwrap_or_default();
    let mut platform_env = vec![
        ("EVERAI_ENDPOINT".to_string(), endpoint),
        ("EVERAI_TOKEN".to_string(), runtime.token.clone()),
        ("EVERAI_IN_CLOUD".to_string(), "1".to_string()),
        ("EVERAI_APP_NAME".to_string(), app.metadata.name.clone()),
        (
            "EVERAI_APP_NAMESPACE".to_string(),
            app.metadata
                .namespace
                .clone()
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "default".into()),
        ),
    ];
    // The app's own env comes last so it may override the platform's.
    platform_env.append(&mut env);
    Ok(Launch {
        worker_id: id.to_string(),
        app: app.clone(),
        env: platform_env,
        workdir: workdir.to_path_buf(),
        worker_dir: worker_dir.to_path_buf(),
        pull_auth,
        publish: None,
        data_mounts,
    })
}

/// Configmap and secret data as the server stores it.
struct StoreSource<'a, 'c>(&'a KvReader<'c>);

impl DataSource for StoreSource<'_, '_> {
    fn data(
        &self,
        kind: &'static str,
        name: &str,
    ) -> Result<Vec<(String, Vec<u8>)>, crate::model::ResolveError> {
        let kind = match kind {
            "configmap" => KvKind::ConfigMap,
            "secret" => KvKind::Secret,
            other => {
                return Err(crate::model::ResolveError::Unreadable(format!(
                    "unknown object kind {other:?}"
                )))
            }
        };
        crate::platform::resolve::whole(self.0, kind, name)
    }
}
