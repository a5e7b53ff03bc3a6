//! everai-rs: the EverAI command-line client and the local platform it embeds.
//!
//! The client side (`cli`, `client`, `config`, `credentials`, `image`, `output`) never
//! imports the platform; both share the wire types of `model`.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod autoscale;
pub mod cli;
pub mod client;
pub mod config;
pub mod credentials;
pub mod error;
pub mod image;
pub mod manifest;
pub mod model;
pub mod output;
pub mod platform;
pub mod pycompat;
pub mod simulate;
pub mod sink;
pub mod volume;
