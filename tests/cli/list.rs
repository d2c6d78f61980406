//! `sessionctl list` on the sandbox: golden files at a fixed clock and width, and its errors.

use std::time::{Duration, SystemTime};

use crate::support::World;

const NOW: &str = "2026-12-03T12:00:00Z";

/// A sandbox on the fixtures with every file saved at one fixed time, so that Created and Saved
/// are the same on every machine, and a workload made at a fixed clock.
pub(crate) fn world_with_workload() -> World {
    let world = World::new();
    // 2026-01-15T10:00:00Z
    let saved = SystemTime::UNIX_EPOCH + Duration::from_secs(1_768_471_200);
    set_mtimes(&world.storage, saved);
    let run = |args: &[&str]| {
        let output = world
            .sandbox(args)
            .env("SESSIONCTL_NOW", NOW)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    run(&[
        "sandbox",
        "login",
        "user",
        "--host",
        "10.0.0.5 -> 10.0.0.1",
        "--role",
        "design",
        "--role",
        "viewer",
    ]);
    run(&["sandbox", "open", "1", "/user/data/etl-experiment.lgp"]);
    run(&["sandbox", "open", "1", "--draft"]);
    run(&[
        "sandbox", "login", "admin", "--host", "10.0.0.2", "--role", "admin",
    ]);
    run(&["sandbox", "open", "2", "/user/data/ml-experiment.lgp"]);
    run(&[
        "sandbox",
        "run",
        "2/5",
        "--node",
        "Train model",
        "--for",
        "10m",
    ]);
    run(&[
        "sandbox",
        "batch",
        "/user/libs/python_kits/loginom_sklearn_meta.lgp",
    ]);
    world
}

fn set_mtimes(dir: &std::path::Path, time: SystemTime) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            set_mtimes(&path, time);
        } else {
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(time)
                .unwrap();
        }
    }
}

/// `list` three minutes after the workload was made.
pub(crate) fn list(world: &World, args: &[&str]) -> String {
    let mut all = vec!["list"];
    all.extend_from_slice(args);
    let output = world
        .sandbox(&all)
        .env("SESSIONCTL_NOW", "2026-12-03T12:03:00Z")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stable(world, String::from_utf8(output.stdout).unwrap())
}

/// The temporary storage's path, which differs on every run, made a placeholder.
fn stable(world: &World, text: String) -> String {
    text.replace(&world.storage.display().to_string(), "[STORAGE]")
}

#[test]
fn the_table_of_a_sandbox_on_the_fixtures() {
    let world = world_with_workload();
    insta::assert_snapshot!("table_piped", list(&world, &[]));
    // Piped, COLUMNS cuts nothing: only a terminal's width does.
    let output = world
        .sandbox(&["list"])
        .env("SESSIONCTL_NOW", "2026-12-03T12:03:00Z")
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    assert_eq!(
        stable(&world, String::from_utf8(output.stdout).unwrap()),
        list(&world, &[])
    );
    insta::assert_snapshot!(
        "wide_relative",
        list(&world, &["-o", "wide", "--time", "relative"])
    );
}

#[test]
fn the_json_of_a_sandbox_on_the_fixtures() {
    let world = world_with_workload();
    let json = list(&world, &["-o", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["schema"], 1);
    insta::assert_snapshot!("json", json);
    insta::assert_snapshot!(
        "jsonl_filtered",
        list(
            &world,
            &[
                "-o",
                "jsonl",
                "-f",
                "path~*experiment*",
                "-c",
                "path,state,progress"
            ]
        )
    );
}

#[test]
fn a_package_level_filter_keeps_the_parent_session() {
    let world = world_with_workload();
    let csv = list(
        &world,
        &["-o", "csv", "-f", "name=etl_experiment", "-c", "name"],
    );
    insta::assert_snapshot!("csv_package_filter", csv);
}

#[test]
fn an_unknown_column_names_the_nearest_one() {
    let world = World::new();
    let output = world.sandbox(&["list", "-c", "hots"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown column 'hots' (did you mean 'host'?)"),
        "{stderr}"
    );
}

#[test]
fn a_bad_filter_points_at_the_bad_token() {
    let world = World::new();
    for (filter, expected) in [
        ("idle>30q", "'30q'"),
        ("hots=x", "'hots'"),
        ("idle", "'idle'"),
    ] {
        let output = world.sandbox(&["list", "-f", filter]).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{filter}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{filter}: {stderr}");
    }
}

#[test]
fn the_demo_sandbox_lists_a_live_workload() {
    let world = World::new();
    let output = world.cmd().args(["list", "-o", "json"]).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let snapshot: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(snapshot["server"]["name"], "sandbox");
    let sessions = snapshot["sessions"].as_array().unwrap();
    assert!(sessions.len() >= 4);
    assert!(
        sessions
            .iter()
            .any(|s| s["kind"] == "batch" && s["state"] == "executing")
    );
    assert!(
        sessions
            .iter()
            .flat_map(|s| s["packages"].as_array().unwrap())
            .any(|p| p["path"].is_null()),
        "a draft"
    );
    assert!(!snapshot["pool"].as_array().unwrap().is_empty());
    assert!(
        snapshot["shared"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["refs"].as_u64() >= Some(2))
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let world = World::new();
    let mut child = world
        .std_cmd()
        .args(["list", "-o", "jsonl"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn columns_can_be_removed_with_a_leading_minus_and_globs_fold_any_case() {
    let world = World::new();
    world.login("Пользователь", "10.0.0.5", &["design"]);
    let out = list(
        &world,
        &["-c", "-role,-host", "-o", "csv", "-f", "user~польз*"],
    );
    let header = out.lines().next().unwrap();
    assert!(
        !header.contains("role") && !header.contains("host") && header.contains("activity"),
        "{header}"
    );
    assert!(out.contains("Пользователь:1"), "{out}");
}

#[test]
fn sandbox_without_a_dir_is_the_demo() {
    let world = World::new();
    let output = world
        .cmd()
        .args(["list", "--sandbox", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let snapshot: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(snapshot["server"]["name"], "sandbox");
}
