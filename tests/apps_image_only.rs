//! An app that names only an image (no `spec.command`) is what the reference
//! client creates from the tutorial's `app.py`. The platform accepts it; on
//! the process runtime, which cannot run an image, each worker goes ERROR
//! with a warning event that says why and how to fix it.

mod common;

use common::apps::*;
use common::poll;

const APP_PY: &str = r#"from everai.app import App
from everai.image import Image
from everai.resource_requests import ResourceRequests

app = App(
    'tutorial',
    image=Image.from_registry('quay.io/everai2024/get-start:v1'),
    resource_requests=ResourceRequests(cpu_num=1, memory_mb=256),
)
"#;

#[test]
fn reference_client_creates_an_image_only_app_and_workers_explain_the_process_runtime() {
    let p = Server::for_apps(&[]);
    let env = common::Sandbox::connected(&p);
    std::fs::write(env.work().join("app.py"), APP_PY).unwrap();
    env.run_reference(["app", "create"])
        .reference_printed("App `tutorial` successfully created\n");

    // Stored as sent: an image, no command.
    let app = p.app("tutorial");
    assert_eq!(app["spec"]["image"], "quay.io/everai2024/get-start:v1");
    assert!(app["spec"].get("command").is_none(), "{app}");

    // Its worker fails, and the failure says what to do.
    let failed = poll(WAIT, "an ERROR worker of tutorial", || {
        p.all_workers("tutorial")
            .into_iter()
            .find(|w| w["status"] == "STATUS_ERROR")
    });
    let id = failed["id"].as_str().unwrap().to_string();
    let events = p.events("tutorial");
    let warning = events
        .iter()
        .find(|e| {
            e["type"] == "EVENT_TYPE_WARNING" && e["message"].as_str().unwrap_or("").contains(&id)
        })
        .unwrap_or_else(|| panic!("a warning event about worker {id}: {events:?}"));
    let message = warning["message"].as_str().unwrap();
    assert!(
        message.contains("no spec.command")
            && message.contains("quay.io/everai2024/get-start:v1")
            && message.contains("--runtime docker"),
        "{message}"
    );

    // The app itself stays listed, deployed, with no ready worker.
    let rows = parse_table(&p.ok(&["app", "list"]));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["NAME"], "tutorial");
    assert_eq!(rows[0]["STATUS"], "DEPLOYED");
    assert!(rows[0]["WORKERS"].starts_with("0/"), "{rows:?}");
}
