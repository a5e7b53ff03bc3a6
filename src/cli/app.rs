//! `app` (aliases `apps`, `a`): create, get, update, pause, resume, list,
//! queue, events, worker, check, delete, and the earlier clients' `upgrade`.
//!
//! Where the reference looks for an `App` object in `./app.py`, this clone
//! looks for the manifest `./app.yaml` (as the reference looks for `app.py`): its
//! `metadata.name` / `metadata.namespace` are the defaults of the app-name
//! positional and of `-n`, and `app create/update` read it when `-f` is not
//! given. Without a manifest the name is required (usage error, exit 2).

use super::target::{resolve_target, Target, TargetArgs, DEFAULT_MANIFEST};
use super::watch::{self, render_objects};
use super::{print_group_help, printer, views, worker, Context, OutputArg};
use crate::client::{Client, KvKind};
use crate::error::{Error, Result};
use crate::manifest::{self, ManifestError, Problem};
use crate::model::app::App;
use crate::output::{to_json, to_yaml, OutputFormat};
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Args)]
pub struct AppGroup {
    #[command(subcommand)]
    pub command: Option<AppCommand>,
}

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Create an app
    #[command(
        long_about = "Create an app from a manifest file (-f, default ./app.yaml).\n\
                      With --dry-run nothing is sent: the app is printed as it would be sent."
    )]
    Create(CreateArgs),
    /// Get app information
    Get {
        #[command(flatten)]
        target: TargetArgs,
        #[command(flatten)]
        output: OutputArg,
    },
    /// Update an app
    #[command(
        long_about = "Update an app from a manifest file (-f, default ./app.yaml); the namespace \
                      and name come from the manifest.\n\
                      This operation may trigger a rollout of the workers if the image, command ... changed."
    )]
    Update(UpdateArgs),
    /// Pause an app, all worker will be stopped
    Pause {
        #[command(flatten)]
        target: TargetArgs,
        /// dry run in client
        #[arg(long)]
        dry_run: bool,
    },
    /// Resume an app
    Resume {
        #[command(flatten)]
        target: TargetArgs,
    },
    /// List apps
    #[command(visible_alias = "ls")]
    List {
        /// List all apps in specified namespaces
        #[arg(short = 'n', long, default_value = "default", value_name = "NAMESPACE")]
        namespace: String,
        /// List all apps in all namespaces
        #[arg(short = 'A', long)]
        all_namespaces: bool,
        #[command(flatten)]
        output: OutputArg,
    },
    /// List queue of app
    #[command(visible_alias = "q")]
    Queue {
        #[command(flatten)]
        target: TargetArgs,
        #[command(flatten)]
        output: OutputArg,
        /// Keep watching: redraw whenever the queue changes (Ctrl-C to stop)
        #[arg(short = 'w', long)]
        watch: bool,
    },
    /// List events of app
    #[command(visible_aliases = ["e", "event"])]
    Events {
        #[command(flatten)]
        target: TargetArgs,
        #[command(flatten)]
        output: OutputArg,
    },
    /// Manage the worker of app
    #[command(visible_aliases = ["workers", "w"])]
    Worker(worker::WorkerGroup),
    /// Run the app on this machine as one worker (same as `everai run`)
    Run(super::run::RunArgs),
    /// Create the volumes the app manifest requests and push their local copies
    #[command(
        long_about = "Prepare the data volumes of the app manifest (-f, default ./app.yaml): each \
                      spec.volumes[].volume that does not exist yet is created (with its local copy \
                      under $EVERAI_VOLUME_ROOT), and each local copy is pushed (only what changed); \
                      volumes of other users (USER/VOLUME) are pulled instead. Prints one line per \
                      volume saying what was done."
    )]
    Prepare {
        /// The manifest whose volumes to prepare
        #[arg(short = 'f', long, default_value = DEFAULT_MANIFEST, value_name = "FROM_FILE")]
        from_file: PathBuf,
    },
    /// Check the app manifest (./app.yaml) offline, and its configmaps and
    /// secrets on the platform when it is reachable
    #[command(
        long_about = "Check the app manifest (-f, default ./app.yaml): prints one line per problem \
                      (`FILE:LINE:COLUMN: FIELD: message`) and exits 1 if there is any; prints nothing \
                      when the manifest is fine.\n\
                      Also reports what the local platform needs (spec.command) and, when logged in \
                      and the platform answers within 2 seconds, configmaps and secrets the manifest \
                      refers to that do not exist."
    )]
    Check {
        /// The manifest to check
        #[arg(short = 'f', long, default_value = DEFAULT_MANIFEST, value_name = "FROM_FILE")]
        from_file: PathBuf,
    },
    /// Delete an app
    Delete {
        #[command(flatten)]
        target: TargetArgs,
        /// Delete without asking for confirmation
        #[arg(long)]
        force: bool,
    },
    /// Update an app (earlier clients' command): from the manifest like
    /// `app update`, or set its image with --image IMAGE
    #[command(long_about = "Update an app, as earlier clients did.\n\
                      Without --image: the same as `app update` (manifest from -f, default ./app.yaml).\n\
                      With --image IMAGE: set spec.image of the stored app NAME (default: metadata.name \
                      of ./app.yaml) and roll its workers to it; with -f as well, the manifest is sent \
                      with its image replaced by IMAGE.\n\
                      A bare --image takes REPOSITORY@DIGEST of the last image `everai image build` \
                      pushed from the app's directory (that of -f, else the current one).")]
    Upgrade(UpgradeArgs),
    /// Simulate the app's autoscaling policy under a load, offline
    #[command(
        long_about = "Simulate what the app's autoscaling policy (from -f, default ./app.yaml) \
                      would do under a load, in simulated time, with the platform's own decision code.\n\
                      Load: --trace FILE (JSON lines from `everai app trace`), --clients N (closed loop, \
                      like ab -c N) or --rate R (open loop, Poisson). Reports requests served and \
                      refused, wait p50/p95/p99, peak and mean workers, worker-seconds (the cost), \
                      scale-ups and scale-downs, and the decisions with their reasons.\n\
                      Configmap and secret values come from the current endpoint or from --set."
    )]
    Simulate(Box<super::simulate::SimulateArgs>),
    /// Export the app's recent routed requests as JSON lines, for `app simulate --trace`
    #[command(
        long_about = "Export the app's recent routed requests (arrival, wait, service, status) \
                      as JSON lines, the input of `everai app simulate --trace`.\n\
                      A local-platform extension: the local platform keeps the last requests of each \
                      app in memory (`everai server --trace-requests N`)."
    )]
    Trace(super::simulate::TraceArgs),
}

/// `-o/--output [FMT]` of the commands that only print with `--dry-run`.
#[derive(Debug, Args, Clone, Default)]
pub struct DryRunOutputArg {
    /// With --dry-run: yaml (the manifest, default) or json (the request body)
    #[arg(
        short = 'o',
        long = "output",
        num_args = 0..=1,
        default_missing_value = "yaml",
        value_name = "OUTPUT"
    )]
    pub output: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Print the app as it would be sent, send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Create app from manifest file (format in yaml)
    #[arg(
        short = 'f',
        long,
        default_value = DEFAULT_MANIFEST,
        value_name = "FROM_FILE",
        help_heading = "from file"
    )]
    pub from_file: PathBuf,
    /// indicate namespace of the app, commandline > yaml file > default
    #[arg(short = 'n', long, value_name = "NAMESPACE")]
    pub namespace: Option<String>,
    #[command(flatten)]
    pub output: DryRunOutputArg,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Print the app as it would be sent, send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Update app from manifest file (format in yaml)
    #[arg(
        short = 'f',
        long,
        default_value = DEFAULT_MANIFEST,
        value_name = "FROM_FILE",
        help_heading = "from file"
    )]
    pub from_file: PathBuf,
    #[command(flatten)]
    pub output: DryRunOutputArg,
}

#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// The app name, with --image only [default: metadata.name of ./app.yaml]
    pub name: Option<String>,
    /// The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]
    #[arg(short = 'n', long, value_name = "NAMESPACE")]
    pub namespace: Option<String>,
    /// Set the app's image to IMAGE and roll its workers; with no value, to
    /// the digest the last `everai image build` pushed from the app's
    /// directory (put NAME before a bare --image)
    #[arg(long, value_name = "IMAGE", num_args = 0..=1)]
    pub image: Option<Option<String>>,
    /// Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]
    #[arg(short = 'f', long, value_name = "FROM_FILE")]
    pub from_file: Option<PathBuf>,
    /// Print the app as it would be sent, send nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub output: DryRunOutputArg,
}

pub async fn run(group: AppGroup, ctx: &Context) -> Result<()> {
    let Some(command) = group.command else {
        return print_group_help(ctx, &["app"]);
    };
    match command {
        AppCommand::Create(args) => create(args, ctx).await,
        AppCommand::Update(args) => {
            let (path, app) = load(&args.from_file)?;
            update(app, Some(&path), args.dry_run, &args.output, ctx).await
        }
        AppCommand::Upgrade(args) => upgrade(args, ctx).await,
        AppCommand::Simulate(args) => super::simulate::simulate(*args).await,
        AppCommand::Trace(args) => super::simulate::trace(args).await,
        AppCommand::Get { target, output } => {
            let format = output.format();
            let t = resolve_target(target.name, target.namespace, "name")?;
            let app = Client::from_config()?
                .app_get(&t.namespace, &t.name)
                .await?;
            show_apps(format, true, std::slice::from_ref(&app));
            Ok(())
        }
        AppCommand::List {
            namespace,
            all_namespaces,
            output,
        } => {
            let format = output.format();
            let client = Client::from_config()?;
            let apps = if all_namespaces {
                client.app_list_all().await?
            } else {
                client.app_list(&namespace).await?
            };
            show_apps(format, false, &apps);
            Ok(())
        }
        AppCommand::Pause { target, dry_run } => {
            let t = resolve_target(target.name, target.namespace, "name")?;
            if dry_run {
                printer::line(&format!("pause app `{}/{}` (dry-run)", t.namespace, t.name));
                return Ok(());
            }
            Client::from_config()?
                .app_pause(&t.namespace, &t.name)
                .await
        }
        AppCommand::Resume { target } => {
            let t = resolve_target(target.name, target.namespace, "name")?;
            Client::from_config()?
                .app_resume(&t.namespace, &t.name)
                .await
        }
        AppCommand::Queue {
            target,
            output,
            watch: watching,
        } => {
            let format = output.format();
            let t = resolve_target(target.name, target.namespace, "name")?;
            let client = Client::from_config()?;
            let render = || render_queue(&client, &t, format);
            if watching {
                watch::run(render).await
            } else {
                printer::out(&render().await?);
                Ok(())
            }
        }
        AppCommand::Events { target, output } => {
            let format = output.format();
            let t = resolve_target(target.name, target.namespace, "name")?;
            let events = Client::from_config()?
                .app_events(&t.namespace, &t.name)
                .await?;
            printer::out(&render_objects(
                format,
                false,
                |_| views::event_table(&events),
                || events.iter().map(views::event_doc).collect(),
            ));
            Ok(())
        }
        AppCommand::Worker(group) => worker::run(group, ctx, &["app", "worker"]).await,
        AppCommand::Run(args) => super::run::run(args).await,
        AppCommand::Check { from_file } => check(&from_file).await,
        AppCommand::Prepare { from_file } => prepare(&from_file).await,
        AppCommand::Delete { target, force } => {
            let t = resolve_target(target.name, target.namespace, "name")?;
            if !force && !confirm_delete(&t).await? {
                printer::line("user canceled");
                return Ok(());
            }
            Client::from_config()?
                .app_delete(&t.namespace, &t.name)
                .await?;
            printer::line(&format!("App `{}` deleted", t.name));
            Ok(())
        }
    }
}

fn show_apps(format: OutputFormat, single: bool, apps: &[App]) {
    printer::out(&render_objects(
        format,
        single,
        |wide| views::app_table(apps, wide),
        || apps.iter().map(views::app_doc).collect(),
    ));
}

async fn render_queue(client: &Client, t: &Target, format: OutputFormat) -> Result<String> {
    let queue = client.app_request_queues(&t.namespace, &t.name).await?;
    let queue = views::queue_with_head_index(&queue);
    Ok(render_objects(
        format,
        false,
        |_| views::queue_table(&queue),
        || queue.iter().map(views::queue_doc).collect(),
    ))
}

// ---------------------------------------------------------------------------
// create / update / upgrade
// ---------------------------------------------------------------------------

/// Loads a manifest; a missing default `app.yaml` gets a hint, an invalid
/// one names its first problem and points at `app check` for the others.
pub(super) fn load(path: &Path) -> Result<(PathBuf, App)> {
    if path == Path::new(DEFAULT_MANIFEST) && !path.exists() {
        return Err(Error::usage(format!(
            "no app manifest: ./{DEFAULT_MANIFEST} does not exist; run in the app's directory or pass -f FILE"
        )));
    }
    match manifest::load_manifest(path) {
        Ok(app) => Ok((path.to_path_buf(), app)),
        // A file that cannot be read is bad input, as for `configmap create -f`.
        Err(e @ ManifestError::Io { .. }) => Err(Error::usage(e.to_string())),
        Err(e) => {
            let mut msg = e.to_string();
            if e.problems().len() > 1 {
                msg.push_str(&format!(
                    "; run `everai app check -f {}` to see them all",
                    path.display()
                ));
            }
            Err(Error::usage(msg))
        }
    }
}

/// The absolute directory of a manifest, sent to the platform with
/// create/update (the local platform runs the app's command there).
pub fn manifest_dir(manifest: &Path) -> Option<String> {
    let abs = std::fs::canonicalize(manifest).ok()?;
    Some(abs.parent()?.display().to_string())
}

/// `--dry-run` output: the manifest YAML (default) or the JSON request body.
fn print_dry_run(app: &App, output: &DryRunOutputArg) {
    if output.output.as_deref() == Some("json") {
        let body = serde_json::to_value(app).unwrap_or_default();
        printer::out(&to_json(&body));
    } else {
        printer::out(&to_yaml(&manifest::to_manifest_yaml_value(app), false));
    }
}

/// `-v`: the app as sent, on stderr (the reference prints it on stdout).
fn verbose_dump(ctx: &Context, app: &App) {
    if ctx.verbose {
        let yaml = to_yaml(&manifest::to_manifest_yaml_value(app), false);
        printer::err_line(yaml.trim_end());
    }
}

async fn create(args: CreateArgs, ctx: &Context) -> Result<()> {
    let (path, mut app) = load(&args.from_file)?;
    if let Some(ns) = args.namespace {
        if ns.is_empty() {
            return Err(Error::usage("the namespace must not be empty"));
        }
        app.app_v1alpha1.metadata.namespace = Some(ns);
    }
    if args.dry_run {
        print_dry_run(&app, &args.output);
        return Ok(());
    }
    let client = Client::from_config()?;
    verbose_dump(ctx, &app);
    let saved = match client
        .app_create(&app, manifest_dir(&path).as_deref())
        .await
    {
        Err(Error::Api { status: 409, .. }) => {
            return Err(Error::failed("App name already exists"))
        }
        other => other?,
    };
    let name = if saved.name().is_empty() {
        app.name()
    } else {
        saved.name()
    };
    printer::line(&format!("App `{name}` successfully created"));
    Ok(())
}

async fn update(
    app: App,
    manifest_path: Option<&Path>,
    dry_run: bool,
    output: &DryRunOutputArg,
    ctx: &Context,
) -> Result<()> {
    if dry_run {
        print_dry_run(&app, output);
        return Ok(());
    }
    let client = Client::from_config()?;
    verbose_dump(ctx, &app);
    let dir = manifest_path.and_then(manifest_dir);
    let saved = client.app_update(&app, dir.as_deref()).await?;
    let name = if saved.name().is_empty() {
        app.name()
    } else {
        saved.name()
    };
    printer::line(&format!("App `{name}` updated successfully"));
    Ok(())
}

async fn upgrade(mut args: UpgradeArgs, ctx: &Context) -> Result<()> {
    let image = match args.image.take() {
        None => None,
        Some(Some(image)) if image.trim().is_empty() => {
            return Err(Error::usage("--image needs an image reference"))
        }
        Some(Some(image)) => Some(image),
        Some(None) => Some(recorded_image(args.from_file.as_deref())?),
    };
    match (&image, &args.from_file) {
        (Some(image), None) => {
            // Set the image of the stored app: GET, change, PUT.
            let t = resolve_target(args.name.take(), args.namespace.take(), "name")?;
            let client = Client::from_config()?;
            let mut app = client.app_get(&t.namespace, &t.name).await?;
            app.app_v1alpha1.spec.image = Some(image.clone());
            if app
                .app_v1alpha1
                .metadata
                .namespace
                .as_deref()
                .unwrap_or("")
                .is_empty()
            {
                app.app_v1alpha1.metadata.namespace = Some(t.namespace.clone());
            }
            if app.app_v1alpha1.metadata.name.is_empty() {
                app.app_v1alpha1.metadata.name = t.name.clone();
            }
            update(app, None, args.dry_run, &args.output, ctx).await
        }
        (image, file) => {
            if args.name.is_some() || args.namespace.is_some() {
                return Err(Error::usage(
                    "NAME and -n go with --image only: without it the manifest names the app",
                ));
            }
            let path = file
                .clone()
                .unwrap_or_else(|| PathBuf::from(DEFAULT_MANIFEST));
            let (path, mut app) = load(&path)?;
            if let Some(image) = image {
                app.app_v1alpha1.spec.image = Some(image.clone());
            }
            update(app, Some(&path), args.dry_run, &args.output, ctx).await
        }
    }
}

/// The image the last `everai image build` pushed from the app's directory
/// (that of `-f`, else the current one), pinned by digest.
fn recorded_image(manifest: Option<&Path>) -> Result<String> {
    let dir = manifest
        .and_then(Path::parent)
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match crate::image::record::load(&crate::config::home(), dir)? {
        Some(record) => Ok(record.pinned),
        None => Err(Error::usage(format!(
            "no image was pushed from {} yet: run `everai image build` there first, or pass --image IMAGE",
            std::fs::canonicalize(dir)
                .unwrap_or_else(|_| dir.to_path_buf())
                .display()
        ))),
    }
}

// ---------------------------------------------------------------------------
// delete confirmation
// ---------------------------------------------------------------------------

/// The reference's prompt (stdout, no newline), then one line from stdin:
/// only `y`/`Y` confirms. A closed stdin is "not confirmed", said on stderr.
async fn confirm_delete(t: &Target) -> Result<bool> {
    printer::out(&format!(
        "\n[*] Deleting the app `{}/{}` is very dangerous, are you sure[y/N]",
        t.namespace, t.name
    ));
    let read = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|n| (n, line))
    })
    .await
    .map_err(|e| Error::failed(format!("cannot read the answer: {e}")))?;
    match read {
        Ok((0, _)) => {
            printer::out("\n");
            Err(Error::failed(
                "not confirmed: stdin is closed, so nobody answered the prompt; pass --force to delete without asking",
            ))
        }
        Ok((_, line)) => Ok(is_yes(&line)),
        Err(e) => Err(Error::failed(format!("cannot read the answer: {e}"))),
    }
}

/// `y` or `Y` alone on the line (the line ending removed, nothing trimmed).
fn is_yes(line: &str) -> bool {
    let answer = line.strip_suffix('\n').unwrap_or(line);
    let answer = answer.strip_suffix('\r').unwrap_or(answer);
    matches!(answer, "y" | "Y")
}

// ---------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------

/// How long `app check` waits for the platform before skipping the
/// existence checks.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// `app prepare`: creates missing volumes of the manifest and pushes (or,
/// for other users' volumes, pulls) their local copies.
async fn prepare(path: &Path) -> Result<()> {
    use crate::volume::{metadata, pull, push};
    let source = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::failed(match e.kind() {
            std::io::ErrorKind::NotFound => format!("{source}: no such file"),
            _ => format!("{source}: {e}"),
        })
    })?;
    let app = manifest::parse_manifest(&text, &source).map_err(|e| Error::failed(e.to_string()))?;
    let names: Vec<String> = app
        .app_v1alpha1
        .spec
        .volumes
        .iter()
        .flatten()
        .filter_map(|v| v.volume.as_ref().and_then(|s| s.volume.clone()))
        .collect();
    if names.is_empty() {
        printer::line("the app requests no volumes");
        return Ok(());
    }
    let client = Client::from_config()?;
    let root = crate::config::volume_root();
    for name in names {
        if name.contains('/') {
            let regular = crate::volume::names::regular(&name)?;
            let outcome = pull::pull(&client, &root, &regular, false, false).await?;
            printer::line(&format!(
                "pulled volume {name}: revision {}, {} file(s) downloaded",
                outcome.volume.revision, outcome.downloaded
            ));
            continue;
        }
        let volume = match client.volume_get(&name).await {
            Ok(v) => v,
            Err(Error::Api { status: 404, .. }) => {
                let v = client.volume_create(&name).await?;
                printer::line(&format!("created volume {name}"));
                v
            }
            Err(e) => return Err(e),
        };
        let dir = metadata::volume_dir(&root, &volume.id);
        if !dir.join(metadata::METADATA_FILE).exists() {
            std::fs::create_dir_all(&dir)
                .and_then(|()| metadata::write(&dir, &volume))
                .map_err(|e| Error::failed(format!("cannot create {}: {e}", dir.display())))?;
        }
        let outcome = push::push(&client, &root, &name, false).await?;
        if outcome.changed {
            printer::line(&format!(
                "pushed volume {name}: revision {}, {} file(s) uploaded",
                outcome.volume.revision, outcome.uploaded
            ));
        } else {
            printer::line(&format!(
                "volume {name} is up to date: revision {}, local copy {}",
                outcome.volume.revision,
                dir.display()
            ));
        }
    }
    Ok(())
}

async fn check(path: &Path) -> Result<()> {
    let source = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::failed(match e.kind() {
            std::io::ErrorKind::NotFound => format!("{source}: no such file"),
            _ => format!("{source}: {e}"),
        })
    })?;
    let mut problems = manifest::check_manifest(&text, &source);
    if let Ok(app) = manifest::parse_manifest(&text, &source) {
        problems.extend(
            manifest::local_runtime_problems(&app)
                .into_iter()
                .map(|p| Problem {
                    source: source.clone(),
                    ..p
                }),
        );
        problems.extend(missing_references(&app, &source).await);
    }
    for p in &problems {
        printer::line(&p.to_string());
    }
    match problems.len() {
        0 => Ok(()),
        1 => Err(Error::failed(format!("{source}: 1 problem found"))),
        n => Err(Error::failed(format!("{source}: {n} problems found"))),
    }
}

/// Configmaps and secrets the app refers to that the platform does not
/// have. Skipped (with a note on stderr) when not logged in or when the
/// platform does not answer within [`CHECK_TIMEOUT`].
async fn missing_references(app: &App, source: &str) -> Vec<Problem> {
    let configmaps = manifest::referenced_configmaps(app);
    let secrets = manifest::referenced_secrets(app);
    if configmaps.is_empty() && secrets.is_empty() {
        return Vec::new();
    }
    let skipped = |why: String| {
        printer::warn(&format!(
            "not checked that the referenced configmaps and secrets exist: {why}"
        ));
        Vec::new()
    };
    let client = match Client::from_config() {
        Ok(c) => c,
        Err(e) => return skipped(e.to_string()),
    };
    let lists = tokio::time::timeout(CHECK_TIMEOUT, async {
        let cms = client.kv_list(KvKind::ConfigMap).await?;
        let secs = client.kv_list(KvKind::Secret).await?;
        Ok::<_, Error>((cms, secs))
    })
    .await;
    let (have_cms, have_secrets) = match lists {
        Err(_) => {
            return skipped(format!(
                "{} did not answer within {}s",
                client.endpoint(),
                CHECK_TIMEOUT.as_secs()
            ))
        }
        Ok(Err(e)) => return skipped(e.to_string()),
        Ok(Ok(lists)) => lists,
    };
    let mut out = Vec::new();
    let problem = |message: String| Problem {
        source: source.to_string(),
        line: None,
        column: None,
        path: String::new(),
        message,
    };
    for name in configmaps {
        if !have_cms.iter().any(|c| c.name == name) {
            out.push(problem(format!(
                "configmap {name:?} does not exist on {}; create it with `everai configmap create {name} -l KEY=VALUE`",
                client.endpoint()
            )));
        }
    }
    for name in secrets {
        if !have_secrets.iter().any(|s| s.name == name) {
            out.push(problem(format!(
                "secret {name:?} does not exist on {}; create it with `everai secret create {name} -l KEY=VALUE`",
                client.endpoint()
            )));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_y_confirms() {
        for yes in ["y\n", "Y\n", "y\r\n", "y"] {
            assert!(is_yes(yes), "{yes:?}");
        }
        for no in ["\n", "n\n", "yes\n", " y\n", "N\n", ""] {
            assert!(!is_yes(no), "{no:?}");
        }
    }

    #[test]
    fn manifest_dir_is_the_absolute_parent() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("app.yaml");
        std::fs::write(&file, "x").expect("write");
        let expected = std::fs::canonicalize(dir.path())
            .expect("canonical")
            .display()
            .to_string();
        assert_eq!(manifest_dir(&file).as_deref(), Some(expected.as_str()));
        assert!(manifest_dir(&dir.path().join("missing.yaml")).is_none());
    }
}
