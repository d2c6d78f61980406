//! The keys of the watch screen, as the page has them where it has them (Alt+F5 refresh,
//! Delete close, Ctrl+F search), and what each does in each mode.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a key asks for while the table has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Refresh,
    Search,
    Stop,
    Close,
    ClearPool,
    ToggleHosts,
    Help,
    Quit,
    /// Ctrl-C: quit, with the interrupted exit code (130) as everywhere else.
    Interrupt,
}

/// The keys shown by `?`, in this order.
pub const HELP: &[(&str, &str)] = &[
    ("↑ ↓ PgUp PgDn Home End", "move the selection"),
    ("r  F5  Alt+F5", "refresh now"),
    (
        "/  Ctrl+F",
        "search (typing filters live, Enter keeps, Esc clears)",
    ),
    ("s", "stop the selected session or package (executing only)"),
    ("c  Delete", "close the selected session or package"),
    ("p", "clear the package pool"),
    ("h", "host names or addresses"),
    ("?", "this help"),
    ("q  Esc  Ctrl+C", "quit"),
];

/// The action of a key in the table; `None` for keys that do nothing there.
pub fn action(key: &KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char('c') if ctrl => Action::Interrupt,
        KeyCode::Char('f') if ctrl => Action::Search,
        _ if ctrl => return None,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::Home,
        KeyCode::End | KeyCode::Char('G') => Action::End,
        KeyCode::Char('r') | KeyCode::F(5) => Action::Refresh,
        KeyCode::Char('/') => Action::Search,
        KeyCode::Char('s') => Action::Stop,
        KeyCode::Char('c') | KeyCode::Delete => Action::Close,
        KeyCode::Char('p') => Action::ClearPool,
        KeyCode::Char('h') => Action::ToggleHosts,
        KeyCode::Char('?') => Action::Help,
        KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
        _ => return None,
    })
}

/// A key while the search line has the focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchKey {
    Type(char),
    Erase,
    /// Keep the search and go back to the table.
    Keep,
    /// Clear the search and go back to the table.
    Clear,
}

pub fn search_key(key: &KeyEvent) -> Option<SearchKey> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    match key.code {
        KeyCode::Esc => Some(SearchKey::Clear),
        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(SearchKey::Clear)
        }
        KeyCode::Enter | KeyCode::Up | KeyCode::Down => Some(SearchKey::Keep),
        KeyCode::Backspace => Some(SearchKey::Erase),
        KeyCode::Char(c) if !c.is_control() => Some(SearchKey::Type(c)),
        _ => None,
    }
}

/// Whether a key answers a confirmation with yes; every other key is No, the default.
pub fn is_yes(key: &KeyEvent) -> bool {
    key.kind != KeyEventKind::Release && matches!(key.code, KeyCode::Char('y' | 'Y'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn the_pages_hotkeys_work() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action(&key(KeyCode::F(5), KeyModifiers::ALT)),
            Some(Action::Refresh)
        );
        assert_eq!(action(&key(KeyCode::Delete, none)), Some(Action::Close));
        assert_eq!(
            action(&key(KeyCode::Char('f'), KeyModifiers::CONTROL)),
            Some(Action::Search)
        );
        assert_eq!(
            action(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Interrupt)
        );
        assert_eq!(action(&key(KeyCode::Char('c'), none)), Some(Action::Close));
        assert_eq!(action(&key(KeyCode::Char('x'), none)), None);
    }

    #[test]
    fn only_y_confirms() {
        assert!(is_yes(&key(KeyCode::Char('y'), KeyModifiers::NONE)));
        for code in [
            KeyCode::Enter,
            KeyCode::Char('n'),
            KeyCode::Esc,
            KeyCode::Char(' '),
        ] {
            assert!(!is_yes(&key(code, KeyModifiers::NONE)));
        }
    }
}
