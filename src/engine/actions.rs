//! The administrator's actions: Stop, Close and Clear package pool, each target checked
//! against what the administrator was shown (its uid) before anything is done to it.

use crate::backend::{
    ActionRequest, ClearPoolRequest, ClearPoolResult, Outcome, Reason, Target, TargetResult,
};
use crate::model::Address;

use super::Engine;
use super::execution::StopEffect;
use super::state::{NOTICES_KEPT, Notice, Owner};

impl Engine {
    pub fn stop(&mut self, request: &ActionRequest) -> Vec<TargetResult> {
        self.each_target(request, Engine::stop_target)
    }

    pub fn close(&mut self, request: &ActionRequest) -> Vec<TargetResult> {
        self.each_target(request, Engine::close_target)
    }

    /// Apply `action` to every target that is still the row that was shown, in order.
    fn each_target(
        &mut self,
        request: &ActionRequest,
        action: fn(&mut Engine, Address, Option<&str>) -> TargetResult,
    ) -> Vec<TargetResult> {
        self.refresh();
        let results = request
            .targets
            .iter()
            .map(|target| match self.check(target) {
                Err(skipped) => skipped,
                Ok(()) => action(self, target.address, request.reason.as_deref()),
            })
            .collect();
        self.refresh();
        results
    }

    pub fn clear_pool(&mut self, request: &ClearPoolRequest) -> ClearPoolResult {
        self.refresh();
        let holders = self.holders();
        let (removed, released) = self.clear_pool_copies(request.only.as_deref());
        let now = self.now();
        ClearPoolResult {
            removed: removed
                .iter()
                .map(|i| self.package_model(i, &holders, now))
                .collect(),
            released: released
                .iter()
                .map(|i| self.package_model(i, &holders, now))
                .collect(),
        }
    }

    /// The target exists and is the row that was shown.
    fn check(&self, target: &Target) -> Result<(), TargetResult> {
        let address = target.address;
        let uid = match address {
            Address::Session(sid) => self.session(sid).ok().map(|_| self.session_uid(sid)),
            Address::SessionPackage(sid, pid) => self
                .instance(pid)
                .filter(|i| i.owner == Owner::Session(sid))
                .map(|_| self.package_uid(pid)),
            Address::Shared(pid) => self
                .instance(pid)
                .filter(|i| i.owner == Owner::Shared)
                .map(|_| self.package_uid(pid)),
            Address::Pool(pid) => self
                .instance(pid)
                .filter(|i| i.owner == Owner::Pool)
                .map(|_| self.package_uid(pid)),
        };
        match (uid, &target.uid) {
            (None, _) => return Err(skip(address, Reason::Gone, format!("{address} is gone"))),
            (Some(now), Some(shown)) if &now != shown => {
                return Err(skip(
                    address,
                    Reason::Changed,
                    format!("{address} is another session or package than the one shown"),
                ));
            }
            _ => {}
        }
        let Some(shown) = &target.shown else {
            return Ok(());
        };
        let (now, executing_before) = self.fingerprint(address);
        if &now == shown {
            return Ok(());
        }
        // A package that finished meanwhile is simply no longer executing.
        if executing_before && shown.ends_with("=executing") && now.ends_with("=idle") {
            return Err(skip(
                address,
                Reason::NotExecuting,
                format!("{address} finished executing since it was shown"),
            ));
        }
        Err(skip(
            address,
            Reason::Changed,
            format!(
                "{address} changed since it was shown (a package was opened, closed, started \
                 or finished); list it again and repeat"
            ),
        ))
    }

    /// The fingerprint of the row at `address` now (see `Session::fingerprint`), and whether
    /// it is a single package.
    fn fingerprint(&self, address: Address) -> (String, bool) {
        let holders = self.holders();
        let now = self.now();
        match address {
            Address::Session(sid) => match self.session(sid) {
                Ok(record) => (
                    self.session_model(record, &holders, now).fingerprint(),
                    false,
                ),
                Err(_) => (String::new(), false),
            },
            Address::SessionPackage(_, pid) | Address::Shared(pid) | Address::Pool(pid) => {
                match self.instance(pid) {
                    Some(i) => (self.package_model(i, &holders, now).fingerprint(), true),
                    None => (String::new(), true),
                }
            }
        }
    }

    fn stop_target(&mut self, address: Address, reason: Option<&str>) -> TargetResult {
        let now = self.now();
        let (sid, packages) = match address {
            Address::Session(sid) => {
                let Ok(session) = self.session(sid) else {
                    return skip(address, Reason::Gone, format!("{address} is gone"));
                };
                if session.deleting {
                    return skip(
                        address,
                        Reason::Deleting,
                        format!("{address} is being deleted"),
                    );
                }
                (Some(sid), session.packages.clone())
            }
            Address::SessionPackage(sid, pid) => (Some(sid), vec![pid]),
            Address::Shared(pid) | Address::Pool(pid) => (None, vec![pid]),
        };
        let executing: Vec<u64> = packages
            .into_iter()
            .filter(|p| self.instance(*p).is_some_and(|i| i.execution.is_some()))
            .collect();
        if executing.is_empty() {
            return skip(
                address,
                Reason::NotExecuting,
                format!("{address} is not executing"),
            );
        }
        let mut outcome = Outcome::Stopped;
        let mut effects = Vec::new();
        for pid in executing {
            if self.request_stop(pid, now) == StopEffect::Stopping {
                outcome = Outcome::Stopping;
            }
            if let Some(sid) = sid {
                effects.push(Address::SessionPackage(sid, pid).to_string());
            }
        }
        if let Some(sid) = sid {
            self.notify(sid, "stopped", reason);
            match self.session(sid) {
                Ok(_) if !self.session_executing(sid) => effects.push(format!("{sid} idle")),
                Ok(_) => {}
                // A batch or Integrator session ends with its run.
                Err(_) => effects.push(format!("{sid} ended")),
            }
        }
        TargetResult {
            address,
            outcome,
            reason: None,
            message: None,
            effects,
        }
    }

    fn close_target(&mut self, address: Address, reason: Option<&str>) -> TargetResult {
        match address {
            Address::Session(sid) => self.close_session(sid, reason),
            Address::SessionPackage(_, pid) | Address::Pool(pid) => {
                if let Err(stuck) = self.stop_and_wait(&[pid]) {
                    return self.stop_timeout(address, stuck);
                }
                if let Address::SessionPackage(sid, _) = address {
                    self.notify(sid, "closed a package of", reason);
                }
                self.remove_instance(pid);
                let effects = self.released_effects();
                done(address, Outcome::Closed, effects)
            }
            Address::Shared(pid) => {
                let referencers: Vec<String> = self
                    .referencers(pid)
                    .into_iter()
                    .filter_map(|r| {
                        let i = self.instance(r)?;
                        Some(format!("{} '{}'", self.address_of(i), i.name))
                    })
                    .collect();
                if referencers.is_empty() {
                    self.remove_instance(pid);
                    return done(address, Outcome::Closed, Vec::new());
                }
                let name = self
                    .instance(pid)
                    .map(|i| i.name.clone())
                    .unwrap_or_default();
                skip(
                    address,
                    Reason::Referenced,
                    format!(
                        "shared package {address} '{name}' is referenced by {}",
                        referencers.join(", ")
                    ),
                )
            }
        }
    }

    fn close_session(&mut self, sid: u32, reason: Option<&str>) -> TargetResult {
        let address = Address::Session(sid);
        let Ok(session) = self.session(sid) else {
            return skip(address, Reason::Gone, format!("{address} is gone"));
        };
        if session.deleting {
            return skip(
                address,
                Reason::Deleting,
                format!("{address} is already being deleted"),
            );
        }
        let packages = session.packages.clone();
        if let Err(stuck) = self.stop_and_wait(&packages) {
            return self.stop_timeout(address, stuck);
        }
        let mut effects: Vec<String> = packages
            .iter()
            .map(|p| Address::SessionPackage(sid, *p).to_string())
            .collect();
        for pid in packages {
            self.remove_instance(pid);
        }
        self.notify(sid, "closed", reason);
        let online = self.session(sid).is_ok_and(|s| s.online);
        if online {
            self.state.sessions.retain(|s| s.id != sid);
        } else if let Some(session) = self.session_mut(sid) {
            // The server cannot tell an offline client; it learns when it reconnects.
            session.deleting = true;
            session.close_reason = Some(reason.unwrap_or_default().to_owned());
        }
        effects.extend(self.released_effects());
        if online {
            done(address, Outcome::Closed, effects)
        } else {
            TargetResult {
                address,
                outcome: Outcome::Closing,
                reason: Some(Reason::ClientOffline),
                message: Some(format!("{address}: client offline (listed as deleting)")),
                effects,
            }
        }
    }

    fn stop_timeout(&self, address: Address, pid: u64) -> TargetResult {
        let name = self
            .instance(pid)
            .map(|i| i.name.clone())
            .unwrap_or_default();
        TargetResult {
            address,
            outcome: Outcome::Failed,
            reason: Some(Reason::StopTimeout),
            message: Some(format!(
                "package {pid} '{name}' did not stop within {}s; {address} was left open",
                super::CLOSE_STOP_TIMEOUT.as_secs()
            )),
            effects: Vec::new(),
        }
    }

    /// Shared packages released by what was just removed, as effects.
    fn released_effects(&mut self) -> Vec<String> {
        self.collect_garbage()
            .into_iter()
            .map(|i| format!("shared/{} released", i.id))
            .collect()
    }

    /// Tell the session's user what the administrator did, as the server does.
    fn notify(&mut self, sid: u32, what: &str, reason: Option<&str>) {
        let Ok(session) = self.session(sid) else {
            return;
        };
        let mut message =
            format!("the administrator {what} your session through the session manager");
        if let Some(reason) = reason.filter(|r| !r.is_empty()) {
            message.push_str(": ");
            message.push_str(reason);
        }
        let notice = Notice {
            at: self.now(),
            session: format!("{}:{}", session.user, session.id),
            message,
        };
        let notices = &mut self.state.notices;
        notices.push(notice);
        if notices.len() > NOTICES_KEPT {
            notices.drain(..notices.len() - NOTICES_KEPT);
        }
    }
}

fn skip(address: Address, reason: Reason, message: String) -> TargetResult {
    TargetResult {
        address,
        outcome: Outcome::Skipped,
        reason: Some(reason),
        message: Some(message),
        effects: Vec::new(),
    }
}

fn done(address: Address, outcome: Outcome, effects: Vec<String>) -> TargetResult {
    TargetResult {
        address,
        outcome,
        reason: None,
        message: None,
        effects,
    }
}
