//! The integration tests: the `sessionctl` binary, run as users run it.

mod support;

mod list;
mod resolve;
mod sandbox;
mod screen;
mod watch;
