//! Backend plugins: `-s exec:NAME` talks to `sessionctl-backend-NAME` over stdin/stdout.
//! The whole suite runs once more with every `World::sandbox` command going through the Python
//! plugin tests/plugins/sessionctl-backend-py.

use std::path::Path;

use crate::support::{MODE_VAR, Mode, PLUGINS, World};

/// Re-run this test binary in [`Mode::Exec`]: the list/sandbox (and stop/close) tests pass
/// through the plugin as they do on the embedded sandbox.
#[test]
fn the_whole_suite_passes_through_a_backend_plugin_written_in_python() {
    if Mode::from_env() == Mode::Exec {
        return;
    }
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .env(MODE_VAR, "exec")
        .args([
            "--test-threads",
            "2",
            "--skip",
            "generated::",
            "--skip",
            "readme::",
        ])
        .args([
            "--skip",
            "completion::",
            "--skip",
            "plugins::",
            "--skip",
            "prompt::",
        ])
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "through -s exec:py:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let passed = stdout
        .lines()
        .find_map(|l| l.strip_prefix("test result: ok. "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    assert!(passed >= 5, "{stdout}");
}

fn exec(world: &World, plugin_dir: &Path) -> assert_cmd::Command {
    let mut cmd = world.cmd();
    cmd.env("PATH", World::path_with(&[plugin_dir, Path::new(PLUGINS)]))
        .env("SESSIONCTL_PY_STORAGE", &world.storage);
    cmd
}

#[test]
fn errors_from_the_plugin_keep_their_exit_codes() {
    let world = World::new();
    let none = world.home.path().join("none");
    exec(&world, &none)
        .args([
            "-s",
            "exec:py",
            "sandbox",
            "open",
            "42",
            "/user/data/data-load.lgp",
        ])
        .assert()
        .code(5);
    exec(&world, &none)
        .args(["-s", "exec:nope", "list"])
        .assert()
        .code(7)
        .stderr(predicates::str::contains(
            "no backend plugin 'sessionctl-backend-nope' on PATH",
        ));
}

#[test]
fn a_plugin_that_does_not_speak_the_protocol_is_a_server_error() {
    let world = World::new();
    let dir = world.home.path().join("bad");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, body) in [
        ("garbage", "read line; echo 'not json'"),
        ("silent", "exit 3"),
        (
            "both",
            r#"read line; echo '{"ok": 1, "error": {"code": "x", "message": "y"}}'"#,
        ),
    ] {
        let path = dir.join(format!("sessionctl-backend-{name}"));
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        exec(&world, &dir)
            .args(["-s", &format!("exec:{name}"), "list"])
            .assert()
            .code(9)
            .stderr(predicates::str::contains(format!("server 'exec:{name}'")));
    }
}

#[test]
fn a_plugin_that_hangs_goes_with_what_it_started_and_never_holds_the_pipe() {
    use std::os::unix::fs::PermissionsExt;
    let world = World::new();
    let dir = world.home.path().join("hang");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sessionctl-backend-hang");
    // Not `exec sleep`: the sleep is a child of the plugin, holding its stderr.
    std::fs::write(&path, "#!/bin/sh\nsleep 1000\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = world.std_cmd();
    cmd.env("PATH", World::path_with(&[&dir]))
        .args(["-s", "exec:hang", "--timeout", "1s", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = cmd.spawn().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let output = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the pipe is closed soon after the timeout")
        .unwrap();
    assert_eq!(output.status.code(), Some(11));
}
