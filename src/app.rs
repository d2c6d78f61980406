//! From the parsed command line to a ready [`Ctx`], and the dispatch to the subcommands.

use std::io::{IsTerminal, Write};
use std::sync::Arc;

use crate::backend::Backend;
use crate::backend::exec::{self, ExecBackend};
use crate::backend::sandbox::SandboxBackend;
use crate::cli::{Cli, ColorChoice, Command};
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::plugin::{self, PluginEnv};
use crate::usage::UsageError;
use crate::{cmd, paths};

/// Run a parsed command line with the given streams.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Status> {
    let clock: Arc<dyn Clock> =
        Arc::from(crate::clock::from_env().map_err(crate::usage::UsageError)?);
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let state_dir = paths::state_dir(cli.global.state_dir.clone());
    let backends = match &cli.command {
        // They talk to no server, or (plugins) leave it to the plugin.
        Command::Completions { .. }
        | Command::Plugins
        | Command::Generate { .. }
        | Command::CompleteServers
        | Command::BackendStdio { .. }
        | Command::External(_) => Vec::new(),
        _ => backends(&cli, &state_dir, &clock)?,
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
        state_dir,
    };
    match &cli.command {
        Command::List(args) => cmd::list::run(args, &mut ctx),
        Command::Sandbox(args) => cmd::sandbox::run(args, &mut ctx),
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

/// What a plugin is told about the server and the output (docs/plugins.md).
fn plugin_env(cli: &Cli, color: bool, state_dir: &std::path::Path) -> PluginEnv {
    let sandbox = cli
        .global
        .sandbox
        .clone()
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| std::fs::canonicalize(&dir).unwrap_or(dir));
    let server = if cli.global.sandbox.is_some() || cli.global.servers.is_empty() {
        "sandbox".to_owned()
    } else {
        cli.global.servers.join(",")
    };
    PluginEnv {
        server,
        sandbox,
        token_file: std::env::var_os("SESSIONCTL_TOKEN_FILE").map(Into::into),
        config: cli.global.config.clone(),
        output: "table".to_owned(),
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
    let sandbox = || -> anyhow::Result<Arc<dyn Backend>> {
        let sandbox = SandboxBackend::open(storage.map(|d| d.as_path()), state_dir, clock.clone())?;
        Ok(Arc::new(sandbox))
    };
    if cli.global.sandbox.is_some() || cli.global.servers.is_empty() {
        return Ok(vec![sandbox()?]);
    }
    // Until the config and the HTTP backend land, -s knows the sandbox and backend plugins.
    let mut backends = Vec::new();
    for server in &cli.global.servers {
        if server == "sandbox" {
            backends.push(sandbox()?);
        } else if let Some(name) = server.strip_prefix("exec:") {
            let env = plugin_env(cli, false, state_dir).vars();
            let backend = ExecBackend::new(name, exec::DEFAULT_TIMEOUT, env)?;
            backends.push(Arc::new(backend));
        } else {
            return Err(UsageError(format!(
                "unknown server '{server}' (this build knows 'sandbox' and 'exec:NAME')"
            ))
            .into());
        }
    }
    Ok(backends)
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
