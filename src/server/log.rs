//! The request log: one line per request, in the server log's style
//! (`2021-06-17T14:31:58.713 info (Server.exe:3364>service:93) - ...`).

use std::io::Write;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// What a handler tells the log about its request: the action and the reason given.
#[derive(Debug, Clone, Default)]
pub struct Note {
    pub action: String,
    pub reason: Option<String>,
}

pub struct RequestLog {
    out: Mutex<Box<dyn Write + Send>>,
    pid: u32,
}

/// One request, as the log line shows it.
pub struct Entry<'a> {
    pub at: DateTime<Utc>,
    pub user: &'a str,
    /// The request's number since start, in place of the server's session number.
    pub request: u64,
    pub note: &'a Note,
    pub status: u16,
    pub took: Duration,
}

impl RequestLog {
    pub fn new(out: Box<dyn Write + Send>) -> Self {
        RequestLog {
            out: Mutex::new(out),
            pid: std::process::id(),
        }
    }

    pub fn write(&self, entry: &Entry) {
        let line = format_line(self.pid, entry);
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        // A log that cannot be written must not take the server down.
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    }

    /// A line that no request caused: start, shutdown, the storage watch.
    pub fn event(&self, level: &str, message: &str) {
        let at = Utc::now().format("%Y-%m-%dT%H:%M:%S%.3f");
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(out, "{at} {level} (sessionctl:{}) - {message}", self.pid);
        let _ = out.flush();
    }
}

fn format_line(pid: u32, e: &Entry) -> String {
    let level = match e.status {
        500.. => "error",
        400.. => "warning",
        _ => "info",
    };
    let reason = match &e.note.reason {
        // Debug quoting escapes control characters a client may have sent.
        Some(reason) => format!(" reason {reason:?}"),
        None => String::new(),
    };
    format!(
        "{} {level} (sessionctl:{pid}>{}:{}) - {}{reason}: {} in {:.1} ms",
        e.at.format("%Y-%m-%dT%H:%M:%S%.3f"),
        e.user.escape_debug(),
        e.request,
        e.note.action.escape_debug(),
        e.status,
        e.took.as_secs_f64() * 1000.0
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_names_the_caller_the_action_the_reason_the_status_and_the_time() {
        let note = Note {
            action: "close 57, 57/3".to_owned(),
            reason: Some("stuck\nrun".to_owned()),
        };
        let entry = Entry {
            at: "2026-12-03T14:31:58.713Z".parse().unwrap(),
            user: "admin",
            request: 12,
            note: &note,
            status: 200,
            took: Duration::from_micros(3150),
        };
        assert_eq!(
            format_line(3364, &entry),
            "2026-12-03T14:31:58.713 info (sessionctl:3364>admin:12) - close 57, 57/3 \
             reason \"stuck\\nrun\": 200 in 3.1 ms"
        );
    }
}
