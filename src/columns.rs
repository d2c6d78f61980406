//! The one column table: every column of the Session Manager table and every filter field, with
//! the value each has for a session or a package.
//!
//! `--columns`, `--filter`, `--sort`, the renderers, the shell completions and the docs all read
//! [`COLUMNS`] and [`FILTER_ONLY`]; a column added here is everywhere at once.

use chrono::{DateTime, Utc};

use crate::model::{Address, Package, Section, Session};
use crate::usage::{self, UsageError};

/// What a column or a filter field is, independent of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Id,
    Name,
    Activity,
    Host,
    Role,
    Version,
    Created,
    Saved,
    Path,
    User,
    State,
    Kind,
    Node,
    Progress,
    Refs,
    LastUsed,
    AppVersion,
    Idle,
    Age,
    Section,
    Address,
}

/// Which rows a field has a value on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Sessions only; a filter on it selects sessions (and the packages opened in them).
    Session,
    /// Packages only; a filter on it selects packages (their session is shown as context).
    Package,
    /// Sessions and packages alike.
    Both,
}

/// How a filter reads and compares a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Text,
    /// RFC 3339 or `YYYY-MM-DD[ HH:MM[:SS]]`, UTC.
    Time,
    /// `30s`, `5m`, `1h30m`.
    Duration,
    Semver,
    Number,
    /// One of the listed values.
    Enum(&'static [&'static str]),
}

impl Type {
    pub fn describe(self) -> &'static str {
        match self {
            Type::Text => "text",
            Type::Time => "a time",
            Type::Duration => "a duration",
            Type::Semver => "a version",
            Type::Number => "a number",
            Type::Enum(_) => "a name",
        }
    }
}

/// A filter and sort field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub key: Key,
    /// The name users type: `last-used`.
    pub name: &'static str,
    pub level: Level,
    pub ty: Type,
    /// One line for `--help`, the completions and the docs.
    pub about: &'static str,
}

impl Field {
    /// The name in JSON lines and CSV headers: the JSON document's spelling, `last_used`.
    pub fn json_key(&self) -> String {
        self.name.replace('-', "_")
    }
}

/// A column of the table; every column is also a filter field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub field: Field,
    /// The header, the same on every terminal.
    pub header: &'static str,
    /// Shown without `--columns`.
    pub default: bool,
}

impl Column {
    pub fn name(&self) -> &'static str {
        self.field.name
    }
}

const ROLES: &[&str] = &["admin", "design", "viewer", "batch"];
const STATES: &[&str] = &["idle", "executing", "deleting"];
const KINDS: &[&str] = &["interactive", "batch", "integrator"];
const SECTIONS: &[&str] = &["sessions", "shared", "pool"];

const fn def(key: Key, name: &'static str, level: Level, ty: Type, about: &'static str) -> Field {
    Field {
        key,
        name,
        level,
        ty,
        about,
    }
}

const fn col(field: Field, header: &'static str, default: bool) -> Column {
    Column {
        field,
        header,
        default,
    }
}

use Level::{Both, Package as Pkg, Session as Ses};

/// Every column, in the order the table shows them; the defaults first, as the page has them.
#[rustfmt::skip]
pub const COLUMNS: &[Column] = &[
    col(def(Key::Id, "id", Both, Type::Number, "the row's address (57, 57/12, shared/12, pool/12); filters compare the session number or package id"), "ID", true),
    col(def(Key::Name, "name", Both, Type::Text, "the session name (user:57) or the package name; always shown"), "Sessions and packages", true),
    col(def(Key::Activity, "activity", Ses, Type::Time, "the session's last activity; an executing package shows its progress here"), "Activity", true),
    col(def(Key::Host, "host", Ses, Type::Text, "the client address, or the X-Forwarded-For chain `source -> proxy`"), "Host", true),
    col(def(Key::Role, "role", Ses, Type::Enum(ROLES), "the user's most privileged role: admin, design, viewer, batch"), "Role", true),
    col(def(Key::Version, "version", Pkg, Type::Semver, "the package version (semver)"), "Version", true),
    col(def(Key::Created, "created", Both, Type::Time, "when the package file or the session was created; empty for a draft"), "Created", true),
    col(def(Key::Saved, "saved", Pkg, Type::Time, "when the package file was last saved; empty for a draft"), "Saved", true),
    col(def(Key::Path, "path", Pkg, Type::Text, "the package path in the file storage; empty for a draft"), "Path", true),
    col(def(Key::User, "user", Ses, Type::Text, "the session's user name (login)"), "User", false),
    col(def(Key::State, "state", Both, Type::Enum(STATES), "idle, executing, or deleting (a session closed while its client is offline)"), "State", false),
    col(def(Key::Kind, "kind", Ses, Type::Enum(KINDS), "what opened the session: interactive, batch, integrator"), "Kind", false),
    col(def(Key::Node, "node", Pkg, Type::Text, "the node an executing package is running"), "Node", false),
    col(def(Key::Progress, "progress", Pkg, Type::Number, "the executing node's percent done, when it tells"), "Progress", false),
    col(def(Key::Refs, "refs", Pkg, Type::Number, "shared packages: the sessions that reference it, plus one for the pool"), "Refs", false),
    col(def(Key::LastUsed, "last-used", Pkg, Type::Time, "pool packages: when the package was last used"), "Last used", false),
    col(def(Key::AppVersion, "app-version", Pkg, Type::Semver, "the application version that saved the package file"), "App version", false),
];

/// The fields that filter and sort but are no column.
#[rustfmt::skip]
pub const FILTER_ONLY: &[Field] = &[
    def(Key::Idle, "idle", Ses, Type::Duration, "time since the session's last activity"),
    def(Key::Age, "age", Ses, Type::Duration, "time since the session was created"),
    def(Key::Section, "section", Both, Type::Enum(SECTIONS), "sessions, shared or pool"),
    def(Key::Address, "address", Both, Type::Text, "the row's address: 57, 57/12, shared/12, pool/12"),
];

/// Every filter field: the columns, then the filter-only fields.
pub fn fields() -> impl Iterator<Item = &'static Field> {
    COLUMNS.iter().map(|c| &c.field).chain(FILTER_ONLY)
}

pub fn column_names() -> Vec<&'static str> {
    COLUMNS.iter().map(Column::name).collect()
}

pub fn field_names() -> Vec<&'static str> {
    fields().map(|f| f.name).collect()
}

/// The field called `name` (case-insensitive), or an error naming the nearest one.
pub fn field(name: &str) -> Result<&'static Field, UsageError> {
    fields()
        .find(|f| f.name.eq_ignore_ascii_case(name))
        .ok_or_else(|| usage::unknown("field", name, &field_names()))
}

/// The column called `name` (case-insensitive), or an error naming the nearest one.
pub fn column(name: &str) -> Result<&'static Column, UsageError> {
    COLUMNS
        .iter()
        .find(|c| c.name().eq_ignore_ascii_case(name))
        .ok_or_else(|| usage::unknown("column", name, &column_names()))
}

/// The column of a key; `None` for the filter-only fields.
pub fn column_of(key: Key) -> Option<&'static Column> {
    COLUMNS.iter().find(|c| c.field.key == key)
}

/// The field of a key.
pub fn field_of(key: Key) -> &'static Field {
    // Every key has its field (a test checks); the fallback only keeps this from panicking.
    fields().find(|f| f.key == key).unwrap_or(&COLUMNS[1].field)
}

/// The columns `--columns` asks for: `activity,host` is the list itself, `+state,-role` changes
/// the default set (every column with `wide`). The name column is always there, first unless
/// the list places it.
pub fn parse_columns(spec: Option<&str>, wide: bool) -> Result<Vec<Key>, UsageError> {
    let base: Vec<Key> = COLUMNS
        .iter()
        .filter(|c| wide || c.default)
        .map(|c| c.field.key)
        .collect();
    let Some(spec) = spec else {
        return Ok(base);
    };
    let items: Vec<&str> = spec
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        return Err(UsageError(format!(
            "invalid columns '{spec}' (expected names like 'activity,host' or changes like '+state,-role')"
        )));
    }
    let signed = items.iter().filter(|s| s.starts_with(['+', '-'])).count();
    if signed != 0 && signed != items.len() {
        return Err(UsageError(format!(
            "invalid columns '{spec}': a list and changes do not mix (write 'a,b' or '+a,-b')"
        )));
    }
    let mut keys = if signed == 0 { Vec::new() } else { base };
    for item in items {
        let (remove, name) = match item.split_at(if signed == 0 { 0 } else { 1 }) {
            ("-", name) => (true, name),
            (_, name) => (false, name),
        };
        let key = column(name)?.field.key;
        if remove {
            if key == Key::Name {
                return Err(UsageError("the 'name' column cannot be hidden".to_string()));
            }
            keys.retain(|k| *k != key);
        } else if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if !keys.contains(&Key::Name) {
        keys.insert(0, Key::Name);
    }
    Ok(keys)
}

/// A row's subject: a session, or a package in a section (with its session, if any).
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Session(&'a Session),
    Package {
        package: &'a Package,
        section: Section,
        session: Option<&'a Session>,
    },
}

impl<'a> Item<'a> {
    pub fn section(&self) -> Section {
        match self {
            Item::Session(_) => Section::Sessions,
            Item::Package { section, .. } => *section,
        }
    }

    /// The address, from the ids (the same rule the server's `address` strings follow).
    pub fn address(&self) -> Address {
        match *self {
            Item::Session(s) => Address::Session(s.id),
            Item::Package {
                package, session, ..
            } => match (self.section(), session) {
                (Section::Sessions, Some(s)) => Address::SessionPackage(s.id, package.id),
                (Section::Pool, _) => Address::Pool(package.id),
                _ => Address::Shared(package.id),
            },
        }
    }

    /// The session a package is opened in.
    pub fn session(&self) -> Option<&'a Session> {
        match *self {
            Item::Session(s) => Some(s),
            Item::Package { session, .. } => session,
        }
    }

    pub fn package(&self) -> Option<&'a Package> {
        match *self {
            Item::Session(_) => None,
            Item::Package { package, .. } => Some(package),
        }
    }
}

/// A field's value on one row, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// No value on this row: a draft's path, a session's version.
    Absent,
    Text(String),
    Time(DateTime<Utc>),
    /// Whole seconds.
    Duration(u64),
    Number(u64),
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn opt_text(s: Option<&String>) -> Value {
    s.map_or(Value::Absent, |s| text(s))
}

fn opt_time(t: Option<DateTime<Utc>>) -> Value {
    t.map_or(Value::Absent, Value::Time)
}

fn since(now: DateTime<Utc>, then: DateTime<Utc>) -> Value {
    Value::Duration(u64::try_from((now - then).num_seconds()).unwrap_or(0))
}

/// The value of `key` on `item` itself (a package row has no session-level values).
pub fn value(key: Key, item: &Item<'_>, now: DateTime<Utc>) -> Value {
    match (*item, key) {
        (_, Key::Section) => text(item.section().as_str()),
        (_, Key::Address) => Value::Text(item.address().to_string()),
        (Item::Session(s), key) => session_value(key, s, now),
        (Item::Package { package, .. }, key) => package_value(key, package),
    }
}

fn session_value(key: Key, s: &Session, now: DateTime<Utc>) -> Value {
    match key {
        Key::Id => Value::Number(u64::from(s.id)),
        Key::Name => text(&s.name),
        Key::Activity => Value::Time(s.activity),
        Key::Host => text(&s.host),
        Key::Role => text(s.role.as_str()),
        Key::Created => Value::Time(s.created),
        Key::User => text(&s.user),
        Key::State => text(s.state.as_str()),
        Key::Kind => text(s.kind.as_str()),
        // A session that executes is active now, however long ago its run started.
        Key::Idle if s.state == crate::model::SessionState::Executing => Value::Duration(0),
        Key::Idle => since(now, s.activity),
        Key::Age => since(now, s.created),
        _ => Value::Absent,
    }
}

fn package_value(key: Key, p: &Package) -> Value {
    match key {
        Key::Id => Value::Number(p.id),
        Key::Name => text(&p.name),
        Key::Version => opt_text(p.version.as_ref()),
        Key::Created => opt_time(p.created),
        Key::Saved => opt_time(p.saved),
        Key::Path => opt_text(p.path.as_ref()),
        Key::State => text(p.state.as_str()),
        Key::Node => p
            .execution
            .as_ref()
            .map_or(Value::Absent, |e| text(&e.node)),
        Key::Progress => p
            .execution
            .as_ref()
            .and_then(|e| e.progress)
            .map_or(Value::Absent, |n| Value::Number(u64::from(n))),
        Key::Refs => p
            .refs
            .map_or(Value::Absent, |n| Value::Number(u64::from(n))),
        Key::LastUsed => opt_time(p.last_used),
        Key::AppVersion => opt_text(p.app_version.as_ref()),
        _ => Value::Absent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let names = field_names();
        for (i, name) in names.iter().enumerate() {
            assert!(!names[..i].contains(name), "{name} twice");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert!(fields().all(|f| !f.about.is_empty()));
        let keys: Vec<Key> = fields().map(|f| f.key).collect();
        assert_eq!(keys.len(), 21, "one field per key");
        assert!(keys.iter().all(|k| field_of(*k).key == *k));
        assert_eq!(field_of(Key::LastUsed).json_key(), "last_used");
    }

    #[test]
    fn the_default_columns_are_the_pages() {
        let headers: Vec<_> = COLUMNS
            .iter()
            .filter(|c| c.default)
            .map(|c| c.header)
            .collect();
        assert_eq!(
            headers,
            [
                "ID",
                "Sessions and packages",
                "Activity",
                "Host",
                "Role",
                "Version",
                "Created",
                "Saved",
                "Path"
            ]
        );
    }

    #[test]
    fn columns_are_a_list_or_changes_to_the_defaults() {
        let keys = parse_columns(Some("activity,host"), false).unwrap();
        assert_eq!(keys, [Key::Name, Key::Activity, Key::Host]);
        let keys = parse_columns(Some("host,name"), false).unwrap();
        assert_eq!(keys, [Key::Host, Key::Name]);
        let keys = parse_columns(Some("+state,-role,-path"), false).unwrap();
        assert!(keys.contains(&Key::State) && !keys.contains(&Key::Role));
        assert_eq!(parse_columns(None, true).unwrap().len(), COLUMNS.len());
    }

    #[test]
    fn bad_columns_say_what_is_wrong() {
        let e = parse_columns(Some("hots"), false).unwrap_err();
        assert_eq!(e.0, "unknown column 'hots' (did you mean 'host'?)");
        let e = parse_columns(Some("-name"), false).unwrap_err();
        assert_eq!(e.0, "the 'name' column cannot be hidden");
        assert!(parse_columns(Some("host,+state"), false).is_err());
        assert!(parse_columns(Some(","), false).is_err());
        assert!(
            parse_columns(Some("idle"), false).is_err(),
            "a field is no column"
        );
    }
}
