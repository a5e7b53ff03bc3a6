//! Compatibility with the reference client, PyPI `everai==0.2.41`, run
//! unchanged against our local platform:
//!
//! 1. its namespace, configmap and secret commands succeed with its own
//!    success texts (it prints errors on stdout with exit 0, so the exact
//!    stdout is what proves success);
//! 2. for the same server state, what it prints for list and get commands,
//!    as tables and as `-o json|yaml|wide`, is byte-identical to ours.
//!
//! The reference is found through `EVERAI_REF_BIN` (set by scripts/test.sh)
//! or at `target/refvenv/bin/everai`; the test fails when it is absent.

mod common;

use common::*;

/// The two clients, each in its own sandbox, both pointed at one server.
struct Pair {
    ref_env: Sandbox,
    ours: Sandbox,
}

impl Pair {
    fn new(server: &Server) -> Pair {
        Pair {
            ref_env: Sandbox::connected(server),
            ours: Sandbox::connected(server),
        }
    }

    fn reference(&self, args: &[&str]) -> Run {
        self.ref_env.run_reference(args)
    }

    /// Runs a reference command that must succeed with exactly `expected`.
    #[track_caller]
    fn reference_ok(&self, args: &[&str], expected: &str) {
        self.reference(args).reference_printed(expected);
    }

    /// Writes `content` to `name` in both working directories.
    fn file(&self, name: &str, content: &str) {
        self.ref_env.file(name, content);
        self.ours.file(name, content);
    }
}

#[test]
fn the_reference_client_works_against_our_server_and_prints_what_we_print() {
    let server = Server::start();
    let p = Pair::new(&server);

    // --- 1. The reference's own commands, with its own success texts. ---
    p.reference_ok(
        &["namespace", "create", "prod"],
        "Namespace prod successfully created\n",
    );
    p.reference_ok(
        &["ns", "create", "staging"],
        "Namespace staging successfully created\n",
    );
    p.reference_ok(&["namespace", "delete", "staging"], "");
    p.reference_ok(
        &GET_START_CONFIGMAP,
        "Configmap `get-start-configmap` created successfully\n",
    );
    p.file(
        "labeled.yaml",
        "name: labeled\ndata:\n  a: \"1\"\nlabels:\n  l: v\n  team: ml\n",
    );
    p.reference_ok(
        &["cm", "create", "-f", "labeled.yaml"],
        "Configmap `labeled` created successfully\n",
    );
    // Values that exercise quoting and escaping in every format.
    p.reference_ok(
        &[
            "configmaps",
            "create",
            "tricky",
            "-l",
            "yes_word=yes",
            "-l",
            "zero_lead=0123",
            "-l",
            "empty=",
            "-l",
            "hash=#not-a-comment",
            "-l",
            "colon=a: b",
            "-l",
            "unicode=grüße 日本",
            "-l",
            "eq=x=y",
            "-l",
            "float=1.5",
            "-l",
            "spaces= padded ",
            "-l",
            "null_word=null",
            "-l",
            "quote=it's \"quoted\"",
        ],
        "Configmap `tricky` created successfully\n",
    );
    p.reference_ok(
        &[
            "configmap",
            "update",
            "get-start-configmap",
            "-l",
            "min_workers=2",
            "-l",
            "max_workers=6",
        ],
        "Configmap `get-start-configmap` updated successfully\n",
    );
    p.reference_ok(
        &["cm", "create", "doomed", "-l", "a=1"],
        "Configmap `doomed` created successfully\n",
    );
    p.reference_ok(
        &["configmap", "delete", "doomed"],
        "Configmap `doomed` deleted successfully\n",
    );

    p.reference_ok(
        &[
            "secret",
            "create",
            "quay-secret",
            "-l",
            "username=alice",
            "-l",
            "password=p@ss w0rd",
        ],
        "Secret `quay-secret` created successfully\n",
    );
    p.file(
        "secret.yaml",
        "name: your-quay-io-secret-name\ndata:\n  username: Ym9i\n  password: YmFyCg==\nlabels:\n  registry: quay\n",
    );
    p.reference_ok(
        &["secrets", "create", "-f", "secret.yaml"],
        "Secret `your-quay-io-secret-name` created successfully\n",
    );
    p.reference_ok(
        &[
            "sec",
            "update",
            "quay-secret",
            "-l",
            "username=bob",
            "-l",
            "password=n3w",
        ],
        "Secret `quay-secret` updated successfully\n",
    );
    p.reference_ok(
        &["s", "create", "doomed", "-l", "a=b"],
        "Secret `doomed` created successfully\n",
    );
    p.reference_ok(
        &["secret", "delete", "doomed"],
        "Secret deleted successfully\n",
    );

    // Objects made by our CLI are part of the state the reference reads.
    p.ours
        .run(["configmap", "create", "rs-made", "-l", "k=v", "-l", "n=42"])
        .success();
    p.ours
        .run(["secret", "create", "rs-secret", "-l", "token=abc"])
        .success();
    p.ours.run(["namespace", "create", "rs-ns"]).success();

    // --- 2. Same state, same bytes. ---
    let mut reads: Vec<Vec<&str>> = Vec::new();
    for list in [
        vec!["configmap", "list"],
        vec!["secret", "list"],
        vec!["namespace", "list"],
        vec!["configmap", "get", "tricky"],
        vec!["secret", "get", "your-quay-io-secret-name"],
        vec!["namespace", "get", "prod"],
    ] {
        for format in [None, Some("json"), Some("yaml"), Some("wide")] {
            let mut argv = list.clone();
            if let Some(f) = format {
                argv.extend(["-o", f]);
            }
            reads.push(argv);
        }
    }
    // Each pair runs on its own thread: the reference needs ~1 s per start.
    let results: Vec<(Vec<&str>, Run, Run)> = std::thread::scope(|scope| {
        let handles: Vec<_> = reads
            .iter()
            .map(|argv| {
                let p = &p;
                scope.spawn(move || (argv.clone(), p.reference(argv), p.ours.run(argv)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    let mut mismatches = Vec::new();
    for (argv, theirs, ours) in &results {
        ours.no_panic();
        if theirs.code() != 0 || theirs.stderr.contains("Traceback") {
            mismatches.push(format!(
                "reference `everai {}` failed (exit {}):\n{}{}",
                argv.join(" "),
                theirs.code(),
                theirs.stdout,
                theirs.stderr
            ));
            continue;
        }
        if ours.code() != 0 || ours.stdout != theirs.stdout {
            mismatches.push(format!(
                "`everai {}` differs (ours exit {}):\n--- reference ---\n{}--- ours ---\n{}{}",
                argv.join(" "),
                ours.code(),
                theirs.stdout,
                ours.stdout,
                ours.stderr
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} outputs differ from the reference:\n\n{}",
        mismatches.len(),
        results.len(),
        mismatches.join("\n")
    );
}

#[test]
fn the_reference_sees_our_errors_as_errors() {
    // The reference prints non-2xx answers (status line, then the raw body)
    // on stdout with exit 0; our server's bodies must be the gRPC shape it
    // shows, and its missing-token header `Bearer None` must be refused.
    let server = Server::start();
    let p = Pair::new(&server);
    let r = p.reference(&["configmap", "get", "missing"]);
    assert_eq!(r.code(), 0);
    assert!(r.stdout.starts_with("(404)\n"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains(r#"HTTP response body: {"code":5,"message":"configmap \"missing\" not found","details":[]}"#),
        "{}",
        r.stdout
    );

    let mut no_token = Sandbox::new();
    no_token.set("EVERAI_ENDPOINT", &server.endpoint);
    let r = no_token.run_reference(["configmap", "list"]);
    assert!(r.stdout.starts_with("(401)\n"), "{}", r.stdout);
}
