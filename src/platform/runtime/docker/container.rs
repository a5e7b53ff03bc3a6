//! One worker container: its create body (pure, unit-tested) and the
//! handle that waits for it, stops it and removes it.

use super::reap;
use crate::platform::runtime::backend::{BoxFuture, Launch, RunningWorker};
use bollard::models::{ContainerCreateBody, HostConfig, PortBinding};
use bollard::query_parameters::{
    LogsOptions, RemoveContainerOptions, StopContainerOptions, WaitContainerOptions,
};
use bollard::Docker;
use futures_util::StreamExt;
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;
use tokio::io::AsyncWriteExt;

/// Where a container finds its configmap and secret volumes.
pub const VOLUMES_DIR: &str = "/everai/volumes";
/// The name containers reach the host by (mapped to the bridge gateway).
const HOST_ALIAS: &str = "host.docker.internal";

/// Identity of the server that creates containers.
#[derive(Debug, Clone)]
pub struct Owner {
    pub data_dir: String,
    pub instance: String,
}

/// `spec.port`, 80 when unset (what the platform expects of an image).
pub fn container_port(launch: &Launch) -> u16 {
    launch
        .app
        .spec
        .port
        .and_then(|p| u16::try_from(p).ok())
        .filter(|p| *p > 0)
        .unwrap_or(80)
}

/// The engine's create body for `launch`.
pub fn create_body(
    launch: &Launch,
    owner: &Owner,
) -> Result<ContainerCreateBody, super::DockerError> {
    let spec = &launch.app.spec;
    let image = spec
        .image
        .clone()
        .filter(|i| !i.is_empty())
        .ok_or(super::DockerError::NoImage)?;
    let port = container_port(launch);
    let port_key = format!("{port}/tcp");

    let mut env: Vec<(String, String)> = Vec::new();
    let mut set = |key: &str, value: String| match env.iter_mut().find(|(k, _)| k == key) {
        Some(entry) => entry.1 = value,
        None => env.push((key.to_string(), value)),
    };
    for (key, value) in &launch.env {
        let value = if key == "EVERAI_ENDPOINT" {
            container_endpoint(value)
        } else {
            value.clone()
        };
        set(key, value);
    }
    set("PORT", port.to_string());
    set("EVERAI_PORT", port.to_string());
    set("EVERAI_VOLUMES_DIR", VOLUMES_DIR.to_string());
    set("EVERAI_WORKER_ID", launch.worker_id.clone());

    let mut binds = Vec::new();
    let volumes = launch.volumes_dir();
    if volumes.is_dir() {
        binds.push(bind(&volumes, VOLUMES_DIR));
    }
    for mount in spec.volume_mounts.iter().flatten() {
        let Some(path) = mount.mount_path.as_deref().filter(|p| p.starts_with('/')) else {
            continue;
        };
        let source = launch.mounts_dir().join(path.trim_start_matches('/'));
        // Data volumes are symlinks there; they are bound from their tree below.
        if source.is_dir() && !source.is_symlink() {
            binds.push(bind(&source, path));
        }
    }
    for data in &launch.data_mounts {
        for path in data.mount_paths.iter().filter(|p| p.starts_with('/')) {
            binds.push(bind(&data.host_dir, path));
        }
    }

    let memory = crate::model::app::parse_memory(&spec.resource.memory)?;
    let labels = HashMap::from([
        (reap::MANAGED.to_string(), reap::MANAGED_VALUE.to_string()),
        (reap::DATA_DIR.to_string(), owner.data_dir.clone()),
        (reap::INSTANCE.to_string(), owner.instance.clone()),
        (reap::WORKER_ID.to_string(), launch.worker_id.clone()),
        (
            reap::APP.to_string(),
            format!(
                "{}/{}",
                launch
                    .app
                    .metadata
                    .namespace
                    .as_deref()
                    .filter(|n| !n.is_empty())
                    .unwrap_or("default"),
                launch.app.metadata.name
            ),
        ),
    ]);
    let port_bindings = HashMap::from([(
        port_key.clone(),
        Some(vec![match launch.publish {
            Some(addr) => PortBinding {
                host_ip: Some(addr.ip().to_string()),
                host_port: Some(addr.port().to_string()),
            },
            None => PortBinding {
                host_ip: Some("127.0.0.1".into()),
                // Empty: the engine picks a free host port.
                host_port: Some(String::new()),
            },
        }]),
    )]);
    Ok(ContainerCreateBody {
        image: Some(image),
        // spec.command replaces the image's entrypoint (and its CMD).
        entrypoint: launch.command().map(|c| {
            c.iter()
                .map(|a| crate::platform::runtime::process::expand_port(a, port))
                .collect()
        }),
        env: Some(env.into_iter().map(|(k, v)| format!("{k}={v}")).collect()),
        labels: Some(labels),
        exposed_ports: Some(vec![port_key]),
        host_config: Some(HostConfig {
            port_bindings: Some(port_bindings),
            binds: Some(binds),
            nano_cpus: (spec.resource.cpu > 0)
                .then(|| i64::from(spec.resource.cpu) * 1_000_000_000),
            memory: i64::try_from(memory).ok().filter(|m| *m > 0),
            extra_hosts: Some(vec![format!("{HOST_ALIAS}:host-gateway")]),
            ..Default::default()
        }),
        ..Default::default()
    })
}

fn bind(source: &Path, target: &str) -> String {
    format!("{}:{target}:ro", source.display())
}

/// The platform endpoint as a container reaches it: loopback names become
/// the host alias.
fn container_endpoint(endpoint: &str) -> String {
    for loopback in ["127.0.0.1", "localhost", "[::1]"] {
        let prefix = format!("http://{loopback}");
        if let Some(rest) = endpoint.strip_prefix(&prefix) {
            return format!("http://{HOST_ALIAS}{rest}");
        }
    }
    endpoint.to_string()
}

/// A started worker container.
pub struct RunningContainer {
    pub docker: Docker,
    pub id: String,
    pub port: u16,
    pub exit: Option<String>,
    pub removed: bool,
}

impl RunningContainer {
    /// Appends the container's output to `log` until it ends.
    pub fn follow_logs(&self, log: std::path::PathBuf) {
        let docker = self.docker.clone();
        let id = self.id.clone();
        tokio::spawn(async move {
            let Ok(mut file) = tokio::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&log)
                .await
            else {
                return;
            };
            let options = LogsOptions {
                follow: true,
                stdout: true,
                stderr: true,
                ..Default::default()
            };
            let mut stream = docker.logs(&id, Some(options));
            while let Some(Ok(chunk)) = stream.next().await {
                if file.write_all(&chunk.into_bytes()).await.is_err() {
                    break;
                }
            }
            let _ = file.flush().await;
        });
    }

    async fn wait_exit(&mut self) -> String {
        if let Some(done) = &self.exit {
            return done.clone();
        }
        let mut stream = self.docker.wait_container(
            &self.id,
            Some(WaitContainerOptions {
                condition: "not-running".into(),
            }),
        );
        let text = match stream.next().await {
            Some(Ok(r)) => format!("exited with status {}", r.status_code),
            Some(Err(bollard::errors::Error::DockerContainerWaitError { code, error })) => {
                if error.is_empty() {
                    format!("exited with status {code}")
                } else {
                    format!("exited with status {code}: {error}")
                }
            }
            Some(Err(e)) => format!("container {} is gone: {e}", short(&self.id)),
            None => format!("container {} is gone", short(&self.id)),
        };
        self.exit = Some(text.clone());
        text
    }

    async fn stop_and_remove(&mut self, grace: Duration) {
        if self.removed {
            return;
        }
        let t = i32::try_from(grace.as_secs()).unwrap_or(i32::MAX);
        let _ = self
            .docker
            .stop_container(
                &self.id,
                Some(StopContainerOptions {
                    t: Some(t),
                    ..Default::default()
                }),
            )
            .await;
        if self.exit.is_none() {
            self.wait_exit().await;
        }
        let _ = self
            .docker
            .remove_container(
                &self.id,
                Some(RemoveContainerOptions {
                    force: true,
                    v: true,
                    ..Default::default()
                }),
            )
            .await;
        self.removed = true;
    }
}

fn short(id: &str) -> &str {
    &id[..id.len().min(12)]
}

impl RunningWorker for RunningContainer {
    fn port(&self) -> u16 {
        self.port
    }

    fn leftover_pid(&self) -> i64 {
        0
    }

    fn wait(&mut self) -> BoxFuture<'_, String> {
        Box::pin(self.wait_exit())
    }

    fn stop(&mut self, grace: Duration) -> BoxFuture<'_, ()> {
        Box::pin(self.stop_and_remove(grace))
    }
}

impl Drop for RunningContainer {
    fn drop(&mut self) {
        if self.removed {
            return;
        }
        // Dropped without a stop (its supervisor was cancelled): remove it
        // in the background; the reaper covers a runtime already gone.
        if let Ok(handle) = tokio::runtime::Handle::try_current() {
            let docker = self.docker.clone();
            let id = std::mem::take(&mut self.id);
            handle.spawn(async move {
                let options = RemoveContainerOptions {
                    force: true,
                    v: true,
                    ..Default::default()
                };
                let _ = docker.remove_container(&id, Some(options)).await;
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::app::AppV1alpha1;
    use std::sync::Arc;

    fn launch(yaml_spec: serde_json::Value, dir: &Path) -> Launch {
        let app: AppV1alpha1 = serde_json::from_value(serde_json::json!({
            "metadata": {"name": "demo", "namespace": "ns"},
            "spec": yaml_spec,
        }))
        .expect("app");
        Launch {
            worker_id: "W1".into(),
            app: Arc::new(app),
            env: vec![
                ("EVERAI_ENDPOINT".into(), "http://127.0.0.1:7480".into()),
                ("PORT".into(), "1".into()),
                ("GREETING".into(), "hi".into()),
            ],
            workdir: dir.to_path_buf(),
            worker_dir: dir.to_path_buf(),
            pull_auth: None,
            publish: None,
            data_mounts: Vec::new(),
        }
    }

    #[test]
    fn data_volumes_are_bound_read_only_from_their_revision_tree() {
        let dir = tempfile::tempdir().expect("tempdir");
        let tree = dir.path().join("revisions/V1/000001-abc");
        std::fs::create_dir_all(&tree).expect("mkdir");
        std::fs::create_dir_all(dir.path().join("mounts")).expect("mkdir");
        std::os::unix::fs::symlink(&tree, dir.path().join("mounts/models")).expect("symlink");
        let mut l = launch(
            serde_json::json!({
                "image": "demo:v1",
                "resource": {"cpu": 1, "memory": "256 MiB"},
                "volumeMounts": [{"name": "models", "mountPath": "/models", "readOnly": true}],
            }),
            dir.path(),
        );
        l.data_mounts = vec![crate::platform::volumes::mounts::DataMount {
            name: "models".into(),
            volume: "models".into(),
            revision: "000001-abc".into(),
            host_dir: tree.clone(),
            mount_paths: vec!["/models".into()],
            read_only: true,
        }];
        let binds = create_body(&l, &owner())
            .expect("body")
            .host_config
            .expect("host config")
            .binds
            .expect("binds");
        assert_eq!(binds, vec![format!("{}:/models:ro", tree.display())]);
    }

    fn owner() -> Owner {
        Owner {
            data_dir: "/data".into(),
            instance: "I1".into(),
        }
    }

    #[test]
    fn body_runs_the_image_with_limits_labels_env_and_a_loopback_port() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("volumes/cm")).expect("mkdir");
        std::fs::create_dir_all(dir.path().join("mounts/etc/conf")).expect("mkdir");
        let l = launch(
            serde_json::json!({
                "image": "demo:v1",
                "port": 8080,
                "resource": {"cpu": 2, "memory": "256 MiB"},
                "volumeMounts": [{"name": "cm", "mountPath": "/etc/conf", "readOnly": true}],
            }),
            dir.path(),
        );
        let body = create_body(&l, &owner()).expect("body");
        assert_eq!(body.image.as_deref(), Some("demo:v1"));
        assert_eq!(body.entrypoint, None, "the image's own entrypoint runs");
        let env = body.env.expect("env");
        for want in [
            "EVERAI_ENDPOINT=http://host.docker.internal:7480",
            "PORT=8080",
            "EVERAI_PORT=8080",
            "GREETING=hi",
            "EVERAI_WORKER_ID=W1",
            "EVERAI_VOLUMES_DIR=/everai/volumes",
        ] {
            assert!(env.iter().any(|e| e == want), "{want} in {env:?}");
        }
        assert_eq!(env.iter().filter(|e| e.starts_with("PORT=")).count(), 1);
        let labels = body.labels.expect("labels");
        assert_eq!(labels[reap::MANAGED], reap::MANAGED_VALUE);
        assert_eq!(labels[reap::DATA_DIR], "/data");
        assert_eq!(labels[reap::INSTANCE], "I1");
        assert_eq!(labels[reap::WORKER_ID], "W1");
        assert_eq!(labels[reap::APP], "ns/demo");
        let host = body.host_config.expect("host config");
        assert_eq!(host.nano_cpus, Some(2_000_000_000));
        assert_eq!(host.memory, Some(256 * 1024 * 1024));
        let bindings = host.port_bindings.expect("ports");
        let binding = &bindings["8080/tcp"].as_ref().expect("binding")[0];
        assert_eq!(binding.host_ip.as_deref(), Some("127.0.0.1"));
        let binds = host.binds.expect("binds");
        assert_eq!(
            binds,
            vec![
                format!(
                    "{}:/everai/volumes:ro",
                    dir.path().join("volumes").display()
                ),
                format!(
                    "{}:/etc/conf:ro",
                    dir.path().join("mounts/etc/conf").display()
                ),
            ]
        );
    }

    #[test]
    fn command_replaces_the_entrypoint_with_the_port_expanded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let l = launch(
            serde_json::json!({
                "image": "demo:v1",
                "command": ["/server", "--port", "$PORT"],
                "resource": {"cpu": 1, "memory": "64 MiB"},
            }),
            dir.path(),
        );
        let body = create_body(&l, &owner()).expect("body");
        assert_eq!(
            body.entrypoint,
            Some(vec!["/server".into(), "--port".into(), "80".into()])
        );
        assert_eq!(body.exposed_ports, Some(vec!["80/tcp".to_string()]));
    }

    #[test]
    fn an_app_without_image_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let l = launch(
            serde_json::json!({"command": ["x"], "resource": {"cpu": 1, "memory": "64 MiB"}}),
            dir.path(),
        );
        let err = create_body(&l, &owner()).expect_err("no image");
        assert_eq!(
            err.to_string(),
            "the app has no spec.image: the docker runtime runs each worker as a container of spec.image; add `image: ...` to the manifest"
        );
    }
}
