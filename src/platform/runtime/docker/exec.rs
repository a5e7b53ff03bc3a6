//! `worker exec` on the Docker runtime: an engine exec in the worker's
//! container, argv passed unchanged.

use crate::platform::runtime::exec::{
    ExecError, ExecRequest, ExecSession, ExecTarget, STDERR, STDOUT,
};
use bollard::container::LogOutput;
use bollard::exec::{CreateExecOptions, StartExecOptions, StartExecResults};
use bollard::Docker;
use futures_util::StreamExt;
use tokio::sync::mpsc;

/// The container of worker `worker_id` (see `DockerRuntime::start`).
pub fn container_name(worker_id: &str) -> String {
    format!("everai-{worker_id}")
}

pub async fn exec(
    docker: &Docker,
    target: &ExecTarget,
    request: &ExecRequest,
) -> Result<ExecSession, ExecError> {
    if request.argv.first().is_none_or(|p| p.is_empty()) {
        return Err(ExecError::NoCommand);
    }
    let container = container_name(&target.launch.worker_id);
    let created = docker
        .create_exec(
            &container,
            CreateExecOptions::<String> {
                attach_stdin: Some(request.stdin),
                attach_stdout: Some(true),
                attach_stderr: Some(true),
                tty: Some(request.tty),
                cmd: Some(request.argv.clone()),
                ..Default::default()
            },
        )
        .await
        .map_err(ExecError::Create)?;
    let started = docker
        .start_exec(
            &created.id,
            Some(StartExecOptions {
                detach: false,
                tty: request.tty,
                output_capacity: None,
            }),
        )
        .await
        .map_err(ExecError::Start)?;
    let StartExecResults::Attached { mut output, input } = started else {
        return Err(ExecError::Detached);
    };
    let (tx, rx) = mpsc::channel(16);
    tokio::spawn(async move {
        while let Some(Ok(chunk)) = output.next().await {
            let kind = match &chunk {
                LogOutput::StdErr { .. } => STDERR,
                _ => STDOUT,
            };
            if tx.send((kind, chunk.into_bytes())).await.is_err() {
                return;
            }
        }
    });
    let docker = docker.clone();
    let exec_id = created.id;
    let exit = Box::pin(async move {
        // The output has ended; the engine may take a moment to record the code.
        for _ in 0..100 {
            match docker.inspect_exec(&exec_id).await {
                Ok(info) if info.running != Some(true) => return info.exit_code.unwrap_or(-1),
                Ok(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
                Err(_) => return -1,
            }
        }
        -1
    });
    Ok(ExecSession {
        output: rx,
        input: request.stdin.then_some(input),
        exit,
    })
}
