//! The server's rules (DOMAIN.md) over a file storage, with an injected clock: opening packages
//! and what they reference, reference counts, the pool, Stop and Close.
//!
//! The embedded sandbox and `sessionctl serve` both drive this one engine; no rule lives
//! anywhere else. Every operation first brings the state up to "now" ([`Engine::refresh`]):
//! runs that ended are finished, pool copies of changed files are dropped.

mod actions;
mod execution;
mod open;
mod pool;
mod populate;
mod refcount;
mod snapshot;
pub mod state;
pub mod storage;
mod workload;

#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::backend::BackendError;
use crate::clock::Clock;
use state::{EngineState, Instance, Owner, SessionRecord};
use storage::Storage;

/// The pool size a fresh server has ("Size of package pool").
pub const DEFAULT_POOL_CAPACITY: usize = 10;

/// How long Close waits for an execution to stop before it reports an error.
pub const CLOSE_STOP_TIMEOUT: Duration = Duration::from_secs(5);

/// The Session Manager page refreshes itself this often.
pub const REFRESH_INTERVAL: Duration = Duration::from_secs(5);

pub struct Engine {
    name: String,
    storage: Storage,
    state: EngineState,
    clock: Arc<dyn Clock>,
}

impl Engine {
    pub fn new(name: String, storage: Storage, state: EngineState, clock: Arc<dyn Clock>) -> Self {
        let mut engine = Engine {
            name,
            storage,
            state,
            clock,
        };
        engine.refresh();
        engine
    }

    /// A fresh server: no sessions, an empty pool of the default size.
    pub fn fresh_state(clock: &dyn Clock) -> EngineState {
        EngineState::new(epoch_from(clock.now()), DEFAULT_POOL_CAPACITY)
    }

    pub fn state(&self) -> &EngineState {
        &self.state
    }

    pub fn into_state(self) -> EngineState {
        self.state
    }

    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Now, by the engine's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Bring the state up to now: finish ended runs, drop pool copies of changed files, and
    /// let shared packages without references go.
    pub fn refresh(&mut self) {
        let now = self.now();
        self.advance(now);
        self.drop_changed_pool_copies();
        self.collect_garbage();
    }

    fn session(&self, id: u32) -> Result<&SessionRecord, BackendError> {
        self.state
            .sessions
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| self.not_found(format!("no session {id}")))
    }

    fn session_mut(&mut self, id: u32) -> Option<&mut SessionRecord> {
        self.state.sessions.iter_mut().find(|s| s.id == id)
    }

    fn instance(&self, id: u64) -> Option<&Instance> {
        self.state.instances.get(&id)
    }

    fn session_uid(&self, id: u32) -> String {
        format!("{:x}-s{id}", self.state.epoch)
    }

    fn package_uid(&self, id: u64) -> String {
        format!("{:x}-p{id}", self.state.epoch)
    }

    fn not_found(&self, message: String) -> BackendError {
        BackendError::NotFound {
            server: self.name.clone(),
            message,
        }
    }

    fn conflict(&self, message: String) -> BackendError {
        BackendError::Conflict {
            server: self.name.clone(),
            message,
        }
    }

    /// Remove an instance and every trace of it in its owner.
    fn remove_instance(&mut self, id: u64) -> Option<Instance> {
        let instance = self.state.instances.remove(&id)?;
        match instance.owner {
            Owner::Session(sid) => {
                if let Some(session) = self.session_mut(sid) {
                    session.packages.retain(|p| *p != id);
                }
                if let Some(path) = &instance.path {
                    self.update_lock(path);
                }
            }
            Owner::Pool => self.state.pool.retain(|p| *p != id),
            Owner::Shared => {}
        }
        // Links into it now dangle in memory only; they are not shown once their target goes.
        for other in self.state.instances.values_mut() {
            for link in &mut other.links {
                if link.target == Some(id) {
                    link.target = None;
                }
            }
        }
        Some(instance)
    }
}

impl Engine {
    /// Keep `<file>.lck` beside a package while an interactive session has it open, naming the
    /// first such session, as Studio does.
    fn update_lock(&self, path: &str) {
        let holder = self.state.sessions.iter().find(|s| {
            s.kind == crate::model::SessionKind::Interactive
                && s.packages.iter().any(|p| {
                    self.instance(*p)
                        .is_some_and(|i| i.path.as_deref() == Some(path))
                })
        });
        let holder = holder.map(|s| format!("{}:{}", s.user, s.id));
        // A read-only storage simply has no lock files; nothing else depends on them.
        let _ = self.storage.set_lock(path, holder.as_deref());
    }
}

/// A number that differs between resets, so that uids of one epoch never come back.
fn epoch_from(now: DateTime<Utc>) -> u64 {
    now.timestamp_micros().unsigned_abs()
}
