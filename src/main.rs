//! The `sessionctl` binary: parse, run, print the error, return the exit code.

use std::process::ExitCode;

// Listing a large server parses and frees hundreds of thousands of small strings; mimalloc
// does that markedly faster than the system allocator (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ExitCode::from(sessionctl::main_with_args(std::env::args_os()))
}
