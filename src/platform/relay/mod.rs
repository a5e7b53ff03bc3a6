//! The lean route path: route requests parsed once with `httparse` and
//! relayed as bytes between the client's connection and a worker's kept raw
//! connection, without hyper or axum in between (docs/architecture.md, "How
//! a route request flows"; figures in docs/benchmarks.md, "Route against
//! HAProxy").
//!
//! - [`head`]: request and response heads, parsed and rewritten;
//! - [`framing`]: bodies relayed by their framing;
//! - [`conn`]: one route request: the route's rules (shared with the axum
//!   handler, `api::routes`), the queue, the worker;
//! - [`rewind`]: a connection handed to hyper with its first bytes;
//! - [`scratch`]: buffers reused across requests.

pub mod conn;
pub mod framing;
pub mod head;
pub mod rewind;
pub mod scratch;

use head::{Parsed, RequestHead};
use std::time::Duration;
use tokio::net::TcpStream;

/// A head buffer starts this small and doubles up to [`MAX_HEAD`].
const INITIAL_HEAD: usize = 1024;
/// hyper's default head limit (its `max_buf_size`): a longer head goes to
/// hyper, which refuses it as it always did.
pub const MAX_HEAD: usize = 8192 + 4096 * 100;

/// What a connection sent next.
#[derive(Debug)]
pub enum NextHead {
    /// A route request for the lean path.
    Lean(RequestHead),
    /// Something for hyper; the bytes read are in the buffer.
    Other,
    /// Closed, broken, or no whole head within the header timeout.
    Gone,
}

/// Reads the next request head within `timeout`. `buf` holds bytes already
/// read (a pipelined request); after a lean head it holds what followed it
/// (the start of its body, or the next request).
pub async fn read_head(stream: &mut TcpStream, buf: &mut Vec<u8>, timeout: Duration) -> NextHead {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if !buf.is_empty() {
            match head::parse_request(buf) {
                Parsed::Partial => {}
                Parsed::Lean(head, len) => {
                    buf.drain(..len);
                    if buf.is_empty() {
                        // Nothing of the connection's kept while the
                        // request waits but its exact head.
                        scratch::give(std::mem::take(buf));
                    }
                    return NextHead::Lean(head);
                }
                Parsed::Other => return NextHead::Other,
            }
        }
        if buf.len() >= MAX_HEAD {
            return NextHead::Other;
        }
        // The buffer is taken only once bytes are there: an idle
        // connection holds none.
        match tokio::time::timeout_at(deadline, stream.readable()).await {
            Ok(Ok(())) => {}
            _ => return NextHead::Gone,
        }
        if buf.capacity() == 0 {
            *buf = scratch::take();
        }
        if buf.capacity() - buf.len() < INITIAL_HEAD / 2 {
            buf.reserve(buf.len().max(INITIAL_HEAD));
        }
        match stream.try_read_buf(buf) {
            Ok(n) if n > 0 => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            _ => return NextHead::Gone,
        }
    }
}
