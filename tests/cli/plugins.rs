//! Plugins: `sessionctl NAME` runs `sessionctl-NAME` from PATH with the server in its
//! environment; `sessionctl plugins` lists them; an unknown NAME is a usage error.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::support::{PLUGINS, World};

fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

const HELLO: &str = r#"echo "args: $*"
echo "server: $SESSIONCTL_SERVER"
echo "sandbox: ${SESSIONCTL_SANDBOX:-}"
echo "color: $SESSIONCTL_COLOR"
echo "output: $SESSIONCTL_OUTPUT"
echo "state: $SESSIONCTL_STATE_DIR"
"$SESSIONCTL_BIN" --version
exit 7"#;

#[test]
fn a_plugin_on_path_runs_as_a_subcommand_and_sees_the_server() {
    let world = World::new();
    let bin = world.home.path().join("bin");
    script(&bin, "sessionctl-hello", HELLO);
    let output = world
        .cmd()
        .env("PATH", World::path_with(&[&bin]))
        .arg("--sandbox")
        .arg(&world.storage)
        .args(["hello", "a", "--b"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        output.status.code(),
        Some(7),
        "the plugin's exit code: {stdout}"
    );
    let storage = std::fs::canonicalize(&world.storage).unwrap();
    assert!(stdout.contains("args: a --b\n"), "{stdout}");
    assert!(stdout.contains("server: sandbox\n"), "{stdout}");
    assert!(
        stdout.contains(&format!("sandbox: {}\n", storage.display())),
        "{stdout}"
    );
    assert!(stdout.contains("color: never\n"), "{stdout}");
    assert!(stdout.contains("output: table\n"), "{stdout}");
    assert!(
        stdout.contains(&format!("state: {}\n", world.state_dir().display())),
        "{stdout}"
    );
    assert!(
        stdout.contains("sessionctl 0."),
        "SESSIONCTL_BIN runs: {stdout}"
    );

    let output = world
        .cmd()
        .env("PATH", World::path_with(&[&bin]))
        .args(["--color", "always", "-s", "exec:py", "hello"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("server: exec:py\n"), "{stdout}");
    assert!(stdout.contains("color: always\n"), "{stdout}");
}

#[test]
fn an_unknown_command_with_no_plugin_is_a_usage_error_with_a_suggestion() {
    let world = World::new();
    world.cmd().arg("lsit").assert().code(2).stderr(
        "error: unknown command 'lsit': no built-in command and no plugin 'sessionctl-lsit' \
             on PATH (did you mean 'list'?)\n",
    );
}

#[test]
fn plugins_lists_the_plugins_and_backend_plugins_on_path_first_one_winning() {
    let world = World::new();
    let (first, second) = (world.home.path().join("a"), world.home.path().join("b"));
    script(&first, "sessionctl-hello", "true");
    script(&second, "sessionctl-hello", "true");
    script(&second, "sessionctl-zap", "true");
    // Not executable: not a plugin.
    std::fs::write(second.join("sessionctl-notes"), "").unwrap();
    let output = world
        .cmd()
        .env(
            "PATH",
            World::path_with(&[&first, &second, Path::new(PLUGINS)]),
        )
        .arg("plugins")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (a, b) = (first.display(), second.display());
    let plugins = format!(
        "plugins (sessionctl NAME):\n  hello  {a}/sessionctl-hello\n  hello  {b}/sessionctl-hello  \
         (shadowed by an earlier one on PATH)\n  zap    {b}/sessionctl-zap\n"
    );
    assert!(stdout.starts_with(&plugins), "{stdout}");
    assert!(
        stdout.ends_with(&format!(
            "backend plugins (-s exec:NAME):\n  exec:py  {PLUGINS}/sessionctl-backend-py\n"
        )),
        "{stdout}"
    );
}
