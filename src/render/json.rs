//! JSON for programs: `-o json`, the filtered snapshot as one document, and `-o jsonl`, one
//! object per row.
//!
//! The document is the snapshot itself (docs/json.md), with `"schema"` first: sessions keep the
//! packages that are shown, a session shown only as a parent keeps only those, and shared and
//! pool packages are filtered the same way. `--columns` does not change it. A JSON line is
//! `{"schema":1,"server":..,"section":..,"address":..,"parent":..,"type":..}` followed by the
//! chosen columns, typed: numbers as numbers, times as RFC 3339 (UTC), `null` when absent.
//!
//! The text is what the server sent, unchanged; DEL, C1 controls and bidirectional overrides,
//! which JSON allows raw, are written as `\u` escapes so that a terminal never acts on them.

use std::io::{self, Write};

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value as Json;

use super::Options;
use super::rows::Rows;
use crate::columns::{self, Item, Value};
use crate::model::{SCHEMA_VERSION, Section, Session, Snapshot};

pub fn document(out: &mut dyn Write, rows: &Rows<'_>) -> io::Result<()> {
    let text = serde_json::to_string_pretty(&filtered(rows)).map_err(io::Error::other)?;
    writeln!(out, "{}", escape_controls(&text))
}

/// A server of a fleet that could not be listed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Failure {
    pub server: String,
    pub code: &'static str,
    pub message: String,
}

/// Several servers' snapshots as one document:
/// `{"schema": 1, "servers": [snapshot, ...], "failed": [{server, error: {code, message}}]}`.
pub fn fleet_document(
    out: &mut dyn Write,
    fleet: &[Rows<'_>],
    failures: &[Failure],
) -> io::Result<()> {
    let failed: Vec<serde_json::Value> = failures
        .iter()
        .map(|f| {
            serde_json::json!({
                "server": f.server,
                "error": {"code": f.code, "message": f.message},
            })
        })
        .collect();
    let document = serde_json::json!({
        "schema": SCHEMA_VERSION,
        "servers": fleet.iter().map(filtered).collect::<Vec<_>>(),
        "failed": failed,
    });
    let text = serde_json::to_string_pretty(&document).map_err(io::Error::other)?;
    writeln!(out, "{}", escape_controls(&text))
}

/// The snapshot with only the rows shown, in their order.
pub fn filtered(rows: &Rows<'_>) -> Snapshot {
    let source = rows.snapshot;
    let mut doc = Snapshot {
        schema: SCHEMA_VERSION,
        server: source.server.clone(),
        taken_at: source.taken_at,
        sessions: Vec::new(),
        shared: Vec::new(),
        pool: Vec::new(),
    };
    for item in rows.rows.iter().filter_map(|row| row.item()) {
        match *item {
            Item::Session(session) => doc.sessions.push(Session {
                packages: Vec::new(),
                ..session.clone()
            }),
            Item::Package {
                package, section, ..
            } => {
                let list = match section {
                    Section::Sessions => match doc.sessions.last_mut() {
                        Some(session) => &mut session.packages,
                        None => continue,
                    },
                    Section::Shared => &mut doc.shared,
                    Section::Pool => &mut doc.pool,
                };
                list.push(package.clone());
            }
        }
    }
    doc
}

pub fn lines(
    out: &mut dyn Write,
    rows: &Rows<'_>,
    options: &Options,
    now: DateTime<Utc>,
) -> io::Result<()> {
    let server = &rows.snapshot.server.name;
    for row in &rows.rows {
        let Some(item) = row.item() else { continue };
        let kind = match item {
            Item::Session(_) => "session",
            Item::Package { .. } => "package",
        };
        let mut fields: Vec<(String, Json)> = vec![
            ("schema".into(), Json::from(SCHEMA_VERSION)),
            ("server".into(), Json::from(server.as_str())),
            ("section".into(), Json::from(row.section.as_str())),
            ("address".into(), Json::from(item.address().to_string())),
            (
                "parent".into(),
                row.parent()
                    .map_or(Json::Null, |a| Json::from(a.to_string())),
            ),
            ("type".into(), Json::from(kind)),
        ];
        for key in &options.columns {
            let name = columns::field_of(*key).json_key();
            fields.push((name, typed(columns::value(*key, item, now))));
        }
        // Written by hand to keep the fields in this order (serde_json's map sorts them).
        let mut line = String::from("{");
        for (i, (name, value)) in fields.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&Json::from(name.as_str()).to_string());
            line.push(':');
            line.push_str(&value.to_string());
        }
        line.push('}');
        writeln!(out, "{}", escape_controls(&line))?;
    }
    Ok(())
}

fn typed(value: Value) -> Json {
    match value {
        Value::Absent => Json::Null,
        Value::Text(text) => Json::from(text),
        Value::Time(t) => Json::from(rfc3339(t)),
        Value::Number(n) | Value::Duration(n) => Json::from(n),
    }
}

pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Outside strings JSON text is ASCII, so escaping these characters anywhere is exact.
pub fn escape_controls(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if matches!(c, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}
