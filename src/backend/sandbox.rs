//! The embedded sandbox: the engine on a file storage, its state kept in the state directory
//! between commands.
//!
//! Every operation takes an exclusive lock on the state, reads it, applies the operation and
//! writes the state back atomically, so two commands at once (cron and a person) lose nothing.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{
    ActionRequest, Backend, BackendError, ClearPoolRequest, ClearPoolResult, JobRequest, JobResult,
    LoginRequest, OpenRequest, PopulateRequest, ReconnectResult, RunRequest, TargetResult,
    Workload,
};
use crate::clock::Clock;
use crate::demo;
use crate::engine::Engine;
use crate::engine::state::{EngineState, STATE_VERSION};
use crate::engine::storage::Storage;
use crate::model::{Package, Session, Snapshot};

pub struct SandboxBackend {
    name: String,
    storage: PathBuf,
    state_file: PathBuf,
    clock: Arc<dyn Clock>,
    /// The generated demo storage, whose workload comes back after a reset.
    demo: bool,
    /// Held by `serve` for as long as it serves this state (see [`SandboxBackend::claim`]).
    claim: Option<File>,
}

impl SandboxBackend {
    /// The sandbox on `storage`, or on the demo storage (generated once) when `None`.
    pub fn open(
        storage: Option<&Path>,
        state_dir: &Path,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, BackendError> {
        let (name, storage, demo) = match storage {
            Some(dir) => {
                let meta = fs::metadata(dir)
                    .map_err(|e| storage_error(dir, "cannot open the file storage", &e))?;
                if !meta.is_dir() {
                    return Err(BackendError::Storage {
                        path: dir.to_owned(),
                        detail: format!(
                            "cannot open the file storage '{}': not a directory",
                            dir.display()
                        ),
                    });
                }
                let dir = fs::canonicalize(dir)
                    .map_err(|e| storage_error(dir, "cannot open the file storage", &e))?;
                (format!("sandbox:{}", dir.display()), dir, false)
            }
            None => {
                let dir = state_dir.join("demo-storage");
                demo::ensure_storage(&dir)
                    .map_err(|e| storage_error(&dir, "cannot write the demo storage", &e))?;
                ("sandbox".to_owned(), dir, true)
            }
        };
        let state_file = state_dir
            .join("sandbox")
            .join(state_file_name(&storage, demo));
        Ok(SandboxBackend {
            name,
            storage,
            state_file,
            clock,
            demo,
            claim: None,
        })
    }

    /// For `serve`: take this state for the process's lifetime. Its state then lives in the
    /// server's memory, so other commands on the same storage are refused (and told to use the
    /// server) rather than write beside it and lose each other's changes.
    pub fn claim(&mut self) -> Result<(), BackendError> {
        let marker = self.claim_file();
        if let Some(dir) = marker.parent() {
            fs::create_dir_all(dir)
                .map_err(|e| storage_error(dir, "cannot create the state directory", &e))?;
        }
        let file = File::create(&marker)
            .map_err(|e| storage_error(&marker, "cannot claim the sandbox state", &e))?;
        match file.try_lock() {
            Ok(()) => {
                self.claim = Some(file);
                Ok(())
            }
            Err(_) => Err(BackendError::Conflict {
                server: self.name.clone(),
                message: format!(
                    "the sandbox on '{}' is served already by another `sessionctl serve`",
                    self.storage.display()
                ),
            }),
        }
    }

    fn claim_file(&self) -> PathBuf {
        self.state_file.with_extension("served")
    }

    /// Refuse to work beside a `serve` that holds this state in memory.
    fn check_not_served(&self) -> Result<(), BackendError> {
        if self.claim.is_some() {
            return Ok(());
        }
        let Ok(marker) = File::open(self.claim_file()) else {
            return Ok(());
        };
        match marker.try_lock_shared() {
            Ok(()) => Ok(()),
            Err(_) => Err(BackendError::Conflict {
                server: self.name.clone(),
                message: format!(
                    "the sandbox on '{}' is being served by `sessionctl serve`, which keeps its \
                     state in memory: use `-s URL` to reach it, or stop the server first",
                    self.storage.display()
                ),
            }),
        }
    }

    pub fn storage(&self) -> &Path {
        &self.storage
    }

    /// Keep the state in `file` instead of the state directory (`serve --state FILE`).
    pub fn with_state_file(mut self, file: PathBuf) -> Self {
        self.state_file = file;
        self
    }

    pub fn state_file(&self) -> &Path {
        &self.state_file
    }

    /// An engine on the saved state, for a process that keeps it in memory (`serve`); it
    /// writes the state back with [`SandboxBackend::save_state`].
    pub fn load_engine(&self) -> Result<Engine, BackendError> {
        let lock = self.lock()?;
        let engine = self.engine()?;
        drop(lock);
        Ok(engine)
    }

    /// The engine on the saved state (the demo's workload seeded into a fresh one); the caller
    /// holds the lock.
    fn engine(&self) -> Result<Engine, BackendError> {
        let (state, fresh) = self.load()?;
        let mut engine = Engine::new(
            self.name.clone(),
            Storage::new(self.storage.clone()),
            state,
            self.clock.clone(),
        );
        if fresh && self.demo {
            demo::seed_workload(&mut engine)?;
        }
        Ok(engine)
    }

    /// Write `state` back under the state lock, atomically.
    pub fn save_state(&self, state: &EngineState) -> Result<(), BackendError> {
        let lock = self.lock()?;
        self.save(state)?;
        drop(lock);
        Ok(())
    }

    fn lock(&self) -> Result<File, BackendError> {
        self.check_not_served()?;
        let dir = self.state_file.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)
            .map_err(|e| storage_error(dir, "cannot create the state directory", &e))?;
        let lock_path = self.state_file.with_extension("lock");
        let lock = File::create(&lock_path)
            .map_err(|e| storage_error(&lock_path, "cannot lock the sandbox state", &e))?;
        lock.lock()
            .map_err(|e| storage_error(&lock_path, "cannot lock the sandbox state", &e))?;
        Ok(lock)
    }

    /// Run `operation` on the engine under the state lock, and save what it changed.
    fn with_engine<T>(
        &self,
        operation: impl FnOnce(&mut Engine) -> Result<T, BackendError>,
    ) -> Result<T, BackendError> {
        let lock = self.lock()?;
        let mut engine = self.engine()?;
        let result = operation(&mut engine);
        self.save(engine.state())?;
        drop(lock);
        result
    }

    /// The saved state, or a fresh one (and whether it is fresh).
    fn load(&self) -> Result<(EngineState, bool), BackendError> {
        let text = match fs::read_to_string(&self.state_file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((Engine::fresh_state(self.clock.as_ref()), true));
            }
            Err(e) => {
                return Err(storage_error(
                    &self.state_file,
                    "cannot read the sandbox state",
                    &e,
                ));
            }
        };
        let error = match serde_json::from_str::<EngineState>(&text) {
            Ok(state) if state.version == STATE_VERSION => return Ok((state, false)),
            Ok(_) => None,
            Err(error) => Some(error),
        };
        let version = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v.get("version")?.as_u64());
        match (error, version) {
            // A state file of another version of sessionctl: start over rather than misread.
            (_, Some(v)) if v != u64::from(STATE_VERSION) => {
                Ok((Engine::fresh_state(self.clock.as_ref()), true))
            }
            // Anything else is damage: say so, and never overwrite what may be someone's work.
            (error, _) => Err(BackendError::Storage {
                path: self.state_file.clone(),
                detail: format!(
                    "the sandbox state '{}' is damaged ({}); `sessionctl sandbox reset` starts \
                     over and keeps it as '{}'",
                    self.state_file.display(),
                    error.map_or_else(|| "unknown shape".to_owned(), |e| e.to_string()),
                    self.damaged_file().display()
                ),
            }),
        }
    }

    fn damaged_file(&self) -> PathBuf {
        let mut name = self.state_file.clone().into_os_string();
        name.push(".damaged");
        PathBuf::from(name)
    }

    fn save(&self, state: &EngineState) -> Result<(), BackendError> {
        let dir = self.state_file.parent().unwrap_or(Path::new("."));
        let fail = |e: std::io::Error| {
            storage_error(&self.state_file, "cannot save the sandbox state", &e)
        };
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
        // Buffered: serde_json writes a token at a time, a system call each unbuffered.
        let mut writer = std::io::BufWriter::new(&mut file);
        serde_json::to_writer(&mut writer, state)
            .map_err(std::io::Error::other)
            .map_err(fail)?;
        writer.flush().map_err(fail)?;
        drop(writer);
        file.persist(&self.state_file).map_err(|e| fail(e.error))?;
        Ok(())
    }
}

impl Backend for SandboxBackend {
    fn server_name(&self) -> &str {
        &self.name
    }

    fn snapshot(&self) -> Result<Snapshot, BackendError> {
        self.with_engine(|e| Ok(e.snapshot()))
    }

    fn stop(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
        self.with_engine(|e| Ok(e.stop(request)))
    }

    fn close(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
        self.with_engine(|e| Ok(e.close(request)))
    }

    fn clear_pool(&self, request: &ClearPoolRequest) -> Result<ClearPoolResult, BackendError> {
        self.with_engine(|e| Ok(e.clear_pool(request)))
    }

    fn workload(&self) -> Option<&dyn Workload> {
        Some(self)
    }
}

impl Workload for SandboxBackend {
    fn login(&self, request: &LoginRequest) -> Result<Session, BackendError> {
        self.with_engine(|e| e.login(request))
    }

    fn open(&self, request: &OpenRequest) -> Result<Package, BackendError> {
        self.with_engine(|e| e.open(request))
    }

    fn run(&self, request: &RunRequest) -> Result<Package, BackendError> {
        self.with_engine(|e| e.run(request))
    }

    fn batch(&self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.with_engine(|e| e.batch(request))
    }

    fn integrator(&self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.with_engine(|e| e.integrator(request))
    }

    fn touch(&self, path: &str) -> Result<(), BackendError> {
        self.with_engine(|e| e.touch(path))
    }

    fn disconnect(&self, session: u32) -> Result<Session, BackendError> {
        self.with_engine(|e| e.disconnect(session))
    }

    fn reconnect(&self, session: u32) -> Result<ReconnectResult, BackendError> {
        self.with_engine(|e| e.reconnect(session))
    }

    fn reset(&self) -> Result<(), BackendError> {
        let lock = self.lock()?;
        // A damaged state is set aside rather than lost: reset is the way out of it.
        if matches!(self.load(), Err(BackendError::Storage { .. })) && self.state_file.exists() {
            fs::rename(&self.state_file, self.damaged_file()).map_err(|e| {
                storage_error(&self.state_file, "cannot set the damaged state aside", &e)
            })?;
        }
        let mut engine = self.engine()?;
        engine.reset();
        if self.demo {
            demo::seed_workload(&mut engine)?;
        }
        self.save(engine.state())?;
        drop(lock);
        Ok(())
    }

    fn pool_size(&self, capacity: usize) -> Result<(), BackendError> {
        self.with_engine(|e| e.set_pool_capacity(capacity).map(|_| ()))
    }

    fn populate(&self, request: &PopulateRequest) -> Result<(), BackendError> {
        self.with_engine(|e| e.populate(request))
    }
}

/// One state file per storage directory: the end of its path, to be recognisable, and a
/// checksum of the whole path, so that `/a_b` and `/a/b` never share one.
fn state_file_name(storage: &Path, demo: bool) -> String {
    if demo {
        return "demo.json".to_owned();
    }
    let path = storage.to_string_lossy();
    let readable: String = path
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let tail = &readable[readable.len().saturating_sub(100)..];
    format!(
        "{}-{:08x}.json",
        tail.trim_start_matches('_'),
        crc32fast::hash(path.as_bytes())
    )
}

fn storage_error(path: &Path, what: &str, error: &std::io::Error) -> BackendError {
    BackendError::Storage {
        path: path.to_owned(),
        detail: format!("{what} '{}': {error}", path.display()),
    }
}
