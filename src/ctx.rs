//! What every command gets: the backends, the output streams, the clock and the terminal.
//!
//! No command builds its own client, reads the clock or prints with `println!`: tests build a
//! `Ctx` with a fixed clock, a fixed width and in-memory writers.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::backend::Backend;

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
}

impl Ctx<'_> {
    /// The one backend of a single-server command.
    pub fn backend(&self) -> &Arc<dyn Backend> {
        &self.backends[0]
    }
}
