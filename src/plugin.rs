//! Plugins, as git and kubectl have them: `sessionctl NAME ARGS...` with no built-in NAME runs
//! `sessionctl-NAME ARGS...` from PATH, with what sessionctl resolved in its environment
//! (docs/plugins.md). `sessionctl-backend-NAME` programs are backend plugins (`backend/exec.rs`).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::exit::Status;
use crate::usage::{self, UsageError};

/// What a plugin is told, in environment variables.
#[derive(Debug, Clone, Default)]
pub struct PluginEnv {
    /// `SESSIONCTL_SERVER`: the server(s) as given (`-s`, comma-separated), or `sandbox`.
    pub server: String,
    /// `SESSIONCTL_SANDBOX`: the sandbox's file storage, when one was given.
    pub sandbox: Option<PathBuf>,
    /// `SESSIONCTL_TOKEN_FILE`, when known.
    pub token_file: Option<PathBuf>,
    /// `SESSIONCTL_CONFIG`, when given.
    pub config: Option<PathBuf>,
    /// `SESSIONCTL_OUTPUT`: the default output format.
    pub output: String,
    /// `SESSIONCTL_COLOR`: `always` or `never`, already decided.
    pub color: bool,
    /// `SESSIONCTL_STATE_DIR`
    pub state_dir: PathBuf,
}

impl PluginEnv {
    /// The variables, `SESSIONCTL_BIN` (this program) included.
    pub fn vars(&self) -> Vec<(String, OsString)> {
        let mut vars = vec![
            ("SESSIONCTL_SERVER".to_owned(), OsString::from(&self.server)),
            ("SESSIONCTL_OUTPUT".to_owned(), OsString::from(&self.output)),
            (
                "SESSIONCTL_COLOR".to_owned(),
                OsString::from(if self.color { "always" } else { "never" }),
            ),
            (
                "SESSIONCTL_STATE_DIR".to_owned(),
                self.state_dir.clone().into_os_string(),
            ),
        ];
        let optional = [
            ("SESSIONCTL_SANDBOX", &self.sandbox),
            ("SESSIONCTL_TOKEN_FILE", &self.token_file),
            ("SESSIONCTL_CONFIG", &self.config),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                vars.push((key.to_owned(), value.clone().into_os_string()));
            }
        }
        if let Ok(bin) = std::env::current_exe() {
            vars.push(("SESSIONCTL_BIN".to_owned(), bin.into_os_string()));
        }
        vars
    }
}

/// The first executable called `name` on PATH.
pub fn find(name: &str) -> Option<PathBuf> {
    path_dirs()
        .into_iter()
        .map(|dir| dir.join(name))
        .find(|path| is_executable(path))
}

/// A program found on PATH.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// NAME in `sessionctl-NAME`.
    pub name: String,
    pub path: PathBuf,
    /// An earlier directory on PATH has one of the same name, which is the one that runs.
    pub shadowed: bool,
}

/// Every executable `PREFIX-NAME` on PATH, in PATH order.
pub fn list(prefix: &str) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for dir in path_dirs() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut here: Vec<Found> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let file_name = entry.file_name().into_string().ok()?;
                let name = file_name.strip_prefix(prefix)?;
                let path = entry.path();
                (!name.is_empty() && is_executable(&path)).then(|| Found {
                    name: name.to_owned(),
                    path,
                    shadowed: false,
                })
            })
            .collect();
        here.sort_by(|a, b| a.name.cmp(&b.name));
        for mut plugin in here {
            plugin.shadowed = found.iter().any(|f| f.name == plugin.name);
            found.push(plugin);
        }
    }
    found
}

/// Run the plugin `sessionctl-NAME` for `sessionctl NAME ARGS...`; returns only on failure
/// (on Unix the plugin replaces this process, so its exit code is the command's).
pub fn run(args: &[OsString], env: &PluginEnv, builtins: &[String]) -> anyhow::Result<Status> {
    let (name, rest) = args.split_first().expect("clap gives the name");
    let name = name.to_string_lossy();
    let program = format!("sessionctl-{name}");
    let Some(path) = find(&program) else {
        let builtins: Vec<&str> = builtins.iter().map(String::as_str).collect();
        // `unknown command 'x' (did you mean 'y'?)`, with why it is unknown before the hint.
        let unknown = usage::unknown("command", &name, &builtins).0;
        let head = format!("unknown command '{name}'");
        let hint = unknown.strip_prefix(&head).unwrap_or_default();
        return Err(UsageError(format!(
            "{head}: no built-in command and no plugin '{program}' on PATH{hint}"
        ))
        .into());
    };
    let mut command = std::process::Command::new(&path);
    command.args(rest).envs(env.vars());
    exec(command, &path)
}

#[cfg(unix)]
fn exec(mut command: std::process::Command, path: &Path) -> anyhow::Result<Status> {
    use std::os::unix::process::CommandExt;
    let error = command.exec();
    Err(UsageError(format!(
        "cannot run the plugin '{}': {error}",
        path.display()
    ))
    .into())
}

/// Elsewhere the plugin runs as a child; its exit code is kept only as success or failure.
#[cfg(not(unix))]
fn exec(mut command: std::process::Command, path: &Path) -> anyhow::Result<Status> {
    let status = command
        .status()
        .map_err(|e| UsageError(format!("cannot run the plugin '{}': {e}", path.display())))?;
    anyhow::ensure!(
        status.success(),
        "the plugin '{}' failed ({status})",
        path.display()
    );
    Ok(Status::Success)
}

fn path_dirs() -> Vec<PathBuf> {
    std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect())
        .unwrap_or_default()
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}
