//! Drawing the watch screen: the header, the table lines, the footer and the help.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::{Mode, Screen, TableLine};
use crate::model::SessionState;
use crate::render::sanitize;
use crate::watch::keys;

impl Screen<'_, '_> {
    pub(super) fn draw(&mut self, frame: &mut ratatui::Frame<'_>) {
        let [top, head, body, foot] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(frame.area());
        frame.render_widget(Paragraph::new(self.title()), top);
        frame.render_widget(
            Paragraph::new(format!("  {}", self.header))
                .style(Style::new().add_modifier(Modifier::BOLD)),
            head,
        );
        let height = usize::from(body.height);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if height > 0 && self.cursor >= self.offset + height {
            self.offset = self.cursor + 1 - height;
        }
        self.offset = self
            .offset
            .min(self.lines.len().saturating_sub(height.max(1)));
        let shown: Vec<Line> = self
            .lines
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(height)
            .map(|(i, line)| self.line(i, line))
            .collect();
        frame.render_widget(Paragraph::new(shown), body);
        frame.render_widget(Paragraph::new(self.footer()), foot);
        if matches!(self.mode, Mode::Help) {
            help(frame, body);
        }
    }

    fn title(&self) -> Vec<Line<'static>> {
        let mut first = vec![Span::styled(
            "sessionctl watch",
            Style::new().add_modifier(Modifier::BOLD),
        )];
        let now = self.ctx.clock.now();
        let server = self.snapshot.as_ref().map_or_else(
            || self.ctx.backend().server_name().to_owned(),
            |s| s.server.name.clone(),
        );
        first.push(Span::raw(format!(
            "  {}  {} UTC  every {}",
            sanitize(&server),
            now.format("%Y-%m-%d %H:%M:%S"),
            humantime::format_duration(self.limits.interval)
        )));
        if self.ctx.resolve_hosts {
            first.push(Span::raw("  host names"));
        }
        let mut second = Vec::new();
        if let Some(s) = &self.snapshot {
            let executing = s
                .sessions
                .iter()
                .filter(|s| s.state == SessionState::Executing)
                .count();
            second.push(Span::raw(format!(
                "sessions {}  executing {}  shared {}  pool {}/{}",
                s.sessions.len(),
                executing,
                s.shared.len(),
                s.pool.len(),
                s.server.pool_capacity
            )));
            if !self.search.is_empty() {
                second.push(Span::raw(format!("  search '{}'", sanitize(&self.search))));
            }
        }
        if let Some(error) = &self.error {
            second.push(Span::styled(
                format!("  refresh failed, retrying: {error}"),
                Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            ));
        }
        vec![Line::from(first), Line::from(second)]
    }

    fn line(&self, index: usize, line: &TableLine) -> Line<'static> {
        let mark = line
            .key
            .as_ref()
            .and_then(|k| self.marks.get(k))
            .copied()
            .unwrap_or(' ');
        let mut style = Style::new();
        if line.section {
            style = style.add_modifier(Modifier::BOLD);
        }
        if line.executing {
            style = style.fg(Color::Green);
        }
        if line.context {
            style = style.add_modifier(Modifier::DIM);
        }
        if mark != ' ' {
            style = style.fg(Color::Yellow);
        }
        if index == self.cursor && !line.section {
            style = style.add_modifier(Modifier::REVERSED);
        }
        Line::from(vec![
            Span::raw(format!("{mark} ")),
            Span::styled(line.text.clone(), style),
        ])
    }

    fn footer(&self) -> Line<'static> {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match &self.mode {
            Mode::Confirm(pending) => Line::from(vec![
                Span::styled(pending.question().to_owned(), bold),
                Span::raw(" [y/N] "),
            ]),
            Mode::Search => Line::from(vec![
                Span::styled("/", bold),
                Span::raw(format!("{}▏", self.search)),
                Span::raw("   Enter keeps, Esc clears"),
            ]),
            _ => match &self.message {
                Some(message) => Line::from(Span::styled(message.clone(), bold)),
                None => Line::from(
                    "↑↓ select  r refresh  / search  s stop  c close  p clear pool  h names  ? help  q quit",
                ),
            },
        }
    }
}

fn help(frame: &mut ratatui::Frame<'_>, area: Rect) {
    let lines: Vec<Line> = keys::HELP
        .iter()
        .map(|(keys, what)| Line::from(format!(" {keys:<24} {what}")))
        .chain([Line::from(""), Line::from(" any key closes this help")])
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let width = 92.min(area.width);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(" keys ")),
        popup,
    );
}
