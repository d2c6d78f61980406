//! `sessionctl watch`: the Session Manager page that refreshes itself.
//!
//! On a terminal, the full-screen table ([`screen`], keys in [`keys`]); otherwise, or with
//! `-o jsonl`/`-o json`, an event stream ([`stream`]) built on the diff in [`events`]. Both
//! refresh every `--interval`, stop after `--count` refreshes, and honour `--until-empty` and
//! `--timeout`.

pub mod events;
pub mod keys;
pub mod prompt;
pub mod screen;
pub mod stream;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::cli::WatchArgs;

/// When the watch ends by itself.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub interval: Duration,
    pub count: Option<u64>,
    pub until_empty: bool,
    pub deadline: Option<Instant>,
    pub timeout: Option<Duration>,
}

impl Limits {
    pub fn from_args(args: &WatchArgs, start: Instant) -> Limits {
        Limits {
            interval: args.interval,
            count: args.count,
            until_empty: args.until_empty,
            deadline: args.timeout.map(|t| start + t),
            timeout: args.timeout,
        }
    }

    /// What `--timeout` running out says on stderr.
    pub fn timeout_message(&self) -> String {
        let after = self
            .timeout
            .map(|t| humantime::format_duration(t).to_string())
            .unwrap_or_default();
        let condition = if self.until_empty {
            " (the filtered set is not empty)"
        } else {
            ""
        };
        format!("error: watch gave up after {after} (--timeout){condition}")
    }
}

/// Set by SIGINT and SIGTERM; the loops look at it between refreshes and keys.
#[derive(Clone)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    pub fn install() -> std::io::Result<Stop> {
        let flag = Arc::new(AtomicBool::new(false));
        for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            signal_hook::flag::register(signal, flag.clone())?;
        }
        Ok(Stop(flag))
    }

    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Sleep until `until`, waking early when a stop is requested; false if it was.
    pub fn sleep_until(&self, until: Instant) -> bool {
        loop {
            if self.requested() {
                return false;
            }
            let now = Instant::now();
            if now >= until {
                return true;
            }
            std::thread::sleep((until - now).min(Duration::from_millis(50)));
        }
    }
}
