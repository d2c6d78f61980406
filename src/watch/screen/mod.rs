//! The watch screen: the `list` table, full screen, refreshed every `--interval`, under a header
//! with the server, the time and the counts, with a selection and the page's actions.
//!
//! Frames are drawn by ratatui, which writes each one whole. The terminal (raw mode, the
//! alternate screen, the cursor) is restored by a guard on every way out: `q`, Esc, Ctrl-C,
//! SIGINT or SIGTERM (a flag the loop looks at), an error, and a panic (a hook).

use std::collections::HashMap;
use std::io::{self, BufWriter, Stdout};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event as TermEvent, KeyEvent};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

mod draw;

use super::events::{self, RowKey, RowSet};
use super::keys::{self, Action, SearchKey};
use super::prompt::{self, Pending, Verb};
use super::{Limits, Stop};
use crate::backend::Backend;
use crate::cli::SelectArgs;
use crate::columns::Item;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::model::{SessionState, Snapshot};
use crate::render::rows::{self, Subject};
use crate::render::{Options, sanitize, table};
use crate::select::Selection;

/// Restores the terminal when dropped.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> io::Result<TerminalGuard> {
        terminal::enable_raw_mode()?;
        let guard = TerminalGuard;
        crossterm::execute!(
            io::stdout(),
            EnterAlternateScreen,
            terminal::Clear(terminal::ClearType::All),
            crossterm::cursor::Hide
        )?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = crossterm::execute!(io::stdout(), LeaveAlternateScreen, crossterm::cursor::Show);
}

enum Mode {
    Table,
    Search,
    Confirm(Pending),
    Help,
}

/// One table line: its text and what it shows.
struct TableLine {
    text: String,
    key: Option<RowKey>,
    section: bool,
    executing: bool,
    context: bool,
}

struct Screen<'s, 'c> {
    base: SelectArgs,
    search: String,
    selection: Selection,
    options: Options,
    limits: Limits,
    snapshot: Option<Snapshot>,
    previous: Option<RowSet>,
    /// Rows added or changed by the last refresh, marked for one frame.
    marks: HashMap<RowKey, char>,
    header: String,
    lines: Vec<TableLine>,
    selected: Option<RowKey>,
    cursor: usize,
    offset: usize,
    mode: Mode,
    message: Option<String>,
    error: Option<String>,
    last_refresh: Option<Instant>,
    refreshes: u64,
    /// Changes whenever what is shown does (keys, refreshes, resizes).
    version: u64,
    ctx: &'s mut Ctx<'c>,
}

pub fn run(
    ctx: &mut Ctx<'_>,
    base: &SelectArgs,
    options: Options,
    limits: Limits,
    stop: &Stop,
) -> anyhow::Result<Status> {
    let guard = TerminalGuard::enter()?;
    // No `terminal.clear()`: it asks the terminal where the cursor is, which not every
    // terminal answers; the alternate screen was cleared on entry.
    // One buffer for a whole frame: ratatui flushes it once, at the end of each draw.
    let out = BufWriter::with_capacity(1 << 18, io::stdout());
    let mut terminal = Terminal::new(CrosstermBackend::new(out))?;
    let mut screen = Screen {
        search: base.search.clone().unwrap_or_default(),
        selection: Selection::compile(base)?,
        base: base.clone(),
        options,
        limits,
        snapshot: None,
        previous: None,
        marks: HashMap::new(),
        header: String::new(),
        lines: Vec::new(),
        selected: None,
        cursor: 0,
        offset: 0,
        mode: Mode::Table,
        message: None,
        error: None,
        last_refresh: None,
        refreshes: 0,
        version: 0,
        ctx,
    };
    let status = screen.run(&mut terminal, stop);
    drop(terminal);
    drop(guard);
    status
}

impl Screen<'_, '_> {
    fn run(
        &mut self,
        terminal: &mut Terminal<CrosstermBackend<BufWriter<Stdout>>>,
        stop: &Stop,
    ) -> anyhow::Result<Status> {
        let backend = self.ctx.backend().clone();
        let mut width = terminal.size()?.width;
        self.refresh(backend.as_ref(), width);
        // Draw when something changed, and each second for the clock.
        let mut drawn: Option<(u64, i64)> = None;
        loop {
            let second = self.ctx.clock.now().timestamp();
            if drawn != Some((self.version, second)) {
                // Terminals that know synchronized output show the frame only once it is whole.
                crossterm::queue!(terminal.backend_mut(), terminal::BeginSynchronizedUpdate)?;
                terminal.draw(|frame| self.draw(frame))?;
                crossterm::execute!(terminal.backend_mut(), terminal::EndSynchronizedUpdate)?;
                drawn = Some((self.version, second));
                // The marks are for one frame.
                if !self.marks.is_empty() {
                    self.marks.clear();
                    self.version += 1;
                }
            }
            // After the frame is drawn, so that `--count 1` shows one.
            if let Some(status) = self.ended() {
                return Ok(status);
            }
            let due = self
                .last_refresh
                .map_or_else(Instant::now, |t| t + self.limits.interval);
            let wake = self.limits.deadline.map_or(due, |d| d.min(due));
            let wait = wake
                .saturating_duration_since(Instant::now())
                .min(Duration::from_millis(100));
            if stop.requested() {
                return Ok(Status::Interrupted);
            }
            if event::poll(wait)? {
                self.version += 1;
                match event::read()? {
                    TermEvent::Key(key) => {
                        if let Some(status) = self.key(&key, backend.as_ref(), width) {
                            return Ok(status);
                        }
                    }
                    TermEvent::Resize(w, _) => {
                        width = w;
                        self.rebuild(width);
                    }
                    _ => {}
                }
            }
            if self.limits.deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(Status::Timeout);
            }
            if Instant::now() >= due && !matches!(self.mode, Mode::Confirm(_)) {
                self.refresh(backend.as_ref(), width);
            }
        }
    }

    /// `--count` and `--until-empty`.
    fn ended(&self) -> Option<Status> {
        if self.limits.count.is_some_and(|n| self.refreshes >= n) {
            return Some(Status::Success);
        }
        let empty = self.previous.as_ref().is_some_and(RowSet::is_empty);
        (self.limits.until_empty && empty && self.error.is_none()).then_some(Status::Success)
    }

    fn refresh(&mut self, backend: &dyn Backend, width: u16) {
        self.version += 1;
        self.last_refresh = Some(Instant::now());
        self.refreshes += 1;
        match self.ctx.snapshot(backend) {
            Ok(snapshot) => {
                self.error = None;
                let now = self.ctx.clock.now();
                let rows = RowSet::of(&snapshot, &self.selection, now);
                if let Some(before) = &self.previous {
                    for event in events::diff(before, &rows) {
                        let (mark, row) = match &event {
                            events::Event::Added(row) => ('+', row),
                            events::Event::Changed(row, _) => ('*', row),
                            events::Event::Removed(_) => continue,
                        };
                        if let Some(key) = key_of_json(row) {
                            self.marks.insert(key, mark);
                        }
                    }
                }
                self.previous = Some(rows);
                self.snapshot = Some(snapshot);
            }
            Err(error) => {
                // The last frame stays; the header says why it is old.
                self.error = Some(sanitize(&error.to_string()).into_owned());
            }
        }
        self.rebuild(width);
    }

    /// The table lines of the current snapshot, selection and width; the cursor follows the
    /// selected row's address.
    fn rebuild(&mut self, width: u16) {
        let Some(snapshot) = &self.snapshot else {
            return;
        };
        let now = self.ctx.clock.now();
        let rows = rows::build(snapshot, &self.selection, self.options.sort.as_ref(), now);
        let mut text = Vec::new();
        let table_width = usize::from(width.saturating_sub(2));
        let _ = table::render(
            &mut text,
            &rows,
            &self.options,
            now,
            Some(table_width),
            false,
        );
        let text = String::from_utf8_lossy(&text).into_owned();
        let mut all: Vec<&str> = text.lines().collect();
        let header_lines = all.len().saturating_sub(rows.rows.len());
        self.header = all.drain(..header_lines).collect::<Vec<_>>().join(" ");
        self.lines = rows
            .rows
            .iter()
            .zip(all)
            .map(|(row, text)| {
                let item = row.item();
                TableLine {
                    text: text.to_owned(),
                    key: item.map(events::key_of),
                    section: item.is_none(),
                    executing: item.is_some_and(is_executing),
                    context: matches!(row.subject, Subject::Item { matched: false, .. }),
                }
            })
            .collect();
        let found = self.selected.as_ref().and_then(|selected| {
            self.lines.iter().position(|l| {
                l.key
                    .as_ref()
                    .is_some_and(|k| k.address == selected.address)
            })
        });
        match found {
            Some(index) => self.cursor = index,
            None => {
                self.cursor = self.cursor.min(self.lines.len().saturating_sub(1));
                self.settle(1);
            }
        }
        self.selected = self.lines.get(self.cursor).and_then(|l| l.key.clone());
    }

    /// Move the cursor off a section row, in `direction`, else the other way.
    fn settle(&mut self, direction: isize) {
        for direction in [direction, -direction] {
            let mut index = self.cursor as isize;
            while index >= 0 && (index as usize) < self.lines.len() {
                if !self.lines[index as usize].section {
                    self.cursor = index as usize;
                    return;
                }
                index += direction;
            }
        }
    }

    fn move_by(&mut self, delta: isize) {
        if self.lines.is_empty() {
            return;
        }
        let last = self.lines.len() as isize - 1;
        self.cursor = (self.cursor as isize + delta).clamp(0, last) as usize;
        self.settle(if delta < 0 { -1 } else { 1 });
        self.selected = self.lines.get(self.cursor).and_then(|l| l.key.clone());
        self.message = None;
    }

    /// The selected row's item in the current snapshot.
    fn selected_item(&self) -> Option<Item<'_>> {
        let key = self.selected.as_ref()?;
        let snapshot = self.snapshot.as_ref()?;
        let now = self.ctx.clock.now();
        let rows = rows::build(snapshot, &self.selection, None, now);
        rows.rows
            .iter()
            .filter_map(|r| r.item().copied())
            .find(|item| item.address() == key.address)
    }

    fn key(&mut self, key: &KeyEvent, backend: &dyn Backend, width: u16) -> Option<Status> {
        match std::mem::replace(&mut self.mode, Mode::Table) {
            Mode::Help => {}
            Mode::Confirm(pending) => {
                if keys::is_yes(key) {
                    let audit = prompt::Audit {
                        state_dir: &self.ctx.state_dir,
                        now: self.ctx.clock.now(),
                    };
                    self.message = Some(pending.send(backend, &audit));
                    self.refresh(backend, width);
                } else {
                    self.message = Some("cancelled: nothing was done".to_owned());
                }
            }
            Mode::Search => {
                // The search line keeps the focus until Enter (keep) or Esc (clear).
                let stays = match keys::search_key(key) {
                    Some(SearchKey::Type(c)) => {
                        self.search.push(c);
                        true
                    }
                    Some(SearchKey::Erase) => {
                        self.search.pop();
                        true
                    }
                    Some(SearchKey::Keep) => return None,
                    Some(SearchKey::Clear) => {
                        self.search.clear();
                        false
                    }
                    None => true,
                };
                if stays {
                    self.mode = Mode::Search;
                }
                self.apply_search(width);
            }
            Mode::Table => return self.action(keys::action(key)?, backend, width),
        }
        None
    }

    fn apply_search(&mut self, width: u16) {
        let args = SelectArgs {
            search: Some(self.search.clone()).filter(|s| !s.is_empty()),
            ..self.base.clone()
        };
        if let Ok(selection) = Selection::compile(&args) {
            self.selection = selection;
            if let Some(snapshot) = &self.snapshot {
                self.previous = Some(RowSet::of(snapshot, &self.selection, self.ctx.clock.now()));
            }
            self.rebuild(width);
        }
    }

    fn action(&mut self, action: Action, backend: &dyn Backend, width: u16) -> Option<Status> {
        let page = 10;
        match action {
            Action::Quit => return Some(Status::Success),
            Action::Interrupt => return Some(Status::Interrupted),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-page),
            Action::PageDown => self.move_by(page),
            Action::Home => self.move_by(-(self.lines.len() as isize)),
            Action::End => self.move_by(self.lines.len() as isize),
            Action::Refresh => {
                self.message = None;
                self.refresh(backend, width);
            }
            Action::Search => self.mode = Mode::Search,
            Action::Help => self.mode = Mode::Help,
            Action::ToggleHosts => {
                self.ctx.resolve_hosts = !self.ctx.resolve_hosts;
                let shown = if self.ctx.resolve_hosts {
                    "host names"
                } else {
                    "addresses"
                };
                self.refresh(backend, width);
                if !self.ctx.resolve_hosts
                    && let Some(snapshot) = &mut self.snapshot
                {
                    crate::resolve::HostNames::strip(snapshot);
                    self.rebuild(width);
                }
                self.message = Some(format!("the Host column shows {shown}"));
            }
            Action::Stop | Action::Close => {
                let verb = if action == Action::Stop {
                    Verb::Stop
                } else {
                    Verb::Close
                };
                let now = self.ctx.clock.now();
                let asked = match (self.selected_item(), &self.snapshot) {
                    (Some(item), Some(snapshot)) => prompt::ask(verb, &item, snapshot, now),
                    _ => Err("select a session or a package first".to_owned()),
                };
                self.ask(asked);
            }
            Action::ClearPool => {
                let asked = match &self.snapshot {
                    Some(snapshot) => prompt::ask_clear_pool(snapshot),
                    None => Err("nothing shown yet".to_owned()),
                };
                self.ask(asked);
            }
        }
        None
    }

    fn ask(&mut self, asked: Result<Pending, String>) {
        // A protected server asks for its name to be typed, which this screen's one-key
        // questions cannot do: its actions go through the commands.
        let asked = asked.and_then(|pending| match self.ctx.backends.first() {
            Some(backend) if backend.protected() => Err(format!(
                "'{}' is protected: act on it with `sessionctl stop|close|clear-pool`, which ask \
                 for its name",
                backend.server_name()
            )),
            _ => Ok(pending),
        });
        match asked {
            Ok(pending) => {
                self.message = None;
                self.mode = Mode::Confirm(pending);
            }
            Err(why) => self.message = Some(why),
        }
    }
}

fn is_executing(item: &Item<'_>) -> bool {
    match item {
        Item::Session(s) => s.state == SessionState::Executing,
        Item::Package { package, .. } => package.execution.is_some(),
    }
}

fn key_of_json(row: &serde_json::Value) -> Option<RowKey> {
    Some(RowKey {
        address: row["address"].as_str()?.parse().ok()?,
        uid: row["uid"].as_str()?.to_owned(),
    })
}
