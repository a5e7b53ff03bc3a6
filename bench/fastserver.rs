//! A minimal, fast HTTP/1.1 worker for the route benchmarks (std only; built
//! by bench/route.sh with `rustc -O`). Listens on 127.0.0.1:$PORT, keeps
//! connections alive, one thread per connection, and answers every request
//! at once with `200 ok` (Content-Length: 2). Request bodies announced with
//! Content-Length are read and discarded. SIGTERM ends it (default action).
//! `WORK_US=N` in the environment makes each answer wait N microseconds
//! first (a stand-in for real work); the readiness probe `/healthz` does not.
//! A request for a path starting with `/sse` is answered with a server-sent
//! event stream (chunked): `SSE_EVENTS` events (default 20), one every
//! `SSE_GAP_US` microseconds (default 10000), each `data: <unix time in ns
//! when it was written>`, so a client can tell each event's latency.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};

fn serve(stream: TcpStream, work: std::time::Duration) {
    let _ = stream.set_nodelay(true);
    let mut writer = match stream.try_clone() {
        Ok(w) => w,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        // Request line and headers.
        let mut length = 0usize;
        let mut close = false;
        let mut first = true;
        let mut sse = false;
        let mut probe = false;
        loop {
            line.clear();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let l = line.trim_end();
            if l.is_empty() {
                if first {
                    continue;
                }
                break;
            }
            if !first {
                let lower = l.to_ascii_lowercase();
                if let Some(v) = lower.strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                } else if lower.starts_with("connection:") && lower.contains("close") {
                    close = true;
                }
            } else {
                if l.ends_with("HTTP/1.0") {
                    close = true;
                }
                let path = l.split(' ').nth(1).unwrap_or("");
                sse = path.starts_with("/sse");
                probe = path == "/healthz";
            }
            first = false;
        }
        if length > 0 {
            let mut body = vec![0u8; length];
            if reader.read_exact(&mut body).is_err() {
                return;
            }
        }
        if !work.is_zero() && !probe {
            std::thread::sleep(work);
        }
        if sse {
            if stream_events(&mut writer).is_err() {
                return;
            }
            continue;
        }
        let response: &[u8] = if close {
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
        } else {
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
        };
        if writer.write_all(response).is_err() || close {
            return;
        }
    }
}

/// The `/sse` answer: a chunked event stream, each event stamped with the
/// wall-clock time it was written.
fn stream_events(writer: &mut TcpStream) -> std::io::Result<()> {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (events, gap) = (env("SSE_EVENTS", 20), env("SSE_GAP_US", 10_000));
    writer.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n",
    )?;
    for i in 0..events {
        if i > 0 {
            std::thread::sleep(std::time::Duration::from_micros(gap));
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let event = format!("data: {now}\n\n");
        writer.write_all(format!("{:x}\r\n{event}\r\n", event.len()).as_bytes())?;
    }
    writer.write_all(b"0\r\n\r\n")
}

fn main() {
    let port = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
        .unwrap_or_else(|| "8080".into());
    let work = std::time::Duration::from_micros(
        std::env::var("WORK_US").ok().and_then(|v| v.parse().ok()).unwrap_or(0),
    );
    let listener = TcpListener::bind(format!("127.0.0.1:{port}")).expect("bind");
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || serve(stream, work));
    }
}
