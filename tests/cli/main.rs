//! The integration tests: the `sessionctl` binary, run as users run it.

mod support;

mod completion;
mod exec_backend;
mod generated;
mod list;
mod plugins;
mod readme;
mod sandbox;
