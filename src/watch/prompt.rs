//! The watch screen's actions: what a confirmation says (the target, and what goes with it),
//! the request it sends once confirmed, and the line that reports the result.
//!
//! The target is planned by [`crate::targets`], as `stop` and `close` plan theirs: the request
//! carries the target's address and the uid it had when the question was asked, so a row that
//! changed under the cursor since is skipped by the server, never hit instead. What was done is
//! appended to the audit log, as the commands do.

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::audit;
use crate::backend::{
    ActionRequest, Backend, BackendError, ClearPoolRequest, Outcome, Target, TargetResult,
};
use crate::cli::SelectArgs;
use crate::columns::Item;
use crate::model::{Address, PackageState, SessionState, Snapshot};
use crate::render::sanitize;
use crate::targets::{self, TargetSpec};

/// The reason sent with the screen's actions, and audited.
const REASON: &str = "sessionctl watch";

/// Where the screen's actions are audited.
pub struct Audit<'a> {
    pub state_dir: &'a Path,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Stop,
    Close,
}

/// A confirmed-or-not action, as asked.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    Act {
        verb: Verb,
        target: Target,
        question: String,
    },
    ClearPool {
        ids: Vec<u64>,
        question: String,
    },
}

impl Pending {
    pub fn question(&self) -> &str {
        match self {
            Pending::Act { question, .. } | Pending::ClearPool { question, .. } => question,
        }
    }

    /// Send it and audit it; the line that says what happened.
    pub fn send(&self, backend: &dyn Backend, audit: &Audit<'_>) -> String {
        let server = backend.server_name().to_owned();
        match self {
            Pending::Act { verb, target, .. } => {
                let request = ActionRequest {
                    targets: vec![target.clone()],
                    reason: Some(REASON.to_owned()),
                };
                let (result, action) = match verb {
                    Verb::Stop => (backend.stop(&request), "stop"),
                    Verb::Close => (backend.close(&request), "close"),
                };
                match result {
                    Ok(results) => {
                        let mut line = results
                            .iter()
                            .map(describe_result)
                            .collect::<Vec<_>>()
                            .join("; ");
                        record(
                            audit,
                            &server,
                            action,
                            vec![target.address],
                            &results,
                            &mut line,
                        );
                        line
                    }
                    Err(error) => failed(&error),
                }
            }
            Pending::ClearPool { ids, .. } => {
                let request = ClearPoolRequest {
                    only: Some(ids.clone()),
                    reason: Some(REASON.to_owned()),
                };
                match backend.clear_pool(&request) {
                    Ok(result) => {
                        let results: Vec<TargetResult> = result
                            .removed
                            .iter()
                            .map(|p| TargetResult {
                                address: Address::Pool(p.id),
                                outcome: Outcome::Closed,
                                reason: None,
                                message: None,
                                effects: Vec::new(),
                            })
                            .collect();
                        let mut line = format!(
                            "removed {} package{} from the pool",
                            result.removed.len(),
                            plural(result.removed.len())
                        );
                        if !result.released.is_empty() {
                            line.push_str(&format!(
                                "; {} shared package{} went with their last reference",
                                result.released.len(),
                                plural(result.released.len())
                            ));
                        }
                        let confirmed = ids.iter().map(|id| Address::Pool(*id)).collect();
                        record(audit, &server, "clear-pool", confirmed, &results, &mut line);
                        line
                    }
                    Err(error) => failed(&error),
                }
            }
        }
    }
}

/// Append what was done to the audit log; a failure to is said on the result line.
fn record(
    audit: &Audit<'_>,
    server: &str,
    action: &str,
    targets: Vec<Address>,
    results: &[TargetResult],
    line: &mut String,
) {
    if !results.iter().any(|r| r.outcome.is_done()) {
        return;
    }
    let entry = audit::Entry::new(audit.now, server, action, targets, results, Some(REASON));
    if let Err(error) = audit::append(audit.state_dir, &entry) {
        line.push_str(&sanitize(&format!(" (warning: {error:#})")));
    }
}

fn failed(error: &BackendError) -> String {
    sanitize(&format!("failed: {error}")).into_owned()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn describe_result(result: &TargetResult) -> String {
    let mut line = format!("{} {}", result.address, result.outcome.as_str());
    if let Some(reason) = result.reason {
        line.push_str(&format!(" ({})", reason.as_str()));
    }
    if let Some(message) = &result.message
        && result.outcome != Outcome::Closed
    {
        line.push_str(&format!(": {message}"));
    }
    sanitize(&line).into_owned()
}

/// Names: `ml_experiment, data_prep`, at most four, then `and 3 more`.
fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let all: Vec<&str> = names.collect();
    let mut text = all
        .iter()
        .take(4)
        .map(|n| sanitize(n).into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    if all.len() > 4 {
        text.push_str(&format!(" and {} more", all.len() - 4));
    }
    text
}

/// The question for `verb` on `item` of `snapshot`, or why there is nothing to ask.
pub fn ask(
    verb: Verb,
    item: &Item<'_>,
    snapshot: &Snapshot,
    now: DateTime<Utc>,
) -> Result<Pending, String> {
    let address = item.address();
    let action = match verb {
        Verb::Stop => targets::Action::Stop,
        Verb::Close => targets::Action::Close,
    };
    let planned = TargetSpec::compile(&[address.to_string()], &SelectArgs::default(), false)
        .map(|spec| spec.resolve(snapshot, action, now))
        .map_err(|e| e.0)?
        .targets
        .into_iter()
        .find(|t| t.address == address)
        .ok_or_else(|| format!("{address} is no longer there"))?;
    // What the server would refuse, said before asking: a shared package still referenced.
    if let Some((_, why)) = planned.blocked.as_ref().filter(|_| verb == Verb::Close) {
        return Err(sanitize(why).into_owned());
    }
    let (_, question) = match (verb, *item) {
        (Verb::Stop, Item::Session(s)) => {
            let executing: Vec<&str> = s
                .packages
                .iter()
                .filter(|p| p.state == PackageState::Executing)
                .map(|p| p.name.as_str())
                .collect();
            if s.state != SessionState::Executing || executing.is_empty() {
                return Err(format!(
                    "'{}' is not executing (stop applies to executing sessions and packages)",
                    sanitize(&s.name)
                ));
            }
            let n = executing.len();
            (
                s.uid.clone(),
                format!(
                    "Stop session {} ({address}): {n} executing package{} ({})?",
                    sanitize(&s.name),
                    plural(n),
                    names(executing.into_iter())
                ),
            )
        }
        (
            Verb::Stop,
            Item::Package {
                package, session, ..
            },
        ) => {
            let Some(run) = package.execution.as_ref() else {
                return Err(format!(
                    "'{}' is not executing (stop applies to executing sessions and packages)",
                    sanitize(&package.name)
                ));
            };
            let within = session.map_or(String::new(), |s| format!(" in {}", sanitize(&s.name)));
            (
                package.uid.clone(),
                format!(
                    "Stop {} ({address}){within}, running node '{}'?",
                    sanitize(&package.name),
                    sanitize(&run.node)
                ),
            )
        }
        (Verb::Close, Item::Session(s)) => {
            let n = s.packages.len();
            let mut question = format!(
                "Close session {} ({address}, {})",
                sanitize(&s.name),
                sanitize(&s.host)
            );
            if n > 0 {
                question.push_str(&format!(
                    " and its {n} package{} ({})",
                    plural(n),
                    names(s.packages.iter().map(|p| p.name.as_str()))
                ));
            }
            if s.state == SessionState::Executing {
                question.push_str("; executing packages are stopped first");
            }
            (s.uid.clone(), format!("{question}?"))
        }
        (
            Verb::Close,
            Item::Package {
                package, session, ..
            },
        ) => {
            let mut question = format!("Close {} ({address})", sanitize(&package.name));
            if let Some(s) = session {
                question.push_str(&format!(" in {}", sanitize(&s.name)));
            }
            if !package.referenced_by.is_empty() {
                question.push_str(&format!(
                    ", referenced by {}",
                    names(package.referenced_by.iter().map(String::as_str))
                ));
            }
            if package.state == PackageState::Executing {
                question.push_str("; it is executing and is stopped first");
            }
            (package.uid.clone(), format!("{question}?"))
        }
    };
    Ok(Pending::Act {
        verb,
        target: planned.target(),
        question,
    })
}

/// The question for clearing the pool shown in `snapshot`.
pub fn ask_clear_pool(snapshot: &Snapshot) -> Result<Pending, String> {
    if snapshot.pool.is_empty() {
        return Err("the package pool is empty".to_owned());
    }
    let n = snapshot.pool.len();
    Ok(Pending::ClearPool {
        ids: snapshot.pool.iter().map(|p| p.id).collect(),
        question: format!(
            "Clear the package pool: remove {n} package{} ({})?",
            plural(n),
            names(snapshot.pool.iter().map(|p| p.name.as_str()))
        ),
    })
}

/// The address a pending action is about, for the screen to keep it in view.
pub fn target_address(pending: &Pending) -> Option<Address> {
    match pending {
        Pending::Act { target, .. } => Some(target.address),
        Pending::ClearPool { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;
    use crate::render::sample;

    #[test]
    fn questions_name_the_target_and_what_goes_with_it() {
        let snapshot = sample::snapshot();
        let admin = &snapshot.sessions[0];
        let now = sample::now();
        let close = ask(Verb::Close, &Item::Session(admin), &snapshot, now).unwrap();
        assert_eq!(
            close.question(),
            "Close session admin:57 (57, 10.0.0.5 -> 10.0.0.1) and its 2 packages \
             (ml_experiment, new_package); executing packages are stopped first?"
        );
        let Pending::Act { target, .. } = &close else {
            panic!("an action")
        };
        assert_eq!(target.uid.as_deref(), Some("uid-57"));
        let stop = ask(
            Verb::Stop,
            &Item::Session(&snapshot.sessions[1]),
            &snapshot,
            now,
        )
        .unwrap_err();
        assert_eq!(
            stop,
            "'user:58' is not executing (stop applies to executing sessions and packages)"
        );
        let package = Item::Package {
            package: &admin.packages[0],
            section: Section::Sessions,
            session: Some(admin),
        };
        assert_eq!(
            ask(Verb::Stop, &package, &snapshot, now)
                .unwrap()
                .question(),
            "Stop ml_experiment (57/12) in admin:57, running node 'Train model'?"
        );
        let shared = Item::Package {
            package: &snapshot.shared[0],
            section: Section::Shared,
            session: None,
        };
        let refused = ask(Verb::Close, &shared, &snapshot, now).unwrap_err();
        assert!(refused.contains("shared/30"), "{refused}");
        assert_eq!(
            ask_clear_pool(&snapshot).unwrap().question(),
            "Clear the package pool: remove 2 packages (ml_experiment, data_load)?"
        );
    }
}
