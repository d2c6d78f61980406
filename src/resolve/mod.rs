//! Host names for the Host column ("resolve names by IP"), without ever stalling a listing.
//!
//! Every address of a session's X-Forwarded-For chain is looked up by a [`Resolver`], in
//! parallel, each lookup on its own thread. The caller waits for at most `per_lookup` per
//! lookup and `overall` for the whole: a lookup that has not answered by then counts as a
//! timeout and is abandoned, never joined (its thread ends whenever the resolver returns, and
//! a late answer still lands in the cache for the next listing). At most [`MAX_IN_FLIGHT`]
//! lookups run at once, counting abandoned ones, so a resolver that hangs cannot make a long
//! `watch` pile up threads. Answers (a name, or no name) are cached in memory and on disk
//! ([`cache`]); timeouts are not.

pub mod cache;
mod fake;
pub mod preference;
pub mod system;

pub use fake::FakeResolver;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::IpAddr;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::model::{HostLookup, Snapshot};

/// How long one lookup may take.
pub const LOOKUP_TIMEOUT: Duration = Duration::from_millis(500);
/// How long resolving a whole listing may take (`--resolve-timeout`).
pub const OVERALL_TIMEOUT: Duration = Duration::from_millis(1500);
/// Lookups running at once, abandoned ones included.
pub const MAX_IN_FLIGHT: usize = 64;

/// Reverse DNS: the name of an address. May block for as long as it likes; callers bound it.
pub trait Resolver: Send + Sync {
    /// The address's name, `None` when it has none (or the lookup failed).
    fn name_of(&self, address: IpAddr) -> Option<String>;
}

/// One address's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Name(String),
    NoName,
    Timeout,
}

/// The bounds of one round of lookups.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub per_lookup: Duration,
    pub overall: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_lookup: LOOKUP_TIMEOUT,
            overall: OVERALL_TIMEOUT,
        }
    }
}

/// What the lookup threads and the waiting caller share.
#[derive(Default)]
struct Shared {
    /// Answers that arrived and have not been taken into the cache yet.
    arrived: HashMap<IpAddr, Option<String>>,
    /// Addresses being looked up, with when their lookup started.
    in_flight: HashMap<IpAddr, Instant>,
}

/// Host names for sessions: the resolver, the limits and the cache, kept across the refreshes
/// of a `watch`.
pub struct HostNames {
    resolver: Arc<dyn Resolver>,
    limits: Limits,
    cache: cache::Cache,
    shared: Arc<(Mutex<Shared>, Condvar)>,
}

impl HostNames {
    pub fn new(resolver: Arc<dyn Resolver>, limits: Limits, cache: cache::Cache) -> HostNames {
        HostNames {
            resolver,
            limits,
            cache,
            shared: Arc::default(),
        }
    }

    /// Names that are never looked up: for a context that shows no host names.
    pub fn off() -> HostNames {
        HostNames::new(
            Arc::new(FakeResolver::none()),
            Limits::default(),
            cache::Cache::in_memory(cache::TTL),
        )
    }

    /// The system resolver, with the on-disk cache in `state_dir`.
    pub fn system(state_dir: &Path, limits: Limits) -> HostNames {
        HostNames::new(
            Arc::new(system::SystemResolver),
            limits,
            cache::Cache::on_disk(state_dir.join(cache::FILE_NAME), cache::TTL),
        )
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Fill in `host_name` and `host_lookup` of every session of `snapshot`.
    pub fn annotate(&mut self, snapshot: &mut Snapshot, now: DateTime<Utc>) {
        let addresses: Vec<IpAddr> = snapshot
            .sessions
            .iter()
            .flat_map(|s| chain(&s.host))
            .filter_map(|part| part.parse().ok())
            .collect();
        let answers = self.resolve(&addresses, now);
        for session in &mut snapshot.sessions {
            let (name, lookup) = name_chain(&session.host, &answers);
            session.host_name = name;
            session.host_lookup = Some(lookup);
        }
    }

    /// Clear what `annotate` filled in (resolving turned off).
    pub fn strip(snapshot: &mut Snapshot) {
        for session in &mut snapshot.sessions {
            session.host_name = None;
            session.host_lookup = None;
        }
    }

    /// The answers for `addresses`, within the limits, whatever the resolver does.
    pub fn resolve(&mut self, addresses: &[IpAddr], now: DateTime<Utc>) -> HashMap<IpAddr, Answer> {
        let start = Instant::now();
        let overall = start + self.limits.overall;
        let mut answers = HashMap::new();
        let mut wanted: Vec<IpAddr> = Vec::new();
        let mut seen = HashSet::new();
        self.take_arrived(now);
        for &address in addresses {
            if !seen.insert(address) {
                continue;
            }
            match self.cache.get(address, now) {
                Some(Some(name)) => answers.insert(address, Answer::Name(name)),
                Some(None) => answers.insert(address, Answer::NoName),
                None => {
                    wanted.push(address);
                    None
                }
            };
        }
        if !wanted.is_empty() {
            let mut queue: VecDeque<IpAddr> = wanted.iter().copied().collect();
            let (lock, arrived) = &*self.shared;
            let mut shared = lock_shared(lock);
            loop {
                let now_instant = Instant::now();
                while shared.in_flight.len() < MAX_IN_FLIGHT
                    && now_instant < overall
                    && let Some(address) = queue.pop_front()
                {
                    if shared.arrived.contains_key(&address)
                        || shared.in_flight.contains_key(&address)
                    {
                        // Answered since, or already being looked up (by an earlier round).
                        continue;
                    }
                    shared.in_flight.insert(address, now_instant);
                    self.spawn(address);
                }
                let mut pending_until: Option<Instant> = None;
                let mut done = true;
                for address in &wanted {
                    if answers.contains_key(address) {
                        continue;
                    }
                    if let Some(name) = shared.arrived.get(address) {
                        answers.insert(*address, name.clone().map_or(Answer::NoName, Answer::Name));
                        continue;
                    }
                    match shared.in_flight.get(address) {
                        Some(started) if now_instant < *started + self.limits.per_lookup => {
                            let until = *started + self.limits.per_lookup;
                            pending_until = Some(pending_until.map_or(until, |p| p.min(until)));
                            done = false;
                        }
                        Some(_) => {
                            answers.insert(*address, Answer::Timeout);
                        }
                        // Not started yet: waits for a free slot.
                        None => done = false,
                    }
                }
                if done || now_instant >= overall {
                    break;
                }
                let wake = pending_until.map_or(overall, |p| p.min(overall));
                let wait = wake.saturating_duration_since(now_instant);
                shared = arrived
                    .wait_timeout(shared, wait.max(Duration::from_millis(1)))
                    .map_or_else(|e| e.into_inner().0, |(guard, _)| guard);
            }
            drop(shared);
            for address in wanted {
                answers.entry(address).or_insert(Answer::Timeout);
            }
        }
        self.take_arrived(now);
        self.cache.save();
        answers
    }

    fn spawn(&self, address: IpAddr) {
        let resolver = self.resolver.clone();
        let shared = self.shared.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("resolve {address}"))
            .spawn(move || {
                let name = resolver.name_of(address);
                let (lock, arrived) = &*shared;
                let mut shared = lock_shared(lock);
                shared.in_flight.remove(&address);
                shared.arrived.insert(address, name);
                arrived.notify_all();
            });
        if spawned.is_err() {
            // No thread: the address times out, as a lookup that never answered would.
            lock_shared(&self.shared.0).in_flight.remove(&address);
        }
    }

    /// Move the answers that arrived (late ones included) into the cache.
    fn take_arrived(&mut self, now: DateTime<Utc>) {
        let arrived = std::mem::take(&mut lock_shared(&self.shared.0).arrived);
        for (address, name) in arrived {
            self.cache.put(address, name, now);
        }
    }
}

fn lock_shared(lock: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    lock.lock().unwrap_or_else(|e| e.into_inner())
}

/// The parts of a host: `10.0.8.15 -> 10.0.0.1` is two.
pub fn chain(host: &str) -> impl Iterator<Item = &str> {
    host.split("->").map(str::trim).filter(|p| !p.is_empty())
}

/// The chain with names for the addresses that have one, and how the lookups went.
fn name_chain(host: &str, answers: &HashMap<IpAddr, Answer>) -> (Option<String>, HostLookup) {
    let (mut named, mut timeout) = (false, false);
    let parts: Vec<String> = chain(host)
        .map(|part| {
            let answer = part.parse::<IpAddr>().ok().and_then(|a| answers.get(&a));
            match answer {
                Some(Answer::Name(name)) => {
                    named = true;
                    name.clone()
                }
                Some(Answer::Timeout) => {
                    timeout = true;
                    part.to_owned()
                }
                _ => part.to_owned(),
            }
        })
        .collect();
    let lookup = if timeout {
        HostLookup::Timeout
    } else if named {
        HostLookup::Ok
    } else {
        HostLookup::NoName
    };
    (named.then(|| parts.join(" -> ")), lookup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample;

    struct Slow(Duration, &'static str);

    impl Resolver for Slow {
        fn name_of(&self, _: IpAddr) -> Option<String> {
            std::thread::sleep(self.0);
            Some(self.1.to_owned())
        }
    }

    fn names(resolver: impl Resolver + 'static, limits: Limits) -> HostNames {
        HostNames::new(
            Arc::new(resolver),
            limits,
            cache::Cache::in_memory(cache::TTL),
        )
    }

    fn addresses(n: u8) -> Vec<IpAddr> {
        (1..=n).map(|i| IpAddr::from([10, 9, 0, i])).collect()
    }

    #[test]
    fn a_resolver_that_hangs_costs_the_overall_deadline_at_most() {
        let mut hosts = names(
            FakeResolver::parse("hang").unwrap(),
            Limits {
                per_lookup: Duration::from_millis(100),
                overall: Duration::from_millis(300),
            },
        );
        let start = Instant::now();
        let answers = hosts.resolve(&addresses(200), sample::now());
        let took = start.elapsed();
        assert!(took < Duration::from_secs(1), "took {took:?}");
        assert_eq!(answers.len(), 200);
        assert!(answers.values().all(|a| *a == Answer::Timeout));
        // The next round starts no new thread for the hung addresses and still keeps time.
        let start = Instant::now();
        hosts.resolve(&addresses(200), sample::now());
        assert!(start.elapsed() < Duration::from_secs(1));
        assert!(lock_shared(&hosts.shared.0).in_flight.len() <= MAX_IN_FLIGHT);
    }

    #[test]
    fn each_lookup_is_bounded_and_a_late_answer_is_cached_for_the_next_round() {
        let mut hosts = names(
            Slow(Duration::from_millis(400), "late.example"),
            Limits {
                per_lookup: Duration::from_millis(50),
                overall: Duration::from_secs(5),
            },
        );
        let start = Instant::now();
        let answers = hosts.resolve(&addresses(1), sample::now());
        assert!(start.elapsed() < Duration::from_millis(300));
        assert_eq!(answers.values().next(), Some(&Answer::Timeout));
        std::thread::sleep(Duration::from_millis(500));
        let answers = hosts.resolve(&addresses(1), sample::now());
        assert_eq!(
            answers.values().next(),
            Some(&Answer::Name("late.example".into()))
        );
    }

    #[test]
    fn every_address_of_a_chain_is_named_and_one_without_a_name_stays() {
        let mut hosts = names(
            FakeResolver::parse("10.0.0.5=ws-5.corp, 10.0.0.9=batch.corp").unwrap(),
            Limits::default(),
        );
        let mut snapshot = sample::snapshot();
        hosts.annotate(&mut snapshot, sample::now());
        let shown: Vec<_> = snapshot
            .sessions
            .iter()
            .map(|s| (s.host_name.as_deref(), s.host_lookup))
            .collect();
        assert_eq!(
            shown,
            [
                (Some("ws-5.corp -> 10.0.0.1"), Some(HostLookup::Ok)),
                (None, Some(HostLookup::NoName)),
                (None, Some(HostLookup::NoName)),
                (Some("batch.corp"), Some(HostLookup::Ok)),
            ]
        );
        HostNames::strip(&mut snapshot);
        assert!(snapshot.sessions.iter().all(|s| s.host_lookup.is_none()));
    }

    #[test]
    fn a_bad_fake_resolver_spec_says_what_is_wrong() {
        let error = FakeResolver::parse("10.0.0.5").err().unwrap();
        assert_eq!(
            error,
            "invalid SESSIONCTL_FAKE_RESOLVER '10.0.0.5' (expected hang, none or IP=NAME,...)"
        );
    }
}
