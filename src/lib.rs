//! sessionctl: the Session Manager of a Megaladata server, on the command line.

pub mod backend;
pub mod cli;
pub mod clock;
pub mod ctx;
pub mod demo;
pub mod engine;
pub mod exit;
pub mod model;
pub mod package;
pub mod usage;
