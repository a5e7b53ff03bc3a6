//! Helpers of the volume tests: file trees with known content, and the
//! local copy of a volume as `volume get` names it.

use super::Sandbox;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `len` bytes, different for each `seed` (xorshift; no two files alike).
pub fn content(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Writes `rel` (slash-separated, no leading slash) under `dir`.
pub fn put(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, bytes).expect("write");
}

/// Every file under `dir` except `.metadata`: volume path → sha256.
pub fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("inside");
                let key = format!("/{}", rel.display());
                if key != "/.metadata" {
                    let bytes = std::fs::read(&path).expect("read");
                    out.insert(key, hex::encode(Sha256::digest(&bytes)));
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The local directory of `name` in `sandbox` (`path:` of `volume get`).
#[track_caller]
pub fn local_dir(sandbox: &Sandbox, name: &str) -> PathBuf {
    let r = sandbox.run(["volume", "get", name]);
    r.success();
    let line = r
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("path: "))
        .unwrap_or_else(|| panic!("no path in {:?}", r.stdout));
    PathBuf::from(line)
}

/// The revision in a `<Volume: ...>` line.
pub fn revision_of(volume_line: &str) -> String {
    volume_line
        .split("revision: ")
        .nth(1)
        .and_then(|r| r.split(',').next())
        .unwrap_or_else(|| panic!("no revision in {volume_line:?}"))
        .to_string()
}

/// How many parts of a multipart upload of this content the server holds,
/// asked as a pushing client would: open a revision, initialize the upload
/// (same volume, digest and size: the same upload), list its parts, and
/// cancel the revision again. None once the content is stored whole.
pub fn parts_on_server(
    server: &crate::common::Server,
    volume: &str,
    sha256: &str,
    size: usize,
) -> Option<usize> {
    let auth = format!("Bearer {}", server.token);
    let call = |method: &str, path: &str, body: Option<String>| {
        let (code, text) = crate::common::http(
            &server.endpoint,
            method,
            &format!("/api/volumes/v1/{volume}{path}"),
            Some(&auth),
            body.as_deref().map(str::as_bytes),
        );
        assert_eq!(code, 200, "{method} {path}: {text}");
        serde_json::from_str::<serde_json::Value>(&text).expect("JSON answer")
    };
    let revision = call("PUT", "/revisions", None)["name"]
        .as_str()
        .expect("revision name")
        .to_string();
    let info = format!(r#"{{"file":{{"size":"{size}","sha256":"{sha256}"}}}}"#);
    let init = call(
        "PUT",
        &format!("/revisions/{revision}/multipart/%2Fprobe"),
        Some(info),
    );
    let parts = match init["action"].as_str() {
        Some("AlreadyExists") => None,
        _ => {
            let upload = init["uploadId"].as_str().expect("uploadId");
            let list = call(
                "GET",
                &format!("/revisions/{revision}/uploads/{upload}/parts"),
                None,
            );
            Some(list["parts"].as_array().map_or(0, Vec::len))
        }
    };
    call("DELETE", &format!("/revisions/{revision}"), None);
    parts
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A TCP relay in front of the server that forwards slowly (so a transfer
/// can be caught in the middle) and can cut every connection at once, as
/// a network failure would. Dropping it stops it.
pub struct Relay {
    pub endpoint: String,
    cut: std::sync::Arc<std::sync::atomic::AtomicBool>,
    live: std::sync::Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
    seen: std::sync::Arc<Seen>,
}

/// What a relay saw of the requests it forwarded.
#[derive(Default)]
pub struct Seen {
    /// `GET /storage/v1/blob/…` requests.
    pub blob_gets: std::sync::atomic::AtomicUsize,
    /// Requests with a `Range: bytes=` header.
    pub ranges: std::sync::atomic::AtomicUsize,
    /// Rename `Range` headers on the way (a storage that ignores ranges).
    strip_ranges: std::sync::atomic::AtomicBool,
}

impl Seen {
    /// Counts (and maybe hides) what this chunk of request bytes holds.
    /// Request heads are small and written at once, so each lies within
    /// one read of the relay.
    fn inspect(&self, buf: &mut [u8]) {
        use std::sync::atomic::Ordering;
        let count = |hay: &[u8], needle: &[u8]| {
            hay.windows(needle.len())
                .filter(|w| w.eq_ignore_ascii_case(needle))
                .count()
        };
        self.blob_gets
            .fetch_add(count(buf, b"GET /storage/v1/blob/"), Ordering::SeqCst);
        const RANGE: &[u8] = b"\r\nrange: bytes=";
        self.ranges.fetch_add(count(buf, RANGE), Ordering::SeqCst);
        if self.strip_ranges.load(Ordering::SeqCst) {
            let mut i = 0;
            while i + RANGE.len() <= buf.len() {
                if buf[i..i + RANGE.len()].eq_ignore_ascii_case(RANGE) {
                    buf[i + 2..i + 7].copy_from_slice(b"x-rng");
                }
                i += 1;
            }
        }
    }
}

/// Bytes a relay forwards per connection and second, each way.
const RELAY_RATE: usize = 24 << 20;

impl Relay {
    pub fn start(server_endpoint: &str) -> Relay {
        use std::net::{TcpListener, TcpStream};
        use std::sync::atomic::{AtomicBool, Ordering};
        use std::sync::{Arc, Mutex};
        let target = server_endpoint
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let listener = TcpListener::bind("127.0.0.1:0").expect("relay bind");
        let endpoint = format!("http://{}", listener.local_addr().expect("relay addr"));
        let cut = Arc::new(AtomicBool::new(false));
        let live: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let seen: Arc<Seen> = Arc::default();
        let (cut2, live2, seen2) = (cut.clone(), live.clone(), seen.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { break };
                if cut2.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                {
                    let mut live = live2.lock().expect("relay lock");
                    live.push(client.try_clone().expect("clone"));
                    live.push(server.try_clone().expect("clone"));
                }
                let (c2, s2) = (
                    client.try_clone().expect("clone"),
                    server.try_clone().expect("clone"),
                );
                let seen = seen2.clone();
                std::thread::spawn(move || pump(client, server, Some(&seen)));
                std::thread::spawn(move || pump(s2, c2, None));
            }
        });
        Relay {
            endpoint,
            cut,
            live,
            seen,
        }
    }

    /// What the relay saw of the requests so far.
    pub fn seen(&self) -> &Seen {
        &self.seen
    }

    /// From now on, hides `Range` headers from the server (renamed), as
    /// a storage that does not serve ranges would ignore them.
    pub fn strip_ranges(&self) {
        self.seen
            .strip_ranges
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Drops every open connection and refuses new ones until `restore`.
    pub fn cut(&self) {
        self.cut.store(true, std::sync::atomic::Ordering::SeqCst);
        for s in self.live.lock().expect("relay lock").drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }

    pub fn restore(&self) {
        self.cut.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Copies `from` to `to` at most RELAY_RATE bytes a second; requests
/// (client to server) go past `seen`.
fn pump(mut from: std::net::TcpStream, mut to: std::net::TcpStream, seen: Option<&Seen>) {
    use std::io::{Read, Write};
    use std::time::{Duration, Instant};
    let started = Instant::now();
    let mut sent = 0usize;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if let Some(seen) = seen {
            seen.inspect(&mut buf[..n]);
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
        sent += n;
        // A rate limit, not a wait for a condition.
        let due = Duration::from_secs_f64(sent as f64 / RELAY_RATE as f64);
        if let Some(ahead) = due.checked_sub(started.elapsed()) {
            std::thread::sleep(ahead);
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Write);
}
