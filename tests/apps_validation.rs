//! The server and `everai app check` run one validator for an app's
//! resources: what `app check` refuses, the server answers with 400
//! `{code, message}` naming the field, and starts nothing.

mod common;

use common::apps::*;
use serde_json::{json, Value};

/// `(field, cpu, memory, gpu)` of requests both sides must refuse.
const BAD: &[(&str, i64, &str, Option<i64>)] = &[
    ("spec.resource.cpu", -5, "256 MiB", None),
    ("spec.resource.cpu", 0, "256 MiB", None),
    ("spec.resource.memory", 1, "0 B", None),
    ("spec.resource.gpu", 1, "256 MiB", Some(-1)),
];

fn manifest_with(name: &str, cpu: i64, memory: &str, gpu: Option<i64>) -> String {
    let gpu = gpu.map(|g| format!("    gpu: {g}\n")).unwrap_or_default();
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: {name}\nspec:\n  image: img\n  command: [sleep, '60']\n  resource:\n    cpu: {cpu}\n    memory: {memory}\n{gpu}"
    )
}

fn body_with(name: &str, cpu: i64, memory: &str, gpu: Option<i64>) -> Value {
    let mut resource = json!({"cpu": cpu, "memory": memory});
    if let Some(g) = gpu {
        resource["gpu"] = json!(g);
    }
    json!({"appV1alpha1": {
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"image": "img", "command": ["sleep", "60"], "resource": resource}
    }})
}

#[test]
fn server_and_app_check_refuse_the_same_resources() {
    let p = Server::for_apps(&[]);
    let create = "/api/apps/v1/namespaces/default/apps";

    // The same shapes with good resources pass both: the refusals below are
    // about the resources and nothing else.
    let good = p
        .sandbox
        .file("good.yaml", manifest_with("good", 1, "256 MiB", Some(0)));
    p.cli(&["app", "check", "-f", good.to_str().expect("utf-8")])
        .success()
        .stdout_is("");
    let (status, _) = p.api(
        "PUT",
        create,
        Some(&body_with("good", 1, "256 MiB", Some(0))),
    );
    assert_eq!(status, 200);

    for (i, (field, cpu, memory, gpu)) in BAD.iter().enumerate() {
        let name = format!("bad{i}");
        let file = p.sandbox.file(
            &format!("{name}.yaml"),
            manifest_with(&name, *cpu, memory, *gpu),
        );
        let check = p.cli(&["app", "check", "-f", file.to_str().expect("utf-8")]);
        check.exit(1).stdout_has(field);

        let (status, body) = p.api("PUT", create, Some(&body_with(&name, *cpu, memory, *gpu)));
        assert_eq!(status, 400, "{field} = {cpu}/{memory}/{gpu:?}: {body}");
        assert_eq!(body["code"], json!(3), "{body}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(message.starts_with(field), "{message}");
        // The same words: one validator.
        check.stdout_has(message);

        // Nothing was stored, so no worker can have started.
        let (status, _) = p.api(
            "GET",
            &format!("/api/apps/v1/namespaces/default/apps/{name}"),
            None,
        );
        assert_eq!(status, 404);

        // An update is held to the same rules.
        let (status, body) = p.api(
            "PUT",
            "/api/apps/v1/namespaces/default/apps/good",
            Some(&body_with("good", *cpu, memory, *gpu)),
        );
        assert_eq!(status, 400, "update {field}: {body}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(message.starts_with(field), "{message}");
    }
    p.cli(&["app", "delete", "good", "--force"]).success();
}
