//! What changed between two refreshes: the shown rows of each snapshot, keyed by address and
//! uid, compared as `added`, `changed` (with the fields that changed) and `removed`.
//!
//! A row is the session or package as JSON (docs/json.md; a session without its `packages`),
//! with `section`, `type` and `parent`. An address that now belongs to another session or
//! package (another uid) is a removal and an addition, never a change.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value as Json, json};

use crate::columns::Item;
use crate::model::{Address, SCHEMA_VERSION, Snapshot};
use crate::render::json::rfc3339;
use crate::render::rows;
use crate::select::Selection;

/// A row's identity across refreshes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RowKey {
    pub address: Address,
    pub uid: String,
}

/// The shown rows of one snapshot, in the table's order.
#[derive(Debug, Clone, Default)]
pub struct RowSet {
    pub rows: Vec<(RowKey, Json)>,
}

impl RowSet {
    pub fn of(snapshot: &Snapshot, selection: &Selection, now: DateTime<Utc>) -> RowSet {
        let built = rows::build(snapshot, selection, None, now);
        let rows = built
            .rows
            .iter()
            .filter_map(|row| {
                let item = row.item()?;
                Some((
                    key_of(item),
                    row_json(item, row.section.as_str(), row.parent()),
                ))
            })
            .collect();
        RowSet { rows }
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn get(&self, key: &RowKey) -> Option<&Json> {
        self.rows.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

pub fn key_of(item: &Item<'_>) -> RowKey {
    let uid = match item {
        Item::Session(s) => s.uid.clone(),
        Item::Package { package, .. } => package.uid.clone(),
    };
    RowKey {
        address: item.address(),
        uid,
    }
}

fn row_json(item: &Item<'_>, section: &str, parent: Option<Address>) -> Json {
    let (kind, mut value) = match item {
        Item::Session(s) => {
            let mut value = serde_json::to_value(s).unwrap_or(Json::Null);
            if let Some(map) = value.as_object_mut() {
                map.remove("packages");
            }
            ("session", value)
        }
        Item::Package { package, .. } => (
            "package",
            serde_json::to_value(package).unwrap_or(Json::Null),
        ),
    };
    if let Some(map) = value.as_object_mut() {
        map.insert("section".into(), json!(section));
        map.insert("type".into(), json!(kind));
        map.insert("parent".into(), json!(parent.map(|a| a.to_string())));
    }
    value
}

/// One line of the event stream.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Added(Json),
    /// The row now, and each changed field as `{"from": .., "to": ..}`.
    Changed(Json, Map<String, Json>),
    Removed(Json),
}

impl Event {
    pub fn name(&self) -> &'static str {
        match self {
            Event::Added(_) => "added",
            Event::Changed(..) => "changed",
            Event::Removed(_) => "removed",
        }
    }

    pub fn to_json(&self, server: &str, at: DateTime<Utc>) -> Json {
        let mut map = envelope(self.name(), server, at);
        match self {
            Event::Added(row) | Event::Removed(row) => {
                map.insert("row".into(), row.clone());
            }
            Event::Changed(row, changes) => {
                map.insert("row".into(), row.clone());
                map.insert("changes".into(), Json::Object(changes.clone()));
            }
        }
        Json::Object(map)
    }
}

/// `{"schema":1,"event":..,"at":..,"server":..}`, to which each event adds its own fields.
pub fn envelope(event: &str, server: &str, at: DateTime<Utc>) -> Map<String, Json> {
    let mut map = Map::new();
    map.insert("schema".into(), json!(SCHEMA_VERSION));
    map.insert("event".into(), json!(event));
    map.insert("at".into(), json!(rfc3339(at)));
    map.insert("server".into(), json!(server));
    map
}

/// The events that turn `before` into `after`: removals first, then additions and changes in
/// the order of `after`.
pub fn diff(before: &RowSet, after: &RowSet) -> Vec<Event> {
    let mut events: Vec<Event> = before
        .rows
        .iter()
        .filter(|(key, _)| after.get(key).is_none())
        .map(|(_, row)| Event::Removed(row.clone()))
        .collect();
    for (key, row) in &after.rows {
        match before.get(key) {
            None => events.push(Event::Added(row.clone())),
            Some(old) if old != row => events.push(Event::Changed(row.clone(), changes(old, row))),
            Some(_) => {}
        }
    }
    events
}

fn changes(old: &Json, new: &Json) -> Map<String, Json> {
    let empty = Map::new();
    let old = old.as_object().unwrap_or(&empty);
    let new = new.as_object().unwrap_or(&empty);
    let mut changes = Map::new();
    for (name, value) in new {
        let before = old.get(name).unwrap_or(&Json::Null);
        if before != value {
            changes.insert(name.clone(), json!({"from": before, "to": value}));
        }
    }
    for (name, before) in old {
        if !new.contains_key(name) {
            changes.insert(name.clone(), json!({"from": before, "to": null}));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PackageState;
    use crate::render::sample;

    fn set(snapshot: &Snapshot) -> RowSet {
        RowSet::of(snapshot, &Selection::all(), sample::now())
    }

    #[test]
    fn the_same_snapshot_has_no_events() {
        let snapshot = sample::snapshot();
        assert!(diff(&set(&snapshot), &set(&snapshot)).is_empty());
    }

    #[test]
    fn progress_is_a_change_a_new_uid_is_a_removal_and_an_addition() {
        let before = sample::snapshot();
        let mut after = before.clone();
        after.sessions[0].packages[0]
            .execution
            .as_mut()
            .unwrap()
            .progress = Some(60);
        after.sessions[1].uid = "another".into();
        after.pool.remove(1);
        let events = diff(&set(&before), &set(&after));
        let names: Vec<_> = events
            .iter()
            .map(|e| {
                let row = match e {
                    Event::Added(r) | Event::Removed(r) | Event::Changed(r, _) => r,
                };
                format!("{} {}", e.name(), row["address"].as_str().unwrap_or(""))
            })
            .collect();
        assert_eq!(
            names,
            ["removed 58", "removed pool/41", "changed 57/12", "added 58"]
        );
        let Event::Changed(_, changes) = &events[2] else {
            panic!("a change")
        };
        assert_eq!(
            changes["execution"]["to"]["progress"],
            json!(60),
            "{changes:?}"
        );
        assert_eq!(changes.len(), 1);
        let line = events[2].to_json("analytics-01", sample::now());
        assert_eq!(line["event"], "changed");
        assert_eq!(line["server"], "analytics-01");
        assert_eq!(line["at"], "2026-12-03T14:30:00Z");
        assert_eq!(line["row"]["section"], "sessions");
        assert_eq!(line["row"]["parent"], "57");
    }

    #[test]
    fn an_idle_package_leaves_a_filter_on_executing_rows() {
        let before = sample::snapshot();
        let mut after = before.clone();
        for session in &mut after.sessions {
            for package in &mut session.packages {
                package.state = PackageState::Idle;
                package.execution = None;
            }
        }
        let selection = Selection::compile(&crate::cli::SelectArgs {
            filters: vec![
                "path=/user/data/data-prep.lgp".into(),
                "state=executing".into(),
            ],
            ..Default::default()
        })
        .unwrap();
        let now = sample::now();
        assert!(!RowSet::of(&before, &selection, now).is_empty());
        assert!(RowSet::of(&after, &selection, now).is_empty());
    }
}
