//! From the parsed command line to a ready [`Ctx`], and the dispatch to the subcommands.

use std::io::{IsTerminal, Write};
use std::sync::Arc;

use crate::backend::Backend;
use crate::backend::exec::ExecBackend;
use crate::backend::http::{HttpBackend, HttpOptions};
use crate::backend::sandbox::SandboxBackend;
use crate::cli::{Cli, ColorChoice, Command};
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::plugin::{self, PluginEnv};
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
        // They talk to no server (serve is one, config only reads the file), or leave it to the
        // plugin.
        Command::Serve(_)
        | Command::Config(_)
        | Command::Completions { .. }
        | Command::Plugins
        | Command::Generate { .. }
        | Command::CompleteServers
        | Command::BackendStdio { .. }
        | Command::ResolveHosts(_)
        | Command::External(_) => Vec::new(),
        _ => {
            let loaded = config::load(cli.global.config.as_deref())?;
            if let Command::List(args) = &mut cli.command {
                list_defaults(args, &loaded.config)?;
            }
            // For watch, --timeout bounds the whole watch (see `cli::WatchArgs::timeout`).
            if let Command::Watch(args) = &mut cli.command {
                args.timeout = cli.global.timeout;
            }
            backends(&cli, &loaded, &state_dir, &clock, err)?
        }
    };
    let color = use_color(cli.global.color, stdout_is_terminal);
    let mut ctx = Ctx {
        backends,
        out,
        err,
        now: clock.now(),
        color,
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
        Command::Completions { shell } => cmd::completions::run(*shell, &mut ctx),
        Command::Plugins => cmd::plugins::run(&mut ctx),
        Command::Generate { out_dir } => cmd::generate::run(out_dir, &mut ctx),
        Command::CompleteServers => cmd::complete_servers::run(&cli.global, &mut ctx),
        Command::BackendStdio { storage } => {
            cmd::backend_stdio::run(storage.as_deref(), clock, &mut ctx)
        }
        Command::External(args) => {
            ctx.out.flush()?;
            let env = plugin_env(&cli, color, &ctx.state_dir);
            plugin::run(args, &env, &builtins())
        }
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
    // Only the commands that show hosts read the disk cache; the others never look up a name.
    let cache = if matches!(cli.command, Command::List(_) | Command::Watch(_)) {
        resolve::cache::Cache::on_disk(
            state_dir.join(resolve::cache::FILE_NAME),
            resolve::cache::TTL,
        )
    } else {
        resolve::cache::Cache::in_memory(resolve::cache::TTL)
    };
    let resolver: Arc<dyn resolve::Resolver> = match std::env::var("SESSIONCTL_FAKE_RESOLVER") {
        Ok(spec) => {
            Arc::new(resolve::FakeResolver::parse(&spec).map_err(crate::usage::UsageError)?)
        }
        Err(_) => Arc::new(resolve::system::SystemResolver),
    };
    Ok(resolve::HostNames::new(resolver, limits, cache))
}

/// What a plugin is told about the server and the output (docs/plugins.md).
fn plugin_env(cli: &Cli, color: bool, state_dir: &std::path::Path) -> PluginEnv {
    let sandbox = cli
        .global
        .sandbox
        .as_deref()
        .filter(|dir| !dir.is_empty())
        .map(|dir| std::fs::canonicalize(dir).unwrap_or_else(|_| dir.into()));
    // The servers as the config resolves them (its default server, its token files); the
    // plugin finds out for itself when the config cannot be read.
    let loaded = config::load(cli.global.config.as_deref()).ok();
    let targets = match (&loaded, cli.global.sandbox.is_some()) {
        (Some(loaded), false) => {
            config::resolve(loaded, &cli.global.servers, &config::Env::from_process())
                .unwrap_or_default()
        }
        _ => Vec::new(),
    };
    let server = if cli.global.sandbox.is_some() {
        "sandbox".to_owned()
    } else if !targets.is_empty() {
        let names: Vec<&str> = targets.iter().map(|t| t.name.as_str()).collect();
        names.join(",")
    } else if cli.global.servers.is_empty() {
        "sandbox".to_owned()
    } else {
        cli.global.servers.join(",")
    };
    let token_file = std::env::var_os("SESSIONCTL_TOKEN_FILE")
        .map(Into::into)
        .or_else(|| match &targets.first()?.token_source {
            config::TokenSource::File(file) => Some(file.clone()),
            _ => None,
        });
    let output = loaded
        .and_then(|l| l.config.output)
        .unwrap_or_else(|| "table".to_owned());
    PluginEnv {
        server,
        sandbox,
        token_file,
        config: cli.global.config.clone(),
        output,
        color,
        state_dir: state_dir.to_owned(),
    }
}

/// The built-in subcommands and their aliases, for "did you mean" on an unknown one.
fn builtins() -> Vec<String> {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let mut names = Vec::new();
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        names.push(sub.get_name().to_owned());
        names.extend(sub.get_visible_aliases().map(str::to_owned));
    }
    names
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
    // The sandbox and backend plugins by name; the other servers come from the config.
    let mut backends: Vec<Arc<dyn Backend>> = Vec::new();
    let mut named = Vec::new();
    for server in &cli.global.servers {
        if server == "sandbox" {
            backends.extend(sandbox(None)?);
        } else if let Some(name) = server.strip_prefix("exec:") {
            backends.push(exec_backend(cli, name, state_dir)?);
        } else {
            named.push(server.clone());
        }
    }
    if !backends.is_empty() && named.is_empty() {
        return Ok(backends);
    }
    let targets = config::resolve(loaded, &named, &config::Env::from_process())?;
    if targets.is_empty() && backends.is_empty() {
        return sandbox(None);
    }
    for target in targets {
        // A config entry `url = "exec:NAME"` is a backend plugin.
        if let Some(name) = target.url.strip_prefix("exec:") {
            backends.push(exec_backend(cli, name, state_dir)?);
            continue;
        }
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
            timeout: request_timeout(cli),
            protected: target.protected,
        })?;
        backends.push(Arc::new(backend));
    }
    Ok(backends)
}

/// The backend plugin `sessionctl-backend-NAME`, told what a command plugin is told.
fn exec_backend(
    cli: &Cli,
    name: &str,
    state_dir: &std::path::Path,
) -> anyhow::Result<Arc<dyn Backend>> {
    let env = plugin_env(cli, false, state_dir).vars();
    Ok(Arc::new(ExecBackend::new(name, request_timeout(cli), env)?))
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

/// How long one answer may take: `--timeout`, except for watch, where it bounds the watch.
fn request_timeout(cli: &Cli) -> std::time::Duration {
    match (&cli.command, cli.global.timeout) {
        (Command::Watch(_), _) | (_, None) => crate::cli::DEFAULT_TIMEOUT,
        (_, Some(timeout)) => timeout,
    }
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
