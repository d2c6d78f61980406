//! What the results mean as an exit status, and the results made exact before that.

use anyhow::bail;

use crate::backend::{Outcome, Reason, TargetResult};
use crate::exit::Status;
use crate::model::Address;
use crate::targets::Action;

/// A shared package that went with its last referencer earlier in the same request is
/// reported closed, not gone.
pub(super) fn went_with_others(results: &mut [TargetResult]) {
    for i in 0..results.len() {
        if results[i].reason != Some(Reason::Gone) {
            continue;
        }
        let released = format!("{} released", results[i].address);
        let by = results[..i]
            .iter()
            .find(|r| r.effects.contains(&released))
            .map(|r| r.address);
        if let Some(by) = by {
            let result = &mut results[i];
            result.outcome = Outcome::Closed;
            result.reason = None;
            result.message = Some(format!("went with its last reference, closed with {by}"));
        }
    }
}

/// What the results mean as an exit status (the module doc has the rules).
pub fn verdict(
    action: Action,
    results: &[TargetResult],
    strict: &[Address],
) -> anyhow::Result<Status> {
    let (mut done, mut conflict, mut failed, mut missing) = (0, 0, Vec::new(), false);
    for result in results {
        match (result.outcome, result.reason) {
            (outcome, _) if outcome.is_done() => done += 1,
            (Outcome::Failed, _) => failed.push(result),
            (_, Some(Reason::Gone)) => missing |= strict.contains(&result.address),
            // Closing what is already being closed is done already.
            (_, Some(Reason::Deleting)) if action == Action::Close => {}
            _ => conflict += 1,
        }
    }
    if missing {
        return Ok(Status::NotFound);
    }
    if !failed.is_empty() && done == 0 {
        let list: Vec<String> = failed
            .iter()
            .map(|r| {
                r.message
                    .clone()
                    .unwrap_or_else(|| format!("{} failed", r.address))
            })
            .collect();
        bail!(
            "{} of {} targets failed: {}",
            failed.len(),
            results.len(),
            list.join("; ")
        );
    }
    Ok(match (done, conflict + failed.len()) {
        (0, 0) => Status::Success,
        (0, _) => Status::Conflict,
        (_, 0) => Status::Success,
        _ => Status::Partial,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(address: &str, outcome: Outcome, reason: Option<Reason>) -> TargetResult {
        TargetResult {
            address: address.parse().unwrap(),
            outcome,
            reason,
            message: None,
            effects: Vec::new(),
        }
    }

    fn status(action: Action, results: &[TargetResult]) -> String {
        match verdict(action, results, &[]) {
            Ok(status) => format!("{status:?}"),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn the_exit_status_follows_the_results() {
        use Outcome::*;
        let closed = result("1", Closed, None);
        let offline = result("2", Closing, Some(Reason::ClientOffline));
        let idle = result("3", Skipped, Some(Reason::NotExecuting));
        let gone = result("4", Skipped, Some(Reason::Gone));
        let deleting = result("5", Skipped, Some(Reason::Deleting));
        let failed = result("6", Failed, Some(Reason::StopTimeout));
        let close = Action::Close;
        assert_eq!(status(close, &[closed.clone(), offline.clone()]), "Success");
        assert_eq!(status(close, &[]), "Success");
        assert_eq!(status(close, &[gone.clone(), deleting.clone()]), "Success");
        assert_eq!(
            status(Action::Stop, std::slice::from_ref(&deleting)),
            "Conflict"
        );
        assert_eq!(status(close, &[closed.clone(), idle.clone()]), "Partial");
        assert_eq!(status(close, std::slice::from_ref(&idle)), "Conflict");
        assert_eq!(status(close, &[closed.clone(), failed.clone()]), "Partial");
        assert_eq!(
            status(close, &[failed.clone(), idle]),
            "error: 1 of 2 targets failed: 6 failed"
        );
        let strict = [gone.address];
        assert_eq!(
            verdict(close, &[closed, gone], &strict).unwrap(),
            Status::NotFound
        );
    }

    #[test]
    fn a_shared_package_released_earlier_in_the_request_is_closed_not_gone() {
        let mut session = result("1", Outcome::Closed, None);
        session.effects = vec!["1/1".into(), "shared/3 released".into()];
        let mut results = vec![
            session,
            result("shared/3", Outcome::Skipped, Some(Reason::Gone)),
        ];
        went_with_others(&mut results);
        assert_eq!(results[1].outcome, Outcome::Closed);
        assert_eq!(
            results[1].message.as_deref(),
            Some("went with its last reference, closed with 1")
        );
    }
}
