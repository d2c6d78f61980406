//! The package pool: at most `pool_capacity` packages, the least recently used evicted first,
//! every copy of a changed file dropped at once.

use chrono::{DateTime, Utc};

use super::Engine;
use super::state::{Instance, Owner};

impl Engine {
    /// Put an idle instance in the pool, used at `at`; returns the ids evicted to make room.
    pub(super) fn put_in_pool(&mut self, id: u64, at: DateTime<Utc>) -> Vec<u64> {
        if let Some(instance) = self.state.instances.get_mut(&id) {
            instance.owner = Owner::Pool;
            instance.last_used = Some(at);
            instance.execution = None;
        }
        self.state.pool.retain(|p| *p != id);
        self.state.pool.push(id);
        self.evict_over_capacity()
    }

    /// Evict least recently used packages until the pool fits its capacity.
    pub(super) fn evict_over_capacity(&mut self) -> Vec<u64> {
        let mut evicted = Vec::new();
        while self.state.pool.len() > self.state.pool_capacity {
            let Some(oldest) = self
                .state
                .pool
                .iter()
                .copied()
                .min_by_key(|id| (self.instance(*id).and_then(|i| i.last_used), *id))
            else {
                break;
            };
            self.remove_instance(oldest);
            evicted.push(oldest);
        }
        evicted
    }

    /// Take an idle pool copy of the current version of `path` out of the pool, to run it.
    pub(super) fn take_from_pool(&mut self, path: &str) -> Option<u64> {
        let stamp = self.storage.stamp(path)?;
        let id = self
            .state
            .pool
            .iter()
            .copied()
            .filter(|id| {
                self.instance(*id).is_some_and(|i| {
                    i.path.as_deref() == Some(path) && i.stamp.as_ref() == Some(&stamp)
                })
            })
            .max_by_key(|id| (self.instance(*id).and_then(|i| i.last_used), *id))?;
        self.state.pool.retain(|p| *p != id);
        Some(id)
    }

    /// A changed package file removes every copy of it from the pool.
    pub(super) fn drop_changed_pool_copies(&mut self) -> Vec<u64> {
        let changed: Vec<u64> = self
            .state
            .pool
            .iter()
            .copied()
            .filter(|id| {
                self.instance(*id).is_some_and(|i| match &i.path {
                    Some(path) => self.storage.stamp(path) != i.stamp,
                    None => false,
                })
            })
            .collect();
        for id in &changed {
            self.remove_instance(*id);
        }
        changed
    }

    /// Remove pool packages (those in `only`, or all); returns them and the shared packages
    /// that went with their last reference.
    pub(super) fn clear_pool_copies(
        &mut self,
        only: Option<&[u64]>,
    ) -> (Vec<Instance>, Vec<Instance>) {
        let chosen: Vec<u64> = self
            .state
            .pool
            .iter()
            .copied()
            .filter(|id| only.is_none_or(|only| only.contains(id)))
            .collect();
        let removed = chosen
            .into_iter()
            .filter_map(|id| self.remove_instance(id))
            .collect();
        let released = self.collect_garbage();
        (removed, released)
    }
}
