//! The client's retry policy against a scripted HTTP peer: idempotent
//! requests (GET, PUT, DELETE) are retried on 502/503/504 honouring
//! `Retry-After`; POST is never retried. And the platform's refusals at app
//! create: more resources than the host has, no command.

mod common;

use common::{Sandbox, Server};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Serves the given answers in order, one per connection, counting requests.
/// Each answer is `(status line, headers, body)`.
fn scripted_peer(
    answers: Vec<(&'static str, &'static str, &'static str)>,
) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for (index, stream) in listener.incoming().enumerate() {
            let Ok(mut stream) = stream else { return };
            seen.fetch_add(1, Ordering::SeqCst);
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let (status, headers, body) = answers[index.min(answers.len() - 1)];
            let reply = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    (endpoint, count)
}

fn sandbox_for(endpoint: &str) -> Sandbox {
    let mut s = Sandbox::new();
    s.set("EVERAI_ENDPOINT", endpoint).set("EVERAI_TOKEN", "t");
    s
}

#[test]
fn get_is_retried_on_503_honouring_retry_after() {
    let unavailable = (
        "503 Service Unavailable",
        "Retry-After: 0\r\n",
        r#"{"code":14,"message":"busy","details":[]}"#,
    );
    let ok = (
        "200 OK",
        "",
        r#"{"configmaps":[{"name":"a","data":{"k":"v"}}]}"#,
    );
    let (endpoint, count) = scripted_peer(vec![unavailable, unavailable, ok]);
    let run = sandbox_for(&endpoint).run(["configmap", "list"]);
    run.success();
    run.stdout_has("a  ");
    assert_eq!(count.load(Ordering::SeqCst), 3, "two 503s, then the answer");
}

#[test]
fn retries_give_up_with_the_server_error() {
    let bad_gateway = (
        "502 Bad Gateway",
        "",
        r#"{"code":14,"message":"upstream down","details":[]}"#,
    );
    let (endpoint, count) = scripted_peer(vec![bad_gateway]);
    let run = sandbox_for(&endpoint).run(["configmap", "get", "x"]);
    run.one_line_error(1);
    run.stderr_has("Error from server (BadGateway): upstream down");
    assert_eq!(
        count.load(Ordering::SeqCst),
        4,
        "the first try and three retries"
    );
}

#[test]
fn post_is_not_retried() {
    let unavailable = (
        "503 Service Unavailable",
        "Retry-After: 0\r\n",
        r#"{"code":14,"message":"busy","details":[]}"#,
    );
    let (endpoint, count) = scripted_peer(vec![unavailable]);
    let run = sandbox_for(&endpoint).run(["configmap", "update", "x", "-l", "a=1"]);
    run.one_line_error(1);
    assert_eq!(count.load(Ordering::SeqCst), 1, "an update is sent once");
}

fn manifest(cpu: u32, command: &str) -> String {
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: big\nspec:\n  image: x\n{command}  resource:\n    cpu: {cpu}\n    memory: 64 MiB\n"
    )
}

#[test]
fn app_create_refuses_what_the_host_cannot_run() {
    let server = Server::start();
    let sandbox = Sandbox::connected(&server);
    let too_big = sandbox.file("big.yaml", manifest(100_000, "  command: [sleep, '100']\n"));
    let run = sandbox.run(["app", "create", "-f", too_big.to_str().expect("utf-8")]);
    run.one_line_error(1);
    run.stderr_has("spec.resource.cpu is 100000 but this host has");
    // Nothing was created.
    let run = sandbox.run(["app", "list"]);
    run.success();
    assert_eq!(
        run.stdout.lines().count(),
        2,
        "header and dashes only: {}",
        run.stdout
    );
}
