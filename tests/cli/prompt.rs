//! The confirmation in a real pseudo-terminal: answer yes, answer no, Ctrl-C, and a target
//! that changes while the question waits.

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

use crate::support::World;

fn exit_code(mut session: PtySession) -> (i32, String) {
    let rest = session.exp_eof().expect("the command ends");
    match session.process().wait().expect("the exit status") {
        WaitStatus::Exited(_, code) => (code, rest),
        other => panic!("sessionctl did not exit by itself: {other:?}\n{rest}"),
    }
}

fn user_with_a_package(world: &World) {
    assert_eq!(world.login("user", "10.0.0.5", &["design"]), "1");
    world.ok(&["sandbox", "open", "1", "/user/data/etl-experiment.lgp"]);
}

fn sessions(world: &World) -> Vec<(u64, String)> {
    world.snapshot()["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_u64().unwrap(),
                s["uid"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

const QUESTION: &str = "Close 1 session (1 package, 0 executing) on sandbox:";

#[test]
fn answering_y_closes_the_shown_session() {
    let world = World::new();
    user_with_a_package(&world);
    let mut session = world.pty(&["close", "1"]);
    let shown = session.exp_string(QUESTION).expect("the question");
    assert!(
        shown.contains("etl_experiment") && shown.contains("user:1"),
        "{shown}"
    );
    session.exp_string("[y/N]").expect("default no");
    session.send("y").unwrap();
    session.flush().unwrap();
    let (code, rest) = exit_code(session);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("closed"), "{rest}");
    assert!(sessions(&world).is_empty());
}

#[test]
fn answering_n_or_enter_leaves_everything_as_it_was() {
    let world = World::new();
    user_with_a_package(&world);
    let before = world.snapshot()["sessions"].clone();
    for answer in ["n", "\r"] {
        let mut session = world.pty(&["close", "1", "--reason", "x"]);
        session.exp_string("[y/N]").expect("the question");
        session.send(answer).unwrap();
        session.flush().unwrap();
        let (code, rest) = exit_code(session);
        assert_eq!(code, 4, "{rest}");
        assert!(rest.contains("declined: nothing was closed"), "{rest}");
    }
    assert_eq!(world.snapshot()["sessions"], before);
    assert!(!world.state_dir().join("audit.jsonl").exists());
}

#[test]
fn ctrl_c_at_the_question_exits_130_changes_nothing_and_shows_the_cursor_again() {
    let world = World::new();
    user_with_a_package(&world);
    let mut session = world.pty(&["close", "1"]);
    session.exp_string("[y/N]").expect("the question");
    session.send_control('c').unwrap();
    let (code, rest) = exit_code(session);
    assert_eq!(code, 130, "{rest}");
    assert!(rest.contains("interrupted: nothing was closed"), "{rest}");
    assert!(
        rest.contains("\u{1b}[?25h"),
        "the cursor is shown again: {rest:?}"
    );
    assert_eq!(sessions(&world).len(), 1);
}

#[test]
fn a_session_that_changed_while_the_question_waited_is_skipped_and_left_alone() {
    let world = World::new();
    user_with_a_package(&world);
    let shown = sessions(&world);
    let mut session = world.pty(&["close", "1"]);
    session.exp_string("[y/N]").expect("the question");
    // Meanwhile: the server starts over and someone else gets session number 1.
    world.ok(&["sandbox", "reset"]);
    assert_eq!(world.login("other", "10.0.0.9", &["viewer"]), "1");
    let now = sessions(&world);
    assert_eq!(now[0].0, shown[0].0);
    assert_ne!(
        now[0].1, shown[0].1,
        "a different session behind the same number"
    );
    session.send("y").unwrap();
    session.flush().unwrap();
    let (code, rest) = exit_code(session);
    assert_eq!(code, 6, "nothing applicable: {rest}");
    assert!(rest.contains("skipped: changed"), "{rest}");
    assert_eq!(sessions(&world), now, "the new session is left alone");
    assert!(!world.state_dir().join("audit.jsonl").exists());
}

#[test]
fn a_session_closed_by_someone_else_meanwhile_is_skipped_gone() {
    let world = World::new();
    user_with_a_package(&world);
    let mut session = world.pty(&["close", "1"]);
    session.exp_string("[y/N]").expect("the question");
    world.ok(&["close", "1", "--yes"]);
    session.send("y").unwrap();
    session.flush().unwrap();
    let (code, rest) = exit_code(session);
    assert_eq!(code, 0, "already gone is not a failure: {rest}");
    assert!(rest.contains("skipped: gone"), "{rest}");
}

#[test]
fn clear_pool_asks_with_the_pools_fill_and_clears_it_on_y() {
    let world = World::new();
    world.ok(&["sandbox", "integrator", "/user/data/data-load.lgp"]);
    let mut session = world.pty(&["clear-pool", "--reason", "deployed"]);
    let shown = session
        .exp_string("Clear the package pool (1 of 10 packages) on sandbox:")
        .expect("the question");
    assert!(
        shown.contains("Package pool (1/10)") && shown.contains("data_load"),
        "{shown}"
    );
    session.exp_string("[y/N]").expect("default no");
    session.send("y").unwrap();
    session.flush().unwrap();
    let (code, rest) = exit_code(session);
    assert_eq!(code, 0, "{rest}");
    assert!(world.snapshot()["pool"].as_array().unwrap().is_empty());
    let audit = std::fs::read_to_string(world.state_dir().join("audit.jsonl")).unwrap();
    assert!(
        audit.contains("\"action\":\"clear-pool\"") && audit.contains("\"reason\":\"deployed\""),
        "{audit}"
    );
}

#[test]
fn ctrl_c_during_stop_wait_reports_what_it_has_and_exits_130() {
    let world = World::new();
    user_with_a_package(&world);
    world.ok(&[
        "sandbox",
        "run",
        "1/1",
        "--for",
        "10m",
        "--stop-delay",
        "60s",
    ]);
    let mut session = world.pty(&["stop", "1", "--yes", "--wait", "30s"]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    session.send_control('c').unwrap();
    let (code, rest) = exit_code(session);
    assert_eq!(code, 130, "{rest}");
    assert!(
        rest.contains("stopping") && rest.contains("interrupted: stopped waiting"),
        "{rest}"
    );
    let audit = std::fs::read_to_string(world.state_dir().join("audit.jsonl")).unwrap();
    assert_eq!(audit.lines().count(), 1, "the stop was requested: {audit}");
}

#[test]
fn a_protected_server_asks_for_its_name_to_be_typed() {
    let mut world = World::new();
    user_with_a_package(&world);
    world.server = Some(world.serve(&[]));
    let served = world.server.as_ref().unwrap();
    let config = world.home.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[servers.prod]\nurl = \"{}\"\ntoken_file = \"{}\"\nprotected = true\n",
            served.url,
            served.token_file.display()
        ),
    )
    .unwrap();
    let ask = |typed: &str| {
        let mut cmd = world.std_cmd();
        cmd.env("TERM", "xterm").env("COLUMNS", "200");
        cmd.args([
            "--config",
            config.to_str().unwrap(),
            "-s",
            "prod",
            "close",
            "1",
        ]);
        let mut session = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
        session
            .exp_string("type its name to confirm")
            .expect("the question");
        session.send_line(typed).unwrap();
        exit_code(session)
    };
    let (code, rest) = ask("yes");
    assert_eq!(code, 4, "{rest}");
    assert_eq!(sessions(&world).len(), 1);
    let (code, rest) = ask("prod");
    assert_eq!(code, 0, "{rest}");
    assert!(sessions(&world).is_empty());
}
