//! Every YAML the CLI reads goes through one bounded loader: a file under
//! 1 MB whose aliases would expand to gigabytes (one large anchored string
//! repeated by thousands of aliases, or nested "billion laughs" lists) is
//! refused, and the process stays small. Measured on the built binary: its
//! peak RSS (from `wait4`) must stay under 100 MiB. An address-space cap
//! makes a regression fail fast instead of exhausting the machine.

mod common;

use common::{poll, Sandbox, Server};
use std::fs::File;
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

/// Peak memory the CLI may use on any of these inputs.
const MAX_RSS_KIB: i64 = 100 * 1024;
/// Address-space cap of the child: far above a healthy run, far below what
/// an unbounded expansion asks for.
const ADDRESS_SPACE_CAP: libc::rlim_t = 2 << 30;

struct Measured {
    code: i32,
    output: String,
    peak_rss_kib: i64,
}

// The child is reaped with `wait4`, which also reports its peak RSS.
#[allow(clippy::zombie_processes)]
fn run_measured(s: &Sandbox, args: &[&str]) -> Measured {
    let out_path = s.root().join("measured.out");
    let out = File::create(&out_path).expect("output file");
    let mut cmd = s.everai(args);
    cmd.stdout(out.try_clone().expect("dup")).stderr(out);
    // SAFETY: only async-signal-safe calls (setrlimit) between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: ADDRESS_SPACE_CAP,
                rlim_max: ADDRESS_SPACE_CAP,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let started = Instant::now();
    let child = cmd.spawn().expect("spawn everai");
    let pid = libc::pid_t::try_from(child.id()).expect("pid");
    let (status, usage) = poll(Duration::from_secs(120), "everai to exit", || {
        let mut status = 0;
        // SAFETY: plain out-parameters for wait4.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        (reaped == pid).then_some((status, usage))
    });
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -libc::WTERMSIG(status)
    };
    let output = std::fs::read_to_string(&out_path).unwrap_or_default();
    eprintln!(
        "everai {}: exit {code}, peak RSS {} KiB, {:?}",
        args.join(" "),
        usage.ru_maxrss,
        started.elapsed()
    );
    Measured {
        code,
        output,
        peak_rss_kib: usage.ru_maxrss,
    }
}

/// `*big, *big, ...` (`count` aliases).
fn aliases(count: usize) -> String {
    vec!["*big"; count].join(", ")
}

/// A manifest with one `len`-byte anchored string and `count` aliases of it.
fn manifest_bomb(len: usize, count: usize) -> String {
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: bomb\n  labels:\n    big: &big \"{}\"\nspec:\n  image: img\n  command: [{}]\n  resource: {{cpu: 1, memory: 1 GiB}}\n",
        "x".repeat(len),
        aliases(count)
    )
}

/// Nested lists, each level ten aliases of the one below: 10^depth leaves.
fn laughs(depth: usize) -> String {
    let mut text = String::from("version: everai/v1alpha1\nkind: App\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..=depth {
        let below = format!("*l{}", level - 1);
        text.push_str(&format!(
            "l{level}: &l{level} [{}]\n",
            vec![below; 10].join(", ")
        ));
    }
    text
}

fn assert_refused_and_small(m: &Measured, what: &str) {
    assert!(
        m.code > 0,
        "{what}: exit {} (not a clean error)\n{}",
        m.code,
        m.output
    );
    assert!(m.output.contains("too large"), "{what}: {}", m.output);
    assert!(
        m.peak_rss_kib < MAX_RSS_KIB,
        "{what}: peak RSS {} KiB",
        m.peak_rss_kib
    );
}

#[test]
fn alias_bombs_in_manifests_are_refused_within_bounded_memory() {
    let s = Sandbox::new();
    let cases = [
        ("230 KB, 2 GB expanded", manifest_bomb(200_000, 10_000)),
        ("800 KB, 20 GB expanded", manifest_bomb(500_000, 40_000)),
        ("billion laughs", laughs(9)),
    ];
    for (what, text) in cases {
        assert!(text.len() < 1 << 20, "{what} is {} bytes", text.len());
        let file = s.file("bomb.yaml", &text);
        let m = run_measured(&s, &["app", "check", "-f", file.to_str().expect("utf-8")]);
        assert_refused_and_small(&m, what);
    }
}

#[test]
fn a_large_manifest_without_aliases_still_loads() {
    let s = Sandbox::new();
    let mut text =
        String::from("version: everai/v1alpha1\nkind: App\nmetadata:\n  name: big\n  labels:\n");
    for i in 0..18_000 {
        text.push_str(&format!("    label-{i:05}: value-{}\n", "v".repeat(30)));
    }
    text.push_str(
        "spec:\n  image: img\n  command: [sleep, '1']\n  resource: {cpu: 1, memory: 1 GiB}\n",
    );
    assert!(
        text.len() > 900_000 && text.len() < 1 << 20,
        "{}",
        text.len()
    );
    let file = s.file("big.yaml", &text);
    let m = run_measured(&s, &["app", "check", "-f", file.to_str().expect("utf-8")]);
    assert_eq!(m.code, 0, "{}", m.output);
    assert!(
        m.peak_rss_kib < MAX_RSS_KIB,
        "peak RSS {} KiB",
        m.peak_rss_kib
    );
}

#[test]
fn alias_bombs_in_configmap_and_secret_files_are_refused_within_bounded_memory() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    let keys: Vec<String> = (0..10_000).map(|i| format!("k{i}: *big")).collect();
    let text = format!(
        "name: bomb\nlabels:\n  big: &big \"{}\"\ndata: {{{}}}\n",
        "x".repeat(200_000),
        keys.join(", ")
    );
    assert!(text.len() < 1 << 20);
    s.file("bomb.yaml", &text);
    for kind in ["configmap", "secret"] {
        let m = run_measured(&s, &[kind, "create", "-f", "bomb.yaml"]);
        assert_refused_and_small(&m, kind);
        let listed = s.run([kind, "list"]);
        listed.success();
        assert!(!listed.stdout.contains("bomb"), "{}", listed.stdout);
    }
}
