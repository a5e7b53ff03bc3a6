//! Points where our CLI and server used to differ from the reference client
//! and the hosted platform: a configmap or secret named like its list is
//! looked up by name, a missing manifest file is bad input (exit 2), and
//! zero worker counters are omitted on the wire.

mod common;

use common::*;

#[test]
fn get_configmaps_and_get_secrets_are_name_lookups() {
    let server = Server::start();
    let s = Sandbox::connected(&server);
    for (kind, name) in [("configmap", "configmaps"), ("secret", "secrets")] {
        let r = s.run([kind, "get", name]);
        r.one_line_error(1);
        assert!(r.stderr.contains("not found"), "{kind}: {}", r.stderr);
        s.run([kind, "create", name, "-l", "k=v"]).success();
        let got = s.run([kind, "get", name, "-o", "json"]);
        got.success().stdout_has(&format!("\"name\": \"{name}\""));
        s.run([kind, "update", name, "-l", "k=w"]).success();
        s.run([kind, "delete", name]).success();
        s.run([kind, "get", name]).one_line_error(1);
    }
}

#[test]
fn app_create_with_a_missing_file_is_a_usage_error() {
    let s = Sandbox::new();
    let sentinel = Sentinel::new();
    let mut cmd = s.everai(["app", "create", "-f", "no-such-app.yaml"]);
    cmd.env("EVERAI_ENDPOINT", &sentinel.endpoint)
        .env("EVERAI_TOKEN", "t");
    run(cmd).one_line_error(2).stderr_has("no-such-app.yaml");
    s.run(["configmap", "create", "x", "-f", "no-such-cm.yaml"])
        .one_line_error(2);
    assert_eq!(sentinel.connections(), 0);
}

#[test]
fn zero_worker_counters_are_omitted_like_the_hosted_platform() {
    let p = Server::for_apps(&[]);
    p.create_app(
        &p.sandbox.root().join("fresh"),
        &apps::manifest("fresh", &[], &apps::manual(1), ""),
    );
    let workers = p.wait_free("fresh", 1);
    let worker = &workers[0];
    assert!(worker.get("successCount").is_none(), "{worker}");
    assert!(worker.get("failedCount").is_none(), "{worker}");
    // One request later, the success counter shows.
    let reply = p.get(&Server::route("fresh", "/"), true);
    assert_eq!(reply.status, 200, "{reply:?}");
    poll(apps::WAIT, "successCount 1", || {
        let w = p.workers("fresh");
        (w[0]["successCount"] == 1 && w[0].get("failedCount").is_none()).then_some(())
    });
}
