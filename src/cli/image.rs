//! `everai image build`: build DIRECTORY through the Docker engine, push
//! the image, record the pushed digest for `app upgrade --image`
//! (docs/images.md).

use super::target::DEFAULT_MANIFEST;
use super::{print_group_help, printer, Context};
use crate::error::{Error, Result};
use crate::image::auth::{self, Credentials};
use crate::image::build::{self, BuildRequest};
use crate::image::builder_config::{self, BuilderConfig};
use crate::image::context::Context as BuildContext;
use crate::image::progress::Progress;
use crate::image::record::{self, BuildRecord};
use crate::image::reference::Reference;
use crate::image::{docker_config, engine, login, push, ImageError};
use crate::manifest;
use crate::model::app::App;
use clap::{Args, Subcommand};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ImageGroup {
    #[command(subcommand)]
    pub command: Option<ImageCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// Build an image from a directory with the Docker engine and push it
    #[command(
        long_about = "Build an image from DIRECTORY (default .) with the Docker engine \
                      (DOCKER_HOST or the local socket), honouring .dockerignore, then push it.\n\
                      The image name: -t, else `repository` of ./image_builder.yaml, else spec.image \
                      of ./app.yaml. Push credentials: --username with --password-stdin, else \
                      spec.imagePullSecrets of ./app.yaml (read from the platform), else the Docker \
                      config (~/.docker/config.json or $DOCKER_CONFIG, with its credential helpers).\n\
                      Prints the pushed reference with its digest on stdout and remembers it for this \
                      directory: `everai app upgrade --image` with no value rolls the app onto it."
    )]
    Build(BuildArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The build context
    #[arg(value_name = "DIRECTORY", default_value = ".")]
    pub directory: PathBuf,
    /// The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]
    #[arg(short = 'f', long = "file", value_name = "DOCKERFILE")]
    pub file: Option<PathBuf>,
    /// The image name, REGISTRY/REPOSITORY[:TAG]
    #[arg(short = 't', long = "tag", value_name = "IMAGE")]
    pub tag: Option<String>,
    /// A build argument (KEY alone takes the value of the environment variable KEY)
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_args: Vec<String>,
    /// A label of the image
    #[arg(long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// The target platform, os/arch[/variant] [default: the engine's own]
    #[arg(long, value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// Build only: do not push (nothing is recorded)
    #[arg(long)]
    pub no_push: bool,
    /// Build up to this stage of a multi-stage Dockerfile
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Do not use the engine's build cache
    #[arg(long)]
    pub no_cache: bool,
    /// Registry user for the push (with --password-stdin)
    #[arg(long, value_name = "USERNAME", requires = "password_stdin")]
    pub username: Option<String>,
    /// Read the registry password from standard input (with --username)
    #[arg(long, requires = "username")]
    pub password_stdin: bool,
}

pub async fn run(group: ImageGroup, ctx: &Context) -> Result<()> {
    match group.command {
        None => print_group_help(ctx, &["image"]),
        Some(ImageCommand::Build(args)) => build_and_push(args, ctx).await,
    }
}

/// What the flags, image_builder.yaml and app.yaml settle before any
/// engine call.
#[derive(Debug)]
struct Plan {
    reference: Reference,
    dockerfile: PathBuf,
    platform: Option<String>,
    labels: BTreeMap<String, String>,
    build_args: BTreeMap<String, String>,
}

fn plan(args: &BuildArgs, config: &BuilderConfig, app: Option<&App>) -> Result<Plan> {
    let name = args
        .tag
        .clone()
        .or_else(|| config.repository.clone())
        .or_else(|| app.and_then(|a| a.app_v1alpha1.spec.image.clone()))
        .filter(|n| !n.trim().is_empty())
        .ok_or(ImageError::NoImageName)?;
    let reference = Reference::parse(&name).map_err(ImageError::from)?;
    if reference.digest.is_some() {
        return Err(Error::usage(format!(
            "image name {name}: a build gets a tag, not a digest; drop the @sha256:... part"
        )));
    }
    let dockerfile = match (&args.file, &config.dockerfile) {
        (Some(file), _) => file.clone(),
        (None, Some(file)) => PathBuf::from(file),
        (None, None) => args.directory.join("Dockerfile"),
    };
    let platforms: Vec<String> = match &args.platform {
        Some(flag) => flag
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        None => config.platforms.clone(),
    };
    if platforms.len() > 1 {
        return Err(ImageError::MultiPlatform {
            platforms: platforms.join(","),
            first: platforms[0].clone(),
        }
        .into());
    }
    let mut labels = config.labels.clone();
    for item in &args.labels {
        let (k, v) = split_pair(item, "--label")?;
        labels.insert(k, v);
    }
    let mut build_args = config.build_args.clone();
    for item in &args.build_args {
        match item.split_once('=') {
            Some(_) => {
                let (k, v) = split_pair(item, "--build-arg")?;
                build_args.insert(k, v);
            }
            // docker's form: the value comes from this environment, if set.
            None => {
                if let Ok(v) = std::env::var(item) {
                    build_args.insert(item.clone(), v);
                }
            }
        }
    }
    Ok(Plan {
        reference,
        dockerfile,
        platform: platforms.into_iter().next(),
        labels,
        build_args,
    })
}

fn split_pair(item: &str, flag: &str) -> Result<(String, String)> {
    match item.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(Error::usage(format!("{flag} {item:?}: expected KEY=VALUE"))),
    }
}

/// The manifest beside the builder settings, if there is one.
fn load_app() -> Result<Option<App>> {
    let path = Path::new(DEFAULT_MANIFEST);
    if !path.exists() {
        return Ok(None);
    }
    manifest::load_manifest(path)
        .map(Some)
        .map_err(|e| Error::usage(format!("{e}; fix ./{DEFAULT_MANIFEST} or run elsewhere")))
}

/// `--password-stdin`: all of stdin, without the final line break.
fn read_password() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::failed(format!("cannot read the password from stdin: {e}")))?;
    let password = text.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        return Err(Error::usage(
            "--password-stdin: standard input is empty; pipe the password in",
        ));
    }
    Ok(password)
}

async fn credentials(
    args: &BuildArgs,
    app: Option<&App>,
    reference: &Reference,
) -> Result<Option<Credentials>> {
    if let Some(user) = &args.username {
        let password = tokio::task::spawn_blocking(read_password)
            .await
            .map_err(|e| Error::failed(format!("cannot read the password: {e}")))??;
        return Ok(Some(Credentials::password(
            user,
            &password,
            "--username/--password-stdin",
        )));
    }
    if let Some(secrets) = app.and_then(|a| a.app_v1alpha1.spec.image_pull_secrets.as_ref()) {
        if let Some(found) =
            auth::from_pull_secrets(secrets, &format!("./{DEFAULT_MANIFEST}")).await?
        {
            return Ok(Some(found));
        }
    }
    let registry = reference.registry.clone();
    tokio::task::spawn_blocking(move || docker_config::lookup(&registry))
        .await
        .map_err(|e| Error::failed(format!("cannot read the Docker config: {e}")))?
        .map_err(Error::from)
}

/// `everai run --build`: what `everai image build --no-push` does for the
/// app in `dir` (its image_builder.yaml, its Dockerfile, the same name
/// resolution with `app` as the manifest), run from `dir`. Returns the tag
/// the image was built under.
pub async fn build_local(dir: &Path, app: &App, verbose: bool) -> Result<String> {
    let config = builder_config::load(dir)?.unwrap_or_default();
    let args = BuildArgs {
        directory: dir.to_path_buf(),
        file: config.dockerfile.as_ref().map(|f| dir.join(f)),
        tag: None,
        build_args: Vec::new(),
        labels: Vec::new(),
        platform: None,
        no_push: true,
        target: None,
        no_cache: false,
        username: None,
        password_stdin: false,
    };
    let plan = plan(&args, &config, Some(app))?;
    let context = BuildContext::new(&args.directory, &plan.dockerfile)?;
    let tag = plan.reference.tagged();
    if verbose {
        printer::err_line(&format!(
            "building {tag} from {} ({})",
            context.root.display(),
            context.dockerfile_name
        ));
    }
    let docker = engine::connect().await?;
    let mut progress = Progress::new(verbose);
    let built = build::build(
        &docker,
        BuildRequest {
            context,
            tag: tag.clone(),
            build_args: plan.build_args,
            labels: plan.labels,
            platform: plan.platform,
            target: None,
            no_cache: false,
            registry_auth: None,
        },
        &mut progress,
    )
    .await?;
    printer::err_line(&format!(
        "built {tag} ({}; context: {} files, {} bytes)",
        built.image_id, built.context_files, built.context_bytes
    ));
    Ok(tag)
}

async fn build_and_push(args: BuildArgs, ctx: &Context) -> Result<()> {
    let config = builder_config::load(Path::new("."))?.unwrap_or_default();
    let app = load_app()?;
    let plan = plan(&args, &config, app.as_ref())?;
    let context = BuildContext::new(&args.directory, &plan.dockerfile)?;
    let creds = if args.no_push {
        None
    } else {
        credentials(&args, app.as_ref(), &plan.reference).await?
    };
    if ctx.verbose {
        let who = match &creds {
            Some(c) => format!("as {} from {}", c.username(), c.source),
            None => "without credentials".to_string(),
        };
        printer::err_line(&format!(
            "building {} from {} ({}); push {who}",
            plan.reference.tagged(),
            context.root.display(),
            context.dockerfile_name
        ));
    }
    let docker = engine::connect().await?;
    if let Some(c) = &creds {
        // A wrong password is better told before the build than after it.
        let version = docker.client_version().to_string();
        if login::check(&version, &plan.reference, c).await? == login::Login::Unknown && ctx.verbose
        {
            printer::err_line("could not check the registry login before the build; the push will");
        }
    }
    let mut progress = Progress::new(ctx.verbose);
    let tag = plan.reference.tagged();
    let built = build::build(
        &docker,
        BuildRequest {
            context,
            tag: tag.clone(),
            build_args: plan.build_args,
            labels: plan.labels,
            platform: plan.platform,
            target: args.target.clone(),
            no_cache: args.no_cache,
            registry_auth: creds
                .clone()
                .map(|c| (plan.reference.server_address().to_string(), c)),
        },
        &mut progress,
    )
    .await?;
    printer::err_line(&format!(
        "built {tag} ({}; context: {} files, {} bytes)",
        built.image_id, built.context_files, built.context_bytes
    ));
    if args.no_push {
        printer::line(&tag);
        return Ok(());
    }
    let pushed = push::push(&docker, &plan.reference, creds.as_ref(), &mut progress).await?;
    printer::err_line(&format!(
        "pushed {tag}: {} layer(s) uploaded, {} already in the registry",
        pushed.layers_pushed, pushed.layers_existing
    ));
    let pinned = plan.reference.pinned(&pushed.digest);
    let saved = record::save(
        &crate::config::home(),
        Path::new("."),
        BuildRecord {
            directory: String::new(),
            reference: tag.clone(),
            digest: pushed.digest.clone(),
            pinned,
            pushed_at: jiff::Timestamp::now().to_string(),
        },
    )?;
    if ctx.verbose {
        printer::err_line(&format!("recorded in {}", saved.display()));
    }
    printer::line(&format!("{tag}@{}", pushed.digest));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(extra: &[&str]) -> BuildArgs {
        let mut argv = vec!["everai", "image", "build"];
        argv.extend_from_slice(extra);
        let cli = super::super::Cli::try_parse_from(argv).expect("parses");
        match cli.command {
            Some(super::super::Command::Image(ImageGroup {
                command: Some(ImageCommand::Build(a)),
            })) => a,
            other => panic!("not image build: {other:?}"),
        }
    }

    #[test]
    fn the_name_comes_from_the_flag_then_the_builder_file() {
        let config = BuilderConfig {
            repository: Some("reg.example/team/from-file:1".into()),
            ..Default::default()
        };
        let p = plan(&args(&["-t", "reg.example/x:2"]), &config, None).expect("plan");
        assert_eq!(p.reference.tagged(), "reg.example/x:2");
        let p = plan(&args(&[]), &config, None).expect("plan");
        assert_eq!(p.reference.tagged(), "reg.example/team/from-file:1");
        let e = plan(&args(&[]), &BuilderConfig::default(), None).expect_err("no name");
        assert!(e.to_string().contains("-t IMAGE"), "{e}");
    }

    #[test]
    fn flags_override_file_labels_and_args() {
        let config = BuilderConfig {
            labels: BTreeMap::from([("a".into(), "file".into()), ("b".into(), "file".into())]),
            build_args: BTreeMap::from([("V".into(), "1".into())]),
            ..Default::default()
        };
        let p = plan(
            &args(&[
                "-t",
                "x",
                "--label",
                "a=flag",
                "--build-arg",
                "V=2",
                "--build-arg",
                "W=x=y",
            ]),
            &config,
            None,
        )
        .expect("plan");
        assert_eq!(p.labels["a"], "flag");
        assert_eq!(p.labels["b"], "file");
        assert_eq!(p.build_args["V"], "2");
        assert_eq!(p.build_args["W"], "x=y");
        assert!(plan(&args(&["-t", "x", "--label", "=v"]), &config, None).is_err());
    }

    #[test]
    fn several_platforms_name_the_single_platform_form() {
        let e = plan(
            &args(&["-t", "x", "--platform", "linux/amd64,linux/arm64"]),
            &BuilderConfig::default(),
            None,
        )
        .expect_err("needs buildkit");
        let text = e.to_string();
        assert!(text.contains("--platform linux/amd64"), "{text}");
        assert!(!text.contains('\n'));
        let p = plan(
            &args(&["-t", "x", "--platform", "linux/amd64"]),
            &BuilderConfig::default(),
            None,
        )
        .expect("one platform");
        assert_eq!(p.platform.as_deref(), Some("linux/amd64"));
    }

    #[test]
    fn password_stdin_needs_a_username() {
        let argv = ["everai", "image", "build", "--password-stdin"];
        assert!(super::super::Cli::try_parse_from(argv).is_err());
        for alias in ["image", "images", "i"] {
            assert!(
                super::super::Cli::try_parse_from(["everai", alias, "build", "-t", "x"]).is_ok()
            );
        }
    }
}
