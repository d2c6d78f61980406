//! The preview (the targets as `list` rows) and the question around it.

use std::io::{self, Write};

use anyhow::bail;

use crate::cli::{OutputFormat, ResultFormat, ViewArgs};
use crate::confirm::{self, Answer, Decision, Policy};
use crate::ctx::Ctx;
use crate::exit::{Status, StatusError};
use crate::model::{Address, Snapshot};
use crate::render::{self, Options, rows, sanitize, table};
use crate::select::Selection;
use crate::targets::Planned;

/// How the messages around the question name the action.
pub(super) struct Wording<'a> {
    /// `close`, `clear the package pool`.
    pub verb: &'a str,
    /// `closed`, `removed`.
    pub done: &'a str,
    /// `1 session (2 packages, 1 executing)`.
    pub what: &'a str,
    /// `1 session`: the refusal lists the targets after it.
    pub count: &'a str,
    /// Whether the verb takes the targets as its object (`close them`, not `clear the pool`).
    pub transitive: bool,
    pub server: &'a str,
}

/// The preview and the question; `Some(status)` when the command ends here.
#[allow(clippy::too_many_arguments)]
pub(super) fn confirm_targets(
    ctx: &mut Ctx,
    policy: &Policy,
    snapshot: &Snapshot,
    targets: &[Planned],
    question: &str,
    format: ResultFormat,
    wording: &Wording<'_>,
) -> anyhow::Result<Option<Status>> {
    let (verb, server) = (wording.verb, wording.server);
    match policy.decide() {
        Decision::DryRun => {
            let screen = Screen::of(ctx);
            preview(ctx.out, snapshot, targets, screen, format)?;
            let note = format!(
                "dry run: would {verb} {} on '{server}'; nothing was changed",
                wording.what
            );
            if format == ResultFormat::Table {
                writeln!(ctx.out, "{note}")?;
            } else {
                writeln!(ctx.err, "note: {note}")?;
            }
            Ok(Some(Status::Success))
        }
        Decision::Refuse => {
            let list = describe(targets);
            let it = match (wording.transitive, targets.len()) {
                (false, _) => "",
                (true, 1) => " it",
                (true, _) => " them",
            };
            bail!(StatusError(
                Status::Refused,
                format!(
                    "refusing to {verb} {} on '{server}' without confirmation: no terminal (pass --yes to {verb}{it}: {list})",
                    wording.count
                )
            ))
        }
        Decision::Ask => {
            let mut shown = Vec::new();
            preview(
                &mut shown,
                snapshot,
                targets,
                Screen::of(ctx),
                ResultFormat::Table,
            )?;
            ctx.err.write_all(&shown)?;
            ctx.out.flush()?;
            ctx.err.flush()?;
            let answer = if ctx.backend().protected() {
                confirm::ask_name(question, ctx.backend().server_name())?
            } else {
                confirm::ask(question)?
            };
            match answer {
                Answer::Yes => Ok(None),
                Answer::No => {
                    writeln!(ctx.err, "declined: nothing was {}", wording.done)?;
                    Ok(Some(Status::Refused))
                }
                Answer::Interrupted => {
                    writeln!(ctx.err, "interrupted: nothing was {}", wording.done)?;
                    Ok(Some(Status::Interrupted))
                }
            }
        }
        Decision::Act => {
            let name = ctx.backend().server_name().to_owned();
            if ctx.backend().protected() && policy.confirm_server.as_deref() != Some(name.as_str())
            {
                bail!(StatusError(
                    Status::Refused,
                    format!(
                        "refusing to {verb} on '{name}': the server is protected, and --yes needs \
                         its name too (pass --confirm-server {name})"
                    )
                ));
            }
            Ok(None)
        }
    }
}

/// What a table is rendered for.
#[derive(Clone, Copy)]
struct Screen {
    now: chrono::DateTime<chrono::Utc>,
    width: Option<usize>,
    color: bool,
}

impl Screen {
    fn of(ctx: &Ctx) -> Screen {
        Screen {
            now: ctx.now,
            width: ctx.width,
            color: ctx.color,
        }
    }
}

/// The targets as `list` shows them (a session with its packages underneath), then one line
/// per target saying what it takes down.
fn preview(
    out: &mut dyn Write,
    snapshot: &Snapshot,
    targets: &[Planned],
    screen: Screen,
    format: ResultFormat,
) -> io::Result<()> {
    let Screen { now, width, color } = screen;
    let addresses: Vec<Address> = targets.iter().map(|t| t.address).collect();
    let selection = Selection::addresses(&addresses);
    let view = ViewArgs {
        columns: Some("+state".to_string()),
        ..ViewArgs::default()
    };
    let options = Options::compile(&view, OutputFormat::Table).map_err(io::Error::other)?;
    let mut rows = rows::build(snapshot, &selection, None, now);
    // Sections with no target in them are left out.
    let keep: Vec<bool> = (0..rows.rows.len())
        .map(|i| {
            rows.rows[i].item().is_some()
                || rows.rows.get(i + 1).is_some_and(|r| r.item().is_some())
        })
        .collect();
    let mut keep = keep.into_iter();
    rows.rows.retain(|_| keep.next().unwrap_or(true));
    match format {
        ResultFormat::Json => return render::json::document(out, &rows),
        ResultFormat::Jsonl => return render::json::lines(out, &rows, &options, now),
        ResultFormat::Table => table::render(out, &rows, &options, now, width, color)?,
    }
    writeln!(out)?;
    let width = targets
        .iter()
        .map(|t| t.address.to_string().len())
        .max()
        .unwrap_or(0);
    for target in targets {
        writeln!(
            out,
            "  {:<width$}  {}",
            target.address.to_string(),
            describe_one(target)
        )?;
    }
    Ok(())
}

/// `user:1 (2 packages, 1 executing)`, `etl_experiment (executing)`.
fn describe_one(target: &Planned) -> String {
    let name = sanitize(&target.name);
    if target.is_session() {
        let noun = if target.packages == 1 {
            "package"
        } else {
            "packages"
        };
        match target.executing {
            0 => format!("{name} ({} {noun})", target.packages),
            n => format!("{name} ({} {noun}, {n} executing)", target.packages),
        }
    } else if target.executing > 0 {
        format!("{name} (executing)")
    } else {
        name.into_owned()
    }
}

/// The targets for a message: the first ten, then how many more.
fn describe(targets: &[Planned]) -> String {
    let mut parts: Vec<String> = targets
        .iter()
        .take(10)
        .map(|t| {
            if t.is_session() {
                describe_one(t)
            } else {
                format!("{} {}", t.address, describe_one(t))
            }
        })
        .collect();
    if targets.len() > 10 {
        parts.push(format!("and {} more", targets.len() - 10));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::SelectArgs;
    use crate::render::sample;
    use crate::targets::{Action, TargetSpec};

    fn targets(named: &[&str]) -> Vec<Planned> {
        let named: Vec<String> = named.iter().map(|n| n.to_string()).collect();
        TargetSpec::compile(&named, &SelectArgs::default(), false)
            .unwrap()
            .resolve(&sample::snapshot(), Action::Close, sample::now())
            .targets
    }

    fn shown(named: &[&str], format: ResultFormat) -> String {
        let screen = Screen {
            now: sample::now(),
            width: None,
            color: false,
        };
        let mut out = Vec::new();
        preview(
            &mut out,
            &sample::snapshot(),
            &targets(named),
            screen,
            format,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_preview_is_the_list_rows_of_the_targets_and_what_each_takes_down() {
        insta::assert_snapshot!(
            "preview",
            shown(&["57", "pool/40", "58/14"], ResultFormat::Table)
        );
    }

    #[test]
    fn a_dry_run_in_json_is_the_list_document_of_the_targets() {
        let doc: serde_json::Value =
            serde_json::from_str(&shown(&["58"], ResultFormat::Json)).unwrap();
        assert_eq!(doc["sessions"][0]["name"], "user:58");
        assert_eq!(doc["sessions"][0]["packages"][0]["address"], "58/14");
        assert_eq!(doc["pool"], serde_json::json!([]));
    }

    #[test]
    fn a_refusal_lists_the_targets() {
        assert_eq!(
            describe(&targets(&["57", "pool/40"])),
            "admin:57 (2 packages, 1 executing), pool/40 ml_experiment"
        );
    }
}
