//! `worker exec` on the process runtime: the command runs as a new local
//! process with the worker's environment (including its `PORT` and
//! `EVERAI_WORKER_ID`) in the worker's directory; argv is passed unchanged.
//! With a tty request its stdout and stderr form one stream, as Docker does.

use super::spawn::{build_env, resolve_program};
use super::ProcessSpec;
use crate::platform::runtime::exec::{ExecRequest, ExecSession, ExecTarget, STDERR, STDOUT};
use hyper::body::Bytes;
use std::process::Stdio;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::mpsc;

pub(super) fn exec(target: &ExecTarget, request: &ExecRequest) -> Result<ExecSession, String> {
    let launch = &target.launch;
    let Some(program) = request.argv.first().filter(|p| !p.is_empty()) else {
        return Err("no command given".into());
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
    let resolved = resolve_program(program, &launch.workdir, path_var)
        .map_err(|e| format!("cannot run {program:?} in the worker: {e}"))?;
    let mut cmd = tokio::process::Command::new(resolved);
    cmd.arg0(program)
        .args(&request.argv[1..])
        .env_clear()
        .envs(env)
        .current_dir(&launch.workdir)
        .stdin(if request.stdin {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {program:?} in the worker: {e}"))?;
    let (tx, rx) = mpsc::channel(16);
    if let Some(out) = child.stdout.take() {
        tokio::spawn(pump(out, STDOUT, tx.clone()));
    }
    if let Some(err) = child.stderr.take() {
        let kind = if request.tty { STDOUT } else { STDERR };
        tokio::spawn(pump(err, kind, tx));
    }
    let input = child
        .stdin
        .take()
        .map(|i| Box::pin(i) as std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>>);
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
