//! Actions on a fleet: each server in turn, with its own preview and confirmation naming it,
//! so that every target goes to the server that owns it and the administrator confirms each
//! server's targets separately. The statuses are combined into one exit status.

use std::sync::Arc;

use crate::backend::Backend;
use crate::ctx::Ctx;
use crate::exit::{self, Status};

/// Run `per_server` on each of `ctx`'s servers with a context of its own; a server that fails
/// is reported and the others still go on.
pub fn each_server(
    ctx: &mut Ctx,
    mut per_server: impl FnMut(&mut Ctx) -> anyhow::Result<Status>,
) -> anyhow::Result<Status> {
    let backends: Vec<Arc<dyn Backend>> = ctx.backends.clone();
    let mut statuses = Vec::with_capacity(backends.len());
    for backend in backends {
        writeln!(
            ctx.err,
            "server: {}",
            crate::render::sanitize(backend.server_name())
        )?;
        let mut one = Ctx {
            backends: vec![backend],
            out: &mut *ctx.out,
            err: &mut *ctx.err,
            now: ctx.now,
            color: ctx.color,
            width: ctx.width,
            stdin_is_terminal: ctx.stdin_is_terminal,
            stdout_is_terminal: ctx.stdout_is_terminal,
            state_dir: ctx.state_dir.clone(),
        };
        match per_server(&mut one) {
            Ok(status) => statuses.push(status),
            Err(error) => {
                writeln!(ctx.err, "error: {error:#}")?;
                statuses.push(status_of(&error));
            }
        }
        if statuses.last() == Some(&Status::Interrupted) {
            break;
        }
    }
    Ok(combine(&statuses))
}

/// The status of an error, for combining with the others.
fn status_of(error: &anyhow::Error) -> Status {
    match exit::for_error(error) {
        exit::NOT_FOUND => Status::NotFound,
        exit::CONFLICT => Status::Conflict,
        exit::REFUSED => Status::Refused,
        _ => Status::Failure,
    }
}

/// One status for the fleet: the same on every server is that status; Ctrl-C wins; a server
/// whose question was declined makes the fleet declined when the others had nothing to report
/// but success; success beside any other trouble is partial; otherwise the first trouble.
pub fn combine(statuses: &[Status]) -> Status {
    let troubles: Vec<Status> = statuses
        .iter()
        .copied()
        .filter(|s| *s != Status::Success)
        .collect();
    match troubles.as_slice() {
        [] => Status::Success,
        _ if troubles.contains(&Status::Interrupted) => Status::Interrupted,
        [first, rest @ ..] if rest.iter().all(|s| s == first) => {
            if *first == Status::Refused || troubles.len() == statuses.len() {
                *first
            } else {
                Status::Partial
            }
        }
        _ => Status::Partial,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_combine_into_one() {
        use Status::*;
        assert_eq!(combine(&[Success, Success]), Success);
        assert_eq!(combine(&[Success, Conflict]), Partial);
        assert_eq!(combine(&[Success, Failure]), Partial);
        assert_eq!(combine(&[Refused, Refused]), Refused);
        assert_eq!(combine(&[Success, Refused]), Refused);
        assert_eq!(combine(&[Conflict, Refused]), Partial);
        assert_eq!(combine(&[Conflict, Conflict]), Conflict);
        assert_eq!(combine(&[Success, Interrupted]), Interrupted);
    }
}
