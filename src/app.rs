//! From the parsed command line to a ready [`Ctx`], and the dispatch to the subcommands.

use std::io::{IsTerminal, Write};
use std::sync::Arc;

use crate::backend::Backend;
use crate::backend::sandbox::SandboxBackend;
use crate::cli::{Cli, ColorChoice, Command};
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::{cmd, paths, resolve};

/// Run a parsed command line with the given streams.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Status> {
    let clock: Arc<dyn Clock> =
        Arc::from(crate::clock::from_env().map_err(crate::usage::UsageError)?);
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let state_dir = paths::state_dir(cli.global.state_dir.clone());
    let backends = backends(&cli, &state_dir, &clock)?;
    let mut ctx = Ctx {
        backends,
        out,
        err,
        now: clock.now(),
        color: use_color(cli.global.color, stdout_is_terminal),
        width: terminal_width(stdout_is_terminal),
        stdin_is_terminal: std::io::stdin().is_terminal(),
        stdout_is_terminal,
        resolve_hosts: resolve_hosts(&cli)?,
        host_names: host_names(&cli, &state_dir)?,
        state_dir,
        clock: clock.clone(),
    };
    match &cli.command {
        Command::List(args) => cmd::list::run(args, &mut ctx),
        Command::Sandbox(args) => cmd::sandbox::run(args, &mut ctx),
        Command::Watch(args) => cmd::watch::run(args, &mut ctx),
        Command::ResolveHosts(args) => cmd::resolve_hosts::run(args, &mut ctx),
        Command::Stop(args) => cmd::stop::run(args, &mut ctx, clock),
        Command::Close(args) => cmd::close::run(args, &mut ctx),
        Command::ClearPool(args) => cmd::clear_pool::run(args, &mut ctx),
    }
}

/// `--resolve-hosts` / `--no-resolve-hosts`, else the `resolve-hosts` setting.
fn resolve_hosts(cli: &Cli) -> anyhow::Result<bool> {
    if cli.global.resolve_hosts || cli.global.no_resolve_hosts {
        return Ok(cli.global.resolve_hosts);
    }
    // Only the commands that show hosts read the setting (`resolve-hosts` reads it itself).
    if !matches!(cli.command, Command::List(_) | Command::Watch(_)) {
        return Ok(false);
    }
    resolve::preference::read(&resolve::preference::default_path())
}

/// The system resolver, or the one `SESSIONCTL_FAKE_RESOLVER` describes (for tests: it never
/// lets a test send a DNS query).
fn host_names(cli: &Cli, state_dir: &std::path::Path) -> anyhow::Result<resolve::HostNames> {
    let overall = cli.global.resolve_timeout;
    let limits = resolve::Limits {
        per_lookup: resolve::LOOKUP_TIMEOUT.min(overall),
        overall,
    };
    let cache = resolve::cache::Cache::on_disk(
        state_dir.join(resolve::cache::FILE_NAME),
        resolve::cache::TTL,
    );
    let resolver: Arc<dyn resolve::Resolver> = match std::env::var("SESSIONCTL_FAKE_RESOLVER") {
        Ok(spec) => {
            Arc::new(resolve::FakeResolver::parse(&spec).map_err(crate::usage::UsageError)?)
        }
        Err(_) => Arc::new(resolve::system::SystemResolver),
    };
    Ok(resolve::HostNames::new(resolver, limits, cache))
}

fn backends(
    cli: &Cli,
    state_dir: &std::path::Path,
    clock: &Arc<dyn Clock>,
) -> anyhow::Result<Vec<Arc<dyn Backend>>> {
    let storage = cli
        .global
        .sandbox
        .as_ref()
        .filter(|dir| !dir.as_os_str().is_empty());
    let sandbox = SandboxBackend::open(storage.map(|d| d.as_path()), state_dir, clock.clone())?;
    Ok(vec![Arc::new(sandbox)])
}

/// `--color`, then NO_COLOR (https://no-color.org), then whether stdout is a terminal.
fn use_color(choice: ColorChoice, stdout_is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stdout_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The width to fit tables to: `COLUMNS` when set, else the terminal's; none when piped.
fn terminal_width(stdout_is_terminal: bool) -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(columns);
    }
    if !stdout_is_terminal {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
}
