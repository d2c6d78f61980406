//! `sessionctl resolve-hosts on|off|status`: the page's "resolve names by IP", kept in the
//! config file (`resolve_hosts = true`); `--resolve-hosts` and `--no-resolve-hosts` override it
//! for one command, and `h` toggles it inside `watch`.

use crate::cli::{ResolveHostsArgs, Toggle};
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::resolve::preference;

pub fn run(
    args: &ResolveHostsArgs,
    config: Option<&std::path::Path>,
    ctx: &mut Ctx,
) -> anyhow::Result<Status> {
    let path = preference::path(config);
    match args.action {
        Toggle::Status => {
            let on = preference::read(&path)?;
            writeln!(ctx.out, "{}", if on { "on" } else { "off" })?;
        }
        Toggle::On | Toggle::Off => {
            let on = args.action == Toggle::On;
            preference::write(&path, on)?;
            let shown = if on { "host names" } else { "addresses" };
            writeln!(
                ctx.err,
                "note: the Host column shows {shown} from now on ('{} = {on}' in '{}')",
                preference::KEY,
                path.display()
            )?;
        }
    }
    Ok(Status::Success)
}
