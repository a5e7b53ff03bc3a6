//! The Docker runtime: each worker is a container of `spec.image` on the
//! Docker engine named by `DOCKER_HOST` (default the local socket), API
//! version negotiated with the engine.
//!
//! A worker container gets `spec.command` as its entrypoint when set, its
//! `spec.port` published on a loopback port the engine picks (routes and
//! the readiness probe use it), the worker environment, its configmap and
//! secret files mounted read-only, `spec.resource` cpu and memory as
//! limits, and labels naming this server (`reap`). Its output is appended
//! to the worker's `worker.log`. A missing image is pulled, with
//! `spec.imagePullSecrets` when set. See docs/local-platform.md, "Runtimes".

mod container;
mod error;
mod exec;
pub mod reap;

pub use container::{container_port, create_body, Owner, RunningContainer};
pub use error::DockerError;

use super::backend::{BoxFuture, Launch, RunningWorker, StartError, WorkerRuntime};
use super::exec::{ExecError, ExecRequest, ExecSession, ExecTarget};
use crate::image::reference::Reference;
use bollard::auth::DockerCredentials;
use bollard::query_parameters::{CreateContainerOptions, CreateImageOptions};
use bollard::Docker;
use futures_util::StreamExt;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::Mutex;

/// Connects to the engine of `DOCKER_HOST` and agrees on an API version.
pub async fn connect() -> Result<Docker, DockerError> {
    let host =
        std::env::var("DOCKER_HOST").unwrap_or_else(|_| "unix:///var/run/docker.sock".into());
    let docker = Docker::connect_with_defaults().map_err(|source| DockerError::Unusable {
        host: host.clone(),
        source,
    })?;
    let no_answer = |source| DockerError::NoAnswer {
        host: host.clone(),
        source,
    };
    let docker = docker.negotiate_version().await.map_err(no_answer)?;
    docker.ping().await.map_err(no_answer)?;
    Ok(docker)
}

pub struct DockerRuntime {
    docker: Docker,
    owner: Owner,
    /// The reaper's stdin: closed when this server ends, however it ends.
    reaper: Mutex<Option<Child>>,
}

impl DockerRuntime {
    /// Connects, removes the containers earlier runs on `data_dir` left
    /// behind, and starts the reaper that removes this run's containers if
    /// the server dies.
    pub async fn start(data_dir: &Path) -> Result<DockerRuntime, DockerError> {
        let docker = connect()
            .await
            .map_err(|e| DockerError::ServerNeedsEngine(Box::new(e)))?;
        let data_dir = std::path::absolute(data_dir)
            .unwrap_or_else(|_| data_dir.to_path_buf())
            .display()
            .to_string();
        let removed = reap::reap(&docker, reap::DATA_DIR, &data_dir).await?;
        if removed > 0 {
            crate::platform::eprintln_safe(&format!(
                "removed {removed} worker container(s) left over by the previous run"
            ));
        }
        let owner = Owner {
            data_dir,
            instance: crate::platform::random_id(16),
        };
        let reaper = start_reaper(&owner.instance)?;
        Ok(DockerRuntime {
            docker,
            owner,
            reaper: Mutex::new(Some(reaper)),
        })
    }

    /// For `everai run`: containers labelled with their own run (nothing
    /// of earlier runs is removed), and a reaper for this one.
    pub async fn for_run() -> Result<DockerRuntime, DockerError> {
        let docker = connect().await?;
        let owner = Owner {
            data_dir: "everai-run".into(),
            instance: crate::platform::random_id(16),
        };
        let reaper = start_reaper(&owner.instance)?;
        Ok(DockerRuntime {
            docker,
            owner,
            reaper: Mutex::new(Some(reaper)),
        })
    }

    /// Whether `image` is on this machine.
    pub async fn has_image(&self, image: &str) -> bool {
        self.docker.inspect_image(image).await.is_ok()
    }

    /// Makes sure `image` is present, pulling it when it is not.
    async fn ensure_image(
        &self,
        image: &str,
        auth: Option<&(String, String)>,
    ) -> Result<(), DockerError> {
        if self.docker.inspect_image(image).await.is_ok() {
            return Ok(());
        }
        let (repo, tag) = split_reference(image);
        let options = CreateImageOptions {
            from_image: Some(repo.to_string()),
            tag: Some(tag.to_string()),
            ..Default::default()
        };
        // Named in the error: a refused login is about that registry.
        let registry = Reference::parse(image)
            .map(|r| r.registry)
            .unwrap_or_else(|_| "?".into());
        let with = if auth.is_some() {
            "with the credentials of spec.imagePullSecrets"
        } else {
            "without credentials (no spec.imagePullSecrets)"
        };
        let credentials = auth.map(|(user, password)| DockerCredentials {
            username: Some(user.clone()),
            password: Some(password.clone()),
            serveraddress: Some(registry.clone()),
            ..Default::default()
        });
        let mut pull = self.docker.create_image(Some(options), None, credentials);
        while let Some(step) = pull.next().await {
            step.map_err(|source| DockerError::Pull {
                image: image.to_string(),
                registry: registry.clone(),
                with,
                source,
            })?;
        }
        Ok(())
    }
}

/// `repo[:tag]` or `repo@digest` → (repo, tag or digest); no tag = latest.
fn split_reference(image: &str) -> (&str, &str) {
    if let Some((repo, digest)) = image.split_once('@') {
        return (repo, digest);
    }
    let slash = image.rfind('/').map_or(0, |i| i + 1);
    match image[slash..].rfind(':') {
        Some(i) => (&image[..slash + i], &image[slash + i + 1..]),
        None => (image, "latest"),
    }
}

fn start_reaper(instance: &str) -> Result<Child, DockerError> {
    use std::os::unix::process::CommandExt;
    let exe = std::env::current_exe().map_err(DockerError::ReaperBinary)?;
    std::process::Command::new(exe)
        .arg(reap::SUBCOMMAND)
        .arg(instance)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(DockerError::ReaperStart)
}

impl Drop for DockerRuntime {
    fn drop(&mut self) {
        // Closing its stdin lets the reaper finish; it is not waited for.
        if let Some(mut child) = self.reaper.lock().ok().and_then(|mut r| r.take()) {
            drop(child.stdin.take());
        }
    }
}

impl WorkerRuntime for DockerRuntime {
    fn name(&self) -> &'static str {
        "docker"
    }

    fn start<'a>(
        &'a self,
        launch: &'a Launch,
    ) -> BoxFuture<'a, Result<Box<dyn RunningWorker>, StartError>> {
        Box::pin(async move { Ok(self.start_container(launch).await?) })
    }

    fn exec<'a>(
        &'a self,
        target: &'a ExecTarget,
        request: &'a ExecRequest,
    ) -> BoxFuture<'a, Result<ExecSession, ExecError>> {
        Box::pin(exec::exec(&self.docker, target, request))
    }
}

impl DockerRuntime {
    /// Creates and starts the worker's container, pulling its image when it
    /// is missing, and finds the port its service is published on.
    async fn start_container(
        &self,
        launch: &Launch,
    ) -> Result<Box<dyn RunningWorker>, DockerError> {
        let body = create_body(launch, &self.owner)?;
        let image = body.image.clone().unwrap_or_default();
        // The worker's dir holds its log; an app without volumes has
        // nothing else that would create it.
        tokio::fs::create_dir_all(&launch.worker_dir)
            .await
            .map_err(|source| DockerError::WorkerDir {
                path: launch.worker_dir.clone(),
                source,
            })?;
        self.ensure_image(&image, launch.pull_auth.as_ref()).await?;
        let name = exec::container_name(&launch.worker_id);
        let created = self
            .docker
            .create_container(
                Some(CreateContainerOptions {
                    name: Some(name),
                    ..Default::default()
                }),
                body,
            )
            .await
            .map_err(|source| DockerError::Create {
                image: image.clone(),
                source,
            })?;
        let mut running = RunningContainer {
            docker: self.docker.clone(),
            id: created.id,
            port: 0,
            exit: None,
            removed: false,
        };
        self.docker
            .start_container(&running.id, None)
            .await
            .map_err(|source| DockerError::Start {
                image: image.clone(),
                source,
            })?;
        running.follow_logs(launch.log_path());
        running.port = self
            .published_port(&running.id, container_port(launch))
            .await?;
        Ok(Box::new(running) as Box<dyn RunningWorker>)
    }

    /// The loopback host port the engine published `port` on.
    async fn published_port(&self, id: &str, port: u16) -> Result<u16, DockerError> {
        let info = self
            .docker
            .inspect_container(id, None)
            .await
            .map_err(DockerError::Inspect)?;
        info.network_settings
            .and_then(|n| n.ports)
            .and_then(|p| p.get(&format!("{port}/tcp")).cloned().flatten())
            .and_then(|b| b.into_iter().find_map(|b| b.host_port?.parse::<u16>().ok()))
            .ok_or(DockerError::NoHostPort(port))
    }
}

#[cfg(test)]
mod tests {
    use super::split_reference;

    #[test]
    fn references_split_into_repo_and_tag() {
        assert_eq!(split_reference("busybox"), ("busybox", "latest"));
        assert_eq!(split_reference("quay.io/u/app:v1"), ("quay.io/u/app", "v1"));
        assert_eq!(
            split_reference("localhost:5000/app"),
            ("localhost:5000/app", "latest")
        );
        assert_eq!(
            split_reference("localhost:5000/app:2"),
            ("localhost:5000/app", "2")
        );
        assert_eq!(split_reference("app@sha256:ab"), ("app", "sha256:ab"));
    }
}
