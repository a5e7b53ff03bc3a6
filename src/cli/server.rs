//! `everai server`: runs the local platform in the foreground.

use super::printer;
use crate::config;
use crate::credentials;
use crate::error::{Error, Result};
use crate::platform::http::ConnectionLimits;
use crate::platform::limits::FdBudget;
use crate::platform::log::{self, Level};
use crate::platform::runtime::RuntimeConfig;
use crate::platform::{self, RuntimeChoice, ServerOptions};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Args)]
pub struct ServerArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, default_value = "127.0.0.1:7480", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// Where the platform keeps its database and worker files
    /// [default: $EVERAI_HOME/server]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// API token clients must present [default: a random token kept in the
    /// data dir]. On the command line it shows in `ps`: prefer
    /// EVERAI_SERVER_TOKEN or --token-file
    #[arg(
        long,
        value_name = "TOKEN",
        env = "EVERAI_SERVER_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// Read the API token from this file (its first line)
    #[arg(long, value_name = "FILE", conflicts_with = "token")]
    pub token_file: Option<PathBuf>,
    /// Do not store the endpoint and token as this CLI's login
    #[arg(long)]
    pub no_login: bool,
    /// Requests that may wait in one app's queue before new ones get 429
    /// [default: half the client connections the open-file limit allows, at
    /// most 1000; 384 under the usual limit of 1024]
    #[arg(long, value_name = "N")]
    pub queue_limit: Option<usize>,
    /// Seconds a client has to send a complete request head, and that an
    /// idle keep-alive connection is kept
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub header_timeout: u64,
    /// Most detailed log lines printed on stderr
    #[arg(long, value_enum, default_value_t = Level::Info, value_name = "LEVEL")]
    pub log_level: Level,
    /// Seconds a request may wait in a queue before it gets 503
    #[arg(long, default_value_t = 600, value_name = "SECS")]
    pub queue_timeout: u64,
    /// Seconds a worker may take to pass its readiness probe
    #[arg(long, default_value_t = 600, value_name = "SECS")]
    pub ready_timeout: u64,
    /// Seconds a stopping worker gets between SIGTERM and SIGKILL
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub stop_grace: u64,
    /// Seconds a sticky session (x-everai-session-id) stays bound to its
    /// worker without requests
    #[arg(long, default_value_t = 600, value_name = "SECS")]
    pub session_ttl: u64,
    /// Milliseconds between scheduler ticks (idle time, queue histories)
    #[arg(long, default_value_t = 1000, value_name = "MS")]
    pub tick_ms: u64,
    /// Routed requests kept per app (in memory) for `everai app trace`;
    /// 0 keeps none
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    pub trace_requests: usize,
    /// Largest file a volume may hold, in bytes
    #[arg(long, default_value_t = 64 << 30, value_name = "BYTES")]
    pub volume_max_file_size: u64,
    /// Largest total size of one volume revision, in bytes
    #[arg(long, default_value_t = 1 << 40, value_name = "BYTES")]
    pub volume_max_size: u64,
    /// Seconds an unfinished multipart upload is kept for a push to resume;
    /// older ones are removed at start and hourly
    #[arg(long, default_value_t = 24 * 3600, value_name = "SECS")]
    pub volume_upload_ttl: u64,
    /// What runs workers: local processes of spec.command, containers of
    /// spec.image on the Docker engine (DOCKER_HOST), or docker when the
    /// engine answers at start, else process
    #[arg(long, value_enum, default_value_t = RuntimeArg::Process, value_name = "RUNTIME")]
    pub runtime: RuntimeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RuntimeArg {
    Process,
    Docker,
    Auto,
}

pub async fn run(args: ServerArgs) -> Result<()> {
    let data_dir = args
        .data_dir
        .unwrap_or_else(|| config::home().join("server"));
    log::set_level(args.log_level);
    let budget = FdBudget::raise_and_measure();
    let token = match &args.token_file {
        Some(path) => Some(read_token_file(path)?),
        None => args.token,
    };
    let options = ServerOptions {
        data_dir: data_dir.clone(),
        token,
        connections: ConnectionLimits {
            max_connections: budget.max_connections,
            header_timeout: Duration::from_secs(args.header_timeout.max(1)),
        },
        runtime: RuntimeConfig {
            queue_limit: args
                .queue_limit
                .unwrap_or(budget.default_queue_limit)
                .max(1),
            queue_timeout: Duration::from_secs(args.queue_timeout.max(1)),
            ready_timeout: Duration::from_secs(args.ready_timeout.max(1)),
            stop_grace: Duration::from_secs(args.stop_grace),
            session_ttl: Duration::from_secs(args.session_ttl),
            tick: Duration::from_millis(args.tick_ms.max(10)),
            trace_capacity: args.trace_requests,
        },
        volume_limits: platform::volumes::Limits {
            max_file_size: args.volume_max_file_size,
            max_volume_size: args.volume_max_size,
            upload_ttl: Duration::from_secs(args.volume_upload_ttl),
        },
        worker_runtime: match args.runtime {
            RuntimeArg::Process => RuntimeChoice::Process,
            RuntimeArg::Docker => RuntimeChoice::Docker,
            RuntimeArg::Auto => RuntimeChoice::Auto,
        },
    };
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| {
            Error::failed(format!(
                "cannot listen on {}: {e}; pick another address with --listen",
                args.listen
            ))
        })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::failed(format!("cannot read the bound address: {e}")))?;
    let platform = platform::Platform::open(options)
        .await
        .map_err(Error::failed)?;
    let endpoint = format!("http://{addr}");
    let token = platform.token().to_string();
    let shutdown = shutdown_signal();
    printer::out(&format!(
        "Endpoint: {endpoint}\nToken: {token}\nData dir: {}\n",
        data_dir.display()
    ));
    if args.no_login {
        printer::line(&format!(
            "Point the CLI at it: export EVERAI_ENDPOINT={endpoint} EVERAI_TOKEN={token}"
        ));
    } else {
        config::store_endpoint(&endpoint)
            .map_err(|e| Error::failed(format!("cannot store the endpoint: {e}")))?;
        let stored = credentials::store(&token, false).map_err(Error::failed)?;
        super::auth::report_storage(&stored);
        printer::line(
            "Stored as this CLI's endpoint and login: `everai configmap list` works now.",
        );
    }
    platform
        .serve(listener, shutdown)
        .await
        .map_err(|e| Error::failed(e.to_string()))?;
    printer::err_line("everai server stopped");
    Ok(())
}

/// The first line of `path`, which must not be empty.
fn read_token_file(path: &std::path::Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::failed(format!(
            "cannot read the token file {}: {e}; check --token-file",
            path.display()
        ))
    })?;
    text.lines()
        .next()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .ok_or_else(|| {
            Error::failed(format!(
                "the token file {} is empty; write the token on its first line",
                path.display()
            ))
        })
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed by this call,
/// not when the future is first polled: a signal that arrives right after
/// the endpoint is printed must stop the server gracefully, not kill it.
pub(super) fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{signal, Signal, SignalKind};
    async fn received(signal: Option<Signal>) {
        match signal {
            Some(mut s) => {
                s.recv().await;
            }
            None => std::future::pending::<()>().await,
        }
    }
    let int = received(signal(SignalKind::interrupt()).ok());
    let term = received(signal(SignalKind::terminate()).ok());
    async move {
        tokio::select! {
            _ = int => {},
            _ = term => {},
        }
    }
}
