//! CSV and TSV for spreadsheets and scripts: one line per session or package (no section
//! rows), `section` and `address` first, then the chosen columns as raw values: RFC 3339 times
//! (UTC), plain numbers, empty when absent, no progress bars. Text is sanitized as for the
//! table, so a TSV cell never holds a tab or a line break.

use std::io::{self, Write};

use chrono::{DateTime, Utc};

use super::rows::Rows;
use super::{Options, json, sanitize};
use crate::columns::{self, Value};

pub fn render(
    out: &mut dyn Write,
    rows: &Rows<'_>,
    options: &Options,
    now: DateTime<Utc>,
    delimiter: u8,
) -> io::Result<()> {
    write(
        out,
        std::slice::from_ref(rows),
        false,
        options,
        now,
        delimiter,
    )
}

/// The rows of several servers, a `server` column first.
pub fn render_fleet(
    out: &mut dyn Write,
    fleet: &[Rows<'_>],
    options: &Options,
    now: DateTime<Utc>,
    delimiter: u8,
) -> io::Result<()> {
    write(out, fleet, true, options, now, delimiter)
}

fn write(
    out: &mut dyn Write,
    fleet: &[Rows<'_>],
    several: bool,
    options: &Options,
    now: DateTime<Utc>,
    delimiter: u8,
) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        // TSV has no quoting; sanitized text has no tab or line break to quote.
        .quote_style(if delimiter == b'\t' {
            csv::QuoteStyle::Never
        } else {
            csv::QuoteStyle::Necessary
        })
        .from_writer(out);
    if options.headers {
        let mut header = vec!["section".to_string(), "address".to_string()];
        if several {
            header.insert(0, "server".to_string());
        }
        header.extend(
            options
                .columns
                .iter()
                .map(|k| columns::field_of(*k).json_key()),
        );
        writer.write_record(&header)?;
    }
    let rows = fleet.iter().flat_map(|rows| {
        rows.rows
            .iter()
            .map(|row| (&rows.snapshot.server.name, row))
    });
    for (server, row) in rows {
        let Some(item) = row.item() else { continue };
        let mut record = vec![row.section.as_str().to_string(), item.address().to_string()];
        if several {
            record.insert(0, sanitize(server).into_owned());
        }
        for key in &options.columns {
            record.push(match columns::value(*key, item, now) {
                Value::Absent => String::new(),
                Value::Text(text) => sanitize(&text).into_owned(),
                Value::Time(t) => json::rfc3339(t),
                Value::Number(n) | Value::Duration(n) => n.to_string(),
            });
        }
        writer.write_record(&record)?;
    }
    writer.flush()
}
