//! What an action did, per target: a table for people, or typed records (`-o json`, `-o jsonl`)
//! for programs (docs/json.md, "Action results").

use std::io::{self, Write};

use comfy_table::{Table, presets};
use serde::Serialize;

use super::sanitize;
use crate::backend::{Outcome, Reason, TargetResult};
pub use crate::cli::ResultFormat;
use crate::model::{Address, SCHEMA_VERSION};

/// One target's result, with the name it was shown under.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record<'a> {
    pub schema: u32,
    pub server: &'a str,
    pub action: &'a str,
    pub address: Address,
    /// `user:57` or the package name, as it was shown; `null` when it was never shown.
    pub name: Option<&'a str>,
    pub outcome: Outcome,
    pub reason: Option<Reason>,
    pub message: Option<&'a str>,
    pub effects: &'a [String],
}

/// The results of one action on one server.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    pub server: &'a str,
    pub action: &'a str,
    pub results: &'a [TargetResult],
    /// The name each address was shown under.
    pub names: &'a [(Address, String)],
}

impl<'a> Report<'a> {
    pub fn records(&self) -> Vec<Record<'a>> {
        self.results
            .iter()
            .map(|r| Record {
                schema: SCHEMA_VERSION,
                server: self.server,
                action: self.action,
                address: r.address,
                name: self
                    .names
                    .iter()
                    .find(|(a, _)| *a == r.address)
                    .map(|(_, n)| n.as_str()),
                outcome: r.outcome,
                reason: r.reason,
                message: r.message.as_deref(),
                effects: &r.effects,
            })
            .collect()
    }
}

/// `closed`, `skipped: not executing`, `closing: client offline (listed as deleting)`.
pub fn result_text(result: &TargetResult) -> String {
    match result.reason {
        Some(reason) => format!("{}: {}", result.outcome.as_str(), reason.as_str()),
        None => result.outcome.as_str().to_string(),
    }
}

pub fn render(out: &mut dyn Write, report: &Report<'_>, format: ResultFormat) -> io::Result<()> {
    match format {
        ResultFormat::Table => table(out, report),
        ResultFormat::Json => {
            #[derive(Serialize)]
            struct Document<'a> {
                schema: u32,
                server: &'a str,
                action: &'a str,
                results: Vec<Record<'a>>,
            }
            let doc = Document {
                schema: SCHEMA_VERSION,
                server: report.server,
                action: report.action,
                results: report.records(),
            };
            let text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
            writeln!(out, "{text}")
        }
        ResultFormat::Jsonl => {
            for record in report.records() {
                let text = serde_json::to_string(&record).map_err(io::Error::other)?;
                writeln!(out, "{text}")?;
            }
            Ok(())
        }
    }
}

fn table(out: &mut dyn Write, report: &Report<'_>) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled)
        .force_no_tty()
        .set_header(["ID", "Name", "Result", "Details"]);
    for record in report.records() {
        let mut details: Vec<String> = record
            .message
            .map(|m| sanitize(m).into_owned())
            .into_iter()
            .collect();
        if !record.effects.is_empty() {
            let effects: Vec<String> = record
                .effects
                .iter()
                .map(|e| sanitize(e).into_owned())
                .collect();
            details.push(format!("with {}", effects.join(", ")));
        }
        let result = TargetResult {
            address: record.address,
            outcome: record.outcome,
            reason: record.reason,
            message: None,
            effects: Vec::new(),
        };
        table.add_row([
            record.address.to_string(),
            sanitize(record.name.unwrap_or("")).into_owned(),
            result_text(&result),
            details.join("; "),
        ]);
    }
    for (i, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if i == 3 { 0 } else { 2 }));
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results() -> Vec<TargetResult> {
        vec![
            TargetResult {
                address: Address::Session(1),
                outcome: Outcome::Closed,
                reason: None,
                message: None,
                effects: vec!["1/1".into(), "shared/2 released".into()],
            },
            TargetResult {
                address: Address::Session(2),
                outcome: Outcome::Skipped,
                reason: Some(Reason::NotExecuting),
                message: Some("2 is not executing".into()),
                effects: Vec::new(),
            },
        ]
    }

    fn rendered(format: ResultFormat) -> String {
        let results = results();
        let names = vec![(Address::Session(1), "user:1".to_string())];
        let report = Report {
            server: "sandbox",
            action: "close",
            results: &results,
            names: &names,
        };
        let mut out = Vec::new();
        render(&mut out, &report, format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_table_row_per_target() {
        assert_eq!(
            rendered(ResultFormat::Table),
            "ID  Name    Result                  Details\n\
             1   user:1  closed                  with 1/1, shared/2 released\n\
             2           skipped: not executing  2 is not executing\n"
        );
    }

    #[test]
    fn typed_records() {
        let lines = rendered(ResultFormat::Jsonl);
        let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
        assert_eq!(
            first,
            serde_json::json!({"schema": 1, "server": "sandbox", "action": "close",
                "address": "1", "name": "user:1", "outcome": "closed", "reason": null,
                "message": null, "effects": ["1/1", "shared/2 released"]})
        );
        let doc: serde_json::Value = serde_json::from_str(&rendered(ResultFormat::Json)).unwrap();
        assert_eq!(doc["results"][1]["reason"], "not_executing");
        assert_eq!(doc["results"][1]["name"], serde_json::Value::Null);
    }
}
