//! `watch` on a terminal: the real binary in a pseudo-terminal (xterm-256color, 140x40).

use std::time::{Duration, Instant};

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};

use rexpect::process::PtyProcess;
use rexpect::process::Signal;
use rexpect::process::WaitStatus;

use crate::support::World;
use crate::watch::sandbox_command;

/// The escape sequence that leaves the alternate screen: the terminal is given back.
const LEAVE_ALTERNATE_SCREEN: &str = "\u{1b}[?1049l";

fn screen(world: &World, args: &[&str]) -> Terminal {
    screen_with(world, args, &[])
}

fn screen_with(world: &World, args: &[&str], env: &[(&str, &str)]) -> Terminal {
    let mut args: Vec<&str> = args.to_vec();
    args.insert(0, "watch");
    let inner = sandbox_command(world, &args);
    // The size is set on the terminal itself, as a terminal emulator would.
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg("stty cols 140 rows 40 && exec \"$0\" \"$@\"")
        .arg(inner.get_program())
        .args(inner.get_args())
        .current_dir(world.home.path())
        .env("TERM", "xterm-256color");
    for (key, value) in inner.get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    for (key, value) in env {
        cmd.env(key, value);
    }
    Terminal::new(PtyProcess::new(cmd).expect("a pseudo-terminal"))
}

/// The program's terminal as a person sees it: its output through a terminal emulator.
struct Terminal {
    pty: PtyProcess,
    keyboard: std::fs::File,
    output: Receiver<Vec<u8>>,
    screen: vt100::Parser,
    raw: Vec<u8>,
}

impl Terminal {
    fn new(pty: PtyProcess) -> Terminal {
        let mut display = pty.get_file_handle().expect("the pty");
        let keyboard = pty.get_file_handle().expect("the pty");
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = display.read(&mut buffer) {
                if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Terminal {
            pty,
            keyboard,
            output,
            screen: vt100::Parser::new(40, 140, 0),
            raw: Vec::new(),
        }
    }

    fn pump(&mut self) {
        while let Ok(bytes) = self.output.try_recv() {
            self.screen.process(&bytes);
            self.raw.extend(bytes);
        }
    }

    fn wait(&mut self, what: &str, found: impl Fn(&Terminal) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            self.pump();
            if found(self) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no {what:?} within 5s; the screen:\n{}",
                self.screen.screen().contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Wait until the screen shows `text`.
    fn shows(&mut self, text: &str) {
        self.wait(text, |t| t.screen.screen().contents().contains(text));
    }

    /// Wait until the output has had `sequence`.
    fn sent(&mut self, sequence: &str) {
        let needle = sequence.as_bytes();
        self.wait(sequence, |t| {
            t.raw.windows(needle.len()).any(|w| w == needle)
        });
    }

    fn press(&mut self, keys: &str) {
        self.keyboard.write_all(keys.as_bytes()).unwrap();
        self.keyboard.flush().unwrap();
    }

    fn exit_code(&mut self) -> Option<i32> {
        for _ in 0..50 {
            self.pump();
            match self.pty.status() {
                Some(WaitStatus::Exited(_, code)) => return Some(code),
                Some(WaitStatus::StillAlive) | None => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                Some(_) => return None,
            }
        }
        None
    }
}

#[test]
fn a_frame_is_drawn_r_refreshes_and_q_restores_the_terminal() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("sessionctl watch");
    t.shows("sessions 1  executing 0  shared 0  pool 0/10");
    t.shows("user:1");
    assert!(t.screen.screen().alternate_screen());
    // Only `r` can show a session logged in now: the interval is an hour.
    world.login("analyst", "10.0.0.6", &["viewer"]);
    t.press("r");
    t.shows("analyst:2");
    t.shows("sessions 2");
    t.press("q");
    t.sent(LEAVE_ALTERNATE_SCREEN);
    assert_eq!(t.exit_code(), Some(0));
    assert!(!t.screen.screen().alternate_screen());
}

#[test]
fn a_confirmed_close_removes_the_selected_row_and_no_does_nothing() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    world.login("analyst", "10.0.0.6", &["viewer"]);
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("analyst:2");
    // The first row is selected; down to the second session, then close it.
    t.press("\u{1b}[B");
    t.press("c");
    t.shows("Close session analyst:2 (2, 10.0.0.6)? [y/N]");
    t.press("n");
    t.shows("cancelled: nothing was done");
    assert_eq!(world.snapshot()["sessions"].as_array().unwrap().len(), 2);
    t.press("c");
    t.shows("[y/N]");
    t.press("y");
    t.shows("2 closed");
    t.shows("sessions 1");
    let sessions: Vec<String> = world.snapshot()["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(sessions, ["user:1"]);
    assert!(!t.screen.screen().contents().contains("analyst:2"));
    // Audited as `close` is.
    let audit = std::fs::read_to_string(world.state_dir().join("audit.jsonl")).unwrap();
    assert_eq!(audit.lines().count(), 1, "{audit}");
    let entry: serde_json::Value = serde_json::from_str(audit.trim()).unwrap();
    assert_eq!(entry["action"], "close");
    assert_eq!(entry["targets"][0], "2");
    assert_eq!(entry["reason"], "sessionctl watch");
    t.press("q");
    t.sent(LEAVE_ALTERNATE_SCREEN);
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn search_filters_live_and_esc_clears_it() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    world.login("analyst", "10.0.0.6", &["viewer"]);
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("analyst:2");
    t.press("/anal");
    t.shows("search 'anal'");
    t.wait("user:1 filtered out", |t| {
        !t.screen.screen().contents().contains("user:1")
    });
    t.press("\u{1b}");
    t.shows("user:1");
    t.press("q");
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn sigterm_restores_the_terminal_too() {
    let world = World::new();
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("sessionctl watch");
    t.pty.signal(Signal::SIGTERM).unwrap();
    t.sent(LEAVE_ALTERNATE_SCREEN);
    assert_eq!(t.exit_code(), Some(130));
}

#[test]
fn the_selection_follows_its_row_and_a_replaced_row_is_never_hit() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    world.login("analyst", "10.0.0.6", &["viewer"]);
    let mut t = screen(&world, &["-n", "1h", "--sort", "name"]);
    // Sorted by name, analyst:2 is the first row, and selected.
    t.shows("analyst:2");
    world.login("aaron", "10.0.0.8", &["viewer"]);
    t.press("r");
    t.shows("aaron:3");
    // aaron:3 came before it; the selection stayed on analyst:2.
    t.press("c");
    t.shows("Close session analyst:2 (2, 10.0.0.6)? [y/N]");
    // While the question is open, address 2 comes to belong to another session.
    world.ok(&["sandbox", "reset"]);
    world.login("other", "10.0.0.7", &["viewer"]);
    world.login("someone", "10.0.0.9", &["viewer"]);
    t.press("y");
    t.shows("2 skipped (changed)");
    let names: Vec<String> = world.snapshot()["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(names, ["other:1", "someone:2"]);
    t.press("q");
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn stop_asks_then_stops_the_executing_package() {
    let world = World::new();
    let id = world.login("user", "10.0.0.5", &["design"]);
    let package = world.ok(&["sandbox", "open", &id, "/user/data/etl-experiment.lgp"]);
    world.ok(&["sandbox", "run", &package, "--node", "Load", "--for", "1h"]);
    let mut t = screen(&world, &["-n", "1h", "-c", "+state"]);
    t.shows("executing 1");
    t.press("s");
    t.shows("Stop session user:1 (1): 1 executing package (etl_experiment)? [y/N]");
    t.press("y");
    t.shows("1 stopped");
    t.shows("executing 0");
    assert_eq!(world.snapshot()["sessions"][0]["state"], "idle");
    t.press("q");
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn a_failed_refresh_keeps_the_frame_and_says_so() {
    let world = World::new();
    world.login("user", "10.0.0.5", &["design"]);
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("user:1");
    let state = world.state_dir().join("sandbox");
    let aside = world.home.path().join("aside");
    std::fs::rename(&state, &aside).unwrap();
    std::fs::write(&state, "not a directory").unwrap();
    t.press("r");
    t.shows("refresh failed, retrying");
    assert!(t.screen.screen().contents().contains("user:1"));
    std::fs::remove_file(&state).unwrap();
    std::fs::rename(&aside, &state).unwrap();
    t.press("r");
    t.wait("the header without the failure", |t| {
        !t.screen.screen().contents().contains("refresh failed")
    });
    t.press("q");
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn ctrl_c_quits_with_130_and_restores_the_terminal() {
    let world = World::new();
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("sessionctl watch");
    t.press("\u{3}");
    t.sent(LEAVE_ALTERNATE_SCREEN);
    assert_eq!(t.exit_code(), Some(130));
}

#[test]
fn h_toggles_host_names() {
    let world = World::new();
    world.login("user", "10.1.2.3 -> 10.1.2.4", &["design"]);
    let fake = [("SESSIONCTL_FAKE_RESOLVER", "10.1.2.3=ws-3.corp")];
    let mut t = screen_with(&world, &["-n", "1h", "-c", "name,host"], &fake);
    t.shows("10.1.2.3 -> 10.1.2.4");
    t.press("h");
    t.shows("ws-3.corp -> 10.1.2.4");
    t.shows("the Host column shows host names");
    t.press("h");
    t.shows("the Host column shows addresses");
    t.shows("10.1.2.3 -> 10.1.2.4");
    t.press("q");
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn count_ends_the_screen_after_its_frames() {
    let world = World::new();
    let mut t = screen(&world, &["-n", "200ms", "--count", "2"]);
    t.shows("sessionctl watch");
    t.sent(LEAVE_ALTERNATE_SCREEN);
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn p_clears_the_pool_after_asking() {
    let world = World::new();
    world.ok(&["sandbox", "integrator", "/user/data/data-load.lgp"]);
    let mut t = screen(&world, &["-n", "1h"]);
    t.shows("pool 1/10");
    t.press("p");
    t.shows("Clear the package pool: remove 1 package (data_load)? [y/N]");
    t.press("y");
    t.shows("removed 1 package from the pool");
    t.shows("pool 0/10");
    assert_eq!(world.snapshot()["pool"].as_array().unwrap().len(), 0);
    t.press("q");
    assert_eq!(t.exit_code(), Some(0));
}
