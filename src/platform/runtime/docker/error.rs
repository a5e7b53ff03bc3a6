//! What can go wrong between the platform and the Docker engine. Each
//! message names the engine call that failed and, where there is one, the
//! fix; it becomes the worker's failure message or the server's start error.

use bollard::errors::Error as EngineError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum DockerError {
    #[error("cannot use the Docker engine at {host}: {source}")]
    Unusable { host: String, source: EngineError },
    #[error("the Docker engine at {host} does not answer: {source}")]
    NoAnswer { host: String, source: EngineError },
    /// `everai server --runtime docker` without an engine.
    #[error("{0}; start the engine, set DOCKER_HOST, or use `--runtime process`")]
    ServerNeedsEngine(Box<DockerError>),
    #[error("cannot list containers: {0}")]
    List(EngineError),
    #[error("cannot find the everai binary for the container reaper: {0}")]
    ReaperBinary(std::io::Error),
    #[error("cannot start the container reaper: {0}")]
    ReaperStart(std::io::Error),
    #[error("the app has no spec.image: the docker runtime runs each worker as a container of spec.image; add `image: ...` to the manifest")]
    NoImage,
    #[error("spec.resource.memory: {0}")]
    Memory(#[from] crate::model::app::MemoryError),
    #[error("cannot create {}: {source}", path.display())]
    WorkerDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("image {image:?} is not on this machine and pulling it from registry {registry} {with} failed: {source} (check spec.image and spec.imagePullSecrets, or build the image locally)")]
    Pull {
        image: String,
        registry: String,
        /// With or without the credentials of `spec.imagePullSecrets`.
        with: &'static str,
        source: EngineError,
    },
    #[error("cannot create the worker container of {image:?}: {source}")]
    Create { image: String, source: EngineError },
    #[error("cannot start the worker container of {image:?}: {source}")]
    Start { image: String, source: EngineError },
    #[error("cannot inspect the worker container: {0}")]
    Inspect(EngineError),
    #[error("the engine published no host port for container port {0}")]
    NoHostPort(u16),
}
