//! The config file (TOML at `$XDG_CONFIG_HOME/sessionctl/config.toml`, or `--config`,
//! `SESSIONCTL_CONFIG`): named servers, the default server, default columns and format; and
//! how `-s NAME|URL|all` becomes the servers a command talks to.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::usage::{self, UsageError};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The server commands use when no `-s` is given.
    pub default_server: Option<String>,
    /// Default `--columns` of list and watch.
    pub columns: Option<String>,
    /// Default `--output` of list.
    pub output: Option<String>,
    #[serde(default)]
    pub servers: BTreeMap<String, ServerEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerEntry {
    pub url: String,
    /// A file holding the bearer token (relative to the config file's folder, or `~/...`).
    pub token_file: Option<PathBuf>,
    /// The name of an environment variable holding the bearer token.
    pub token_env: Option<String>,
    /// Certificate authorities (PEM) to trust beside the built-in ones.
    pub ca_file: Option<PathBuf>,
    /// Accept any certificate; sessionctl warns on every use.
    #[serde(default)]
    pub insecure: bool,
    /// Destructive actions ask for the server's name to be typed.
    #[serde(default)]
    pub protected: bool,
}

/// The config as read, and where from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    pub path: PathBuf,
    pub found: bool,
}

/// The config file's default place.
pub fn default_path() -> PathBuf {
    crate::paths::config_dir().join("config.toml")
}

/// Read the config: `explicit` must exist; the default place may not (nothing configured).
pub fn load(explicit: Option<&Path>) -> anyhow::Result<Loaded> {
    let path = explicit.map_or_else(default_path, Path::to_owned);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit.is_none() => {
            return Ok(Loaded {
                config: Config::default(),
                path,
                found: false,
            });
        }
        Err(e) => {
            return Err(e)
                .with_context(|| format!("cannot read the config file '{}'", path.display()));
        }
    };
    let config: Config = toml::from_str(&text).map_err(|e| {
        UsageError(format!(
            "invalid config file '{}': {}",
            path.display(),
            e.to_string().trim()
        ))
    })?;
    if let Some(name) = &config.default_server
        && !config.servers.contains_key(name)
        && !name.contains("://")
    {
        let names: Vec<&str> = config.servers.keys().map(String::as_str).collect();
        return Err(usage::unknown("default_server", name, &names).into());
    }
    Ok(Loaded {
        config,
        path,
        found: true,
    })
}

/// Where a token comes from, for `config show` and for error messages.
#[derive(Debug, Clone, PartialEq)]
pub enum TokenSource {
    File(PathBuf),
    Env(String),
    None,
}

/// One server a command talks to, resolved from the config and the environment.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerTarget {
    /// The config name, or the URL when given as one.
    pub name: String,
    pub url: String,
    pub token_source: TokenSource,
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    pub protected: bool,
}

/// The process environment that matters here, passed in so that tests fix it.
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// `SESSIONCTL_TOKEN`
    pub token: Option<String>,
    /// `SESSIONCTL_TOKEN_FILE`
    pub token_file: Option<PathBuf>,
}

impl Env {
    pub fn from_process() -> Env {
        Env {
            token: std::env::var("SESSIONCTL_TOKEN")
                .ok()
                .filter(|t| !t.is_empty()),
            token_file: std::env::var_os("SESSIONCTL_TOKEN_FILE")
                .filter(|t| !t.is_empty())
                .map(PathBuf::from),
        }
    }

    fn source(&self) -> TokenSource {
        if self.token.is_some() {
            TokenSource::Env("SESSIONCTL_TOKEN".to_owned())
        } else if let Some(file) = &self.token_file {
            TokenSource::File(file.clone())
        } else {
            TokenSource::None
        }
    }
}

/// The servers `-s` names (each a config name, a URL, or `all`), or the default server;
/// empty when nothing is configured (the embedded sandbox).
pub fn resolve(
    loaded: &Loaded,
    requested: &[String],
    env: &Env,
) -> Result<Vec<ServerTarget>, UsageError> {
    let config = &loaded.config;
    let base = loaded.path.parent().unwrap_or(Path::new("."));
    let names: Vec<String> = if requested.is_empty() {
        config.default_server.iter().cloned().collect()
    } else {
        requested.to_vec()
    };
    let mut targets: Vec<ServerTarget> = Vec::new();
    for name in names {
        let found: Vec<ServerTarget> = if name == "all" {
            if config.servers.is_empty() {
                return Err(UsageError(format!(
                    "'-s all' needs servers in the config file '{}', and it has none",
                    loaded.path.display()
                )));
            }
            config
                .servers
                .iter()
                .map(|(name, entry)| named(name, entry, base, env))
                .collect()
        } else if let Some(entry) = config.servers.get(&name) {
            vec![named(&name, entry, base, env)]
        } else if name.contains("://") {
            vec![ServerTarget {
                name: name.clone(),
                url: name.clone(),
                token_source: env.source(),
                ca_file: None,
                insecure: false,
                protected: false,
            }]
        } else {
            let valid: Vec<&str> = config.servers.keys().map(String::as_str).collect();
            let mut error = usage::unknown("server", &name, &valid);
            if valid.is_empty() {
                error = UsageError(format!(
                    "unknown server '{name}' (no servers in '{}'; give a URL like \
                     http://127.0.0.1:4590 or add [servers.{name}])",
                    loaded.path.display()
                ));
            }
            return Err(error);
        };
        for target in found {
            if !targets.iter().any(|t| t.name == target.name) {
                targets.push(target);
            }
        }
    }
    Ok(targets)
}

fn named(name: &str, entry: &ServerEntry, base: &Path, env: &Env) -> ServerTarget {
    let token_source = if let Some(var) = &entry.token_env {
        TokenSource::Env(var.clone())
    } else if let Some(file) = &entry.token_file {
        TokenSource::File(expand(file, base))
    } else {
        env.source()
    };
    ServerTarget {
        name: name.to_owned(),
        url: entry.url.clone(),
        token_source,
        ca_file: entry.ca_file.as_ref().map(|f| expand(f, base)),
        insecure: entry.insecure,
        protected: entry.protected,
    }
}

/// `~/x` from the home folder, a relative path from the config file's folder.
fn expand(path: &Path, base: &Path) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(home) = dirs::home_dir()
    {
        return home.join(rest);
    }
    if path.is_relative() {
        return base.join(path);
    }
    path.to_owned()
}

impl ServerTarget {
    /// The bearer token, read from where the config says; `None` when there is none.
    pub fn token(&self) -> Result<Option<String>, UsageError> {
        match &self.token_source {
            TokenSource::None => Ok(None),
            TokenSource::Env(var) => match std::env::var(var) {
                Ok(token) if !token.trim().is_empty() => Ok(Some(token.trim().to_owned())),
                _ => Err(UsageError(format!(
                    "the token of server '{}' comes from the environment variable '{var}', \
                     which is not set",
                    self.name
                ))),
            },
            TokenSource::File(file) => {
                let text = std::fs::read_to_string(file).map_err(|e| {
                    UsageError(format!(
                        "cannot read the token file '{}' of server '{}': {e}",
                        file.display(),
                        self.name
                    ))
                })?;
                text.lines()
                    .map(str::trim)
                    .find(|line| !line.is_empty() && !line.starts_with('#'))
                    .map(|t| Some(t.to_owned()))
                    .ok_or_else(|| {
                        UsageError(format!(
                            "the token file '{}' of server '{}' is empty",
                            file.display(),
                            self.name
                        ))
                    })
            }
        }
    }
}

/// A token as `config show` prints it: enough to tell two apart, not enough to use.
pub fn mask(token: &str) -> String {
    let shown: String = token.chars().take(4).collect();
    format!("{shown}… ({} characters)", token.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(text: &str) -> Loaded {
        Loaded {
            config: toml::from_str(text).unwrap(),
            path: PathBuf::from("/etc/sessionctl/config.toml"),
            found: true,
        }
    }

    const TWO: &str = r#"
        default_server = "prod"
        [servers.prod]
        url = "https://prod:4590"
        token_file = "prod.token"
        protected = true
        [servers.test]
        url = "http://127.0.0.1:4590"
        token_env = "TEST_TOKEN"
    "#;

    #[test]
    fn the_default_server_a_name_a_url_and_all_resolve() {
        let config = loaded(TWO);
        let env = Env {
            token: Some("t".to_owned()),
            token_file: None,
        };
        let default = resolve(&config, &[], &env).unwrap();
        assert_eq!(default.len(), 1);
        assert_eq!(default[0].name, "prod");
        assert!(default[0].protected);
        assert_eq!(
            default[0].token_source,
            TokenSource::File(PathBuf::from("/etc/sessionctl/prod.token"))
        );
        let all = resolve(&config, &["all".to_owned(), "test".to_owned()], &env).unwrap();
        let names: Vec<_> = all.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["prod", "test"]);
        assert_eq!(
            all[1].token_source,
            TokenSource::Env("TEST_TOKEN".to_owned())
        );
        let url = resolve(&config, &["http://10.0.0.9:4590".to_owned()], &env).unwrap();
        assert_eq!(
            url[0].token_source,
            TokenSource::Env("SESSIONCTL_TOKEN".to_owned())
        );
    }

    #[test]
    fn an_unknown_server_suggests_the_nearest_name() {
        let error = resolve(&loaded(TWO), &["prd".to_owned()], &Env::default()).unwrap_err();
        assert_eq!(error.0, "unknown server 'prd' (did you mean 'prod'?)");
    }

    #[test]
    fn nothing_configured_means_the_sandbox() {
        assert!(
            resolve(&loaded(""), &[], &Env::default())
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn tokens_are_masked() {
        assert_eq!(mask("abcdef0123"), "abcd… (10 characters)");
    }
}
