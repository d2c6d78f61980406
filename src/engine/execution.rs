//! Executions: runs that end by themselves or after Stop, and the session state that follows.

use chrono::{DateTime, Utc};

use super::Engine;
use super::state::{Owner, to_chrono};

/// What a stop request did to one package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StopEffect {
    NotExecuting,
    /// The run ended.
    Stopped,
    /// The node is winding down and will end within its stop delay.
    Stopping,
}

impl Engine {
    /// Finish every run that has ended by `now`, in the order they ended.
    pub(super) fn advance(&mut self, now: DateTime<Utc>) {
        loop {
            let next = self
                .state
                .instances
                .values()
                .filter_map(|i| Some((i.execution.as_ref()?.ends_at(), i.id)))
                .filter(|(end, _)| *end <= now)
                .min();
            let Some((ended, id)) = next else { break };
            self.finish_run(id, ended, now);
        }
    }

    fn finish_run(&mut self, id: u64, ended: DateTime<Utc>, now: DateTime<Utc>) {
        let Some(instance) = self.state.instances.get_mut(&id) else {
            return;
        };
        let Some(run) = instance.execution.as_mut() else {
            return;
        };
        if run.repeat && run.stop_requested.is_none() && !run.duration.is_zero() {
            // Start over as many whole cycles as fit, so a demo left alone for a week is
            // still mid-run when someone looks.
            let cycle = to_chrono(run.duration);
            let behind = (now - ended).num_milliseconds() / cycle.num_milliseconds().max(1);
            run.started = ended + cycle * behind.clamp(0, i64::from(i32::MAX)) as i32;
            return;
        }
        instance.execution = None;
        let owner = instance.owner;
        if let Owner::Session(sid) = owner {
            self.after_package_idle(sid, ended);
        }
    }

    /// A package of session `sid` stopped executing at `at`.
    fn after_package_idle(&mut self, sid: u32, at: DateTime<Utc>) {
        let executing = self.session_executing(sid);
        let Some(session) = self.session_mut(sid) else {
            return;
        };
        session.activity = session.activity.max(at);
        // A batch or Integrator session lasts as long as its run: the package goes back to
        // the pool and the session ends.
        if session.job && !executing {
            let packages = std::mem::take(&mut session.packages);
            self.state.sessions.retain(|s| s.id != sid);
            for package in packages {
                self.put_in_pool(package, at);
            }
        }
    }

    pub(super) fn session_executing(&self, sid: u32) -> bool {
        self.session(sid).is_ok_and(|s| {
            s.packages
                .iter()
                .any(|p| self.instance(*p).is_some_and(|i| i.execution.is_some()))
        })
    }

    /// Ask the run in `id` to stop, at `now`.
    pub(super) fn request_stop(&mut self, id: u64, now: DateTime<Utc>) -> StopEffect {
        let Some(run) = self
            .state
            .instances
            .get_mut(&id)
            .and_then(|i| i.execution.as_mut())
        else {
            return StopEffect::NotExecuting;
        };
        run.stop_requested.get_or_insert(now);
        self.advance(now);
        match self.instance(id).and_then(|i| i.execution.as_ref()) {
            Some(_) => StopEffect::Stopping,
            None => StopEffect::Stopped,
        }
    }

    /// Stop `ids` and wait for them the way Close does: all at once, up to 5 s, then an error
    /// naming the first that still executes (its stop request stands).
    pub(super) fn stop_and_wait(&mut self, ids: &[u64]) -> Result<(), u64> {
        let now = self.now();
        for id in ids {
            self.request_stop(*id, now);
        }
        let running = |engine: &Engine| {
            ids.iter()
                .copied()
                .filter(|id| engine.instance(*id).is_some_and(|i| i.execution.is_some()))
                .collect::<Vec<u64>>()
        };
        let Some(latest) = running(self)
            .iter()
            .filter_map(|id| self.instance(*id)?.execution.as_ref().map(|r| r.ends_at()))
            .max()
        else {
            return Ok(());
        };
        let wait = (latest - now).to_std().unwrap_or_default();
        self.clock.sleep(wait.min(super::CLOSE_STOP_TIMEOUT));
        let now = self.now();
        self.advance(if wait <= super::CLOSE_STOP_TIMEOUT {
            now.max(latest)
        } else {
            now
        });
        match running(self).first() {
            Some(stuck) => Err(*stuck),
            None => Ok(()),
        }
    }
}
