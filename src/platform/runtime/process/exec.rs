//! `worker exec` on the process runtime: the command runs as a new local
//! process with the worker's environment (including its `PORT` and
//! `EVERAI_WORKER_ID`) in the worker's directory; argv is passed unchanged.
//! With a tty request the command gets a pseudo-terminal (its own session,
//! the pty as controlling terminal and as stdin, stdout and stderr): one
//! stream out, as Docker does.

use super::spawn::{build_env, resolve_program};
use super::ProcessSpec;
use crate::platform::runtime::exec::{
    ExecError, ExecRequest, ExecSession, ExecTarget, STDERR, STDOUT,
};
use hyper::body::Bytes;
use std::process::Stdio;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::mpsc;

pub(super) fn exec(target: &ExecTarget, request: &ExecRequest) -> Result<ExecSession, ExecError> {
    let launch = &target.launch;
    let Some(program) = request.argv.first().filter(|p| !p.is_empty()) else {
        return Err(ExecError::NoCommand);
    };
    let spec = ProcessSpec {
        worker_id: launch.worker_id.clone(),
        command: request.argv.clone(),
        env: super::worker_env(launch),
        workdir: launch.workdir.clone(),
        port: target.port,
        log_path: launch.log_path(),
        guard: None,
    };
    let env = build_env(&spec);
    let path_var = env
        .iter()
        .find(|(k, _)| k == "PATH")
        .map(|(_, v)| v.as_os_str());
    let resolved =
        resolve_program(program, &launch.workdir, path_var).map_err(|source| ExecError::Run {
            program: program.clone(),
            source,
        })?;
    let mut cmd = tokio::process::Command::new(resolved);
    cmd.arg0(program)
        .args(&request.argv[1..])
        .env_clear()
        .envs(env)
        .current_dir(&launch.workdir)
        .kill_on_drop(true);
    let (tx, rx) = mpsc::channel(16);
    let (mut child, input) = if request.tty {
        let pty = Pty::open().map_err(ExecError::Pty)?;
        pty.attach(&mut cmd).map_err(ExecError::Pty)?;
        let child = cmd.spawn().map_err(|source| ExecError::Run {
            program: program.clone(),
            source,
        })?;
        // The child has its copies of the terminal side; ours must go so
        // that reading the master ends when the command does.
        drop(cmd);
        let reader = tokio::fs::File::from_std(pty.master.try_clone().map_err(ExecError::Pty)?);
        tokio::spawn(pump(reader, STDOUT, tx));
        let writer = tokio::fs::File::from_std(pty.master);
        let input = request
            .stdin
            .then(|| Box::pin(writer) as std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>>);
        (child, input)
    } else {
        cmd.stdin(if request.stdin {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd.spawn().map_err(|source| ExecError::Run {
            program: program.clone(),
            source,
        })?;
        if let Some(out) = child.stdout.take() {
            tokio::spawn(pump(out, STDOUT, tx.clone()));
        }
        if let Some(err) = child.stderr.take() {
            tokio::spawn(pump(err, STDERR, tx));
        }
        let input = child
            .stdin
            .take()
            .map(|i| Box::pin(i) as std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>>);
        (child, input)
    };
    let exit = Box::pin(async move {
        match child.wait().await {
            Ok(status) => {
                use std::os::unix::process::ExitStatusExt;
                status
                    .code()
                    .map(i64::from)
                    .or_else(|| status.signal().map(|s| 128 + i64::from(s)))
                    .unwrap_or(-1)
            }
            Err(_) => -1,
        }
    });
    Ok(ExecSession {
        output: rx,
        input,
        exit,
    })
}

async fn pump(mut from: impl AsyncRead + Unpin, kind: u8, tx: mpsc::Sender<(u8, Bytes)>) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                if tx
                    .send((kind, Bytes::copy_from_slice(&buf[..n])))
                    .await
                    .is_err()
                {
                    return;
                }
            }
        }
    }
}

/// A pseudo-terminal pair: the master stays with us, the terminal side
/// becomes the command's controlling terminal and standard streams.
struct Pty {
    master: std::fs::File,
    terminal: std::os::fd::OwnedFd,
}

impl Pty {
    fn open() -> std::io::Result<Pty> {
        use std::os::fd::FromRawFd;
        let (mut master, mut terminal) = (-1, -1);
        // SAFETY: openpty writes two new descriptors we then own.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut terminal,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        if rc != 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: both descriptors are fresh and owned by nobody else.
        let (master, terminal) = unsafe {
            (
                std::fs::File::from_raw_fd(master),
                std::os::fd::OwnedFd::from_raw_fd(terminal),
            )
        };
        for fd in [
            std::os::fd::AsRawFd::as_raw_fd(&master),
            std::os::fd::AsRawFd::as_raw_fd(&terminal),
        ] {
            // SAFETY: fcntl on descriptors we own.
            unsafe {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
        Ok(Pty { master, terminal })
    }

    /// Makes the terminal side `cmd`'s stdin, stdout, stderr and
    /// controlling terminal (in a new session).
    fn attach(&self, cmd: &mut tokio::process::Command) -> std::io::Result<()> {
        cmd.stdin(Stdio::from(self.terminal.try_clone()?))
            .stdout(Stdio::from(self.terminal.try_clone()?))
            .stderr(Stdio::from(self.terminal.try_clone()?));
        // SAFETY: setsid and ioctl are async-signal-safe; fd 0 is the
        // terminal once the standard streams are set up.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        Ok(())
    }
}
