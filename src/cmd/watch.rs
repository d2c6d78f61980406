//! `sessionctl watch`: the selection and the view are compiled first, then the screen (on a
//! terminal) or the event stream (piped, or `-o jsonl`/`-o json`) runs until it ends.

use std::time::Instant;

use crate::cli::{OutputFormat, WatchArgs, WatchFormat};
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::render::Options;
use crate::select::Selection;
use crate::usage::UsageError;
use crate::watch::{self, Limits, Stop};

pub fn run(args: &WatchArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let selection = Selection::compile(&args.select)?;
    let options = Options::compile(&args.view, OutputFormat::Table)?;
    let terminal = ctx.stdout_is_terminal && ctx.stdin_is_terminal;
    let format = args.output.unwrap_or(if terminal {
        WatchFormat::Screen
    } else {
        WatchFormat::Jsonl
    });
    if format == WatchFormat::Screen && !terminal {
        return Err(UsageError(
            "'watch -o screen' needs a terminal (stdin and stdout); use '-o jsonl' for events"
                .to_owned(),
        )
        .into());
    }
    let stop = Stop::install()?;
    let limits = Limits::from_args(args, Instant::now());
    let status = match format {
        WatchFormat::Screen => watch::screen::run(ctx, &args.select, options, limits, &stop)?,
        _ => watch::stream::run(ctx, &selection, format, limits, &stop)?,
    };
    if status == Status::Timeout && format == WatchFormat::Screen {
        writeln!(ctx.err, "{}", limits.timeout_message())?;
    }
    Ok(status)
}
