//! `sessionctl serve`'s answers, checked against the schemas of docs/openapi.yaml.

use serde_json::{Value, json};

use crate::support::World;

const OPENAPI: &str = include_str!("../../docs/openapi.yaml");

/// A validator for one of the document's component schemas.
fn schema(name: &str) -> jsonschema::Validator {
    let mut root: Value = serde_yaml_ng::from_str(OPENAPI).expect("openapi.yaml is YAML");
    // The whole document is the root resource, so `#/components/...` references resolve.
    root["$ref"] = json!(format!("#/components/schemas/{name}"));
    jsonschema::draft202012::new(&root).expect("a valid schema")
}

fn assert_valid(name: &str, answer: &Value) {
    let validator = schema(name);
    let errors: Vec<String> = validator
        .iter_errors(answer)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}\n{answer:#}");
}

struct Client<'a> {
    world: &'a World,
    http: reqwest::blocking::Client,
}

impl Client<'_> {
    fn token(&self) -> String {
        let served = self.world.server.as_ref().unwrap();
        std::fs::read_to_string(&served.token_file)
            .unwrap()
            .trim()
            .to_owned()
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.world.server.as_ref().unwrap().url)
    }

    fn get(&self, path: &str) -> (u16, Value) {
        let response = self
            .http
            .get(self.url(path))
            .bearer_auth(self.token())
            .send()
            .unwrap();
        (response.status().as_u16(), response.json().unwrap())
    }

    fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let response = self
            .http
            .post(self.url(path))
            .bearer_auth(self.token())
            .json(&body)
            .send()
            .unwrap();
        (response.status().as_u16(), response.json().unwrap())
    }
}

#[test]
fn every_answer_of_serve_follows_the_openapi_schemas() {
    let world = World::http();
    let client = Client {
        world: &world,
        http: reqwest::blocking::Client::new(),
    };
    let (status, session) = client.post(
        "/api/v1/sandbox/login",
        json!({"user": "user", "host": "10.0.8.15 -> 10.0.0.1", "roles": ["design", "viewer"], "kind": "interactive"}),
    );
    assert_eq!(status, 200);
    assert_valid("Session", &session);
    let (_, package) = client.post(
        "/api/v1/sandbox/open",
        json!({"session": 1, "path": "/user/data/etl-experiment.lgp"}),
    );
    assert_valid("Package", &package);
    let (_, draft) = client.post("/api/v1/sandbox/open", json!({"session": 1, "path": null}));
    assert_valid("Package", &draft);
    let (_, run) = client.post(
        "/api/v1/sandbox/run",
        json!({"address": package["address"], "node": "Train", "duration": 600, "progress": true, "stop_delay": 0}),
    );
    assert_valid("Package", &run);
    let (_, job) = client.post(
        "/api/v1/sandbox/batch",
        json!({"path": "/user/libs/python_kits/loginom_sklearn_meta.lgp", "duration": 0, "host": "10.0.0.20"}),
    );
    assert_valid("JobResult", &job);
    client.post(
        "/api/v1/sandbox/login",
        json!({"user": "analyst", "host": "10.0.3.7", "roles": ["viewer"], "kind": "interactive"}),
    );
    let (_, offline) = client.post("/api/v1/sandbox/disconnect", json!({"session": 2}));
    assert_valid("Session", &offline);

    let (status, snapshot) = client.get("/api/v1/snapshot");
    assert_eq!(status, 200);
    assert_valid("Snapshot", &snapshot);
    assert!(!snapshot["shared"].as_array().unwrap().is_empty());
    assert!(!snapshot["pool"].as_array().unwrap().is_empty());

    let (status, stopped) = client.post(
        "/api/v1/stop",
        json!({"targets": [{"address": package["address"], "uid": package["uid"]}, {"address": "99"}], "reason": "test"}),
    );
    assert_eq!(status, 200);
    assert_valid("ActionResults", &stopped);
    let (_, closed) = client.post(
        "/api/v1/close",
        json!({"targets": [{"address": "2"}, {"address": "1"}], "reason": null}),
    );
    assert_valid("ActionResults", &closed);
    let (_, reconnected) = client.post("/api/v1/sandbox/reconnect", json!({"session": 2}));
    assert_valid("ReconnectResult", &reconnected);
    let (_, cleared) = client.post(
        "/api/v1/clear-pool",
        json!({"only": null, "reason": "test"}),
    );
    assert_valid("ClearPoolResult", &cleared);
    assert!(!cleared["removed"].as_array().unwrap().is_empty());

    let (status, error) = client.post("/api/v1/sandbox/open", json!({"session": 42, "path": null}));
    assert_eq!(status, 404);
    assert_valid("Error", &error);
    let (status, error) = client.post("/api/v1/stop", json!({"targets": "none"}));
    assert_eq!(status, 400);
    assert_valid("Error", &error);
    let health: Value = client
        .http
        .get(client.url("/api/v1/health"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_valid("Health", &health);
}

#[test]
fn the_schemas_reject_what_the_protocol_does_not_allow() {
    let validator = schema("Error");
    assert!(validator.is_valid(&json!({"error": {"code": "conflict", "message": "busy"}})));
    assert!(!validator.is_valid(&json!({"error": {"code": "teapot", "message": "x"}})));
    assert!(!schema("Address").is_valid(&json!("shared/x")));
}
