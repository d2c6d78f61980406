//! The domain types: what one server's Session Manager shows, as typed, versioned JSON.
//!
//! The same types travel over HTTP (docs/protocol.md), are printed by `list -o json`
//! (docs/json.md) and are rendered into table rows. Times are UTC, absent values are `None`.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The version of the JSON documents. It changes only when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// The version a package file without a `Version` attribute has.
pub const DEFAULT_PACKAGE_VERSION: &str = "1.0.0";

/// Everything the Session Manager page shows for one server at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub schema: u32,
    pub server: ServerInfo,
    pub taken_at: DateTime<Utc>,
    pub sessions: Vec<Session>,
    pub shared: Vec<Package>,
    pub pool: Vec<Package>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServerInfo {
    /// The name administrators know the server by (a config name, a URL, or `sandbox`).
    pub name: String,
    pub version: String,
    /// The server parameter "Size of package pool".
    pub pool_capacity: usize,
    /// True for the embedded sandbox and for `sessionctl serve`: the workload is simulated.
    pub sandbox: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The server's session number, as the server log writes it (`user:57`).
    pub id: u32,
    /// Opaque and unique for the server's lifetime: tells two sessions behind one number apart.
    pub uid: String,
    pub address: String,
    pub user: String,
    /// `user:id`, the name the page and the server log show.
    pub name: String,
    /// The client address, or an X-Forwarded-For chain `source -> proxy1 -> proxy2`.
    pub host: String,
    pub roles: Vec<Role>,
    /// The most privileged of `roles`.
    pub role: Role,
    pub kind: SessionKind,
    /// False while the client is disconnected; a closed session then stays `deleting`.
    pub online: bool,
    pub created: DateTime<Utc>,
    pub activity: DateTime<Utc>,
    pub state: SessionState,
    pub packages: Vec<Package>,
}

/// One opened copy of a package: in a session, under Shared packages, or in the pool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Package {
    /// Server-wide instance id.
    pub id: u64,
    /// Opaque and unique for the server's lifetime, like a session's.
    pub uid: String,
    pub address: String,
    pub name: String,
    /// Storage path from the root, `/user/data/etl-experiment.lgp`; `None` for a draft.
    pub path: Option<String>,
    pub version: Option<String>,
    pub app_version: Option<String>,
    pub created: Option<DateTime<Utc>>,
    pub saved: Option<DateTime<Utc>>,
    pub state: PackageState,
    pub execution: Option<Execution>,
    pub references: Vec<Reference>,
    /// Shared packages only: sessions that reference it, plus one for the pool's reference.
    pub refs: Option<u32>,
    /// Pool packages only.
    pub last_used: Option<DateTime<Utc>>,
    /// Addresses of the packages that reference this one (shared packages only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub referenced_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Execution {
    pub node: String,
    pub started: DateTime<Utc>,
    /// Percent done, `None` when the node cannot tell.
    pub progress: Option<u8>,
}

/// A reference from a package file to another, as References.xml has it, resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub name: String,
    pub hint_path: String,
    /// The storage path the hint resolves to.
    pub path: String,
    pub version_mask: Option<String>,
    pub status: ReferenceStatus,
    /// The address of the instance this reference opened, when it is open.
    pub target: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceStatus {
    Ok,
    /// The referenced file is not in the storage.
    Missing,
    /// The referenced file's version does not satisfy the mask.
    VersionMismatch,
    /// The referenced file exists but cannot be read as a package.
    Unreadable,
}

/// The four roles, least privileged first so that `max()` is the most privileged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Batch processing, processing from Integrator (SERVICE).
    Batch,
    /// View reports (VIEWER).
    Viewer,
    /// Workflows design (USER).
    Design,
    /// Administration (ADMIN).
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Design, Role::Viewer, Role::Batch];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Design => "design",
            Role::Viewer => "viewer",
            Role::Batch => "batch",
        }
    }

    /// The most privileged of `roles`; a session always has at least one.
    pub fn most_privileged(roles: &[Role]) -> Option<Role> {
        roles.iter().copied().max()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Interactive,
    Batch,
    Integrator,
}

impl SessionKind {
    pub const ALL: [SessionKind; 3] = [
        SessionKind::Interactive,
        SessionKind::Batch,
        SessionKind::Integrator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Interactive => "interactive",
            SessionKind::Batch => "batch",
            SessionKind::Integrator => "integrator",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionState {
    Idle,
    Executing,
    /// Closed by the administrator while its client was offline.
    Deleting,
}

impl SessionState {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionState::Idle => "idle",
            SessionState::Executing => "executing",
            SessionState::Deleting => "deleting",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackageState {
    Idle,
    Executing,
}

impl PackageState {
    pub fn as_str(self) -> &'static str {
        match self {
            PackageState::Idle => "idle",
            PackageState::Executing => "executing",
        }
    }
}

macro_rules! parse_by_name {
    ($ty:ty, $what:literal) => {
        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| {
                        let names: Vec<_> = Self::ALL.iter().map(|v| v.as_str()).collect();
                        format!(
                            concat!("unknown ", $what, " '{}' (expected one of: {})"),
                            s,
                            names.join(", ")
                        )
                    })
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

parse_by_name!(Role, "role");
parse_by_name!(SessionKind, "session kind");

impl fmt::Display for SessionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for PackageState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The three groups of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Sessions,
    Shared,
    Pool,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Sessions, Section::Shared, Section::Pool];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Sessions => "sessions",
            Section::Shared => "shared",
            Section::Pool => "pool",
        }
    }

    /// The section row's title, as the page shows it.
    pub fn title(self) -> &'static str {
        match self {
            Section::Sessions => "Sessions",
            Section::Shared => "Shared packages",
            Section::Pool => "Package pool",
        }
    }
}

parse_by_name!(Section, "section");

/// The one stable address of a row: `57`, `57/12`, `shared/12`, `pool/12`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Address {
    Session(u32),
    SessionPackage(u32, u64),
    Shared(u64),
    Pool(u64),
}

impl Address {
    pub fn section(self) -> Section {
        match self {
            Address::Session(_) | Address::SessionPackage(..) => Section::Sessions,
            Address::Shared(_) => Section::Shared,
            Address::Pool(_) => Section::Pool,
        }
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Address::Session(s) => write!(f, "{s}"),
            Address::SessionPackage(s, p) => write!(f, "{s}/{p}"),
            Address::Shared(p) => write!(f, "shared/{p}"),
            Address::Pool(p) => write!(f, "pool/{p}"),
        }
    }
}

impl FromStr for Address {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || {
            format!("invalid address '{text}' (expected 57, 57/12, shared/12, pool/12 or user:57)")
        };
        let number = |s: &str| s.parse::<u64>().map_err(|_| bad());
        // `user:57`, the session name, addresses the session too.
        if let Some((user, id)) = text.split_once(':')
            && !user.is_empty()
            && !user.contains('/')
        {
            return id.parse().map(Address::Session).map_err(|_| bad());
        }
        match text.split_once('/') {
            None => text.parse().map(Address::Session).map_err(|_| bad()),
            Some(("shared", p)) => Ok(Address::Shared(number(p)?)),
            Some(("pool", p)) => Ok(Address::Pool(number(p)?)),
            Some((s, p)) => Ok(Address::SessionPackage(
                s.parse().map_err(|_| bad())?,
                number(p)?,
            )),
        }
    }
}

impl From<Address> for String {
    fn from(a: Address) -> String {
        a.to_string()
    }
}

impl TryFrom<String> for Address {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl Session {
    /// What an action's confirmation covered: each package of the session and whether it
    /// executed. The server compares it with the session as it is now (docs/protocol.md).
    pub fn fingerprint(&self) -> String {
        let mut parts: Vec<String> = self.packages.iter().map(Package::fingerprint).collect();
        parts.sort();
        parts.join(",")
    }
}

impl Package {
    /// `uid=state`: what an action's confirmation covered of one package.
    pub fn fingerprint(&self) -> String {
        format!("{}={}", self.uid, self.state)
    }
}

impl Snapshot {
    /// The number of packages opened in sessions.
    pub fn session_package_count(&self) -> usize {
        self.sessions.iter().map(|s| s.packages.len()).sum()
    }

    pub fn session(&self, id: u32) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip() {
        for text in ["57", "57/12", "shared/12", "pool/3"] {
            let a: Address = text.parse().unwrap();
            assert_eq!(a.to_string(), text);
        }
        assert_eq!("user:57".parse::<Address>(), Ok(Address::Session(57)));
        assert!("shared/x".parse::<Address>().is_err());
        assert!("".parse::<Address>().is_err());
    }

    #[test]
    fn the_most_privileged_role_is_shown() {
        assert_eq!(
            Role::most_privileged(&[Role::Viewer, Role::Design]),
            Some(Role::Design)
        );
        assert_eq!(
            Role::most_privileged(&[Role::Batch, Role::Admin, Role::Viewer]),
            Some(Role::Admin)
        );
    }
}
