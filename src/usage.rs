//! Errors in what the user typed, detected after clap: unknown columns and fields, bad filters.

use std::fmt;

/// A command-line mistake; exits with [`crate::exit::USAGE`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// `unknown column 'hots' (did you mean 'host'?)`, or the valid names when none is close.
pub fn unknown(what: &str, given: &str, valid: &[&str]) -> UsageError {
    let nearest = valid
        .iter()
        .map(|v| (strsim::jaro_winkler(given, v), *v))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match nearest {
        Some((_, name)) => UsageError(format!("unknown {what} '{given}' (did you mean '{name}'?)")),
        None => UsageError(format!(
            "unknown {what} '{given}' (valid: {})",
            valid.join(", ")
        )),
    }
}
