//! From the parsed command line to a ready [`Ctx`], and the dispatch to the subcommands.

use std::io::{IsTerminal, Write};
use std::sync::Arc;

use crate::backend::Backend;
use crate::backend::http::{HttpBackend, HttpOptions};
use crate::backend::sandbox::SandboxBackend;
use crate::cli::{Cli, ColorChoice, Command};
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::{cmd, config, paths, resolve};

/// Run a parsed command line with the given streams.
pub fn run(mut cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Status> {
    let clock: Arc<dyn Clock> =
        Arc::from(crate::clock::from_env().map_err(crate::usage::UsageError)?);
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let state_dir = paths::state_dir(
        cli.global
            .state_dir
            .as_deref()
            .filter(|d| !d.is_empty())
            .map(std::path::PathBuf::from),
    );
    let backends = match &cli.command {
        // They talk to no server: serve is one, config only reads the file.
        Command::Serve(_) | Command::Config(_) => Vec::new(),
        _ => {
            let loaded = config::load(cli.global.config.as_deref())?;
            if let Command::List(args) = &mut cli.command {
                list_defaults(args, &loaded.config)?;
            }
            backends(&cli, &loaded, &state_dir, &clock, err)?
        }
    };
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
        Command::ResolveHosts(args) => {
            cmd::resolve_hosts::run(args, cli.global.config.as_deref(), &mut ctx)
        }
        Command::Serve(args) => cmd::serve::run(args, &mut ctx, clock),
        Command::Config(args) => cmd::config::run(args, &cli.global, &mut ctx),
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
    resolve::preference::read(&resolve::preference::path(cli.global.config.as_deref()))
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

/// The servers a command talks to: `--sandbox` wins; then `-s`, `SESSIONCTL_SERVER` or the
/// config's default server; with nothing configured, the embedded demo sandbox.
fn backends(
    cli: &Cli,
    loaded: &config::Loaded,
    state_dir: &std::path::Path,
    clock: &Arc<dyn Clock>,
    err: &mut dyn Write,
) -> anyhow::Result<Vec<Arc<dyn Backend>>> {
    let sandbox = |storage: Option<&std::path::Path>| -> anyhow::Result<Vec<Arc<dyn Backend>>> {
        let sandbox = SandboxBackend::open(storage, state_dir, clock.clone())?;
        Ok(vec![Arc::new(sandbox)])
    };
    if let Some(dir) = &cli.global.sandbox {
        return sandbox(Some(std::path::Path::new(dir)).filter(|d| !d.as_os_str().is_empty()));
    }
    let targets = config::resolve(loaded, &cli.global.servers, &config::Env::from_process())?;
    if targets.is_empty() {
        return sandbox(None);
    }
    let mut backends: Vec<Arc<dyn Backend>> = Vec::with_capacity(targets.len());
    for target in targets {
        if target.insecure {
            writeln!(
                err,
                "warning: server '{}' has insecure = true: its TLS certificate is not checked",
                target.name
            )?;
        }
        let backend = HttpBackend::new(HttpOptions {
            token: target.token()?,
            name: target.name,
            url: target.url,
            ca_file: target.ca_file,
            insecure: target.insecure,
            timeout: cli.global.timeout,
            protected: target.protected,
        })?;
        backends.push(Arc::new(backend));
    }
    Ok(backends)
}

/// The config file's default columns and format, where the command line gives none.
fn list_defaults(args: &mut crate::cli::ListArgs, config: &config::Config) -> anyhow::Result<()> {
    if args.view.columns.is_none() {
        args.view.columns.clone_from(&config.columns);
    }
    if args.output.is_none()
        && let Some(name) = &config.output
    {
        let format = <crate::cli::OutputFormat as clap::ValueEnum>::from_str(name, true).map_err(|_| {
            crate::usage::UsageError(format!(
                "invalid output '{name}' in the config file (expected table, wide, json, jsonl, csv or tsv)"
            ))
        })?;
        args.output = Some(format);
    }
    Ok(())
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

/// The width to fit tables to: `COLUMNS` when set, else the terminal's; none when stdout is not
/// a terminal, so that piped tables are never cut.
fn terminal_width(stdout_is_terminal: bool) -> Option<usize> {
    if !stdout_is_terminal {
        return None;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| {
            crossterm::terminal::size()
                .ok()
                .map(|(w, _)| usize::from(w))
        })
}
