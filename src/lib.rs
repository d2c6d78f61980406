//! sessionctl: the Session Manager of a Megaladata server, on the command line.
//!
//! `main` calls [`main_with_args`]; everything else is reachable from [`app::run`].

pub mod action;
pub mod app;
pub mod audit;
pub mod backend;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod columns;
pub mod config;
pub mod confirm;
pub mod ctx;
pub mod demo;
pub mod engine;
pub mod exit;
pub mod fleet;
pub mod generate;
pub mod model;
pub mod package;
pub mod paths;
pub mod plugin;
pub mod render;
pub mod resolve;
pub mod select;
pub mod server;
pub mod targets;
pub mod usage;
pub mod watch;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

/// Parse `args`, run the command against the real stdout and stderr, and return the exit code.
pub fn main_with_args(args: impl IntoIterator<Item = OsString>) -> u8 {
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                exit::USAGE
            } else {
                exit::SUCCESS
            };
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let result = app::run(cli, &mut out, &mut err).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(status) => exit::for_status(status),
        // `sessionctl list | head` closes the pipe early: that is not a failure.
        Err(error) if is_broken_pipe(&error) => exit::SUCCESS,
        Err(error) => {
            let _ = writeln!(err, "error: {error:#}");
            exit::for_error(&error)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
