//! The `everai` / `ever` command tree (clap) and its handlers.
//!
//! Handlers parse and print; the work is done by the typed client
//! (`crate::client`) or, for `everai server`, by the local platform.

mod app;
mod auth;
mod autoscaler;
pub mod docs;
mod exec;
mod image;
mod kv;
mod namespace;
pub mod printer;
mod resources;
mod run;
mod run_volumes;
mod server;
mod simulate;
mod target;
pub mod views;
mod volume;
mod watch;
mod worker;

use crate::error::{Error, Result};
use crate::output::{render_table, to_json, to_yaml, OutputFormat};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use serde_json::Value;
use std::ffi::OsString;
use std::process::ExitCode;

/// EverAI client: manage your EverAI applications and other assets.
#[derive(Debug, Parser)]
#[command(
    name = "everai",
    disable_version_flag = true,
    infer_long_args = true,
    after_help = "Run a local EverAI platform with `everai server`."
)]
pub struct Cli {
    /// Verbose output
    #[arg(short, long)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Login; store a token (get one at https://everai.expvent.com)
    Login(auth::LoginArgs),
    /// Logout: forget the stored token
    Logout,
    /// Manage the worker of app
    #[command(visible_aliases = ["workers", "w"])]
    Worker(worker::WorkerGroup),
    /// Print current configuration
    Config,
    /// Image management: build and push
    #[command(visible_aliases = ["images", "i"])]
    Image(image::ImageGroup),
    /// Manage app
    #[command(visible_aliases = ["apps", "a"])]
    App(app::AppGroup),
    /// Manage secrets
    #[command(visible_aliases = ["secrets", "sec", "s"])]
    Secret(kv::KvGroup),
    /// Run the autoscaler service
    Autoscaler(autoscaler::AutoscalerArgs),
    /// Manage configmaps
    #[command(visible_aliases = ["cm", "configmaps"])]
    Configmap(kv::KvGroup),
    /// Show available resources
    #[command(visible_aliases = ["res", "resource"])]
    Resources(resources::ResourcesArgs),
    /// Manage volume
    #[command(visible_aliases = ["volumes", "vol"])]
    Volume(volume::VolumeGroup),
    /// Manage the namespaces
    #[command(visible_aliases = ["namespaces", "ns"])]
    Namespace(namespace::NamespaceGroup),
    /// Show package and client version
    Version,
    /// Run the local EverAI platform (REST API, routes, workers, autoscaling)
    Server(server::ServerArgs),
    /// Run the app of ./app.yaml on this machine as one worker
    Run(run::RunArgs),
    /// Print a shell completion script
    Completion(CompletionArgs),
}

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// Shell to generate the script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `-o/--output [FMT]`: json, yaml, table (default) or wide; a bare `-o`
/// means table, and any other value falls back to table like the reference.
#[derive(Debug, Args, Clone, Default)]
pub struct OutputArg {
    /// Output format, one of: json, yaml, table, wide
    #[arg(
        short = 'o',
        long = "output",
        num_args = 0..=1,
        default_missing_value = "table",
        value_name = "OUTPUT"
    )]
    pub output: Option<String>,
}

impl OutputArg {
    pub fn format(&self) -> OutputFormat {
        let format = OutputFormat::parse(self.output.as_deref());
        if let Some(other) = self
            .output
            .as_deref()
            .filter(|o| !matches!(*o, "json" | "yaml" | "wide" | "table"))
        {
            printer::warn(&format!(
                "unknown output format {other:?}; showing a table (use json, yaml, table or wide)"
            ));
        }
        format
    }
}

/// The clap command, named as the program was invoked (`ever` or `everai`).
pub fn command_named(prog: &str) -> clap::Command {
    let prog: &'static str = Box::leak(prog.to_string().into_boxed_str());
    Cli::command().name(prog).bin_name(prog)
}

fn program_name(args: &[OsString]) -> String {
    args.first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .and_then(|n| n.to_str())
        .filter(|n| *n == "ever" || *n == "everai")
        .unwrap_or("everai")
        .to_string()
}

/// Entry point of both binaries.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The local platform starts each worker through this binary's guard
    // (before .env loading: the worker's environment is the platform's).
    if args
        .get(1)
        .is_some_and(|a| a == crate::platform::guard::SUBCOMMAND)
    {
        return ExitCode::from(crate::platform::guard::run(&args[2..]).clamp(0, 255) as u8);
    }
    // The Docker runtime's reaper removes a dead server's containers.
    if args
        .get(1)
        .is_some_and(|a| a == crate::platform::runtime::docker::reap::SUBCOMMAND)
    {
        let code = crate::platform::runtime::docker::reap::run_reaper(&args[2..]);
        return ExitCode::from(code.clamp(0, 255) as u8);
    }
    crate::config::load_dotenv();
    let prog = program_name(&args);
    let mut command = command_named(&prog);
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return clap_error(e, &mut command, &args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_error(e, &mut command, &args),
    };
    let Some(cmd) = cli.command else {
        printer::out(&command.render_help().to_string());
        return ExitCode::from(1);
    };
    crate::client::VERBOSE.store(cli.verbose, std::sync::atomic::Ordering::Relaxed);
    let ctx = Context {
        prog,
        verbose: cli.verbose,
    };
    let is_server = matches!(cmd, Command::Server(_));
    // `everai run` stops its worker on Ctrl-C itself.
    let is_run = matches!(cmd, Command::Run(_))
        || matches!(&cmd, Command::App(a) if matches!(a.command, Some(app::AppCommand::Run(_))));
    // Volume transfers hash and stream on several threads.
    let multi_thread = is_server || is_run || matches!(cmd, Command::Volume(_));
    let runtime = if multi_thread {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    };
    let runtime = match runtime {
        Ok(rt) => rt,
        Err(e) => {
            printer::err_line(&format!("error: cannot start the async runtime: {e}"));
            return ExitCode::from(1);
        }
    };
    let result = runtime.block_on(async {
        tokio::select! {
            r = run(cmd, &ctx) => r,
            _ = tokio::signal::ctrl_c(), if !is_server && !is_run => Err(Error::Interrupted),
        }
    });
    // Do not wait for detached blocking tasks (a stuck keyring thread).
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match e {
                Error::Interrupted | Error::RemoteExit(_) => {}
                // kubectl's form: `Error from server (NotFound): ...`.
                Error::Api { .. } => printer::err_line(&e.to_string()),
                _ => printer::err_line(&format!("error: {e}")),
            }
            e.exit_code()
        }
    }
}

/// What every handler may need besides its own arguments.
pub struct Context {
    pub prog: String,
    pub verbose: bool,
}

async fn run(cmd: Command, ctx: &Context) -> Result<()> {
    match cmd {
        Command::Login(args) => auth::login(args),
        Command::Logout => auth::logout(),
        Command::Config => auth::config(),
        Command::Version => {
            printer::line(env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Command::Secret(group) => kv::run(crate::client::KvKind::Secret, group, ctx).await,
        Command::Configmap(group) => kv::run(crate::client::KvKind::ConfigMap, group, ctx).await,
        Command::Namespace(group) => namespace::run(group, ctx).await,
        Command::Volume(group) => volume::run(group, ctx).await,
        Command::Worker(group) => worker::run(group, ctx, &["worker"]).await,
        Command::Run(args) => run::run(args, ctx.verbose).await,
        Command::App(group) => app::run(group, ctx).await,
        Command::Autoscaler(args) => autoscaler::run(args).await,
        Command::Resources(args) => resources::run(args, ctx).await,
        Command::Image(group) => image::run(group, ctx).await,
        Command::Server(args) => server::run(args).await,
        Command::Completion(args) => {
            printer::out(&completion_script(args.shell, &ctx.prog));
            Ok(())
        }
    }
}

/// Prints the help of a command group (`everai configmap` with no subcommand).
pub fn print_group_help(ctx: &Context, path: &[&str]) -> Result<()> {
    let mut cmd = command_named(&ctx.prog);
    cmd.build();
    let mut current = &mut cmd;
    for name in path {
        current = current
            .find_subcommand_mut(name)
            .ok_or_else(|| Error::failed(format!("no command {name}")))?;
    }
    printer::out(&current.render_help().to_string());
    Ok(())
}

/// A completion script for `shell`, for the program named `prog`.
pub fn completion_script(shell: clap_complete::Shell, prog: &str) -> String {
    let mut cmd = command_named(prog);
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, prog, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Help and version go to stdout with exit 0; usage errors are one line on
/// stderr naming the help to read, exit 2.
fn clap_error(e: clap::Error, command: &mut clap::Command, args: &[OsString]) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            printer::out(&e.render().to_string());
            ExitCode::SUCCESS
        }
        _ => {
            let rendered = e.render().to_string();
            let first = one_line_message(&rendered);
            let path = subcommand_path(command, args);
            printer::err_line(&format!("{first}; see `{path} --help`"));
            ExitCode::from(2)
        }
    }
}

/// Clap's message in one line: its first line, with the indented lines that
/// complete it when it ends with `:` ("the following required arguments were
/// not provided: --token <TOKEN>").
fn one_line_message(rendered: &str) -> String {
    let mut lines = rendered.lines().filter(|l| !l.trim().is_empty());
    let mut message = lines
        .next()
        .unwrap_or("error: invalid arguments")
        .trim_end()
        .to_string();
    if message.ends_with(':') {
        for more in lines.take_while(|l| l.starts_with(' ')) {
            message.push(' ');
            message.push_str(more.trim());
        }
    }
    if message.starts_with("error:") {
        message
    } else {
        format!("error: {message}")
    }
}

/// The chain of subcommands typed (`everai configmap create`), for messages.
fn subcommand_path(command: &mut clap::Command, args: &[OsString]) -> String {
    command.build();
    let mut parts = vec![command.get_name().to_string()];
    let mut current: &clap::Command = command;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if arg.starts_with('-') {
            continue;
        }
        match current
            .get_subcommands()
            .find(|s| s.get_name() == arg || s.get_all_aliases().any(|a| a == arg))
        {
            Some(sub) => {
                parts.push(sub.get_name().to_string());
                current = sub;
            }
            None => break,
        }
    }
    parts.join(" ")
}

/// Prints objects in the chosen format. `single` = a `get` (one object: json
/// object, yaml in document order); otherwise a list (json array, yaml with
/// sorted keys, the reference's choices).
pub fn print_objects(
    format: OutputFormat,
    single: bool,
    table: impl FnOnce(bool) -> views::Table,
    docs: impl FnOnce() -> Vec<Value>,
) {
    match format {
        OutputFormat::Json | OutputFormat::Yaml => {
            let mut docs = docs();
            let value = if single && docs.len() == 1 {
                docs.remove(0)
            } else {
                Value::Array(docs)
            };
            printer::out(&if format == OutputFormat::Json {
                to_json(&value)
            } else {
                to_yaml(&value, !single)
            });
        }
        OutputFormat::Table | OutputFormat::Wide => {
            let t = table(format == OutputFormat::Wide);
            printer::out(&render_table(&t.headers, &t.rows));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn program_name_follows_argv0() {
        assert_eq!(program_name(&["/usr/bin/ever".into()]), "ever");
        assert_eq!(program_name(&["everai".into()]), "everai");
        assert_eq!(program_name(&["weird".into()]), "everai");
    }

    #[test]
    fn aliases_reach_the_same_commands() {
        for alias in ["cm", "configmaps", "configmap"] {
            let cli = Cli::try_parse_from(["everai", alias, "ls"]).expect("parses");
            assert!(matches!(cli.command, Some(Command::Configmap(_))));
        }
        for alias in ["secret", "secrets", "sec", "s"] {
            let cli = Cli::try_parse_from(["everai", alias, "list"]).expect("parses");
            assert!(matches!(cli.command, Some(Command::Secret(_))));
        }
        for alias in ["namespace", "namespaces", "ns"] {
            let cli = Cli::try_parse_from(["everai", alias, "ls"]).expect("parses");
            assert!(matches!(cli.command, Some(Command::Namespace(_))));
        }
    }

    #[test]
    fn long_options_may_be_abbreviated_and_output_may_be_bare() {
        let cli = Cli::try_parse_from(["everai", "cm", "create", "x", "--from-lit", "a=1"])
            .expect("parses");
        let Some(Command::Configmap(kv::KvGroup {
            command: Some(kv::KvCommand::Create(args)),
        })) = cli.command
        else {
            panic!("wrong command");
        };
        assert_eq!(args.from_literal, ["a=1"]);
        let cli = Cli::try_parse_from(["everai", "cm", "list", "-o"]).expect("parses");
        let Some(Command::Configmap(kv::KvGroup {
            command: Some(kv::KvCommand::List { output }),
        })) = cli.command
        else {
            panic!("wrong command");
        };
        assert_eq!(output.output.as_deref(), Some("table"));
    }

    #[test]
    fn usage_errors_fit_on_one_line() {
        let e = Cli::try_parse_from(["everai", "login"]).expect_err("--token is required");
        let line = one_line_message(&e.render().to_string());
        assert!(line.starts_with("error: the following required arguments were not provided:"));
        assert!(line.contains("--token"), "{line}");
        assert!(!line.contains('\n'));
    }

    #[test]
    fn verbose_is_a_top_level_option_only() {
        assert!(Cli::try_parse_from(["everai", "-v", "cm", "ls"]).is_ok());
        assert!(Cli::try_parse_from(["everai", "cm", "ls", "-v"]).is_err());
    }
}
