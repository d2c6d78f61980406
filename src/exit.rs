//! Exit codes, decided in one place.
//!
//! Commands return a [`Status`] on success or an error value; `main` asks this module which code
//! either one means. The codes are part of the interface (README, man pages): never renumber one.

use crate::backend::BackendError;
use crate::usage::UsageError;

/// What a command that ran to its end has to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything asked for was done (or there was nothing to do).
    Success,
    /// Some targets were done, others failed.
    Partial,
    /// The action was not confirmed: no terminal and no `--yes`, or the answer was no.
    Refused,
    /// An explicit target does not exist (with `--strict`, or `--fail-if-none`).
    NotFound,
    /// Nothing applicable: not executing, a referenced shared package, a guard that failed.
    Conflict,
    /// A deadline (`watch --timeout`, `stop --wait`) ran out.
    Timeout,
    /// Ctrl-C: at a question, while waiting, or ending a command that goes on (`watch`).
    Interrupted,
    /// Failed, the reason already reported (one server of a fleet could not act).
    Failure,
}

pub const SUCCESS: u8 = 0;
/// An unexpected failure that no other code describes.
pub const FAILURE: u8 = 1;
/// Bad command line: unknown column or field, bad filter, bad duration (clap uses 2 as well).
pub const USAGE: u8 = 2;
pub const PARTIAL: u8 = 3;
pub const REFUSED: u8 = 4;
pub const NOT_FOUND: u8 = 5;
pub const CONFLICT: u8 = 6;
/// The server could not be reached (connection refused, DNS, timeout on connect).
pub const UNREACHABLE: u8 = 7;
/// The server refused the credentials (401) or the role (403).
pub const AUTH: u8 = 8;
/// The server answered with an error (5xx) or with something that is not the protocol.
pub const SERVER: u8 = 9;
pub const TLS: u8 = 10;
pub const TIMEOUT: u8 = 11;
/// The file storage or the state directory cannot be read or written.
pub const STORAGE: u8 = 12;
/// Interrupted by Ctrl-C (128 + SIGINT).
pub const INTERRUPTED: u8 = 130;

/// Every code with its meaning, for the README, the man pages and `--help`.
pub const TABLE: &[(u8, &str)] = &[
    (
        SUCCESS,
        "success; for actions: every target done, or nothing matched",
    ),
    (
        FAILURE,
        "unexpected failure; for actions: a target failed and none was done",
    ),
    (
        USAGE,
        "bad command line: unknown column, field or option, bad filter or value",
    ),
    (
        PARTIAL,
        "partial failure: some targets or servers failed, the others were done or shown",
    ),
    (
        REFUSED,
        "not confirmed: no terminal and no --yes, or the answer was no",
    ),
    (
        NOT_FOUND,
        "a target does not exist (--strict), or nothing matched (--fail-if-none)",
    ),
    (
        CONFLICT,
        "nothing applicable: not executing, still referenced, or changed since shown",
    ),
    (UNREACHABLE, "the server cannot be reached"),
    (AUTH, "the server refused the token (401) or the role (403)"),
    (
        SERVER,
        "the server failed (5xx) or did not speak the protocol",
    ),
    (TLS, "TLS handshake or certificate failure"),
    (
        TIMEOUT,
        "a deadline ran out (watch --timeout, stop --wait, a server that did not answer in --timeout)",
    ),
    (
        STORAGE,
        "the file storage or the state directory cannot be read or written",
    ),
    (
        INTERRUPTED,
        "interrupted (Ctrl-C), at a question or during stop --wait",
    ),
];

pub fn for_status(status: Status) -> u8 {
    match status {
        Status::Success => SUCCESS,
        Status::Partial => PARTIAL,
        Status::Refused => REFUSED,
        Status::NotFound => NOT_FOUND,
        Status::Conflict => CONFLICT,
        Status::Timeout => TIMEOUT,
        Status::Interrupted => INTERRUPTED,
        Status::Failure => FAILURE,
    }
}

/// The code for an error that ended a command.
pub fn for_error(error: &anyhow::Error) -> u8 {
    for cause in error.chain() {
        if cause.downcast_ref::<UsageError>().is_some() {
            return USAGE;
        }
        if let Some(e) = cause.downcast_ref::<BackendError>() {
            return for_backend_error(e);
        }
        if let Some(e) = cause.downcast_ref::<StatusError>() {
            return for_status(e.0);
        }
    }
    FAILURE
}

pub fn for_backend_error(error: &BackendError) -> u8 {
    match error {
        BackendError::Unreachable { .. } => UNREACHABLE,
        BackendError::Tls { .. } => TLS,
        BackendError::Auth { .. } => AUTH,
        BackendError::NotFound { .. } => NOT_FOUND,
        BackendError::Conflict { .. } => CONFLICT,
        BackendError::Server { .. } | BackendError::Protocol { .. } => SERVER,
        BackendError::Timeout { .. } => TIMEOUT,
        BackendError::Storage { .. } => STORAGE,
        BackendError::Invalid { .. } => USAGE,
    }
}

/// An error that should end the command with a given status's code (e.g. `--fail-if-none`).
#[derive(Debug, thiserror::Error)]
#[error("{1}")]
pub struct StatusError(pub Status, pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_lists_every_code() {
        let readme = include_str!("../README.md");
        for (code, _) in TABLE {
            assert!(
                readme.contains(&format!("\n| {code} | ")),
                "README.md's exit code table lacks {code}"
            );
        }
        for status in [
            Status::Success,
            Status::Partial,
            Status::Refused,
            Status::NotFound,
            Status::Conflict,
            Status::Timeout,
            Status::Interrupted,
        ] {
            let code = for_status(status);
            assert!(TABLE.iter().any(|(c, _)| *c == code), "{status:?}");
        }
    }
}
