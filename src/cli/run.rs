//! `everai run` / `everai app run`: runs the app of `./app.yaml` (or `-f`)
//! on this machine as one worker, the way the local platform runs one: its
//! container when the image is on this machine (Docker engine of
//! `DOCKER_HOST`), else its `spec.command` as a local process. Configmaps
//! and secrets the app refers to are fetched from the current endpoint;
//! the service is published on `--listen`:`--port`. Waits for the
//! readiness probe, prints the URL, streams the worker's output, and stops
//! it on Ctrl-C (or SIGTERM), leaving nothing running. With `--build` the
//! image is built first, as `everai image build --no-push` would in the
//! manifest's directory, and always run as a container.

use super::printer;
use crate::client::{Client, KvKind};
use crate::error::{Error, Result};
use crate::model::app::AppV1alpha1;
use crate::model::{decode_secret, ResolveError};
use crate::platform::runtime::backend::{Launch, RunningWorker, WorkerRuntime};
use crate::platform::runtime::prepare::{self, DataSource};
use crate::platform::runtime::{docker, process};
use clap::Args;
use std::collections::HashMap;
use std::io::{Read, Seek, Write};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The app manifest
    #[arg(
        short = 'f',
        long = "from-file",
        default_value = "app.yaml",
        value_name = "FILE"
    )]
    pub file: PathBuf,
    /// Port to serve on [default: $EVERAI_PORT, else 80]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Address to serve on
    #[arg(long, default_value = "0.0.0.0", value_name = "ADDR")]
    pub listen: IpAddr,
    /// What runs the worker: its container (`docker`), its spec.command
    /// (`process`), or the container when the image is on this machine,
    /// else the command (`auto`)
    #[arg(long, value_enum, default_value_t = RunRuntime::Auto, value_name = "RUNTIME")]
    pub runtime: RunRuntime,
    /// Longest wait for the readiness probe, in seconds
    #[arg(long, default_value_t = 600, value_name = "SECS")]
    pub ready_timeout: u64,
    /// Build the image first (as `everai image build --no-push` in the
    /// manifest's directory), then run it as a container
    #[arg(long, conflicts_with = "runtime")]
    pub build: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RunRuntime {
    Auto,
    Docker,
    Process,
}

/// How long the worker gets between the polite stop and the kill.
const STOP_GRACE: Duration = Duration::from_secs(10);

pub async fn run(args: RunArgs, verbose: bool) -> Result<()> {
    let mut manifest = crate::manifest::load_manifest(&args.file)
        .map_err(|e| Error::usage(format!("{e}; run in the app's directory or pass -f FILE")))?;
    let port = match args.port {
        Some(p) => p,
        None => std::env::var("EVERAI_PORT")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(80),
    };
    let workdir = std::path::absolute(&args.file)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let mut runtime_choice = args.runtime;
    if args.build {
        let tag = super::image::build_local(&workdir, &manifest, verbose).await?;
        // image_builder.yaml may name the image differently: run what was built.
        manifest.app_v1alpha1.spec.image = Some(tag);
        runtime_choice = RunRuntime::Docker;
    }
    let app = Arc::new(manifest.app_v1alpha1);
    let work = tempfile_dir()?;
    let source = fetch_data(&app).await?;
    let env = prepare::resolve_env(&source, &app).map_err(Error::failed)?;
    let pull_auth = prepare::resolve_pull_auth(&source, &app).map_err(Error::failed)?;
    prepare::write_volumes(&source, &app, work.path()).map_err(Error::failed)?;
    let (endpoint, _) = crate::config::endpoint();
    let mut platform_env = vec![
        ("EVERAI_ENDPOINT".to_string(), endpoint),
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
    if let Some(token) = crate::credentials::resolve() {
        platform_env.push(("EVERAI_TOKEN".to_string(), token.value));
    }
    platform_env.extend(env);
    let launch = Launch {
        worker_id: format!("run-{}", crate::platform::random_id(12)),
        app: app.clone(),
        env: platform_env,
        workdir,
        worker_dir: work.path().to_path_buf(),
        pull_auth,
        publish: Some(SocketAddr::new(args.listen, port)),
        // Data volumes are not mounted by `everai run` (yet).
        data_mounts: Vec::new(),
    };
    let runtime = choose_runtime(runtime_choice, &app).await?;
    let mut worker = runtime.start(&launch).await.map_err(Error::failed)?;
    let outcome = serve(&mut *worker, &launch, &app, &args).await;
    worker.stop(STOP_GRACE).await;
    // Let the runtime's background work (container removal) finish.
    drop(worker);
    drop(runtime);
    outcome
}

/// Waits for readiness, prints the URL, then copies the log until the
/// worker ends or a stop signal arrives.
async fn serve(
    worker: &mut dyn RunningWorker,
    launch: &Launch,
    app: &AppV1alpha1,
    args: &RunArgs,
) -> Result<()> {
    let probe = app
        .spec
        .readiness_probe
        .as_ref()
        .and_then(|p| p.http_get.as_ref())
        .and_then(|g| g.path.clone());
    let mut log = LogTail::new(launch.log_path());
    let ready = worker.wait_ready(probe, Duration::from_secs(args.ready_timeout.max(1)));
    tokio::pin!(ready);
    let stop = super::server::shutdown_signal();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            r = &mut ready => {
                log.copy();
                r.map_err(Error::failed)?;
                break;
            }
            status = worker.wait() => {
                log.copy();
                return Err(Error::failed(format!("the app {status} before it was ready")));
            }
            _ = &mut stop => return Ok(()),
            _ = tokio::time::sleep(Duration::from_millis(100)) => log.copy(),
        }
    }
    let host = match args.listen {
        IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    printer::err_line(&format!(
        "{} is ready: http://{host}:{} (Ctrl-C to stop)",
        app.metadata.name,
        worker.port()
    ));
    loop {
        tokio::select! {
            status = worker.wait() => {
                log.copy();
                return Err(Error::failed(format!("the app {status}")));
            }
            _ = &mut stop => {
                log.copy();
                return Ok(());
            }
            _ = tokio::time::sleep(Duration::from_millis(100)) => log.copy(),
        }
    }
}

/// The container runtime when it applies, else the process runtime.
async fn choose_runtime(choice: RunRuntime, app: &AppV1alpha1) -> Result<Box<dyn WorkerRuntime>> {
    let process = || -> Box<dyn WorkerRuntime> {
        Box::new(process::ProcessRuntime {
            guard: std::env::current_exe().ok(),
        })
    };
    let image = app.spec.image.clone().unwrap_or_default();
    match choice {
        RunRuntime::Process => Ok(process()),
        RunRuntime::Docker => Ok(Box::new(
            docker::DockerRuntime::for_run()
                .await
                .map_err(Error::failed)?,
        )),
        RunRuntime::Auto => {
            if !image.is_empty() {
                if let Ok(engine) = docker::DockerRuntime::for_run().await {
                    if engine.has_image(&image).await {
                        return Ok(Box::new(engine));
                    }
                }
            }
            if app.spec.command.as_ref().is_some_and(|c| !c.is_empty()) {
                return Ok(process());
            }
            Err(Error::failed(format!(
                "the image {image:?} is not on this machine (or no Docker engine answers) and the app has no spec.command: build it first (`everai run --build`, or `docker build -t {image} .`), or add `command: [...]` to the manifest"
            )))
        }
    }
}

/// The keys of one configmap or secret, values decoded.
type Data = Vec<(String, Vec<u8>)>;

/// The configmaps and secrets the app refers to, fetched once, by (kind, name).
struct Fetched(HashMap<(String, String), Data>);

impl DataSource for Fetched {
    fn data(
        &self,
        kind: &'static str,
        name: &str,
    ) -> std::result::Result<Vec<(String, Vec<u8>)>, ResolveError> {
        self.0
            .get(&(kind.to_string(), name.to_string()))
            .cloned()
            .ok_or_else(|| ResolveError::NotFound {
                kind,
                name: name.to_string(),
            })
    }
}

async fn fetch_data(app: &AppV1alpha1) -> Result<Fetched> {
    let wanted = prepare::referenced(app);
    let mut out = HashMap::new();
    if wanted.is_empty() {
        return Ok(Fetched(out));
    }
    let client = Client::from_config()?;
    for (kind, name) in wanted {
        let object = client
            .kv_get(
                if kind == "secret" {
                    KvKind::Secret
                } else {
                    KvKind::ConfigMap
                },
                &name,
            )
            .await?;
        let mut data = Vec::new();
        for (key, value) in object.data {
            let bytes = if kind == "secret" {
                decode_secret(&name, &key, &value).map_err(Error::failed)?
            } else {
                value.into_bytes()
            };
            data.push((key, bytes));
        }
        out.insert((kind.to_string(), name), data);
    }
    Ok(Fetched(out))
}

fn tempfile_dir() -> Result<TempDir> {
    let path = std::env::temp_dir().join(format!("everai-run-{}", crate::platform::random_id(12)));
    std::fs::create_dir_all(&path)
        .map_err(|e| Error::failed(format!("cannot create {}: {e}", path.display())))?;
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700));
    Ok(TempDir(path))
}

/// The worker's files (volumes, log) for this run; removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies what the worker appended to its log to our stdout.
struct LogTail {
    path: PathBuf,
    offset: u64,
}

impl LogTail {
    fn new(path: PathBuf) -> LogTail {
        LogTail { path, offset: 0 }
    }

    fn copy(&mut self) {
        let Ok(mut file) = std::fs::File::open(&self.path) else {
            return;
        };
        if file.seek(std::io::SeekFrom::Start(self.offset)).is_err() {
            return;
        }
        let mut buf = Vec::new();
        if let Ok(n) = file.read_to_end(&mut buf) {
            self.offset += n as u64;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&buf);
            let _ = out.flush();
        }
    }
}
