//! Finding and removing this server's containers by their labels.
//!
//! Every worker container carries [`MANAGED`], the server's data dir
//! ([`DATA_DIR`]) and the server run that made it ([`INSTANCE`]). Nothing
//! here touches a container without those labels, so other users of the
//! engine (and other servers) are left alone.
//!
//! Two paths remove containers a server can no longer stop itself:
//!
//! * at start, [`reap`] removes every container of the same data dir (one
//!   server per data dir, so they are all leftovers of earlier runs);
//! * while it runs, a small reaper process (`everai __container-reaper`,
//!   [`run_reaper`]) waits for EOF on a pipe whose write end only the server
//!   holds. The kernel closes it however the server ends (even `kill -9`),
//!   and the reaper then removes the containers of that server run.

use bollard::query_parameters::{ListContainersOptions, RemoveContainerOptions};
use bollard::Docker;
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::Read;

/// Marks a container as a worker of an `everai server`.
pub const MANAGED: &str = "ai.everai.managed-by";
pub const MANAGED_VALUE: &str = "everai-server";
/// The data dir of the server that made it.
pub const DATA_DIR: &str = "ai.everai.data-dir";
/// The server run that made it (random per start).
pub const INSTANCE: &str = "ai.everai.instance";
/// The worker id.
pub const WORKER_ID: &str = "ai.everai.worker-id";
/// `NAMESPACE/APP`.
pub const APP: &str = "ai.everai.app";

/// The hidden subcommand that runs the reaper.
pub const SUBCOMMAND: &str = "__container-reaper";

/// Removes (forcibly) every container labelled with `label=value` and
/// managed by an everai server; returns how many it removed.
pub async fn reap(docker: &Docker, label: &str, value: &str) -> Result<usize, super::DockerError> {
    let filters = HashMap::from([(
        "label".to_string(),
        vec![
            format!("{MANAGED}={MANAGED_VALUE}"),
            format!("{label}={value}"),
        ],
    )]);
    let containers = docker
        .list_containers(Some(ListContainersOptions {
            all: true,
            filters: Some(filters),
            ..Default::default()
        }))
        .await
        .map_err(super::DockerError::List)?;
    let mut removed = 0;
    for container in containers {
        let labels = container.labels.unwrap_or_default();
        // The engine filtered already; check again before removing anything.
        if labels.get(MANAGED).map(String::as_str) != Some(MANAGED_VALUE)
            || labels.get(label).map(String::as_str) != Some(value)
        {
            continue;
        }
        let Some(id) = container.id else { continue };
        let options = RemoveContainerOptions {
            force: true,
            v: true,
            ..Default::default()
        };
        if docker.remove_container(&id, Some(options)).await.is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// `everai __container-reaper INSTANCE`: waits for EOF on stdin, then
/// removes the containers of server run INSTANCE. Returns the exit code.
pub fn run_reaper(args: &[OsString]) -> i32 {
    let [instance] = args else {
        return 2;
    };
    let Some(instance) = instance.to_str().map(str::to_string) else {
        return 2;
    };
    // Ctrl-C in the server's terminal must not stop the reaper before the
    // server's own clean-up; it only ends on EOF.
    // SAFETY: setting a signal disposition to SIG_IGN touches no memory.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_IGN);
        libc::signal(libc::SIGHUP, libc::SIG_IGN);
    }
    let mut sink = [0u8; 64];
    let mut stdin = std::io::stdin();
    loop {
        match stdin.read(&mut sink) {
            Ok(0) => break,
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return 1;
    };
    rt.block_on(async move {
        let Ok(docker) = super::connect().await else {
            return 1;
        };
        match reap(&docker, INSTANCE, &instance).await {
            Ok(_) => 0,
            Err(_) => 1,
        }
    })
}
