//! DOMAIN.md's rules, one test each, on the real package files in ../shared/fixtures/storage.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::Engine;
use super::storage::Storage;
use crate::backend::{
    ActionRequest, ClearPoolRequest, JobRequest, LoginRequest, OpenRequest, Outcome, Reason,
    RunRequest, Target,
};
use crate::clock::{Clock, FixedClock};
use crate::model::{Address, Package, ReferenceStatus, Role, SessionKind, SessionState, Snapshot};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/storage");

const ETL: &str = "/user/data/etl-experiment.lgp";
const ML: &str = "/user/data/ml-experiment.lgp";
const DATA_LOAD: &str = "/user/data/data-load.lgp";
const CLEARML: &str = "/user/libs/python_kits/loginom_clearml_kit.lgp";
const SKLEARN_META: &str = "/user/libs/python_kits/loginom_sklearn_meta.lgp";

fn start() -> DateTime<Utc> {
    "2026-12-03T10:00:00Z".parse().unwrap()
}

struct Server {
    engine: Engine,
    clock: Arc<FixedClock>,
    _copy: Option<tempfile::TempDir>,
}

/// An engine on a copy of the fixtures: opening a package writes its `.lck` file, and the
/// fixtures themselves are never written.
fn server() -> Server {
    server_on_copy()
}

fn server_on_copy() -> Server {
    let copy = tempfile::tempdir().unwrap();
    copy_tree(Path::new(FIXTURES), copy.path());
    server_on(copy.path().to_owned(), Some(copy))
}

fn server_on(root: PathBuf, copy: Option<tempfile::TempDir>) -> Server {
    let clock = Arc::new(FixedClock::new(start()));
    let state = Engine::fresh_state(clock.as_ref());
    let engine = Engine::new("test".into(), Storage::new(root), state, clock.clone());
    Server {
        engine,
        clock,
        _copy: copy,
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

impl Server {
    fn login(&mut self, user: &str) -> u32 {
        let request = LoginRequest {
            user: user.into(),
            host: "10.0.0.5".into(),
            roles: vec![Role::Design, Role::Viewer],
            kind: SessionKind::Interactive,
        };
        self.engine.login(&request).unwrap().id
    }

    fn open(&mut self, session: u32, path: &str) -> Package {
        let request = OpenRequest {
            session,
            path: Some(path.into()),
        };
        self.engine.open(&request).unwrap()
    }

    fn run(&mut self, session: u32, package: u64, duration: Duration, stop_delay: Duration) {
        let request = RunRequest {
            address: Address::SessionPackage(session, package),
            node: "Train".into(),
            duration,
            progress: true,
            stop_delay,
        };
        self.engine.run(&request).unwrap();
    }

    fn integrator(&mut self, path: &str) -> crate::backend::JobResult {
        self.engine.integrator(&job(path, Duration::ZERO)).unwrap()
    }

    fn snapshot(&mut self) -> Snapshot {
        self.engine.snapshot()
    }

    fn shared_named(&mut self, name: &str) -> Vec<Package> {
        self.snapshot()
            .shared
            .into_iter()
            .filter(|p| p.name == name)
            .collect()
    }

    fn act(targets: &[Address]) -> ActionRequest {
        ActionRequest {
            targets: targets
                .iter()
                .map(|a| Target {
                    address: *a,
                    uid: None,
                    shown: None,
                })
                .collect(),
            reason: None,
        }
    }
}

fn job(path: &str, duration: Duration) -> JobRequest {
    JobRequest {
        path: path.into(),
        duration,
        host: "127.0.0.1".into(),
    }
}

#[test]
fn opening_a_package_opens_what_it_references_as_shared_packages() {
    let mut s = server();
    let session = s.login("user");
    let etl = s.open(session, ETL);
    assert_eq!(etl.version.as_deref(), Some("1.0.0"));
    let snapshot = s.snapshot();
    let mut shared: Vec<_> = snapshot
        .shared
        .iter()
        .map(|p| (p.name.as_str(), p.version.as_deref(), p.refs))
        .collect();
    shared.sort();
    assert_eq!(
        shared,
        [
            ("data_load", Some("1.0.0"), Some(1)),
            ("loginom_clearml_kit", Some("3.2.5"), Some(1))
        ]
    );
}

#[test]
fn references_are_opened_recursively() {
    let mut s = server();
    let session = s.login("user");
    s.open(session, "/user/templates/template.lgp");
    let mut names: Vec<_> = s.snapshot().shared.into_iter().map(|p| p.name).collect();
    names.sort();
    assert_eq!(names, ["loginom_llm_kit", "loginom_silver_kit"]);
}

#[test]
fn a_reference_uses_the_package_open_in_the_same_session() {
    let mut s = server();
    let session = s.login("user");
    let load = s.open(session, DATA_LOAD);
    let etl = s.open(session, ETL);
    let to_load = etl
        .references
        .iter()
        .find(|r| r.name == "data_load")
        .unwrap();
    assert_eq!(to_load.target.as_deref(), Some(load.address.as_str()));
    assert!(s.shared_named("data_load").is_empty());
}

#[test]
fn shared_refs_count_the_distinct_sessions_that_reference_it() {
    let mut s = server();
    let first = s.login("user");
    s.open(first, ETL);
    // A second package of the same session referencing it does not count again.
    s.open(first, "/user/data/data-prep.lgp");
    assert_eq!(s.shared_named("loginom_clearml_kit")[0].refs, Some(1));
    let second = s.login("analyst");
    s.open(second, ML);
    let clearml = s.shared_named("loginom_clearml_kit");
    assert_eq!(clearml.len(), 1, "one copy, referenced from two sessions");
    assert_eq!(clearml[0].refs, Some(2));
}

#[test]
fn shared_refs_count_the_servers_own_reference_for_the_pool() {
    let mut s = server();
    s.engine.batch(&job(SKLEARN_META, Duration::ZERO)).unwrap();
    let snapshot = s.snapshot();
    assert_eq!(snapshot.pool.len(), 1);
    assert_eq!(snapshot.pool[0].name, "loginom_sklearn_meta");
    for name in ["loginom_python_kit", "loginom_sklearn_kit"] {
        assert_eq!(s.shared_named(name)[0].refs, Some(1), "{name}");
    }
    let session = s.login("user");
    s.open(session, SKLEARN_META);
    assert_eq!(s.shared_named("loginom_python_kit")[0].refs, Some(2));
}

#[test]
fn a_shared_package_cannot_be_closed_while_referenced() {
    let mut s = server();
    let session = s.login("user");
    s.open(session, ETL);
    let clearml = s.shared_named("loginom_clearml_kit").remove(0);
    let address: Address = clearml.address.parse().unwrap();
    let result = s.engine.close(&Server::act(&[address])).remove(0);
    assert_eq!(result.outcome, Outcome::Skipped);
    assert_eq!(result.reason, Some(Reason::Referenced));
    let message = result.message.unwrap();
    assert!(
        message.contains("'etl_experiment'") && message.contains("'data_load'"),
        "{message}"
    );
    assert_eq!(s.shared_named("loginom_clearml_kit").len(), 1);
}

#[test]
fn a_shared_package_goes_away_with_its_last_reference() {
    let mut s = server();
    let first = s.login("user");
    s.open(first, ETL);
    let second = s.login("analyst");
    s.open(second, ML);
    s.engine.close(&Server::act(&[Address::Session(first)]));
    assert_eq!(s.shared_named("loginom_clearml_kit")[0].refs, Some(1));
    assert!(s.shared_named("data_load").is_empty());
    s.engine.close(&Server::act(&[Address::Session(second)]));
    assert!(s.snapshot().shared.is_empty());
}

#[test]
fn a_changed_file_opens_as_a_new_copy_beside_the_old_one() {
    let mut s = server_on_copy();
    let first = s.login("user");
    s.open(first, ETL);
    s.engine.touch(CLEARML).unwrap();
    let second = s.login("analyst");
    s.open(second, ML);
    let copies = s.shared_named("loginom_clearml_kit");
    assert_eq!(copies.len(), 2);
    assert!(copies.iter().all(|c| c.refs == Some(1)));
}

#[test]
fn the_pool_holds_at_most_10_packages_by_default_and_evicts_the_least_recently_used() {
    let mut s = server();
    assert_eq!(s.snapshot().server.pool_capacity, 10);
    let paths = all_packages();
    assert!(paths.len() >= 11);
    for path in &paths[..11] {
        s.integrator(path);
        s.clock.sleep(Duration::from_secs(1));
    }
    let pool: Vec<_> = s
        .snapshot()
        .pool
        .into_iter()
        .map(|p| p.path.unwrap())
        .collect();
    assert_eq!(pool.len(), 10);
    assert!(
        !pool.contains(&paths[0]),
        "the least recently used went first"
    );
    assert_eq!(pool, paths[1..11]);
}

#[test]
fn an_integrator_call_reuses_an_idle_pool_copy() {
    let mut s = server();
    let first = s.integrator(CLEARML);
    s.clock.sleep(Duration::from_secs(1));
    s.integrator(ETL);
    s.clock.sleep(Duration::from_secs(1));
    let again = s.integrator(CLEARML);
    assert!(again.reused);
    assert_eq!(again.package, first.package);
    let snapshot = s.snapshot();
    assert_eq!(snapshot.pool.len(), 2);
    // Reuse makes it the most recently used.
    assert_eq!(snapshot.pool[1].address, first.package.to_string());
}

#[test]
fn the_pool_size_is_settable() {
    let mut s = server();
    for path in &all_packages()[..5] {
        s.integrator(path);
        s.clock.sleep(Duration::from_secs(1));
    }
    s.engine.set_pool_capacity(3).unwrap();
    let snapshot = s.snapshot();
    assert_eq!(snapshot.server.pool_capacity, 3);
    assert_eq!(snapshot.pool.len(), 3);
}

#[test]
fn the_pool_drops_every_copy_of_a_changed_file() {
    let mut s = server_on_copy();
    // Two copies: one runs while the second call loads another.
    s.engine
        .integrator(&job(CLEARML, Duration::from_secs(10)))
        .unwrap();
    s.integrator(CLEARML);
    s.clock.sleep(Duration::from_secs(11));
    s.integrator(ETL);
    assert_eq!(
        s.snapshot()
            .pool
            .iter()
            .filter(|p| p.name == "loginom_clearml_kit")
            .count(),
        2
    );
    s.engine.touch(CLEARML).unwrap();
    let pool: Vec<_> = s.snapshot().pool.into_iter().map(|p| p.name).collect();
    assert_eq!(pool, ["etl_experiment"]);
}

#[test]
fn stop_applies_only_to_executing_sessions_and_packages() {
    let mut s = server();
    let session = s.login("user");
    s.open(session, ETL);
    let result = s
        .engine
        .stop(&Server::act(&[Address::Session(session)]))
        .remove(0);
    assert_eq!(result.outcome, Outcome::Skipped);
    assert_eq!(result.reason, Some(Reason::NotExecuting));
}

#[test]
fn stopping_a_session_stops_all_its_packages() {
    let mut s = server();
    let session = s.login("user");
    let a = s.open(session, ETL).id;
    let b = s.open(session, ML).id;
    s.run(session, a, Duration::from_secs(600), Duration::ZERO);
    s.run(session, b, Duration::from_secs(600), Duration::ZERO);
    assert_eq!(s.snapshot().sessions[0].state, SessionState::Executing);
    let result = s
        .engine
        .stop(&Server::act(&[Address::Session(session)]))
        .remove(0);
    assert_eq!(result.outcome, Outcome::Stopped);
    let snapshot = s.snapshot();
    assert_eq!(snapshot.sessions[0].state, SessionState::Idle);
    assert!(
        snapshot.sessions[0]
            .packages
            .iter()
            .all(|p| p.execution.is_none())
    );
}

#[test]
fn stopping_the_last_executing_package_makes_the_session_idle() {
    let mut s = server();
    let session = s.login("user");
    let a = s.open(session, ETL).id;
    let b = s.open(session, ML).id;
    s.run(session, a, Duration::from_secs(600), Duration::ZERO);
    s.run(session, b, Duration::from_secs(600), Duration::ZERO);
    s.engine
        .stop(&Server::act(&[Address::SessionPackage(session, a)]));
    assert_eq!(s.snapshot().sessions[0].state, SessionState::Executing);
    let result = s
        .engine
        .stop(&Server::act(&[Address::SessionPackage(session, b)]))
        .remove(0);
    assert!(
        result.effects.contains(&format!("{session} idle")),
        "{:?}",
        result.effects
    );
    assert_eq!(s.snapshot().sessions[0].state, SessionState::Idle);
}

#[test]
fn progress_advances_with_the_clock_and_the_run_ends_by_itself() {
    let mut s = server();
    let session = s.login("user");
    let etl = s.open(session, ETL).id;
    s.run(session, etl, Duration::from_secs(100), Duration::ZERO);
    s.clock.sleep(Duration::from_secs(25));
    let progress = s.snapshot().sessions[0].packages[0]
        .execution
        .clone()
        .unwrap()
        .progress;
    assert_eq!(progress, Some(25));
    s.clock.sleep(Duration::from_secs(80));
    assert_eq!(s.snapshot().sessions[0].state, SessionState::Idle);
}

#[test]
fn close_stops_an_executing_package_first() {
    let mut s = server();
    let session = s.login("user");
    let etl = s.open(session, ETL).id;
    s.run(
        session,
        etl,
        Duration::from_secs(600),
        Duration::from_secs(2),
    );
    let before = s.clock.now();
    let result = s
        .engine
        .close(&Server::act(&[Address::Session(session)]))
        .remove(0);
    assert_eq!(result.outcome, Outcome::Closed);
    assert_eq!(
        s.clock.now() - before,
        chrono::Duration::seconds(2),
        "waited for the stop"
    );
    let snapshot = s.snapshot();
    assert!(snapshot.sessions.is_empty());
    assert!(
        snapshot.shared.is_empty(),
        "its shared packages went with it"
    );
}

#[test]
fn close_fails_when_the_execution_does_not_stop_within_5_s() {
    let mut s = server();
    let session = s.login("user");
    let etl = s.open(session, ETL).id;
    s.run(
        session,
        etl,
        Duration::from_secs(3600),
        Duration::from_secs(60),
    );
    let before = s.clock.now();
    let result = s
        .engine
        .close(&Server::act(&[Address::Session(session)]))
        .remove(0);
    assert_eq!(result.outcome, Outcome::Failed);
    assert_eq!(result.reason, Some(Reason::StopTimeout));
    assert_eq!(s.clock.now() - before, chrono::Duration::seconds(5));
    assert!(result.message.unwrap().contains("did not stop within 5s"));
    assert_eq!(s.snapshot().sessions.len(), 1, "nothing was closed");
}

#[test]
fn closing_the_session_of_an_offline_client_leaves_it_deleting_until_it_returns() {
    let mut s = server();
    let session = s.login("user");
    s.open(session, ETL);
    s.engine.disconnect(session).unwrap();
    let mut request = Server::act(&[Address::Session(session)]);
    request.reason = Some("maintenance at 22:00".into());
    let result = s.engine.close(&request).remove(0);
    assert_eq!(result.outcome, Outcome::Closing);
    assert_eq!(result.reason, Some(Reason::ClientOffline));
    let snapshot = s.snapshot();
    assert_eq!(snapshot.sessions[0].state, SessionState::Deleting);
    assert!(snapshot.sessions[0].packages.is_empty());
    assert!(snapshot.shared.is_empty());
    let back = s.engine.reconnect(session).unwrap();
    let told = back.closed_message.unwrap();
    assert!(
        told.contains("closed your session through the session manager"),
        "{told}"
    );
    assert!(told.ends_with("maintenance at 22:00"), "{told}");
    assert!(s.snapshot().sessions.is_empty());
}

#[test]
fn clearing_the_pool_removes_every_pool_package_and_the_references_they_held() {
    let mut s = server();
    s.engine.batch(&job(SKLEARN_META, Duration::ZERO)).unwrap();
    s.integrator(ETL);
    let result = s.engine.clear_pool(&ClearPoolRequest {
        only: None,
        reason: None,
    });
    assert_eq!(result.removed.len(), 2);
    let mut released: Vec<_> = result.released.iter().map(|p| p.name.as_str()).collect();
    released.sort();
    assert_eq!(
        released,
        [
            "data_load",
            "loginom_clearml_kit",
            "loginom_python_kit",
            "loginom_sklearn_kit"
        ]
    );
    let snapshot = s.snapshot();
    assert!(snapshot.pool.is_empty() && snapshot.shared.is_empty());
}

#[test]
fn a_batch_run_ends_with_the_package_in_the_pool() {
    let mut s = server();
    let started = s
        .engine
        .batch(&job(SKLEARN_META, Duration::from_secs(20)))
        .unwrap();
    let snapshot = s.snapshot();
    assert_eq!(snapshot.sessions.len(), 1);
    assert_eq!(snapshot.sessions[0].kind, SessionKind::Batch);
    assert_eq!(snapshot.sessions[0].state, SessionState::Executing);
    assert_eq!(snapshot.sessions[0].user, "service");
    assert!(snapshot.pool.is_empty());
    s.clock.sleep(Duration::from_secs(21));
    let snapshot = s.snapshot();
    assert!(
        snapshot.sessions.is_empty(),
        "the batch session ends with its run"
    );
    let Address::SessionPackage(_, id) = started.package else {
        panic!()
    };
    assert_eq!(snapshot.pool[0].address, Address::Pool(id).to_string());
}

#[test]
fn a_dangling_reference_is_reported_on_the_package_and_is_not_fatal() {
    let mut s = server();
    let session = s.login("user");
    let misc = s.open(session, "/user/libs/python_kits/loginom_misc_kit.lgp");
    let json = misc
        .references
        .iter()
        .find(|r| r.name == "loginom_json_kit")
        .unwrap();
    assert_eq!(json.hint_path, "../json_kit/loginom_json_kit.lgp");
    assert_eq!(json.status, ReferenceStatus::Missing);
    assert_eq!(json.target, None);
    assert_eq!(s.shared_named("loginom_silver_kit").len(), 1);
}

#[test]
fn a_version_that_fails_the_mask_is_reported_on_the_package() {
    let dir = tempfile::tempdir().unwrap();
    let lib = crate::package::PackageFile {
        guid: "g1".into(),
        name: "lib".into(),
        version: Some("1.5.0".into()),
        app_version: None,
        locale: None,
        protected: false,
        references: vec![],
    };
    let mut app = lib.clone();
    app.name = "app".into();
    app.references = vec![crate::package::FileReference {
        guid: "r1".into(),
        hint_path: "lib.lgp".into(),
        name: "lib".into(),
        target_guid: "g1".into(),
        version_mask: Some("^2.0.0".into()),
    }];
    crate::package::write_package(&dir.path().join("u/lib.lgp"), &lib).unwrap();
    crate::package::write_package(&dir.path().join("u/app.lgp"), &app).unwrap();
    let mut s = server_on(dir.path().to_owned(), None);
    let session = s.login("user");
    let opened = s.open(session, "/u/app.lgp");
    assert_eq!(
        opened.references[0].status,
        ReferenceStatus::VersionMismatch
    );
    assert_eq!(s.shared_named("lib").len(), 1, "still opened");
}

#[test]
fn a_corrupt_package_file_is_a_clear_error_and_the_rest_of_the_storage_opens() {
    let mut s = server_on_copy();
    let root = s.engine.storage().root().to_owned();
    std::fs::write(root.join("user/data/broken.lgp"), b"not a zip").unwrap();
    let session = s.login("user");
    let error = s
        .engine
        .open(&OpenRequest {
            session,
            path: Some("/user/data/broken.lgp".into()),
        })
        .unwrap_err();
    assert!(error.to_string().contains("broken.lgp"), "{error}");
    assert!(matches!(
        error,
        crate::backend::BackendError::Storage { .. }
    ));
    s.open(session, ETL);
}

#[test]
fn a_target_that_changed_since_it_was_shown_is_skipped() {
    let mut s = server();
    let session = s.login("user");
    let shown = s.snapshot().sessions[0].uid.clone();
    s.engine.reset();
    s.clock.sleep(Duration::from_secs(1));
    let again = s.login("user");
    assert_eq!(again, session, "the number came back");
    let request = ActionRequest {
        targets: vec![Target {
            address: Address::Session(session),
            uid: Some(shown),
            shown: None,
        }],
        reason: None,
    };
    let result = s.engine.close(&request).remove(0);
    assert_eq!(result.reason, Some(Reason::Changed));
    assert_eq!(s.snapshot().sessions.len(), 1);
}

#[test]
fn a_draft_has_no_path_version_or_times() {
    let mut s = server();
    let session = s.login("user");
    let draft = s
        .engine
        .open(&OpenRequest {
            session,
            path: None,
        })
        .unwrap();
    assert_eq!((draft.path, draft.created, draft.saved), (None, None, None));
}

/// Every package path in the fixtures, sorted.
fn all_packages() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "lgp" || e == "mgp") {
                out.push(format!("/{}", path.strip_prefix(root).unwrap().display()));
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new(FIXTURES), Path::new(FIXTURES), &mut out);
    out.sort();
    out
}

#[test]
fn an_open_package_has_a_lck_file_beside_it_until_it_is_closed() {
    let mut s = server_on_copy();
    let lock = s.engine.storage().lock_file(ETL).unwrap();
    let session = s.login("user");
    let etl = s.open(session, ETL);
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap().trim(),
        format!("user:{session}")
    );
    let address: Address = etl.address.parse().unwrap();
    s.engine.close(&Server::act(&[address]));
    assert!(!lock.exists());
}

#[test]
fn different_files_may_share_one_guid_and_the_path_tells_them_apart() {
    let mut s = server();
    let session = s.login("user");
    s.open(session, DATA_LOAD);
    s.open(session, "/user/data/data-prep.lgp");
    let names: Vec<_> = s.snapshot().sessions[0]
        .packages
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["data_load", "data_prep"]);
}

#[test]
fn a_session_is_named_user_colon_number() {
    let mut s = server();
    let session = s.login("user");
    assert_eq!(s.snapshot().sessions[0].name, format!("user:{session}"));
}

#[test]
fn a_package_that_references_itself_uses_the_open_copy() {
    let mut s = server();
    let root = s.engine.storage().root().to_owned();
    let selfish = crate::package::PackageFile {
        guid: "g".into(),
        name: "selfish".into(),
        version: None,
        app_version: None,
        locale: None,
        protected: false,
        references: vec![crate::package::FileReference {
            guid: "r".into(),
            hint_path: "selfish.lgp".into(),
            name: "selfish".into(),
            target_guid: "g".into(),
            version_mask: None,
        }],
    };
    crate::package::write_package(&root.join("user/selfish.lgp"), &selfish).unwrap();
    let session = s.login("user");
    let opened = s.open(session, "/user/selfish.lgp");
    assert_eq!(
        opened.references[0].target.as_deref(),
        Some(opened.address.as_str())
    );
    assert!(s.snapshot().shared.is_empty());
}

#[test]
fn close_stops_every_executing_package_at_once_within_the_5_s() {
    let mut s = server();
    let session = s.login("user");
    for path in [ETL, ML, DATA_LOAD] {
        let id = s.open(session, path).id;
        s.run(
            session,
            id,
            Duration::from_secs(600),
            Duration::from_secs(4),
        );
    }
    let before = s.clock.now();
    let result = s
        .engine
        .close(&Server::act(&[Address::Session(session)]))
        .remove(0);
    assert_eq!(result.outcome, Outcome::Closed);
    assert_eq!(
        s.clock.now() - before,
        chrono::Duration::seconds(4),
        "one wait, not three"
    );
}

#[test]
fn a_huge_duration_never_overflows() {
    let mut s = server();
    let session = s.login("user");
    let id = s.open(session, ETL).id;
    s.run(
        session,
        id,
        Duration::from_secs(u64::MAX / 2),
        Duration::from_secs(u64::MAX / 2),
    );
    let snapshot = s.snapshot();
    assert_eq!(snapshot.sessions[0].state, SessionState::Executing);
    let result = s
        .engine
        .stop(&Server::act(&[Address::Session(session)]))
        .remove(0);
    assert_eq!(result.outcome, Outcome::Stopping);
    s.snapshot();
}

#[test]
fn a_session_that_changed_inside_since_it_was_shown_is_skipped() {
    let mut s = server();
    let session = s.login("user");
    s.open(session, ETL);
    let shown = s.snapshot().sessions[0].fingerprint();
    // Meanwhile the user opens another package and starts it.
    let ml = s.open(session, ML).id;
    s.run(session, ml, Duration::from_secs(600), Duration::ZERO);
    let request = ActionRequest {
        targets: vec![Target {
            address: Address::Session(session),
            uid: None,
            shown: Some(shown),
        }],
        reason: None,
    };
    let result = s.engine.close(&request).remove(0);
    assert_eq!(
        (result.outcome, result.reason),
        (Outcome::Skipped, Some(Reason::Changed))
    );
    assert_eq!(
        s.snapshot().sessions[0].packages.len(),
        2,
        "nothing was closed"
    );
}
