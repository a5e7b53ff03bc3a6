//! How large files travel: a pull fetches ranges of a large file at once
//! (seen by a relay), and still works from a storage that ignores `Range`;
//! the server's running digest of a multipart upload (docs/volumes.md,
//! "Verification") verifies parts sent out of order, parts sent again,
//! and an upload resumed after a server restart.

mod common;

use common::volumes::*;
use common::{Sandbox, Server};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const PART: usize = 32 << 20;
/// Three parts (and three pieces of a ranged pull), the last one short.
const LARGE: usize = 2 * PART + 1_000_003;

/// A server with volume `big` holding `big.bin` (LARGE bytes, pushed
/// straight to it) and a fresh sandbox that talks to it through a relay.
fn pushed_large_file() -> (Server, Relay, Sandbox, Vec<u8>) {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    s.run(["volume", "create", "big"]).success();
    let bytes = content(3, LARGE);
    put(&local_dir(&s, "big"), "big.bin", &bytes);
    s.run(["volume", "push", "big"]).success();
    let relay = Relay::start(&server.endpoint);
    let mut fresh = Sandbox::connected(&server);
    fresh.set("EVERAI_ENDPOINT", &relay.endpoint);
    (server, relay, fresh, bytes)
}

fn pulled(s: &Sandbox) -> Vec<u8> {
    std::fs::read(local_dir(s, "big").join("big.bin")).expect("pulled file")
}

#[test]
fn large_pull_fetches_ranges_at_once() {
    let (_server, relay, s, bytes) = pushed_large_file();
    s.run(["volume", "pull", "big"]).success();
    assert!(pulled(&s) == bytes, "the pulled file differs");
    let seen = relay.seen();
    // One ranged GET per piece.
    assert_eq!(seen.blob_gets.load(Ordering::SeqCst), 3);
    assert_eq!(seen.ranges.load(Ordering::SeqCst), 3);
}

#[test]
fn large_pull_from_a_storage_that_ignores_range_reads_the_whole_answer() {
    let (_server, relay, s, bytes) = pushed_large_file();
    relay.strip_ranges();
    s.run(["volume", "pull", "big"]).success();
    assert!(pulled(&s) == bytes, "the pulled file differs");
    let seen = relay.seen();
    // The first ranged request got the whole file: no other request.
    assert_eq!(seen.blob_gets.load(Ordering::SeqCst), 1);
    assert_eq!(seen.ranges.load(Ordering::SeqCst), 1);
}

#[test]
fn blob_urls_answer_ranges() {
    let (server, _relay, _s, bytes) = pushed_large_file();
    let (code, sign) = server.api(
        "GET",
        "/api/volumes/v1/big/files/%2Fbig.bin",
        None::<&Value>,
    );
    assert_eq!(code, 200, "{sign}");
    let path = path_of(sign["url"].as_str().expect("url"));
    let addr = common::http::addr_of(&server.endpoint);
    let get = |range: &str| {
        common::http::read_reply(common::http::send_with(
            &addr,
            "GET",
            &path,
            &[("Range", range)],
            None,
        ))
    };
    let r = get("bytes=10-19");
    assert_eq!(r.status, 206);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes 10-19/{LARGE}").as_str())
    );
    assert_eq!(r.body, String::from_utf8_lossy(&bytes[10..20]));
    let r = get(&format!("bytes={LARGE}-"));
    assert_eq!(r.status, 416);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes */{LARGE}").as_str())
    );
    // Several ranges at once are not served: the whole body comes.
    let r = get("bytes=0-1,5-6");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-length"), Some(LARGE.to_string().as_str()));
}

/// The path and query of a signed URL.
fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest[rest.find('/').expect("a path")..].to_string()
}

/// A multipart upload of `bytes` as `/big.bin` into volume `big`, driven
/// part by part over the API.
struct Upload<'a> {
    server: &'a Server,
    revision: String,
    id: String,
    sha: String,
    bytes: &'a [u8],
}

impl<'a> Upload<'a> {
    fn start(server: &'a Server, bytes: &'a [u8]) -> Upload<'a> {
        let (code, _) = server.api("PUT", "/api/volumes/v1/big", None::<&Value>);
        assert!(code == 200 || code == 409, "create: {code}");
        let (code, rev) = server.api("PUT", "/api/volumes/v1/big/revisions", None::<&Value>);
        assert_eq!(code, 200, "{rev}");
        let revision = rev["name"].as_str().expect("revision").to_string();
        let sha = sha256_hex(bytes);
        let info = json!({"file": {"size": bytes.len().to_string(), "sha256": sha}});
        let (code, init) = server.api(
            "PUT",
            &format!("/api/volumes/v1/big/revisions/{revision}/multipart/%2Fbig.bin"),
            Some(&info),
        );
        assert_eq!(code, 200, "{init}");
        let id = init["uploadId"].as_str().expect("uploadId").to_string();
        Upload {
            server,
            revision,
            id,
            sha,
            bytes,
        }
    }

    fn uploads(&self) -> String {
        format!(
            "/api/volumes/v1/big/revisions/{}/multipart/uploads/{}",
            self.revision, self.id
        )
    }

    /// Sends part `n` (1-based) with `body`; returns its ETag.
    fn send(&self, n: usize, body: &[u8]) -> String {
        let (code, sign) =
            self.server
                .api("PUT", &self.uploads(), Some(&json!({ "partNumber": n })));
        assert_eq!(code, 200, "{sign}");
        let path = path_of(sign["url"].as_str().expect("url"));
        let reply = common::http::read_reply(common::http::send_with(
            &common::http::addr_of(&self.server.endpoint),
            "PUT",
            &path,
            &[("Content-Type", "application/octet-stream")],
            Some(body),
        ));
        assert_eq!(reply.status, 200, "part {n}: {}", reply.body);
        reply.header("etag").expect("ETag").to_string()
    }

    /// The right bytes of part `n`.
    fn part(&self, n: usize) -> &'a [u8] {
        let begin = (n - 1) * PART;
        &self.bytes[begin..(begin + PART).min(self.bytes.len())]
    }

    /// Completes the upload with these (part, ETag) pairs: the status.
    fn complete(&self, etags: &[(usize, String)]) -> (u16, Value) {
        let mut parts: Vec<Value> = etags
            .iter()
            .map(|(n, etag)| {
                let size = self.part(*n).len();
                json!({"partNumber": n, "etag": etag, "size": size.to_string()})
            })
            .collect();
        parts.sort_by_key(|p| p["partNumber"].as_u64());
        self.server
            .api("POST", &self.uploads(), Some(&json!({ "parts": parts })))
    }

    /// Commits the revision with the file and checks a pull gets it back.
    fn commit_and_pull(&self) {
        let files = json!({"files": [{"path": "/big.bin", "size": self.bytes.len().to_string(), "sha256": self.sha}]});
        let (code, body) = self.server.api(
            "POST",
            &format!("/api/volumes/v1/big/revisions/{}", self.revision),
            Some(&files),
        );
        assert_eq!(code, 200, "{body}");
        let s = Sandbox::connected(self.server);
        s.run(["volume", "pull", "big"]).success();
        assert!(pulled(&s) == self.bytes, "the pulled file differs");
    }
}

#[test]
fn parts_out_of_order_verify() {
    let server = Server::start();
    let bytes = content(5, LARGE);
    let up = Upload::start(&server, &bytes);
    let e3 = up.send(3, up.part(3));
    let e1 = up.send(1, up.part(1));
    let e2 = up.send(2, up.part(2));
    let (code, body) = up.complete(&[(1, e1), (2, e2), (3, e3)]);
    assert_eq!(code, 200, "{body}");
    up.commit_and_pull();
}

#[test]
fn a_part_sent_again_counts_with_its_last_bytes() {
    let server = Server::start();
    let bytes = content(6, LARGE);
    // Wrong bytes first, hashed on the way in; then the right ones.
    let up = Upload::start(&server, &bytes);
    let wrong = content(99, PART);
    up.send(1, &wrong);
    let e2 = up.send(2, up.part(2));
    let e3 = up.send(3, up.part(3));
    let e1 = up.send(1, up.part(1));
    let (code, body) = up.complete(&[(1, e1), (2, e2), (3, e3)]);
    assert_eq!(code, 200, "{body}");
    up.commit_and_pull();

    // Right bytes first, then wrong ones over them: the upload fails.
    let bytes = content(7, LARGE);
    let up = Upload::start(&server, &bytes);
    up.send(1, up.part(1));
    let e2 = up.send(2, up.part(2));
    let e3 = up.send(3, up.part(3));
    let e1 = up.send(1, &wrong);
    let (code, body) = up.complete(&[(1, e1), (2, e2), (3, e3)]);
    assert_eq!(code, 400, "{body}");
    assert!(body.to_string().contains("do not make the file"), "{body}");
}

#[test]
fn an_upload_resumed_after_a_server_restart_verifies() {
    let data = tempfile::tempdir().expect("tempdir");
    let data_dir = data.path().join("data");
    let token = common::unique_token();
    let bytes = content(8, LARGE);
    let mut server = Server::start_on(&data_dir, &token);
    let (revision, id, e2) = {
        let up = Upload::start(&server, &bytes);
        let e2 = up.send(2, up.part(2));
        (up.revision.clone(), up.id.clone(), e2)
    };
    server.kill();
    let server = Server::start_on(&data_dir, &token);
    let up = Upload {
        server: &server,
        revision,
        id,
        sha: sha256_hex(&bytes),
        bytes: &bytes,
    };
    let e1 = up.send(1, up.part(1));
    let e3 = up.send(3, up.part(3));
    let (code, body) = up.complete(&[(1, e1), (2, e2), (3, e3)]);
    assert_eq!(code, 200, "{body}");
    up.commit_and_pull();
}
