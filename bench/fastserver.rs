//! A minimal, fast HTTP/1.1 worker for the route benchmarks (std only; built
//! by bench/route.sh with `rustc -O`). Listens on 127.0.0.1:$PORT, keeps
//! connections alive, one thread per connection, and answers every request
//! at once with `200 ok` (Content-Length: 2). Request bodies announced with
//! Content-Length are read and discarded. SIGTERM ends it (default action).
//! `WORK_US=N` in the environment makes each answer wait N microseconds
//! first (a stand-in for real work).

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
            } else if l.ends_with("HTTP/1.0") {
                close = true;
            }
            first = false;
        }
        if length > 0 {
            let mut body = vec![0u8; length];
            if reader.read_exact(&mut body).is_err() {
                return;
            }
        }
        if !work.is_zero() {
            std::thread::sleep(work);
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
