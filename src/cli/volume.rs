//! `volume` (aliases `volumes`, `vol`): create, list, get, tree, push,
//! pull, publish, delete. Messages and tables follow the reference.

use super::{print_group_help, print_objects, printer, Context, OutputArg};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::model::volume::Volume;
use crate::output::{format_timestamp, human_size};
use crate::volume::{metadata, names, pull, push};
use clap::{Args, Subcommand};
use serde_json::{json, Value};

#[derive(Debug, Args)]
pub struct VolumeGroup {
    #[command(subcommand)]
    pub command: Option<VolumeCommand>,
}

#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// Create volume
    Create {
        /// The volume name
        name: String,
    },
    /// List volume
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        output: OutputArg,
    },
    /// Delete volume
    Delete {
        /// The volume name
        name: String,
        /// Delete the local cache of volume only
        #[arg(long)]
        local: bool,
        /// Delete the volume in cloud, and reserve local cache
        #[arg(long)]
        cloud: bool,
        /// Delete volume both cache and in-cloud
        #[arg(long)]
        all: bool,
    },
    /// Get volume
    Get {
        /// The volume name
        name: String,
    },
    /// Pull volume
    Pull {
        /// The volume name
        name: String,
        /// Download even when the local copy has the cloud revision
        #[arg(long)]
        force: bool,
        /// Also delete local files the cloud revision does not have
        #[arg(long)]
        sync: bool,
    },
    /// Push volume
    Push {
        /// The volume name
        name: String,
        /// Compare files present on both sides by size only (no hashing)
        #[arg(short, long)]
        update: bool,
    },
    /// Publish volume to everyone
    Publish {
        /// The volume name
        name: String,
    },
    /// Tree volume
    #[command(visible_alias = "tr")]
    Tree {
        /// Volume name
        name: String,
    },
}

/// `<Volume: id: ID, name: NAME, revision: REV, files: N, size: SIZE>`.
pub fn volume_line(v: &Volume) -> String {
    format!(
        "<Volume: id: {}, name: {}, revision: {}, files: {}, size: {}>",
        v.id,
        v.name,
        v.revision,
        v.files,
        human_size(v.size.max(0) as u64)
    )
}

pub async fn run(group: VolumeGroup, ctx: &Context) -> Result<()> {
    let Some(command) = group.command else {
        return print_group_help(ctx, &["volume"]);
    };
    let root = crate::config::volume_root();
    match command {
        VolumeCommand::Create { name } => {
            let name = names::own(&name)?;
            let volume = Client::from_config()?.volume_create(name).await?;
            let dir = metadata::volume_dir(&root, &volume.id);
            std::fs::create_dir_all(&dir)
                .and_then(|()| metadata::write(&dir, &volume))
                .map_err(|e| Error::failed(format!("cannot create {}: {e}", dir.display())))?;
            printer::line("create volume successful");
            printer::line(&volume_line(&volume));
        }
        VolumeCommand::List { output } => {
            let format = output.format();
            let items = Client::from_config()?.volume_list().await?;
            print_objects(
                format,
                false,
                |wide| volume_table(&items, wide),
                || items.iter().map(volume_doc).collect(),
            );
        }
        VolumeCommand::Get { name } => {
            let name = names::regular(&name)?;
            let volume = Client::from_config()?.volume_get(&name).await?;
            printer::line(&volume_line(&volume));
            printer::line(&format!(
                "path: {}",
                metadata::volume_dir(&root, &volume.id).display()
            ));
        }
        VolumeCommand::Delete {
            name,
            local,
            cloud,
            all,
        } => delete(&root, &name, local, cloud, all).await?,
        VolumeCommand::Publish { name } => {
            let name = names::own(&name)?;
            Client::from_config()?.volume_publish(name).await?;
        }
        VolumeCommand::Tree { name } => {
            let regular = names::regular(&name)?;
            let files = Client::from_config()?.volume_files(&regular).await?;
            if files.is_empty() {
                printer::line("Path list does not contain any data, check `paths`");
            } else {
                let paths: Vec<String> =
                    files.iter().map(|f| format!("/{name}{}", f.path)).collect();
                printer::out(&render_tree(&paths));
            }
        }
        VolumeCommand::Push { name, update } => {
            let name = names::own(&name)?;
            let client = Client::from_config()?;
            let outcome = push::push(&client, &root, name, update).await?;
            printer::line(&volume_line(&outcome.volume));
        }
        VolumeCommand::Pull { name, force, sync } => {
            let name = names::regular(&name)?;
            let client = Client::from_config()?;
            let outcome = pull::pull(&client, &root, &name, force, sync).await?;
            printer::line(&volume_line(&outcome.volume));
        }
    }
    Ok(())
}

async fn delete(
    root: &std::path::Path,
    name: &str,
    local: bool,
    cloud: bool,
    all: bool,
) -> Result<()> {
    let name = names::own(name)?;
    if local && cloud {
        return Err(Error::usage(
            "You cannot use both --local and --cloud, please use --all instead",
        ));
    }
    let (local, cloud) = (local || all, cloud || all);
    if !local && !cloud {
        return Err(Error::usage(
            "You must specify one of --local, --cloud or --all",
        ));
    }
    if local {
        let found = metadata::find_by_name(root, name)
            .ok_or_else(|| Error::failed("Volume not found in local"))?;
        let dir = metadata::volume_dir(root, &found.id);
        std::fs::remove_dir_all(&dir)
            .map_err(|e| Error::failed(format!("cannot remove {}: {e}", dir.display())))?;
    }
    if cloud {
        Client::from_config()?.volume_delete(name).await?;
    }
    printer::line("Volume deleted successfully");
    Ok(())
}

/// `NAME REVISION CREATED_AT FILES SIZE STATUS`, wide adds `LABELS` (empty,
/// as the reference drops labels when reading volumes).
fn volume_table(items: &[Volume], wide: bool) -> super::views::Table {
    let mut headers = vec!["NAME", "REVISION", "CREATED_AT", "FILES", "SIZE", "STATUS"];
    if wide {
        headers.push("LABELS");
    }
    let rows = items
        .iter()
        .map(|v| {
            let mut row = vec![
                v.name.clone(),
                v.revision.clone(),
                v.created_at
                    .as_deref()
                    .map(format_timestamp)
                    .unwrap_or_default(),
                v.files.to_string(),
                human_size(v.size.max(0) as u64),
                v.status.clone(),
            ];
            if wide {
                row.push(String::new());
            }
            row
        })
        .collect();
    super::views::Table { headers, rows }
}

fn volume_doc(v: &Volume) -> Value {
    let mut doc = json!({
        "id": v.id,
        "name": v.name,
        "username": v.username,
        "revision": v.revision,
        "files": v.files,
        "size": v.size,
    });
    if let Some(t) = &v.created_at {
        doc["created_at"] = json!(format_timestamp(t));
    }
    if let Some(t) = &v.modified_at {
        doc["modified_at"] = json!(format_timestamp(t));
    }
    doc["status"] = json!(v.status);
    doc
}

/// Paths as a box-drawn tree, children in order of first appearance.
pub fn render_tree(paths: &[String]) -> String {
    #[derive(Default)]
    struct Node {
        name: String,
        children: Vec<Node>,
    }
    let mut root = Node::default();
    for p in paths {
        let mut node = &mut root;
        for seg in p.split('/').filter(|s| !s.is_empty()) {
            let i = match node.children.iter().position(|c| c.name == seg) {
                Some(i) => i,
                None => {
                    node.children.push(Node {
                        name: seg.to_string(),
                        children: Vec::new(),
                    });
                    node.children.len() - 1
                }
            };
            node = &mut node.children[i];
        }
    }
    fn draw(node: &Node, prefix: &str, out: &mut String) {
        for (i, child) in node.children.iter().enumerate() {
            let last = i + 1 == node.children.len();
            out.push_str(prefix);
            out.push_str(if last { "└── " } else { "├── " });
            out.push_str(&child.name);
            out.push('\n');
            let deeper = format!("{prefix}{}", if last { "    " } else { "│   " });
            draw(child, &deeper, out);
        }
    }
    let mut out = String::new();
    for top in &root.children {
        out.push_str(&top.name);
        out.push('\n');
        draw(top, "", &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_draws_like_the_reference() {
        let paths = [
            "/get-start-volume/my-model/config.json",
            "/get-start-volume/my-model/weights.bin",
            "/get-start-volume/README.md",
        ]
        .map(String::from);
        assert_eq!(
            render_tree(&paths),
            "get-start-volume\n├── my-model\n│   ├── config.json\n│   └── weights.bin\n└── README.md\n"
        );
    }
}
