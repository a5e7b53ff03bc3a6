//! Tests of the manifest layer. Fixtures in `testdata/`: the manifests of
//! the reference's documented examples (full example, each autoscaler kind, and
//! a manifest using every spec field), with the JSON
//! the reference client (everai 0.2.41) produced from them: `*.wire.json` is
//! the request body it sends, `*.doc.json` its `App.to_dict()` document.

use super::*;
use crate::model::app::{App, Value, STATUS_DEPLOYED};

const COMPLETE: &str = include_str!("testdata/complete.yaml");
const APPENDIX_A: &str = include_str!("testdata/appendix_a.yaml");
const FREE_WORKER: &str = include_str!("testdata/fw.yaml");
const MANUAL: &str = include_str!("testdata/manual.yaml");
const GET_START: &str = include_str!("testdata/get-start-app.yaml");

fn parse(text: &str) -> App {
    match parse_manifest(text, "app.yaml") {
        Ok(app) => app,
        Err(e) => panic!("unexpected error: {e}\n{:#?}", e.problems()),
    }
}

fn err(text: &str) -> ManifestError {
    match parse_manifest(text, "app.yaml") {
        Ok(app) => panic!("expected an error, got {app:?}"),
        Err(e) => e,
    }
}

/// Re-serialises reference JSON with our serializer (order kept).
fn canonical(json: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    serde_json::to_string(&v).unwrap()
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

/// A minimal valid manifest with `extra` appended under `spec:`.
fn with_spec(extra: &str) -> String {
    format!(
        "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: a\nspec:\n  image: img\n  resource: {{cpu: 1, memory: 1 GiB}}\n{extra}"
    )
}

// ---------------------------------------------------------------------------
// Reference parity
// ---------------------------------------------------------------------------

#[test]
fn complete_example_matches_reference_body_and_document() {
    let app = parse(COMPLETE);
    assert_eq!(
        serde_json::to_string(&app).unwrap(),
        canonical(include_str!("testdata/complete.wire.json"))
    );
    assert_eq!(
        serde_json::to_string(&to_manifest_yaml_value(&app)).unwrap(),
        canonical(include_str!("testdata/complete.doc.json"))
    );
    assert_eq!(check_manifest(COMPLETE, "app.yaml"), vec![]);
    assert_eq!(local_runtime_problems(&app), vec![]);
}

#[test]
fn appendix_a_manifest_gives_the_captured_body() {
    let app = parse(APPENDIX_A);
    assert_eq!(
        serde_json::to_string(&app).unwrap(),
        canonical(include_str!("testdata/appendix_a.wire.json"))
    );
    assert_eq!(
        serde_json::to_string(&to_manifest_yaml_value(&app)).unwrap(),
        canonical(include_str!("testdata/appendix_a.doc.json"))
    );
    // The capture uses a made-up factor decorator; only `app check` minds.
    let problems = check_manifest(APPENDIX_A, "app.yaml");
    assert_eq!(
        messages(&problems),
        vec![
            "app.yaml:58:17: spec.autoscaler.builtin.decorators.factors[0].name: unknown decorator \"dec1\"; expected one of: average, noop"
        ]
    );
}

#[test]
fn other_autoscalers_match_reference() {
    for (text, wire, doc) in [
        (
            FREE_WORKER,
            include_str!("testdata/fw.wire.json"),
            include_str!("testdata/fw.doc.json"),
        ),
        (
            MANUAL,
            include_str!("testdata/manual.wire.json"),
            include_str!("testdata/manual.doc.json"),
        ),
    ] {
        let app = parse(text);
        assert_eq!(serde_json::to_string(&app).unwrap(), canonical(wire));
        assert_eq!(
            serde_json::to_string(&to_manifest_yaml_value(&app)).unwrap(),
            canonical(doc)
        );
        assert_eq!(check_manifest(text, "app.yaml"), vec![]);
    }
}

#[test]
fn get_start_example_is_valid() {
    let app = parse(GET_START);
    assert_eq!(app.name(), "get-start");
    assert_eq!(app.namespace(), "default");
    let spec = &app.app_v1alpha1.spec;
    assert_eq!(spec.image.as_deref(), Some("get-start:local"));
    assert_eq!(spec.port, Some(8080));
    assert_eq!(
        spec.readiness_probe
            .as_ref()
            .unwrap()
            .http_get
            .as_ref()
            .unwrap()
            .path
            .as_deref(),
        Some("/healthz")
    );
    let builtin = spec.autoscaler.as_ref().unwrap().builtin.as_ref().unwrap();
    assert_eq!(builtin.name.as_deref(), Some("simple"));
    let args = builtin.arguments.as_ref().unwrap();
    let names: Vec<&str> = args.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "min_workers",
            "max_workers",
            "max_queue_size",
            "max_idle_time",
            "scale_up_step"
        ]
    );
    for (k, v) in args.iter() {
        assert_eq!(v, &Value::config_map_ref("get-start-configmap", k.as_str()));
    }
    assert_eq!(check_manifest(GET_START, "get-start-app.yaml"), vec![]);
    assert_eq!(local_runtime_problems(&app), vec![]);
    assert_eq!(
        referenced_configmaps(&app).into_iter().collect::<Vec<_>>(),
        ["get-start-configmap"]
    );
    assert!(referenced_secrets(&app).is_empty());
}

#[test]
fn manifest_document_round_trips_through_yaml() {
    for text in [COMPLETE, APPENDIX_A, FREE_WORKER, MANUAL, GET_START] {
        let app = parse(text);
        let yaml = serde_saphyr::to_string(&to_manifest_yaml_value(&app)).unwrap();
        let again = parse(&yaml);
        assert_eq!(again, app, "round trip of\n{yaml}");
    }
}

#[test]
fn app_get_yaml_output_can_be_fed_back() {
    // What `app get -o yaml` prints: CLI time format, short enum names,
    // status and read-only metadata included.
    let text = r#"version: everai/v1alpha1
kind: App
metadata:
  name: get-start
  namespace: default
  resourceVersion: '3'
  uid: 4gexdRcjZyAwPGNeNFNHpr
  createdAt: 2024-06-18T04:21:37+0000
  updatedAt: ''
spec:
  image: quay.io/u/img:v1
  resource:
    cpu: 1
    memory: 1 GiB
  routeAuthType: PUBLIC
status:
  desiredWorker: 3
  readyWorker: 3
  status: DEPLOYED
"#;
    let app = parse(text);
    let md = &app.app_v1alpha1.metadata;
    assert_eq!(md.created_at.as_deref(), Some("2024-06-18T04:21:37+00:00"));
    assert_eq!(md.updated_at, None);
    assert_eq!(md.resource_version.as_deref(), Some("3"));
    let status = app.app_v1alpha1.status.as_ref().unwrap();
    assert_eq!(status.status.as_deref(), Some(STATUS_DEPLOYED));
    assert_eq!(status.desired_worker, Some(3));
    assert_eq!(
        app.app_v1alpha1.spec.route_auth_type.as_deref(),
        Some("ROUTE_AUTH_TYPE_PUBLIC")
    );
}

// ---------------------------------------------------------------------------
// Loading rules (docs/manifest.md)
// ---------------------------------------------------------------------------

#[test]
fn version_and_kind() {
    let e = err(
        "kind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n",
    );
    assert_eq!(
        e.to_string(),
        "app.yaml:1:1: version: missing required field (must be everai/v1alpha1)"
    );
    let e = err("version: everai/v1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:1:10: version: unsupported version \"everai/v1\"; expected everai/v1alpha1"
    );
    // Quirk 10 fixed: the missing field is named.
    let e = err("version: everai/v1alpha1\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:1:1: kind: missing required field (must be App)"
    );
    let e = err("version: everai/v1alpha1\nkind: Deployment\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:2:7: kind: kind should be \"App\", found \"Deployment\""
    );
}

#[test]
fn metadata_rules() {
    let e = err("version: everai/v1alpha1\nkind: App\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:1:1: metadata: missing required field"
    );
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata:\n  namespace: x\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:4:3: metadata.name: missing required field"
    );
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: ''}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:3:18: metadata.name: must not be empty"
    );
    for ns in ["", "  namespace: ''\n", "  namespace:\n"] {
        let text = format!("version: everai/v1alpha1\nkind: App\nmetadata:\n  name: a\n{ns}spec: {{image: i, resource: {{cpu: 1, memory: 1 GiB}}}}\n");
        let app = parse(&text);
        assert_eq!(
            app.app_v1alpha1.metadata.namespace.as_deref(),
            Some("default")
        );
    }
    let app = parse("version: everai/v1alpha1\nkind: App\nmetadata: {name: a, namespace: ns1, labels: {b: '1', a: x}}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(app.namespace(), "ns1");
    let labels = app.app_v1alpha1.metadata.labels.unwrap();
    assert_eq!(labels.keys().collect::<Vec<_>>(), ["b", "a"]);
    // Label values are strings, strictly.
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a, labels: {b: 1}}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:3:33: metadata.labels.b: expected a string, found an integer (1)"
    );
}

#[test]
fn spec_required_fields() {
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\n");
    assert_eq!(e.to_string(), "app.yaml:1:1: spec: missing required field");
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  resource: {cpu: 1, memory: 1 GiB}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:5:3: spec.image: missing required field (spec.image is required for manifest mode)"
    );
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: i\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:5:3: spec.resource: missing required field (cpu and memory)"
    );
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: i\n  resource:\n    memory: 1 GiB\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:7:5: spec.resource.cpu: missing required field"
    );
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: i\n  resource: {cpu: 1}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:6:13: spec.resource.memory: missing required field"
    );
}

#[test]
fn strict_types_with_path_and_position() {
    let text = "version: everai/v1alpha1\nkind: App\nmetadata:\n  name: a\nspec:\n  image: img\n  resource:\n    cpu: \"2\"\n    memory: 1 GiB\n";
    let e = err(text);
    assert_eq!(
        e.to_string(),
        "app.yaml:8:10: spec.resource.cpu: expected an integer, found a string \"2\""
    );
    let p = &e.problems()[0];
    assert_eq!((p.line, p.column), (Some(8), Some(10)));
    assert_eq!(p.path, "spec.resource.cpu");

    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: img\n  resource:\n    cpu: 2\n    memory: 1024\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:8:13: spec.resource.memory: expected a string, found an integer (1024)"
    );
    let e = err(&with_spec("  port: '8080'\n"));
    assert_eq!(
        e.to_string(),
        "app.yaml:8:9: spec.port: expected an integer, found a string \"8080\""
    );
    let e = err(&with_spec("  command: [python, --port, 8080]\n"));
    assert_eq!(
        e.to_string(),
        "app.yaml:8:29: spec.command[2]: expected a string, found an integer (8080)"
    );
    let e = err(&with_spec("  volumeMounts: [{name: v, mountPath: /v, readOnly: 'yes'}]\n  volumes: [{name: v, volume: {volume: v}}]\n"));
    assert!(e
        .to_string()
        .contains("spec.volumeMounts[0].readOnly: expected a boolean, found a string \"yes\""));
    // YAML 1.1 booleans are booleans (as in PyYAML).
    parse(&with_spec("  volumeMounts: [{name: v, mountPath: /v, readOnly: yes}]\n  volumes: [{name: v, volume: {volume: v}}]\n"));
    let e = err(&with_spec("  port: 99999999999\n"));
    assert!(e
        .to_string()
        .contains("spec.port: integer 99999999999 is out of range"));
    let e = err(&with_spec("  env: {A: b}\n"));
    assert!(
        e.to_string()
            .ends_with("spec.env: expected a list, found a mapping"),
        "{e}"
    );
}

#[test]
fn value_shorthand() {
    let app = parse(&with_spec(
        "  env:\n  - {name: A, envValue: 5}\n  - {name: B, envValue: true}\n  - {name: C, envValue: 1.5}\n  - {name: D, envValue: hello}\n  - {name: E, envValue: off}\n  - {name: F, envValue: 0x10}\n  - {name: G, envValue: {value: x}}\n",
    ));
    let got: Vec<Option<String>> = app
        .app_v1alpha1
        .spec
        .env
        .unwrap()
        .into_iter()
        .map(|e| e.env_value.unwrap().value)
        .collect();
    let want = ["5", "True", "1.5", "hello", "False", "16", "x"];
    assert_eq!(got, want.map(|s| Some(s.to_string())));
    // Serialised in the object form.
    let app = parse(&with_spec(
        "  autoscaler:\n    builtin:\n      name: simple\n      arguments: {max_workers: 3}\n",
    ));
    let json = serde_json::to_string(&app.app_v1alpha1.spec.autoscaler).unwrap();
    assert_eq!(
        json,
        r#"{"builtin":{"name":"simple","arguments":{"max_workers":{"value":"3"}}}}"#
    );
    // Inside the object form `value` is a string, strictly (as the reference).
    let e = err(&with_spec("  env: [{name: A, envValue: {value: 5}}]\n"));
    assert_eq!(
        e.to_string(),
        "app.yaml:8:37: spec.env[0].envValue.value: expected a string, found an integer (5)"
    );
    // null is not a value.
    let e = err(&with_spec(
        "  autoscaler:\n    builtin:\n      name: simple\n      arguments: {max_workers: }\n",
    ));
    assert!(
        e.to_string()
            .contains("spec.autoscaler.builtin.arguments.max_workers: expected a value"),
        "{e}"
    );
}

#[test]
fn enum_short_and_wire_names() {
    for (given, wire) in [
        ("PUBLIC", "ROUTE_AUTH_TYPE_PUBLIC"),
        ("PRIVATE", "ROUTE_AUTH_TYPE_PRIVATE"),
        ("JWT", "ROUTE_AUTH_TYPE_JWT"),
        ("UNSPECIFIED", "ROUTE_AUTH_TYPE_UNSPECIFIED"),
        ("ROUTE_AUTH_TYPE_PUBLIC", "ROUTE_AUTH_TYPE_PUBLIC"),
    ] {
        let app = parse(&with_spec(&format!("  routeAuthType: {given}\n")));
        assert_eq!(app.app_v1alpha1.spec.route_auth_type.as_deref(), Some(wire));
        // And back to the short name for printing.
        let doc = to_manifest_yaml_value(&app);
        assert_eq!(
            doc["spec"]["routeAuthType"],
            wire.trim_start_matches("ROUTE_AUTH_TYPE_")
        );
    }
    let e = err(&with_spec("  routeAuthType: public\n"));
    assert_eq!(
        e.to_string(),
        "app.yaml:8:18: spec.routeAuthType: invalid value \"public\"; expected one of: UNSPECIFIED, PRIVATE, JWT, PUBLIC (upper case: PUBLIC)"
    );
    let base = with_spec("");
    for (given, wire) in [
        ("DEPLOYED", "STATUS_DEPLOYED"),
        ("STATUS_PAUSED", "STATUS_PAUSED"),
    ] {
        let app = parse(&format!("{base}status: {{status: {given}}}\n"));
        assert_eq!(
            app.app_v1alpha1.status.unwrap().status.as_deref(),
            Some(wire)
        );
    }
    let e = err(&format!("{base}status: {{status: RUNNING}}\n"));
    assert!(
        e.to_string()
            .contains("status.status: invalid value \"RUNNING\""),
        "{e}"
    );
}

#[test]
fn unknown_keys_are_rejected_with_their_path() {
    let e = err(&with_spec("  env:\n  - name: X\n    value: y\n"));
    assert_eq!(
        e.to_string(),
        "app.yaml:10:5: spec.env[0].value: unknown field \"value\"; env entries take their value under envValue (envValue: {value: ...})"
    );
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: i\n  resources: {cpu: 1, memory: 1 GiB}\n");
    let msgs = messages(e.problems());
    assert!(
        msgs.contains(
            &"app.yaml:6:3: spec.resources: unknown field \"resources\"; did you mean resource?"
                .to_string()
        ),
        "{msgs:?}"
    );
    let e = err(&with_spec(
        "  autoscaler: {builtin: {name: simple, argument: {}}}\n",
    ));
    assert!(
        e.to_string().contains(
            "spec.autoscaler.builtin.argument: unknown field \"argument\"; did you mean arguments?"
        ),
        "{e}"
    );
    let e = err(&format!("{}extra: 1\n", with_spec("")));
    assert!(e.to_string().contains("extra: unknown field \"extra\"; expected one of: version, kind, metadata, spec, status"), "{e}");
    // The stale template's shapes are rejected, not silently dropped.
    let e = err(&with_spec("  volumes: [{name: v, volume: v}]\n"));
    assert!(
        e.to_string()
            .contains("spec.volumes[0].volume: expected a mapping, found a string \"v\""),
        "{e}"
    );
    let e = err(&with_spec("  resource2: x\n"));
    assert!(e.to_string().contains("spec.resource2"));
}

#[test]
fn duplicate_and_odd_keys() {
    let e = err("version: everai/v1alpha1\nversion: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:2:1: version: duplicate key (first given at line 1)"
    );
    let e = err(&with_spec(
        "  autoscaler: {builtin: {name: simple, arguments: {1: x}}}\n",
    ));
    assert!(
        e.to_string()
            .contains("mapping keys must be strings, found an integer (1)"),
        "{e}"
    );
    let e = err(&with_spec("  {a: 1}: x\n"));
    assert!(
        e.to_string().contains("mapping keys must be strings"),
        "{e}"
    );
}

#[test]
fn yaml_syntax_errors_carry_line_and_column() {
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata:\n  name: [a, b\nspec: {}\n");
    let p = &e.problems()[0];
    assert!(p.line.is_some() && p.column.is_some());
    assert!(p.message.starts_with("invalid YAML: "), "{p:?}");
    assert!(e.to_string().starts_with(&format!(
        "app.yaml:{}:{}: invalid YAML: ",
        p.line.unwrap(),
        p.column.unwrap()
    )));
    let e = err("version: everai/v1alpha1\nkind: App\n\tmetadata: x\n");
    assert!(
        e.to_string().starts_with("app.yaml:2:7: invalid YAML: "),
        "{e}"
    );
    let e = err("a: 1\n---\nb: 2\n");
    assert_eq!(
        e.to_string(),
        "app.yaml:2:1: expected a single YAML document, found several (remove the `---` separator)"
    );
    assert_eq!(err("").to_string(), "app.yaml:1:1: the manifest is empty");
    assert_eq!(
        err("# nothing\n").to_string(),
        "app.yaml:1:1: the manifest is empty"
    );
    assert_eq!(
        err("- a\n- b\n").to_string(),
        "app.yaml:1:1: expected a mapping, found a list"
    );
    assert_eq!(
        err("just text\n").to_string(),
        "app.yaml:1:1: expected a mapping, found a string \"just text\""
    );
}

#[test]
fn error_display_counts_further_problems() {
    let e = err("version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: 5\n  resource: {cpu: x, memory: 2}\n");
    assert_eq!(e.problems().len(), 3);
    assert_eq!(
        e.to_string(),
        "app.yaml:5:10: spec.image: expected a string, found an integer (5) (and 2 more problems)"
    );
    assert_eq!(
        messages(e.problems()),
        [
            "app.yaml:5:10: spec.image: expected a string, found an integer (5)",
            "app.yaml:6:19: spec.resource.cpu: expected an integer, found a string \"x\"",
            "app.yaml:6:30: spec.resource.memory: expected a string, found an integer (2)",
        ]
    );
}

#[test]
fn anchors_and_merge_keys_work_in_manifests() {
    let text = "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nx-ref: &cm {name: cm1, key: k}\n";
    // x-ref is an unknown top-level key: anchors must live inside known fields.
    assert!(parse_manifest(text, "f").is_err());
    let app = parse(&with_spec(
        "  env:\n  - name: A\n    envValue: {valueFrom: {configMapKeyRef: &r {name: cm1, key: a}}}\n  - name: B\n    envValue: {valueFrom: {configMapKeyRef: {<<: *r, key: b}}}\n",
    ));
    let env = app.app_v1alpha1.spec.env.unwrap();
    assert_eq!(env[1].env_value, Some(Value::config_map_ref("cm1", "b")));
}

// ---------------------------------------------------------------------------
// check_manifest
// ---------------------------------------------------------------------------

#[test]
fn check_collects_every_problem() {
    let text = r#"version: everai/v1alpha1
kind: App
metadata:
  name: My_App
spec:
  image: img
  port: 70000
  env:
  - name: A
    envValue: x
  - name: A
    envValue: y
  - name: 1BAD
    envValue: {value: a, valueFrom: {secretKeyRef: {name: s, key: k}}}
  - name: C
    envValue: {}
  - name: D
  volumes:
  - name: v
    volume: {volume: v}
  - name: v
    secret: {secretName: s}
  volumeMounts:
  - {name: nope, mountPath: /data}
  resource: {cpu: 1, memory: 2Gi}
  services: [{port: 0}]
  autoscaler:
    scheduler: queue
    builtin:
      name: simple
      arguments:
        min_workers: 3
        max_workers: two
        max_queue: 1
        scale_up_step: {valueFrom: {configMapKeyRef: {name: cm}}}
"#;
    // None of these stop `app create`...
    let app = parse(text);
    assert_eq!(app.name(), "My_App");
    // ...but `app check` reports them all, in file order.
    let got = messages(&check_manifest(text, "app.yaml"));
    let want = [
        "app.yaml:4:9: metadata.name: invalid app name \"My_App\": must be a DNS-1123 label (at most 63 characters: lower-case letters, digits and '-', starting and ending with a letter or digit)",
        "app.yaml:7:9: spec.port: port 70000 is out of range (1-65535)",
        "app.yaml:11:11: spec.env[1].name: duplicate environment variable \"A\" (first defined at line 9)",
        "app.yaml:13:11: spec.env[2].name: invalid environment variable name \"1BAD\": use letters, digits, '_', '-' or '.', not starting with a digit",
        "app.yaml:14:15: spec.env[2].envValue: give either value or valueFrom, not both",
        "app.yaml:16:15: spec.env[3].envValue: needs value or valueFrom",
        "app.yaml:17:5: spec.env[4].envValue: missing required field",
        "app.yaml:21:11: spec.volumes[1].name: duplicate volume name \"v\" (first defined at line 19)",
        "app.yaml:24:12: spec.volumeMounts[0].name: volume \"nope\" is not declared in spec.volumes",
        "app.yaml:25:30: spec.resource.memory: invalid memory size \"2Gi\": expected \"<number> <unit>\" with unit one of B, KiB, MiB, GiB, TiB, PiB, EiB (e.g. \"1024 MiB\", \"2 GiB\")",
        "app.yaml:26:21: spec.services[0].port: port 0 is out of range (1-65535)",
        "app.yaml:33:22: spec.autoscaler.builtin.arguments.max_workers: expected an integer, found \"two\"",
        "app.yaml:34:9: spec.autoscaler.builtin.arguments.max_queue: unknown argument \"max_queue\" for the simple autoscaler; did you mean max_queue_size?",
        "app.yaml:35:54: spec.autoscaler.builtin.arguments.scale_up_step.valueFrom.configMapKeyRef.key: missing required field",
    ];
    assert_eq!(got, want, "\n{}", got.join("\n"));
}

#[test]
fn check_autoscaler_rules() {
    let probs = |extra: &str| messages(&check_manifest(&with_spec(extra), "a.yaml"));
    let p = probs("  autoscaler: {scheduler: queue, builtin: {name: fast}}\n");
    assert_eq!(
        p,
        ["a.yaml:8:50: spec.autoscaler.builtin.name: unknown builtin autoscaler \"fast\"; expected simple or free-worker"]
    );
    let p = probs("  autoscaler: {builtin: {name: free-worker, arguments: {max_queue_size: 1, min_free_workers: 2}}}\n");
    assert_eq!(p.len(), 1);
    assert!(p[0].contains("unknown argument \"max_queue_size\" for the free-worker autoscaler"));
    let p = probs("  autoscaler: {builtin: {name: simple, arguments: {min_workers: 5, max_workers: '2', max_idle_time: -1, scale_up_step: 1.5}}}\n");
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(
        p[0].contains("max_workers: max_workers (2) is less than min_workers (5)")
            || p.iter().any(|m| m.contains("is less than min_workers"))
    );
    assert!(p
        .iter()
        .any(|m| m.contains("max_idle_time: must not be negative")));
    assert!(p
        .iter()
        .any(|m| m.contains("scale_up_step: expected an integer, found \"1.5\"")));
    let p = probs("  autoscaler: {scheduler: fifo, builtin: {name: simple}}\n");
    assert_eq!(p.len(), 1);
    assert!(p[0].contains("the builtin autoscalers use scheduler queue, found \"fifo\""));
    let p = probs("  autoscaler: {builtin: {name: simple}, manual: {defaultWorkerNum: 1}}\n");
    assert!(
        p[0].contains("needs exactly one policy (builtin, manual, container, thirdParty), found 2")
    );
    let p = probs("  autoscaler: {manual: {defaultWorkerNum: -1}}\n");
    assert!(p[0].contains("spec.autoscaler.manual.defaultWorkerNum: must not be negative"));
    let p = probs("  autoscaler:\n    builtin:\n      name: simple\n      decorators:\n        arguments:\n        - name: time-match\n          arguments: {'match(* 9-22 * * 1-5)': day_, 'match(bad)': x, day_max_workers: 5}\n        factors:\n        - {name: average, arguments: {used_histories: x}}\n        - {name: median}\n");
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p[0].contains("'match(bad)'") || p[0].contains("match(bad)"));
    assert!(p[0].contains("expected match(<minute> <hour> <day> <month> <weekday>)"));
    assert!(p[1].contains("used_histories: expected a non-negative integer, found \"x\""));
    assert!(p[2].contains("unknown decorator \"median\"; expected one of: average, noop"));
}

/// `app check` reads autoscaler arguments with the scheduler's own code: a
/// literal it accepts is never refused at a decision, and the other way round.
#[test]
fn app_check_and_the_scheduler_agree_on_every_argument_form() {
    use crate::autoscale::{
        apply_argument_decorators, apply_factor_decorators, DecoratorSpec, Factors, PolicyArgs,
        PolicyKind,
    };
    use std::collections::BTreeMap;
    let checked_ok = |extra: String| check_manifest(&with_spec(&extra), "a.yaml").is_empty();
    // JSON strings are YAML double-quoted scalars: the form arrives verbatim.
    let quoted = |form: &str| serde_json::to_string(form).unwrap();
    let forms = [
        "1",
        " 2 ",
        "+3",
        "-0",
        "1_0",
        "0_7",
        "\u{663}",
        "\t4\n",
        "4294967295",
        "-1",
        "1.5",
        "1.0",
        "abc",
        "",
        "1__0",
        "_1",
        "1_",
        "0x10",
        "1e3",
        "4294967296",
        "99999999999999999999",
    ];
    for form in forms {
        for kind in PolicyKind::ALL {
            let args = BTreeMap::from([("max_idle_time".to_string(), form.to_string())]);
            let scheduler_ok = PolicyArgs::from_strings(kind, &args).is_ok();
            let yaml = format!(
                "  autoscaler: {{builtin: {{name: {}, arguments: {{max_idle_time: {{value: {}}}}}}}}}\n",
                kind.name(),
                quoted(form)
            );
            assert_eq!(checked_ok(yaml), scheduler_ok, "argument {form:?} ({kind})");
        }
        let average = DecoratorSpec::new("average", [("used_histories", form)]);
        let scheduler_ok = apply_factor_decorators(&[average], Factors::default()).is_ok();
        let yaml = format!(
            "  autoscaler:\n    builtin:\n      name: simple\n      decorators:\n        factors:\n        - {{name: average, arguments: {{used_histories: {}}}}}\n",
            quoted(form)
        );
        assert_eq!(checked_ok(yaml), scheduler_ok, "used_histories {form:?}");
    }
    let now = chrono::Utc::now();
    let time_match = [
        ("match(* 9-22 * * 1-5)", "day_"),
        ("match(*/15 0 1 1-12 0,7)", "x_"),
        ("match(* 25 * * *)", "x_"),
        ("match(0 9 * * mon)", "x_"),
        ("match(bad)", "x_"),
        ("match(* * * *  *)", "x_"),
        ("matcher", "5"),
        ("timezone", "UTC"),
        ("timezone", "+08:00"),
        ("timezone", "Mars/Olympus"),
    ];
    for (key, value) in time_match {
        let spec = DecoratorSpec::new("time-match", [(key, value)]);
        let scheduler_ok = apply_argument_decorators(&[spec], BTreeMap::new(), now).is_ok();
        let yaml = format!(
            "  autoscaler:\n    builtin:\n      name: simple\n      decorators:\n        arguments:\n        - {{name: time-match, arguments: {{{}: {}}}}}\n",
            quoted(key),
            quoted(value)
        );
        assert_eq!(
            checked_ok(yaml),
            scheduler_ok,
            "time-match {key:?}: {value:?}"
        );
    }
}

#[test]
fn check_volume_rules() {
    let probs = |extra: &str| messages(&check_manifest(&with_spec(extra), "a.yaml"));
    let p = probs("  volumes:\n  - name: v\n  - name: w\n    volume: {volume: w}\n    secret: {secretName: w}\n  - name: c\n    combinedVolume: {volumes: []}\n  - name: s\n    secret: {items: [{key: k}]}\n");
    assert_eq!(
        p,
        [
            "a.yaml:9:5: spec.volumes[0]: needs exactly one source (volume, secret, configMap, combinedVolume, sharedVolume), found 0",
            "a.yaml:10:5: spec.volumes[1]: needs exactly one source (volume, secret, configMap, combinedVolume, sharedVolume), found 2",
            "a.yaml:14:21: spec.volumes[2].combinedVolume.volumes: needs at least one volume",
            "a.yaml:16:13: spec.volumes[3].secret.secretName: missing required field",
            "a.yaml:16:22: spec.volumes[3].secret.items[0].path: missing required field",
        ]
    );
    let p = probs("  volumeMounts: [{name: v, mountPath: data}, {name: v, mountPath: /d}, {name: v, mountPath: /d/}]\n");
    assert_eq!(p.len(), 5, "{p:?}");
    assert!(p[0].contains("volume \"v\" is not declared (spec.volumes is missing)"));
    assert!(p[1].contains("mountPath: must be an absolute path"));
    assert!(p
        .iter()
        .any(|m| m.contains("mount path \"/d/\" is already used")));
}

#[test]
fn check_misc_rules() {
    let probs = |extra: &str| messages(&check_manifest(&with_spec(extra), "a.yaml"));
    assert!(probs("  readinessProbe: {httpGet: {path: healthz}}\n")[0]
        .contains("spec.readinessProbe.httpGet.path: must start with '/'"));
    assert!(probs("  imagePullSecrets: {username: u}\n")[0]
        .contains("spec.imagePullSecrets.password: missing required field"));
    assert!(probs("  lifeCycle: {postStart: {}}\n")[0]
        .contains("needs exactly one of httpGet, httpPost, exec"));
    let p = messages(&check_manifest(
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a, namespace: Bad_NS}\nspec: {image: i, resource: {cpu: 0, memory: 0 GiB, gpu: -1}}\n",
        "a.yaml",
    ));
    assert_eq!(p.len(), 4, "{p:?}");
    assert!(p[0].contains("invalid namespace \"Bad_NS\""));
    assert!(p[1].contains("spec.resource.cpu: must be at least 1"));
    assert!(p[2].contains("spec.resource.memory: must be more than 0 B"));
    assert!(p[3].contains("spec.resource.gpu: must not be negative"));
    // A name of 63 characters is fine, 64 is not.
    let name63 = "a".repeat(63);
    let ok = format!("version: everai/v1alpha1\nkind: App\nmetadata: {{name: {name63}}}\nspec: {{image: i, resource: {{cpu: 1, memory: 1 GiB}}}}\n");
    assert_eq!(check_manifest(&ok, "a"), vec![]);
    let bad = ok.replace(&name63, &"a".repeat(64));
    assert_eq!(check_manifest(&bad, "a").len(), 1);
}

#[test]
fn check_reports_structural_problems_too() {
    let p = messages(&check_manifest(
        "kind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: '1', memory: 1 GiB}}\n",
        "a.yaml",
    ));
    assert_eq!(
        p,
        [
            "a.yaml:1:1: version: missing required field (must be everai/v1alpha1)",
            "a.yaml:3:34: spec.resource.cpu: expected an integer, found a string \"1\"",
        ]
    );
    let p = check_manifest("a: [", "a.yaml");
    assert_eq!(p.len(), 1);
    assert!(p[0].message.starts_with("invalid YAML"));
}

// ---------------------------------------------------------------------------
// Helpers for the caller
// ---------------------------------------------------------------------------

#[test]
fn local_runtime_command_is_optional_but_not_empty() {
    // Image-only apps run their image on the Docker runtime.
    let app = parse(&with_spec(""));
    assert!(local_runtime_problems(&app).is_empty());
    let app = parse(&with_spec("  command: []\n"));
    assert_eq!(
        messages(&local_runtime_problems(&app)),
        ["spec.command: empty: name the program to run, or leave spec.command out to run the image's entrypoint"]
    );
    let app = parse(&with_spec("  command: ['']\n"));
    assert_eq!(local_runtime_problems(&app).len(), 1);
    let app = parse(&with_spec("  command: [./serve]\n"));
    assert!(local_runtime_problems(&app).is_empty());
}

#[test]
fn referenced_objects() {
    let app = parse(COMPLETE);
    assert_eq!(
        referenced_configmaps(&app).into_iter().collect::<Vec<_>>(),
        ["sd-autoscale", "sd-settings"]
    );
    assert_eq!(
        referenced_secrets(&app).into_iter().collect::<Vec<_>>(),
        ["hf-token", "registry-cred"]
    );
    let app = parse(APPENDIX_A);
    assert_eq!(
        referenced_configmaps(&app).into_iter().collect::<Vec<_>>(),
        ["cm"]
    );
    assert_eq!(
        referenced_secrets(&app).into_iter().collect::<Vec<_>>(),
        ["quay-secret"]
    );
    // Decorators, third-party and container autoscalers count too.
    let app = parse(&with_spec(
        "  autoscaler:\n    builtin:\n      name: simple\n      decorators:\n        factors: [{name: average, arguments: {used_histories: {valueFrom: {secretKeyRef: {name: s1, key: k}}}}}]\n        arguments: [{name: noop, arguments: {a: {valueFrom: {configMapKeyRef: {name: c1, key: k}}}}}]\n",
    ));
    assert_eq!(
        referenced_secrets(&app).into_iter().collect::<Vec<_>>(),
        ["s1"]
    );
    assert_eq!(
        referenced_configmaps(&app).into_iter().collect::<Vec<_>>(),
        ["c1"]
    );
    let app = parse(&with_spec(
        "  autoscaler:\n    container:\n      image: x\n      imagePullSecrets: {username: {valueFrom: {secretKeyRef: {name: s2, key: u}}}, password: p}\n      volumes: [{name: c2, configMap: {name: c2}}]\n",
    ));
    assert_eq!(
        referenced_secrets(&app).into_iter().collect::<Vec<_>>(),
        ["s2"]
    );
    assert_eq!(
        referenced_configmaps(&app).into_iter().collect::<Vec<_>>(),
        ["c2"]
    );
}

#[test]
fn memory_sizes() {
    assert_eq!(parse_memory("1 GiB"), Ok(1 << 30));
    assert_eq!(parse_memory("1024 MiB"), Ok(1 << 30));
    assert_eq!(parse_memory("2048 MiB"), Ok(2 << 30));
    assert_eq!(parse_memory("512 B"), Ok(512));
    assert_eq!(parse_memory("1.5 KiB"), Ok(1536));
    assert_eq!(parse_memory("0.5 B"), Ok(0));
    assert_eq!(parse_memory("15 EiB"), Ok(15 << 60));
    assert_eq!(
        parse_memory("16 EiB").unwrap_err().to_string(),
        "memory size \"16 EiB\" is too large"
    );
    assert!(parse_memory("99999999999999999999999999999999999999999 B").is_err());
    for bad in [
        "1GiB", "1  GiB", "1 gib", "1 GB", "GiB", " 1 GiB", "1 GiB ", "-1 GiB", "1. GiB", ".5 GiB",
        "1e3 B", "",
    ] {
        assert!(parse_memory(bad).is_err(), "{bad}");
    }
    assert_eq!(
        parse_memory("2 Gi").unwrap_err().to_string(),
        "invalid memory size \"2 Gi\": expected \"<number> <unit>\" with unit one of B, KiB, MiB, GiB, TiB, PiB, EiB (e.g. \"1024 MiB\", \"2 GiB\"); did you mean \"2 GiB\"?"
    );
}

#[test]
fn load_manifest_reads_files() {
    let dir = std::env::temp_dir().join(format!("everai-manifest-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("app.yaml");
    std::fs::write(&path, GET_START).unwrap();
    let app = load_manifest(&path).unwrap();
    assert_eq!(app.name(), "get-start");
    std::fs::write(&path, "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: '2', memory: 1 GiB}}\n").unwrap();
    let e = load_manifest(&path).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}:4:34: spec.resource.cpu: expected an integer, found a string \"2\"",
            path.display()
        )
    );
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    assert!(load_manifest(&path)
        .unwrap_err()
        .to_string()
        .contains("not UTF-8"));
    let missing = dir.join("missing.yaml");
    let e = load_manifest(&missing).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: no such file", missing.display())
    );
    assert!(e.problems().is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------
// Robustness: no input may panic
// ---------------------------------------------------------------------------

fn must_not_panic(text: &str) {
    let problems = check_manifest(text, "fuzz.yaml");
    for p in &problems {
        let _ = p.to_string();
    }
    let parsed = parse_manifest(text, "fuzz.yaml");
    if let Err(e) = &parsed {
        let _ = e.to_string();
        // Whatever parse rejects, check reports too.
        assert!(!problems.is_empty(), "{e}");
    }
    if let Ok(app) = parsed {
        let _ = to_manifest_yaml_value(&app);
        let _ = local_runtime_problems(&app);
        let _ = referenced_configmaps(&app);
        let _ = referenced_secrets(&app);
        let _ = serde_json::to_string(&app).unwrap();
    }
}

#[test]
fn garbage_and_odd_yaml_never_panics() {
    let deep_flow = "[".repeat(100_000);
    let deep_map = "{a: ".repeat(5_000) + &"}".repeat(5_000);
    let mut deep_block = String::new();
    for i in 0..300 {
        deep_block.push_str(&" ".repeat(i));
        deep_block.push_str("k:\n");
    }
    let mut seq_block = String::new();
    for i in 0..300 {
        seq_block.push_str(&" ".repeat(i * 2));
        seq_block.push_str("- \n");
    }
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (i, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        bomb.push_str(&format!(
            "{i}: &{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    let inputs: Vec<String> = vec![
        String::new(),
        "\u{feff}".into(),
        "\0".into(),
        "\u{feff}version: everai/v1alpha1\n".into(),
        ":".into(),
        "::::".into(),
        "- - - -".into(),
        "[".into(),
        "]".into(),
        "{".into(),
        "}".into(),
        "'".into(),
        "\"\\x".into(),
        "|".into(),
        ">-\n".into(),
        "&a".into(),
        "*a".into(),
        "!!".into(),
        "!<tag:yaml.org,2002:str> x".into(),
        "%YAML 1.1\n---\na: 1\n".into(),
        "%TAG ! tag:x,2000:\n--- !foo\na: 1\n".into(),
        "? [a, b]\n: c\n".into(),
        "? \n".into(),
        "spec: !!binary aGVsbG8=\n".into(),
        "spec: !!set {a, b}\n".into(),
        "spec: !!omap [a: 1]\n".into(),
        "spec: !!map [1]\n".into(),
        "spec: !!seq {a: 1}\n".into(),
        "spec: !!int abc\n".into(),
        "spec: !!float abc\n".into(),
        "spec: !!bool maybe\n".into(),
        "<<: 1\n".into(),
        "<<: [1, 2]\n".into(),
        "a: <<\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 0b, memory: 1 GiB}}\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 0x, memory: 1 GiB}}\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1:2:3:4:5:6:7:8:9:10:11:12:13:14:15:16:17:18:19:20:21:22:23:24:25:26:27:28:29, memory: 1 GiB}}\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: -99999999999999999999999999999999999999999999999, memory: 1 GiB}}\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: 1.e+99999, memory: 1 GiB}}\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec: {image: i, resource: {cpu: .nan, memory: .inf}}\n".into(),
        "version: [everai/v1alpha1]\nkind: {App: 1}\nmetadata: []\nspec: 7\nstatus: ~\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a}\nspec:\n  image: i\n  resource: {cpu: 1, memory: 1 GiB}\n  env: [1, [2], {name: [x], envValue: [y]}, null]\n  volumes: [null, 1, {name: {}}]\n  volumeMounts: [{name: 1}]\n  autoscaler: {builtin: {name: 1, arguments: [1], decorators: {arguments: {}, factors: [[]]}}, manual: 1, container: {volumes: [1]}, thirdParty: {arguments: 1}}\n  lifeCycle: {postStart: {exec: {command: x}}}\n  services: [[], {port: '1'}]\n".into(),
        "version: everai/v1alpha1\nkind: App\nmetadata: {name: a, createdAt: 12, updatedAt: not-a-date, labels: []}\nspec: {image: i, resource: {cpu: 1, memory: 1 GiB}}\n".into(),
        "\t\t\t".into(),
        "a:\tb\n".into(),
        "a: 'unterminated\n".into(),
        "a: \"\\u{d800}\"\n".into(),
        "a: \"\\ud800\"\n".into(),
        "日本語: ✓\nkind: 🚀\n".into(),
        "x".repeat(100_000),
        format!("a: {}\n", "9".repeat(10_000)),
        format!("a: {}.5\n", "9".repeat(400)),
        format!("{}: 1\n", "k".repeat(2_000)),
        deep_flow,
        deep_map,
        deep_block,
        seq_block,
        bomb,
    ];
    for text in &inputs {
        must_not_panic(text);
    }
    // Prefixes of a valid manifest (truncated files).
    for (i, _) in COMPLETE.char_indices().step_by(3) {
        must_not_panic(&COMPLETE[..i]);
    }
    // Single-character deletions from the Appendix A manifest.
    for (i, c) in APPENDIX_A.char_indices().step_by(2) {
        let mut s = APPENDIX_A.to_string();
        s.replace_range(i..i + c.len_utf8(), "");
        must_not_panic(&s);
    }
}

#[test]
fn large_inputs_stay_fast() {
    // Wide maps and lists are linear-time (no quadratic key handling).
    let started = std::time::Instant::now();
    let mut labels =
        String::from("version: everai/v1alpha1\nkind: App\nmetadata:\n  name: a\n  labels: &l\n");
    for i in 0..10_000 {
        labels.push_str(&format!("    k{i}: v\n"));
    }
    labels.push_str("spec:\n  image: i\n  resource: {cpu: 1, memory: 1 GiB}\n  autoscaler:\n    thirdParty:\n      library: x\n      arguments: {<<: *l, extra: 1}\n  env:\n");
    for i in 0..10_000 {
        labels.push_str(&format!("  - {{name: E{i}, envValue: x}}\n"));
    }
    let app = parse(&labels);
    assert_eq!(
        app.app_v1alpha1.metadata.labels.as_ref().unwrap().len(),
        10_000
    );
    let tp = app
        .app_v1alpha1
        .spec
        .autoscaler
        .unwrap()
        .third_party
        .unwrap();
    assert_eq!(tp.arguments.unwrap().len(), 10_001);
    assert!(check_manifest(&labels, "big.yaml").is_empty());
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn random_token_soup_never_panics() {
    // Deterministic xorshift so failures reproduce.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    const TOKENS: &[&str] = &[
        "version",
        "kind",
        "metadata",
        "spec",
        "status",
        "name",
        "image",
        "resource",
        "cpu",
        "memory",
        "env",
        "envValue",
        "value",
        "valueFrom",
        "configMapKeyRef",
        "secretKeyRef",
        "key",
        "volumes",
        "volumeMounts",
        "autoscaler",
        "builtin",
        "arguments",
        "decorators",
        "factors",
        "manual",
        "defaultWorkerNum",
        "port",
        "services",
        "routeAuthType",
        "PUBLIC",
        "everai/v1alpha1",
        "App",
        ": ",
        ":",
        "\n",
        "\n  ",
        "\n    ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ", ",
        "'",
        "\"",
        "&a ",
        "*a",
        "<<",
        "!!str ",
        "!!int ",
        "~",
        "null",
        "yes",
        "1",
        "-1",
        "0x1F",
        "1.5",
        "1 GiB",
        "#",
        "|",
        ">",
        "? ",
        "---",
        "...",
        "\t",
        "%",
        "@",
        "`",
        "\\",
    ];
    for _ in 0..3_000 {
        let len = (next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(TOKENS[(next() % TOKENS.len() as u64) as usize]);
        }
        must_not_panic(&text);
    }
}
