//! Time, injected: the engine and the commands never read the system clock directly.

use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// `t + duration`, or the end of time when that is past it: durations come from users, and a
/// `--for 1000000000y` must not make date arithmetic overflow.
pub fn after(t: DateTime<Utc>, duration: Duration) -> DateTime<Utc> {
    chrono::Duration::from_std(duration)
        .ok()
        .and_then(|d| t.checked_add_signed(d))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

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
        *now = after(*now, duration);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_duration_saturates_instead_of_overflowing() {
        let t: DateTime<Utc> = "2026-12-03T12:00:00Z".parse().unwrap();
        let huge = Duration::from_secs(u64::MAX);
        assert_eq!(after(t, huge), DateTime::<Utc>::MAX_UTC);
        assert_eq!(
            after(t, Duration::from_secs(60)),
            t + chrono::Duration::seconds(60)
        );
    }
}
