//! The confirmation policy of every destructive action: `--dry-run` changes nothing, `--yes`
//! skips the question, no terminal means no question (and a refusal, never a wait on a pipe),
//! and otherwise a yes/no question whose default is No.
//!
//! Ctrl-C at the question ends the command with [`crate::exit::INTERRUPTED`]: the terminal's
//! mode is restored by the prompt, the cursor it hid is shown again here.

use std::io;
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use dialoguer::Confirm;
use dialoguer::console::Term;

/// What the command line and the terminal allow.
#[derive(Debug, Clone)]
pub struct Policy {
    pub yes: bool,
    /// `--confirm-server NAME`: what `--yes` needs on a protected server.
    pub confirm_server: Option<String>,
    pub dry_run: bool,
    pub stdin_is_terminal: bool,
    pub stdout_is_terminal: bool,
}

/// What to do before anything is changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Show what would be done, change nothing.
    DryRun,
    /// `--yes`: act without asking.
    Act,
    /// Ask the person at the terminal.
    Ask,
    /// No terminal to ask on and no `--yes`: refuse at once.
    Refuse,
}

impl Policy {
    pub fn decide(&self) -> Decision {
        if self.dry_run {
            Decision::DryRun
        } else if self.yes {
            Decision::Act
        } else if self.stdin_is_terminal && self.stdout_is_terminal {
            Decision::Ask
        } else {
            Decision::Refuse
        }
    }
}

/// The person's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    /// `n`, Enter (the default), Esc or `q`.
    No,
    /// Ctrl-C.
    Interrupted,
}

/// Ask `question` (dialoguer adds ` [y/N]`) on the terminal, on stderr.
pub fn ask(question: &str) -> io::Result<Answer> {
    let flag = interrupt_flag();
    let answer = Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact_opt();
    let answer = match answer {
        Ok(Some(true)) => Answer::Yes,
        Ok(Some(false) | None) => Answer::No,
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => {
            // The prompt hid the cursor and leaves it hidden when interrupted.
            let term = Term::stderr();
            let _ = term.show_cursor();
            let _ = term.write_line("");
            Answer::Interrupted
        }
        Err(dialoguer::Error::IO(e)) => return Err(e),
    };
    if flag.load(Ordering::SeqCst) {
        return Ok(Answer::Interrupted);
    }
    Ok(answer)
}

/// A protected server (config `protected = true`): the person types the server's name; anything
/// else is No.
pub fn ask_name(question: &str, name: &str) -> io::Result<Answer> {
    let flag = interrupt_flag();
    let typed = dialoguer::Input::<String>::new()
        .with_prompt(format!(
            "{question}\nserver '{name}' is protected: type its name to confirm"
        ))
        .allow_empty(true)
        .interact_text();
    let answer = match typed {
        Ok(text) if text.trim() == name => Answer::Yes,
        Ok(_) => Answer::No,
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => {
            let _ = Term::stderr().write_line("");
            Answer::Interrupted
        }
        Err(dialoguer::Error::IO(e)) => return Err(e),
    };
    if flag.load(Ordering::SeqCst) {
        return Ok(Answer::Interrupted);
    }
    Ok(answer)
}

/// From now on, Ctrl-C sets [`interrupted`] instead of ending the process (for a wait that
/// reports what it has before it exits with 130).
pub fn catch_interrupts() {
    interrupt_flag();
}

/// Whether Ctrl-C was pressed since the first question or [`catch_interrupts`].
pub fn interrupted() -> bool {
    FLAG.get().is_some_and(|f| f.load(Ordering::SeqCst))
}

static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();

/// From the first question on, SIGINT sets a flag instead of ending the process at once, so
/// that the command can restore the terminal and exit with 130 by itself.
fn interrupt_flag() -> Arc<AtomicBool> {
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        // If it cannot be registered, Ctrl-C keeps its default: the process ends.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, flag.clone());
        flag
    })
    .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(yes: bool, dry_run: bool, stdin: bool, stdout: bool) -> Decision {
        Policy {
            yes,
            confirm_server: None,
            dry_run,
            stdin_is_terminal: stdin,
            stdout_is_terminal: stdout,
        }
        .decide()
    }

    #[test]
    fn only_two_terminals_and_no_flag_ask() {
        assert_eq!(policy(false, false, true, true), Decision::Ask);
        assert_eq!(policy(false, false, false, true), Decision::Refuse);
        assert_eq!(policy(false, false, true, false), Decision::Refuse);
        assert_eq!(policy(true, false, false, false), Decision::Act);
        assert_eq!(policy(true, true, true, true), Decision::DryRun);
        assert_eq!(policy(false, true, false, false), Decision::DryRun);
    }
}
