//! The file storage (UserStorage): storage paths written from the root (`/user/data/x.lgp`)
//! mapped onto a directory, and what the engine asks of its files.

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};

use super::state::FileStamp;
use crate::package::{self, PackageError, PackageFile};

#[derive(Debug, Clone)]
pub struct Storage {
    root: PathBuf,
}

impl Storage {
    pub fn new(root: PathBuf) -> Self {
        Storage { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file behind a storage path, or `None` when the path is not one: relative, with
    /// `..`, or not naming a package file.
    pub fn file(&self, storage_path: &str) -> Option<PathBuf> {
        let relative = storage_path.strip_prefix('/')?;
        let mut file = self.root.clone();
        for component in Path::new(relative).components() {
            match component {
                Component::Normal(part) => file.push(part),
                _ => return None,
            }
        }
        Some(file)
    }

    /// The version of the file now; `None` when it does not exist.
    pub fn stamp(&self, storage_path: &str) -> Option<FileStamp> {
        let meta = fs::metadata(self.file(storage_path)?).ok()?;
        if !meta.is_file() {
            return None;
        }
        let modified = meta.modified().ok()?;
        Some(FileStamp {
            modified_ns: nanos_since_epoch(modified),
            size: meta.len(),
        })
    }

    /// Created and saved times of the file, as the Created and Saved columns show them.
    pub fn times(&self, storage_path: &str) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let Some(meta) = self.file(storage_path).and_then(|f| fs::metadata(f).ok()) else {
            return (None, None);
        };
        let saved = meta.modified().ok().map(DateTime::<Utc>::from);
        // Not every file system records a birth time; the save time is the best we have then.
        let created = meta.created().ok().map(DateTime::<Utc>::from).or(saved);
        (created.min(saved).or(created), saved)
    }

    pub fn read(&self, storage_path: &str) -> Result<PackageFile, PackageError> {
        let file = self.file(storage_path).ok_or_else(|| PackageError::Io {
            path: PathBuf::from(storage_path),
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a storage path"),
        })?;
        package::read_package(&file)
    }

    /// Every package file (`.lgp`, `.mgp`) in the storage, as sorted storage paths.
    pub fn package_files(&self) -> Vec<String> {
        fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
            let Ok(entries) = fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = format!("{prefix}/{name}");
                match entry.file_type() {
                    Ok(t) if t.is_dir() => walk(&entry.path(), &path, out),
                    Ok(t) if t.is_file() && (name.ends_with(".lgp") || name.ends_with(".mgp")) => {
                        out.push(path)
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.root, "", &mut out);
        out.sort();
        out
    }

    /// Mark a file changed, as a re-save does: its modification time moves on.
    pub fn touch(&self, storage_path: &str) -> std::io::Result<()> {
        let file = self.file(storage_path).ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a storage path")
        })?;
        let before = fs::metadata(&file)?.modified()?;
        // A coarse file system clock could give the same time back; a re-save never does.
        let now = SystemTime::now().max(before + std::time::Duration::from_millis(1));
        fs::File::options()
            .write(true)
            .open(&file)?
            .set_modified(now)
    }
}

impl Storage {
    /// The lock file Studio keeps beside a package while a session has it open.
    pub fn lock_file(&self, storage_path: &str) -> Option<PathBuf> {
        let mut file = self.file(storage_path)?.into_os_string();
        file.push(".lck");
        Some(PathBuf::from(file))
    }

    /// Write (`Some(holder)`) or remove (`None`) the package's lock file.
    pub fn set_lock(&self, storage_path: &str, holder: Option<&str>) -> std::io::Result<()> {
        let Some(lock) = self.lock_file(storage_path) else {
            return Ok(());
        };
        match holder {
            Some(holder) => fs::write(lock, format!("{holder}\n")),
            None => match fs::remove_file(lock) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            },
        }
    }
}

fn nanos_since_epoch(time: SystemTime) -> i128 {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_paths_never_leave_the_root() {
        let storage = Storage::new(PathBuf::from("/srv/storage"));
        assert_eq!(
            storage.file("/user/data/x.lgp"),
            Some(PathBuf::from("/srv/storage/user/data/x.lgp"))
        );
        assert_eq!(storage.file("/user/../../etc/passwd"), None);
        assert_eq!(storage.file("user/x.lgp"), None);
    }
}
