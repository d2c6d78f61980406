//! `resolve-hosts` and `--resolve-hosts`: names in the Host column, never a stalled listing.
//!
//! No test sends a DNS query: the only address the system resolver is asked about is
//! 127.0.0.1 (answered by /etc/hosts); every other test sets `SESSIONCTL_FAKE_RESOLVER`.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::World;

fn json(output: &std::process::Output) -> Value {
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).expect("JSON")
}

#[test]
fn resolve_hosts_keeps_the_preference_in_the_config_file() {
    let world = World::new();
    assert_eq!(world.ok(&["resolve-hosts"]), "off");
    world.ok(&["resolve-hosts", "on"]);
    assert_eq!(world.ok(&["resolve-hosts", "status"]), "on");
    let config = world.home.path().join("config/sessionctl/config.toml");
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "resolve_hosts = true\n"
    );
    world.login("user", "10.1.2.3 -> 10.1.2.4", &["design"]);
    let list = |args: &[&str]| {
        let mut cmd = world.sandbox(args);
        cmd.env("SESSIONCTL_FAKE_RESOLVER", "10.1.2.3=ws-3.corp");
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    // Every address of the chain is looked up; one without a name stays an address.
    assert!(list(&["list", "-c", "host"]).contains("ws-3.corp -> 10.1.2.4"));
    let shown = list(&["--no-resolve-hosts", "list", "-c", "host"]);
    assert!(
        shown.contains("10.1.2.3 -> 10.1.2.4") && !shown.contains("ws-3"),
        "{shown}"
    );
    world.ok(&["resolve-hosts", "off"]);
    assert_eq!(world.ok(&["resolve-hosts"]), "off");
    assert!(!list(&["list", "-c", "host"]).contains("ws-3"));
    assert!(list(&["list", "--resolve-hosts", "-c", "host"]).contains("ws-3.corp"));
}

#[test]
fn json_carries_the_address_the_name_and_how_the_lookup_went() {
    let world = World::new();
    world.login("user", "10.1.2.3", &["design"]);
    world.login("analyst", "10.1.2.9", &["viewer"]);
    let session = |doc: &Value, i: usize| {
        let s = &doc["sessions"][i];
        (
            s["host"].clone(),
            s["host_name"].clone(),
            s["host_lookup"].clone(),
        )
    };
    let off = json(&world.sandbox(&["list", "-o", "json"]).output().unwrap());
    assert_eq!(
        session(&off, 0),
        ("10.1.2.3".into(), Value::Null, Value::Null)
    );
    let mut cmd = world.sandbox(&["list", "-o", "json", "--resolve-hosts"]);
    cmd.env("SESSIONCTL_FAKE_RESOLVER", "10.1.2.3=ws-3.corp");
    let on = json(&cmd.output().unwrap());
    assert_eq!(
        session(&on, 0),
        ("10.1.2.3".into(), "ws-3.corp".into(), "ok".into())
    );
    assert_eq!(
        session(&on, 1),
        ("10.1.2.9".into(), Value::Null, "no_name".into())
    );
    // The answers are on disk now: a resolver that hangs is not asked again.
    let mut cmd = world.sandbox(&["list", "-o", "json", "--resolve-hosts"]);
    cmd.env("SESSIONCTL_FAKE_RESOLVER", "hang");
    let start = Instant::now();
    let cached = json(&cmd.output().unwrap());
    assert!(start.elapsed() < Duration::from_secs(1));
    assert_eq!(session(&cached, 0).1, "ws-3.corp");
    assert_eq!(session(&cached, 1).2, "no_name");
}

#[test]
fn a_session_from_127_0_0_1_shows_localhost() {
    let world = World::new();
    world.login("user", "127.0.0.1", &["design"]);
    let table = world.ok(&["list", "--resolve-hosts", "-c", "name,host"]);
    assert!(
        table.contains("user:1") && table.contains("localhost"),
        "{table}"
    );
    let doc = json(
        &world
            .sandbox(&["list", "--resolve-hosts", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(doc["sessions"][0]["host_name"], "localhost");
    assert_eq!(doc["sessions"][0]["host"], "127.0.0.1");
}

#[test]
fn two_hundred_addresses_and_a_resolver_that_never_answers_still_list_within_the_deadline() {
    let world = World::new();
    // Four at a time: the sandbox serializes them, the process starts overlap.
    std::thread::scope(|scope| {
        for part in 0..4 {
            let world = &world;
            scope.spawn(move || {
                for i in (part * 50)..(part * 50 + 50) {
                    let host = format!("10.77.{}.{}", i / 250, i % 250 + 1);
                    world.login(&format!("u{i}"), &host, &["viewer"]);
                }
            });
        }
    });
    let run = |args: &[&str]| {
        let mut cmd = world.sandbox(args);
        cmd.env("SESSIONCTL_FAKE_RESOLVER", "hang");
        let start = Instant::now();
        let output = cmd.output().unwrap();
        (start.elapsed(), output)
    };
    let (took, output) = run(&["list", "--resolve-hosts", "-o", "json"]);
    // 1.5 s for the lookups, and the rest of the command.
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let doc = json(&output);
    let sessions = doc["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 200);
    assert!(
        sessions
            .iter()
            .all(|s| s["host_lookup"] == "timeout" && s["host_name"].is_null())
    );
    let (took, output) = run(&[
        "list",
        "--resolve-hosts",
        "--resolve-timeout",
        "300ms",
        "-c",
        "host",
    ]);
    assert!(took < Duration::from_millis(1800), "took {took:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "note: the host names of 200 sessions did not resolve within 300ms; \
             their addresses are shown"
        ),
        "{stderr}"
    );
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(
        table.contains("10.77.0.1") && table.contains("10.77.0.200"),
        "addresses shown"
    );
}
