//! The engine's own state: what a server holds in memory, serializable so that the embedded
//! sandbox can keep it between commands and `serve` can save it on shutdown.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::after;
use crate::model::{ReferenceStatus, Role, SessionKind};

/// Bumped when the state file's shape changes; an older file is started over, not misread.
pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EngineState {
    pub version: u32,
    /// Changes on every reset, so that uids never repeat across resets.
    pub epoch: u64,
    pub pool_capacity: usize,
    pub next_session: u32,
    pub next_instance: u64,
    pub sessions: Vec<SessionRecord>,
    /// Every open package copy, wherever it is.
    pub instances: BTreeMap<u64, Instance>,
    /// Pool instance ids.
    pub pool: Vec<u64>,
    /// What users were told of administrators' actions, newest last (the last 100).
    #[serde(default)]
    pub notices: Vec<Notice>,
}

/// A message the server sends a session's user: "the administrator closed your session".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub at: DateTime<Utc>,
    pub session: String,
    pub message: String,
}

/// How many notices the state keeps.
pub const NOTICES_KEPT: usize = 100;

impl EngineState {
    pub fn new(epoch: u64, pool_capacity: usize) -> Self {
        EngineState {
            version: STATE_VERSION,
            epoch,
            pool_capacity,
            next_session: 1,
            next_instance: 1,
            sessions: Vec::new(),
            instances: BTreeMap::new(),
            pool: Vec::new(),
            notices: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub id: u32,
    pub user: String,
    pub host: String,
    pub roles: Vec<Role>,
    pub kind: SessionKind,
    pub online: bool,
    pub created: DateTime<Utc>,
    pub activity: DateTime<Utc>,
    /// Closed by the administrator while the client was offline.
    pub deleting: bool,
    /// What the client is told when it comes back to a session closed while it was away.
    pub close_reason: Option<String>,
    /// Instance ids of the packages opened in the session, in opening order.
    pub packages: Vec<u64>,
    /// Batch and Integrator sessions end when their run does; the package goes to the pool.
    pub job: bool,
}

/// Where an instance lives: it decides the section and the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "in", content = "session")]
pub enum Owner {
    Session(u32),
    Shared,
    Pool,
}

/// What identifies one version of a storage file: a changed file is a different stamp.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub modified_ns: i128,
    pub size: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    pub id: u64,
    pub owner: Owner,
    pub name: String,
    /// Storage path; `None` for a draft.
    pub path: Option<String>,
    /// The file version this copy was opened from.
    pub stamp: Option<FileStamp>,
    pub version: Option<String>,
    pub app_version: Option<String>,
    pub created: Option<DateTime<Utc>>,
    pub saved: Option<DateTime<Utc>>,
    pub links: Vec<Link>,
    pub execution: Option<Run>,
    pub last_used: Option<DateTime<Utc>>,
}

/// One reference of a package file, and the instance it opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub name: String,
    pub hint_path: String,
    pub path: String,
    pub version_mask: Option<String>,
    pub status: ReferenceStatus,
    pub target: Option<u64>,
}

/// A node executing in a package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub node: String,
    pub started: DateTime<Utc>,
    pub duration: Duration,
    pub reports_progress: bool,
    /// How long the node takes to honor Stop.
    pub stop_delay: Duration,
    pub stop_requested: Option<DateTime<Utc>>,
    /// The demo's batch job starts over when it ends, so the demo stays alive.
    #[serde(default)]
    pub repeat: bool,
}

impl Run {
    /// When the run ends by itself, or after a stop request.
    pub fn ends_at(&self) -> DateTime<Utc> {
        let natural = after(self.started, self.duration);
        match self.stop_requested {
            Some(at) => natural.min(after(at, self.stop_delay)),
            None => natural,
        }
    }

    pub fn progress(&self, now: DateTime<Utc>) -> Option<u8> {
        if !self.reports_progress || self.duration.is_zero() {
            return None;
        }
        let elapsed = (now - self.started).to_std().unwrap_or_default();
        let percent = elapsed.as_secs_f64() / self.duration.as_secs_f64() * 100.0;
        // 100% is shown only by a finished run, which is no longer executing.
        Some(percent.clamp(0.0, 99.0) as u8)
    }
}

pub fn to_chrono(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}
