//! The token in the system keyring, against a REAL Secret Service: each test
//! starts a private D-Bus session (`dbus-run-session`) with gnome-keyring's
//! secrets component unlocked, points the CLI at that bus, and checks with
//! libsecret's `secret-tool` what was stored (service `everai`, user `token`).
//!
//! Needs `dbus-run-session`, `dbus-send`, `gnome-keyring-daemon` and
//! `secret-tool` (Debian: dbus, gnome-keyring, libsecret-tools); when they
//! are missing the tests FAIL and say to run `scripts/test.sh`, which
//! installs them.

mod common;

use common::*;
use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const TOOLS: [&str; 4] = [
    "dbus-run-session",
    "dbus-send",
    "gnome-keyring-daemon",
    "secret-tool",
];

/// Inside the session: unlock a fresh login keyring (its password only
/// guards this throw-away keyring), wait until the Secret Service owns its
/// bus name, print the bus address, then live until our stdin closes.
const SESSION_SCRIPT: &str = r#"
printf 'everai-test-unlock' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
  || { echo "gnome-keyring-daemon --unlock failed" >&2; exit 97; }
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
  i=$((i+1))
  if [ "$i" -gt 400 ]; then echo "org.freedesktop.secrets never appeared on the bus" >&2; exit 98; fi
  sleep 0.05
done
echo "$DBUS_SESSION_BUS_ADDRESS"
exec cat >/dev/null
"#;

fn require_tools() {
    let path = std::env::var("PATH").unwrap_or_default();
    let missing: Vec<&str> = TOOLS
        .iter()
        .copied()
        .filter(|tool| !std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
        .collect();
    assert!(
        missing.is_empty(),
        "the keyring tests need {missing:?} on PATH (Debian packages: dbus, gnome-keyring, \
         libsecret-tools); run `scripts/test.sh`, which installs them, or \
         `apt-get install gnome-keyring dbus libsecret-tools`"
    );
}

/// A private session bus with an unlocked gnome-keyring; ends when dropped.
struct KeyringSession {
    child: Child,
    stdin: Option<ChildStdin>,
    bus: String,
}

impl KeyringSession {
    fn start(sandbox: &Sandbox) -> KeyringSession {
        require_tools();
        let mut cmd = sandbox.command("dbus-run-session");
        cmd.args(["--", "sh", "-c", SESSION_SCRIPT])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start dbus-run-session");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout");
        let mut stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let err = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
            s
        });
        let bus = rx
            .recv_timeout(SERVER_DEADLINE)
            .ok()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty());
        let Some(bus) = bus else {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "no Secret Service session came up; stderr:\n{}",
                err.join().unwrap_or_default()
            );
        };
        KeyringSession { child, stdin, bus }
    }

    /// `sandbox` with the keyring enabled and this session's bus.
    fn enter(&self, sandbox: &mut Sandbox) {
        sandbox
            .unset("EVERAI_NO_KEYRING")
            .set("DBUS_SESSION_BUS_ADDRESS", &self.bus);
    }

    /// What the Secret Service holds for the CLI's entry, if anything.
    fn lookup(&self, sandbox: &Sandbox) -> Option<String> {
        let mut cmd = sandbox.command("secret-tool");
        cmd.args(["lookup", "service", "everai", "username", "token"])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus);
        let r = run(cmd);
        (r.code() == 0 && !r.stdout.is_empty()).then(|| r.stdout.clone())
    }
}

impl Drop for KeyringSession {
    fn drop(&mut self) {
        drop(self.stdin.take()); // `cat` ends, and with it the session.
        if wait_deadline(&mut self.child, Duration::from_secs(10)).is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn login_stores_the_token_in_the_secret_service_and_logout_removes_it() {
    let server = Server::start();
    let mut s = Sandbox::new();
    s.set("EVERAI_ENDPOINT", &server.endpoint);
    let session = KeyringSession::start(&s);
    session.enter(&mut s);

    s.run(["login", "--token", &server.token])
        .success()
        .stdout_is("Login successful!\n")
        .stderr_is("");
    assert!(
        !s.token_file().exists(),
        "a token file was written although the keyring works"
    );
    assert_eq!(session.lookup(&s).as_deref(), Some(server.token.as_str()));
    s.run(["config"])
        .success()
        .stdout_has("TOKEN_SOURCE system keyring\n")
        .nowhere(&server.token);

    s.run(["configmap", "create", "via-keyring", "-l", "a=1"])
        .success()
        .stdout_is("Configmap `via-keyring` created successfully\n");
    s.run(["configmap", "get", "via-keyring", "-o", "json"])
        .success();

    s.run(["logout"]).success().stdout_is("Logout successful\n");
    assert_eq!(session.lookup(&s), None, "logout left the keyring entry");
    s.run(["configmap", "list"]).one_line_error(4);
    s.run(["logout"])
        .success()
        .stdout_is("No login\nLogout successful\n");
}

#[test]
fn insecure_storage_and_no_keyring_bypass_a_working_keyring() {
    let mut s = Sandbox::new();
    let session = KeyringSession::start(&s);
    session.enter(&mut s);

    s.run(["login", "--token", "file-token", "--insecure-storage"])
        .success()
        .stdout_is("Login successful!\n");
    assert_eq!(mode(&s.token_file()), 0o600);
    assert_eq!(
        session.lookup(&s),
        None,
        "--insecure-storage wrote to the keyring"
    );
    s.run(["config"])
        .success()
        .stdout_has(&format!("TOKEN_SOURCE file {}\n", s.token_file().display()));

    // A keyring login replaces the file, so that a later logout is complete.
    s.run(["login", "--token", "keyring-token"]).success();
    assert_eq!(session.lookup(&s).as_deref(), Some("keyring-token"));
    assert!(!s.token_file().exists(), "stale token file left behind");
    s.run(["logout"]).success().stdout_is("Logout successful\n");
    assert_eq!(session.lookup(&s), None);

    // EVERAI_NO_KEYRING=1 keeps the CLI off the keyring even when it works.
    s.set("EVERAI_NO_KEYRING", "1");
    let r = s.run(["login", "--token", "disabled-token"]);
    r.success().stderr_has("EVERAI_NO_KEYRING");
    assert_eq!(session.lookup(&s), None);
    assert_eq!(
        std::fs::read_to_string(s.token_file()).expect("token file"),
        "disabled-token"
    );
    assert_eq!(mode(&s.token_file()), 0o600);
}

#[test]
fn the_server_login_goes_to_the_keyring() {
    let mut s = Sandbox::new();
    let session = KeyringSession::start(&s);
    session.enter(&mut s);
    let server = Server::start_with(ServerOptions {
        no_login: false,
        sandbox: Some(&s),
        ..Default::default()
    });
    let stored = poll(SERVER_DEADLINE, "the server's token in the keyring", || {
        session.lookup(&s)
    });
    assert_eq!(stored, server.token);
    assert!(
        !s.token_file().exists(),
        "token file written although the keyring works"
    );
    s.run(["configmap", "list"])
        .success()
        .stdout_is(&tabulate(&["NAME", "ITEMS"], &[]));
}

#[test]
fn without_a_keyring_the_token_falls_back_to_a_private_file() {
    // No session bus at all: DBUS_SESSION_BUS_ADDRESS unset and an empty
    // XDG_RUNTIME_DIR; the keyring is not disabled by configuration.
    let mut s = Sandbox::new();
    s.unset("EVERAI_NO_KEYRING");
    let started = Instant::now();
    let r = s.run(["login", "--token", "fallback-token"]);
    r.success()
        .stdout_is("Login successful!\n")
        .stderr_has("no system keyring available")
        .stderr_has(&s.token_file().display().to_string())
        .nowhere("fallback-token");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "login waited {:?} for an absent keyring",
        started.elapsed()
    );
    assert_eq!(mode(&s.token_file()), 0o600);
    assert_eq!(
        std::fs::read_to_string(s.token_file()).expect("token file"),
        "fallback-token"
    );
    s.run(["config"])
        .success()
        .stdout_has(&format!("TOKEN_SOURCE file {}\n", s.token_file().display()));
    s.run(["logout"]).success().stdout_is("Logout successful\n");
    assert!(!s.token_file().exists());

    // A bus address that leads nowhere behaves the same.
    s.set(
        "DBUS_SESSION_BUS_ADDRESS",
        &format!("unix:path={}/no-bus", s.root().display()),
    );
    s.run(["login", "--token", "fallback-2"])
        .success()
        .stderr_has("no system keyring available");
    assert_eq!(mode(&s.token_file()), 0o600);
}
