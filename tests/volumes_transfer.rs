//! How large files travel: a pull fetches ranges of a large file at once
//! (seen by a relay), and still works from a storage that ignores `Range`.

mod common;

use common::volumes::*;
use common::{Sandbox, Server};
use serde_json::Value;
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
