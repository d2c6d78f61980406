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

use std::io::{self, Write};
use std::sync::Arc;
use std::time::Duration;

use anyhow::bail;

use crate::audit;
use crate::backend::{ActionRequest, Backend, ClearPoolRequest, Outcome, Reason, TargetResult};
use crate::cli::{ActionArgs, ClearPoolArgs, OutputFormat, ResultFormat, ViewArgs};
use crate::clock::Clock;
use crate::confirm::{self, Answer, Decision, Policy};
use crate::ctx::Ctx;
use crate::exit::{Status, StatusError};
use crate::model::{Address, PackageState, SessionState, Snapshot};
use crate::render::results::{self, Report};
use crate::render::{self, Options, rows, sanitize, table};
use crate::select::Selection;
use crate::targets::{self, Action, Planned, TargetSpec};
use crate::usage::UsageError;

/// `stop --wait`: how long, on which clock.
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
    report(ctx, &server, verb, &results, &names, args.output)?;
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
    if let Some(status) = end {
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

/// `clear-pool`.
pub fn clear_pool(args: &ClearPoolArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let backend = one_backend(ctx, "clear-pool")?;
    let snapshot = backend.snapshot()?;
    let server = sanitize(&snapshot.server.name).into_owned();
    let capacity = snapshot.server.pool_capacity;
    let targets: Vec<Planned> = snapshot
        .pool
        .iter()
        .map(|p| Planned {
            address: Address::Pool(p.id),
            uid: p.uid.clone(),
            name: p.name.clone(),
            named: false,
            packages: 1,
            executing: usize::from(p.state == PackageState::Executing),
            blocked: None,
        })
        .collect();
    let names: Vec<(Address, String)> = targets
        .iter()
        .map(|t| (t.address, t.name.clone()))
        .collect();
    if targets.is_empty() {
        writeln!(
            ctx.err,
            "note: the package pool on '{server}' is empty (0 of {capacity})"
        )?;
        report(ctx, &server, "clear-pool", &[], &names, args.output)?;
        return Ok(Status::Success);
    }
    let n = targets.len();
    let what = format!(
        "{n} of {capacity} {}",
        if n == 1 { "package" } else { "packages" }
    );
    let policy = Policy {
        yes: args.yes,
        dry_run: args.dry_run,
        stdin_is_terminal: ctx.stdin_is_terminal,
        stdout_is_terminal: ctx.stdout_is_terminal,
    };
    let question = format!("Clear the package pool ({what}) on {server}?");
    let wording = Wording {
        verb: "clear the package pool",
        done: "removed",
        what: &format!("({what})"),
        server: &server,
    };
    if let Some(status) = confirm_targets(
        ctx,
        &policy,
        &snapshot,
        &targets,
        &question,
        args.output,
        &wording,
    )? {
        return Ok(status);
    }
    let ids: Vec<u64> = snapshot.pool.iter().map(|p| p.id).collect();
    let cleared = backend.clear_pool(&ClearPoolRequest {
        only: Some(ids),
        reason: args.reason.clone(),
    })?;
    let mut results: Vec<TargetResult> = targets
        .iter()
        .map(|t| {
            let removed = cleared
                .removed
                .iter()
                .any(|p| Address::Pool(p.id) == t.address);
            TargetResult {
                address: t.address,
                outcome: if removed {
                    Outcome::Closed
                } else {
                    Outcome::Skipped
                },
                reason: (!removed).then_some(Reason::Gone),
                message: (!removed).then(|| format!("{} is gone", t.address)),
                effects: Vec::new(),
            }
        })
        .collect();
    // Each released shared package is told beside the pool packages that referenced it.
    for shared in &cleared.released {
        let effect = format!("shared/{} released", shared.id);
        let referencers: Vec<String> = snapshot
            .shared
            .iter()
            .find(|s| s.id == shared.id)
            .map(|s| s.referenced_by.clone())
            .unwrap_or_default();
        let mut told = false;
        for result in results
            .iter_mut()
            .filter(|r| referencers.contains(&r.address.to_string()))
        {
            result.effects.push(effect.clone());
            told = true;
        }
        if !told && let Some(first) = results.iter_mut().find(|r| r.outcome.is_done()) {
            first.effects.push(effect);
        }
    }
    report(ctx, &server, "clear-pool", &results, &names, args.output)?;
    if !args.no_audit {
        let addresses = targets.iter().map(|t| t.address).collect();
        write_audit(
            ctx,
            &server,
            "clear-pool",
            addresses,
            &results,
            args.reason.as_deref(),
        )?;
    }
    Ok(Status::Success)
}

/// How the messages around the question name the action.
struct Wording<'a> {
    /// `close`, `clear the package pool`.
    verb: &'a str,
    /// `closed`, `removed`.
    done: &'a str,
    /// `1 session (2 packages, 1 executing)`.
    what: &'a str,
    server: &'a str,
}

/// The preview and the question; `Some(status)` when the command ends here.
#[allow(clippy::too_many_arguments)]
fn confirm_targets(
    ctx: &mut Ctx,
    policy: &Policy,
    snapshot: &Snapshot,
    targets: &[Planned],
    question: &str,
    format: ResultFormat,
    wording: &Wording<'_>,
) -> anyhow::Result<Option<Status>> {
    let (verb, server) = (wording.verb, wording.server);
    match policy.decide() {
        Decision::DryRun => {
            let screen = Screen::of(ctx);
            preview(ctx.out, snapshot, targets, screen, format)?;
            let note = format!(
                "dry run: would {verb} {} on '{server}'; nothing was changed",
                wording.what
            );
            if format == ResultFormat::Table {
                writeln!(ctx.out, "{note}")?;
            } else {
                writeln!(ctx.err, "note: {note}")?;
            }
            Ok(Some(Status::Success))
        }
        Decision::Refuse => {
            let list = describe(targets);
            let it = if targets.len() == 1 { "it" } else { "them" };
            bail!(StatusError(
                Status::Refused,
                format!(
                    "refusing to {verb} {} on '{server}' without confirmation: no terminal (pass --yes to {verb} {it}: {list})",
                    wording.what
                )
            ))
        }
        Decision::Ask => {
            let mut shown = Vec::new();
            preview(
                &mut shown,
                snapshot,
                targets,
                Screen::of(ctx),
                ResultFormat::Table,
            )?;
            ctx.err.write_all(&shown)?;
            ctx.out.flush()?;
            ctx.err.flush()?;
            match confirm::ask(question)? {
                Answer::Yes => Ok(None),
                Answer::No => {
                    writeln!(ctx.err, "declined: nothing was {}", wording.done)?;
                    Ok(Some(Status::Refused))
                }
                Answer::Interrupted => {
                    writeln!(ctx.err, "interrupted: nothing was {}", wording.done)?;
                    Ok(Some(Status::Interrupted))
                }
            }
        }
        Decision::Act => Ok(None),
    }
}

/// What a table is rendered for.
#[derive(Clone, Copy)]
struct Screen {
    now: chrono::DateTime<chrono::Utc>,
    width: Option<usize>,
    color: bool,
}

impl Screen {
    fn of(ctx: &Ctx) -> Screen {
        Screen {
            now: ctx.now,
            width: ctx.width,
            color: ctx.color,
        }
    }
}

/// The targets as `list` shows them (a session with its packages underneath), then one line
/// per target saying what it takes down.
fn preview(
    out: &mut dyn Write,
    snapshot: &Snapshot,
    targets: &[Planned],
    screen: Screen,
    format: ResultFormat,
) -> io::Result<()> {
    let Screen { now, width, color } = screen;
    let addresses: Vec<Address> = targets.iter().map(|t| t.address).collect();
    let selection = Selection::addresses(&addresses);
    let view = ViewArgs {
        columns: Some("+state".to_string()),
        ..ViewArgs::default()
    };
    let options = Options::compile(&view, OutputFormat::Table).map_err(io::Error::other)?;
    let mut rows = rows::build(snapshot, &selection, None, now);
    // Sections with no target in them are left out.
    let keep: Vec<bool> = (0..rows.rows.len())
        .map(|i| {
            rows.rows[i].item().is_some()
                || rows.rows.get(i + 1).is_some_and(|r| r.item().is_some())
        })
        .collect();
    let mut keep = keep.into_iter();
    rows.rows.retain(|_| keep.next().unwrap_or(true));
    match format {
        ResultFormat::Json => return render::json::document(out, &rows),
        ResultFormat::Jsonl => return render::json::lines(out, &rows, &options, now),
        ResultFormat::Table => table::render(out, &rows, &options, now, width, color)?,
    }
    writeln!(out)?;
    let width = targets
        .iter()
        .map(|t| t.address.to_string().len())
        .max()
        .unwrap_or(0);
    for target in targets {
        writeln!(
            out,
            "  {:<width$}  {}",
            target.address.to_string(),
            describe_one(target)
        )?;
    }
    Ok(())
}

/// `user:1 (2 packages, 1 executing)`, `etl_experiment (executing)`.
fn describe_one(target: &Planned) -> String {
    let name = sanitize(&target.name);
    if target.is_session() {
        let noun = if target.packages == 1 {
            "package"
        } else {
            "packages"
        };
        match target.executing {
            0 => format!("{name} ({} {noun})", target.packages),
            n => format!("{name} ({} {noun}, {n} executing)", target.packages),
        }
    } else if target.executing > 0 {
        format!("{name} (executing)")
    } else {
        name.into_owned()
    }
}

/// The targets for a message: the first ten, then how many more.
fn describe(targets: &[Planned]) -> String {
    let mut parts: Vec<String> = targets
        .iter()
        .take(10)
        .map(|t| {
            if t.is_session() {
                describe_one(t)
            } else {
                format!("{} {}", t.address, describe_one(t))
            }
        })
        .collect();
    if targets.len() > 10 {
        parts.push(format!("and {} more", targets.len() - 10));
    }
    parts.join(", ")
}

fn report(
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

fn write_audit(
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

/// A shared package that went with its last referencer earlier in the same request is
/// reported closed, not gone.
fn went_with_others(results: &mut [TargetResult]) {
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

/// Poll until no target is stopping; `Some(status)` when the wait ended early.
fn wait_until_idle(
    backend: &dyn Backend,
    results: &mut [TargetResult],
    wait: &Wait,
) -> anyhow::Result<Option<Status>> {
    let deadline =
        wait.clock.now() + chrono::Duration::from_std(wait.limit).unwrap_or(chrono::Duration::MAX);
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

fn one_backend(ctx: &Ctx, command: &str) -> anyhow::Result<Arc<dyn Backend>> {
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
        assert_eq!(status(Action::Stop, &[deleting.clone()]), "Conflict");
        assert_eq!(status(close, &[closed.clone(), idle.clone()]), "Partial");
        assert_eq!(status(close, &[idle.clone()]), "Conflict");
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
