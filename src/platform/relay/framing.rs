//! Message bodies on the lean route path, relayed by their framing
//! (RFC 9112 §6): the bytes go through as they came, each piece written as
//! soon as it is read (SSE events one by one); chunked bodies are followed
//! chunk by chunk only to find their end.

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// How a body ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    Empty,
    Length(u64),
    Chunked,
    /// Ends when the sender closes (responses only).
    Close,
}

impl Framing {
    pub fn is_empty(self) -> bool {
        self == Framing::Empty
    }
}

/// Bytes read per read call, at most.
const READ_SIZE: usize = 16 * 1024;
/// A chunk-size or trailer line longer than this is refused.
const MAX_LINE: usize = 4096;

/// Why a relay stopped short.
#[derive(Debug)]
pub enum RelayError {
    /// Reading the sender failed or it closed early.
    Read(String),
    /// Writing to the receiver failed.
    Write(String),
}

/// Why a chunked body cannot be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChunkError {
    #[error("invalid chunk size")]
    BadSize,
    #[error("chunk data not followed by CRLF")]
    MissingCrlf,
}

/// Where a chunked body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Size,
    Data(u64),
    DataEnd,
    Trailer,
    Done,
}

/// Follows a chunked body's boundaries.
#[derive(Debug)]
pub struct Chunked(Chunk);

impl Default for Chunked {
    fn default() -> Self {
        Chunked(Chunk::Size)
    }
}

impl Chunked {
    pub fn done(&self) -> bool {
        self.0 == Chunk::Done
    }

    /// How many bytes at the start of `buf` belong to the body (as far as
    /// they can be told apart: a partial size or trailer line waits for
    /// more).
    pub fn advance(&mut self, buf: &[u8]) -> Result<usize, ChunkError> {
        let mut at = 0;
        loop {
            let rest = &buf[at..];
            match self.0 {
                Chunk::Done => return Ok(at),
                Chunk::Size => match httparse::parse_chunk_size(rest) {
                    Ok(httparse::Status::Complete((n, size))) => {
                        at += n;
                        self.0 = if size == 0 {
                            Chunk::Trailer
                        } else {
                            Chunk::Data(size)
                        };
                    }
                    Ok(httparse::Status::Partial) => return Ok(at),
                    Err(_) => return Err(ChunkError::BadSize),
                },
                Chunk::Data(left) => {
                    if rest.is_empty() {
                        return Ok(at);
                    }
                    let take = left.min(rest.len() as u64);
                    at += take as usize;
                    self.0 = if take == left {
                        Chunk::DataEnd
                    } else {
                        Chunk::Data(left - take)
                    };
                }
                Chunk::DataEnd => {
                    if rest.len() < 2 {
                        return Ok(at);
                    }
                    if &rest[..2] != b"\r\n" {
                        return Err(ChunkError::MissingCrlf);
                    }
                    at += 2;
                    self.0 = Chunk::Size;
                }
                Chunk::Trailer => {
                    let Some(end) = rest.windows(2).position(|w| w == b"\r\n") else {
                        return Ok(at);
                    };
                    at += end + 2;
                    if end == 0 {
                        self.0 = Chunk::Done;
                    }
                }
            }
        }
    }
}

/// Relays one body from `from` to `to`, after `lead` (a head: it goes out
/// in one write with the body's first piece when that is already read, and
/// before any wait for more). `buf` holds bytes already read from `from`
/// (they come first); what is left in it afterwards follows the body (a
/// pipelined request).
pub async fn relay<R, W>(
    framing: Framing,
    from: &mut R,
    buf: &mut Vec<u8>,
    to: &mut W,
    lead: &mut Vec<u8>,
) -> Result<(), RelayError>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut out = Out { to, lead };
    match framing {
        Framing::Empty => out.flush().await,
        Framing::Length(mut left) => loop {
            if !buf.is_empty() {
                let take = left.min(buf.len() as u64) as usize;
                out.write(&buf[..take]).await?;
                buf.drain(..take);
                left -= take as u64;
            }
            if left == 0 {
                return out.flush().await;
            }
            out.flush().await?;
            read_more(from, buf).await?;
        },
        Framing::Chunked => {
            let mut chunked = Chunked::default();
            loop {
                let n = chunked
                    .advance(buf)
                    .map_err(|e| RelayError::Read(e.to_string()))?;
                if n > 0 {
                    out.write(&buf[..n]).await?;
                    buf.drain(..n);
                }
                if chunked.done() {
                    return out.flush().await;
                }
                if buf.len() > MAX_LINE {
                    return Err(RelayError::Read("chunk line too long".into()));
                }
                out.flush().await?;
                read_more(from, buf).await?;
            }
        }
        Framing::Close => loop {
            if !buf.is_empty() {
                out.write(buf).await?;
                buf.clear();
            }
            out.flush().await?;
            buf.reserve(READ_SIZE);
            match from.read_buf(buf).await {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(e) => return Err(RelayError::Read(e.to_string())),
            }
        },
    }
}

/// The receiving side, with the head still to go out before the body.
struct Out<'a, W> {
    to: &'a mut W,
    lead: &'a mut Vec<u8>,
}

impl<W: AsyncWrite + Unpin> Out<'_, W> {
    async fn write(&mut self, piece: &[u8]) -> Result<(), RelayError> {
        let r = if self.lead.is_empty() {
            self.to.write_all(piece).await
        } else {
            // One write for the head and the body's first piece (a small
            // answer goes out in one segment, one syscall).
            self.lead.extend_from_slice(piece);
            let r = self.to.write_all(self.lead).await;
            self.lead.clear();
            r
        };
        r.map_err(|e| RelayError::Write(e.to_string()))
    }

    /// Writes the head if it has not gone out yet.
    async fn flush(&mut self) -> Result<(), RelayError> {
        if self.lead.is_empty() {
            return Ok(());
        }
        let r = self.to.write_all(self.lead).await;
        self.lead.clear();
        r.map_err(|e| RelayError::Write(e.to_string()))
    }
}

/// Appends what `from` has next to `buf`; its end is an error here.
async fn read_more<R: AsyncRead + Unpin>(
    from: &mut R,
    buf: &mut Vec<u8>,
) -> Result<(), RelayError> {
    buf.reserve(READ_SIZE);
    match from.read_buf(buf).await {
        Ok(0) => Err(RelayError::Read("closed before the end of the body".into())),
        Ok(_) => Ok(()),
        Err(e) => Err(RelayError::Read(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `body` in pieces of `step` bytes; returns what went through and
    /// what was left.
    async fn through(
        framing: Framing,
        body: &[u8],
        step: usize,
    ) -> (Result<(), RelayError>, Vec<u8>, Vec<u8>) {
        let (mut tx, mut rx) = tokio::io::duplex(1 << 20);
        let pieces: Vec<Vec<u8>> = body.chunks(step).map(<[u8]>::to_vec).collect();
        let feeder = tokio::spawn(async move {
            for p in pieces {
                tx.write_all(&p).await.expect("feed");
                tokio::task::yield_now().await;
            }
        });
        let mut out = Vec::new();
        let mut buf = Vec::new();
        let mut lead = b"HEAD\n".to_vec();
        let r = relay(framing, &mut rx, &mut buf, &mut out, &mut lead).await;
        assert!(out.starts_with(b"HEAD\n"), "the lead goes first");
        out.drain(..5);
        feeder.await.expect("feeder");
        (r, out, buf)
    }

    #[tokio::test]
    async fn lengths_and_chunks_end_where_they_say() {
        let (r, out, left) = through(Framing::Length(5), b"helloGET /next", 3).await;
        assert!(r.is_ok());
        assert_eq!(out, b"hello");
        assert!(b"GET /next".starts_with(&left), "{left:?}");
        let body = b"5\r\nhello\r\n1;ext=1\r\n!\r\n0\r\nX-T: 1\r\n\r\n";
        for step in [1, 2, 7, body.len()] {
            let mut input = body.to_vec();
            input.extend_from_slice(b"NEXT");
            let (r, out, _) = through(Framing::Chunked, &input, step).await;
            assert!(r.is_ok(), "{step}");
            assert_eq!(out, body, "step {step}");
        }
    }

    #[tokio::test]
    async fn an_early_end_is_a_read_error() {
        let (r, out, _) = through(Framing::Length(10), b"short", 2).await;
        assert!(matches!(r, Err(RelayError::Read(_))));
        assert_eq!(out, b"short");
        let (r, _, _) = through(Framing::Chunked, b"5\r\nhel", 2).await;
        assert!(matches!(r, Err(RelayError::Read(_))));
        let (r, _, _) = through(Framing::Chunked, b"zz\r\n", 2).await;
        assert!(matches!(r, Err(RelayError::Read(_))));
        let (r, out, _) = through(Framing::Close, b"until the end", 4).await;
        assert!(r.is_ok());
        assert_eq!(out, b"until the end");
    }

    #[test]
    fn chunk_boundaries() {
        let mut c = Chunked::default();
        assert_eq!(c.advance(b"3\r"), Ok(0));
        assert_eq!(c.advance(b"3\r\nab"), Ok(5));
        assert_eq!(c.advance(b"c\r"), Ok(1));
        assert_eq!(c.advance(b"\r\n0\r\n\r\nrest"), Ok(7));
        assert!(c.done());
        assert!(Chunked::default().advance(b"3\r\nabcXY").is_err());
    }
}
