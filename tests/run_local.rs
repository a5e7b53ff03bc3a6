//! `everai run`: the app of a manifest as one local worker, with its
//! configmaps and secrets fetched from the current endpoint; ready, served
//! on `--listen`:`--port`, its output streamed, and nothing left running
//! after Ctrl-C. As a process (`spec.command`) and as a container (the
//! image is on this machine).

mod common;

use common::apps::*;
use common::{collect, docker, free_port, poll};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};

/// `everai run ARGS` from `dir`, its stdout and stderr collected.
struct Running {
    child: Child,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
}

impl Running {
    fn start(p: &Server, dir: &std::path::Path, args: &[&str]) -> Running {
        let mut cmd = p.sandbox.everai(["run"]);
        cmd.args(args)
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start everai run");
        let out = collect(child.stdout.take().unwrap());
        let err = collect(child.stderr.take().unwrap());
        Running { child, out, err }
    }

    fn stdout(&self) -> String {
        self.out.lock().unwrap().clone()
    }

    fn stderr(&self) -> String {
        self.err.lock().unwrap().clone()
    }

    /// Ctrl-C, then its exit status.
    fn interrupt(&mut self) -> std::process::ExitStatus {
        common::send_signal(self.child.id(), common::SIGINT);
        common::wait_deadline(&mut self.child, WAIT).expect("everai run stops on Ctrl-C")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn get(port: u16, path: &str) -> Reply {
    request(&format!("127.0.0.1:{port}"), "GET", path, None)
}

#[test]
fn run_serves_the_command_with_fetched_config_and_stops_clean() {
    let p = Server::for_apps(&[]);
    p.configmap(
        "create",
        "run-config",
        &[("greeting", "hello-from-configmap")],
    );
    let dir = p.sandbox.root().join("runapp");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(example_server(), dir.join("server.py")).unwrap();
    std::fs::write(
        dir.join("app.yaml"),
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: runapp\nspec:\n  image: runapp:not-built\n  command: [sh, -c, 'echo GREETING=$GREETING; cat $EVERAI_VOLUMES_DIR/cfg/greeting; echo; exec python3 server.py --port $PORT']\n  env:\n  - name: GREETING\n    envValue:\n      valueFrom: {configMapKeyRef: {name: run-config, key: greeting}}\n  volumes:\n  - name: cfg\n    configMap: {name: run-config}\n  readinessProbe:\n    httpGet: {path: /healthz}\n  resource: {cpu: 1, memory: 64 MiB}\n",
    )
    .unwrap();
    let port = free_port();
    let mut run = Running::start(
        &p,
        &dir,
        &["--port", &port.to_string(), "--listen", "127.0.0.1"],
    );
    poll(WAIT, "everai run to say it is ready", || {
        run.stderr().contains("is ready").then_some(())
    });
    assert!(
        run.stderr()
            .contains(&format!("runapp is ready: http://127.0.0.1:{port}")),
        "{}",
        run.stderr()
    );
    let reply = get(port, "/");
    assert_eq!(reply.status, 200, "{reply:?}");
    let worker = reply
        .body
        .split("(worker ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap_or_default()
        .to_string();
    assert!(worker.starts_with("run-"), "{}", reply.body);
    // Its output, with the configmap as env and as a file.
    poll(WAIT, "the worker's output on stdout", || {
        let out = run.stdout();
        (out.contains("GREETING=hello-from-configmap\n")
            && out.contains("hello-from-configmap\nhello-from-configmap"))
        .then_some(())
    });

    let status = run.interrupt();
    assert!(status.success(), "{status:?}: {}", run.stderr());
    assert!(
        worker_pids(&worker).is_empty(),
        "no process of the worker is left"
    );
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
        "nothing serves the port any more"
    );
}

#[test]
fn run_without_image_or_command_says_what_to_do() {
    let p = Server::for_apps(&[]);
    let dir = p.sandbox.root().join("nothing");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("app.yaml"),
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: nothing\nspec:\n  image: nothing-here:never-built\n  resource: {cpu: 1, memory: 64 MiB}\n",
    )
    .unwrap();
    let mut cmd = p.sandbox.everai(["run", "--port", "1"]);
    cmd.current_dir(&dir);
    let r = common::run(cmd);
    r.one_line_error(1);
    r.stderr_has("nothing-here:never-built");
    r.stderr_has("spec.command");
}

/// An app that runs `image` as a container serving on port 8080.
fn image_app(name: &str, image: &str) -> String {
    format!("version: everai/v1alpha1\nkind: App\nmetadata:\n  name: {name}\nspec:\n  image: {image}\n  port: 8080\n  readinessProbe:\n    httpGet: {{path: /healthz}}\n  resource: {{cpu: 1, memory: 64 MiB}}\n")
}

/// The container of the worker that sent `reply` runs until Ctrl-C, which
/// ends `everai run` cleanly and removes it.
fn ctrl_c_removes_the_container(engine: &docker::Engine, run: &mut Running, reply: &Reply) {
    let worker = reply.body.trim().rsplit(' ').next().unwrap();
    let name = format!("everai-{worker}");
    assert!(engine
        .block_on(engine.docker.inspect_container(&name, None))
        .is_ok());
    let status = run.interrupt();
    assert!(status.success(), "{status:?}: {}", run.stderr());
    assert!(
        engine
            .block_on(engine.docker.inspect_container(&name, None))
            .is_err(),
        "the container is removed"
    );
}

#[test]
fn run_serves_the_image_in_a_container_and_removes_it() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let image = engine.fixture_image("v1");
    let p = Server::for_apps(&[]);
    let dir = p.sandbox.root().join("boxed");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("app.yaml"), image_app("boxed", &image)).unwrap();
    let port = free_port();
    let mut run = Running::start(&p, &dir, &["--port", &port.to_string()]);
    poll(WAIT, "everai run to say it is ready", || {
        run.stderr().contains("is ready").then_some(())
    });
    let reply = get(port, "/");
    assert!(
        reply.body.starts_with("hello from v1 worker run-"),
        "{reply:?}"
    );
    poll(WAIT, "the container's output on stdout", || {
        run.stdout()
            .contains("fixture server listening on 8080")
            .then_some(())
    });
    ctrl_c_removes_the_container(&engine, &mut run, &reply);
}

#[test]
fn run_build_builds_the_image_then_serves_it_and_removes_the_container() {
    let Some(engine) = docker::engine() else {
        return;
    };
    let p = Server::for_apps(&[]);
    let dir = p.sandbox.root().join("built");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(docker::fixture_binary(), dir.join("server")).unwrap();
    std::fs::write(
        dir.join("Dockerfile"),
        format!(
            "FROM scratch\nCOPY server /server\nENV FIXTURE_VERSION=built\nLABEL {}={}\nENTRYPOINT [\"/server\"]\n",
            docker::TEST_LABEL,
            docker::TEST_LABEL_VALUE
        ),
    )
    .unwrap();
    // A name no other run uses, so the image cannot already be there.
    let image = format!("everai-test-runbuild:{}", std::process::id());
    std::fs::write(dir.join("app.yaml"), image_app("built", &image)).unwrap();
    assert!(engine
        .block_on(engine.docker.inspect_image(&image))
        .is_err());
    let port = free_port();
    let mut run = Running::start(&p, &dir, &["--build", "--port", &port.to_string()]);
    poll(WAIT, "everai run --build to say it is ready", || {
        run.stderr().contains("is ready").then_some(())
    });
    assert!(
        run.stderr().contains(&format!("built {image}")),
        "{}",
        run.stderr()
    );
    let reply = get(port, "/");
    assert!(
        reply.body.starts_with("hello from built worker run-"),
        "{reply:?}"
    );
    ctrl_c_removes_the_container(&engine, &mut run, &reply);
    let _ = engine.block_on(engine.docker.remove_image(
        &image,
        None::<bollard::query_parameters::RemoveImageOptions>,
        None,
    ));
}
