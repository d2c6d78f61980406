//! stop, close and clear-pool against the embedded sandbox: the "done when" steps and
//! every rule of the confirmation, the results and the exit codes.

use std::time::Duration;

use crate::support::{World, shared};

/// Run a sandbox command with no terminal and a bounded time: (exit code, stdout, stderr).
fn run(world: &World, args: &[&str]) -> (i32, String, String) {
    run_at(world, args, None)
}

fn run_at(world: &World, args: &[&str], now: Option<&str>) -> (i32, String, String) {
    let mut cmd = world.sandbox(args);
    cmd.timeout(Duration::from_secs(30));
    if let Some(now) = now {
        cmd.env("SESSIONCTL_NOW", now);
    }
    // A pipe that is empty: no terminal, and nothing to wait for.
    let output = cmd.write_stdin("").output().expect("sessionctl runs");
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (
        output.status.code().unwrap_or(-1),
        text(output.stdout),
        text(output.stderr),
    )
}

/// A user with etl-experiment open (session 1, package 1/1: it references data_load and the
/// clearml kit) and an analyst with ml-experiment (session 2: it references the kit too).
fn two_sessions(world: &World) {
    assert_eq!(world.login("user", "10.0.0.5", &["design"]), "1");
    assert_eq!(
        world.ok(&["sandbox", "open", "1", "/user/data/etl-experiment.lgp"]),
        "1/1"
    );
    assert_eq!(world.login("analyst", "10.0.0.6", &["viewer"]), "2");
    world.ok(&["sandbox", "open", "2", "/user/data/ml-experiment.lgp"]);
}

fn session_ids(world: &World) -> Vec<u64> {
    world.snapshot()["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_u64().unwrap())
        .collect()
}

fn audit_lines(world: &World) -> Vec<serde_json::Value> {
    std::fs::read_to_string(world.state_dir().join("audit.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).expect("an audit line is JSON"))
        .collect()
}

/// Sessions, shared packages and the pool, without the snapshot's time.
fn state(world: &World) -> serde_json::Value {
    let mut snapshot = world.snapshot();
    snapshot["taken_at"] = serde_json::Value::Null;
    snapshot
}

both_backends! {
    fn close_from_a_script_without_yes_is_refused_at_once_and_the_session_stays(world: &World) {
    two_sessions(world);
    let started = std::time::Instant::now();
    let (code, out, err) = run(world, &["close", "1"]);
    assert_eq!(code, 4, "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(out, "");
    assert!(
        err.contains("error: refusing to close 1 session on '")
            && err.contains(
                "without confirmation: no terminal (pass --yes to close it: user:1 (1 package))"
            ),
        "{err}"
    );
    assert_eq!(session_ids(world), [1, 2]);
    assert!(audit_lines(world).is_empty());
    }
}

both_backends! {
    fn a_dry_run_shows_the_list_rows_and_changes_nothing(world: &World) {
    two_sessions(world);
    let before = state(world);
    let (code, out, _) = run(world, &["close", "1", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("user:1") && out.contains("etl_experiment"),
        "{out}"
    );
    assert!(!out.contains("analyst:2"), "{out}");
    assert!(
        out.contains("dry run: would close 1 session (1 package, 0 executing)"),
        "{out}"
    );
    assert_eq!(state(world), before);
    let (code, out, _) = run(
        world,
        &["close", "-f", "user=analyst", "--dry-run", "-o", "json"],
    );
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["sessions"][0]["name"], "analyst:2");
    assert_eq!(state(world), before);
    assert!(audit_lines(world).is_empty());
    }
}

both_backends! {
    fn close_yes_removes_the_session_and_its_shared_packages_refs_drop(world: &World) {
    two_sessions(world);
    let kit = |world: &World| {
        shared(&world.snapshot())
            .into_iter()
            .find(|s| s.0 == "loginom_clearml_kit")
            .map(|s| s.2)
    };
    assert_eq!(kit(world), Some(2));
    let lock = world.storage.join("user/data/etl-experiment.lgp.lck");
    assert!(lock.exists());
    let (code, out, err) = run(world, &["close", "1", "--yes", "--reason", "maintenance"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("user:1") && out.contains("closed"), "{out}");
    assert!(
        out.contains("released"),
        "data_load went with its last reference: {out}"
    );
    assert_eq!(session_ids(world), [2]);
    assert_eq!(kit(world), Some(1));
    assert!(!lock.exists(), "the package is no longer open");
    let audit = audit_lines(world);
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0]["action"], "close");
    assert_eq!(audit[0]["targets"], serde_json::json!(["1"]));
    assert_eq!(audit[0]["results"][0]["outcome"], "closed");
    assert_eq!(audit[0]["reason"], "maintenance");
    assert!(audit[0]["operator"].as_str().is_some_and(|o| !o.is_empty()));
    assert!(audit[0]["time"].as_str().unwrap().contains('T'));
    }
}

both_backends! {
    fn stop_on_an_idle_session_is_skipped_not_executing_with_the_conflict_code(world: &World) {
    two_sessions(world);
    let (code, out, err) = run(world, &["stop", "1"]);
    assert_eq!(code, 6, "{err}");
    assert!(out.contains("skipped: not executing"), "{out}");
    let (code, out, _) = run(world, &["stop", "1", "--yes", "-o", "jsonl"]);
    assert_eq!(code, 6);
    let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(record["outcome"], "skipped");
    assert_eq!(record["reason"], "not_executing");
    assert!(
        audit_lines(world).is_empty(),
        "nothing changed, nothing audited"
    );
    }
}

both_backends! {
    fn close_of_a_referenced_shared_package_names_its_referencers(world: &World) {
    two_sessions(world);
    let kit = world.snapshot()["shared"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "loginom_clearml_kit")
        .unwrap()["address"]
        .as_str()
        .unwrap()
        .to_owned();
    let (code, out, err) = run(world, &["close", &kit, "--yes"]);
    assert_eq!(code, 6, "{err}");
    assert!(out.contains("skipped: referenced"), "{out}");
    assert!(
        out.contains("1/1 'etl_experiment'") && out.contains("'ml_experiment'"),
        "{out}"
    );
    // Beside a target that is done, it makes a partial result.
    let (code, out, _) = run(world, &["close", "2", &kit, "--yes"]);
    assert_eq!(code, 3, "{out}");
    assert_eq!(session_ids(world), [1]);
    }
}

// Sandbox only: it moves the clock (SESSIONCTL_NOW), which a running server does not share.
#[test]
fn close_idle_over_8h_closes_only_the_idle_ones() {
    let world = World::new();
    let world = &world;
    let at = |t: &str| format!("2026-12-03T{t}Z");
    let login = |user: &str, t: &str| {
        let (code, out, _) = run_at(world, &["sandbox", "login", user], Some(&at(t)));
        assert_eq!(code, 0);
        out.trim().to_owned()
    };
    let early = login("early", "01:00:00");
    login("late", "09:30:00");
    let (code, out, err) = run_at(
        world,
        &[
            "close",
            "-f",
            "idle>8h",
            "--yes",
            "--reason",
            "nightly cleanup",
        ],
        Some(&at("10:00:00")),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("early:{early}")), "{out}");
    let users: Vec<String> = world.snapshot()["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["user"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(users, ["late"]);
    assert_eq!(audit_lines(world)[0]["reason"], "nightly cleanup");
}

both_backends! {
    fn clear_pool_empties_the_pool_and_the_audit_log_has_one_line_per_action(world: &World) {
    two_sessions(world);
    world.ok(&["sandbox", "integrator", "/user/data/data-load.lgp"]);
    world.ok(&[
        "sandbox",
        "batch",
        "/user/libs/python_kits/loginom_sklearn_meta.lgp",
    ]);
    let (code, out, _) = run(world, &["clear-pool"]);
    assert_eq!(code, 4, "no terminal, no --yes: {out}");
    let (code, out, _) = run(world, &["clear-pool", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("Package pool (2/10)"), "{out}");
    assert_eq!(world.snapshot()["pool"].as_array().unwrap().len(), 2);
    let (code, out, err) = run(world, &["clear-pool", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("data_load") && out.contains("loginom_sklearn_meta"),
        "{out}"
    );
    assert!(
        out.contains("released"),
        "the sklearn kits went with the pool: {out}"
    );
    assert_eq!(world.snapshot()["pool"].as_array().unwrap().len(), 0);
    let names: Vec<String> = shared(&world.snapshot()).into_iter().map(|s| s.0).collect();
    assert!(
        !names.contains(&"loginom_sklearn_kit".to_owned()),
        "{names:?}"
    );
    let (code, _, err) = run(world, &["clear-pool", "--yes"]);
    assert_eq!(code, 0);
    assert!(err.contains("is empty (0 of 10)"), "{err}");
    run(world, &["close", "1", "--yes"]);
    run(world, &["stop", "2", "--yes"]);
    let audit = audit_lines(world);
    let actions: Vec<&str> = audit
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["clear-pool", "close"],
        "the skipped stop changed nothing"
    );
    assert_eq!(audit[0]["targets"].as_array().unwrap().len(), 2);
    let (code, _, _) = run(world, &["close", "2", "--yes", "--no-audit"]);
    assert_eq!(code, 0);
    assert_eq!(audit_lines(world).len(), 2);
    }
}

both_backends! {
    fn a_command_with_no_target_is_a_usage_error(world: &World) {
    for args in [
        &["close"][..],
        &["stop"],
        &["close", "--section", "pool"],
        &["close", "57x"],
        &["close", "1", "--all"],
    ] {
        let (code, _, err) = run(world, args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    let (_, _, err) = run(world, &["close"]);
    assert!(err.contains("no target: name rows"), "{err}");
    let (code, _, _) = run(world, &["close", "--all", "--yes"]);
    assert_eq!(code, 0, "--all with nothing there is nothing matched");
    }
}

both_backends! {
    fn gone_is_not_a_failure_unless_strict_and_none_matched_unless_fail_if_none(world: &World) {
    two_sessions(world);
    let (code, out, _) = run(world, &["close", "9", "--yes"]);
    assert_eq!(code, 0);
    assert!(out.contains("skipped: gone"), "{out}");
    let (code, _, err) = run(world, &["close", "9", "--yes", "--strict"]);
    assert_eq!(code, 5);
    assert!(err.contains("no target '9'"), "{err}");
    let (code, _, _) = run(world, &["close", "analyst:1", "--yes", "--strict"]);
    assert_eq!(code, 5, "session 1 is user's, not analyst's");
    let (code, _, err) = run(world, &["close", "-f", "user=nobody", "--yes"]);
    assert_eq!(code, 0);
    assert!(err.contains("nothing matched"), "{err}");
    let (code, _, _) = run(
        world,
        &["close", "-f", "user=nobody", "--yes", "--fail-if-none"],
    );
    assert_eq!(code, 5);
    assert_eq!(session_ids(world), [1, 2]);
    }
}

both_backends! {
    fn close_by_path_closes_that_package_in_every_session_and_section_narrows_it(world: &World) {
    two_sessions(world);
    world.ok(&["sandbox", "open", "2", "/user/data/etl-experiment.lgp"]);
    world.ok(&["sandbox", "integrator", "/user/data/etl-experiment.lgp"]);
    let path = "path=/user/data/etl-experiment.lgp";
    let (code, out, err) = run(
        world,
        &["close", "-f", path, "-f", "section=pool", "--yes"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().count(),
        2,
        "the header and the pool copy: {out}"
    );
    assert!(world.snapshot()["pool"].as_array().unwrap().is_empty());
    let (code, out, err) = run(world, &["close", "-f", path, "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().filter(|l| l.contains("closed")).count(),
        2,
        "{out}"
    );
    let snapshot = world.snapshot();
    for session in snapshot["sessions"].as_array().unwrap() {
        for package in session["packages"].as_array().unwrap() {
            assert_ne!(package["name"], "etl_experiment");
        }
    }
    assert_eq!(session_ids(world), [1, 2], "the sessions stay");
    }
}

both_backends! {
    fn stop_stops_a_sessions_packages_and_the_session_becomes_idle(world: &World) {
    two_sessions(world);
    world.ok(&["sandbox", "open", "1", "/user/data/data-prep.lgp"]);
    world.ok(&["sandbox", "run", "1/1", "--for", "10m"]);
    let (code, out, err) = run(world, &["stop", "1", "--yes", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let result = &doc["results"][0];
    assert_eq!(
        (result["address"].as_str(), result["outcome"].as_str()),
        (Some("1"), Some("stopped"))
    );
    assert!(
        result["effects"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("1 idle")),
        "{result}"
    );
    assert_eq!(world.snapshot()["sessions"][0]["state"], "idle");
    }
}

both_backends! {
    fn stop_with_a_filter_takes_only_what_executes(world: &World) {
    two_sessions(world);
    world.ok(&["sandbox", "run", "1/1", "--for", "10m"]);
    let (code, out, err) = run(world, &["stop", "-f", "role=design,viewer", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("user:1") && !out.contains("analyst:2"),
        "{out}"
    );
    let (code, _, err) = run(world, &["stop", "-f", "role=design,viewer", "--yes"]);
    assert_eq!(code, 0, "nothing executing is nothing matched");
    assert!(err.contains("nothing to stop"), "{err}");
    }
}

// Sandbox only: it moves the clock (SESSIONCTL_NOW), which a running server does not share.
#[test]
fn stop_wait_waits_until_the_targets_are_idle_and_times_out_with_11() {
    let world = World::new();
    let world = &world;
    two_sessions(world);
    world.ok(&[
        "sandbox",
        "run",
        "1/1",
        "--for",
        "10m",
        "--stop-delay",
        "1s",
    ]);
    let (code, out, _) = run(world, &["stop", "1/1", "--yes"]);
    assert_eq!(code, 0);
    assert!(out.contains("stopping"), "{out}");
    std::thread::sleep(Duration::from_millis(1200));
    world.ok(&[
        "sandbox",
        "run",
        "1/1",
        "--for",
        "10m",
        "--stop-delay",
        "1s",
    ]);
    let started = std::time::Instant::now();
    let (code, out, err) = run(world, &["stop", "1", "--yes", "--wait", "10s"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("stopped") && !out.contains("stopping"),
        "{out}"
    );
    assert!(started.elapsed() >= Duration::from_millis(900));
    assert_eq!(world.snapshot()["sessions"][0]["state"], "idle");
    world.ok(&[
        "sandbox",
        "run",
        "2/4",
        "--for",
        "10m",
        "--stop-delay",
        "30s",
    ]);
    let (code, out, err) = run(world, &["stop", "2", "--yes", "--wait", "1s"]);
    assert_eq!(code, 11, "{out}{err}");
    assert!(out.contains("stopping"), "{out}");
}

both_backends! {
    fn closing_an_offline_clients_session_is_closing_and_it_is_told_the_reason(world: &World) {
    two_sessions(world);
    world.ok(&["sandbox", "disconnect", "2"]);
    let (code, out, err) = run(
        world,
        &["close", "2", "--yes", "--reason", "deploying 7.3"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("closing: client offline (listed as deleting)"),
        "{out}"
    );
    assert_eq!(world.snapshot()["sessions"][1]["state"], "deleting");
    // Closing it again, by a filter, leaves it alone.
    let (code, _, err) = run(world, &["close", "-f", "user=analyst", "--yes"]);
    assert_eq!(code, 0);
    assert!(err.contains("already being deleted"), "{err}");
    let told = world.ok(&["sandbox", "reconnect", "2"]);
    assert!(told.contains("deploying 7.3"), "{told}");
    assert_eq!(session_ids(world), [1]);
    }
}

both_backends! {
    fn an_execution_that_does_not_stop_within_5_s_fails_close_with_1_or_3_beside_a_done_one(world: &World) {
    // A fixed clock: the server's 5 s wait costs the test nothing.
    let now = Some("2026-12-03T12:00:00Z");
    let ok = |args: &[&str]| {
        let (code, out, err) = run_at(world, args, now);
        assert_eq!(code, 0, "{args:?}: {err}");
        out.trim().to_owned()
    };
    ok(&["sandbox", "login", "user"]);
    ok(&["sandbox", "open", "1", "/user/data/etl-experiment.lgp"]);
    ok(&["sandbox", "login", "analyst"]);
    ok(&[
        "sandbox",
        "run",
        "1/1",
        "--for",
        "10m",
        "--stop-delay",
        "30s",
    ]);
    let (code, out, err) = run_at(world, &["close", "1", "--yes"], now);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("failed: did not stop within 5s"), "{out}");
    assert!(err.contains("1 of 1 targets failed"), "{err}");
    let (code, out, _) = run_at(world, &["close", "1", "2", "--yes"], now);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("analyst:2") && out.contains("closed"), "{out}");
    let ids: Vec<u64> = serde_json::from_str::<serde_json::Value>(&ok(&["list", "-o", "json"]))
        .unwrap()["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_u64().unwrap())
        .collect();
    assert_eq!(
        ids,
        [1],
        "the session whose execution did not stop is left open"
    );
    }
}

both_backends! {
    fn actions_at_once_each_append_one_whole_audit_line(world: &World) {
    for i in 0..6 {
        world.login(&format!("user{i}"), "10.0.0.5", &["design"]);
    }
    let handles: Vec<_> = (1..=6)
        .map(|id| {
            let mut cmd = world.sandbox(&["close", &id.to_string(), "--yes"]);
            std::thread::spawn(move || cmd.write_stdin("").output().unwrap().status.code())
        })
        .collect();
    for handle in handles {
        assert_eq!(handle.join().unwrap(), Some(0));
    }
    let audit = audit_lines(world);
    assert_eq!(audit.len(), 6);
    let mut targets: Vec<String> = audit
        .iter()
        .map(|a| a["targets"][0].as_str().unwrap().to_owned())
        .collect();
    targets.sort();
    assert_eq!(targets, ["1", "2", "3", "4", "5", "6"]);
    }
}
