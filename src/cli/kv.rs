//! `configmap` and `secret`: the same commands over two kinds of key/value
//! objects. Secrets travel base64-encoded; tables never show values.

use super::{print_group_help, print_objects, printer, views, Context, OutputArg};
use crate::client::{Client, KvKind};
use crate::error::{Error, Result};
use crate::model::{KeyValueBody, KeyValueObject, Labels};
use crate::output::{to_json, to_yaml, OutputFormat};
use base64::Engine;
use clap::{Args, Subcommand};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct KvGroup {
    #[command(subcommand)]
    pub command: Option<KvCommand>,
}

#[derive(Debug, Subcommand)]
pub enum KvCommand {
    /// Create from a file, literal strings or an env file
    Create(WriteArgs),
    /// Delete one by name
    Delete {
        /// The name
        name: String,
    },
    /// List them
    #[command(visible_alias = "ls")]
    List {
        #[command(flatten)]
        output: OutputArg,
    },
    /// Get one by name
    Get {
        /// The name
        name: String,
        #[command(flatten)]
        output: OutputArg,
    },
    /// Update from a file, literal strings or an env file; the content is
    /// replaced as a whole, not just the given items
    Update(WriteArgs),
}

#[derive(Debug, Args)]
pub struct WriteArgs {
    /// The name (required with --from-literal/--from-env-file; a file names itself)
    pub name: Option<String>,
    /// YAML file {name, data, labels}; secret data values must be base64
    #[arg(short = 'f', long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// One entry KEY=VALUE (split at the first `=`); repeat for more
    #[arg(short = 'l', long, value_name = "KEY=VALUE")]
    pub from_literal: Vec<String>,
    /// File of KEY=VALUE lines (kubectl's env-file form); repeatable
    #[arg(long, value_name = "FILE")]
    pub from_env_file: Vec<PathBuf>,
    /// Print the object that would be sent (-o yaml|json) and send nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub output: OutputArg,
}

pub async fn run(kind: KvKind, group: KvGroup, ctx: &Context) -> Result<()> {
    let Some(command) = group.command else {
        let name = if kind == KvKind::Secret {
            "secret"
        } else {
            "configmap"
        };
        return print_group_help(ctx, &[name]);
    };
    match command {
        KvCommand::Create(args) => write(kind, args, false).await,
        KvCommand::Update(args) => write(kind, args, true).await,
        KvCommand::Delete { name } => {
            validate_name(kind, &name)?;
            Client::from_config()?.kv_delete(kind, &name).await?;
            printer::line(&match kind {
                KvKind::ConfigMap => format!("Configmap `{name}` deleted successfully"),
                KvKind::Secret => "Secret deleted successfully".to_string(),
            });
            Ok(())
        }
        KvCommand::List { output } => {
            let format = output.format();
            let items = Client::from_config()?.kv_list(kind).await?;
            show(kind, format, false, &items);
            Ok(())
        }
        KvCommand::Get { name, output } => {
            validate_name(kind, &name)?;
            let format = output.format();
            let item = Client::from_config()?.kv_get(kind, &name).await?;
            show(kind, format, true, std::slice::from_ref(&item));
            Ok(())
        }
    }
}

fn show(kind: KvKind, format: OutputFormat, single: bool, items: &[KeyValueObject]) {
    print_objects(
        format,
        single,
        |wide| views::kv_table(items, wide),
        || {
            items
                .iter()
                .map(|o| views::kv_doc(o, kind == KvKind::Secret))
                .collect()
        },
    );
}

async fn write(kind: KvKind, args: WriteArgs, update: bool) -> Result<()> {
    let format = args.output.format();
    let (name, body) = build_request(kind, &args)?;
    if args.dry_run {
        let doc = views::kv_doc(
            &KeyValueObject {
                name: name.clone(),
                data: body.data,
                labels: body.labels,
                create_at: None,
            },
            true,
        );
        printer::out(&if format == OutputFormat::Json {
            to_json(&doc)
        } else {
            to_yaml(&doc, false)
        });
        return Ok(());
    }
    let client = Client::from_config()?;
    let saved = if update {
        client.kv_update(kind, &name, &body).await?
    } else {
        client.kv_create(kind, &name, &body).await?
    };
    let shown = if saved.name.is_empty() {
        &name
    } else {
        &saved.name
    };
    let noun = match kind {
        KvKind::ConfigMap => "Configmap",
        KvKind::Secret => "Secret",
    };
    let verb = if update { "updated" } else { "created" };
    printer::line(&format!("{noun} `{shown}` {verb} successfully"));
    Ok(())
}

/// Turns the command-line sources into the name and request body, checking
/// everything before any request is sent.
pub fn build_request(kind: KvKind, args: &WriteArgs) -> Result<(String, KeyValueBody)> {
    let has_pairs = !args.from_literal.is_empty() || !args.from_env_file.is_empty();
    match (&args.from_file, has_pairs) {
        (None, false) => {
            return Err(Error::usage(
                "please specify either --from-literal, or --from-file arguments (or --from-env-file)",
            ))
        }
        (Some(_), true) => {
            return Err(Error::usage(
                "cannot support both --from-literal and --from-file (--from-env-file combines with --from-literal only)",
            ))
        }
        _ => {}
    }
    let (name, data, labels) = match &args.from_file {
        Some(path) => {
            let file = read_object_file(kind, path)?;
            let name = match (file.name, &args.name) {
                (Some(f), Some(a)) if &f != a => {
                    return Err(Error::usage(format!(
                        "{}: the file names {kind_noun} {f:?} but the command line says {a:?}; drop one",
                        path.display(),
                        kind_noun = kind.noun()
                    )))
                }
                (Some(f), _) => f,
                (None, Some(a)) => a.clone(),
                (None, None) => {
                    return Err(Error::usage(format!(
                        "{}: the file has no `name`; add `name: NAME` to it or pass the name as an argument",
                        path.display()
                    )))
                }
            };
            (name, file.data, file.labels)
        }
        None => {
            let name = args
                .name
                .clone()
                .ok_or_else(|| Error::usage("the following arguments are required: name"))?;
            let mut pairs = Vec::new();
            for path in &args.from_env_file {
                pairs.extend(read_env_file(path)?);
            }
            for literal in &args.from_literal {
                pairs.push(parse_literal(literal));
            }
            // A key given twice keeps its last value, as in the reference.
            let mut data = BTreeMap::new();
            for (key, value) in pairs {
                validate_key(kind, &key)?;
                let value = match kind {
                    KvKind::ConfigMap => value,
                    KvKind::Secret => base64::engine::general_purpose::STANDARD.encode(value),
                };
                data.insert(key, value);
            }
            (name, data, None)
        }
    };
    validate_name(kind, &name)?;
    Ok((name, KeyValueBody { data, labels }))
}

/// `KEY=VALUE`, split at the first `=`; no `=` means an empty value.
pub fn parse_literal(literal: &str) -> (String, String) {
    match literal.split_once('=') {
        Some((k, v)) => (k.to_string(), v.to_string()),
        None => (literal.to_string(), String::new()),
    }
}

/// A DNS-1123 label, as Kubernetes names are.
pub fn validate_name(kind: KvKind, name: &str) -> Result<()> {
    if is_dns1123_label(name) {
        return Ok(());
    }
    Err(Error::usage(format!(
        "invalid {} name {name:?}: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
        kind.noun()
    )))
}

pub use crate::model::is_dns1123_label;

/// Keys as Kubernetes allows them: letters, digits, `-`, `_`, `.`.
pub fn validate_key(kind: KvKind, key: &str) -> Result<()> {
    let valid = !key.is_empty()
        && key.len() <= 253
        && key != "."
        && key != ".."
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if valid {
        return Ok(());
    }
    Err(Error::usage(format!(
        "invalid {} key {key:?}: use letters, digits, '-', '_' and '.' (at most 253)",
        kind.noun()
    )))
}

/// The `-f` file as written; data values are checked to be YAML strings
/// (like the reference: `k: 2` must be quoted).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawObjectFile {
    #[serde(default)]
    name: Option<String>,
    data: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    labels: Option<Labels>,
}

struct ObjectFile {
    name: Option<String>,
    data: BTreeMap<String, String>,
    labels: Option<Labels>,
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))
}

fn read_object_file(kind: KvKind, path: &Path) -> Result<ObjectFile> {
    let text = read_text(path)?;
    let bad = |msg: &dyn std::fmt::Display| Error::usage(format!("{}: {msg}", path.display()));
    let document = crate::manifest::parse_yaml_json(&text).map_err(|e| bad(&e))?;
    let raw: RawObjectFile = serde_json::from_value(document).map_err(|e| bad(&e))?;
    let mut data = BTreeMap::new();
    for (key, value) in raw.data {
        let serde_json::Value::String(text) = value else {
            return Err(Error::usage(format!(
                "{}: data.{key} must be a string; quote it ({key}: \"{}\")",
                path.display(),
                value.to_string().trim_matches('"')
            )));
        };
        data.insert(key, text);
    }
    let file = ObjectFile {
        name: raw.name,
        data,
        labels: raw.labels,
    };
    for key in file.data.keys() {
        validate_key(kind, key)?;
    }
    if kind == KvKind::Secret {
        for (key, value) in &file.data {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(value)
                .map_err(|e| {
                    Error::usage(format!(
                        "{}: data.{key} is not valid base64 ({e}); secret files hold base64-encoded values",
                        path.display()
                    ))
                })?;
            String::from_utf8(decoded).map_err(|_| {
                Error::usage(format!(
                    "{}: data.{key} does not decode to UTF-8 text",
                    path.display()
                ))
            })?;
        }
    }
    Ok(file)
}

/// kubectl's env-file form: `KEY=VALUE` per line, blank lines and `#`
/// comments skipped, no quoting; a bare `KEY` takes its value from the
/// environment.
pub fn parse_env_file(text: &str, source: &str) -> Result<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = match line.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => {
                let key = line.trim_end().to_string();
                let value = std::env::var(&key).map_err(|_| {
                    Error::usage(format!(
                        "{source}:{}: {key:?} has no `=VALUE` and is not set in the environment",
                        index + 1
                    ))
                })?;
                (key, value)
            }
        };
        if key.contains(char::is_whitespace) || key.is_empty() {
            return Err(Error::usage(format!(
                "{source}:{}: invalid key {key:?}: write KEY=VALUE lines",
                index + 1
            )));
        }
        pairs.push((key, value));
    }
    Ok(pairs)
}

fn read_env_file(path: &Path) -> Result<Vec<(String, String)>> {
    parse_env_file(&read_text(path)?, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(name: Option<&str>, literals: &[&str]) -> WriteArgs {
        WriteArgs {
            name: name.map(str::to_string),
            from_file: None,
            from_literal: literals.iter().map(|s| s.to_string()).collect(),
            from_env_file: vec![],
            dry_run: false,
            output: OutputArg::default(),
        }
    }

    #[test]
    fn literals_split_at_the_first_equals() {
        assert_eq!(parse_literal("d=x=y"), ("d".into(), "x=y".into()));
        assert_eq!(parse_literal("c"), ("c".into(), "".into()));
        assert_eq!(parse_literal(" a = b"), (" a ".into(), " b".into()));
    }

    #[test]
    fn names_must_be_dns_labels() {
        assert!(is_dns1123_label("get-start-configmap"));
        assert!(is_dns1123_label("a"));
        assert!(!is_dns1123_label("Upper"));
        assert!(!is_dns1123_label("-x"));
        assert!(!is_dns1123_label("x-"));
        assert!(!is_dns1123_label(""));
        assert!(!is_dns1123_label(&"a".repeat(64)));
        assert!(is_dns1123_label(&"a".repeat(63)));
    }

    #[test]
    fn request_checks_sources_names_and_keys() {
        let e = build_request(KvKind::ConfigMap, &args(Some("x"), &[])).unwrap_err();
        assert!(e.to_string().starts_with("please specify either"));
        let e = build_request(KvKind::ConfigMap, &args(None, &["a=1"])).unwrap_err();
        assert_eq!(e.to_string(), "the following arguments are required: name");
        let (_, body) =
            build_request(KvKind::ConfigMap, &args(Some("x"), &["a=1", "a=2"])).expect("valid");
        assert_eq!(body.data["a"], "2", "the last value wins");
        let e = build_request(KvKind::ConfigMap, &args(Some("x"), &["a b=1"])).unwrap_err();
        assert!(e.to_string().contains("invalid configmap key"));
        let e = build_request(KvKind::ConfigMap, &args(Some("Bad"), &["a=1"])).unwrap_err();
        assert!(e.to_string().contains("invalid configmap name"));
        let (name, body) =
            build_request(KvKind::Secret, &args(Some("s"), &["user=alice"])).expect("valid");
        assert_eq!(name, "s");
        assert_eq!(body.data["user"], "YWxpY2U=");
    }

    #[test]
    fn env_files_follow_kubectl() {
        let pairs = parse_env_file("# c\n\nA=1\nB=x=y\n  C=\n", "f").expect("valid");
        assert_eq!(
            pairs,
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x=y".into()),
                ("C".into(), "".into())
            ]
        );
        let e = parse_env_file("A B=1\n", "f").unwrap_err();
        assert!(e.to_string().starts_with("f:1: invalid key"));
        let e = parse_env_file("EVERAI_SURELY_UNSET_VAR_42\n", "f").unwrap_err();
        assert!(e.to_string().contains("not set in the environment"));
    }
}
