//! The sandbox through the command line, embedded and served: the same steps, the same results.

use crate::support::{World, shared};

both_backends! {
    fn login_prints_the_new_session_id_and_open_shows_the_package_with_its_shared_references(world: &World) {
    let id = world.login("user", "10.0.0.5", &["design", "viewer"]);
    assert_eq!(id, "1");
    let address = world.ok(&["sandbox", "open", &id, "/user/data/etl-experiment.lgp"]);
    assert_eq!(address, "1/1");
    let snapshot = world.snapshot();
    let session = &snapshot["sessions"][0];
    assert_eq!(session["name"], "user:1");
    assert_eq!(session["role"], "design");
    assert_eq!(session["packages"][0]["name"], "etl_experiment");
    assert_eq!(session["packages"][0]["version"], "1.0.0");
    assert_eq!(
        shared(&snapshot),
        [
            ("data_load".into(), "1.0.0".into(), 1),
            ("loginom_clearml_kit".into(), "3.2.5".into(), 1)
        ]
    );
    let other = world.login("analyst", "10.0.0.6", &["viewer"]);
    world.ok(&["sandbox", "open", &other, "/user/data/ml-experiment.lgp"]);
    let clearml = shared(&world.snapshot())
        .into_iter()
        .find(|s| s.0 == "loginom_clearml_kit")
        .unwrap();
    assert_eq!(clearml.2, 2);
    }
}

both_backends! {
    fn a_batch_run_ends_in_the_pool_and_its_references_count_the_servers_reference(world: &World) {
    let address = world.ok(&["sandbox", "batch", "/user/libs/python_kits/loginom_sklearn_meta.lgp"]);
    assert!(address.starts_with("pool/"), "{address}");
    let snapshot = world.snapshot();
    assert_eq!(snapshot["pool"][0]["name"], "loginom_sklearn_meta");
    let names: Vec<_> = shared(&snapshot).into_iter().map(|s| (s.0, s.2)).collect();
    assert!(names.contains(&("loginom_python_kit".into(), 1)));
    assert!(names.contains(&("loginom_sklearn_kit".into(), 1)));
    }
}

both_backends! {
    fn integrator_runs_of_11_packages_leave_the_10_most_recently_used_and_touch_empties_their_copies(world: &World) {
    let paths = [
        "/user/data/data-load.lgp",
        "/user/data/data-prep.lgp",
        "/user/data/etl-experiment.lgp",
        "/user/data/ml-experiment.lgp",
        "/user/libs/python_kits/loginom_category_kit.lgp",
        "/user/libs/python_kits/loginom_clearml_kit.lgp",
        "/user/libs/python_kits/loginom_kaggle_kit.lgp",
        "/user/libs/python_kits/loginom_lightautoml_kit.lgp",
        "/user/libs/python_kits/loginom_pandas_kit.lgp",
        "/user/libs/python_kits/loginom_scipy_kit.lgp",
        "/user/libs/python_kits/loginom_sklearn_kit.lgp",
    ];
    for (i, path) in paths.iter().enumerate() {
        // Each call one second later, so "least recently used" is unambiguous.
        let now = format!("2026-12-03T12:00:{i:02}Z");
        let output = world
            .sandbox(&["sandbox", "integrator", path])
            .env("SESSIONCTL_NOW", now)
            .output()
            .unwrap();
        assert!(output.status.success());
    }
    let pool: Vec<String> = world.snapshot()["pool"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(pool, paths[1..]);
    world.ok(&["sandbox", "touch", "/user/libs/python_kits/loginom_clearml_kit.lgp"]);
    let after = world.snapshot();
    let names: Vec<_> = after["pool"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names.len(), 9);
    assert!(!names.contains(&"loginom_clearml_kit".to_owned()));
    }
}

both_backends! {
    fn the_misc_kit_opens_and_reports_its_dangling_reference(world: &World) {
    let id = world.login("user", "10.0.0.5", &["design"]);
    let output = world
        .sandbox(&["sandbox", "open", &id, "/user/libs/python_kits/loginom_misc_kit.lgp"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("../json_kit/loginom_json_kit.lgp"), "{stderr}");
    let snapshot = world.snapshot();
    let reference = snapshot["sessions"][0]["packages"][0]["references"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "loginom_json_kit")
        .unwrap()
        .clone();
    assert_eq!(reference["status"], "missing");
    assert_eq!(reference["path"], "/user/libs/json_kit/loginom_json_kit.lgp");
    }
}

#[test]
fn an_unreadable_storage_names_the_path_with_the_storage_code() {
    let world = World::new();
    let missing = world.home.path().join("no-such-storage");
    let output = world
        .cmd()
        .arg("--sandbox")
        .arg(&missing)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(12));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-storage"));
}

both_backends! {
    fn two_commands_at_once_lose_nothing(world: &World) {
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let mut cmd = world.sandbox(&["sandbox", "login", &format!("user{i}")]);
            std::thread::spawn(move || cmd.output().unwrap().status.success())
        })
        .collect();
    assert!(handles.into_iter().all(|h| h.join().unwrap()));
    assert_eq!(world.snapshot()["sessions"].as_array().unwrap().len(), 8);
    }
}

#[test]
fn a_damaged_state_is_an_error_naming_it_and_reset_sets_it_aside() {
    let world = World::new();
    world.login("keepme", "10.0.0.5", &["design"]);
    let dir = world.state_dir().join("sandbox");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    std::fs::write(&file, b"{\"version\": 1, \"sessions\": [").unwrap();
    let output = world.sandbox(&["list"]).output().unwrap();
    assert_eq!(output.status.code(), Some(12));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("is damaged") && stderr.contains("sandbox reset"),
        "{stderr}"
    );
    assert!(
        std::fs::read(&file)
            .unwrap()
            .starts_with(b"{\"version\": 1, \"sessions\": ["),
        "kept"
    );
    world.ok(&["sandbox", "reset"]);
    let mut damaged = file.into_os_string();
    damaged.push(".damaged");
    assert!(std::path::Path::new(&damaged).exists());
    assert_eq!(world.snapshot()["sessions"].as_array().unwrap().len(), 0);
}

#[test]
fn two_storages_whose_paths_look_alike_keep_their_own_state() {
    let world = World::new();
    let a = world.home.path().join("qa_x");
    let b = world.home.path().join("qa").join("x");
    crate::support::copy_tree(&world.storage, &a);
    crate::support::copy_tree(&world.storage, &b);
    let on = |dir: &std::path::Path, args: &[&str]| {
        let output = world
            .cmd()
            .arg("--sandbox")
            .arg(dir)
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    on(&a, &["sandbox", "login", "alice"]);
    let listed: serde_json::Value = serde_json::from_str(&on(&b, &["list", "-o", "json"])).unwrap();
    assert!(listed["sessions"].as_array().unwrap().is_empty());
}
