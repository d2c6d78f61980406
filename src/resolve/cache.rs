//! Host names already looked up: in memory for a `watch`, and in `<state_dir>/host-names.json`
//! with a TTL, so that cron runs do not ask again.
//!
//! The file is written atomically (a temp file, then a rename). A file that cannot be read or
//! parsed is ignored and rewritten: the cache is never worth failing a listing for.

use std::collections::HashMap;
use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const FILE_NAME: &str = "host-names.json";
/// How long an answer is used before it is asked again.
pub const TTL: Duration = Duration::from_secs(10 * 60);
const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    /// `None`: the address has no name.
    name: Option<String>,
    at: DateTime<Utc>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    version: u32,
    entries: HashMap<IpAddr, Entry>,
}

pub struct Cache {
    entries: HashMap<IpAddr, Entry>,
    ttl: chrono::Duration,
    path: Option<PathBuf>,
    dirty: bool,
}

impl Cache {
    pub fn in_memory(ttl: Duration) -> Cache {
        Cache {
            entries: HashMap::new(),
            ttl: chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::MAX),
            path: None,
            dirty: false,
        }
    }

    /// The cache in `path`, read now.
    pub fn on_disk(path: PathBuf, ttl: Duration) -> Cache {
        let entries = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<File>(&text).ok())
            .filter(|file| file.version == VERSION)
            .map(|file| file.entries)
            .unwrap_or_default();
        Cache {
            entries,
            path: Some(path),
            ..Cache::in_memory(ttl)
        }
    }

    /// The answer for `address` if it is fresh: `Some(None)` means "no name".
    pub fn get(&self, address: IpAddr, now: DateTime<Utc>) -> Option<Option<String>> {
        self.entries
            .get(&address)
            .filter(|e| now - e.at < self.ttl && e.at <= now + chrono::Duration::minutes(1))
            .map(|e| e.name.clone())
    }

    pub fn put(&mut self, address: IpAddr, name: Option<String>, now: DateTime<Utc>) {
        self.entries.insert(address, Entry { name, at: now });
        self.dirty = true;
    }

    /// Write what changed, dropping stale entries; failures are ignored (see the module doc).
    pub fn save(&mut self) {
        let Some(path) = &self.path else { return };
        if !self.dirty {
            return;
        }
        let Some(now) = self.entries.values().map(|e| e.at).max() else {
            return;
        };
        let ttl = self.ttl;
        self.entries.retain(|_, e| now - e.at < ttl);
        let file = File {
            version: VERSION,
            entries: self.entries.clone(),
        };
        let write = || -> std::io::Result<()> {
            let dir = path.parent().unwrap_or(std::path::Path::new("."));
            std::fs::create_dir_all(dir)?;
            let mut temp = tempfile::NamedTempFile::new_in(dir)?;
            serde_json::to_writer(&mut temp, &file).map_err(std::io::Error::other)?;
            temp.flush()?;
            temp.persist(path).map_err(|e| e.error)?;
            Ok(())
        };
        if write().is_ok() {
            self.dirty = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::at;

    #[test]
    fn answers_survive_on_disk_until_the_ttl() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state").join(FILE_NAME);
        let t = at("2026-12-03T14:00:00Z");
        let a: IpAddr = "10.0.0.5".parse().unwrap();
        let b: IpAddr = "10.0.0.6".parse().unwrap();
        let mut cache = Cache::on_disk(path.clone(), TTL);
        cache.put(a, Some("ws-5.corp".into()), t);
        cache.put(b, None, t);
        cache.save();
        let cache = Cache::on_disk(path.clone(), TTL);
        assert_eq!(cache.get(a, t), Some(Some("ws-5.corp".into())));
        assert_eq!(cache.get(b, t), Some(None));
        let later = t + chrono::Duration::minutes(11);
        assert_eq!(cache.get(a, later), None);
        std::fs::write(&path, "not json").unwrap();
        assert_eq!(Cache::on_disk(path, TTL).get(a, t), None);
    }
}
