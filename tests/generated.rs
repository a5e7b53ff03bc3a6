//! Committed files generated from the clap command tree: shell completions
//! (`completions/`) and the command reference (`docs/cli-reference.md`).
//! Each test regenerates its file and fails when the committed copy differs;
//! with `EVERAI_UPDATE_SNAPSHOTS=1` it rewrites the file instead:
//!
//!     EVERAI_UPDATE_SNAPSHOTS=1 cargo test --test generated
//!
//! The committed file is the snapshot; a snapshot library (insta) would keep
//! a second copy with its own header under tests/snapshots/.

mod common;

use clap_complete::Shell;
use std::path::{Path, PathBuf};

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn updating() -> bool {
    std::env::var("EVERAI_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1")
}

/// Compares `generated` with the committed file, or rewrites it.
fn check_snapshot(relative: &str, generated: &str) {
    let path = repo_path(relative);
    if updating() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, generated).unwrap_or_else(|e| panic!("write {relative}: {e}"));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == generated {
        return;
    }
    let first_diff = committed
        .lines()
        .zip(generated.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
    panic!(
        "{relative} is out of date (first difference at line {}):\n  committed: {:?}\n  generated: {:?}\n\
         Regenerate it with: EVERAI_UPDATE_SNAPSHOTS=1 cargo test --test generated",
        first_diff + 1,
        committed.lines().nth(first_diff).unwrap_or("<end of file>"),
        generated.lines().nth(first_diff).unwrap_or("<end of file>"),
    );
}

const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "completions/everai.bash"),
    (Shell::Zsh, "completions/_everai"),
    (Shell::Fish, "completions/everai.fish"),
    (Shell::Elvish, "completions/everai.elv"),
    (Shell::PowerShell, "completions/_everai.ps1"),
];

#[test]
fn completion_scripts_are_up_to_date() {
    for (shell, file) in SHELLS {
        let script = everai::cli::completion_script(shell, "everai");
        for word in ["configmap", "secret", "namespace", "from-literal"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
        check_snapshot(file, &script);
    }
}

#[test]
fn the_binary_prints_the_committed_completions() {
    let sandbox = common::Sandbox::new();
    for (shell, file) in SHELLS {
        let r = sandbox.run(["completion", &shell.to_string()]);
        r.success();
        assert_eq!(
            r.stdout,
            everai::cli::completion_script(shell, "everai"),
            "`everai completion {shell}` differs from {file}'s generator"
        );
    }
}

#[test]
fn cli_reference_is_up_to_date() {
    let text = everai::cli::docs::reference_markdown();
    for section in [
        "## `everai configmap create`",
        "## `everai secret list`",
        "## `everai namespace delete`",
        "## `everai login`",
        "## `everai server`",
    ] {
        assert!(text.contains(section), "reference lacks {section}");
    }
    check_snapshot("docs/cli-reference.md", &text);
}
