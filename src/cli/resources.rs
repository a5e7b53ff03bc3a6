//! `resources` (aliases `res`, `resource`): the GPU models, CPU models and
//! regions apps may ask for in `spec.resource.filters`.

use super::{print_group_help, printer, views, Context};
use crate::client::Client;
use crate::error::Result;
use crate::output::to_yaml;
use clap::Args;

#[derive(Debug, Args)]
pub struct ResourcesArgs {
    /// show available gpus
    #[arg(short = 'g', long)]
    pub gpus: bool,
    /// show available cpus
    #[arg(short = 'c', long)]
    pub cpus: bool,
    /// show available regions
    #[arg(short = 'r', long)]
    pub regions: bool,
    /// show all available resources
    #[arg(short = 'a', long)]
    pub all: bool,
}

/// With no selector: the command's help (exit 0). Otherwise one YAML
/// document with sorted keys; `-a` asks regions, cpu, gpu in that order.
pub async fn run(args: ResourcesArgs, ctx: &Context) -> Result<()> {
    let (regions, cpus, gpus) = (
        args.all || args.regions,
        args.all || args.cpus,
        args.all || args.gpus,
    );
    if !(regions || cpus || gpus) {
        return print_group_help(ctx, &["resources"]);
    }
    let client = Client::from_config()?;
    let regions = match regions {
        true => Some(client.resource_regions().await?),
        false => None,
    };
    let cpus = match cpus {
        true => Some(client.resource_cpus().await?),
        false => None,
    };
    let gpus = match gpus {
        true => Some(client.resource_gpus().await?),
        false => None,
    };
    printer::out(&to_yaml(&views::resources_doc(regions, cpus, gpus), true));
    Ok(())
}
