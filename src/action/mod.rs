//! The flow every destructive action follows, in one place: take a fresh snapshot, resolve the
//! targets on it, show them as `list` rows, confirm (or refuse, or stop at a dry run), act on
//! exactly what was confirmed (each target with its uid), report per target, decide the exit
//! status, and append to the audit log.
//!
//! Exit status (README, "Exit codes"): every target done, or nothing matched, is success
//! (`--fail-if-none` makes nothing matched 5); a target that is already gone is not a failure
//! (`--strict` makes a named one 5); some done and some failed or not applicable is partial (3);
//! none done because none applied (not executing, referenced, changed since shown) is a
//! conflict (6); none done and one failed is a failure (1); `stop --wait` past its deadline is
//! 11; not confirmed is 4; Ctrl-C is 130.

mod fleet;
mod pool;
mod preview;
mod verdict;

use std::sync::Arc;
use std::time::Duration;

use anyhow::bail;

use crate::audit;
use crate::backend::{ActionRequest, Backend, Outcome, Reason, TargetResult};
use crate::cli::{ActionArgs, ResultFormat};
use crate::clock::Clock;
use crate::confirm::{self, Policy};
use crate::ctx::Ctx;
use crate::exit::{Status, StatusError};
use crate::model::{Address, PackageState, SessionState, Snapshot};
use crate::render::results::{self, Report};
use crate::render::sanitize;
use crate::targets::{self, Action, Planned, TargetSpec};
use crate::usage::UsageError;

pub use pool::clear_pool;
use preview::{Wording, confirm_targets};
pub use verdict::verdict;
use verdict::went_with_others;

/// `stop --wait`: how long, on which clock.
#[derive(Clone)]
pub struct Wait {
    pub limit: Duration,
    pub clock: Arc<dyn Clock>,
}

/// `stop` and `close`.
pub fn run(
    action: Action,
    args: &ActionArgs,
    wait: Option<Wait>,
    ctx: &mut Ctx,
) -> anyhow::Result<Status> {
    let spec = TargetSpec::compile(&args.targets, &args.select, args.all)?;
    if ctx.backends.len() > 1 {
        if !args.targets.is_empty() {
            bail!(UsageError(format!(
                "addresses name rows of one server, and {} are selected: pick one with -s NAME, \
                 or select with -f/--search across the fleet",
                ctx.backends.len()
            )));
        }
        return fleet::each_server(ctx, |one| run(action, args, wait.clone(), one));
    }
    let backend = one_backend(ctx, action.as_str())?;
    let snapshot = backend.snapshot()?;
    let server = sanitize(&snapshot.server.name).into_owned();
    let resolved = spec.resolve(&snapshot, action, ctx.now);
    if args.strict
        && let Some((text, _)) = resolved.missing.first()
    {
        bail!(StatusError(
            Status::NotFound,
            format!("no target '{text}' on '{server}' (see `sessionctl list`)")
        ));
    }
    let gone: Vec<TargetResult> = resolved
        .missing
        .iter()
        .map(|(text, address)| TargetResult {
            address: *address,
            outcome: Outcome::Skipped,
            reason: Some(Reason::Gone),
            message: Some(format!("'{text}' is not on the server")),
            effects: Vec::new(),
        })
        .collect();
    let names: Vec<(Address, String)> = resolved
        .targets
        .iter()
        .map(|t| (t.address, t.name.clone()))
        .collect();
    let verb = action.as_str();
    if resolved.targets.is_empty() {
        if !resolved.left_out.is_empty() {
            let why = match action {
                Action::Stop => "not executing",
                Action::Close => "already being deleted",
            };
            let n = resolved.left_out.len();
            writeln!(
                ctx.err,
                "note: nothing to {verb} on '{server}': {n} matching {} {why}",
                rows_word(n)
            )?;
        } else if gone.is_empty() {
            writeln!(ctx.err, "note: nothing matched on '{server}'")?;
        }
        report(ctx, &server, verb, &gone, &names, args.output)?;
        if args.fail_if_none {
            bail!(StatusError(
                Status::NotFound,
                format!("nothing to {verb} on '{server}' (--fail-if-none)")
            ));
        }
        return Ok(Status::Success);
    }
    if !resolved.missing.is_empty() {
        let missing: Vec<&str> = resolved
            .missing
            .iter()
            .map(|(text, _)| text.as_str())
            .collect();
        writeln!(
            ctx.err,
            "note: not on '{server}', left out: {}",
            missing.join(", ")
        )?;
    }
    let targets = &resolved.targets;
    if targets.iter().all(|t| t.blocked.is_some()) {
        // Nothing the server would do: no question, the reasons as results.
        let mut results: Vec<TargetResult> = targets
            .iter()
            .filter_map(|t| {
                let (reason, message) = t.blocked.clone()?;
                Some(TargetResult {
                    address: t.address,
                    outcome: Outcome::Skipped,
                    reason: Some(reason),
                    message: Some(message),
                    effects: Vec::new(),
                })
            })
            .collect();
        results.extend(gone);
        report(ctx, &server, verb, &results, &names, args.output)?;
        return verdict(action, &results, &[]);
    }
    let what = format!(
        "{} {}",
        targets::count_phrase(targets),
        targets::scope_phrase(targets)
    );
    let policy = Policy {
        yes: args.yes,
        confirm_server: args.confirm_server.clone(),
        dry_run: args.dry_run,
        stdin_is_terminal: ctx.stdin_is_terminal,
        stdout_is_terminal: ctx.stdout_is_terminal,
    };
    let question = format!("{} {what} on {server}?", capitalized(verb));
    if let Some(status) = confirm_targets(
        ctx,
        &policy,
        &snapshot,
        targets,
        &question,
        args.output,
        &Wording {
            verb,
            done: past(action),
            what: &what,
            count: &targets::count_phrase(targets),
            transitive: true,
            server: &server,
        },
    )? {
        return Ok(status);
    }

    let request = ActionRequest {
        targets: targets.iter().map(Planned::target).collect(),
        reason: args.reason.clone(),
    };
    let mut results = match action {
        Action::Stop => backend.stop(&request)?,
        Action::Close => backend.close(&request)?,
    };
    went_with_others(&mut results);
    let mut end = None;
    if let Some(wait) = wait {
        end = wait_until_idle(backend.as_ref(), &mut results, &wait)?;
    }
    results.extend(gone);
    // The audit line first: a report cut short by a closed pipe (`| head`) must not lose it.
    if !args.no_audit {
        write_audit(
            ctx,
            &server,
            verb,
            request.targets.iter().map(|t| t.address).collect(),
            &results,
            args.reason.as_deref(),
        )?;
    }
    report(ctx, &server, verb, &results, &names, args.output)?;
    if let Some(status) = end {
        if status == Status::Interrupted {
            writeln!(
                ctx.err,
                "interrupted: stopped waiting; the results above are as they were then"
            )?;
        }
        if status == Status::Timeout {
            writeln!(
                ctx.err,
                "error: targets still stopping after --wait; see `sessionctl list -f state=executing`"
            )?;
        }
        return Ok(status);
    }
    let strict: Vec<Address> = if args.strict {
        targets
            .iter()
            .filter(|t| t.named)
            .map(|t| t.address)
            .collect()
    } else {
        Vec::new()
    };
    verdict(action, &results, &strict)
}

pub(super) fn report(
    ctx: &mut Ctx,
    server: &str,
    action: &str,
    results: &[TargetResult],
    names: &[(Address, String)],
    format: ResultFormat,
) -> anyhow::Result<()> {
    if results.is_empty() && format == ResultFormat::Table {
        return Ok(());
    }
    let report = Report {
        server,
        action,
        results,
        names,
    };
    results::render(ctx.out, &report, format)?;
    Ok(())
}

pub(super) fn write_audit(
    ctx: &mut Ctx,
    server: &str,
    action: &str,
    targets: Vec<Address>,
    results: &[TargetResult],
    reason: Option<&str>,
) -> anyhow::Result<()> {
    if !results.iter().any(|r| r.outcome.is_done()) {
        return Ok(());
    }
    let entry = audit::Entry::new(ctx.now, server, action, targets, results, reason);
    if let Err(error) = audit::append(&ctx.state_dir, &entry) {
        // The action happened; the report above says so. The exit code must not hide it.
        writeln!(ctx.err, "warning: {error:#}")?;
    }
    Ok(())
}

/// Poll until no target is stopping; `Some(status)` when the wait ended early.
fn wait_until_idle(
    backend: &dyn Backend,
    results: &mut [TargetResult],
    wait: &Wait,
) -> anyhow::Result<Option<Status>> {
    confirm::catch_interrupts();
    let deadline = crate::clock::after(wait.clock.now(), wait.limit);
    loop {
        if !results.iter().any(|r| r.outcome == Outcome::Stopping) {
            return Ok(None);
        }
        if confirm::interrupted() {
            return Ok(Some(Status::Interrupted));
        }
        let now = wait.clock.now();
        if now >= deadline {
            return Ok(Some(Status::Timeout));
        }
        let step = (deadline - now)
            .to_std()
            .unwrap_or_default()
            .min(Duration::from_millis(200));
        wait.clock.sleep(step);
        let snapshot = backend.snapshot()?;
        for result in results
            .iter_mut()
            .filter(|r| r.outcome == Outcome::Stopping)
        {
            if !executing(&snapshot, result.address) {
                result.outcome = Outcome::Stopped;
            }
        }
    }
}

fn executing(snapshot: &Snapshot, address: Address) -> bool {
    let package = |packages: &[crate::model::Package], id| {
        packages
            .iter()
            .any(|p| p.id == id && p.state == PackageState::Executing)
    };
    match address {
        Address::Session(id) => snapshot
            .session(id)
            .is_some_and(|s| s.state == SessionState::Executing),
        Address::SessionPackage(s, p) => {
            snapshot.session(s).is_some_and(|s| package(&s.packages, p))
        }
        Address::Shared(p) => package(&snapshot.shared, p),
        Address::Pool(p) => package(&snapshot.pool, p),
    }
}

pub(super) fn one_backend(ctx: &Ctx, command: &str) -> anyhow::Result<Arc<dyn Backend>> {
    match ctx.backends.as_slice() {
        [backend] => Ok(backend.clone()),
        many => Err(UsageError(format!(
            "{command} acts on one server at a time, and {} are selected (pick one with -s NAME)",
            many.len()
        ))
        .into()),
    }
}

fn past(action: Action) -> &'static str {
    match action {
        Action::Stop => "stopped",
        Action::Close => "closed",
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn rows_word(n: usize) -> &'static str {
    if n == 1 { "row is" } else { "rows are" }
}
