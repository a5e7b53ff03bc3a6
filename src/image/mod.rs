//! `everai image build`: build an image from a directory through the Docker
//! Engine API and push it to its registry (how it works: docs/images.md).
//!
//! Pure parts ([`dockerignore`], [`context`] tar writing, [`reference`],
//! [`docker_config`] lookups) are unit-tested; [`build`] and [`push`] drive
//! the engine; [`record`] remembers the last pushed digest per app directory
//! for `everai app upgrade --image`.

pub mod auth;
pub mod build;
pub mod builder_config;
pub mod context;
pub mod docker_config;
pub mod dockerignore;
pub mod engine;
pub mod login;
pub mod progress;
pub mod push;
pub mod record;
pub mod reference;

use crate::error::Error;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("build context {}: {source}", path.display())]
    Context {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("build context {}: not a directory", .0.display())]
    ContextNotDir(PathBuf),
    #[error("Dockerfile {}: {source}; pass -f DOCKERFILE or set `dockerfile` in image_builder.yaml", path.display())]
    Dockerfile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Dockerfile {}: not a file; pass -f DOCKERFILE or set `dockerfile` in image_builder.yaml", .0.display())]
    DockerfileNotFile(PathBuf),
    #[error(transparent)]
    Ignore(#[from] dockerignore::PatternError),
    #[error("{}: {source}", path.display())]
    BuilderConfig {
        path: PathBuf,
        source: builder_config::BuilderConfigError,
    },
    #[error("Docker config {}: {source}", path.display())]
    DockerConfig {
        path: PathBuf,
        source: docker_config::ConfigError,
    },
    #[error("{helper}: {source}")]
    CredentialHelper {
        helper: String,
        source: docker_config::HelperError,
    },
    #[error("no Docker engine answers at {host} ({detail}); start one (`sudo systemctl start docker` or `dockerd`) or point DOCKER_HOST at a running engine")]
    NoEngine { host: String, detail: String },
    #[error("Docker engine: {0}")]
    Engine(String),
    #[error("the build failed at {step}: {message}")]
    BuildFailed { step: String, message: String },
    #[error("registry {registry} refused the login{user}: {detail}; check --username/--password-stdin, spec.imagePullSecrets or `docker login {registry}`")]
    LoginRefused {
        registry: String,
        /// ` of USER` or empty for an anonymous push.
        user: String,
        detail: String,
    },
    #[error("push to {registry} failed: {message}")]
    PushFailed { registry: String, message: String },
    #[error("building for several platforms at once ({platforms}) needs a BuildKit multi-platform builder, which the engine's classic build API used here lacks; build one platform per run, e.g. `everai image build --platform {first}`")]
    MultiPlatform { platforms: String, first: String },
    #[error("no image name: pass -t IMAGE, set `repository` in image_builder.yaml, or set spec.image in ./app.yaml")]
    NoImageName,
    #[error("bad image name {0}")]
    BadReference(#[from] reference::ReferenceError),
    #[error("{}: {source}", path.display())]
    Record {
        path: PathBuf,
        source: record::RecordError,
    },
}

impl From<ImageError> for Error {
    fn from(e: ImageError) -> Error {
        match e {
            ImageError::LoginRefused { .. } => Error::Denied(e.to_string()),
            ImageError::Ignore(_)
            | ImageError::BuilderConfig { .. }
            | ImageError::Dockerfile { .. }
            | ImageError::DockerfileNotFile(_)
            | ImageError::Context { .. }
            | ImageError::ContextNotDir(_)
            | ImageError::MultiPlatform { .. }
            | ImageError::NoImageName
            | ImageError::BadReference(_) => Error::Usage(e.to_string()),
            _ => Error::Failed(e.to_string()),
        }
    }
}
