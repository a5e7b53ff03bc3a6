//! Load generator for bench/route.sh (std only; built with `rustc -O`).
//!
//!   load seq  N HOST:PORT PATH [TOKEN]
//!       N sequential GETs on one keep-alive connection; prints
//!       `n=N p50_us=.. p90_us=.. p99_us=.. mean_us=.. max_us=..`
//!   load conc C SECONDS TARGET [TARGET...] [--token TOKEN]
//!       C clients, client i on TARGET[i % len] (HOST:PORT/PATH), each on
//!       its own keep-alive connection, for SECONDS; prints
//!       `clients=C seconds=S requests=R rps=.. errors=E`
//!
//! Every answer must be 200 with a Content-Length or chunked body; anything
//! else counts as an error (seq mode stops on the first one).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Conn {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    request: Vec<u8>,
    line: String,
}

impl Conn {
    fn open(addr: &str, path: &str, token: Option<&str>) -> Conn {
        let stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
        stream.set_nodelay(true).ok();
        let mut request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: */*\r\n");
        if let Some(t) = token {
            request.push_str(&format!("Authorization: Bearer {t}\r\n"));
        }
        request.push_str("\r\n");
        Conn {
            writer: stream.try_clone().expect("clone"),
            reader: BufReader::new(stream),
            request: request.into_bytes(),
            line: String::new(),
        }
    }

    /// One request; Ok(status) when a whole response was read.
    fn get(&mut self) -> Result<u16, String> {
        self.writer.write_all(&self.request).map_err(|e| e.to_string())?;
        self.line.clear();
        if self.reader.read_line(&mut self.line).map_err(|e| e.to_string())? == 0 {
            return Err("closed".into());
        }
        let status: u16 = self.line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let mut length = None;
        let mut chunked = false;
        loop {
            self.line.clear();
            if self.reader.read_line(&mut self.line).map_err(|e| e.to_string())? == 0 {
                return Err("closed in headers".into());
            }
            let l = self.line.trim_end().to_ascii_lowercase();
            if l.is_empty() {
                break;
            }
            if let Some(v) = l.strip_prefix("content-length:") {
                length = v.trim().parse::<usize>().ok();
            } else if l.starts_with("transfer-encoding:") && l.contains("chunked") {
                chunked = true;
            }
        }
        if chunked {
            loop {
                self.line.clear();
                self.reader.read_line(&mut self.line).map_err(|e| e.to_string())?;
                let n = usize::from_str_radix(self.line.trim(), 16).map_err(|e| e.to_string())?;
                let mut buf = vec![0u8; n + 2];
                self.reader.read_exact(&mut buf).map_err(|e| e.to_string())?;
                if n == 0 {
                    break;
                }
            }
        } else {
            let mut buf = vec![0u8; length.unwrap_or(0)];
            self.reader.read_exact(&mut buf).map_err(|e| e.to_string())?;
        }
        Ok(status)
    }
}

fn split_target(t: &str) -> (String, String) {
    match t.find('/') {
        Some(i) => (t[..i].to_string(), t[i..].to_string()),
        None => (t.to_string(), "/".to_string()),
    }
}

fn pct(sorted: &[u64], p: f64) -> u64 {
    let i = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[i.saturating_sub(1).min(sorted.len() - 1)]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("seq") => {
            let n: usize = args[2].parse().expect("N");
            let (addr, path) = (&args[3], &args[4]);
            let token = args.get(5).map(String::as_str);
            let mut conn = Conn::open(addr, path, token);
            let mut times = Vec::with_capacity(n);
            for _ in 0..n {
                let start = Instant::now();
                match conn.get() {
                    Ok(200) => {}
                    other => {
                        eprintln!("request failed: {other:?}");
                        std::process::exit(1);
                    }
                }
                times.push(start.elapsed().as_micros() as u64);
            }
            let mean = times.iter().sum::<u64>() / n as u64;
            times.sort_unstable();
            println!(
                "n={n} p50_us={} p90_us={} p99_us={} mean_us={mean} max_us={}",
                pct(&times, 50.0),
                pct(&times, 90.0),
                pct(&times, 99.0),
                times[n - 1]
            );
        }
        Some("conc") => {
            let clients: usize = args[2].parse().expect("C");
            let seconds: f64 = args[3].parse().expect("SECONDS");
            let mut targets = Vec::new();
            let mut token = None;
            let mut i = 4;
            while i < args.len() {
                if args[i] == "--token" {
                    token = args.get(i + 1).cloned();
                    i += 2;
                } else {
                    targets.push(split_target(&args[i]));
                    i += 1;
                }
            }
            let stop = Arc::new(AtomicBool::new(false));
            let total = Arc::new(AtomicU64::new(0));
            let errors = Arc::new(AtomicU64::new(0));
            let handles: Vec<_> = (0..clients)
                .map(|c| {
                    let (addr, path) = targets[c % targets.len()].clone();
                    let (stop, total, errors, token) = (stop.clone(), total.clone(), errors.clone(), token.clone());
                    std::thread::spawn(move || {
                        let mut conn = Conn::open(&addr, &path, token.as_deref());
                        while !stop.load(Ordering::Relaxed) {
                            match conn.get() {
                                Ok(200) => {
                                    total.fetch_add(1, Ordering::Relaxed);
                                }
                                _ => {
                                    errors.fetch_add(1, Ordering::Relaxed);
                                    conn = Conn::open(&addr, &path, token.as_deref());
                                }
                            }
                        }
                    })
                })
                .collect();
            let start = Instant::now();
            std::thread::sleep(Duration::from_secs_f64(seconds));
            stop.store(true, Ordering::Relaxed);
            let done = total.load(Ordering::Relaxed);
            let elapsed = start.elapsed().as_secs_f64();
            for h in handles {
                let _ = h.join();
            }
            println!(
                "clients={clients} seconds={elapsed:.2} requests={done} rps={:.0} errors={}",
                done as f64 / elapsed,
                errors.load(Ordering::Relaxed)
            );
        }
        _ => {
            eprintln!("usage: load seq N HOST:PORT PATH [TOKEN] | load conc C SECONDS TARGET... [--token T]");
            std::process::exit(2);
        }
    }
}
