//! The engine's state as the page shows it: a [`Snapshot`].

use chrono::{DateTime, Utc};

use crate::model::{
    Address, Execution, Package, PackageState, Reference, Role, SCHEMA_VERSION, ServerInfo,
    Session, SessionState, Snapshot,
};

use super::Engine;
use super::refcount::Holders;
use super::state::{Instance, Owner, SessionRecord};

impl Engine {
    pub fn snapshot(&mut self) -> Snapshot {
        self.refresh();
        let now = self.now();
        let holders = self.holders();
        let sessions = self
            .state
            .sessions
            .iter()
            .map(|s| self.session_model(s, &holders, now))
            .collect();
        let shared = self
            .state
            .instances
            .values()
            .filter(|i| i.owner == Owner::Shared)
            .map(|i| self.package_model(i, &holders, now))
            .collect();
        let pool = self
            .state
            .pool
            .iter()
            .filter_map(|id| self.instance(*id))
            .map(|i| self.package_model(i, &holders, now))
            .collect();
        Snapshot {
            schema: SCHEMA_VERSION,
            server: ServerInfo {
                name: self.name.clone(),
                version: concat!("sessionctl-sandbox ", env!("CARGO_PKG_VERSION")).to_owned(),
                pool_capacity: self.state.pool_capacity,
                sandbox: true,
            },
            taken_at: now,
            sessions,
            shared,
            pool,
        }
    }

    pub(super) fn address_of(&self, instance: &Instance) -> Address {
        match instance.owner {
            Owner::Session(sid) => Address::SessionPackage(sid, instance.id),
            Owner::Shared => Address::Shared(instance.id),
            Owner::Pool => Address::Pool(instance.id),
        }
    }

    pub(super) fn session_model(
        &self,
        record: &SessionRecord,
        holders: &Holders,
        now: DateTime<Utc>,
    ) -> Session {
        let packages: Vec<Package> = record
            .packages
            .iter()
            .filter_map(|id| self.instance(*id))
            .map(|i| self.package_model(i, holders, now))
            .collect();
        let state = if record.deleting {
            SessionState::Deleting
        } else if packages.iter().any(|p| p.state == PackageState::Executing) {
            SessionState::Executing
        } else {
            SessionState::Idle
        };
        Session {
            id: record.id,
            uid: self.session_uid(record.id),
            address: Address::Session(record.id).to_string(),
            user: record.user.clone(),
            name: format!("{}:{}", record.user, record.id),
            host: record.host.clone(),
            roles: record.roles.clone(),
            role: Role::most_privileged(&record.roles).unwrap_or(Role::Viewer),
            kind: record.kind,
            online: record.online,
            created: record.created,
            activity: record.activity,
            state,
            packages,
        }
    }

    pub(super) fn package_model(
        &self,
        instance: &Instance,
        holders: &Holders,
        now: DateTime<Utc>,
    ) -> Package {
        let address = self.address_of(instance);
        let execution = instance.execution.as_ref().map(|run| Execution {
            node: run.node.clone(),
            started: run.started,
            progress: run.progress(now),
        });
        let references = instance
            .links
            .iter()
            .map(|link| Reference {
                name: link.name.clone(),
                hint_path: link.hint_path.clone(),
                path: link.path.clone(),
                version_mask: link.version_mask.clone(),
                status: link.status,
                target: link
                    .target
                    .and_then(|t| self.instance(t))
                    .map(|t| self.address_of(t).to_string()),
            })
            .collect();
        let shared = instance.owner == Owner::Shared;
        Package {
            id: instance.id,
            uid: self.package_uid(instance.id),
            address: address.to_string(),
            name: instance.name.clone(),
            path: instance.path.clone(),
            version: instance.version.clone().filter(|_| instance.path.is_some()),
            app_version: instance.app_version.clone(),
            created: instance.created,
            saved: instance.saved,
            state: if execution.is_some() {
                PackageState::Executing
            } else {
                PackageState::Idle
            },
            execution,
            references,
            refs: shared.then(|| holders.refs(instance.id)),
            last_used: instance.last_used.filter(|_| instance.owner == Owner::Pool),
            referenced_by: if shared {
                holders
                    .referencers
                    .get(&instance.id)
                    .into_iter()
                    .flatten()
                    .filter_map(|r| self.instance(*r))
                    .map(|r| self.address_of(r).to_string())
                    .collect()
            } else {
                Vec::new()
            },
        }
    }
}
