//! The watch for scripts: JSON lines, never a cursor code.
//!
//! `-o jsonl` (the default when stdout is not a terminal): one `snapshot` event, then one line
//! per added, changed or removed row. `-o json`: each refresh's filtered snapshot as one line.
//! A server that cannot be reached is an `unreachable` event, and a `reachable` one when it is
//! back; the watch goes on until `--count`, `--until-empty`, `--timeout` or Ctrl-C.

use std::time::Instant;

use serde_json::{Value as Json, json};

use super::events::{self, RowSet};
use super::{Limits, Stop};
use crate::cli::WatchFormat;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::render::{json as render_json, rows};
use crate::select::Selection;

pub fn run(
    ctx: &mut Ctx,
    selection: &Selection,
    format: WatchFormat,
    limits: Limits,
    stop: &Stop,
) -> anyhow::Result<Status> {
    let backend = ctx.backend().clone();
    let server = backend.server_name().to_owned();
    let mut previous: Option<RowSet> = None;
    let mut unreachable = false;
    let mut refreshes = 0u64;
    loop {
        let started = Instant::now();
        let now = ctx.clock.now();
        match ctx.snapshot(backend.as_ref()) {
            Ok(snapshot) => {
                let at = snapshot.taken_at;
                if unreachable {
                    unreachable = false;
                    line(
                        ctx,
                        &Json::Object(events::envelope("reachable", &server, at)),
                    )?;
                }
                let rows = RowSet::of(&snapshot, selection, now);
                match format {
                    WatchFormat::Json => {
                        let built = rows::build(&snapshot, selection, None, now);
                        let doc = render_json::filtered(&built);
                        line(ctx, &serde_json::to_value(doc)?)?;
                    }
                    _ => match &previous {
                        None => {
                            let built = rows::build(&snapshot, selection, None, now);
                            let mut event = events::envelope("snapshot", &server, at);
                            event.insert(
                                "snapshot".into(),
                                serde_json::to_value(render_json::filtered(&built))?,
                            );
                            line(ctx, &Json::Object(event))?;
                        }
                        Some(before) => {
                            for event in events::diff(before, &rows) {
                                line(ctx, &event.to_json(&server, at))?;
                            }
                        }
                    },
                }
                let empty = rows.is_empty();
                previous = Some(rows);
                if limits.until_empty && empty {
                    ctx.out.flush()?;
                    return Ok(Status::Success);
                }
            }
            Err(error) => {
                if !unreachable {
                    unreachable = true;
                    let mut event = events::envelope("unreachable", &server, now);
                    event.insert("code".into(), json!(error.code()));
                    event.insert("error".into(), json!(error.to_string()));
                    line(ctx, &Json::Object(event))?;
                }
            }
        }
        ctx.out.flush()?;
        refreshes += 1;
        if limits.count.is_some_and(|n| refreshes >= n) {
            return Ok(Status::Success);
        }
        let next = started + limits.interval;
        match limits.deadline {
            Some(deadline) if deadline <= next => {
                if !stop.sleep_until(deadline) {
                    return Ok(Status::Interrupted);
                }
                writeln!(ctx.err, "{}", limits.timeout_message())?;
                return Ok(Status::Timeout);
            }
            _ => {
                if !stop.sleep_until(next) {
                    return Ok(Status::Interrupted);
                }
            }
        }
    }
}

fn line(ctx: &mut Ctx, value: &Json) -> anyhow::Result<()> {
    writeln!(
        ctx.out,
        "{}",
        render_json::escape_controls(&value.to_string())
    )?;
    Ok(())
}
