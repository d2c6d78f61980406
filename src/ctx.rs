//! What every command gets: the backends, the output streams, the clock and the terminal.
//!
//! No command builds its own client, reads the clock or prints with `println!`: tests build a
//! `Ctx` with a fixed clock, a fixed width and in-memory writers.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::backend::Backend;
use crate::clock::Clock;
use crate::resolve::HostNames;

pub struct Ctx<'a> {
    /// The servers this command talks to; one unless a fleet was asked for.
    pub backends: Vec<Arc<dyn Backend>>,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    /// "Now" for relative times and durations (`idle>30m`); fixed by `SESSIONCTL_NOW` in tests.
    pub now: DateTime<Utc>,
    /// Whether to color the output.
    pub color: bool,
    /// The terminal's width; `None` when stdout is not a terminal (tables are then never cut).
    pub width: Option<usize>,
    pub stdin_is_terminal: bool,
    pub stdout_is_terminal: bool,
    /// Where the sandbox state, the audit log and caches live.
    pub state_dir: PathBuf,
    /// The clock `now` was read from, for commands that go on (watch).
    pub clock: Arc<dyn Clock>,
    /// Whether the Host column shows names (`--resolve-hosts`, the `resolve-hosts` setting).
    pub resolve_hosts: bool,
    /// The resolver, its deadlines and its cache; used only while `resolve_hosts` is on.
    pub host_names: HostNames,
}

impl Ctx<'_> {
    /// The one backend of a single-server command.
    pub fn backend(&self) -> &Arc<dyn Backend> {
        &self.backends[0]
    }

    /// A snapshot of `backend`, with host names when they are asked for.
    pub fn snapshot(
        &mut self,
        backend: &dyn Backend,
    ) -> Result<crate::model::Snapshot, crate::backend::BackendError> {
        let mut snapshot = backend.snapshot()?;
        if self.resolve_hosts {
            let now = self.clock.now();
            self.host_names.annotate(&mut snapshot, now);
        }
        Ok(snapshot)
    }
}
