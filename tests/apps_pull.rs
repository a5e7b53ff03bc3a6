//! Container workers pull a missing `spec.image` with the credentials of
//! `spec.imagePullSecrets` (`everai server --runtime docker`), against the
//! real engine and the basic-auth registry of scripts/test.sh
//! (EVERAI_TEST_REGISTRY, _USER, _PASSWORD). The fixture image is pushed
//! under a unique name and removed locally, so the worker has to pull it.
//!
//! Without an engine or a registry the test skips with a reason, unless
//! CI=true, where it fails.

mod common;

use bollard::auth::DockerCredentials;
use bollard::query_parameters::{PushImageOptions, RemoveImageOptions, TagImageOptions};
use common::apps::*;
use common::docker::{self, Registry};
use common::{poll, unique_token};
use futures_util::StreamExt;

/// Registry references this test pushed; their local copies are removed on
/// drop (the registry's storage is the test run's temp dir).
struct Pushed<'a> {
    engine: &'a docker::Engine,
    refs: Vec<String>,
}

impl Pushed<'_> {
    /// Tags `local` as `REGISTRY/REPO:v1`, pushes it with the registry's
    /// credentials and removes the local tag: only the registry has it.
    fn push(&mut self, local: &str, registry: &Registry, repo: &str) -> String {
        let reference = format!("{}/{repo}:v1", registry.addr);
        let engine = self.engine;
        engine
            .block_on(engine.docker.tag_image(
                local,
                Some(TagImageOptions {
                    repo: Some(format!("{}/{repo}", registry.addr)),
                    tag: Some("v1".into()),
                }),
            ))
            .expect("tag the fixture image");
        self.refs.push(reference.clone());
        engine.block_on(async {
            let creds = DockerCredentials {
                username: Some(registry.user.clone()),
                password: Some(registry.password.clone()),
                serveraddress: Some(registry.addr.clone()),
                ..Default::default()
            };
            let mut stream = engine.docker.push_image(
                &format!("{}/{repo}", registry.addr),
                Some(PushImageOptions {
                    tag: Some("v1".into()),
                    ..Default::default()
                }),
                Some(creds),
            );
            while let Some(step) = stream.next().await {
                let info = step.unwrap_or_else(|e| panic!("push {reference}: {e}"));
                assert!(info.error_detail.is_none(), "push {reference}: {info:?}");
            }
        });
        self.remove_local(&reference);
        assert!(
            engine
                .block_on(engine.docker.inspect_image(&reference))
                .is_err(),
            "{reference} is no longer on this machine"
        );
        reference
    }

    fn remove_local(&self, reference: &str) {
        // Not forced: the fixture's own tag keeps the layers.
        let _ = self.engine.block_on(self.engine.docker.remove_image(
            reference,
            None::<RemoveImageOptions>,
            None,
        ));
    }
}

impl Drop for Pushed<'_> {
    fn drop(&mut self) {
        for reference in &self.refs {
            self.remove_local(reference);
        }
    }
}

fn pull_app(name: &str, image: &str, secret: &str) -> String {
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: {name}\nspec:\n  image: {image}\n  imagePullSecrets:\n    username: {{valueFrom: {{secretKeyRef: {{name: {secret}, key: username}}}}}}\n    password: {{valueFrom: {{secretKeyRef: {{name: {secret}, key: password}}}}}}\n  port: 8080\n  readinessProbe:\n    httpGet:\n      path: /healthz\n  resource:\n    cpu: 1\n    memory: 64 MiB\n{}",
        manual(1)
    )
}

/// A secret with `username` and `password`, created from an env file (a
/// password never goes on an argument list).
fn create_secret(p: &Server, name: &str, user: &str, password: &str) {
    let file = p.sandbox.root().join(format!("{name}.env"));
    std::fs::write(&file, format!("username={user}\npassword={password}\n")).unwrap();
    p.ok(&[
        "secret",
        "create",
        name,
        "--from-env-file",
        file.to_str().unwrap(),
    ]);
    std::fs::remove_file(&file).unwrap();
}

#[test]
fn a_container_worker_pulls_its_image_with_the_pull_secret_and_a_wrong_password_is_an_error() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let Some(registry) = docker::registry() else {
        return;
    };
    let fixture = engine.fixture_image("v1");
    let id = unique_token().to_lowercase();
    let mut pushed = Pushed {
        engine: &engine,
        refs: Vec::new(),
    };
    let good_image = pushed.push(&fixture, &registry, &format!("everai-test-pull-{id}"));
    let bad_image = pushed.push(&fixture, &registry, &format!("everai-test-pull-bad-{id}"));

    let p = Server::for_apps(&["--runtime", "docker"]);
    create_secret(&p, "regcred", &registry.user, &registry.password);
    let wrong_password = format!("wrong-{id}");
    create_secret(&p, "regcred-bad", &registry.user, &wrong_password);

    // The right credentials: pulled, started, serving the route.
    p.create_app(
        &p.sandbox.root().join("pulled"),
        &pull_app("pulled", &good_image, "regcred"),
    );
    p.wait_free("pulled", 1);
    let reply = p.get(&Server::route("pulled", "/"), true);
    assert_eq!(reply.status, 200, "{reply:?}");
    assert!(reply.body.starts_with("hello from v1 worker "), "{reply:?}");
    assert!(engine
        .block_on(engine.docker.inspect_image(&good_image))
        .is_ok());
    let pulled_log = || {
        let workers = p.data_dir.join("workers");
        std::fs::read_dir(&workers)
            .ok()?
            .flatten()
            .map(|e| std::fs::read_to_string(e.path().join("worker.log")).unwrap_or_default())
            .find(|log| log.contains("fixture server listening on 8080"))
    };
    poll(
        WAIT,
        "the pulled worker's output in its worker.log",
        pulled_log,
    );

    // A wrong password: the worker goes ERROR, an event names the registry.
    p.create_app(
        &p.sandbox.root().join("refused"),
        &pull_app("refused", &bad_image, "regcred-bad"),
    );
    let failed = poll(WAIT, "an ERROR worker of refused", || {
        p.all_workers("refused")
            .into_iter()
            .find(|w| w["status"] == "STATUS_ERROR")
    });
    let worker = failed["id"].as_str().unwrap().to_string();
    let events = p.events("refused");
    let warning = events
        .iter()
        .find(|e| {
            e["type"] == "EVENT_TYPE_WARNING"
                && e["message"].as_str().unwrap_or("").contains(&worker)
        })
        .unwrap_or_else(|| panic!("a warning event about worker {worker}: {events:?}"));
    let message = warning["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("registry {}", registry.addr))
            && message.contains("unauthorized")
            && message.contains("imagePullSecrets"),
        "{message}"
    );
    assert!(
        engine
            .block_on(engine.docker.inspect_image(&bad_image))
            .is_err(),
        "nothing was pulled"
    );

    // Neither password anywhere: events, the logs in the data dir, the
    // server's output.
    let all_events = format!("{:?}{:?}", p.events("pulled"), events);
    let mut logs = p.stderr();
    let mut dirs = vec![p.data_dir.clone()];
    let mut log_files = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "log") {
                log_files += 1;
                logs.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
            }
        }
    }
    assert!(
        log_files > 0,
        "the workers' logs are under {:?}",
        p.data_dir
    );
    for secret in [&registry.password, &wrong_password] {
        assert!(!all_events.contains(secret.as_str()), "{all_events}");
        assert!(!logs.contains(secret.as_str()), "a password in the logs");
    }
}
