//! `sessionctl list`: the Session Manager page, once.
//!
//! The selection and the view are compiled before any server is asked, so a bad filter or an
//! unknown column fails at once. Several servers are shown together, with a Server column (and
//! `server` in JSON); one that fails is reported on stderr and the others are still shown
//! (exit 3).

use crate::cli::ListArgs;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::render::{self, Options, sanitize};
use crate::select::Selection;

pub fn run(args: &ListArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let selection = Selection::compile(&args.select)?;
    let options = Options::compile(&args.view, args.output.unwrap_or_default())?;
    let several = ctx.backends.len() > 1;
    let mut shown = Vec::new();
    let mut failed = None;
    let mut failures = Vec::new();
    let names: Vec<String> = ctx
        .backends
        .iter()
        .map(|b| b.server_name().to_owned())
        .collect();
    for (fetched, name) in crate::fleet::snapshots(&ctx.backends)
        .into_iter()
        .zip(names)
    {
        match fetched {
            Ok(mut snapshot) => {
                if ctx.resolve_hosts {
                    let now = ctx.clock.now();
                    ctx.host_names.annotate(&mut snapshot, now);
                }
                shown.push(snapshot);
            }
            // A server that fails is reported; the others are still shown.
            Err(error) if several => {
                writeln!(ctx.err, "error: {error}")?;
                failures.push(render::json::Failure {
                    server: name,
                    code: error.code(),
                    message: error.to_string(),
                });
                failed.get_or_insert(error);
            }
            Err(error) => return Err(error.into()),
        }
    }
    if options.is_table() {
        for snapshot in shown.iter().filter(|s| s.server.sandbox) {
            // On stderr, so that it never mixes with the rows.
            writeln!(
                ctx.err,
                "note: '{}' runs a simulated workload (a sandbox, not a real server)",
                sanitize(&snapshot.server.name)
            )?;
        }
        let timed_out = shown
            .iter()
            .flat_map(|s| &s.sessions)
            .filter(|s| s.host_lookup == Some(crate::model::HostLookup::Timeout))
            .count();
        if timed_out > 0 {
            writeln!(
                ctx.err,
                "note: the host names of {timed_out} session{} did not resolve within {}; \
                 their addresses are shown",
                if timed_out == 1 { "" } else { "s" },
                humantime::format_duration(ctx.host_names.limits().overall)
            )?;
        }
    }
    if !shown.is_empty() {
        render::render_fleet(
            ctx.out,
            &shown,
            several.then_some(failures.as_slice()),
            &selection,
            &options,
            ctx.now,
            ctx.width,
            ctx.color,
        )?;
    }
    // Freeing a large snapshot string by string takes longer than the rest of the exit; the
    // process is about to end and the system takes the memory back at once.
    let none_shown = shown.is_empty();
    std::mem::forget(shown);
    match failed {
        Some(error) if none_shown => Err(error.into()),
        Some(_) => Ok(Status::Partial),
        None => Ok(Status::Success),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::backend::*;
    use crate::cli::{OutputFormat, SelectArgs, ViewArgs};
    use crate::model::Snapshot;
    use crate::render::sample;

    /// A server that only lists, and counts how often it was asked.
    struct Listing {
        snapshot: Snapshot,
        calls: AtomicUsize,
    }

    fn refuse() -> BackendError {
        BackendError::Protocol {
            server: "test".into(),
            detail: "listing only".into(),
        }
    }

    impl Backend for Listing {
        fn server_name(&self) -> &str {
            &self.snapshot.server.name
        }
        fn snapshot(&self) -> Result<Snapshot, BackendError> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            Ok(self.snapshot.clone())
        }
        fn stop(&self, _: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
            Err(refuse())
        }
        fn close(&self, _: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
            Err(refuse())
        }
        fn clear_pool(&self, _: &ClearPoolRequest) -> Result<ClearPoolResult, BackendError> {
            Err(refuse())
        }
    }

    fn list(args: &ListArgs, sandbox: bool) -> (anyhow::Result<Status>, String, String, usize) {
        let mut snapshot = sample::snapshot();
        snapshot.server.sandbox = sandbox;
        let backend = Arc::new(Listing {
            snapshot,
            calls: AtomicUsize::new(0),
        });
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut ctx = Ctx {
            backends: vec![backend.clone()],
            out: &mut out,
            err: &mut err,
            now: sample::now(),
            color: false,
            width: None,
            stdin_is_terminal: false,
            stdout_is_terminal: false,
            state_dir: PathBuf::new(),
            clock: Arc::new(crate::clock::FixedClock::new(sample::now())),
            resolve_hosts: false,
            host_names: crate::resolve::HostNames::new(
                Arc::new(crate::resolve::FakeResolver::parse("none").unwrap()),
                crate::resolve::Limits::default(),
                crate::resolve::cache::Cache::in_memory(crate::resolve::cache::TTL),
            ),
        };
        let result = run(args, &mut ctx);
        let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
        (
            result,
            text(out),
            text(err),
            backend.calls.load(Ordering::SeqCst),
        )
    }

    fn args(filters: &[&str], output: OutputFormat) -> ListArgs {
        ListArgs {
            select: SelectArgs {
                filters: filters.iter().map(|f| f.to_string()).collect(),
                ..SelectArgs::default()
            },
            view: ViewArgs::default(),
            output: Some(output),
        }
    }

    #[test]
    fn a_bad_filter_fails_before_the_server_is_asked() {
        let (result, out, _, calls) = list(&args(&["hots=x"], OutputFormat::Table), false);
        let error = result.unwrap_err();
        assert!(error.downcast_ref::<crate::usage::UsageError>().is_some());
        assert_eq!((out.as_str(), calls), ("", 0));
    }

    #[test]
    fn a_sandbox_is_noted_on_stderr_and_never_in_json() {
        let (result, out, err, _) = list(&args(&["user=admin"], OutputFormat::Table), true);
        assert_eq!(result.unwrap(), Status::Success);
        assert_eq!(
            err,
            "note: 'analytics-01' runs a simulated workload (a sandbox, not a real server)\n"
        );
        assert!(out.contains("admin:57") && !out.contains("user:58"));
        let (_, out, err, _) = list(&args(&[], OutputFormat::Json), true);
        assert_eq!(err, "");
        assert!(out.starts_with("{\n  \"schema\": 1,") && out.contains("\"sandbox\": true"));
    }
}
