//! The table for people: the page's tree, its columns, fitted to the terminal.
//!
//! Headers are the same on every terminal; only the width and the colors change. With a
//! width, long text is shortened until the table fits: the path first, from the left
//! (`…/python_kits/loginom_clearml_kit.lgp`), then absolute times lose their year and seconds
//! (`12-03 14:29`), then the other long text, from the right; ids and versions are never cut,
//! so a table that still does not fit is wider than the terminal. Without a width (piped), nothing is cut. Absolute times are UTC.

use std::io::{self, Write};

use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::rows::{Row, Rows, Subject};
use super::{Options, sanitize};
use crate::cli::TimeFormat;
use crate::columns::{self, Item, Key, Value};
use crate::model::{Execution, PackageState, SessionState};

/// Spaces between two columns.
const GAP: usize = 2;

/// The header of the column a fleet's table starts with.
const SERVER: &str = "Server";

/// One cell's text. Only `text` is ever shortened: the tree before a name, a shared package's
/// reference count after it and a progress bar before the node stay whole.
#[derive(Debug, Clone, Default)]
struct Text {
    prefix: String,
    text: String,
    suffix: String,
    /// How `text` gives way when the table is too wide; `None` for text never cut (times).
    cut: Option<Cut>,
    /// How much of `text` to keep at least.
    keep: usize,
    green: bool,
    bold: bool,
}

impl Text {
    fn plain(text: String) -> Text {
        Text {
            text,
            ..Text::default()
        }
    }

    fn width(&self) -> usize {
        columns_of(&self.prefix) + columns_of(&self.text) + columns_of(&self.suffix)
    }

    /// The narrowest this cell can be made.
    fn floor(&self) -> usize {
        match self.cut {
            None => self.width(),
            Some(_) => {
                columns_of(&self.prefix)
                    + columns_of(&self.suffix)
                    + columns_of(&self.text).min(self.keep)
            }
        }
    }
}

/// The terminal columns `text` takes; most of a table is ASCII, which needs no table lookup.
fn columns_of(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    Left,
    Right,
    /// `2026-12-03 14:29:40` becomes `12-03 14:29`.
    Time,
}

/// How wide an absolute time is once it gave way.
const COMPACT_TIME: usize = "12-03 14:29".len();

/// Which columns give way when the table is too wide, in this order, from which side, keeping
/// how much of their text.
fn give_way(key: Key, text: &str) -> Option<(usize, Cut, usize)> {
    match key {
        // The file name, when it is not too long: `…/ml-experiment.lgp`.
        Key::Path => {
            let name = text.rsplit('/').next().unwrap_or(text);
            Some((0, Cut::Left, (name.width() + 2).min(28)))
        }
        // Then times lose year and seconds, and a progress bar's node name gives way.
        Key::Activity => Some((1, Cut::Right, 0)),
        Key::Created | Key::Saved | Key::LastUsed => Some((1, Cut::Time, COMPACT_TIME)),
        // A whole IPv4 address, the chain's source.
        Key::Host => Some((2, Cut::Right, 15)),
        Key::Node | Key::User => Some((3, Cut::Right, 8)),
        Key::Name => Some((4, Cut::Right, 16)),
        _ => None,
    }
}

pub fn render(
    out: &mut dyn Write,
    rows: &Rows<'_>,
    options: &Options,
    now: DateTime<Utc>,
    width: Option<usize>,
    color: bool,
) -> io::Result<()> {
    tabulate(
        out,
        std::slice::from_ref(rows),
        false,
        options,
        now,
        width,
        color,
    )
}

/// The rows of several servers in one table, a Server column first.
pub fn render_fleet(
    out: &mut dyn Write,
    fleet: &[Rows<'_>],
    options: &Options,
    now: DateTime<Utc>,
    width: Option<usize>,
    color: bool,
) -> io::Result<()> {
    tabulate(out, fleet, true, options, now, width, color)
}

fn tabulate(
    out: &mut dyn Write,
    fleet: &[Rows<'_>],
    several: bool,
    options: &Options,
    now: DateTime<Utc>,
    width: Option<usize>,
    color: bool,
) -> io::Result<()> {
    let keys = &options.columns;
    let mut headers: Vec<&str> = keys
        .iter()
        .map(|k| columns::column_of(*k).map_or("", |c| c.header))
        .collect();
    let mut cells: Vec<Vec<Text>> = fleet
        .iter()
        .flat_map(|rows| &rows.rows)
        .map(|row| {
            keys.iter()
                .map(|k| cell(*k, row, options.time, now))
                .collect()
        })
        .collect();
    let servers: Vec<String> = fleet
        .iter()
        .flat_map(|rows| {
            let name = sanitize(&rows.snapshot.server.name).into_owned();
            std::iter::repeat_n(name, rows.rows.len())
        })
        .collect();
    let server_width = if several {
        servers
            .iter()
            .map(|s| columns_of(s))
            .max()
            .unwrap_or(0)
            .max(SERVER.len())
            + GAP
    } else {
        0
    };
    if let Some(width) = width {
        let headers = options.headers.then_some(headers.as_slice());
        fit(
            keys,
            headers,
            &mut cells,
            width.saturating_sub(server_width),
        );
    }
    // The server is never cut: it tells the rows of one server from another's.
    if several {
        headers.insert(0, SERVER);
        for (row, server) in cells.iter_mut().zip(servers) {
            row.insert(0, Text::plain(server));
        }
    }
    let rows: Vec<&Row<'_>> = fleet.iter().flat_map(|rows| &rows.rows).collect();

    let widths = column_widths(&cells, options.headers.then_some(headers.as_slice()));
    if options.headers {
        let header: Vec<Text> = headers
            .iter()
            .map(|h| Text {
                text: (*h).to_string(),
                bold: true,
                ..Text::default()
            })
            .collect();
        write_line(out, &header, &widths, color, false)?;
    }
    for (row, texts) in rows.iter().zip(&cells) {
        // Rows shown only as context (the session of a matching package, a package of a
        // matching session) are dimmed, so that the matches stand out.
        let context = matches!(row.subject, Subject::Item { matched: false, .. });
        write_line(out, texts, &widths, color, context)?;
    }
    Ok(())
}

/// Each column as wide as its widest cell (or header).
fn column_widths(cells: &[Vec<Text>], headers: Option<&[&str]>) -> Vec<usize> {
    let columns = cells
        .first()
        .map_or_else(|| headers.map_or(0, <[&str]>::len), Vec::len);
    let mut widths: Vec<usize> = (0..columns)
        .map(|i| headers.and_then(|h| h.get(i)).map_or(0, |h| h.width()))
        .collect();
    for row in cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    widths
}

/// One line: the cells padded to their columns, `GAP` apart, no trailing blanks.
///
/// Written directly rather than through comfy-table: its per-cell layout took most of the time
/// of a 60,000-row listing (docs/benchmarks.md), and this table needs no more than alignment.
fn write_line(
    out: &mut dyn Write,
    cells: &[Text],
    widths: &[usize],
    color: bool,
    dim: bool,
) -> io::Result<()> {
    let last = cells.iter().rposition(|c| c.width() > 0);
    let mut line = String::with_capacity(widths.iter().sum::<usize>() + GAP * widths.len());
    for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
        if Some(i) > last {
            break;
        }
        let styled = color && (cell.green || cell.bold || dim) && cell.width() > 0;
        if styled {
            line.push_str(match (cell.green, cell.bold || dim) {
                (true, _) => GREEN,
                (false, _) if cell.bold => BOLD,
                _ => DIM,
            });
            if cell.green && dim {
                line.push_str(DIM);
            }
        }
        line.push_str(&cell.prefix);
        line.push_str(&cell.text);
        line.push_str(&cell.suffix);
        if styled {
            line.push_str(RESET);
        }
        if Some(i) != last {
            let pad = width.saturating_sub(cell.width()) + GAP;
            line.extend(std::iter::repeat_n(' ', pad));
        }
    }
    line.push('\n');
    out.write_all(line.as_bytes())
}

// SGR sequences: green foreground, bold, dim, and back to normal.
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// The text of one column on one row.
fn cell(key: Key, row: &Row<'_>, time: TimeFormat, now: DateTime<Utc>) -> Text {
    let item = match &row.subject {
        Subject::Section(title) if key == Key::Name => {
            return Text {
                text: sanitize(title).into_owned(),
                bold: true,
                ..Text::default()
            };
        }
        Subject::Section(_) => return Text::default(),
        Subject::Item { item, .. } => item,
    };
    let value = columns::value(key, item, now);
    let is_time = matches!(value, Value::Time(_));
    let mut text = match (key, item, value) {
        (Key::Id, ..) => Text::plain(item.address().to_string()),
        (Key::Name, _, Value::Text(name)) => Text {
            prefix: row.tree.clone(),
            text: sanitize(&name).into_owned(),
            suffix: name_suffix(item),
            ..Text::default()
        },
        (Key::Activity, Item::Package { package, .. }, _)
            if package.state == PackageState::Executing =>
        {
            let node = package.execution.as_ref().map_or("", |e| e.node.as_str());
            Text {
                prefix: bar(package.execution.as_ref()),
                text: sanitize(&format!(" {node}")).trim_end().to_string(),
                ..Text::default()
            }
        }
        (Key::Activity, Item::Session(s), Value::Time(t)) => Text {
            text: format_time(t, time, now),
            // Green while a node executes in one of the session's packages, as on the page.
            green: s.state == SessionState::Executing,
            ..Text::default()
        },
        (Key::Progress, _, Value::Number(n)) => Text::plain(format!("{n}%")),
        (_, _, Value::Text(text)) => Text::plain(sanitize(&text).into_owned()),
        (_, _, Value::Time(t)) => Text::plain(format_time(t, time, now)),
        (_, _, Value::Number(n) | Value::Duration(n)) => Text::plain(n.to_string()),
        (_, _, Value::Absent) => Text::default(),
    };
    if is_time {
        if time == TimeFormat::Absolute {
            text.cut = Some(Cut::Time);
            text.keep = COMPACT_TIME;
        }
    } else if let Some((_, cut, keep)) = give_way(key, &text.text) {
        text.cut = Some(cut);
        text.keep = keep;
    }
    text
}

/// What follows a name: a shared package's reference count, as the page shows it, and the
/// state of a session closed while its client is offline.
fn name_suffix(item: &Item<'_>) -> String {
    match item {
        Item::Session(s) if s.state == SessionState::Deleting => " (deleting)".to_string(),
        Item::Package { package, .. } => {
            package.refs.map_or_else(String::new, |n| format!(" ({n})"))
        }
        Item::Session(_) => String::new(),
    }
}

/// `[#####-----] 52%`; `[    ??    ]` when the node cannot tell.
fn bar(execution: Option<&Execution>) -> String {
    match execution.and_then(|e| e.progress) {
        Some(percent) => {
            let percent = percent.min(100);
            let done = usize::from(percent / 10);
            format!("[{}{}] {percent}%", "#".repeat(done), "-".repeat(10 - done))
        }
        None => "[    ??    ]".to_string(),
    }
}

/// `[#####-----] 52% Train model`, or `[    ??    ] Train model`: an executing package's
/// Activity.
pub fn progress_bar(execution: Option<&Execution>) -> String {
    let node = execution.map_or("", |e| e.node.as_str());
    format!("{} {}", bar(execution), sanitize(node))
        .trim_end()
        .to_string()
}

pub fn format_time(t: DateTime<Utc>, format: TimeFormat, now: DateTime<Utc>) -> String {
    match format {
        // Written field by field: chrono's `format` parses its pattern on every call, which
        // showed in listings of many thousands of rows.
        TimeFormat::Absolute => {
            let mut text = String::with_capacity(19);
            let year = t.year().clamp(0, 9999) as u32;
            push_digits(&mut text, year / 100);
            push_digits(&mut text, year % 100);
            for (separator, n) in [
                ('-', t.month()),
                ('-', t.day()),
                (' ', t.hour()),
                (':', t.minute()),
                (':', t.second()),
            ] {
                text.push(separator);
                push_digits(&mut text, n);
            }
            text
        }
        TimeFormat::Iso => t.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        TimeFormat::Relative => {
            let seconds = (now - t).num_seconds();
            let span = relative(seconds.unsigned_abs());
            if seconds < 0 {
                format!("in {span}")
            } else {
                format!("{span} ago")
            }
        }
    }
}

/// Two decimal digits of `n` (below 100).
fn push_digits(text: &mut String, n: u32) {
    text.push(char::from(b'0' + (n / 10 % 10) as u8));
    text.push(char::from(b'0' + (n % 10) as u8));
}

/// `45s`, `5m`, `2h 29m`, `3d 4h`: the largest unit and the next one.
fn relative(seconds: u64) -> String {
    let (m, h, d) = (seconds / 60, seconds / 3600, seconds / 86_400);
    match seconds {
        0..60 => format!("{seconds}s"),
        60..3600 => format!("{m}m"),
        3600..86_400 if m % 60 == 0 => format!("{h}h"),
        3600..86_400 => format!("{h}h {}m", m % 60),
        _ if h % 24 == 0 => format!("{d}d"),
        _ => format!("{d}d {}h", h % 24),
    }
}

/// Shortens the columns that give way, in their order, until the table is `width` wide.
fn fit(keys: &[Key], headers: Option<&[&str]>, cells: &mut [Vec<Text>], width: usize) {
    let columns = keys.len();
    let header = |i: usize| headers.map_or(0, |h| h.get(i).map_or(0, |h| h.width()));
    let widest = |i: usize, measure: fn(&Text) -> usize| {
        cells
            .iter()
            .map(|row| measure(&row[i]))
            .max()
            .unwrap_or(0)
            .max(header(i))
    };
    let natural: Vec<usize> = (0..columns).map(|i| widest(i, Text::width)).collect();
    let floors: Vec<usize> = (0..columns).map(|i| widest(i, Text::floor)).collect();
    let mut widths = natural.clone();
    let total = widths.iter().sum::<usize>() + GAP * keys.len().saturating_sub(1);
    let mut over = total.saturating_sub(width);
    let mut order: Vec<(usize, usize)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, key)| give_way(*key, "").map(|(rank, ..)| (rank, i)))
        .collect();
    order.sort_unstable();
    for (_, i) in order {
        let take = over.min(widths[i] - floors[i]);
        widths[i] -= take;
        over -= take;
    }
    for row in cells.iter_mut() {
        for (cell, &width) in row.iter_mut().zip(&widths) {
            shorten(cell, width);
        }
    }
}

fn shorten(cell: &mut Text, width: usize) {
    if cell.width() <= width {
        return;
    }
    let room = width.saturating_sub(cell.prefix.width() + cell.suffix.width());
    match cell.cut {
        Some(Cut::Left) => cell.text = shorten_left(&cell.text, room),
        Some(Cut::Right) => cell.text = shorten_right(&cell.text, room),
        // `YYYY-MM-DD HH:MM:SS`: keep month, day, hours and minutes.
        Some(Cut::Time) => {
            if let Some(compact) = cell.text.get(5..16) {
                cell.text = compact.to_string();
            }
        }
        None => {}
    }
}

/// `…/python_kits/loginom_clearml_kit.lgp`: whole folders go from the left; a file name that
/// does not fit alone keeps its end.
pub fn shorten_left(path: &str, width: usize) -> String {
    if path.width() <= width {
        return path.to_string();
    }
    if let Some(tail) = path
        .match_indices('/')
        .map(|(i, _)| &path[i..])
        .find(|tail| tail.width() < width)
    {
        return format!("…{tail}");
    }
    let mut tail: Vec<char> = Vec::new();
    let mut used = 1;
    for c in path.chars().rev() {
        used += c.width().unwrap_or(0);
        if used > width {
            break;
        }
        tail.push(c);
    }
    if width == 0 {
        return String::new();
    }
    format!("…{}", tail.into_iter().rev().collect::<String>())
}

pub fn shorten_right(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut kept = String::new();
    let mut used = 1;
    for c in text.chars() {
        used += c.width().unwrap_or(0);
        if used > width {
            break;
        }
        kept.push(c);
    }
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::at;

    fn execution(progress: Option<u8>) -> Execution {
        Execution {
            node: "Train model".to_string(),
            started: at("2026-12-03T14:21:03Z"),
            progress,
        }
    }

    #[test]
    fn the_progress_bar_shows_tenths_the_percent_and_the_node() {
        assert_eq!(
            progress_bar(Some(&execution(Some(52)))),
            "[#####-----] 52% Train model"
        );
        assert_eq!(
            progress_bar(Some(&execution(Some(0)))),
            "[----------] 0% Train model"
        );
        assert_eq!(
            progress_bar(Some(&execution(Some(100)))),
            "[##########] 100% Train model"
        );
        assert_eq!(
            progress_bar(Some(&execution(Some(250)))),
            "[##########] 100% Train model"
        );
        assert_eq!(
            progress_bar(Some(&execution(None))),
            "[    ??    ] Train model"
        );
        assert_eq!(progress_bar(None), "[    ??    ]");
    }

    #[test]
    fn paths_are_shortened_from_the_left_by_whole_folders() {
        let path = "/user/libs/python_kits/loginom_clearml_kit.lgp";
        assert_eq!(shorten_left(path, 100), path);
        assert_eq!(
            shorten_left(path, 40),
            "…/python_kits/loginom_clearml_kit.lgp"
        );
        assert_eq!(
            shorten_left(path, 37),
            "…/python_kits/loginom_clearml_kit.lgp"
        );
        assert_eq!(shorten_left(path, 36), "…/loginom_clearml_kit.lgp");
        // A file name that does not fit alone keeps its end.
        assert_eq!(shorten_left(path, 12), "…rml_kit.lgp");
        assert_eq!(shorten_left(path, 1), "…");
        assert_eq!(shorten_left(path, 0), "");
        assert_eq!(shorten_left("/данные/отчёт.lgp", 12), "…/отчёт.lgp");
    }

    #[test]
    fn other_text_is_shortened_from_the_right() {
        assert_eq!(shorten_right("10.0.0.5 -> 10.0.0.1", 15), "10.0.0.5 -> 10…");
        assert_eq!(shorten_right("abc", 3), "abc");
        assert_eq!(shorten_right("abcd", 3), "ab…");
        assert_eq!(shorten_right("abcd", 0), "");
        assert_eq!(shorten_right("日本語のパッケージ", 7), "日本語…");
    }

    #[test]
    fn times_are_absolute_utc_relative_or_rfc_3339() {
        let now = at("2026-12-03T14:30:00Z");
        let t = at("2026-12-03T12:01:13Z");
        assert_eq!(
            format_time(t, TimeFormat::Absolute, now),
            "2026-12-03 12:01:13"
        );
        assert_eq!(format_time(t, TimeFormat::Iso, now), "2026-12-03T12:01:13Z");
        assert_eq!(format_time(t, TimeFormat::Relative, now), "2h 28m ago");
        let relative = |s: &str| format_time(at(s), TimeFormat::Relative, now);
        assert_eq!(relative("2026-12-03T14:29:15Z"), "45s ago");
        assert_eq!(relative("2026-12-03T14:25:00Z"), "5m ago");
        assert_eq!(relative("2026-12-03T11:30:00Z"), "3h ago");
        assert_eq!(relative("2026-11-30T10:30:00Z"), "3d 4h ago");
        assert_eq!(relative("2026-12-03T14:35:00Z"), "in 5m");
    }
}
