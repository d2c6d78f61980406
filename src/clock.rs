//! Time, injected: the engine and the commands never read the system clock directly.

use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// Wait; a fixed clock advances instead, so that the 5 s close rule costs tests nothing.
    fn sleep(&self, duration: Duration);
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn sleep(&self, duration: Duration) {
        std::thread::sleep(duration);
    }
}

/// A clock that stands still until it is slept on.
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        FixedClock(Mutex::new(at))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn sleep(&self, duration: Duration) {
        let mut now = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *now += chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::zero());
    }
}

/// `SESSIONCTL_NOW` (RFC 3339) fixes the clock, for reproducible output and tests.
pub fn from_env() -> Result<Box<dyn Clock>, String> {
    match std::env::var("SESSIONCTL_NOW") {
        Ok(text) if !text.is_empty() => DateTime::parse_from_rfc3339(&text)
            .map(|t| Box::new(FixedClock::new(t.with_timezone(&Utc))) as Box<dyn Clock>)
            .map_err(|e| format!("invalid SESSIONCTL_NOW '{text}': {e}")),
        _ => Ok(Box::new(SystemClock)),
    }
}
