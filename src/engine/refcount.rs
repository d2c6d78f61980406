//! Reference counts of shared packages, and their end with the last reference.
//!
//! DOMAIN.md (ours): refs = the distinct sessions whose open packages reference the shared
//! package, directly or through other packages, plus one while any pool package does.

use std::collections::{BTreeMap, BTreeSet};

use super::Engine;
use super::state::Owner;

/// Who holds each shared package.
#[derive(Debug, Default)]
pub(super) struct Holders {
    pub sessions: BTreeMap<u64, BTreeSet<u32>>,
    pub pool: BTreeSet<u64>,
    /// For each shared package, the instances whose references point at it, in id order
    /// (one pass over the instances, instead of one per shared package).
    pub referencers: BTreeMap<u64, Vec<u64>>,
}

impl Holders {
    pub fn refs(&self, shared: u64) -> u32 {
        let sessions = self.sessions.get(&shared).map_or(0, |s| s.len());
        sessions as u32 + u32::from(self.pool.contains(&shared))
    }
}

impl Engine {
    pub(super) fn holders(&self) -> Holders {
        let mut holders = Holders::default();
        for session in &self.state.sessions {
            for shared in self.reached_shared(&session.packages) {
                holders
                    .sessions
                    .entry(shared)
                    .or_default()
                    .insert(session.id);
            }
        }
        holders.pool = self.reached_shared(&self.state.pool);
        for instance in self.state.instances.values() {
            let mut targets: Vec<u64> = instance.links.iter().filter_map(|l| l.target).collect();
            targets.sort_unstable();
            targets.dedup();
            for target in targets {
                holders
                    .referencers
                    .entry(target)
                    .or_default()
                    .push(instance.id);
            }
        }
        holders
    }

    /// The shared instances reachable from `roots` through references.
    fn reached_shared(&self, roots: &[u64]) -> BTreeSet<u64> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<u64> = roots.to_vec();
        let mut shared = BTreeSet::new();
        while let Some(id) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            let Some(instance) = self.instance(id) else {
                continue;
            };
            if instance.owner == Owner::Shared {
                shared.insert(id);
            }
            stack.extend(instance.links.iter().filter_map(|l| l.target));
        }
        shared
    }

    /// Shared packages stay while referenced; remove the ones nothing references any more.
    /// Returns the instances removed.
    pub(super) fn collect_garbage(&mut self) -> Vec<super::state::Instance> {
        let holders = self.holders();
        let orphans: Vec<u64> = self
            .state
            .instances
            .values()
            .filter(|i| i.owner == Owner::Shared && holders.refs(i.id) == 0)
            .map(|i| i.id)
            .collect();
        orphans
            .into_iter()
            .filter_map(|id| self.remove_instance(id))
            .collect()
    }

    /// Instances whose references point at `shared`, for "referenced by" messages.
    pub(super) fn referencers(&self, shared: u64) -> Vec<u64> {
        self.state
            .instances
            .values()
            .filter(|i| i.links.iter().any(|l| l.target == Some(shared)))
            .map(|i| i.id)
            .collect()
    }
}
