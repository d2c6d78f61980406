//! Where sessionctl keeps things on disk, following the XDG base directories.

use std::path::PathBuf;

/// The state directory: `--state-dir`, `SESSIONCTL_STATE_DIR`, `$XDG_STATE_HOME/sessionctl`,
/// or `~/.local/state/sessionctl`.
pub fn state_dir(given: Option<PathBuf>) -> PathBuf {
    given
        .or_else(|| dirs::state_dir().map(|d| d.join("sessionctl")))
        .or_else(|| dirs::home_dir().map(|h| h.join(".local/state/sessionctl")))
        .unwrap_or_else(|| std::env::temp_dir().join("sessionctl-state"))
}

/// The config directory: `$XDG_CONFIG_HOME/sessionctl` or `~/.config/sessionctl`.
pub fn config_dir() -> PathBuf {
    dirs::config_dir()
        .map(|d| d.join("sessionctl"))
        .or_else(|| dirs::home_dir().map(|h| h.join(".config/sessionctl")))
        .unwrap_or_else(|| std::env::temp_dir().join("sessionctl-config"))
}
