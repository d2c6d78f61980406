//! The integration tests: the `sessionctl` binary, run as users run it.

#[macro_use]
mod support;

mod actions;
mod completion;
mod exec_backend;
mod faults;
mod generated;
mod http;
mod list;
mod openapi;
mod plugins;
mod prompt;
mod readme;
mod resolve;
mod sandbox;
mod screen;
mod watch;
