//! What an action is for: rows named on the command line (`57`, `57/12`, `shared/12`,
//! `pool/12`, `user:57`) and/or the rows a [`Selection`] picks, resolved against one snapshot
//! into the list the user confirms, each target with the uid it had when it was shown.
//!
//! Used by `stop` and `close`, and by any screen that acts on rows it shows: compile a
//! [`TargetSpec`] before any I/O, then [`TargetSpec::resolve`] it on the snapshot that is shown.
//!
//! Rules:
//!
//! - a package of a session that is itself a target is left to the session;
//! - `stop` takes from a selection only what executes (named targets are taken as they are, and
//!   the server reports one that is not executing as `skipped: not executing`);
//! - `close` takes from a selection no session that is already being deleted;
//! - targets are ordered sessions (and their packages) first, then pool packages, then shared
//!   packages, so that a shared package can go with the last of its referencers.

use chrono::{DateTime, Utc};

use crate::backend::{Reason, Target};
use crate::cli::SelectArgs;
use crate::model::{Address, PackageState, SessionState, Snapshot};
use crate::select::Selection;
use crate::usage::UsageError;

/// The two actions on rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Stop,
    Close,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Stop => "stop",
            Action::Close => "close",
        }
    }
}

/// The targets as the command line gave them, checked.
#[derive(Debug, Clone)]
pub struct TargetSpec {
    /// As typed, and parsed.
    named: Vec<(String, Address)>,
    selection: Option<Selection>,
}

/// One row to act on, as it was when it was shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub address: Address,
    pub uid: String,
    /// `user:57` or the package name.
    pub name: String,
    /// Named on the command line (rather than selected).
    pub named: bool,
    /// What it takes down: a session's packages, or the package itself.
    pub packages: usize,
    /// How many of those execute.
    pub executing: usize,
    /// Why the server will not do it, as far as the snapshot tells: not executing (stop), a
    /// shared package referenced from outside the targets (close).
    pub blocked: Option<(Reason, String)>,
    /// The row as it was shown, for the server to compare.
    pub fingerprint: String,
}

impl Planned {
    pub fn is_session(&self) -> bool {
        matches!(self.address, Address::Session(_))
    }

    pub fn target(&self) -> Target {
        Target {
            address: self.address,
            uid: Some(self.uid.clone()),
            shown: Some(self.fingerprint.clone()),
        }
    }
}

/// The targets found in one snapshot.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub targets: Vec<Planned>,
    /// Named targets that are not in the snapshot, as typed.
    pub missing: Vec<(String, Address)>,
    /// Rows the selection matched that the action does not apply to (not executing, already
    /// being deleted), left out.
    pub left_out: Vec<Planned>,
}

impl TargetSpec {
    /// `named` are the positional arguments; `all` allows a selection without a filter.
    pub fn compile(
        named: &[String],
        select: &SelectArgs,
        all: bool,
    ) -> Result<TargetSpec, UsageError> {
        let named = named
            .iter()
            .map(|text| {
                text.trim()
                    .parse::<Address>()
                    .map(|a| (text.clone(), a))
                    .map_err(UsageError)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let selection = Selection::compile(select)?;
        let selects =
            !select.filters.is_empty() || select.search.as_deref().is_some_and(|s| !s.is_empty());
        let selection = if selects || all {
            Some(selection)
        } else if !select.section.is_empty() {
            // `--section pool` alone is everything in the pool: that takes --all.
            return Err(UsageError(
                "--section alone selects every row of the section; add a filter, or pass --all \
                 to act on all of them"
                    .to_string(),
            ));
        } else {
            None
        };
        if named.is_empty() && selection.is_none() {
            return Err(UsageError(
                "no target: name rows (57, 57/12, shared/12, pool/12, user:57), select them with \
                 -f/--filter or --search, or pass --all"
                    .to_string(),
            ));
        }
        Ok(TargetSpec { named, selection })
    }

    /// The targets of `action` in `snapshot`.
    pub fn resolve(&self, snapshot: &Snapshot, action: Action, now: DateTime<Utc>) -> Resolved {
        let mut resolved = Resolved::default();
        let mut found: Vec<(Planned, bool)> = Vec::new();
        for (text, address) in &self.named {
            match plan(snapshot, *address, text) {
                Some(mut planned) => {
                    planned.named = true;
                    found.push((planned, true));
                }
                None => resolved.missing.push((text.clone(), *address)),
            }
        }
        if let Some(selection) = &self.selection {
            let selected = selection.select(snapshot, now);
            for address in selected.sessions.iter().chain(&selected.packages) {
                if let Some(planned) = plan(snapshot, *address, "") {
                    let applies = applies(snapshot, action, &planned);
                    found.push((planned, applies));
                }
            }
        }
        let sessions: Vec<u32> = found
            .iter()
            .filter_map(|(p, _)| match p.address {
                Address::Session(s) => Some(s),
                _ => None,
            })
            .collect();
        for (planned, applies) in found {
            let covered =
                matches!(planned.address, Address::SessionPackage(s, _) if sessions.contains(&s));
            let duplicate = resolved
                .targets
                .iter()
                .any(|t| t.address == planned.address)
                || resolved
                    .left_out
                    .iter()
                    .any(|t| t.address == planned.address);
            if covered || duplicate {
                continue;
            }
            if applies {
                resolved.targets.push(planned);
            } else {
                resolved.left_out.push(planned);
            }
        }
        let order = order(snapshot);
        resolved
            .targets
            .sort_by_key(|t| order.iter().position(|a| *a == t.address));
        let addresses: Vec<Address> = resolved.targets.iter().map(|t| t.address).collect();
        for target in &mut resolved.targets {
            target.blocked = blocked(snapshot, action, target, &addresses);
        }
        resolved
    }
}

/// Every address of `snapshot`: sessions (each followed by its packages), then the pool, then
/// shared packages, each in the snapshot's order.
fn order(snapshot: &Snapshot) -> Vec<Address> {
    let mut order = Vec::new();
    for session in &snapshot.sessions {
        order.push(Address::Session(session.id));
        order.extend(
            session
                .packages
                .iter()
                .map(|p| Address::SessionPackage(session.id, p.id)),
        );
    }
    order.extend(snapshot.pool.iter().map(|p| Address::Pool(p.id)));
    order.extend(snapshot.shared.iter().map(|p| Address::Shared(p.id)));
    order
}

/// Whether a row a selection matched is something `action` can do anything to.
fn applies(snapshot: &Snapshot, action: Action, planned: &Planned) -> bool {
    match action {
        Action::Stop => planned.executing > 0,
        Action::Close => match planned.address {
            Address::Session(id) => snapshot
                .session(id)
                .is_some_and(|s| s.state != SessionState::Deleting),
            _ => true,
        },
    }
}

/// What keeps the server from doing `action` to `target`, as far as the snapshot tells.
fn blocked(
    snapshot: &Snapshot,
    action: Action,
    target: &Planned,
    targets: &[Address],
) -> Option<(Reason, String)> {
    let address = target.address;
    match (action, address) {
        (Action::Stop, _) if target.executing == 0 => {
            Some((Reason::NotExecuting, format!("{address} is not executing")))
        }
        (Action::Close, Address::Shared(id)) => {
            let package = snapshot.shared.iter().find(|p| p.id == id)?;
            let covered = |referencer: &Address| {
                targets.contains(referencer)
                    || matches!(referencer, Address::SessionPackage(s, _) if targets.contains(&Address::Session(*s)))
            };
            let outside: Vec<String> = package
                .referenced_by
                .iter()
                .filter_map(|r| r.parse::<Address>().ok())
                .filter(|r| !covered(r))
                .map(|r| match plan(snapshot, r, "") {
                    Some(p) => format!("{r} '{}'", p.name),
                    None => r.to_string(),
                })
                .collect();
            if outside.is_empty() {
                return None;
            }
            Some((
                Reason::Referenced,
                format!(
                    "shared package {address} '{}' is referenced by {}",
                    package.name,
                    outside.join(", ")
                ),
            ))
        }
        _ => None,
    }
}

/// The row at `address`, if it is there; `typed` is the name the user gave (`user:57` must
/// name the user of session 57).
fn plan(snapshot: &Snapshot, address: Address, typed: &str) -> Option<Planned> {
    let executing = |state: PackageState| usize::from(state == PackageState::Executing);
    let package = |packages: &[crate::model::Package], id: u64| {
        packages.iter().find(|p| p.id == id).map(|p| Planned {
            address,
            uid: p.uid.clone(),
            name: p.name.clone(),
            named: false,
            packages: 1,
            executing: executing(p.state),
            blocked: None,
            fingerprint: p.fingerprint(),
        })
    };
    match address {
        Address::Session(id) => {
            let session = snapshot.session(id)?;
            if let Some((user, _)) = typed.split_once(':')
                && user != session.user
            {
                return None;
            }
            Some(Planned {
                address,
                uid: session.uid.clone(),
                name: session.name.clone(),
                named: false,
                packages: session.packages.len(),
                executing: session.packages.iter().map(|p| executing(p.state)).sum(),
                blocked: None,
                fingerprint: session.fingerprint(),
            })
        }
        Address::SessionPackage(sid, pid) => package(&snapshot.session(sid)?.packages, pid),
        Address::Shared(id) => package(&snapshot.shared, id),
        Address::Pool(id) => package(&snapshot.pool, id),
    }
}

/// `1 session and 2 packages`, `3 sessions`, `1 package`.
pub fn count_phrase(targets: &[Planned]) -> String {
    let sessions = targets.iter().filter(|t| t.is_session()).count();
    let packages = targets.len() - sessions;
    let noun = |n: usize, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    match (sessions, packages) {
        (0, p) => noun(p, "package"),
        (s, 0) => noun(s, "session"),
        (s, p) => format!("{} and {}", noun(s, "session"), noun(p, "package")),
    }
}

/// `(5 packages, 1 executing)`: everything the targets take down.
pub fn scope_phrase(targets: &[Planned]) -> String {
    let packages: usize = targets.iter().map(|t| t.packages).sum();
    let executing: usize = targets.iter().map(|t| t.executing).sum();
    let noun = if packages == 1 { "package" } else { "packages" };
    format!("({packages} {noun}, {executing} executing)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample;

    fn spec(named: &[&str], filters: &[&str], all: bool) -> Result<TargetSpec, UsageError> {
        let select = SelectArgs {
            filters: filters.iter().map(|f| f.to_string()).collect(),
            ..SelectArgs::default()
        };
        let named: Vec<String> = named.iter().map(|n| n.to_string()).collect();
        TargetSpec::compile(&named, &select, all)
    }

    fn addresses(resolved: &Resolved) -> Vec<String> {
        resolved
            .targets
            .iter()
            .map(|t| t.address.to_string())
            .collect()
    }

    fn resolve(named: &[&str], filters: &[&str], action: Action) -> Resolved {
        spec(named, filters, false)
            .unwrap()
            .resolve(&sample::snapshot(), action, sample::now())
    }

    #[test]
    fn no_target_and_a_bare_section_are_usage_errors() {
        let e = spec(&[], &[], false).unwrap_err();
        assert!(e.0.starts_with("no target: name rows"), "{}", e.0);
        let select = SelectArgs {
            section: vec!["pool".into()],
            ..SelectArgs::default()
        };
        assert!(TargetSpec::compile(&[], &select, false).is_err());
        assert!(TargetSpec::compile(&[], &select, true).is_ok());
        let e = spec(&["5x"], &[], false).unwrap_err();
        assert!(e.0.starts_with("invalid address '5x'"), "{}", e.0);
    }

    #[test]
    fn named_targets_carry_their_uid_and_what_they_take_down() {
        let r = resolve(
            &["57", "shared/30", "pool/41", "admin:57"],
            &[],
            Action::Close,
        );
        assert_eq!(addresses(&r), ["57", "pool/41", "shared/30"]);
        let session = &r.targets[0];
        assert_eq!(
            (session.uid.as_str(), session.packages, session.executing),
            ("uid-57", 2, 1)
        );
        assert!(session.named);
        let r = resolve(&["99", "user:57", "58/99"], &[], Action::Close);
        assert!(r.targets.is_empty());
        let missing: Vec<&str> = r.missing.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(missing, ["99", "user:57", "58/99"]);
    }

    #[test]
    fn a_sessions_packages_are_left_to_the_session() {
        let r = resolve(&["57", "57/12"], &["user=admin"], Action::Close);
        assert_eq!(addresses(&r), ["57"]);
        let r = resolve(&[], &["path~/user/data/*"], Action::Close);
        assert_eq!(
            addresses(&r),
            ["57/12", "58/14", "61/21", "pool/40", "pool/41"]
        );
    }

    #[test]
    fn stop_selects_only_what_executes_and_close_no_deleting_session() {
        let r = resolve(&[], &["role=admin,viewer,design"], Action::Stop);
        assert_eq!(addresses(&r), ["57"]);
        assert_eq!(r.left_out.len(), 2);
        // Named targets are the server's to judge.
        let r = resolve(&["58"], &[], Action::Stop);
        assert_eq!(addresses(&r), ["58"]);
        let r = resolve(&[], &["idle>1h"], Action::Close);
        assert_eq!(addresses(&r), ["58"]);
        assert_eq!(r.left_out[0].address.to_string(), "59");
    }

    #[test]
    fn what_the_server_would_refuse_is_known_before_asking() {
        let r = resolve(&["58", "57"], &[], Action::Stop);
        assert_eq!(r.targets[0].blocked, None);
        assert_eq!(
            r.targets[1].blocked,
            Some((Reason::NotExecuting, "58 is not executing".into()))
        );
        let r = resolve(&["shared/31"], &[], Action::Close);
        assert_eq!(
            r.targets[0].blocked.as_ref().map(|b| b.1.as_str()),
            Some(
                "shared package shared/31 'loginom_python_kit' is referenced by 61/21 'data_prep'"
            )
        );
        // With its referencer among the targets, it may go with it.
        let r = resolve(&["shared/31", "61"], &[], Action::Close);
        assert!(r.targets.iter().all(|t| t.blocked.is_none()));
    }

    #[test]
    fn the_question_counts_sessions_packages_and_executions() {
        let r = resolve(&["57", "58", "pool/40"], &[], Action::Close);
        assert_eq!(count_phrase(&r.targets), "2 sessions and 1 package");
        assert_eq!(scope_phrase(&r.targets), "(4 packages, 1 executing)");
        assert_eq!(count_phrase(&r.targets[..1]), "1 session");
        assert_eq!(count_phrase(&r.targets[2..]), "1 package");
    }
}
