//! `sessionctl plugins`: the plugins and backend plugins found on PATH.

use crate::ctx::Ctx;
use crate::exit::Status;
use crate::plugin::{self, Found};
use crate::render::sanitize;

pub fn run(ctx: &mut Ctx) -> anyhow::Result<Status> {
    let (backends, plugins): (Vec<Found>, Vec<Found>) = plugin::list("sessionctl-")
        .into_iter()
        .partition(|p| p.name.starts_with("backend-"));
    let backends: Vec<Found> = backends
        .into_iter()
        .filter_map(|p| {
            let name = p.name.strip_prefix("backend-")?;
            (!name.is_empty()).then(|| Found {
                name: format!("exec:{name}"),
                path: p.path.clone(),
                shadowed: p.shadowed,
            })
        })
        .collect();
    section(ctx, "plugins (sessionctl NAME)", &plugins)?;
    section(ctx, "backend plugins (-s exec:NAME)", &backends)?;
    Ok(Status::Success)
}

fn section(ctx: &mut Ctx, title: &str, found: &[Found]) -> anyhow::Result<()> {
    writeln!(ctx.out, "{title}:")?;
    if found.is_empty() {
        writeln!(ctx.out, "  (none on PATH)")?;
    }
    let width = found.iter().map(|p| p.name.len()).max().unwrap_or(0);
    for p in found {
        let shadowed = if p.shadowed {
            "  (shadowed by an earlier one on PATH)"
        } else {
            ""
        };
        let path = p.path.display().to_string();
        writeln!(
            ctx.out,
            "  {:width$}  {}{shadowed}",
            sanitize(&p.name),
            sanitize(&path)
        )?;
    }
    Ok(())
}
