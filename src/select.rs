//! The one selection: `--filter`, `--search` and `--section`, parsed once into a [`Selection`]
//! before any I/O, and matched against rows by list, watch and the actions alike.
//!
//! A filter is `FIELD OP VALUE` (`idle>30m`, `user=admin`, `path~/user/*`); a comma is an OR
//! within one filter (`role=admin,design`), repeated filters are ANDed. How a row matches:
//!
//! - a session-level field (user, host, role, kind, activity, idle, age) is read on the session;
//!   a package in a session has its session's values, a shared or pool package has none, so
//!   such a filter excludes it;
//! - a package-level field (path, version, node, progress, saved, refs, last-used, app-version)
//!   is read on packages; a session row never matches one (it is shown as its packages' parent);
//! - the other fields (id, name, created, state, section, address) are read on the row itself;
//! - `--search` looks for its text, case-insensitively, in every column of the row itself, with
//!   times written `YYYY-MM-DD HH:MM:SS` (UTC);
//! - an absent value (a draft's path) is the empty text for text fields; for other types it
//!   matches only `!=` and `!~`.
//!
//! Times are RFC 3339 or `YYYY-MM-DD[ HH:MM[:SS]]` in UTC, and stand for the whole period they
//! name: `created=2026-12-03` is that day, `created>2026-12-03` is after it.

use std::cmp::Ordering;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Timelike, Utc};
use globset::{GlobBuilder, GlobMatcher};

use crate::cli::SelectArgs;
use crate::columns::{self, COLUMNS, Field, Item, Key, Level, Type, Value};
use crate::model::{Address, Package, Section, Session, Snapshot};
use crate::usage::{self, UsageError};

/// What `--filter`, `--search` and `--section` ask for, compiled.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    filters: Vec<Filter>,
    /// Lowercased.
    search: Option<String>,
    /// Empty means every section.
    sections: Vec<Section>,
}

/// The rows a selection picks out of a snapshot, for the actions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selected {
    /// Sessions that match themselves (not those shown only as a package's parent).
    pub sessions: Vec<Address>,
    /// Packages that match; with session-level filters alone, these are every package of the
    /// selected sessions, which an action on those sessions may leave to the session.
    pub packages: Vec<Address>,
}

#[derive(Debug, Clone)]
struct Filter {
    field: &'static Field,
    op: Op,
    /// Any one of them (a comma-separated list).
    operands: Vec<Operand>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Glob,
    NotGlob,
    Lt,
    Gt,
    Le,
    Ge,
}

/// Two-character operators first, so that `<=` is not read as `<` and `=...`.
const OPS: [(&str, Op); 8] = [
    ("!=", Op::Ne),
    ("!~", Op::NotGlob),
    ("<=", Op::Le),
    (">=", Op::Ge),
    ("=", Op::Eq),
    ("~", Op::Glob),
    ("<", Op::Lt),
    (">", Op::Gt),
];

const OP_LIST: &str = "= != ~ !~ < > <= >=";

#[derive(Debug, Clone)]
enum Operand {
    /// Lowercased, for case-insensitive equality.
    Text(String),
    Glob(GlobMatcher),
    /// The period a time value names: `[start, end)`.
    Time(DateTime<Utc>, DateTime<Utc>),
    Duration(u64),
    Number(u64),
    Version(semver::Version),
}

impl Selection {
    /// Everything: no filter, no search, every section.
    pub fn all() -> Selection {
        Selection::default()
    }

    pub fn compile(args: &SelectArgs) -> Result<Selection, UsageError> {
        let filters = args
            .filters
            .iter()
            .map(|f| parse_filter(f))
            .collect::<Result<_, _>>()?;
        let mut sections = Vec::new();
        for name in args
            .section
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
        {
            let section = name
                .parse::<Section>()
                .map_err(|_| usage::unknown("section", name, &Section::ALL.map(Section::as_str)))?;
            sections.push(section);
        }
        let search = args
            .search
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(str::to_lowercase);
        Ok(Selection {
            filters,
            search,
            sections,
        })
    }

    /// Exactly the rows at `addresses`: an action's targets, for its preview.
    pub fn addresses(addresses: &[Address]) -> Selection {
        let operands = if addresses.is_empty() {
            // An address is never empty: this matches nothing.
            vec![Operand::Text(String::new())]
        } else {
            addresses
                .iter()
                .map(|a| Operand::Text(a.to_string().to_lowercase()))
                .collect()
        };
        Selection {
            filters: vec![Filter {
                field: columns::field_of(Key::Address),
                op: Op::Eq,
                operands,
            }],
            ..Selection::default()
        }
    }

    /// Whether nothing was asked for, so that every row matches (an action may refuse that).
    pub fn is_unrestricted(&self) -> bool {
        self.filters.is_empty() && self.search.is_none() && self.sections.is_empty()
    }

    /// Whether a section's rows can match at all (`--section`, and filters on `section`).
    pub fn shows_section(&self, section: Section) -> bool {
        let value = Value::Text(section.as_str().to_string());
        (self.sections.is_empty() || self.sections.contains(&section))
            && self
                .filters
                .iter()
                .filter(|f| f.field.key == Key::Section)
                .all(|f| f.holds(&value))
    }

    /// Whether the row of `item` matches by itself.
    pub fn matches(&self, item: &Item<'_>, now: DateTime<Utc>) -> bool {
        self.shows_section(item.section())
            && self.filters.iter().all(|f| {
                subject(f.field.level, item)
                    .is_some_and(|s| f.holds(&columns::value(f.field.key, &s, now)))
            })
            && self
                .search
                .as_deref()
                .is_none_or(|needle| contains_text(item, needle, now))
    }

    pub fn matches_session(&self, session: &Session, now: DateTime<Utc>) -> bool {
        self.matches(&Item::Session(session), now)
    }

    /// `session` is the session the package is opened in; `None` under Shared packages and
    /// in the pool.
    pub fn matches_package(
        &self,
        package: &Package,
        section: Section,
        session: Option<&Session>,
        now: DateTime<Utc>,
    ) -> bool {
        let item = Item::Package {
            package,
            section,
            session,
        };
        self.matches(&item, now)
    }

    /// The addresses of the sessions and packages that match.
    pub fn select(&self, snapshot: &Snapshot, now: DateTime<Utc>) -> Selected {
        let mut selected = Selected::default();
        for session in &snapshot.sessions {
            let item = Item::Session(session);
            if self.matches(&item, now) {
                selected.sessions.push(item.address());
            }
            for package in &session.packages {
                let item = Item::Package {
                    package,
                    section: Section::Sessions,
                    session: Some(session),
                };
                if self.matches(&item, now) {
                    selected.packages.push(item.address());
                }
            }
        }
        for (section, packages) in [
            (Section::Shared, &snapshot.shared),
            (Section::Pool, &snapshot.pool),
        ] {
            for package in packages {
                let item = Item::Package {
                    package,
                    section,
                    session: None,
                };
                if self.matches(&item, now) {
                    selected.packages.push(item.address());
                }
            }
        }
        selected
    }
}

/// The row a field of `level` is read on, for the row of `item`.
fn subject<'a>(level: Level, item: &Item<'a>) -> Option<Item<'a>> {
    match (level, item) {
        (Level::Both, _) | (Level::Session, Item::Session(_)) => Some(*item),
        (Level::Session, Item::Package { session, .. }) => session.map(Item::Session),
        (Level::Package, Item::Package { .. }) => Some(*item),
        (Level::Package, Item::Session(_)) => None,
    }
}

fn contains_text(item: &Item<'_>, needle: &str, now: DateTime<Utc>) -> bool {
    COLUMNS.iter().any(|column| {
        let text = match (
            column.field.key,
            columns::value(column.field.key, item, now),
        ) {
            // The ID column shows the address.
            (Key::Id, _) => item.address().to_string(),
            (_, Value::Text(text)) => text,
            (_, Value::Time(t)) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
            (_, Value::Number(n) | Value::Duration(n)) => n.to_string(),
            (_, Value::Absent) => return false,
        };
        text.to_lowercase().contains(needle)
    })
}

impl Filter {
    fn holds(&self, value: &Value) -> bool {
        let negated = matches!(self.op, Op::Ne | Op::NotGlob);
        let any = self.operands.iter().any(|o| self.holds_one(o, value));
        any != negated
    }

    /// The positive form of the operator (`=` for `!=`) on one operand.
    fn holds_one(&self, operand: &Operand, value: &Value) -> bool {
        let text = match value {
            Value::Text(text) => Some(text.as_str()),
            Value::Absent => Some(""),
            _ => None,
        };
        match (operand, value) {
            (Operand::Text(t), _) => text.is_some_and(|s| s.to_lowercase() == *t),
            (Operand::Glob(g), _) => text.is_some_and(|s| g.is_match(s.to_lowercase())),
            (Operand::Number(n), Value::Number(v)) | (Operand::Duration(n), Value::Duration(v)) => {
                self.ordered(v.cmp(n))
            }
            (Operand::Version(want), Value::Text(v)) => {
                parse_version(v).is_some_and(|v| self.ordered(v.cmp_precedence(want)))
            }
            (Operand::Time(start, end), Value::Time(t)) => match self.op {
                Op::Lt => t < start,
                Op::Ge => t >= start,
                Op::Gt => t >= end,
                Op::Le => t < end,
                _ => start <= t && t < end,
            },
            _ => false,
        }
    }

    fn ordered(&self, ordering: Ordering) -> bool {
        match self.op {
            Op::Lt => ordering.is_lt(),
            Op::Gt => ordering.is_gt(),
            Op::Le => ordering.is_le(),
            Op::Ge => ordering.is_ge(),
            _ => ordering.is_eq(),
        }
    }
}

fn parse_filter(source: &str) -> Result<Filter, UsageError> {
    let invalid = |why: String| UsageError(format!("invalid filter '{source}': {why}"));
    let text = source.trim();
    let name_end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(text.len());
    let (name, rest) = text.split_at(name_end);
    if name.is_empty() {
        return Err(invalid(
            "expected FIELD OP VALUE, e.g. 'user=admin' or 'idle>30m'".to_string(),
        ));
    }
    let rest = rest.trim_start();
    let Some((symbol, op)) = OPS.iter().find(|(symbol, _)| rest.starts_with(symbol)) else {
        let why = match rest.chars().next() {
            None => format!("missing an operator after '{name}' (one of {OP_LIST})"),
            Some(c) => format!("unexpected '{c}' after '{name}' (expected one of {OP_LIST})"),
        };
        return Err(invalid(why));
    };
    let field = columns::field(name).map_err(|e| invalid(e.0))?;
    let value = rest[symbol.len()..].trim();
    if let Some(c) = value.chars().next().filter(|c| "<>=!~".contains(*c)) {
        return Err(invalid(format!(
            "unexpected '{c}' after the operator '{symbol}' (operators: {OP_LIST})"
        )));
    }
    let allowed: &[Op] = match field.ty {
        Type::Text | Type::Enum(_) => &[Op::Eq, Op::Ne, Op::Glob, Op::NotGlob],
        Type::Semver => &[
            Op::Eq,
            Op::Ne,
            Op::Glob,
            Op::NotGlob,
            Op::Lt,
            Op::Gt,
            Op::Le,
            Op::Ge,
        ],
        Type::Time | Type::Duration | Type::Number => {
            &[Op::Eq, Op::Ne, Op::Lt, Op::Gt, Op::Le, Op::Ge]
        }
    };
    if !allowed.contains(op) {
        let symbols: Vec<&str> = OP_LIST
            .split(' ')
            .filter(|s| OPS.iter().any(|(t, o)| t == s && allowed.contains(o)))
            .collect();
        return Err(invalid(format!(
            "'{}' is {}, which takes {}",
            field.name,
            field.ty.describe(),
            symbols.join(" ")
        )));
    }
    let mut items: Vec<&str> = split_list(value)
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        if field.ty != Type::Text {
            return Err(invalid(format!("missing the value after '{symbol}'")));
        }
        // `path=` finds drafts: an empty text stands for an absent value.
        items.push("");
    }
    let operands = items
        .into_iter()
        .map(|item| parse_operand(field, *op, item, source))
        .collect::<Result<_, _>>()?;
    Ok(Filter {
        field,
        op: *op,
        operands,
    })
}

/// Splits on commas outside glob braces, so that `path~*.{lgp,mgp}` stays one pattern.
fn split_list(value: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in value.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&value[start..]);
    items
}

fn parse_operand(field: &Field, op: Op, item: &str, source: &str) -> Result<Operand, UsageError> {
    let bad = |what: &str, hint: &str| {
        UsageError(format!(
            "invalid {what} '{item}' in filter '{source}'{hint}"
        ))
    };
    if matches!(op, Op::Glob | Op::NotGlob) {
        // Both sides lowercased: globset's own case folding is ASCII only.
        let glob = GlobBuilder::new(&item.to_lowercase())
            .case_insensitive(true)
            .literal_separator(false)
            .build()
            .map_err(|e| bad("glob", &format!(" ({})", e.kind())))?;
        return Ok(Operand::Glob(glob.compile_matcher()));
    }
    match field.ty {
        Type::Text => Ok(Operand::Text(item.to_lowercase())),
        Type::Enum(valid) => {
            if valid.iter().any(|v| v.eq_ignore_ascii_case(item)) {
                Ok(Operand::Text(item.to_lowercase()))
            } else {
                let e = usage::unknown(field.name, item, valid);
                Err(UsageError(format!("invalid filter '{source}': {e}")))
            }
        }
        Type::Semver => parse_version(item)
            .map(Operand::Version)
            .ok_or_else(|| bad("version", " (expected a version like 2.0.0)")),
        Type::Number => item
            .parse()
            .map(Operand::Number)
            .map_err(|_| bad("number", " (expected a whole number)")),
        Type::Duration => humantime::parse_duration(item)
            .map(|d| Operand::Duration(d.as_secs()))
            .map_err(|_| bad("duration", " (e.g. 30s, 5m, 1h30m, 2d)")),
        Type::Time => parse_time(item)
            .map(|(start, end)| Operand::Time(start, end))
            .ok_or_else(|| {
                bad(
                    "time",
                    " (expected RFC 3339 or YYYY-MM-DD[ HH:MM[:SS]], UTC)",
                )
            }),
    }
}

/// A time and the end of the period it names: a day, a minute, a second.
fn parse_time(text: &str) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        let t = t.with_timezone(&Utc);
        let step = if t.nanosecond() == 0 {
            TimeDelta::seconds(1)
        } else {
            TimeDelta::nanoseconds(1)
        };
        return Some((t, t + step));
    }
    let text = text.replacen('T', " ", 1);
    for (format, step) in [
        ("%Y-%m-%d %H:%M:%S", TimeDelta::seconds(1)),
        ("%Y-%m-%d %H:%M", TimeDelta::minutes(1)),
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(&text, format) {
            return Some((t.and_utc(), t.and_utc() + step));
        }
    }
    let day = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()?;
    let start = day.and_hms_opt(0, 0, 0)?.and_utc();
    Some((start, start + TimeDelta::days(1)))
}

/// A version as packages write it: semver, or `2`, `2.1`, `7.2.8.1234` (the fourth part is
/// build metadata, which comparisons ignore).
pub fn parse_version(text: &str) -> Option<semver::Version> {
    let text = text.trim().trim_start_matches(['v', 'V']);
    if let Ok(version) = semver::Version::parse(text) {
        return Some(version);
    }
    let parts: Vec<u64> = text
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let part = |i: usize| parts.get(i).copied().unwrap_or(0);
    let mut version = semver::Version::new(part(0), part(1), part(2));
    match parts.len() {
        1..=3 => {}
        4 => version.build = semver::BuildMetadata::new(&part(3).to_string()).ok()?,
        _ => return None,
    }
    Some(version)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample;

    fn compile(filters: &[&str]) -> Result<Selection, UsageError> {
        Selection::compile(&SelectArgs {
            filters: filters.iter().map(|f| f.to_string()).collect(),
            ..SelectArgs::default()
        })
    }

    /// The addresses selected: sessions, then packages.
    fn picked(filters: &[&str]) -> Vec<String> {
        let selection = compile(filters).unwrap();
        let selected = selection.select(&sample::snapshot(), sample::now());
        let all = selected.sessions.iter().chain(&selected.packages);
        all.map(|a| a.to_string()).collect()
    }

    fn error(filter: &str) -> String {
        compile(&[filter]).unwrap_err().0
    }

    #[test]
    fn every_operator_on_text() {
        assert_eq!(picked(&["user=ADMIN"]), ["57", "57/12", "57/13"]);
        assert_eq!(
            picked(&["user != admin"]),
            ["58", "59", "61", "58/14", "61/21"]
        );
        assert_eq!(picked(&["path~*/DATA/ml-*"]), ["57/12", "pool/40"]);
        assert_eq!(
            picked(&["path!~/user/data/*"]).len(),
            3,
            "the draft and the two kits"
        );
        // An absent value is the empty text: drafts have no path.
        assert_eq!(picked(&["path="]), ["57/13"]);
        assert_eq!(picked(&["name~*.{lgp,mgp}"]), Vec::<String>::new());
        assert_eq!(picked(&["host~10.0.0.5 -> *"]), ["57", "57/12", "57/13"]);
    }

    #[test]
    fn durations_numbers_and_versions_compare() {
        assert_eq!(picked(&["idle>30m"]), ["58", "59", "58/14"]);
        assert_eq!(picked(&["idle<=20s", "kind=batch"]), ["61", "61/21"]);
        assert_eq!(picked(&["age>=1d"]), Vec::<String>::new());
        assert_eq!(picked(&["age>20h"]), ["59"]);
        assert_eq!(picked(&["refs>=2"]), ["shared/30"]);
        assert_eq!(picked(&["refs<2"]), ["shared/31"]);
        assert_eq!(picked(&["progress>50"]), ["57/12"]);
        assert_eq!(picked(&["id=57"]), ["57"]);
        assert_eq!(picked(&["version>=3"]), ["shared/30", "shared/31"]);
        assert_eq!(
            picked(&["version>1.0.0", "version<2.0.0"]),
            ["57/12", "pool/40"]
        );
        assert_eq!(picked(&["version~2.*"]), ["61/21"]);
        assert_eq!(picked(&["app-version<7.3"]).len(), 6);
    }

    #[test]
    fn times_name_a_period_in_utc() {
        assert_eq!(picked(&["section=sessions", "created=2026-12-02"]), ["59"]);
        assert_eq!(picked(&["activity<2026-12-03 12:00"]), ["59"]);
        assert_eq!(
            picked(&["activity<=2026-12-03 12:01"]),
            ["58", "59", "58/14"]
        );
        assert_eq!(picked(&["activity>2026-12-03T14:29:40Z"]), ["61", "61/21"]);
        assert_eq!(picked(&["saved>=2026-12-02T17:42:10+00:00"]), ["57/12"]);
        assert_eq!(picked(&["last-used>2026-12-03 13:00:00"]), ["pool/40"]);
    }

    #[test]
    fn a_comma_is_or_and_repeated_filters_are_and() {
        assert_eq!(
            picked(&["role=admin,design"]),
            ["57", "58", "57/12", "57/13", "58/14"]
        );
        assert_eq!(picked(&["role!=admin,design"]), ["59", "61", "61/21"]);
        assert_eq!(picked(&["role=admin,design", "idle>1h"]), ["58", "58/14"]);
        assert_eq!(picked(&["state=executing"]), ["57", "61", "57/12", "61/21"]);
    }

    #[test]
    fn session_fields_exclude_shared_and_pool_and_package_fields_exclude_sessions() {
        assert!(
            picked(&["user!=nobody"])
                .iter()
                .all(|a| !a.contains("shared") && !a.contains("pool"))
        );
        let snapshot = sample::snapshot();
        let selection = compile(&["node~train*"]).unwrap();
        let selected = selection.select(&snapshot, sample::now());
        assert_eq!(selected.sessions, []);
        assert_eq!(selected.packages, [Address::SessionPackage(57, 12)]);
        let admin = &snapshot.sessions[0];
        assert!(!selection.matches_session(admin, sample::now()));
        assert!(selection.matches_package(
            &admin.packages[0],
            Section::Sessions,
            Some(admin),
            sample::now()
        ));
    }

    #[test]
    fn sections_and_search() {
        let snapshot = sample::snapshot();
        let select = |args: SelectArgs| {
            let selected = Selection::compile(&args)
                .unwrap()
                .select(&snapshot, sample::now());
            let all = selected.sessions.iter().chain(&selected.packages);
            all.map(|a| a.to_string()).collect::<Vec<_>>()
        };
        let sections = |s: &[&str]| SelectArgs {
            section: s.iter().map(|s| s.to_string()).collect(),
            ..SelectArgs::default()
        };
        assert_eq!(select(sections(&["shared"])), ["shared/30", "shared/31"]);
        assert_eq!(select(sections(&["pool", "shared"])).len(), 4);
        assert_eq!(
            picked(&["section!=sessions,shared"]),
            ["pool/40", "pool/41"]
        );
        let search = |s: &str| SelectArgs {
            search: Some(s.to_string()),
            ..SelectArgs::default()
        };
        assert_eq!(select(search("ClearML")), ["shared/30"]);
        assert_eq!(select(search("10.0.0.5")), ["57"]);
        assert_eq!(select(search("2026-12-02 17:42")), ["57/12"]);
        assert_eq!(select(search("pool/4")), ["pool/40", "pool/41"]);
        let e = Selection::compile(&sections(&["pol"])).unwrap_err();
        assert_eq!(e.0, "unknown section 'pol' (did you mean 'pool'?)");
    }

    #[test]
    fn errors_point_at_the_bad_token() {
        assert_eq!(
            error("idle>>30m"),
            "invalid filter 'idle>>30m': unexpected '>' after the operator '>' (operators: = != ~ !~ < > <= >=)"
        );
        assert_eq!(
            error("idle>30q"),
            "invalid duration '30q' in filter 'idle>30q' (e.g. 30s, 5m, 1h30m, 2d)"
        );
        assert_eq!(
            error("hots=x"),
            "invalid filter 'hots=x': unknown field 'hots' (did you mean 'host'?)"
        );
        assert_eq!(
            error("role=admn"),
            "invalid filter 'role=admn': unknown role 'admn' (did you mean 'admin'?)"
        );
        assert_eq!(
            error("user>a"),
            "invalid filter 'user>a': 'user' is text, which takes = != ~ !~"
        );
        assert_eq!(
            error("idle~5*"),
            "invalid filter 'idle~5*': 'idle' is a duration, which takes = != < > <= >="
        );
        assert_eq!(
            error("version<x"),
            "invalid version 'x' in filter 'version<x' (expected a version like 2.0.0)"
        );
        assert_eq!(
            error("created>yesterday"),
            "invalid time 'yesterday' in filter 'created>yesterday' (expected RFC 3339 or YYYY-MM-DD[ HH:MM[:SS]], UTC)"
        );
        assert_eq!(
            error("refs>two"),
            "invalid number 'two' in filter 'refs>two' (expected a whole number)"
        );
        assert_eq!(
            error("idle"),
            "invalid filter 'idle': missing an operator after 'idle' (one of = != ~ !~ < > <= >=)"
        );
        assert_eq!(
            error("idle 30m"),
            "invalid filter 'idle 30m': unexpected '3' after 'idle' (expected one of = != ~ !~ < > <= >=)"
        );
        assert_eq!(
            error("=x"),
            "invalid filter '=x': expected FIELD OP VALUE, e.g. 'user=admin' or 'idle>30m'"
        );
        assert_eq!(
            error("idle>"),
            "invalid filter 'idle>': missing the value after '>'"
        );
        assert!(error("path~a[").starts_with("invalid glob 'a[' in filter 'path~a[' ("));
    }

    #[test]
    fn an_empty_selection_is_unrestricted() {
        assert!(Selection::all().is_unrestricted());
        assert!(compile(&[]).unwrap().is_unrestricted());
        assert!(!compile(&["user=admin"]).unwrap().is_unrestricted());
        let everything = Selection::all().select(&sample::snapshot(), sample::now());
        assert_eq!(
            (everything.sessions.len(), everything.packages.len()),
            (4, 8)
        );
    }

    #[test]
    fn versions_are_read_leniently() {
        assert_eq!(parse_version("2"), Some(semver::Version::new(2, 0, 0)));
        assert_eq!(parse_version("v2.1"), Some(semver::Version::new(2, 1, 0)));
        let four = parse_version("7.2.8.1234").unwrap();
        assert_eq!(
            four.cmp_precedence(&semver::Version::new(7, 2, 8)),
            Ordering::Equal
        );
        assert_eq!(parse_version("1.2.3.4.5"), None);
        assert_eq!(parse_version("x"), None);
    }
}
