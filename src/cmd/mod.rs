//! One file per subcommand, each a `run(args, &mut Ctx)`.

pub mod clear_pool;
pub mod close;
pub mod config;
pub mod list;
pub mod resolve_hosts;
pub mod sandbox;
pub mod serve;
pub mod stop;
pub mod watch;
