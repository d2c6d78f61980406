//! Backend plugins: `-s exec:NAME` runs `sessionctl-backend-NAME` from PATH and speaks the
//! JSON-lines protocol of `stdio.rs` with it (docs/plugins.md).
//!
//! The plugin is started on the first request and kept for the command's lifetime; its stdin is
//! closed when the command ends, which tells it to exit. Its stderr is the user's.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::stdio::{Answer, CapacityBody, PathBody, Request, Results, SessionBody};
use super::{
    ActionRequest, Backend, BackendError, ClearPoolRequest, ClearPoolResult, JobRequest, JobResult,
    LoginRequest, OpenRequest, PopulateRequest, ReconnectResult, RunRequest, TargetResult,
    Workload,
};
use crate::model::{Package, Session, Snapshot};

/// How long a plugin may take to answer one request.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a plugin may take to exit once its stdin is closed, before it is killed.
const EXIT_GRACE: Duration = Duration::from_secs(2);

/// The program a backend plugin NAME is run as.
pub fn program_name(name: &str) -> String {
    format!("sessionctl-backend-{name}")
}

pub struct ExecBackend {
    /// `exec:NAME`
    name: String,
    program: PathBuf,
    timeout: Duration,
    /// Extra environment for the plugin (the state directory, the sessionctl binary).
    env: Vec<(String, std::ffi::OsString)>,
    connection: Mutex<Option<Connection>>,
}

struct Connection {
    child: Child,
    stdin: ChildStdin,
    /// Lines from the plugin's stdout, read by a thread so that a silent plugin times out.
    lines: Receiver<std::io::Result<String>>,
}

impl ExecBackend {
    /// The backend plugin NAME, found on PATH now (so a missing one fails before any work).
    pub fn new(
        name: &str,
        timeout: Duration,
        env: Vec<(String, std::ffi::OsString)>,
    ) -> Result<ExecBackend, BackendError> {
        let server = format!("exec:{name}");
        let program =
            crate::plugin::find(&program_name(name)).ok_or_else(|| BackendError::Unreachable {
                server: server.clone(),
                detail: format!("no backend plugin '{}' on PATH", program_name(name)),
            })?;
        Ok(ExecBackend {
            name: server,
            program,
            timeout,
            env,
            connection: Mutex::new(None),
        })
    }

    fn start(&self) -> Result<Connection, BackendError> {
        let mut child = Command::new(&self.program)
            // Its own process group, so that a plugin that hangs goes with all it started
            // (a `sleep` child would otherwise keep our stderr, and a pipeline, open).
            .process_group(0)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| BackendError::Unreachable {
                server: self.name.clone(),
                detail: format!("cannot run '{}': {e}", self.program.display()),
            })?;
        let stdin = child.stdin.take().expect("stdin is piped");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Connection {
            child,
            stdin,
            lines,
        })
    }

    /// Send one request and wait for its answer.
    fn call<T: DeserializeOwned>(&self, op: &str, body: impl Serialize) -> Result<T, BackendError> {
        let mut guard = self
            .connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if guard.is_none() {
            *guard = Some(self.start()?);
        }
        let connection = guard.as_mut().expect("started above");
        let request = Request {
            op: op.to_owned(),
            body: serde_json::to_value(body).map_err(|e| self.protocol(e.to_string()))?,
        };
        let mut line = serde_json::to_string(&request).map_err(|e| self.protocol(e.to_string()))?;
        line.push('\n');
        let sent = connection
            .stdin
            .write_all(line.as_bytes())
            .and_then(|()| connection.stdin.flush());
        if let Err(e) = sent {
            let status = self.end(guard.take());
            return Err(self.protocol(format!("the plugin stopped reading ({e}){status}")));
        }
        let text = match connection.lines.recv_timeout(self.timeout) {
            Ok(Ok(text)) => text,
            Ok(Err(e)) => {
                self.end(guard.take());
                return Err(self.protocol(format!("cannot read the plugin's answer: {e}")));
            }
            Err(RecvTimeoutError::Disconnected) => {
                let status = self.end(guard.take());
                return Err(self.protocol(format!("the plugin ended without an answer{status}")));
            }
            Err(RecvTimeoutError::Timeout) => {
                if let Some(mut gone) = guard.take() {
                    kill_group(&mut gone.child);
                }
                return Err(BackendError::Timeout {
                    server: self.name.clone(),
                    timeout: self.timeout,
                });
            }
        };
        let answer: Answer = serde_json::from_str(&text)
            .map_err(|e| self.protocol(format!("invalid answer line: {e}")))?;
        match (answer.ok, answer.error) {
            // The path names the field that is wrong (`sessions[0].id`).
            (Some(value), None) => serde_path_to_error::deserialize(value).map_err(|e| {
                self.protocol(format!(
                    "invalid answer to '{op}': at '{}': {}",
                    e.path(),
                    e.inner()
                ))
            }),
            (None, Some(error)) => Err(error.into_backend(&self.name)),
            _ => Err(self.protocol(format!(
                "the answer to '{op}' has not exactly one of 'ok' and 'error'"
            ))),
        }
    }

    /// Close the plugin's stdin and reap it; returns how it ended, for messages.
    fn end(&self, connection: Option<Connection>) -> String {
        let Some(Connection {
            mut child, stdin, ..
        }) = connection
        else {
            return String::new();
        };
        drop(stdin);
        // A plugin that ignores the end of its input must not hold the command up.
        let deadline = std::time::Instant::now() + EXIT_GRACE;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                _ => {
                    kill_group(&mut child);
                    break None;
                }
            }
        };
        match status {
            Some(status) if !status.success() => format!(" ({status})"),
            _ => String::new(),
        }
    }

    fn protocol(&self, detail: String) -> BackendError {
        BackendError::Protocol {
            server: self.name.clone(),
            detail,
        }
    }
}

impl Drop for ExecBackend {
    fn drop(&mut self) {
        let connection = self
            .connection
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        self.end(connection);
    }
}

impl Backend for ExecBackend {
    fn server_name(&self) -> &str {
        &self.name
    }

    fn snapshot(&self) -> Result<Snapshot, BackendError> {
        self.call("snapshot", Value::Null)
    }

    fn stop(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
        self.call::<Results>("stop", request).map(|r| r.results)
    }

    fn close(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
        self.call::<Results>("close", request).map(|r| r.results)
    }

    fn clear_pool(&self, request: &ClearPoolRequest) -> Result<ClearPoolResult, BackendError> {
        self.call("clear_pool", request)
    }

    fn workload(&self) -> Option<&dyn Workload> {
        Some(self)
    }
}

/// A plugin that simulates no workload answers these with an `invalid` error.
impl Workload for ExecBackend {
    fn login(&self, request: &LoginRequest) -> Result<Session, BackendError> {
        self.call("login", request)
    }

    fn open(&self, request: &OpenRequest) -> Result<Package, BackendError> {
        self.call("open", request)
    }

    fn run(&self, request: &RunRequest) -> Result<Package, BackendError> {
        self.call("run", request)
    }

    fn batch(&self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.call("batch", request)
    }

    fn integrator(&self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.call("integrator", request)
    }

    fn touch(&self, path: &str) -> Result<(), BackendError> {
        self.call::<Value>(
            "touch",
            PathBody {
                path: path.to_owned(),
            },
        )
        .map(drop)
    }

    fn disconnect(&self, session: u32) -> Result<Session, BackendError> {
        self.call("disconnect", SessionBody { session })
    }

    fn reconnect(&self, session: u32) -> Result<ReconnectResult, BackendError> {
        self.call("reconnect", SessionBody { session })
    }

    fn reset(&self) -> Result<(), BackendError> {
        self.call::<Value>("reset", json!({})).map(drop)
    }

    fn pool_size(&self, capacity: usize) -> Result<(), BackendError> {
        self.call::<Value>("pool_size", CapacityBody { capacity })
            .map(drop)
    }

    fn populate(&self, request: &PopulateRequest) -> Result<(), BackendError> {
        self.call::<Value>("populate", request).map(drop)
    }
}

/// Kill the plugin and everything it started (its process group), and reap it.
fn kill_group(child: &mut std::process::Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        let _ = nix::sys::signal::killpg(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn plugin(dir: &std::path::Path, body: &str, timeout: Duration) -> ExecBackend {
        let program = dir.join("sessionctl-backend-test");
        std::fs::write(&program, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        ExecBackend {
            name: "exec:test".to_owned(),
            program,
            timeout,
            env: Vec::new(),
            connection: Mutex::new(None),
        }
    }

    #[test]
    fn a_plugin_that_does_not_answer_in_time_is_a_timeout_and_is_killed() {
        let dir = tempfile::tempdir().unwrap();
        let backend = plugin(dir.path(), "sleep 30", Duration::from_millis(200));
        let start = std::time::Instant::now();
        let error = backend.snapshot().unwrap_err();
        assert!(matches!(error, BackendError::Timeout { .. }), "{error}");
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn one_plugin_process_answers_every_request_of_a_command() {
        let dir = tempfile::tempdir().unwrap();
        let count = dir.path().join("started");
        let body = format!(
            "echo x >> '{}'\nwhile read -r line; do echo '{{\"ok\": {{}}}}'; done",
            count.display()
        );
        let backend = plugin(dir.path(), &body, Duration::from_secs(5));
        backend.touch("/a.lgp").unwrap();
        backend.reset().unwrap();
        backend.pool_size(3).unwrap();
        drop(backend);
        assert_eq!(std::fs::read_to_string(&count).unwrap(), "x\n");
    }

    #[test]
    fn a_plugin_that_ignores_the_end_of_its_input_is_killed() {
        let dir = tempfile::tempdir().unwrap();
        let body = "trap '' HUP; read -r line; echo '{\"ok\": {}}'; exec sleep 30";
        let backend = plugin(dir.path(), body, Duration::from_secs(5));
        backend.reset().unwrap();
        let start = std::time::Instant::now();
        drop(backend);
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn an_error_answer_becomes_the_backend_error_of_its_code() {
        let dir = tempfile::tempdir().unwrap();
        let body = r#"read -r line; echo '{"error": {"code": "conflict", "message": "shared/1 is referenced"}}'"#;
        let backend = plugin(dir.path(), body, Duration::from_secs(5));
        let error = backend.reset().unwrap_err();
        assert!(matches!(error, BackendError::Conflict { .. }), "{error}");
        assert_eq!(error.to_string(), "shared/1 is referenced");
    }
}
