//! `sessionctl config show|path`: the configuration as resolved, tokens masked.

use crate::cli::{ConfigArgs, ConfigCommand, GlobalArgs};
use crate::config::{self, Env, TokenSource};
use crate::ctx::Ctx;
use crate::exit::Status;

pub fn run(args: &ConfigArgs, global: &GlobalArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let loaded = config::load(global.config.as_deref())?;
    match args.command {
        ConfigCommand::Path => {
            writeln!(ctx.out, "{}", loaded.path.display())?;
        }
        ConfigCommand::Show => show(&loaded, global, ctx)?,
    }
    Ok(Status::Success)
}

fn show(loaded: &config::Loaded, global: &GlobalArgs, ctx: &mut Ctx) -> anyhow::Result<()> {
    let found = if loaded.found {
        ""
    } else {
        " (not found: nothing configured)"
    };
    writeln!(ctx.out, "# config file: {}{found}", loaded.path.display())?;
    let c = &loaded.config;
    let quoted = |v: &Option<String>| v.as_ref().map_or("(none)".to_owned(), |v| format!("{v:?}"));
    writeln!(ctx.out, "default_server = {}", quoted(&c.default_server))?;
    writeln!(ctx.out, "columns = {}", quoted(&c.columns))?;
    writeln!(ctx.out, "output = {}", quoted(&c.output))?;
    let env = Env::from_process();
    let all = config::resolve(loaded, &["all".to_owned()], &env).unwrap_or_default();
    for target in &all {
        writeln!(ctx.out, "\n[servers.{}]", target.name)?;
        writeln!(ctx.out, "url = {:?}", target.url)?;
        let token = match (&target.token_source, target.token()) {
            (TokenSource::None, _) => "(none)".to_owned(),
            (source, Ok(Some(token))) => {
                format!("{} from {}", config::mask(&token), source_text(source))
            }
            (source, Ok(None)) => format!("(none) from {}", source_text(source)),
            (source, Err(e)) => format!("(unreadable) from {}: {e}", source_text(source)),
        };
        writeln!(ctx.out, "token = {token:?}")?;
        if let Some(ca) = &target.ca_file {
            writeln!(ctx.out, "ca_file = {:?}", ca.display().to_string())?;
        }
        writeln!(ctx.out, "insecure = {}", target.insecure)?;
        writeln!(ctx.out, "protected = {}", target.protected)?;
    }
    let chosen = if global.sandbox.is_some() {
        "the embedded sandbox (--sandbox)".to_owned()
    } else {
        match config::resolve(loaded, &global.servers, &env) {
            Ok(targets) if targets.is_empty() => {
                "the embedded sandbox (nothing configured)".to_owned()
            }
            Ok(targets) => {
                let names: Vec<&str> = targets.iter().map(|t| t.name.as_str()).collect();
                names.join(", ")
            }
            Err(e) => format!("(error: {e})"),
        }
    };
    writeln!(ctx.out, "\n# commands now talk to: {chosen}")?;
    Ok(())
}

fn source_text(source: &TokenSource) -> String {
    match source {
        TokenSource::File(file) => format!("file '{}'", file.display()),
        TokenSource::Env(var) => format!("environment variable {var}"),
        TokenSource::None => "nowhere".to_owned(),
    }
}
