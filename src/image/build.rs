//! One build on the engine (`POST /build`, the classic builder): the
//! context streamed as a tar, the engine's output fed to [`Progress`].

use super::auth::Credentials;
use super::context::Context;
use super::engine::{self, one_line};
use super::progress::Progress;
use super::ImageError;
use bollard::query_parameters::BuildImageOptions;
use bollard::Docker;
use futures_util::StreamExt;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug)]
pub struct BuildRequest {
    pub context: Context,
    /// `REPOSITORY:TAG` given to the image.
    pub tag: String,
    pub build_args: BTreeMap<String, String>,
    pub labels: BTreeMap<String, String>,
    /// One platform (`os/arch[/variant]`), or the engine's own when None.
    pub platform: Option<String>,
    pub target: Option<String>,
    pub no_cache: bool,
    /// For base images on the registry pushed to (`FROM` of a private image).
    pub registry_auth: Option<(String, Credentials)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// `sha256:...`
    pub image_id: String,
    pub context_files: u64,
    pub context_bytes: u64,
}

pub async fn build(
    docker: &Docker,
    request: BuildRequest,
    progress: &mut Progress,
) -> Result<Built, ImageError> {
    let options = BuildImageOptions {
        dockerfile: request.context.dockerfile_name.clone(),
        t: Some(request.tag.clone()),
        buildargs: (!request.build_args.is_empty())
            .then(|| request.build_args.clone().into_iter().collect()),
        labels: (!request.labels.is_empty()).then(|| request.labels.clone().into_iter().collect()),
        platform: request.platform.clone().unwrap_or_default(),
        target: request.target.clone().unwrap_or_default(),
        nocache: request.no_cache,
        rm: true,
        forcerm: true,
        ..Default::default()
    };
    let credentials = request
        .registry_auth
        .as_ref()
        .map(|(server, c)| HashMap::from([(server.clone(), c.for_engine(server))]));
    let (body, tar_task) = request.context.stream();
    let mut events = docker.build_image(options, credentials, Some(bollard::body_try_stream(body)));
    let mut step = String::from("the start");
    let mut image_id = None;
    let mut failure = None;
    while let Some(event) = events.next().await {
        let info = match event {
            Ok(info) => info,
            Err(e) => {
                failure = Some(engine::message(e));
                break;
            }
        };
        if let Some(text) = &info.stream {
            for line in text.lines() {
                if line.starts_with("Step ") {
                    step = line.trim().to_string();
                }
                progress.build_line(line);
            }
        }
        if let Some(status) = &info.status {
            progress.build_line(status);
        }
        if let Some(id) = info.aux.as_ref().and_then(|a| a.id.clone()) {
            image_id = Some(id);
        }
        if let Some(detail) = info.error_detail {
            failure = Some(detail.message.unwrap_or_else(|| "unknown error".into()));
            break;
        }
    }
    drop(events);
    progress.build_done();
    // A context that could not be read explains a failed build best.
    let summary = match (tar_task.await, failure) {
        (Ok(Err(source)), _) => {
            return Err(ImageError::Context {
                path: std::path::PathBuf::from("."),
                source,
            })
        }
        (_, Some(message)) => {
            return Err(ImageError::BuildFailed {
                step,
                message: one_line(&message),
            })
        }
        (Ok(Ok(summary)), None) => summary,
        (Err(e), None) => {
            return Err(ImageError::Engine(format!(
                "the context writer stopped: {e}"
            )))
        }
    };
    let image_id = match image_id {
        Some(id) => id,
        // Older engines only say "Successfully built"; ask for the tag.
        None => docker
            .inspect_image(&request.tag)
            .await
            .ok()
            .and_then(|i| i.id)
            .ok_or_else(|| ImageError::Engine("the build ended without an image".into()))?,
    };
    Ok(Built {
        image_id,
        context_files: summary.files,
        context_bytes: summary.bytes,
    })
}
