//! The local EverAI platform embedded in the binary (`everai server`): the
//! REST API of docs/wire.md over SQLite storage, app routes with their
//! request queues, workers run as local processes, and the builtin
//! autoscalers.
//!
//! Shape: `Platform::open` prepares the data dir and store, `api::router`
//! builds the HTTP API, `serve(listener, shutdown)` runs it until shutdown
//! and then stops every worker.

pub mod api;
pub mod error;
pub mod events;
pub mod guard;
pub mod host;
pub mod http;
pub mod limits;
pub mod log;
pub mod paths;
pub mod proxy;
pub mod relay;
pub mod resolve;
pub mod runtime;
pub mod store;
pub mod volumes;

use runtime::{Runtime, RuntimeConfig};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub struct ServerOptions {
    pub data_dir: PathBuf,
    /// The API token; `None` = the one kept in the data dir, made on first start.
    pub token: Option<String>,
    pub runtime: RuntimeConfig,
    pub volume_limits: volumes::Limits,
    pub connections: http::ConnectionLimits,
    /// What runs workers (`--runtime`).
    pub worker_runtime: RuntimeChoice,
}

/// `everai server --runtime`: what runs the workers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuntimeChoice {
    /// Local processes running `spec.command`.
    Process,
    /// Containers of `spec.image` on the Docker engine (`DOCKER_HOST`).
    Docker,
    /// Docker when the engine answers at start, else processes.
    Auto,
}

/// Everything handlers share.
pub struct State {
    pub store: store::Store,
    pub token: String,
    pub data_dir: PathBuf,
    pub runtime: Arc<Runtime>,
    pub host: host::Host,
    pub forwarder: proxy::Forwarder,
    pub volumes: volumes::Volumes,
    pub connections: http::ConnectionLimits,
    /// Held for the server's life: one server per data dir.
    _lock: std::fs::File,
}

pub struct Platform {
    state: Arc<State>,
}

/// Why the platform cannot start on its data dir; `everai server` prints it
/// as its one line of error.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("the data dir {} is a file; pass a directory with --data-dir", .0.display())]
    DataDirIsFile(PathBuf),
    #[error("cannot read the data dir {}: {source}", path.display())]
    ReadDataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not an everai server data dir (it holds other files and no everai.db); pass an empty or new directory with --data-dir", .0.display())]
    ForeignDataDir(PathBuf),
    #[error("cannot create the data dir {}: {source}", path.display())]
    CreateDataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot restrict the data dir {}: {source}", path.display())]
    RestrictDataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open {}: {source}", path.display())]
    OpenLock {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("another everai server is using the data dir {}; stop it or pass another --data-dir", .0.display())]
    Locked(PathBuf),
    #[error("the token given with --token is empty")]
    EmptyToken,
    #[error("cannot write {}: {source}", path.display())]
    WriteToken {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Seed(#[from] error::ApiError),
    #[error(transparent)]
    Volumes(volumes::VolumeError),
    #[error(transparent)]
    Runtime(#[from] runtime::docker::DockerError),
}

impl Platform {
    pub async fn open(options: ServerOptions) -> Result<Platform, OpenError> {
        let dir = options.data_dir;
        refuse_foreign_dir(&dir)?;
        create_private_dir(&dir)?;
        let lock = lock_data_dir(&dir)?;
        let token = match options.token {
            Some(t) if !t.trim().is_empty() => t.trim().to_string(),
            Some(_) => return Err(OpenError::EmptyToken),
            None => load_or_make_token(&dir)?,
        };
        let store = store::Store::open(&dir.join("everai.db"))?;
        api::seed(&store).await?;
        let killed = kill_leftover_workers(&store)?;
        if killed > 0 {
            log::warn(&format!(
                "stopped {killed} worker process(es) left over by the previous run"
            ));
        }
        let volumes =
            volumes::Volumes::open(&dir, options.volume_limits).map_err(OpenError::Volumes)?;
        let swept = volumes::sweep_uploads(&store, &volumes).await?;
        if swept > 0 {
            log::info(&format!(
                "removed {swept} unfinished volume upload(s) older than the upload TTL"
            ));
        }
        let workers = runtime::select(options.worker_runtime, &dir).await?;
        let events = events::EventLog::start(store.clone());
        let runtime = Runtime::new(
            store.clone(),
            events,
            options.runtime,
            dir.clone(),
            token.clone(),
            workers,
        );
        Ok(Platform {
            state: Arc::new(State {
                store,
                token,
                data_dir: dir,
                runtime,
                host: host::Host::detect(),
                forwarder: proxy::Forwarder::new(),
                volumes,
                connections: options.connections,
                _lock: lock,
            }),
        })
    }

    pub fn token(&self) -> &str {
        &self.state.token
    }

    pub fn state(&self) -> Arc<State> {
        self.state.clone()
    }

    /// Serves the API on `listener` until `shutdown` resolves, then stops
    /// every worker. Open requests get a few seconds to finish.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let addr = listener.local_addr()?;
        self.state.runtime.set_endpoint(&format!("http://{addr}"));
        api::apps::restore(&self.state).map_err(|e| std::io::Error::other(e.to_string()))?;
        let app = api::router(self.state.clone());
        tokio::spawn(sweep_uploads_hourly(self.state.clone()));
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        });
        // Open requests get a few seconds to finish after the stop.
        http::serve(
            listener,
            app,
            Some(self.state.clone()),
            self.state.connections,
            stop_rx,
            Duration::from_secs(5),
        )
        .await;
        self.state.runtime.shutdown().await;
        Ok(())
    }
}

/// Unfinished volume uploads past their TTL go on a timer as well as at
/// start, so a long-running server does not collect them.
async fn sweep_uploads_hourly(state: Arc<State>) {
    let period = state
        .volumes
        .limits
        .upload_ttl
        .clamp(Duration::from_secs(1), Duration::from_secs(3600));
    let mut timer = tokio::time::interval(period);
    timer.tick().await;
    loop {
        timer.tick().await;
        if let Err(e) = volumes::sweep_uploads(&state.store, &state.volumes).await {
            log::warn(&format!("cannot remove old volume uploads: {e}"));
        }
    }
}

/// Server messages outside a request go to the server log (warn level).
pub(crate) fn eprintln_safe(message: &str) {
    log::warn(message);
}

/// Kills worker processes a previous run left behind (it recorded their
/// PIDs) and marks those workers terminated.
fn kill_leftover_workers(store: &store::Store) -> Result<usize, store::StoreError> {
    let rows = store.leftover_workers()?;
    let mut killed = 0;
    for store::LeftoverWorker { id, pid, body } in rows {
        if runtime::process::kill_leftover(pid as i32, &id) {
            killed += 1;
        }
        let mut worker: crate::model::Worker = serde_json::from_str(&body).unwrap_or_default();
        worker.status = crate::model::worker_status::TERMINATED.into();
        worker.detail_status = None;
        worker.deleted_at = Some(crate::model::now_rfc3339());
        let body = serde_json::to_string(&worker).unwrap_or(body);
        store.retire_worker(&id, &body)?;
    }
    Ok(killed)
}

/// Takes an exclusive lock on the data dir so that two servers never share
/// one (the second would kill the first one's workers as leftovers).
fn lock_data_dir(dir: &Path) -> Result<std::fs::File, OpenError> {
    use std::os::fd::AsRawFd;
    let path = dir.join("lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| OpenError::OpenLock {
            path: path.clone(),
            source,
        })?;
    // SAFETY: flock on a file descriptor we own; no memory is shared.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc != 0 {
        return Err(OpenError::Locked(dir.to_path_buf()));
    }
    Ok(file)
}

/// Files a data dir of ours may hold; a directory with other entries and
/// none of these belongs to something else and is refused.
const OWN_ENTRIES: &[&str] = &["everai.db", "token", "lock"];

/// Refuses an existing, non-empty directory that holds none of our files,
/// before anything in it is touched (its mode included).
fn refuse_foreign_dir(dir: &Path) -> Result<(), OpenError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            return Err(OpenError::DataDirIsFile(dir.to_path_buf()))
        }
        Err(source) => {
            return Err(OpenError::ReadDataDir {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let names: Vec<std::ffi::OsString> = entries
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    if names.is_empty() || names.iter().any(|n| OWN_ENTRIES.iter().any(|o| n == o)) {
        Ok(())
    } else {
        Err(OpenError::ForeignDataDir(dir.to_path_buf()))
    }
}

fn create_private_dir(dir: &Path) -> Result<(), OpenError> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir).map_err(|source| OpenError::CreateDataDir {
        path: dir.to_path_buf(),
        source,
    })?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(|source| {
        OpenError::RestrictDataDir {
            path: dir.to_path_buf(),
            source,
        }
    })
}

fn load_or_make_token(dir: &Path) -> Result<String, OpenError> {
    let path = dir.join("token");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        if let Some(t) = crate::credentials::clean(&existing) {
            return Ok(t);
        }
    }
    let token = random_id(40);
    crate::config::write_private_file(&path, token.as_bytes()).map_err(|source| {
        OpenError::WriteToken {
            path: path.clone(),
            source,
        }
    })?;
    Ok(token)
}

/// Seconds since the Unix epoch, with their fraction (0 before the epoch):
/// the platform's traces and times in factors all count this way.
pub fn unix_seconds(t: std::time::SystemTime) -> f64 {
    t.duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// The characters of the platform's ids.
const ID_ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// A random identifier of `len` base-57-like characters (the platform's ids
/// look like `4gexdRcjZyAwPGNeNFNHpr`).
pub fn random_id(len: usize) -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    (0..len)
        .map(|_| ID_ALPHABET[rng.gen_range(0..ID_ALPHABET.len())] as char)
        .collect()
}

/// A route request's id (`X-everai-request-id`), shaped like [`random_id`]`(22)`:
/// 11 random characters drawn once per server, then a counter in 11 more.
/// Ids only need to be unique, and 22 random draws per request were a
/// measurable part of the route's CPU (docs/benchmarks.md).
pub fn request_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static PREFIX: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let prefix = PREFIX.get_or_init(|| random_id(11));
    // 57^11 > 2^64: every counter value has its own 11 characters.
    let mut n = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut tail = [0u8; 11];
    for c in tail.iter_mut().rev() {
        *c = ID_ALPHABET[(n % ID_ALPHABET.len() as u64) as usize];
        n /= ID_ALPHABET.len() as u64;
    }
    let mut id = String::with_capacity(22);
    id.push_str(prefix);
    id.extend(tail.iter().map(|&b| b as char));
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_look_like_platform_ids_and_never_repeat() {
        let ids: Vec<String> = (0..1000).map(|_| request_id()).collect();
        for id in &ids {
            assert_eq!(id.len(), 22, "{id}");
            assert!(id.bytes().all(|b| ID_ALPHABET.contains(&b)), "{id}");
        }
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
        // One server's ids share their random half.
        assert_eq!(ids[0][..11], ids[999][..11]);
    }
}
