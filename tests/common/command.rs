//! Running a command to completion with a deadline, and [`Run`], the
//! finished command with the checks the CLI promises.

use super::COMMAND_DEADLINE;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A finished command: exit code, captured output, and the command line for
/// messages.
#[derive(Debug, Clone)]
pub struct Run {
    pub line: String,
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: Command) -> Run {
    run_with_input(cmd, None)
}

/// Spawns `cmd`, feeds `input`, collects stdout/stderr on helper threads, and
/// kills it (failing the test) if it outlives [`COMMAND_DEADLINE`].
pub fn run_with_input(mut cmd: Command, input: Option<&[u8]>) -> Run {
    let line = describe(&cmd);
    if input.is_some() {
        cmd.stdin(Stdio::piped());
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start `{line}`: {e}"));
    if let Some(input) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    let out = reader(child.stdout.take().expect("stdout"));
    let err = reader(child.stderr.take().expect("stderr"));
    let Some(status) = wait_deadline(&mut child, COMMAND_DEADLINE) else {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "`{line}` did not finish within {COMMAND_DEADLINE:?}\nstdout: {}\nstderr: {}",
            out.join().unwrap_or_default(),
            err.join().unwrap_or_default()
        )
    };
    Run {
        line,
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
    }
}

fn reader(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Everything `from` yields, read on a thread, as far as it has come.
pub fn collect(mut from: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let sink = text.clone();
    std::thread::spawn(move || {
        let mut chunk = [0u8; 4096];
        while let Ok(n) = from.read(&mut chunk) {
            if n == 0 {
                break;
            }
            sink.lock()
                .expect("lock")
                .push_str(&String::from_utf8_lossy(&chunk[..n]));
        }
    });
    text
}

/// Waits for `child` to exit, polling, until `deadline`.
pub fn wait_deadline(child: &mut Child, deadline: Duration) -> Option<ExitStatus> {
    let end = Instant::now() + deadline;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < end => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) => return None,
            Err(e) => panic!("wait: {e}"),
        }
    }
}

fn describe(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program())
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut parts = vec![program];
    for arg in cmd.get_args() {
        let a = arg.to_string_lossy();
        parts.push(if a.len() > 80 {
            format!(
                "{}...",
                &a[..a.char_indices().nth(77).map_or(a.len(), |(i, _)| i)]
            )
        } else {
            a.into_owned()
        });
    }
    parts.join(" ")
}

impl Run {
    /// The exit code; fails the test when a signal ended the process.
    #[track_caller]
    pub fn code(&self) -> i32 {
        match self.status.code() {
            Some(c) => c,
            None => panic!(
                "`{}` was killed by a signal ({:?}){}",
                self.line,
                self.status,
                self.dump()
            ),
        }
    }

    fn dump(&self) -> String {
        format!(
            "\n--- stdout ---\n{}--- stderr ---\n{}",
            self.stdout, self.stderr
        )
    }

    /// No panic, no backtrace, not killed by a signal, exit code not 101.
    #[track_caller]
    pub fn no_panic(&self) -> &Self {
        let code = self.code();
        assert!(
            code != 101
                && !self.stderr.contains("panicked")
                && !self.stderr.contains("RUST_BACKTRACE")
                && !self.stderr.contains("stack backtrace"),
            "`{}` panicked (exit {code}){}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn success(&self) -> &Self {
        self.no_panic();
        assert_eq!(self.code(), 0, "`{}` failed{}", self.line, self.dump());
        self
    }

    #[track_caller]
    pub fn exit(&self, expected: i32) -> &Self {
        self.no_panic();
        assert_eq!(
            self.code(),
            expected,
            "exit code of `{}`{}",
            self.line,
            self.dump()
        );
        self
    }

    /// A failure reported the way the CLI promises: exit `code`, nothing on
    /// stdout, exactly one line on stderr.
    #[track_caller]
    pub fn one_line_error(&self, code: i32) -> &Self {
        self.exit(code);
        assert_eq!(
            self.stdout,
            "",
            "`{}` printed on stdout{}",
            self.line,
            self.dump()
        );
        assert_eq!(
            self.stderr.lines().count(),
            1,
            "`{}` must print exactly one line on stderr{}",
            self.line,
            self.dump()
        );
        assert!(self.stderr.ends_with('\n'), "stderr ends with a newline");
        self
    }

    /// Exit 0, for the reference client, which reports errors on stdout
    /// with exit 0 (so callers check stdout too).
    #[track_caller]
    pub fn reference_exit0(&self) -> &Self {
        assert_eq!(self.code(), 0, "reference `{}`{}", self.line, self.dump());
        self
    }

    /// Exit 0 and exactly `expected` on stdout: how a reference command
    /// proves it succeeded (it reports errors on stdout with exit 0).
    #[track_caller]
    pub fn reference_printed(&self, expected: &str) -> &Self {
        assert_eq!(
            (self.code(), self.stdout.as_str()),
            (0, expected),
            "reference `{}`\nstderr:\n{}",
            self.line,
            self.stderr
        );
        self
    }

    /// The one stderr line without the optional `error: ` prefix.
    pub fn error_message(&self) -> String {
        let line = self.stderr.trim_end();
        line.strip_prefix("error: ").unwrap_or(line).to_string()
    }

    #[track_caller]
    pub fn stdout_is(&self, expected: &str) -> &Self {
        assert_eq!(
            self.stdout,
            expected,
            "stdout of `{}`{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stderr_is(&self, expected: &str) -> &Self {
        assert_eq!(
            self.stderr,
            expected,
            "stderr of `{}`{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout of `{}` lacks {needle:?}{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr of `{}` lacks {needle:?}{}",
            self.line,
            self.dump()
        );
        self
    }

    #[track_caller]
    pub fn nowhere(&self, needle: &str) -> &Self {
        assert!(
            !self.stdout.contains(needle) && !self.stderr.contains(needle),
            "`{}` printed {needle:?}{}",
            self.line,
            self.dump()
        );
        self
    }
}
