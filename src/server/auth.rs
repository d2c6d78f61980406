//! Bearer tokens: the tokens file that maps each token to a user and roles, made on first
//! start with one admin token, and the check every request goes through.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::model::Role;

/// One entry of the tokens file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenEntry {
    pub token: String,
    pub user: String,
    pub roles: Vec<Role>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokensFile {
    #[serde(default, rename = "token")]
    tokens: Vec<TokenEntry>,
}

/// Who a request comes from.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: String,
    pub roles: Vec<Role>,
}

impl Caller {
    /// Only the Administration role may use the Session Manager (DOMAIN.md).
    pub fn is_admin(&self) -> bool {
        self.roles.contains(&Role::Admin)
    }
}

pub struct Tokens {
    by_token: HashMap<String, Caller>,
}

/// What loading the tokens made: the tokens, and the admin token file when it was just made.
pub struct LoadedTokens {
    pub tokens: Tokens,
    pub created: Option<PathBuf>,
}

/// Why a request was refused before it reached the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No `Authorization: Bearer` header, or an unknown token (401).
    Unauthorized,
    /// A known token without the Administration role (403).
    Forbidden,
}

impl Tokens {
    /// Read the tokens file; when there is none, make one with a random admin token (mode 0600),
    /// and the bare token beside it in `admin.token` for clients (`SESSIONCTL_TOKEN_FILE`).
    pub fn load_or_create(path: &Path) -> anyhow::Result<LoadedTokens> {
        match fs::read_to_string(path) {
            Ok(text) => {
                let file: TokensFile = toml::from_str(&text)
                    .with_context(|| format!("invalid tokens file '{}'", path.display()))?;
                Ok(LoadedTokens {
                    tokens: Tokens::from_entries(file.tokens),
                    created: None,
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let token = random_token()?;
                let entry = TokenEntry {
                    token: token.clone(),
                    user: "admin".to_owned(),
                    roles: vec![Role::Admin],
                };
                let file = TokensFile {
                    tokens: vec![entry.clone()],
                };
                let text = format!(
                    "# sessionctl serve: bearer tokens, each mapped to a user and roles\n\
                     # (admin, design, viewer, batch); only admin may use the Session Manager\n{}",
                    toml::to_string(&file)?
                );
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir)
                        .with_context(|| format!("cannot create '{}'", dir.display()))?;
                }
                write_secret(path, &text)?;
                let admin_token = admin_token_path(path);
                write_secret(&admin_token, &format!("{token}\n"))?;
                Ok(LoadedTokens {
                    tokens: Tokens::from_entries(vec![entry]),
                    created: Some(admin_token),
                })
            }
            Err(e) => {
                Err(e).with_context(|| format!("cannot read the tokens file '{}'", path.display()))
            }
        }
    }

    pub fn from_entries(entries: Vec<TokenEntry>) -> Tokens {
        let by_token = entries
            .into_iter()
            .map(|e| {
                (
                    e.token,
                    Caller {
                        user: e.user,
                        roles: e.roles,
                    },
                )
            })
            .collect();
        Tokens { by_token }
    }

    /// The caller behind an `Authorization` header value.
    pub fn caller(&self, authorization: Option<&str>) -> Result<&Caller, Refusal> {
        let token = authorization
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(Refusal::Unauthorized)?;
        self.by_token.get(token).ok_or(Refusal::Unauthorized)
    }
}

/// `admin.token` beside the tokens file.
pub fn admin_token_path(tokens_file: &Path) -> PathBuf {
    tokens_file.with_file_name("admin.token")
}

fn random_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("cannot make a random token: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Create `path` readable by its owner only; it never existed (a token is never overwritten).
fn write_secret(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create '{}'", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write '{}'", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_start_makes_an_admin_token_only_its_owner_can_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("serve/tokens.toml");
        let made = Tokens::load_or_create(&path).unwrap();
        let admin = made.created.unwrap();
        let token = fs::read_to_string(&admin).unwrap().trim().to_owned();
        assert_eq!(token.len(), 48);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
            assert_eq!(
                fs::metadata(&admin).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let again = Tokens::load_or_create(&path).unwrap();
        assert!(again.created.is_none());
        let caller = again
            .tokens
            .caller(Some(&format!("Bearer {token}")))
            .unwrap();
        assert!(caller.is_admin());
        assert_eq!(
            again.tokens.caller(Some("Bearer nope")).unwrap_err(),
            Refusal::Unauthorized
        );
        assert_eq!(
            again.tokens.caller(None).unwrap_err(),
            Refusal::Unauthorized
        );
    }
}
