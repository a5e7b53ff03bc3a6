//! `worker` (aliases `workers`, `w`; also `app worker`): list the workers
//! of an app.

use super::target::{resolve_target, Target};
use super::watch::{self, render_objects};
use super::{print_group_help, printer, views, Context, OutputArg};
use crate::client::Client;
use crate::error::Result;
use crate::output::OutputFormat;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct WorkerGroup {
    #[command(subcommand)]
    pub command: Option<WorkerCommand>,
}

#[derive(Debug, Subcommand)]
pub enum WorkerCommand {
    /// List workers of app
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Run a command in a running worker
    Exec(super::exec::ExecArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The app name [default: metadata.name of ./app.yaml]
    pub app_name: Option<String>,
    #[command(flatten)]
    pub output: OutputArg,
    /// show all workers, include deleted and errors
    #[arg(short = 'a', long)]
    pub all: bool,
    /// show not running workers who is created in recent days (with --all)
    #[arg(
        short = 'd',
        long,
        num_args = 0..=1,
        default_value = "2",
        default_missing_value = "2",
        value_name = "RECENT_DAYS",
        value_parser = clap::value_parser!(i32).range(0..)
    )]
    pub recent_days: i32,
    /// namespace of app [default: metadata.namespace of ./app.yaml, else default]
    #[arg(short = 'n', long, value_name = "NAMESPACE")]
    pub namespace: Option<String>,
    /// Keep watching: redraw whenever the workers change (Ctrl-C to stop)
    #[arg(short = 'w', long)]
    pub watch: bool,
}

/// `path` is where the group sits (`["worker"]` or `["app", "worker"]`),
/// for the help printed when no subcommand is given.
pub async fn run(group: WorkerGroup, ctx: &Context, path: &[&str]) -> Result<()> {
    let Some(command) = group.command else {
        return print_group_help(ctx, path);
    };
    match command {
        WorkerCommand::List(args) => list(args).await,
        WorkerCommand::Exec(args) => super::exec::run(args).await,
    }
}

async fn list(args: ListArgs) -> Result<()> {
    let format = args.output.format();
    let t = resolve_target(args.app_name, args.namespace, "app_name")?;
    let client = Client::from_config()?;
    let (all, days) = (args.all, args.recent_days);
    let render = || render_workers(&client, &t, all, days, format);
    if args.watch {
        watch::run(render).await
    } else {
        printer::out(&render().await?);
        Ok(())
    }
}

async fn render_workers(
    client: &Client,
    t: &Target,
    all: bool,
    recent_days: i32,
    format: OutputFormat,
) -> Result<String> {
    let workers = client
        .app_workers(&t.namespace, &t.name, all, recent_days)
        .await?;
    Ok(render_objects(
        format,
        false,
        |wide| views::worker_table(&workers, wide),
        || workers.iter().map(views::worker_doc).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn list_args(args: &[&str]) -> Result<super::ListArgs, clap::Error> {
        let cli = Cli::try_parse_from(args)?;
        let group = match cli.command {
            Some(Command::Worker(g)) => g,
            Some(Command::App(a)) => match a.command {
                Some(crate::cli::app::AppCommand::Worker(g)) => g,
                other => panic!("not app worker: {other:?}"),
            },
            other => panic!("not a worker command: {other:?}"),
        };
        match group.command {
            Some(super::WorkerCommand::List(l)) => Ok(l),
            other => panic!("not worker list: {other:?}"),
        }
    }

    fn exec_args(args: &[&str]) -> super::super::exec::ExecArgs {
        match Cli::try_parse_from(args).expect("parses").command {
            Some(Command::Worker(super::WorkerGroup {
                command: Some(super::WorkerCommand::Exec(e)),
            })) => e,
            other => panic!("not worker exec: {other:?}"),
        }
    }

    #[test]
    fn exec_passes_everything_after_the_command_unchanged() {
        let e = exec_args(&[
            "everai", "worker", "exec", "-it", "W", "ls", "-la", "--", "a b",
        ]);
        assert!(e.interactive && e.tty);
        assert_eq!(e.worker, "W");
        assert_eq!(e.command, ["ls", "-la", "--", "a b"]);
        let e = exec_args(&["everai", "worker", "exec", "W", "sh", "-i"]);
        assert!(!e.interactive);
        assert_eq!(e.command, ["sh", "-i"]);
        let e = exec_args(&["everai", "worker", "exec", "W", "-i", "cat"]);
        assert!(e.interactive);
        assert_eq!(e.command, ["cat"]);
    }

    #[test]
    fn recent_days_defaults_to_2_also_when_bare() {
        assert_eq!(
            list_args(&["everai", "worker", "list", "x"])
                .expect("ok")
                .recent_days,
            2
        );
        let l = list_args(&["everai", "w", "ls", "x", "-a", "-d"]).expect("ok");
        assert_eq!((l.all, l.recent_days), (true, 2));
        let l = list_args(&["everai", "workers", "ls", "-d", "5", "x"]).expect("ok");
        assert_eq!((l.recent_days, l.app_name.as_deref()), (5, Some("x")));
        let l = list_args(&["everai", "worker", "list", "--recent-days=7", "x"]).expect("ok");
        assert_eq!(l.recent_days, 7);
        let l = list_args(&["everai", "app", "worker", "list", "-d3"]).expect("ok");
        assert_eq!((l.recent_days, l.app_name), (3, None));
    }

    #[test]
    fn bad_recent_days_is_a_usage_error() {
        for bad in ["x", "1.5", "-1"] {
            let e = list_args(&["everai", "worker", "list", "app", "-d", bad])
                .expect_err("usage error");
            assert_ne!(e.kind(), clap::error::ErrorKind::DisplayHelp, "{bad}");
        }
    }

    #[test]
    fn bare_namespace_is_a_usage_error() {
        assert!(list_args(&["everai", "worker", "list", "app", "-n"]).is_err());
        let l = list_args(&["everai", "worker", "list", "app", "-n", "prod"]).expect("ok");
        assert_eq!(l.namespace.as_deref(), Some("prod"));
    }
}
