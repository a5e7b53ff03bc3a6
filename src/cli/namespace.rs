//! `namespace`: list, get, create, delete.

use super::{print_group_help, print_objects, printer, views, Context, OutputArg};
use crate::client::Client;
use crate::error::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct NamespaceGroup {
    #[command(subcommand)]
    pub command: Option<NamespaceCommand>,
}

#[derive(Debug, Subcommand)]
pub enum NamespaceCommand {
    /// List the namespaces
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        output: OutputArg,
    },
    /// Get the namespace
    Get {
        /// The namespace name
        #[arg(default_value = "default")]
        name: String,
        #[command(flatten)]
        output: OutputArg,
    },
    /// Create a namespace
    Create {
        /// The namespace name
        #[arg(default_value = "default")]
        name: String,
    },
    /// Delete a namespace
    Delete {
        /// The namespace name
        name: String,
    },
}

pub async fn run(group: NamespaceGroup, ctx: &Context) -> Result<()> {
    let Some(command) = group.command else {
        return print_group_help(ctx, &["namespace"]);
    };
    match command {
        NamespaceCommand::List { output } => {
            let format = output.format();
            let items = Client::from_config()?.namespace_list().await?;
            print_objects(
                format,
                false,
                |_| views::namespace_table(&items),
                || items.iter().map(views::namespace_doc).collect(),
            );
        }
        NamespaceCommand::Get { name, output } => {
            let format = output.format();
            let item = Client::from_config()?.namespace_get(&name).await?;
            let items = [item];
            print_objects(
                format,
                true,
                |_| views::namespace_table(&items),
                || items.iter().map(views::namespace_doc).collect(),
            );
        }
        NamespaceCommand::Create { name } => {
            super::kv::is_dns1123_label(&name)
                .then_some(())
                .ok_or_else(|| {
                    crate::error::Error::usage(format!(
                        "invalid namespace name {name:?}: use at most 63 lower-case letters, digits and '-'"
                    ))
                })?;
            let ns = Client::from_config()?.namespace_create(&name).await?;
            let shown = if ns.name.is_empty() { name } else { ns.name };
            printer::line(&format!("Namespace {shown} successfully created"));
        }
        NamespaceCommand::Delete { name } => {
            Client::from_config()?.namespace_delete(&name).await?;
        }
    }
    Ok(())
}
