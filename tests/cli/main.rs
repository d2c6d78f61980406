//! The integration tests: the `sessionctl` binary, run as users run it.

mod support;

mod list;
mod sandbox;
