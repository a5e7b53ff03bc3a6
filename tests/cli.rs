//! The CLI around the objects: login, logout, config, configuration
//! resolution, namespaces, exit codes, and robustness on odd input.
//! (The keyring path is in tests/keyring.rs; here the keyring is disabled.)

mod common;

use common::*;

/// `YYYY-MM-DDTHH:MM:SS+0000` (docs/output.md).
fn is_cli_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 24
        && s.ends_with("+0000")
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b.iter()
            .enumerate()
            .filter(|(i, _)| ![4, 7, 10, 13, 16, 19].contains(i))
            .all(|(_, c)| c.is_ascii_digit())
}

// ---------------------------------------------------------------------------
// login / logout / config

#[test]
fn login_writes_a_private_token_file_and_config_never_shows_it() {
    let s = Sandbox::new();
    let token = "tok-secret-9f8e7d";
    let r = s.run(["login", "--token", token]);
    r.success().stdout_is("Login successful!\n").nowhere(token);
    // No keyring here: the CLI says where the token went.
    r.stderr_has(&s.token_file().display().to_string());
    assert_eq!(mode(&s.token_file()), 0o600, "token file mode");
    assert_eq!(
        std::fs::read_to_string(s.token_file()).expect("token file"),
        token
    );

    let home = s.everai_home().display().to_string();
    s.run(["config"])
        .success()
        .stdout_is(&format!(
            "EVERAI_HOME {home}\nEVERAI_ENDPOINT https://everai.expvent.com\nEVERAI_VOLUME_ROOT {home}/volumes\n\
             ENDPOINT_SOURCE default\nTOKEN_SOURCE file {home}/token\n"
        ))
        .nowhere(token);

    // Logging in again replaces the token; the file stays private.
    s.run(["login", "--token", "second-token"]).success();
    assert_eq!(
        std::fs::read_to_string(s.token_file()).expect("token"),
        "second-token"
    );
    assert_eq!(mode(&s.token_file()), 0o600);

    // EVERAI_TOKEN takes precedence and is not printed either.
    let mut cmd = s.everai(["config"]);
    cmd.env("EVERAI_TOKEN", "env-token-123");
    run(cmd)
        .success()
        .stdout_has("TOKEN_SOURCE environment variable EVERAI_TOKEN\n")
        .nowhere("env-token-123")
        .nowhere("second-token");
}

#[test]
fn login_reads_the_token_from_stdin_and_commands_use_it() {
    let server = Server::start();
    let mut s = Sandbox::new();
    s.set("EVERAI_ENDPOINT", &server.endpoint);
    s.run_stdin(["login", "--token", "-"], &format!("{}\n", server.token))
        .success()
        .stdout_is("Login successful!\n");
    assert_eq!(
        std::fs::read_to_string(s.token_file())
            .expect("token file")
            .trim(),
        server.token
    );
    assert_eq!(mode(&s.token_file()), 0o600);
    s.run(["configmap", "create", "after-login", "-l", "a=1"])
        .success()
        .stdout_is("Configmap `after-login` created successfully\n");
    // An empty token is refused.
    s.run_stdin(["login", "--token", "-"], " \n")
        .one_line_error(2);
    s.run(["login", "--token", ""]).one_line_error(2);
    s.run(["login"]).exit(2).stderr_has("--token");
}

#[test]
fn login_endpoint_is_used_by_later_commands() {
    let server = Server::start();
    let s = Sandbox::new(); // no EVERAI_ENDPOINT, no EVERAI_TOKEN
    s.run([
        "login",
        "--token",
        &server.token,
        "--endpoint",
        &format!("{}/", server.endpoint),
    ])
    .success()
    .stdout_is("Login successful!\n");
    s.run(["configmap", "create", "via-stored-endpoint", "-l", "a=1"])
        .success()
        .stdout_is("Configmap `via-stored-endpoint` created successfully\n");
    s.run(["config"])
        .success()
        .stdout_has(&format!("EVERAI_ENDPOINT {}\n", server.endpoint))
        .stdout_has("ENDPOINT_SOURCE stored at login\n")
        .nowhere(&server.token);
    // EVERAI_ENDPOINT still wins over the stored one.
    let dead = dead_endpoint();
    let mut cmd = s.everai(["configmap", "list"]);
    cmd.env("EVERAI_ENDPOINT", &dead);
    run(cmd).one_line_error(1).stderr_has(&dead);
    // A malformed endpoint is a usage error and changes nothing.
    s.run(["login", "--token", "x", "--endpoint", "ftp://nowhere"])
        .one_line_error(2)
        .stderr_has("ftp://nowhere");
    s.run(["configmap", "list"]).success();

    // logout forgets both the token and the endpoint.
    s.run(["logout"]).success().stdout_is("Logout successful\n");
    assert!(!s.token_file().exists(), "token file left behind");
    s.run(["config"])
        .success()
        .stdout_has("EVERAI_ENDPOINT https://everai.expvent.com\n");
    s.run(["configmap", "list"]).one_line_error(4);
}

#[test]
fn insecure_storage_writes_the_file_without_trying_a_keyring() {
    let s = Sandbox::new();
    let r = s.run(["login", "--token", "tok-insecure", "--insecure-storage"]);
    r.success().stdout_is("Login successful!\n");
    assert!(
        !r.stderr.contains("keyring"),
        "no keyring warning expected: {}",
        r.stderr
    );
    assert_eq!(mode(&s.token_file()), 0o600);
    assert_eq!(
        std::fs::read_to_string(s.token_file()).expect("token"),
        "tok-insecure"
    );
}

#[test]
fn logout_follows_the_reference() {
    let s = Sandbox::new();
    s.run(["logout"])
        .success()
        .stdout_is("No login\nLogout successful\n");
    s.run(["login", "--token", "abc"]).success();
    s.run(["logout"]).success().stdout_is("Logout successful\n");
    assert!(!s.token_file().exists());
    // EVERAI_TOKEN keeps the user logged in: the file goes, the command fails
    // and says why.
    s.run(["login", "--token", "abc"]).success();
    let mut cmd = s.everai(["logout"]);
    cmd.env("EVERAI_TOKEN", "from-env");
    let r = run(cmd);
    r.one_line_error(1)
        .stderr_has("EVERAI_TOKEN")
        .nowhere("from-env");
    assert!(!s.token_file().exists());
}

#[test]
fn exit_4_when_not_logged_in_or_the_token_is_rejected() {
    let server = Server::start();
    let mut s = Sandbox::new();
    s.set("EVERAI_ENDPOINT", &server.endpoint);
    let r = s.run(["configmap", "list"]);
    r.one_line_error(4)
        .stderr_has("not logged in")
        .stderr_has("login");
    s.run(["secret", "get", "x"]).one_line_error(4);
    s.run(["namespace", "list"]).one_line_error(4);

    s.set("EVERAI_TOKEN", "wrong-token");
    let r = s.run(["configmap", "list"]);
    r.one_line_error(4)
        .stderr_has("Unauthorized")
        .nowhere("wrong-token");
    s.run(["configmap", "create", "x", "-l", "a=1"])
        .one_line_error(4);

    // A rejected stored token too.
    s.unset("EVERAI_TOKEN");
    s.run(["login", "--token", "stale"]).success();
    s.run(["cm", "ls"])
        .one_line_error(4)
        .stderr_has("Unauthorized");
}

#[test]
fn connection_refused_names_the_endpoint() {
    let dead = dead_endpoint();
    let mut s = Sandbox::new();
    s.set("EVERAI_ENDPOINT", &dead).set("EVERAI_TOKEN", "t");
    for args in [
        vec!["configmap", "list"],
        vec!["secret", "create", "x", "-l", "a=1"],
        vec!["namespace", "get"],
    ] {
        s.run(&args).one_line_error(1).stderr_has(&dead);
    }
}

#[test]
fn dotenv_in_the_working_directory_is_loaded_but_the_environment_wins() {
    let server = Server::start();
    let s = Sandbox::new();
    s.file(
        ".env",
        format!(
            "# local settings\nEVERAI_ENDPOINT={}\nexport EVERAI_TOKEN=\"{}\"\n",
            server.endpoint, server.token
        ),
    );
    s.run(["configmap", "create", "from-dotenv", "-l", "a=1"])
        .success()
        .stdout_is("Configmap `from-dotenv` created successfully\n");
    s.run(["config"])
        .success()
        .stdout_has(&format!("EVERAI_ENDPOINT {}\n", server.endpoint))
        .stdout_has("ENDPOINT_SOURCE environment\n");
    let dead = dead_endpoint();
    let mut cmd = s.everai(["configmap", "list"]);
    cmd.env("EVERAI_ENDPOINT", &dead);
    run(cmd).one_line_error(1).stderr_has(&dead);
}

#[test]
fn everai_home_expands_tilde_and_volume_root_follows_it() {
    let mut s = Sandbox::new();
    s.set("EVERAI_HOME", "~/custom-home");
    let home = format!("{}/custom-home", s.var("HOME").expect("HOME"));
    s.run(["config"])
        .success()
        .stdout_has(&format!("EVERAI_HOME {home}\n"))
        .stdout_has(&format!("EVERAI_VOLUME_ROOT {home}/volumes\n"));
    s.set("EVERAI_VOLUME_ROOT", "/srv/vols");
    s.run(["config"])
        .success()
        .stdout_has("EVERAI_VOLUME_ROOT /srv/vols\n");
    // Unset: the reference's default under XDG_CACHE_HOME.
    s.unset("EVERAI_HOME").unset("EVERAI_VOLUME_ROOT");
    let cache = s.var("XDG_CACHE_HOME").expect("XDG_CACHE_HOME").to_string();
    s.run(["config"])
        .success()
        .stdout_has(&format!("EVERAI_HOME {cache}/everai\n"));
}

// ---------------------------------------------------------------------------
// namespaces

#[test]
fn namespaces_create_list_get_delete() {
    let server = Server::start();
    let s = Sandbox::connected(&server);

    let r = s.run(["namespace", "list"]);
    r.success();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert_eq!(lines[0], "NAME     CREATED_AT");
    assert_eq!(lines[1], "-------  ------------------------");
    let ts = lines[2].strip_prefix("default  ").expect("default row");
    assert!(is_cli_timestamp(ts), "created_at {ts:?}");

    s.run(["namespace", "create", "prod"])
        .success()
        .stdout_is("Namespace prod successfully created\n");
    let r = s.run(["ns", "ls"]);
    r.success();
    assert_eq!(table_names(&r.stdout), ["default", "prod"]);
    s.run(["namespaces", "list"]).success().stdout_is(&r.stdout);

    let r = s.run(["namespace", "get", "prod", "-o", "json"]);
    r.success();
    let created = r
        .stdout
        .strip_prefix("{\n  \"name\": \"prod\",\n  \"created_at\": \"")
        .and_then(|rest| rest.strip_suffix("\"\n}\n"))
        .unwrap_or_else(|| panic!("namespace get -o json: {:?}", r.stdout));
    assert!(is_cli_timestamp(created), "{created:?}");
    s.run(["namespace", "get", "prod", "-o", "yaml"])
        .success()
        .stdout_is(&format!("name: prod\ncreated_at: {created}\n"));
    s.run(["namespace", "get", "prod"])
        .success()
        .stdout_is(&tabulate(&["NAME", "CREATED_AT"], &[vec!["prod", created]]));
    // `get` with no name is `default`.
    let r = s.run(["namespace", "get"]);
    r.success();
    assert_eq!(table_names(&r.stdout), ["default"]);

    // The default exists already and cannot be deleted.
    s.run(["namespace", "create"])
        .one_line_error(1)
        .stderr_has("Error from server (AlreadyExists): namespace \"default\" already exists");
    s.run(["namespace", "delete", "default"])
        .one_line_error(1)
        .stderr_has("\"default\"");
    s.run(["namespace", "delete", "prod"])
        .success()
        .stdout_is("");
    let r = s.run(["namespace", "get", "prod"]);
    r.one_line_error(1);
    assert_eq!(
        r.error_message(),
        "Error from server (NotFound): namespace \"prod\" not found"
    );
    s.run(["namespace", "delete", "prod"]).one_line_error(1);
    s.run(["namespace", "create", "Not_Valid"])
        .one_line_error(2);
    let r = s.run(["namespace", "list", "-o", "json"]);
    r.success();
    assert!(
        r.stdout
            .starts_with("[\n  {\n    \"name\": \"default\",\n    \"created_at\": \"")
            && r.stdout.ends_with("\"\n  }\n]\n")
            && !r.stdout.contains("prod"),
        "{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------
// exit codes and usage

#[test]
fn usage_help_and_version() {
    let s = Sandbox::new();
    s.run(["version"]).success().stdout_is("0.2.41\n");
    s.run(["--help"]).success().stdout_has("Usage: everai");
    // No subcommand: the help, exit 1 (as the reference).
    let r = s.run(Vec::<&str>::new());
    r.exit(1).stdout_has("Usage: everai");
    // A group without a subcommand prints its help, exit 0.
    s.run(["configmap"])
        .success()
        .stdout_has("Usage: everai configmap");
    s.run(["secret"])
        .success()
        .stdout_has("Usage: everai secret");
    s.run(["ns"])
        .success()
        .stdout_has("Usage: everai namespace");
    s.run(["configmap", "create", "--help"])
        .success()
        .stdout_has("--from-literal");

    for args in [
        vec!["no-such-command"],
        vec!["configmap", "frobnicate"],
        vec!["configmap", "get"],
        vec!["configmap", "list", "-v"],
        vec!["configmap", "list", "--no-such-flag"],
        vec!["namespace", "delete"],
        vec!["login"],
        vec!["completion", "tcsh"],
        vec!["server", "--listen", "not-an-address"],
    ] {
        s.run(&args).one_line_error(2).stderr_has("--help");
    }
}

#[test]
fn verbose_is_accepted_before_the_command() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["-v", "configmap", "list"])
        .success()
        .stdout_is(&tabulate(&["NAME", "ITEMS"], &[]));
}

#[test]
fn completion_prints_a_script_for_each_shell() {
    let s = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = s.run(["completion", shell]);
        r.success().stdout_has("everai");
        assert!(r.stdout.len() > 500, "{shell} script is too short");
    }
    let mut cmd = s.command(EVER);
    cmd.args(["completion", "bash"]);
    run(cmd).success().stdout_has("_ever()");
}

/// Garbage never panics: every run ends with a normal exit code and, when it
/// fails, with a message.
#[test]
fn odd_input_never_panics() {
    use std::os::unix::ffi::OsStrExt;
    let server = Server::start();
    let s = Sandbox::connected(&server);
    let huge = "x".repeat(100_000);
    let binary = std::fs::read(EVERAI).expect("read the binary");
    s.file("garbage.bin", &binary[..binary.len().min(64 * 1024)]);
    s.file("empty.yaml", "");
    s.file("list.yaml", "- a\n- b\n");
    s.file("nulls.env", "A=\0\0\nB\0=1\n");
    s.file("weird.yaml", "name: weird\ndata: {a: !!binary aGVsbG8=}\n");
    let argvs: Vec<Vec<&str>> = vec![
        vec!["-o"],
        vec!["--"],
        vec!["-", "-"],
        vec!["configmap", "create", "--from-literal"],
        vec![
            "configmap",
            "create",
            "x",
            "--from-literal",
            "=",
            "-l",
            "==",
        ],
        vec!["configmap", "create", "x", "-f", "garbage.bin"],
        vec!["configmap", "create", "x", "--from-env-file", "garbage.bin"],
        vec!["configmap", "create", "x", "-f", "empty.yaml"],
        vec!["configmap", "create", "x", "-f", "list.yaml"],
        vec!["configmap", "create", "x", "--from-env-file", "nulls.env"],
        vec!["configmap", "create", "-f", "weird.yaml"],
        vec!["secret", "create", "x", "-f", "/dev/null"],
        vec!["configmap", "get", ""],
        vec!["configmap", "get", "../../../etc/passwd"],
        vec!["configmap", "get", "a/b?c#d%00"],
        vec!["configmap", "get", "日本語"],
        vec!["configmap", "get", &huge],
        vec!["configmap", "create", &huge, "-l", "a=1"],
        vec!["configmap", "create", "x", "-l", &huge],
        vec!["configmap", "list", "-o", &huge],
        vec!["namespace", "get", "%2F"],
        vec!["namespace", "create", "-"],
        vec!["login", "--token", &huge, "--endpoint", "http://"],
        vec!["completion", ""],
    ];
    for args in &argvs {
        let r = s.run(args);
        r.no_panic();
        let code = r.code();
        assert!(
            [0, 1, 2].contains(&code),
            "`{}` exited {code}\n{}",
            r.line,
            r.stderr
        );
        if code != 0 {
            assert!(
                !(r.stderr.trim().is_empty() && r.stdout.trim().is_empty()),
                "`{}` failed silently",
                r.line
            );
        }
    }
    // Arguments that are not UTF-8.
    let mut cmd = s.everai(["configmap", "get"]);
    cmd.arg(std::ffi::OsStr::from_bytes(b"\xff\xfe"));
    let r = run(cmd);
    r.no_panic();
    assert!(r.code() != 0 && !r.stderr.is_empty());
    let mut cmd = s.everai(["configmap", "create", "x", "-l"]);
    cmd.arg(std::ffi::OsStr::from_bytes(b"k=\xff"));
    run(cmd).no_panic();
}
