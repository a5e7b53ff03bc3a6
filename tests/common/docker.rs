//! Helpers of the container tests: the real Docker engine (`DOCKER_HOST`,
//! version negotiated) and the fixture images.
//!
//! No image can be pulled, so the worker image is built here: the std-only
//! server `tests/fixtures/http_server.rs` is compiled once with `rustc -O
//! -C target-feature=+crt-static` (cached under `target/fixtures/`) and put
//! in a `FROM scratch` image through the engine's build API, with a tar
//! context. The images carry [`TEST_LABEL`]; tests list and remove only
//! containers and images with their own labels.
//!
//! Without an engine (or, for the tests that push, the registry of
//! scripts/test.sh) the tests skip with a reason, except under `CI=true`,
//! where they fail.

use bollard::query_parameters::{BuildImageOptions, ListContainersOptions};
use bollard::Docker;
use futures_util::StreamExt;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Label of everything the tests build.
pub const TEST_LABEL: &str = "ai.everai.test";
pub const TEST_LABEL_VALUE: &str = "everai-rs";
/// Label the platform puts on its worker containers (`docker::reap`).
pub const DATA_DIR_LABEL: &str = "ai.everai.data-dir";

pub struct Engine {
    pub docker: Docker,
    rt: tokio::runtime::Runtime,
}

/// The engine, or `None` (with the reason on stderr) when there is none and
/// `CI` is not `true`.
pub fn engine() -> Option<Engine> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let connected = rt.block_on(async {
        let docker = Docker::connect_with_defaults().map_err(|e| e.to_string())?;
        let docker = docker
            .negotiate_version()
            .await
            .map_err(|e| e.to_string())?;
        docker.ping().await.map_err(|e| e.to_string())?;
        Ok::<_, String>(docker)
    });
    match connected {
        Ok(docker) => Some(Engine { docker, rt }),
        Err(e) => skip(&format!("no Docker engine answers (DOCKER_HOST): {e}")),
    }
}

/// None, with `what` is missing on stderr; under `CI=true` the test fails.
pub fn skip<T>(missing: &str) -> Option<T> {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but {missing}"
    );
    eprintln!("SKIPPED: {missing}");
    None
}

/// The basic-auth registry scripts/test.sh starts.
pub struct Registry {
    /// `127.0.0.1:PORT`
    pub addr: String,
    pub user: String,
    pub password: String,
}

/// The registry of EVERAI_TEST_REGISTRY, _USER and _PASSWORD, or None (see
/// [`skip`]).
pub fn registry() -> Option<Registry> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    match (
        var("EVERAI_TEST_REGISTRY"),
        var("EVERAI_TEST_REGISTRY_USER"),
        var("EVERAI_TEST_REGISTRY_PASSWORD"),
    ) {
        (Some(addr), Some(user), Some(password)) => Some(Registry {
            addr,
            user,
            password,
        }),
        _ => skip(
            "no test registry (EVERAI_TEST_REGISTRY, _USER and _PASSWORD; scripts/test.sh starts one)",
        ),
    }
}

impl Engine {
    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    /// Ids of the containers (running or not) labelled `DATA_DIR_LABEL=dir`.
    pub fn containers_of(&self, data_dir: &Path) -> Vec<String> {
        let dir = std::path::absolute(data_dir).expect("absolute data dir");
        let filters = HashMap::from([(
            "label".to_string(),
            vec![format!("{DATA_DIR_LABEL}={}", dir.display())],
        )]);
        self.block_on(self.docker.list_containers(Some(ListContainersOptions {
            all: true,
            filters: Some(filters),
            ..Default::default()
        })))
        .expect("list containers")
        .into_iter()
        .filter_map(|c| c.id)
        .collect()
    }

    /// Removes the containers of `data_dir` (a failed test's leftovers).
    pub fn remove_containers_of(&self, data_dir: &Path) {
        for id in self.containers_of(data_dir) {
            let options = bollard::query_parameters::RemoveContainerOptions {
                force: true,
                ..Default::default()
            };
            let _ = self.block_on(self.docker.remove_container(&id, Some(options)));
        }
    }

    /// The fixture image `everai-test-fixture:VERSION` (built once per test
    /// process), whose `/` answers with VERSION.
    pub fn fixture_image(&self, version: &str) -> String {
        static BUILT: OnceLock<std::sync::Mutex<Vec<String>>> = OnceLock::new();
        let tag = format!("everai-test-fixture:{version}");
        let built = BUILT.get_or_init(Default::default);
        let mut built = built.lock().expect("lock");
        if built.contains(&tag) {
            return tag;
        }
        let binary = std::fs::read(fixture_binary()).expect("read fixture binary");
        let dockerfile = format!(
            "FROM scratch\nCOPY server /server\nENV FIXTURE_VERSION={version}\nLABEL {TEST_LABEL}={TEST_LABEL_VALUE}\nENTRYPOINT [\"/server\"]\n"
        );
        let context = tar_context(&[
            ("Dockerfile", dockerfile.as_bytes(), 0o644),
            ("server", &binary, 0o755),
        ]);
        let options = BuildImageOptions {
            dockerfile: "Dockerfile".into(),
            t: Some(tag.clone()),
            rm: true,
            forcerm: true,
            labels: Some(HashMap::from([(
                TEST_LABEL.to_string(),
                TEST_LABEL_VALUE.to_string(),
            )])),
            ..Default::default()
        };
        self.block_on(async {
            let mut stream =
                self.docker
                    .build_image(options, None, Some(bollard::body_full(context.into())));
            while let Some(step) = stream.next().await {
                let info = step.expect("build the fixture image");
                if let Some(error) = info.error_detail {
                    panic!("building {tag}: {error:?}");
                }
            }
        });
        built.push(tag.clone());
        tag
    }
}

fn tar_context(files: &[(&str, &[u8], u32)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data, mode) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(*mode);
        header.set_cksum();
        builder.append_data(&mut header, name, *data).expect("tar");
    }
    builder.into_inner().expect("tar")
}

/// `target/fixtures/http_server`, compiled when missing or older than its
/// source (to a temp name, then renamed: test binaries run in parallel).
pub fn fixture_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = root.join("tests/fixtures/http_server.rs");
    let dir = root.join("target/fixtures");
    let out = dir.join("http_server");
    let fresh = |out: &Path| {
        let (Ok(bin), Ok(src)) = (std::fs::metadata(out), std::fs::metadata(&source)) else {
            return false;
        };
        matches!((bin.modified(), src.modified()), (Ok(b), Ok(s)) if b >= s)
    };
    if fresh(&out) {
        return out;
    }
    std::fs::create_dir_all(&dir).expect("mkdir target/fixtures");
    let tmp = dir.join(format!("http_server.{}", std::process::id()));
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let status = Command::new(rustc)
        .args([
            "-O",
            "-C",
            "target-feature=+crt-static",
            "--edition",
            "2021",
            "-o",
        ])
        .arg(&tmp)
        .arg(&source)
        .status()
        .expect("run rustc");
    assert!(status.success(), "rustc {} failed", source.display());
    std::fs::rename(&tmp, &out).expect("rename fixture binary");
    out
}
