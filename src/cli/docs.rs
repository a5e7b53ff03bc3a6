//! The command reference (`docs/cli-reference.md`), generated from the clap
//! command tree so that it can never drift from the parser.
//!
//! The output is deterministic: it reads the declared metadata (names,
//! aliases, help, defaults, possible values, environment variables) and the
//! usage line, never the terminal-width-dependent help rendering. A test
//! (`tests/generated.rs`) compares it with the committed file;
//! `EVERAI_UPDATE_SNAPSHOTS=1 cargo test --test generated` rewrites it.

use clap::{Arg, Command};
use std::fmt::Write as _;

/// The whole reference page, in Markdown.
pub fn reference_markdown() -> String {
    let mut root = super::command_named("everai");
    root.build();
    let mut commands = Vec::new();
    collect(&root, Vec::new(), &mut commands);

    let mut out = String::new();
    out.push_str("# `everai` command reference\n\n");
    out.push_str(
        "<!-- Generated from the clap command tree by `everai::cli::docs::reference_markdown()`.\n     \
         Do not edit by hand: run `EVERAI_UPDATE_SNAPSHOTS=1 cargo test --test generated`. -->\n\n",
    );
    out.push_str(
        "`ever` is the same program as `everai`. Every command also accepts \
         `-h`/`--help`. Configuration (endpoint, token, `EVERAI_HOME`) and exit \
         codes are described in [configuration.md](configuration.md).\n\n",
    );
    out.push_str("## Commands\n\n");
    for (path, _) in &commands {
        let depth = path.len().saturating_sub(1);
        let title = title(path);
        let _ = writeln!(
            out,
            "{}- [`{title}`](#{})",
            "  ".repeat(depth),
            anchor(&title)
        );
    }
    out.push('\n');
    for (path, cmd) in &commands {
        section(&mut out, path, cmd);
    }
    // Exactly one trailing newline.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Depth-first, in declaration order; the generated `help` subcommand and
/// hidden commands are left out.
fn collect<'a>(cmd: &'a Command, mut path: Vec<String>, out: &mut Vec<(Vec<String>, &'a Command)>) {
    path.push(cmd.get_name().to_string());
    out.push((path.clone(), cmd));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        collect(sub, path.clone(), out);
    }
}

fn title(path: &[String]) -> String {
    path.join(" ")
}

/// GitHub's heading anchor for a heading made only of the code span `title`.
fn anchor(title: &str) -> String {
    title
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_ascii_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

fn section(out: &mut String, path: &[String], cmd: &Command) {
    let _ = writeln!(out, "## `{}`\n", title(path));
    if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
        let _ = writeln!(out, "{}\n", paragraphs(&about.to_string()));
    }
    let aliases: Vec<String> = cmd
        .get_visible_aliases()
        .map(|a| format!("`{a}`"))
        .collect();
    if !aliases.is_empty() {
        let _ = writeln!(out, "Aliases: {}\n", aliases.join(", "));
    }
    let usage = cmd.clone().render_usage().to_string();
    let _ = writeln!(out, "```text\n{}\n```\n", usage.trim_end());

    let visible = |a: &&Arg| !a.is_hide_set() && a.get_id().as_str() != "help";
    let positionals: Vec<&Arg> = cmd.get_positionals().filter(visible).collect();
    if !positionals.is_empty() {
        out.push_str("| Argument | Description |\n| --- | --- |\n");
        for arg in positionals {
            let _ = writeln!(out, "| `{}` | {} |", arg, cell(&describe(arg)));
        }
        out.push('\n');
    }
    let options: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional())
        .filter(visible)
        .collect();
    if !options.is_empty() {
        out.push_str("| Option | Description |\n| --- | --- |\n");
        for arg in options {
            let _ = writeln!(out, "| `{}` | {} |", option_name(arg), cell(&describe(arg)));
        }
        out.push('\n');
    }
    let subs: Vec<&Command> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
        .collect();
    if !subs.is_empty() {
        out.push_str("| Command | Description |\n| --- | --- |\n");
        for sub in subs {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_string());
            let sub_title = title(&sub_path);
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            let _ = writeln!(
                out,
                "| [`{}`](#{}) | {} |",
                sub.get_name(),
                anchor(&sub_title),
                cell(&about)
            );
        }
        out.push('\n');
    }
    if let Some(after) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) {
        let _ = writeln!(out, "{}\n", paragraphs(&after.to_string()));
    }
}

/// `-f, --from-file <FILE>` (clap's own rendering of the long form, with the
/// short flag and visible aliases in front).
fn option_name(arg: &Arg) -> String {
    let mut names = Vec::new();
    if let Some(short) = arg.get_short() {
        names.push(format!("-{short}"));
    }
    for short in arg.get_visible_short_aliases().unwrap_or_default() {
        names.push(format!("-{short}"));
    }
    for long in arg.get_visible_aliases().unwrap_or_default() {
        names.push(format!("--{long}"));
    }
    let rendered = arg.to_string();
    if arg.get_long().is_some() {
        names.push(rendered);
    } else if let Some(first) = names.first_mut() {
        // Short only: clap renders `-x <VALUE>`; keep it in first place.
        *first = rendered;
    }
    names.join(", ")
}

/// Help text plus the facts clap would append: possible values, default,
/// environment variable.
fn describe(arg: &Arg) -> String {
    let mut text = arg
        .get_long_help()
        .or_else(|| arg.get_help())
        .map(|h| h.to_string())
        .unwrap_or_default();
    let mut facts = Vec::new();
    if !arg.is_hide_possible_values_set() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| format!("`{}`", v.get_name()))
            .collect();
        if !values.is_empty() {
            facts.push(format!("possible values: {}", values.join(", ")));
        }
    }
    // A flag's implicit `false` says nothing.
    if !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| format!("`{}`", v.to_string_lossy()))
            .collect();
        if !defaults.is_empty() {
            facts.push(format!("default: {}", defaults.join(", ")));
        }
    }
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        facts.push(format!("env: `{}`", env.to_string_lossy()));
    }
    if !facts.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        let _ = write!(text, "[{}]", facts.join("; "));
    }
    text
}

/// Clap joins the lines of a doc-comment paragraph; paragraphs stay apart.
fn paragraphs(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One Markdown table cell: no raw `|` and no line breaks.
fn cell(text: &str) -> String {
    paragraphs(text)
        .replace('|', "\\|")
        .replace("\n\n", "<br><br>")
        .replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_follow_github() {
        assert_eq!(anchor("everai configmap create"), "everai-configmap-create");
        assert_eq!(anchor("everai"), "everai");
    }

    #[test]
    fn cells_never_break_the_table() {
        assert_eq!(cell("a | b\nc\n\nd"), "a \\| b c<br><br>d");
    }

    #[test]
    fn reference_covers_every_visible_command_and_is_stable() {
        let text = reference_markdown();
        assert_eq!(text, reference_markdown(), "output must be deterministic");
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
        let mut root = super::super::command_named("everai");
        root.build();
        let mut all = Vec::new();
        collect(&root, Vec::new(), &mut all);
        assert!(all.len() > 10, "the tree has more than a few commands");
        for (path, _) in &all {
            assert!(
                text.contains(&format!("## `{}`\n", title(path))),
                "no section for {path:?}"
            );
        }
        assert!(text.contains("Aliases: `cm`, `configmaps`"));
        assert!(text.contains("| `-f, --from-file <FILE>` |"));
    }
}
