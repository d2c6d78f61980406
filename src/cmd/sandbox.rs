//! `sessionctl sandbox ...`: make exactly the state a person or a test needs.
//!
//! Each subcommand prints what a script needs next on stdout (the new session's id, the
//! package's address) and anything else as a note on stderr.

use anyhow::{Context, bail};

use crate::backend::{JobRequest, JobResult, LoginRequest, OpenRequest, RunRequest};
use crate::cli::{SandboxArgs, SandboxCommand};
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::model::Address;
use crate::usage::UsageError;

pub fn run(args: &SandboxArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let backend = ctx.backend().clone();
    let Some(workload) = backend.workload() else {
        bail!(UsageError(format!(
            "server '{}' is not a sandbox: `sessionctl sandbox` works on the embedded sandbox \
             and on `sessionctl serve`",
            backend.server_name()
        )));
    };
    match &args.command {
        SandboxCommand::Login {
            user,
            host,
            roles,
            kind,
        } => {
            let session = workload.login(&LoginRequest {
                user: user.clone(),
                host: host.clone(),
                roles: roles.clone(),
                kind: *kind,
            })?;
            writeln!(ctx.out, "{}", session.id)?;
        }
        SandboxCommand::Open {
            session,
            path,
            draft: _,
        } => {
            let package = workload.open(&OpenRequest {
                session: *session,
                path: path.clone(),
            })?;
            writeln!(ctx.out, "{}", package.address)?;
            for reference in &package.references {
                if reference.status != crate::model::ReferenceStatus::Ok {
                    writeln!(
                        ctx.err,
                        "warning: reference '{}' ({}) of '{}': {}",
                        reference.name,
                        reference.hint_path,
                        package.name,
                        status_text(reference.status)
                    )?;
                }
            }
        }
        SandboxCommand::Run {
            address,
            node,
            duration,
            no_progress,
            stop_delay,
        } => {
            let address: Address = address.parse().map_err(UsageError).context("sandbox run")?;
            let package = workload.run(&RunRequest {
                address,
                node: node.clone(),
                duration: *duration,
                progress: !no_progress,
                stop_delay: *stop_delay,
            })?;
            writeln!(ctx.out, "{}", package.address)?;
        }
        SandboxCommand::Batch {
            path,
            duration,
            host,
        } => {
            let job = workload.batch(&job(path, *duration, host))?;
            report_job(ctx, &job)?;
        }
        SandboxCommand::Integrator {
            path,
            duration,
            host,
        } => {
            let job = workload.integrator(&job(path, *duration, host))?;
            report_job(ctx, &job)?;
        }
        SandboxCommand::Touch { path } => workload.touch(path)?,
        SandboxCommand::Disconnect { session } => {
            workload.disconnect(*session)?;
        }
        SandboxCommand::Reconnect { session } => {
            let result = workload.reconnect(*session)?;
            if let Some(message) = result.closed_message {
                writeln!(ctx.out, "{message}")?;
            }
        }
        SandboxCommand::Reset => workload.reset()?,
        SandboxCommand::PoolSize { capacity } => workload.pool_size(*capacity)?,
        SandboxCommand::Populate {
            sessions,
            packages,
            shared,
        } => workload.populate(&crate::backend::PopulateRequest {
            sessions: *sessions,
            packages: *packages,
            shared: *shared,
        })?,
    }
    Ok(Status::Success)
}

fn job(path: &str, duration: std::time::Duration, host: &str) -> JobRequest {
    JobRequest {
        path: path.to_owned(),
        duration,
        host: host.to_owned(),
    }
}

fn report_job(ctx: &mut Ctx, job: &JobResult) -> anyhow::Result<()> {
    writeln!(ctx.out, "{}", job.package)?;
    if job.reused {
        writeln!(ctx.err, "note: reused an idle pool copy")?;
    }
    for evicted in &job.evicted {
        writeln!(ctx.err, "note: the pool was full; evicted {evicted}")?;
    }
    Ok(())
}

fn status_text(status: crate::model::ReferenceStatus) -> &'static str {
    use crate::model::ReferenceStatus::*;
    match status {
        Ok => "ok",
        Missing => "the file is not in the storage (dangling reference)",
        VersionMismatch => "the file's version does not satisfy the mask",
        Unreadable => "the file cannot be read as a package",
    }
}
