//! One file per subcommand, each a `run(args, &mut Ctx)`.

pub mod config;
pub mod list;
pub mod sandbox;
pub mod serve;
