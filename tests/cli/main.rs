//! The integration tests: the `sessionctl` binary, run as users run it.

#[macro_use]
mod support;

mod actions;
mod faults;
mod http;
mod list;
mod openapi;
mod prompt;
mod resolve;
mod sandbox;
mod screen;
mod watch;
