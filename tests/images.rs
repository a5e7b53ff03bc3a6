//! `everai image build` against the real Docker engine and a real registry
//! (Debian's docker-registry with basic auth, started by scripts/test.sh and
//! described by EVERAI_TEST_REGISTRY, _USER, _PASSWORD). Images are built
//! `FROM scratch` (nothing can be pulled). Everything a test creates carries
//! the label `everai.test=<unique id>` and only that is removed.
//!
//! Without an engine or a registry a test skips with a reason, unless
//! CI=true, where it fails.

mod common;

use bollard::query_parameters::{
    CreateContainerOptions, CreateImageOptions, ListContainersOptions, ListImagesOptions,
    RemoveContainerOptions, RemoveImageOptions,
};
use bollard::Docker;
use common::{apps, docker, unique_token, Run, Sandbox, Server};
use futures_util::StreamExt;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

const LABEL: &str = "everai.test";

/// The engine (tests/common/docker.rs: skip or, under CI, fail without
/// one), with everything labelled `everai.test=<id>` removed on drop.
struct Engine {
    shared: docker::Engine,
    docker: Docker,
    id: String,
    // One engine test at a time: the classic builder shares cached steps
    // between builds, and one test removing its images can take away the
    // parent layer another test's build is using ("unknown parent image").
    _serial: std::sync::MutexGuard<'static, ()>,
}

static ENGINE_TESTS: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Engine {
    fn connect() -> Option<Engine> {
        let shared = docker::engine()?;
        Some(Engine {
            docker: shared.docker.clone(),
            shared,
            id: unique_token().to_lowercase(),
            _serial: ENGINE_TESTS.lock().unwrap_or_else(|e| e.into_inner()),
        })
    }

    fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.shared.block_on(f)
    }

    fn label(&self) -> String {
        format!("{LABEL}={}", self.id)
    }

    fn inspect(&self, image: &str) -> Option<bollard::models::ImageInspect> {
        self.block_on(self.docker.inspect_image(image)).ok()
    }

    /// The paths and file contents of `image`'s filesystem, read from an
    /// exported (never started) container.
    fn files(&self, image: &str) -> BTreeMap<String, String> {
        self.block_on(async {
            let body = bollard::models::ContainerCreateBody {
                image: Some(image.to_string()),
                // Never run: a scratch image has no program; create needs one.
                cmd: Some(vec!["/not-run".to_string()]),
                labels: Some(HashMap::from([(LABEL.to_string(), self.id.clone())])),
                ..Default::default()
            };
            let created = self
                .docker
                .create_container(None::<CreateContainerOptions>, body)
                .await
                .expect("create container");
            let mut tar = Vec::new();
            let mut stream = self.docker.export_container(&created.id);
            while let Some(chunk) = stream.next().await {
                tar.extend_from_slice(&chunk.expect("export chunk"));
            }
            let mut files = BTreeMap::new();
            let mut archive = tar::Archive::new(tar.as_slice());
            for entry in archive.entries().expect("tar entries") {
                let mut entry = entry.expect("tar entry");
                let path = entry.path().expect("path").display().to_string();
                let mut content = String::new();
                if entry.header().entry_type().is_file() {
                    std::io::Read::read_to_string(&mut entry, &mut content).expect("read");
                }
                files.insert(path.trim_end_matches('/').to_string(), content);
            }
            files
        })
    }

    fn remove_image(&self, image: &str) {
        let _ = self.block_on(self.docker.remove_image(
            image,
            Some(RemoveImageOptions {
                force: true,
                ..Default::default()
            }),
            None,
        ));
    }

    fn pull(&self, image: &str, user: &str, password: &str, server: &str) {
        self.block_on(async {
            let creds = bollard::auth::DockerCredentials {
                username: Some(user.to_string()),
                password: Some(password.to_string()),
                serveraddress: Some(server.to_string()),
                ..Default::default()
            };
            let mut stream = self.docker.create_image(
                Some(CreateImageOptions {
                    from_image: Some(image.to_string()),
                    ..Default::default()
                }),
                None,
                Some(creds),
            );
            while let Some(event) = stream.next().await {
                event.unwrap_or_else(|e| panic!("pull {image}: {e}"));
            }
        });
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        let filter = HashMap::from([("label".to_string(), vec![self.label()])]);
        let docker = &self.docker;
        self.block_on(async {
            if let Ok(containers) = docker
                .list_containers(Some(ListContainersOptions {
                    all: true,
                    filters: Some(filter.clone()),
                    ..Default::default()
                }))
                .await
            {
                for c in containers.into_iter().filter_map(|c| c.id) {
                    let _ = docker
                        .remove_container(
                            &c,
                            Some(RemoveContainerOptions {
                                force: true,
                                ..Default::default()
                            }),
                        )
                        .await;
                }
            }
            if let Ok(images) = docker
                .list_images(Some(ListImagesOptions {
                    all: true,
                    filters: Some(filter),
                    ..Default::default()
                }))
                .await
            {
                for image in images {
                    let _ = docker
                        .remove_image(
                            &image.id,
                            Some(RemoveImageOptions {
                                force: true,
                                ..Default::default()
                            }),
                            None,
                        )
                        .await;
                }
            }
        });
    }
}

/// What a test that pushes needs: the engine, the registry, and a sandbox
/// with [`scratch_context`] in its working directory; None when skipped.
fn push_setup() -> Option<(Engine, docker::Registry, Sandbox)> {
    let engine = Engine::connect()?;
    let registry = docker::registry()?;
    let s = sandbox();
    scratch_context(&s.work(), &engine.id);
    Some((engine, registry, s))
}

/// `image build` arguments that push `tag` as the registry's user, the
/// password on standard input.
fn push_args(engine: &Engine, registry: &docker::Registry, tag: &str) -> Vec<String> {
    build_args(
        engine,
        false,
        &["-t", tag, "--username", &registry.user, "--password-stdin"],
    )
}

/// A sandbox that reaches the same engine as the test (DOCKER_HOST).
fn sandbox() -> Sandbox {
    let mut s = Sandbox::new();
    pass_docker_host(&mut s);
    s
}

fn pass_docker_host(s: &mut Sandbox) {
    if let Ok(host) = std::env::var("DOCKER_HOST") {
        s.set("DOCKER_HOST", &host);
    }
}

fn write(dir: &Path, name: &str, content: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, content).expect("write");
}

/// A context whose Dockerfile copies everything (so the image shows what
/// was sent) and picks a file by build argument. `id` makes every layer
/// unique to the test, so no other test's push can have uploaded it.
fn scratch_context(dir: &Path, id: &str) {
    write(
        dir,
        "Dockerfile",
        "FROM scratch\nARG FLAVOR=plain\nLABEL flavor=$FLAVOR\nCOPY . /ctx/\nCOPY ${FLAVOR}.txt /chosen.txt\n",
    );
    write(dir, "plain.txt", &format!("plain {id}\n"));
    write(dir, "sweet.txt", &format!("sweet {id}\n"));
    write(dir, "app.txt", "app\n");
    write(dir, "secret.env", "TOKEN=do-not-ship\n");
    write(dir, "logs/today.log", "noise\n");
    write(dir, "logs/keep.log", "kept\n");
    write(dir, "deep/er/cache.pyc", "bytecode\n");
    write(dir, "deep/er/code.py", "print()\n");
    write(
        dir,
        ".dockerignore",
        "# comments and blank lines are skipped\n\n*.env\n./logs\n!logs/keep.log\n**/*.pyc\n/Dockerfile\n",
    );
}

/// `[-v] image build --label everai.test=ID EXTRA...` (`-v` is a top-level flag).
fn build_args(engine: &Engine, verbose: bool, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = Vec::new();
    if verbose {
        args.push("-v".into());
    }
    args.extend([
        "image".into(),
        "build".into(),
        "--label".into(),
        engine.label(),
    ]);
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn run_build(s: &Sandbox, args: &[String], password: Option<&str>) -> Run {
    match password {
        Some(p) => s.run_stdin(args, &format!("{p}\n")),
        None => s.run(args),
    }
}

#[test]
fn build_honours_dockerignore_and_build_args() {
    let Some(engine) = Engine::connect() else {
        return;
    };
    let s = sandbox();
    scratch_context(&s.work(), &engine.id);
    let tag = format!("everai-test/ctx:{}", engine.id);
    let args = build_args(
        &engine,
        false,
        &["-t", &tag, "--no-push", "--build-arg", "FLAVOR=sweet"],
    );
    let r = run_build(&s, &args, None);
    r.success().stdout_is(&format!("{tag}\n"));

    let files = engine.files(&tag);
    let has = |p: &str| files.contains_key(p);
    assert!(
        has("ctx/app.txt") && has("ctx/plain.txt") && has("ctx/deep/er/code.py"),
        "{files:?}"
    );
    assert!(!has("ctx/secret.env"), "*.env is ignored: {files:?}");
    assert!(!has("ctx/logs/today.log"), "./logs is ignored: {files:?}");
    assert_eq!(
        files.get("ctx/logs/keep.log").map(String::as_str),
        Some("kept\n"),
        "!logs/keep.log comes back"
    );
    assert!(
        !has("ctx/deep/er/cache.pyc"),
        "**/*.pyc is ignored: {files:?}"
    );
    // The Dockerfile was sent (the build used it) although a pattern names it.
    assert!(
        !has("ctx/Dockerfile"),
        "the engine drops an ignored Dockerfile after reading it"
    );
    assert_eq!(
        files.get("chosen.txt"),
        Some(&format!("sweet {}\n", engine.id))
    );

    let inspect = engine.inspect(&tag).expect("image exists");
    let labels = inspect.config.and_then(|c| c.labels).unwrap_or_default();
    assert_eq!(labels.get("flavor").map(String::as_str), Some("sweet"));
    assert_eq!(labels.get(LABEL), Some(&engine.id));
}

#[test]
fn a_failed_build_names_the_step_and_the_engine_message() {
    let Some(engine) = Engine::connect() else {
        return;
    };
    let s = sandbox();
    write(
        &s.work(),
        "Dockerfile",
        "FROM scratch\nCOPY missing.txt /\n",
    );
    let tag = format!("everai-test/broken:{}", engine.id);
    let r = run_build(
        &s,
        &build_args(&engine, false, &["-t", &tag, "--no-push"]),
        None,
    );
    r.exit(1);
    let last = r.stderr.lines().last().unwrap_or_default();
    // Step 3/3 is the --label the CLI adds.
    assert!(
        last.starts_with("error: the build failed at Step 2/3 : COPY missing.txt /: "),
        "{}",
        r.stderr
    );
    assert!(last.contains("missing.txt"), "the engine's message: {last}");
    assert_eq!(r.stdout, "");
}

#[test]
fn no_engine_is_one_line() {
    let mut s = Sandbox::new();
    s.set("DOCKER_HOST", "unix:///nonexistent");
    write(&s.work(), "Dockerfile", "FROM scratch\n");
    let r = s.run(["image", "build", "-t", "everai-test/none:1", "--no-push"]);
    r.one_line_error(1);
    let msg = r.error_message();
    assert!(
        msg.contains("unix:///nonexistent") && msg.contains("DOCKER_HOST"),
        "{msg}"
    );
}

#[test]
fn several_platforms_at_once_say_what_works() {
    let s = Sandbox::new();
    write(&s.work(), "Dockerfile", "FROM scratch\n");
    let r = s.run([
        "image",
        "build",
        "-t",
        "everai-test/multi:1",
        "--platform",
        "linux/amd64,linux/arm64",
    ]);
    r.one_line_error(2);
    assert!(
        r.error_message().contains("--platform linux/amd64"),
        "{}",
        r.stderr
    );
}

#[test]
fn push_pull_back_by_digest_and_an_unchanged_rebuild_pushes_no_layer() {
    let Some((engine, registry, s)) = push_setup() else {
        return;
    };
    let repo = format!("{}/everai-test/push-{}", registry.addr, engine.id);
    let tag = format!("{repo}:v1");
    let args = push_args(&engine, &registry, &tag);
    let r = run_build(&s, &args, Some(&registry.password));
    r.success().nowhere(&registry.password);
    let pushed = r.stdout.trim_end();
    let digest = pushed
        .strip_prefix(&format!("{tag}@"))
        .unwrap_or_else(|| panic!("stdout is TAG@DIGEST: {pushed:?}"));
    assert!(
        digest.starts_with("sha256:") && digest.len() == 71,
        "{digest}"
    );
    r.stderr_has("2 layer(s) uploaded, 0 already in the registry");

    // Same context, nothing changed: the registry has every layer.
    let again = run_build(&s, &args, Some(&registry.password));
    again.success().stdout_is(&format!("{tag}@{digest}\n"));
    again.stderr_has("0 layer(s) uploaded, 2 already in the registry");

    // Gone locally, then back from the registry by digest alone.
    let pinned = format!("{repo}@{digest}");
    engine.remove_image(&tag);
    assert!(engine.inspect(&tag).is_none(), "the local tag is removed");
    engine.pull(&pinned, &registry.user, &registry.password, &registry.addr);
    let inspect = engine.inspect(&pinned).expect("pulled by digest");
    assert!(inspect.repo_digests.unwrap_or_default().contains(&pinned));
    let labels = inspect.config.and_then(|c| c.labels).unwrap_or_default();
    assert_eq!(
        labels.get(LABEL),
        Some(&engine.id),
        "the very image we built"
    );
}

#[test]
fn a_wrong_password_is_refused_in_one_line_with_exit_4() {
    let Some((engine, registry, s)) = push_setup() else {
        return;
    };
    let wrong = format!("wrong-{}", engine.id);
    let tag = format!("{}/everai-test/refused-{}:v1", registry.addr, engine.id);
    let args = push_args(&engine, &registry, &tag);
    let r = run_build(&s, &args, Some(&wrong));
    r.one_line_error(4).nowhere(&wrong);
    let msg = r.error_message();
    assert!(
        msg.contains(&registry.addr) && msg.contains("refused"),
        "{msg}"
    );
    // Refused before building: nothing was tagged.
    assert!(engine.inspect(&tag).is_none());
}

#[test]
fn credentials_from_the_docker_config_and_a_credential_helper() {
    use base64::Engine as _;
    let Some((engine, registry, mut s)) = push_setup() else {
        return;
    };
    let docker_dir = s.root().join("home/.docker");
    std::fs::create_dir_all(&docker_dir).expect("mkdir .docker");

    // `auths`: base64 user:password under the registry's address.
    let auth = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", registry.user, registry.password));
    let config = format!(
        r#"{{"auths": {{"{}": {{"auth": "{auth}"}}}}}}"#,
        registry.addr
    );
    std::fs::write(docker_dir.join("config.json"), config).expect("write config");
    let tag = format!("{}/everai-test/cfg-{}:v1", registry.addr, engine.id);
    let r = run_build(&s, &build_args(&engine, false, &["-t", &tag]), None);
    r.success()
        .stdout_has(&format!("{tag}@sha256:"))
        .nowhere(&registry.password);

    // `credHelpers`: a helper program that answers on stdout what it is
    // asked on stdin (the server address), found on PATH.
    let bin = s.root().join("bin");
    std::fs::create_dir_all(&bin).expect("mkdir bin");
    let helper = bin.join("docker-credential-everaitest");
    std::fs::write(
        &helper,
        format!(
            "#!/bin/sh\n[ \"$1\" = get ] || exit 1\nread server\n[ \"$server\" = {addr} ] || exit 3\nprintf '{{\"ServerURL\":\"%s\",\"Username\":\"{user}\",\"Secret\":\"{password}\"}}' \"$server\"\n",
            addr = registry.addr,
            user = registry.user,
            password = registry.password
        ),
    )
    .expect("write helper");
    std::fs::set_permissions(&helper, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod helper");
    let path = format!(
        "{}:{}",
        bin.display(),
        s.var("PATH").unwrap_or("/usr/bin:/bin")
    );
    s.set("PATH", &path);
    let config = format!(
        r#"{{"credHelpers": {{"{}": "everaitest"}}}}"#,
        registry.addr
    );
    std::fs::write(docker_dir.join("config.json"), config).expect("write config");
    let r = run_build(&s, &build_args(&engine, true, &["-t", &tag]), None);
    r.success()
        .stderr_has("credential helper docker-credential-everaitest")
        .nowhere(&registry.password);
}

#[test]
fn app_upgrade_without_a_value_rolls_onto_the_pushed_digest() {
    let Some(engine) = Engine::connect() else {
        return;
    };
    let Some(registry) = docker::registry() else {
        return;
    };
    let mut platform = Server::for_apps(&[]);
    pass_docker_host(&mut platform.sandbox);
    let work = platform.sandbox.work();
    scratch_context(&work, &engine.id);
    let app = format!("img-{}", &engine.id[engine.id.len() - 6..]);
    let repo = format!("{}/everai-test/app-{}", registry.addr, engine.id);
    // Credentials come from the platform's secret named by the manifest.
    platform.ok(&[
        "secret",
        "create",
        "regcred",
        "--from-literal",
        &format!("username={}", registry.user),
        "--from-literal",
        &format!("password={}", registry.password),
    ]);
    let manifest = apps::manifest(&app, &[], "", "").replace(
        "image: get-start:local\n",
        &format!(
            "image: {repo}:v1\n  imagePullSecrets:\n    username: {{valueFrom: {{secretKeyRef: {{name: regcred, key: username}}}}}}\n    password: {{valueFrom: {{secretKeyRef: {{name: regcred, key: password}}}}}}\n"
        ),
    );
    write(&work, "app.yaml", &manifest);
    platform.ok(&["app", "create"]);

    let before = platform.cli(&["app", "upgrade", "--image"]);
    before.one_line_error(2);
    assert!(
        before.error_message().contains("everai image build"),
        "{}",
        before.stderr
    );

    let args = build_args(&engine, true, &[]);
    let r = common::run(platform.sandbox.everai(&args));
    r.success()
        .stderr_has("spec.imagePullSecrets of ./app.yaml")
        .nowhere(&registry.password);
    let pushed = r.stdout.trim_end().to_string();
    let digest = pushed
        .strip_prefix(&format!("{repo}:v1@"))
        .unwrap_or_else(|| panic!("stdout is TAG@DIGEST: {pushed:?}"));

    platform.ok(&["app", "upgrade", "--image"]);
    let got: serde_json::Value =
        serde_json::from_str(&platform.ok(&["app", "get", &app, "-o", "json"])).expect("json");
    assert_eq!(
        got["spec"]["image"].as_str(),
        Some(format!("{repo}@{digest}").as_str()),
        "{got}"
    );

    // An explicit value still wins.
    platform.ok(&["app", "upgrade", "--image", "other/image:2"]);
    let got: serde_json::Value =
        serde_json::from_str(&platform.ok(&["app", "get", &app, "-o", "json"])).expect("json");
    assert_eq!(got["spec"]["image"].as_str(), Some("other/image:2"));
}
