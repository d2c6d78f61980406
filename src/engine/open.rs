//! Opening a package file: a new instance, and what it references opened as shared packages
//! (recursively) unless the same session already has that package open.

use crate::backend::BackendError;
use crate::model::{DEFAULT_PACKAGE_VERSION, ReferenceStatus};
use crate::package::{self, PackageError};

use super::Engine;
use super::state::{Instance, Link, Owner};

impl Engine {
    /// Open the file at `path` as a new instance owned by `owner`. References resolve against
    /// `session`'s open packages first, then against shared copies of the same file version.
    pub(super) fn open_file(
        &mut self,
        path: &str,
        owner: Owner,
        session: Option<u32>,
    ) -> Result<u64, BackendError> {
        let file = self.read_file(path)?;
        let stamp = self.storage.stamp(path);
        let (created, saved) = self.storage.times(path);
        let id = self.state.next_instance;
        self.state.next_instance += 1;
        let links = file
            .references
            .iter()
            .map(|r| Link {
                name: r.name.clone(),
                hint_path: r.hint_path.clone(),
                path: package::resolve_hint_path(path, &r.hint_path),
                version_mask: r.version_mask.clone(),
                status: ReferenceStatus::Ok,
                target: None,
            })
            .collect();
        // The instance exists (and is in its session) before its references are resolved, so
        // that a reference back to it, directly or through a cycle, uses it instead of opening
        // a copy.
        self.state.instances.insert(
            id,
            Instance {
                id,
                owner,
                name: file.name.clone(),
                path: Some(path.to_owned()),
                stamp,
                version: Some(file.effective_version().to_owned()),
                app_version: file.app_version.clone(),
                created,
                saved,
                links,
                execution: None,
                last_used: None,
            },
        );
        if let Owner::Session(sid) = owner
            && let Some(record) = self.session_mut(sid)
        {
            record.packages.push(id);
        }
        self.resolve_links(id, session);
        Ok(id)
    }

    /// A package never saved: no path, no file, no references.
    pub(super) fn open_draft(&mut self, owner: Owner) -> u64 {
        let id = self.state.next_instance;
        self.state.next_instance += 1;
        self.state.instances.insert(
            id,
            Instance {
                id,
                owner,
                name: "New package".to_owned(),
                path: None,
                stamp: None,
                version: Some(DEFAULT_PACKAGE_VERSION.to_owned()),
                app_version: None,
                created: None,
                saved: None,
                links: Vec::new(),
                execution: None,
                last_used: None,
            },
        );
        if let Owner::Session(sid) = owner
            && let Some(record) = self.session_mut(sid)
        {
            record.packages.push(id);
        }
        id
    }

    fn read_file(&self, path: &str) -> Result<crate::package::PackageFile, BackendError> {
        if self.storage.file(path).is_none() {
            return Err(BackendError::Invalid {
                message: format!(
                    "invalid storage path '{path}' (write it from the root, e.g. /user/data/x.lgp)"
                ),
            });
        }
        if self.storage.file(path).is_some_and(|f| f.is_dir()) {
            return Err(BackendError::Invalid {
                message: format!("'{path}' is a folder, not a package file"),
            });
        }
        self.storage.read(path).map_err(|e| match &e {
            PackageError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                self.not_found(format!("no package file '{path}' in the storage"))
            }
            _ => BackendError::Storage {
                path: self.storage.file(path).unwrap_or_default(),
                detail: e.to_string(),
            },
        })
    }

    fn resolve_links(&mut self, id: u64, session: Option<u32>) {
        let Some(links) = self.instance(id).map(|i| i.links.clone()) else {
            return;
        };
        let mut resolved = Vec::with_capacity(links.len());
        for mut link in links {
            let (target, status) = self.open_reference(&link.path, session);
            link.target = target;
            link.status = status;
            if status == ReferenceStatus::Ok
                && let Some(mask) = &link.version_mask
                && let Some(version) = target.and_then(|t| self.instance(t)?.version.clone())
                && !package::version_satisfies(mask, &version)
            {
                link.status = ReferenceStatus::VersionMismatch;
            }
            resolved.push(link);
        }
        if let Some(instance) = self.state.instances.get_mut(&id) {
            instance.links = resolved;
        }
    }

    /// The instance a reference to `path` uses, opening a shared copy when there is none.
    fn open_reference(
        &mut self,
        path: &str,
        session: Option<u32>,
    ) -> (Option<u64>, ReferenceStatus) {
        let Some(stamp) = self.storage.stamp(path) else {
            return (None, ReferenceStatus::Missing);
        };
        let current =
            |i: &Instance| i.path.as_deref() == Some(path) && i.stamp.as_ref() == Some(&stamp);
        if let Some(sid) = session
            && let Ok(record) = self.session(sid)
            && let Some(open) = record
                .packages
                .iter()
                .copied()
                .find(|p| self.instance(*p).is_some_and(current))
        {
            return (Some(open), ReferenceStatus::Ok);
        }
        let shared = self
            .state
            .instances
            .values()
            .find(|i| i.owner == Owner::Shared && current(i))
            .map(|i| i.id);
        if let Some(shared) = shared {
            return (Some(shared), ReferenceStatus::Ok);
        }
        match self.open_file(path, Owner::Shared, None) {
            Ok(opened) => (Some(opened), ReferenceStatus::Ok),
            Err(_) => (None, ReferenceStatus::Unreadable),
        }
    }
}
