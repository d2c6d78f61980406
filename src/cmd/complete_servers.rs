//! `sessionctl complete-servers` (hidden): the config's server names, one per line, for the
//! shell completions of `-s/--server`. Quiet and empty when there is no config.

use std::collections::BTreeMap;

use crate::cli::GlobalArgs;
use crate::ctx::Ctx;
use crate::exit::Status;

pub fn run(global: &GlobalArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let path = global
        .config
        .clone()
        .unwrap_or_else(|| crate::paths::config_dir().join("config.toml"));
    for name in server_names(&std::fs::read_to_string(path).unwrap_or_default()) {
        writeln!(ctx.out, "{name}")?;
    }
    Ok(Status::Success)
}

/// The names of the `[servers.NAME]` tables, then `all`; nothing for a file that is not TOML
/// (a completion must never print an error into the command line being typed).
fn server_names(text: &str) -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Servers {
        #[serde(default)]
        servers: BTreeMap<String, toml::Value>,
    }
    match toml::from_str::<Servers>(text) {
        Ok(config) if !config.servers.is_empty() => config
            .servers
            .into_keys()
            .chain(["all".to_owned()])
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_servers_tables() {
        let text = "default_server = \"prod\"\n[servers.prod]\nurl = \"https://a\"\n[servers.test]\nurl = \"http://b\"\n";
        assert_eq!(server_names(text), ["prod", "test", "all"]);
        assert!(server_names("not toml [").is_empty());
        assert!(server_names("").is_empty());
    }
}
