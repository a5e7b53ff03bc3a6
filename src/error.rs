//! The CLI's error type. Every failure is one of these, rendered once at the
//! edge (`cli::main`) as one line on stderr with its exit code.

use std::process::ExitCode;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad command-line input or file content, found before any request.
    #[error("{0}")]
    Usage(String),
    #[error("not logged in: run `everai login --token TOKEN` or set EVERAI_TOKEN")]
    NotLoggedIn,
    /// A non-2xx answer from the platform.
    #[error("Error from server ({reason}): {message}")]
    Api {
        status: u16,
        reason: &'static str,
        message: String,
    },
    #[error("cannot reach {endpoint}: {detail}; check EVERAI_ENDPOINT or start a local platform with `everai server`")]
    Connect { endpoint: String, detail: String },
    /// Credentials refused by a third party (a registry's login).
    #[error("{0}")]
    Denied(String),
    #[error("interrupted")]
    Interrupted,
    /// `worker exec`: the remote command ended with this non-zero status,
    /// which becomes ours (nothing is printed).
    #[error("the command exited with status {0}")]
    RemoteExit(u8),
    /// Anything else that failed at run time (I/O, unexpected answers...).
    #[error("{0}")]
    Failed(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Exit codes: 0 ok, 1 failure, 2 usage, 4 not logged in, token rejected or
    /// registry login refused,
    /// 130 interrupted.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Error::Usage(_) => 2,
            Error::NotLoggedIn => 4,
            Error::Api { status: 401, .. } => 4,
            Error::Denied(_) => 4,
            Error::Interrupted => 130,
            Error::RemoteExit(code) => *code,
            _ => 1,
        })
    }

    /// Takes a message or a typed library error, rendered by its `Display`.
    pub fn usage(msg: impl std::fmt::Display) -> Self {
        Error::Usage(msg.to_string())
    }

    /// Takes a message or a typed library error, rendered by its `Display`.
    pub fn failed(msg: impl std::fmt::Display) -> Self {
        Error::Failed(msg.to_string())
    }
}

/// kubectl-style reason name for an HTTP status.
pub fn reason_for_status(status: u16) -> &'static str {
    match status {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        409 => "AlreadyExists",
        413 => "RequestEntityTooLarge",
        429 => "TooManyRequests",
        500 => "InternalError",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "Timeout",
        _ => "Unknown",
    }
}
