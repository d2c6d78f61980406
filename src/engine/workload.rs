//! What clients do to a server: log in, open packages, execute nodes, BatchLauncher runs and
//! Integrator calls, re-saved files, clients that go offline. The sandbox drives these.

use crate::backend::{
    BackendError, JobRequest, JobResult, LoginRequest, OpenRequest, ReconnectResult, RunRequest,
};
use crate::model::{Address, Package, Role, Session, SessionKind};

use super::Engine;
use super::state::{Owner, Run, SessionRecord};

impl Engine {
    pub fn login(&mut self, request: &LoginRequest) -> Result<Session, BackendError> {
        self.refresh();
        if request.user.trim().is_empty() || request.user.contains(':') {
            return Err(BackendError::Invalid {
                message: format!("invalid user name '{}'", request.user),
            });
        }
        if request.roles.is_empty() {
            return Err(BackendError::Invalid {
                message: "a session needs at least one role".to_owned(),
            });
        }
        let sid = self.new_session(
            &request.user,
            &request.host,
            &request.roles,
            request.kind,
            false,
        );
        self.session_snapshot(sid)
    }

    pub fn open(&mut self, request: &OpenRequest) -> Result<Package, BackendError> {
        self.refresh();
        let session = self.session(request.session)?;
        if session.deleting {
            return Err(self.conflict(format!("session {} is being deleted", request.session)));
        }
        let owner = Owner::Session(request.session);
        let id = match &request.path {
            Some(path) => self.open_file(path, owner, Some(request.session))?,
            None => self.open_draft(owner),
        };
        let now = self.now();
        if let Some(session) = self.session_mut(request.session) {
            session.activity = now;
        }
        if let Some(path) = &request.path {
            self.update_lock(path);
        }
        self.package_snapshot(id)
    }

    pub fn run(&mut self, request: &RunRequest) -> Result<Package, BackendError> {
        self.refresh();
        let Address::SessionPackage(sid, pid) = request.address else {
            return Err(BackendError::Invalid {
                message: format!(
                    "cannot run '{}': only a package in a session executes (e.g. 57/12)",
                    request.address
                ),
            });
        };
        let exists = self
            .instance(pid)
            .is_some_and(|i| i.owner == Owner::Session(sid));
        if !exists {
            return Err(self.not_found(format!("no package {}", request.address)));
        }
        if self.instance(pid).is_some_and(|i| i.execution.is_some()) {
            return Err(self.conflict(format!("{} is executing already", request.address)));
        }
        let now = self.now();
        self.start_run(
            pid,
            &request.node,
            request.duration,
            request.progress,
            request.stop_delay,
            false,
        );
        if let Some(session) = self.session_mut(sid) {
            session.activity = now;
        }
        self.package_snapshot(pid)
    }

    pub fn batch(&mut self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.job(request, SessionKind::Batch, false)
    }

    pub fn integrator(&mut self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.job(request, SessionKind::Integrator, false)
    }

    /// A BatchLauncher or Integrator run: the package comes from the pool (an idle copy of the
    /// current file) or is loaded, runs in a session of the `service` user, and goes back to
    /// the pool when the run ends.
    pub(crate) fn job(
        &mut self,
        request: &JobRequest,
        kind: SessionKind,
        repeat: bool,
    ) -> Result<JobResult, BackendError> {
        self.refresh();
        let now = self.now();
        let reused = self.take_from_pool(&request.path);
        let pid = match reused {
            Some(pid) => pid,
            None => self.open_file(&request.path, Owner::Pool, None)?,
        };
        if request.duration.is_zero() {
            let evicted = self.put_in_pool(pid, now);
            self.collect_garbage();
            return Ok(JobResult {
                session: None,
                package: Address::Pool(pid),
                reused: reused.is_some(),
                evicted: evicted.into_iter().map(Address::Pool).collect(),
            });
        }
        let sid = self.new_session("service", &request.host, &[Role::Batch], kind, true);
        if let Some(instance) = self.state.instances.get_mut(&pid) {
            instance.owner = Owner::Session(sid);
        }
        if let Some(session) = self.session_mut(sid) {
            session.packages.push(pid);
        }
        let node = match kind {
            SessionKind::Integrator => "Web service call",
            _ => "Batch run",
        };
        self.start_run(
            pid,
            node,
            request.duration,
            true,
            std::time::Duration::ZERO,
            repeat,
        );
        Ok(JobResult {
            session: Some(sid),
            package: Address::SessionPackage(sid, pid),
            reused: reused.is_some(),
            evicted: Vec::new(),
        })
    }

    pub fn touch(&mut self, path: &str) -> Result<(), BackendError> {
        if self.storage.stamp(path).is_none() {
            return Err(self.not_found(format!("no package file '{path}' in the storage")));
        }
        self.storage
            .touch(path)
            .map_err(|e| BackendError::Storage {
                path: self.storage.file(path).unwrap_or_default(),
                detail: format!("cannot change '{path}': {e}"),
            })?;
        self.refresh();
        Ok(())
    }

    pub fn disconnect(&mut self, sid: u32) -> Result<Session, BackendError> {
        self.refresh();
        self.session(sid)?;
        if let Some(session) = self.session_mut(sid) {
            session.online = false;
        }
        self.session_snapshot(sid)
    }

    pub fn reconnect(&mut self, sid: u32) -> Result<ReconnectResult, BackendError> {
        self.refresh();
        let session = self.session(sid)?;
        if !session.deleting {
            let now = self.now();
            if let Some(session) = self.session_mut(sid) {
                session.online = true;
                session.activity = now;
            }
            return Ok(ReconnectResult {
                session: sid,
                closed_message: None,
            });
        }
        let mut message =
            "the administrator closed your session through the session manager".to_owned();
        if let Some(reason) = session.close_reason.as_deref().filter(|r| !r.is_empty()) {
            message.push_str(": ");
            message.push_str(reason);
        }
        self.state.sessions.retain(|s| s.id != sid);
        Ok(ReconnectResult {
            session: sid,
            closed_message: Some(message),
        })
    }

    pub fn set_pool_capacity(&mut self, capacity: usize) -> Result<Vec<u64>, BackendError> {
        if capacity == 0 {
            return Err(BackendError::Invalid {
                message: "invalid pool size '0' (the pool holds at least one package)".to_owned(),
            });
        }
        self.refresh();
        self.state.pool_capacity = capacity;
        let evicted = self.evict_over_capacity();
        self.collect_garbage();
        Ok(evicted)
    }

    /// Start over: a fresh server on the same storage.
    pub fn reset(&mut self) {
        let open: Vec<u64> = self
            .state
            .sessions
            .iter()
            .flat_map(|s| s.packages.clone())
            .collect();
        for id in open {
            self.remove_instance(id);
        }
        let capacity = self.state.pool_capacity;
        let previous = self.state.epoch;
        self.state = Engine::fresh_state(self.clock.as_ref());
        // Even within one clock tick, the next epoch's uids must differ from this one's.
        self.state.epoch = self.state.epoch.max(previous + 1);
        self.state.pool_capacity = capacity;
    }

    pub(super) fn new_session(
        &mut self,
        user: &str,
        host: &str,
        roles: &[Role],
        kind: SessionKind,
        job: bool,
    ) -> u32 {
        let now = self.now();
        let id = self.state.next_session;
        self.state.next_session += 1;
        let mut roles = roles.to_vec();
        roles.sort_by(|a, b| b.cmp(a));
        roles.dedup();
        self.state.sessions.push(SessionRecord {
            id,
            user: user.to_owned(),
            host: host.to_owned(),
            roles,
            kind,
            online: true,
            created: now,
            activity: now,
            deleting: false,
            close_reason: None,
            packages: Vec::new(),
            job,
        });
        id
    }

    fn start_run(
        &mut self,
        pid: u64,
        node: &str,
        duration: std::time::Duration,
        reports_progress: bool,
        stop_delay: std::time::Duration,
        repeat: bool,
    ) {
        let now = self.now();
        if let Some(instance) = self.state.instances.get_mut(&pid) {
            instance.execution = Some(Run {
                node: node.to_owned(),
                started: now,
                duration,
                reports_progress,
                stop_delay,
                stop_requested: None,
                repeat,
            });
        }
    }

    fn session_snapshot(&self, sid: u32) -> Result<Session, BackendError> {
        let record = self.session(sid)?;
        Ok(self.session_model(record, &self.holders(), self.now()))
    }

    fn package_snapshot(&self, pid: u64) -> Result<Package, BackendError> {
        let instance = self
            .instance(pid)
            .ok_or_else(|| self.not_found(format!("no package {pid}")))?;
        Ok(self.package_model(instance, &self.holders(), self.now()))
    }
}
