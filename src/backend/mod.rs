//! The boundary between the commands and a server: the [`Backend`] trait, its request and
//! result types, and the one error type every implementation reports failures with.
//!
//! Implementations: the embedded sandbox (`sandbox.rs`), the HTTP protocol (`http.rs`) and
//! backend plugins (`exec.rs`, speaking the JSON lines of `stdio.rs`).

pub mod exec;
pub mod http;
pub mod protocol;
pub mod sandbox;
pub mod stdio;

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::model::{Address, Package, Role, Session, SessionKind, Snapshot};

/// A server that the Session Manager commands drive.
pub trait Backend: Send + Sync {
    /// The name the server is shown under (config name, URL or `sandbox`).
    fn server_name(&self) -> &str;

    fn snapshot(&self) -> Result<Snapshot, BackendError>;

    /// Stop the executing targets; each target gets one result.
    fn stop(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError>;

    /// Close (and remove) the targets, stopping executing packages first.
    fn close(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError>;

    /// Remove pool packages: those in `request.only` when given (the ones the user confirmed),
    /// otherwise all of them.
    fn clear_pool(&self, request: &ClearPoolRequest) -> Result<ClearPoolResult, BackendError>;

    /// How long a snapshot may take at most, retries included; `None` for a local server.
    fn deadline(&self) -> Option<std::time::Duration> {
        None
    }

    /// Whether destructive actions on this server ask for its name to be typed (config
    /// `protected = true`).
    fn protected(&self) -> bool {
        false
    }

    /// The simulated workload's operations, on servers that simulate one.
    fn workload(&self) -> Option<&dyn Workload> {
        None
    }
}

/// The operations that make a sandbox's state: `sessionctl sandbox ...`.
pub trait Workload {
    fn login(&self, request: &LoginRequest) -> Result<Session, BackendError>;
    fn open(&self, request: &OpenRequest) -> Result<Package, BackendError>;
    fn run(&self, request: &RunRequest) -> Result<Package, BackendError>;
    /// A BatchLauncher run; the package ends in the pool.
    fn batch(&self, request: &JobRequest) -> Result<JobResult, BackendError>;
    /// An Integrator call: reuses an idle pool copy or loads one.
    fn integrator(&self, request: &JobRequest) -> Result<JobResult, BackendError>;
    /// Mark a storage file changed (as a re-save would).
    fn touch(&self, path: &str) -> Result<(), BackendError>;
    fn disconnect(&self, session: u32) -> Result<Session, BackendError>;
    /// The client comes back; a session closed while it was away is removed, and the message
    /// the client is told is returned.
    fn reconnect(&self, session: u32) -> Result<ReconnectResult, BackendError>;
    fn reset(&self) -> Result<(), BackendError>;
    fn pool_size(&self, capacity: usize) -> Result<(), BackendError>;
    /// Add a generated workload of any size (benchmarks, rehearsals at scale).
    fn populate(&self, request: &PopulateRequest) -> Result<(), BackendError>;
}

/// `sessionctl sandbox populate`: how much to generate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PopulateRequest {
    pub sessions: usize,
    /// Packages opened in the sessions, spread evenly over them.
    pub packages: usize,
    /// Shared packages the session packages reference (two references each).
    pub shared: usize,
}

/// What the user confirmed: each target with what it was when it was shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionRequest {
    pub targets: Vec<Target>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub address: Address,
    /// The row's `uid` when it was shown; a different one means another session or package
    /// now has this address, and the target is skipped.
    pub uid: Option<String>,
    /// The row's `fingerprint` when it was shown (`Session::fingerprint`); a different one
    /// means a package was opened, closed, started or finished since, and the target is
    /// skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Stopped,
    /// Stop was requested and the execution is winding down.
    Stopping,
    Closed,
    /// Closed while the client is offline: listed as deleting until it reconnects.
    Closing,
    Skipped,
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Stopped => "stopped",
            Outcome::Stopping => "stopping",
            Outcome::Closed => "closed",
            Outcome::Closing => "closing",
            Outcome::Skipped => "skipped",
            Outcome::Failed => "failed",
        }
    }

    /// Whether the target was acted on.
    pub fn is_done(self) -> bool {
        matches!(
            self,
            Outcome::Stopped | Outcome::Stopping | Outcome::Closed | Outcome::Closing
        )
    }
}

/// Why a target was skipped or failed, or a note on one that was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    NotExecuting,
    /// The target no longer exists.
    Gone,
    /// Another session or package has the address now.
    Changed,
    /// A shared package that is still referenced.
    Referenced,
    /// An execution that did not stop within the server's 5 s.
    StopTimeout,
    ClientOffline,
    /// The session is already being deleted.
    Deleting,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NotExecuting => "not executing",
            Reason::Gone => "gone",
            Reason::Changed => "changed",
            Reason::Referenced => "referenced",
            Reason::StopTimeout => "did not stop within 5s",
            Reason::ClientOffline => "client offline (listed as deleting)",
            Reason::Deleting => "already deleting",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetResult {
    pub address: Address,
    pub outcome: Outcome,
    pub reason: Option<Reason>,
    /// A sentence for people: what references it, what else changed.
    pub message: Option<String>,
    /// Addresses of the rows that went with this one (a session's packages, released shared
    /// packages) or changed because of it (a session that became idle).
    #[serde(default)]
    pub effects: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClearPoolRequest {
    /// Pool instance ids the user confirmed; `None` clears whatever is in the pool.
    pub only: Option<Vec<u64>>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClearPoolResult {
    pub removed: Vec<Package>,
    /// Shared packages that went away with their last reference.
    pub released: Vec<Package>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginRequest {
    pub user: String,
    pub host: String,
    pub roles: Vec<Role>,
    pub kind: SessionKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenRequest {
    pub session: u32,
    /// A storage path; `None` opens a new draft.
    pub path: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRequest {
    /// A package in a session: `57/12`.
    pub address: Address,
    pub node: String,
    #[serde(with = "humantime_serde_secs")]
    pub duration: Duration,
    /// False when the node cannot tell its progress.
    pub progress: bool,
    /// How long the node takes to react to Stop; more than 5 s makes Close fail.
    #[serde(with = "humantime_serde_secs")]
    pub stop_delay: Duration,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobRequest {
    pub path: String,
    /// How long the run executes; zero ends it at once.
    #[serde(with = "humantime_serde_secs")]
    pub duration: Duration,
    pub host: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobResult {
    /// The batch or Integrator session while it runs; `None` once it has ended.
    pub session: Option<u32>,
    /// The package: `57/12` while it runs, `pool/12` once it is back in the pool.
    pub package: Address,
    /// Whether an idle pool copy was reused.
    pub reused: bool,
    /// Pool packages evicted to make room.
    pub evicted: Vec<Address>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReconnectResult {
    pub session: u32,
    /// Set when the session had been closed while the client was away.
    pub closed_message: Option<String>,
}

/// Durations on the wire are seconds as a float.
mod humantime_serde_secs {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(d.as_secs_f64())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let secs = f64::deserialize(d)?;
        Duration::try_from_secs_f64(secs).map_err(serde::de::Error::custom)
    }
}

/// A failure at the backend boundary, mapped to an exit code in `exit.rs`.
#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    #[error("cannot reach server '{server}': {detail}")]
    Unreachable { server: String, detail: String },
    #[error("TLS failure talking to '{server}': {detail}")]
    Tls { server: String, detail: String },
    #[error("server '{server}' refused access ({status}): {message}")]
    Auth {
        server: String,
        status: u16,
        message: String,
    },
    #[error("{message}")]
    NotFound { server: String, message: String },
    #[error("{message}")]
    Conflict { server: String, message: String },
    #[error("server '{server}' failed ({status}): {message}")]
    Server {
        server: String,
        status: u16,
        message: String,
    },
    #[error("server '{server}' sent an invalid answer: {detail}")]
    Protocol { server: String, detail: String },
    #[error("server '{server}' did not answer within {timeout:?}")]
    Timeout { server: String, timeout: Duration },
    #[error("{detail}")]
    Storage { path: PathBuf, detail: String },
    /// The request itself is wrong: a path outside the storage, a package where a session
    /// is needed.
    #[error("{message}")]
    Invalid { message: String },
}

impl BackendError {
    /// A stable machine name for the protocol's `{error: {code}}` and for JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            BackendError::Unreachable { .. } => "unreachable",
            BackendError::Tls { .. } => "tls",
            BackendError::Auth { status: 403, .. } => "forbidden",
            BackendError::Auth { .. } => "unauthorized",
            BackendError::NotFound { .. } => "not_found",
            BackendError::Conflict { .. } => "conflict",
            BackendError::Server { .. } => "server",
            BackendError::Protocol { .. } => "protocol",
            BackendError::Timeout { .. } => "timeout",
            BackendError::Storage { .. } => "storage",
            BackendError::Invalid { .. } => "invalid",
        }
    }
}
