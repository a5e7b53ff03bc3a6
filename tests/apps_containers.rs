//! Container workers (`everai server --runtime docker`) against the real
//! engine: a server stop, a `kill -9` and a restart leave none of its
//! containers, and never touch a container that is not its own.

mod common;

use bollard::models::ContainerCreateBody;
use bollard::query_parameters::{CreateContainerOptions, RemoveContainerOptions};
use common::apps::*;
use common::{docker, poll};
use std::collections::HashMap;

fn image_app(image: &str, workers: u32) -> String {
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: boxed\nspec:\n  image: {image}\n  port: 8080\n  readinessProbe:\n    httpGet:\n      path: /healthz\n  resource:\n    cpu: 1\n    memory: 64 MiB\n{}",
        manual(workers)
    )
}

/// A stopped container that looks like another server's worker (same
/// labels, another data dir); removed on drop.
struct Foreign<'a> {
    engine: &'a docker::Engine,
    id: String,
}

impl<'a> Foreign<'a> {
    fn create(engine: &'a docker::Engine, image: &str) -> Foreign<'a> {
        let labels = HashMap::from([
            (
                "ai.everai.managed-by".to_string(),
                "everai-server".to_string(),
            ),
            (
                docker::DATA_DIR_LABEL.to_string(),
                format!("/nonexistent/other-server-{}", std::process::id()),
            ),
            ("ai.everai.instance".to_string(), "someone-else".to_string()),
            (
                docker::TEST_LABEL.to_string(),
                docker::TEST_LABEL_VALUE.to_string(),
            ),
        ]);
        let body = ContainerCreateBody {
            image: Some(image.to_string()),
            labels: Some(labels),
            ..Default::default()
        };
        let created = engine
            .block_on(
                engine
                    .docker
                    .create_container(None::<CreateContainerOptions>, body),
            )
            .expect("create the foreign container");
        Foreign {
            engine,
            id: created.id,
        }
    }

    fn exists(&self) -> bool {
        self.engine
            .block_on(self.engine.docker.inspect_container(&self.id, None))
            .is_ok()
    }
}

impl Drop for Foreign<'_> {
    fn drop(&mut self) {
        let options = RemoveContainerOptions {
            force: true,
            ..Default::default()
        };
        let _ = self
            .engine
            .block_on(self.engine.docker.remove_container(&self.id, Some(options)));
    }
}

/// Pid of the container reaper the server `server_pid` started.
fn reaper_of(server_pid: u32) -> Option<i32> {
    std::fs::read_dir("/proc")
        .ok()?
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .find(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok());
            ppid == Some(server_pid)
                && cmdline
                    .split(|b| *b == 0)
                    .any(|arg| arg == b"__container-reaper")
        })
}

#[test]
fn kill_9_stop_and_restart_leave_no_container_of_ours_and_touch_no_other() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let image = engine.fixture_image("v1");
    let foreign = Foreign::create(&engine, &image);
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let token = common::unique_token();

    // 1. kill -9: the reaper removes the containers.
    let mut p = Server::for_apps_on(&data_dir, &token, &["--runtime", "docker"]);
    p.create_app(&p.sandbox.root().join("boxed"), &image_app(&image, 2));
    p.wait_free("boxed", 2);
    assert_eq!(engine.containers_of(&data_dir).len(), 2);
    let reply = p.get(&Server::route("boxed", "/"), true);
    assert!(reply.body.starts_with("hello from v1 worker "), "{reply:?}");
    assert!(reaper_of(p.pid()).is_some(), "the server runs a reaper");
    p.kill();
    poll(WAIT, "no container left after kill -9", || {
        engine.containers_of(&data_dir).is_empty().then_some(())
    });
    drop(p);

    // 2. kill -9 of the server and its reaper: the next start removes them.
    let mut p = Server::for_apps_on(&data_dir, &token, &["--runtime", "docker"]);
    p.wait_free("boxed", 2);
    let before = engine.containers_of(&data_dir);
    assert_eq!(before.len(), 2);
    let reaper = reaper_of(p.pid()).expect("a reaper");
    unsafe_kill(reaper, common::SIGKILL);
    p.kill();
    assert_eq!(
        engine.containers_of(&data_dir),
        before,
        "without the reaper the containers stay until the next start"
    );
    let mut p = Server::for_apps_on(&data_dir, &token, &["--runtime", "docker"]);
    poll(WAIT, "the start-up removal of the leftovers", || {
        p.stderr()
            .contains("removed 2 worker container(s) left over by the previous run")
            .then_some(())
    });
    p.wait_free("boxed", 2);
    let after = engine.containers_of(&data_dir);
    assert_eq!(after.len(), 2);
    assert!(
        after.iter().all(|id| !before.contains(id)),
        "the old containers were removed: {before:?} vs {after:?}"
    );

    // 3. A graceful stop removes its containers itself.
    p.stop(std::time::Duration::from_secs(30))
        .expect("the server stops");
    assert!(engine.containers_of(&data_dir).is_empty());
    assert!(foreign.exists(), "another server's container is untouched");
}

#[test]
fn a_container_worker_gets_its_command_env_files_limits_and_labels() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let image = engine.fixture_image("v1");
    let p = Server::for_apps(&["--runtime", "docker"]);
    p.configmap("create", "box-config", &[("greeting", "hello")]);
    p.ok(&[
        "secret",
        "create",
        "box-secret",
        "--from-literal",
        "password=s3cret",
    ]);
    let yaml = format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: boxed\nspec:\n  image: {image}\n  command: [/server, --port, $PORT]\n  port: 9090\n  env:\n  - name: PASSWORD\n    envValue:\n      valueFrom: {{secretKeyRef: {{name: box-secret, key: password}}}}\n  volumes:\n  - name: cfg\n    configMap: {{name: box-config}}\n  - name: sec\n    secret: {{secretName: box-secret}}\n  volumeMounts:\n  - name: cfg\n    mountPath: /etc/box\n    readOnly: true\n  readinessProbe:\n    httpGet:\n      path: /healthz\n  resource:\n    cpu: 1\n    memory: 96 MiB\n{}",
        manual(1)
    );
    p.create_app(&p.sandbox.root().join("boxed"), &yaml);
    let id = p.wait_free("boxed", 1)[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let exec = |args: &[&str]| {
        let mut all = vec!["worker", "exec", id.as_str(), "/server"];
        all.extend_from_slice(args);
        let r = p.cli(&all);
        r.success();
        r.stdout
    };
    assert_eq!(exec(&["env", "PASSWORD"]), "s3cret\n");
    assert_eq!(exec(&["env", "PORT"]), "9090\n");
    assert_eq!(exec(&["read", "/etc/box/greeting"]), "hello");
    assert_eq!(exec(&["read", "/everai/volumes/cfg/greeting"]), "hello");
    assert_eq!(exec(&["read", "/everai/volumes/sec/password"]), "s3cret");

    let info = engine
        .block_on(
            engine
                .docker
                .inspect_container(&format!("everai-{id}"), None),
        )
        .expect("inspect the worker container");
    let config = info.config.expect("config");
    assert_eq!(
        config.entrypoint,
        Some(vec!["/server".into(), "--port".into(), "9090".into()])
    );
    let labels = config.labels.expect("labels");
    assert_eq!(labels["ai.everai.worker-id"], id);
    assert_eq!(labels["ai.everai.app"], "default/boxed");
    let host = info.host_config.expect("host config");
    assert_eq!(host.nano_cpus, Some(1_000_000_000));
    assert_eq!(host.memory, Some(96 * 1024 * 1024));
    // The route reaches it through its loopback port.
    let reply = p.get(&Server::route("boxed", "/"), true);
    assert_eq!(reply.status, 200, "{reply:?}");
}
