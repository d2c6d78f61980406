//! The "resolve names by IP" preference: `resolve_hosts = true|false` in the config file
//! (`$XDG_CONFIG_HOME/sessionctl/config.toml`), edited in place so that other keys and
//! comments survive, and written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use toml_edit::DocumentMut;

use crate::usage::UsageError;

pub const KEY: &str = "resolve_hosts";

/// The config file: `--config` (or `SESSIONCTL_CONFIG`) when given, else the default place.
pub fn path(explicit: Option<&Path>) -> PathBuf {
    explicit.map_or_else(crate::config::default_path, Path::to_owned)
}

/// The preference; off when the file or the key is missing.
pub fn read(path: &Path) -> anyhow::Result<bool> {
    let Some(doc) = document(path)? else {
        return Ok(false);
    };
    match doc.get(KEY) {
        None => Ok(false),
        Some(item) => item.as_bool().ok_or_else(|| {
            UsageError(format!(
                "invalid config file '{}': '{KEY}' must be true or false",
                path.display()
            ))
            .into()
        }),
    }
}

pub fn write(path: &Path, on: bool) -> anyhow::Result<()> {
    let mut doc = document(path)?.unwrap_or_default();
    doc[KEY] = toml_edit::value(on);
    let dir = path.parent().unwrap_or(Path::new("."));
    let fail = || format!("cannot write the config file '{}'", path.display());
    std::fs::create_dir_all(dir).with_context(fail)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir).with_context(fail)?;
    temp.write_all(doc.to_string().as_bytes())
        .with_context(fail)?;
    temp.flush().with_context(fail)?;
    temp.persist(path).map_err(|e| e.error).with_context(fail)?;
    Ok(())
}

fn document(path: &Path) -> anyhow::Result<Option<DocumentMut>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(e)
                .with_context(|| format!("cannot read the config file '{}'", path.display()));
        }
    };
    text.parse::<DocumentMut>().map(Some).map_err(|e| {
        UsageError(format!(
            "invalid config file '{}': {}",
            path.display(),
            e.to_string().trim()
        ))
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preference_is_one_key_and_the_rest_of_the_file_survives() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sessionctl").join("config.toml");
        assert!(!read(&path).unwrap());
        write(&path, true).unwrap();
        assert!(read(&path).unwrap());
        std::fs::write(
            &path,
            "# my servers\ndefault_server = \"prod\"\nresolve_hosts = true\n",
        )
        .unwrap();
        write(&path, false).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "# my servers\ndefault_server = \"prod\"\nresolve_hosts = false\n"
        );
        std::fs::write(&path, "resolve_hosts = \"yes\"\n").unwrap();
        assert!(read(&path).is_err());
    }
}
