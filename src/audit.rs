//! The audit log: one JSON line per action that changed something, appended to
//! `<state dir>/audit.jsonl` under an exclusive lock, so that two commands at once never
//! interleave their lines.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::backend::{Outcome, Reason, TargetResult};
use crate::model::Address;

pub const FILE_NAME: &str = "audit.jsonl";

#[derive(Debug, Clone, Serialize)]
pub struct Entry<'a> {
    pub time: String,
    pub operator: String,
    pub server: &'a str,
    pub action: &'a str,
    /// The confirmed targets.
    pub targets: Vec<Address>,
    pub results: Vec<EntryResult<'a>>,
    pub reason: Option<&'a str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntryResult<'a> {
    pub address: Address,
    pub outcome: Outcome,
    pub reason: Option<Reason>,
    pub message: Option<&'a str>,
}

impl<'a> Entry<'a> {
    pub fn new(
        now: DateTime<Utc>,
        server: &'a str,
        action: &'a str,
        targets: Vec<Address>,
        results: &'a [TargetResult],
        reason: Option<&'a str>,
    ) -> Entry<'a> {
        Entry {
            time: crate::render::json::rfc3339(now),
            operator: operator(),
            server,
            action,
            targets,
            results: results
                .iter()
                .map(|r| EntryResult {
                    address: r.address,
                    outcome: r.outcome,
                    reason: r.reason,
                    message: r.message.as_deref(),
                })
                .collect(),
            reason,
        }
    }
}

/// The person or account that ran the command: `$USER` or `$LOGNAME` (what a `sudo -u` or a
/// cron job sets), else the login name of the process's user.
pub fn operator() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .or_else(|| whoami::username().ok())
        .unwrap_or_else(|| "unknown".to_string())
}

pub fn path(state_dir: &Path) -> PathBuf {
    state_dir.join(FILE_NAME)
}

/// Append `entry` as one line.
pub fn append(state_dir: &Path, entry: &Entry<'_>) -> anyhow::Result<()> {
    let path = path(state_dir);
    let fail = |e: std::io::Error| crate::backend::BackendError::Storage {
        path: path.clone(),
        detail: format!("cannot write the audit log '{}': {e}", path.display()),
    };
    fs::create_dir_all(state_dir).map_err(fail)?;
    let mut line = serde_json::to_string(entry)?;
    line.push('\n');
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(fail)?;
    file.lock().map_err(fail)?;
    // One write of the whole line, in append mode.
    file.write_all(line.as_bytes()).map_err(fail)?;
    file.flush().map_err(fail)?;
    Ok(())
}
