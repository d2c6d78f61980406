//! A generated state of any size, for benchmarks and rehearsals at scale: sessions with
//! packages that reference shared packages, and a full pool.
//!
//! Sessions and their packages are written into the state directly (opening 50,000 package
//! files would measure the ZIP reader, not the Session Manager); the pool is filled by
//! Integrator calls of the storage's real files, so the pool rules apply to it as usual.

use std::time::Duration;

use crate::backend::{BackendError, JobRequest, PopulateRequest};
use crate::model::{ReferenceStatus, Role, SessionKind};

use super::Engine;
use super::state::{Instance, Link, Owner};

const USERS: [(&str, &[Role]); 4] = [
    ("user", &[Role::Design, Role::Viewer]),
    ("analyst", &[Role::Viewer]),
    ("admin", &[Role::Admin]),
    ("etl", &[Role::Design]),
];

impl Engine {
    /// Add `sessions` sessions holding `packages` packages in all, `shared` shared packages
    /// they reference, and fill the pool from the storage's package files.
    pub fn populate(&mut self, request: &PopulateRequest) -> Result<(), BackendError> {
        self.refresh();
        if request.packages > 0 && request.sessions == 0 {
            return Err(BackendError::Invalid {
                message: "packages need sessions to be opened in".to_owned(),
            });
        }
        let now = self.now();
        let shared: Vec<u64> = (0..request.shared)
            .map(|n| {
                let path = format!("/shared/libs/lib-{n:03}.lgp");
                self.generated_instance(Owner::Shared, &path, format!("lib_{n:03}"), Vec::new())
            })
            .collect();
        let mut sids = Vec::with_capacity(request.sessions);
        for n in 0..request.sessions {
            let (user, roles) = USERS[n % USERS.len()];
            let host = format!("10.{}.{}.{}", n / 65536 % 256, n / 256 % 256, n % 256);
            let sid = self.new_session(user, &host, roles, SessionKind::Interactive, false);
            if let Some(session) = self.session_mut(sid) {
                session.activity = now - chrono::Duration::seconds((n % 7200) as i64);
            }
            sids.push(sid);
        }
        for n in 0..request.packages {
            let sid = sids[n % sids.len()];
            let links = if shared.is_empty() {
                Vec::new()
            } else {
                // Two references each, spread over the shared packages.
                [n % shared.len(), (n * 7 + 3) % shared.len()]
                    .into_iter()
                    .map(|k| Link {
                        name: format!("lib_{k:03}"),
                        hint_path: format!("../../shared/libs/lib-{k:03}.lgp"),
                        path: format!("/shared/libs/lib-{k:03}.lgp"),
                        version_mask: Some("^1.0.0".to_owned()),
                        status: ReferenceStatus::Ok,
                        target: Some(shared[k]),
                    })
                    .collect()
            };
            let path = format!("/user{}/data/flow-{n:05}.lgp", n % 100);
            let id =
                self.generated_instance(Owner::Session(sid), &path, format!("flow_{n:05}"), links);
            if let Some(session) = self.session_mut(sid) {
                session.packages.push(id);
            }
        }
        let files = self.storage.package_files();
        for path in files.iter().take(self.state.pool_capacity) {
            // A file that does not open as a package is simply not pooled.
            let _ = self.job(
                &JobRequest {
                    path: path.clone(),
                    duration: Duration::ZERO,
                    host: "10.0.0.20".to_owned(),
                },
                SessionKind::Integrator,
                false,
            );
        }
        Ok(())
    }

    fn generated_instance(
        &mut self,
        owner: Owner,
        path: &str,
        name: String,
        links: Vec<Link>,
    ) -> u64 {
        let id = self.state.next_instance;
        self.state.next_instance += 1;
        let now = self.now();
        self.state.instances.insert(
            id,
            Instance {
                id,
                owner,
                name,
                path: Some(path.to_owned()),
                stamp: None,
                version: Some("1.0.0".to_owned()),
                app_version: None,
                created: Some(now - chrono::Duration::days(30)),
                saved: Some(now - chrono::Duration::days(1)),
                links,
                execution: None,
                last_used: None,
            },
        );
        id
    }
}
