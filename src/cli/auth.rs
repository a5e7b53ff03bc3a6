//! `login`, `logout` and `config`.

use super::printer;
use crate::config::{self, EndpointSource};
use crate::credentials::{self, TokenSource};
use crate::error::{Error, Result};
use clap::Args;
use std::io::Read;

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Token from EverAI; `-` reads it from standard input
    #[arg(long, value_name = "TOKEN")]
    pub token: String,
    /// API endpoint to use from now on (default: the hosted platform)
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Store the token in a file (0600) instead of the system keyring
    #[arg(long)]
    pub insecure_storage: bool,
}

pub fn login(args: LoginArgs) -> Result<()> {
    let raw = if args.token == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::failed(format!("cannot read the token from stdin: {e}")))?;
        s
    } else {
        args.token
    };
    let token = credentials::clean(&raw).ok_or_else(|| {
        Error::usage("the token is empty: pass --token TOKEN or pipe it to --token -")
    })?;
    let endpoint = args
        .endpoint
        .as_deref()
        .map(config::validate_endpoint)
        .transpose()
        .map_err(Error::usage)?;
    if let Some(endpoint) = &endpoint {
        config::store_endpoint(endpoint)
            .map_err(|e| Error::failed(format!("cannot store the endpoint: {e}")))?;
    }
    let stored = credentials::store(&token, args.insecure_storage).map_err(Error::failed)?;
    report_storage(&stored);
    printer::line("Login successful!");
    Ok(())
}

/// Says on stderr where a token went when it is not the keyring.
pub fn report_storage(stored: &credentials::Stored) {
    if let Some(reason) = &stored.keyring_unavailable {
        printer::warn(&format!(
            "no system keyring available ({reason}); storing the token in a file readable only by you"
        ));
    }
    if let TokenSource::File(path) = &stored.source {
        printer::err_line(&format!("token stored in {}", path.display()));
    }
}

pub fn logout() -> Result<()> {
    let had_stored = credentials::remove_stored().map_err(Error::failed)?;
    config::forget_endpoint()
        .map_err(|e| Error::failed(format!("cannot remove the stored endpoint: {e}")))?;
    if std::env::var("EVERAI_TOKEN").is_ok_and(|v| credentials::clean(&v).is_some()) {
        return Err(Error::failed(
            "EVERAI_TOKEN is still set in the environment and keeps you logged in; unset it to log out",
        ));
    }
    if !had_stored {
        printer::line("No login");
    }
    printer::line("Logout successful");
    Ok(())
}

/// The reference's three lines, then where the endpoint and token come from
/// (never the token itself).
pub fn config() -> Result<()> {
    let (endpoint, endpoint_source) = config::endpoint();
    let mut text = format!(
        "EVERAI_HOME {}\nEVERAI_ENDPOINT {}\nEVERAI_VOLUME_ROOT {}\n",
        config::home().display(),
        endpoint,
        config::volume_root().display()
    );
    let endpoint_from = match endpoint_source {
        EndpointSource::Env => "environment".to_string(),
        EndpointSource::Stored => "stored at login".to_string(),
        EndpointSource::Default => "default".to_string(),
    };
    let token_from = credentials::resolve()
        .map(|t| t.source.to_string())
        .unwrap_or_else(|| "none (run `everai login --token TOKEN`)".to_string());
    text.push_str(&format!(
        "ENDPOINT_SOURCE {endpoint_from}\nTOKEN_SOURCE {token_from}\n"
    ));
    printer::out(&text);
    Ok(())
}
