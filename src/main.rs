//! The `sessionctl` binary: parse, run, print the error, return the exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(sessionctl::main_with_args(std::env::args_os()))
}
