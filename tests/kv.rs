//! `configmap` and `secret` against a real local platform: the reference's
//! success texts, aliases, output formats, input sources, validation before
//! any request, dry runs, secret encoding, server errors and limits.

mod common;

use common::*;

fn cm(s: &Sandbox, args: &[&str]) -> Run {
    let mut all = vec!["configmap"];
    all.extend_from_slice(args);
    s.run(all)
}

fn secret(s: &Sandbox, args: &[&str]) -> Run {
    let mut all = vec!["secret"];
    all.extend_from_slice(args);
    s.run(all)
}

/// Asserts that configmap (or secret) `name` does not exist on the server.
fn assert_absent(s: &Sandbox, kind: &str, name: &str) {
    s.run([kind, "get", name])
        .one_line_error(1)
        .stderr_has(&format!(
            "Error from server (NotFound): {kind} \"{name}\" not found"
        ));
}

#[test]
fn harness_tables_reproduce_the_spec_samples() {
    // The `secret list` sample of the reference's docs, verbatim.
    assert_eq!(
        tabulate(
            &["NAME", "ITEMS"],
            &[
                vec!["quay-secret", "2"],
                vec!["your-quay-io-secret-name", "2"]
            ]
        ),
        "NAME                        ITEMS\n\
         ------------------------  -------\n\
         quay-secret                     2\n\
         your-quay-io-secret-name        2\n"
    );
    // An empty table: header and dash lines only (docs/output.md).
    assert_eq!(
        tabulate(&["QUEUE_INDEX", "CREATE_AT", "QUEUE_REASON"], &[]),
        "QUEUE_INDEX    CREATE_AT    QUEUE_REASON\n-------------  -----------  --------------\n"
    );
}

#[test]
fn configmap_lifecycle_prints_the_reference_texts() {
    let server = Server::start();
    let s = Sandbox::connected(&server);

    cm(
        &s,
        &[
            "create",
            "cm1",
            "-l",
            "a=1",
            "--from-literal",
            "d=x=y",
            "-l",
            "c",
        ],
    )
    .success()
    .stdout_is("Configmap `cm1` created successfully\n")
    .stderr_is("");
    // Split at the first `=`; no `=` means an empty value.
    cm(&s, &["get", "cm1", "-o", "json"]).success().stdout_is(
        "{\n  \"name\": \"cm1\",\n  \"data\": {\n    \"a\": \"1\",\n    \"c\": \"\",\n    \"d\": \"x=y\"\n  }\n}\n",
    );
    cm(&s, &["get", "cm1", "-o", "yaml"])
        .success()
        .stdout_is("name: cm1\ndata:\n  a: '1'\n  c: ''\n  d: x=y\n");
    cm(&s, &["get", "cm1"])
        .success()
        .stdout_is(&tabulate(&["NAME", "ITEMS"], &[vec!["cm1", "3"]]));

    // Update replaces the content as a whole.
    cm(&s, &["update", "cm1", "-l", "b=2"])
        .success()
        .stdout_is("Configmap `cm1` updated successfully\n");
    cm(&s, &["get", "cm1", "-o", "json"])
        .success()
        .stdout_is("{\n  \"name\": \"cm1\",\n  \"data\": {\n    \"b\": \"2\"\n  }\n}\n");
    // Options and positionals interleave.
    cm(&s, &["update", "-l", "b=3", "cm1"])
        .success()
        .stdout_is("Configmap `cm1` updated successfully\n");

    cm(&s, &["delete", "cm1"])
        .success()
        .stdout_is("Configmap `cm1` deleted successfully\n");
    assert_absent(&s, "configmap", "cm1");
    cm(&s, &["list"])
        .success()
        .stdout_is(&tabulate(&["NAME", "ITEMS"], &[]));
}

#[test]
fn server_errors_are_one_line_with_the_reason() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    for (kind, args) in [
        ("configmap", vec!["get", "x"]),
        ("configmap", vec!["delete", "x"]),
        ("configmap", vec!["update", "x", "-l", "a=1"]),
        ("secret", vec!["get", "x"]),
        ("secret", vec!["delete", "x"]),
        ("secret", vec!["update", "x", "-l", "a=1"]),
    ] {
        let mut argv = vec![kind];
        argv.extend(args);
        let r = s.run(&argv);
        r.one_line_error(1);
        assert_eq!(
            r.error_message(),
            format!("Error from server (NotFound): {kind} \"x\" not found"),
            "{argv:?}"
        );
    }
    cm(&s, &["create", "dup", "-l", "a=1"]).success();
    let r = cm(&s, &["create", "dup", "-l", "a=2"]);
    r.one_line_error(1);
    assert_eq!(
        r.error_message(),
        "Error from server (AlreadyExists): configmap \"dup\" already exists"
    );
    // The failed create changed nothing.
    cm(&s, &["get", "dup", "-o", "json"])
        .success()
        .stdout_has("\"a\": \"1\"");
}

#[test]
fn aliases_reach_the_same_commands() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["cm", "create", "via-cm", "-l", "k=v"])
        .success()
        .stdout_is("Configmap `via-cm` created successfully\n");
    s.run(["configmaps", "create", "via-configmaps", "-l", "k=v"])
        .success()
        .stdout_is("Configmap `via-configmaps` created successfully\n");
    let expected = tabulate(
        &["NAME", "ITEMS"],
        &[vec!["via-cm", "1"], vec!["via-configmaps", "1"]],
    );
    for group in ["configmap", "cm", "configmaps"] {
        for list in ["list", "ls"] {
            s.run([group, list]).success().stdout_is(&expected);
        }
    }

    for (i, group) in ["secret", "secrets", "sec", "s"].iter().enumerate() {
        let name = format!("s{i}");
        s.run([group, "create", name.as_str(), "-l", "k=v"])
            .success()
            .stdout_is(&format!("Secret `{name}` created successfully\n"));
    }
    let expected = tabulate(
        &["NAME", "ITEMS"],
        &[
            vec!["s0", "1"],
            vec!["s1", "1"],
            vec!["s2", "1"],
            vec!["s3", "1"],
        ],
    );
    for group in ["secret", "secrets", "sec", "s"] {
        for list in ["list", "ls"] {
            s.run([group, list]).success().stdout_is(&expected);
        }
    }
    s.run(["s", "delete", "s3"])
        .success()
        .stdout_is("Secret deleted successfully\n");
}

#[test]
fn output_formats_follow_the_reference() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    // Empty lists: header only; json `[]`; yaml `[]` (quirk 4: not nothing).
    cm(&s, &["list"])
        .success()
        .stdout_is("NAME    ITEMS\n------  -------\n");
    cm(&s, &["list", "-o", "json"]).success().stdout_is("[]\n");
    cm(&s, &["list", "-o", "yaml"]).success().stdout_is("[]\n");

    s.file(
        "labeled.yaml",
        "name: labeled\ndata:\n  a: \"1\"\nlabels:\n  l: v\n",
    );
    cm(&s, &["create", "-f", "labeled.yaml"])
        .success()
        .stdout_is("Configmap `labeled` created successfully\n");
    cm(
        &s,
        &[
            "create",
            "get-start-configmap",
            "-l",
            "min_workers=1",
            "-l",
            "max_workers=5",
            "-l",
            "max_queue_size=2",
            "-l",
            "scale_up_step=1",
            "-l",
            "max_idle_time=60",
        ],
    )
    .success();

    let table = tabulate(
        &["NAME", "ITEMS"],
        &[vec!["get-start-configmap", "5"], vec!["labeled", "1"]],
    );
    cm(&s, &["list"]).success().stdout_is(&table);
    cm(&s, &["list", "-o", "table"]).success().stdout_is(&table);
    // A bare -o means table (docs/output.md); an unknown format falls back to table.
    cm(&s, &["list", "-o"]).success().stdout_is(&table);
    cm(&s, &["list", "-o", "xml"]).no_panic().stdout_is(&table);
    // `configmap list -o wide` as measured with the reference, verbatim.
    cm(&s, &["list", "-o", "wide"]).success().stdout_is(
        "NAME                   ITEMS  LABELS\n\
         -------------------  -------  ----------\n\
         get-start-configmap        5\n\
         labeled                    1  {'l': 'v'}\n",
    );
    // Abbreviated long option and attached value.
    cm(&s, &["list", "--out", "json"])
        .success()
        .stdout_is(&cm(&s, &["list", "-ojson"]).stdout);
    cm(&s, &["list", "-o", "json"]).success().stdout_is(
        "[\n  {\n    \"name\": \"get-start-configmap\",\n    \"data\": {\n      \"max_idle_time\": \"60\",\n      \"max_queue_size\": \"2\",\n      \"max_workers\": \"5\",\n      \"min_workers\": \"1\",\n      \"scale_up_step\": \"1\"\n    }\n  },\n  {\n    \"name\": \"labeled\",\n    \"data\": {\n      \"a\": \"1\"\n    }\n  }\n]\n",
    );
    // Lists: keys sorted at every level; labels never shown for configmaps.
    cm(&s, &["list", "-o", "yaml"]).success().stdout_is(
        "- data:\n    max_idle_time: '60'\n    max_queue_size: '2'\n    max_workers: '5'\n    min_workers: '1'\n    scale_up_step: '1'\n  name: get-start-configmap\n- data:\n    a: '1'\n  name: labeled\n",
    );
    cm(&s, &["get", "labeled", "-o", "wide"])
        .success()
        .stdout_is(&tabulate(
            &["NAME", "ITEMS", "LABELS"],
            &[vec!["labeled", "1", "{'l': 'v'}"]],
        ));
}

#[test]
fn from_file_and_env_file_sources() {
    let server = Server::start();
    let s = Sandbox::connected(&server);

    // -f: the file names itself; a matching name argument is fine too.
    s.file("f.yaml", "name: from-file\ndata:\n  k1: v1\n  k2: \"2\"\n");
    cm(&s, &["create", "-f", "f.yaml"])
        .success()
        .stdout_is("Configmap `from-file` created successfully\n");
    cm(&s, &["get", "from-file", "-o", "yaml"])
        .success()
        .stdout_is("name: from-file\ndata:\n  k1: v1\n  k2: '2'\n");
    s.file("f2.yaml", "name: from-file\ndata:\n  k3: v3\n");
    cm(&s, &["update", "from-file", "--from-file", "f2.yaml"])
        .success()
        .stdout_is("Configmap `from-file` updated successfully\n");
    cm(&s, &["get", "from-file", "-o", "json"])
        .success()
        .stdout_is("{\n  \"name\": \"from-file\",\n  \"data\": {\n    \"k3\": \"v3\"\n  }\n}\n");

    // --from-env-file: comments, blanks, `=` in values, a bare KEY read from
    // the environment; combined with --from-literal.
    s.file(
        "app.env",
        "# settings\n\nMIN=1\nURL=http://x/?a=b\n  INDENTED=yes\nFROM_ENV\nEMPTY=\n",
    );
    let mut cmd = s.everai([
        "configmap",
        "create",
        "from-env",
        "--from-env-file",
        "app.env",
        "-l",
        "extra=lit",
    ]);
    cmd.env("FROM_ENV", "env-value");
    run(cmd)
        .success()
        .stdout_is("Configmap `from-env` created successfully\n");
    cm(&s, &["get", "from-env", "-o", "json"]).success().stdout_is(
        "{\n  \"name\": \"from-env\",\n  \"data\": {\n    \"EMPTY\": \"\",\n    \"FROM_ENV\": \"env-value\",\n    \"INDENTED\": \"yes\",\n    \"MIN\": \"1\",\n    \"URL\": \"http://x/?a=b\",\n    \"extra\": \"lit\"\n  }\n}\n",
    );
}

#[test]
fn bad_yaml_names_line_and_column() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.file("bad.yaml", "name: bad\ndata:\n  a: [1, 2\n");
    let r = cm(&s, &["create", "-f", "bad.yaml"]);
    r.one_line_error(2).stderr_has("bad.yaml");
    let msg = r.error_message();
    let number_after = |word: &str| {
        msg.find(word).and_then(|i| {
            let digits: String = msg[i + word.len()..]
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit())
                .collect();
            digits.parse::<u32>().ok()
        })
    };
    let line = number_after("line").unwrap_or_else(|| panic!("no line number in {msg:?}"));
    assert!(number_after("column").is_some(), "no column in {msg:?}");
    assert!(
        (1..=4).contains(&line),
        "line {line} is outside the file: {msg:?}"
    );
    assert_absent(&s, "configmap", "bad");
}

/// Every input error is found before a request: exit 2, one line on stderr,
/// and the object does not exist afterwards.
#[test]
fn invalid_input_is_rejected_before_any_request() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    let long = "a".repeat(64);
    s.file(
        "dupkeys.yaml",
        "name: dupkeys\ndata:\n  a: \"1\"\n  a: \"2\"\n",
    );
    s.file("noname.yaml", "data:\n  a: \"1\"\n");
    s.file("other.yaml", "name: other\ndata:\n  a: \"1\"\n");
    s.file(
        "notbase64.yaml",
        "name: notbase64\ndata:\n  password: \"abc\"\n",
    );
    s.file("binary.bin", [0u8, 159, 146, 150, 255, 0, 1, 2]);
    s.file("badkey.yaml", "name: badkey\ndata:\n  \"a b\": \"1\"\n");
    let dir = s.work().join("a-directory");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let dir = dir.display().to_string();

    // (kind, args, name that must not exist afterwards, text the message has)
    #[rustfmt::skip]
    let cases: Vec<(&str, Vec<&str>, &str, &str)> = vec![
        ("configmap", vec!["create", "Bad_Name", "-l", "a=1"], "", "name"),
        ("configmap", vec!["create", &long, "-l", "a=1"], "", "name"),
        ("configmap", vec!["create", "badkey", "-l", "a b=1"], "badkey", "key"),
        ("configmap", vec!["create", "emptykey", "-l", "=v"], "emptykey", "key"),
        ("configmap", vec!["create", "badkey", "-f", "badkey.yaml"], "badkey", "key"),
        ("configmap", vec!["create", "-f", "dupkeys.yaml"], "dupkeys", "dupkeys.yaml"),
        ("configmap", vec!["create", "-f", "noname.yaml"], "", "name"),
        ("configmap", vec!["create", "mismatch", "-f", "other.yaml"], "other", "other.yaml"),
        ("configmap", vec!["create", "missing", "-f", "no-such-file.yaml"], "missing", "no-such-file.yaml"),
        ("configmap", vec!["create", "missing", "--from-env-file", "no-such.env"], "missing", "no-such.env"),
        ("configmap", vec!["create", "isdir", "-f", &dir], "isdir", "a-directory"),
        ("configmap", vec!["create", "binary", "-f", "binary.bin"], "binary", "binary.bin"),
        ("configmap", vec!["create", "nosource"], "nosource", "--from-literal"),
        ("configmap", vec!["create", "both", "-l", "a=1", "-f", "other.yaml"], "both", "both"),
        ("configmap", vec!["create", "-l", "a=1"], "", "name"),
        ("configmap", vec!["update", "Bad_Name", "-l", "a=1"], "", "name"),
        ("secret", vec!["create", "-f", "notbase64.yaml"], "notbase64", "base64"),
        ("secret", vec!["create", "Bad_Name", "-l", "a=1"], "", "name"),
    ];
    for (kind, args, absent, hint) in &cases {
        let mut argv = vec![*kind];
        argv.extend(args.iter().copied());
        let r = s.run(&argv);
        r.one_line_error(2);
        assert!(
            r.stderr.contains(hint),
            "message of {argv:?} should mention {hint:?}: {}",
            r.stderr
        );
        if !absent.is_empty() {
            assert_absent(&s, kind, absent);
        }
    }
    // Nothing at all was created.
    cm(&s, &["list", "-o", "json"]).success().stdout_is("[]\n");
    secret(&s, &["list", "-o", "json"])
        .success()
        .stdout_is("[]\n");

    // The same inputs pointed at a listener that records connections: none.
    let sentinel = Sentinel::new();
    for (kind, args, _, _) in &cases {
        let mut cmd = s.everai([*kind].iter().chain(args.iter()));
        cmd.env("EVERAI_ENDPOINT", &sentinel.endpoint);
        run(cmd).one_line_error(2);
    }
    assert_eq!(
        sentinel.connections(),
        0,
        "a rejected command connected to the endpoint"
    );
}

/// A key given twice keeps its last value, as the reference does (a later
/// `--from-literal` also overrides a `--from-env-file` entry).
#[test]
fn a_repeated_key_keeps_its_last_value() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.file("first.env", "a=0\nb=env\n");
    s.run(["configmap", "create", "dup", "-l", "a=1", "-l", "a=2"])
        .success();
    s.run([
        "configmap",
        "create",
        "dup2",
        "--from-env-file",
        "first.env",
        "-l",
        "a=3",
    ])
    .success();
    s.run(["secret", "create", "sdup", "-l", "a=1", "-l", "a=2"])
        .success();
    let data = |path: &str| {
        let (status, body) = server.http("GET", path, None);
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        v["data"].clone()
    };
    assert_eq!(
        data("/api/configmaps/v1/dup"),
        serde_json::json!({"a": "2"})
    );
    assert_eq!(
        data("/api/configmaps/v1/dup2"),
        serde_json::json!({"a": "3", "b": "env"})
    );
    assert_eq!(
        data("/api/secrets/v1/sdup"),
        serde_json::json!({"a": "Mg=="})
    );
}

/// The reference's rule for `-f` files: "every data value must be a YAML string (`k2: 2`
/// fails with a validation error naming `data.k2`); quote numbers".
#[test]
fn non_string_yaml_values_are_rejected() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.file(
        "nonstring.yaml",
        "name: nonstring\ndata:\n  k1: \"1\"\n  k2: 2\n",
    );
    cm(&s, &["create", "-f", "nonstring.yaml"])
        .one_line_error(2)
        .stderr_has("k2");
    assert_absent(&s, "configmap", "nonstring");
}

#[test]
fn dry_run_prints_the_object_and_sends_nothing() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    cm(
        &s,
        &[
            "create",
            "dry",
            "-l",
            "a=1",
            "-l",
            "b=two",
            "--dry-run",
            "-o",
            "yaml",
        ],
    )
    .success()
    .stdout_is("name: dry\ndata:\n  a: '1'\n  b: two\n");
    cm(
        &s,
        &["create", "dry", "-l", "a=1", "--dry-run", "-o", "json"],
    )
    .success()
    .stdout_is("{\n  \"name\": \"dry\",\n  \"data\": {\n    \"a\": \"1\"\n  }\n}\n");
    cm(
        &s,
        &["update", "dry", "-l", "a=1", "--dry-run", "-o", "yaml"],
    )
    .success()
    .stdout_is("name: dry\ndata:\n  a: '1'\n");
    // Secrets show the wire form: base64.
    secret(
        &s,
        &[
            "create",
            "sdry",
            "-l",
            "user=alice",
            "--dry-run",
            "-o",
            "json",
        ],
    )
    .success()
    .stdout_is("{\n  \"name\": \"sdry\",\n  \"data\": {\n    \"user\": \"YWxpY2U=\"\n  }\n}\n")
    .nowhere("alice");
    assert_absent(&s, "configmap", "dry");
    assert_absent(&s, "secret", "sdry");

    // Against a connection-recording listener, without even a token.
    let sentinel = Sentinel::new();
    let mut quiet = Sandbox::new();
    quiet.set("EVERAI_ENDPOINT", &sentinel.endpoint);
    quiet
        .run([
            "cm",
            "create",
            "dry",
            "-l",
            "a=1",
            "--dry-run",
            "-o",
            "yaml",
        ])
        .success()
        .stdout_is("name: dry\ndata:\n  a: '1'\n");
    assert_eq!(
        sentinel.connections(),
        0,
        "--dry-run connected to the endpoint"
    );
}

#[test]
fn secrets_travel_base64_and_tables_never_show_values() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    secret(
        &s,
        &[
            "create",
            "creds",
            "-l",
            "user=alice",
            "-l",
            "pass=s3cr3t-plain",
        ],
    )
    .success()
    .stdout_is("Secret `creds` created successfully\n");
    let table = tabulate(&["NAME", "ITEMS"], &[vec!["creds", "2"]]);
    for args in [
        vec!["list"],
        vec!["list", "-o", "wide"],
        vec!["get", "creds"],
        vec!["get", "creds", "-o", "wide"],
    ] {
        let r = secret(&s, &args);
        r.success()
            .nowhere("s3cr3t-plain")
            .nowhere("czNjcjN0LXBsYWlu")
            .nowhere("alice");
        if !args.contains(&"wide") {
            r.stdout_is(&table);
        }
    }
    secret(&s, &["get", "creds", "-o", "json"]).success().stdout_is(
        "{\n  \"name\": \"creds\",\n  \"data\": {\n    \"pass\": \"czNjcjN0LXBsYWlu\",\n    \"user\": \"YWxpY2U=\"\n  }\n}\n",
    );
    secret(&s, &["get", "creds", "-o", "yaml"])
        .success()
        .stdout_is("name: creds\ndata:\n  pass: czNjcjN0LXBsYWlu\n  user: YWxpY2U=\n");

    // On the wire: base64 values, exactly.
    let (status, body) = http(
        &server.endpoint,
        "GET",
        "/api/secrets/v1/creds",
        Some(&format!("Bearer {}", server.token)),
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"pass\":\"czNjcjN0LXBsYWlu\""), "{body}");
    assert!(body.contains("\"user\":\"YWxpY2U=\""), "{body}");
    assert!(!body.contains("s3cr3t-plain"), "{body}");

    // A file holds base64 already; labels show in json when non-empty.
    s.file(
        "s.yaml",
        "name: from-file\ndata:\n  password: YmFyCg==\nlabels:\n  team: ml\n",
    );
    secret(&s, &["create", "-f", "s.yaml"])
        .success()
        .stdout_is("Secret `from-file` created successfully\n");
    secret(&s, &["get", "from-file", "-o", "json"]).success().stdout_is(
        "{\n  \"name\": \"from-file\",\n  \"data\": {\n    \"password\": \"YmFyCg==\"\n  },\n  \"labels\": {\n    \"team\": \"ml\"\n  }\n}\n",
    );
    secret(&s, &["list", "-o", "wide"])
        .success()
        .stdout_is(&tabulate(
            &["NAME", "ITEMS", "LABELS"],
            &[
                vec!["creds", "2", ""],
                vec!["from-file", "1", "{'team': 'ml'}"],
            ],
        ));

    secret(&s, &["update", "creds", "-l", "token=xyz"])
        .success()
        .stdout_is("Secret `creds` updated successfully\n");
    secret(&s, &["get", "creds", "-o", "json"])
        .success()
        .stdout_is("{\n  \"name\": \"creds\",\n  \"data\": {\n    \"token\": \"eHl6\"\n  }\n}\n");
    secret(&s, &["delete", "creds"])
        .success()
        .stdout_is("Secret deleted successfully\n");
    assert_absent(&s, "secret", "creds");
}

#[test]
fn size_and_name_limits_give_clear_errors() {
    let server = Server::start();
    let s = Sandbox::connected(&server);

    // A name of 64 characters: the CLI refuses it (exit 2) ...
    let long = "n".repeat(64);
    cm(&s, &["create", &long, "-l", "a=1"])
        .one_line_error(2)
        .stderr_has("63");
    // ... and so does the server, for clients that do not check.
    let (status, body) = http(
        &server.endpoint,
        "PUT",
        &format!("/api/configmaps/v1/{long}"),
        Some(&format!("Bearer {}", server.token)),
        Some(br#"{"data":{"a":"1"}}"#),
    );
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("\"code\":3") && body.contains("name"),
        "{body}"
    );
    // 63 is fine.
    cm(&s, &["create", &"n".repeat(63), "-l", "a=1"]).success();

    // Just over 1 MiB of data: a 4xx from the server, named and explained.
    let mut big = String::from("big=");
    big.push_str(&"x".repeat(1024 * 1024));
    big.push('\n');
    s.file("big.env", &big);
    let r = cm(&s, &["create", "big", "--from-env-file", "big.env"]);
    r.one_line_error(1)
        .stderr_has("Error from server (BadRequest)")
        .stderr_has("\"big\"")
        .stderr_has("1 MiB");
    assert_absent(&s, "configmap", "big");
    // Just under the limit is accepted.
    let mut fits = String::from("fits=");
    fits.push_str(&"x".repeat(1024 * 1024 - 4 - 8));
    fits.push('\n');
    s.file("fits.env", &fits);
    cm(&s, &["create", "fits", "--from-env-file", "fits.env"])
        .success()
        .stdout_is("Configmap `fits` created successfully\n");
}

#[test]
fn ever_is_the_same_program() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    let mut cmd = s.command(EVER);
    cmd.args(GET_START_CONFIGMAP);
    run(cmd)
        .success()
        .stdout_is("Configmap `get-start-configmap` created successfully\n");
    let mut cmd = s.command(EVER);
    cmd.args(["cm", "ls"]);
    run(cmd).success().stdout_is(&tabulate(
        &["NAME", "ITEMS"],
        &[vec!["get-start-configmap", "5"]],
    ));
    let mut cmd = s.command(EVER);
    cmd.args(["configmap", "--help"]);
    run(cmd).success().stdout_has("ever configmap");
}
