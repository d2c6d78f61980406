//! The integration tests: the `sessionctl` binary, run as users run it.

mod support;

mod actions;
mod list;
mod prompt;
mod resolve;
mod sandbox;
mod screen;
mod watch;
