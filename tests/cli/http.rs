//! `sessionctl serve` and the HTTP backend end to end: the "done when" steps, tokens
//! and roles, ETags, TLS, the storage watch, shutdown, and fleets of named servers.

use std::time::{Duration, Instant};

use crate::support::World;

/// A snapshot without what differs between two ways of asking for it.
fn comparable(mut snapshot: serde_json::Value) -> serde_json::Value {
    snapshot["taken_at"] = serde_json::Value::Null;
    snapshot["server"]["name"] = serde_json::Value::Null;
    snapshot
}

fn token(world: &World) -> String {
    let served = world.server.as_ref().expect("a served world");
    std::fs::read_to_string(&served.token_file)
        .expect("serve made the admin token")
        .trim()
        .to_owned()
}

#[test]
fn serve_shows_the_same_snapshot_as_the_embedded_sandbox_on_the_same_storage() {
    let mut world = World::new();
    let id = world.login("user", "10.0.0.5", &["design", "viewer"]);
    world.ok(&["sandbox", "open", &id, "/user/data/etl-experiment.lgp"]);
    world.ok(&[
        "sandbox",
        "batch",
        "/user/libs/python_kits/loginom_sklearn_meta.lgp",
    ]);
    let embedded = comparable(world.snapshot());
    world.server = Some(world.serve(&[]));
    let served = world.snapshot();
    assert_eq!(served["server"]["name"], world.server.as_ref().unwrap().url);
    assert_eq!(comparable(served), embedded);
    assert_eq!(embedded["sessions"][0]["name"], "user:1");
}

#[test]
fn without_a_token_the_auth_code_and_with_the_server_gone_the_unreachable_code() {
    let mut world = World::http();
    let url = world.server.as_ref().unwrap().url.clone();
    let output = world
        .cmd()
        .args(["-s", &url, "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("server '{url}' refused access (401)")),
        "{stderr}"
    );
    let output = world
        .cmd()
        .args(["-s", &url, "list"])
        .env("SESSIONCTL_TOKEN", "not-a-token")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8));

    world.server = None; // stops it
    let start = Instant::now();
    let output = world
        .cmd()
        .args(["-s", &url, "--timeout", "3s", "list"])
        .env("SESSIONCTL_TOKEN", "any")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("cannot reach server '{url}'")),
        "{stderr}"
    );
}

#[test]
fn a_token_without_the_administration_role_is_refused_with_403() {
    let mut world = World::new();
    let tokens = world.state_dir().join("serve/tokens.toml");
    std::fs::create_dir_all(tokens.parent().unwrap()).unwrap();
    std::fs::write(
        &tokens,
        "[[token]]\ntoken = \"admin-token\"\nuser = \"admin\"\nroles = [\"admin\"]\n\n\
         [[token]]\ntoken = \"viewer-token\"\nuser = \"analyst\"\nroles = [\"viewer\", \"design\"]\n",
    )
    .unwrap();
    world.server = Some(world.serve(&[]));
    let url = world.server.as_ref().unwrap().url.clone();
    let run = |token: &str| {
        world
            .cmd()
            .args(["-s", &url, "list", "-o", "json"])
            .env("SESSIONCTL_TOKEN", token)
            .output()
            .unwrap()
    };
    let refused = run("viewer-token");
    assert_eq!(refused.status.code(), Some(8));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("(403)") && stderr.contains("'analyst'"),
        "{stderr}"
    );
    assert!(run("admin-token").status.success());
    let log = world.server_log();
    assert!(
        log.contains(">analyst:1) - GET /api/v1/snapshot: 403 in"),
        "{log}"
    );
    assert!(log.contains(">admin:2) - snapshot: 200 in"), "{log}");
}

#[test]
fn an_unchanged_snapshot_costs_a_304() {
    let world = World::http();
    let served = world.server.as_ref().unwrap();
    let client = reqwest::blocking::Client::new();
    let get = |etag: Option<&str>| {
        let mut request = client
            .get(format!("{}/api/v1/snapshot", served.url))
            .bearer_auth(token(&world));
        if let Some(etag) = etag {
            request = request.header("If-None-Match", etag);
        }
        request.send().unwrap()
    };
    let first = get(None);
    assert_eq!(first.status(), 200);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = get(Some(&etag));
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
    world.login("user", "10.0.0.5", &["design"]);
    assert_eq!(get(Some(&etag)).status(), 200);
}

#[test]
fn errors_are_json_with_the_status_of_their_code() {
    let world = World::http();
    let served = world.server.as_ref().unwrap();
    let client = reqwest::blocking::Client::new();
    let post = |path: &str, body: &str| {
        let response = client
            .post(format!("{}{path}", served.url))
            .bearer_auth(token(&world))
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .unwrap();
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().unwrap();
        (
            status,
            body["error"]["code"].as_str().unwrap_or("").to_owned(),
        )
    };
    assert_eq!(
        post("/api/v1/close", "{\"targets\":[{\"address\":\"x\"}]}"),
        (400, "invalid".into())
    );
    assert_eq!(
        post("/api/v1/sandbox/open", "{\"session\":9,\"path\":null}"),
        (404, "not_found".into())
    );
    assert_eq!(post("/api/v2/nothing", "{}"), (404, "not_found".into()));
}

#[test]
fn sigterm_stops_the_server_cleanly_with_its_state_saved() {
    let mut world = World::http();
    world.login("user", "10.0.0.5", &["design"]);
    let mut served = world.server.take().unwrap();
    let pid = served.child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = served.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let log = world.server_log();
    assert!(log.contains("stopped; state saved to"), "{log}");
    // The embedded sandbox on the same storage reads what serve saved.
    let snapshot = world.snapshot();
    assert_eq!(snapshot["sessions"][0]["name"], "user:1");
}

#[test]
fn a_changed_file_leaves_the_pool_without_anyone_asking() {
    let world = World::http();
    world.ok(&["sandbox", "integrator", "/user/data/data-load.lgp"]);
    let file = world.storage.join("user/data/data-load.lgp");
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let start = Instant::now();
    while !world
        .server_log()
        .contains("the storage changed: 1 pool package(s) removed")
    {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{}",
            world.server_log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(world.snapshot()["pool"].as_array().unwrap().len(), 0);
}

#[test]
fn https_with_a_self_signed_certificate_is_refused_then_accepted_with_its_ca_file() {
    let mut world = World::new();
    let certified =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .unwrap();
    let cert = world.home.path().join("cert.pem");
    let key = world.home.path().join("key.pem");
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();
    let served = world.serve(&[
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ]);
    assert!(
        served.url.starts_with("https://127.0.0.1:"),
        "{}",
        served.url
    );
    let url = served.url.clone();
    let token_file = served.token_file.clone();
    world.server = Some(served);
    let refused = world
        .cmd()
        .args(["-s", &url, "list"])
        .env("SESSIONCTL_TOKEN_FILE", &token_file)
        .output()
        .unwrap();
    assert_eq!(
        refused.status.code(),
        Some(10),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let config = world.home.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "default_server = \"tls\"\n[servers.tls]\nurl = \"{url}\"\ntoken_file = \"{}\"\nca_file = \"cert.pem\"\n",
            token_file.display()
        ),
    )
    .unwrap();
    let accepted = world
        .cmd()
        .args(["--config", config.to_str().unwrap(), "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        accepted.status.success(),
        "{}",
        String::from_utf8_lossy(&accepted.stderr)
    );
    let insecure = world.home.path().join("insecure.toml");
    std::fs::write(
        &insecure,
        format!(
            "[servers.lab]\nurl = \"{url}\"\ntoken_file = \"{}\"\ninsecure = true\n",
            token_file.display()
        ),
    )
    .unwrap();
    let warned = world
        .cmd()
        .args([
            "--config",
            insecure.to_str().unwrap(),
            "-s",
            "lab",
            "list",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(warned.status.success());
    assert!(
        String::from_utf8_lossy(&warned.stderr)
            .contains("warning: server 'lab' has insecure = true")
    );
}

#[test]
fn two_named_servers_are_listed_together_and_one_that_is_down_gives_the_partial_code() {
    let a = World::http();
    let mut b = World::http();
    b.login("analyst", "10.0.0.9", &["viewer"]);
    let config = fleet_config(&a, &b);
    let list = |args: &[&str]| {
        a.cmd()
            .args(["--config", config.to_str().unwrap(), "-s", "all"])
            .args(args)
            .output()
            .unwrap()
    };
    let both = list(&["list", "-o", "jsonl"]);
    assert!(
        both.status.success(),
        "{}",
        String::from_utf8_lossy(&both.stderr)
    );
    let stdout = String::from_utf8_lossy(&both.stdout);
    assert!(
        stdout.contains("\"server\":\"beta\"") && stdout.contains("analyst:1"),
        "{stdout}"
    );
    let table = list(&["list"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.starts_with("Server "),
        "one table, a Server column first: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("beta ") && l.contains("analyst:1")),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&list(&["list", "-o", "json"]).stdout).unwrap();
    let names: Vec<_> = json["servers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["server"]["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["alpha", "beta"]);
    let csv = String::from_utf8_lossy(&list(&["list", "-o", "csv"]).stdout).into_owned();
    assert!(csv.starts_with("server,section,address,"), "{csv}");

    b.server = None; // beta stops
    let table = list(&["--timeout", "2s", "list"]);
    assert_eq!(table.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&table.stdout).contains("alpha"));
    let json: serde_json::Value =
        serde_json::from_slice(&list(&["--timeout", "2s", "list", "-o", "json"]).stdout).unwrap();
    assert_eq!(json["failed"][0]["server"], "beta");
    assert_eq!(json["failed"][0]["error"]["code"], "unreachable");

    let partial = list(&["--timeout", "2s", "list", "-o", "jsonl"]);
    assert_eq!(partial.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&partial.stderr);
    assert!(stderr.contains("cannot reach server 'beta'"), "{stderr}");
    let stdout = String::from_utf8_lossy(&partial.stdout);
    assert!(!stdout.contains("\"server\":\"beta\""), "{stdout}");
}

#[test]
fn config_show_masks_tokens() {
    let world = World::new();
    let config = world.home.path().join("config.toml");
    std::fs::write(world.home.path().join("prod.token"), "s3cr3t-token-value\n").unwrap();
    std::fs::write(
        &config,
        "default_server = \"prod\"\n[servers.prod]\nurl = \"https://prod.example:4590\"\ntoken_file = \"prod.token\"\nprotected = true\n",
    )
    .unwrap();
    let output = world
        .cmd()
        .args(["--config", config.to_str().unwrap(), "config", "show"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("token = \"s3cr… (18 characters) from file"),
        "{text}"
    );
    assert!(!text.contains("s3cr3t-token-value"), "{text}");
    assert!(
        text.contains("protected = true") && text.contains("# commands now talk to: prod"),
        "{text}"
    );
}

#[test]
fn the_config_gives_list_its_default_columns_and_format() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    let config = world.home.path().join("config.toml");
    std::fs::write(&config, "columns = \"host\"\noutput = \"jsonl\"\n").unwrap();
    let list = |args: &[&str]| {
        let mut cmd = world.sandbox(&[]);
        cmd.args(["--config", config.to_str().unwrap(), "list"])
            .args(args);
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    let rows = list(&[]);
    assert!(
        rows.starts_with('{') && rows.contains("\"host\":\"10.0.0.5\""),
        "{rows}"
    );
    assert!(!rows.contains("\"role\""), "{rows}");
    let table = list(&["-o", "table"]);
    assert!(
        table.contains("10.0.0.5") && !table.starts_with('{'),
        "{table}"
    );
}

#[test]
fn the_table_and_the_json_from_serve_are_the_embedded_sandboxs() {
    use crate::list::{list, world_with_workload};
    let mut world = world_with_workload();
    let table = list(&world, &[]);
    let wide = list(&world, &["-o", "wide", "--time", "relative"]);
    let json: serde_json::Value = serde_json::from_str(&list(&world, &["-o", "json"])).unwrap();
    // The server's clock stands where the embedded sandbox's stood when listing.
    world.server = Some(world.serve_with_env(&[], &[("SESSIONCTL_NOW", "2026-12-03T12:03:00Z")]));
    assert_eq!(list(&world, &[]), table);
    assert_eq!(list(&world, &["-o", "wide", "--time", "relative"]), wide);
    let served: serde_json::Value = serde_json::from_str(&list(&world, &["-o", "json"])).unwrap();
    assert_eq!(comparable(served), comparable(json));
}

#[test]
fn the_http_backend_asks_with_the_etag_it_has_and_reuses_its_snapshot() {
    use sessionctl::backend::Backend;
    use sessionctl::backend::http::{HttpBackend, HttpOptions};
    let world = World::http();
    world.login("user", "10.0.0.5", &["design"]);
    let served = world.server.as_ref().unwrap();
    let backend = HttpBackend::new(HttpOptions {
        name: "lab".to_owned(),
        url: served.url.clone(),
        token: Some(token(&world)),
        ca_file: None,
        insecure: false,
        timeout: Duration::from_secs(10),
        protected: false,
    })
    .unwrap();
    let first = backend.snapshot().unwrap();
    let second = backend.snapshot().unwrap();
    assert_eq!(second.sessions, first.sessions);
    assert_eq!(second.server.name, "lab");
    assert!(
        world.server_log().contains("snapshot (not modified): 304"),
        "{}",
        world.server_log()
    );
}

/// A config naming `a` alpha and `b` beta, in `a`'s home.
fn fleet_config(a: &World, b: &World) -> std::path::PathBuf {
    let config = a.home.path().join("config.toml");
    let entry = |name: &str, world: &World| {
        let served = world.server.as_ref().unwrap();
        format!(
            "[servers.{name}]\nurl = \"{}\"\ntoken_file = \"{}\"\n",
            served.url,
            served.token_file.display()
        )
    };
    std::fs::write(
        &config,
        format!("{}{}", entry("alpha", a), entry("beta", b)),
    )
    .unwrap();
    config
}

#[test]
fn an_action_on_a_fleet_goes_to_the_server_that_owns_each_target() {
    let a = World::http();
    let b = World::http();
    a.login("admin", "10.0.0.2", &["admin"]);
    b.login("analyst", "10.0.0.9", &["viewer"]);
    let config = fleet_config(&a, &b);
    let run = |args: &[&str]| {
        a.cmd()
            .args(["--config", config.to_str().unwrap(), "-s", "all"])
            .args(args)
            .output()
            .unwrap()
    };
    let addressed = run(&["close", "1", "--yes"]);
    assert_eq!(
        addressed.status.code(),
        Some(2),
        "an address is one server's"
    );
    let closed = run(&["close", "-f", "user=analyst", "--yes", "-o", "jsonl"]);
    let stderr = String::from_utf8_lossy(&closed.stderr);
    assert_eq!(closed.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("server: alpha") && stderr.contains("server: beta"),
        "{stderr}"
    );
    assert_eq!(
        a.snapshot()["sessions"].as_array().unwrap().len(),
        1,
        "alpha untouched"
    );
    assert!(
        b.snapshot()["sessions"].as_array().unwrap().is_empty(),
        "beta's analyst closed"
    );
    let refused = a
        .cmd()
        .args([
            "--config",
            config.to_str().unwrap(),
            "-s",
            "all",
            "close",
            "-f",
            "user=admin",
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(4), "no terminal, no --yes");
}

#[test]
fn a_served_sandbox_refuses_the_embedded_one_on_the_same_storage_until_serve_stops() {
    let mut world = World::http();
    world.login("user", "10.0.0.5", &["design"]);
    let beside = world
        .cmd()
        .arg("--sandbox")
        .arg(&world.storage)
        .args(["sandbox", "login", "other"])
        .output()
        .unwrap();
    assert_eq!(beside.status.code(), Some(6));
    let stderr = String::from_utf8_lossy(&beside.stderr);
    assert!(
        stderr.contains("is being served by `sessionctl serve`"),
        "{stderr}"
    );
    world.server = None; // serve stops and saves its state
    let after = world
        .cmd()
        .arg("--sandbox")
        .arg(&world.storage)
        .args(["list", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        after.status.success(),
        "{}",
        String::from_utf8_lossy(&after.stderr)
    );
    let snapshot: serde_json::Value = serde_json::from_slice(&after.stdout).unwrap();
    assert_eq!(
        snapshot["sessions"][0]["name"], "user:1",
        "what serve made is there"
    );
}

#[test]
fn yes_on_a_protected_server_needs_its_name_too() {
    let world = World::http();
    world.ok(&["sandbox", "integrator", "/user/data/data-load.lgp"]);
    let served = world.server.as_ref().unwrap();
    let config = world.home.path().join("protected.toml");
    std::fs::write(
        &config,
        format!(
            "[servers.prod]\nurl = \"{}\"\ntoken_file = \"{}\"\nprotected = true\n",
            served.url,
            served.token_file.display()
        ),
    )
    .unwrap();
    let clear = |extra: &[&str]| {
        world
            .cmd()
            .args([
                "--config",
                config.to_str().unwrap(),
                "-s",
                "prod",
                "clear-pool",
                "--yes",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let refused = clear(&[]);
    assert_eq!(refused.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--confirm-server prod"));
    assert_eq!(
        world.snapshot()["pool"].as_array().unwrap().len(),
        1,
        "nothing changed"
    );
    assert_eq!(clear(&["--confirm-server", "other"]).status.code(), Some(4));
    let done = clear(&["--confirm-server", "prod"]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(world.snapshot()["pool"].as_array().unwrap().is_empty());
}
