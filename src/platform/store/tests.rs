//! The store's methods on a database in a temp dir.

use super::*;
use crate::model::Event;
use crate::platform::error::ApiError;
use axum::http::StatusCode;

fn open() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("everai.db")).expect("store opens");
    (store, dir)
}

#[tokio::test]
async fn workers_with_a_pid_are_leftovers_until_retired() {
    let (store, _dir) = open();
    let save = |id: &str, pid: Option<i64>, created: &str| {
        store.save_worker(
            id.into(),
            "uid1".into(),
            format!("{{\"id\":\"{id}\"}}"),
            pid,
            created.into(),
        )
    };
    save("w1", Some(4242), "2026-01-01T00:00:00.000Z")
        .await
        .expect("saved");
    save("w2", None, "2026-01-03T00:00:00.000Z")
        .await
        .expect("saved");
    let leftovers = store.leftover_workers().expect("read");
    assert_eq!(
        leftovers,
        [LeftoverWorker {
            id: "w1".into(),
            pid: 4242,
            body: "{\"id\":\"w1\"}".into()
        }]
    );
    store
        .retire_worker("w1", "{\"final\":true}")
        .expect("retired");
    assert_eq!(store.leftover_workers().expect("read"), []);
    let recent = store
        .worker_records_since("uid1", "2026-01-02T00:00:00.000Z".into())
        .await
        .expect("read");
    assert_eq!(recent, ["{\"id\":\"w2\"}"]);
    let all = store
        .worker_records_since("uid1", String::new())
        .await
        .expect("read");
    assert_eq!(all, ["{\"final\":true}", "{\"id\":\"w2\"}"]);
}

#[tokio::test]
async fn events_are_read_newest_first_and_deleted_with_their_app() {
    let (store, _dir) = open();
    store
        .ensure_default_namespace("2026-01-01T00:00:00Z".into())
        .await
        .expect("seeded");
    let app = store
        .create_app(NewApp {
            namespace: "default".into(),
            name: "a1".into(),
            uid: "uid1".into(),
            body: "{}".into(),
            status: "STATUS_DEPLOYED".into(),
            workdir: "/tmp".into(),
            now: "2026-01-01T00:00:00Z".into(),
        })
        .await
        .expect("created");
    let event = |message: &str| Event {
        event_type: "Normal".into(),
        source: "test".into(),
        message: message.into(),
        created_at: "2026-01-01T00:00:00Z".into(),
    };
    store
        .append_events(vec![
            (app.uid.clone(), event("first")),
            (app.uid.clone(), event("second")),
            ("other".into(), event("elsewhere")),
        ])
        .await
        .expect("stored");
    let messages =
        |events: Vec<Event>| -> Vec<String> { events.into_iter().map(|e| e.message).collect() };
    let newest = store.events("uid1", 10, 0).await.expect("read");
    assert_eq!(messages(newest), ["second", "first"]);
    let page = store.events("uid1", 1, 1).await.expect("read");
    assert_eq!(messages(page), ["first"]);
    assert_eq!(
        store.delete_app("default", "a1").await.expect("deleted"),
        "uid1"
    );
    assert!(store.events("uid1", 10, 0).await.expect("read").is_empty());
    assert_eq!(store.events("other", 10, 0).await.expect("read").len(), 1);
}

#[test]
fn domain_errors_become_the_api_answers() {
    let cases = [
        (
            StoreError::not_found("app", "a1"),
            StatusCode::NOT_FOUND,
            5,
            "app \"a1\" not found",
        ),
        (
            StoreError::already_exists("secret", "s1"),
            StatusCode::CONFLICT,
            6,
            "secret \"s1\" already exists",
        ),
        (
            StoreError::NamespaceMissing("ns".into()),
            StatusCode::NOT_FOUND,
            5,
            "namespace \"ns\" not found; create it with `everai namespace create ns`",
        ),
        (
            StoreError::NamespaceInUse {
                name: "ns".into(),
                apps: 2,
            },
            StatusCode::BAD_REQUEST,
            9,
            "namespace \"ns\" still has 2 app(s); delete them first",
        ),
        (
            StoreError::Poisoned,
            StatusCode::INTERNAL_SERVER_ERROR,
            13,
            "store lock poisoned",
        ),
    ];
    for (error, status, code, message) in cases {
        let api = ApiError::from(error);
        assert_eq!(
            (api.status, api.code, api.message.as_str()),
            (status, code, message)
        );
    }
}
