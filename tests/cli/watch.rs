//! `watch` piped: the event stream and its exit conditions, against the sandbox.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::World;

const BATCH: &str = "/user/libs/python_kits/loginom_sklearn_meta.lgp";

/// What `World::sandbox` runs, as a `std::process::Command` (for children a test talks to
/// while they run, and for the pseudo-terminal tests).
pub fn sandbox_command(world: &World, args: &[&str]) -> Command {
    let mut cmd = world.std_cmd();
    match &world.server {
        Some(served) => cmd
            .arg("-s")
            .arg(&served.url)
            .env("SESSIONCTL_TOKEN_FILE", &served.token_file),
        None => cmd.arg("--sandbox").arg(&world.storage),
    };
    cmd.args(args);
    cmd
}

fn events(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn names(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let address = e["row"]["address"].as_str().unwrap_or("");
            format!("{} {address}", e["event"].as_str().unwrap_or(""))
                .trim()
                .to_owned()
        })
        .collect()
}

/// `sessionctl --sandbox ... ARGS` as a std command, to run beside other commands.
fn spawn(world: &World, args: &[&str]) -> std::process::Child {
    sandbox_command(world, args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sessionctl starts")
}

crate::both_backends! {
fn jsonl_is_a_snapshot_event_then_one_line_per_change(world: &World) {
    let id = world.login("user", "10.0.0.5", &["design"]);
    world.ok(&["sandbox", "open", &id, "/user/data/etl-experiment.lgp"]);
    world.ok(&["sandbox", "batch", BATCH, "--for", "900ms"]);
    let output = world
        .sandbox(&["watch", "-o", "jsonl", "--count", "6", "-n", "300ms"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains('\u{1b}'), "no cursor codes: {stdout}");
    let events = events(&output.stdout);
    assert_eq!(events[0]["event"], "snapshot");
    assert_eq!(events[0]["schema"], 1);
    assert_eq!(
        events[0]["snapshot"]["sessions"].as_array().unwrap().len(),
        2
    );
    // The batch run moves, ends, leaves with its session, and its package goes to the pool.
    let seen = |event: &str, section: &str, kind: &str, name: &str| {
        events.iter().any(|e| {
            e["event"] == event
                && e["row"]["section"] == section
                && e["row"]["type"] == kind
                && e["row"]["name"] == name
        })
    };
    let names = names(&events[1..]);
    assert!(
        seen("changed", "sessions", "package", "loginom_sklearn_meta"),
        "{names:?}"
    );
    assert!(
        seen("removed", "sessions", "session", "service:2"),
        "{names:?}"
    );
    assert!(
        seen("removed", "sessions", "package", "loginom_sklearn_meta"),
        "{names:?}"
    );
    assert!(
        seen("added", "pool", "package", "loginom_sklearn_meta"),
        "{names:?}"
    );
    let changed = events
        .iter()
        .find(|e| e["event"] == "changed" && e["row"]["type"] == "package")
        .unwrap();
    assert!(
        changed["changes"]["execution"]["to"]["progress"].is_u64(),
        "{changed}"
    );
    assert!(changed["at"].as_str().unwrap().ends_with('Z'));
    // The idle session and its package never changed.
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with(" 1") || n.ends_with(" 1/1")),
        "{names:?}"
    );
}
}

crate::both_backends! {
fn until_empty_returns_0_when_the_batch_run_ends(world: &World) {
    world.ok(&["sandbox", "batch", BATCH, "--for", "1500ms"]);
    let start = Instant::now();
    let filter = format!("path={BATCH}");
    let output = world
        .sandbox(&[
            "watch",
            "-f",
            &filter,
            "-f",
            "state=executing",
            "--until-empty",
            "-n",
            "200ms",
            "--timeout",
            "10s",
        ])
        .output()
        .unwrap();
    let took = start.elapsed();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        took >= Duration::from_millis(1000),
        "returned before the run ended: {took:?}"
    );
    let events = events(&output.stdout);
    assert_eq!(events[0]["event"], "snapshot");
    assert_eq!(events.last().unwrap()["event"], "removed");
    // Already empty: at once.
    let output = world
        .sandbox(&[
            "watch",
            "-f",
            &filter,
            "-f",
            "state=executing",
            "--until-empty",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(events_len(&output.stdout), 1);
}
}

fn events_len(stdout: &[u8]) -> usize {
    events(stdout).len()
}

#[test]
fn timeout_gives_up_with_exit_code_11() {
    let world = World::new();
    world.ok(&["sandbox", "batch", BATCH, "--for", "1m"]);
    let start = Instant::now();
    let output = world
        .sandbox(&[
            "watch",
            "-f",
            "state=executing",
            "--until-empty",
            "-n",
            "200ms",
            "--timeout",
            "700ms",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(11), "{output:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim(),
        "error: watch gave up after 700ms (--timeout) (the filtered set is not empty)"
    );
}

#[test]
fn json_prints_each_snapshot_as_one_line() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    let output = world
        .sandbox(&[
            "watch",
            "-o",
            "json",
            "--count",
            "2",
            "-n",
            "100ms",
            "-f",
            "user=user",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let lines = events(&output.stdout);
    assert_eq!(lines.len(), 2);
    for line in lines {
        assert_eq!(line["schema"], 1);
        assert_eq!(line["sessions"][0]["name"], "user:1");
    }
}

#[test]
fn a_server_that_goes_away_is_an_event_and_the_watch_goes_on() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    let state = world.state_dir().join("sandbox");
    let mut child = spawn(&world, &["watch", "-n", "100ms", "--count", "12"]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.contains("\"event\":\"snapshot\""), "{first}");
    // The state directory becomes unreadable, then comes back.
    let aside = world.home.path().join("aside");
    std::fs::rename(&state, &aside).unwrap();
    std::fs::write(&state, "not a directory").unwrap();
    std::thread::sleep(Duration::from_millis(350));
    std::fs::remove_file(&state).unwrap();
    std::fs::rename(&aside, &state).unwrap();
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    let status = child.wait().unwrap();
    assert!(status.success());
    let events: Vec<Value> = rest
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = events.iter().filter_map(|e| e["event"].as_str()).collect();
    assert_eq!(kinds, ["unreachable", "reachable"], "{rest:?}");
    assert_eq!(events[0]["code"], "storage");
}

#[test]
fn ctrl_c_ends_the_stream_with_130() {
    let world = World::new();
    let mut child = spawn(&world, &["watch", "-n", "100ms"]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    lines.next().unwrap().unwrap();
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert_eq!(child.wait().unwrap().code(), Some(130));
}

#[test]
fn bad_watch_arguments_are_usage_errors() {
    let world = World::new();
    let output = world.sandbox(&["watch", "-o", "screen"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "error: 'watch -o screen' needs a terminal (stdin and stdout); use '-o jsonl' for events"
    );
    let output = world.sandbox(&["watch", "-n", "10ms"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid interval '10ms'"));
    let output = world.sandbox(&["watch", "-f", "hots=x"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_server_that_goes_away_over_http_is_an_unreachable_event() {
    let mut world = World::http();
    world.login("user", "10.0.0.5", &["design"]);
    let mut child = spawn(&world, &["watch", "-n", "100ms", "--count", "6"]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.contains("\"event\":\"snapshot\""), "{first}");
    // The server is stopped: the watch says so once, and goes on until its count.
    drop(world.server.take());
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert!(child.wait().unwrap().success());
    let events: Vec<Value> = rest
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = events.iter().filter_map(|e| e["event"].as_str()).collect();
    assert_eq!(kinds, ["unreachable"], "{rest:?}");
    assert_eq!(events[0]["code"], "unreachable");
}
