//! The integration tests: the `sessionctl` binary, run as users run it.

mod support;

mod actions;
mod completion;
mod exec_backend;
mod generated;
mod list;
mod plugins;
mod prompt;
mod readme;
mod sandbox;
