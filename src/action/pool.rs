//! `clear-pool`: the pool shown, confirmed, cleared, and what went with it.

use super::preview::{Wording, confirm_targets};
use super::{one_backend, report, write_audit};
use crate::backend::{ClearPoolRequest, Outcome, Reason, TargetResult};
use crate::cli::ClearPoolArgs;
use crate::confirm::Policy;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::model::{Address, PackageState};
use crate::render::sanitize;
use crate::targets::Planned;

/// `clear-pool`.
pub fn clear_pool(args: &ClearPoolArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    if ctx.backends.len() > 1 {
        return super::fleet::each_server(ctx, |one| clear_pool(args, one));
    }
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
            fingerprint: p.fingerprint(),
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
        return Ok(if args.fail_if_none {
            Status::NotFound
        } else {
            Status::Success
        });
    }
    let n = targets.len();
    let what = format!("{n} of {capacity} packages");
    let policy = Policy {
        yes: args.yes,
        confirm_server: args.confirm_server.clone(),
        dry_run: args.dry_run,
        stdin_is_terminal: ctx.stdin_is_terminal,
        stdout_is_terminal: ctx.stdout_is_terminal,
    };
    let question = format!("Clear the package pool ({what}) on {server}?");
    let scope = format!("({what})");
    let wording = Wording {
        verb: "clear the package pool",
        done: "removed",
        what: &scope,
        count: &scope,
        transitive: false,
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
    // Each released shared package is told once, beside the first pool package that
    // referenced it, so that counting effects counts releases.
    for shared in &cleared.released {
        let effect = format!("shared/{} released", shared.id);
        let referencers: Vec<String> = snapshot
            .shared
            .iter()
            .find(|s| s.id == shared.id)
            .map(|s| s.referenced_by.clone())
            .unwrap_or_default();
        let teller = results
            .iter()
            .position(|r| referencers.contains(&r.address.to_string()))
            .or_else(|| results.iter().position(|r| r.outcome.is_done()));
        if let Some(i) = teller {
            results[i].effects.push(effect);
        }
    }
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
    report(ctx, &server, "clear-pool", &results, &names, args.output)?;
    Ok(Status::Success)
}
