//! The client's side of volumes: the local cache (`$EVERAI_VOLUME_ROOT/<id>/`
//! with the reference client's `.metadata`), volume names, path safety, the
//! local/cloud comparison, and the push and pull engines.
//! docs/volumes.md describes the flow.

pub mod diff;
pub mod metadata;
pub mod names;
pub mod paths;
pub mod progress;
pub mod pull;
pub mod push;
mod stream;

/// Files transferred at once.
pub const FILES_IN_FLIGHT: usize = 16;
/// Parts of large files transferred at once (over all files).
pub const PARTS_IN_FLIGHT: usize = 4;
