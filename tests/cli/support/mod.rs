//! What every integration test needs: a hermetic `sessionctl` command and a sandbox on a copy
//! of the real package files in ../shared/fixtures/storage, reached either embedded
//! (`--sandbox DIR`) or through `sessionctl serve` on 127.0.0.1:0 (`-s URL`).
//!
//! [`both_backends!`] runs one test body in both worlds: `name::sandbox` and `name::http`.
//!
//! Without a server, [`World::sandbox`] depends on the mode, from `SESSIONCTL_TEST_BACKEND`:
//! the embedded sandbox (default), or `exec`: the same sandbox behind the Python backend plugin
//! tests/plugins/sessionctl-backend-py, as `-s exec:py` (tests/cli/exec_backend.rs runs the
//! suite that way).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use assert_cmd::Command;

pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/storage");

/// The test plugins: sessionctl-backend-py.
pub const PLUGINS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/plugins");

/// Selects the [`Mode`] of every [`World`] in this test process.
pub const MODE_VAR: &str = "SESSIONCTL_TEST_BACKEND";

/// Which server [`World::sandbox`] commands talk to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `--sandbox <storage>`
    Sandbox,
    /// `-s exec:py`: the sandbox on the same storage, behind a backend plugin in Python.
    Exec,
}

impl Mode {
    pub fn from_env() -> Mode {
        match std::env::var(MODE_VAR).as_deref() {
            Ok("exec") => Mode::Exec,
            Ok("sandbox") | Err(_) => Mode::Sandbox,
            Ok(other) => panic!("{MODE_VAR}={other}: expected sandbox or exec"),
        }
    }
}

/// A temporary world: a state directory, a config directory and a copy of the fixtures.
pub struct World {
    pub home: tempfile::TempDir,
    pub storage: PathBuf,
    pub mode: Mode,
    /// Set in a served world: `sessionctl serve` on the storage.
    pub server: Option<Served>,
}

/// A `sessionctl serve` child process, killed when dropped.
pub struct Served {
    pub child: Child,
    pub url: String,
    /// The admin token file serve made on its first start.
    pub token_file: PathBuf,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One test body, run against the embedded sandbox and against `sessionctl serve`.
#[macro_export]
macro_rules! both_backends {
    ($(#[$meta:meta])* fn $name:ident($world:ident: &World) $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            $(#[$meta])*
            fn body($world: &$crate::support::World) $body

            #[test]
            fn sandbox() {
                body(&$crate::support::World::new())
            }

            #[test]
            fn http() {
                body(&$crate::support::World::http())
            }
        }
    };
}

impl World {
    /// A world on the embedded sandbox.
    pub fn new() -> World {
        let home = tempfile::tempdir().expect("a temp dir");
        let storage = home.path().join("storage");
        copy_tree(Path::new(FIXTURES), &storage);
        World {
            home,
            storage,
            mode: Mode::from_env(),
            server: None,
        }
    }

    /// A world whose commands go to `sessionctl serve --listen 127.0.0.1:0` on the storage.
    pub fn http() -> World {
        let mut world = World::new();
        world.server = Some(world.serve(&[]));
        world
    }

    /// Start `sessionctl serve` on the world's storage with extra `args`, and wait until it
    /// listens.
    pub fn serve(&self, args: &[&str]) -> Served {
        self.serve_with_env(args, &[])
    }

    /// [`World::serve`] with extra environment, e.g. `SESSIONCTL_NOW` to fix the server's clock.
    pub fn serve_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Served {
        let mut cmd = self.std_cmd();
        cmd.envs(env.iter().copied());
        let log = std::fs::File::create(self.home.path().join("serve.log")).expect("serve.log");
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--storage"])
            .arg(&self.storage)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log);
        let mut child = cmd.spawn().expect("sessionctl serve starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(url) = line.strip_prefix("listening on ") {
                        break url.to_owned();
                    }
                }
                _ => {
                    let log = std::fs::read_to_string(self.home.path().join("serve.log"));
                    panic!("sessionctl serve did not start: {log:?}");
                }
            }
        };
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Served {
            child,
            url,
            token_file: self.state_dir().join("serve/admin.token"),
        }
    }

    /// The server's request log so far.
    pub fn server_log(&self) -> String {
        std::fs::read_to_string(self.home.path().join("serve.log")).unwrap_or_default()
    }

    /// PATH with `dirs` first.
    pub fn path_with(dirs: &[&Path]) -> std::ffi::OsString {
        let rest = std::env::var_os("PATH").unwrap_or_default();
        let all = dirs
            .iter()
            .map(|d| d.to_path_buf())
            .chain(std::env::split_paths(&rest));
        std::env::join_paths(all).expect("a PATH")
    }

    pub fn state_dir(&self) -> PathBuf {
        self.home.path().join("state")
    }

    /// `sessionctl` with no environment of the user's: HOME, XDG dirs and the state directory
    /// point into the temp dir, no color, no terminal width, no configured server.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as [`World::cmd`], as a `std::process::Command` (to spawn, to pipe).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("sessionctl"));
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().into_owned();
            if key.starts_with("SESSIONCTL_") || key == "COLUMNS" || key == "CLICOLOR_FORCE" {
                cmd.env_remove(&key);
            }
        }
        let home = self.home.path();
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("xdg-state"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("SESSIONCTL_STATE_DIR", self.state_dir())
            .env("NO_COLOR", "1")
            .current_dir(home);
        cmd
    }

    /// `sessionctl --sandbox <copy> ARGS...` in a pseudo-terminal, as a person runs it; every
    /// expectation times out after 20 s.
    pub fn pty(&self, args: &[&str]) -> rexpect::session::PtySession {
        let mut cmd = self.std_cmd();
        cmd.env("TERM", "xterm").env("COLUMNS", "200");
        self.server_args(&mut cmd);
        cmd.args(args);
        rexpect::session::spawn_command(cmd, Some(20_000)).expect("a pseudo-terminal")
    }

    /// `sessionctl --sandbox <copy of the fixtures> ARGS...`, in a served world
    /// `sessionctl -s URL ARGS...` with the admin token, or in [`Mode::Exec`] the sandbox through
    /// the backend plugin.
    pub fn sandbox(&self, args: &[&str]) -> Command {
        let mut cmd = self.std_cmd();
        self.server_args(&mut cmd);
        cmd.args(args);
        Command::from_std(cmd)
    }

    /// `--sandbox <copy>`, `-s URL` and the token of the world's server, or `-s exec:py`.
    fn server_args(&self, cmd: &mut std::process::Command) {
        match (&self.server, self.mode) {
            (Some(served), _) => {
                cmd.arg("-s")
                    .arg(&served.url)
                    .env("SESSIONCTL_TOKEN_FILE", &served.token_file);
            }
            (None, Mode::Exec) => {
                cmd.env("PATH", World::path_with(&[Path::new(PLUGINS)]))
                    .env("SESSIONCTL_PY_STORAGE", &self.storage)
                    .args(["-s", "exec:py"]);
            }
            (None, Mode::Sandbox) => {
                cmd.arg("--sandbox").arg(&self.storage);
            }
        }
    }

    /// Run a sandbox command that must succeed, and return its stdout, trimmed.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.sandbox(args).output().expect("sessionctl runs");
        assert!(
            output.status.success(),
            "sessionctl {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout)
            .expect("utf-8")
            .trim()
            .to_owned()
    }

    /// `list -o json` as a value.
    pub fn snapshot(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["list", "-o", "json"])).expect("list -o json is JSON")
    }

    /// Log a user in and return the session id.
    pub fn login(&self, user: &str, host: &str, roles: &[&str]) -> String {
        let mut args = vec!["sandbox", "login", user, "--host", host];
        for role in roles {
            args.extend(["--role", role]);
        }
        self.ok(&args)
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read fixtures") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
            // The fixtures are read-only in CI; the copy must be changeable.
            let mut perms = std::fs::metadata(&target).expect("meta").permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            std::fs::set_permissions(&target, perms).expect("chmod");
        }
    }
}

/// The shared packages of a snapshot as (name, version, refs), sorted.
pub fn shared(snapshot: &serde_json::Value) -> Vec<(String, String, u64)> {
    let mut out: Vec<_> = snapshot["shared"]
        .as_array()
        .expect("shared is an array")
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap_or_default().to_owned(),
                p["version"].as_str().unwrap_or_default().to_owned(),
                p["refs"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    out.sort();
    out
}
